"""Signer tables: the rows a list introduction ("Berikut daftar penandatangan ...:")
announces, written as a table a scraper flattened, either one row a line with cells
split by tabs ("1\tKota Ambon\tFerdinand P., S.T.\tWali Kota") or one cell a line under
a header of one-word cells ("NO / KABUPATEN/KOTA / PENANDATANGAN / JABATAN"). Pure
functions from the text to rows of cell spans; signings reads the people in them."""
from __future__ import annotations

import re
from functools import lru_cache

from . import fastre
from .lexicon import data_lines

_LINE = fastre.compile(r"[^\n]+")
_CELL = fastre.compile(r"[^\t]+")
_NUMBER = fastre.compile(r"\s*\d{1,3}[.)]?\s*")
_MAX_ROWS = 60


@lru_cache(maxsize=1)
def _header_cells() -> frozenset[str]:
    return frozenset(ln.strip().lower() for ln in data_lines("table_header_words.txt"))


def _header(cell: str) -> bool:
    """A header cell: "No", "Penandatangan", "Kabupaten/Kota", "Jabatan" (data/table_header_words.txt)."""
    return re.sub(r"\s+", " ", cell.strip(" .:").lower()) in _header_cells()


def _lines(text: str, pos: int, limit: int) -> list[tuple[int, int]]:
    """Non-blank lines after `pos` (spans without the surrounding blanks)."""
    out = []
    for m in _LINE.finditer(text, pos, min(len(text), pos + limit)):
        s, e = m.span()
        line = text[s:e]
        if not line.strip():
            continue
        s += len(line) - len(line.lstrip())
        e -= len(line) - len(line.rstrip())
        out.append((s, e))
    return out


def _cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    for m in _CELL.finditer(text, s, e):
        a, b = m.span()
        cell = text[a:b]
        a += len(cell) - len(cell.lstrip())
        b -= len(cell) - len(cell.rstrip())
        if b > a:
            out.append((a, b))
    return out


def rows_after(text: str, pos: int, limit: int = 6000) -> list[list[tuple[int, int]]]:
    """The rows of a table starting on the line after `pos`, each a list of cell spans
    (number cells and header rows left out); [] when no table follows."""
    nl = text.find("\n", pos)
    lines = _lines(text, nl, limit) if nl >= 0 else []
    if not lines:
        return []
    rows: list[list[tuple[int, int]]] = []
    if "\t" in text[lines[0][0]:lines[0][1]]:
        for s, e in lines[:_MAX_ROWS]:
            if "\t" not in text[s:e]:
                break
            cells = [c for c in _cells(text, s, e) if not _NUMBER.fullmatch(text, *c)]
            if cells and not all(_header(text[a:b]) for a, b in cells):
                rows.append(cells)
        return rows
    # one cell a line: a header of k one-word cells opened by "No", then k lines a row,
    # each row opened by its number
    k = 0
    while k < len(lines) and _header(text[lines[k][0]:lines[k][1]]):
        k += 1
    if k < 3 or not text[lines[0][0]:lines[0][1]].strip(" .").lower().startswith("no"):
        return []
    i = k
    while i + k <= len(lines) and len(rows) < _MAX_ROWS and _NUMBER.fullmatch(text, *lines[i]):
        rows.append(lines[i + 1:i + k])
        i += k
    return rows
