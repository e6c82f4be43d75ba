"""Finding region names in token sequences (built once from the gazetteer in regions.py)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import word_set


@lru_cache(maxsize=1)
def _index() -> tuple[dict[tuple[str, ...], list], int]:
    from . import regions

    stop = word_set("name_stopwords.txt") | word_set("office_words.txt")
    idx: dict[tuple[str, ...], list] = {}
    for form, regs in regions.surface_forms().items():
        words = tuple(form.lower().split())
        if not words or (len(words) == 1 and (words[0] in stop or len(words[0]) < 3)):
            continue
        # "Tojo Una-Una", "Bau-Bau": a hyphen joins words of the name into one token
        for key in _hyphen_joins(words) + _dotted_initials(words):
            idx.setdefault(key, []).extend(r for r in regs if r not in idx.get(key, []))
    longest = max((len(k) for k in idx), default=1)
    return idx, longest


def _hyphen_joins(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """`words` and every way of joining neighbours with a hyphen (names are short)."""
    out = [words[:1]]
    for w in words[1:]:
        out = [k + (w,) for k in out] + [k[:-1] + (k[-1] + "-" + w,) for k in out]
    return out if len(words) <= 5 else [words]


_INITIALS = re.compile(r"[a-z](?:\.[a-z])*")


def _dotted_initials(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """`words` with each run of single letters joined as the tokenizer reads initials written
    with dots ("D.I. Yogyakarta" -> ("d.i", "yogyakarta")); [] when the name has no such run."""
    out: list[str] = []
    for w in words:
        if len(w) == 1 and w.isalpha() and out and _INITIALS.fullmatch(out[-1]):
            out[-1] += "." + w
        else:
            out.append(w)
    return [tuple(out)] if len(out) < len(words) else []


@lru_cache(maxsize=1)
def _first_words() -> frozenset:
    """The words a region name of _index starts with."""
    return frozenset(k[0] for k in _index()[0])


def match_tokens(lows: list[str], i: int) -> Optional[tuple[int, list]]:
    """Longest region name starting at lows[i] (lowercased tokens): (n tokens, regions)."""
    if 0 <= i < len(lows) and lows[i] not in _first_words():
        return None  # (speed: most words open no region name)
    idx, longest = _index()
    for n in range(min(longest, len(lows) - i), 0, -1):
        regs = idx.get(tuple(lows[i:i + n]))
        if regs:
            return n, regs
    return None


def match_town(lows: list[str], i: int) -> int:
    """Length of a town / kecamatan name starting at lows[i] (0 if none): places below
    the regency level, which `match_tokens` does not know."""
    from . import regions

    towns = regions.town_codes()
    for n in (3, 2, 1):
        if i + n <= len(lows) and tuple(lows[i:i + n]) in towns:
            return n
    return 0
