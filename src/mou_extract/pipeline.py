"""The stages in order; the only module that knows the order.

text -> clean (offset-preserving normalisation, boilerplate, metadata) -> dedup ->
segment (spaCy) -> dates / documents / scope / parties / people -> classify (anchors) ->
signings (events) -> pydantic Record.

Every stage works on `norm`, a same-length copy of the input, so a span found anywhere
is an offset into the input and evidence is `text[start:end]` by construction.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Optional

from . import fastre
from . import dates as D
from . import classify, documents, parties, scope, segment, signings
from .clean import clean
from .dedup import dedup
from .softhyphen import SOFT_HYPHEN, Squeezed
from .models import (Article, Cleaning, Evidence, Party, Person, Provenance, Record, Region, Scope,
                     Signing, SigningDate, Venue)

def _code_digest(root: Optional[Path] = None) -> str:
    """A digest of the package's code and data files: a rule changed between two runs
    changes the version, so a rerun redoes the records the old rules made."""
    root = root or Path(__file__).resolve().parent
    h = hashlib.sha256()
    for p in sorted([*root.glob("*.py"), *(root / "data").glob("*")]):
        if p.is_file():
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()[:12]


PIPELINE_VERSION = f"0.2.0+{_code_digest()}"

_ID_LIST = "yang dan di dengan untuk ini itu dalam pada tersebut dari oleh akan juga".split()
_EN_LIST = "the and of to with for is was were has have will on by from which".split()
_ID_WORDS = fastre.compile(r"\b(?:" + "|".join(_ID_LIST) + r")\b", re.I)
_EN_WORDS = fastre.compile(r"\b(?:" + "|".join(_EN_LIST) + r")\b", re.I)
_ID_SET, _EN_SET = frozenset(_ID_LIST), frozenset(_EN_LIST)
# (speed) The patterns' words are whole words: their matches are the runs of word
# characters equal to one of them, which the sets find faster than the patterns; except
# in a text with a letter that IGNORECASE matches to "i" or "s" and lower() does not
# make one (fastre.plain_case), where the patterns count
_WORD_RUN = re.compile(r"\w+")


def _word_counts(sample: str) -> tuple[int, int]:
    """How many of the Indonesian and of the English words `sample` has."""
    if not fastre.plain_case(sample):
        return len(_ID_WORDS.findall(sample)), len(_EN_WORDS.findall(sample))
    # (speed: the sample lowered once; lower() keeps every character's length and whether
    # it is a word character, but for "\u0130", which plain_case excludes, so the runs
    # are the same; the final-sigma rule may differ, in no ASCII word of the sets)
    runs = _WORD_RUN.findall(sample.lower())
    return sum(w in _ID_SET for w in runs), sum(w in _EN_SET for w in runs)


def input_sha256(text: str, id: str, source: Optional[str] = None, published: Optional[str] = None,
                 warnings: Optional[list[str]] = None) -> str:
    """The hash of everything a record is made from (with PIPELINE_VERSION: its identity)."""
    blob = json.dumps([id, source, published, list(warnings or []), text], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def _iso(value) -> Optional[datetime.date]:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _same(start: int, end: int) -> tuple[int, int]:
    return start, end


def _ev(text: str, start: int, end: int) -> Evidence:
    return Evidence(text=text[start:end], start=start, end=end)


def _language_warning(norm: str, spans) -> Optional[str]:
    sample = " ".join(norm[s:e] for s, e in spans)[:20000]
    ind, eng = _word_counts(sample)
    if eng > 2 * ind and eng >= 5:
        return "text is not Indonesian (English)"
    if ind < 3 and len(sample.split()) > 60:
        return "text is not Indonesian"
    return None


def _context_province(norm: str, spans, known: Optional[dict] = None) -> Optional[str]:
    """The province the article is mostly about (to disambiguate bare region names).
    `known` gets the parties of each span that any province would find the same."""
    votes: Counter = Counter()
    for s, e in spans:
        found, any_province = parties.find_parties_any_province(norm, s, e)
        if known is not None and any_province:
            known[(s, e)] = found
        for pm in found:
            if pm.region is not None:
                votes[pm.region.province] += 1
    return votes.most_common(1)[0][0] if votes else None


def extract_text(text: str, id: str = "article", source: Optional[str] = None,
                 published: Optional[str] = None, warnings: Optional[list[str]] = None) -> Record:
    """Extract the record of one article.

    `published` (ISO date) is the scraper's publication date, used when the text states
    none; `warnings` are carried into the record (e.g. from decoding the input)."""
    out_warnings = list(warnings or [])
    cleaned = dedup(clean(text))
    norm = cleaned.norm
    out_warnings += cleaned.warnings
    pub = cleaned.published or (published if _iso(published) else None)
    reference = _iso(pub)

    body = [(p.start, p.end) for p in cleaned.body()]
    if cleaned.dateline_span:
        ds, de = cleaned.dateline_span
        body = [(max(s, de) if s <= ds < e else s, e) for s, e in body]
        body = [(s, e) for s, e in body if e > s]
    captions = [(p.start, p.end) for p in cleaned.paragraphs if p.kind == "caption"]
    headline = cleaned.title_span
    pub_span = cleaned.published_span if cleaned.published else None
    dateline_span = cleaned.dateline_span
    at = _same  # (a span found -> its input span)
    rtext = text
    if SOFT_HYPHEN in norm:  # read through words broken across lines (softhyphen.py)
        sq = Squeezed(norm)
        norm, rtext, at = sq.text, sq.keep(text), sq.back
        body, captions = [sq.fwd_span(x) for x in body], [sq.fwd_span(x) for x in captions]
        headline = sq.fwd_span(headline)
        pub_span = sq.fwd_span(pub_span)
        dateline_span = sq.fwd_span(dateline_span)
    lang = _language_warning(norm, body)
    if lang:
        out_warnings.append(lang)
    if not classify.may_report_signing(norm, body):  # no signing verb: the record is known
        return _record(text, id, source, published, warnings, cleaned, pub, [], out_warnings)

    sents = segment.sentences(norm, body)
    caption_from = len(sents)
    sents += [signings.segment_caption(x) for x in segment.sentences(norm, captions)]
    docs = documents.find_documents(norm, body)
    date_mentions = D.find_dates(norm, reference, body + captions)
    scope_hits = scope.find_scope(norm, _merge_adjacent(norm, body))
    # the province vote and the named bodies read the body sentence by sentence: the
    # same spans signings and people read, so each sentence is tokenised once
    body_sents = [(x.start, x.end) for x in sents[:caption_from]]
    # (the named bodies reuse the vote's parties of a sentence that no province changes)
    province_free: dict = {}
    province = _context_province(norm, body_sents, province_free)
    ctx = signings.Ctx(text=rtext, norm=norm, sents=sents, docs=docs, dates=date_mentions,
                       reference=reference, title_spans=[d.title for d in docs if d.title],
                       province=province, caption_from=caption_from, dateline=cleaned.dateline,
                       headline=headline, published_span=pub_span, dateline_span=dateline_span)
    anchors = signings.find_anchors(ctx)
    events = signings.build_events(ctx, anchors)
    if events:
        aliases = parties.article_aliases(norm, body, province)
        aliases.update(parties.named_bodies(norm, body_sents, province, province_free))
        signings.assemble(ctx, events, scope_hits, aliases)
        events = [ev for ev in events if signings.reported(ev)]
        # by date, and signings of one day in the order the article tells them
        events.sort(key=lambda e: (e.date.value if e.date is not None and e.date.value else datetime.date.max,
                                   min(a.pos for a in e.anchors)))

    def evidence(start: int, end: int) -> Evidence:  # a span found -> the input's evidence
        return _ev(text, *at(start, end))

    out_signings = []
    for ev in events:
        date = None
        if ev.date is not None and ev.date.value is not None:
            d = ev.date
            date = SigningDate(value=d.value.isoformat(), precision=d.precision, year_inferred=d.year_inferred,
                               evidence=evidence(d.start, d.end))
            for w in d.warnings:
                if w not in out_warnings:
                    out_warnings.append(w)
        venue = None
        if ev.venue:
            name, city, vs, ve = ev.venue
            venue = Venue(name=name, city=city, evidence=evidence(vs, ve))
        out_signings.append(Signing(
            document_type=ev.doc_type,
            title=" ".join(rtext[ev.title[0]:ev.title[1]].split()) if ev.title else None,  # (a wrapped line joined)
            date=date,
            venue=venue,
            parties=[Party(name=p.name, kind=p.kind,
                           region=Region(level=p.region.level, name=p.region.name, code=p.region.code,
                                         province=p.region.province) if p.region else None,
                           evidence=evidence(p.start, p.end)) for p in ev.parties],
            signatories=[_person(p, evidence) for p in ev.signatories],
            attendees=[_person(p, evidence) for p in ev.attendees],
            scope=[Scope(label=h.label, evidence=evidence(h.start, h.end)) for h in ev.scope],
            evidence=evidence(ctx.sents[ev.anchors[0].sent].start, ctx.sents[ev.anchors[0].sent].end),
        ))

    return _record(text, id, source, published, warnings, cleaned, pub, out_signings, out_warnings)


def _record(text, id, source, published, in_warnings, cleaned, pub, out_signings, out_warnings) -> Record:
    article = Article(
        id=id, source=source, title=cleaned.title, outlet=cleaned.outlet, published=pub,
        dateline=cleaned.dateline, authors=list(cleaned.authors), cleaning=Cleaning(**cleaned.counts),
    )
    return Record(article=article, is_signing=bool(out_signings), signings=out_signings,
                  warnings=out_warnings,
                  provenance=Provenance(pipeline_version=PIPELINE_VERSION,
                                        input_sha256=input_sha256(text, id, source, published, in_warnings)))


def _merge_adjacent(norm: str, spans):
    """Join paragraphs separated only by whitespace (a list after "bersepakat untuk:")."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and not norm[out[-1][1]:s].strip():
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _person(p: signings.PersonOut, evidence) -> Person:
    return Person(name=p.name, role=p.role, party=p.party, on_behalf_of=p.on_behalf_of,
                  evidence=evidence(p.start, p.end))
