"""Reading through soft hyphens (U+00AD).

A word broken across lines ("penandata-" / "nganan", as a PDF copied as text or a
hard-wrapped mail breaks it) is marked by clean with soft hyphens in place of the hyphen
and the line break, so offsets stay; web pages carry soft hyphens of their own inside
long words ("maladminis\\xadtrasi"). No pattern of the later stages expects them, so
those stages read the text without them (`Squeezed.text`) and every span they find is
mapped back to the input (`Squeezed.back`): evidence keeps the input as it is.
"""
from __future__ import annotations

from bisect import bisect_left

SOFT_HYPHEN = "\u00ad"


class Squeezed:
    """`text` without its soft hyphens, with offset maps both ways."""

    __slots__ = ("text", "_cut", "_kept")

    def __init__(self, text: str):
        self._cut = [i for i, c in enumerate(text) if c == SOFT_HYPHEN]
        self._kept = [i for i, c in enumerate(text) if c != SOFT_HYPHEN]
        self.text = text.replace(SOFT_HYPHEN, "")

    def __bool__(self) -> bool:  # (a text of nothing but soft hyphens has nothing to read)
        return bool(self._kept)

    def fwd(self, p: int) -> int:
        """An input offset -> the squeezed text's offset."""
        return p - bisect_left(self._cut, p)

    def fwd_span(self, span):
        return None if span is None else (self.fwd(span[0]), self.fwd(span[1]))

    def back(self, a: int, b: int) -> tuple[int, int]:
        """A squeezed span -> the input span from its first to its last character."""
        if b > a:
            return self._kept[a], self._kept[b - 1] + 1
        p = self._kept[min(a, len(self._kept) - 1)]
        return p, p

    def keep(self, other: str) -> str:
        """`other` (as long as the text) without the characters at the soft hyphens."""
        return "".join(other[i] for i in self._kept)
