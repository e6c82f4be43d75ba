"""Scope labels: what an agreement covers, each with its evidence span.

`find_scope(text)` returns every phrase that names a scope label (RECORD.md taxonomy)
with `cue=True` when it sits inside an explicit scope statement: "Ruang lingkup ...
meliputi ...", "bersepakat untuk:" and the numbered / lettered items after it,
"Kesepakatan ini terkait dengan ...", "Ada empat hal yang kita sepakati. ...",
"saling mendukung dalam ...", "bertujuan (untuk) ...", "dalam rangka ..." and so on.
Inside an enumerating statement, an item that matches no label ("penelitian",
"sosialisasi ...", "pembayaran iuran") becomes label `other`; `other` is never
produced outside a statement, except from the agreement's subject by `subject_scope`
(used by signings.py only for a signing whose text states no scope or purpose).

`kind` tells the statement strength: "scope" (what the agreement covers) or
"purpose" (why it was signed). `select_scope(hits)` implements the recommended
choice: one hit per label from scope statements, or from purpose statements when the
text has no scope statement with a label in it.

The vocabulary is data (data/scope.tsv); this module is generic.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

from . import fastre
from .lexicon import data_lines, word_set
from .softhyphen import SOFT_HYPHEN as _SOFT_HYPHEN, Squeezed
from .textcase import compile_folded, folded

__all__ = ["ScopeHit", "find_scope", "subject_scope", "adds_to_subject", "subject_additions", "scope_statements", "select_scope", "sentences", "LABELS"]

LABELS = ("complaint_handling", "maladministration_prevention", "data_exchange",
          "capacity_building", "service_quality", "monitoring_evaluation",
          "legal_assistance", "other_agreed", "other")


@dataclass
class ScopeHit:
    label: str
    start: int
    end: int
    text: str
    cue: bool  # inside an explicit scope / purpose statement
    kind: Optional[str] = None  # "scope" | "purpose" when cue, else None
    statement: Optional[tuple[int, int]] = None  # span of the statement it belongs to


@dataclass
class _Statement:
    start: int  # cue start
    end: int
    kind: str  # scope | purpose
    enumerates: bool
    segments: list = field(default_factory=list)  # [(body_start, end)] item-bearing ranges

    def copy(self) -> "_Statement":
        """A copy whose segments may be extended and cut without touching this one's."""
        return _Statement(self.start, self.end, self.kind, self.enumerates, list(self.segments))


@dataclass
class _Vocab:
    labels: list = field(default_factory=list)  # (label, rx, row)
    cues: dict = field(default_factory=dict)  # @name -> [rx]
    scan: Optional["_Scan"] = None  # speed only, see _candidates


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    v = _Vocab()
    raw = resources.files("mou_extract").joinpath("data/scope.tsv").read_text(encoding="utf-8")
    for row, line in enumerate(raw.splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        label, pattern = line.split("\t", 1)
        rx = compile_folded(pattern.strip())  # run on folded(text): see textcase.py
        if label.startswith("@"):
            v.cues.setdefault(label, []).append(rx)
        else:
            v.labels.append((label, rx, row))
    v.scan = _build_scan([rx for _, rx, _ in v.labels], v.cues.get("@agreement", []),
                         [rx for name in _STATEMENT_CUES for rx in v.cues.get(name, [])])
    return v


# --- candidate scan (speed only) -----------------------------------------------------
# Running every vocabulary pattern over the text, again over each statement segment and
# every cue pattern over each sentence was most of find_scope's time. Instead one scan
# per text finds every position where some pattern's literal prefix starts (the
# prefixes are read from the patterns themselves, so the vocabulary stays data), and a
# pattern is then tried with `rx.match` only at its own positions (see _finditer). A
# match can only start where its prefix does, so this finds exactly what
# `rx.finditer(low, s, e)` finds; a pattern without a literal prefix is run as written.
# tests/test_scope.py checks the scan against plain finditer.

_STATEMENT_CUES = ("@scope_list", "@act_list", "@scope", "@verb_list", "@verb_scope", "@purpose_list", "@purpose")
_PREFIX_LEN = 6  # longer prefixes barely reduce the candidates


def _prefixes(rx: re.Pattern) -> Optional[frozenset]:
    """The strings one of which starts every match of a vocabulary pattern (fastre)."""
    return fastre.literal_prefixes(rx, _PREFIX_LEN)


@dataclass
class _Scan:
    rx: re.Pattern  # one character at every position where some prefix starts
    index: dict  # id(vocabulary pattern) -> its number
    by_prefix: dict  # prefix -> numbers of the patterns it starts
    lengths: tuple  # the prefix lengths
    label_of: dict  # pattern number -> indices in _Vocab.labels of the rows using it
    cues: frozenset  # numbers of the _STATEMENT_CUES patterns
    cues_complete: bool  # every _STATEMENT_CUES pattern has a prefix
    memo: dict = field(default_factory=dict)  # window -> at(window)
    # (what _candidates makes of the scan alone, computed once: the numbers of the
    # patterns with a prefix, (id of a pattern, its number) for those, and plain_labels)
    fixed: Optional[tuple] = None

    def at(self, window: str) -> tuple:
        """(pattern numbers, label indices, statement cue numbers) of the patterns whose
        prefix starts `window` (the _PREFIX_LEN characters at a candidate position)."""
        got = self.memo.get(window)
        if got is None:
            ids = tuple(k for n in self.lengths if n <= len(window)
                        for k in self.by_prefix.get(window[:n], ()))
            got = (ids, tuple(i for k in ids for i in self.label_of.get(k, ())),
                   tuple(k for k in ids if k in self.cues))
            if len(self.memo) > 50000:
                self.memo.clear()
            self.memo[window] = got
        return got


def _build_scan(label_rxs: list, cue_rxs: list, statement_rxs: list) -> Optional[_Scan]:
    index: dict = {}
    by_prefix: dict = {}
    label_of: dict = {}
    for i, rx in enumerate(label_rxs + cue_rxs + statement_rxs):
        if id(rx) not in index:
            index[id(rx)] = len(index)
            for p in _prefixes(rx) or ():
                by_prefix.setdefault(p, []).append(index[id(rx)])
        if i < len(label_rxs):
            label_of.setdefault(index[id(rx)], []).append(i)
    if not by_prefix:
        return None
    trie: dict = {}
    for p in by_prefix:
        node = trie
        for c in p:
            node = node.setdefault(c, {})
        node[""] = {}

    def alt(node):  # regex for the rest of a prefix below `node` ("" when it may end here)
        if "" in node:
            return ""
        alts = [re.escape(c) + alt(sub) for c, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    # "p(?=en(?:g|...)|...)|m(?=...)": consumes one character, so no position is skipped
    scan = "|".join(re.escape(c) + (f"(?={alt(sub)})" if alt(sub) else "") for c, sub in sorted(trie.items()))
    return _Scan(re.compile(scan), index, {p: tuple(ks) for p, ks in by_prefix.items()},
                 tuple(sorted({len(p) for p in by_prefix})), label_of,
                 frozenset(index[id(rx)] for rx in statement_rxs),
                 all(_prefixes(rx) is not None for rx in statement_rxs))


@dataclass
class _Cands:
    pos: dict  # id(pattern) -> its sorted candidate starts (absent: no prefix, run as written)
    labels: list  # [(start, i)]: a candidate of _Vocab.labels[i], sorted
    label_starts: list  # the starts of `labels`, for bisect
    plain_labels: list  # indices in _Vocab.labels of label patterns without a prefix
    cues: list  # [(start, pattern number)] of the _STATEMENT_CUES patterns, sorted
    cue_starts: list  # the starts of `cues`
    cues_complete: bool  # every statement cue has a prefix: `cues` holds all their starts
    # (speed) _sentence_statement's results for this text, (ss, se) -> (agree, statement):
    # the speaker and addition rules ask again for sentences _statements read
    statements: dict = field(default_factory=dict, init=False)  # (a copy made with dataclasses.replace starts empty)


@lru_cache(maxsize=8)
def _candidates(text: str) -> Optional[_Cands]:
    """The candidate scan of `text` (on folded(text)), or None without a scan."""
    scan = _vocab().scan
    if scan is None:
        return None
    low = folded(text)
    if scan.fixed is None:
        numbers = {k: None for ks in scan.by_prefix.values() for k in ks}
        pairs = tuple((i, k) for i, k in scan.index.items() if k in numbers)
        with_prefix = {i for i, _ in pairs}
        scan.fixed = (tuple(numbers), pairs,
                      tuple(i for i, (_, rx, _) in enumerate(_vocab().labels) if id(rx) not in with_prefix))
    numbers, pairs, plain = scan.fixed
    by_id: dict = {k: [] for k in numbers}
    labels, cues = [], []
    memo = scan.memo
    for p in [m.start() for m in scan.rx.finditer(low)]:
        window = low[p:p + _PREFIX_LEN]
        ids, label_is, cue_ids = memo.get(window) or scan.at(window)
        for k in ids:
            by_id[k].append(p)
        for i in label_is:
            labels.append((p, i))
        for k in cue_ids:
            cues.append((p, k))
    pos = {i: by_id[k] for i, k in pairs}
    return _Cands(pos, labels, [p for p, _ in labels], list(plain), cues, [p for p, _ in cues],
                  scan.cues_complete)


def _finditer(rx: re.Pattern, low: str, s: int, e: int, cands: Optional[_Cands]):
    """`rx.finditer(low, s, e)` for a vocabulary pattern, tried only at its candidates."""
    starts = None if cands is None else cands.pos.get(id(rx))
    if starts is None:
        yield from rx.finditer(low, s, e)
        return
    yield from fastre.finditer_at(rx, low, starts, s, e)  # prefixes are not empty, nor are matches


def _matches_at(rx: re.Pattern, low: str, starts: list[int], endpos: int) -> list:
    """fastre.finditer_at(rx, low, starts, ...) as a list, for `starts` already within the range."""
    out = []
    end = -1
    for p in starts:
        if p >= end:
            m = rx.match(low, p, endpos)
            if m:
                end = m.end()
                out.append(m)
    return out


# --- sentences ---------------------------------------------------------------------

_ABBREV = frozenset("""dr drs dra drg prof h hj ir no nomor jl jln pj plt plh rd st sdr bpk
kab kec kel tbk ny mr mrs ms vs kh ust kol let jend brigjen mayjen akbp kompol iptu ipda
aiptu bripka brigpol kapt serka""".split())
# (also a sentence glued to the next where the scraper lost the paragraph break:
# 'kata dia.Hasnawati menjelaskan, ...', '... dan perizinan."Kami sadar ...': after a
# lower-case word or an acronym ("di setiap OPD.Menurut dia"), before a capitalised word;
# abbreviations are checked below)
# (speed: every alternative opens with its character, the look-behinds of the last moved
# past its first mark, so the engine skips to the marks)
_END = fastre.compile(r"[.!?]+[\"”’')]*(?=\s)|\n|[.!?](?:(?<=[a-z]{2}[.!?])|(?<=[A-Z]{3}[.!?]))[.!?]*(?=[\"“]?[A-Z][a-z])")
_WORD_BEFORE = fastre.compile(r"([\w.]+)$")


def sentences(text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int]]:
    """Rough sentence spans within text[start:end]; a newline always ends one."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    s = start
    for m in _END.finditer(text, start, end):
        if m.group() != "\n":
            w = _WORD_BEFORE.search(text, max(s, m.start() - 20), m.start())
            tok = w.group(1) if w else ""
            low = tok.lower()
            nxt = text[m.end():m.end() + 3].lstrip()
            if (low in _ABBREV or "." in tok or (len(tok) == 1 and tok.isalpha())
                    or (tok.isdigit() and len(tok) <= 2 and _line_start(text, m.start() - len(tok)))
                    or (nxt[:1].islower())):
                continue
        e = m.end() if m.group() != "\n" else m.start()
        if text[s:e].strip():
            out.append(_strip(text, s, e))
        s = m.end()
    if s < end and text[s:end].strip():
        out.append(_strip(text, s, end))
    return out


def _line_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] == "\n"


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# --- statements --------------------------------------------------------------------

_NOUN_CUE = fastre.compile(r"(?i)ruang\s+lingkup|sepakati|scope\s+of")
_INTRO = fastre.compile(r"(?i)\b(?:meliputi|mencakup|mencakupi|yaitu|yakni|antara\s+lain|adalah|ialah|berupa|terdiri\s+(?:dari|atas)|includes?|covers?|are)\b|:")
# a dash right after the cue stands for its colon: "Ada tiga bidang yang disepakati – A, B, serta C"
_DASH_INTRO = fastre.compile(r"\s*[\u2013\u2014]\s+")
# a list item's marker: "1.", "b)", or a bullet of any symbol ("-", "•", "✅", "►", "✔️"); a keycap
# number in a chat message ("1️⃣": the digit, U+FE0F, U+20E3) is a number
_LIST_ITEM = fastre.compile(r"^\s*(?:\d{1,2}[.)]|\d\ufe0f?\u20e3|\(?[a-hA-H][.)]|[^\w\s\"'“”‘’(\[\].,;:!?]{1,3})\s+")
_BLANK_LINE = fastre.compile(r"\n[ \t\u00a0]*\n")
# a table row: "Pertukaran data dan informasi<TAB>Keasistenan ...<TAB>Dinas Kominfo"
_TABLE_CELL = fastre.compile(r"\t|\s\|\s")


def _first(rxs, text, pos, endpos):
    """The earliest match of any vocabulary pattern (matched on the folded text)."""
    best = None
    low = folded(text)
    for rx in rxs:
        m = rx.search(low, pos, endpos)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


def _list_opens_after(text: str, sents: list, j: int, agree) -> bool:
    """Whether the sentence after sents[j] is a statement of its own that opens a list with a
    colon ('"Ada tiga hal yang kami sepakati. Semuanya penting," ujarnya. Ketiga hal itu
    adalah:' + the items): then sents[j] is a comment between the count and its list, not
    the list."""
    if j + 1 >= len(sents):
        return False
    a, b = sents[j + 1]
    return _sentence_statement(text, a, b, agree) is not None and text[a:b].rstrip("*_~ ").endswith(":")


_WORD_CHAR = fastre.compile(r"\w")


def _past_marks(text: str, sents: list, j: int) -> int:
    """The index of the list's first item when sents[j] is only a mark pointing down to
    it ("Apa saja isi kesepakatannya?" + "👇" + "✅ A" ...): the item after the mark; else j."""
    if j + 1 < len(sents) and _WORD_CHAR.search(text, *sents[j]) is None \
            and _LIST_ITEM.match(text[sents[j + 1][0]:sents[j + 1][1]]) is not None:
        return j + 1
    return j


def _statements(text: str, spans: list[tuple[int, int]], split: Optional[dict] = None) -> list[_Statement]:
    v = _vocab()
    agree = v.cues.get("@agreement", [])
    out: list[_Statement] = []
    groups = _sentence_groups(text, spans, split)
    # every sentence in order, across the groups (a speaker's addition may come after
    # page furniture: "Baca juga: ..." between the paragraphs), for _said_also
    flat = [x for sents, _ in groups for x in sents]
    at = {x: i for i, x in enumerate(flat)}
    for sents, broken in groups:
        k = 0
        while k < len(sents):
            ss, se = sents[k]
            st = _sentence_statement(text, ss, se, agree)
            if st is None and at[sents[k]] > 0:
                st = _counted_after(text, flat[at[sents[k]] - 1], ss, se, agree)
                if st is not None:
                    out.append(st)
                    k += 1
                    continue
            if st is None:
                out.extend(_parties_also(text, flat, at[sents[k]], out))
                out.extend(_besides_also(text, ss, se))
                out.extend(_parties_will(text, ss, se))
                out.extend(_parts_under_agreement(text, ss, se))
                k += 1
                continue
            said = _said_also_agreed(text, ss, se)
            if _PARTIES_ALSO_AGREE.match(text, ss, se) or said:
                before = _will_before(text, flat, at[sents[k]], out)
                if before is not None:
                    out.append(before)
                    if said:
                        out.extend(_quote_will_before(text, flat, at[sents[k]] - 1, out))
            # follow-on material: a list after ":" or after "... yang kita sepakati."
            body_has_hit = _has_label(text, st.segments[0][0], st.segments[0][1])
            tail = text[st.start:se].rstrip()
            j = k + 1
            while j - 1 in broken and j < len(sents):
                # "meliputi A, B,<page furniture>C, serta D.": the sentence goes on in
                # the next paragraph (and the one after, in a text cut into lines: a line
                # right after it goes on the same segment)
                last_a, last_b = st.segments[-1]
                if _LINE_BREAK.fullmatch(text, last_b, sents[j][0]) is not None:
                    st.segments[-1] = (last_a, sents[j][1])
                else:
                    st.segments.append(sents[j])
                tail = text[sents[j][0]:sents[j][1]].rstrip()
                j += 1
            if not text[st.segments[0][0]:st.segments[0][1]].strip() or tail.rstrip("*_~ ").endswith(":"):
                j = _past_marks(text, sents, j)  # (a pointing mark alone between the cue and its list)
            # "... untuk bekerja sama dalam" + a line break + "• A," "• B,": a cue with
            # nothing after it on its line opens the list below as a colon does
            opens = not text[st.segments[0][0]:st.segments[0][1]].strip() and j < len(sents) \
                and _LIST_ITEM.match(text[sents[j][0]:sents[j][1]]) is not None
            # ('*Ruang lingkup Nota Kesepakatan:*' in a WhatsApp release: the bold marks
            # close after the colon)
            rows_below = _value_rows(text, sents, j, st)
            if rows_below is not None:
                # "Ruang Lingkup" + ": A" + ": B": a table scraped into label and value lines
                st.segments, j = rows_below
            elif tail.rstrip("*_~ ").endswith(":") or opens:
                st.segments = []
                kind = None  # the marker kind of the first item: a change ends the list
                rows = _has_match(agree, text, ss, se, _candidates(text))
                while j < len(sents):
                    a, b = sents[j]
                    lm = _LIST_ITEM.match(text[a:b])
                    if lm:
                        # "4. Ruang lingkup ... meliputi: a. ...; b. ... 5. Nota ... berlaku":
                        # the numbered paragraph after the lettered items is not one of them
                        k2 = _marker_kind(lm.group())
                        if kind is not None and k2 != kind:
                            break
                        kind = k2
                        st.segments.append(_body(text, a, b))
                    elif _is_short_item(text, sents[j]):
                        st.segments.append(_body(text, a, b))
                    elif kind is not None and _BLANK_LINE.search(text, sents[j - 1][1], a):
                        # "1️⃣ A" ... "5️⃣ E" + a blank line + "Menurutnya, ...": a paragraph
                        # with no marker after the marked items is prose again (a line of
                        # the same paragraph may be an item's wrapped rest)
                        break
                    elif rows and _is_row(text, a, b):
                        # "Ruang lingkup kesepakatan ... sebagai berikut:" and a table, one
                        # row per area: its first cell names it (the others: who does it;
                        # where the cleaner made the tabs spaces, the row is one item)
                        cell = _first_cell(text, a, b)
                        if cell is not None:
                            st.segments.append(cell)
                    else:
                        break
                    j += 1
            elif _is_short_item(text, (st.start, se)) and j < len(sents) \
                    and _LIST_ITEM.match(text[sents[j][0]:sents[j][1]]) is not None:
                # "bersepakat untuk: 1. A; 2. B;" + a line break + "3. C;" + "4. D; dan 5.
                # E.": a list begun on the cue's line goes on in the lines below it
                kind = _marker_kind(_LIST_ITEM.match(text[sents[j][0]:sents[j][1]]).group())
                while j < len(sents):
                    a, b = sents[j]
                    lm = _LIST_ITEM.match(text[a:b])
                    if lm is None or _marker_kind(lm.group()) != kind:
                        break
                    st.segments.append(_body(text, a, b))
                    j += 1
                    if not _is_short_item(text, (a, b)):
                        break  # ("5. E.": the last item ends the list)
            elif not body_has_hit and _ordinals_at(text, sents, j) is not None:
                # "... sepakat bekerja sama dalam beberapa hal. Pertama, X. Kedua, Y.": one
                # item per sentence, each opened by an ordinal; "Apa isi kesepakatannya?
                # Ada empat hal pokok. Pertama, X. <a sentence on X> Kedua, Y. ...": a
                # count before them, a sentence or two of comment between them
                if _COUNT_SENTENCE.fullmatch(text, *sents[j]):
                    # "PKS mengatur kegiatan teknis. Ada empat kegiatan yang kita atur.
                    # Pertama, ...": the counted ordinals are the list; the body before the
                    # count only says what sort of thing they are
                    st.segments = []
                j = _ordinals_at(text, sents, j)
                if st.kind == "scope" and (_FIRST_ORDINAL.match(text, sents[j][0])
                                           or _FIRST_GROUP.match(text, sents[j][0])):
                    # "Pertama, X. Kedua, Y.": the ordinals are its list, an item with no
                    # label is `other` (not a lone "Terakhir, ..." that goes on a story)
                    st.enumerates = True
                while j < len(sents):
                    if _ordinal_item(text, sents[j][0]):
                        st.segments.append(_ordinal_segment(text, *sents[j]))
                        j += 1
                        continue
                    nxt = next((i for i in range(j + 1, min(j + 3, len(sents)))
                                if _ordinal_item(text, sents[i][0])), None)
                    if nxt is None:
                        break
                    j = nxt
            elif st.enumerates and _first_point_in_body(text, st.segments[0]) and j < len(sents) \
                    and _ORDINAL_ITEM.match(text, sents[j][0]):
                # "Adapun poin-poin kesepakatan itu yakni, pertama, A. Kedua, B. Ketiga, C.":
                # the first point in the cue's sentence, each next one a sentence of its own
                while j < len(sents) and _ORDINAL_ITEM.match(text, sents[j][0]):
                    st.segments.append(sents[j])
                    j += 1
            elif not body_has_hit and _empty_body(text, st.segments[0]) and j < len(sents) \
                    and (will_at := _party_will_label(text, *sents[j])) is not None:
                # "Isi kesepakatan itu tidak panjang." + "Jaksa pengacara negara akan memberikan
                # bantuan hukum ...": a cue with nothing after it, then what a party will do
                st.segments.append(_cut(text, will_at, sents[j][1]))
                j += 1
            elif st.enumerates and not body_has_hit and _count_then_list(text, sents, j):
                # "Tanya: Apa isi kesepakatan itu?" + "Jawab: Ada empat." + "A, B, C, dan D.":
                # the count answers first, its list is the sentence after it
                st.segments.append(_body(text, *sents[j + 1]))
                j += 2
            elif st.enumerates and not body_has_hit and j < len(sents) \
                    and not _ends_with_item(text, st.segments[0], sents[j][0]) \
                    and not _focus_names_item(text, st.start, st.segments[0]) \
                    and not _opens_quote(text, st.segments[0], sents[j][0]) \
                    and _sentence_statement(text, sents[j][0], sents[j][1], agree) is None \
                    and not _list_opens_after(text, sents, j, agree) \
                    and not _tells_ceremony(text, *sents[j]):
                # (a next sentence with its own cue, "Isinya ada lima.", is read as one; not one
                # that goes back to the ceremony: "... memuat rincian teknisnya." + "Acara turut
                # dihadiri Wakil Bupati X")
                st.segments.append(_body(text, *sents[j]))
                j += 1
            st.segments = [_cut(text, a, b) for a, b in st.segments]
            bm = _besides_at(text, ss, st.start)
            if bm is not None and (_has_label(text, bm.start(1), bm.end(1)) or _besides_is_item(text, bm, st)):
                # "Selain bantuan hukum, kedua pihak bersepakat untuk ...": what the
                # parties agree on besides is agreed too
                st.segments.insert(0, (bm.start(1), bm.end(1)))
            elif bm is not None:
                out.extend(_besides_agreed(text, bm, st))
            st.end = max([b for _, b in st.segments] + [se])
            out.append(st)
            also = None  # the sentence that adds to a scope statement (its index in `ahead`)
            ahead = sents[j:j + 2]
            last_line = j  # (the last line of ahead[0])
            if ahead and j in broken:
                # "... menggunakan QRIS. Bank juga" + "akan memberikan pelatihan literasi": in a
                # text cut into lines the next sentence goes on in the lines below, read whole
                last_line = _last_line(sents, broken, j)
                ahead = [(sents[j][0], sents[last_line][1])]
                at.setdefault(ahead[0], at[sents[last_line]])
            if j >= len(sents) and at[sents[-1]] + 1 < len(flat):
                # "Kesepakatan itu tidak hanya soal penanganan laporan." | "Baca juga: ..." |
                # "Menurut dia, Ombudsman juga akan memberikan pertimbangan hukum ...": the
                # addition comes after page furniture
                ahead = [flat[at[sents[-1]] + 1]]
            if st.kind == "scope" and ahead and _also_does(text, ahead[0][0], ahead[0][1]):
                also = 0
            elif st.kind == "scope" and len(ahead) > 1 and _adds_does(text, ahead[1][0], ahead[1][1]):
                # "... akan memberikan bantuan hukum. <a sentence on it> Selain
                # pendampingan perkara, kejaksaan juga akan memberikan pelatihan ...": an
                # addition announced as one, after a sentence of comment
                also = 1
            if also is not None and _OPENS_PLACE.match(text, _also_does(text, *ahead[also]).start(2)):
                # "Ombudsman juga akan membuka pos pengaduan di MPP": a service post it
                # sets up, not an area the agreement covers
                also = None
            if also is not None and _only_says(text, *ahead[also]):
                also = None
            if also is not None and _own_scope(text, ahead[also], agree):
                # "Ia menjelaskan, ruang lingkup PKS juga mencakup A, B, serta C": a
                # statement of its own, read as one
                also = None
            if also is not None:
                # "Kesepakatan itu mencakup A dan B. Ombudsman juga akan memberikan C.": the
                # next sentence adds to what the parties take on
                a, b = ahead[also]
                # what they "will also" do is an item of its own ("Kejari juga akan
                # membantu pemulihan aset daerah": its items start at the verb); what
                # someone "also" says or asks is not ("Ia juga meminta ...")
                am = _also_does(text, a, b)
                will = am.group(1) is not None
                lists = _LIST_VERB.fullmatch(am.group(2)) is not None
                out.append(_Statement(start=a, end=b, kind="scope",
                                      enumerates=lists or (will and not _INVOLVES.match(text, am.start(2))),
                                      segments=[_cut(text, am.end(2) if lists else am.start(2) if will else a, b)]))
                if also == 0 and j < len(sents):  # (a sentence between is still read for its own statement)
                    j = last_line + 1
            elif j < len(sents) and _JOINT_DOES.match(text, sents[j][0], sents[j][1]):
                # '"Kesepakatan ini untuk meningkatkan kualitas pelayanan publik. Kita akan
                # bersama-sama mempercepat A, mencegah B, serta C," kata X': the parties'
                # joint undertaking goes on in the next sentence
                a, b = sents[j]
                out.append(_Statement(start=a, end=b, kind=st.kind, enumerates=False, segments=[_cut(text, a, b)]))
                j += 1
            elif st.kind == "scope" and j < len(sents) and _REST_OF_LIST.match(text, sents[j][0], sents[j][1]):
                # 'MoU itu memuat lima ruang lingkup. Di antaranya A, B, dan C.' + '"Dua
                # lainnya yaitu D, serta E," ujar X.': the rest of the counted items
                a, b = sents[j]
                rm = _REST_OF_LIST.match(text, a, b)
                out.append(_Statement(start=a, end=b, kind="scope", enumerates=True, segments=[_cut(text, rm.end(), b)]))
                j += 1
            if st.kind == "scope":
                # "X juga akan A. Selain itu, Y akan B.": more additions after the first
                last = at[ahead[also]] if also is not None else at[sents[j - 1]]
                for a, b, v in _chained_additions(text, flat, last + 1, agree):
                    out.append(_Statement(start=a, end=b, kind="scope", enumerates=not _INVOLVES.match(text, v),
                                          segments=[_cut(text, v, b)]))
                said = _said_also(text, flat, at[sents[j - 1]] + 1, agree)
                if said is not None:
                    # 'X menjelaskan, ruang lingkup MoU meliputi A dan B.' + a quote + 'Ia
                    # menambahkan, Ombudsman juga akan melakukan pemantauan berkala ...':
                    # what the speaker adds the body "will also" do is agreed too
                    a, b, v = said
                    out.append(_Statement(start=a, end=b, kind="scope", enumerates=False,
                                          segments=[_cut(text, v, b)]))
                out.extend(_speaker_adds(text, flat, at[sents[j - 1]] + 1, agree, out))
            k = j
    out.extend(_answers(text, flat, agree, out))
    out.extend(_question_list(text, flat, out))
    out.extend(_embodied(text, flat, agree))
    out.extend(_field_lists(text, flat))
    out.extend(_embodied_clause(text, flat))
    out.extend(_part_of(text, flat))
    out.extend(_explained_roles(text, flat, agree, out))
    out.extend(_set_down_subject(text, flat, agree))
    out.extend(_covered_before(text, flat, out))
    out.extend(_split_roles(text, flat, out))
    out.extend(_roles_after(text, flat, out))
    out.extend(_named_parts_after_agreement(text, flat, out))
    out.extend(_included_next(text, flat, out))
    out.extend(_designated_party_does(text, flat, out))
    out.extend(_quote_goes_on(text, flat, out))
    out.extend(_parties_clause(text, flat, out))
    out.extend(_item_taken_up(text, flat, out))
    out.extend(_joint_besides(text, flat, out))
    out.extend(_aim_after(text, flat, out))
    return out


# a quote that opens with what the agreement brings ('"Dengan PKS ini, petugas kami bisa ...'),
# the speaker's side or the parties named in its sentences ("kami", "kita")
_OPENS_WITH_AGREEMENT = fastre.compile(r"[\"“]\s*(?:dengan|melalui|lewat|berkat|berdasarkan)\s", re.I)
# a quote that opens with what the sides will do with each other ('"Kami akan saling bertukar data
# ...': the speaker's side with its partner)
_OPENS_MUTUAL = fastre.compile(r"[\"“]\s*(?:kami|kita)\s+(?:akan|bakal)\s+(?:(?:terus|segera)\s+)?saling\s", re.I)
_CLOSES_QUOTE = fastre.compile(r"[\"”]")
_WE = fastre.compile(r"\b(?:kami|kita)\b", re.I)
_QUOTE_AHEAD = 4  # sentences of the quote read after its first


def _quote_goes_on(text: str, flat: list, out: list) -> list[_Statement]:
    """The rest of a quote whose first sentence is a scope statement of what the agreement
    brings ('"Dengan PKS ini, petugas kami bisa mengakses data NIK ... Kami juga minta
    Dukcapil melatih petugas rumah sakit ... Dan kalau ada keluhan pasien ..., aduannya
    kita selesaikan bersama dalam satu hari," tutur X') or of what the sides will do with
    each other ('"Kami akan saling bertukar data ... Laporan warga yang masuk ke Ombudsman
    akan kami tindak lanjuti ...," kata X', _OPENS_MUTUAL): the speaker goes on telling what
    the parties will do under it. Each later sentence of the quote (in its paragraph, up
    to its closing mark) that speaks of "kami" / "kita" is read for its labels (it does
    not enumerate: no `other` from it)."""
    starts = {st.start for st in out if st.kind == "scope"}
    res = []
    for i, (ss, se) in enumerate(flat):
        m = _OPENS_WITH_AGREEMENT.match(text, ss, se) or _OPENS_MUTUAL.match(text, ss, se)
        if m is None or not any(ss < c <= m.end() for c in starts) or _CLOSES_QUOTE.search(text, m.end(), se):
            continue
        for a, b in flat[i + 1:i + 1 + _QUOTE_AHEAD]:
            if "\n" in text[ss:a]:
                break  # (a new paragraph: the quote has ended)
            ss = a
            c = _CLOSES_QUOTE.search(text, a, b)
            end = c.start() if c else b  # (up to the closing mark: the speech tag is not the quote's)
            if _WE.search(text, a, end):
                res.append(_Statement(start=a, end=b, kind="scope", enumerates=False, segments=[_strip(text, a, end)]))
            if c is not None:
                break
    return res


# '"Tujuannya satu: meningkatkan kualitas pelayanan publik ...," ujarnya', "Tujuan utamanya adalah
# ...": right after the sentence that tells what the agreement covers, its aim ("-nya" points back
# to that agreement), with no agreement word of its own
_AIM_NEXT = fastre.compile(r"[\"“]?(?:tujuan|maksud)(?:\s+(?:utama|akhir))?nya\s*(?:(?:hanya\s+)?satu\b|adalah\b|yaitu\b|"
                           r"yakni\b|ialah\b)?\s*[:,]?\s*(?:untuk\s+|agar\s+)?", re.I)
# the same aim as what the speaker's side wants that agreement, pointed back at, to bring:
# '"Kami juga ingin kerja sama ini meningkatkan kualitas pelayanan publik ...," katanya' (its
# aim in the side's own words; not a hope about anyone's service, "berharap rumah sakit terus
# meningkatkan mutu layanan", nor a wish told with no scope statement right before it)
_WISHED_AIM = fastre.compile(r"[\"“]?(?:kami|kita)\s+(?:juga\s+)?(?:ingin|mau|berharap|harap|menginginkan)\s+"
                             r"(?:agar\s+|supaya\s+)?(?:kerja\s*sama|kesepakatan|kolaborasi|nota\s+kesepa\w+|MoU|PKS)\s+"
                             r"(?:ini|itu|tersebut)\s+(?:(?:dapat|bisa|mampu|akan)\s+)?", re.I)


# the cue of a purpose statement that names the agreement's aim as such: "bertujuan", "tujuan(nya)"
_AIM_CUE = fastre.compile(r"[\"“]?(?:ber)?tujuan", re.I)


def _aim_after(text: str, flat: list, out: list) -> list[_Statement]:
    """Purpose statements (not enumerating) for the sentences right after a scope statement
    that open with its aim (_AIM_NEXT, _WISHED_AIM), from the words after the opener: why the
    agreement was signed, told of it as the next thing."""
    ends = {st.end for st in out if st.kind == "scope"}
    res = []
    for (_, pe), (a, b) in zip(flat, flat[1:]):
        m = (_AIM_NEXT.match(text, a, b) or _WISHED_AIM.match(text, a, b)) if pe in ends else None
        if m is not None and not any(st.start <= a < st.end for st in out):
            res.append(_Statement(start=a, end=b, kind="purpose", enumerates=False, segments=[_cut(text, m.end(), b)]))
    return res


# "menandatangani nota kesepahaman di bidang pendidikan, penelitian, dan pengabdian kepada
# masyarakat", "kerja sama dalam bidang pariwisata dan pertanian": the fields of the agreement,
# a list of two or more lower-case items (the last after "dan" / "serta"), each up to a word
# that ends the phrase ("pada Rabu", "di Aula ...", "dengan Pemkab X"). A single field
# ("kerja sama di bidang pengawasan pelayanan publik") is the general frame of the
# cooperation, not a list of areas.
_FIELD_STOP = (r"(?:dan|serta|atau|pada|di|ke|dari|dengan|antara|bersama|yang|bertempat|berlangsung|selama|sejak|mulai|"
               r"sebagai|oleh|untuk|guna|tahun|hari|ini|itu|tersebut|secara|melalui)")
_FIELD_ITEM = r"[a-z][\w-]*(?:\s+(?!" + _FIELD_STOP + r"\b)[a-z][\w-]*){0,4}"
_FIELD_LIST = fastre.compile(
    r"(?i:\b(?:nota\s+kesepa\w+|kesepakatan|kesepahaman|kerja\s*-?\s*sama|kerjasama|MoU|PKS|memorandum"
    r"|perjanjian(?:\s+kerja\s*-?\s*sama)?)(?:\s+\([A-Za-z]{2,8}\))?\s+(?:di\s+|dalam\s+)?bidang)\s+"
    r"(" + _FIELD_ITEM + r"(?:\s*,\s*" + _FIELD_ITEM + r")*\s*,?\s+(?:dan|serta)\s+" + _FIELD_ITEM + r")")


_FIELD_LIST_WORDS = fastre.required_words(_FIELD_LIST)


def _field_lists(text: str, sents: list) -> list[_Statement]:
    """Statements for the fields an agreement is said to be in (see _FIELD_LIST): each
    field is an area it covers, `other` where it names no label (RECORD.md: "any other
    stated area (education, health ...)")."""
    out = []
    for a, b in sents:
        if not fastre.may_match(_FIELD_LIST_WORDS, text, a, b):
            continue  # (speed: no "bidang" in the sentence)
        for m in _FIELD_LIST.finditer(text, a, b):
            out.append(_Statement(start=m.start(1), end=m.end(1), kind="scope", enumerates=True,
                                  segments=[m.span(1)]))
    return out


# "Perlindungan itu dituangkan dalam perjanjian kerja sama yang diteken ...": a thing
# named in the sentence before, now said to be set down in the agreement
_EMBODIED = fastre.compile(
    r"[\"“]?([A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:itu|tersebut|ini)\s+(?:pun\s+)?(?:kemudian\s+|lalu\s+|juga\s+)?"
    r"(?:dituangkan|tertuang|diatur|dimuat|termuat|tercantum|dicantumkan|diikat|dikukuhkan|diformalkan)\s+"
    r"(?:di\s+)?(?:dalam|melalui|lewat|pada)\s+(?=(?:nota\s+kesepa\w+|kesepakatan|kesepahaman|kerja\s*sama|kerjasama"
    r"|MoU|PKS|memorandum|perjanjian)\b)", re.I)
_EMBODIED_END = fastre.compile(r"[,;:]|[.!?](?=\s|$)")


def _embodied(text: str, sents: list, agree) -> list[_Statement]:
    """Statements for "<X> itu dituangkan dalam <agreement>": X as the sentence before
    names it ("Peserta mendapat perlindungan jaminan kecelakaan kerja dan jaminan kematian
    ..." + "Perlindungan itu dituangkan dalam perjanjian kerja sama ..."), from the noun to
    the end of its clause, is what the agreement covers (an enumeration). Not where X
    is the agreement itself or says nothing ("Kesepakatan itu dituangkan dalam nota
    kesepahaman", "Hal itu diatur dalam PKS")."""
    v = _vocab()
    low = folded(text)
    out = []
    for i in range(1, len(sents)):
        a, b = sents[i]
        m = _EMBODIED.match(text, a, b)
        if m is None:
            continue
        noun = m.group(1)
        na, nb = m.span(1)
        if _has_match(agree, text, na, nb, None) or any(rx.fullmatch(low, na, nb) for rx in v.cues.get("@vacuous", [])):
            continue
        pa, pb = sents[i - 1]
        found = None
        for f in re.finditer(r"(?<!\w)" + re.escape(noun.lower()) + r"(?!\w)", low[pa:pb]):
            found = f
        if found is None:
            continue
        s0 = pa + found.start()
        e = _EMBODIED_END.search(text, s0, pb)
        e0 = e.start() if e else pb
        if len(_WORDS.findall(text, s0, e0)) < 2:
            continue
        out.append(_Statement(start=a, end=b, kind="scope", enumerates=True, segments=[_strip(text, s0, e0)]))
    return out


# '"... Karena itu sosialisasi juga menjadi bagian dari kesepakatan ini," ujar X': an activity
# said to be part of the agreement, named before the verb
_PART_OF = fastre.compile(
    r"\s+(?:(?:juga|pun|pula|turut)\s+)?(?:menjadi|merupakan|termasuk)\s+(?:(?:salah\s+satu\s+)?bagian|salah\s+satu\s+"
    r"(?:poin|butir|isi|materi|klausul|program|kegiatan))\s+(?:dari|dalam)\s+(?:isi\s+)?(?=(?:nota\s+kesepa\w+|kesepakatan"
    r"|kesepahaman|kerja\s*sama|kerjasama|MoU|PKS|memorandum|perjanjian)\b)", re.I)
_PART_OF_WORDS = fastre.required_words(_PART_OF)  # (speed: a prefilter, fastre.may_match)
# what may open the clause before the activity: a quote, a connective ("Karena itu", "Selain itu,")
_PART_OPENER = fastre.compile(
    r"[\"“]?(?:(?:(?:oleh\s+)?karena\s+itu|untuk\s+itu|maka(?:nya)?|selain\s+itu|di\s+samping\s+itu|nantinya|ke\s+depan)"
    r"\s*,?\s+)?", re.I)
_PART_CLAUSE = fastre.compile(r"[,;:\"“]\s*")
_PART_DEMONSTRATIVE = fastre.compile(r"\b(?:ini|itu|tersebut|tadi)$", re.I)


def _part_of(text: str, sents: list) -> list[_Statement]:
    """Statements for an activity said to be part of the agreement ("Karena itu sosialisasi
    juga menjadi bagian dari kesepakatan ini", "Pelatihan operator merupakan salah satu
    poin dalam PKS"): the activity, from its clause's start (after a connective) to the
    verb, is an item (an enumeration: `other` where it names no label). Only an activity
    noun (pe-/ke-...-an, -isasi) or a label phrase of a few words; not what points back
    ("Hal itu juga menjadi bagian dari kesepakatan", "Penandatanganan ini merupakan bagian
    dari kerja sama ...")."""
    out = []
    for a, b in sents:
        m = _PART_OF.search(text, a, b) if fastre.may_match(_PART_OF_WORDS, text, a, b) else None
        if m is None:
            continue
        s0 = a
        for c in _PART_CLAUSE.finditer(text, a, m.start()):
            s0 = c.end()
        o = _PART_OPENER.match(text, s0, m.start())
        if o is not None:
            s0 = o.end()
        s0, e0 = _strip(text, s0, m.start())
        if e0 <= s0 or len(_WORDS.findall(text, s0, e0)) > 6 or _PART_DEMONSTRATIVE.search(text, s0, e0):
            continue
        if not (_NOMINAL.match(text, s0, e0) or any(h[0] == s0 for h in _label_hits(text, s0, e0))):
            continue
        # (the statement is the activity alone, as in _embodied_clause: the rest of the
        # sentence may name the parties)
        out.append(_Statement(start=s0, end=e0, kind="scope", enumerates=True, segments=[(s0, e0)]))
    return out


_ANAPHORA_WORDS = word_set("scope_anaphora_words.txt")
# what the sentence before says "will" happen: "... bakal terdaftar sebagai peserta JKN"
_WILL_HAPPEN = fastre.compile(r"\b(?:akan|bakal)\s+(?:(?:segera|langsung|mulai|turut|ikut)\s+)?(?=[a-z])", re.I)


def _embodied_clause(text: str, sents: list) -> list[_Statement]:
    """Statements for "<noun> itu tertuang dalam <agreement>" where the noun points back
    to the sentence before as a whole (data/scope_anaphora_words.txt: "Kepastian itu",
    "Hal itu") and that sentence says what "will" happen ("Sebanyak 9.400 pekerja
    informal bakal terdaftar sebagai peserta JKN yang iurannya ditanggung APBD."): from
    the verb after "akan" / "bakal" to the end of its clause is what the agreement
    covers (an enumeration). _embodied reads the noun named in the sentence before."""
    out = []
    for i in range(1, len(sents)):
        a, b = sents[i]
        m = _EMBODIED.match(text, a, b)
        if m is None or m.group(1).lower() not in _ANAPHORA_WORDS:
            continue
        pa, pb = sents[i - 1]
        w = _WILL_HAPPEN.search(text, pa, pb)
        if w is None:
            continue
        e = _EMBODIED_END.search(text, w.end(), pb)
        s0, e0 = _strip(text, w.end(), e.start() if e else pb)
        if len(_WORDS.findall(text, s0, e0)) < 2:
            continue
        # (the statement is the clause: the sentence with the agreement names the parties,
        # which a statement's span would hide from the party search)
        out.append(_Statement(start=s0, end=e0, kind="scope", enumerates=True, segments=[(s0, e0)]))
    return out


# "Ruang lingkup nota kesepakatan juga mencakup pemantauan ...": a scope statement saying
# the agreement "also" covers something adds to what was told before it; a party that
# "will" do a labelled activity in the few sentences before ("Menurut X, YPCII akan
# melakukan pelatihan bagi kader posyandu ...") told part of it
_COVERS_ALSO = fastre.compile(r"\bjuga\s+(?:mencakup|mencakupi|meliputi|mengatur|memuat)\b"
                              r"|\bjuga\s+(?:diatur|dimuat|termuat|tercantum|tertuang|dituangkan)\s+(?:di\s+)?(?:dalam|pada)\b", re.I)
_BACK = 5  # sentences before the statement (a quote between)
# "Poin lain dalam nota kesepahaman itu adalah ...", "Butir berikutnya yang disepakati ialah ...":
# a scope statement that names one more point of the agreement, after one told before it
_ANOTHER_POINT = fastre.compile(r"[\"“]?(?:poin|butir|hal|materi|klausul|isi)\s+(?:lain(?:nya)?|berikutnya|tambahan)\b", re.I)
# "Selain itu, nota kesepahaman mencakup ...": the opener says the agreement covers this besides
# what the sentence before told, as "juga" does
_BESIDES_COVERS = fastre.compile(r"[\"“]?(?:selain\s+itu|di\s+samping\s+itu)\s*,?\s+(?:[\w.()/-]+\s+){1,6}?"
                                 r"(?:mencakup|mencakupi|meliputi|mengatur|memuat)\b", re.I)
# "Program Desa Antimaladministrasi diarahkan untuk pencegahan maladministrasi ...": what the
# agreed programme is aimed at, told right before such an addition
_AIMED = fastre.compile(r"[\"“]?(?:[\w.()/-]+\s+){1,6}?(?:diarahkan|ditujukan|difokuskan|dititikberatkan)\s+"
                        r"(?:untuk|pada|kepada|bagi)\s+", re.I)
# "Marwan menjelaskan, USK akan menerjunkan dosen dan mahasiswa untuk A, B, serta C": a party
# that will put people or means to a list of activities (the list after "untuk")
_WILL_FOR = fastre.compile(
    r"(?:(?:Ia|Dia|Beliau|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s+(?:menjelaskan|mengatakan|menyebut(?:kan)?|"
    r"memaparkan|menerangkan|menuturkan|menambahkan|mengungkapkan|menyatakan)\s*,?\s+(?:bahwa\s+)?)?"
    r"(?:[\w.-]+\s+){1,4}?(?:juga\s+)?(?:akan|bakal)\s+(?:me|mem|men|meng|meny)[a-z]{3,}\s+"
    r"(?:[\w.-]+\s+){1,4}?untuk\s+")
# "Direktur X menyebut pelayanan bagi peserta JKN meliputi A, B, C dan D": a list told with a
# list verb (its subject no agreement word, so no statement of its own)
_LISTED = fastre.compile(r"\b(?:meliputi|mencakup|mencakupi)\s+", re.I)


def _covered_before(text: str, flat: list, out: list) -> list[_Statement]:
    """Statements for the sentences just before an "also covers" scope statement
    (_COVERS_ALSO in its sentence) where a party "will" do a labelled activity with a
    light verb (_WILL_LIGHT); none enumerates (only the labels count)."""
    res: list[_Statement] = []
    starts = [a for a, _ in flat]
    for st in [o for o in out if o.kind == "scope"]:
        i = bisect_left(starts, st.start + 1) - 1
        if i < 0:
            continue
        besides = _BESIDES_COVERS.match(text, *_strip(text, *flat[i])) is not None
        if not besides and not _COVERS_ALSO.search(text, flat[i][0], flat[i][1]):
            continue
        if besides and i > 0 and not any(o.start <= flat[i - 1][0] < o.end for o in out + res):
            a, b = flat[i - 1]
            m = _AIMED.match(text, *_strip(text, a, b))
            if m is not None and _has_label(text, m.end(), b):
                res.append(_Statement(start=a, end=b, kind="scope", enumerates=False, segments=[_cut(text, m.end(), b)]))
        for a, b in flat[max(0, i - _BACK):i]:
            if any(o.start <= a < o.end or o.start < b <= o.end for o in out + res):
                continue
            m = _WILL_LIGHT.match(text, a, b)
            if m is not None and _has_label(text, m.end(), b):
                res.append(_Statement(start=a, end=b, kind="scope", enumerates=False, segments=[_cut(text, m.end(), b)]))
                continue
            # what the agreement "also" covers adds to a list told just before it: the
            # activities a party will put people to (with a label among them), or the items
            # of a list verb; each item is one (an enumeration: `other` where it names no label)
            m = _WILL_FOR.match(text, a, b) or _LISTED.search(text, a, b)
            if m is not None and _is_list(text, m.end(), b) and (m.re is _LISTED or _has_label(text, m.end(), b)):
                res.append(_Statement(start=m.end(), end=b, kind="scope", enumerates=True, segments=[_cut(text, m.end(), b)]))
    return res


# "Pertukaran data kesehatan antara dinas dan kampus juga diatur dalam kesepahaman itu": an
# activity, the sentence's subject, said to be set down in the agreement (not what "will" be,
# "Teknisnya akan diatur dalam PKS", a later document; nor a demonstrative, _embodied)
_SET_DOWN = fastre.compile(
    r"\s+(?:(?:juga|pun|pula|turut)\s+)?(?:(?:sudah|telah)\s+)?(?:diatur|dimuat|termuat|tercantum|tertuang|dituangkan)\s+"
    r"(?:di\s+)?(?:dalam|pada)\s+(?:isi\s+)?(?=(?:nota\s+kesepa\w+|kesepakatan|kesepahaman|kerja\s*sama|kerjasama"
    r"|MoU|PKS|memorandum|perjanjian)\b)", re.I)
_SET_DOWN_WORDS = fastre.required_words(_SET_DOWN)
_SET_DOWN_MAX = 10  # words of the subject
_SET_DOWN_LATER = fastre.compile(r"\b(?:akan|bakal|nantinya|kelak|selanjutnya|kemudian|rencananya)$", re.I)


def _set_down_subject(text: str, sents: list, agree) -> list[_Statement]:
    """Statements for a sentence whose subject, an activity, is said to be set down in the
    agreement (_SET_DOWN): the subject, from the sentence's start (after a quote or a
    connective) to the verb, is an item (an enumeration, as _part_of's). Only an activity
    noun (pe-/ke-...-an, -isasi) or a label phrase; not the agreement itself nor a subject
    that points back ("Hal itu", "Ketentuan tersebut": _embodied reads those)."""
    out = []
    for a, b in sents:
        if not fastre.may_match(_SET_DOWN_WORDS, text, a, b):
            continue  # (speed: none of its verbs in the sentence)
        m = _SET_DOWN.search(text, a, b)
        if m is None:
            continue
        s0 = a
        o = _PART_OPENER.match(text, s0, m.start())
        if o is not None:
            s0 = o.end()
        s0, e0 = _strip(text, s0, m.start())
        if e0 <= s0 or len(_WORDS.findall(text, s0, e0)) > _SET_DOWN_MAX or _PART_DEMONSTRATIVE.search(text, s0, e0) \
                or _SET_DOWN_LATER.search(text, s0, e0) \
                or _PART_CLAUSE.search(text, s0, e0) or _names_agreement(text, s0, e0, agree, _candidates(text)):
            continue
        if not (_NOMINAL.match(text, s0, e0) or any(h[0] == s0 for h in _label_hits(text, s0, e0))):
            continue
        out.append(_Statement(start=s0, end=e0, kind="scope", enumerates=True, segments=[(s0, e0)]))
    return out


# after a scope statement, the speaker's own addition: '"Kami juga akan memberi
# pendampingan ...," ujar X' (a party's "we also will"), 'Ia menambahkan, Ombudsman akan
# melakukan monitoring ...' (what the speaker adds a party will do: "menambahkan" says it
# is an addition, so "juga" may be left out); a light verb, its object the activity
_LIGHT_VERB = r"(?:melakukan|memberikan|memberi|menggelar|menyelenggarakan|mengadakan)\s+"
_WE_ALSO = fastre.compile(r"[\"“]?(?:kami|kita)\s+juga\s+(?:akan|bakal)\s+" + _LIGHT_VERB, re.I)
_ADDED_WILL = fastre.compile(r"(?:Ia|Dia|Beliau|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s+menambahkan\s*,\s+"
                             r"(?:[\w.-]+\s+){1,4}?(?:akan|bakal)\s+" + _LIGHT_VERB)
# the speaker a sentence opens with: "Menurutnya, ...", "Menurut Kajari Budi, ..."
_ACCORDING_TO = r"(?:Menurut(?:nya|\s+[\w.-]+(?:\s+[A-Z][\w.-]*){0,2})\s*,\s+)?"
_SPEAKER_AHEAD = 7  # sentences after the statement (quotes, comment and a page break between)
# "Menurut X, YPCII akan melakukan pelatihan ...": a party that will do something (a light
# verb, its object the activity), as a speaker reports it or not
_WILL_LIGHT = fastre.compile(_ACCORDING_TO + r"(?:[\w.-]+\s+){1,4}?(?:juga\s+)?(?:akan|bakal)\s+" + _LIGHT_VERB, re.I)


# '"Nota kesepakatan ini kami harapkan menjadi pintu masuk. Ada tiga hal pokok, yaitu A, B,
# serta C," jelasnya': a count of points with their list, right after a sentence that names the
# agreement (what the points are points of)
# ('Ada tiga hal pokok yang akan dikerjakan bersama, yakni A, B, serta C': a relative clause on
# what is done with the points, a passive verb, may come between the count and its list)
_COUNTED_LIST = fastre.compile(
    r"[\"“]?(?:ada|terdapat)\s+(?:\d{1,2}|dua|tiga|empat|lima|enam|tujuh|beberapa)\s+(?:hal|poin|butir|point|pokok|bidang|aspek)"
    r"(?:\s+(?:pokok|utama|penting))?"
    r"(?:\s+yang\s+(?:(?:akan|bakal|telah|sudah|kita|kami|perlu|harus|wajib)\s+){0,2}di[a-z]{3,}"
    r"(?:\s+(?:bersama(?:-sama)?|kedua\s+(?:belah\s+)?pihak|para\s+pihak))?)?"
    r"\s*(?:,\s*)?(?:yaitu|yakni|antara\s+lain|di\s*antaranya|meliputi|:)\s*", re.I)


# '"... tadi pagi kami sudah teken MoU dengan BPJS Kesehatan. Isinya supaya semua warga masuk JKN
# ...," ujarnya', "Isinya, agar ...", "Isinya tentang pengelolaan sampah": what "its content" is
# for or about, the content of the agreement the sentence before names (not "Isinya ada tiga hal":
# @scope_list)
_CONTENT_IS = fastre.compile(r"[\"“]?isinya\s*,?\s+(?:(?:adalah|yaitu|yakni|ialah)\s+)?"
                             r"(?:supaya|agar|untuk|tentang|mengenai|soal|terkait)\s+", re.I)


def _counted_after(text: str, prev: tuple[int, int], ss: int, se: int, agree) -> Optional[_Statement]:
    """An enumerating scope statement for a counted list (_COUNTED_LIST), or for what its
    content is (_CONTENT_IS), that names no agreement, when the sentence before it (`prev`,
    the paragraph's or the last of the paragraph before: "Kerja sama itu diteken di balai
    kota." + "Ahmad mengatakan ada tiga hal yang akan dikerjakan bersama, yaitu ...") does.
    Who says it may open the sentence (_REPORTED)."""
    said = _REPORTED.match(text, ss, se)
    at = said.end() if said is not None else ss
    m = _COUNTED_LIST.match(text, at, se) or _CONTENT_IS.match(text, at, se)
    if m is None or not _names_agreement(text, prev[0], prev[1], agree, _candidates(text)):
        return None
    return _Statement(start=ss, end=se, kind="scope", enumerates=True, segments=[_cut(text, m.end(), se)])


# an interview in question-and-answer form: "T: Apakah ada pendampingan untuk pegawai
# Pemkot?" + "J: Ada. Kami akan memberikan bimbingan teknis kepada ...": what the interviewee's
# side says it will do, at the start of an answer, after the agreement's scope was stated
_QUESTION_LINE = fastre.compile(r"(?:T|Tanya|P|Pertanyaan)\s*:")
_ANSWER_LINE = fastre.compile(r"(?:J|Jawab|Jawaban)\s*:\s*")
_ANSWER_WILL = fastre.compile(r"[\"“]?(?:kami|kita)\s+(?:juga\s+)?(?:akan|bakal)\s+(?:(?:terus|rutin)\s+)?" + _LIGHT_VERB, re.I)
_ANSWER_LEAD = 2  # sentences at an answer's start ("Ada." + the commitment)


def _answers(text: str, flat: list, agree, out: list) -> list[_Statement]:
    """Statements for the sentences at the start of an interview's answers (_ANSWER_LINE,
    the line before them a question) where the interviewee's side "will" do a labelled
    activity (_ANSWER_WILL), after a scope statement; none enumerates."""
    first = min((st.start for st in out if st.kind == "scope"), default=None)
    if first is None:
        return []
    res = []
    for a, b in flat:
        if a <= first or any(st.start <= a < st.end for st in out):
            continue
        ls = text.rfind("\n", 0, a) + 1
        am = _ANSWER_LINE.match(text, ls)
        if am is None or len(sentences(text, am.end(), a)) >= _ANSWER_LEAD:
            continue
        q = text.rfind("\n", 0, max(0, ls - 1))
        while q > 0 and not text[q + 1:ls].strip():  # (the blank lines between)
            q = text.rfind("\n", 0, q)
        if _QUESTION_LINE.match(text, q + 1) is None:
            continue
        p = am.end() if a == ls else a
        m = _ANSWER_WILL.match(text, p, b)
        if m is not None and _has_label(text, m.end(), b) and _sentence_statement(text, a, b, agree) is None:
            res.append(_Statement(start=a, end=b, kind="scope", enumerates=False, segments=[_cut(text, m.end(), b)]))
    return res


_QUESTION_ITEMS = 2  # list items, at least, right below the question


def _question_list(text: str, flat: list, out: list) -> list[_Statement]:
    """A statement for a bulleted list right below a question on what the agreement brings
    (@list_question, "Apa manfaatnya buat masyarakat?"; a mark alone such as "🤔" may come
    between): its items, one marker kind, are the list; it enumerates."""
    qs = _vocab().cues.get("@list_question", [])
    if not qs:
        return []
    low = folded(text)
    res = []
    for i, (a, b) in enumerate(flat):
        if text.find("?", a, b) < 0 or not any(rx.fullmatch(low, a, b) for rx in qs) \
                or any(st.start <= a < st.end for st in out):
            continue
        j = _past_marks(text, flat, i + 1) if i + 1 < len(flat) else i + 1
        segs, kind = [], None
        while j < len(flat) and _line_start(text, flat[j][0]):
            lm = _LIST_ITEM.match(text[flat[j][0]:flat[j][1]])
            if lm is None or (kind is not None and _marker_kind(lm.group()) != kind):
                break
            kind = _marker_kind(lm.group())
            segs.append(_cut(text, flat[j][0] + lm.end(), flat[j][1]))
            j += 1
        if len(segs) >= _QUESTION_ITEMS:
            res.append(_Statement(start=a, end=flat[j - 1][1], kind="scope", enumerates=True, segments=segs))
    return res


# right after a statement, the speaker explains what each party will do: "Ia menjelaskan
# Untad akan dilibatkan dalam kajian ..., sementara Ombudsman dan Pemprov akan melakukan
# pemantauan bersama ..."; one clause per party ("sementara", "sedangkan", ";")
_EXPLAINS = fastre.compile(r"(?:Ia|Dia|Beliau|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s+"
                           r"(?:menjelaskan|mengatakan|menyebut(?:kan)?|memaparkan|menerangkan|menuturkan|merinci)"
                           r"\s*,?\s+(?:bahwa\s+)?")
_ROLE_SPLIT = fastre.compile(r",?\s+(?:sementara(?:\s+itu)?|sedangkan|adapun)\s+|;\s*", re.I)
_ROLE = fastre.compile(r"(?:[\w.()/-]+\s+){1,5}?(?:juga\s+)?(?:akan|bakal)\s+(?:(?:turut|ikut|terus)\s+)?"
                       r"(?:(?:dilibatkan|berperan|terlibat)\s+(?:dalam|pada)\s+|" + _LIGHT_VERB + r")", re.I)


def _explained_roles(text: str, sents: list, agree, out: list) -> list[_Statement]:
    """Statements for the sentence right after a statement where the speaker explains
    what the parties will do under it, one party after another (_EXPLAINS, then two or
    more _ROLE clauses): each clause from its activity on is an item (an enumeration, of
    the statement's kind). Only a sentence that names a label and holds no statement of
    its own."""
    res: list[_Statement] = []
    done = set()
    for st in list(out):
        i = next((k for k, (a, b) in enumerate(sents) if a < st.end <= b), None)
        if i is None or i + 1 >= len(sents) or i + 1 in done:
            continue
        a, b = sents[i + 1]
        m = _EXPLAINS.match(text, a, b)
        if m is None or not _has_label(text, m.end(), b) or any(o.start <= a < o.end for o in out) \
                or _sentence_statement(text, a, b, agree) is not None:
            continue
        segs, p = [], m.end()
        for c in list(_ROLE_SPLIT.finditer(text, m.end(), b)) + [None]:
            q = b if c is None else c.start()
            r = _ROLE.match(text, p, q)
            if r is not None:
                segs.append(_cut(text, r.end(), q))
            if c is not None:
                p = c.end()
        if len(segs) >= 2:  # (one clause is what a party will do, see _speaker_adds)
            done.add(i + 1)
            # (from the first role on: the speaker is no part of it)
            res.append(_Statement(start=segs[0][0], end=b, kind=st.kind, enumerates=True, segments=segs))
    return res


# "Pihak kedua menyiapkan mahasiswa magang ...", "Sementara itu, Pihak Pertama berkewajiban menyediakan
# ruang layanan ...": a sentence whose subject is a party named by its place in the agreement ("pihak
# pertama / kedua", the agreement's own terms; not "pihak ketiga", any third party) tells that party's
# part of it (group 1: the verb)
_DESIGNATED_PARTY = fastre.compile(
    r"[\"“]?(?:(?:sementara(?:\s+itu)?|adapun|sebaliknya|di\s+sisi\s+lain)\s*,?\s+)?pihak\s+(?:pertama|kedua)\s+"
    r"(?:(?:juga|pun)\s+)?(?:(?:akan|bakal|wajib|berkewajiban|bertugas|bersedia|siap|bertanggung\s*jawab)\s+(?:untuk\s+)?)?"
    r"((?:me|ber|mem|men|meng|meny)[a-z]{3,})\b", re.I)
# what a party does at the signing itself, not under the agreement
_SIGNING_VERBS = frozenset("""menandatangani meneken mewakili menyaksikan menghadiri menjalin membubuhkan
menyerahkan menerima bertindak berharap""".split())


def _designated_party_does(text: str, flat: list, out: list) -> list[_Statement]:
    """Enumerating scope statements for the sentences after a scope statement that open with
    "Pihak pertama / kedua" and what it does (_DESIGNATED_PARTY), from the verb on; not a
    verb of saying (data/scope_speech_verbs.txt) nor one of the signing itself ("Pihak kedua
    menandatangani ...", _SIGNING_VERBS); a sentence some statement holds is left to it."""
    first = min((st.start for st in out if st.kind == "scope"), default=None)
    if first is None:
        return []
    res: list[_Statement] = []
    for a, b in flat:
        if a <= first:
            continue
        m = _DESIGNATED_PARTY.match(text, a, b)
        if m is None or m.group(1).lower() in _SPEECH_VERBS or m.group(1).lower() in _SIGNING_VERBS \
                or any(o.start <= a < o.end for o in out):
            continue
        res.append(_Statement(start=a, end=b, kind="scope", enumerates=True, segments=[_cut(text, m.start(1), b)]))
    return res


# '"Termasuk pendampingan untuk proyek-proyek pemulihan pascabanjir ini.': a sentence that opens
# with "termasuk" (no verb of its own) names one more thing the statement before it covers
_INCLUDED = fastre.compile(r"[\"“]?(?:termasuk|tak\s+terkecuali|tidak\s+terkecuali)\s+", re.I)


def _included_next(text: str, flat: list, out: list) -> list[_Statement]:
    """Statements (not enumerating, of the same kind) for the sentence right after a
    statement that opens with "Termasuk ..." (_INCLUDED) and no statement holds."""
    res: list[_Statement] = []
    starts = [a for a, _ in flat]
    for st in list(out):
        i = bisect_left(starts, st.end)
        if i >= len(flat) or (i > 0 and flat[i - 1][1] > st.end):
            continue
        a, b = flat[i]
        m = _INCLUDED.match(text, a, b)
        if m is None or any(o.start <= a < o.end for o in out + res):
            continue
        res.append(_Statement(start=a, end=b, kind=st.kind, enumerates=False, segments=[_cut(text, m.end(), b)]))
    return res


# "Kedua pihak membagi peran secara jelas.", "... sepakat berbagi peran.": the parties split the
# work of the agreement between them, and the next sentence tells the parts, one clause per party
# ("Pemkab akan A dan B, sementara USU akan C") or as a spoken list ('"Ada A, ada B, ada C," ujarnya')
# (the split told in the passive: "Dalam PKS tersebut, peran masing-masing pihak dibagi cukup
# jelas.", "Tugas kedua pihak terbagi sebagai berikut.")
_SPLITS_ROLES = fastre.compile(r"\b(?:membagi|berbagi|bagi)\s+(?:peran|tugas)\b|\bpembagian\s+(?:peran|tugas)\b"
                               r"|\b(?:peran|tugas)(?:nya)?\b[^.!?\n\"“”]{0,40}?\b(?:dibagi|terbagi)\b", re.I)
_SPLITS_ROLES_WORDS = fastre.required_words(_SPLITS_ROLES)  # (speed: a prefilter)
_THERE_IS = fastre.compile(r"(?:[\"“]|,\s*(?:(?:dan|serta)\s+)?)?\bada\s+", re.I)
_PARTY_WILL = fastre.compile(r"(?:[\w.()/-]+\s+){1,5}?(?:juga\s+)?(?:akan|bakal)\s+(?:(?:turut|ikut|terus)\s+)?"
                             r"(?=(?:me|ber|mem|men|meng)[a-z]{3,}\b)", re.I)
# a party's clause told as what it does, with no "akan": "Pemkab Kulon Progo menyediakan pondokan
# ...", "UAD mengirimkan mahasiswa KKN ..." (the verb in lower case, so not a name "Universitas
# Merdeka"); group 1 is the verb
_PARTY_DOES = fastre.compile(r"(?:[\w.()/-]+\s+){1,5}?(?:juga\s+)?((?-i:(?:me|ber)[a-z]{3,}))\b", re.I)
# the next party's sentence: "Sedangkan UAD mengirimkan ...", "Sementara itu, PLN membangun ..."
_OTHER_PARTY = fastre.compile(r"(?:sedangkan|sementara(?:\s+itu)?|adapun|di\s+sisi\s+lain|sebaliknya)\s*,?\s+", re.I)
_ROLE_SENTENCES = 3  # sentences of the parts, at most (a party each, a sentence each)


def _party_clause(text: str, p: int, q: int) -> Optional[tuple[int, int]]:
    """What a party takes on in the clause text[p:q] ("X akan A", "X menyediakan A"), from
    its verb on, or None: not a verb of saying ("Bupati mengatakan ...")."""
    r = _PARTY_WILL.match(text, p, q)
    if r is not None:
        return _cut(text, r.end(), q)
    r = _PARTY_DOES.match(text, p, q)
    if r is not None and r.group(1).lower() not in _SPEECH_VERBS:
        return _cut(text, r.start(1), q)
    return None


def _split_at(rx, text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of text[a:b] between the matches of rx (the matches left out)."""
    out, p = [], a
    for c in rx.finditer(text, a, b):
        out.append((p, c.start()))
        p = c.end()
    out.append((p, b))
    return out


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The clauses of the sentence text[a:b], _ROLE_SPLIT between ("X akan A, sementara Y akan B")."""
    return _split_at(_ROLE_SPLIT, text, a, b)


def _role_clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Each party's part in the sentence text[a:b], one per clause (_clauses)."""
    segs = [_party_clause(text, p, q) for p, q in _clauses(text, a, b)]
    return [seg for seg in segs if seg is not None]


# in a party's clause, a verb before its own ("Kabupaten Way Kanan dijadwalkan menyusul"), or a
# verb that opens what is said ("Ia menambahkan, sebelumnya ..."): no party doing its part
_VERB_WORD = fastre.compile(r"\b(?:di|me|ber|ter)[a-z]{3,}\b")
_OPENS_SAYING = fastre.compile(r"[a-z]+\s*(?:,|bahwa\b)")


def _party_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Each party's part in the sentence text[a:b] (_party_clause, one per clause) when every
    clause is one: a party named with no verb of its own, then what it does; else []."""
    segs = []
    for p, q in _clauses(text, a, b):
        seg = _party_clause(text, p, q)
        if seg is None or _VERB_WORD.search(text, p, seg[0]) or _OPENS_SAYING.match(text, seg[0], q):
            return []
        segs.append(seg)
    return segs


def _split_roles(text: str, flat: list, out: list) -> list[_Statement]:
    """Enumerating statements for the sentence right after one where the parties split
    their roles (_SPLITS_ROLES), when no statement holds it: each party's clause
    (_ROLE_SPLIT between, two or more) from its verb on, or each "ada X" of a list of two
    or more, is what the agreement covers. The other party's part may come as a sentence
    of its own ("Pemkab menyediakan A, B, serta C." + "Sedangkan UAD mengirimkan D dan
    melatih E.", _OTHER_PARTY), read with it."""
    res: list[_Statement] = []
    for i in range(len(flat) - 1):
        if not fastre.may_match(_SPLITS_ROLES_WORDS, text, *flat[i]) or not _SPLITS_ROLES.search(text, *flat[i]):
            continue
        a, b = flat[i + 1]
        if any(st.start <= a < st.end for st in out):
            continue
        segs = []
        m = _THERE_IS.match(text, a, b)
        if m is not None:  # "Ada A, ada B, ada C"
            p = m.end()
            while m is not None:
                nxt = _THERE_IS.search(text, p, b)
                while nxt is not None and text[nxt.start()] != ",":  # (the next "ada" opens an item)
                    nxt = _THERE_IS.search(text, nxt.end(), b)
                segs.append(_cut(text, p, nxt.start() if nxt else b))
                m, p = nxt, nxt.end() if nxt else b
        else:  # "X akan A, sementara Y akan B"
            segs = _role_clauses(text, a, b)
            k = i + 2
            while segs and k < min(len(flat), i + 1 + _ROLE_SENTENCES):
                # "... serta C." + "Sedangkan UAD mengirimkan D ...": the next party's part
                om = _OTHER_PARTY.match(text, *flat[k])
                if om is None or any(st.start <= flat[k][0] < st.end for st in out):
                    break
                more = _role_clauses(text, om.end(), flat[k][1])
                if not more:
                    break
                segs += more
                b = flat[k][1]
                k += 1
        if len(segs) >= 2:
            res.append(_Statement(start=a, end=b, kind="scope", enumerates=True, segments=segs))
    return res


def _roles_after(text: str, flat: list, out: list) -> list[_Statement]:
    """Enumerating statements for the sentence right after a scope statement that tells the
    other parties' parts, one clause each ("Melalui kerja sama ini, Dinas akan memberikan
    pendampingan ..." + "BUMDes bertugas menyediakan gudang sortir, sedangkan koperasi
    menghimpun hasil panen ..."): each clause from its verb on is what the agreement covers,
    as after a sentence that splits the roles (_split_roles); only where there are two clauses
    or more and every one is such a part (_party_parts). Not a sentence some statement holds."""
    res: list[_Statement] = []
    starts = [a for a, _ in flat]
    for st in out:
        if st.kind != "scope":
            continue
        i = bisect_left(starts, st.end)
        if i >= len(flat) or (i > 0 and flat[i - 1][1] > st.end):
            continue
        a, b = flat[i]
        if any(o.start <= a < o.end for o in out + res):
            continue
        segs = _party_parts(text, a, b)
        if len(segs) >= 2:
            res.append(_Statement(start=a, end=b, kind="scope", enumerates=True, segments=segs))
    return res


# the agreement named and pointed back at: "nota kesepahaman ini dibuat sebagai satu dokumen
# bersama", "Kerja sama tersebut ditandatangani ..."
_AGREEMENT_BACK = fastre.compile(r"\b(?:nota\s+kesepa\w+|kesepakatan|kesepahaman|kerja\s*sama|kerjasama|MoU|PKS|"
                                 r"perjanjian(?:\s+kerja\s*sama)?)(?:\s+bersama)?\s+(?:ini|itu|tersebut)\b", re.I)


# what a text contains, not what a party does: "Pasal 1 memuat ketentuan umum"
_CONTENT_VERB = fastre.compile(r"(?:memuat|mengatur|berisi(?:kan)?|mencakup|mencakupi|meliputi|menjelaskan|menyebutkan)\b", re.I)


def _named_parts_after_agreement(text: str, flat: list, out: list) -> list[_Statement]:
    """Enumerating statements for the sentence right after one that names the agreement
    pointed back at (_AGREEMENT_BACK) that splits the work among the parties, each clause a
    party named with a capital doing its part, "sementara / sedangkan" before the last
    ("... nota kesepahaman ini dibuat sebagai satu dokumen bersama." + "Pemprov menyiapkan
    anggaran beasiswa, UHO menyusun kurikulum ..., sementara Konawe dan Kolaka menyiapkan
    peserta ..."): what each takes on is what the agreement covers, as in _roles_after.
    Not a sentence some statement holds, nor clauses of anyone unnamed ("warga membantu"),
    nor the parts of the document and what they contain ("Pasal 1 memuat ketentuan umum,
    sedangkan Pasal 2 mengatur maksud dan tujuan", _CONTENT_VERB)."""
    res: list[_Statement] = []
    for (pa, pb), (a, b) in zip(flat, flat[1:]):
        if _AGREEMENT_BACK.search(text, pa, pb) is None or any(o.start <= a < o.end for o in out + res):
            continue
        segs = _party_parts(text, a, b)  # (a part per clause, or none)
        if len(segs) < 2 or not all(text[p:q].lstrip("\"“ ")[:1].isupper() for p, q in _clauses(text, a, b)):
            continue
        if not any(_CONTENT_VERB.match(text, *seg) for seg in segs):
            res.append(_Statement(start=a, end=b, kind="scope", enumerates=True, segments=segs))
    return res


# 'Hotlan menyebut Tirtanadi juga akan melatih operator dari dinas ...', 'Bank juga akan menggelar
# pelatihan bagi petugas Bapenda ...': (reported by a speaker or not) a party "also will" do
# something; an addition to the statement when its verb names a label itself ("melatih") or
# is a light verb before a labelled object
_ALSO_WILL = fastre.compile(
    r"(?:(?:Ia|Dia|Beliau|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s+"
    r"(?:menyebut(?:kan)?|mengatakan|menjelaskan|menambahkan|mengungkapkan|menuturkan|memastikan)\s*,?\s+(?:bahwa\s+)?)?"
    # (a party's own words may open with the quote: '"Kami juga akan bertukar data ...," katanya')
    # ("kedua lembaga juga akan saling bertukar data ...": what the sides also do with each other)
    r"[\"“]?(?:[\w.-]+\s+){1,4}?juga\s+(?:akan|bakal)\s+(?:(?:turut|ikut|terus|saling)\s+)?"
    r"(?=(?:me|ber|mem|men|meng)[a-z]{3,}\b)")
_LIGHT = fastre.compile(_LIGHT_VERB, re.I)


def _signing_or_agreement(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] (a besides-phrase) is the signing ("penandatanganan MoU") or names
    the agreement itself: no activity of its own."""
    return text[a:b].lower().startswith(("penandatanganan", "penekenan")) \
        or _names_agreement(text, a, b, _vocab().cues.get("@agreement", []), _candidates(text))


def _label_at_verb(text: str, v: int, b: int) -> Optional[int]:
    """`v` when what is done from text[v] names a label right away, at its verb or after a
    light verb ("memberikan pelatihan"), else None."""
    lm = _LIGHT.match(text, v, b)
    if lm is not None:
        return v if _has_label(text, lm.end(), b) else None
    return v if any(h[0] == v for h in _label_hits(text, v, b)) else None


def _also_will(text: str, a: int, b: int):
    """The start of what a party "also will" do in text[a:b] (_ALSO_WILL) when it names a
    label right away, at its verb or after a light verb, else None."""
    m = _ALSO_WILL.match(text, a, b)
    return _label_at_verb(text, m.end(), b) if m is not None else None


def _besides_other_than_signing(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] opens "Selain <a thing>," where the thing is no signing nor the
    agreement itself ("Selain kredit, Bank X juga akan ...": besides the agreement's
    subject, another activity; not "Selain penandatanganan MoU, ...")."""
    m = _BESIDES.match(text, a, b)
    return m is not None and not _signing_or_agreement(text, *m.span(1))


def _announced_will(text: str, a: int, b: int):
    """The start of what a party will do in a sentence opened as an addition ("Selain itu, IT
    Del juga akan menggelar pelatihan bagi aparatur desa", "Di samping itu, dinas akan
    memberikan bimbingan teknis ...", _adds_does) when it names a label at its verb or after a
    light verb, as _also_will; else None. Only after "Selain itu" and the like (besides a
    named thing, "Selain penandatanganan MoU, ...", is _joint_besides's); not a post or
    counter it opens (_OPENS_PLACE), nor what someone "also" says (no "akan")."""
    if _BESIDES_THAT.match(text, a, b) is None and not _besides_other_than_signing(text, a, b):
        return None  # ("Selain penandatanganan MoU, X juga akan ...": besides the signing, _joint_besides)
    m = _adds_does(text, a, b)
    if m is None or m.group(1) is None or _OPENS_PLACE.match(text, m.start(2)):
        return None
    return _label_at_verb(text, m.start(2), b)


# "Rudi menambahkan, penilaian kinerja rumah sakit akan dilakukan secara berkala": the speaker
# adds a labelled activity, the subject of a passive "will be carried out" (its doer left unsaid)
_ADDED_BY = (r"(?:(?:dr|drg|drh|ir|prof|hj?)\.?\s+)?(?:Ia|Dia|Beliau|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*,?\s+"
             r"(?:menambahkan|menjelaskan|mengatakan|menyebut(?:kan)?|memastikan|menuturkan)\s*,?\s+(?:bahwa\s+)?")
_ADDED_PASSIVE = fastre.compile(
    _ADDED_BY +
    r"((?:[\w.()/-]+\s+){1,6}?)(?:juga\s+)?(?:akan|bakal)\s+(?:(?:terus|rutin)\s+)?"
    r"(?:dilakukan|dilaksanakan|digelar|diselenggarakan|diadakan)\b")


# "bimtek serupa", "pelatihan sejenis", "kegiatan yang sama": more of an activity the text has
# already told (the day's own event: "Novia menambahkan, bimtek serupa akan digelar di tingkat
# kecamatan"), nothing new the agreement adds
_LIKE_TOLD = fastre.compile(r"\s+(?:serupa|sejenis|yang\s+(?:sama|serupa|sejenis))\b", re.I)


def _added_passive(text: str, a: int, b: int) -> Optional[tuple[int, int]]:
    """The subject of a passive the speaker adds "will be carried out" (_ADDED_PASSIVE) when
    a label starts it and it is not more of something told before (_LIKE_TOLD right after
    that label), else None."""
    m = _ADDED_PASSIVE.match(text, a, b)
    if m is None:
        return None
    s0, e0 = _strip(text, m.start(1), m.end(1))
    first = next((h for h in _label_hits(text, s0, e0) if h[0] == s0), None)
    if first is None or _LIKE_TOLD.match(text, first[1], e0):
        return None
    return s0, e0


# "Ia menambahkan, data kunjungan pasien di puskesmas juga akan dibagikan kepada FK Unud ...": the
# speaker adds a clause that is itself a label phrase with its "will" in it (a passive of exchange,
# data/scope.tsv), what will be done under the agreement
_ADDED_CLAUSE = fastre.compile(_ADDED_BY)
_WILL_SAID = fastre.compile(r"\b(?:akan|bakal)\b", re.I)  # "akan" / "bakal"


def _added_label_clause(text: str, a: int, b: int) -> Optional[tuple[int, int]]:
    """The clause the speaker adds (_ADDED_CLAUSE, up to its first comma) when a label phrase
    starts it and holds its "akan" / "bakal", else None; not a label phrase that is only the
    subject of what follows ("Ia menambahkan, pengawasan yang lemah akan membuat ...")."""
    m = _ADDED_CLAUSE.match(text, a, b)
    if m is None:
        return None
    c = _CLAUSE_END.search(text, m.end(), b)
    e = c.start() if c else b
    for h in _label_hits(text, m.end(), e):
        if h[0] == m.end() and _WILL_SAID.search(text, h[0], h[1]) is not None:
            return _strip(text, m.end(), e)
    return None


def _speaker_adds(text: str, flat: list, j: int, agree, out: list) -> list[_Statement]:
    """Statements for the sentences in the few from `flat[j]` on (after a scope statement)
    where a party says it "also will" do, or the speaker adds a party "will" do, an
    activity with a label (_WE_ALSO, _ADDED_WILL); another statement on the way ends the
    search (a purpose statement is passed over). None enumerates (as _said_also's and the parties' joint undertaking)."""
    res = []
    for i in range(j, min(j + _SPEAKER_AHEAD, len(flat))):
        a, b = flat[i]
        st = _sentence_statement(text, a, b, agree)
        if st is not None and st.kind == "purpose":
            continue  # ('"Tujuan kerja sama ini untuk ...," kata X': why, between; as _said_also)
        if st is not None:
            break
        if any(st.start <= a < st.end for st in out):
            continue
        m = _WE_ALSO.match(text, a, b) or _ADDED_WILL.match(text, a, b)
        if m is not None and _has_label(text, m.end(), b):
            res.append(_Statement(start=a, end=b, kind="scope", enumerates=False, segments=[_cut(text, m.end(), b)]))
            continue
        subj = _added_passive(text, a, b) or _added_label_clause(text, a, b)
        if subj is not None:
            res.append(_Statement(start=a, end=b, kind="scope", enumerates=False, segments=[subj]))
            continue
        v = _also_will(text, a, b)
        if v is not None and _own_service_promise(text, a, v, b):
            v = None
        if v is None:
            v = _announced_will(text, a, b)
        if v is None:
            v = _reported_will(text, a, b)
        if v is None:
            v = _mutual_will(text, a, b)
        if v is not None:
            res.append(_Statement(start=a, end=b, kind="scope", enumerates=False, segments=[_cut(text, v, b)]))
    return res


# '"Kami juga akan meningkatkan kualitas layanan di fasilitas kesehatan ...," ujarnya': one side's
# own promise, in its own words, of better service is the speech RECORD.md leaves out of
# service_quality (a speech that praises or urges good service), not a programme agreed
_OWN_SIDE_QUOTE = fastre.compile(r"[\"“](?:kami|kita)\s", re.I)


def _own_service_promise(text: str, a: int, v: int, b: int) -> bool:
    """Whether the sentence at `a`, a quote opened by "kami" / "kita", says the speaker's
    side will also do (from `v`) nothing but improve service (service_quality alone)."""
    if _OWN_SIDE_QUOTE.match(text, a, b) is None:
        return False
    labels = {h[2] for h in _label_hits(text, *_cut(text, v, b))}
    return labels == {"service_quality"}


# 'Y menyebut Bank X siap menempatkan petugas di Bapenda serta memberikan pelatihan kepada
# bendahara ...': a speaker reports what a party will or stands ready to do (no "juga"); not
# the speaker's own side ("Wabup X menambahkan, pihaknya akan memantau tindak lanjut di tiap
# OPD": its own offices, not the agreement)
_REPORTED_WILL = fastre.compile(
    # (the speaker's office may come first, the name after it set off by commas: "Direktur RSUD
    # X, Stenly, menambahkan bahwa kedua pihak akan melakukan evaluasi ...")
    r"(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,5}\s*,\s+)?"
    r"(?:(?:dr|drg|drh|ir|prof|hj?)\.?\s+)?(?:Ia|Dia|Beliau|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*,?\s+"
    r"(?:menyebut(?:kan)?|mengatakan|menjelaskan|menambahkan|mengungkapkan|menuturkan|memastikan|menyatakan)\s*,?\s+"
    r"(?:bahwa\s+)?(?!pihaknya\b)(?:[\w.-]+\s+){1,4}?(?:akan|bakal|siap|bersedia)\s+(?:(?:turut|ikut|terus)\s+)?"
    r"(?=(?:me|ber|mem|men|meng)[a-z]{3,}\b)")
# the second of two acts: "... serta memberikan pelatihan ...", "dan menggelar bimtek ...",
# "dan membuka pelatihan bagi guru" (a programme opened; a post or counter opened is no act
# of the agreement, _OPENS_PLACE); group 1 is the verb
_AND_LIGHT = fastre.compile(r"\s(?:serta|dan)\s+(?:juga\s+)?(" + _LIGHT_VERB + r"|membuka\s+)", re.I)
# "Menurutnya, dukungan Bank Indonesia akan berupa edukasi A dan pemantauan B": the form a
# party's part in the agreement takes, as its speaker puts it
_PART_TAKES = fastre.compile(
    r"(?:Menurut(?:nya|\s+(?:dia|ia|beliau)|\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s*,\s+)?"
    r"(?:dukungan|kontribusi|peran|bantuan|keterlibatan)\s+(?:[\w.()-]+\s+){1,4}?(?:juga\s+)?(?:akan\s+)?"
    r"(?:berupa|dalam\s+bentuk)\s+")


# '"Puskesmas dan rumah sakit akan saling berbagi data pasien ...': the sides will do something
# with each other ("saling"), the work the agreement sets up between them
# (after a connective that ties it to what was said: "Untuk itu, BPKAD dan Kantah akan saling
# bertukar data inventaris aset ...")
_MUTUAL_WILL = fastre.compile(r"[\"“]?(?:(?:untuk|karena|oleh\s+karena|maka\s+dari|dengan\s+begitu)\s+itu\s*,\s*)?"
                              r"(?:[\w.()/-]+\s+){1,6}?(?:akan|bakal)\s+(?=saling\s)", re.I)


def _mutual_will(text: str, a: int, b: int):
    """The start of what the sides "will" do with each other in text[a:b] (_MUTUAL_WILL), when
    a label starts there ("saling berbagi data"), else None."""
    m = _MUTUAL_WILL.match(text, a, b)
    if m is None:
        return None
    return m.end() if any(h[0] == m.end() for h in _label_hits(text, m.end(), b)) else None


def _reported_will(text: str, a: int, b: int):
    """The start of what a speaker reports a party will (or stands ready to) do in
    text[a:b] (_REPORTED_WILL), when it names a label at its verb, after a light verb,
    or in a second act joined by "serta" / "dan" and a light verb (_AND_LIGHT); or of the form a
    party's support takes (_PART_TAKES) when that names a label; else None. Read only
    in the few sentences after a scope statement (_speaker_adds)."""
    m = _REPORTED_WILL.match(text, a, b)
    if m is not None:
        v = m.end()
        e = _CLAUSE_END.search(text, v, b)
        e = e.start() if e else b
        lm = _LIGHT.match(text, v, e)
        if lm is not None:
            return v if _has_label(text, lm.end(), e) else None
        if any(h[0] == v for h in _label_hits(text, v, e)):
            return v
        am = _AND_LIGHT.search(text, v, e)
        if am is None or _OPENS_PLACE.match(text, am.start(1)):
            return None
        return v if _has_label(text, am.end(), e) else None
    m = _PART_TAKES.match(text, a, b)
    if m is not None and _has_label(text, m.end(), b):
        return m.end()
    return None


# 'Ia menambahkan, Ombudsman juga akan melakukan pengawasan bersama ...': the speaker of a
# scope statement adds an activity one party "will also" carry out (a light verb, its
# object the activity; not "juga akan mendampingi X dalam ..." nor "membuka pos ...";
# "juga akan membantu Pemkab X mengembangkan kebijakan pelayanan": what it helps do)
_SAID_ALSO = fastre.compile(
    r"(?:Ia|Dia|Beliau|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s+menambahkan\s*,\s+"
    r"(?:[\w.-]+\s+){1,4}?juga\s+(?:akan|bakal)\s+(?:melakukan|memberikan|memberi|menggelar|menyelenggarakan|membantu)\s+"
    # the same in an English wire: "She said the Ombudsman will also carry out monitoring ..."
    r"|(?:She|He|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s+(?:said|added)\s*,?\s+(?:that\s+)?"
    # ("... would also help train the city's sanitation workers": the help it gives, as "membantu")
    r"(?:[\w.-]+\s+){1,4}?(?:will|would)\s+also\s+(?:carry\s+out|conduct|provide|give|hold|help(?:\s+to)?|assist\s+(?:in|with))\s+")
_SAID_AHEAD = 5  # sentences after the statement (a quote and page furniture may come between)


def _said_also(text: str, sents: list, j: int, agree) -> Optional[tuple[int, int, int]]:
    """(start, end, object start) of the first sentence in the few from `sents[j]` on
    (the sentences after a scope statement) where the speaker adds what a party "will
    also" do and names a labelled area, or None; another statement on the way ends the
    search (a purpose statement does not: it says why, not what)."""
    for i in range(j, min(j + _SAID_AHEAD, len(sents))):
        a, b = sents[i]
        st = _sentence_statement(text, a, b, agree)
        if st is not None:
            if st.kind == "purpose":
                continue  # ("Ia menjelaskan, kerja sama ini bertujuan ...": why, between)
            return None
        m = _SAID_ALSO.match(text, a, b) or _SAID_ALSO_AND.match(text, a, b)
        if m is not None:
            return (a, b, m.end()) if _has_label(text, m.end(), b) else None
    return None


# 'Ia menambahkan, bank juga akan menempatkan dua petugas di MPP serta memberikan pelatihan
# kepada staf ...': the speaker adds what a party will also do, and the activity with a
# label comes second, a light verb after "serta" / "dan"
_SAID_ALSO_AND = fastre.compile(
    r"(?:Ia|Dia|Beliau|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s+menambahkan\s*,\s+"
    r"(?:[\w.-]+\s+){1,4}?juga\s+(?:akan|bakal)\s+(?:me|ber|mem|men|meng)[a-z]{3,}\b[^.;:!?\n\"“”]{0,80}?"
    r"\b(?:serta|dan)\s+(?:juga\s+)?" + _LIGHT_VERB)


# "Sebaliknya, pemko wajib menyerahkan data ...": right after what one party gives, the
# other party's side of the agreement
_CONVERSELY_DOES = fastre.compile(r"[\"“]?sebaliknya\s*,\s+(?:[\w.-]+\s+){1,5}?(?:juga\s+)?"
                                  r"(wajib\s+|akan\s+|bakal\s+|harus\s+|berkewajiban\s+)((?:me|ber|mem|men|meng)[a-z]{3,})\b",
                                  re.I)


# "Adapun Kejari Bantul memberikan pendampingan dan pertimbangan hukum ...": "adapun" turns to
# another party and what it does (group 1 the modal, maybe empty; group 2 the verb)
_AS_FOR_DOES = fastre.compile(r"[\"“]?adapun\s+(?:[\w.-]+\s+){1,5}?(?:juga\s+)?((?:(?:akan|bakal|siap|wajib)\s+)?)"
                              r"((?:me|ber|mem|men|meng)[a-z]{3,})\b", re.I)


def _as_for_does(text: str, a: int, b: int):
    """The match of an "Adapun <party> <verb> ..." sentence (_AS_FOR_DOES) whose verb names a
    label itself or is a light verb before a labelled object (as _also_will), else None:
    right after a statement, the other party's part of the agreement; not what it says
    ("Adapun X menyatakan ...")."""
    m = _AS_FOR_DOES.match(text, a, b)
    if m is None:
        return None
    v = m.start(2)
    lm = _LIGHT.match(text, v, b)
    if lm is not None:
        return m if _has_label(text, lm.end(), b) else None
    return m if any(h[0] == v for h in _label_hits(text, v, b)) else None


# "Sementara itu, Bank Kalbar dilibatkan untuk layanan hak tanggungan elektronik ...": right after a
# statement, "sementara itu" turns to another party and what it is brought in for (group 1 the
# modal, maybe empty; group 2 the first word of that work)
_MEANWHILE_PART = fastre.compile(r"[\"“]?sementara\s+itu\s*,\s+(?:[\w.()-]+\s+){1,5}?(?:juga\s+)?((?:(?:akan|bakal)\s+)?)"
                                 r"(?:dilibatkan|terlibat)\s+(?:untuk|dalam)\s+(?:(?:kegiatan|program)\s+)?(\w[\w-]*)", re.I)


def _meanwhile_part(text: str, a: int, b: int):
    """The match of a "Sementara itu, X dilibatkan untuk ..." sentence (_MEANWHILE_PART) whose
    work names a label, else None."""
    m = _MEANWHILE_PART.match(text, a, b)
    return m if m is not None and _has_label(text, m.start(2), b) else None


# "Mahasiswa KKN akan ditempatkan di kalurahan prioritas untuk pendampingan keluarga berisiko
# stunting": right after what a party will do, the people it sends and the work they are sent
# for (group 1 the modal; group 2 the first word of that work, an activity noun)
_PLACED_FOR = fastre.compile(r"[\"“]?(?:[\w.()-]+\s+){1,6}?(?:juga\s+)?((?:akan|bakal)\s+)"
                             r"(?:ditempatkan|diterjunkan|dikerahkan|ditugaskan|dikirim)\b[^.;:!?\n\"“”]{0,80}?\s(?:untuk|guna)\s+"
                             r"(?:(?:melakukan|memberikan|membantu)\s+)?((?:pe|ke)[a-z]{3,}an)\b", re.I)


def _addition_at(text: str, a: int, b: int, adjacent: bool):
    """The match of a sentence that adds what a party will do under the agreement, its
    group 2 the verb: right after a statement or an addition (`adjacent`) "X juga akan
    ...", "Selain itu, X akan ...", "Sebaliknya, X wajib ..." or "Mahasiswa akan ditempatkan
    di desa untuk pendampingan ..." (_PLACED_FOR); after a sentence of
    comment only one announced as an addition ("Selain itu, ..."). None otherwise, and
    for what someone "also" says or asks (no "akan")."""
    if adjacent:
        m = _also_does(text, a, b) or _CONVERSELY_DOES.match(text, a, b) or _as_for_does(text, a, b) \
            or _meanwhile_part(text, a, b) or _PLACED_FOR.match(text, a, b)
    else:
        m = _adds_does(text, a, b)
    if m is None or m.group(1) is None or _OPENS_PLACE.match(text, m.start(2)):
        return None
    return m


_CHAIN_QUOTE_MAX = 4  # sentences of a quoted paragraph skipped between two additions


def _chained_additions(text: str, sents: list, i: int, agree) -> list[tuple[int, int, int]]:
    """(start, end, verb start) of the additions that follow one another from `sents[i]`
    on, after a scope statement and the addition read with it ("Kedua pihak juga akan
    berbagi data. Selain itu, Ombudsman akan melakukan monitoring ..."; "... mengatur
    pertukaran data. Sebaliknya, pemko wajib menyerahkan data ... | BPS juga akan
    melakukan pembinaan ... | <a quoted paragraph> | Selain itu, kedua lembaga akan
    menyusun publikasi bersama ..."). Between two additions may come one sentence of
    comment or one quoted paragraph, then only an announced addition goes on; a
    sentence with a statement of its own ends the chain."""
    out = []
    while i < len(sents):
        a, b = sents[i]
        if _sentence_statement(text, a, b, agree) is not None:
            break
        m = _addition_at(text, a, b, adjacent=True)
        if m is None:
            g = i + 1
            if text[a] in "\"“":  # a quoted paragraph: to its end
                while g < len(sents) and g - i < _CHAIN_QUOTE_MAX and "\n" not in text[sents[g - 1][1]:sents[g][0]]:
                    g += 1
            if g >= len(sents):
                break
            a, b = sents[g]
            if _sentence_statement(text, a, b, agree) is not None:
                break
            m = _addition_at(text, a, b, adjacent=False)
            if m is None:
                break
            i = g
        out.append((a, b, m.start(2)))
        i += 1
    return out


# the rest of a counted list, in the sentence after it: "Dua lainnya yaitu ...", "Sisanya
# adalah ...", '"Tiga poin lainnya meliputi ...'
_REST_OF_LIST = fastre.compile(
    r"[\"“]?(?:(?:\d{1,2}|satu|dua|tiga|empat|lima|enam)\s+(?:(?:hal|poin|butir|bidang|aspek|ruang\s+lingkup|lingkup)\s+)?"
    r"(?:lainnya|berikutnya|sisanya)|sisanya|selebihnya)\s*,?\s*(?:(?:yaitu|yakni|ialah|adalah|meliputi|mencakup|berupa)\b|:)",
    re.I)


_SENTENCE_END = fastre.compile(r"[.!?][\"”’')]*$")
_END_OF_SENTENCE = fastre.compile(r"[.!?](?=\s)|\n")


def _ends_with_item(text: str, body: tuple[int, int], nxt: int) -> bool:
    """Whether a statement's body names an item and ends its paragraph ("PKS dengan
    Bappeda mengatur akses BPKP pada data perencanaan." + a new paragraph): then the
    next paragraph is not its list. A body with no item ("Isinya ada lima."), one cut by
    a line break mid-sentence, or one whose sentence goes on in the same paragraph is
    followed into the next sentence."""
    a, b = body
    if "\n" not in text[b:nxt] or not _SENTENCE_END.search(text, a, b):
        return False
    e = _END_OF_SENTENCE.search(text, nxt)
    if _also_does(text, nxt, e.start() if e else len(text)):
        return False  # ("X juga akan ...": a next paragraph that adds to what was agreed)
    a, b = _cut(text, a, b)
    if b <= a or text[a] in "\"”":  # ('... mengatur empat hal," kata X.': the quote ends it)
        return False
    return bool(_other_items(text, a, b, []))


_FOCUS_ON = fastre.compile(r"(?:berfokus|fokus|menitikberatkan)\s+(?:pada|kepada)\s+$", re.I)


def _focus_names_item(text: str, cue: int, body: tuple[int, int]) -> bool:
    """Whether a focus statement ("Kerja sama ini berfokus pada pengembangan desa wisata
    di daratan." + "Mulai semester depan, ..."; the cue from `cue` to the body) names one
    activity of two or more words as its body: it names its item, so the next sentence
    is not its list. (Other cues may go on: "meliputi penataan parkir dan penertiban
    PKL." + "Data pelanggaran juga akan dipertukarkan ...".)"""
    if _FOCUS_ON.search(text, cue, body[0]) is None:
        return False
    a, b = _cut(text, *body)
    return b > a and _NOMINAL.match(text, a, b) is not None and len(_WORDS.findall(text, a, b)) >= 2 \
        and not _is_list(text, a, b)


# the words opening an addition: "Selain itu", "Di samping ...", "Tak hanya ..."
_ADDS_WORD = r"(?:selain|di\s+samping|tak\s+hanya|tidak\s+hanya)"
# the opener of an addition to what was told before: "Selain itu,", "Di samping itu,", "Tak hanya itu,"
_BESIDES_THAT = fastre.compile(r"[\"“]?" + _ADDS_WORD + r"\s+itu\b", re.I)
# who says it, as a tag after such an opener: "Selain itu, kata dia, X akan ...", "Selain itu,
# lanjutnya, ..." (the tag is no part of the subject)
_SAID_TAG = r"(?:(?:kata|ujar|ucap|tutur|lanjut|jelas|tambah)(?:nya|\s+(?:dia|ia|beliau))\s*,\s+)?"

# "Selain bantuan hukum, ...", "Di samping pelatihan, ..." (not "Selain itu, ...")
# (up to 80 characters: "selain pendaftaran penduduk yang belum terdaftar ke segmen PBPU Pemda, ...")
_BESIDES = fastre.compile(_ADDS_WORD + r"\s+(?!itu\b)([^,.;:!?\n]{3,80}?),", re.I)


# who says it, before the besides-phrase: "dr. X menjelaskan, selain A, PKS juga mengatur B",
# "Menurutnya, selain A, ..." (a title in lower case may open the name)
_REPORTED = fastre.compile(r"(?:(?:(?:dr|drg|drh|ir|prof|hj?)\.?\s+)?(?:Ia|Dia|Beliau|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s+"
                           r"(?:menjelaskan|mengatakan|menyebut(?:kan)?|memaparkan|menerangkan|menuturkan|menambahkan|"
                           r"mengungkapkan|menyatakan)\s*,?\s+(?:bahwa\s+)?|Menurut(?:nya|\s+(?:dia|ia|beliau)|"
                           r"\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s*,\s+)")


def _besides_at(text: str, ss: int, cue: int):
    """_BESIDES at the sentence's start, or right after who says it (_REPORTED)."""
    bm = _BESIDES.match(text, ss, cue)
    if bm is None:
        rm = _REPORTED.match(text, ss, cue)
        if rm is not None:
            bm = _BESIDES.match(text, rm.end(), cue)
    return bm


# "Selain A, nota kesepahaman ini juga mencakup B": "juga" between the besides-phrase and
# the statement's cue
_JUGA = fastre.compile(r"\bjuga\b", re.I)


def _besides_is_item(text: str, bm, st: _Statement) -> bool:
    """Whether the besides-phrase of an enumerating scope statement, with no label, is an
    item of it too: "Selain penyusunan naskah akademik dan kajian ranperda, nota
    kesepahaman ini juga mencakup peningkatan kapasitas ...": the agreement "also" covers
    B, so it covers A. Only an activity noun (pe-/ke-...-an, -isasi) that does not name
    the agreement or its signing ("Selain penandatanganan MoU, kedua pihak juga ...")."""
    a, b = bm.span(1)
    if not st.enumerates or st.kind != "scope" or not _JUGA.search(text, b, st.start):
        return False
    return _activity_noun(text, a, b) and not _signing_or_agreement(text, a, b)


# "Selain kajian naskah akademik, ...": nouns of activity with no pe-/ke- prefix
# (data/scope_activity_nouns.txt), besides those _NOMINAL reads
_ACTIVITY_NOUNS = word_set("scope_activity_nouns.txt")


def _activity_noun(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] opens with a noun of activity (_NOMINAL, or a word of
    data/scope_activity_nouns.txt: "kajian", "riset")."""
    if _NOMINAL.match(text, a, b):
        return True
    w = _WORDS.match(text, a, b)
    return w is not None and w.group().lower() in _ACTIVITY_NOUNS


# the agreed act of a statement: "kedua pihak sepakat melakukan ...", "bersepakat untuk ..."
_AGREED_ACT = fastre.compile(r"(?:ber)?sepakat\b", re.I)
# "soal pendaftaran ...": a word for "the matter of" before the activity
_MATTER_OF = fastre.compile(r"(?:soal|masalah|urusan|perihal|hal)\s+", re.I)


def _besides_agreed(text: str, bm, st: _Statement) -> list[_Statement]:
    """A statement (enumerating) for the besides-phrase of a scope statement whose cue is
    the parties' agreed act, when the phrase names an activity with no label: "Made Ayu
    menjelaskan, selain soal pendaftaran dan pembayaran iuran, kedua pihak sepakat
    melakukan pemutakhiran data ...": besides what they agree to do, the registration and
    payment are agreed too (an `other` item), "juga" or not. Not the signing itself
    ("Selain penandatanganan MoU, kedua pihak sepakat ...") nor the agreement."""
    a, b = bm.span(1)
    if st.kind != "scope" or not _AGREED_ACT.match(text, st.start):
        return []
    mm = _MATTER_OF.match(text, a, b)
    if mm is not None:
        a = mm.end()
    if not _NOMINAL.match(text, a, b) or _signing_or_agreement(text, a, b):
        return []
    told = _told_in_full_before(text, a, b)
    if told is not None:
        # ("Selain pemanfaatan data, kedua pihak sepakat ...": the phrase is what was told before)
        return [_Statement(start=a, end=b, kind="scope", enumerates=False, segments=[told])]
    return [_Statement(start=a, end=b, kind="scope", enumerates=True, segments=[(a, b)])]


def _told_in_full_before(text: str, a: int, b: int) -> Optional[tuple[int, int]]:
    """The span of the last label phrase before text[a:b] whose words begin with all of its
    (two or more) words: a besides-phrase that names in short what the text told in full
    before ("... PKS pemanfaatan data kependudukan ..." + "Selain pemanfaatan data, kedua
    pihak sepakat melakukan sosialisasi ..."), so it has that phrase's label; else None."""
    low = folded(text)
    words = low[a:b].split()
    if len(words) < 2:
        return None
    for ha, hb, _ in reversed(_label_hits(text, 0, a)):
        told = low[ha:hb].split()
        if len(told) > len(words) and told[:len(words)] == words:
            return ha, hb
    return None


# "Selain itu, kedua pihak juga akan bertukar data ...": the parties, as the subject, "also
# will" do something (an opener of addition may come first)
_THE_PARTIES_ALSO = (r"(?:" + _ADDS_WORD + r"\s+itu\s*,?\s+)?(?:kedua\s+(?:belah\s+)?(?:pihak|lembaga|instansi)|"
                     r"keduanya|para\s+pihak)\s+juga\s+")
_PARTIES_ALSO = fastre.compile(
    _THE_PARTIES_ALSO + r"(?:akan|bakal)\s+(?:(?:bersama-sama|bersama|saling)\s+)?(?:me|ber|mem|men|meng)[a-z]{3,}\b", re.I)
# "Selain itu, kedua pihak akan melakukan monitoring dan evaluasi ...": the opener says it is an
# addition, so "juga" may be left out (without the opener, "Kedua pihak akan melakukan evaluasi
# ..." is how the agreement is run: _PARTIES_WILL)
_BESIDES_PARTIES_WILL = fastre.compile(
    _ADDS_WORD + r"\s+itu\s*,?\s+(?:kedua\s+(?:belah\s+)?(?:pihak|lembaga|instansi)|keduanya|para\s+pihak)\s+"
    r"(?:akan|bakal)\s+(?:(?:bersama-sama|bersama|saling)\s+)?(?:me|ber|mem|men|meng)[a-z]{3,}\b", re.I)
# "X menjelaskan, kejaksaan akan memberikan bantuan hukum ...": what a party will do
_WILL_DO = fastre.compile(r"\b(?:akan|bakal|siap|bersedia)\s+(?:(?:turut|ikut|terus)\s+)?(?:me|ber|mem|men|meng)[a-z]{3,}\b", re.I)


def _parties_also(text: str, flat: list, i: int, out: list) -> list[_Statement]:
    """Statements read from a sentence (flat[i]) that names no agreement but where the
    parties "also will" do something with a label ("Selain itu, kedua pihak juga akan
    bertukar data dan informasi ..."): what the parties take on, in an article on their
    signing. The addition adds to the sentence before it when that one says a party will
    do a labelled thing ("Ramli menjelaskan, kejaksaan akan memberikan bantuan hukum ...")
    and no statement holds it (_will_before). The addition does not enumerate: only its
    labels count."""
    a, b = flat[i]
    if (_PARTIES_ALSO.match(text, a, b) or _BESIDES_PARTIES_WILL.match(text, a, b)) is None \
            or not _has_label(text, a, b):
        return []
    before = _will_before(text, flat, i, out)
    return ([before] if before else []) + [
        _Statement(start=a, end=b, kind="scope", enumerates=False, segments=[_cut(text, a, b)])]


# "Secara rinci, kedua pihak akan melakukan A, menggelar B, serta C": the parties, as the
# subject at the sentence's start (after an opener that says the detail follows), will do
# a list of things; their activities are the agreement's items. Only a list: "Kedua belah
# pihak akan melakukan evaluasi pelaksanaan setiap akhir semester" is how it is run, and
# an opener of time or sequel ("Dalam waktu dekat, ...", "Sebagai tindak lanjut, ...") is
# the next step, not what it covers
_PARTIES_WILL = fastre.compile(
    r"[\"“]?(?:secara\s+(?:rinci|terperinci|detail|teknis|spesifik|khusus|garis\s+besar)\s*,\s*)?"
    r"(?:kedua\s+(?:belah\s+)?(?:pihak|lembaga|instansi)|keduanya|para\s+pihak)\s+(?:akan|bakal)\s+"
    r"(?:(?:bersama-sama|bersama|saling)\s+)?(?=(?:me|ber|mem|men|meng)[a-z]{3,}\b)", re.I)


def _parties_will(text: str, ss: int, se: int) -> list[_Statement]:
    """An enumerating statement for a sentence (with no cue of its own) that opens with the
    parties who "will" do a list of activities (_PARTIES_WILL); its items start at the verb."""
    m = _PARTIES_WILL.match(text, ss, se)
    if m is None or not _is_list(text, m.end(), se):
        return []
    return [_Statement(start=ss, end=se, kind="scope", enumerates=True, segments=[_cut(text, m.end(), se)])]


# "Dalam perjanjian itu, Pengadilan Agama menggelar sidang keliling di kecamatan, Kemenag menerbitkan
# buku nikah, sementara Dinas Dukcapil mencetak kartu keluarga": under the agreement, each named party's
# part told as what it does (a present verb, no "akan"), one clause a party
_UNDER_AGREEMENT = fastre.compile(
    r"[\"“]?(?:dalam|melalui|lewat|berdasarkan)\s+(?:nota\s+kesepa\w+|kesepakatan|kesepahaman|kerja\s*sama|"
    r"kerjasama|MoU|PKS|perjanjian(?:\s+kerja\s*sama)?)\s+(?:ini|itu|tersebut)\s*,\s*", re.I)
# a named party (capitalised words, "dan" between them in a name: "Dinas Kependudukan dan Pencatatan
# Sipil"), then its verb in lower case (group 1), an adverb between
_NAMED_PARTY_DOES = fastre.compile(r"[A-Z][\w.()/-]*(?:\s+(?:dan\s+)?[A-Z][\w.()/-]*){0,6}\s+"
                                   r"(?:(?:juga|langsung|kini|pun)\s+)?((?:me|ber)[a-z]{3,})\b")
# where one party's clause ends and the next may start: a comma, and a word that turns to the next
_PART_SPLIT = fastre.compile(r",\s*(?:(?:sementara(?:\s+itu)?|sedangkan|adapun|dan|serta)\s+)?|;\s*"
                             r"|\s+(?:sementara(?:\s+itu)?|sedangkan)\s+", re.I)


def _parts_under_agreement(text: str, ss: int, se: int) -> list[_Statement]:
    """An enumerating statement for a sentence (with no cue of its own) that opens "Dalam
    <the agreement> itu," and tells two or more named parties' parts as what each does
    (_NAMED_PARTY_DOES, not a verb of saying): each part, from its verb up to the next
    party's clause, is an item. One party alone ("Dalam perjanjian itu, Bupati menegaskan
    ...") or parts told with no named party give none."""
    m = _UNDER_AGREEMENT.match(text, ss, se)
    if m is None:
        return []
    parts: list[list[int]] = []  # [verb start, end] of each party's clause
    p = m.end()
    while p < se:
        c = _PART_SPLIT.search(text, p, se)
        e = c.start() if c is not None else se
        pm = _NAMED_PARTY_DOES.match(text, p, e)
        if pm is not None and pm.group(1).lower() not in _SPEECH_VERBS:
            parts.append([pm.start(1), e])
        elif parts:
            parts[-1][1] = e  # (the clause goes on: "..., di kecamatan")
        p = c.end() if c is not None else se
    if len(parts) < 2:
        return []
    segs = [_cut(text, a, b) for a, b in parts]
    return [_Statement(start=ss, end=se, kind="scope", enumerates=True, segments=[(a, b) for a, b in segs if b > a])]


# "Selain pertukaran data, Dukcapil juga akan memberikan pelatihan kepada personel SPKT":
# an activity named as given ("selain X"), and one a party "also will" do besides it
_BESIDES_ALSO = fastre.compile(_ADDS_WORD + r"\s+(?!itu\b)([^,.;:!?\n\"“”]{3,60}?),\s+"
                               r"(?:[\w.-]+\s+){1,5}?juga\s+(?:akan|bakal)\s+(?=(?:me|ber|mem|men|meng)[a-z]{3,}\b)", re.I)


def _besides_also(text: str, ss: int, se: int) -> list[_Statement]:
    """A statement for a sentence with no agreement word that says a party "also will"
    do a labelled activity besides another labelled one ("Selain pertukaran data, Dukcapil
    juga akan memberikan pelatihan ..."): in an article on a signing, both are what the
    parties take on. Both parts must name a label (not "Selain itu, ..." nor "Selain
    hadir di acara itu, ..."); it does not enumerate: only the labels count. Who says it
    may come first (_REPORTED: "Kajari X menyebut, selain pendampingan hukum, pihaknya juga
    akan memberi bimbingan teknis ...")."""
    m = _BESIDES_ALSO.match(text, ss, se)
    if m is None:
        rm = _REPORTED.match(text, ss, se)
        if rm is not None:
            m = _BESIDES_ALSO.match(text, rm.end(), se)
    if m is None or not _has_label(text, m.start(1), m.end(1)) or not _has_label(text, m.end(), se):
        return []
    return [_Statement(start=ss, end=se, kind="scope", enumerates=False,
                       segments=[(m.start(1), m.end(1)), _cut(text, m.end(), se)])]


def _will_before(text: str, flat: list, i: int, out: list) -> Optional[_Statement]:
    """The sentence before flat[i] (an addition by the parties) as a statement, when it
    says a party will do a labelled thing and no statement holds it: "Jaksa pengacara
    negara akan memberikan bantuan hukum, ..., termasuk dalam upaya pemulihan aset." +
    "Kedua lembaga juga bersepakat ...". What a party will do is an item of its own, as
    in an addition (it enumerates)."""
    if i <= 0:
        return None
    pa, pb = flat[i - 1]
    w = _WILL_DO.search(text, pa, pb)
    if w is None or any(st.start <= pa < st.end or st.start < pb <= st.end for st in out):
        return None
    start = _verb_label_at(text, w, pb)
    if start is None:
        if not _has_label(text, w.end(), pb):
            return None
        return _Statement(start=pa, end=pb, kind="scope", enumerates=True, segments=[_cut(text, w.end(), pb)])
    # (what the other party does, after "sementara" / "sedangkan", is its side of the work
    # on the same area: "..., sementara pemkab wajib menindaklanjuti temuan")
    r = _ROLE_SPLIT.search(text, start, pb)
    return _Statement(start=pa, end=pb, kind="scope", enumerates=True,
                      segments=[_cut(text, start, pb if r is None else r.start())])


# "Melalui kesepahaman tersebut, Unsoed akan ... melakukan pendataan dan pemantauan ..." + "Hasil
# pendataan akan dibagikan kepada pemerintah kabupaten ...", "Perjanjian tersebut mengatur pemanfaatan
# sebagian lahan ..." + ... + "Pemanfaatannya akan dipantau bersama oleh tim gabungan ...": a sentence
# a little after a scope statement that opens with one of its items taken up again ("hasil X", "Xnya")
# and says what "will" be done with it goes on with that item, so its labels count
_TAKEN_UP = fastre.compile(r"[\"“]?(?:(hasil)\s+)?((?:pe|ke)[a-z]{3,}an|[a-z]{3,}isasi)(nya)?\b", re.I)
_TAKEN_UP_AHEAD = 8  # sentences after the statement (its speaker's quote and comment between)
_GENERIC_HEADS = word_set("scope_generic_heads.txt")


def _item_taken_up(text: str, flat: list, out: list) -> list[_Statement]:
    """Statements (not enumerating, of kind scope) for the sentences in the few after a
    scope statement that open with one of its items' activity nouns taken up again
    ("Hasil pendataan ...", "Pemanfaatannya ...", _TAKEN_UP; not a noun for the running of
    the whole agreement, data/scope_generic_heads.txt), say what "will" be done with it
    and name a label; none when a statement holds the sentence or it has its own."""
    res: list[_Statement] = []
    starts = [a for a, _ in flat]
    agree = _vocab().cues.get("@agreement", [])
    for st in list(out):
        if st.kind != "scope":
            continue
        heads = {w.group().lower() for a, b in st.segments for w in _WORDS.finditer(text, a, b)
                 if _NOMINAL.fullmatch(w.group())} - _GENERIC_HEADS
        if not heads:
            continue
        i = bisect_left(starts, st.end)
        for a, b in flat[i:i + _TAKEN_UP_AHEAD]:
            m = _TAKEN_UP.match(text, a, b)
            if m is None or not (m.group(1) or m.group(3)) or m.group(2).lower() not in heads:
                continue
            if _WILL_SAID.search(text, m.end(), b) is None or not _has_label(text, a, b) \
                    or any(o.start <= a < o.end or a <= o.start < b for o in out + res) \
                    or _sentence_statement(text, a, b, agree) is not None:
                continue
            res.append(_Statement(start=a, end=b, kind="scope", enumerates=False, segments=[_cut(text, a, b)]))
    return res


# "Dalam kesepakatan itu, Polresta akan memberikan dukungan pengamanan ..., sedangkan kedua pihak
# akan saling bertukar data dan informasi ...": after a scope statement's clause, "sedangkan" /
# "sementara" turns to what the parties together will do (the cut at "sedangkan" ends the first)
_PARTIES_CLAUSE = fastre.compile(
    r",?\s+(?:sedangkan|sementara(?:\s+itu)?)\s+(?:kedua\s+(?:belah\s+)?(?:pihak|lembaga|instansi)|keduanya|para\s+pihak)\s+"
    r"(?:juga\s+)?(?:akan|bakal)\s+(?:(?:bersama-sama|bersama|saling)\s+)?(?=(?:me|ber|mem|men|meng)[a-z]{3,}\b)", re.I)
# "Melalui kerja sama ini, guru yang belum sarjana mendapat potongan biaya kuliah, sedangkan guru
# yang sudah sarjana dapat mengikuti pelatihan ...", "Dalam MoU itu, dinas menyiapkan lahan, sementara
# kampus akan melakukan pendampingan teknis ...": the same turn to another side (any short subject)
# and what it will or can do under the same agreement
_OTHER_SIDE_CLAUSE = fastre.compile(
    r",?\s+(?:sedangkan|sementara(?:\s+itu)?)\s+(?:[\w.()/-]+\s+){1,6}?(?:juga\s+)?"
    r"(?:akan|bakal|dapat|bisa|wajib|berkewajiban|bertugas|siap)\s+(?:(?:turut|ikut|terus|langsung|segera)\s+)?"
    r"(?=(?:me|ber|mem|men|meng)[a-z]{3,}\b)", re.I)


def _parties_clause(text: str, flat: list, out: list) -> list[_Statement]:
    """Statements (not enumerating) for the parties' joint clause (_PARTIES_CLAUSE), or another
    side's clause (_OTHER_SIDE_CLAUSE), in the sentence of a scope statement, when no
    statement's segment holds it already."""
    res: list[_Statement] = []
    starts = [a for a, _ in flat]
    for st in list(out):
        if st.kind != "scope":
            continue
        i = bisect_left(starts, st.start + 1) - 1
        if i < 0 or flat[i][1] < st.start:
            continue
        b = flat[i][1]
        m = _PARTIES_CLAUSE.search(text, st.start, b) or _OTHER_SIDE_CLAUSE.search(text, st.start, b)
        if m is None or any(x <= m.end() < y for o in out + res for x, y in o.segments) \
                or not _has_label(text, m.end(), b):
            continue
        res.append(_Statement(start=m.end(), end=b, kind="scope", enumerates=False, segments=[_cut(text, m.end(), b)]))
    return res


# "Selain penertiban, Pemkot dan Polresta juga akan menggelar pembinaan bagi juru parkir ...":
# besides an activity, the two parties named together "also will" do another: what they take on
_JOINT_BESIDES = fastre.compile(
    r"[\"“]?(?i:" + _ADDS_WORD + r")\s+(?!(?i:itu)\b)([^,.;:!?\n\"“”]{3,60}?),\s+"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s+(?:dan|bersama)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s+"
    r"juga\s+(?:akan|bakal)\s+(?=(?:me|ber|mem|men|meng)[a-z]{3,}\b)")


def _joint_besides(text: str, flat: list, out: list) -> list[_Statement]:
    """A statement (not enumerating: only its labels count) for a sentence with no statement
    where two bodies named together "also will" do a labelled activity besides another
    activity (_JOINT_BESIDES): "Selain penertiban, Pemkot dan Polresta juga akan menggelar
    pembinaan ..."; not besides the signing or the agreement ("Selain penandatanganan MoU,
    ...")."""
    res: list[_Statement] = []
    agree = _vocab().cues.get("@agreement", [])
    for a, b in flat:
        m = _JOINT_BESIDES.match(text, a, b)
        if m is None or not _activity_noun(text, m.start(1), m.end(1)) \
                or _signing_or_agreement(text, *m.span(1)) \
                or not _has_label(text, m.end(), b) or any(o.start <= a < o.end for o in out) \
                or _sentence_statement(text, a, b, agree) is not None:
            continue
        res.append(_Statement(start=a, end=b, kind="scope", enumerates=False, segments=[_cut(text, m.end(), b)]))
    return res


_VERB_AT_END = fastre.compile(r"[a-z]+$", re.I)


def _verb_label_at(text: str, w, end: int) -> Optional[int]:
    """Where the verb of a _WILL_DO match starts, when the verb names a label itself
    ("Ombudsman akan memantau kepatuhan setiap gerai ...", "kejaksaan akan melatih ..."):
    the item starts at the verb, not after it as after a light verb ("akan memberikan
    bantuan hukum"); else None."""
    v = _VERB_AT_END.search(w.group())
    if v is None:
        return None
    at = w.start() + v.start()
    return at if any(a == at for a, _, _ in _label_hits(text, at, end)) else None


# "Kedua lembaga juga bersepakat menggelar ...": the parties "also" agree on more
_PARTIES_ALSO_AGREE = fastre.compile(_THE_PARTIES_ALSO + r"(?:telah\s+)?(?:ber)?sepakat\b", re.I)
# after who says it ("Ia menambahkan, ..."): the parties by their names "also" agreed ("pemkab dan
# Ombudsman juga sepakat saling memberikan data ...")
_NAMED_ALSO_AGREE = fastre.compile(r"(?:[\w.()-]+\s+){1,5}?juga\s+(?:(?:telah|sudah)\s+)?(?:ber)?sepakat\b", re.I)


def _said_also_agreed(text: str, ss: int, se: int) -> bool:
    """Whether the sentence is a speaker's addition that the parties "also" agreed on more
    ("Ia menambahkan, pemkab dan Ombudsman juga sepakat saling memberikan data ...",
    "Menurut dia, kedua instansi juga bersepakat ..."): what the speaker told just before,
    what a party "will" do, was agreed too (_will_before, _quote_will_before)."""
    rm = _REPORTED.match(text, ss, se)
    return rm is not None and _NAMED_ALSO_AGREE.match(text, rm.end(), se) is not None


_QUOTE_BACK = 2  # sentences of the same quote before the one _will_before reads


def _quote_will_before(text: str, flat: list, i: int, out: list) -> list[_Statement]:
    """The sentences of the same paragraph before flat[i] (read by _will_before) where a
    party will do a labelled thing, as statements that do not enumerate: '"Ombudsman akan
    melakukan pemantauan dan penilaian rutin terhadap unit layanan, dan hasilnya kami
    sampaikan ... Kami juga akan memberikan pendampingan bagi OPD ...," kata X.' + "Ia
    menambahkan, pemkab dan Ombudsman juga sepakat ...": the quote told what was agreed.
    Only labels count (the rest of such a sentence is how the work goes on)."""
    res = []
    for j in range(i - 1, max(-1, i - 1 - _QUOTE_BACK), -1):
        a, b = flat[j]
        if "\n" in text[b:flat[j + 1][0]]:
            break  # (another paragraph)
        w = _WILL_DO.search(text, a, b)
        if w is None or not _has_label(text, w.end(), b) \
                or any(st.start <= a < st.end or st.start < b <= st.end for st in out):
            break
        start = _verb_label_at(text, w, b)
        res.append(_Statement(start=a, end=b, kind="scope", enumerates=False,
                              segments=[_cut(text, w.end() if start is None else start, b)]))
    return res


def _opens_quote(text: str, body: tuple[int, int], nxt: int) -> bool:
    """Whether the sentence at `nxt` opens a new paragraph with someone's quoted words
    after a statement whose body already says what the agreement holds, without a count
    ("... nota kesepakatan hanya memuat komitmen umum, sedangkan ..." + a new paragraph
    '"Nota kesepakatan itu payungnya," kata X.'): speech about the agreement, not the
    list the statement announced (which an empty body or a count announces: "... poin-poin
    yang disepakati." or "Isinya ada empat hal." + '"Pertama, ...')."""
    a, b = _cut(text, *body)
    if "\n" not in text[body[1]:nxt] or nxt >= len(text) or text[nxt] not in "\"“":
        return False
    return bool(_WORDS.search(text, a, b)) and _COUNT_WORD.search(text, a, b) is None \
        and not text[a:b].rstrip().endswith(":")


_COUNT_WORD = fastre.compile(r"\b(?:\d{1,2}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|sejumlah)\b", re.I)


def _own_scope(text: str, sent: tuple[int, int], agree) -> bool:
    """Whether the sentence is a scope statement by its own cue."""
    st = _sentence_statement(text, sent[0], sent[1], agree)
    return st is not None and st.kind == "scope"


def _sentence_groups(text: str, spans: list[tuple[int, int]], split: Optional[dict] = None) -> list[tuple[list, set]]:
    """The sentences of each span, a span joined to the next where page furniture cut a
    sentence ("... pencegahan maladministrasi," | "Baca juga: ..." | "pertukaran data
    dan informasi, serta ..."), with the indices of the cut sentences (each goes on in
    the sentence after it). `split`: the sentences of each span, filled for find_scope's
    later reading of the same spans (not changed by either)."""
    groups: list[tuple[list, set]] = []
    prev_open = False
    for s0, e0 in spans:
        sents = sentences(text, s0, e0)
        if split is not None:
            split[(s0, e0)] = sents
        if not sents:
            prev_open = False
            continue
        if prev_open and text[sents[0][0]].islower():
            group, broken = groups[-1]
            broken.add(len(group) - 1)
            group.extend(sents)
        else:
            groups.append((list(sents), set()))
        group, broken = groups[-1]
        broken.update(len(group) - len(sents) + i for i in _wrapped_lines(text, sents))
        last = text[sents[-1][0]:sents[-1][1]].rstrip()
        prev_open = last[-1:] == "," or (last[-1:].isalpha() and last[-1:].islower())
    return groups


_LINE_BREAK = fastre.compile(r"[ \t\u00a0]*\n[ \t\u00a0]*")


def _last_line(sents: list, broken: set, j: int) -> int:
    """The index of the last line of the sentence that starts at sents[j], where the lines
    in `broken` (_sentence_groups) each go on in the next ("Bank juga" + "akan memberikan
    pelatihan literasi" + "keuangan digital bagi bendahara ...")."""
    while j in broken and j + 1 < len(sents):
        j += 1
    return j


def _wrapped_lines(text: str, sents: list) -> list[int]:
    """The indices of the sentences in one paragraph that are lines cut by a line break in
    mid-sentence, as in a text taken from a PDF column ("Ruang lingkupnya meliputi
    pendidikan dan penelitian terapan," / "Kuliah Kerja Nyata (KKN) tematik di 40" / "desa,
    serta pelatihan bagi aparatur desa" / "dalam penyusunan ..."): a line that ends in a
    comma, a lower-case word or a number, right before a line that goes on in lower case
    (or, after a comma, with a name)."""
    out = []
    for i in range(len(sents) - 1):
        (a, b), (c, _) = sents[i], sents[i + 1]
        if _LINE_BREAK.fullmatch(text, b, c) is None:
            continue
        end, nxt = text[b - 1], text[c]
        if (end == "," and (nxt.islower() or nxt.isupper())) or \
                ((end.islower() or end.isdigit()) and nxt.islower()):
            out.append(i)
    return out


# a party named back at length, up to "itu / tersebut", that "also will" do something: "Unit
# kerja PT Bank Rakyat Indonesia (Persero) Tbk itu juga akan ..." (a long subject with a
# bracketed legal form; without the demonstrative the subject stays short: "Jaksa pengacara
# negara (JPN) juga akan mendampingi ..." is no party named back; nor is a thing told with a
# relative clause, "Rakor yang diikuti para kepala OPD ... itu juga membahas ...")
_NAMED_BACK = r"(?:(?!yang\b)[\w.()/-]+\s+){2,10}?(?:itu|tersebut)\s+(?=juga\s+(?:akan|bakal|siap)\b)"
# a sentence whose subject "also (will)" does something: "Ombudsman juga akan memberikan ..."
# (reported: "Menurut dia, Ombudsman juga akan memberikan ..."; quoted, what the speaker's side
# also does, no "akan": '"Kami juga membuka kanal pengaduan khusus ...," kata X' - only its labels
# count; a quoted "juga akan ..." is _WE_ALSO's; what a party "is also asked / tasked to" do
# under the agreement is what it will do: "Kejari juga diminta melakukan pendampingan hukum ...";
# what it "also stands ready to" do is a commitment as "akan" is: "Kejari juga siap memberi
# pendampingan hukum terhadap proyek ...")
_ALSO_DOES = fastre.compile(r"(?:[\"“](?=(?:[\w.-]+\s+){1,5}?juga\s+(?!(?:akan|bakal|siap|diminta|ditugaskan|ditugasi)\b)))?" + _ACCORDING_TO +
                            r"(?:" + _NAMED_BACK + r"|(?:[\w.-]+\s+){1,5}?)juga\s+(akan\s+|bakal\s+|siap\s+(?:untuk\s+)?|(?:diminta|ditugaskan|ditugasi)\s+(?:untuk\s+)?)?"
                            # ("Ombudsman juga akan dilibatkan dalam pemantauan standar pelayanan ...": the
                            # activity it will take part in, from the noun)
                            r"(?:(?:dilibatkan|terlibat)\s+dalam\s+(?=(?:pe|ke)[a-z]{3,}an\b))?"
                            r"((?:me|ber|mem|men|meng)[a-z]{3,}|(?:(?<=dilibatkan\sdalam\s)|(?<=terlibat\sdalam\s))(?:pe|ke)[a-z]{3,}an)\b")
# a sentence that opens as an addition: "Selain itu, ...", "Di samping itu, ...", "Tak
# hanya itu, ..."
_ADDS = fastre.compile(_ADDS_WORD + r"\b", re.I)
# the same after such an opener: "Selain itu, Kejari juga akan memberikan ..." (not after
# any comma: "Ia menambahkan, Ombudsman juga akan ..." reports what someone said); the
# speaker who adds it may come first ("Rina menambahkan, selain pendampingan perkara, kejaksaan
# juga siap membantu ..."), and what it "stands ready to" do is a commitment as in _ALSO_DOES
# (not _ADDED_BY, the speaker of an added passive: this one opens with "X menambahkan,")
_ADDER = r"(?:(?-i:Ia|Dia|Beliau|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s+menambahkan\s*,\s+)?"
_ADDS_ALSO_DOES = fastre.compile(_ADDER + _ADDS_WORD + r"\b[^,.;!?\n]{0,60},\s+" + _SAID_TAG +
                                 r"(?:[\w.-]+\s+){0,4}?juga\s+(akan\s+|bakal\s+|siap\s+(?:untuk\s+)?)?"
                                 r"((?:me|ber|mem|men|meng)[a-z]{3,})\b", re.I)
# the opener says it is an addition, so "juga" may be left out when the subject "will" do
# it: "Selain itu, jaksa akan memberikan penyuluhan hukum ..." (the subject may be long:
# "Selain itu, petugas front office di setiap gerai akan mendapat bimbingan teknis ...")
_ADDS_WILL_DOES = fastre.compile(_ADDS_WORD + r"\b[^,.;!?\n]{0,60},\s+" + _SAID_TAG +
                                 r"(?:[\w.-]+\s+){1,7}?(akan\s+|bakal\s+)((?:me|ber|mem|men|meng)[a-z]{3,})\b", re.I)


# "Pendampingan juga mencakup penyelamatan dan pemulihan aset daerah": after a scope
# statement, what the agreed work "also covers" is listed after the verb (the subject
# points back to that work, it is no item of its own)
_LIST_VERB = fastre.compile(r"(?:mencakup|mencakupi|meliputi)", re.I)


def _also_does(text: str, a: int, b: int):
    """The match of a sentence that adds what a subject "also (will)" do, or None."""
    return _ALSO_DOES.match(text, a, b) or _adds_does(text, a, b)


# the same in a quote, the comma left out: '"Selain itu kami akan memberikan bimbingan teknis ...'
_ADDS_THAT_WILL_DOES = fastre.compile(r"[\"“]?" + _ADDS_WORD + r"\s+itu\s*,?\s+"
                                      r"(?:[\w.-]+\s+){1,5}?(?:juga\s+)?(akan\s+|bakal\s+)((?:me|ber|mem|men|meng)[a-z]{3,})\b",
                                      re.I)


def _adds_does(text: str, a: int, b: int):
    """The match of a sentence opened as an addition whose subject (also) will do
    something ("Selain itu, X juga akan ...", "Selain itu, X akan ..."), or None."""
    return (_ADDS_ALSO_DOES.match(text, a, b) or _ADDS_WILL_DOES.match(text, a, b)
            or _ADDS_THAT_WILL_DOES.match(text, a, b) or _ADDS_COMMITS.match(text, a, b))


_SPEECH_VERBS = word_set("scope_speech_verbs.txt")


def _only_says(text: str, a: int, b: int) -> bool:
    """Whether the sentence text[a:b] that "also" does something only says, judges or urges
    it ("Ia juga menegaskan pendampingan dilakukan sejak tahap perencanaan", a verb of
    data/scope_speech_verbs.txt with no "akan" before it): a remark on what was agreed,
    which names no area of its own (a bare "pendampingan" there points back to an item).
    Not when what is said is to come ("Ia juga menyebut akan ada monitoring dan evaluasi
    bersama setiap enam bulan": "akan" in the clause said, an act the parties will do)."""
    m = _also_does(text, a, b)
    return m is not None and m.group(1) is None and m.group(2).lower() in _SPEECH_VERBS \
        and _WILL_SAID.search(text, m.end(2), b) is None


# a commitment stands for "akan": "Selain itu, Bank X berkomitmen memberikan pelatihan ..."
_ADDS_COMMITS = fastre.compile(_ADDS_WORD + r"\b[^,.;!?\n]{0,60},\s+" + _SAID_TAG + r"(?:[\w.-]+\s+){1,5}?(?:juga\s+)?"
                               r"(berkomitmen\s+(?:untuk\s+)?)((?:me|ber|mem|men|meng)[a-z]{3,})\b", re.I)
# "... juga sepakat mengembangkan X": an agreed act added to what was said before
_ALSO_BEFORE = fastre.compile(r"\bjuga\s+$", re.I)
# a sentence whose subject is the parties ("Kita akan bersama-sama mempercepat ...",
# "Kedua pihak juga akan saling ...")
_JOINT_DOES = fastre.compile(
    r"[\"“]?(?:kita|kami|keduanya|kedua\s+(?:belah\s+)?(?:pihak|lembaga|instansi)|para\s+pihak|ketiga\s+pihak)\s+"
    r"(?:juga\s+)?(?:akan|bakal|siap)\s+(?:(?:bersama-sama|bersama|terus)\s+)?(?:saling\s+)?"
    r"(?:me|ber|mem|men|meng)[a-z]{3,}\b", re.I)
# (a quote may open the first point: '"Pertama, bantuan hukum ... Kedua, ...," kata X')
# "membuka pos pengaduan bulanan", "membuka gerai layanan": a post or counter opened
_OPENS_PLACE = fastre.compile(r"membuka\s+(?:[\w-]+\s+)?(?:pos|posko|gerai|loket|konter|kantor)\b", re.I)
# "Ombudsman juga akan melibatkan pemkot dalam kegiatan sosialisasi ...": the partner invited
# into the subject's own work (its outreach, its patrols) names no area of the agreement, so
# such an addition gives no `other` item; a labelled activity in it still counts ("... dalam
# patroli keselamatan dan memberikan pelatihan bagi nelayan")
_INVOLVES = fastre.compile(r"melibatkan\b", re.I)
# (the comma may be left out before the item's activity noun: '"Pertama percepatan
# penyelesaian pengaduan. Kedua pengawasan bersama ...' - a lower-case pe-/ke-...-an or
# -isasi word; not "Kedua kecamatan", "Kedua perusahaan", units that do something)
_ORDINAL_GAP = (r"(?:\s*,|\s+(?=(?-i:(?!(?:kecamatan|kelurahan|perusahaan|pemerintahan|kepolisian|kejaksaan)\b)"
                r"(?:(?:pe|ke)[a-z]{3,}an|[a-z]{3,}isasi)\b)))")
_FIRST_ORDINAL = fastre.compile(r"[\"“]?(?:Pertama|First)\b" + _ORDINAL_GAP, re.I)
_ORDINAL_ITEM = fastre.compile(r"[\"“]?(?:Pertama|Kedua|Ketiga|Keempat|Kelima|Keenam|Ketujuh|Terakhir|First|Second|Third|Finally)\b"
                               + _ORDINAL_GAP, re.I)


# a statement's body that opens with its first point: "... yakni, pertama, A."
_FIRST_POINT = fastre.compile(r"[\"“]?(?:yang\s+)?(?:pertama|first)\s*,", re.I)


def _first_point_in_body(text: str, body: tuple[int, int]) -> bool:
    """Whether a statement's body opens with "pertama," (its first numbered point)."""
    a, b = body
    while a < b and text[a] in " ,:":
        a += 1
    return _FIRST_POINT.match(text, a, b) is not None


def _marker_kind(marker: str) -> str:
    m = marker.strip().lstrip("(")
    return "number" if m[:1].isdigit() else "letter" if m[:1].isalpha() else "bullet"


def _is_row(text: str, s: int, e: int) -> bool:
    """A table row: cells apart by tabs or " | ", or a whole line of words without a
    sentence's end ("Pertukaran data dan informasi  Keasistenan ...  Dinas Kominfo")."""
    if _TABLE_CELL.search(text, s, e):
        return True
    return (_line_start(text, s) and (e >= len(text) or text[e] == "\n")
            and text[e - 1] not in ".!?;:,\"”" and len(_WORDS.findall(text, s, e)) >= 2)


def _first_cell(text: str, s: int, e: int) -> Optional[tuple[int, int]]:
    """The first cell of a table row with words in it ("1 | Pertukaran data | ..." ->
    "Pertukaran data"), or None."""
    p = s
    for m in list(_TABLE_CELL.finditer(text, s, e)) + [None]:
        b = e if m is None else m.start()
        if any(c.isalpha() for c in text[p:b]):
            return _strip(text, p, b)
        if m is None:
            break
        p = m.end()
    return None


# "Ada empat hal pokok.", "Isinya ada tiga poin:": a count of the items that follow
# ('"Ada empat kegiatan yang kita atur.', "Ada tiga hal yang disepakati:": the count with
# a clause on what the agreement does with them; a quote may open it)
# ("Dari naskah yang dibacakan, ada tiga hal pokok.": where the count comes from may open it)
# ('J: Intinya dua.': an interview's answer, the count with no noun after "isinya" / "intinya";
# "Apa saja isi kesepakatannya?" + "Ada empat." / "Ada lima:": the answer, "ada" and the count alone)
_COUNT_SENTENCE = fastre.compile(
    r"(?:(?:J|Jawab)\s*:\s*)?[\"“]?(?:(?:isinya|intinya)\s+(?:ada\s+)?(?:\d{1,2}|dua|tiga|empat|lima|enam|tujuh)\s*[.:]?|"
    r"(?:ada|terdapat)\s+(?:\d{1,2}|dua|tiga|empat|lima|enam|tujuh)\s*[.:]|"
    r"(?:(?:dari|dalam|di\s+dalam|menurut|berdasarkan|merujuk)\s+[^,.!?\n\"“”]{1,40},\s*)?"
    r"(?:(?:ada|terdapat|isinya|intinya)\s+)?(?:ada\s+)?(?:\d{1,2}|dua|tiga|empat|lima|enam|tujuh|beberapa)\s+"
    r"(?:hal|poin|butir|point|pokok|bidang|aspek|fokus|program|langkah|komitmen|kegiatan)(?:\s+(?:pokok|utama|penting))?"
    r"(?:\s+yang\s+(?:(?:kita|kami|telah|akan|sudah)\s+)?(?:di)?(?:atur|sepakati|kerjasamakan))?"
    r"\s*[.:]?)", re.I)


def _empty_body(text: str, body: tuple[int, int]) -> bool:
    """Whether a statement's body holds no word ("Isinya sederhana." leaves "." after its cue)."""
    return _WORD_CHAR.search(text, *body) is None


def _party_will_label(text: str, a: int, b: int) -> Optional[int]:
    """The start of what a party "will" do in the sentence text[a:b] ("Jaksa pengacara negara
    akan memberikan bantuan hukum ...", _PARTY_WILL) when it names a label at its verb or
    after a light verb (_label_at_verb), else None."""
    m = _PARTY_WILL.match(text, a, b)
    return _label_at_verb(text, m.end(), b) if m is not None else None


def _count_then_list(text: str, sents: list, j: int) -> bool:
    """Whether sents[j] only counts the items (_COUNT_SENTENCE: "Jawab: Ada empat.", "Ada tiga
    hal pokok.") and the sentence after it names a label: the list the count announces."""
    return j + 1 < len(sents) and _COUNT_SENTENCE.fullmatch(text, *sents[j]) is not None \
        and _has_label(text, *sents[j + 1])


def _ordinals_at(text: str, sents: list, j: int) -> Optional[int]:
    """The index of the first ordinal item ("Pertama, ...") at sentence j, or after a
    count sentence at j; else None."""
    if j < len(sents) and _COUNT_SENTENCE.fullmatch(text, *sents[j]):
        j += 1
    if j < len(sents) and _ordinal_item(text, sents[j][0]):
        return j
    return None


# "Kelompok pertama menyangkut penanganan laporan, yakni A. Kelompok kedua bersifat pencegahan,
# yakni B, C, serta D.", "Poin kedua adalah E", "Klaster ketiga: F": an item opened by its group
# and an ordinal (after a statement that says the scope falls in groups: "ruang lingkup
# kesepakatan terbagi dalam dua kelompok besar")
_GROUP_WORDS = r"[\"“]?(?:kelompok|klaster|kluster|pilar|poin|butir|bidang|aspek|fokus|hal|program|sektor)\s+"
_FIRST_GROUP = fastre.compile(_GROUP_WORDS + r"(?:pertama|kesatu)\b", re.I)
_GROUP_ORDINAL = fastre.compile(_GROUP_WORDS + r"(?:pertama|kesatu|kedua|ketiga|keempat|kelima|keenam|ketujuh|terakhir)\b",
                                re.I)
# what the group is about, before its items: "menyangkut penanganan laporan", "bersifat pencegahan"
_GROUP_ABOUT = fastre.compile(r"\s*(?:,\s*)?(?:menyangkut|mengenai|terkait|tentang|soal|berisi(?:kan)?|mengatur)\s+", re.I)


def _ordinal_item(text: str, a: int) -> bool:
    """Whether the sentence at `a` opens with an ordinal item ("Pertama, A", "Kelompok
    kedua ...")."""
    return _ORDINAL_ITEM.match(text, a) is not None or _GROUP_ORDINAL.match(text, a) is not None


def _ordinal_segment(text: str, a: int, b: int) -> tuple[int, int]:
    """The item-bearing range of an ordinal item's sentence: the whole sentence for
    "Pertama, A"; for a group's ordinal, its items after the list word ("Kelompok kedua
    bersifat pencegahan, yakni B, C" -> "B, C"), else what the group is about ("Poin ketiga
    menyangkut pelatihan aparatur" -> "pelatihan aparatur"), the group's name not an item."""
    gm = _GROUP_ORDINAL.match(text, a, b)
    if gm is None:
        return a, b
    im = _INTRO.search(text, gm.end(), b)
    if im is not None:
        return im.end(), b
    am = _GROUP_ABOUT.match(text, gm.end(), b)
    return (am.end() if am else gm.end()), b


# a table cell scraped into a line of its own after its label's line: ": Penyediaan ..."
_VALUE_LINE = fastre.compile(r"[ \t\u00a0]*:[ \t\u00a0]*(?=\w)")


def _value_rows(text: str, sents: list, j: int, st: _Statement) -> Optional[tuple[list, int]]:
    """The value lines under a cue that is a table label alone on its line ("Ruang Lingkup"
    + ": Penyediaan sambungan rumah ..." + ": Pengawasan kualitas air ..." + "Jangka Waktu" +
    ": 5 tahun"): each line that opens with a colon is an item, up to the next label line.
    Returns (item segments, index of the sentence after them), or None."""
    if text[st.segments[0][0]:st.segments[0][1]].strip() or not _line_start(text, st.start):
        return None
    rows = []
    while j < len(sents) and _line_start(text, sents[j][0]):
        m = _VALUE_LINE.match(text, sents[j][0], sents[j][1])
        if m is None:
            break
        rows.append((m.end(), sents[j][1]))
        j += 1
    return (rows, j) if rows else None


def _is_short_item(text: str, span: tuple[int, int]) -> bool:
    t = text[span[0]:span[1]].rstrip()
    return t.endswith(";") or t.endswith("; dan") or t.endswith("; serta")


def _body(text: str, s: int, e: int) -> tuple[int, int]:
    m = _LIST_ITEM.match(text, s, e)
    return (m.end() if m else s), e


# "... penandatanganan Kesepakatan Bersama (KB) tentang ..." and later "Adapun KB tersebut
# mencakup A, B, serta C": an agreement the text names by the acronym it defined for it
_DEFINED_ACRONYM = fastre.compile(
    r"(?i:\b(?:nota\s+kesepa\w+|kesepakatan(?:\s+bersama)?|kesepahaman|perjanjian(?:\s+kerja\s*-?\s*sama)?"
    r"|piagam\s+kerja\s*-?\s*sama|memorandum\s+of\s+understanding))\s*\(([A-Z]{2,5})\)")


@lru_cache(maxsize=8)
def _acronym_rx(text: str) -> Optional[re.Pattern]:
    """A pattern for the agreement acronyms `text` defines (see _DEFINED_ACRONYM), or None."""
    found = sorted({m.group(1) for m in _DEFINED_ACRONYM.finditer(text)})
    if not found:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, found)) + r")(?![\w-])")


def _names_agreement(text: str, pos: int, endpos: int, agree, scan) -> bool:
    """Whether text[pos:endpos] names an agreement: an @agreement word or an acronym the
    text defined for one."""
    if _has_match(agree, text, pos, endpos, scan):
        return True
    rx = _acronym_rx(text)
    return rx is not None and rx.search(text, pos, endpos) is not None


def _has_match(rxs, text, pos, endpos, scan) -> bool:
    """Whether any of `rxs` matches within text[pos:endpos] (`_first(...) is not None`)."""
    low = folded(text)
    return any(next(_finditer(rx, low, pos, endpos, scan), None) is not None for rx in rxs)


_ENUMERATING = ("@scope_list", "@verb_list", "@purpose_list")


@lru_cache(maxsize=1)
def _statement_rxs() -> tuple[list, dict]:
    """The statement cue patterns in order, [(cue name, pattern)], and the positions in
    that list of each scan pattern number (empty without a scan)."""
    v = _vocab()
    rxs = [(name, rx) for name in _STATEMENT_CUES for rx in v.cues.get(name, [])]
    at_of: dict = {}
    if v.scan is not None:
        for i, (_, rx) in enumerate(rxs):
            at_of.setdefault(v.scan.index[id(rx)], []).append(i)
    return rxs, at_of


def _sentence_statement(text, ss, se, agree) -> Optional[_Statement]:
    scan = _candidates(text)
    got = scan.statements.get((ss, se)) if scan is not None else None
    if got is not None and got[0] is agree:
        st = got[1]  # (a copy: callers extend and cut a statement's segments)
        return None if st is None else st.copy()
    st = _sentence_statement_of(text, ss, se, agree, scan)
    if scan is not None:
        scan.statements[(ss, se)] = (agree, None if st is None else st.copy())
    return st


def _sentence_statement_of(text, ss, se, agree, scan) -> Optional[_Statement]:
    v = _vocab()
    present = None  # the statement cues that can start in this sentence: number -> its starts there
    if scan is not None and scan.cues_complete:
        present = {}
        for p, k in scan.cues[bisect_left(scan.cue_starts, ss):bisect_left(scan.cue_starts, se)]:
            present.setdefault(k, []).append(p)
        if not present:
            return None
    has_agree = None  # _has_match(agree, ..., ss, se), computed when needed
    low = folded(text)
    cands = []
    cue_rxs, at_of = _statement_rxs()
    # (speed: with the scan, only the patterns whose prefix starts in the sentence, in
    # the vocabulary's order)
    order = range(len(cue_rxs)) if present is None else sorted(i for k in present for i in at_of[k])
    for name, rx in (cue_rxs[i] for i in order):
        # (speed: with the scan, the pattern's starts in the sentence are those in `present`:
        # what _finditer would try, without its bisects and generators)
        found = _finditer(rx, low, ss, se, scan) if present is None \
            else _matches_at(rx, low, present[v.scan.index[id(rx)]], se)
        for m in found:
            if name in ("@verb_list", "@verb_scope"):
                if not _names_agreement(text, ss, m.start(), agree, scan) \
                        or ((_RELATIVE_CUE.match(low, m.start()) or _RELATIVE_BEFORE.search(low, ss, m.start()))
                            and _other_noun(text, ss, m.start(), agree, scan)):
                    continue
            elif name.startswith("@purpose"):
                if has_agree is None:
                    has_agree = _names_agreement(text, ss, se, agree, scan)
                if not has_agree:
                    continue
            cands.append((m, name))
    cands = _outside_condition(text, ss, se, cands)
    if not cands:
        return None
    scope_c = [(m, n) for m, n in cands if not n.startswith("@purpose")]
    pool = scope_c or cands
    kind = "scope" if scope_c else "purpose"
    m, name = min(pool, key=lambda c: c[0].start())
    enumerates = any((n in ("@scope_list", "@verb_list", "@purpose_list")
                      or (n == "@act_list" and (_is_list(text, mm.end(), se) or _adds(text, ss, mm.start())
                                                # ("sepakat bekerja sama dalam hal:" + a. b. c.)
                                                or text[mm.end():se].rstrip().endswith(":"))))
                     and not mm.group().lower().startswith("berisi") for mm, n in pool)
    body_start = m.end()
    ranged = False  # the body is a range of items ("mulai dari A hingga B", _scope_range)
    if enumerates and name not in _ENUMERATING:
        # "Under the MoU, the two parties agreed to cooperate in A, B and C", "Melalui
        # MoU ini, kedua pihak bersepakat untuk A, B ...": the items follow the later,
        # enumerating cue
        # (also after an agreed act: "Melalui MoU ini, kedua pihak sepakat bekerja sama
        # dalam A, B, serta C")
        later = [mm for mm, n in pool if (n in _ENUMERATING or n == "@act_list") and mm.start() >= m.end()]
        if later and not _has_label(text, m.end(), later[0].start()):
            body_start = min(later, key=lambda mm: mm.start()).end()
    if _NOUN_CUE.search(m.group()):
        # "Ruang lingkup ... meliputi X", "Ada empat hal yang kita sepakati. X":
        # the items start after the list verb / colon (or a dash right after the cue), if any
        vm = _DASH_INTRO.match(text, m.end(), se) or _INTRO.search(text, m.end(), se)
        if vm is not None:
            body_start = vm.end()
        else:
            # (ranged: "Ruang lingkupnya luas, mulai dari A hingga B")
            body_start, ranged = _bare_scope_list(text, m, se)
    bm = _first(v.cues.get("@body", []), text, body_start, se)
    if bm is not None and bm.start() == body_start:
        body_start = bm.end()
    if kind == "scope" and _ABOUT_END.search(m.group()) and _is_title(text, body_start, se):
        # "Nota kesepakatan tersebut mengatur tentang Sinergi Pengawasan dan Peningkatan
        # Kualitas Pelayanan Publik di Provinsi X.": the agreement's title, which says
        # what it is for; what it covers, where the text says it, comes first
        kind = "purpose"
    if kind == "scope" and _frame_only(text, body_start, se):
        kind = "purpose"
    return _Statement(start=m.start(), end=se, kind=kind, enumerates=enumerates,
                      segments=_range_segments(text, body_start, se) if ranged else [(body_start, se)])


def _frame_only(text: str, s: int, e: int) -> bool:
    """Whether a statement's body text[s:e] (up to its cut) is only the frame of the
    cooperation (@frame: "sinergi pengawasan penyelenggaraan pelayanan publik di ibu kota
    provinsi"), what the agreement is for rather than an area it covers."""
    a, b = _cut(text, s, e)
    low = folded(text)
    return b > a and any(rx.fullmatch(low, a, b) for rx in _vocab().cues.get("@frame", []))


# after "ruang lingkup": its possessive and the agreement's name ("Ruang lingkup kerja sama ini")
_SCOPE_NAME_TAIL = (r"(?:nya)?(?:\s+(?:nota\s+kesepa\w+|kesepakatan|kesepahaman|kerja\s*sama|kerjasama|MoU|PKS|"
    r"perjanjian(?:\s+kerja\s*sama)?)(?:nya)?(?:\s+(?:ini|tersebut|itu))?)?")


# "Ruang lingkupnya pelatihan A, beasiswa B, serta kajian C": the scope named and its items
# right after it, with no verb or colon between (the copula left out, as spoken Indonesian
# does); the agreement's name may come between ("Ruang lingkup kerja sama ini ...")
_BARE_SCOPE = fastre.compile(_SCOPE_NAME_TAIL + r"\s*,?\s+", re.I)


# "Ruang lingkup MoU cukup luas, mulai dari A, B, hingga C", "Ruang lingkupnya beragam, dari A
# sampai B": a short comment on the scope (up to three words: how wide it is), then the range of
# its items, "mulai (dari)" / "dari" ... "hingga" / "sampai"; the agreement's name may come between
_SCOPE_RANGE = fastre.compile(
    _SCOPE_NAME_TAIL +
    r"(?:\s+(?!(?:akan|bakal|telah|sudah|masih|belum)\b)[a-z][\w-]*){1,3}"
    r"(?:\s*,\s*(?:mulai\s+(?:dari\s+)?|dari\s+)|\s+mulai\s+(?:dari\s+)?)(?=\w)", re.I)
_RANGE_END = fastre.compile(r"\s(?:hingga|sampai)\s+(?:(?:dengan|ke|pada)\s+)?(?=\w)", re.I)


def _scope_range(text: str, p: int, se: int) -> Optional[int]:
    """Where the items start when a comment on the scope after its cue ends in the range
    it spans (_SCOPE_RANGE, with a "hingga" / "sampai" later in the sentence), else None."""
    rm = _SCOPE_RANGE.match(text, p, se)
    if rm is None or _RANGE_END.search(text, rm.end(), se) is None:
        return None
    return rm.end()


def _range_segments(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A range's body split at its last "hingga" / "sampai" ("pelatihan guru hingga beasiswa
    mahasiswa" -> "pelatihan guru", "beasiswa mahasiswa"): the two ends are items apart."""
    last = None
    for last in _RANGE_END.finditer(text, s, _cut(text, s, e)[1]):
        pass
    if last is None:
        return [(s, e)]
    return [(s, last.start()), (last.end(), e)]


def _bare_scope_list(text: str, m, se: int) -> tuple[int, bool]:
    """Where the items start after a "ruang lingkup" cue with no list verb or colon after
    it (`se` when there are none), and whether they are a range (_scope_range): right after
    the cue, when a list follows there
    ("Ruang lingkupnya pelatihan imam desa, beasiswa santri, serta ...") and its first
    item names a label or an activity (pe-/ke-...-an, -isasi). Not a comment on the scope
    ("Ruang lingkup kerja sama ini cukup luas", "ruang lingkupnya akan diperluas"), unless
    the comment goes on with the range it spans (_scope_range)."""
    if not m.group().lower().startswith("ruang"):
        return se, False
    rng = _scope_range(text, m.end(), se)
    if rng is not None:
        return rng, rng < se
    bm = _BARE_SCOPE.match(text, m.end(), se)
    if bm is None:
        return se, False
    p = bm.end()
    if _is_list(text, p, se) and (any(a == p for a, _, _ in _label_hits(text, p, se)) or _NOMINAL.match(text, p, se)):
        return p, False
    return se, False


# a sentence that opens with a condition: "Jika nota kesepakatan hanya memuat komitmen
# umum, PKS mengatur hal teknis ...", "Bila nota kesepahaman mengatur komitmen umum, ..."
_CONDITION = fastre.compile(r"[\"“]?(?:jika|bila|apabila|kalau|jikalau|seandainya|andaikan)\b[^,;.!?\n\"”]*,", re.I)


def _outside_condition(text: str, ss: int, se: int, cands: list) -> list:
    """The statement cues of a sentence that are not in the condition it opens with: what
    an agreement would hold if ("Jika nota kesepakatan hanya memuat komitmen umum, ..." -
    a contrast with another document, or a hypothesis) is not what it covers; the main
    clause after the comma keeps its own cues."""
    m = _CONDITION.match(text, ss, se)
    if m is None:
        return cands
    return [(c, n) for c, n in cands if c.start() >= m.end()]


# a list verb that may be a relative clause on any noun: "yang meliputi", "terkait dengan"
_RELATIVE_CUE = fastre.compile(r"yang\s|terkait\s|berkaitan\s")
# ", aduan yang ...": a comma, then a noun of another clause; "... penting karena laporan warga
# ...": a conjunction of reason opens a clause of its own
_CLAUSE_NOUN = fastre.compile(r",\s*(?!yang\b)\w|\s(?:karena|sebab|lantaran|mengingat)\s+(?!itu\b)\w"
                              # "kesepakatan itu ditindaklanjuti dengan rencana aksi yang memuat
                              # target ...": the instrument of the follow-up, a noun of its own
                              r"|\bditindaklanjuti\s+(?:dengan|melalui|lewat|dalam)\s+\w", re.I)
_RELATIVE_BEFORE = fastre.compile(r"\byang\s+$", re.I)  # ("rencana aksi yang memuat")


def _other_noun(text: str, ss: int, cue: int, agree, scan) -> bool:
    """Whether a relative list verb at `cue` hangs on a noun of a clause after the
    agreement's ("Dengan nota kesepahaman ini, aduan yang berkaitan dengan dugaan
    maladministrasi dapat diteruskan ...": what the complaints are about, not what the
    agreement covers)."""
    low = folded(text)
    last = max((m.end() for rx in agree for m in _finditer(rx, low, ss, cue, scan)), default=ss)
    return _CLAUSE_NOUN.search(text, last, cue) is not None


_ABOUT_END = fastre.compile(r"(?:tentang|mengenai)$")
_TITLE_END = fastre.compile(r"[,.;:!?\n]")


def _is_title(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] opens with a title: three or more words up to the clause's end,
    every one capitalised but the small words ("Sinergi Pengawasan dan Peningkatan ...")."""
    c = _TITLE_END.search(text, s, e)
    words = _WORDS.findall(text, s, c.start() if c else e)
    return len(words) >= 3 and all(w[0].isupper() or w[0].isdigit() or w.lower() in _FUNCTION_WORDS for w in words)


def _adds(text: str, ss: int, cue: int) -> bool:
    """Whether the agreed act at `cue` is announced as an addition ("Selain itu, para
    pihak sepakat melakukan X", "BPN juga sepakat mengembangkan X"): then its one item is
    an item of the scope, `other` when it names no label."""
    return _ADDS.match(text, ss) is not None or _ALSO_BEFORE.search(text, ss, cue) is not None


# what separates the items of a list: "A, B, serta C", "A; B" (not "A, termasuk B",
# an example of A, nor the ", kata X" after a quote)
_LIST_SEP = fastre.compile(r";|\sserta\s|,(?!\s*(?:termasuk|misalnya|terutama|khususnya|utamanya|seperti|baik|"
                           r"yang|sehingga|agar|supaya|karena|kata|ujar|ucap|tutur|jelas|tegas|ungkap|imbuh|tambah|mulai)\b)",
                           re.I)


def _is_list(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] (up to a clause that ends a statement) lists several items."""
    s, e = _cut(text, s, e)
    return _LIST_SEP.search(text, s, e) is not None


# a quoted name just before a closing quote: 'program dialog "Ombudsman Menyapa" setiap
# bulan' (a title in quotes, not the end of someone's quoted words)
_NAME_WORDS = r"[A-Z0-9][\w'’!&.-]*(?:[ \t]+[A-Z0-9][\w'’!&.-]*){0,5}"  # (words apart by blanks)
_QUOTED_NAME = fastre.compile(r"[\"“]" + _NAME_WORDS + r"[ \t]*$")
_QUOTED_NAME_AT = fastre.compile(r"[\"“]" + _NAME_WORDS + r"[\"”]")


def _cut(text: str, s: int, e: int) -> tuple[int, int]:
    cuts = _vocab().cues.get("@cut", [])
    p = s
    while True:
        m = _first(cuts, text, p, e)
        if m is not None and text[m.start()] in "\"“”":
            q = _QUOTED_NAME_AT.match(text, m.start(), e)  # its opening quote
            if q is not None:
                p = q.end()
                continue
            if _QUOTED_NAME.search(text, max(s, m.start() - 80), m.start()):  # its closing one
                p = m.end()
                continue
        break
    if m is not None and m.start() > s:
        e = m.start()
    return _strip(text, s, e) if text[s:e].strip() else (s, s)


# --- labels ------------------------------------------------------------------------

def _label_hits(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    found = []
    low = folded(text)
    labels = _vocab().labels
    cands = _candidates(text)
    if cands is None:
        plain = range(len(labels))
    else:  # _finditer for all label patterns in one pass over their candidates
        plain = cands.plain_labels
        ends: dict = {}
        lo, hi = bisect_left(cands.label_starts, s), bisect_left(cands.label_starts, e)
        for p, i in cands.labels[lo:hi]:
            if p >= ends.get(i, -1):
                label, rx, row = labels[i]
                m = rx.match(low, p, e)
                if m:
                    ends[i] = m.end()
                    found.append((p, m.end(), label, row))
    for i in plain:
        label, rx, row = labels[i]
        for m in rx.finditer(low, s, e):
            if m.end() > m.start():
                found.append((m.start(), m.end(), label, row))
    # (the order of `found` does not matter: the sort key is unique per hit)
    found.sort(key=lambda h: (-(h[1] - h[0]), h[3], h[0]))
    taken: list[tuple[int, int, str]] = []
    for a, b, label, _ in found:
        if any(a < tb and ta < b for ta, tb, _ in taken):
            continue
        taken.append((a, b, label))
    taken.sort()
    return taken


def _has_label(text: str, s: int, e: int) -> bool:
    return bool(_label_hits(text, s, e))


_ITEM_SPLIT = fastre.compile(r";|,(?!\d)|\s+serta\s+|\s[a-h][.)]\s|\s\d{1,2}[.)]\s", re.IGNORECASE)
_DAN = fastre.compile(r"\s+dan\s+", re.IGNORECASE)
_WORDS = fastre.compile(r"\w[\w/-]*")


def _items(text: str, s: int, e: int) -> list[tuple[int, int]]:
    return [_strip(text, a, b) for a, b in _split_at(_ITEM_SPLIT, text, s, e) if text[a:b].strip()]


def _service_words() -> dict[str, frozenset]:
    """data/service_places.txt by kind: unit, part, quantifier."""
    out: dict[str, set] = {}
    for ln in data_lines("service_places.txt"):
        kind, words = ln.split("\t", 1)
        out.setdefault(kind, set()).update(w.lower() for w in words.split())
    return {k: frozenset(v) for k, v in out.items()}


_PLACE_WORDS = _service_words()
_UNITS, _QUANTIFIERS = _PLACE_WORDS["unit"], _PLACE_WORDS["quantifier"]
_SERVICE_PLACES = _UNITS | _PLACE_WORDS["part"] | _QUANTIFIERS
_AND = ("dan", "serta", "atau")
# an item that goes on about the one before: an example ("termasuk X") gives no label of
# its own; a focus ("terutama dalam X") names labels but no `other` item
_EXAMPLE = fastre.compile(r"(?:termasuk|misalnya|including)\b", re.I)
# ("..., baik di dalam maupun di luar pengadilan": where the item before applies)
# ("..., mulai dari puskesmas hingga kantor desa": the range of units the item before reaches)
_ELABORATES = fastre.compile(r"(?:termasuk|misalnya|including|terutama|khususnya|utamanya|especially|baik|mulai\s+(?:dari|di)\b)\b",
                             re.I)
# ("pencegahan maladministrasi di unit layanan yang paling sering didatangi warga, seperti
# puskesmas, sekolah dan kantor kecamatan": after a labelled item, "seperti" opens the examples
# of where it applies; after an item with no label ("bidang lain, seperti pendidikan dan
# kesehatan") the examples are the areas themselves)
_SUCH_AS = fastre.compile(r"(?:seperti|semisal|contohnya)\b", re.I)


def _elaborates(text: str, a: int, b: int, prev: tuple, hits: list) -> bool:
    """Whether the item text[a:b] goes on about the item `prev` before it (_ELABORATES,
    or _SUCH_AS after a labelled item)."""
    if _ELABORATES.match(text, a, b):
        return True
    return bool(_SUCH_AS.match(text, a, b)) and any(prev[0] <= h[0] < prev[1] for h in hits)


# "bantuan hukum, pertimbangan hukum, dan tindakan hukum lain ..., termasuk penyelamatan
# dan pemulihan aset daerah": after a legal-assistance item "termasuk" may open a task of
# its own (a pe-/ke-...-an nominal), not an example of the assistance; a way of assisting
# ("termasuk pendampingan dalam sengketa aset", data/scope_assist_words.txt) stays one
# ("termasuk dalam upaya pemulihan aset daerah": the same, the task after "dalam upaya"; but
# "..., termasuk dalam pengadaan barang dan jasa": "dalam" alone names the work in which the
# assistance is given, an example of it)
_INCLUDES_TASK = fastre.compile(r"(?:termasuk|including)\s+(?:(?:dalam\s+)?upaya\s+)?((?:pe|ke)[a-z]{3,}an|[a-z]{3,}isasi)\b", re.I)
_INCLUDES = fastre.compile(r"(?:termasuk|including)\s+(?:dalam\s+)?(?:upaya\s+)?", re.I)
_ASSIST_WORDS = word_set("scope_assist_words.txt")


def _includes_task(text: str, a: int, b: int, prev: tuple, hits: list) -> bool:
    """Whether the item text[a:b] opens with "termasuk" + a task of its own after a
    legal-assistance item `prev` (see _INCLUDES_TASK)."""
    m = _INCLUDES_TASK.match(text, a, b)
    if m is None or m.group(1).lower() in _ASSIST_WORDS:
        return False
    if _PROJECTS_TAIL.search(text, prev[0], prev[1]):
        return False  # (one of the projects the assistance is for, see _PROJECTS_TAIL)
    return any(prev[0] <= h[0] < prev[1] and h[2] == "legal_assistance" for h in hits)


# "pendampingan hukum dalam proyek strategis daerah, termasuk pembangunan pasar ikan": the
# item before ends with the projects it serves, and "termasuk" names one of them (a
# project, not a task of the agreement)
_PROJECTS_TAIL = fastre.compile(r"\s(?:dalam|pada|terhadap|atas|untuk|bagi)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:proyek|projek|program|pekerjaan|kegiatan\s+pembangunan)\b[^,;]*$", re.I)


# "pelatihan ... bagi relawan pemantau serta aparatur pelayanan": the item before ends with
# whom it serves; a next item that opens with a word for people (data/scope_people_words.txt)
# names more of them, not an area
_BENEFICIARY_TAIL = fastre.compile(r"\b(?:bagi|kepada|untuk)\s+(?:para\s+)?[\w-]+(?:\s+[\w-]+){0,3}$", re.I)
_PEOPLE_WORDS = word_set("scope_people_words.txt")
_JOINTLY = word_set("scope_joint_words.txt")
# "... atas layanan pemasyarakatan": an item ending on the service it is about
_SERVICE_TAIL = fastre.compile(r"\b(?:atas|terhadap|terkait|pada|di|dalam|untuk|bagi)\s+(?:(?:unit|sektor|bidang)\s+)?"
                               r"(?:layanan|pelayanan)\s+[\w-]+$", re.I)
_PE_ACTIVITY = fastre.compile(r"(?:(?:dan|serta|atau)\s+)?(?:pe[a-z]{3,}an|[a-z]{3,}isasi|(?:me|ber)[a-z]{3,})\b", re.I)
_FIELD_TAIL = fastre.compile(r"\b(?:bidang|sektor)\s+[\w-]+(?:\s+[\w-]+)?$", re.I)
_LOCATIVE_TAIL = fastre.compile(r"\b(?:di|ke|pada)\s+[\w-]+(?:\s+[\w-]+){0,2}$", re.I)
_NOMINAL = fastre.compile(r"(?:(?:pe|ke)[a-z]{3,}an|[a-z]{3,}isasi)\b", re.I)
_EXAMPLES_TAIL = fastre.compile(r"\b(?:seperti|misalnya|contohnya|semisal|antara\s+lain)\s+[\w-]+(?:\s+[\w-]+){0,3}$", re.I)
_MAJOR_SEP = fastre.compile(r";|\bserta\b", re.I)
# an item that names an activity: a nominal, or a verb ("melakukan", "bertukar")
_ACTIVITY = fastre.compile(r"(?:(?:dan|serta|atau|juga)\s+)?(?:(?:pe|ke)[a-z]{3,}an|[a-z]{3,}isasi|(?:me|ber)[a-z]{3,})\b", re.I)


# "pencegahan maladministrasi dalam penyaluran dan pengelolaan Dana Desa": the "dan"
# joins two nouns under the preposition, not two items; also after the kind of thing
# they are ("... dalam layanan pendaftaran dan pemeliharaan data tanah": two services)
_PREP_NOUN = fastre.compile(r"\s(?:dalam|atas|terhadap|pada|di|tentang|mengenai|terkait|untuk|bagi)\s+"
                            r"(?:(?:layanan|pelayanan|urusan|proses|bidang|sektor)\s+)?"
                            r"(?:(?:pe|ke)[a-z]{3,}an|[a-z]{3,}isasi)\s*$", re.I)


# "pendampingan hukum dalam pembahasan rancangan peraturan daerah dan kebijakan
# anggaran": a ke-...-an noun (a thing, not an activity) after "dan" is a second object
# of the activity under the preposition
_PREP_PHRASE = fastre.compile(r"\s(?:dalam|atas|terhadap|pada|tentang|mengenai|terkait)\s+"
                              r"(?:pe|ke)[a-z]{3,}an(?:\s+[\w/-]+){1,3}\s*$", re.I)
_THING = fastre.compile(r"ke[a-z]{3,}an\b", re.I)
# "pengawasan atas pengelolaan keuangan dan pembangunan daerah", "pemantauan bersama atas pemenuhan
# standar waktu layanan penyambungan baru dan penanganan gangguan": after "atas" / "terhadap", the
# object of the labelled activity, a nominal after "dan" is a second object of it, not an item
_OBJECT_PHRASE = fastre.compile(r"\s(?:atas|terhadap)\s+(?:pe|ke)[a-z]{3,}an(?:\s+[\w/-]+){0,6}\s*$", re.I)


# "asistensi penyusunan dan penerapan standar pelayanan": the labelled word, then one activity
# (pe-/ke-...-an) that shares its object with the activity after "dan"
_ONE_NOMINAL = fastre.compile(r"\s+(?:pe|ke)[a-z]{3,}an\s*", re.I)


def _shared_complement(text: str, hit: tuple, dan: int, nxt: Optional[int] = None) -> bool:
    """Whether the "dan" at `dan` after a labelled phrase joins nouns that share what
    follows: a bare label word ("pelatihan dan penyuluhan hukum bagi aparatur": training
    and counselling, both on law; "asistensi penyusunan dan penerapan standar": the two
    activities assisted, _ONE_NOMINAL) or nouns under a preposition (_PREP_NOUN, _PREP_PHRASE
    when the noun after "dan", at `nxt`, is a thing; _OBJECT_PHRASE, the activity's object
    after "atas" / "terhadap")."""
    if (not text[hit[1]:dan].strip() or _ONE_NOMINAL.fullmatch(text, hit[1], dan)) \
            and len(_WORDS.findall(text, hit[0], hit[1])) == 1:
        return True
    if nxt is not None and _THING.match(text, nxt) and _PREP_PHRASE.search(text, hit[1], dan):
        return True
    if nxt is not None and _OBJECT_PHRASE.search(text, hit[1], dan):
        return True
    return _PREP_NOUN.search(text, hit[1], dan) is not None


def _acronym(word: str) -> bool:
    return 2 <= len(word) <= 6 and word.isupper()


# "..., Senin (19/5/2025), di Ruang Rapat Bupati X": where it was signed, not an item; "di"
# then a venue's head word as written (data/venue_heads.txt, as venues.py reads them)
_VENUE_ITEM = re.compile(r"(?:bertempat\s+)?di\s+(?:" + "|".join(data_lines("venue_heads.txt")) + r")\b")


def _last_short_name(text: str, items: list, n: int, words: list) -> bool:
    """Whether items[n] ("dan Satpas" in "pencegahan maladministrasi di unit pelayanan SPKT,
    SKCK, dan Satpas") is the last of a run of unit names: one capitalised short form
    after "dan" / "serta", the item before it ending in an acronym. Such names are often
    written in title case (Samsat, Satpas, Polsek, Puskesmas), not in capitals."""
    content = [w for w in words if w.lower() not in _AND]
    if n == 0 or len(content) != 1 or len(content) == len(words):
        return False
    w = content[0]
    if not (w[0].isupper() and w[1:].islower() and len(w) <= 10):
        return False
    return _acronym((_WORDS.findall(text, *items[n - 1]) or [""])[-1])


# "Tindakan hukum lain berupa mediasi, negosiasi dan fasilitasi": a labelled item goes on
# naming the forms it takes after "berupa" / "dalam bentuk"
_FORMS_WORD = r"\s(?:berupa|dalam\s+bentuk)\s"
_FORMS_TAIL = fastre.compile(_FORMS_WORD + r"\s*[\w-]+(?:\s+[\w-]+){0,3}$", re.I)


def _forms_go_on(text: str, prev: tuple[int, int], last: int, a: int, words: list, hits: list) -> bool:
    """Whether the short item at `a` is one more form of the labelled item `prev` that
    began to name its forms (_FORMS_TAIL, a label before "berupa"), with only a comma
    or "dan" since the item before it (`last`: a ";" or "serta" starts an item of its
    own)."""
    m = _FORMS_TAIL.search(text, prev[0], prev[1])
    if m is None or not 0 < len(words) <= 4 or _MAJOR_SEP.search(text, last, a):
        return False
    return any(prev[0] <= h[0] and h[1] <= m.start() for h in hits)


# "termasuk dalam X", "terutama pada X": an example that names the work in which the item
# before applies; a bare "serta" (no comma before it) then joins a second work to it
_IN_WORK = fastre.compile(r"(?:termasuk|terutama|khususnya|utamanya)\s+(?:dalam|pada)\s+(?!upaya\b)", re.I)
_SERTA_ONLY = fastre.compile(r"\s+serta\s+", re.I)


def _other_items(text: str, s: int, e: int, hits: list[tuple[int, int, str]],
                 title_case: bool = False) -> list[tuple[int, int]]:
    """Items of an enumeration that name no known label. In running text an item that
    opens with two capitalised words is a proper name (a unit the agreement reaches);
    `title_case` says the text capitalises every word (an agreement's title)."""
    v = _vocab()
    light, vacuous = v.cues.get("@light", []), v.cues.get("@vacuous", [])
    cohead = v.cues.get("@cohead", [])
    res = []
    prev = None
    examples = False  # the items after "termasuk X" go on naming examples
    in_work = False  # ... after "termasuk dalam X": the works in which the item before applies
    items = _items(text, s, e)
    for n, (a, b) in enumerate(items):
        # the item before goes on: "pencegahan maladministrasi di kelurahan, nagori dan
        # puskesmas" (its places, after its "di"), "pengawasan pelayanan SIM, SKCK, dan
        # SPKT" (the services it names), "..., termasuk X" (an example of it)
        words = _WORDS.findall(text, a, b)
        task = prev is not None and _includes_task(text, a, b, prev, hits)
        if task:
            a = _INCLUDES.match(text, a, b).end()  # the task, without its "termasuk"
        elab = prev is not None and not task and _elaborates(text, a, b, prev, hits)
        continues = prev is not None and not task and (elab or (
            _LOCATIVE_TAIL.search(text, prev[0], prev[1]) is not None
            and all(w.lower() in _SERVICE_PLACES or w.lower() in _AND for w in words)) or (
            # "pengawasan ... di bidang keimigrasian, pemasyarakatan, dan ...": its fields
            # (not "..., di bidang teknologi informasi, penelitian bersama, serta ...": what the
            # parties do jointly is an activity, not a field)
            _FIELD_TAIL.search(text, prev[0], prev[1]) is not None and len(words) <= 3
            and not any(w.lower() in _JOINTLY for w in words)) or (
            # "penanganan pengaduan atas layanan pemasyarakatan, keimigrasian dan administrasi
            # hukum umum": the services the item before names go on (not an activity of its
            # own, pe-...-an: "..., penelitian" / "..., pelatihan petugas")
            _SERVICE_TAIL.search(text, prev[0], prev[1]) is not None
            and 0 < len([w for w in words if w.lower() not in _AND]) <= 4
            and not _PE_ACTIVITY.match(text, a, b) and not any(a <= h[0] < b for h in hits)
            and not any(w.lower() in _JOINTLY for w in words)) or (
            # ("pelatihan bagi dokter umum, bidan, dan perawat puskesmas": the last after its "dan")
            _BENEFICIARY_TAIL.search(text, prev[0], prev[1]) is not None and 0 < len(words) <= 4
            and next((w.lower() for w in words if w.lower() not in _AND), "") in _PEOPLE_WORDS) or (
            all((w.isupper() and len(w) <= 6) or w.lower() in _AND for w in words)) or (
            # "pencegahan maladministrasi dalam pelayanan SIM, SKCK dan penyidikan": the
            # services the item before names go on, one acronym after another (also the
            # last after its "dan", with a word of its own: "di seluruh SMA, SMK, dan SLB negeri")
            _acronym(next((w for w in words if w.lower() not in _AND), ""))
            and _acronym((_WORDS.findall(text, *prev) or [""])[-1])) or (
            _last_short_name(text, items, n, words)) or (
            # "pemantauan ... pada unit layanan dasar seperti puskesmas, Disdukcapil dan DPMPTSP":
            # the examples the item before began to name go on, up to an activity
            _EXAMPLES_TAIL.search(text, prev[0], prev[1]) is not None and 0 < len(words) <= 4
            and not _ACTIVITY.match(text, a, b)) or (
            _forms_go_on(text, prev, items[n - 1][1], a, words, hits)))
        if elab:
            examples = True
            in_work = _IN_WORK.match(text, a, b) is not None
        elif examples and in_work and _SERTA_ONLY.fullmatch(text, items[n - 1][1], a):
            # "..., termasuk dalam pengadaan barang dan jasa serta penyelesaian tunggakan
            # retribusi": the "serta" joins two works under the one "dalam"
            continues = True
        elif continues or not examples or _MAJOR_SEP.search(text, items[n - 1][1], a) or _ACTIVITY.match(text, a, b):
            # "..., termasuk Samsat, rumah sakit jiwa dan balai latihan kerja": more
            # examples of the item before, until an activity ("..., termasuk Samsat,
            # dan penelitian bersama") or a ";" / "serta" ("termasuk pendampingan X
            # serta upaya pemulihan aset") starts an item of its own
            examples = False
        else:
            continues = True
        if continues:
            continue  # (the item before stays the one later items may go on from)
        prev = (a, b)
        parts = [(a, b)]
        # "penelitian di bidang X dan pelatihan Y": split before a labelled phrase
        for m in _DAN.finditer(text, a, b):
            inside = [h for h in hits if a <= h[0] < m.start()]
            if any(h[0] == m.end() for h in hits) and not inside and len(_WORDS.findall(text, a, m.start())) >= 2:
                parts = [(a, m.start()), (m.end(), b)]
                break
            # "peningkatan kompetensi tenaga kesehatan dan penguatan sistem rujukan": a
            # labelled phrase, then a new nominal item (pe-/ke-...-an) with no label
            after = [h for h in hits if m.end() <= h[0] < b]
            if inside and not after and _NOMINAL.match(text, m.end(), b) \
                    and len(_WORDS.findall(text, m.end(), b)) >= 2 \
                    and _FORMS.search(text, inside[-1][1], m.start()) is None \
                    and not _shared_complement(text, inside[-1], m.start(), m.end()):
                parts = [(a, m.start()), (m.end(), b)]
                break
        for pi, (pa, pb) in enumerate(parts):
            # the start of what comes next: the part after "dan", or the next item
            nxt = parts[pi + 1][0] if pi + 1 < len(parts) else items[n + 1][0] if n + 1 < len(items) else None
            if any(pa <= h[0] < pb or pa < h[1] <= pb for h in hits):
                continue
            q = pa
            while q < pb and text[q] in "\"“‘":  # ('"Pertama, ...': the quote opens the speech, not the item)
                q += 1
            low = folded(text)
            for rx in light:
                lm = rx.match(low, q, pb)
                if lm:
                    q = lm.end()
            rest = text[q:pb]
            words = _WORDS.findall(rest)
            if not words or len(words) > 30:
                continue
            if any(rx.match(low, q, pb) for rx in vacuous) or _VENUE_ITEM.match(text, q, pb):
                continue
            if not words[0][0].isalpha():
                continue
            # "sejumlah puskesmas dengan kunjungan tertinggi": units reached, not an area
            content = [w.lower() for w in words if w.lower() not in _QUANTIFIERS and not w.isdigit()]
            if content and content[0] in _UNITS:
                continue
            # "meliputi Dinas Kependudukan ..., RSUD X, 9 kecamatan": the units an
            # agreement reaches (proper names), not what it covers
            first = _WORDS.findall(text, pa, pb)[:2]
            if not title_case and len(first) > 1 and first[0][0].isupper() and first[1][0].isupper():
                continue
            # "sosialisasi, bimbingan teknis dan asistensi bagi aparatur": a bare word of
            # teaching (@cohead) before a training item shares it (also before "dan" in one
            # item: "melaksanakan sosialisasi dan bimbingan teknis ...")
            if len(words) == 1 and nxt is not None and any(rx.fullmatch(low, q, pb) for rx in cohead) \
                    and any(h[0] == nxt and h[2] == "capacity_building" for h in hits):
                continue
            ra, rb = _strip(text, q, pb)
            while rb > ra and text[rb - 1] in ".!?":  # the sentence's end is not the item's
                rb -= 1
            res.append((ra, rb))
    return res


def told_as_background(text: str, sent_start: int, hit: "ScopeHit") -> bool:
    """Whether a label phrase in a signing sentence is something told about the day (the
    @background cue right before it: "diawali paparan mengenai hasil Penilaian
    Kepatuhan"), not what the agreement covers."""
    low = folded(text)
    return any(rx.search(low, max(sent_start, hit.start - 80), hit.start) for rx in _vocab().cues.get("@background", []))


# A scope statement told as an addition: "Kedua pihak juga sepakat melakukan pemadanan data",
# "PKS ini juga mengatur ...", "Hendro menambahkan, kedua pihak sepakat ...", "Selain itu,
# perjanjian memuat ...", "The MoU also covers ...": it adds to what the agreement was said to
# be about before, its subject in the signing sentence ("meneken PKS penyelenggaraan program
# JKN"). Not "juga" on a verb of saying ("Ia juga menjelaskan, ruang lingkupnya meliputi ..."):
# a remark, the statement itself adds nothing.
_ADDITION_MARK = fastre.compile(
    r"\b(?:juga|also)\b(?!\s+(?:" + "|".join(sorted(_SPEECH_VERBS)) + r")\b)"
    r"|\b(?:menambahkan|ditambahkan(?:nya)?)\b|\b(?:selain|di\s+samping|tak\s+hanya|tidak\s+hanya)\s+itu\b", re.I)
# "Lewat adendum ini, kedua pihak menambahkan A, di samping ruang lingkup lama, yakni B dan
# C": the parties (having agreed) add an area to the agreement, which is the scope
# statement itself (data/scope.tsv), not a speaker adding a remark
_PARTIES_ADD = fastre.compile(
    r"\b(?:kedua\s+(?:belah\s+)?(?:pihak|lembaga|instansi)|keduanya|para\s+pihak)\s+(?:(?:telah|sudah|pun)\s+){0,2}"
    r"(?:(?:ber)?sepakat\s+(?:untuk\s+)?)?$", re.I)
_PARTIES_ADD_BACK = 40  # characters read before "menambahkan" for the parties


def _parties_add(text: str, sent_start: int, mark) -> bool:
    """Whether the addition mark `mark` is "menambahkan" with the parties as its subject
    (_PARTIES_ADD, within the sentence from `sent_start`)."""
    return mark.group().lower() == "menambahkan" and _PARTIES_ADD.search(
        text, max(sent_start, mark.start() - _PARTIES_ADD_BACK), mark.start()) is not None


def adds_to_subject(text: str, sent_start: int, first: int) -> bool:
    """Whether the scope statement whose first label phrase starts at `first` (in the
    sentence from `sent_start`) is told as an addition (_ADDITION_MARK before that phrase,
    not the parties adding an area, _parties_add), or is a speaker's report of what one
    party will do ("Rektor mengatakan, Unimed akan menerjunkan mahasiswa KKN dan membuka
    pelatihan bagi guru", _REPORTED_WILL: its part in the agreement, not all it covers, as
    subject_additions reads it; not "X menjelaskan, melalui kesepakatan itu BPS akan ...":
    what the agreement itself brings), so the agreement's subject counts beside it
    (signings.py)."""
    if any(not _parties_add(text, sent_start, m) for m in _ADDITION_MARK.finditer(text, sent_start, first)):
        return True
    m = _REPORTED_WILL.match(text, sent_start)
    return m is not None and m.end() <= first and not _names_agreement(
        text, sent_start, m.end(), _vocab().cues.get("@agreement", []), _candidates(text))


# "pencegahan maladministrasi melalui pemantauan standar pelayanan": the means is an
# activity of its own, not a modifier; and an English wire's "and" right before a one-word
# hit joins a second act ("will share membership data with the regency and train village
# staff"), no modifier of the first (not "and" inside a noun phrase: "rainfall and drainage
# data from its monitoring stations", the hit is further on)
_MEANS = fastre.compile(r"(?:\b(?:melalui|lewat|dengan\s+cara|through|via)|\sand)\s+$", re.I)


# "tindakan hukum lain berupa mediasi dan pendampingan ...": the forms a labelled act takes
# (_modifier_hits, _other_items: what follows is no item of its own, even after "dan")
_FORMS = fastre.compile(_FORMS_WORD, re.I)


def _modifier_hits(text: str, s: int, e: int, hits: list[tuple[int, int, str]]) -> set[tuple[int, int]]:
    """Hits of one word after another hit in the same item of an enumeration: "pelatihan
    petugas pengaduan" is training (of complaint staff), not complaint handling too; and
    hits of one word that are the topic of the item's activity (@topic: "sosialisasi
    pengawasan pelayanan publik", "pelatihan tentang pengawasan ..."); and hits of any
    length that are what a training is about (@about: "pelatihan bagi aparatur soal
    penanganan keluhan warga")."""
    out = set()
    topic = _vocab().cues.get("@topic", [])
    about = _vocab().cues.get("@about", [])
    low = folded(text)
    parts = []
    for a, b in _items(text, s, e):  # "pertukaran data X dan pembinaan Y": two items
        ia = a  # (the item's start: "pelatihan bagi kader dan bidan desa tentang pemantauan ...",
        # a training about something, may have "dan" between them)
        fm = _FORMS.search(text, a, b)
        # ("tindakan hukum lain berupa mediasi dan pendampingan sengketa aset": the forms a
        # labelled act takes, joined by "dan", stay one part with it)
        split_end = fm.start() if fm is not None and any(a <= h[0] and h[1] <= fm.start() for h in hits) else b
        for m in _DAN.finditer(text, a, split_end):
            parts.append((a, m.start(), ia))
            a = m.end()
        parts.append((a, b, ia))
    prev_hit = False
    for a, b, ia in parts:
        inside = [h for h in hits if a <= h[0] and h[1] <= b]
        # "bantuan hukum ..., termasuk pendampingan dalam penagihan": an example of the
        # item before it, not an item of its own
        if prev_hit and _EXAMPLE.match(text, a, b):
            out.update((h[0], h[1]) for h in inside)
            continue
        prev_hit = any(h[0] < b and a < h[1] for h in hits)
        for h in inside:
            if len(_WORDS.findall(text, h[0], h[1])) == 1 and (any(rx.search(low, a, h[0]) for rx in topic)
                                                             or _in_name(text, a, b, h)):
                out.add((h[0], h[1]))
            elif any(rx.search(low, ia, h[0]) for rx in about):
                out.add((h[0], h[1]))
        for h in inside[1:]:
            if len(_WORDS.findall(text, h[0], h[1])) == 1 and h[2] != inside[0][2] \
                    and not _MEANS.search(text, a, h[0]):
                out.add((h[0], h[1]))
    return out


# between exchanged data and what it is about: "saling memberikan data dan informasi tentang
# pengaduan masyarakat", "berbagi informasi terkait laporan yang masuk", "bertukar data mengenai
# penanganan keluhan"
_DATA_ABOUT = fastre.compile(r"\s+(?:tentang|mengenai|terkait(?:\s+dengan)?|seputar|soal|perihal)\s+", re.I)
# (the data hit may hold the word itself: "bertukar informasi terkait" + "penanganan laporan")
_ENDS_ABOUT = fastre.compile(r"\b(?:tentang|mengenai|terkait|seputar|soal|perihal)$", re.I)
_BLANK = fastre.compile(r"\s+")


def _data_topics(text: str, hits: list[tuple[int, int, str]]) -> set[tuple[int, int]]:
    """Hits right after a data_exchange hit and "tentang / mengenai / terkait ...": what
    the exchanged data is about ("saling memberikan data dan informasi tentang pengaduan
    masyarakat" is data exchange, not complaint handling too), in any statement (an
    enumerating one also reads this as an item's topic, _modifier_hits)."""
    data = [(a, b) for a, b, label in hits if label == "data_exchange"]

    def about(s: int, e: int, a: int) -> bool:
        return _DATA_ABOUT.fullmatch(text, e, a) is not None or (
            _BLANK.fullmatch(text, e, a) is not None and _ENDS_ABOUT.search(text, s, e) is not None)

    return {(a, b) for a, b, label in hits
            if label != "data_exchange" and any(about(s, e, a) for s, e in data)}


# "Menyelenggarakan KKN Tematik Pengawasan Pelayanan Publik di desa-desa": a capitalised
# label word after two capitalised words, in an item that is not all title case, is part of
# a programme's name (its `other` item), not the label
_CAPS_BEFORE = fastre.compile(r"(?:[A-Z][\w-]*\s+){2,}$")
_FUNCTION_WORDS = frozenset("dan serta atau di ke dari dalam untuk bagi pada yang dengan oleh of the and in for".split())


def _in_name(text: str, a: int, b: int, hit: tuple) -> bool:
    if not text[hit[0]].isupper() or not _CAPS_BEFORE.search(text, a, hit[0]):
        return False
    return any(w[0].islower() and w.lower() not in _FUNCTION_WORDS for w in _WORDS.findall(text, hit[1], b))


def _norm_spans(text: str, spans) -> list[tuple[int, int]]:
    if spans is None:
        return [(0, len(text))]
    return sorted((max(0, a), min(len(text), b)) for a, b in spans if b > a)


def scope_statements(text: str, spans: Optional[list[tuple[int, int]]] = None) -> list[tuple[int, int]]:
    """Spans of explicit scope / purpose statements (cue to end, list items included)."""
    if not text:
        return []
    return [(st.start, st.end) for st in _statements(text, _norm_spans(text, spans))]


# Web text may carry soft hyphens inside words ("pencegahan maladminis\xadtrasi"), which
# no pattern expects: the scope is read on the text without them, and the spans found
# are mapped back (the evidence keeps them, as the input has them).
def _unsqueezed(text: str, spans, run) -> list[ScopeHit]:
    sq = Squeezed(text)
    if not sq:
        return []
    spans = None if spans is None else [sq.fwd_span(sp) for sp in spans]
    out = []
    for h in run(sq.text, spans):
        a, b = sq.back(h.start, h.end)
        out.append(ScopeHit(h.label, a, b, text[a:b], h.cue, h.kind,
                            None if h.statement is None else sq.back(*h.statement)))
    return out


# between a purpose cue and the service-quality phrase it opens: "bertujuan (untuk)
# meningkatkan ...", "Kerja sama ini untuk meningkatkan ...", "dalam rangka terus meningkatkan"
_CLAUSE_END = fastre.compile(r"[,;]")
_PURPOSE_GAP = fastre.compile(r"\s*(?:(?:untuk|guna|demi|agar|supaya|dapat|bisa|semakin|lebih|terus|to|further)\s+){0,2}")


def _stated_purpose(text: str, spans: list, hits: dict, split: Optional[dict] = None) -> None:
    """Service quality given as the agreement's purpose ("Nota kesepakatan ini bertujuan
    untuk meningkatkan kualitas pelayanan publik. Ruang lingkupnya meliputi A, B ...")
    is part of what it covers (RECORD.md) even beside a scope statement: such a hit is
    made a scope hit (in place). Only where it is the whole purpose (up to the next comma
    or the sentence's end): a purpose that lists several aims ("bertujuan meningkatkan
    kualitas pelayanan publik dan mencegah maladministrasi") stays a purpose statement,
    which a scope statement outranks. Called only when the text has a scope statement,
    so a text with purpose statements alone keeps them all (select_scope)."""
    v = _vocab()
    low = folded(text)
    cues = [rx for name in ("@purpose_list", "@purpose") for rx in v.cues.get(name, [])]
    agree = v.cues.get("@agreement", [])
    sq = [h for h in hits.values() if h.label == "service_quality" and not (h.cue and h.kind == "scope")]
    if not sq:
        return
    for s0, e0 in spans:
        sents = split.get((s0, e0)) if split is not None else None
        for ss, se in sents if sents is not None else sentences(text, s0, e0):
            inside = [h for h in sq if ss <= h.start < se]
            if not inside or not _has_match(agree, text, ss, se, _candidates(text)):
                continue
            for rx in cues:
                for m in rx.finditer(low, ss, se):
                    for h in inside:
                        if h.start < m.end() or not _PURPOSE_GAP.fullmatch(text, m.end(), h.start):
                            continue
                        if all(w[0].isupper() for w in _WORDS.findall(h.text)):
                            continue  # "... tentang Sinergi dalam Rangka Peningkatan Kualitas ...": a title
                        c = _CLAUSE_END.search(text, h.end, se)
                        end = c.start() if c else se
                        if any(o.label != "service_quality" and h.end <= o.start < end for o in hits.values()):
                            continue
                        h.cue, h.kind, h.statement = True, "scope", (m.start(), se)


def _stated_aim(text: str, hits: dict) -> None:
    """Service quality in a purpose statement that names the agreement's aim as such
    (_AIM_CUE: "Kerja sama ini bertujuan meningkatkan kualitas pelayanan publik ... sekaligus
    memperkuat penanganan pengaduan", '"Tujuannya satu: meningkatkan kualitas pelayanan publik
    ...," ujarnya' or '"Kami juga ingin kerja sama ini meningkatkan kualitas pelayanan publik"'
    after the scope statement, _aim_after) is part of what it covers, as in
    _stated_purpose, even where the purpose lists other aims too: such a hit is made a scope
    hit (in place); the other aims stay purposes. Not the frame a lead sentence puts the
    cooperation in ("Kerja sama ... untuk meningkatkan kualitas pelayanan publik di daerah
    itu", "dalam rangka ..."), nor the agreement's title ("bertujuan Peningkatan Kualitas
    Pelayanan Publik": its name, in capitals). Called only when the text has a scope statement."""
    for h in hits.values():
        if h.label == "service_quality" and h.cue and h.kind == "purpose" and h.statement is not None \
                and (_AIM_CUE.match(text, h.statement[0]) or _WISHED_AIM.match(text, h.statement[0])) \
                and not h.text[:1].isupper():
            h.kind = "scope"


def _purpose_then_also(text: str, stmts: list, hits: dict, split: dict) -> None:
    """A purpose told a few sentences before a scope statement that says the agreement
    "also" covers more ("Kerja sama ini dimaksudkan untuk mempercepat penyelesaian laporan
    masyarakat ..." + a quote + "Ruang lingkup kesepakatan juga mencakup A, B, serta C",
    _COVERS_ALSO): the "juga" counts the purpose among what it covers, so its hits are
    made scope hits (in place). A statement of "another point" ("Poin lain dalam nota
    kesepahaman itu adalah ...", _ANOTHER_POINT) counts a purpose told anywhere before it
    ("... nota kesepahaman yang salah satu tujuannya mencegah maladministrasi ..."). Each
    keeps no statement span: the sentence stays a purpose statement, not a list of covered
    items whose words name no party (signings.py)."""
    flat = sorted(x for v in split.values() for x in v)
    starts = [a for a, _ in flat]
    for st in stmts:
        if st.kind != "scope":
            continue
        i = bisect_left(starts, st.start + 1) - 1
        if i < 0:
            continue
        if _COVERS_ALSO.search(text, flat[i][0], flat[i][1]):
            lo = flat[max(0, i - _BACK)][0]
        elif _ANOTHER_POINT.match(text, st.start):
            lo = 0
        else:
            continue
        for h in hits.values():
            if h.cue and h.kind == "purpose" and h.statement and lo <= h.statement[0] and h.end <= flat[i][0]:
                h.kind, h.statement = "scope", None


def _same_points(text: str, stmts: list, cue_hits: list) -> list[ScopeHit]:
    """A second agreement said to hold the same points as one told before ("Kesepakatan
    dengan Kota Y memuat poin yang serupa, ditambah A serta B", @same): the labels of the
    scope statement before it hold for it too, each with its evidence there."""
    same = _vocab().cues.get("@same", [])
    low = folded(text)
    out = []
    for st in stmts:
        if st.kind != "scope" or not st.enumerates:
            continue
        if not any(rx.match(low, a) for bs, be in st.segments for a, _ in _items(text, bs, be) for rx in same):
            continue
        before = [h for h in cue_hits if h.kind == "scope" and h.statement and h.statement[1] <= st.start]
        if not before:
            continue
        last = max(h.statement for h in before)
        for h in before:
            if h.statement == last:
                out.append(ScopeHit(h.label, h.start, h.end, h.text, cue=True, kind="scope",
                                    statement=(st.start, st.end)))
    return out


def find_scope(text: str, spans: Optional[list[tuple[int, int]]] = None) -> list[ScopeHit]:
    """Every scope-label phrase in `text` (or within `spans`), in text order.

    text[h.start:h.end] == h.text always.
    """
    if not text:
        return []
    if _SOFT_HYPHEN in text:
        return _unsqueezed(text, spans, find_scope)
    spans = _norm_spans(text, spans)
    split: dict = {}  # (span) -> its sentences, split once for _statements and _stated_purpose
    stmts = _statements(text, spans, split)
    hits: dict[tuple[int, int], ScopeHit] = {}
    for s0, e0 in spans:
        for a, b, label in _label_hits(text, s0, e0):
            hits[(a, b)] = ScopeHit(label, a, b, text[a:b], cue=False)
    for st in stmts:
        for bs, be in st.segments:
            if be <= bs:
                continue
            seg_hits = _label_hits(text, bs, be)
            modifiers = _modifier_hits(text, bs, be, seg_hits) if st.enumerates else set()
            modifiers |= _data_topics(text, seg_hits)
            for a, b, label in seg_hits:
                if (a, b) in modifiers:
                    continue
                h = hits.get((a, b))
                if h is None or h.label != label:
                    h = ScopeHit(label, a, b, text[a:b], cue=False)
                    hits[(a, b)] = h
                if not h.cue or (h.kind == "purpose" and st.kind == "scope"):
                    h.cue, h.kind, h.statement = True, st.kind, (st.start, st.end)
            if st.enumerates:
                kept = [h for h in seg_hits if (h[0], h[1]) not in modifiers]
                for a, b in _other_items(text, bs, be, kept):
                    if (a, b) not in hits and b > a:
                        hits[(a, b)] = ScopeHit("other", a, b, text[a:b], cue=True,
                                                kind=st.kind, statement=(st.start, st.end))
    if any(st.kind == "scope" for st in stmts):
        _stated_purpose(text, spans, hits, split)
        _stated_aim(text, hits)
        _purpose_then_also(text, stmts, hits, split)
    # drop plain hits that overlap a statement hit found with different boundaries
    cue_hits = [h for h in hits.values() if h.cue]
    result = [h for h in hits.values()
              if h.cue or not any(h.start < c.end and c.start < h.end for c in cue_hits)]
    result += _same_points(text, stmts, cue_hits)
    result = _drop_passive_subjects(text, result)
    result.sort(key=lambda h: (h.start, h.end))
    return result


# a labelled passive verb ("dikirim secara elektronik ke", data/scope.tsv) and what comes
# between an item and it: the rest of the list, no verb of its own, no sentence end
_PASSIVE_HIT = fastre.compile(r"di[a-z]{3,}\b", re.I)
_ACTIVE_OR_END = fastre.compile(r"\b(?:me|ber|mem|men|meng|meny)[a-z]{3,}\b|[.!?;:](?=\s|$)", re.I)


def _drop_passive_subjects(text: str, hits: list[ScopeHit]) -> list[ScopeHit]:
    """`other` items that are the subject of a labelled passive in the same statement
    ("Dengan kesepakatan ini, penetapan pengadilan seperti perubahan nama, pencatatan
    kelahiran terlambat, hingga pengangkatan anak akan dikirim secara elektronik ke
    Dukcapil"): they name what the labelled act handles, not areas of their own."""
    passives = [h for h in hits if h.cue and h.label != "other" and _PASSIVE_HIT.match(h.text)]
    if not passives:
        return hits
    return [h for h in hits if not (
        h.label == "other" and h.cue and any(
            p.statement == h.statement and p.start >= h.end
            and _ACTIVE_OR_END.search(text, h.end, p.start) is None for p in passives))]


def subject_scope(text: str, start: int, end: int) -> list[ScopeHit]:
    """Scope read from the agreement's subject alone ("perjanjian kerja sama tentang
    pelayanan kesehatan bagi peserta JKN", "PKS layanan kas daerah").

    For signings whose text has no scope or purpose statement, the subject is the only
    statement of what the agreement covers: label phrases in it give their labels, and
    each part of it that names no label ("ketahanan pangan dan pembangunan desa")
    gives one `other`. A subject that only names the Ombudsman's general frame
    ("Sinergi Penyelenggaraan Pelayanan Publik di Kabupaten X") or restates a label
    ("Pengawasan Pelayanan Publik") adds no `other`.
    """
    if not text or end <= start:
        return []
    if _SOFT_HYPHEN in text:
        return _unsqueezed(text, [(start, end)], lambda t, sp: subject_scope(t, *sp[0]))
    hits = _label_hits(text, start, end)
    out = [ScopeHit(label, a, b, text[a:b], cue=True, kind="subject", statement=(start, end))
           for a, b, label in hits]
    v = _vocab()
    low = folded(text)
    for a, b in _other_items(text, start, end, hits, title_case=True):
        if b <= a or any(rx.match(low, a, b) for rx in v.cues.get("@subject_vacuous", [])):
            continue
        out.append(ScopeHit("other", a, b, text[a:b], cue=True, kind="subject", statement=(start, end)))
    out.sort(key=lambda h: h.start)
    return out


# "Pemerintah Desa X menjalin kerja sama dengan PT Bank Y dalam layanan pembayaran nontunai di
# kawasan desa wisata": the field a lead says the sides entered cooperation in, the agreement's
# subject where no document is named with one ("tentang ..."); not "dalam rangka / dalam hal"
# (why, or a frame: data/scope_entered_not_field.txt), nor a place ("di Aula ...")
_ENTERED_NOT_FIELD = word_set("scope_entered_not_field.txt")
_ENTERED_FIELD = fastre.compile(
    r"\b(?:menjalin|menjalankan|membangun|mengikat|menjajaki)\s+(?:kerja\s*sama|kerjasama|kemitraan)\s+"
    r"(?:dengan|bersama)\s+[^.;:!?\n\"“”]{2,120}?\s(?:dalam\s+bidang|di\s+bidang|dalam(?!\s+(?:"
    + "|".join(sorted(_ENTERED_NOT_FIELD)) + r")\b))\s+(?=[a-z])")
_FIELD_END = fastre.compile(r"\s*(?:[,;:.!?\n]|\s(?:pada|sejak|mulai|yang|untuk|guna|agar|supaya)\s)")


def entered_field(text: str, a: int, b: int) -> Optional[tuple[int, int]]:
    """The span of the field the sentence text[a:b] says the sides entered cooperation in
    (_ENTERED_FIELD), up to a clause's end (_FIELD_END), or None. (Read by signings.py as the
    agreement's subject where no document is named with one and nothing states a scope.)"""
    m = _ENTERED_FIELD.search(text, a, b)
    if m is None:
        return None
    e = _FIELD_END.search(text, m.end(), b)
    end = e.start() if e else b
    return (m.end(), end) if end > m.end() else None


def subject_additions(text: str, start: int, end: int) -> list[ScopeHit]:
    """Label phrases of what a party "also will" do, told in the few sentences of
    text[start:end] (those right after the signing sentence, past the ones that go on
    telling the ceremony, _past_ceremony, for a signing whose text states no scope and
    names the agreement's subject): "... PKS tentang penyaluran KUR ... Ridwan
    menambahkan, Bank Nagari juga akan memberikan pelatihan literasi keuangan ...", "...
    perjanjian tentang program beasiswa ... Selain beasiswa, universitas juga akan menggelar
    pelatihan bagi guru ...". The subject is the statement they add to, read as the sentences
    after a scope statement are (_speaker_adds; a statement on the way ends the search); what
    the sides "will" do with each other counts further on too (_mutual_further)."""
    if not text or end <= start or _SOFT_HYPHEN in text:
        return []
    flat = sentences(text, start, end)
    agree = _vocab().cues.get("@agreement", [])
    out = []
    stmts = _speaker_adds(text, flat, _past_ceremony(text, flat), agree, [])
    for st in stmts + _mutual_further(text, flat, stmts):
        for bs, be in st.segments:
            out += [ScopeHit(label, a, b, text[a:b], cue=True, kind="scope", statement=(st.start, st.end))
                    for a, b, label in _label_hits(text, bs, be)]
    return out


_CEREMONY_WORDS = word_set("scope_ceremony_words.txt")


def _past_ceremony(text: str, flat: list) -> int:
    """The index of the first of the sentences `flat` (those after the signing sentence) that
    does not go on telling the ceremony (a word of data/scope_ceremony_words.txt: where it
    was signed, by whom, before whom): the few sentences read for additions start there."""
    i = 0
    while i < len(flat) and _tells_ceremony(text, *flat[i]):
        i += 1
    return i


def _tells_ceremony(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] tells the signing ceremony (a word of data/scope_ceremony_words.txt)."""
    return any(w.lower() in _CEREMONY_WORDS for w in _WORDS.findall(text, a, b))


def _mutual_further(text: str, flat: list, held: list) -> list[_Statement]:
    """Statements (not enumerating) for the sentences of `flat` that no statement of `held`
    holds where the sides "will" do a labelled thing with each other (_mutual_will: "Untuk
    itu, BPKAD dan Kantah akan saling bertukar data ..."), however far into the text: the
    work the agreement sets up between them, wherever the story tells it."""
    res = []
    for a, b in flat:
        if any(st.start <= a < st.end for st in held):
            continue
        v = _mutual_will(text, a, b)
        if v is not None:
            res.append(_Statement(start=a, end=b, kind="scope", enumerates=False, segments=[_cut(text, v, b)]))
    return res


def select_scope(hits: list[ScopeHit]) -> list[ScopeHit]:
    """One hit per label: from scope statements, else from purpose statements."""
    scope = [h for h in hits if h.cue and h.kind == "scope"]
    pool = scope or [h for h in hits if h.cue and h.kind == "purpose"]
    seen: dict[str, ScopeHit] = {}
    for h in sorted(pool, key=lambda h: h.start):
        seen.setdefault(h.label, h)
    return list(seen.values())
