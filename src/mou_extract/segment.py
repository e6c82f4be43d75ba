"""Segmentation: spaCy `blank("id")` tokenizer + sentencizer over the kept paragraphs.

Tokenizer special cases (data/abbrev_tokens.txt) keep honorifics, degrees and
abbreviations ("Pj.", "Drs.", "S.H.", "M.AP.") whole so that they never end a sentence.
The pipeline is built once per process (`nlp()`), never per article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import fastre

# A dotted token that is an initial or a degree, e.g. "M." "S.Sos." "Ph.D." "S.STP"
_INITIAL = fastre.compile(r"^(?:[A-Z][a-z]{0,3}\.)+(?:[A-Za-z]{1,4}\.?)?$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index of the paragraph (in the list given to `sentences`)


def _abbrev_tokens() -> list[str]:
    text = resources.files("mou_extract").joinpath("data/abbrev_tokens.txt").read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def nlp():
    """The spaCy pipeline, built once per process."""
    import spacy
    from spacy.symbols import ORTH

    pipe = spacy.blank("id")
    for tok in _abbrev_tokens():
        pipe.tokenizer.add_special_case(tok, [{ORTH: tok}])
        pipe.tokenizer.add_special_case(tok + ",", [{ORTH: tok}, {ORTH: ","}])
    pipe.add_pipe("sentencizer")
    pipe.add_pipe("mou_abbrev_guard", after="sentencizer")
    return pipe


def _register():
    from spacy.language import Language

    if "mou_abbrev_guard" in Language.factories:
        return

    @Language.component("mou_abbrev_guard")
    def abbrev_guard(doc):
        """Undo sentence starts after an initial/degree, or before a lowercase word."""
        toks = list(doc)  # one Token object per token (doc[i] makes a new one per call)
        texts = [t.text for t in toks]
        for i in range(1, len(toks)):
            tok, text, prev = toks[i], texts[i], texts[i - 1]
            if not tok.is_sent_start:
                # a degree closing a sentence: "..., S.H., M.H. Dalam kesempatan itu"
                if (prev.endswith(".") and prev.count(".") >= 2 and text[:1].isupper()
                        and i + 1 < len(toks) and texts[i + 1][:1].islower()):
                    tok.is_sent_start = True
                continue
            if _INITIAL.match(prev) and len(prev) <= 8 and prev.count(".") < 2:
                # an honorific or initial ("Drs.", "H.", "M.") never ends a sentence; a
                # degree ("S.H.", "M.Si.") may, when the next word is capitalised
                tok.is_sent_start = False
            elif prev == "." and i >= 2 and len(texts[i - 2]) == 1 and texts[i - 2].isupper():
                tok.is_sent_start = False
            elif text[:1].islower() and prev not in {"!", "?", "”", '"'} and prev != "\n":
                tok.is_sent_start = False
        return doc


_register()


def sentences(norm: str, paragraphs: list[tuple[int, int]]) -> list[Sentence]:
    """Sentence spans (offsets into the input) of the given paragraph spans."""
    out: list[Sentence] = []
    texts = [norm[s:e] for s, e in paragraphs]
    for pi, ((ps, _pe), doc) in enumerate(zip(paragraphs, nlp().pipe(texts, batch_size=64))):
        for sent in doc.sents:
            s, e = sent.start_char, sent.end_char
            seg = norm[ps + s: ps + e]
            stripped = seg.strip()
            if not stripped:
                continue
            lead = len(seg) - len(seg.lstrip())
            out.append(Sentence(ps + s + lead, ps + s + lead + len(stripped), pi))
    return out
