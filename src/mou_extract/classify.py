"""Signing detection: which sentences report that an agreement *was signed*.

A sentence is an anchor when it has a signing verb or noun (menandatangani,
ditandatangani, penandatanganan, teken, diteken, membubuhkan tanda tangan, signed) next
to an agreement document (or "kerja sama"), and the signing is not planned ("akan",
"rencananya", "pekan depan"), negated ("belum"), a count of past agreements ("14 nota
kesepahaman"), a budget document (KUA-PPAS, APBD, Perda), an old one being evaluated, a question ("Kapan
... teken MoU?") or dated to a day after the publication date (an agenda).
Word lists live in data/signing_cues.tsv.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from . import fastre
from .lexicon import data_lines, word_set


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, list[str]]:
    """The patterns of data/signing_cues.tsv by kind."""
    groups: dict[str, list[str]] = {}
    for ln in data_lines("signing_cues.tsv"):
        kind, pat = ln.split("\t", 1)
        groups.setdefault(kind, []).append(pat.strip())
    return groups


def cue_alternation(kind: str) -> str:
    """The patterns of one kind as one regex alternation (no boundaries)."""
    return "|".join(_cue_patterns()[kind])


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern]:
    return {k: fastre.compile(r"(?<![\w-])(?:" + "|".join(v) + r")(?![\w-])", re.I) for k, v in _cue_patterns().items()}


def cue(kind: str) -> re.Pattern:
    return _cues()[kind]


@lru_cache(maxsize=1)
def _sign_words() -> re.Pattern:
    """The signing verbs and nouns without the word-boundary checks: matches wherever
    cue("sign") can, and more (a cheap, safe test that an article cannot be a signing)."""
    return fastre.compile("|".join(f"(?:{p})" for p in _cue_patterns()["sign"]), re.I)


def may_report_signing(text: str, spans: list[tuple[int, int]]) -> bool:
    """False when no span has a signing verb or noun, and the page has none elsewhere
    either: then no sentence is an anchor, and the stages after cleaning can be skipped
    (most news in a scraped stream)."""
    rx = _sign_words()
    # (or a cooperation told as officially entered: a signing when the headline reports
    # one, which signings.find_anchors checks)
    if any(rx.search(text, s, e) or cue("entered").search(text, s, e) for s, e in spans):
        return True
    # a photo story tells its signing in the caption ("... menunjukkan dokumen nota
    # kesepahaman yang baru mereka tandatangani di ..."), under a body of two lines that
    # names none: the caption is outside the body spans (signings.find_anchors reads it)
    return rx.search(text) is not None


@dataclass
class Anchor:
    sent: int           # sentence index
    pos: int            # offset of the signing verb/noun in the input
    verb_end: int
    status: str         # done | planned | negated | count | past | budget | aside
    doc: Optional[object] = None   # documents.DocMention associated with it


_WORD_CHAR = fastre.compile(r"[\w-]")
_WORD_TAIL = fastre.compile(r"[\w-]*")


# the word after a negation that makes one adjective with it (cue "negated_idiom")
_NEGATED_IDIOM = fastre.compile(r"\s+(?:" + cue_alternation("negated_idiom") + r")(?![\w-])", re.I)


def _negates(window: str) -> bool:
    """Whether the words right before a signing verb negate it ("belum menandatangani",
    "tidak ikut meneken"); a negation that makes an adjective with the word after it
    describes a noun instead ("memilih lokasi tak biasa untuk meneken ...": they signed)."""
    return any(not _NEGATED_IDIOM.match(window, m.end()) for m in cue("negated").finditer(window))


def anchor_status(text: str, s: int, e: int, verb: re.Match, docs_in_sentence: list,
                  dates_in_sentence: list, reference: Optional[datetime.date]) -> str:
    """What a signing verb at `verb` in sentence text[s:e] reports."""
    b0 = max(s, verb.start() - 70)
    # (the window opens at a word's start: the tail of a word cut there is no cue, "if"
    # of "Arif" no English conditional)
    if b0 > s and _WORD_CHAR.match(text, b0 - 1):
        b0 = _WORD_TAIL.match(text, b0, verb.start()).end()
    before = text[b0:verb.start()]
    after = text[verb.end():min(e, verb.end() + 50)]
    clause = before + text[verb.start():verb.end()] + after
    if _negates(before[-25:]):
        return "negated"
    # "tidak ada nota kesepahaman baru yang ditandatangani": no agreement was signed
    if verb.group()[:2].lower() == "di" and cue("none_signed").search(before):
        return "negated"
    # "membantah telah menandatangani", "disebut-sebut sebagai momen penandatanganan"
    if _alleged(before[-45:]) or cue("hearsay").search(text, s, verb.start()):
        return "negated"
    # "Yang ditandatangani dalam foto itu adalah daftar hadir, bukan MoU": the document
    # named is what was not signed
    if docs_in_sentence and all(_NOT_DOC.search(text, max(s, d.start - 12), d.start) for d in docs_in_sentence):
        return "negated"
    # the document signed is not an agreement: "pakta integritas yang diteken hari ini",
    # "menandatangani berita acara serah terima"
    if _OTHER_DOC_BEFORE.search(before[-45:]) or _OTHER_DOC_AFTER.match(text, verb.end(), e):
        return "negated"
    # ... or opens the sentence as the subject of the passive verb: "Surat pencabutan nota
    # kesepahaman dengan PT X ditandatangani Bupati Y"
    if verb.group()[:2].lower() == "di" and _other_doc_subject(text, s, verb.start(), docs_in_sentence):
        return "negated"
    # "naskah final untuk ditandatangani": a passive verb of purpose, not yet signed
    if verb.group()[:2].lower() == "di" and _PASSIVE_PURPOSE.search(before[-25:]):
        return "planned"
    # "sebelum kesepakatan diteken, Ombudsman meminta ...": a time set by a signing still
    # to come or told elsewhere, as "sebelum penandatanganan" (no report of one)
    if verb.group()[:2].lower() == "di" and _BEFORE_DOC.search(before[-60:]):
        return "aside"
    if verb.group()[:2].lower() == "di" and _UNTIL_DOC.search(before[-60:]) and _CLAUSE_ENDS.match(text, verb.end(), e):
        return "aside"
    # "Menanggapi penandatanganan itu, anggota DPRD X ...": a reaction to the signing
    if _SIGN_NOUN.fullmatch(verb.group()) and _ASIDE.search(before[-30:]):
        return "aside"
    # "undangan penandatanganan ...", "Acara : Penandatanganan ...": an invitation or an
    # agenda for a signing still to come; "Pukul 09.00 WIB – Penandatanganan ...": a line
    # of a schedule
    if _SIGN_NOUN.fullmatch(verb.group()) and (_INVITED.search(before[-40:])
                                              or _AGENDA_LINE.fullmatch(text, s, verb.start())):
        return "planned"
    # "simulasi penandatanganan naskah kerja sama", "gladi bersih penandatanganan": a
    # rehearsal or a demonstration
    if _SIGN_NOUN.fullmatch(verb.group()) and _MOCK.search(before[-30:]):
        return "negated"
    # 'webinar bertajuk "... Dari Draf hingga Penandatanganan"': the topic a course or a
    # talk teaches, named in its quoted theme
    if _SIGN_NOUN.fullmatch(verb.group()) and _COURSE_THEME.search(text, s, verb.start()):
        return "aside"
    # "meminta pemkab lebih selektif sebelum meneken kerja sama": a counsel for signings
    # to come
    if not _SIGN_NOUN.fullmatch(verb.group()) and _CAUTION.search(before[-40:]):
        return "planned"
    # "setiap pemerintah daerah diminta meneken ...": asked for or due, not done
    if not _SIGN_NOUN.fullmatch(verb.group()) and _OBLIGED.search(before[-40:]):
        return "planned"
    # "penandatanganan (nota kesepahaman itu) ditunda / batal digelar": called off
    if _CALLED_OFF.match(text, verb.end(), e) or _plan_called_off(text, verb.end(), e):
        return "negated"
    # "sudah tanda tangan MoU, tapi bukan di atas kertas": a figure of speech
    if cue("unwritten").search(after):
        return "negated"
    # "Kapan Pemkab teken MoU sama Ombudsman?": a question about a signing reports none
    if _ASKED.match(text, verb.end(), e):
        return "aside"
    # the rest of the verb's clause (up to a comma or the sentence end)
    clause_after = _CLAUSE.match(text, verb.end(), e).group()
    # "Kamis (16/1): penandatanganan nota kesepakatan dengan X" in an agenda published on
    # Monday: a day after the publication date, next to the verb, is still to come
    if reference and any(_days_ahead(d, reference, verb, clause_after) for d in dates_in_sentence):
        return "planned"
    # "penandatanganan nota kesepahaman tidak memerlukan persetujuan DPRD": a rule
    if _SIGN_NOUN.fullmatch(verb.group()) and cue("rule").search(clause_after):
        return "aside"
    if cue("planned").search(before) or cue("planned_after").search(after):
        return "planned"
    # "Penandatanganan nota kesepakatan dijadwalkan berlangsung Selasa pekan depan": the
    # signing noun as the subject of a schedule
    if _SIGN_NOUN.fullmatch(verb.group()) and cue("scheduled").search(clause_after):
        return "planned"
    # the signing noun opening the sentence, its predicate far on: "Penandatanganan nota
    # kesepakatan antara X dan Y yang semula dijadwalkan Kamis (4/9/2025) ditunda."
    # (or after a word naming the event: "Agenda penandatanganan ... batal dilaksanakan")
    if _SIGN_NOUN.fullmatch(verb.group()) and _SUBJECT_LEAD.fullmatch(text, s, verb.start()):
        subject_clause = _LONG_CLAUSE.match(text, verb.end(), e).group()
        if _OFF_WORD.search(subject_clause) and not _STILL_HELD.search(subject_clause):
            return "negated"
        if _off_after_relative(text, verb.end() + len(subject_clause), e) \
                or _off_after_date(text, verb.end() + len(subject_clause), e, dates_in_sentence):
            return "negated"
        if cue("scheduled").search(subject_clause):
            return "planned"
    cond = cue("conditional").search(before)
    if cond and not (cond.group().lower() == "setelah" and _dated_by(dates_in_sentence, reference, verb.end())):
        return "planned"
    if not _SIGN_NOUN.fullmatch(verb.group()) and _AS_SOON_AS.search(before[-60:]):
        return "planned"
    count = cue("count").search(clause)
    # ("meneken dua dokumen kerja sama dalam satu seremoni, yakni ...": two at one event)
    count_end = verb.start() - len(before) + count.end() if count else 0
    together = cue("together").search(text, count_end, min(e, count_end + 90)) if count else None
    # ("menggelar penandatanganan sejumlah dokumen kerja sama ... dalam satu rangkaian acara")
    vague_at_one_event = count and _VAGUE_COUNT.match(count.group()) and together \
        and not _NAMING.fullmatch(together.group())
    if count and not (count_end >= verb.end() and together
                      and (_SMALL_COUNT.match(count.group()) or vague_at_one_event)):
        return "count"
    if docs_in_sentence and all(d.is_budget for d in docs_in_sentence):
        return "budget"
    if not docs_in_sentence and cue("budget").search(text[s:e]):
        return "budget"
    perfect = _PERFECT.search(before) is not None  # "telah menandatangani ... pada Mei 2023"
    # what a speaker opening the sentence says opens after the verb of saying: "Rizky
    # mengingatkan, tepat setahun lalu, ... pemkab juga meneken ..." (the time it opens
    # with dates the signing told, as if it opened the sentence)
    spoken = _SPEECH_LEAD.match(text, s, verb.start())
    lead_s = spoken.end() if spoken else s
    # an old signing referred to ("yang ditandatangani pada 2023", "sejak 2019")
    for d in dates_in_sentence:
        if d.value is None:
            continue
        # "PKS tersebut telah ditandatangani ... pada 14 Januari 2025 lalu" in a report of
        # mid-February: a signing weeks before the report, told as done, is retold
        in_clause = verb.end() <= d.start and d.end <= verb.end() + len(clause_after)
        if perfect and reference and d.precision == "day" and (reference - d.value).days >= _RETOLD_DAYS and in_clause:
            return "past"
        # "Nota kesepakatan tersebut ditandatangani ... pada 12 Maret 2025 di Mataram" in a
        # report of November: a signing months before the report is retold, "telah" or not
        if reference and d.precision == "day" and (reference - d.value).days >= _OLD_DAYS and in_clause:
            return "past"
        # ("Yang terakhir ditandatangani bersama Pemerintah Kota X pada Agustus 2025" in a
        # report of November: a month named, two or more before the report's)
        # (or opening the sentence: "Maret lalu, kesepakatan serupa diteken bersama X")
        lead = d.end <= verb.start() and d.start - lead_s < 40
        if reference and d.precision == "month" and (in_clause or lead) \
                and (reference.year * 12 + reference.month) - (d.value.year * 12 + d.value.month) >= _OLD_MONTHS:
            return "past"
        if d.precision == "year" or (reference and (reference - d.value).days >= 365):
            # close after the verb, or further on in its clause: "ditandatangani Bupati X
            # dan Kepala Y di Z pada Maret 2022"
            if d.start >= verb.start() - 5 and (d.start - verb.end() < 40
                                                 or d.end <= verb.end() + len(clause_after)):
                return "past"
            # a full date a year or more before the report, further on in the sentence:
            # "ditandatangani oleh Bupati X, ..., dan Kepala Y, ..., pada Rabu (9/8/2023) di
            # Gedung Z" told in a report of 2025 (a monitoring meeting retelling it)
            if d.start >= verb.end() and d.precision == "day" and reference is not None:
                return "past"
            # opening the sentence: "Tahun 2022 perusahaan ini meneken ...", "Tepat
            # setahun lalu, Rabu (14/8/2024), X dan Y menandatangani ..."
            if d.end <= verb.start() and d.start - lead_s < 40 and (
                    d.precision != "year" or reference is None or d.value.year < reference.year):
                return "past"
    if cue("past").search(after[:30]):
        return "past"
    # "yang ditandatangani bersama Pemerintah Kabupaten X pada 2023 lalu": an earlier
    # year further on in the same clause
    # "yang ditandatangani ... pada Oktober tahun lalu": an earlier signing
    if cue("past_after").search(clause_after):
        return "past"
    # "... juga telah menandatangani nota kesepakatan serupa dengan X": another, earlier one
    if perfect and _SIMILAR.search(clause_after):
        return "past"
    # "nota kesepahaman yang diteken dalam forum serupa sebelumnya": an agreement the
    # relative clause tells was signed at an earlier occasion
    if _RELATIVE_END.search(before) and _BEFORE_NOW.search(clause_after):
        return "past"
    # "Ombudsman telah meneken nota kesepakatan dengan sejumlah daerah, di antaranya ...",
    # "kerja sama yang diteken Ombudsman dengan berbagai instansi": a tally of earlier
    # signings, no event
    if (perfect or _RELATIVE_END.search(before)) and not dates_in_sentence and _TALLY.search(clause_after):
        return "past"
    for y in _PAST_YEAR.finditer(clause_after):
        # a bare older year only close to the verb (or after "telah"): further on it may
        # date something else ("... untuk menindaklanjuti hasil penilaian pada 2023")
        if y.group("lalu") or (reference and int(y.group("y")) < reference.year and (y.start() < 50 or perfect)):
            return "past"
    # "nota kesepahaman yang ditandatangani perusahaan dengan Koperasi Unit Desa (KUD) X pada
    # 2019": a relative clause naming the document's signers and an older bare year tells
    # when that document was signed, however long the names (unless the year dates a
    # matter the clause goes on to: "yang ditandatangani untuk menindaklanjuti hasil
    # penilaian pada 2023")
    if reference and _RELATIVE_END.search(before):
        for y in _BARE_PAST_YEAR.finditer(clause_after):
            if int(y.group("y")) < reference.year and not cue("relative_topic").search(clause_after, 0, y.start()):
                return "past"
    # "Kesepahaman itu diteken tahun 2020 dan berlaku lima tahun": an older year after
    # "tahun" close to the verb (a lowercase "tahun": "PKS Penanganan Stunting Tahun 2024"
    # is a title naming the agreement's period; "pada 30 Desember tahun 2024" is a day's
    # year, which the dates above judge)
    y = _TAHUN_YEAR.search(clause_after, 0, 40)
    if y and reference and int(y.group("y")) < reference.year and not any(
            d.start <= verb.end() + y.start() and not text[d.end:verb.end() + y.start()].strip()
            for d in dates_in_sentence):
        return "past"
    # time counted from the signing, the verb inside that clause: "Tujuh bulan setelah
    # nota kesepahaman ... ditandatangani, kedua pihak menggelar rapat evaluasi"; an old
    # signing told as the time of a memory: "arsip foto tiga tahun lalu, saat X dan Y
    # menandatangani ..."
    if _ELAPSED_SINCE.search(text, s, verb.start()) or _AGO_WHEN.search(text, s, verb.start()):
        return "past"
    # a photo told as an old one: "Detik-detik penandatanganan ... (arsip, 2023)"
    if reference and any(int(y.group(1)) < reference.year for y in _ARCHIVE_YEAR.finditer(text, s, e)):
        return "past"
    # an example of what others did before, dated by an older year: "Kota Jambi,
    # misalnya, menandatangani nota kesepakatan dengan X tentang ... pada 2023."
    if reference and _EXAMPLE.search(before) and any(
            int(y.group("y")) < reference.year for y in _PAST_YEAR.finditer(clause_after)):
        return "past"
    # a bare older year before the verb, with "telah" or opening the sentence: "Ia juga
    # mengingatkan, pada 2023 X dan Y telah menandatangani ...", "Pada 2022, X meneken ..."
    for y in _PAST_YEAR.finditer(text, s, verb.start()):
        if reference and int(y.group("y")) < reference.year and (perfect or y.start() - s < 40):
            return "past"
    # "Sosialisasi ini merupakan tindak lanjut dari nota kesepakatan ... yang ditandatangani
    # ...": the signing in a relative clause about the agreement this event follows up
    # (unless dated days before the report: "PKS ini merupakan tindak lanjut nota
    # kesepakatan yang diteken Gubernur X, Rabu (12/3)", the day before: also news)
    if _RELATIVE_END.search(before) and cue("follow_up").search(text, s, verb.start()) and not any(
            d.value is not None and d.precision == "day" and d.start >= verb.end() and reference is not None
            and (reference - d.value).days < _RETOLD_DAYS for d in dates_in_sentence):
        return "past"
    # "Setahun lalu, X menandatangani ...": the sentence opens with an earlier time
    if _PAST_LEAD.match(text, lead_s, verb.start()):
        return "past"
    # "Awal tahun ini, X diteken ..." told in September: a part of the year months before
    if _earlier_this_year(text, s, verb, e, reference):
        return "past"
    # "Tahun 2022 perusahaan ini meneken ...": opens with an earlier year
    year = _LEAD_YEAR.match(text, s, verb.start())
    if year and reference and int(year.group("y")) < reference.year:
        return "past"
    # "tahapan kerja sama mulai dari penyusunan ..., penandatanganan nota kesepakatan,
    # hingga ...": a step of a procedure, not an event
    if _SIGN_NOUN.fullmatch(verb.group()) and cue("process").search(text, max(s, verb.start() - 150), verb.start()):
        return "aside"
    # "sejak nota kesepakatan itu diteken": since an earlier signing
    if cue("past_before").search(before[-50:]):
        return "past"
    return "done"


def _other_doc_subject(text: str, s: int, at: int, docs_in_sentence: list) -> bool:
    """Whether the sentence text[s:...] opens with a document that is no agreement, the
    subject of the passive verb at `at` in the same clause, no agreement named between
    them: "Surat pencabutan nota kesepahaman dengan PT X ditandatangani Bupati Y",
    "Pembatalan MoU pengelolaan pelabuhan itu diteken Wali Kota" (not "Pakta integritas
    dan nota kesepahaman ditandatangani ...": an agreement signed with it)."""
    m = _OTHER_DOC_SUBJECT.match(text, s, at)
    if m is None or _SUBJECT_REST.match(text, m.end(), at).end() != at:
        return False
    return not any(m.end() <= d.start < at for d in docs_in_sentence)


def _alleged(before: str) -> bool:
    """Whether a word of hearsay or denial before the verb reaches it: "membantah telah
    menandatangani", "disebut-sebut sebagai momen penandatanganan". A word of what turned
    out after it ends its reach ("Saya kira hanya sosialisasi biasa, ternyata ada
    penandatanganan ...": what was thought, then what was seen)."""
    m = None
    for m in cue("alleged").finditer(before):
        pass
    return m is not None and not _TURNED_OUT.search(before, m.end())


# what turned out, against what was thought or said before it
_TURNED_OUT = fastre.compile(r"\b(?:ternyata|rupanya|nyatanya|namun|tetapi|tapi)\b", re.I)


# A signing noun/verb followed within a few words by a word saying it did not happen
# ("penandatanganan ditunda karena ...", "penandatanganan MoU tersebut batal digelar",
# "penandatanganan MoU dengan PT X kami batalkan").
# "yang sempat tertunda" (delayed, then held) and a new clause (a comma) do not count.
_OFF_WORDS = cue_alternation("called_off")
_CALLED_OFF = fastre.compile(r"(?:[ \t]+(?!yang\b|sempat\b|akhirnya\b)[\w/-]+){0,8}?[ \t]+(?:pun[ \t]+)?"
                             rf"(?:{_OFF_WORDS})\b", re.I)
# ... or after the relative clause of the plan that it broke: "Penandatanganan nota
# kesepahaman antara A dan B yang sedianya dilaksanakan Senin (20/1) di Pendopo X batal
# digelar" (not "yang sedianya digelar Senin akhirnya berlangsung Selasa": held after all)
_PLAN_CALLED_OFF = fastre.compile(r"[^;!?\n]{0,120}?\byang\s+(?:sedianya|semula|tadinya|rencananya|mestinya|seharusnya)\b"
                                  rf"[^;!?\n]{{0,160}}?\s(?:pun\s+)?(?:{_OFF_WORDS})\b", re.I)


def _plan_called_off(text: str, at: int, e: int) -> bool:
    """Whether a broken plan's relative clause after the signing word at text[at:] ends in
    a word saying it did not take place (_PLAN_CALLED_OFF), and nothing in the rest of the
    sentence says it was held after all ("yang semula ditunda, akhirnya digelar")."""
    return _PLAN_CALLED_OFF.match(text, at, e) is not None and not _STILL_HELD.search(text, at, e)
_OTHER_DOC_BEFORE = fastre.compile(r"\b(?:" + cue_alternation("other_doc") + r")(?:\s+(?:yang|itu|tersebut|ini))*"
                                   r"(?:\s+(?:telah|sudah|baru|akan))?\s+$", re.I)
# a document that is no agreement opening the sentence as the subject of a passive verb
# further on: "Surat pencabutan nota kesepahaman dengan PT X ditandatangani Bupati Y"
_OTHER_DOC_SUBJECT = fastre.compile(r"[\s\"“'‘]*(?:" + cue_alternation("other_doc") + r")\b", re.I)
_SUBJECT_REST = fastre.compile(r"[^,.;:!?\n]{0,160}")
_OTHER_DOC_AFTER = fastre.compile(r"\s+(?:sebuah\s+|naskah\s+)?(?:" + cue_alternation("other_doc") + r")\b", re.I)
# the end of a relative clause right before a signing verb: "yang ditandatangani", "yang
# telah diteken", "yang sebelumnya ditandatangani" (told as signed before)
_RELATIVE_END = fastre.compile(r"\byang\s+(?:(?:telah|sudah|sebelumnya)\s+){0,2}$", re.I)
_ASIDE = fastre.compile(r"\b(?:" + cue_alternation("aside") + r")\s*$", re.I)
# "naskah final untuk ditandatangani", "dikonsultasikan ke Bagian Hukum sebelum
# ditandatangani": a passive signing verb still ahead
_PASSIVE_PURPOSE = fastre.compile(r"\b(?:untuk|siap|tinggal|sebelum)\s+(?:segera\s+)?$", re.I)
_BEFORE_DOC = fastre.compile(r"\b(?:sebelum|menjelang|jelang)\s+(?:(?:nota|naskah|dokumen|perjanjian|kesepakatan|"
                             r"kesepahaman|mou|pks|kerja\s*sama|kerjasama|itu|tersebut|ini|resmi)\s+){1,4}$", re.I)
# "... mendampingi Bagian Hukum setiap bulan hingga nota kesepakatan baru ditandatangani.":
# a time bound set by a signing still to come, the passive verb ending its clause (no
# date, place or signer after it that would tell of one held)
_UNTIL_DOC = fastre.compile(r"\b(?:hingga|sampai(?:\s+dengan)?)\s+(?:(?:nota|naskah|dokumen|perjanjian|kesepakatan|"
                            r"kesepahaman|mou|pks|kerja\s*sama|kerjasama|itu|tersebut|ini|yang|baru)\s+){1,5}$", re.I)
_CLAUSE_ENDS = fastre.compile(r"\s*(?:[,.;:!?\n]|$)")
_CLAUSE = fastre.compile(r"[^,.;:!?\n]{0,90}")
# a character of a clause: a clock time or a number goes on through its dot or colon ("yang
# sedianya dilaksanakan Senin (20/1/2025) pukul 09.00 WIB di Pendopo X batal digelar")
_CLAUSE_CHAR = r"(?:[^,.;:!?\n]|(?<=\d)[.:](?=\d))"
_LONG_CLAUSE = fastre.compile(_CLAUSE_CHAR + r"{0,250}")
_OFF_WORD = fastre.compile(rf"\b(?:{_OFF_WORDS})\b", re.I)
# a relative clause set off by commas between the signing noun's subject and its predicate:
# "Penandatanganan serupa dengan Pemkab X (X), yang semula dijadwalkan pada hari yang sama,
# ditunda."
# the predicate after a piece set off by commas (a relative clause, a date)
_PRED = r"(?P<pred>[^,.;:!?\n]{0,60})"
_RELATIVE_THEN = fastre.compile(rf",[ \t]*yang\b{_CLAUSE_CHAR}{{1,120}}," + _PRED)


def _says_off(m: Optional[re.Match], held: str) -> bool:
    """Whether the predicate of match `m` (_PRED) says the signing did not take place, and
    `held` (of m) nothing says it was held after all."""
    return m is not None and bool(_OFF_WORD.search(m.group("pred"))) and not _STILL_HELD.search(m.group(held))


def _off_after_relative(text: str, at: int, e: int) -> bool:
    """Whether the predicate after a relative clause at text[at:] (_RELATIVE_THEN) says the
    signing did not take place ("..., yang semula dijadwalkan Kamis, ditunda"), and
    nothing in the clause or predicate says it was held after all ("yang sempat ditunda,
    akhirnya digelar")."""
    return _says_off(_RELATIVE_THEN.match(text, at, e), 0)


# a date set off by commas between the signing noun's subject and its predicate:
# "Seremoni penandatanganan ... di Pendopo X, Senin (20/1/2025), batal digelar."
_COMMA = fastre.compile(r",[ \t]*")
_PREDICATE = fastre.compile(r"[ \t]*," + _PRED)


def _off_after_date(text: str, at: int, e: int, dates: list) -> bool:
    """Whether the predicate after a date set off by commas at text[at:] (_PREDICATE) says
    the signing did not take place, and nothing there says it was held after all."""
    c = _COMMA.match(text, at, e)
    d = next((d for d in dates if d.start == c.end()), None) if c else None
    return _says_off(_PREDICATE.match(text, d.end, e) if d else None, "pred")


_STILL_HELD = fastre.compile(r"\b(?:sempat|akhirnya|kembali\s+digelar|finally)\b", re.I)
_SIGN_NOUN = fastre.compile(r"penandatanganan|signing", re.I)
_SPEECH_LEAD = fastre.compile(r"[\s\"“'‘]*(?:" + cue_alternation("speech_lead") + r")", re.I)
_PAST_LEAD = fastre.compile(r"[\s\"“'‘]*(?:(?:" + cue_alternation("past_lead_prefix") + r")\s+){0,2}(?:"
                            + cue_alternation("past_lead") + r")(?![\w-])", re.I)
# ("Lalu pada 2024, pemkab menandatangani PKS ...": the next year of a story of the past)
_LEAD_YEAR = fastre.compile(r"[\s\"“'‘]*(?:(?:lalu|kemudian|selanjutnya)\s+)?(?:(?:pada|sejak|di)\s+)?(?:tahun\s+)?"
                            r"(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/])", re.I)
_INVITED = fastre.compile(r"(?<![\w-])(?:" + cue_alternation("invited") + r")\s*$", re.I)
_OBLIGED = fastre.compile(r"(?<![\w-])(?:" + cue_alternation("obliged") + r")\s+$", re.I)
_SMALL_COUNT = fastre.compile(r"(?:dua|tiga|empat|[234])\s", re.I)
_VAGUE_COUNT = fastre.compile(r"(?:sejumlah|beberapa)\s", re.I)
_NAMING = fastre.compile(r"yakni|yaitu", re.I)
_MOCK = fastre.compile(r"(?<![\w-])(?:" + cue_alternation("mock") + r")\s+$", re.I)
# advice to take care before signing: "lebih selektif sebelum meneken ..."
_CAUTION = fastre.compile(r"(?<![\w-])(?:" + cue_alternation("caution") + r")\s+sebelum\s+$", re.I)
# inside the quoted theme of a course or a talk, not yet closed: 'webinar bertajuk "Legal
# Drafting MoU: Dari Draf hingga ' (a straight or a curly quote)
_COURSE_THEME = fastre.compile(r"(?<![\w-])(?:" + cue_alternation("course") + r")(?:\s+[\w-]+){0,3}?\s+(?:"
                               + cue_alternation("themed") + r")\s*:?\s*(?:\"[^\"\n]{0,200}|“[^”\n]{0,200})$", re.I)
# a line of a schedule: "Pukul 09.00 WIB – ", "10.00-11.30 WITA : "
_AGENDA_LINE = fastre.compile(r"[ \t]*(?:pukul[ \t]+)?\d{1,2}[.:]\d{2}(?:[ \t]*[-–][ \t]*(?:\d{1,2}[.:]\d{2}|selesai))?"
                              r"(?:[ \t]*(?:WIB|WITA|WIT))?[ \t]*[-–:|][ \t]*", re.I)
# a signing this many days before the report, told with "telah/sudah", is retold
_RETOLD_DAYS = 28
# ... and this many days before, told in any way (news of a signing comes within days)
_OLD_DAYS = 60
_OLD_MONTHS = 2
# the signing noun after a word naming the event, opening the sentence ("Agenda
# penandatanganan ...", "Acara penandatanganan ...")
_SUBJECT_LEAD = fastre.compile(r"[ \t\n\"“'‘]*(?:(?:agenda|acara|kegiatan|prosesi|seremoni|jadwal)[ \t]+)?", re.I)
# "Begitu nota kesepakatan itu ditandatangani, ...": as soon as it is signed (a verb only:
# "Begitu suasana penandatanganan ..." tells how the ceremony was)
_AS_SOON_AS = fastre.compile(r"\b(?:" + cue_alternation("as_soon_as") + r")(?:\s+[\w-]+){0,4}?\s+$", re.I)
# "dengan sejumlah daerah", "dengan berbagai pihak": many partners, a tally
_TALLY = fastre.compile(r"\bdengan\s+(?:sejumlah|beberapa|berbagai|banyak|puluhan|belasan|ratusan)\s", re.I)
# an earlier occasion: "dalam forum serupa sebelumnya", "pada periode sebelumnya"
_BEFORE_NOW = fastre.compile(r"\b(?:forum|acara|kesempatan|periode|masa\s+jabatan|tahun|tahun-tahun|kegiatan|pertemuan"
                             r"|ajang|gelaran|edisi|event)(?:\s+(?:serupa|yang\s+sama))?\s+sebelumnya\b", re.I)
_SIMILAR = fastre.compile(r"\b(?:serupa|yang\s+sama|similar)\b", re.I)
# (a point in the previous week or month is no span counted back: "akhir bulan lalu, ketika
# X dan Y menandatangani ..." and "pada pekan lalu, ketika ..." are signings of some days or
# weeks before, still news)
_SPAN = (r"(?<![\w-])(?:se(?:tahun|bulan|pekan|minggu)|(?!(?:akhir|awal|pertengahan|medio|pada)\s+(?:bulan|pekan|minggu)\b)"
         r"[\w-]+\s+(?:tahun|bulan|pekan|minggu))")
# (no comma between the counted time and the verb: the verb is in its clause)
_ELAPSED_SINCE = fastre.compile(_SPAN + r"\s+(?:setelah|sejak|usai|pasca)\b[^,.;:!?]*$", re.I)
_AGO_WHEN = fastre.compile(_SPAN + r"\s+(?:lalu|silam|yang\s+lalu)\s*,?\s*(?:saat|ketika|kala|sewaktu)\b[^.;:!?]*$", re.I)
# an archive photo's year in parentheses: "(arsip, 2023)", "(Dok. 2022)"
_ARCHIVE_YEAR = fastre.compile(r"\((?:foto\s*:?\s*)?(?:dok(?:umentasi)?|arsip|file)\b\.?[^()]{0,30}?\b((?:19|20)\d\d)\)", re.I)
_EXAMPLE = fastre.compile(r"\b(?:misalnya|contohnya|sebagai\s+contoh)\b", re.I)
_BARE_PAST_YEAR = fastre.compile(r"\bpada\s+(?:tahun\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/])", re.I)
_TAHUN_YEAR = fastre.compile(r"(?<![\w-])tahun\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/])")
_PERFECT = fastre.compile(r"\b(?:telah|sudah|pernah)\s+$", re.I)
_NOT_DOC = fastre.compile(r"\b(?:bukan|tanpa|not)\s+(?:sebuah\s+|an?\s+)?$", re.I)
_PAST_YEAR = fastre.compile(r"\bpada\s+(?:(?:akhir|awal|pertengahan|medio|rentang|kurun)\s+)?(?:(?:bulan\s+)?(?:januari|februari|maret|april|mei|juni|juli|"
                            r"agustus|september|oktober|november|desember)\s+)?(?:tahun\s+)?(?P<y>(?:19|20)\d\d)\b(?P<lalu>\s+(?:lalu|silam))?", re.I)


# the verb's sentence goes on to a question mark (no full stop or line break between)
_ASKED = fastre.compile(r"[^.!?\n]*\?")


@lru_cache(maxsize=1)
def _year_parts() -> tuple[re.Pattern, re.Pattern, dict[str, int]]:
    """data/year_parts.tsv: the part-of-this-year phrases ("awal tahun ini") opening the
    sentence, or right after the verb, and the last month each can name."""
    last = {}
    for ln in data_lines("year_parts.tsv"):
        words, month = ln.split("\t")
        last[" ".join(words.split()).lower()] = int(month)
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(last, key=len, reverse=True))
    part = r"(?:(?:pada|sejak|di)\s+)?(?P<part>" + alt + r")\s+tahun\s+ini(?![\w-])"
    lead = fastre.compile(r"[\s\"“'‘]*(?:(?:" + cue_alternation("past_lead_prefix") + r"|lalu|kemudian|selanjutnya)\s*,?\s+){0,2}"
                          + part, re.I)
    after = fastre.compile(r"[^,.;:!?\n]{0,40}?(?<![\w-])" + part, re.I)
    return lead, after, last


def _earlier_this_year(text: str, s: int, verb: re.Match, e: int, reference: Optional[datetime.date]) -> bool:
    """Whether the signing at `verb` is told at a part of this year that ended two or more
    months before the report: "Awal tahun ini, kesepakatan serupa diteken bersama X" in a
    report of September (a speech recalling earlier agreements), "... diteken pada awal
    tahun ini" (in a report of April it may still be the one reported)."""
    if reference is None:
        return False
    lead, after, last = _year_parts()
    m = lead.match(text, s, verb.start()) or after.match(text, verb.end(), e)
    return m is not None and reference.month - last[" ".join(m.group("part").split()).lower()] >= _OLD_MONTHS


# a day this many days after the publication date is one still to come (further on, a year
# misread across the new year: "Senin (30/12)" in a report of 2 January)
_AHEAD_DAYS = 45
# before a day ending a period, not dating the signing: "berlaku hingga 31 Desember 2027"
_UNTIL = fastre.compile(r"\b(?:hingga|sampai|sd|s\.d\.?|s/d|berakhir|berlaku|selama|until)\s+(?:dengan\s+)?(?:tanggal\s+)?$", re.I)


def _days_ahead(d, reference: datetime.date, verb: re.Match, clause_after: str) -> bool:
    """Whether date mention `d` dates the signing at `verb` to a day after `reference`:
    a day in the verb's clause after it, or the day labelling the line before it. A day
    counted from the date told before it ("Rakor dibuka Selasa (22/4/2025). Keesokan
    harinya, X meneken ...") goes on the story's own sequence: no plan."""
    if d.value is None or d.precision != "day" or d.counted or not 0 < (d.value - reference).days <= _AHEAD_DAYS:
        return False
    if d.end <= verb.start():
        return True
    return d.end <= verb.end() + len(clause_after) and not _UNTIL.search(verb.string, verb.end(), d.start)


def _dated_by(dates_in_sentence: list, reference: Optional[datetime.date], after: int) -> bool:
    """Whether a day after position `after` dates the verb to the days up to `reference`:
    "Kepastian itu didapat setelah X dan Y menandatangani PKS, Rabu (5/3) siang." tells
    what followed a signing done, not a condition."""
    return reference is not None and any(
        d.start >= after and d.value is not None and d.precision == "day" and 0 <= (reference - d.value).days <= 10
        for d in dates_in_sentence)


@lru_cache(maxsize=1)
def _sign_required() -> Optional[tuple[str, ...]]:
    return fastre.required_words(cue("sign"))


def signing_verbs(text: str, s: int, e: int) -> list[re.Match]:
    # (speed: most sentences have none of the words every signing verb contains)
    if not fastre.may_match(_sign_required(), text, s, e):
        return []
    return list(cue("sign").finditer(text, s, e))


def agreement_word(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] names an agreement (or "kerja sama"), not counting the "Kerja
    Sama" that names an office's field ("Kepala Bagian Kerja Sama Setda X")."""
    return any(not _office_field(text, s, m) for m in cue("agreement").finditer(text, s, e))


@lru_cache(maxsize=1)
def _office_heads() -> re.Pattern:
    """An office's head word (Bagian, Biro, Bidang, Kabag, Direktur ...), maybe with the
    office's other fields after it ("Biro Hukum dan", "Bagian Pemerintahan, Otonomi
    Daerah dan"), ending right before the match."""
    heads = word_set("unit_head_words.txt") | word_set("unit_title_words.txt") | word_set("agreement_unit_heads.txt")
    alt = "|".join(sorted(heads, key=len, reverse=True))
    # (the head in any case, the office's other fields capitalised)
    return fastre.compile(r"(?<![\w-])(?i:" + alt + r")(?:\s+[A-Z][\w-]*,?){0,4}?(?:\s+(?:dan|&))?\s+$")


def _office_field(text: str, s: int, m: re.Match) -> bool:
    """Whether the agreement word at m is "Kerja Sama" capitalised as the field of an
    office named before it: "Kepala Bagian Kerja Sama Setda Sanggau", "Wakil Rektor Bidang
    Kerja Sama UMRAH", "Kabag Hukum dan Kerja Sama" (not "bidang kerja sama" in lower case,
    the fields an agreement covers)."""
    if not m.group().startswith("K") or not m.group().lower().startswith("kerja"):
        return False
    return _office_heads().search(text, max(s, m.start() - 60), m.start()) is not None


# A court report (a trial, a verdict) tells of an agreement signed years before; a
# signing it reports as news would carry its own date. Two different trial words make
# an article a court report.
_COURT = fastre.compile(r"\b(?:terdakwa|majelis\s+hakim|divonis|vonis|persidangan|dakwaan|jaksa\s+penuntut|gugatan|"
                    r"penggugat|tergugat|"
                    r"pengadilan\s+tipikor|tuntutan\s+pidana|saksi\s+ahli)\b", re.I)
# An opinion column ("OPINI: ...", "Oleh: Dr. X" at the top, "*Penulis adalah dosen ...")
# discusses signings in general; it reports none.
# (a colon only: "Opini | Kolom" is a site menu, not a label)
_OPINION = fastre.compile(r"^\s*(?:opini|kolom|tajuk\s+rencana|editorial|artikel\s+opini)\b\s*:"
                      r"|^\s*\*\s*(?:penulis|the\s+writer)\s+(?:adalah|is)\b", re.I | re.M)


_COURT_STRONG = {"terdakwa", "majelis", "divonis", "vonis", "tuntutan"}  # words only trials use


_COURT_STRONG_WORDS = tuple(sorted(_COURT_STRONG))


def is_court_report(text: str) -> bool:
    # (speed: without a word only trials use, no match's first word can be one)
    if not fastre.may_match(_COURT_STRONG_WORDS, text, 0, len(text)):
        return False
    words = {m.group().lower().split()[0] for m in _COURT.finditer(text)}
    return len(words) >= 2 and bool(words & _COURT_STRONG)


# At the top of the page (a sidebar of columns further down is no rubric): the rubric
# alone on a line above a title, or ending a breadcrumb ("Opini\n\nNota Kesepakatan Bukan
# Jimat: ...", "Beranda › Opini").
_OPINION_HEAD = fastre.compile(r"^[ \t]*(?:opini|kolom|esai|tajuk\s+rencana|editorial)[ \t]*\n\s*(?:\S+[ \t]+){3}"
                               r"|^[^\n›»>]{1,30}[›»>][ \t]*(?:opini|kolom|esai)[ \t]*$", re.I | re.M)


def is_opinion(text: str) -> bool:
    return bool(_OPINION.search(text) or _OPINION_HEAD.search(text, 0, 500))

