"""Repeated paragraphs: later copies become kind "duplicate"; the first copy stays.

Exact repeats (after folding case, whitespace and punctuation) are found with a dict.
Near repeats (ratio >= 0.9, or a long paragraph contained in an earlier one) are found
through an inverted index of word 3-gram shingles, so only a handful of candidate pairs
per paragraph are ever compared with SequenceMatcher. A body paragraph repeating the
headline, and a caption repeating the lead, are also marked.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import chain
from difflib import SequenceMatcher

from . import fastre
from .clean import Cleaned, Paragraph

__all__ = ["dedup", "NEAR_RATIO"]

NEAR_RATIO = 0.9          # SequenceMatcher ratio for a near duplicate
CONTAIN_MIN_WORDS = 12    # containment only counts for paragraphs at least this long
CONTAIN_SHARE = 0.9       # share of a paragraph's shingles found in an earlier one
MIN_WORDS = 4             # shorter paragraphs are never marked
MAX_POSTING = 40          # shingles seen in more paragraphs than this are ignored
MAX_CANDIDATES = 5        # SequenceMatcher calls per paragraph at most

_TOKEN_RE = fastre.compile(r"\w+", re.UNICODE)
_CREDIT_TAIL_RE = fastre.compile(r"\(\s*(?:foto|dok|ist|istimewa|photo|sumber)\b[^()]{0,120}\)\s*\.?\s*$|\bANTARA(?: ?FOTO)?/.{0,80}$",
                             re.IGNORECASE)


# ASCII characters that are not word characters (\w) -> spaces: for an ASCII text,
# split() on the translated text gives what findall(\w+) gives, faster (str.translate
# has a fast path for ASCII)
_ASCII_NONWORD = str.maketrans({c: " " for c in range(128) if not re.match(r"\w", chr(c))})


def _tokens(s: str) -> list[str]:
    s = s.lower()
    if s.isascii():
        return s.translate(_ASCII_NONWORD).split()
    return _TOKEN_RE.findall(s)


def _shingles(toks: list[str]) -> set[int]:
    if len(toks) < 3:
        return {hash(tuple(toks))} if toks else set()
    # the hashes of (toks[i], toks[i + 1], toks[i + 2]); map/zip run in C (speed)
    return set(map(hash, zip(toks, toks[1:], toks[2:])))


def dedup(cleaned: Cleaned) -> Cleaned:
    """Mark later copies of repeated paragraphs as "duplicate" (in place; returns it)."""
    norm = cleaned.norm
    paras = cleaned.paragraphs
    exact: dict[str, int] = {}
    index: dict[int, int] = {}  # shingle -> bit set of the paragraphs holding it
    info: dict[int, tuple[list[str], set[int]]] = {}

    title_key = None
    if cleaned.title_span:
        title_key = " ".join(_tokens(norm[cleaned.title_span[0]:cleaned.title_span[1]]))

    # body first: a caption never makes a body paragraph a duplicate
    for i, p in enumerate(paras):
        if p.kind != "body":
            continue
        toks = _tokens(norm[p.start:p.end])
        if len(toks) < MIN_WORDS:
            continue
        key = " ".join(toks)
        if title_key and key == title_key:
            p.kind, p.reason = "duplicate", "repeated headline"
            continue
        if key in exact:
            p.kind, p.reason = "duplicate", f"repeats paragraph at {paras[exact[key]].start}"
            continue
        sh = _shingles(toks)
        seen = list(filter(index.__contains__, sh))  # the shingles posted before, in set order
        j = _near_match(toks, sh, seen, index, info)
        if j is not None:
            p.kind, p.reason = "duplicate", f"near copy of paragraph at {paras[j].start}"
            continue
        exact[key] = i
        info[i] = (toks, sh)
        _index_add(index, sh, seen, i)

    # captions: repeated captions, and captions repeating (part of) a body paragraph
    seen_captions: set[str] = set()
    for i, p in enumerate(paras):
        if p.kind != "caption":
            continue
        toks = _tokens(_CREDIT_TAIL_RE.sub("", norm[p.start:p.end]))
        if len(toks) < MIN_WORDS:
            continue
        key = " ".join(toks)
        if key in seen_captions:
            p.kind, p.reason = "duplicate", "repeated caption"
            continue
        seen_captions.add(key)
        sh = _shingles(toks)
        if key in exact:
            j = exact[key]
        else:
            j = _contained_in(sh, list(filter(index.__contains__, sh)), index) if len(toks) >= 6 else None
        if j is not None:
            p.kind, p.reason = "duplicate", f"caption repeats paragraph at {paras[j].start}"
    return cleaned


def _index_add(index: dict[int, int], sh: set[int], seen: list[int], i: int) -> None:
    """Post paragraph i under each of its shingles `sh` (`seen`: those posted before).

    A shingle's paragraphs are the bits of one int, not a list: no container per
    shingle for the garbage collector to track, and the new shingles are posted in one
    C call. A shingle already posted in more than MAX_POSTING paragraphs takes no more."""
    bit = 1 << i
    posted = [(h, index[h]) for h in seen]
    index.update(dict.fromkeys(sh, bit))
    for h, m in posted:
        index[h] = m | bit if m.bit_count() <= MAX_POSTING else m


def _paragraphs_of(m: int) -> list[int]:
    """The paragraph indices (ascending) of a posting bit set."""
    if not m & (m - 1):  # one paragraph, the usual case
        return [m.bit_length() - 1]
    out = []
    while m:
        low = m & -m
        out.append(low.bit_length() - 1)
        m ^= low
    return out


def _shared_counts(seen, index) -> Counter:
    """How many of the shingles `seen` (the paragraph's shingles found in the index, in
    the set's order) each indexed paragraph has (common shingles skipped).

    Paragraphs are counted in the order they are met going through the shingles (the
    order most_common breaks ties by), each shingle's paragraphs in ascending order."""
    masks = [m for m in map(index.__getitem__, seen) if m.bit_count() <= MAX_POSTING]
    if not masks:  # the usual case
        return Counter()
    return Counter(chain.from_iterable(map(_paragraphs_of, masks)))


def _contained_in(sh, seen, index):
    """Index of an indexed paragraph holding >= CONTAIN_SHARE of these shingles, else None."""
    shared = _shared_counts(seen, index)
    if not shared:
        return None
    j, cnt = shared.most_common(1)[0]
    return j if cnt >= CONTAIN_SHARE * len(sh) else None


def _near_match(toks, sh, seen, index, info):
    """Index of an earlier paragraph this one nearly copies, else None."""
    if not sh:
        return None
    shared = _shared_counts(seen, index)
    if not shared:
        return None
    n = len(toks)
    for j, cnt in shared.most_common(MAX_CANDIDATES):
        jtoks, jsh = info[j]
        # this paragraph (long enough) lies inside an earlier one
        if n >= CONTAIN_MIN_WORDS and cnt >= CONTAIN_SHARE * len(sh) and n <= len(jtoks):
            return j
        m = len(jtoks)
        if min(n, m) / max(n, m) < 0.8:          # ratio >= 0.9 is impossible
            continue
        if cnt < 0.5 * min(len(sh), len(jsh)):
            continue
        if SequenceMatcher(None, toks, jtoks, autojunk=False).ratio() >= NEAR_RATIO:
            return j
    return None
