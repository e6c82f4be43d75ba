"""Optional trained NER (models/ner-id, built by `make train` from IndoNLU NERGrit).

Off by default: the pipeline uses it only when the environment variable
MOU_EXTRACT_NER=1 is set (models/README.md has the comparison that decided this). The
model is loaded once per process, lazily, on first use; MOU_EXTRACT_NER_MODEL points
at another model directory.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

ENV_FLAG = "MOU_EXTRACT_NER"
ENV_MODEL = "MOU_EXTRACT_NER_MODEL"
# src/mou_extract/ner.py -> the repository's models/ner-id
DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "models" / "ner-id"
PEOPLE_AND_ORGS = frozenset({"PERSON", "ORG"})


@dataclass(frozen=True)
class Entity:
    start: int   # character offsets into the text given to `entities`
    end: int
    label: str   # PERSON | ORG | LOC


def model_dir() -> Path:
    return Path(os.environ.get(ENV_MODEL) or DEFAULT_MODEL)


def available() -> bool:
    return _has_model(model_dir())


@lru_cache(maxsize=4)
def _has_model(path: Path) -> bool:
    return (path / "meta.json").is_file()


@lru_cache(maxsize=1)
def _nlp():
    """The model, sharing the pipeline's vocab and tokenizer (segment.nlp()).

    Loading the model's own Indonesian tokenizer costs ~3 s (16,000 exceptions, built
    twice), more than the rest of the model; the shared one is already built and splits
    text the way the rules see it ("S.H.", "Drs." whole)."""
    import spacy
    from spacy.util import registry

    from . import segment

    name = "mou_extract.shared_tokenizer.v1"
    if name not in registry.tokenizers:
        registry.tokenizers.register(name, func=lambda: lambda _nlp: segment.nlp().tokenizer)
    return spacy.load(model_dir(), vocab=segment.nlp().vocab, exclude=["tokenizer"],
                      config={"nlp": {"tokenizer": {"@tokenizers": name}}})


def entities(text: str, start: int = 0, end: int | None = None,
             labels: Iterable[str] = PEOPLE_AND_ORGS) -> list[Entity]:
    """Entities of text[start:end] with the given labels, as offsets into `text`."""
    return entities_of_spans(text, [(start, len(text) if end is None else end)], labels)[0]


def entities_of_spans(text: str, spans: list[tuple[int, int]],
                      labels: Iterable[str] = PEOPLE_AND_ORGS) -> list[list[Entity]]:
    """`entities` for many spans of one text at once (one batched model call)."""
    wanted = frozenset(labels)
    docs = _nlp().pipe([text[s:e] for s, e in spans], batch_size=64)
    return [[Entity(s + e.start_char, s + e.end_char, e.label_) for e in doc.ents if e.label_ in wanted]
            for (s, _end), doc in zip(spans, docs)]


# --- use in the pipeline ----------------------------------------------------------------

# Mentions whose cue would make them a signatory or an attendee.
_CUED = frozenset({"signer", "rep-signer", "rep", "attendee"})
_PERSON = frozenset({"PERSON"})
_NOT_PERSON = frozenset({"ORG", "LOC"})
# Characters of context the model reads on each side of a name (~10 words): the
# decisions on dev were the same as with whole sentences, for less reading.
WINDOW = 60


def uses() -> frozenset[str]:
    """What the model is used for, from MOU_EXTRACT_NER: "1" or "confirm" confirms people
    written without a role; "reject" (measured to hurt, kept for re-measuring a better
    model) also drops names the model reads as an organisation or a place."""
    value = os.environ.get(ENV_FLAG, "")
    words = {w.strip() for w in value.split(",")} - {""}
    return frozenset({"confirm"} if words == {"1"} else words & {"confirm", "reject"})


def enabled() -> bool:
    """True when the flag asks for a use and the model exists."""
    return bool(uses()) and available()


def _overlaps(start: int, end: int, ents: list[Entity], labels: frozenset) -> bool:
    return any(e.start < end and start < e.end and e.label in labels for e in ents)


def _covers(start: int, end: int, ents: list[Entity], labels: frozenset) -> bool:
    return any(e.start <= start and end <= e.end and e.label in labels for e in ents)


def _confirmable(m, common: frozenset[str], titles: Sequence[tuple[int, int]]) -> bool:
    """A cued name without a role, of two words or more, outside the agreement titles,
    not all of them words the article also writes in lower case. One capitalised word
    with no role ("Balige" closing a venue) is too often a place for the model to
    decide; capitalised common words ("Penanganan Laporan Masyarakat") are agreement
    titles, and skipping them saves most of the model's cost."""
    if not m.name or m.role is not None or m.cue not in _CUED:
        return False
    if any(s <= m.name_start and m.name_end <= e for s, e in titles):
        return False
    words = [w.lower() for w in m.name.split()]
    return len(words) >= 2 and not all(w in common for w in words)


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z'-]*")


def lower_words(text: str) -> frozenset[str]:
    """The words the text writes in lower case (common words, not names)."""
    return frozenset(_LOWER_WORD.findall(text))


def review_mentions(text: str, sents: list, mentions: list,
                    titles: Sequence[tuple[int, int]] = ()) -> tuple[list, set[int]]:
    """(mentions, ids of the role-less mentions the model confirms as people).

    The rules keep a person only when a role is near the name; "confirm" keeps a cued
    name without one when the model reads the whole name as a person. "reject" drops
    names the model reads as an organisation or a place (a mention with a role keeps
    it). The model reads only a window around each name it has to decide on.
    `titles` are the (start, end) spans of agreement titles, never people."""
    use = uses()
    common = lower_words(text) if "confirm" in use else frozenset()
    todo = [m for m in mentions
            if ("reject" in use and m.name) or ("confirm" in use and _confirmable(m, common, titles))]
    if not todo:
        return mentions, set()
    spans = merge_spans(window(text, sents[m.sent].start, sents[m.sent].end, m.name_start, m.name_end)
                        for m in todo)
    ents = [e for found in entities_of_spans(text, spans, labels=_PERSON | _NOT_PERSON) for e in found]
    kept, confirmed = [], set()
    for m in mentions:
        if "reject" in use and m.name and not _overlaps(m.name_start, m.name_end, ents, _PERSON) \
                and _overlaps(m.name_start, m.name_end, ents, _NOT_PERSON):
            if m.role is None:
                continue
            m.name = None
        if "confirm" in use and _confirmable(m, common, titles) and _covers(m.name_start, m.name_end, ents, _PERSON):
            confirmed.add(id(m))
        kept.append(m)
    return kept, confirmed


def window(text: str, lo: int, hi: int, start: int, end: int, context: int = WINDOW) -> tuple[int, int]:
    """text[start:end] with up to `context` characters on each side, within [lo, hi] and
    cut at spaces, so that the model reads whole words."""
    s, e = max(lo, start - context), min(hi, end + context)
    if s > lo:
        s = text.find(" ", s, start) + 1 or s
    if e < hi:
        cut = text.rfind(" ", end, e)
        e = cut if cut > 0 else e
    return s, e


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out
