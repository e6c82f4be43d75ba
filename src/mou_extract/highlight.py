"""Article text for the report, with every evidence span of its record highlighted.

Records hold evidence offsets, not the article text. `load_text` reads the text again
from the record's `article.source` (a file path, or `path:line` for JSONL input), the
same way `extract` read it (decoding, HTML to text), trying the path as written
(relative to the current folder), then the same file name in each of `inputs`
(folders, or files). A text is used only if every evidence span of the record matches
it (`text[start:end] == evidence.text`); otherwise the report shows the evidence alone.
"""
from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path
from typing import Iterator, Optional

from . import io

_LINE = re.compile(r"^(.*):(\d+)$")


def spans(rec: dict) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, text, kind, label) of every evidence span in a record."""
    for i, sg in enumerate(rec.get("signings") or []):
        tag = f"signing {i + 1}" if len(rec["signings"]) > 1 else "signing"
        items = [("signing", sg, f"{tag}: sentence"),
                 ("date", sg.get("date"), f"{tag}: date {(sg.get('date') or {}).get('value')}"),
                 ("venue", sg.get("venue"), f"{tag}: venue {(sg.get('venue') or {}).get('name')}")]
        items += [("party", p, f"{tag}: party {p.get('name')}") for p in sg.get("parties") or []]
        items += [("signatory", p, f"{tag}: signatory {p.get('name')}") for p in sg.get("signatories") or []]
        items += [("attendee", p, f"{tag}: attendee {p.get('name')}") for p in sg.get("attendees") or []]
        items += [("scope", s, f"{tag}: scope {s.get('label')}") for s in sg.get("scope") or []]
        for kind, item, label in items:
            ev = (item or {}).get("evidence")
            if ev and isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
                yield ev["start"], ev["end"], ev.get("text") or "", kind, label


def matches(rec: dict, text: str) -> bool:
    return all(text[s:e] == t for s, e, t, _, _ in spans(rec))


class TextFinder:
    """Finds the input text of records; caches JSONL files by path."""

    def __init__(self, inputs: Optional[list[Path]] = None):
        self.inputs = [Path(p) for p in inputs or []]
        self._jsonl: dict[Path, list[bytes]] = {}

    def _candidates(self, path: str) -> Iterator[Path]:
        if path != "<stdin>":
            yield Path(path)
        name = Path(path).name
        for inp in self.inputs:
            if inp.is_dir():
                yield inp / name
            elif inp.is_file() and (inp.name == name or path == "<stdin>"):
                yield inp

    def _read(self, path: Path, line: Optional[int]) -> Optional[str]:
        if not path.is_file():
            return None
        if line is None:
            text, error, _ = io.read_file(path)
            return text
        if path not in self._jsonl:
            try:
                self._jsonl[path] = path.read_bytes().splitlines()
            except OSError:
                self._jsonl[path] = []
        lines = self._jsonl[path]
        if not 0 < line <= len(lines):
            return None
        try:
            raw = lines[line - 1]
            obj = json.loads(raw.decode("utf-8").lstrip("\ufeff"))
            return io.prepare_text(obj["text"], [])
        except Exception:  # not the line we need: the caller tries the next candidate
            return None

    def load_text(self, rec: dict) -> Optional[str]:
        """The text the record's evidence refers to, or None when it cannot be found."""
        source = (rec.get("article") or {}).get("source")
        if not source:
            return None
        tries = [(source, None)]
        m = _LINE.match(source)
        if m:
            tries.insert(0, (m.group(1), int(m.group(2))))
        for path, line in tries:
            for cand in self._candidates(path):
                text = self._read(cand, line)
                if text is not None and matches(rec, text):
                    return text
        return None


def render(text: str, rec: dict) -> str:
    """HTML of the text with <mark class="k-KIND"> on every evidence span; where spans
    nest or overlap, the innermost one gives the colour and all give the tooltip."""
    marks = [(s, e, kind, label) for s, e, _, kind, label in spans(rec) if e > s]
    bounds = sorted({0, len(text)} | {s for s, *_ in marks} | {e for _, e, *_ in marks})
    out = []
    for a, b in zip(bounds, bounds[1:]):
        chunk = escape(text[a:b])
        active = sorted((m for m in marks if m[0] <= a and m[1] >= b), key=lambda m: (m[1] - m[0], m[3]))
        if not active:
            out.append(chunk)
            continue
        tip = escape("; ".join(dict.fromkeys(m[3] for m in active)))
        out.append(f'<mark class="k-{active[0][2]}" title="{tip}">{chunk}</mark>')
    return "".join(out)
