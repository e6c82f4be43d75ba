"""Assembly of signing events from the spans the stages found.

Anchors (classify.py) are grouped into events by document kind (an MoU and a later PKS
are two events when they have their own dates); every other sentence belongs to the
event of the anchor before it. Each event then gets its date, venue, parties, people
(signatories, representatives, attendees) and scope.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from . import fastre
from . import classify, dates as D, documents, ner, parties as P, places, regions, scope as S, tables, venues
from .clean import MONTHS
from .lexicon import data_lines, ministry_titles, phrase_set, titles, village_heads, word_set
from .venues import dated_scene, find_city_venue, find_venue
from .people import (ATTEND, CLAUSE_BREAK, EN_LEVELS, QUOTE_END, REP_PASSIVE, SHOWN_DOCUMENT, SIGN_ACTIVE, SIGN_PASSIVE, VILLAGE_UNIT_WORDS, Mention, Role,
                     find_mentions, match_title, possessed_title, restore_role_case, tokenize)

GROUP = {"nota_kesepakatan": "nk", "nota_kesepahaman": "nk", "mou": "nk",
         "perjanjian_kerja_sama": "pks", "other": "other"}


@dataclass
class Event:
    group: str
    anchors: list = field(default_factory=list)     # classify.Anchor
    sents: set = field(default_factory=set)         # sentence indices assigned to the event
    docs: list = field(default_factory=list)
    dates: list = field(default_factory=list)       # DateMention in anchor sentences
    lead_sents: set = field(default_factory=set)    # sentences without a signing word that date it
    date: object = None
    venue: Optional[tuple] = None                   # (name, city, start, end)
    parties: list = field(default_factory=list)     # PartyMention
    signatories: list = field(default_factory=list)  # Person dicts
    attendees: list = field(default_factory=list)
    scope: list = field(default_factory=list)       # ScopeHit
    title: Optional[tuple[int, int]] = None
    doc_type: str = "other"

    def absorb(self, other: "Event") -> None:
        """Take in another event told of the same ceremony (its anchors, documents, dates)."""
        self.anchors += other.anchors
        self.docs += other.docs
        self.dates += [d for d in other.dates if d not in self.dates]
        self.lead_sents |= other.lead_sents

    def may_share_day(self, other: "Event") -> bool:
        """False only when both are dated to days and no day is common."""
        days, other_days = {d.value for d in _day_dates(self)}, {d.value for d in _day_dates(other)}
        return not days or not other_days or bool(days & other_days)


@dataclass
class Ctx:
    text: str                 # the input
    norm: str                 # same length, normalised whitespace
    sents: list               # segment.Sentence
    docs: list                # documents.DocMention
    dates: list               # dates.DateMention
    reference: object         # datetime.date or None
    title_spans: list = field(default_factory=list)  # agreement titles (not party mentions)
    province: Optional[str] = None
    caption_from: int = 10**9  # sentences from this index on are photo captions
    dateline: Optional[str] = None  # the city the article was filed from ("Selong")
    headline: Optional[tuple[int, int]] = None  # the article's title line
    published_span: Optional[tuple[int, int]] = None  # the page's publication date line
    dateline_span: Optional[tuple[int, int]] = None  # the dateline cut off the body ("SLEMAN, Kamis —")
    # sentences whose signing verbs all tell of an earlier, planned or called-off signing
    # (set by find_anchors): their institutions are not this signing's parties
    off_sents: set = field(default_factory=set)
    # ids of the mentions of a second post a named signer signs in ("Ia kembali menandatangani
    # ... selaku Penjabat Bupati Y"): one more signatory entry when its body is another
    capacities: set = field(default_factory=set)
    # sentences whose only signing is of a budget document ("Bupati X dan Ketua DPRK Y
    # menandatangani nota kesepakatan KUA-PPAS"): their signers sign no agreement
    budget_sents: set = field(default_factory=set)
    # sentences whose only signings are earlier ones ("Setahun silam, X dan Y meneken ..."),
    # not going on from the report's: their signers signed that earlier agreement
    past_sents: set = field(default_factory=set)
    # per-article results read by several events and roles, computed once when first asked
    _partner_keys: dict = field(default_factory=dict)   # sentence index -> party keys
    _owner: tuple = ()                                   # (owning government or None,) once known
    _body_parties: Optional[list] = None                 # party mentions of the body's sentences
    _venue_in_body: Optional[bool] = None                # whether a body sentence names a venue (venues)


# --- anchors and events ---------------------------------------------------------------


# a day this many days before the report is recent: an opinion column's news peg, a
# caption's day, a date in a paragraph between the signing's (its day)
_RECENT_DAYS = 10


def _days_before(dates: list, ref) -> bool:
    """Whether one of a sentence's dates is a day at most _RECENT_DAYS before `ref`, the
    page's publication date (an opinion column opening on "pekan lalu, ketika X dan Y
    menandatangani ..., Selasa (10/6/2025)" reports that signing; one that only discusses
    signings dates none, and one without its own date is not dated by its example)."""
    return ref is not None and any(d.value is not None and d.precision == "day" and 0 <= (ref - d.value).days <= _RECENT_DAYS
                                   for d in dates)


def _in(span_s: int, span_e: int, items):
    return [x for x in items if x.start >= span_s and x.end <= span_e]


def segment_caption(sent):
    """Caption sentences keep their spans; their paragraph index is set apart."""
    from .segment import Sentence

    return Sentence(sent.start, sent.end, 10**6 + sent.paragraph)


def find_anchors(ctx: Ctx) -> list[classify.Anchor]:
    out = []
    # without a publication date, the latest full date the article states stands for it
    # when telling an old signing ("pada 2019") from the one reported
    ref = ctx.reference or max((d.value for d in ctx.dates if d.value is not None and d.precision == "day"
                                and not d.year_inferred), default=None)
    court = classify.is_court_report(ctx.norm)
    opinion = classify.is_opinion(ctx.norm)
    # document types the article names only as budget documents ("Nota Kesepakatan KUA-PPAS")
    budget_types = {d.base_type for d in ctx.docs if d.is_budget} - {d.doc_type for d in ctx.docs if not d.is_budget and d.title}

    def scan(si, s, all_docs):
        verbs = classify.signing_verbs(ctx.norm, s.start, s.end)
        if not verbs:
            return
        docs = _in(s.start, s.end, all_docs)
        if budget_types and _LEGISLATURE.search(ctx.norm, s.start, s.end):
            # "Nota kesepakatan diteken Bupati X dan Ketua DPRK Y": the budget document the
            # article is about, signed by the head and its own legislature
            docs = [replace(d, doc_type="budget", base_type=d.doc_type)
                    if not d.is_budget and d.title is None and d.doc_type in budget_types else d for d in docs]
        dates = _in(s.start, s.end, ctx.dates)
        has_agreement = classify.agreement_word(ctx.norm, s.start, s.end)
        prev = None
        for v in verbs:
            before = [d for d in docs if d.end <= v.start()]
            after = [d for d in docs if d.start >= v.end()]
            doc = before[-1] if before else (after[0] if after else None)
            if before and after and prev is not None and before[-1].start >= prev.verb_end \
                    and _OBJECT_GAP.fullmatch(ctx.norm, v.end(), after[0].start):
                # "Setelah meneken LoI pada Juni lalu, X dan Y akhirnya menandatangani Nota
                # Kesepahaman ...": the document before is the earlier verb's object; the
                # one right after the verb is this one's
                doc = after[0]
            if doc is not None and doc.lang == "en":
                # "a memorandum of understanding, or nota kesepakatan,": the Indonesian name
                # the copy glosses it with
                gloss = next((d for d in docs if d.start >= doc.end and d.lang == "id"
                              and _GLOSS_OR.fullmatch(ctx.norm, doc.end, d.start)), None)
                doc = gloss or doc
            if doc is not None and not before and any(a.status == "done" for a in out) \
                    and classify._SIGN_NOUN.fullmatch(v.group()) and _POINTED_PREDICATE.match(ctx.norm, v.end()):
                # "Penandatanganan ini melanjutkan Nota Kesepahaman ... yang diteken pada
                # 2023": the signing told before, pointed back to, as the subject of another
                # verb; the document after that verb is its object, not the one signed
                doc = None
            if len(before) >= 2 and _RELATIVE_START.match(ctx.norm, before[0].end, before[-1].start):
                # "Nota kesepakatan yang menjadi payung PKS tersebut ditandatangani ...": the
                # subject, not the document its relative clause names
                doc = before[0]
            status = classify.anchor_status(ctx.norm, s.start, s.end, v, docs, dates, ref)
            if status == "done" and (opinion and not _days_before(dates, ctx.reference) or court and not dates):
                status = "past"
            # "April – Pemko dan Kejari meneken kerja sama ..." in a year in review told
            # month by month: an earlier month's signing, not the one reported
            if status == "done" and not dates and _earlier_month_line(ctx, si, ref):
                status = "past"
            # "... ditandatangani X pada Oktober tahun lalu, yang kala itu diteken oleh Y":
            # a relative clause goes on about the earlier signing it follows
            if status == "done" and prev is not None and prev.status == "past" \
                    and _RELATIVE_BEFORE.fullmatch(ctx.norm, prev.verb_end, v.start()):
                status = "past"
            # "Kesepakatan yang sudah diteken jangan hanya jadi pajangan": an agreement the
            # article told of as an earlier one, referred to again
            if status == "done" and not dates and _REFERS_BACK.search(ctx.norm, max(s.start, v.start() - 20), v.start()) \
                    and any(a.status == "past" for a in out):
                status = "past"
            # '"Kami tidak ingin nota kesepakatan ini hanya seremonial saat penandatanganan"'
            # in a report whose only signing so far is an earlier one: "ini/tersebut" points
            # back to that agreement
            # (also '"Kesepakatan itu kami tandatangani dengan sadar," ujar X', where the
            # agreement pointed back to is no document mention)
            if status == "done" and not dates and any(a.status == "past" for a in out) \
                    and not any(a.status in ("done", "weak") for a in out) \
                    and (_DEMONSTRATIVE.match(ctx.norm, doc.end) if doc is not None else
                         _POINTED_AGREEMENT.search(ctx.norm, max(s.start, v.start() - 40), v.start())):
                status = "past"
            # '"Draf MoU kami targetkan rampung awal tahun depan. Setelah itu baru
            # ditandatangani," kata X': in a speaker's words, the step after one set for a
            # time still to come is still to come
            if status == "done" and not dates and _next_step_of_plan(ctx, si, v.start()):
                status = "planned"
            # "Pada 2024, pemprov meneken MoU dengan X. Kesepakatan serupa diteken bersama Y
            # ...": the list of earlier signings a speech or a tally goes on with
            if status == "done" and not dates and _goes_on_earlier_list(ctx, si, v.start(), out):
                status = "past"
            # "... pemkab juga meneken PKS dengan X pada 9 Oktober 2024. Saat itu, dokumen
            # ditandatangani oleh ...": "saat itu" opening the sentence after one telling an
            # earlier signing is that earlier time, and "Dokumen itu diteken ..." points back
            # at that earlier agreement (unless told as now: "kini diteken kembali")
            if status == "done" and not dates and _after_past(ctx, si, out) \
                    and (_THEN_LEAD.match(ctx.norm, s.start) or _POINTED_PAPER.search(ctx.norm, s.start, v.start())) \
                    and not _NOW.search(ctx.norm, s.start, s.end):
                status = "past"
            if doc is None and not has_agreement:
                status = "weak" if status == "done" else status
                if status == "weak":
                    # "... menjalin nota kesepahaman dengan X. Penandatanganan dilakukan oleh
                    # ...": the document the sentence before named in the same paragraph
                    # "penandatanganan dokumen Nomor 560/118/2025 ... PKS tersebut mengatur
                    # ...": the one the sentences after point back to (unless the article
                    # told of an earlier signing: "itu" may point back to that one)
                    # ("Penandatanganan dilakukan oleh ...", the signing noun the subject:
                    # the agreement the paragraphs just before named)
                    doc = _previous_sentence_doc(ctx, si, out) or (
                        None if any(a.status == "past" for a in out) else
                        _next_sentences_doc(ctx, si) or _subject_noun_doc(ctx, si, v, out))
                    status = "done" if doc is not None else status
            elif doc is None and status == "done" and not any(a.status == "past" for a in out) \
                    and not classify.cue("count").search(ctx.norm, s.start, s.end):
                # "Penandatanganan naskah kerja sama antara X dan Y berlangsung di ... .
                # Naskah berupa Perjanjian Kerja Sama tentang ... itu menjadi ...": the
                # document the cooperation signed was, pointed back to just after (not
                # when the sentence counts the documents: "meneken dua dokumen kerja sama
                # sekaligus" names no one of them)
                # ("Perjanjian kerja sama bidang ... antara X dan Y mulai dijalankan. Kerja
                # sama itu diteken ...": an agreement word pointed back to before the verb
                # is the document the sentence before named)
                pointed = _POINTED_AGREEMENT.search(ctx.norm, max(s.start, v.start() - 40), v.start())
                doc = (_previous_sentence_doc(ctx, si, out) if pointed else None) or _next_sentences_doc(ctx, si)
            prev = classify.Anchor(si, v.start(), v.end(), status, doc)
            out.append(prev)

    for si, s in enumerate(ctx.sents[:ctx.caption_from]):
        scan(si, s, ctx.docs)
    if ctx.caption_from < len(ctx.sents) and not any(a.status == "done" for a in out):
        # a photo gallery: the captions are the report ("X dan Y menunjukkan naskah nota
        # kesepakatan usai penandatanganan di Aula Z, Senin (17/11/2025)"), when a caption
        # dates the signing to the days before publication and is no file photo
        cap_docs = documents.find_documents(ctx.norm, [(s.start, s.end) for s in ctx.sents[ctx.caption_from:]])
        # (a "Dok." credit may be a file photo's, unless the body takes up the caption's
        # agreement as its own subject: "Dengan adanya kerja sama ini, ..."; a body whose
        # signing words name no document, "Dokumen yang diteken Kamis siang itu menjadi
        # payung ...", points back at the one the caption shows signed)
        # (or tells of no signing but in passing: "... sebelum penandatanganan")
        taken_up = all(a.status in ("weak", "aside") for a in out) and (
            _body_takes_up(ctx) or any(_POINTED_SIGNED.search(ctx.norm, ctx.sents[a.sent].start, ctx.sents[a.sent].end)
                                       for a in out))
        for si in range(ctx.caption_from, len(ctx.sents)):
            s = ctx.sents[si]
            if _days_before(_in(s.start, s.end, ctx.dates), ref) and (taken_up or not _FILE_PHOTO.search(ctx.norm, s.start, s.end) and not _file_credited(ctx, s)
                           or _headline_shows_caption(ctx, s, cap_docs)):
                scan(si, s, cap_docs)
    if not out:
        out += _entered_anchors(ctx, ref)
    # "Penandatanganan berlangsung dalam rapat paripurna di Gedung DPRD X. Nota kesepakatan
    # itu diteken Bupati Y bersama Ketua DPRD Z": a signing whose document is the one a
    # sentence after names as the budget document the head signs with its legislature
    budget_docs = {a.doc.start for a in out if a.status == "budget" and a.doc is not None}
    out = [replace(a, status="budget") if a.status == "done" and a.doc is not None and a.doc.start in budget_docs
           and not ctx.sents[a.sent].start <= a.doc.start < ctx.sents[a.sent].end else a for a in out]
    done = {a.sent for a in out if a.status in ("done", "weak")}
    ctx.off_sents = {a.sent for a in out if a.status in ("past", "planned", "negated", "aside", "budget")} - done
    ctx.budget_sents = {a.sent for a in out if a.status == "budget"} - done
    # (not one going on from a signing told as the report's in its paragraph: "... yang
    # ditandatangani X, Y dan Z, Senin (2/9/2024). Kala itu, nota kesepakatan diteken
    # langsung oleh ...")
    ctx.past_sents = {si for si in {a.sent for a in out if a.status == "past"} - done
                      if not (si > 0 and si - 1 in done and ctx.sents[si - 1].paragraph == ctx.sents[si].paragraph)}
    return out


# a month name opening a line, set off by a dash or a colon: "April – Pemko dan ...",
# "Mei: Festival ..."
_MONTH_LINE = fastre.compile(r"[ \t]*([A-Za-z]{3,9})[ \t]*(?:[–—:]|-(?=[ \t]))[ \t]*")


def _earlier_month_line(ctx: Ctx, si: int, ref) -> bool:
    """Whether body sentence si opens a line of a list told month by month (three or more
    lines of the body opening with a month name and a dash: a year in review, a
    "kaleidoskop") with a month two or more before the publication's."""
    if ref is None or si >= ctx.caption_from or (si > 0 and ctx.sents[si - 1].paragraph == ctx.sents[si].paragraph):
        return False
    def month_of(k: int) -> Optional[int]:
        m = _MONTH_LINE.match(ctx.norm, ctx.sents[k].start)
        return MONTHS.get(m.group(1).lower()) if m else None

    here = month_of(si)
    if here is None or (ref.month - here) % 12 < 2:
        return False
    lines = sum(1 for k in range(ctx.caption_from)
                if (k == 0 or ctx.sents[k - 1].paragraph != ctx.sents[k].paragraph) and month_of(k) is not None)
    return lines >= 3


# between a signing verb and its object: blanks, maybe "naskah"/"dokumen"
_OBJECT_GAP = fastre.compile(r"\s+(?:(?:naskah|dokumen|sebuah)\s+)?", re.I)


def _file_credited(ctx: Ctx, s) -> bool:
    """Whether the caption of sentence s is credited as a file photo, the credit maybe a
    sentence of its own: "... Senin (17/11/2025). (Foto: Dok. Humas)"."""
    para = [x for x in ctx.sents[ctx.caption_from:] if x.paragraph == s.paragraph]
    return _FILE_CREDIT.search(ctx.norm, para[0].start, para[-1].end) is not None


# the signing's subject is an agreement like the one told before: "Kesepakatan serupa
# diteken ...", "MoU yang sama juga ditandatangani ..."
_SIMILAR_SUBJECT = fastre.compile(r"\b(?:kesepakatan|kesepahaman|nota|mou|perjanjian|pks|kerja\s*sama|dokumen|naskah)"
                                  r"(?:\s+[\w-]+){0,2}?\s+(?:serupa|sejenis|yang\s+sama)\b", re.I)
# words telling the signing is the one of the report, not one more of a list: "kini",
# "hari ini", "terbaru"
_NOW = fastre.compile(r"\b(?:kini|sekarang|hari\s+ini|kali\s+ini|saat\s+ini|terbaru|teranyar|baru\s+saja|"
                      r"pada\s+kesempatan\s+(?:ini|itu|tersebut))\b", re.I)
# a tally of signings told as done before: "sejumlah kerja sama yang sudah diteken"
_PERFECT_BEFORE = fastre.compile(r"\b(?:telah|sudah|pernah)\s+$", re.I)


def _goes_on_earlier_list(ctx: Ctx, si: int, pos: int, anchors: list[classify.Anchor]) -> bool:
    """Whether body sentence si, undated, goes on with a list of earlier signings its
    paragraph told before it: a tally ("Hasan merinci sejumlah kerja sama yang sudah diteken
    dalam dua tahun terakhir.", undated) or an earlier signing ("Pada 2024, pemprov menandatangani
    ...") opens the list, and this sentence names no time of the report ("kini", "hari
    ini", "terbaru"); after a single earlier signing, only "kesepakatan serupa" (one more
    like it) goes on with it."""
    s = ctx.sents[si]
    if si >= ctx.caption_from or _NOW.search(ctx.norm, s.start, s.end):
        return False
    # (the anchors are in text order: the paragraph's are the last ones, read backwards)
    before = list(itertools.takewhile(lambda a: ctx.sents[a.sent].paragraph == s.paragraph,
                                      (a for a in reversed(anchors) if a.sent < si)))
    if any(a.status in ("done", "weak") for a in before):
        return False
    if any(a.status == "count" and _PERFECT_BEFORE.search(ctx.norm, max(ctx.sents[a.sent].start, a.pos - 20), a.pos)
           and not _in(ctx.sents[a.sent].start, ctx.sents[a.sent].end, ctx.dates) for a in before):
        return True
    return any(a.status == "past" for a in before) and _SIMILAR_SUBJECT.search(ctx.norm, s.start, pos) is not None


# "Saat itu, ...", "Pada saat itu, ...", "Ketika itu, ...": the time just told
_THEN_LEAD = fastre.compile(r"[\s\"“]*(?:pada\s+)?(?:saat|ketika|waktu|kala)\s+itu\b", re.I)


_POINTED_PAPER = fastre.compile(r"\b(?:dokumen|naskah|kesepakatan|kesepahaman|perjanjian|mou|kerja\s*sama|pks)"
                                r"\s+(?:itu|tersebut)\b", re.I)


def _after_past(ctx: Ctx, si: int, anchors: list[classify.Anchor]) -> bool:
    """Whether the sentence before body sentence si, in its paragraph, tells an earlier
    signing and no signing of the report."""
    if si == 0 or si >= ctx.caption_from or ctx.sents[si - 1].paragraph != ctx.sents[si].paragraph:
        return False
    prev = [a.status for a in anchors if a.sent == si - 1]
    return "past" in prev and "done" not in prev and "weak" not in prev


# a signed document pointed back to: "Dokumen yang diteken Kamis siang itu", "naskah yang
# baru ditandatangani tersebut"
_POINTED_SIGNED = fastre.compile(r"\b(?:dokumen|naskah|kesepakatan|kesepahaman|perjanjian|mou|pks)\s+yang\s+"
                                 r"(?:(?:baru|telah|sudah|tadi)\s+)?(?:di)?(?:teken|tandatangani|tanda\s+tangani)\b"
                                 r"[^,.;:!?\n]{0,30}?\b(?:itu|tersebut|ini)\b", re.I)


def _headline_shows_caption(ctx: Ctx, s, cap_docs: list) -> bool:
    """Whether the headline reports the signing caption sentence s shows: a signing verb
    in the headline and the same kind of agreement as the caption's ("Pemkot X dan BPJS Y
    Teken PKS ..." over "X dan Y usai menandatangani perjanjian kerja sama di Balai Kota,
    Kamis (30/10/2025). (Dok Prokompim)"). The photo is then the report's own, whatever its
    "Dok" credit (a government page credits its press office's photos so), though the body
    goes on about the programme and never tells the signing."""
    heads = {d.doc_type for d in _once(ctx, _signing_headline_docs)}
    return any(d.doc_type in heads for d in _in(s.start, s.end, cap_docs) if not d.is_budget)


def _signing_headline_docs(ctx: Ctx) -> list:
    """The agreements (no budget document) a headline with a signing verb names; [] for
    another headline. Read once per article (_once): the copies handed out are not changed."""
    if ctx.headline is None or not classify.signing_verbs(ctx.norm, *ctx.headline):
        return []
    return [d for d in documents.find_documents(ctx.norm, [ctx.headline]) if not d.is_budget]


def _body_takes_up(ctx: Ctx) -> bool:
    """Whether a body that tells no signing of its own (no signing word at all) points back
    at an agreement ("kerja sama ini", "kesepakatan tersebut"): the short text under a
    caption telling the signing ("... bertukar dokumen usai menandatangani perjanjian kerja
    sama ..., Selasa (3/6/2025). (Dok Diskominfo)") goes on about that agreement, so the
    caption is the report, whatever its credit says."""
    return any(_POINTED_AGREEMENT.search(ctx.norm, s.start, s.end) for s in ctx.sents[:ctx.caption_from])


_AFTER_THAT = fastre.compile(r"[\s\"“]*(?:setelah|sesudah|usai|seusai)\s+itu\b", re.I)


def _next_step_of_plan(ctx: Ctx, si: int, pos: int) -> bool:
    """Whether sentence si, quoted, opens with "Setelah itu" after a sentence of the same
    paragraph that sets a time still to come ("... rampung awal tahun depan", "... kami
    targetkan selesai Desember"): its signing follows a step not yet taken."""
    s = ctx.sents[si]
    if si == 0 or si >= ctx.caption_from or ctx.sents[si - 1].paragraph != s.paragraph:
        return False
    if not _AFTER_THAT.match(ctx.norm, s.start) or not _quoted_at(ctx, si, pos):
        return False
    prev = ctx.sents[si - 1]
    return bool(classify.cue("planned_after").search(ctx.norm, prev.start, prev.end)
                or classify.cue("scheduled").search(ctx.norm, prev.start, prev.end))


def _entered_anchors(ctx: Ctx, ref) -> list[classify.Anchor]:
    """A body with no signing word under a headline that reports a signing ("Pemkab X-
    Universitas Y Teken MoU ..."): the body sentences telling the cooperation was officially
    entered ("X dan Y resmi menjalin kerja sama ...", "Kerja sama itu dilakukan Bupati X
    dan Rektor Y di ...") report it, the document the headline names."""
    heads = _once(ctx, _signing_headline_docs)
    if not heads:
        return []
    doc = replace(heads[0], title=None)
    out = []
    for si, s in enumerate(ctx.sents[:ctx.caption_from]):
        for v in classify.cue("entered").finditer(ctx.norm, s.start, s.end):
            status = classify.anchor_status(ctx.norm, s.start, s.end, v, _in(s.start, s.end, ctx.docs),
                                            _in(s.start, s.end, ctx.dates), ref)
            out.append(classify.Anchor(si, v.start(), v.end(), status, doc))
    return out


def _previous_sentence_doc(ctx: Ctx, si: int, anchors: list[classify.Anchor]):
    """The agreement the previous sentence of the same paragraph names, when that sentence
    reports no earlier, planned or denied signing of it. A sentence pointing back at an
    agreement before its verb ("Dokumen perjanjian itu ditandatangani ...", "Kesepakatan
    tersebut diteken ...") reaches into the paragraph before: a lead naming the document
    and a next paragraph telling who signed it."""
    if si == 0 or si >= ctx.caption_from:
        return None
    if ctx.sents[si - 1].paragraph != ctx.sents[si].paragraph:
        verbs = classify.signing_verbs(ctx.norm, ctx.sents[si].start, ctx.sents[si].end)
        if not verbs or not _POINTED_AGREEMENT.search(ctx.norm, ctx.sents[si].start, verbs[0].start()):
            return None
    prev = ctx.sents[si - 1]
    if any(a.sent == si - 1 and a.status not in ("done", "weak") for a in anchors):
        return None
    docs = [d for d in _in(prev.start, prev.end, ctx.docs) if not d.is_budget]
    return docs[-1] if docs else None


# before a signing noun opening its sentence as the subject: nothing, or a connective or
# a word for the ceremony ("Adapun penandatanganan ...", "Prosesi penandatanganan ...")
_SUBJECT_NOUN_LEAD = fastre.compile(r"[\s\"“]*(?:(?:adapun|sementara\s+itu,?)\s+)?"
                                    r"(?:(?:prosesi|acara|seremoni(?:al)?)\s+)?", re.I)
# ... whose predicate names who signed: "dilakukan oleh", "dilaksanakan langsung oleh", or
# "oleh" right after the noun ("Penandatanganan oleh Bupati X dan Rektor Y berlangsung
# ..."); a noun that is only attended ("Penandatanganan dihadiri ...") or placed
# ("Penandatanganan berlangsung di ...") does not reach back a paragraph
_DONE_BY = fastre.compile(r"\s+oleh\b|.*?\b(?:dilakukan|dilaksanakan)\s+(?:(?:langsung|secara\s+\w+|bersama)\s+)?oleh\b", re.I)
# a bare document noun opening the sentence as the subject (maybe pointed back to, maybe
# an adverb before the verb): "Perjanjian diteken ...", "Naskah kesepahaman itu telah
# ditandatangani ...", "Adapun dokumen tersebut diteken ..."
_DOC_NOUN_SUBJECT = fastre.compile(r"[\s\"“]*(?:adapun\s+)?(?:(?:naskah|dokumen)\s+)?"
                                   r"(?:perjanjian|kesepahaman|kesepakatan|naskah|dokumen)"
                                   r"(?:\s+(?:itu|ini|tersebut))?(?:\s+(?:telah|sudah|resmi|langsung|kemudian|lalu))*\s+", re.I)


def _subject_noun_doc(ctx: Ctx, si: int, v: re.Match, anchors: list[classify.Anchor]):
    """The agreement a bare signing noun opening body sentence si as its subject points
    back to: "Penandatanganan dilakukan oleh bupati bersama Lurah X ...", "Penandatanganan
    yang disaksikan A dan B itu dilakukan oleh C dan D", "Prosesi penandatanganan
    dilaksanakan langsung oleh ..." (the noun names no document; a news story uses it,
    definite, for the signing of the agreement its lead or the paragraph before named),
    when it says who signed (_DONE_BY); or a bare document noun as the subject of a
    passive signing verb ("Perjanjian diteken oleh Bupati X ...", "Naskah itu
    ditandatangani Kepala Dinas Y ...": the head word alone, definite, for the agreement
    named in full before). That is the last agreement (not a budget
    document) the body named before it, in the sentence's
    paragraph or the two before, in a sentence that tells no earlier, planned or denied
    signing. Once a signing has been told ("X dan Y menandatangani nota kesepakatan ...
    Penandatanganan berlangsung di ..."), the noun is that signing, not a document of its
    own (the event it joins holds its document)."""
    s = ctx.sents[si]
    if si >= ctx.caption_from or any(a.status == "done" for a in anchors):
        return None
    noun_done_by = classify._SIGN_NOUN.fullmatch(v.group()) and _SUBJECT_NOUN_LEAD.fullmatch(ctx.norm, s.start, v.start()) \
        and _DONE_BY.match(ctx.norm, v.end(), s.end)
    doc_signed = v.group()[:2].lower() == "di" and _DOC_NOUN_SUBJECT.fullmatch(ctx.norm, s.start, v.start())
    if not (noun_done_by or doc_signed):
        return None
    for sj in range(si - 1, -1, -1):
        prev = ctx.sents[sj]
        if s.paragraph - prev.paragraph > 2:
            return None
        docs = [d for d in _in(prev.start, prev.end, ctx.docs) if not d.is_budget]
        if docs:
            if any(a.sent == sj and a.status not in ("done", "weak") for a in anchors):
                return None
            return docs[-1]
    return None


def _next_sentences_doc(ctx: Ctx, si: int):
    """The agreement one of the next two body sentences names with a demonstrative after
    it ("PKS tersebut", "nota kesepakatan itu") or after its title ("Perjanjian Kerja Sama
    tentang Pendampingan Desa itu"): the document a signing of "dokumen" or "naskah"
    before it was."""
    for sj in range(si + 1, min(si + 3, ctx.caption_from)):
        nxt = ctx.sents[sj]
        for d in _in(nxt.start, nxt.end, ctx.docs):
            if not d.is_budget and (_DEMONSTRATIVE.match(ctx.norm, d.end)
                                    or d.title is not None and _DEMONSTRATIVE.match(ctx.norm, d.title[1])
                                    or _named_form_of_pointed(ctx, nxt.start, d)):
                return d
    return None


def _named_form_of_pointed(ctx: Ctx, start: int, d) -> bool:
    """Whether document d is named as the form of a thing pointed back to before it in
    its sentence: "Naskah yang diberi judul ... itu berbentuk nota kesepahaman",
    "Dokumen tersebut berupa perjanjian kerja sama"."""
    before = ctx.norm[start:d.start]
    form = _DOC_FORM_END.search(before)
    return form is not None and _DEMONSTRATIVE.search(before, 0, form.start()) is not None


_DOC_FORM_END = fastre.compile(r"(?<![\w-])(?:" + classify.cue_alternation("doc_form") + r")\s+$", re.I)


_GLOSS_OR = fastre.compile(r"\s*(?:,\s*)?(?:or|atau|also\s+known\s+as|\()\s*(?:the\s+|a\s+)?", re.I)
# a caption of an old or stock photo
_FILE_WORDS = r"(?:dok(?:umentasi)?|ilustrasi|arsip|file)\b"
_FILE_PHOTO = fastre.compile(r"\b" + _FILE_WORDS, re.I)
# ... credited so in brackets: "(Foto: Dok. Humas)"
_FILE_CREDIT = fastre.compile(r"\((?:foto|photo)?\s*:?\s*" + _FILE_WORDS, re.I)
_REFERS_BACK = fastre.compile(r"\byang\s+(?:sudah|telah|pernah)\s+$", re.I)
_DEMONSTRATIVE = documents.DEMONSTRATIVE
# a signing noun pointed back to, then a predicate of its own: "Penandatanganan ini
# melanjutkan ...", "Penandatanganan tersebut merupakan tindak lanjut ..."
_POINTED_PREDICATE = fastre.compile(r"\s+(?:ini|itu|tersebut)\s+(?:(?:juga|sekaligus|sendiri)\s+)?"
                                    r"(?:me(?:ng|ny|m|n)?[a-z]+|merupakan|adalah|menjadi)\b", re.I)
_POINTED_AGREEMENT = fastre.compile(r"\b(?:kesepakatan|kesepahaman|perjanjian|mou|kerja\s*sama|pks)\s+(?:ini|itu|tersebut)\b", re.I)
_RELATIVE_START = fastre.compile(r"\s*(?:\([^()]{1,20}\)\s*)?yang\b")
_LEGISLATURE = fastre.compile(r"\b(?:DPRD|DPRK|DPRA|DPRP|DPRPB|DPRD-?P|[Dd]ewan)\b")


# between two signing verbs of one sentence: no clause break, and the later verb opens a
# relative clause ("..., yang kala itu diteken")
_RELATIVE_BEFORE = fastre.compile(r"[^;:.!?]*,\s*yang(?:\s+[\w-]+){0,3}\s*")


def _group_of(a: classify.Anchor, prev: Optional[str]) -> str:
    if a.doc is not None:
        return GROUP.get(a.doc.base_type or a.doc.doc_type, "nk")
    return prev or "nk"


def _sentence_opening(kind: str) -> re.Pattern:
    """Cue words of data/signing_cues.tsv matched at a sentence's start (after blanks
    and an opening quote)."""
    return fastre.compile(r"[\s\"“]*(?:" + classify.cue_alternation(kind) + r")\b", re.I)


def build_events(ctx: Ctx, anchors: list[classify.Anchor]) -> list[Event]:
    strong = [a for a in anchors if a.status == "done"]
    if not strong:
        return []
    events: dict[str, Event] = {}
    prev = None
    pending: list[classify.Anchor] = []  # signing words told before the first document
    # the last anchor that names its document
    last_with_doc = max((i for i, a in enumerate(anchors) if a.status == "done" and a.doc is not None), default=-1)
    for i, a in enumerate(anchors):
        if a.status not in ("done", "weak"):
            continue
        g = _group_of(a, prev)
        if not events and a.doc is None and i < last_with_doc and _counts_documents(ctx, a.sent):
            # "Bupati X meneken dua dokumen kerja sama sekaligus pada Selasa (22/7/2025) di
            # Aula Y. Mitra pertama ...": a lead counting the documents signed names none of
            # them: it goes with the first signing told after it, as a signing word told
            # before the first document does
            pending.append(a)
            continue
        if a.status == "weak" and g not in events:
            g = prev or g
            if g not in events:
                pending.append(a)
                continue
        ev = events.setdefault(g, Event(g))
        if not ev.anchors and not prev and pending:
            # '"Barusan saya sama Bu Rina udah tanda tangan," kata Wali Kota X, Kamis
            # (22/5/2025). Yang diteken siang itu adalah Perjanjian Kerja Sama ...': the
            # sentences just before the first document tell the same signing
            ev.anchors += [b for b in pending if a.sent - b.sent <= 3]
        ev.anchors.append(a)
        if a.doc is not None:
            ev.docs.append(a.doc)
        prev = g
    evs = [e for e in events.values() if any(a.status == "done" for a in e.anchors)]
    evs = [part for e in evs for part in _split_by_day(ctx, e, anchors)]
    evs = [part for e in evs for part in _split_by_partner(ctx, e)]
    anchor_sents = {a.sent for a in anchors}
    for e in evs:
        # "..., kata Wali Kota X di Balai Kota Y, kemarin. Pernyataan itu disampaikan usai
        # dirinya menandatangani MoU ...": the remark before dates and places the signing
        e.lead_sents |= {a.sent - 1 for a in e.anchors if a.status == "done" and a.sent > 0
                         and a.sent - 1 not in anchor_sents and a.sent - 1 < ctx.caption_from
                         and _SAID_BEFORE.match(ctx.norm, ctx.sents[a.sent].start)}
        e.dates = _anchor_dates(ctx, e)
    evs = _join_same_ceremony(ctx, evs)
    # an event without its own date is the same event as a dated one ("MoU dan PKS"),
    # unless each signs with a partner the other does not name (a governor's three
    # agreements with three partners on one day are three signings)
    if len(evs) > 1:
        partners = {id(e): _partners(ctx, e) for e in evs}

        def same_signing(a: Event, b: Event) -> bool:
            pa, pb = partners[id(a)], partners[id(b)]
            # a bare "Ombudsman" ("... laporan yang diteruskan Ombudsman") is the office
            # the other signing names
            a_ori = any(k.startswith("ORI") and k != "ORI?" for k in pa)
            b_ori = any(k.startswith("ORI") and k != "ORI?" for k in pb)
            if b_ori:
                pa = pa - {"ORI?"}
            if a_ori:
                pb = pb - {"ORI?"}
            return not _conflict(pa, pb)

        dated = [e for e in evs if _day_dates(e)]
        if dated:
            for e in list(evs):
                if not _day_dates(e) and e is not dated[0] and same_signing(e, dated[0]):
                    dated[0].anchors += e.anchors
                    dated[0].docs += e.docs
                    partners[id(dated[0])] |= partners[id(e)]
                    evs.remove(e)
        # same date: one event
        seen: dict = {}
        for e in list(evs):
            d = _day_dates(e)
            key = d[0].value if d else None
            if key in seen and same_signing(e, seen[key]):
                seen[key].anchors += e.anchors
                seen[key].docs += e.docs
                partners[id(seen[key])] |= partners[id(e)]
                evs.remove(e)
            elif key not in seen:
                seen[key] = e
    evs = _join_one_ceremony(ctx, evs, anchors)
    for e in evs:
        e.anchors.sort(key=lambda a: a.pos)
    return evs


# the article says the documents were signed at one ceremony: "Ketiga naskah diteken
# bergantian dalam satu seremoni di Aula ...", "... dengan tiga mitra sekaligus dalam satu
# acara", "dalam satu rangkaian acara", "dalam satu panggung"
_ONE_CEREMONY = fastre.compile(r"\b(?:dalam|pada|di)\s+satu\s+(?:rangkaian\s+)?"
                               r"(?:acara|seremoni|seremonial|kesempatan|kegiatan|prosesi|panggung)\b", re.I)


def _join_one_ceremony(ctx: Ctx, evs: list[Event], anchors: list[classify.Anchor]) -> list[Event]:
    """One entry when a signing sentence says the documents were signed at one ceremony
    ("Unsri menjalin kerja sama dengan tiga mitra ... Ketiga naskah diteken bergantian dalam
    satu seremoni. ... Terakhir, rektor ... nota kesepahaman dengan PT X"): the signings of
    that day told after it join the first, whatever partner each names. Signings of
    another day stay apart."""
    if len(evs) < 2:
        return evs
    cue_sents = sorted({a.sent for a in anchors if a.status in ("done", "weak") and a.sent < ctx.caption_from
                        and a.sent not in ctx.off_sents
                        and _ONE_CEREMONY.search(ctx.norm, ctx.sents[a.sent].start, ctx.sents[a.sent].end)})
    if not cue_sents:
        return evs
    in_text = sorted(evs, key=lambda e: min(a.pos for a in e.anchors))
    host = next((e for e in in_text if any(a.sent == cue_sents[0] for a in e.anchors)), None)
    if host is None:
        return evs
    joined: set[int] = set()
    for e in in_text:
        if e is host or min(a.sent for a in e.anchors) < cue_sents[0]:
            continue
        if e.may_share_day(host):
            host.absorb(e)
            joined.add(id(e))
    return [e for e in evs if id(e) not in joined]


_SAID_BEFORE = _sentence_opening("said_before")


_SAME_CEREMONY = _sentence_opening("same_ceremony")
# the same place opening the next signing's sentence: "Di tempat yang sama, tiga kepala
# dinas langsung menandatangani PKS ...", "Di lokasi yang sama, ..." (a signing of another
# day there keeps its own event: the days are compared)
_SAME_PLACE = _sentence_opening("same_place")


# the documents told signed together, counted as one subject: "Ketiga dokumen
# ditandatangani secara bergantian oleh ...", "Kedua naskah itu diteken ..."
_SIGNED_TOGETHER = fastre.compile(
    r"\b[Kk]e(?:dua|tiga|empat|lima|enam)\s+(?:dokumen|naskah|nota|perjanjian|kesepakatan|kerja\s*sama|mou|pks)\b"
    r"(?:\s+(?:itu|tersebut|ini))?\s+(?:pun\s+|lalu\s+|kemudian\s+)?(?:ditandatangani|diteken|ditandatangan)\b")


def _body_keys(keys) -> frozenset:
    """Party keys with an Ombudsman office read as Ombudsman RI ("ORI:15" -> "ORI"): the
    national body and its office in a province are one counterpart."""
    return frozenset("ORI" if k.startswith("ORI") else k for k in keys)


def _own_account(e: Event) -> bool:
    """Whether a signing is told in a sentence of its own besides the one that opens it
    ("Di tempat yang sama, Pemkab X juga menandatangani nota kesepakatan dengan Y. ...
    Nota kesepakatan ditandatangani Bupati X dan Kepala Y, Z.")."""
    return len({a.sent for a in e.anchors if a.status == "done"}) >= 2


def _join_same_ceremony(ctx: Ctx, evs: list[Event]) -> list[Event]:
    """One entry for documents signed at one ceremony with the same partners, or told
    signed together: "Pemkot X menandatangani nota kesepakatan dengan Kejari X ... Dalam
    acara yang sama, Pemkot X sekaligus meneken PKS dengan Kantor Pertanahan ...
    Ketiga dokumen ditandatangani secara bergantian oleh ...". A document signed there
    with another counterpart and told with its own signers ("Di tempat yang sama, Pemkab
    X juga menandatangani nota kesepakatan dengan BPJS ... Nota kesepakatan ditandatangani
    Bupati X dan Kepala BPJS ..."), is a signing of its own."""
    if len(evs) < 2:
        return evs
    in_text = sorted(evs, key=lambda e: min(a.pos for a in e.anchors))
    together = any(_SIGNED_TOGETHER.search(ctx.norm, s.start, s.end) for s in ctx.sents[:ctx.caption_from])
    joined: set[int] = set()
    prev = in_text[0]
    for e in in_text[1:]:
        first = min((a for a in e.anchors if a.status == "done"), key=lambda a: a.pos, default=None)
        if first is not None and (_SAME_CEREMONY.match(ctx.norm, ctx.sents[first.sent].start)
                                  or _SAME_PLACE.match(ctx.norm, ctx.sents[first.sent].start)) \
                and e.may_share_day(prev) and (together or not _own_account(e)
                                               or not _conflict(_body_keys(_partners(ctx, prev)), _body_keys(_partners(ctx, e)))):
            prev.absorb(e)
            joined.add(id(e))
        else:
            prev = e
    return [e for e in evs if id(e) not in joined]


# a source cited with its own date, the date right after it: "Berdasarkan keterbukaan
# informasi di Bursa Efek Indonesia (BEI), " before "Rabu (15/10/2025)"
_DATED_SOURCE = fastre.compile(r"(?<![\w-])(?:" + classify.cue_alternation("dated_source")
                               + r")(?![\w-])[^,.;:!?\n]{0,60},\s*$", re.I)


def _source_date(ctx: Ctx, d) -> bool:
    """Whether a date dates a source the sentence cites, not the signing: "Berdasarkan
    keterbukaan informasi di BEI, Rabu (15/10/2025), penandatanganan dilakukan oleh ..."
    (a disclosure or a press release of the day after the signing told before)."""
    return _DATED_SOURCE.search(ctx.norm, max(0, d.start - 120), d.start) is not None


def _own_day(ctx: Ctx, a: classify.Anchor, anchors: list[classify.Anchor]):
    """(day, lead sentence): the day an anchor's sentence dates its signing to, or the day
    a signing sentence without a document gives just before it in the same paragraph
    ("Penandatanganan pertama dilaksanakan ... pada Senin (17/2/2025). Nota kesepakatan
    ... itu ditandatangani oleh ..."); the lead sentence is the one before when it has no
    signing word and gave the day, else None."""
    for si in (a.sent, a.sent - 1):
        if si < 0 or ctx.sents[si].paragraph != ctx.sents[a.sent].paragraph:
            break
        s = ctx.sents[si]
        if si != a.sent and not any(b.sent == si and b.status == "weak" for b in anchors):
            # "Keesokan harinya, Rabu (16/7/2025), rombongan melanjutkan perjalanan ke X. Di
            # Aula Y, Z menandatangani ...": a sentence that opens with the day, no signing word
            lead = [d for d in _in(s.start, s.end, ctx.dates) if d.precision == "day" and d.value is not None]
            if len(lead) != 1 or lead[0].start - s.start > 40 or any(b.sent == si for b in anchors):
                break
            return lead[0].value, si
        # (a range dates a longer event the signing was part of: "Di sela Rakornas yang
        # berlangsung 17-19 Februari itu, Bupati X menandatangani ...")
        # (a speaker's "hari ini" is the day they spoke, which the report dates itself: '"...
        # Penandatanganan nota kesepakatan hari ini adalah ...," kata X' in a report
        # published the next day)
        days = {d.value for d in _in(s.start, s.end, ctx.dates) if d.precision == "day" and d.value is not None
                and not D.is_range(d) and not (d.kind == "relative" and _quoted_at(ctx, si, d.start))
                and not _source_date(ctx, d)}
        if len(days) == 1:
            return days.pop(), None
        if days:
            break
    return None, None


def _paragraph_first(sents: list, si: int) -> int:
    """The index of the first sentence of sentence si's paragraph."""
    first = si
    while first > 0 and sents[first - 1].paragraph == sents[si].paragraph:
        first -= 1
    return first


def _quoted_at(ctx: Ctx, si: int, pos: int) -> bool:
    """Whether offset pos of sentence si lies inside a direct quotation: an odd number of
    straight double quotes, or an opening curly quote not yet closed, between its
    paragraph's start and pos (a quotation may run over several sentences)."""
    before = ctx.norm[ctx.sents[_paragraph_first(ctx.sents, si)].start:pos]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def _split_by_day(ctx: Ctx, ev: Event, anchors: list[classify.Anchor]) -> list[Event]:
    """One event per signing day when the anchors of one document type date themselves to
    different days: "Penandatanganan pertama ... Senin (17/2/2025) ... Tiga hari kemudian,
    Kamis (20/2/2025), Ombudsman NTT menandatangani nota kesepakatan dengan ..." (anchors
    without a day of their own stay with the signing told before them)."""
    days = [_own_day(ctx, a, anchors) if a.status == "done" else (None, None) for a in ev.anchors]
    if len({d for d, _ in days if d is not None}) < 2:
        return [ev]
    parts: list[Event] = []
    part_days: list = []   # the day of each part (None until one of its anchors gives it)
    cur = -1               # the part the anchors told now go with
    current_day = None
    for a, (day, lead) in zip(ev.anchors, days):
        if day is None and parts and _THIS_SIGNING.match(ctx.norm, ctx.sents[a.sent].start):
            # "Dalam penandatanganan susulan ini, nota kesepakatan diteken ...", told after
            # an earlier signing of the same document: the latest day's signing, the one
            # reported
            dated = [i for i in range(len(parts)) if part_days[i] is not None]
            cur = max(dated, key=lambda i: part_days[i]) if dated else cur
            current_day = part_days[cur]
        elif not parts or (day is not None and current_day is not None and day != current_day):
            parts.append(Event(ev.group))
            part_days.append(None)
            cur = len(parts) - 1
        if day is not None:
            current_day = day
            part_days[cur] = part_days[cur] or day
            # (the sentence before that gave the day goes with it, so the event is dated)
            parts[cur].anchors += [b for b in anchors if b.sent == a.sent - 1 and b.status == "weak"
                                   and b not in parts[cur].anchors]
            if lead is not None:
                parts[cur].lead_sents.add(lead)
        parts[cur].anchors.append(a)
        if a.doc is not None:
            parts[cur].docs.append(a.doc)
    return [p for p in parts if any(a.status == "done" for a in p.anchors)]


# a sentence opening on the signing reported, after an earlier one was told: "Dalam
# penandatanganan susulan ini, ...", "Pada penandatanganan kali ini, ..."
_THIS_SIGNING = fastre.compile(r"[\s\"“]*(?:dalam|pada|di)\s+(?:penandatanganan|seremoni|acara|prosesi)"
                               r"(?:\s+(?:susulan|lanjutan|ulang))?\s+(?:ini|kali\s+ini|hari\s+ini)\b", re.I)


def _sentence_partners(ctx: Ctx, si: int) -> frozenset:
    keys = ctx._partner_keys.get(si)
    if keys is None:
        s = ctx.sents[si]
        # ("..., dan disaksikan Ketua DPRD Provinsi X": the witnesses' bodies are no partners)
        verbs = classify.signing_verbs(ctx.norm, s.start, s.end)
        w = _WITNESSED.search(ctx.norm, verbs[0].end(), s.end) if verbs else None
        end = w.start() if w else s.end
        keys = ctx._partner_keys[si] = frozenset(pm.key for pm in P.find_parties(ctx.norm, s.start, s.end, ctx.province)
                                                 if pm.start < end)
    return keys


_WITNESSED = fastre.compile(r"\b(?:disaksikan|dihadiri|didampingi|ditemani)\b", re.I)


def _partners(ctx: Ctx, ev: Event) -> frozenset:
    """The institutions the event's signing sentences name (keys of party mentions)."""
    keys: set = set()
    sents = {a.sent for a in ev.anchors if a.status == "done"}
    # (a sentence counting the partners of several signings names them all: the sentences
    # that tell this one, by its document or, after that lead, without it)
    told = {si for si in sents if not _counts_partners(ctx, si)} \
        or {a.sent for a in _told_one_by_one(ctx, ev, _counts_partners) if a.status == "weak"}
    for si in told or sents:
        keys |= _sentence_partners(ctx, si)
    return frozenset(keys)


# a sentence that moves on to the next signing of the day: "Sore harinya, ...",
# "Berikutnya, gubernur meneken ...", "Penandatanganan kedua ..." (data/signing_cues.tsv)
_NEXT_SIGNING = _sentence_opening("next_signing")


# the same signer signing once more: "Bupati kembali membubuhkan tanda tangan pada NPHD
# bersama Ketua Bawaslu ...", "Ia lalu kembali meneken PKS dengan ..."
_SIGNS_AGAIN = fastre.compile(r"\bkembali\s+(?:membubuhkan\s+tanda\s*tangan|menandatangani|meneken|mengeteken|"
                              r"bertanda\s*tangan)\b", re.I)


# each signer its own agreement: "untuk meneken kerja sama masing-masing", "menandatangani
# nota kesepahaman dengan mitranya masing-masing", "masing-masing meneken PKS"
_EACH_OWN = fastre.compile(r"\b(?:kerja\s*sama|kesepakatan|kesepahaman|mou|pks|perjanjian)"
                           r"(?:\s+dengan\s+(?:mitra|pasangan)(?:nya)?)?\s+masing-masing\b"
                           r"|\bmasing-masing\s+(?:meneken|menandatangani|membubuhkan)\b", re.I)


def _counts_documents(ctx: Ctx, si: int) -> bool:
    """Whether sentence si counts the documents signed ("meneken dua dokumen kerja sama
    sekaligus", "menandatangani tiga nota kesepahaman") or gives each signer its own ("Dua
    kabupaten ... meneken kerja sama masing-masing"): a summary of the signings told
    after it."""
    s = ctx.sents[si]
    return bool(classify.cue("count").search(ctx.norm, s.start, s.end) or _EACH_OWN.search(ctx.norm, s.start, s.end)
                or _COUNTED_SIGNINGS.search(ctx.norm, s.start, s.end))


def _counts_bodies(ctx: Ctx, si: int) -> bool:
    """Whether sentence si counts the bodies of several signings it then tells one by
    one ("... menandatangani NPHD dengan dua lembaga sekaligus, yakni KPU ... dan Bawaslu
    ..."): a summary whose bodies say nothing of which signing is which."""
    s = ctx.sents[si]
    return bool(_COUNTED_PARTNERS.search(ctx.norm, s.start, s.end))


def _counts_governments(ctx: Ctx, si: int) -> bool:
    """Whether sentence si counts the governments signed with ("... nota kesepakatan
    dengan dua pemerintah daerah sekaligus, yakni ..."): one ceremony with all of them, or
    signings told one by one after it (_split_by_place)."""
    s = ctx.sents[si]
    return bool(_COUNTED_GOV_PARTNERS.search(ctx.norm, s.start, s.end))


def _counts_partners(ctx: Ctx, si: int) -> bool:
    """Whether sentence si counts the partners, bodies or governments, of the signings
    told after it: its institutions say nothing of which signing is which."""
    return _counts_bodies(ctx, si) or _counts_governments(ctx, si)


def _moves_on(ctx: Ctx, si: int, anchor_sents) -> bool:
    """Whether the story moves on to another signing at sentence si: it opens with a
    sequencing word, it is an item of a list (one document with its counterpart per
    item: "1. Perjanjian Kerja Sama dengan Kejaksaan Negeri X ..., ditandatangani ...;
    2. Nota Kesepakatan dengan BPJS Kesehatan ..."), its signer signs again ("Bupati
    kembali membubuhkan tanda tangan ... bersama Ketua Bawaslu"), or the sentence before
    it in its paragraph opens with a sequencing word and tells no signing itself
    ("Menjelang siang, rombongan bergeser ke Gedung Rektorat X. Rektor Y dan Z meneken
    ...")."""
    if _NEXT_SIGNING.match(ctx.norm, ctx.sents[si].start) or _list_item_at(ctx, si) \
            or _SIGNS_AGAIN.search(ctx.norm, ctx.sents[si].start, ctx.sents[si].end):
        return True
    return si > 0 and si - 1 not in anchor_sents and ctx.sents[si - 1].paragraph == ctx.sents[si].paragraph \
        and si - 1 < ctx.caption_from and bool(_NEXT_SIGNING.match(ctx.norm, ctx.sents[si - 1].start))


def _covered(key: str, keys) -> bool:
    """`key` among `keys`, or a name that one of them extends ("N:pt x" / "N:pt x cabang y")."""
    return key in keys or any(k.startswith(key + " ") or key.startswith(k + " ") for k in keys)


def _conflict(a, b) -> bool:
    """Each of two sets of party keys names an institution the other does not."""
    return bool(a) and bool(b) and any(not _covered(k, b) for k in a) and any(not _covered(k, a) for k in b)


def _told_one_by_one(ctx: Ctx, ev: Event, counts) -> list[classify.Anchor]:
    """The event's anchors that tell one signing each: its signing sentences but one that
    counts the partners (`counts(ctx, si)`), and, after such a count, the ones that name no
    document ("Ombudsman X menandatangani nota kesepakatan dengan dua pemerintah daerah
    sekaligus, yakni ... Penandatanganan dengan Pemkot Y digelar di ..."): the count says
    one signing is told per partner, each in words of its own."""
    counting = {a.sent for a in ev.anchors if a.status == "done" and counts(ctx, a.sent)}
    return [a for a in ev.anchors if a.sent not in counting
            and (a.status == "done" or counting and a.status == "weak")]


def _split_by_partner(ctx: Ctx, ev: Event) -> list[Event]:
    """One event per partner when the signing sentences of one document type name
    different partners of one host: "Pagi hari, Ombudsman Sulsel meneken nota kesepakatan
    dengan Pemkab Gowa ... Sore harinya, ... menandatangani nota kesepahaman dengan
    UNM". A sentence goes to the signing whose institutions it names without naming
    another partner instead; one that names none goes with the signing before it.
    Without a sentence that moves on, a paragraph of its own per partner, each telling its
    own place, is a signing of its own (_split_by_place)."""
    anchor_sents = {a.sent for a in ev.anchors}
    parts = _partner_parts(ctx, ev, _counts_bodies, lambda a: _moves_on(ctx, a.sent, anchor_sents))
    if len(parts) > 1:
        return [e for e in parts if any(a.status == "done" for a in e.anchors)]
    return _split_by_place(ctx, ev)


def _partner_parts(ctx: Ctx, ev: Event, counts, opens) -> list[Event]:
    """The event split by partner (see _split_by_partner): the anchors told one by one
    after a count (`counts`) give their partners, and a part starts at one that names
    another partner where `opens(anchor)` says the story moves on."""
    told = _told_one_by_one(ctx, ev, counts)
    if len({a.sent for a in told}) < 2 or not any(opens(a) for a in told):
        return [ev]
    parts: list[tuple[Event, set]] = []
    for a in ev.anchors:
        keys = _sentence_partners(ctx, a.sent) if a in told else frozenset()
        fits = [(e, k) for e, k in parts if not _conflict(keys, k)]
        if not parts or (keys and not fits and opens(a)):
            parts.append((Event(ev.group), set(keys)))
            target = parts[-1]
        elif not keys or not fits:
            target = parts[-1]  # (naming another partner without moving on: the signing told)
        else:
            # (the latest signing that shares an institution, else the latest that fits)
            target = next((p for p in reversed(fits) if keys & p[1]), fits[-1])
        target[0].anchors.append(a)
        if a.doc is not None:
            target[0].docs.append(a.doc)
        target[1].update(keys)
    if len(parts) == 1:
        return [ev]
    for e, _ in parts:
        e.anchors.sort(key=lambda a: a.pos)
    return [e for e, _ in parts]


def _split_by_place(ctx: Ctx, ev: Event) -> list[Event]:
    """One event per partner when each signing is told in a paragraph of its own, at a
    place of its own: "Ombudsman X menandatangani nota kesepakatan dengan Pemkab A di Aula
    Kantor Bupati A .... / Ombudsman X juga menandatangani nota kesepakatan dengan Pemkot B
    di Ruang Rapat Wali Kota B ...". After a lead that counts the governments signed with
    ("... dengan dua pemerintah daerah sekaligus, yakni Pemkab A ... dan Pemkot B ...."),
    the paragraphs need not name the document ("Penandatanganan dengan Pemkot B digelar di
    ..."). Told at one place ("Penandatanganan berlangsung di Hotel X. ... Dari Pemkab B,
    nota kesepahaman diteken ..."), it is one ceremony with all of them."""
    lead = next((a for a in ev.anchors if a.status == "done" and _counts_partners(ctx, a.sent)), None)
    firsts = {min(a.sent for a in ev.anchors if ctx.sents[a.sent].paragraph == p)
              for p in {ctx.sents[a.sent].paragraph for a in ev.anchors}}
    anchor_sents = {a.sent for a in ev.anchors}
    parts = _partner_parts(ctx, ev, _counts_partners,
                           lambda a: a.sent in firsts or _moves_on(ctx, a.sent, anchor_sents))
    if len(parts) < 2:
        return [ev]
    told = _told_one_by_one(ctx, ev, _counts_partners)
    places = [{v[0] for a in part.anchors if a in told
               for v in [find_venue(ctx, ctx.sents[a.sent].start, ctx.sents[a.sent].end)] if v}
              for part in parts]
    if not all(places) or any(p & q for p, q in itertools.combinations(places, 2)):
        return [ev]
    for part in parts:
        if lead is not None and not any(a.status == "done" for a in part.anchors):
            # (told without its document: the one the lead counts the signings of)
            part.anchors = [replace(a, status="done", doc=lead.doc) if a in told else a for a in part.anchors]
            part.docs.append(lead.doc)
    signed = [e for e in parts if any(a.status == "done" for a in e.anchors)]
    return signed if len(signed) > 1 else [ev]


def _anchor_dates(ctx: Ctx, ev: Event) -> list:
    out = []
    sents = {a.sent for a in ev.anchors} | ev.lead_sents
    sents |= {si + 1 for si in sents if _cut_mid_sentence(ctx, si)}
    for si in sorted(sents):
        s = ctx.sents[si]
        for d in _in(s.start, s.end, ctx.dates):
            if d.value is not None and d not in out:
                out.append(d)
    return out


# the end of a line cut in the middle of a sentence: no closing punctuation ("... dengan
# Pemerintah Kabupaten X dan Pemerintah\nKabupaten Y tentang ..., Selasa (14/5).")
_OPEN_END = fastre.compile(r"[\w,]$")
_ONE_LINE_BREAK = fastre.compile(r"[ \t]*\n[ \t]*")
_ENDS_SENTENCE = fastre.compile(r"[.!?\"”)]\s*$")


def _cut_mid_sentence(ctx: Ctx, si: int) -> bool:
    """Whether sentence si is the first part of a sentence a scraper broke with a single
    line break, the rest being sentence si + 1 (which ends the sentence)."""
    if si + 1 >= min(ctx.caption_from, len(ctx.sents)):
        return False
    s, t = ctx.sents[si], ctx.sents[si + 1]
    return bool(_OPEN_END.search(ctx.norm, s.start, s.end)) and bool(_ONE_LINE_BREAK.fullmatch(ctx.norm, s.end, t.start)) \
        and not _LIST_ITEM.match(ctx.norm, t.start, t.end) and bool(_ENDS_SENTENCE.search(ctx.norm, t.start, t.end))


def _day_dates(ev: Event) -> list:
    """The event's dates to the day, a range's first day after single days."""
    return sorted((d for d in ev.dates if d.precision == "day" and d.value is not None), key=D.is_range)


def assign_sentences(ctx: Ctx, events: list[Event]) -> list[Optional[int]]:
    """Event index of every sentence: the event of the nearest anchor before it (or of the
    document or counterpart it names, after the signing sentences, see below)."""
    by_sent: dict[int, int] = {}
    for ei, e in enumerate(events):
        for a in e.anchors:
            by_sent.setdefault(a.sent, ei)
    # (a group with two signings, "nota kesepakatan" with two partners, tells nothing)
    group_count = Counter(e.group for e in events)
    by_group = {e.group: ei for ei, e in enumerate(events) if group_count[e.group] == 1}
    signing_paras = {ctx.sents[si].paragraph for si in by_sent}
    out: list[Optional[int]] = []
    cur = None
    first = min(by_sent.values(), key=lambda x: x) if by_sent else None
    for si, s in enumerate(ctx.sents):
        if si >= ctx.caption_from:
            out.append(0 if events else None)
            continue
        if si in by_sent:
            cur = by_sent[si]
        elif si + 1 in by_sent and by_sent[si + 1] != cur and ctx.sents[si + 1].paragraph == s.paragraph \
                and (_NEXT_SIGNING.match(ctx.norm, s.start) or si in events[by_sent[si + 1]].lead_sents):
            # "Menjelang siang, rombongan bergeser ke Gedung X. Di sana ... meneken ...": the
            # sentence that leads into the next signing is about that signing
            cur = by_sent[si + 1]
        elif len(events) > 1:
            # a sentence naming one of the documents belongs to that document's event
            groups = {GROUP.get(d.base_type or d.doc_type) for d in _in(s.start, s.end, ctx.docs)}
            groups = {g for g in groups if g in by_group}
            if len(groups) == 1:
                cur = by_group[groups.pop()]
            elif s.paragraph not in signing_paras and (told := _counterpart_event(ctx, events, si)) is not None:
                # ... and one naming the agreement by its counterpart ("Ruang lingkup nota
                # kesepakatan dengan Ombudsman Kalbar meliputi ...") to the event signed with
                # it, in a paragraph telling no signing: the story goes back to that signing
                cur = told
        out.append(cur if cur is not None else first)
    return out


# --- dates ----------------------------------------------------------------------------


def pick_date(ctx: Ctx, ev: Event, sent_event: list, ei: int):
    d = _pick_date(ctx, ev, sent_event, ei)
    if d is not None and (d.year_inferred or D.is_same_day(d)):
        # the same day written with its year elsewhere (a caption, a later paragraph), or
        # the day a "Siangnya" / "pada hari yang sama" is told as
        full = [x for x in ctx.dates if x.value == d.value and not x.year_inferred and x.precision == "day"]
        if full:
            return full[0]
    return d


# the signing or its event pointed back to at a sentence's start: "Kegiatan itu", "Acara
# tersebut", "Penandatanganan ini", "Prosesi penandatanganan itu"
_POINTED_EVENT_AT = fastre.compile(r"(?:Kegiatan|Acara|Agenda|Seremoni|Prosesi(?:\s+penandatanganan)?|Penandatanganan)"
                                   r"\s+(?:itu|tersebut|ini)\b")


# a date _RECENT_DAYS before the report, in a paragraph between the signing's, is its day,
# unless it dates an interview: "kata Dedy saat dihubungi, Senin (19/5/2025)"
_INTERVIEWED = fastre.compile(r"\b(?:%s)\b" % "|".join(sorted(word_set("interview_verbs.txt"), key=len, reverse=True)), re.I)


# what may stand between a signing verb and the date it is dated by ("diteken Selasa",
# "ditandatangani pada Rabu", "diteken, Senin")
_VERB_TO_DATE = fastre.compile(r"[\s,]*(?:(?:pada|tanggal|hari)\s+){0,2}", re.I)


def _pick_date(ctx: Ctx, ev: Event, sent_event: list, ei: int):
    day = _day_dates(ev)
    if day:
        # a date right after a signing verb dates the signing over one that dates another
        # act told first: "... baru diumumkan pada Kamis kemarin, meski dokumen itu sudah
        # diteken Selasa (4/3) lalu"
        verb_ends = [a.verb_end for a in ev.anchors if a.status == "done"]
        for d in day:
            if any(0 <= d.start - e <= 12 and _VERB_TO_DATE.fullmatch(ctx.norm, e, d.start) for e in verb_ends):
                return d
        return day[0]
    if ev.dates:
        return ev.dates[0]
    # a date in another sentence of the event's paragraphs (not one after the report:
    # "Jadi mulai 1 Juni, warga ..." says when the agreement takes effect)
    paras = {ctx.sents[a.sent].paragraph for a in ev.anchors}
    for si, s in enumerate(ctx.sents):
        if sent_event[si] == ei and s.paragraph in paras:
            ds = [d for d in _in(s.start, s.end, ctx.dates) if d.value is not None and d.precision == "day"
                  and (ctx.reference is None or d.value <= ctx.reference)]
            if ds:
                return ds[0]
    # the paragraph right after the signing's, pointing back to it with where and when it
    # took place: "Kegiatan itu berlangsung di Lantai II Balai Kota X, Kamis (25/9/2025)."
    after = max(paras) + 1
    for s in ctx.sents[:ctx.caption_from]:
        if s.paragraph == after and _POINTED_EVENT_AT.match(ctx.norm, s.start) \
                and _VENUE_SENT.search(ctx.norm, s.start, s.end):
            ds = [d for d in _in(s.start, s.end, ctx.dates) if d.value is not None and d.precision == "day"
                  and (ctx.reference is None or d.value <= ctx.reference)]
            if ds:
                return ds[0]
    # a caption about the signing, then the lead paragraph (a signing "di sela" an event);
    # a caption that only shows the document ("menunjukkan naskah perjanjian kerja sama di
    # Kantor X, Selasa (15/7/2025)") when its day falls in the week before the report
    # (the body's "awal pekan ini")
    for si, s in enumerate(ctx.sents):
        if si >= ctx.caption_from:
            ds = [d for d in _in(s.start, s.end, ctx.dates) if d.value is not None and d.precision == "day"]
            if ds and (classify.signing_verbs(ctx.norm, s.start, s.end)
                       or venues.recent_days(ctx, {ds[0].value})
                       and documents.find_documents(ctx.norm, [(s.start, s.end)])):
                return ds[0]
    # a paragraph between them, when it dates the signing to the days before the report:
    # the document's opening read out ("Pada hari ini, Rabu, tanggal dua puluh satu bulan
    # Mei tahun dua ribu dua puluh lima, ...") between "X dan Y menandatangani nota ..."
    # and "Kedua pimpinan lalu membubuhkan tanda tangan"
    if ctx.reference is not None:
        near = set(range(min(paras), max(paras))) - paras
        for si, s in enumerate(ctx.sents):
            if sent_event[si] == ei and s.paragraph in near:
                ds = [d for d in _in(s.start, s.end, ctx.dates) if d.value is not None and d.precision == "day"
                      and 0 <= (ctx.reference - d.value).days <= _RECENT_DAYS
                      and not _INTERVIEWED.search(ctx.norm, max(s.start, d.start - 50), d.start)]
                if ds:
                    return ds[0]
    d = _same_occasion_day(ctx, ev)
    if d is not None:
        return d
    for si, s in enumerate(ctx.sents):
        if s.paragraph == 0 and si < ctx.caption_from:
            ds = [d for d in _in(s.start, s.end, ctx.dates) if d.value is not None and d.precision == "day"]
            if ds:
                return ds[0]
    # the headline that reports the signing: "Selasa (28/10/2025), Pemkab X dan Y Teken PKS"
    if ctx.headline is not None and classify.signing_verbs(ctx.norm, *ctx.headline):
        ds = [d for d in D.find_dates(ctx.norm, ctx.reference, [ctx.headline])
              if d.value is not None and d.precision == "day"]
        if ds:
            return ds[0]
    return _once(ctx, _pointed_back_day) or _once(ctx, _timed_account_day) or _speech_day(ctx) \
        or _dateline_day(ctx, ev)


def _dateline_day(ctx: Ctx, ev: Event):
    """The day a dateline states, for a signing its paragraph reports with no day of its
    own: "SLEMAN, Kamis — Pemerintah Kabupaten Sleman dan UGM meneken nota kesepahaman
    ..." (the weekday of the report, resolved against the publication date, is the day of
    the news it opens); else None."""
    if ctx.dateline_span is None:
        return None
    ds = [d for d in _once(ctx, _dateline_dates) if d.value is not None and d.precision == "day"]
    if not ds:
        return None
    # the paragraph the dateline opens: that of the first body sentence after it
    de = ctx.dateline_span[1]
    first = next((s for s in ctx.sents[:ctx.caption_from] if s.start >= de), None)
    if first is None or ctx.norm[de:first.start].strip():
        return None
    if not any(a.status == "done" and ctx.sents[a.sent].paragraph == first.paragraph for a in ev.anchors):
        return None
    return ds[0]


def _dateline_dates(ctx: Ctx) -> list:
    """The dates written in the dateline ("SLEMAN, Kamis —": the weekday)."""
    return D.find_dates(ctx.norm, ctx.reference, [ctx.dateline_span])


# the agreement pointed back to in a later sentence: "perjanjian itu", "kesepakatan tersebut",
# "MoU ini" (a word or two may stand between: "nota kesepakatan itu")
_POINTED_DOC = fastre.compile(r"\b(?:perjanjian|kesepakatan|kesepahaman|nota|mou|pks|kerja\s*sama|dokumen|naskah)"
                              r"(?:\s+[a-z]+)?\s+(?:itu|tersebut|ini)\b", re.I)
# how far before its signing verb the pointer may stand ("perjanjian itu berlaku selama
# empat tahun sejak ditandatangani")
_POINTED_REACH = 60


def _pointed_back_day(ctx: Ctx):
    """The day a later body sentence says the agreement pointed back to was signed on, a
    signing verb and the day right after it: "Ia menyebut, perjanjian itu berlaku selama
    empat tahun sejak ditandatangani pada Selasa (17/11) lalu" (not after the report);
    else None."""
    for s in ctx.sents[:ctx.caption_from]:
        for v in classify.signing_verbs(ctx.norm, s.start, s.end):
            if not _POINTED_DOC.search(ctx.norm, max(s.start, v.start() - _POINTED_REACH), v.start()):
                continue
            for d in _in(v.end(), s.end, ctx.dates):
                if d.value is not None and d.precision == "day" and d.start - v.end() <= 12 \
                        and _VERB_TO_DATE.fullmatch(ctx.norm, v.end(), d.start) \
                        and (ctx.reference is None or d.value <= ctx.reference):
                    return d
    return None


def _same_occasion_day(ctx: Ctx, ev: Event):
    """The day of the event told before a signing said to take place at it ("Pada
    kesempatan yang sama, Pemkab X dan Y menandatangani ...", "Di sela acara itu, ...")
    when the signing's own sentences give no day: the last day written in the body before
    the signing's first sentence, written as a calendar day (not "hari ini" in a quote, not
    after the report's own date)."""
    done = [a.sent for a in ev.anchors if a.status == "done"]
    if not done or not any(_SAME_OCCASION.search(ctx.norm, ctx.sents[si].start, ctx.sents[si].end) for si in done):
        return None
    first = min(done)
    for s in reversed(ctx.sents[:min(first, ctx.caption_from)]):
        ds = [d for d in _in(s.start, s.end, ctx.dates) if d.value is not None and d.precision == "day"
              and d.kind in ("numeric", "named") and (ctx.reference is None or d.value <= ctx.reference)]
        if ds:
            return ds[-1]
    return None


# an entry of a running account opening on its clock time: "10.42 WITA" (a line of its own),
# "Pukul 10.30 WIB – Wali Kota X dan ...", "09:15 WIB - Tamu ..."
_CLOCK_ENTRY = fastre.compile(r"(?:[Pp]ukul[ \t]+)?\d{1,2}[.:]\d{2}[ \t]*(?:WIB|WITA|WIT)\b(?:[ \t]*$|[ \t]*[–—-][ \t])")
TIMED_ENTRIES_MIN = 3     # paragraphs opening on a clock time that make a page a timed account


def _once(ctx: Ctx, fn):
    """fn(ctx) for a reading of the whole article, computed once per article however many
    events ask for it (kept on ctx)."""
    memo = ctx.__dict__.setdefault("_once", {})
    if fn not in memo:
        memo[fn] = fn(ctx)
    return memo[fn]


def _timed_entries(ctx: Ctx) -> list[int]:
    """The body paragraphs of a live report or a day's chronology that open on a clock time
    ("09.31 WITA" / "Wali Kota X tiba ...", "Pukul 10.30 WIB – ..."), when there are at
    least TIMED_ENTRIES_MIN of them; else []."""
    paras, seen = [], set()
    for s in ctx.sents[:ctx.caption_from]:
        if s.paragraph in seen:
            continue
        seen.add(s.paragraph)
        if _CLOCK_ENTRY.match(ctx.norm, s.start, s.end):
            paras.append(s.paragraph)
    return paras if len(paras) >= TIMED_ENTRIES_MIN else []


def _timed_account_day(ctx: Ctx):
    """The day of a timed account whose entries give only clock times: the page's date line
    above them ("Kamis, 20 November 2025" / "09.05 WITA" / ... / "10.42 WITA" / "Nota
    kesepakatan resmi diteken."): a live report runs on the day it is dated."""
    if ctx.published_span is None or not _once(ctx, _timed_entries):
        return None
    first = ctx.sents[0].start if ctx.caption_from else None
    if first is None or ctx.published_span[1] > first:
        return None
    ds = [d for d in D.find_dates(ctx.norm, ctx.reference, [ctx.published_span])
          if d.value is not None and d.precision == "day" and not d.year_inferred]
    return ds[0] if ds else None


# the forms of address of a speech read out at the event: "Yang saya hormati Kepala ...",
# "Assalamu'alaikum warahmatullahi wabarakatuh", "Salam sejahtera bagi kita semua"
_SPEECH_MARK = fastre.compile(r"\b(?:[Yy]ang\s+(?:saya|kami)\s+hormati|[Yy]th\.|[Aa]ssalamu.?alaikum|"
                              r"[Ww]assalamu.?alaikum|[Ss]alam\s+sejahtera|[Oo]m\s+[Ss]wastiastu|[Hh]adirin\s+yang)")
SPEECH_MARKS_MIN = 2      # forms of address that make the page a speech's transcript


def _speech_page(ctx: Ctx) -> bool:
    """Whether the body is the transcript of a speech given at the event: at least
    SPEECH_MARKS_MIN forms of address (_SPEECH_MARK) in its sentences."""
    n = 0
    for s in ctx.sents[:ctx.caption_from]:
        n += sum(1 for _ in _SPEECH_MARK.finditer(ctx.norm, s.start, s.end))
        if n >= SPEECH_MARKS_MIN:
            return True
    return False


def _speech_day(ctx: Ctx):
    """The day of a speech's transcript whose signing the speech announces ("mari kita
    saksikan bersama penandatanganan nota kesepahaman ini") and an editor's note tells
    with no day: the day of the speech's place-and-date line over it ("Limboto, Jumat, 24
    Oktober 2025"), the first full day written above the body."""
    if not ctx.caption_from or not _once(ctx, _speech_page):
        return None
    return _once(ctx, _header_day)


def _header_day(ctx: Ctx):
    """The first full day written above the body (a page's date or place-and-date line)."""
    first = ctx.sents[0].start
    ds = [d for d in D.find_dates(ctx.norm, None, [(0, first)])
          if d.value is not None and d.precision == "day" and not d.year_inferred]
    return ds[0] if ds else None


# the place opening a place-and-date line: "Limboto, Jumat, 24 Oktober 2025"
_PLACE_BEFORE_DATE = fastre.compile(r"(?:^|\n)[ \t]*(?P<place>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]*,[ \t]*$")


# the speaker's "we are gathered here today" naming the hall: "atas limpahan rahmat-Nya
# kita dapat berkumpul di Aula X pagi ini", "pada hari ini kami hadir di Gedung Y", "kita
# bertemu di Pendopo Z siang ini" (the gathering, and "today" anywhere in the sentence)
_GATHERED_AT = fastre.compile(r"\b(?:kita|kami)\b[^.;:!?]{0,80}?\b(?:berkumpul|hadir|bertemu|bersilaturahmi)"
                              r"(?:\s+bersama)?\s+di\s+(?=[A-Z])", re.I)
_TODAY = fastre.compile(r"\b(?:hari|pagi|siang|sore|malam)\s+(?:ini|yang\s+berbahagia)\b", re.I)
# ... or the speech's opening thanksgiving, which greets the audience gathered now: "Puji
# syukur kita panjatkan ..., karena atas rahmat dan karunia-Nya kita dapat berkumpul di X"
_THANKSGIVING = fastre.compile(r"\b(?:puji\s+syukur|(?:atas|berkat)\s+(?:limpahan\s+)?(?:rahmat|karunia|perkenan))\b", re.I)


def _speech_scene(ctx: Ctx, sent_event: list, ei: int) -> Optional[tuple]:
    """The hall a speech's transcript says its audience is gathered in today
    (_GATHERED_AT and _TODAY, or in its opening thanksgiving: _THANKSGIVING), for the
    signing the speech announces."""
    if not _once(ctx, _speech_page):
        return None
    for si, s in enumerate(ctx.sents[:ctx.caption_from]):
        if sent_event[si] == ei and _GATHERED_AT.search(ctx.norm, s.start, s.end) \
                and (_TODAY.search(ctx.norm, s.start, s.end) or _THANKSGIVING.search(ctx.norm, s.start, s.end)):
            v = find_venue(ctx, s.start, s.end)
            if v and v[0]:
                if v[1] is None:
                    # (the town of the speech's place-and-date line: "Limboto, Jumat, ...")
                    d = _once(ctx, _header_day)
                    m = _PLACE_BEFORE_DATE.search(ctx.norm, max(0, d.start - 60), d.start) if d else None
                    if m:
                        v = (v[0], m.group("place"), v[2], v[3])
                return v
    return None


def _timed_account_scene(ctx: Ctx, anchor_sents: list) -> Optional[tuple]:
    """The venue of a timed account's signing entry that names none: the first place the
    account sets its scene in, before that entry (the intro's "catatan kegiatan di Kantor
    Wali Kota X, Selasa (21/10/2025):", or the first entry's "Tamu undangan mulai memadati
    Ruang Bantaya, Kantor Wali Kota X.")."""
    if not anchor_sents or not _once(ctx, _timed_entries):
        return None
    for s in ctx.sents[:min(min(anchor_sents), ctx.caption_from)]:
        v = find_venue(ctx, s.start, s.end)
        if v and v[0]:
            return v
    return None


# --- people ---------------------------------------------------------------------------


def name_key(name: str) -> list[str]:
    return [w.lower().strip(".,") for w in name.split() if len(w.strip(".,")) > 1]


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset:
    return frozenset(name_key(name))


def same_person(a: str, b: str) -> bool:
    ta, tb = _name_words(a), _name_words(b)  # memoised: every mention meets every cluster
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return small <= big and any(len(t) >= 4 for t in small)


@dataclass
class Cluster:
    name: str
    mentions: list = field(default_factory=list)

    def best_role(self) -> Optional[Role]:
        roles = [m.role for m in self.mentions if m.role]
        if not roles:
            return None
        with_place = [r for r in roles if r.org]
        return (with_place or roles)[0]


# a married woman named with her husband's name after her own: "Ny. Retno Wahyu Handoko"
# is the wife of Wahyu Handoko ("Ny." / "Nyonya", maybe a pilgrim's "Hj." after it)
_MARRIED_NAME = fastre.compile(r"\b(?:Ny\.|Nyonya)[ \t]+(?:Hj\.[ \t]*)?$")


def _married_name(text: str, m: Mention) -> bool:
    """m's name is written after "Ny." (_MARRIED_NAME)."""
    return bool(text) and _MARRIED_NAME.search(text, max(0, m.name_start - 12), m.name_start) is not None


def _husband_of(wife: str, other: str) -> bool:
    """A married woman's name (_MARRIED_NAME) ends in another person's whole name, her
    own name before it ("Ny. Retno Wahyu Handoko" and Bupati "Wahyu Handoko"): two people."""
    w, o = name_key(wife), name_key(other)
    return 0 < len(o) < len(w) and w[-len(o):] == o


def cluster_people(mentions: list[Mention], text: str = "") -> list[Cluster]:
    """The mentions grouped by person (same_person), a married woman's name apart from
    her husband's (_husband_of)."""
    clusters: list[Cluster] = []
    wives: set[int] = set()  # clusters whose name is a married woman's
    for m in mentions:
        if not m.name:
            continue
        wife = _married_name(text, m)
        for c in clusters:
            if id(c) in wives and _husband_of(c.name, m.name) or wife and _husband_of(m.name, c.name):
                continue
            if same_person(c.name, m.name):
                if wife:
                    wives.add(id(c))
                c.mentions.append(m)
                if len(name_key(m.name)) > len(name_key(c.name)):
                    c.name = m.name
                break
        else:
            clusters.append(Cluster(m.name, [m]))
            if wife:
                wives.add(id(clusters[-1]))
    return clusters


# --- roles and the parties people belong to --------------------------------------------

_LEVEL_TITLE = {"provinsi": "Provinsi", "kabupaten": "Kabupaten", "kota": "Kota"}


def role_text(role: Role, ctx: Ctx) -> str:
    """The role in full form with its jurisdiction: abbreviations expanded, region
    nicknames replaced by official names, the level word added where it is implied."""
    words = [t.text for t in role.before] + [role.title]  # "Badung" + "Regent", as written
    if role.title.split()[-1] in ("Desa", "Lurah", "Camat"):
        return " ".join(words + [t.text for t in role.org])  # a village, not the regency of its name
    toks = role.org
    i = 0
    prev_low = role.title.split()[-1].lower()
    if (gov := _possessing_government(role, ctx)) is not None:
        words.append(gov.region.bare)  # "Head of the regency's manpower office" -> "... the Buleleng manpower office"
        i = 1
    while i < len(toks):
        t = toks[i]
        if role.place and i < len(toks) and _starts_place(toks, i, role.place):
            n = len(role.place.split())
            reg = P.pick_region(role.regions, role.place_level and {"kab": "kabupaten", "prov": "provinsi"}.get(role.place_level, role.place_level), ctx.province)
            if reg is None and role.cls in ("region_head", "region_deputy"):
                lvl = _title_level(role.title)
                reg = P.pick_region(role.regions, lvl, ctx.province)
            if reg is not None:
                bare = reg.name if reg.level == "provinsi" else reg.bare
                if (role.place_level is None and prev_low not in ("kabupaten", "kota", "provinsi", "perwakilan")
                        and prev_low not in word_set("branch_words.txt")  # "Cabang Tulungagung"
                        and role.cls not in ("region_head", "region_deputy")
                        and not (prev_low in ("ri", "ombudsman") and reg.level == "provinsi")
                        and not _university_post(role.title)):
                    words.append(_LEVEL_TITLE[reg.level])
                words.append(bare)
            else:
                words.append(role.place)
            i += n
            prev_low = words[-1].split()[-1].lower()
            continue
        exp = regions.abbreviation(t.text.rstrip("."))
        if exp and exp[1] == "expand":
            words.append(exp[0])
        elif t.low in ("kab", "prov"):
            words.append({"kab": "Kabupaten", "prov": "Provinsi"}[t.low])
        else:
            words.append(t.text)
        prev_low = words[-1].split()[-1].lower()  # "Setdakab" -> "... Daerah Kabupaten"
        i += 1
    return " ".join(words).replace(" / ", "/").replace(" ,", ",")  # "Kodim 0809/Kediri"


def _possessing_government(role: Role, ctx: Ctx) -> Optional[P.PartyMention]:
    """The government whose unit an English role heads when the unit is named by its level
    in the possessive, in lower case ("the head of the regency's manpower office, X",
    people._english_heads): the one government of that level the article's body names."""
    if not role.org or role.org[0].is_cap or role.org[0].low not in EN_LEVELS:
        return None
    govs = _article_governments(ctx, EN_LEVELS[role.org[0].low])
    return govs[0] if len(govs) == 1 else None


def _university_post(title: str) -> bool:
    """Whether a title is a post of a university ("Wakil Rektor", "Plt. Dekan"): the place
    in its role is the town in the university's name (data/university_titles.txt)."""
    t = title.lower()
    return any(t == u or t.endswith(" " + u) for u in phrase_set("university_titles.txt"))


def _starts_place(toks, i, place: str) -> bool:
    n = len(place.split())
    return " ".join(t.text for t in toks[i:i + n]) == place


def _title_level(title: str) -> Optional[str]:
    t = title.lower()
    if "bupati" in t or "regent" in t:
        return "kabupaten"
    if "wali kota" in t or "mayor" in t:
        return "kota"
    if "gubernur" in t or "governor" in t:
        return "provinsi"
    return None


_GOV_UNITS = word_set("regional_units.txt")
# words that open a unit's name before its kind ("UPTD Puskesmas X", "UPT RSUD Y")
_UNIT_PREFIXES = word_set("regional_unit_prefixes.txt")


def _village_word(title: str) -> Optional[str]:
    """The word for the village a village head's title heads, acting prefixes aside
    ("Pelaksana Tugas Kepala Desa" -> "Desa", "Keuchik" -> "Gampong"), or None."""
    return village_heads().get(_bare_title(title))


def _ministry_of(role: Optional[Role]) -> Optional[str]:
    """The words that name a minister's ministry before the portfolio ("Kementerian" for
    "Menteri", "Wakil Menteri"; data/ministry_titles.tsv), None for any other title."""
    return ministry_titles().get(_bare_title(role.title)) if role is not None else None


def _heads_ministry(role: Optional[Role], pm: P.PartyMention) -> bool:
    """The role is a minister's and the party its ministry ("Menteri Dalam Negeri",
    Kementerian Dalam Negeri): the whole ministry, never one of its units."""
    return role is not None and _ministry_headed(role.title, pm.name) is not None


def _ministry_headed(title: str, name: str) -> Optional[str]:
    """The word naming a minister's ministry ("Kementerian", data/ministry_titles.tsv) when
    `title` is a minister's and the body `name` opens with it; None otherwise."""
    ministry = ministry_titles().get(_bare_title(title))
    return ministry if ministry and name.startswith(ministry + " ") else None


def _bare_title(title: str) -> str:
    """A title without its acting prefixes ("Pelaksana Tugas Kepala Desa" -> "Kepala Desa")."""
    prefixes = _prefix_titles()
    while pre := next((p for p in prefixes if title.startswith(p + " ")), None):
        title = title[len(pre) + 1:]
    return title


@lru_cache(maxsize=1)
def _prefix_titles() -> tuple[str, ...]:
    """The full forms of the acting prefixes ("Pelaksana Tugas", "Penjabat", ...)."""
    return tuple({t.full for ts in titles().values() for t in ts if t.cls == "prefix"})


def role_party(role: Role, ctx: Ctx, aliases) -> tuple[Optional[P.PartyMention], str]:
    """The institution a role belongs to, and how it was found ("inst" when the role names
    the institution itself, "gov" for a regional government, "" when unknown)."""
    if role is None:
        return None, ""
    village = _village_word(role.title)
    if village and role.org:
        # a village head's place is the village, not the regency of the same name
        # ("Keuchik Gampong Cut Nyong" -> Pemerintah Gampong Cut Nyong, "Kuwu X" -> Pemerintah Desa X)
        # (a title that writes its village word keeps it: "Kepala Desa Kampung Panjang" is
        # Pemerintah Desa Kampung Panjang, the village's name opening with "Kampung")
        org = role.org
        if org[0].low in VILLAGE_UNIT_WORDS and len(org) > 1 and role.title.split()[-1].lower() not in VILLAGE_UNIT_WORDS:
            village, org = org[0].text.capitalize(), org[1:]
        nm = " ".join(t.text for t in org)
        return P.PartyMention(role.start, role.end, f"Pemerintah {village} {nm}", "other"), "inst-unit"
    if _branch_at_place(role):
        # "Kepala Kantor Cabang Banjarmasin": the town only places a branch of a body the
        # role does not name; no regional government is meant
        return None, ""
    org_txt = role.org_text()
    phrase = f"{role.title} {org_txt}".strip()
    found = P.find_parties(phrase, 0, len(phrase), ctx.province, aliases)
    if not found and (ministry := _ministry_of(role)) and org_txt:
        # a minister heads the ministry of the portfolio: "Menteri Pendidikan Dasar dan
        # Menengah" -> Kementerian Pendidikan Dasar dan Menengah, when the whole portfolio
        # names one (a portfolio that names its body is read as written above: "Menteri
        # ATR/Kepala BPN")
        phrase = f"{ministry} {org_txt}"
        found = [pm for pm in P.find_parties(phrase, 0, len(phrase), ctx.province, aliases)
                 if (pm.start, pm.end) == (0, len(phrase))]
    if found:
        pm = found[0]
        title_len = len(role.title)
        direct = found[0].start <= title_len + 1
        if pm.kind == "regional_government":
            return pm, "gov" if role.cls in ("region_head",) else "gov-unit"
        return pm, "inst" if direct else "inst-unit"
    if (gov := _possessing_government(role, ctx)) is not None:
        return P.gov_party(gov.region, 0, 0), "gov-unit"
    lvl = _title_level(role.title)
    if role.title.split()[-1].lower() == "perwakilan" and role.regions:
        # "Di pihak Ombudsman, dokumen ditandatangani Kepala Perwakilan Sulteng X": the
        # office of the province the article names ("Ombudsman RI Perwakilan Sulawesi
        # Tengah"), not the province's government
        office = _provincial_office(ctx, P.pick_region(role.regions, "provinsi", ctx.province))
        if office is not None:
            return office, "inst"
    if not role.regions and role.org and role.org[0].low in _GOV_UNITS:
        # "Direktur RSUD Klungkung", "Kepala Dinas Kesehatan Sinjai": a unit of the
        # regional government named by the place at the end of the unit's name
        from . import places
        lows = [t.low for t in role.org]
        for k in range(1, len(lows)):
            pl = places.match_tokens(lows, k)
            if pl and k + pl[0] == len(lows) and role.org[k].is_cap:
                reg = P.pick_region(pl[1], None, ctx.province)
                if reg is not None and reg.level != "provinsi":
                    return P.gov_party(reg, 0, 0), "gov-unit"
    if role.regions:
        reg = P.pick_region(role.regions, role.place_level and {"kab": "kabupaten", "prov": "provinsi"}.get(role.place_level, role.place_level) or lvl, ctx.province)
        if reg:
            src = "gov" if role.cls == "region_head" else "gov-unit"
            return P.gov_party(reg, 0, 0), src
    if role.org and role.org[0].low in _GOV_UNITS:
        owner = _owner_government(ctx)
        if owner is not None:  # "RSUD X merupakan rumah sakit milik Pemerintah Provinsi Y"
            return P.gov_party(owner.region, 0, 0), "gov-unit"
    unit = [t.low for t in role.org]
    while unit and unit[0] in _UNIT_PREFIXES:
        unit = unit[1:]
    if unit and unit[0] in _GOV_UNITS and not role.regions:
        # "Kepala UPTD Puskesmas Kertek 1", "Kepala Dinas Kesehatan": a unit named without
        # its regency, in an article whose regional governments are one regency or city
        # ("Kepala Dinas Kesehatan Kabupaten Wonosobo hadir menyaksikan"): that one's
        govs = {pm.region.code: pm for pm in _body_party_mentions(ctx)
                if pm.kind == "regional_government" and pm.region is not None}
        if len(govs) == 1:
            gov = next(iter(govs.values()))
            if gov.region.level in ("kabupaten", "kota"):
                return P.gov_party(gov.region, 0, 0), "gov-unit"
    return None, ""


def _body_party_mentions(ctx: Ctx) -> list:
    """The party mentions of the body's sentences (not captions), found once per article."""
    if ctx._body_parties is None:
        ctx._body_parties = [pm for s in ctx.sents[:ctx.caption_from]
                             for pm in P.find_parties(ctx.norm, s.start, s.end, ctx.province)]
    return ctx._body_parties


def _sent_index_at(ctx: Ctx, pos: int) -> Optional[int]:
    """Index of the body sentence that holds offset `pos`, or None."""
    body = ctx.sents[:ctx.caption_from]
    k = bisect.bisect_right([s.start for s in body], pos) - 1
    return k if k >= 0 and pos < body[k].end else None


def _provincial_office(ctx: Ctx, reg) -> Optional[P.PartyMention]:
    """The one body's office for province `reg` the article names ("Ombudsman RI
    Perwakilan Nusa Tenggara Timur"), or None."""
    if reg is None or reg.level != "provinsi":
        return None
    offices: dict[str, P.PartyMention] = {}
    for pm in _body_party_mentions(ctx):
        if "Perwakilan" in pm.name.split()[1:] and pm.name.endswith(" " + reg.name) and pm.region is None:
            offices.setdefault(pm.key, pm)
    return next(iter(offices.values())) if len(offices) == 1 else None


def _branch_at_place(role: Role) -> bool:
    """The role's unit is a branch word and a place only: "Kepala (Kantor) Cabang X",
    "Pemimpin KCP X", "Kepala Kantor Wilayah X" (not "Kepala Perwakilan", which names
    an office of its own)."""
    org = role.org
    if not org or not role.regions:
        return False
    lows = [t.low for t in org]
    k = 0
    while k < len(lows) and lows[k] in _BRANCH_WORDS:
        k += 1
    # (or the branch word ends the title: "Kepala Kantor Cabang" + place)
    if k == 0 and role.title.split()[-1].lower() not in _BRANCH_WORDS:
        return False
    pl = places.match_tokens(lows, k)
    return bool(pl) and k + pl[0] == len(lows)


_BRANCH_WORDS = word_set("branch_words.txt") - {"perwakilan", "(persero)", "divisi"}


# "... rumah sakit rujukan milik Pemerintah Provinsi Sumatera Barat", "UPT di bawah Pemkab X"
_OWNED_BY = fastre.compile(r"\b(?:milik|kepunyaan|di\s+bawah(?:\s+naungan)?|dikelola(?:\s+oleh)?)\s+(?=Pem)")


def _owner_government(ctx: Ctx) -> Optional[P.PartyMention]:
    """The one regional government the article says owns a unit ("milik Pemprov X");
    read once per article."""
    if not ctx._owner:
        owners = []
        for m in _OWNED_BY.finditer(ctx.norm):
            found = P.find_parties(ctx.norm, m.end(), min(len(ctx.norm), m.end() + 60), ctx.province)
            if found and found[0].start == m.end() and found[0].region is not None:
                owners.append(found[0])
        ctx._owner = (owners[0] if owners and all(o.region == owners[0].region for o in owners) else None,)
    return ctx._owner[0]


def _owned_hospitals(ctx: Ctx, found: dict) -> None:
    """A regional hospital named by its town ("RSUD Prof. Dr. Margono Soekarjo
    Purwokerto", read as the town's regency) signs as the government the article says owns
    it ("rumah sakit rujukan milik Pemerintah Provinsi Jawa Tengah"): provinces run
    hospitals in regency seats. `found` is changed in place."""
    owner = _owner_government(ctx)
    if owner is None:
        return
    for key, pm in list(found.items()):
        if pm.kind == "regional_government" and key != owner.key \
                and P.opens_with_hospital_form(ctx.norm, pm.start):
            found.pop(key)
            _add_party(found, P.gov_party(owner.region, pm.start, pm.end))


def on_behalf_text(m: Mention, person_party: Optional[P.PartyMention], ctx: Ctx) -> Optional[str]:
    if m.on_behalf_of is not None:
        t = role_text(m.on_behalf_of, ctx)
        if not m.on_behalf_of.org and t in ("Bupati", "Wali Kota", "Gubernur") \
                and person_party is not None and person_party.region is not None:
            return _head_of_region(t, person_party.region)  # "atas nama Bupati,": the signer's own region's
        return t
    if m.on_behalf_text:
        w = re.match(r"\s*(?:Bapak\s+|Ibu\s+)?(?P<t>[Bb]upati|[Ww]ali\s*[Kk]ota|[Gg]ubernur|[Kk]epala\s+[Dd]aerah)(?P<rest>(?:\s+[A-Z][\w-]*){0,3})", m.on_behalf_text)
        if w:
            title = {"bupati": "Bupati", "walikota": "Wali Kota", "wali kota": "Wali Kota", "gubernur": "Gubernur"}.get(
                re.sub(r"\s+", " ", w.group("t").lower()), w.group("t"))
            rest = w.group("rest").strip()
            from .people import tokenize, parse_role
            phrase = f"{title} {rest}".strip()
            toks = tokenize(phrase, 0, len(phrase))
            r = parse_role(toks, 0, set())
            if r and r[0].org:
                return role_text(r[0], ctx)
            if person_party and person_party.region:
                return _head_of_region(title, person_party.region)
            return title
    return None


def _head_of_region(title: str, reg) -> str:
    """A regional head's title with the region: "Bupati Seruyan", "Gubernur Papua Barat Daya"."""
    return f"{title} {reg.name if reg.level == 'provinsi' else reg.bare}"


# --- assembly -------------------------------------------------------------------------

# the sides named before, referred back to: "kedua lembaga", "kedua belah pihak"
_BOTH_SIDES = fastre.compile(r"\bkedua\s+(?:belah\s+pihak|pihak|lembaga|instansi|institusi|pemerintah\s+daerah|pemda)\b", re.I)

_ALSO = fastre.compile(r"\b(?:juga|selain|pada\s+kesempatan\s+yang\s+sama|pada\s+hari\s+yang\s+sama|turut|also|as\s+well)\b"
                       r"|\bresmi\s+(?:menjalin|menjalankan|membangun)\s+kerja\s*sama\s+dengan\b", re.I)  # (names the partners)
_COOP = fastre.compile(r"\b(?:kerja\s*sama|bekerja\s*sama|kesepakatan|nota|mou|menandatangani|meneken|teken|diteken|ditandatangani|sign(?:ed)?)\b", re.I)
# the sides of an agreement named by their place in it: "Pihak pertama adalah Pemerintah
# Kabupaten X", "Pihak kedua sampai keempat adalah ...", "X bertindak sebagai pihak kedua"
# (not "pihak ketiga": also any outside contractor)
_SIDE_NAMED = fastre.compile(r"\bpihak\s+(?:pertama|kesatu|kedua)\b", re.I)
# '"... sudah kami teken," kata Wali Kota X di Ruang Y, Kamis (22/5/2025)': the remark
# about the signing, in its paragraph, made at its place
_SAID_AT = fastre.compile(r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas)(?:nya)?\b[^.;]{0,100}?\bdi\s+[A-Z]")
def _noun_doc_paras(ctx: Ctx, ev: Event, first: Optional[int]) -> frozenset:
    """The body paragraphs before the event's first signing paragraph that hold the
    document a bare signing noun of it signs ("Penandatanganan dilakukan oleh ..." pointing
    back to the agreement the lead named: _subject_noun_doc)."""
    if first is None:
        return frozenset()
    out = set()
    for a in ev.anchors:
        if a.doc is None or a.doc.start >= ctx.sents[a.sent].start:
            continue
        if not classify._SIGN_NOUN.fullmatch(ctx.norm, a.pos, a.verb_end):
            continue
        k = _sent_index_at(ctx, a.doc.start)
        if k is not None and ctx.sents[k].paragraph < first:
            out.add(ctx.sents[k].paragraph)
    return frozenset(out)


def _may_tell_venue(ctx: Ctx, s, paras: set, first: Optional[int], doc_paras: frozenset = frozenset()) -> bool:
    """Whether body sentence s of an event, outside its signing sentences, may say where
    the signing was: a venue sentence in (or right after) a signing paragraph; a sentence
    cut after a degree ("... M.Kes. di Gedung X.") going on with "di"; the lead paragraph
    right before the signers are named ("Penandatanganan ... digelar serentak di Aula X,
    Limboto, Rabu (16/7/2025).", then "Nota kesepakatan tersebut ditandatangani Bupati
    ..."); in that lead paragraph, a dated event at a place ("Kehadiran Ombudsman ... dalam
    acara di Aula Kantor Bupati X, Y, Kamis (20/11/2025), sempat ...") or a dated scene
    (dated_scene: "Auditorium X di Jalan Y dipadati mahasiswa, Senin (11/11/2025)."); in a signing
    paragraph, a said-at sentence, a dated scene ("Ruang X, Selasa 23 September 2025,
    dipenuhi pejabat ..."), a mood scene at a named venue, dated or not ("Suasana Ruang
    Rapat X mendadak hening ketika ..."), a dated visit to a building ("Wali Kota X menyambangi Kantor Y,
    Jumat 7 November 2025. Kedatangannya untuk menandatangani ...") or another signing or
    first-person signing sentence. (A paragraph before the signing's that names the document
    its bare signing noun signs, doc_paras, is a lead too: "Tiga lurah dan seorang bupati
    berdiri berjajar di Bangsal X, Selasa (14/10/2025). Di tangan mereka ... Perjanjian Kerja
    Sama ...", then "Penandatanganan dilakukan oleh ...".)"""
    norm, p = ctx.norm, s.paragraph
    lead = p + 1 == first or p in doc_paras
    if not (p in paras or p - 1 in paras or lead):
        return False
    if _VENUE_SENT.search(norm, s.start, s.end) or (not lead and norm.startswith("di ", s.start)):
        return True
    if lead and (_MET_AT.search(norm, s.start, s.end) or _EVENT_AT.search(norm, s.start, s.end)) \
            and _day_dated(ctx, s):
        return True
    if lead and dated_scene(ctx, s.start, s.end):
        return True
    return p in paras and bool(_SAID_AT.search(norm, s.start, s.end) or dated_scene(ctx, s.start, s.end)
                               or venues.mood_scene(ctx, s.start, s.end)
                               or classify.signing_verbs(norm, s.start, s.end) or _TTD.search(norm, s.start, s.end)
                               or (_EVENT_AT.search(norm, s.start, s.end) or venues.visited_at(norm, s.start, s.end))
                               and _day_dated(ctx, s))


def _occasion_venue(ctx: Ctx, first: int) -> Optional[tuple]:
    """The place of the event a signing is told as part of ("Pada kesempatan itu juga
    dilakukan penandatanganan ...", "Usai upacara, di lokasi yang sama digelar ...", "Pada
    hari kedua, X dan Y menandatangani ..."): the first venue of the lead paragraph (the
    event the article opens with); else of the first sentence before the signing's
    paragraph `first` that puts the event at a place on a day (a story opening on a
    person: "Sulaiman adalah satu dari 1.250 warga yang menerima sertifikat ... di Gedung
    X, Kamis (20/11/2025)."); else None."""
    body = ctx.sents[:ctx.caption_from]
    lead = body[0].paragraph if body else None
    for s in body:
        if s.paragraph != lead:
            break
        v = find_venue(ctx, s.start, s.end)
        if v:
            return v
    for s in body:
        if s.paragraph >= first:
            break
        if s.paragraph != lead and _day_dated(ctx, s):
            v = find_venue(ctx, s.start, s.end)
            if v:
                return v
    return None


def _occasion_day(ctx: Ctx, first: int):
    """The day of the event a signing with no date of its own is told as part of (see
    _occasion_venue): the first day, not after the report, written in the body before the
    signing's paragraph `first` ("Perpanjangan jam layanan itu diresmikan Bupati X, Rabu
    (20/5/2025). ... Pada kesempatan yang sama, ... menandatangani ..."); else None."""
    for s in ctx.sents[:ctx.caption_from]:
        if s.paragraph >= first:
            break
        ds = [d for d in _in(s.start, s.end, ctx.dates) if d.value is not None and d.precision == "day"
              and (ctx.reference is None or d.value <= ctx.reference)]
        if ds:
            return ds[0]
    return None


# a dated event at a place, told in the signing's paragraph: "Harapan baru datang dari
# sebuah acara di Aula Setda Kabupaten X, Parigi, Kamis (22/5/2025)."
_EVENT_AT = fastre.compile(r"\b(?:acara|kegiatan|seremoni|pertemuan|momen)\s+(?:\w+\s+){0,2}?di\s+(?=[A-Z])")


# the signers meeting at a place on a day, told right before the signing's paragraph:
# "Bupati X dan Direktur Y bertemu di Ruang Kerja Bupati, Airmadidi, Selasa (14/10/2025)."
# (or the scene of them side by side there: "Dua pejabat itu duduk berdampingan di meja
# panjang Pendopo X, Selasa (24/6/2025)", "Tiga lurah dan seorang bupati berdiri berjajar
# di Bangsal Y", "duduk semeja di Ruang Z")
_MET_AT = fastre.compile(r"\b(?:bertemu|berkumpul|bertatap\s+muka"
                         r"|(?:duduk|berdiri)\s+(?:berdampingan|bersebelahan|berjajar|berjejer|sejajar|semeja)"
                         r"|duduk\s+satu\s+meja)\s+di\s+(?:(?:meja|kursi)(?:\s+\w+)?\s+)?(?=[A-Z])")


def _day_dated(ctx: Ctx, s) -> bool:
    return any(d.precision == "day" for d in _in(s.start, s.end, ctx.dates))


# the signing told in the first person, in the signing's paragraph: "Saya tanda tangan
# langsung dengan Ibu Kajari di Aula X."
_TTD = fastre.compile(r"\b(?:saya|kami|kita|beliau|ia|dia)\s+(?:\w+\s+)?tanda\s*tangan\b", re.I)
# a sentence about where the event took place: "Acara digelar di ...", or its place told
# as what it was: "Lokasinya di Ruang Rapat X.", "Tempatnya di Aula Y."; or the event of
# it placed, a remark between: "Acaranya santai saja, di Ruang Rapat X, ..."
_VENUE_SENT = fastre.compile(r"\b(?:" + venues.HELD_VERBS + r"|bertempat|held|took\s+place"
                             r"|(?:lokasi|tempat)(?:nya)?\s+(?:(?:adalah|yakni|yaitu|berada)\s+)?di"
                             r"|(?:acara|kegiatan|seremoni|prosesi)nya\b[^.;\n]{0,40}?\bdi(?=\s+(?-i:[A-Z])))\b", re.I)


# a sentence that says where the signing itself took place: "Penandatanganan berlangsung
# di Anjungan X, arena PRSU, Sabtu ...", "Acara digelar di Aula Y"
_SIGNING_HELD_AT = fastre.compile(r"[\s\"“]*(?:penandatanganan|acara|kegiatan|prosesi|seremoni)\b[^.;]{0,60}?"
                                  r"\b(?:" + venues.HELD_VERBS + r"|bertempat)\s+di\b", re.I)


def _stated_venue(ctx: Ctx, ev: Event, si: int, v: tuple, anchor_sents: list) -> Optional[tuple]:
    """The venue a later signing sentence states, when the one found first sits before
    every signing verb of its sentence: the setting of a wider event ("Keramaian Pekan
    Raya X di Lapangan Y dimanfaatkan Pemkab Z untuk meneken ... Penandatanganan
    berlangsung di Anjungan Z, ...")."""
    verbs = [a.pos for a in ev.anchors if a.sent == si]
    if not verbs or v[3] > min(verbs):
        return None
    for sj in anchor_sents:
        t = ctx.sents[sj]
        if sj > si and _SIGNING_HELD_AT.match(ctx.norm, t.start, t.end):
            w = find_venue(ctx, t.start, t.end)
            if w:
                return w
    return None


@dataclass
class PersonOut:
    name: str
    role: Optional[str]
    party: Optional[str]
    on_behalf_of: Optional[str]
    start: int
    end: int


def _article_governments(ctx: Ctx, level: str) -> list:
    """The regional governments of one level the article's body names, one per region."""
    byregion = {}
    for pm in _body_party_mentions(ctx):
        if pm.kind == "regional_government" and pm.region is not None and pm.region.level == level:
            byregion.setdefault(pm.region.code, pm)
    return list(byregion.values())


def _council_secretariat(people: list[dict], found: dict, named_keys: set) -> None:
    """The Sekretaris DPRD signs for the regional government whose unit the council's
    secretariat is, when the text names the secretariat as the party ("Sekretariat DPRD
    Provinsi X menandatangani ... Dokumen ditandatangani Sekretaris DPRD Provinsi X"): the
    council, named only inside that role, is no party."""
    for key, council in list(found.items()):
        head, _, area = council.name.partition(" ")
        if key in named_keys or council.kind != "other" or head not in ("DPRD", "DPRK"):
            continue
        # (the council of the same region: "DPRD Provinsi X", "Pemerintah Provinsi X")
        gov = next((pm for pm in found.values() if pm.kind == "regional_government"
                    and pm.name.partition(" ")[2] == area), None)
        signers = [p for p in people if p["party"] is not None and p["party"].key == key
                   and p["cues"] & {"signer", "rep-signer"}]
        if gov is None or not signers or any(p["role"] is None or p["role"].title.lower() != "sekretaris" for p in signers):
            continue
        for p in signers:
            p["party"], p["src"] = gov, "gov-unit"
        found.pop(key)


def _counts_partner_governments(ctx: Ctx, ev: Event) -> bool:
    """Whether a signing sentence of the event counts the governments it was signed with,
    before any witness it names ("Kejati X menandatangani nota kesepakatan ... dengan
    sebanyak 10 kabupaten/kota di Sulsel"; not "..., disaksikan seluruh kepala daerah")."""
    for si in {a.sent for a in ev.anchors if a.status == "done"}:
        s = ctx.sents[si]
        verbs = classify.signing_verbs(ctx.norm, s.start, s.end)
        w = _WITNESSED.search(ctx.norm, verbs[0].end(), s.end) if verbs else None
        c = _COUNTED_LOCAL_GOVS.search(ctx.norm, s.start, s.end)
        if c is not None and (w is None or c.start() < w.start()):
            return True
    return False


def _counted_heads_present(ctx: Ctx, ev: Event, people: list[dict], found: dict) -> None:
    """A signing with a counted set of regional governments that names only some of them
    ("... dengan sebanyak 10 kabupaten/kota", then "Di antara yang hadir adalah Bupati A X
    dan Wali Kota B Y"): a regency or city head told present, of the signing's province,
    came as the head of a counted partner: the government is a party (the role its
    evidence), and its head signs for it when the text names no other signer for it. (A
    governor present is the host or a witness, not one of the counted.)"""
    heads = [p for p in people if p["party"] is not None and p["src"] == "gov" and p["role"] is not None
             and p["role"].cls == "region_head" and p["party"].region is not None
             and p["party"].region.level in ("kabupaten", "kota") and p["party"].key not in found
             and (ctx.province is None or p["party"].region.province == ctx.province)
             and "attendee" in p["cues"] and not p["cues"] & {"signer", "rep-signer"} and not p["absent"]]
    if not heads or not _counts_partner_governments(ctx, ev):
        return
    for p in heads:
        r, pm = p["mention"].role, p["party"]
        _add_party(found, P.PartyMention(r.start, r.end, pm.name, pm.kind, pm.region, pm.key))


def _local_body(role, found: dict) -> Optional[P.PartyMention]:
    """The party a post "of the local X" names ("kepala kejaksaan negeri setempat", "Kapolres
    setempat" aside): the one party among the signing's whose name is X and a place."""
    org = [t.low for t in role.org]
    if len(org) < 2 or org[-1] != "setempat":
        return None
    head = org[:-1]
    same = [pm for pm in found.values() if pm.name.lower().split()[:len(head)] == head
            and len(pm.name.split()) > len(head)]
    return same[0] if len(same) == 1 else None


def _headline_office(ctx: Ctx, people: list[dict], found: dict, alias_parties: dict) -> None:
    """"Ferdi Saputra, Kepala Perwakilan,": a head of a regional office written without
    the office: the one regional office among the signing's parties; else the one the
    headline names ("Ombudsman Riau Teken ..."), when the body names none."""
    bare = [p for p in people if p["party"] is None and p["role"] is not None and not p["role"].org
            and p["role"].title.split()[-1].lower() == "perwakilan"]
    if not bare:
        return
    offices = [pm for pm in found.values() if "Perwakilan" in pm.name.split()]
    if len(offices) == 1:
        # "Dari pihak ORI NTT, dokumen diteken Kepala Perwakilan, X": the one regional
        # office among the signing's parties
        for p in bare:
            p["party"], p["src"] = offices[0], "inst"
        return
    if ctx.headline is None or offices:
        return
    offices = [pm for pm in P.find_parties(ctx.norm, ctx.headline[0], ctx.headline[1], ctx.province, alias_parties)
               if "Perwakilan" in pm.name.split()]
    if len(offices) == 1:
        _add_party(found, offices[0])
        for p in bare:
            p["party"], p["src"] = offices[0], "inst"


def _formal_company(pm: P.PartyMention) -> bool:
    """A company named with its legal form ("PT Bank X", "Perum DAMRI"), not by a short
    common name ("BPJS Kesehatan", whose branch is how it signs in a region)."""
    return pm.kind == "enterprise" and pm.name.split()[0].lower() in word_set("company_legal_forms.txt")


def _body_over_branch(body: P.PartyMention, branch: P.PartyMention, named_keys: set) -> bool:
    """A company named with its legal form as a party beats its branch named only inside
    a signer's role: "PT Bank Y ... ditandatangani Pemimpin Bank Y Kantor Cabang Z, A"
    (`named_keys`: the parties named outside any role)."""
    return body.key in named_keys and branch.key not in named_keys and _branch_of(branch, body) \
        and _formal_company(body)


# the national Ombudsman named by a member's title or in English: "Anggota Ombudsman RI",
# "Ombudsman member X", "The Indonesian Ombudsman"
_NATIONAL_OMBUDSMAN = fastre.compile(r"\b(?:(?:Anggota|Ketua|Wakil\s+Ketua)\s+Ombudsman|Ombudsman\s+(?:member|chair)"
                                     r"|Indonesian\s+Ombudsman)\b", re.I)


def _only_ombudsman_office(ctx: Ctx) -> Optional[P.PartyMention]:
    """The one Ombudsman office (Perwakilan) the article's body names, when it names no
    other and never Ombudsman RI itself (nor one of its members); else None."""
    if any(_NATIONAL_OMBUDSMAN.search(ctx.norm, s.start, s.end) for s in ctx.sents[:ctx.caption_from]):
        return None
    offices: dict[str, P.PartyMention] = {}
    for pm in _body_party_mentions(ctx):
        if pm.key == "ORI":
            return None
        if pm.key.startswith("ORI:"):
            offices.setdefault(pm.key, pm)
    return next(iter(offices.values())) if len(offices) == 1 else None


# a company's legal form after its name, which its branch's name leaves out: "PT ASDP
# Indonesia Ferry (Persero)" and "PT ASDP Indonesia Ferry Cabang Selayar", "PT X Tbk"
_LEGAL_TAIL = fastre.compile(r"\s*(?:\((?:Persero|Perseroda)\)|,?\s+Tbk\.?)$", re.I)


def _branch_of(pm: P.PartyMention, o: P.PartyMention) -> bool:
    """pm is o's branch: o's name and a branch word ("... Cabang Z", "... Wilayah Y")."""
    if pm.name == o.name:
        return False
    for base in {o.name, _LEGAL_TAIL.sub("", o.name)}:
        rest = pm.name[len(base):].split() if pm.name.startswith(base + " ") else []
        if rest and rest[0].lower() in word_set("branch_words.txt"):
            return True
    return False


def _prefer_branches(found: dict, people: list[dict], signers: list[dict], named_keys: set) -> None:
    """A signer's branch office ("BPJS Kesehatan Cabang Purwokerto", "Bank X Wilayah Y")
    is the party the bare body named elsewhere ("BPJS Kesehatan") stands for: one party.
    A company named with its legal form stays when the article names it as the party and
    the branch only in the signer's role ("Pemkab X dan PT Bank Y menandatangani PKS ...
    ditandatangani Pemimpin Bank Y Cabang Z"): the party is the one the signing sentence
    names."""
    for p in signers:
        pm = p["party"]
        if pm is None or pm.key not in found:
            continue
        for o in list(found.values()):
            if o is pm or not _branch_of(pm, o):
                continue
            gone, kept = (pm, o) if _body_over_branch(o, pm, named_keys) else (o, pm)
            found.pop(gone.key, None)
            for q in people:
                if q["party"] is not None and q["party"].key == gone.key:
                    q["party"] = kept


def _national_over_offices(found: dict, signers: list[dict]) -> None:
    """When Ombudsman RI itself signs (its Ketua or a member, "ditandatangani oleh Ketua
    Ombudsman RI X dan Bupati Y"), a Perwakilan office no signer signs for is no party of
    its own: its head came with the national body ("Kepala Perwakilan Ombudsman RI
    Provinsi Z, A, bersama Ketua Ombudsman RI, X, menghadiri penandatanganan ..."), and
    does not stand in as the office's signer."""
    signed = {p["party"].key for p in signers if p["party"] is not None}
    if "ORI" not in signed or "ORI" not in found:
        return
    for key in [k for k in found if k.startswith("ORI:") and k not in signed]:
        found.pop(key)


# the national Ombudsman's head, right after "atas nama" or "mewakili": "..., yang
# menandatangani atas nama Ketua Ombudsman RI"
_NATIONAL_OMBUDSMAN_HEAD = fastre.compile(r"\s*(?:Bapak\s+|Ibu\s+)?Ketua\s+Ombudsman\s+(?:RI|Republik\s+Indonesia)\b", re.I)


def _signing_for_national_head(found: dict, signers: list[dict]) -> dict:
    """The signers from a Perwakilan office who sign on behalf of Ombudsman RI's Ketua
    ("Kepala Ombudsman RI Perwakilan X, A, yang menandatangani atas nama Ketua Ombudsman
    RI"), when the article names Ombudsman RI as a party: id(signer) -> the head signed for.
    They sign for Ombudsman RI, and their office is no party of its own (removed from
    `found` unless another signer signs for it)."""
    if "ORI" not in found:
        return {}
    out = {}
    for p in signers:
        if p["party"] is None or not p["party"].key.startswith("ORI:"):
            continue
        head = next((h for m in p["cluster"].mentions if m.on_behalf_text
                     and (h := _NATIONAL_OMBUDSMAN_HEAD.match(m.on_behalf_text))), None)
        if head is not None:
            out[id(p)] = head.group().strip()
    kept = {p["party"].key for p in signers if p["party"] is not None and id(p) not in out}
    for p in signers:
        if id(p) in out and p["party"].key not in kept:
            found.pop(p["party"].key, None)
    return out


def _second_capacity_people(ctx: Ctx, p: dict, seconds: list[Mention], alias_parties: dict) -> list[dict]:
    """One official who signs for two bodies ("Kepala Dinas ESDM Provinsi X, Y, meneken atas
    nama Gubernur X. Ia kemudian kembali menandatangani dokumen kedua selaku Penjabat Bupati
    Z"): one more signer entry for each post of another body, its evidence the post."""
    if p["party"] is None or p["absent"]:
        return []
    out, keys = [], {p["party"].key}
    for m in seconds:
        pm, src = role_party(m.role, ctx, alias_parties)
        if pm is None or pm.key in keys:
            continue
        keys.add(pm.key)
        out.append({"cluster": p["cluster"], "role": m.role, "party": pm, "src": src, "cues": {"signer"},
                    "absent": False, "mention": m, "rep": None, "at": (m.start, m.end)})
    return out


def reported(ev: Event) -> bool:
    """Whether an assembled event reports a signing: one with neither a date nor two
    parties is talk about signings in general ("pemda-pemda kan sudah teken MoU sama
    Ombudsman", "jangan cuma sibuk tanda tangan MoU")."""
    return (ev.date is not None and ev.date.value is not None) or len(ev.parties) >= 2


def assemble(ctx: Ctx, events: list[Event], scope_hits: list, alias_parties: dict) -> None:
    """Fill every event's date, venue, parties, people and scope (in place)."""
    sent_event = assign_sentences(ctx, events)
    scope_hits = scope_hits + _caption_scope(ctx, events, scope_hits)
    alias_tuples = {tuple(k.split()) for k in alias_parties}
    # a foreign city's name without its level word, which the head's title holds: "Wali
    # Kota Gangneung Kim Hong-gyu" (the alias "kota gangneung")
    alias_tuples |= {tuple(k.split()[1:]) for k, pm in alias_parties.items()
                     if pm.key.startswith("F:") and len(k.split()) > 1}
    mentions: list[Mention] = []
    role_text_view = restore_role_case(ctx.norm)  # "dan bupati paser, H. X" read as "Bupati Paser"
    for si, s in enumerate(ctx.sents):
        mentions += find_mentions(role_text_view, si, s.start, s.end, frozenset(alias_tuples))
    # a mention belongs to the event of the nearest signing verb before it in its sentence
    anchor_event = {}
    for ei, e in enumerate(events):
        for a in e.anchors:
            anchor_event[(a.sent, a.pos)] = ei

    def event_of(m: Mention) -> Optional[int]:
        same = [(pos, ei) for (si, pos), ei in anchor_event.items() if si == m.sent and pos <= m.start]
        if same:
            return max(same)[1]
        return sent_event[m.sent]

    mentions = _table_mentions(ctx, mentions, frozenset(alias_tuples))
    _role_then_name(ctx, mentions)
    _possessive_posts(ctx, mentions, alias_parties)
    _listed_posts(ctx, mentions)
    _bare_heads_named_elsewhere(ctx, mentions, events)
    _signers_named_by_post(ctx, mentions, events)
    _continue_lists(ctx, mentions, events)
    _signing_done_by_reps(ctx, mentions, events)
    _pronoun_signers(ctx, mentions, events)
    _they_signed(ctx, mentions, events)
    _quoted_signers(ctx, mentions, events)
    _host_witnesses(ctx, mentions)
    _earlier_event_guests(ctx, mentions, events)
    _to_signing_table(ctx, mentions, events)
    # who signed a budget document, or an earlier agreement ("Setahun silam, Penjabat Bupati
    # X dan Kajari Y meneken PKS ..."), signed none of the report's
    unsigned = ctx.budget_sents | ctx.past_sents
    for m in mentions:
        if m.sent in unsigned and m.cue in ("signer", "rep-signer"):
            m.cue = None
    # the trained NER, only when MOU_EXTRACT_NER is set (off by default: models/README.md):
    # confirms cued people written without a role; "reject" drops names it reads as
    # organisations or places
    ner_people: set[int] = set()
    if ner.enabled():
        mentions, ner_people = ner.review_mentions(ctx.norm, ctx.sents, mentions, ctx.title_spans)
    ner_people |= _listed_guests(ctx, mentions)
    clusters = cluster_people(mentions, ctx.norm)
    cluster_of = {id(m): c for c in clusters for m in c.mentions}
    _posing_guests(ctx, mentions, cluster_of)
    absent = {id(c) for c in clusters if any(m.cue == "absent" for m in c.mentions)}
    title_spans = ctx.title_spans

    together = _told_together(ctx, events, sent_event)
    # the signings each scope hit is about (the same for every event: read once)
    scope_events = [_scope_events(ctx, events, sent_event, together, h) for h in scope_hits]
    for ei, ev in enumerate(events):
        ev.date = pick_date(ctx, ev, sent_event, ei)
        ev.doc_type = _doc_type(ev, ctx)
        ev.title = next((d.title for d in sorted(ev.docs, key=lambda d: d.start) if d.title), None) \
            or _title_pointed_back(ctx, ev, events)
        # venue: the signing sentences, then sentences about where it took place
        anchor_sents = sorted({a.sent for a in ev.anchors})
        for si in anchor_sents + sorted(ev.lead_sents):
            s = ctx.sents[si]
            v = find_venue(ctx, s.start, s.end)
            if v:
                ev.venue = _stated_venue(ctx, ev, si, v, anchor_sents) or v
                break
        if ev.venue is None:
            ev.venue = _moved_to_before(ctx, anchor_sents)
        if ev.venue is None:
            paras = {ctx.sents[si].paragraph for si in anchor_sents}
            first = min(paras) if paras else None
            doc_paras = _noun_doc_paras(ctx, ev, first)
            for si, s in enumerate(ctx.sents[:ctx.caption_from]):
                if sent_event[si] == ei and _may_tell_venue(ctx, s, paras, first, doc_paras):
                    v = find_venue(ctx, s.start, s.end)
                    if v:
                        ev.venue = v
                        break
        if (ev.venue is None or ev.date is None) and anchor_sents \
                and any(_SAME_OCCASION.search(ctx.norm, ctx.sents[si].start, ctx.sents[si].end) for si in anchor_sents):
            # a signing told as part of the event told before it: its place and its day
            first = min(ctx.sents[si].paragraph for si in anchor_sents)
            ev.venue = ev.venue or _occasion_venue(ctx, first)
            ev.date = ev.date or _occasion_day(ctx, first)
        if ev.venue is None:
            for si in range(min(ctx.caption_from, len(ctx.sents)), len(ctx.sents)):
                s = ctx.sents[si]
                if classify.signing_verbs(ctx.norm, s.start, s.end):
                    v = find_venue(ctx, s.start, s.end)
                    if v:
                        ev.venue = v
                        break
        if ev.venue is None:
            ev.venue = _timed_account_scene(ctx, anchor_sents) or _speech_scene(ctx, sent_event, ei)
        if ev.venue is None:
            # no building named: the town, in the signing sentences or one about the event
            for si in anchor_sents + [si for si, s in enumerate(ctx.sents[:ctx.caption_from])
                                      if sent_event[si] == ei and _VENUE_SENT.search(ctx.norm, s.start, s.end)]:
                ev.venue = find_city_venue(ctx, ctx.sents[si].start, ctx.sents[si].end)
                if ev.venue:
                    break
        # people of this event
        ev_mentions = [m for m in mentions if event_of(m) == ei]
        excluded = [(t[0], t[1]) for t in title_spans]
        # what a scope statement lists after its cue ("meliputi ... program Karya Bakti TNI")
        excluded += list({h.statement for h in scope_hits if h.cue and h.kind == "scope" and h.statement})
        if ev.venue:
            excluded.append((ev.venue[2], ev.venue[3]))
        for m in ev_mentions:
            # a witness's or guest's office is not a party, wherever else the text names
            # them ("Anggota Ombudsman RI X" who witnessed, quoted later beside "diteken")
            c = cluster_of.get(id(m)) if m.name else None
            cues = {x.cue for x in c.mentions if event_of(x) == ei} if c else {m.cue}
            if (m.cue in ("attendee", "absent", "present") or cues & {"attendee"}) \
                    and not cues & {"signer", "rep-signer"}:
                excluded.append((m.start, m.end))
        # parties named in the signing sentences (and "juga ... dengan X" sentences); a
        # sentence with only a signing noun paragraphs away from the signing told ("Namun,
        # menurut pengamat Universitas X, banyaknya penandatanganan ...") names no party
        done_paras = {ctx.sents[a.sent].paragraph for a in ev.anchors if a.status == "done"}
        party_sents = {si for si in anchor_sents
                       if any(a.sent == si and a.status == "done" for a in ev.anchors)
                       or done_paras & {ctx.sents[si].paragraph + d for d in (-1, 0, 1)}}
        # "Ia menyebut, sebelumnya kesepakatan serupa telah ditandatangani dengan Pemerintah
        # Kota X": the partners of an earlier, similar agreement
        party_sents = {si for si in party_sents
                       if not (_SIMILAR.search(ctx.norm, ctx.sents[si].start, ctx.sents[si].end)
                               and _EARLIER.search(ctx.norm, ctx.sents[si].start, ctx.sents[si].end))}
        anchor_paras = {ctx.sents[si].paragraph for si in anchor_sents}
        # ("Nota kesepahaman kedua lembaga diteken di ...": the two named just before)
        both_paras = {ctx.sents[a.sent].paragraph for a in ev.anchors if a.status == "done"
                      and _BOTH_SIDES.search(ctx.norm, ctx.sents[a.sent].start, ctx.sents[a.sent].end)}
        for si, s in enumerate(ctx.sents):
            sides = _SIDE_NAMED.search(ctx.norm, s.start, s.end) is not None
            if sent_event[si] != ei or si in ctx.off_sents or not (sides or _COOP.search(ctx.norm, s.start, s.end)):
                continue
            # (a paragraph naming the sides, "Pihak pertama adalah ...", just before the one
            # telling who signed, as one naming "kedua lembaga" is)
            near = s.paragraph in anchor_paras or (s.paragraph - 1) in anchor_paras \
                or (s.paragraph + 1) in (anchor_paras if sides else both_paras)
            if (_ALSO.search(ctx.norm, s.start, s.end) or near) and not classify.cue("planned").search(ctx.norm, s.start, s.end) \
                    and not _EARLIER.search(ctx.norm, s.start, s.end) and not _SIMILAR.search(ctx.norm, s.start, s.end) \
                    and not _OTHER_PARTNERS.search(ctx.norm, s.start, s.end) \
                    and not classify.cue("budget").search(ctx.norm, s.start, s.end):
                # (not an agreement on a budget document: "Ketua DPRD juga menyinggung
                # kesepakatan KUA-PPAS yang telah disetujui bersama Gubernur X")
                party_sents.add(si)
        party_sents |= _named_count_sents(ctx, sent_event, ei, anchor_sents, party_sents)
        # (a sentence naming counted schools or companies: only its non-government bodies)
        partner_list_sents = _named_partner_sents(ctx, sent_event, ei, anchor_sents, party_sents) - party_sents
        party_sents |= partner_list_sents
        found: dict[str, P.PartyMention] = {}
        for si in sorted(party_sents):
            s = ctx.sents[si]
            # "Bupati X yang sedang mengikuti rapat bersama Gubernur Y di Z diwakili ...":
            # where an absent signer is instead names no party
            away = [m.span() for m in _AWAY.finditer(ctx.norm, s.start, s.end)]
            # (unless the clause holds this signing's own verb: "Hal itu setelah Pemerintah
            # Kabupaten X, Y dan Z menandatangani nota kesepahaman, Kamis (26/2/2025)": the
            # bodies after "setelah" are its subject)
            away += [m.span() for m in _AFTER_OTHERS.finditer(ctx.norm, s.start, s.end)
                     if not any(a.status == "done" and m.start() < a.pos < m.end() for a in ev.anchors)]
            away += [m.span() for m in _LAW_TITLE.finditer(ctx.norm, s.start, s.end)]
            away += [m.span() for m in _HOST_EVENT.finditer(ctx.norm, s.start, s.end)]
            away += [m.span() for m in _WORK_AREA.finditer(ctx.norm, s.start, s.end)]
            away += [m.span() for m in _EXAMPLE_RANGE.finditer(ctx.norm, s.start, s.end)]
            away += [m.span() for m in _SIMILAR_WITH.finditer(ctx.norm, s.start, s.end)]
            place_end = None   # the end of the last body named as a place
            for pm in P.find_parties(ctx.norm, s.start, s.end, ctx.province, alias_parties) + _bare_list_governments(ctx, s):
                if any(a <= pm.start < b for a, b in away) or (si in partner_list_sents and pm.region is not None):
                    continue
                if any(a <= pm.start and pm.end <= b for a, b in excluded):
                    continue
                # "rapat kerja di Kejaksaan Tinggi X", "gugatan yang bergulir di Pengadilan
                # Negeri Y": a place where something else happens, not a party ("daerah dari
                # Provinsi Maluku dan Papua Barat": the list goes on)
                if (_AT_PLACE.search(ctx.norm, max(s.start, pm.start - 6), pm.start)
                        or _AT_GROUNDS.search(ctx.norm, max(s.start, pm.start - 16), pm.start)) \
                        and not _FROM_BODY.search(ctx.norm, max(s.start, pm.start - 60), pm.start) \
                        or _IN_COMPLEX.search(ctx.norm, max(s.start, pm.start - 50), pm.start) \
                        or place_end is not None and _LIST_GAP.fullmatch(ctx.norm, place_end, pm.start):
                    place_end = pm.end
                    continue
                # "meski Pemprov X tidak menjadi pihak dalam perjanjian tersebut": the text
                # says the body is not a party (its head hosted or witnessed)
                if _NOT_A_PARTY.match(ctx.norm, pm.end):
                    continue
                if ev.venue and ev.venue[3] <= pm.start and _VENUE_TAIL.fullmatch(ctx.norm, ev.venue[3], pm.start) \
                        and not _subject_after_fronted_place(ctx, s, ev.venue, pm):
                    continue
                _add_party(found, pm)
        if not found:
            # the signing told only in a quote ('"MoU yang ditandatangani hari ini jangan
            # berhenti di atas kertas," kata X'): the bodies the article's lead paragraph
            # names before it, two or more, are its parties
            for pm in _lead_parties(ctx, ev, sent_event, ei) or _headline_parties(ctx, events):
                if not any(a <= pm.start and pm.end <= b for a, b in excluded):
                    _add_party(found, pm)
        _owned_hospitals(ctx, found)
        # (a body named as a party stays beside its branch named only inside a signer's
        # role: "PT Bank Y ... ditandatangani Pemimpin Bank Y Kantor Cabang Z, A"; the
        # branch gives way in _prefer_branches)
        role_spans = [(m.role.start, m.role.end) for c in clusters for m in c.mentions if m.role is not None]
        named_keys = {k for k, pm in found.items() if not any(a <= pm.start and pm.end <= b for a, b in role_spans)}
        for key, pm in list(found.items()):
            if pm.region is not None:
                continue
            for o in list(found.values()):
                if o is pm or o.region is not None or not o.name.startswith(pm.name + " "):
                    continue
                if _body_over_branch(pm, o, named_keys):
                    continue
                rest = o.name[len(pm.name) + 1:].lower().split()
                # "Perumda Air Minum Tirta Musi Palembang": a place ending the name is its own
                at_place = (places.match_tokens(rest, 0) or (0,))[0] == len(rest)
                if pm.kind in ("enterprise", "university") and rest[0] not in word_set("branch_words.txt") \
                        and not at_place:
                    found.pop(o.key, None)   # "PT X" beats "PT X <person's name>"
                else:
                    found.pop(key, None)     # "Badan Narkotika Nasional Kota X" beats the bare body
                    break
        # a short form whose words all recur in another party's full name is that party:
        # "Kementerian Dalam Negeri" (from "Dirjen ... Kemendagri") inside "Direktorat
        # Jenderal Bina Pembangunan Daerah Kementerian Dalam Negeri", "BPJS Ketenagakerjaan
        # Bali" inside "BPJS Ketenagakerjaan Kantor Wilayah Bali Nusra Papua"
        for key, pm in list(found.items()):
            rest = {k: v for k, v in found.items() if k != key}
            o = _inside_party(pm, rest)
            if o is not None and not _body_over_branch(pm, o, named_keys):
                found.pop(key)
        # a bare "Ombudsman" is the Perwakilan office when one signs, else Ombudsman RI
        # (or the one office the article names when it never names Ombudsman RI itself:
        # "Kepala Ombudsman RI Perwakilan Sumatera Barat, Y" ... "bersama Ombudsman")
        if "ORI?" in found:
            bare = found.pop("ORI?")
            if not any(k.startswith("ORI:") for k in found):
                office = _only_ombudsman_office(ctx)
                if office is None:
                    bare.key = "ORI"
                _add_party(found, office or bare)
        # people and their parties
        people = []
        for c in clusters:
            # (a role inside the venue's name is no person: "di Ruang Rapat Bupati Seluma, Tais")
            ms = [m for m in c.mentions if event_of(m) == ei
                  and not (ev.venue and m.role and ev.venue[2] <= m.role.start < ev.venue[3])]
            if not ms or (c.best_role() is None and not any(id(m) in ner_people for m in ms)):
                continue
            cues = {m.cue for m in ms}
            role = c.best_role()
            seconds = [m for m in ms if id(m) in ctx.capacities]
            if seconds and role is not None and any(m.role is role for m in seconds):
                # (the post of the first capacity is the person's own)
                role = next((m.role for m in c.mentions if m.role and id(m) not in ctx.capacities), role)
            pm, src = role_party(role, ctx, alias_parties) if role else (None, "")
            if pm is not None and pm.key == "ORI?":
                per = [k for k in found if k.startswith("ORI:")]
                pm.key = per[0] if len(per) == 1 else "ORI"
                if pm.key in found:
                    pm = found[pm.key]
            first = ms[0]
            rep_m = next((m for m in ms if m.cue in ("rep", "rep-signer")), None)
            people.append({
                "cluster": c, "role": role, "party": pm, "src": src, "cues": cues,
                "absent": id(c) in absent, "mention": next((m for m in c.mentions if m.role), first),
                "rep": rep_m,
            })
            people += _second_capacity_people(ctx, people[-1], seconds, alias_parties)
        # region heads written without their jurisdiction ("Gubernur Jafar")
        for p in people:
            if p["party"] is None and p["role"] is not None and p["role"].cls in ("region_head", "region_deputy"):
                lvl = _title_level(p["role"].title)
                govs = [x for x in found.values() if x.region and x.region.level == lvl]
                if not govs and p["cues"] & {"signer", "rep-signer"}:
                    # a signer written "Bupati X" where the signing names no government of
                    # that level: the one the whole article names ("Pemkab Biak Numfor ...
                    # menandatangani dua perjanjian. Pagi hari, Bupati X dan Kajari Y ...")
                    govs = _article_governments(ctx, lvl)
                if len(govs) == 1:
                    p["party"], p["src"] = govs[0], "gov" if p["role"].cls == "region_head" else "gov-unit"
            elif p["party"] is None and p["role"] is not None and (local := _local_body(p["role"], found)) is not None:
                p["party"], p["src"] = local, "inst"
            # "Kepala Kantor Cabang Banjarmasin": the one party that is a branch at that place
            elif p["party"] is None and p["role"] is not None and _branch_at_place(p["role"]):
                place = " ".join(t.low for t in p["role"].org if t.low not in _BRANCH_WORDS)
                branches = [x for x in found.values() if x.name.lower().endswith(" " + place)
                            and _BRANCH_WORDS & set(x.name.lower().split())]
                if len(branches) == 1:
                    p["party"], p["src"] = branches[0], "inst-unit"
        _headline_office(ctx, people, found, alias_parties)
        _council_secretariat(people, found, named_keys)
        _counted_heads_present(ctx, ev, people, found)
        for p in people:
            # "dengan Ombudsman Jateng yang diwakili Kepala Keasistenan X, Y": Y's party is
            # the institution named before "yang diwakili"
            end_at = p["rep"].for_party_end if p["rep"] is not None else None
            if end_at is not None and (p["party"] is None or p["party"].key not in found):
                named = [pm for pm in P.find_parties(ctx.norm, max(0, end_at - 120), end_at, ctx.province, alias_parties)
                         if pm.end >= end_at - 2]
                if named and named[-1].key in found:
                    p["party"] = found[named[-1].key]
                    p["src"] = p["src"] or "inst"
        signers = [p for p in people if p["cues"] & {"signer", "rep-signer"} and not p["absent"]]
        for p in people:
            if p["party"] is not None and p["party"].key not in found and not _heads_ministry(p["role"], p["party"]):
                # a short form inside a signing party's full name is that party:
                # "Kemendagri" in "Direktorat Jenderal Bina Pembangunan Daerah Kementerian
                # Dalam Negeri", "BI Sulawesi Tengah" in "Kantor Perwakilan Bank Indonesia
                # Provinsi Sulawesi Tengah" (but a minister heads the whole ministry, not
                # that unit: "Menteri Dalam Negeri X menyaksikan ...")
                inside = _inside_party(p["party"], found)
                if inside is not None:
                    p["party"] = inside
        for p in signers:
            if p["party"] is not None and p["party"].key not in found:
                r = p["mention"].role
                pm = p["party"]
                _add_party(found, P.PartyMention(r.start, r.end, pm.name, pm.kind, pm.region, pm.key))
        _prefer_branches(found, people, signers, named_keys)
        _national_over_offices(found, signers)
        for_head = _signing_for_national_head(found, signers)
        signed_keys = {p["party"].key for p in signers if p["party"] is not None} | ({"ORI"} if for_head else set())
        # (a head the text tells only witnessed does not stand in while a signer's own party
        # is unread: "... oleh direktur rumah sakit, dr. X, dan Dekan FK Y. Turut menyaksikan
        # Bupati Z": X signed for the regency, Z watched)
        unplaced = any(p["party"] is None for p in signers)
        for key, party in list(found.items()):
            if key in signed_keys:
                continue
            cands = [p for p in people if p["party"] is not None and p["party"].key == key and not p["absent"]
                     and p not in signers and not (unplaced and p["cues"] & {"attendee"})]
            reps = [p for p in cands if p["cues"] & {"rep"}]
            heads = [p for p in cands if p["role"] is not None and (
                (p["src"] == "gov" and p["role"].cls == "region_head")
                or (p["src"] == "inst" and (p["role"].cls == "head" or _director_led(p["role"].title, party.name))))]
            pick = (reps or heads or [None])[0]
            if pick is not None:
                signers.append(pick)
                signed_keys.add(key)
        _unplaced_rep_signs(people, signers, found, signed_keys)
        attendees = [p for p in people if p not in signers and not p["absent"] and p["cues"] & {"attendee"}]
        ev.parties = list(found.values())
        _mark_lone_titles(signers + attendees)
        ev.signatories = [_person_out(p, found, ctx) for p in signers]
        for i, p in enumerate(signers):
            if id(p) in for_head:
                # (the role as written, "Kepala Ombudsman RI Perwakilan X"; the party signed for)
                out = ev.signatories[i]
                ev.signatories[i] = replace(out, party=found["ORI"].name, on_behalf_of=out.on_behalf_of or for_head[id(p)])
        ev.attendees = [_person_out(p, found, ctx) for p in attendees]
        ev.signatories.sort(key=lambda x: x.start)
        ev.attendees.sort(key=lambda x: x.start)
        # scope: stated coverage in the event's sentences, and in those about the
        # agreements of all the signings of its kind
        hits = [h for h, evs in zip(scope_hits, scope_events) if ei in evs]
        scoped = [h for h in hits if h.cue and h.kind == "scope"]
        stated = scoped or [h for h in hits if h.cue]
        if scoped and any(_ALSO_BEFORE.search(ctx.norm, max(0, h.statement[0] - 10), h.statement[0])
                          for h in scoped if h.statement):
            # "Nota kesepakatan juga mencakup ...": the statement adds to the purpose told
            # before it ("kerja sama tersebut bertujuan meningkatkan ..."), which counts too
            first = min(h.start for h in scoped)
            stated = sorted(scoped + [h for h in hits if h.cue and h.kind == "purpose" and h.start < first],
                            key=lambda h: h.start)
        if stated and ev.title is not None and _told_as_additions(ctx, stated):
            # "meneken PKS penyelenggaraan program JKN ... Hendro menambahkan, kedua pihak
            # sepakat melakukan pemadanan data": what the text states adds to the agreement's
            # subject, which counts too (its labels the statements do not give)
            have = {h.label for h in stated}
            stated = sorted(stated + [h for h in S.subject_scope(ctx.norm, *ev.title) if h.label not in have],
                            key=lambda h: h.start)
        if not stated:
            anchor_spans = [(ctx.sents[si].start, ctx.sents[si].end) for si in anchor_sents]
            stated = [h for h in hits if any(a <= h.start < b and not S.told_as_background(ctx.norm, a, h)
                                             for a, b in anchor_spans)]
            # no scope statement: the agreement's subject ("tentang ketahanan pangan",
            # "PKS layanan kas daerah"; else the field the sides are said to have entered
            # cooperation in, _entered_field) is what the text says it covers
            subject = ev.title or _entered_field(ctx, ev, anchor_sents)
            if subject is not None:
                stated = sorted(stated + S.subject_scope(ctx.norm, *subject) + _subject_additions(ctx, subject),
                                key=lambda h: h.start)
            if not stated and len(events) == 1:
                stated = _headline_subject_scope(ctx)
        seen = set()
        ev.scope = []
        for h in stated:
            if h.label not in seen:
                seen.add(h.label)
                ev.scope.append(h)
    first_told = {id(ev): min(a.pos for a in ev.anchors if a.status == "done") for ev in events}
    _share_count_lead(ctx, events, mentions, cluster_of)
    _partners_of_own_signings(ctx, events)
    _share_witnesses(ctx, events, first_told)
    _banks_as_written(ctx, events)


def _banks_as_written(ctx: Ctx, events: list[Event]) -> None:
    """Name a regional development bank as the article writes it when it never writes the
    bank's legal name (parties.regional_bank_as_written), in the parties and in the people's
    party, the same for the whole article (in place)."""
    for ev in events:
        ev.parties = [replace(pm, name=P.regional_bank_as_written(pm.name, ctx.norm)) for pm in ev.parties]
        for p in ev.signatories + ev.attendees:
            if p.party:
                p.party = P.regional_bank_as_written(p.party, ctx.norm)


def _told_together(ctx: Ctx, events: list[Event], sent_event: list) -> set[int]:
    """The body sentences about the agreements of several signings of one kind together
    ("Isi kedua nota kesepakatan itu sama: koordinasi ...", "Nota kesepakatan dengan kedua
    kabupaten memuat ruang lingkup yang sama, yakni ..."), in an event of a kind several
    signings are of: what they state holds for each."""
    groups = Counter(e.group for e in events)
    return {si for si, s in enumerate(ctx.sents[:ctx.caption_from])
            if sent_event[si] is not None and groups[events[sent_event[si]].group] > 1
            and _ALL_AGREEMENTS.search(ctx.norm, s.start, s.end)}


def _scope_events(ctx: Ctx, events: list[Event], sent_event: list, together: set, h) -> set:
    """The indices of the events whose scope a scope hit states: those of the kind its
    sentence tells of together (_told_together), else its sentence's event."""
    pos = (h.statement or (h.start, h.end))[0]
    si = _sent_index_at(ctx, pos)
    if si in together:
        return {j for j, e in enumerate(events) if e.group == events[sent_event[si]].group}
    return {_sent_event_at(ctx, sent_event, pos)}


def _counterpart_event(ctx: Ctx, events: list[Event], si: int) -> Optional[int]:
    """The one signing whose agreement sentence si names by its counterpart ("Ruang lingkup
    nota kesepakatan dengan Ombudsman Kalbar meliputi ...", told after the paragraph of an
    earlier signing with the Kejari): the event whose own signing sentences name the body
    right after "dengan", when no other event's do (an Ombudsman office and Ombudsman RI
    are one counterpart); else None."""
    s = ctx.sents[si]
    m = _AGREEMENT_WITH.search(ctx.norm, s.start, s.end)
    if m is None:
        return None
    named = [pm for pm in P.find_parties(ctx.norm, m.end(), s.end, ctx.province) if pm.start == m.end()]
    if not named:
        return None
    key = next(iter(_body_keys({named[0].key})))
    fits = [j for j, e in enumerate(events) if _covered(key, _body_keys(_partners(ctx, e)))]
    return fits[0] if len(fits) == 1 else None


_SHOWING_VERB = fastre.compile(r"(?:menunjukkan|memperlihatkan)\b", re.I)


def _entered_field(ctx: Ctx, ev: Event, anchor_sents: list) -> Optional[tuple]:
    """The field the event's signing sentences, or the lead right before them, say the sides
    entered cooperation in ("X menjalin kerja sama dengan Y dalam layanan pembayaran
    nontunai. Perjanjian kerja sama diteken di ...", scope.entered_field): the agreement's
    subject when no document is named with one."""
    if not anchor_sents:
        return None
    told = set(anchor_sents) | ev.lead_sents | {min(anchor_sents) - 1}
    for si in sorted(k for k in told if 0 <= k < min(ctx.caption_from, len(ctx.sents))):
        s = ctx.sents[si]
        field = S.entered_field(ctx.norm, s.start, s.end)
        if field is not None:
            return field
    return None


def _subject_additions(ctx: Ctx, title: tuple) -> list:
    """What a party "also will" do, told in the body sentences after the one that names the
    agreement's subject `title` (scope.subject_additions)."""
    si = _sent_index_at(ctx, title[0])
    if si is None or si + 1 >= ctx.caption_from:
        return []
    return S.subject_additions(ctx.norm, ctx.sents[si + 1].start, ctx.sents[ctx.caption_from - 1].end)


def _told_as_additions(ctx: Ctx, hits: list) -> bool:
    """Whether every scope statement the hits come from is told as an addition ("Kedua pihak
    juga sepakat ...", "X menambahkan, ...", scope.adds_to_subject), read from the start of
    the sentence the statement opens in up to its first label phrase."""
    firsts: dict = {}
    for h in hits:
        key = h.statement or (h.start, h.end)
        firsts[key] = min(firsts.get(key, h.start), h.start)
    for (st, _), first in firsts.items():
        si = _sent_index_at(ctx, st)
        if si is None:
            return False
        s = ctx.sents[si]
        if not S.adds_to_subject(ctx.norm, s.start, min(first, s.end)):
            return False
    return True


def _holds_up_document(ctx: Ctx, si: int) -> bool:
    """Whether sentence si tells people holding up the signed document ("A, B, C dan D
    memperlihatkan naskah nota kesepahaman usai penandatanganan") and no other signing
    verb ("A dan B, yang meneken MoU itu, menunjukkan ..." is about the signers)."""
    s = ctx.sents[si]
    shown = SHOWN_DOCUMENT.search(ctx.norm, s.start, s.end)
    if shown is None or not _SHOWING_VERB.match(shown.group()):
        return False
    rest = ctx.norm[s.start:shown.start()] + " . " + ctx.norm[shown.end():s.end]
    return not SIGN_ACTIVE.search(rest) and not SIGN_PASSIVE.search(rest)


def _posing_guests(ctx: Ctx, mentions: list[Mention], cluster_of: dict) -> None:
    """The people a photo shows holding up the document ("Foto: (dari kiri ke kanan)
    Wakil Direktur A, Direktur B, Bupati C dan Wakil Bupati D memperlihatkan naskah nota
    kesepahaman usai penandatanganan") are its signers only when the text names no
    others: when two or more signers are named by a signing verb elsewhere ("ditandatangani
    oleh C selaku Bupati dan B selaku Direktur"), the rest of those shown are guests
    posing with them (A, D)."""
    shown = {m.sent for m in mentions if m.cue == "signer"}
    shown = {si for si in shown if _holds_up_document(ctx, si)}
    if not shown:
        return
    # (people with a post: a word the name reader took, "Keduanya", "Wates", is none)
    named = {id(cluster_of[id(m)]) for m in mentions if m.sent not in shown and m.name
             and m.cue in ("signer", "rep-signer") and id(m) in cluster_of and cluster_of[id(m)].best_role() is not None}
    if len(named) < 2:
        return
    for m in mentions:
        if m.sent in shown and m.cue == "signer" and id(cluster_of.get(id(m))) not in named:
            m.cue = "attendee"


def _caption_scope(ctx: Ctx, events: list[Event], body_hits: list) -> list:
    """The scope phrases of the photo captions, when a caption alone tells the signing (a
    photo story: "X dan Y menunjukkan dokumen nota kesepahaman ... yang baru mereka
    tandatangani ... Melalui kesepahaman ini, kedua pihak akan saling bertukar data ...");
    the body's scope phrases are found before this stage, the captions' are not. When the
    body tells the signing too but states no scope of its own (at most a purpose: "...
    sebagai upaya memperkuat pengawasan"), a caption's scope statement ("Nota kesepakatan
    tersebut meliputi A, B, serta C.", in a photo gallery's captions) states it."""
    if ctx.caption_from >= len(ctx.sents) or not events:
        return []
    found = S.find_scope(ctx.norm, [(s.start, s.end) for s in ctx.sents[ctx.caption_from:]])
    if not any(a.sent < ctx.caption_from for e in events for a in e.anchors if a.status == "done"):
        return found
    if any(h.cue and h.kind == "scope" for h in body_hits):
        return []
    return [h for h in found if h.cue and h.kind == "scope"]


def _lead_parties(ctx: Ctx, ev: Event, sent_event: list, ei: int) -> list[P.PartyMention]:
    """The party mentions of the lead paragraph's sentences told before the event's first
    signing sentence, when every signing sentence of the event is quoted speech, the lead
    sentences are the event's and name two bodies or more."""
    first = min(a.sent for a in ev.anchors)
    if not ctx.sents or first == 0 or not all(_quoted_at(ctx, a.sent, a.pos) for a in ev.anchors if a.status == "done"):
        return []
    lead = ctx.sents[0].paragraph
    out: list[P.PartyMention] = []
    for si in range(first):
        s = ctx.sents[si]
        if s.paragraph != lead:
            break
        if sent_event[si] != ei or si in ctx.off_sents:
            return []
        out += P.find_parties(ctx.norm, s.start, s.end, ctx.province)
    return out if len({pm.key for pm in out}) >= 2 else []


def _title_pointed_back(ctx: Ctx, ev: Event, events: list[Event]) -> Optional[tuple[int, int]]:
    """The title of the document the event's own mention points back at ("Naskah kedua berupa
    nota kesepahaman tentang X. Nota kesepahaman ini diteken ..."): the last mention of the
    same kind with a title before it in its paragraph, which no other signing holds."""
    others = {id(d) for e in events if e is not ev for d in e.docs}
    for d in sorted(ev.docs, key=lambda d: d.start):
        if d.title or not documents.points_back(ctx.norm, d):
            continue
        si = _sent_index_at(ctx, d.start)
        para = ctx.sents[si].paragraph if si is not None else None
        before = [o for o in ctx.docs if o.end <= d.start and o.doc_type == d.doc_type and o.title
                  and id(o) not in others and (i := _sent_index_at(ctx, o.start)) is not None
                  and ctx.sents[i].paragraph == para]
        if before:
            return before[-1].title
    return None


def _headline_parties(ctx: Ctx, events: list[Event]) -> list[P.PartyMention]:
    """The bodies a signing headline names, two or more, for the article's one signing when
    its body names none ("Pemkab X dan Kejari Y Teken MoU" over "MoU itu diteken kedua
    pihak di ..., disaksikan ..."): the headline says who "kedua pihak" are."""
    if len(events) != 1 or ctx.headline is None or not classify.signing_verbs(ctx.norm, *ctx.headline):
        return []
    out = P.find_parties(ctx.norm, ctx.headline[0], ctx.headline[1], ctx.province)
    return out if len({pm.key for pm in out}) >= 2 else []


def _count_lead(ctx: Ctx, events: list[Event]) -> Optional[int]:
    """The sentence that counts the documents signed before the article tells each signing
    ("Gubernur X menandatangani tiga dokumen kerja sama sekaligus di Griya Agung, Senin
    (2/6/2025)."), when the signings it counts are all of one day; else None."""
    if len(events) < 2 or len({e.date.value for e in events if e.date is not None and e.date.value}) > 1:
        return None
    first_doc = min((a.pos for e in events for a in e.anchors if a.doc is not None), default=None)
    if first_doc is None:
        return None
    for si, s in enumerate(ctx.sents[:ctx.caption_from]):
        if s.start > first_doc:
            break
        if classify.signing_verbs(ctx.norm, s.start, s.end) and (_counts_documents(ctx, si) or _counts_partners(ctx, si)):
            return si
    return None


def _share_count_lead(ctx: Ctx, events: list[Event], mentions: list, cluster_of: dict) -> None:
    """What a counting lead says of all the signings it counts holds for each: where they
    were signed, and who signed them all (with the government or body they signed for).
    (A partner the lead lists belongs to its own signing, not to the first one:
    _partners_of_own_signings, after it.)"""
    lead = _count_lead(ctx, events)
    if lead is None:
        return
    s = ctx.sents[lead]
    venue = find_venue(ctx, s.start, s.end)
    if venue is None and _SAME_OCCASION.search(ctx.norm, s.start, s.end):
        # ("Forum Investasi X 2025 di Gedung Y, Selasa (22/4/2025), ... Di sela forum, dua
        # kesepakatan berbeda ditandatangani ...": a lead that puts them all at the event
        # told before it: that event's place)
        venue = _occasion_venue(ctx, s.paragraph)
    # (no place in the lead: a signing told without one, the story not moving on to another
    # time or place, was at the place of the first told: "Selang beberapa menit, Bupati
    # kembali membubuhkan tanda tangan ...")
    first_venue = next((ev.venue for ev in sorted(events, key=lambda e: min(a.pos for a in e.anchors)) if ev.venue), None)
    for ev in events:
        if ev.venue is None and venue is not None:
            ev.venue = venue
        elif ev.venue is None and first_venue is not None and not _scene_shifts(ctx, ev):
            ev.venue = first_venue
    _share_lead_subject(ctx, events, s)
    names = {cluster_of[id(m)].name for m in mentions
             if m.sent == lead and m.cue in ("signer", "rep-signer") and id(m) in cluster_of}
    for name in sorted(n for n in names if n):
        source = next(((ev, p) for ev in events for p in ev.signatories if p.name == name), None)
        if source is None:
            continue
        src_ev, person = source
        party = next((pm for pm in src_ev.parties if pm.name == person.party), None)
        for ev in events:
            if ev is src_ev or any(same_person(p.name, name) for p in ev.signatories):
                continue
            ev.signatories = sorted(ev.signatories + [person], key=lambda x: x.start)
            if party is not None and not any(pm.name == party.name for pm in ev.parties):
                ev.parties = [party] + ev.parties
    # the lead told as a signing of its own (it names no document): it is all of them
    lead_only = [ev for ev in events if not ev.docs and min(a.sent for a in ev.anchors) == lead]
    if lead_only and len(lead_only) < len(events):
        for gone in lead_only:
            events.remove(gone)
            for ev in events:
                if ev.date is None or ev.date.value is None:
                    ev.date = gone.date
                ev.attendees = sorted(ev.attendees + [p for p in gone.attendees if not any(
                    same_person(p.name, q.name) for q in ev.signatories + ev.attendees)], key=lambda x: x.start)


def _partners_of_own_signings(ctx: Ctx, events: list[Event]) -> None:
    """A partner with its own signing (one of its people signed there) is not a party of
    another signing whose signers are named, none of them for it ("Kebetulan pagi tadi
    Pemkab sudah teken dengan BPJS Kesehatan," told at the afternoon's signing with the
    Ombudsman; an earlier signing told without its signers keeps the host that signed the
    reported one); nor is a partner that another signing's own sentences name and this
    one's do not ("1. PKS dengan Kejaksaan Negeri X ...; 2. Nota Kesepakatan dengan BPJS
    Kesehatan ...")."""
    if len(events) < 2:
        return
    signed_for = [{p.party for p in ev.signatories if p.party} for ev in events]
    own = [_partners(ctx, ev) for ev in events]
    for k, ev in enumerate(events):
        others = set().union(*(sf for j, sf in enumerate(signed_for) if j != k)) if signed_for[k] else set()
        others_own = set().union(*(o for j, o in enumerate(own) if j != k))
        ev.parties = [pm for pm in ev.parties if pm.name in signed_for[k] or pm.name not in others
                      and not (pm.key in others_own and pm.key not in own[k])]


_MOVES_AWAY = fastre.compile(r"\b(?:bergeser|berpindah|bertolak|beranjak|bergerak|menuju|melanjutkan\s+perjalanan)\b", re.I)


def _scene_shifts(ctx: Ctx, ev: Event) -> bool:
    """Whether the event's first signing sentence, or the one before it in its paragraph,
    moves the story to another time or place ("Menjelang siang, rombongan bergeser ke
    Gedung Rektorat X. Rektor Y dan Z meneken ...")."""
    si = min(a.sent for a in ev.anchors if a.status == "done")
    for sj in (si, si - 1):
        if sj < 0 or ctx.sents[sj].paragraph != ctx.sents[si].paragraph:
            break
        t = ctx.sents[sj]
        if _NEXT_SIGNING.match(ctx.norm, t.start) or _MOVES_AWAY.search(ctx.norm, t.start, t.end):
            return True
    return False


def _moved_to_before(ctx: Ctx, anchor_sents: list) -> Optional[tuple]:
    """The building the sentence right before the event's first signing sentence, in its
    paragraph, tells the party moving on to at the next stop of its day (opening with a
    sequencing word, data/signing_cues.tsv next_signing: "Menjelang siang,
    rombongan bergeser ke Gedung Rektorat X. Rektor Y dan Z meneken ..."): where that
    signing took place. (A move told without the day's next stop is not read: "Rombongan
    bupati bergeser ke Kantor X. Bupati dan Y meneken ..., Rabu (5/11/2025).")"""
    if not anchor_sents:
        return None
    si = min(anchor_sents)
    if si == 0 or si >= ctx.caption_from or ctx.sents[si - 1].paragraph != ctx.sents[si].paragraph:
        return None
    s = ctx.sents[si - 1]
    if not _NEXT_SIGNING.match(ctx.norm, s.start):
        return None
    return venues.moved_to(ctx, s.start, s.end)


def _share_lead_subject(ctx: Ctx, events: list[Event], s) -> None:
    """The body a counting lead opens with signed every signing it counts ("Pemerintah
    Kabupaten X menandatangani lima dokumen kerja sama dengan lima lembaga ...", then one
    item per partner): a signing told without it gets it, with the person who signed for
    it in another."""
    verbs = classify.signing_verbs(ctx.norm, s.start, s.end)
    if not verbs:
        return
    for pm in P.find_parties(ctx.norm, s.start, verbs[0].start(), ctx.province):
        source = next(((ev, p) for ev in events for p in ev.signatories if p.party == pm.name), None)
        if source is None:
            continue
        src_ev, person = source
        party = next(x for x in src_ev.parties if x.name == pm.name)
        for ev in events:
            if ev is src_ev or any(p.party == pm.name for p in ev.signatories):
                continue
            if not any(x.name == party.name for x in ev.parties):
                ev.parties = [party] + ev.parties
            ev.signatories = sorted([p for p in ev.signatories if not same_person(p.name, person.name)] + [person],
                                    key=lambda x: x.start)
            ev.attendees = [p for p in ev.attendees if not same_person(p.name, person.name)]


def _share_witnesses(ctx: Ctx, events: list[Event], anchor_pos: dict) -> None:
    """Signings of one day at one place are one ceremony: the witnesses told after all of
    them in a paragraph of their own ("Kedua penandatanganan disaksikan Wakil Bupati X
    ...", "Acara disaksikan ...") witnessed each (with their body where it signed that
    one, else none). A witness told in the paragraph of one signing ("Terakhir, gubernur
    ... menandatangani ... Penandatanganan disaksikan Asdatun ...") is that one's."""
    signing_sents = {a.sent for ev in events for a in ev.anchors if a.status == "done"}

    def own_paragraph(pos: int) -> bool:
        # (the witness sentence may itself be read as a signing: "Penandatanganan disaksikan ...")
        sj = _sent_index_at(ctx, pos)
        return sj is not None and not any(ctx.sents[k].paragraph == ctx.sents[sj].paragraph
                                          for k in signing_sents - {sj})

    groups: dict = {}
    for ev in events:
        if ev.date is not None and ev.date.value is not None and ev.date.precision == "day" and ev.venue:
            groups.setdefault((ev.date.value, ev.venue[0]), []).append(ev)
    for group in groups.values():
        if len(group) < 2:
            continue
        after_all = max(anchor_pos[id(ev)] for ev in group)
        shared = [p for ev in group for p in ev.attendees if p.start > after_all and own_paragraph(p.start)]
        for ev in group:
            names = {x.name for x in ev.parties}
            for p in shared:
                if any(same_person(p.name, q.name) for q in ev.signatories + ev.attendees):
                    continue
                # (a body that is no party where the witness was read, named in the role)
                in_role = [n for n in names if p.role and n in p.role]
                party = p.party if p.party in names else (in_role[0] if len(in_role) == 1 else None)
                ev.attendees.append(replace(p, party=party))
            ev.attendees.sort(key=lambda x: x.start)


def _headline_subject_scope(ctx: Ctx) -> list:
    """The subject a signing headline gives its document, when the body states none:
    "MoU Pencegahan Maladministrasi, Pemkot X Teken Kesepakatan dengan Ombudsman RI"
    (up to a comma: what follows is the headline's clause)."""
    out = []
    for d in _once(ctx, _signing_headline_docs):
        if d.title is not None:
            a, b = d.title
            comma = ctx.norm.find(",", a, b)
            out += S.subject_scope(ctx.norm, a, comma if comma > 0 else b)
    return out


# "... dengan Pemerintah Provinsi Lampung serta sepuluh pemerintah kabupaten/kota": a
# count of governments, named in a sentence after it ("Sepuluh daerah itu adalah
# Kabupaten A, B, ... dan D, serta Kota E")
_COUNTED_GOVS = fastre.compile(
    r"\b(?:\d{1,2}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|"
    r"(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+belas|belasan|puluhan|seluruh|semua|segenap)\s+"
    r"(?:pemerintah|pemda|pemkab|pemkot|kabupaten|kota|daerah|kepala\s+daerah)\b"
    # "kabupaten/kota se-Kalteng", "bupati dan wali kota se-Provinsi Riau"
    r"|\b(?:kabupaten(?:\s*/\s*|\s+dan\s+)kota|pemda|daerah|bupati\s+dan\s+wali\s*kota)\s+se-?\s*[A-Z]", re.I)
_NAMES_THEM = fastre.compile(r"\b(?:adalah|ialah|yakni|yaitu|meliputi|di\s*antaranya|antara\s+lain|"
                             r"terdiri\s+(?:atas|dari)|masing-masing|berikut(?=\s+(?:ini\s+)?daftar|\s*:)|sebagai\s+berikut|"
                             # one after another: "Pertama Bupati A, disusul Pj Bupati B, kemudian ..."
                             r"disusul|dimulai\s+(?:dari|oleh))\b",
                             re.I)
_FOLLOWS_LATER = fastre.compile(r"\b(?:menyusul|berikutnya|selanjutnya|nantinya)\b", re.I)
# "Daerah yang belum meneken adalah ...": not the signers
_NOT_YET = fastre.compile(r"\bbelum\b", re.I)


# a sentence about an earlier agreement ("tindak lanjut dari nota kesepakatan yang telah
# dijalin X dan Y pada 2023 lalu"): its institutions are not this signing's parties
_EARLIER = fastre.compile(r"\b(?:pada\s+(?:tahun\s+)?(?:19|20)\d\d\s+(?:lalu|silam)|tahun\s+lalu|"
                          r"tindak\s+lanjut\s+dari|sebelumnya|lebih\s+(?:dulu|dahulu)|(?:sudah|telah)\s+memiliki)\b", re.I)
# a sentence without a signing of its own about "kerja sama serupa dengan Bank X": another
# agreement, explored or planned ("Dinas juga tengah menjajaki kerja sama serupa dengan ...")
_AGREEMENT_WORDS = r"(?:kerja\s*sama|kesepakatan|kesepahaman|mou|perjanjian|pks)"
_SIMILAR = fastre.compile(r"\b" + _AGREEMENT_WORDS + r"\s+(?:yang\s+)?(?:serupa|sejenis)\b", re.I)
# the agreement named by its counterpart: "Ruang lingkup nota kesepakatan dengan Ombudsman
# Kalbar meliputi ...", "PKS bersama BPJS Kesehatan mengatur ..."
_AGREEMENT_WITH = fastre.compile(r"\b" + _AGREEMENT_WORDS + r"(?:\s+[a-z]+){0,2}?\s+(?:dengan|bersama)\s+", re.I)
# a sentence about other bodies' agreements, set against this one, with other partners at
# the same event ("selain X, tercatat Kabupaten Y dan Z juga menjalin kerja sama, namun
# dengan mitra dan bidang berbeda", "... tetapi dengan mitra lain", "meski bersama BUMN yang
# berbeda"): not this signing's parties (but "X menandatangani dua kesepakatan dengan mitra
# berbeda" tells of X's own two signings)
_OTHER_PARTNERS = fastre.compile(r"\b(?:namun|tetapi|tapi|meski(?:pun)?|walau(?:pun)?)\s+"
                                 r"(?:dengan|bersama)\s+(?:mitra|pihak|instansi|lembaga|perusahaan|BUMN)"
                                 r"(?:\s+(?:dan|serta)\s+(?:bidang|sektor)(?:\s+kerja\s*sama)?)?\s+(?:yang\s+)?"
                                 r"(?:berbeda|berlainan|lain(?:nya)?)\b", re.I)
# "... juga mencakup": a scope statement adding to what was told before it
_ALSO_BEFORE = fastre.compile(r"\bjuga\s+$", re.I)
# the signing took place at the event just told of (data/signing_cues.tsv)
_SAME_OCCASION = fastre.compile(r"\b(?:" + classify.cue_alternation("same_occasion") + r")\b", re.I)
_AWAY = fastre.compile(r"\b(?:berhalangan(?:\s+hadir)?|sedang\s+(?:mengikuti|menghadiri|bertugas|melaksanakan)|"
                       r"karena\s+(?:mengikuti|menghadiri|bertugas))\b[^,;.]{0,120}?(?=\b(?:sehingga|diwakili|maka)\b|[,;.]|$)",
                       re.I)
_AT_PLACE = fastre.compile(r"\b(?:di|ke|dari)\s+$")
# ... or in a part of its grounds: "membuka klinik pengaduan di halaman Dekranasda"
_AT_GROUNDS = fastre.compile(r"\b(?:di|ke)\s+(?:halaman|pelataran|lapangan|aula|gedung|lobi|lobby|teras)\s+$")
# "para bupati dan wali kota dari Pemkab A, B dan C", "perwakilan dari Dinas X": the
# body the officials come from, not a place
_FROM_BODY = fastre.compile(r"\b(?:bupati|wali\s*kota|walikota|gubernur|kepala\s+daerah|perwakilan|"
                            r"pimpinan)(?:\s+(?:dan|serta)\s+(?:bupati|wali\s*kota|walikota|"
                            r"gubernur|wakil\s+\w+))?"
                            # (or whoever stands in for them: "bupati dan wali kota atau pejabat
                            # yang mewakili dari Kabupaten A, B ...")
                            r"(?:\s+atau\s+(?:(?:para\s+)?pejabat\s+)?(?:yang\s+)?mewakili(?:nya)?)?\s+dari\s+$", re.I)
_LIST_GAP = fastre.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)")
# "Kawasan Pusat Pemerintahan Provinsi Banten (KP3B)", "Kompleks Perkantoran Pemkab X": a
# government's office complex, a place
_IN_COMPLEX = fastre.compile(r"\b(?:Kawasan|Kompleks|Komplek|Perkantoran)(?:\s+[A-Z]\w*){0,3}\s+$")
# a law cited by its title: "Undang-Undang Nomor 37 Tahun 2008 tentang Ombudsman Republik Indonesia"
_LAW_TITLE = fastre.compile(r"\b(?:Undang-Undang|UU|Peraturan(?:\s+[A-Z]\w*){0,3}|Perpres|Permendagri|Perda|PP|"
                            r"Keputusan(?:\s+[A-Z]\w*){0,3})\s+(?:Nomor|No\.?)\s*[\w/.-]+\s+Tahun\s+\d{4}\s+tentang\s+"
                            r"[^,;.]{0,100}")
# "... yang menandatangani nota kesepakatan dengan Ombudsman, setelah Kabupaten A, B dan
# Kota C pada tahun 2024": the governments that signed before this one
_AFTER_OTHERS = fastre.compile(r"\b(?:setelah|menyusul|mengikuti\s+jejak)\s+(?=(?:Pemerintah|Pemkab|Pemkot|Pemprov|"
                               r"Kabupaten|Kota|Provinsi)\b)[^;.]*")
# bodies given as examples of a group, from one to another: "disaksikan pegawai dari 21
# instansi, mulai dari Disdukcapil, Samsat, BPJS Kesehatan hingga kantor pertanahan"
_EXAMPLE_RANGE = fastre.compile(r"\bmulai\s+dari\s+[^.;:]{1,200}?\s(?:hingga|sampai(?:\s+dengan)?)\s+[^,.;]{1,60}", re.I)
# the partner of an earlier agreement like this one: "merupakan yang kedua setelah pada 2023
# Pemkab X menjalin kerja sama serupa dengan Universiti Kebangsaan Malaysia" (one signed
# "pada kesempatan yang sama" is a party)
_SIMILAR_WITH = fastre.compile(r"\b(?:sebelumnya|setelah|pernah|(?:19|20)\d\d|tahun\s+lalu)\b[^.;]{0,80}?\b"
                              + _AGREEMENT_WORDS + r"\s+(?:yang\s+)?serupa\s+(?:dengan|bersama)\s+[^,.;]{1,80}", re.I)
# the area an office covers, told of the office: "Ombudsman RI Perwakilan Papua Barat, yang
# wilayah kerjanya mencakup Provinsi Papua Barat Daya" (the province is no party)
_WORK_AREA = fastre.compile(r"\bwilayah\s+(?:kerja|tugas|layanan|hukum)(?:nya)?\s+(?:juga\s+)?"
                            r"(?:mencakup|meliputi|termasuk|hingga|sampai\s+ke)\s+[^;.]{1,120}", re.I)
# the event a signing was held after or beside, with its host: "... di Gedung X, seusai
# rapat paripurna istimewa DPRD Y.", "di sela peringatan Hari Jadi Kabupaten Z"
_HOST_EVENT = fastre.compile(
    r"\b(?:seusai|usai|selepas|sesudah|di\s+sela(?:-sela)?)\s+(?:%s)\b[^,;.]{0,120}"
    % "|".join(r"\s+".join(map(re.escape, ln.lower().split()))
               for ln in sorted(data_lines("host_events.txt"), key=len, reverse=True)), re.I)
# the place a venue is in: "di Aula Kanwil BPN Banten, Kota Serang"
_VENUE_TAIL = fastre.compile(r"\s*,\s*(?:[A-Z][\w'’.-]*\s*,\s*){0,2}")
# a sentence opening on the place ("Di Ruang Senat Universitas X, Ombudsman Sulsel dan
# Unhas menandatangani ..."): the comma closes the fronted place, the subject follows
_FRONTED_PLACE = fastre.compile(r"[\s\"“]*(?:(?:[Dd]i|[Bb]ertempat\s+di)\s+)")
# (a lower-case word after the name: "dan", "bersama", "menandatangani", ...)
_CLAUSE_GOES_ON = fastre.compile(r"\s+[a-z]")


def _subject_after_fronted_place(ctx: Ctx, s, venue: tuple, pm: P.PartyMention) -> bool:
    """Whether a body right after the venue's comma is the sentence's subject, not the
    town the venue is in: the sentence opens on that place ("Di <venue>,") and the body's
    name runs on into the clause ("... Ombudsman Sulsel dan Unhas menandatangani")
    instead of ending on another comma."""
    head = _FRONTED_PLACE.match(ctx.norm, s.start, venue[2])
    return head is not None and head.end() == venue[2] and ctx.norm.count(",", venue[3], pm.start) == 1 \
        and bool(_CLAUSE_GOES_ON.match(ctx.norm, pm.end, s.end))


# "dengan empat pemerintah provinsi hasil pemekaran, yakni Papua Selatan, Papua Tengah
# ...", "Kabupaten/kota yang ikut menandatangani ialah Kerinci, Merangin, ... dan Kota
# Sungai Penuh": the level word said once before a list of bare names
_LEVEL_LIST = fastre.compile(r"\b(?P<lvl>provinsi|kabupaten(?:\s*/\s*kota)?)\b[^.;:]{0,80}?"
                             r"\b(?:yakni|yaitu|ialah|adalah|meliputi|antara\s+lain)\s+", re.I)
_LIST_ITEM_NAME = fastre.compile(r"(?:\s*(?:,|\bdan\b|\bserta\b))*\s*(?P<item>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


def _bare_list_governments(ctx: Ctx, s) -> list[P.PartyMention]:
    out = []
    for m in _LEVEL_LIST.finditer(ctx.norm, s.start, s.end):
        level = "provinsi" if m.group("lvl").lower() == "provinsi" else "kabupaten"
        pos = m.end()
        while True:
            it = _LIST_ITEM_NAME.match(ctx.norm, pos, s.end)
            if not it:
                break
            pos = it.end()
            name = it.group("item")
            if name.split()[0] in ("Kota", "Kabupaten", "Provinsi", "Pemerintah", "Pemkab", "Pemkot", "Pemprov"):
                continue  # named with its level word: find_parties reads it
            reg = P.pick_region(regions.candidates(name, level), level, ctx.province)
            if reg is None:
                break  # the list ended, or goes on with something else
            out.append(P.gov_party(reg, it.start("item"), it.end("item")))
    return out


def _naming_sents(ctx: Ctx, sent_event, ei: int, anchor_sents, party_sents, counted, named_keys,
                  after_count: bool, colon_reach: int, skip=None) -> set[int]:
    """Sentences that name the bodies a signing sentence only counts: the signing (or a
    party sentence of its paragraph) matches `counted`; a sentence of the event with a
    naming word ("yakni", "antara lain"), in the anchor's paragraph or the next (a list
    introduction ending in a colon up to `colon_reach` paragraphs on, with the items on
    the lines after it), not about bodies still to follow, not yet signed or planned
    (nor matching `skip`), whose `named_keys` are at least two. `after_count`: only
    sentences after the first counting one."""
    norm = ctx.norm
    paras = {ctx.sents[si].paragraph for si in anchor_sents}
    counting = set(anchor_sents) | {si for si in party_sents if ctx.sents[si].paragraph in paras}
    counts = [si for si in counting if counted.search(norm, ctx.sents[si].start, ctx.sents[si].end)]
    if not counts:
        return set()
    last = min(ctx.caption_from, len(ctx.sents))
    out = set()
    for si in range(min(counts) + 1 if after_count else 0, last):
        s = ctx.sents[si]
        # (a signing sentence itself may open the list: "Berikut daftar kabupaten beserta
        # pejabat yang menandatangani:")
        if (si in counting and not norm[s.start:s.end].rstrip().endswith(":")) or sent_event[si] != ei \
                or not any(0 <= s.paragraph - p <= colon_reach for p in paras):
            continue
        if not _NAMES_THEM.search(norm, s.start, s.end) or _FOLLOWS_LATER.search(norm, s.start, s.end) \
                or _NOT_YET.search(norm, s.start, s.end) or classify.cue("planned").search(norm, s.start, s.end) \
                or (skip is not None and skip.search(norm, s.start, s.end)) or si in ctx.off_sents:
            continue
        group = [si]
        if norm[s.start:s.end].rstrip().endswith(":"):
            # "... adalah:\n• Kota Kupang\n• Kabupaten Belu (diwakili Sekda)": the items
            group += list(itertools.takewhile(lambda sj: _list_item_at(ctx, sj), range(si + 1, last)))
        elif not (s.paragraph in paras or s.paragraph - 1 in paras):
            continue
        if len(named_keys(group)) >= 2:
            out.update(group)
    return out


def _named_count_sents(ctx: Ctx, sent_event, ei: int, anchor_sents, party_sents=()) -> set[int]:
    """Sentences that name the governments a signing sentence only counts ("Tujuh
    pemerintah daerah ... menjalin kerja sama ..."); a list introduction ending in a colon
    ("Kesepuluh pemerintah kabupaten/kota tersebut adalah:") may come up to two paragraphs
    later."""
    def govs(group):
        return {pm.key for sj in group
                for pm in P.find_parties(ctx.norm, ctx.sents[sj].start, ctx.sents[sj].end, ctx.province)
                + _bare_list_governments(ctx, ctx.sents[sj]) if pm.region is not None}
    return _naming_sents(ctx, sent_event, ei, anchor_sents, party_sents, _COUNTED_GOVS, govs,
                         after_count=False, colon_reach=2)


# "menandatangani nota kesepahaman dengan 12 SMA dan SMK swasta", "bersama 31 Koperasi
# Desa Merah Putih", "dan 43 gampong": a signing with a number of non-government bodies of
# one kind (data/counted_partner_nouns.txt), whom a later sentence may name
_COUNT_WORD = (r"(?:\d{1,3}|(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)(?:\s+(?:belas|puluh))?|sepuluh|"
               r"sebelas|belasan|puluhan|ratusan|sejumlah|beberapa)")
# the signings counted by their noun: "menjadi saksi dua penandatanganan sekaligus" (the
# documents they sign told after it, one by one)
_COUNTED_SIGNINGS = fastre.compile(r"\b" + _COUNT_WORD + r"\s+penandatanganan\b", re.I)


def _counted_nouns(*files: str) -> str:
    """The nouns of the files (one form a line) as one alternation, longest first."""
    nouns = {ln.strip().lower() for f in files for ln in data_lines(f)}
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(nouns, key=len, reverse=True))


_COUNTED_PARTNERS = fastre.compile(
    r"\b(?:dengan|bersama|dan|serta|antara)\s+(?:para\s+)?" + _COUNT_WORD + r"\s+(?:"
    + _counted_nouns("counted_partner_nouns.txt") + r")\b", re.I)
# a sentence about the agreements of several signings together: "Isi kedua nota
# kesepakatan itu sama: ...", "Ketiga dokumen itu mengatur ...", "Nota kesepakatan dengan
# kedua kabupaten memuat ruang lingkup yang sama, yakni ...", "Kedua NPHD tersebut mengatur
# ..." (not "kedua pihak": the two sides of one signing)
_GOVERNMENT_NOUNS = _counted_nouns("counted_government_nouns.txt")
_ALL_AGREEMENTS = fastre.compile(
    r"\bke(?:dua|tiga|empat|lima|enam)\s+(?:nota(?:\s+(?:kesepakatan|kesepahaman))?|kesepakatan|kesepahaman|"
    r"dokumen|naskah|perjanjian|mou|pks|nphd)\b"
    r"|\b(?:dengan|bersama)\s+ke(?:dua|tiga|empat|lima|enam)\s+(?:" + _GOVERNMENT_NOUNS + r")(?![\w/-])", re.I)
# the governments counted as the partners: "menandatangani nota kesepakatan dengan dua
# pemerintah daerah sekaligus, yakni ..." (data/counted_government_nouns.txt)
_COUNTED_GOV_PARTNERS = fastre.compile(
    r"\b(?:dengan|bersama|dan|serta|antara)\s+" + _COUNT_WORD + r"\s+(?:"
    + _GOVERNMENT_NOUNS + r")(?![\w/-])", re.I)


# the regency and city governments (or their heads) a signing counts as its partners:
# "... dengan sebanyak 10 kabupaten/kota di Sulsel", "bersama para kepala daerah", "dengan
# seluruh bupati dan wali kota" (not "empat pemerintah provinsi", "tiga pemerintah desa")
_COUNTED_LOCAL_GOVS = fastre.compile(
    r"\b(?:dengan|bersama|dan|serta|antara)\s+(?:sebanyak\s+)?(?:" + _COUNT_WORD + r"|para|seluruh|semua)\s+(?:"
    + _GOVERNMENT_NOUNS + r"|kepala\s+daerah|bupati(?:\s+dan\s+wali\s*kota)?|wali\s*kota)(?![\w/-])", re.I)


def _named_partner_sents(ctx: Ctx, sent_event, ei: int, anchor_sents, party_sents=()) -> set[int]:
    """Sentences that name the non-government partners a signing sentence only counts
    ("Unwira menandatangani nota kesepahaman dengan 12 SMA dan SMK swasta ... Sekolah
    yang bergabung antara lain SMA A, SMK B dan SMA C"): after the counting sentence, not
    about witnesses, at least two named bodies that are no regional government."""
    def bodies(group):
        return {pm.key for sj in group
                for pm in P.find_parties(ctx.norm, ctx.sents[sj].start, ctx.sents[sj].end, ctx.province)
                if pm.region is None}
    return _naming_sents(ctx, sent_event, ei, anchor_sents, party_sents, _COUNTED_PARTNERS, bodies,
                         after_count=True, colon_reach=1, skip=ATTEND)


def _sent_event_at(ctx: Ctx, sent_event, pos: int) -> Optional[int]:
    for si, s in enumerate(ctx.sents):
        if s.start <= pos < s.end + 1:
            return sent_event[si]
    return None




_GENERIC_ORG_WORDS = word_set("generic_org_words.txt")


def _inside_party(pm: P.PartyMention, found: dict) -> Optional[P.PartyMention]:
    """The one signing party whose full name `pm` (a signer's party, named short) is
    inside of or abbreviates ("UIN Suska Riau" for "Universitas Islam Negeri Sultan
    Syarif Kasim Riau", a name's syllable acronym whose later words may give one letter)."""
    if pm.region is not None:
        return None
    words = set(_NAME_SPLIT.split(pm.name.lower()))
    # one word only when it is a whole organisation's name ("Muhammadiyah" named in
    # passing beside its "Pimpinan Wilayah Muhammadiyah Sulawesi Selatan"), not a
    # generic prefix ("Bank", "Universitas", "PT")
    if len(words) < 2 and (len(pm.name) < 8 or pm.name.lower() in _GENERIC_ORG_WORDS):
        return None
    offices = _local_offices().get(pm.name, ())
    hits = [o for o in found.values() if o.region is None and o.kind == pm.kind
            and (words <= set(_NAME_SPLIT.split(o.name.lower())) or _abbreviates(pm.name.split(), o.name.split(), 1)
                 or o.name.startswith(offices) or _spelled_out(pm.name) == _spelled_out(o.name))]
    return hits[0] if len(hits) == 1 else None


@lru_cache(maxsize=4096)
def _spelled_out(name: str) -> tuple[str, ...]:
    """The words of a body's name (lower case) with its short forms written out: an
    office's abbreviation ("Kanwil" -> "kantor wilayah", data/abbreviations.tsv) and a
    province's short name ("Kepri" -> "kepulauan riau"), so that "Perum Bulog Kanwil
    Riau dan Kepri" is "Perum Bulog Kantor Wilayah Riau dan Kepulauan Riau"."""
    out: list[str] = []
    for w in name.split():
        exp = regions.abbreviation(w)
        pl = places.match_tokens([w.lower()], 0) if exp is None else None
        if exp is not None and exp[1] == "expand":
            out += exp[0].lower().split()
        elif pl and len(pl[1]) == 1 and pl[1][0].level == "provinsi":
            out += pl[1][0].name.lower().split()
        else:
            out.append(w.lower())
    return tuple(out)


@lru_cache(maxsize=1)
def _local_offices() -> dict[str, tuple[str, ...]]:
    """A national body -> the names its local offices start with (data/local_offices.tsv)."""
    rows = (ln.split("\t") for ln in data_lines("local_offices.tsv"))
    return {body: tuple(o.strip() + " " for o in offices.split("|")) for body, offices in rows}


# words of a party's name; "/" joins two names of one body ("Kementerian Agraria dan Tata
# Ruang/Badan Pertanahan Nasional")
_NAME_SPLIT = re.compile(r"[\s/]+")


@lru_cache(maxsize=1)
def _director_led_starts() -> tuple[str, ...]:
    return tuple(w.lower() + " " for w in data_lines("director_led.txt"))


def _director_led(title: str, party: str) -> bool:
    """A "Direktur" heads a polytechnic, an academy or a hospital (data/director_led.txt)."""
    return title == "Direktur" and party.lower().startswith(_director_led_starts())


def _abbreviates(short: list[str], full: list[str], shortest: int = 2) -> bool:
    """Whether `short` is `full` with some runs of words written as their initials: "PT KPI
    RU II Dumai" for "PT Kilang Pertamina Internasional Refinery Unit II Dumai" (or as a
    syllable acronym whose words after the first give at least `shortest` letters), a
    province written by another of its names ("PLN UID Jateng dan DIY" for "PLN Unit Induk
    Distribusi Jawa Tengah dan D.I. Yogyakarta")."""
    if len(short) >= len(full) or not any(w.isupper() and len(w) > 1 for w in short):
        return False
    slows, flows = [w.lower().rstrip(".") for w in short], [w.lower().rstrip(".") for w in full]

    def same_place(i: int, j: int) -> Optional[tuple[int, int]]:  # (words of each) or None
        a = places.match_tokens(slows, i) if short[i][:1].isupper() else None
        b = places.match_tokens(flows, j) if a and j < len(full) else None
        if b and {r.code for r in a[1]} & {r.code for r in b[1]}:
            return a[0], b[0]
        return None

    def fits(i: int, j: int) -> bool:  # short[i:] spells full[j:]
        if i == len(short):
            return j == len(full)
        w = short[i]
        if j < len(full) and w.lower() == full[j].lower() and fits(i + 1, j + 1):
            return True
        if (pl := same_place(i, j)) and pl[0] != pl[1] and fits(i + pl[0], j + pl[1]):
            return True
        k = len(w)
        if w[:1].isupper() and not w.isupper() and any(
                P._syllable_acronym(w, full[j:j + c], shortest) and fits(i + 1, j + c) for c in (2, 3)
                if j + c <= len(full)):
            return True  # a region's syllable acronym: "MMP Kaltim" for "... Kalimantan Timur"
        return (w.isupper() and k > 1 and j + k <= len(full)
                and "".join(x[0] for x in full[j:j + k]).upper() == w and fits(i + 1, j + k))

    return fits(0, 0)


def _add_party(found: dict, pm: P.PartyMention) -> None:
    if pm.key in found:
        old = found[pm.key]
        if len(pm.name) > len(old.name) and not pm.region:
            found[pm.key] = P.PartyMention(old.start, old.end, pm.name, pm.kind, pm.region, pm.key)
        return
    found[pm.key] = pm


def _town_after_short_form(org: list[str], full: list[str]) -> Optional[int]:
    """Where a town begins after a company's short form ("BRK Syariah Siak" for "Bank Riau
    Kepri Syariah"), or None."""
    # (speed: _abbreviates(org[:k], full) fails at once when org[:k] is no shorter than
    # `full` or holds no acronym, i.e. no word before `acronym`; those k are skipped)
    acronym = next((i for i, w in enumerate(org) if w.isupper() and len(w) > 1), len(org))
    return next((k for k in range(min(len(org) - 1, len(full) - 1), acronym, -1)
                 if all(w[:1].isupper() and not w.isupper() for w in org[k:])
                 and _abbreviates(org[:k], full)), None)


# Indonesian regional heads' titles written without their region (an English "Deputy
# Mayor" takes its region before it: "Kupang Deputy Mayor")
_BARE_HEADS = {"Bupati", "Wakil Bupati", "Wali Kota", "Wakil Wali Kota", "Gubernur", "Wakil Gubernur"}


def _mark_lone_titles(persons: list[dict]) -> None:
    """Mark the people whose title no other person of the event holds for the same party
    (two "Wali Kota" of one city means one of them was given the wrong party)."""
    n = Counter((p["role"].title, p["party"].key) for p in persons if p["role"] is not None and p["party"] is not None)
    for p in persons:
        p["lone_title"] = p["role"] is not None and p["party"] is not None and n[(p["role"].title, p["party"].key)] == 1


def _person_out(p: dict, found: dict, ctx: Ctx) -> PersonOut:
    c = p["cluster"]
    m = next((x for x in c.mentions if x.name == c.name), c.mentions[0])
    party = found.get(p["party"].key).name if p["party"] is not None and p["party"].key in found else None
    if party is not None and party != p["party"].name:
        # (the party's name as the article writes it in full: "Komando Distrik Militer
        # 0421/Lampung Selatan" for a signer written "Dandim 0421/LS")
        p = dict(p, party=replace(p["party"], name=party))
    role = role_text(p["role"], ctx) if p["role"] is not None else None
    # an English "Head of the <unit>" keeps the unit as written (people._english_heads)
    foreign = p["party"] is not None and P.foreign_name(p["party"].name)
    if p["src"] == "inst" and p["party"] is not None and not (p["party"].kind == "enterprise" and role) \
            and not p["role"].title.endswith(" of the") \
            and not (foreign and p["role"].org and P.is_acronym(p["role"].org[0].text)):
        # "Rektor Unisla" -> "Rektor Universitas Islam Lamongan"; a company keeps the name
        # its officer's title was written with ("Direktur Utama Bank Nagari"); a body with
        # a name in another language keeps its acronym ("Kepala Perwakilan JICA Indonesia")
        unit = _glossed_unit_of(p["role"], p["party"].name, ctx.norm)
        role = f'{p["role"].title} {unit}' if unit else _title_with_party(p["role"].title, p["party"].name)
        # "Dandim 1407/Bone" in an article that writes "Komando Distrik Militer 1407/Bone":
        # the unit by its name, as the article spells it out
        role = P.unit_short_form_spelled_out(p["role"].title, p["party"].name, role, ctx.norm)
    elif p["party"] is not None and role and p["role"].org and not foreign:
        # "General Manager PT KPI RU II Dumai", "Direktur Utama BRK Syariah": the company's
        # name in full, as the article spelled it out elsewhere ("PT Kilang Pertamina
        # Internasional (KPI) Refinery Unit II Dumai", "PT Bank Riau Kepri Syariah"), its
        # legal form aside ("PT Bank Syariah Indonesia Tbk")
        org, named = [t.text for t in p["role"].org], P.without_legal_form(p["party"].name).split()
        bare = P.without_inner_legal_form(named)
        full = bare[1:] if bare[0] == "PT" and org[0] != "PT" else bare
        if _abbreviates(org, full):
            # (a unit named after the company's legal name, "PLN UID Jawa Timur" for "PT PLN
            # (Persero) Unit Induk Distribusi Jawa Timur", by the unit's name in full)
            role = " ".join([p["role"].title] + (named if len(bare) < len(named) else full))
        elif (k := _town_after_short_form(org, full)) is not None:
            # the branch's town after the short form: "Pemimpin Cabang BRK Syariah Siak"
            role = " ".join([p["role"].title] + full + org[k:])
        elif P.glossed_unit_written(org, p["party"].name, ctx.norm):
            # "General Manager PLN UIP KLT" after "PT PLN (Persero) Unit Induk Pembangunan
            # Kalimantan Bagian Timur (UIP KLT)": the unit the gloss stands for, in full
            role = f'{p["role"].title} {p["party"].name}'
        elif P.short_form_spelled(org, p["party"].name.split()):
            # "Direktur Utama Perumda Tugu Tirta": a company whose legal form the article
            # writes out ("Perusahaan Umum Daerah Air Minum Tugu Tirta Kota Malang")
            role = f'{p["role"].title} {p["party"].name}'
        elif p["party"].kind != "enterprise" and not p["role"].title.endswith(" of the"):
            # "Deputi Bidang Pencegahan BNPB", "Ketua PDA Kabupaten Demak": a unit or post
            # of a body written with the body's acronym, the acronym spelled as the party's
            # name spells it ("Badan Nasional Penanggulangan Bencana"); a company's acronym
            # stays as written ("Pemimpin Kantor Wilayah BNI Semarang")
            role = P.acronym_spelled(role, org, p["party"].name.split())
    if role in _BARE_HEADS and p["party"] is not None and p["party"].kind == "regional_government" \
            and p["party"].region is not None and p["party"].region.level == _title_level(role) \
            and sum(x.kind == "regional_government" for x in found.values()) == 1 and p.get("lone_title"):
        # "Bupati Markus" signing for the one Pemkab among the parties: the head of that region
        role = _head_of_region(role, p["party"].region)
    if role and p["party"] is not None and p["party"].kind in ("regional_government", "university"):
        # "Kepala Dinperkim Kabupaten Banyumas" after "Dinas Perumahan dan Kawasan Permukiman
        # (Dinperkim)": the unit's name as the article spells it out (a university's too:
        # "Ketua LPPM Unand" after "Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM)")
        role = P.unit_spelled(role, ctx.norm)
    if role and p["party"] is not None and p["party"].kind == "university":
        # "Ketua LPPM Unand", "Wakil Rektor Bidang Akademik UNEJ": the university by its name
        role = P.university_short_form_spelled(role, p["party"].name)
    obo = None
    if p["rep"] is not None:
        obo = on_behalf_text(p["rep"], p["party"], ctx)
    start, end = p.get("at") or (m.name_start, m.name_end)
    return PersonOut(c.name, role, party, obo, start, end)


# the capitalised words of a unit's name, right before the name of the body it belongs to
_UNIT_WORDS = fastre.compile(r"(?:[A-Z][\w-]*[ \t]+)+$")


def _glossed_unit_of(role: Role, party: str, text: str) -> Optional[str]:
    """The name of a unit inside the party that the role's office words stand for as the
    article's gloss, the gloss's first word the initials of the unit's name: "Dekan FK
    Unud" after "Fakultas Kedokteran Universitas Udayana (FK Unud)" is the dean of that
    faculty, "Fakultas Kedokteran Universitas Udayana" (the party, the university, is the
    body it belongs to); None when the article glosses no such unit with those words (a
    gloss of the party alone, "Universitas Borneo Tarakan (UBT)", names no unit)."""
    org = role.org_text()
    words = org.split()
    at = text.find(f"({org})") if len(words) >= 2 else -1
    if at <= 0 or not text[:at].rstrip().endswith(party):
        return None
    end = len(text[:at].rstrip()) - len(party)
    run = _UNIT_WORDS.search(text, max(0, end - 80), end)
    unit = run.group().split()[-len(words[0]):] if run else []
    if len(unit) != len(words[0]) or "".join(w[0] for w in unit).upper() != words[0].upper():
        return None
    return " ".join(unit + [party])


def _title_with_party(title: str, party: str) -> str:
    """Title + the party's name, without the words they share: an expanded title may
    already name the institution ("Kapolres" = "Kepala Kepolisian Resor", party
    "Kepolisian Resor Muaro Jambi")."""
    tw, pw = title.split(), party.split()
    if ministry := _ministry_headed(title, party):
        # a minister is titled by the portfolio, without the ministry's word: "Menteri" +
        # "Kementerian Kesehatan" -> "Menteri Kesehatan" (data/ministry_titles.tsv)
        return f"{title} {party[len(ministry) + 1:]}"
    if len(pw) > 2 and pw[0] == "Pemerintah" and pw[1] in ("Kabupaten", "Kota", "Provinsi"):
        # a regional government's officer: "Sekretaris Daerah" + "Pemerintah Kabupaten X"
        # -> "Sekretaris Daerah Kabupaten X"; a title that names the region keeps it
        # ("Bupati Pidie Jaya")
        place = pw[1:]
        if title.lower().endswith(" " + " ".join(place[1:]).lower()):
            return title
        if tw[-1].lower() == place[0].lower():
            return " ".join(tw + place[1:])  # "Wali Kota" + "Pemerintah Kota Gangneung"
        return " ".join(tw + place)
    for k in range(min(len(tw) - 1, len(pw)), 0, -1):
        if [w.lower() for w in tw[-k:]] == [w.lower() for w in pw[:k]]:
            return " ".join(tw[:-k] + pw)
    # "Kepala Perwakilan" + "Ombudsman RI Perwakilan Riau": the unit word is in the name
    if len(tw) > 1 and tw[-1].lower() in {w.lower() for w in pw[1:]}:
        return " ".join(tw[:-1] + pw)
    # a title that names its unit by abbreviation keeps it ("Komandan Kodim" + "Komando
    # Distrik Militer 0809/Kediri" -> "Komandan Kodim 0809/Kediri")
    exp = regions.abbreviation(tw[-1]) if len(tw) > 1 else None
    if exp and exp[1] == "expand":
        ew = exp[0].lower().split()
        if [w.lower() for w in pw[:len(ew)]] == ew and len(pw) > len(ew):
            return " ".join(tw + pw[len(ew):])
    return f"{title} {party}"


def _doc_type(ev: Event, ctx: Ctx) -> str:
    t = _signed_doc_type(ev, _with_coordination_heads(ev.docs, ctx.docs))
    if t == "mou":
        # "MoU" only when no Indonesian term names it (RECORD.md): "nota kesepahaman (MoU)"
        # defined elsewhere, or "Dalam nota kesepakatan tersebut, ..." referring back to it
        named = {d.doc_type for d in ctx.docs if d.lang == "id" and GROUP.get(d.doc_type) == "nk"
                 and (_MOU_GLOSS.search(d.text) or _DEMONSTRATIVE.match(ctx.norm, d.end))}
        if not named:
            # or the Indonesian term in a sentence naming one of the signing's parties:
            # "Kota Bima merupakan daerah kedelapan yang telah menjalin nota kesepahaman
            # dengan Ombudsman" after "menandatangani MoU bersama Ombudsman RI Perwakilan NTB"
            named = _nk_named_with_parties(ev, ctx)
        if len(named) == 1:
            return named.pop()
    return t


def _nk_named_with_parties(ev: Event, ctx: Ctx) -> set[str]:
    """The kinds of the Indonesian nota mentions whose sentence names one of the partners
    the event's signing sentences name."""
    signed = _partners(ctx, ev)
    out = set()
    for d in ctx.docs:
        if d.lang != "id" or GROUP.get(d.doc_type) != "nk" or d.is_budget:
            continue
        si = _sent_index_at(ctx, d.start)
        if si is not None and _sentence_partners(ctx, si) & signed:
            out.add(d.doc_type)
    return out


_MOU_GLOSS = fastre.compile(r"\b(?:MoU|memorandum)\b", re.I)


def _with_coordination_heads(docs: list, all_docs: list) -> list:
    """`docs` with the mentions their coordinated ones are joined to: in "Nota kesepahaman
    dan perjanjian kerja sama kedua lembaga diteken ..." the verb's nearest document is the
    second named, and the first one named decides the type (RECORD.md `document_type`)."""
    order = sorted(all_docs, key=lambda d: d.start)
    out = list(docs)
    for d in docs:
        i = next((k for k, o in enumerate(order) if o is d), None)
        while i and order[i].coordinated:
            i -= 1
            if order[i] not in out:
                out.append(order[i])
    return out


def _signed_doc_type(ev: Event, docs: Optional[list] = None) -> str:
    from .documents import document_type_of

    docs = sorted([d for d in (ev.docs if docs is None else docs) if not d.is_budget], key=lambda d: d.start)
    # "Gubernur dan Kajati menandatangani Nota Kesepakatan ... Tak berselang lama, tiga
    # kepala OPD menandatangani PKS ...": documents of two kinds signed one after another at
    # one event are of the first one signed, however often the later one is named
    signed = sorted((a for a in ev.anchors if a.status == "done" and a.doc is not None and not a.doc.is_budget),
                    key=lambda a: a.pos)
    # (only Indonesian names of the two kinds: "cooperation agreement, a nota kesepakatan
    # in Indonesian" is one document; an "Adendum Nota Kesepakatan" is of neither kind)
    if {GROUP.get(a.doc.base_type or a.doc.doc_type) for a in signed} == {"nk", "pks"} \
            and all(a.doc.lang == "id" for a in signed):
        first = signed[0].doc
        return document_type_of([d for d in docs if d.doc_type == first.doc_type] or [first])
    return document_type_of(docs) if docs else "other"


# a list item: a bullet, a number or a letter opening the line, or a table row
_LIST_ITEM = fastre.compile(r"[ \t]*(?:[-–—•·*▪●►]|\d{1,2}[.)]|[a-z][.)])[ \t]|[^\t\n]{0,80}\t")
# a numbered item's marker alone: the segmenter cuts "1." off the item that follows it on
# its line ("1. Kabupaten Gowa" read as "1." and "Kabupaten Gowa")
_BARE_MARKER = fastre.compile(r"[ \t]*(?:\d{1,2}|[a-z])[.)][ \t]*")


def _list_item_at(ctx: Ctx, sj: int) -> bool:
    """Whether sentence sj is (part of) a list item: it opens with a bullet, number or
    letter, is such a marker alone, or follows one on its line."""
    s = ctx.sents[sj]
    if _LIST_ITEM.match(ctx.norm, s.start, s.end) or _BARE_MARKER.fullmatch(ctx.norm, s.start, s.end):
        return True
    if sj == 0 or ctx.sents[sj - 1].paragraph != s.paragraph:
        return False
    t = ctx.sents[sj - 1]
    return bool(_BARE_MARKER.fullmatch(ctx.norm, t.start, t.end))


_SIGNER_NOUN = fastre.compile(r"\bpenandatangan\b", re.I)
_LIST_OPENER = fastre.compile(r"\s*(?:di\s+antaranya|antara\s+lain|yakni|yaitu|masing-masing|mereka\s+adalah)\b", re.I)
# the counted people of the sentence before, then named: "Ketiganya yakni Kepala Dinas A,
# X, ...", "Keempat pejabat tersebut adalah ...", "Mereka masing-masing ..."
_COUNTED_OPENER = fastre.compile(
    r"\s*(?:ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)(?:nya|(?:\s+[a-z]+){1,3}\s+(?:itu|tersebut|ini))"
    r"|mereka)\s*,?\s+(?:adalah|ialah|yakni|yaitu|masing-masing)\b", re.I)
# the people who came to the signing table in turn, the first named: "Satu per satu,
# pimpinannya maju ke meja penandatanganan. Diawali Kepala Dinas A, X, disusul ..."
_IN_TURN_OPENER = fastre.compile(r"[\s\"“]*(?:[Dd]iawali|[Dd]imulai\s+(?:dari|oleh))\s+(?:oleh\s+)?(?=[A-Z])")
# a sentence sending people to the signing table: its people, or those listed next, sign
_SIGNING_TABLE = fastre.compile(r"\b(?:meja|podium|panggung)\s+(?:penandatanganan|tanda\s*tangan)\b", re.I)


def _continue_lists(ctx: Ctx, mentions: list[Mention], events: list[Event]) -> None:
    """A sentence that opens with "Di antaranya" / "Yakni" lists more of the people the
    previous sentence was about: they take its last cue."""
    done = sorted({a.sent for e in events for a in e.anchors if a.status == "done"})
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    for si, ms in sorted(by_sent.items()):
        s = ctx.sents[si]
        if si == 0 or si >= ctx.caption_from:
            continue
        counted = _COUNTED_OPENER.match(ctx.norm, s.start, s.end) or _IN_TURN_OPENER.match(ctx.norm, s.start, s.end)
        if not counted and not _LIST_OPENER.match(ctx.norm, s.start, s.end):
            continue
        prev = [m for m in by_sent.get(si - 1, []) if m.cue]
        if prev:
            _take_cue(ms, prev[-1].cue)
        elif counted:
            # "Di tempat yang sama, tiga kepala dinas ... menandatangani PKS ... Ketiganya
            # yakni ...": the sentence before counts them unnamed; what it says they did
            # (a walk to the signing table names no document: classify sets it aside)
            t = ctx.sents[si - 1]
            if si - 1 in ctx.off_sents and not _SIGNING_TABLE.search(ctx.norm, t.start, t.end):
                continue
            cue = _intro_cue(ctx.norm[t.start:t.end]) or _in_turn_cue(ctx, si - 1, done)
            if cue is not None:
                _take_cue(ms, cue)
    # "Bupati A membubuhkan tanda tangan. Setelah itu berturut-turut maju Bupati B, X, dan
    # Bupati C, Y.": those coming forward in turn right after a signer told in the same
    # paragraph sign next
    for si, ms in sorted(by_sent.items()):
        if si == 0 or si >= ctx.caption_from or ctx.sents[si - 1].paragraph != ctx.sents[si].paragraph:
            continue
        s = ctx.sents[si]
        if not _IN_TURN.search(ctx.norm, s.start, s.end) or classify.signing_verbs(ctx.norm, s.start, s.end):
            continue
        if any(a.sent == si - 1 and a.status in ("done", "weak") for e in events for a in e.anchors) \
                and any(m.cue in ("signer", "rep-signer") for m in by_sent.get(si - 1, [])):
            _take_cue(ms, "signer")
    # a sentence ending in a colon introduces a list, one item a line ("Nota kesepakatan
    # ditandatangani oleh sebelas kepala daerah, yaitu:\n– H. X, Bupati Y\n– ..."): the
    # items take what the introduction says of them
    for si in range(min(ctx.caption_from, len(ctx.sents)) - 1):
        s = ctx.sents[si]
        if not ctx.norm[s.start:s.end].rstrip().endswith(":"):
            continue
        cue = _intro_cue(ctx.norm[s.start:s.end]) or _in_turn_cue(ctx, si, done)
        if cue is None:
            continue
        for sj in range(si + 1, min(ctx.caption_from, len(ctx.sents))):
            if not _list_item_at(ctx, sj):
                break
            _take_cue(by_sent.get(sj, []), cue)


# the short names of a regional government by its level (data/abbreviations.tsv: "Pemkab",
# "Pemkot", "Pemprov", and "Pemko", as Sumatra's press writes a city's: "Pemko Medan")
_GOV_SHORT = "|".join(sorted((a for a, (full, _) in regions.abbreviations().items()
                              if full in ("Pemerintah Provinsi", "Pemerintah Kabupaten", "Pemerintah Kota")),
                             key=len, reverse=True))
# a table row's cells: the government ("Kabupaten Minahasa", "Pemkot X", "Pemko X") and the
# post with whom it was signed for ("Sekda, a.n. Gubernur", "Wakil Wali Kota (a.n. Wali Kota)")
_GOV_CELL = fastre.compile(r"(?:Provinsi|Kabupaten|Kab\.|Kota|Pemerintah|" + _GOV_SHORT + r")\b")
_LEVEL_WORD = fastre.compile(r"(?:Provinsi|Kabupaten|Kab\.|Kota)\s+")
_GOV_PREFIX = fastre.compile(r"^Pemerintah\s+(?=(?:Provinsi|Kabupaten|Kota)\b)")
_ON_BEHALF_CELL = fastre.compile(r"[\s,(]*\b(?:a\.\s?n\.|atas\s+nama|mewakili|mw\.)\s*(?P<t>[A-Z][\w ]*?)\s*\)?\s*$")


# an "Instansi" cell that names the government itself ("Pemkab HSS", "Pemerintah Kota X")
_GOV_NAME_CELL = fastre.compile(r"(?:Pemerintah|" + _GOV_SHORT + r")\b")


def _post_names_place(post: str) -> bool:
    """Whether a post cell names its region after the title already ("Wakil Bupati Hulu
    Sungai Selatan", "Kepala Dinas Kominfo HSS"): the government's cell beside it adds
    nothing to the post ("Pemkab HSS")."""
    toks = tokenize(post, 0, len(post))
    t = match_title(toks, 0)
    lows = [x.low for x in toks]
    return t is not None and any(places.match_tokens(lows, j) for j in range(t[0], len(lows)))


def _table_mentions(ctx: Ctx, mentions: list[Mention], aliases: frozenset) -> list[Mention]:
    """The signers of a table that a list introduction announces ("Berikut daftar
    penandatangan ...:"), one row a government, its signer and the signer's post: each
    row read as "<post> <government>, <name>" would be written in a sentence. The
    mentions found in the table's lines otherwise are replaced. A table of the officials
    present ("Adapun pejabat yang hadir ... sebagai berikut:" / "No | Nama | Jabatan |
    Instansi") gives guests the same way (its rows that name the signers told in the
    text join them: a signer's cue outweighs a guest's)."""
    starts = None
    for si in range(min(ctx.caption_from, len(ctx.sents))):
        s = ctx.sents[si]
        if not ctx.norm[s.start:s.end].rstrip().endswith(":"):
            continue
        cue = _intro_cue(ctx.norm[s.start:s.end])
        if cue not in ("signer", "rep-signer", "attendee"):
            continue
        rows = tables.rows_after(ctx.text, s.end)  # (the input: normalising made tabs spaces)
        if not rows:
            continue
        found = []
        starts = starts or [x.start for x in ctx.sents]
        for row in rows:
            m = _row_mention(ctx, row, aliases)
            if m is not None:
                if cue == "attendee":
                    m.cue = "attendee"  # (and a row "a.n." someone: a guest standing in)
                m.sent = max(0, bisect.bisect_right(starts, m.name_start) - 1)
                found.append(m)
        if found:
            # (a line between rows, "– H. X, Bupati Y" in a list of records, keeps its mention)
            spans = [(row[0][0], row[-1][1]) for row in rows]
            mentions = [m for m in mentions if not any(lo <= m.start < hi for lo, hi in spans)] + found
            mentions.sort(key=lambda m: (m.sent, m.start))
    return mentions


def _row_mention(ctx: Ctx, row: list[tuple[int, int]], aliases: frozenset) -> Optional[Mention]:
    norm = ctx.norm
    gov = post = name = None
    for a, b in row:
        toks = tokenize(norm, a, b)
        if post is None and toks and match_title(toks, 0):
            post = (a, b)
        elif gov is None and _GOV_CELL.match(norm, a, b):
            gov = (a, b)
        elif name is None and toks and any(t.is_cap for t in toks[:2]):
            name = (a, b)  # (also "dr. Hesti W., M.Kes.": a lower-case degree first)
    if post is None or name is None:
        return None
    post_text = norm[post[0]:post[1]]
    obo = _ON_BEHALF_CELL.search(post_text)
    title = (post_text[:obo.start()] if obo else post_text).strip(" ,(")
    # ("Pemerintah Kabupaten Lahat" in a form block: the level word and the name)
    gov_text = _GOV_PREFIX.sub("", norm[gov[0]:gov[1]]) if gov else ""
    lw = _LEVEL_WORD.match(gov_text)
    bare = gov_text[lw.end():] if lw else gov_text
    # "Wali Kota" + "Kota Ambon": "Wali Kota Ambon"; "Sekda" + "Kabupaten X" keeps the level;
    # a post that names its place already ("Bupati Lahat") is left as it is
    place = bare if _title_level(title) else gov_text
    names_place = bare and bare.lower() in title.lower() or _GOV_NAME_CELL.match(gov_text) and _post_names_place(title)
    head = (title if names_place else f"{title} {place}").strip() + ", "
    for_whom = obo and obo.group("t")
    if obo and _title_level(for_whom) and bare.lower() not in for_whom.lower():
        for_whom = f"{for_whom} {bare}".strip()  # "a.n. Bupati" + "Kabupaten Boalemo"
    phrase = head + norm[name[0]:name[1]] + (f", atas nama {for_whom}" if obo else "") + "."
    for m in find_mentions(phrase, 0, 0, len(phrase), aliases):
        if m.name and m.role and len(head) <= m.name_start < len(head) + name[1] - name[0]:
            shift = name[0] - len(head)
            m.name_start += shift
            m.name_end = min(m.name_end + shift, name[1])
            m.start, m.end = row[0][0], row[-1][1]
            m.role.start, m.role.end = gov or post
            m.cue = "rep-signer" if obo else "signer"
            return m
    return None


# "penandatanganan secara simbolis diwakili tiga kepala desa, yakni ...": the signing
# itself done by representatives (no witness or clause break between the two words)
_SIGNING_BY_REPS = fastre.compile(r"\bpenandatanganan\b(?P<mid>[^.;:()]{0,60}?)\bdiwakili\b", re.I)


# "Dari pihak industri, tanda tangan antara lain dibubuhkan Direktur PT A, X, dan ...": the
# signature noun before its passive verb (people.SIGN_PASSIVE reads "dibubuhkan tanda tangan")
_SIGNATURE_PUT_BY = fastre.compile(r"\btanda\s*tangan\b(?P<mid>[^.;:()]{0,40}?)\bdibubuhkan(?:\s+oleh)?\b", re.I)


def _signing_done_by_reps(ctx: Ctx, mentions: list[Mention], events: list[Event]) -> None:
    """The people named after "penandatanganan ... diwakili" in a signing sentence signed
    for the others of their side ("Dari pihak desa, penandatanganan diwakili tiga kepala
    desa, yakni Kepala Desa A X, Kepala Desa B Y, ..."): representatives who signed. The
    people named after "tanda tangan ... dibubuhkan" with no cue of their own signed."""
    for m in mentions:
        if m.cue is None and m.role is not None and m.sent < ctx.caption_from \
                and _said_of(ctx, m, _SIGNATURE_PUT_BY):
            m.cue = "signer"
    done = {a.sent for e in events for a in e.anchors if a.status == "done"}
    for m in mentions:
        if m.cue == "rep" and m.sent in done and _said_of(ctx, m, _SIGNING_BY_REPS):
            m.cue = "rep-signer"


def _said_of(ctx: Ctx, m: Mention, rx: re.Pattern) -> bool:
    """Whether `rx` (with a group "mid") matches before mention m in its sentence with no
    presence word inside and no clause break between it and m."""
    for r in rx.finditer(ctx.norm, ctx.sents[m.sent].start, m.start):
        if not ATTEND.search(r.group("mid")) and not CLAUSE_BREAK.search(ctx.norm, r.end(), m.start):
            return True
    return False


# a signing sentence whose subject is a pronoun for the person the sentence before named:
# "Bupati X yang berhalangan hadir diwakili Asisten Y. Ia menandatangani nota kesepahaman
# bersama Rektor Z."
# (after an opening phrase of place or time: "Di Ruang Rapat Wali Kota X, ia meneken ...")
_PRONOUN_SIGNS = fastre.compile(r"[\s\"“]*(?:[^,.;:!?\n\"“”]{1,80},\s+){0,3}?(?:Ia|Dia|Beliau|ia|dia|beliau)\s+(?:(?:lalu|kemudian|pun|juga|langsung|yang|kembali)\s+){0,2}"
                                r"(?:menandatangani|meneken|membubuhkan\s+tanda\s*tangan|menorehkan\s+tanda\s*tangan)\b")


# ... and a plural one for the two people it named: "Di depan, Bupati X duduk bersebelahan
# dengan Kepala Y. Keduanya kemudian meneken perjanjian kerja sama ..."
_PAIR_SIGNS = fastre.compile(r"[\s\"“]*(?:[^,.;:!?\n\"“”]{1,80},\s+){0,3}?(?:[Kk]eduanya|[Mm]ereka\s+berdua|[Kk]edua\s+"
                             r"(?:pejabat|pimpinan|pemimpin|tokoh|kepala\s+daerah)(?:\s+(?:itu|tersebut|ini))?)\s+"
                             r"(?:(?:lalu|kemudian|pun|juga|langsung|kembali|bersama-sama|bersama)\s+){0,2}"
                             r"(?:menandatangani|meneken|membubuhkan\s+tanda\s*tangan|menorehkan\s+tanda\s*tangan)\b")

_IN_CAPACITY = fastre.compile(r"\b(?:sebagai|selaku)\s+$", re.I)


def _pronoun_signers(ctx: Ctx, mentions: list[Mention], events: list[Event]) -> None:
    """The person "Ia"/"Beliau" opening a signing sentence stands for: the last named
    person of the sentence before in the same paragraph signed (for the one they
    represent when they were a representative). (A sentence whose verb names no document,
    "Ia membubuhkan tanda tangan bersama Bupati Y.", signs the event's document too.)"""
    done = {a.sent for e in events for a in e.anchors if a.status in ("done", "weak")}
    for si in sorted(done):
        if si == 0 or si >= ctx.caption_from or ctx.sents[si - 1].paragraph != ctx.sents[si].paragraph:
            continue
        if _pair_signers(ctx, mentions, si):
            continue
        pron = _PRONOUN_SIGNS.match(ctx.norm, ctx.sents[si].start)
        # (a person named in the opening phrase is whom the pronoun stands for, not the
        # sentence before's: "Usai Bupati X memberi sambutan, ia meneken ...")
        if not pron or any(m.sent == si and m.name and m.role is not None and m.start < pron.end() for m in mentions):
            continue
        # (a name told without its role in the sentence before, the role given earlier:
        # "Tiga hari kemudian, La Ode X bertolak ke Baubau. Di ..., ia meneken ...")
        roled = {m.name for m in mentions if m.name and m.role is not None}
        before = [m for m in mentions if m.sent == si - 1 and m.name
                  and (m.role is not None or any(same_person(m.name, n) for n in roled))]
        if not before:
            continue
        last = max(before, key=lambda m: m.start)
        if last.cue is None:
            last.cue = "signer"
        elif last.cue == "rep":
            last.cue = "rep-signer"
        # "Ia kemudian kembali menandatangani dokumen kedua selaku Penjabat Bupati Y": the
        # post named after "sebagai/selaku" is that person's, a second capacity they sign in
        s = ctx.sents[si]
        for m in mentions:
            if m.sent == si and m.name is None and m.role is not None and m.cue in ("signer", "rep-signer") \
                    and _IN_CAPACITY.search(ctx.norm, max(s.start, m.start - 12), m.start):
                m.name, m.name_start, m.name_end = last.name, m.start, m.end
                ctx.capacities.add(id(m))


def _pair_signers(ctx: Ctx, mentions: list[Mention], si: int) -> bool:
    """"Keduanya"/"Kedua pimpinan itu" opening signing sentence si stands for the two
    people the sentence before named with their roles, when it named exactly two and no
    signer yet: both signed. True when the sentence opens so (whether or not two were
    named)."""
    pair = _PAIR_SIGNS.match(ctx.norm, ctx.sents[si].start)
    if not pair or any(m.sent == si and m.name and m.role is not None and m.start < pair.end() for m in mentions):
        return False
    before = [m for m in mentions if m.sent == si - 1 and m.name and m.role is not None]
    people = []
    for m in sorted(before, key=lambda m: m.start):
        if not any(same_person(m.name, o.name) for o in people):
            people.append(m)
    if len(people) == 2 and not any(m.cue in ("signer", "rep-signer") for m in before):
        for m in people:
            _take_cue([m], "signer")
    return True


# "mereka" as the agent of an object-focus signing verb: "... yang baru mereka tandatangani",
# "naskah yang mereka teken", "yang telah mereka tanda tangani"
_THEY_SIGNED = fastre.compile(r"\bmereka\s+(?:(?:ber)?(?:dua|tiga)\s+)?$", re.I)


def _they_signed(ctx: Ctx, mentions: list[Mention], events: list[Event]) -> None:
    """"X dan Y menunjukkan dokumen nota kesepahaman ... yang baru mereka tandatangani":
    "mereka" in a signing sentence stands for the people its opening clause named, before
    the pronoun and without a cue of their own; when two or more are, they all signed."""
    done = sorted({(a.sent, a.pos) for e in events for a in e.anchors if a.status == "done"})
    for si, pos in done:
        s = ctx.sents[si]
        they = _THEY_SIGNED.search(ctx.norm, max(s.start, pos - 20), pos)
        if not they:
            continue
        before = [m for m in mentions if m.sent == si and m.name and m.role is not None and m.end <= they.start()]
        if any(m.cue is not None for m in before):
            continue
        people: list[Mention] = []
        for m in sorted(before, key=lambda m: m.start):
            if not any(same_person(m.name, o.name) for o in people):
                people.append(m)
        if len(people) >= 2:
            _take_cue(people, "signer")


# a signing told in the first person inside a quote: '"Tadi kami sudah tanda tangani
# bersama Ombudsman nota kesepakatannya. ...," kata Zulfikri usai acara.'
_FIRST_PERSON_BEFORE = fastre.compile(r"\b(?:kami|saya|kita|aku)\s+(?:[a-z]+\s+){0,2}$", re.I)
_QUOTE_OPEN = fastre.compile(r"\s*[\"“]")
_SPEAKER_GAP = fastre.compile(r"(?:nya)?\s+")


# the saying verb closing a quote with "-nya" and no name: '"...," ujarnya.'
_SAID_BY_PRONOUN = fastre.compile(r"nya\b(?!\s+[A-Z])")


def _person_told_before(ctx: Ctx, mentions: list[Mention], first: int) -> Optional[Mention]:
    """The speaker "ujarnya" closing a quote in the paragraph that opens with body sentence
    `first` points back to: the one
    person the paragraph right before names ("Hal itu disampaikan Andi kepada wartawan
    usai rapat paripurna, Selasa (22/7/2025)." then '"... kami sudah teken MoU ...,"
    ujarnya.'), a name that is a person's because the article gives it a role somewhere;
    None when that paragraph names no person or more than one."""
    if first == 0:
        return None
    prev_para = ctx.sents[first - 1].paragraph
    roled = [m for m in mentions if m.name and m.role is not None]
    named = [m for m in mentions if m.name and ctx.sents[m.sent].paragraph == prev_para
             and any(same_person(m.name, r.name) for r in roled)]
    if not named or any(not same_person(named[0].name, m.name) for m in named[1:]):
        return None
    return named[-1]


def _quoted_signers(ctx: Ctx, mentions: list[Mention], events: list[Event]) -> None:
    """The speaker of a quote that tells the signing in the first person signed ('"Tadi
    kami sudah tanda tangani nota kesepakatannya ...," kata X'), when the quote names no
    signer: the person named right after the saying verb closing the quote."""
    norm, sents = ctx.norm, ctx.sents
    done = [a for e in events for a in e.anchors if a.status == "done" and a.sent < ctx.caption_from]
    for si in sorted({a.sent for a in done}):
        s = sents[si]
        first_person = [a for a in done if a.sent == si and _FIRST_PERSON_BEFORE.search(norm, max(s.start, a.pos - 40), a.pos)]
        # (a signer named after the verb is the other side: "kami sudah teken MoU dengan BPJS
        # X, langsung dengan kepala cabangnya, Ibu Y" leaves "kami" to the speaker)
        if not first_person or any(m.sent == si and m.cue in ("signer", "rep-signer") and m.start < first_person[0].pos
                                   for m in mentions):
            continue
        first = _paragraph_first(sents, si)  # the paragraph's first sentence opens the quote
        if not _QUOTE_OPEN.match(norm, sents[first].start):
            continue
        j = si  # the sentence (of the paragraph, from the signing's on) that closes the quote
        while j < ctx.caption_from and sents[j].paragraph == s.paragraph:
            said = QUOTE_END.search(norm, max(s.start, sents[j].start - 2), sents[j].end)
            if said is not None:
                at = _SPEAKER_GAP.match(norm, said.end())
                start = at.end() if at else said.end()
                speaker = next((m for m in mentions if m.sent == j and m.name and m.start == start), None)
                if speaker is None and _SAID_BY_PRONOUN.match(norm, said.end()):
                    speaker = _person_told_before(ctx, mentions, first)
                if speaker is not None and speaker.cue is None:
                    speaker.cue = "signer"
                break
            j += 1


# people coming forward in turn: "Sesi kedua, kepala daerah maju satu per satu. Mereka
# adalah ...", "Para bupati maju secara bergiliran:" (no signing word of its own)
_IN_TURN = fastre.compile(r"\bmaju\b[^.;:]{0,40}?\b(?:satu\s+per\s+satu|satu\s+demi\s+satu|bergiliran|bergantian"
                          r"|berturut-turut)\b"
                          r"|\b(?:satu\s+per\s+satu|satu\s+demi\s+satu|bergiliran|bergantian|berturut-turut)\s+maju\b", re.I)


def _in_turn_cue(ctx: Ctx, si: int, done: list[int]) -> Optional[str]:
    """"signer" when sentence si sends people forward in turn and a signing is told in
    its paragraph or the one before (so the turn is at the signing table, not a stage
    for awards), else None."""
    s = ctx.sents[si]
    if not _IN_TURN.search(ctx.norm, s.start, s.end):
        return None
    near = any(0 <= s.paragraph - ctx.sents[d].paragraph <= 1 and d < si for d in done)
    return "signer" if near else None


# a body the text says is no party to the agreement: "Pemprov X tidak menjadi pihak dalam
# perjanjian", "Ombudsman sendiri bukan pihak", "BPJS tidak termasuk penandatangan"
_NOT_A_PARTY = fastre.compile(r"\s+(?:(?:sendiri|juga|pun|memang)\s+)*(?:tidak|bukan)\s+(?:(?:menjadi|merupakan|termasuk|"
                              r"sebagai|ikut|turut)\s+)*(?:salah\s+satu\s+)?(?:pihak|penandatangan)(?![\w-])", re.I)
# after a person (and degrees): a witness by the capacity they attended in, "X bertindak
# sebagai tuan rumah dan menyaksikan penandatanganan", "X, selaku tuan rumah, turut
# menyaksikan", "X bertindak sebagai saksi"
_HOST_WITNESS = fastre.compile(
    r"[\s,]*(?:(?:[A-Za-z]{1,5}\.)+[A-Za-z]{0,5}[\s,]+)*(?:yang\s+)?(?:(?:(?:bertindak|hadir|berperan|tampil)\s+)?"
    r"(?:sebagai|selaku)|menjadi)\s+(?:tuan\s+rumah(?:\s+(?:acara|kegiatan))?[\s,]*(?:(?:dan|sekaligus|serta)\s+)?"
    r"(?:(?:turut|ikut|juga|hanya|pun|langsung)\s+)*(?:menyaksikan|(?:menjadi\s+|sebagai\s+)?saksi)|saksi)(?![\w-])", re.I)


# a signing sentence opening with the event it followed, then a place of its own: "Usai
# panen, di Balai Penyuluhan Pertanian X, Bupati Y dan Z meneken ...", "Seusai upacara
# HUT Kabupaten, bertempat di Aula ..., ..." (the event's first word in group "event")
_AFTER_EVENT_LEAD = fastre.compile(r"[\s\"“]*(?i:usai|seusai|setelah|sesudah|selepas)\s+(?:kegiatan\s+|acara\s+)?"
                                   r"(?!(?:acara|kegiatan|itu|ini|tersebut)\b)(?P<event>[a-z]+)\b[^,.;:!?\n]{0,40},\s*(?:(?:di|bertempat\s+di)\s+[A-Z]"
                                   r"|[^.;:!?\n]{0,120}?\bdi\s+(?:" + "|".join(data_lines("venue_heads.txt")) + r")\b)")
# a sentence telling who attended an event by its name as the subject: "Panen raya juga
# dihadiri ...", "Kegiatan panen raya itu turut dihadiri ..."
_EVENT_ATTENDED = fastre.compile(r"[\s\"“]*(?:(?i:kegiatan|acara)\s+)?(?P<event>[A-Za-z]+)\b[^,.;:!?\n]{0,40}?\b(?:juga\s+|turut\s+|pun\s+)?dihadiri\b")


def _earlier_event_guests(ctx: Ctx, mentions: list[Mention], events: list[Event]) -> None:
    """The guests of an event the signing followed elsewhere are not the signing's: when a
    signing sentence opens "Usai panen, di Balai Penyuluhan Pertanian X, ..." (after the
    event, at a place of its own), a sentence before it telling the guests of that event by
    name ("Panen raya juga dihadiri Wakil Ketua DPRD X, Y, ...") lists people at the
    harvest, not at the signing. (A signing "di sela" an event, or held after it with no
    place of its own, shares the event's guests.)"""
    done = sorted({a.sent for e in events for a in e.anchors if a.status == "done" and a.sent < ctx.caption_from})
    for si in done:
        lead = _AFTER_EVENT_LEAD.match(ctx.norm, ctx.sents[si].start)
        if lead is None:
            continue
        event = lead.group("event").lower()
        for ti in range(si):
            t = ctx.sents[ti]
            att = _EVENT_ATTENDED.match(ctx.norm, t.start, t.end)
            if att is None or att.group("event").lower() != event:
                continue
            for m in mentions:
                if m.sent == ti and m.cue == "attendee":
                    m.cue = None


def _host_witnesses(ctx: Ctx, mentions: list[Mention]) -> None:
    """A person with no cue of their own whose clause tells they witnessed the signing in the
    capacity of host or witness ("Gubernur X bertindak sebagai tuan rumah dan menyaksikan
    penandatanganan"): an attendee, not a signer by being the head of a body."""
    for m in mentions:
        if m.cue is None and m.name and _HOST_WITNESS.match(ctx.norm, m.end):
            m.cue = "attendee"


# after a person (and degrees): they stepped up to the signing table, "giliran Kepala X,
# Y, S.H., yang maju ke meja penandatanganan", "X kemudian menuju meja penandatanganan"
_STEPS_TO_TABLE = fastre.compile(
    r"[\s,]*(?:(?:[A-Za-z]{1,5}\.)+[A-Za-z]{0,5}[\s,]+)*(?:yang\s+)?(?:(?:lalu|kemudian|pun|segera|langsung)\s+)*"
    r"(?:maju|menuju|naik|beranjak|melangkah|bergerak|dipersilakan)\s+(?:ke\s+)?(?:depan\s+)?"
    r"(?:meja|podium|panggung)\s+(?:penandatanganan|tanda\s*tangan)(?![\w-])", re.I)


def _to_signing_table(ctx: Ctx, mentions: list[Mention], events: list[Event]) -> None:
    """A named person with no cue of their own who steps up to the signing table in a
    signing sentence ("Selang beberapa menit, giliran Kepala Kejaksaan Negeri X, Y, yang
    maju ke meja penandatanganan") signed."""
    done = {a.sent for e in events for a in e.anchors if a.status == "done"}
    for m in mentions:
        if m.cue is None and m.name and m.sent in done and _STEPS_TO_TABLE.match(ctx.norm, m.end, ctx.sents[m.sent].end):
            m.cue = "signer"


# between a role read without its name and the name it goes with: the number ending the
# unit's name and the comma, then titles written as abbreviations ("Kepala UPTD Puskesmas
# Kertek 1, dr. Retno Wulandari")
_ROLE_COMMA = r"[ \t]*(?:\d{1,3}[ \t]*)?,"  # (the number ending a unit's name before it)
_NAME_OPENS_RX = r"(?:[A-Za-z]{1,4}\.[ \t]*)*"  # honorifics and initials ("Dr. H.")
_ROLE_NAME_GAP = fastre.compile(_ROLE_COMMA + r"[ \t]*" + _NAME_OPENS_RX)


def _role_then_name(ctx: Ctx, mentions: list[Mention]) -> None:
    """A role read without a name, followed after a comma by a name read without a role
    ("Kepala UPTD Puskesmas Kertek 1, dr. Retno Wulandari, dan ..."): one person, the
    name taking the role. Also across a sentence cut after the comma (_name_goes_on)."""
    for i, r in enumerate(mentions[:-1]):
        n = mentions[i + 1]
        if r.name or r.role is None or not n.name or n.role is not None:
            continue
        if n.sent == r.sent and _ROLE_NAME_GAP.fullmatch(ctx.norm, r.end, n.start):
            n.role, n.start = r.role, r.start
            n.cue = n.cue or r.cue
        elif _name_goes_on(ctx, r, n):
            n.role, n.cue = r.role, n.cue or r.cue


# a body sentence ending on a role and its comma, and the next body sentence opening
# with the name (honorifics and initials before it)
_ROLE_COMMA_END = fastre.compile(_ROLE_COMMA + r"\s*$")
_NAME_OPENS = fastre.compile(_NAME_OPENS_RX)


def _name_goes_on(ctx: Ctx, r: Mention, n: Mention) -> bool:
    """Whether the bare role `r` ends a body sentence with its comma and the name `n`
    opens the next body sentence: one sentence a page element cut between the role and
    its name ("... dan Kepala BPS Kabupaten X," / a photo caption / "Y, di Aula ..."),
    the name then taking the role (its own evidence stays the name)."""
    if n.sent != r.sent + 1 or n.sent >= ctx.caption_from:
        return False
    s, t = ctx.sents[r.sent], ctx.sents[n.sent]
    return bool(_ROLE_COMMA_END.fullmatch(ctx.norm, r.end, s.end)) and bool(_NAME_OPENS.fullmatch(ctx.norm, t.start, n.start))


def _take_cue(ms: list[Mention], cue: str) -> None:
    for m in ms:
        if m.cue is None:
            m.cue = cue
        elif m.cue == "rep" and cue in ("signer", "rep-signer"):
            m.cue = "rep-signer"


# the signing noun as the subject of "dilakukan ... oleh": "penandatanganan dilakukan
# secara berurutan oleh:", "Penandatanganan dilaksanakan bergantian oleh para bupati, yakni"
_SIGNING_DONE_BY = fastre.compile(r"\bpenandatanganan\b[^.;:]{0,40}?\b(?:dilakukan|dilaksanakan)\b[^.;:]{0,40}?\boleh\b",
                                  re.I)


def _intro_cue(sent: str) -> Optional[str]:
    """What the people a list introduction announces did: the last cue word in it
    ("ditandatangani oleh ..." signers, "diwakili pejabat yang ditunjuk, yakni" signers
    for someone, "turut hadir" guests)."""
    cands = []
    for kind, rx in (("signer", SIGN_PASSIVE), ("signer", SIGN_ACTIVE), ("signer", _SIGNER_NOUN),
                     ("signer", _SIGNING_TABLE), ("signer", _SIGNING_DONE_BY),
                     ("rep-signer", REP_PASSIVE), ("attendee", ATTEND)):
        last = None
        for m in rx.finditer(sent):
            last = m
        if last is not None:
            cands.append((last.end(), kind))
    return max(cands)[1] if cands else None


# a post written as the possessive of the body named just before it, then the name:
# "Dekranasda diwakili ketuanya, Nia Kurniasari", "CV X diwakili direkturnya, Y",
# "Universitas Z yang diwakili rektornya Prof. W" (people reads no role in "ketuanya")
# (the name maybe after a word of address or an honorific: "kepala cabangnya, Ibu Y")
_POSSESSIVE_POST = fastre.compile(r"\b(?P<post>[a-z]+(?:[ \t]+[a-z]+)?)nya[ \t]*,?[ \t]*(?:(?i:"
                                  + "|".join(sorted(map(re.escape, word_set("address_words.txt") | word_set("honorifics.txt")),
                                                    key=len, reverse=True))
                                  + r")\.?[ \t]+){0,3}$")
# between the body and its possessive post: the body's short form in brackets, the verb
# of standing for it or signing for it, or "(langsung) dengan/bersama" ("MoU dengan BPJS
# X, langsung dengan kepala cabangnya, Ibu Y")
_BODY_TO_POST = fastre.compile(r"[ \t]*(?:\([^()]{1,40}\)[ \t]*)?,?[ \t]*(?:yang[ \t]+)?(?:pun[ \t]+)?"
                               r"(?:diwakili|ditandatangani|diteken|dipimpin|(?:langsung[ \t]+)?(?:dengan|bersama))"
                               r"(?:[ \t]+oleh)?[ \t]+")


def _possessive_posts(ctx: Ctx, mentions: list[Mention], alias_parties: dict) -> None:
    """A name read without a role after a post written with "-nya" that follows the body
    it heads ("Dekranasda diwakili ketuanya, Nia Kurniasari"): the name takes the post of
    that body ("Ketua" + the body), when the post is a title (data/jabatan.tsv). A regional
    government's post is its head's or deputy's ("Pemkab X diwakili wakil bupatinya"),
    named with the region (_possessed_region_post)."""
    parties_of: dict[int, list] = {}
    for m in mentions:
        if not m.name or m.role is not None:
            continue
        s = ctx.sents[m.sent]
        post = _POSSESSIVE_POST.search(ctx.norm, max(s.start, m.start - 40), m.start)
        if post is None:
            continue
        words = post.group("post").split()
        pt = possessed_title(words)  # "direktur utamanya", "ketuanya"
        if pt is None:
            continue
        title, k = pt
        post_start = post.start("post") + len(" ".join(words[:-k])) + (1 if len(words) > k else 0)
        if m.sent not in parties_of:
            # (and as read without the article's short forms: a short form may end inside
            # a longer name, "CV Sumekar" in "CV Sumekar Kriya Nusantara diwakili ...")
            parties_of[m.sent] = P.find_parties(ctx.norm, s.start, s.end, ctx.province, alias_parties) \
                + P.find_parties(ctx.norm, s.start, s.end, ctx.province)
        body = [pm for pm in parties_of[m.sent] if pm.end <= post_start
                and _BODY_TO_POST.fullmatch(ctx.norm, pm.end, post_start)]
        if not body:
            continue
        pm = body[0]
        if pm.kind == "regional_government":
            # "Pemkab Lampung Timur diwakili oleh wakil bupatinya, X": the region's own
            # head or deputy, when the title heads a region of the government's level
            m.role = _possessed_region_post(ctx, pm, title, post_start, post.end("post"))
            continue
        m.role = Role(post_start, post.end("post"), title.full, title.cls, tokenize(ctx.norm, pm.start, pm.end))


def _possessed_region_post(ctx: Ctx, pm: P.PartyMention, title, start: int, end: int) -> Optional[Role]:
    """The role of a regional head or deputy named by a possessive post after its
    government ("wakil bupatinya" after "Pemkab Lampung Timur"): the title with the
    region's name as the government's mention writes it; None for other posts or when
    the mention does not write the region's name."""
    reg = pm.region
    if reg is None or title.cls not in ("region_head", "region_deputy") or _title_level(title.full) != reg.level:
        return None
    at = ctx.norm.find(reg.bare, pm.start, pm.end)
    if at < 0:
        return None
    return Role(start, end, title.full, title.cls, tokenize(ctx.norm, at, at + len(reg.bare)),
                place=reg.bare, regions=[reg])


# a list of people announced by their post in lower case, each with the place or body
# they head in brackets: "ditandatangani oleh masing-masing kepala desa, yaitu A (Ponggok),
# B (Janti) dan C (Nganjat)", "para rektor, yakni X (Unair) dan Y (ITS)"
_POST_LIST_INTRO = fastre.compile(r"\b(?P<post>[a-z]+?(?:[ \t]+[a-z]+?)?)(?P<own>nya)?[ \t]*,?[ \t]*(?:yaitu|yakni|adalah|antara[ \t]+lain)"
                                  r"[ \t]*:?[ \t]*")
# the items before a person of that list: "Name (Place), " or "Name (Place) dan "
_POST_LIST_ITEMS = fastre.compile(r"(?:[A-Z][^(),;:.!?\n]{1,50}?[ \t]*\([^()\n]{1,40}\)[ \t]*(?:,[ \t]*)?"
                                  r"(?:(?:dan|serta)[ \t]+)?)*")
_BRACKETED_PLACE = fastre.compile(r"[ \t]*\((?P<place>[A-Z][\w.'-]*(?:[ \t]+[\w.'/-]+){0,4})\)")


def _listed_posts(ctx: Ctx, mentions: list[Mention]) -> None:
    """The people of a list announced by their post ("masing-masing kepala desa, yaitu")
    named without a role, each followed by their village or body in brackets ("Wahyu
    Setiawan (Janti)"): each holds the post of that place ("Kepala Desa Janti")."""
    for m in mentions:
        if not m.name or m.role is not None:
            continue
        at = _BRACKETED_PLACE.match(ctx.norm, m.end)
        if at is None:
            continue
        s = ctx.sents[m.sent]
        for intro in _POST_LIST_INTRO.finditer(ctx.norm, s.start, m.start):
            if not _POST_LIST_ITEMS.fullmatch(ctx.norm, intro.end(), m.start):
                continue
            words = intro.group("post").split()
            pt = possessed_title(words)  # (the post's last one or two words: "kepala desa")
            title = pt[0] if pt is not None else None
            if title is not None:
                m.role = Role(at.start("place"), at.end("place"), title.full, title.cls,
                              tokenize(ctx.norm, at.start("place"), at.end("place")))
            break


# between two people signing together: "Kakanwil dan Kepala BPJS ..., Y, meneken"
_SIGNING_PAIR_GAP = fastre.compile(r"[ \t]*,?[ \t]*(?:dan|serta|bersama(?:[ \t]+dengan)?)[ \t]+")


# a guest's name closing the item of a list after the guest's post and a comma: ", Y." / ", Y,
# dan" / ", Y serta" / ", Y and"; or ", Y, Kepala ..." when the next guest's post follows
# (honorifics may open the name: ", Dr. Y."; degrees may close it: ", Drs. Y, M.M., serta")
_GUEST_BEFORE = fastre.compile(r",[ \t]+$")
_GUEST_HONORIFICS = fastre.compile(r"(?:[A-Za-z]{1,5}\.[ \t]*)*")
_GUEST_DEGREES = r"(?:,[ \t]*[A-Z][A-Za-z]{0,3}\.(?:[A-Za-z]{1,4}\.?)*)*"
_GUEST_AFTER = fastre.compile(_GUEST_DEGREES + r"[ \t]*(?:[.;]|,?[ \t]*(?:dan|serta|and)\b|$)")
_GUEST_COMMA = fastre.compile(_GUEST_DEGREES + r",[ \t]*")


def _unplaced_rep_signs(people: list[dict], signers: list[dict], found: dict, signed_keys: set) -> None:
    """The one party no one signed for is the one its lone representative written with a
    bare post stood in for: "Bank daerah itu diwakili Direktur Utama, X" (the post names no
    body, the body is told before "diwakili"); a guest who came for the body ("Turut hadir
    Kepala Cabang, X, yang hadir mewakili direksi") signs for none. Adds X to `signers` with
    that party."""
    unsigned = [k for k in found if k not in signed_keys]
    if len(unsigned) != 1:
        return
    reps = [p for p in people if p["cues"] & {"rep"} and p["party"] is None and not p["absent"]
            and p not in signers and p["role"] is not None and not p["role"].org
            and not p["cues"] & {"attendee"} and not (p["rep"] is not None and p["rep"].attends)]
    if len(reps) == 1:
        reps[0]["party"] = found[unsigned[0]]
        signers.append(reps[0])
        signed_keys.add(unsigned[0])


def _listed_guests(ctx: Ctx, mentions: list[Mention]) -> set[int]:
    """ids of the guests named without a post read, set off by a comma after it, in a list of
    guests whose others are named with their posts: "Turut menyaksikan Ketua DPRD X dan
    Konsul Kehormatan Korea Selatan di Makassar, Y." (a post the titles do not hold). A
    place set off so ("di Aula Kantor Bupati, Giri Menang, Gerung") is no guest: a
    guest's name closes the sentence or its item in the list."""
    posted = [m for m in mentions if m.cue == "attendee" and m.name and m.role is not None]
    sents = {m.sent for m in posted}
    next_posted = {m.start for m in posted}
    norm = ctx.norm
    out = set()
    for m in mentions:
        if not (m.cue == "attendee" and m.name and m.role is None and m.sent in sents
                and len(m.name.split()) >= 2
                and _GUEST_HONORIFICS.fullmatch(norm, m.start, m.name_start)
                and _GUEST_BEFORE.search(norm, max(0, m.start - 3), m.start)):
            continue
        end = ctx.sents[m.sent].end
        comma = _GUEST_COMMA.match(norm, m.end, end)
        if _GUEST_AFTER.match(norm, m.end, end) or comma and comma.end() in next_posted:
            out.add(id(m))
    return out


def _bare_heads_named_elsewhere(ctx: Ctx, mentions: list[Mention], events: list[Event]) -> None:
    """A head's title written alone ("Kakanwil", "Rektor") in a signing sentence, joined
    by "dan" to a signer ("Di sana, Kakanwil dan Kepala BPJS ... Y meneken ..."): the one
    person the article names with that post ("Kepala Kanwil Kemenag Kaltim, Dr. X") signed
    again, when exactly one named person holds it."""
    done = {a.sent for e in events for a in e.anchors if a.status == "done"}
    for i, m in enumerate(mentions[:-1]):
        if m.name or m.role is None or m.role.org or m.role.cls != "head" or m.sent not in done or m.cue:
            continue
        nxt = mentions[i + 1]
        if nxt.sent != m.sent or nxt.cue not in ("signer", "rep-signer") \
                or not _SIGNING_PAIR_GAP.fullmatch(ctx.norm, m.end, nxt.start):
            continue
        post = m.role.title.lower()
        holders: list[Mention] = []
        for o in mentions:
            if o.name and o.role is not None and o.role.org and o.sent != m.sent \
                    and role_text(o.role, ctx).lower().startswith(post + " ") \
                    and not any(same_person(o.name, h.name) for h in holders):
                holders.append(o)
        if len(holders) == 1:
            h = holders[0]
            m.name, m.name_start, m.name_end = h.name, m.start, m.end
            m.role, m.cue = h.role, "signer"


# a name's post told in a relative clause after it (and after its degrees): "dr. X, M.Kes.,
# yang baru tiga bulan menjabat kepala dinas", "Prof. Y, Sp.PD, yang memimpin FK Z sejak
# tahun lalu" (the post held, or the body led)
_POST_CLAUSE = fastre.compile(r"(?:[ \t]*,[ \t]*(?:[A-Z][A-Za-z]{0,4}\.)+[A-Za-z()]*\.?)*[ \t]*,[ \t]*yang[ \t]+"
                              r"(?:[\w-]+[ \t]+){0,4}?(?:(?P<holds>menjabat(?:[ \t]+sebagai)?)|(?P<leads>memimpin|mengepalai))"
                              r"[ \t]+(?P<post>[^,.;:!?\n()\"”]{2,80})", re.I)


def _same_post(told: str, written: str) -> bool:
    """Whether a post told in other words is the one written: the same words, or one the
    start of the other ("kepala dinas" of "kepala dinas kesehatan gianyar"; "fk unud sejak
    tahun lalu" goes on from "fk unud")."""
    told, written = " ".join(told.lower().split()), " ".join(written.lower().split())
    return told == written or told.startswith(written + " ") or written.startswith(told + " ")


def _body_led(role: Role) -> str:
    """The body a post leads: its office words ("FK Unud" of "Dekan FK Unud"), after the
    unit word of a title that has one ("Dinas Kesehatan Gianyar" of "Kepala Dinas
    Kesehatan Gianyar")."""
    return " ".join(role.title.split()[1:] + [role.org_text()]).strip()


def _signers_named_by_post(ctx: Ctx, mentions: list[Mention], events: list[Event]) -> None:
    """A signer told only by post in a signing sentence ("Penandatanganan dilakukan Kepala
    Dinas Kesehatan Gianyar dan Dekan FK Unud") is the person the article names later with
    a relative clause giving that post ('kata dr. X, M.Kes., yang baru tiga bulan menjabat
    kepala dinas', 'Prof. Y, yang memimpin FK Unud sejak tahun lalu': the body led is the
    post's body), when the post and that person match one another only: the name takes
    the post written at the signing and its signer cue."""
    signing = {a.sent for e in events for a in e.anchors if a.status in ("done", "weak")}
    bare = [m for m in mentions if m.name is None and m.role is not None and m.cue == "signer" and m.sent in signing]
    if not bare:
        return
    told = [(m, c) for m in mentions if m.name and m.role is None and m.cue is None
            for c in [_POST_CLAUSE.match(ctx.norm, m.end)] if c is not None]
    pairs = [(r, m) for r in bare for m, c in told
             if _same_post(c.group("post"), _body_led(r.role) if c.group("leads") else ctx.norm[r.role.start:r.role.end])]
    for r, m in pairs:
        if sum(1 for r2, m2 in pairs if r2 is r or m2 is m) == 1:
            m.role, m.cue = r.role, "signer"
