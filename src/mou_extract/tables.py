"""Signer tables: the rows a list introduction ("Berikut daftar penandatangan ...:")
announces, written as a table a scraper flattened: one row a line with cells split by
tabs ("1\tKota Ambon\tFerdinand P., S.T.\tWali Kota") or by pipes ("| 2 | Kabupaten
Boalemo | Arifin D., S.E. | Bupati |"), one cell a line under a header of one-word cells
("NO / KABUPATEN/KOTA / PENANDATANGAN / JABATAN"), or a form block copied from a
signature sheet, one record a few short lines ("1. Pemerintah Kabupaten Lahat" /
"Penandatangan : Hj. L. Marlina" / "Jabatan : Bupati Lahat", or "PIHAK KEDUA" / name /
post). Pure functions from the text to rows of cell spans; signings reads the people in
them."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from . import fastre
from .lexicon import data_lines

_LINE = fastre.compile(r"[^\n]+")
_CELL = fastre.compile(r"[^\t]+")
_NUMBER = fastre.compile(r"\s*\d{1,3}[.)]?\s*")
_MAX_ROWS = 60
# a markdown-style separator row: "|---|:---:|"
_PIPE_RULE = fastre.compile(r"[\s|:-]*")
# a form block: a record opens with its number ("1.", "2)") or bullet, or with the side
# of the sheet it signs for ("PIHAK PERTAMA", "Pihak Kedua:")
_RECORD_NUMBER = fastre.compile(r"(?:\d{1,2}[.)]|[-–•·*▪●►])[ \t]*")
_SIDE_HEAD = fastre.compile(r"PIHAK[ \t]+(?:PERTAMA|KESATU|KEDUA|KETIGA|I{1,3})[ \t]*:?[ \t]*", re.I)
# "Penandatangan : H. Syamsul Bahri, S.E.", "Jabatan       : Bupati Lahat": a line
# labelled with a header word (data/table_header_words.txt), the value its cell
_LABEL = fastre.compile(r"(?P<label>[A-Za-z][A-Za-z/]*(?:[ \t][A-Za-z/]+){0,2})[ \t]*:[ \t]*")
# a record line is short: a longer line is the prose after the block
_MAX_LINE = 110
_MAX_WORDS = 12


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
    if text.startswith("|", lines[0][0]):
        return _pipe_rows(text, lines)
    if text.count("|", *lines[0]) >= 2:
        return _pipe_rows(text, lines, bare=True)
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
        return _form_rows(text, nl, limit)
    i = k
    while i + k <= len(lines) and len(rows) < _MAX_ROWS and _NUMBER.fullmatch(text, *lines[i]):
        rows.append(lines[i + 1:i + k])
        i += k
    return rows


def _pipe_rows(text: str, lines: list[tuple[int, int]], bare: bool = False) -> list[list[tuple[int, int]]]:
    """Rows of a pipe table ("| No | Pemerintah Daerah | Penandatangan |"), up to the
    first line that does not open with a pipe (separator and header rows left out).
    `bare`: a table whose rows have pipes only between the cells ("No | Nama | Jabatan",
    "1 | H. X | Bupati Y"), up to the first line with another number of pipes than the
    first row's."""
    rows = []
    pipes = text.count("|", *lines[0])
    for s, e in lines[:_MAX_ROWS + 2]:
        if not _pipe_row_line(text, s, e, pipes if bare else None):
            break
        if _PIPE_RULE.fullmatch(text, s, e):
            continue
        cells = []
        a = s if bare else s + 1
        while a < e:
            b = text.find("|", a, e)
            b = e if b < 0 else b
            cell = text[a:b]
            ca, cb = a + len(cell) - len(cell.lstrip()), b - (len(cell) - len(cell.rstrip()))
            if cb > ca and not _NUMBER.fullmatch(text, ca, cb):
                cells.append((ca, cb))
            a = b + 1
        if cells and not all(_header(text[a:b]) for a, b in cells):
            rows.append(cells)
    return rows


def _pipe_row_line(text: str, s: int, e: int, pipes: Optional[int]) -> bool:
    """Whether the line s:e is a row of the pipe table: it opens with a pipe, or (`pipes`
    given, a bare table) it has that many pipes and does not open with one."""
    if pipes is None:
        return text.startswith("|", s)
    return text.count("|", s, e) == pipes and not text.startswith("|", s)


def _form_rows(text: str, pos: int, limit: int) -> list[list[tuple[int, int]]]:
    """The records of a form block, each the cells of its short lines: a record opens
    with a number, a bullet or a "PIHAK KEDUA" line, or after a blank line; a labelled
    line gives its value. [] unless two records of two cells or more follow."""
    records: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []

    def close():
        nonlocal current
        if current:
            records.append(current)
        current = []

    prev_end = pos
    for m in _LINE.finditer(text, pos, min(len(text), pos + limit)):
        s, e = m.span()
        line = text[s:e]
        if not line.strip() or text.count("\n", prev_end, s) >= 2:  # a blank line before
            close()
        prev_end = e
        if not line.strip():
            continue
        s += len(line) - len(line.lstrip())
        e -= len(line) - len(line.rstrip())
        if e - s > _MAX_LINE or len(text[s:e].split()) > _MAX_WORDS or len(records) >= _MAX_ROWS:
            break
        side = _SIDE_HEAD.match(text, s, e)
        num = _RECORD_NUMBER.match(text, s, e)
        if side or num:
            close()
            s = (side or num).end()
            if s >= e:
                continue
        lab = _LABEL.match(text, s, e)
        if lab and lab.end() < e and _header(lab.group("label")):
            s = lab.end()
        current.append((s, e))
    close()
    records = [r for r in records if len(r) >= 2]
    return records if len(records) >= 2 else []
