"""Segmentation: spaCy `blank("id")` tokenizer + sentencizer over the kept paragraphs.

Tokenizer special cases (data/abbrev_tokens.txt) keep honorifics, degrees and
abbreviations ("Pj.", "Drs.", "S.H.", "M.AP.") whole so that they never end a sentence.
The pipeline is built once per process (`nlp()`), never per article.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
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


# a name's part shortened to a capital and a consonant, after a capitalised name word:
# "Albert Ch. Sumampouw", "Yohanes Th. Lakat" (spaCy splits the dot off: "Ch" ".")
_NAME_INITIAL2 = fastre.compile(r"[A-Z][bcdfghjklmnpqrstvwxz]")
_NAME_WORD = fastre.compile(r"[A-Z][a-z]+")


def _inner_name_initial(pp: str, ppp: str) -> bool:
    """`pp` + "." is a name's shortened middle part (see _NAME_INITIAL2) after the name
    word `ppp`: it ends no sentence."""
    return _NAME_INITIAL2.fullmatch(pp) is not None and _NAME_WORD.fullmatch(ppp) is not None


# a dot followed by another dot in the same run of non-space characters: every token
# holding two dots ("S.H.", "M.Si.", "1.000.000") contains one (tokens hold no spaces)
_MULTIDOT = re.compile(r"\.(?=[^\s.]*\.)")
# a word ending in a capital after a small letter, with a full stop: "MoU.", "PhD."
_MIXED_CASE_END = re.compile(r"(?<![\w.])[A-Za-z]*[a-z][A-Z]+\.(?=\s)")
# (speed) what every match of it holds: most paragraphs have none and are not scanned for it
_MIXED_CASE_HINT = re.compile(r"[a-z][A-Z]+\.\s")


@lru_cache(maxsize=1)
def _title_words() -> frozenset:
    """First words of official titles ("bupati", "kepala", "wakil"): lexicon.titles()."""
    from .lexicon import titles

    return frozenset(titles())


# a lowercase word after these still starts a sentence
_KEEP_BEFORE_LOWER = frozenset({"!", "?", "”", '"', "\n"})


def _guard(doc, text):
    """Undo sentence starts after an initial/degree, or before a lowercase word; start
    a sentence after a degree closing one. `text` is doc.text (None: read it).

    Each rule reads the sentencizer's decision for one token and writes only that
    token, so the rules need only be tried where they can apply: at the (few) sentence
    starts, and after the tokens holding two dots (found by one scan of the text).
    Token objects are made only there. tests/test_segment_speed_equivalence.py checks
    this against the token-by-token loop it replaced."""
    n = len(doc)
    if n < 2:
        return doc
    # sentence starts as the sentencizer left them (no annotation: token 0 only)
    starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    unstart = []
    for i in starts[1:]:
        prev = doc[i - 1].text
        if _INITIAL.match(prev) and len(prev) <= 8 and prev.count(".") < 2:
            # an honorific or initial ("Drs.", "H.", "M.") never ends a sentence; a
            # degree ("S.H.", "M.Si.") may, when the next word is capitalised
            unstart.append(i)
        elif prev == "." and i >= 2 and len(pp := doc[i - 2].text) == 1 and pp.isupper():
            unstart.append(i)
        elif prev == "." and i >= 3 and _inner_name_initial(doc[i - 2].text, doc[i - 3].text):
            unstart.append(i)
        elif prev in (",", ";"):
            unstart.append(i)  # "..., S.E., M.Ak., Kepala Bagian ...": no sentence starts after a comma
        elif prev not in _KEEP_BEFORE_LOWER and doc[i].text[:1].islower():
            unstart.append(i)
    start = []
    if text is None:
        text = doc.text
    m = _MULTIDOT.search(text)
    if m is not None:
        # a degree closing a sentence: "..., S.H., M.H. Dalam kesempatan itu"
        is_start = set(starts)
        tried = set()
        for m in _MULTIDOT.finditer(text, m.start()):
            k = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand").start
            i = k + 1
            if k in tried or i + 1 >= n or i in is_start:
                continue
            tried.add(k)
            prev = doc[k].text
            # "..., S.H., M.H. Bupati Landak, Y, berhalangan hadir": a title opens the next
            if (prev.endswith(".") and prev.count(".") >= 2 and doc[i].text[:1].isupper()
                    and (doc[i + 1].text[:1].islower() or doc[i].text.lower() in _title_words())):
                start.append(i)
    for m in _MIXED_CASE_END.finditer(text):
        # "... bukan MoU. Pemkab ...": spaCy keeps the dot on a word ending in a capital
        # after a small letter, so the sentencizer sees no full stop
        k = doc.char_span(m.start(), m.end(), alignment_mode="expand").start
        i = k + 1
        if i < n and doc[k].text == m.group() and doc[i].text[:1].isupper() and not doc[i].is_sent_start:
            start.append(i)
    for i in unstart:
        doc[i].is_sent_start = False
    for i in start:
        doc[i].is_sent_start = True
    return doc


def _register():
    from spacy.language import Language

    if "mou_abbrev_guard" in Language.factories:
        return

    @Language.component("mou_abbrev_guard")
    def abbrev_guard(doc):
        """Undo sentence starts after an initial/degree, or before a lowercase word."""
        return _guard(doc, None)


_register()


@lru_cache(maxsize=1)
def _steps():
    """(make_doc, [component or None for the guard]): nlp() applied one text at a time,
    as nlp().pipe does, with the guard given the text it would otherwise rebuild."""
    pipe = nlp()
    return pipe.make_doc, [None if name == "mou_abbrev_guard" else proc for name, proc in pipe.pipeline]


@lru_cache(maxsize=1)
def _fast_steps():
    """The sentencizer's punctuation characters (all single characters) when nlp() is the tokenizer + sentencizer + guard that _sentence_bounds reproduces, else None."""
    pipe = nlp()
    if pipe.pipe_names != ["sentencizer", "mou_abbrev_guard"]:
        return None
    sz = pipe.get_pipe("sentencizer")
    if sz.overwrite or not all(len(c) == 1 for c in sz.punct_chars):
        return None
    return frozenset(sz.punct_chars)


@lru_cache(maxsize=1)
def _offset_attrs() -> list:
    """The token attributes _sentence_bounds reads (spaCy imported once, when first needed)."""
    from spacy.attrs import IDX, IS_PUNCT, LENGTH
    return [IDX, LENGTH, IS_PUNCT]


@lru_cache(maxsize=4)
def _punct_rx(punct: frozenset) -> re.Pattern:
    """Any of the sentencizer's punctuation characters."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(punct)) + "]")


@lru_cache(maxsize=4)
def _ascii_punct(punct: frozenset) -> tuple:
    """(_punct_rx of the ASCII characters of `punct`, the others): a text holding none of
    the others is scanned with the first (speed: the full class has ~130 characters, some
    outside the BMP, and the engine tests each character of the text against it slowly)."""
    plain = frozenset(c for c in punct if c.isascii())
    return _punct_rx(plain) if plain else re.compile("(?!)"), punct - plain


def _sentence_bounds(text: str, doc, punct: frozenset) -> list[int]:
    """The offsets in `text` of the tokens that start a sentence after the sentencizer and _guard, read
    from arrays of the token offsets instead of Token objects (the sentencizer and the
    guard built one per token: most of segmentation's time). Same rules, same order:
    the sentencizer starts a sentence at the first token that is no punctuation after
    a token of its punctuation characters; _guard then unstarts and starts as it does."""
    rows = doc.to_array(_offset_attrs()).tolist()
    n = len(rows)
    idx = [r[0] for r in rows]
    # the sentencizer (Sentencizer.predict): its characters are single characters
    # (speed: from each of its one-character tokens, found where the text has one of the
    # characters, on past punctuation to the token that starts a sentence; the tokens
    # between are not looked at one by one)
    starts = [0]
    done = 0  # tokens before it are read
    ascii_rx, others = _ascii_punct(punct)
    for m in (ascii_rx if text.isascii() or others.isdisjoint(text) else _punct_rx(punct)).finditer(text):
        i = bisect_left(idx, m.start())
        if i < done or i >= n or idx[i] != m.start() or rows[i][1] != 1:
            continue
        j = i + 1
        while j < n and (rows[j][2] or rows[j][1] == 1 and text[rows[j][0]] in punct):
            j += 1
        if j < n:
            starts.append(j)
        done = j
    if n < 2:
        return [idx[i] for i in starts]

    def tok(i):
        x, ln, _ = rows[i]
        return text[x:x + ln]

    # _guard, token texts sliced from the text where a rule reads them
    unstart = set()
    for i in starts[1:]:
        prev = tok(i - 1)
        if _INITIAL.match(prev) and len(prev) <= 8 and prev.count(".") < 2:
            unstart.add(i)
        elif prev == "." and i >= 2 and len(pp := tok(i - 2)) == 1 and pp.isupper():
            unstart.add(i)
        elif prev == "." and i >= 3 and _inner_name_initial(tok(i - 2), tok(i - 3)):
            unstart.add(i)
        elif prev in (",", ";"):
            unstart.add(i)
        elif prev not in _KEEP_BEFORE_LOWER and tok(i)[:1].islower():
            unstart.add(i)
    start = set()
    is_start = set(starts)
    m = _MULTIDOT.search(text)
    if m is not None:
        tried = set()
        for m in _MULTIDOT.finditer(text, m.start()):
            k = bisect_right(idx, m.start()) - 1  # the token holding the dot
            i = k + 1
            if k in tried or i + 1 >= n or i in is_start:
                continue
            tried.add(k)
            prev = tok(k)
            nxt = tok(i)
            if (prev.endswith(".") and prev.count(".") >= 2 and nxt[:1].isupper()
                    and (tok(i + 1)[:1].islower() or nxt.lower() in _title_words())):
                start.add(i)
    for m in (_MIXED_CASE_END.finditer(text) if _MIXED_CASE_HINT.search(text) else ()):
        k = bisect_right(idx, m.start()) - 1
        i = k + 1
        if i < n and tok(k) == m.group() and tok(i)[:1].isupper() and i not in is_start:
            start.add(i)
    # unstarts first, then starts (as _guard writes them); token 0 always starts
    return [idx[i] for i in sorted(start | (is_start - unstart))]


def sentences(norm: str, paragraphs: list[tuple[int, int]]) -> list[Sentence]:
    """Sentence spans (offsets into the input) of the given paragraph spans."""
    out: list[Sentence] = []
    punct = _fast_steps()
    make_doc, procs = _steps()
    for pi, (ps, pe) in enumerate(paragraphs):
        text = norm[ps:pe]
        doc = make_doc(text)
        if punct is not None and len(doc):
            bounds = _sentence_bounds(text, doc, punct)
        else:
            for proc in procs:
                doc = _guard(doc, text) if proc is None else proc(doc)
            bounds = [s.start_char for s in doc.sents]
        # a sentence runs to the next one's start: the space after its last token is
        # stripped with the rest
        bounds.append(len(text))
        for k in range(len(bounds) - 1):
            seg = text[bounds[k]:bounds[k + 1]]
            stripped = seg.strip()
            if not stripped:
                continue
            s = ps + bounds[k] + len(seg) - len(seg.lstrip())
            out.append(Sentence(s, s + len(stripped), pi))
    return out
