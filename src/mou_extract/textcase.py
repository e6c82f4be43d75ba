"""Case-insensitive matching without re.IGNORECASE.

Python's `re` compares every character case-insensitively under IGNORECASE, which made
the scope and document patterns about three times slower than the same patterns on
lowercased text. So such patterns are compiled lowercased, without the flag
(`compile_folded`), and run on a lowercased copy of the text with the same length
(`folded`), so offsets stay input offsets.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import fastre


@lru_cache(maxsize=8)
def folded(text: str) -> str:
    """text.lower(), keeping one character per character (offsets unchanged). Memoised:
    the stages of one article ask for the same text many times."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # a few characters lowercase to two ("İ" -> "i̇"): keep those as they are
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def fold_pattern(pattern: str) -> str:
    """Lowercase the literal letters of a regex; escapes (\\S, \\W, \\B, \\N{...}) and
    group names stay as written."""
    out = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            j = i + 2
            if pattern[i + 1] == "N" and j < n and pattern[j] == "{":
                j = pattern.index("}", j) + 1
            out.append(pattern[i:j])
            i = j
            continue
        if pattern.startswith("(?P<", i) or pattern.startswith("(?P=", i):
            j = pattern.index(">" if pattern[i + 3] == "<" else ")", i) + 1
            out.append(pattern[i:j])
            i = j
            continue
        out.append(c.lower())
        i += 1
    return "".join(out)


def compile_folded(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, IGNORECASE | flags)` for use on `folded(text)`."""
    return fastre.compile(fold_pattern(pattern), flags & ~re.IGNORECASE)
