"""Document mentions: which agreement document an article names, and its title.

`find_documents(text)` returns every mention of an agreement document ("Nota
Kesepakatan", "nota kesepahaman", "MoU", "Perjanjian Kerja Sama (PKS)",
"Kesepakatan Bersama", an adendum ...) with its type and, where the text names it,
the span of the agreement's subject ("tentang Sinergi Penyelenggaraan Pelayanan
Publik di lingkungan Pemerintah Kota Batu" -> the part after "tentang").

Budget and legislative documents (KUA-PPAS, APBD, Raperda, Perda) are returned with
doc_type "budget" so the caller can reject them; an agreement mention whose phrase,
title or next few words name one ("Nota Kesepakatan KUA-PPAS") is typed "budget" too
(its own type stays in `base_type`).

Typing decisions (RECORD.md lists five values):
  nota kesepakatan (kerja sama)            -> nota_kesepakatan
  nota kesepahaman                         -> nota_kesepahaman
  perjanjian kerja sama / PKS / cooperation agreement -> perjanjian_kerja_sama
  memorandum of understanding / MoU        -> mou
  kesepakatan bersama, komitmen bersama, piagam kerja sama, MoA, a bare adendum -> other
A gloss in parentheses or after "atau" is part of one mention and the Indonesian term
wins: "Nota Kesepakatan (MoU)" is one nota_kesepakatan mention, "MoU (Memorandum of
Understanding)" one mou mention. "Adendum Perjanjian Kerja Sama" is one mention of
the amended document's type.

The vocabulary is data: data/documents.tsv.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace, field
from functools import lru_cache
from importlib import resources
from typing import Optional

from . import fastre
from .textcase import compile_folded, folded

__all__ = ["DocMention", "find_documents", "document_type_of", "DOC_TYPES"]

DOC_TYPES = ("nota_kesepakatan", "nota_kesepahaman", "perjanjian_kerja_sama", "mou", "other")


@dataclass
class DocMention:
    start: int
    end: int
    text: str
    doc_type: str  # nota_kesepakatan | nota_kesepahaman | perjanjian_kerja_sama | mou | other | budget
    title: Optional[tuple[int, int]] = None
    lang: str = "id"  # "id" when an Indonesian term names it, else "en"
    base_type: str = ""  # the document type before the budget flag
    coordinated: bool = False  # joined to the previous mention by "dan"/"serta"/"sekaligus"/","

    @property
    def is_budget(self) -> bool:
        return self.doc_type == "budget"


@dataclass
class _Vocab:
    docs: list = field(default_factory=list)  # (kind, lang, compiled, runs on folded text)
    budget: list = field(default_factory=list)  # (compiled, runs on folded text)
    words: dict = field(default_factory=dict)  # @list -> set of lowercase words


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    v = _Vocab()
    raw = resources.files("mou_extract").joinpath("data/documents.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, lang, case, pattern = line.split("\t", 3)
        if kind.startswith("@"):
            v.words.setdefault(kind, set()).add(pattern.strip().lower())
            continue
        # case-insensitive rows run on the folded text (see textcase.py), the others as is
        fold = case == "i"
        rx = compile_folded(pattern) if fold else fastre.compile(pattern)
        if kind == "budget":
            v.budget.append((rx, fold))
        v.docs.append((kind, lang, rx, fold))
    return v


_GLOSS_GAP = fastre.compile(r"\s*\(\s*$")
_GLOSS_CLOSE = fastre.compile(r"^\s*\)")
_ATAU_GAP = fastre.compile(r"^\s+(?:atau|alias|or)\s+$", re.IGNORECASE)
_AMEND_GAP = fastre.compile(r"^\s+(?:(?:atas|terhadap|to|of)\s+)?$", re.IGNORECASE)
# the words that join two documents signed together: "MoU dan PKS", "nota kesepahaman (MoU)
# sekaligus perjanjian kerja sama (PKS)" ("sekaligus": at once; "beserta": together with)
_COORD_GAP = fastre.compile(r"^\s*(?:,\s*)?(?:dan|serta|maupun|sekaligus|beserta|and|&|,)\s*$", re.IGNORECASE)
_TENTANG_DIRECT = fastre.compile(r"[ \t]*(?:,[ \t]*)?(?:tentang|mengenai|perihal)[ \t]+", re.IGNORECASE)
_TENTANG_AFTER_PARTY = fastre.compile(
    r"[ \t]+(?:dengan|antara|bersama)[ \t][^.,;:\n]{0,140}?[ \t](?:tentang|mengenai)[ \t]+", re.IGNORECASE)
_LAW_WORDS = fastre.compile(
    r"\b(?:UU|Undang|Nomor|No|Peraturan|Perpres|Permen\w*|Keputusan|Instruksi|Tahun\s+\d{4})\b")
# "NPHD untuk pendanaan Pilkada", "MoU guna pengembangan pariwisata": a nominal after
# "untuk" / "guna" names the subject (a verb there, "untuk meningkatkan", does not)
_FOR_SUBJECT = fastre.compile(r"[ \t]+(?:untuk|guna)[ \t]+", re.IGNORECASE)
_ACRONYM_WORD = fastre.compile(r"^[A-Z]{2,6}$")
_NOMINAL = fastre.compile(r"(?i)^(?:pe\w{4,}an|ke\w{3,}an|\w{3,}(?:isasi|asi|itas)|sinergi|layanan)$")
_ACRONYM_PAREN = fastre.compile(r"^\([A-Z][A-Za-z0-9&.\-]{1,15}\)")
_DATEISH = fastre.compile(r"^\(?\d{1,4}(?:[/.\-]\d{1,4})+")
_TOKEN = fastre.compile(r"\S+")
_BLANKS = fastre.compile(r"[ \t]+")
_TRAIL = ".,;:!?\"'”’)"
_BUDGET_WINDOW = fastre.compile(r"[^.;\n]{0,80}")


def _is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def _core(tok: str) -> str:
    return tok.lstrip("\"'“‘").rstrip(_TRAIL)


def _title_span(seg: str, p: int, require_nominal: bool = False) -> Optional[tuple[int, int]]:
    """Span of the noun phrase starting at seg[p] (the agreement's subject)."""
    v = _vocab()
    glue, stops = v.words.get("@title_glue", set()), v.words.get("@title_stop", set())
    di_ok = v.words.get("@di_continue", set())
    toks = list(_TOKEN.finditer(seg, p, min(len(seg), p + 500)))
    if not toks or toks[0].start() != p:
        return None
    first = _core(toks[0].group())
    if not first or first.startswith("("):
        return None
    # a subject straight after the document word ("PKS Penempatan Dokter", "PKS layanan
    # kas daerah"): only a nominal (pe-/ke-...-an, -asi, layanan) opens one, so "MoU
    # dengan", "PKS tersebut" or a verb after the document word are not read as titles
    if require_nominal and (not _NOMINAL.match(first)
                            or first.lower() in v.words.get("@not_subject", set())):
        return None
    title_mode = _is_cap(first)
    words: list[tuple[int, int, str]] = []  # (start, end, core)
    i = 0
    while i < len(toks) and len(words) < 30:
        tok = toks[i].group()
        ts = toks[i].start()
        # a newline between words ends the phrase
        if words and "\n" in seg[words[-1][1]:ts]:
            break
        if tok.startswith("("):
            m = _ACRONYM_PAREN.match(tok)
            if title_mode and words and m:
                words.append((ts, ts + m.end(), tok[:m.end()]))
                rest = tok[m.end():]
                if rest[:1] in {".", ";", ":"}:
                    break
                if rest[:1] == ",":
                    if not _comma_continues(toks, i, title_mode, stops):
                        break
                i += 1
                continue
            break
        if tok[:1] in "\"“‘'" and words:
            break
        core = _core(tok)
        if not core or _DATEISH.match(core):
            break
        low = core.lower()
        nxt = _core(toks[i + 1].group()) if i + 1 < len(toks) else ""
        if low in stops:
            break
        if low == "di":
            if nxt.lower() not in di_ok:
                break
        elif low in {"yang", "oleh"} and not _is_cap(nxt):
            break
        if title_mode:
            if not _is_cap(core) and core not in glue:
                break
        else:
            # an acronym inside a lowercase subject ("bagi peserta JKN", "layanan QRIS")
            # continues it; any other capitalised word starts a name, a venue or a city
            if _is_cap(core) and words and not (_is_cap(words[-1][2]) or words[-1][2].lower() in di_ok) \
                    and not _ACRONYM_WORD.match(core):
                break
        cs = ts + tok.find(core[:1]) if core else ts
        words.append((cs, cs + len(core), core))
        tail = tok[tok.find(core) + len(core):] if core in tok else ""
        if tail[:1] in {".", ";", ":", "!", "?", "\"", "”"}:
            break
        if tail[:1] == ",":
            if not _comma_continues(toks, i, title_mode, stops):
                break
        i += 1
    # drop trailing glue words ("... di", "... dan")
    while words and (words[-1][2] in glue or words[-1][2].lower() in {"di", "dan", "yang", "serta", "atau"}):
        words.pop()
    if not words:
        return None
    return words[0][0], words[-1][1]


def _comma_continues(toks, i: int, title_mode: bool, stops: set) -> bool:
    """After "X," a Title Case title goes on with "Y," / "dan Z" (capitalised)."""
    if not title_mode or i + 1 >= len(toks):
        return False
    nxt = _core(toks[i + 1].group())
    if nxt.lower() in {"dan", "serta"} and i + 2 < len(toks):
        nxt = _core(toks[i + 2].group())
    return bool(nxt) and nxt[0].isupper() and nxt.lower() not in stops


@lru_cache(maxsize=1)
def _doc_words() -> list:
    """For each pattern of _vocab().docs, the words (lower case) one of which each of its
    matches contains, or None (fastre.required_words; None too for an IGNORECASE pattern,
    whose letters the folded text may hold otherwise)."""
    return [None if rx.flags & re.IGNORECASE else fastre.required_words(rx) for _, _, rx, _ in _vocab().docs]


def _raw_mentions(seg: str) -> list[list]:
    found = []
    low = folded(seg)
    for (kind, lang, rx, fold), words in zip(_vocab().docs, _doc_words()):
        # (speed: a pattern finds nothing in a paragraph without its words; a case-
        # sensitive pattern's words are in the folded text wherever they are in `seg`)
        if words is not None and not any(w in low for w in words):
            continue
        for m in rx.finditer(low if fold else seg):
            if m.end() > m.start():
                found.append([m.start(), m.end(), kind, lang])
    found.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    out: list[list] = []
    for r in found:
        if out and r[0] < out[-1][1]:
            continue
        out.append(r)
    return out


def _pick_type(parts: list[list]) -> tuple[str, str]:
    for p in parts:
        if p[3] == "id" and p[2] not in ("budget", "other"):
            return p[2], "id"
    for p in parts:
        if p[3] == "id" and p[2] != "budget":
            return p[2], "id"
    return parts[0][2], parts[0][3]


def _merge(seg: str, raw: list[list]) -> list[dict]:
    """Join glosses ("Nota Kesepakatan (MoU)"), "atau" glosses and "Adendum X"."""
    out: list[dict] = []
    i = 0
    while i < len(raw):
        parts = [raw[i]]
        start, end = raw[i][0], raw[i][1]
        j = i + 1
        while j < len(raw) and raw[j][2] != "budget" and parts[-1][2] != "budget":
            gap = seg[end:raw[j][0]]
            after = seg[raw[j][1]:]
            if _GLOSS_GAP.fullmatch(gap) and _GLOSS_CLOSE.match(after):
                end = raw[j][1] + _GLOSS_CLOSE.match(after).end()
            elif _ATAU_GAP.match(gap):
                end = raw[j][1]
            elif (len(parts) == 1 and re.match(r"(?i)ad+endum", seg[start:end])
                  and _AMEND_GAP.match(gap)):
                end = raw[j][1]
                parts = [raw[j]]  # the amended document gives the type
                j += 1
                continue
            else:
                break
            parts.append(raw[j])
            j += 1
        dtype, lang = _pick_type(parts)
        out.append({"start": start, "end": end, "type": dtype, "lang": lang})
        i = j
    return out


def find_documents(text: str, spans: Optional[list[tuple[int, int]]] = None) -> list[DocMention]:
    """All agreement / budget document mentions in `text` (or within `spans`), in order.

    Offsets are into `text`; text[m.start:m.end] == m.text always.
    """
    if not text:
        return []
    if spans is None:
        spans = [(0, len(text))]
    v = _vocab()
    result: list[DocMention] = []
    for s0, e0 in spans:
        seg = text[s0:e0]
        merged = _merge(seg, _raw_mentions(seg))
        starts = [m["start"] for m in merged]
        prev_end = None
        for k, m in enumerate(merged):
            dtype = m["type"]
            title = None
            if dtype != "budget":
                title = _find_title(seg, m["end"], starts[k + 1] if k + 1 < len(starts) else len(seg))
            coordinated = prev_end is not None and bool(_COORD_GAP.match(seg[prev_end:m["start"]]))
            base = dtype
            if dtype != "budget":
                window_end = m["end"] + _BUDGET_WINDOW.match(seg, m["end"]).end() - m["end"]
                if title:
                    window_end = max(window_end, title[1])
                window = seg[m["start"]:window_end]
                if any(_budget_hit(rx, window.lower() if fold else window, v) for rx, fold in v.budget):
                    dtype = "budget"
            result.append(DocMention(
                start=s0 + m["start"], end=s0 + m["end"], text=seg[m["start"]:m["end"]],
                doc_type=dtype, title=(s0 + title[0], s0 + title[1]) if title else None,
                lang=m["lang"], base_type=base, coordinated=coordinated))
            prev_end = m["end"]
    # a budget term inside an agreement's title is that title's word, not a document of
    # its own ("Nota Kesepahaman tentang ... serta Penegakan Peraturan Daerah")
    titles = [d.title for d in result if d.title and not d.is_budget]
    result = [d for d in result if not (d.is_budget and any(ts <= d.start and d.end <= te for ts, te in titles))]
    return _named_by_kind_later(text, _short_forms(result))


# "ini / itu / tersebut" right after a mention: the document named before (signings reads it too)
DEMONSTRATIVE = fastre.compile(r"\s+(?:ini|itu|tersebut)\b", re.I)


def points_back(text: str, d: DocMention) -> bool:
    """Whether mention d is followed by "ini / itu / tersebut" (the document named before)."""
    return DEMONSTRATIVE.match(text, d.end) is not None


def _named_by_kind_later(text: str, mentions: list[DocMention]) -> list[DocMention]:
    """A mention typed `other` that a later one names by its kind, pointing back at it, is
    of that kind: "Kesepakatan Bersama tentang ... ditandatangani ... Nota kesepakatan ini
    akan ditindaklanjuti ..." is a nota kesepakatan (the later name ends with the word the
    earlier one opens with, and "ini / itu / tersebut" follows it)."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.doc_type != "other":
            continue
        head = m.text.lower().split()[0]
        later = next((o for o in out[k + 1:] if o.doc_type not in ("other", "budget")
                      and o.text.lower().split()[-1] == head and points_back(text, o)), None)
        if later is not None:
            out[k] = replace(m, doc_type=later.doc_type, base_type=later.base_type)
    return out


_LAST_WORD = fastre.compile(r"(\w+)\W*$")


def _budget_hit(rx, window: str, v: _Vocab) -> bool:
    """Whether a budget term in `window` names the document, not what an action of the
    agreement applies to ("... serta Penegakan Peraturan Daerah": @budget_object_of)."""
    actions = v.words.get("@budget_object_of", set())
    for m in rx.finditer(window):
        w = _LAST_WORD.search(window, 0, m.start())
        if w is None or w.group(1).lower() not in actions:
            return True
    return False


def _short_forms(mentions: list[DocMention]) -> list[DocMention]:
    """A later mention typed `other` whose words end an earlier mention's name is that
    document again, said short: "menandatangani Nota Kesepakatan Bersama ... Kesepakatan
    bersama itu diteken oleh ..." (a nota kesepakatan, not a Kesepakatan Bersama). One
    whose words open it names the earlier one by its own kind: "Adendum Perjanjian Kerja
    Sama tentang ... Adendum ditandatangani ..." is an adendum (typed `other`) both times."""
    def words(d: DocMention) -> str:
        return " ".join(d.text.lower().split())

    out: list[DocMention] = []
    for m in mentions:
        if m.doc_type == "other":
            short = words(m)
            typed = [o for o in out if o.doc_type not in ("other", "budget")]
            full = next((o for o in reversed(typed) if words(o).endswith(" " + short)), None)
            if full is not None:
                m = replace(m, doc_type=full.doc_type, base_type=full.base_type)
            else:
                opened = {id(o) for o in typed if words(o).startswith(short + " ")}
                out = [replace(o, doc_type=m.doc_type, base_type=m.base_type) if id(o) in opened else o for o in out]
        out.append(m)
    return out


def _find_title(seg: str, end: int, next_start: int) -> Optional[tuple[int, int]]:
    m = _TENTANG_DIRECT.match(seg, end)
    if m:
        return _clip(_title_span(seg, m.end()), next_start)
    m = _TENTANG_AFTER_PARTY.match(seg, end)
    if m and m.end() <= next_start and not _LAW_WORDS.search(seg, end, m.end()):
        return _clip(_title_span(seg, m.end()), next_start)
    m = _FOR_SUBJECT.match(seg, end)
    if m:
        return _clip(_title_span(seg, m.end(), require_nominal=True), next_start)
    m = _BLANKS.match(seg, end)
    if m:
        return _clip(_title_span(seg, m.end(), require_nominal=True), next_start)
    return None


def _clip(span: Optional[tuple[int, int]], limit: int) -> Optional[tuple[int, int]]:
    if span is None or span[0] >= limit:
        return None
    return span


def document_type_of(mentions: list[DocMention]) -> str:
    """The document type of one signing from its mentions (RECORD.md `document_type`).

    Budget mentions are ignored ("budget" is returned only when nothing else is left;
    "other" when the list is empty). Where two documents are named together ("MoU dan
    PKS", "nota kesepahaman serta perjanjian kerja sama") the first one named wins.
    Otherwise an Indonesian term wins over an English one ("Nota Kesepakatan" over the
    headline's "MoU"), and among Indonesian terms the most frequent one (ties: the
    first named).
    """
    docs = [m for m in mentions if m.doc_type != "budget"]
    if not docs:
        return "budget" if mentions else "other"
    docs.sort(key=lambda m: m.start)
    for a, b in zip(docs, docs[1:]):
        if b.coordinated and a.doc_type != b.doc_type:
            return a.doc_type
    pool = [m for m in docs if m.lang == "id"] or docs
    counts = Counter(m.doc_type for m in pool)
    best = max(counts.values())
    for m in pool:
        if counts[m.doc_type] == best:
            return m.doc_type
    return pool[0].doc_type
