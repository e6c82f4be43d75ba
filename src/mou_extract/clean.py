"""Cleaning: same-length normalisation, paragraphs, page furniture and article metadata.

Nothing here rewrites the text with a changed length: `normalise` maps characters 1:1,
so every offset computed on `norm` is an offset into the input, and every paragraph is
a (start, end) span with `text[start:end]` the paragraph itself.

Paragraph kinds: "title", "body", "boilerplate" (page furniture), "caption" (photo
captions, kept as weak evidence), "meta" (author/editor/date lines), "duplicate"
(repeated headline here; repeated paragraphs are marked by `dedup`).
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from typing import Optional

from . import fastre
from .lexicon import seat_towns, word_set

__all__ = ["Paragraph", "Cleaned", "normalise", "clean", "paragraph_spans", "parse_date_line"]


# --------------------------------------------------------------------------- data

def _data_lines(name: str) -> list[str]:
    raw = resources.files("mou_extract").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _tsv(name: str) -> list[tuple[str, str]]:
    out = []
    for ln in _data_lines(name):
        a, _, b = ln.partition("\t")
        out.append((a.strip(), b.strip()))
    return out


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


MONTHS: dict[str, int] = {k.lower(): int(v) for k, v in _tsv("clean_months.tsv")}
WEEKDAYS: list[str] = [w.lower() for w in _data_lines("clean_weekdays.txt")]
AUTHOR_KEYS: dict[str, str] = {k.lower(): v for k, v in _tsv("clean_author_keys.tsv")}
# (word, flags) of clean_outlet_words.txt
_OUTLET_ROWS = [(w.strip().lower(), set(f.split(","))) for w, _, f in
                (ln.partition("\t") for ln in _data_lines("clean_outlet_words.txt"))]
OUTLET_WORDS: frozenset[str] = frozenset(w for w, flags in _OUTLET_ROWS if "part" not in flags)
NOT_CITY: frozenset[str] = frozenset(w.strip().lower() for w in _data_lines("clean_not_city.txt"))
CREDIT_WORDS: list[str] = [w.strip().lower() for w in _data_lines("clean_credit_words.txt")]
HEADINGS: dict[str, str] = {phrase.lower(): kind for kind, phrase in _tsv("clean_headings.tsv")}
INSTITUTION_HEADS: frozenset[str] = frozenset(w.strip().lower() for w in _data_lines("clean_institution_heads.txt"))
PROVINCES: frozenset[str] = frozenset(w.strip().lower() for w in _data_lines("clean_provinces.txt"))
FIELD_LABELS: dict[str, str] = {label.lower(): kind for kind, label in _tsv("clean_field_labels.tsv")}
SECTION_WORDS: frozenset[str] = frozenset(w.strip().lower() for w in _data_lines("clean_section_words.txt"))
_OUTLET_ANY_WORDS: frozenset[str] = frozenset(w for w, _ in _OUTLET_ROWS)
OUTLET_SUFFIX_WORDS: frozenset[str] = frozenset(w for w, flags in _OUTLET_ROWS if "suffix" in flags)
# (of those, the words that close a name only after a place's: "Sidrap Update", not "Live Update")
_AFTER_PLACE_WORDS: frozenset[str] = frozenset(w for w, flags in _OUTLET_ROWS if "place" in flags)
EDITION_WORDS: frozenset[str] = frozenset(w.strip().lower() for w in _data_lines("clean_edition_words.txt"))
_NAME_OPENERS = word_set("name_openers.txt") | word_set("honorifics.txt")
HEADLINE_VERBS: frozenset[str] = word_set("headline_verbs.txt") | word_set("clean_headline_verbs.txt")
PLATFORMS: frozenset[str] = frozenset(w.strip().lower() for w in _data_lines("clean_platforms.txt"))
PLATFORM_HEADERS: frozenset[str] = frozenset(w.strip().lower() for w in _data_lines("clean_platform_headers.txt"))
REGION_LEVELS: frozenset[str] = frozenset(w.strip().lower() for w in _data_lines("clean_region_levels.txt"))
# (that make a two-word name a region's, not a newsroom's: "SAMARINDA, East Kalimantan –")
_COMPASS_WORDS: frozenset[str] = frozenset(w.strip().lower() for f in ("compass_words.txt", "compass_words_en.txt")
                                           for w in _data_lines(f))

_BOILER_REASONS: list[str] = []
_boiler_parts = []
for _i, (_reason, _rx) in enumerate(_tsv("boilerplate.txt") + _tsv("clean_furniture.txt")):
    fastre.compile(_rx)  # fail early with a clear error on a bad data line
    _BOILER_REASONS.append(_reason)
    _boiler_parts.append(f"(?P<b{_i}>{_rx})")
BOILERPLATE_RE = fastre.compile("|".join(_boiler_parts), re.IGNORECASE)
# (speed) The parts that open (or an alternative of which opens) with a scan of the line
# for their words ("[^\n]{0,100}\b(?:halaman|...)") cost most of a fullmatch. Every
# match of such a part holds one of a few words (fastre.required_words): a line with none
# of them is matched against the other parts only, whose groups keep their names, so the
# first part that matches is the same
_SCAN_OPENING = re.compile(r"[>|](?:\[\^\\n\]\{|\.\{|\(\?=|\\W\{)")
_BOILER_GATED = [i for i, p in enumerate(_boiler_parts)
                 if _SCAN_OPENING.search(p) and fastre.required_words(fastre.compile(p, re.IGNORECASE)) is not None]
_BOILER_GATE_WORDS = tuple(sorted({w for i in _BOILER_GATED
                                   for w in fastre.required_words(fastre.compile(_boiler_parts[i], re.IGNORECASE))}))
_BOILER_UNGATED_RE = fastre.compile("|".join(p for i, p in enumerate(_boiler_parts) if i not in _BOILER_GATED)
                                    or "(?!)", re.IGNORECASE)

# --------------------------------------------------------------------------- normalise

_SPACE_CHARS = "\u00a0\u202f\u2007\u200b\u200c\u200d\u2060\ufeff\t\x0b\u1680\u205f\u3000" + \
    "".join(chr(c) for c in range(0x2000, 0x200b))
_NEWLINE_CHARS = "\r\u2028\u2029\x0c\x85"
_TRANS = {ord(c): " " for c in _SPACE_CHARS}
_TRANS.update({ord(c): "\n" for c in _NEWLINE_CHARS})
# other C0 control characters become spaces
_TRANS.update({c: " " for c in range(0x00, 0x20) if chr(c) not in "\n" and c not in _TRANS})
_TRANS[0x7f] = " "
# the same mapping as two character classes: str.translate looks every character of a
# non-ASCII text up in the dict, while a regex scan skips the (usual) unchanged ones
# (speed; tests/test_clean.py checks it against translate on every code point)
_TO_SPACE_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TRANS) if _TRANS[c] == " ") + "]")
_TO_NEWLINE_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TRANS) if _TRANS[c] == "\n") + "]")
_TO_MAP_RE = re.compile(_TO_SPACE_RE.pattern[:-1] + _TO_NEWLINE_RE.pattern[1:])


def normalise(text: str) -> str:
    """Same-length copy of `text`: odd spaces / zero-width / control chars -> " ",
    CR / line and paragraph separators -> "\\n", HTML entities left in by a scraper
    ("&nbsp;", "&quot;") -> their character padded with spaces, line breaks stored as
    escape sequences ("\\r\\n" as text) -> "\\n", the line breaks of hard-wrapped text
    and of a line ending on a preposition -> " ", a word hyphenated at a line's end ->
    soft hyphens. len(result) == len(text)."""
    out = _map_chars(_undo_mojibake(text) if _MOJIBAKE_RE.search(text) else text)
    if out is not text and _ZW_IN_WORD_RE.search(text):
        out = _keep_zero_width(text, out)
    if "<" in out and _TAG_RE.search(out):
        out = _blank_tags(out)
    if "&" in out and _ENTITY_RE.search(out):
        out = _ENTITY_RE.sub(_entity_char, out)
    if "\\" in out:
        out = _escaped_breaks(out)
    # (speed: the pattern opens with a look-behind; a plain search for "-\n" goes first)
    broken = [m.start() for m in _HYPHEN_BREAK_RE.finditer(out)] if _HYPHEN_NL_RE.search(out) else []
    out = _unwrap(out, narrow=len(broken) >= _NARROW_HYPHENS)
    if broken:
        out = _join_hyphenated(out, broken)
    if "\n" in out:
        out = _join_open_lines(out)
    assert len(out) == len(text)
    return out


# a page whose line breaks survived as the escape sequences of a program's string ("Judul\r\n
# \r\nSenin, 4 Agustus 2025\r\nPenulis: ..."): a scraper stored the text escaped. Read as
# line breaks (the backslashes and letters as spaces, the last character a "\n") when the
# text has more of them than real line breaks (a "\n" written in a story is rare)
_ESCAPED_BREAK_RE = re.compile(r"(?:\\r)?\\n|\\r")
_ESCAPED_MIN = 3


def _escaped_breaks(norm: str) -> str:
    # (a JSON dump, a feed converted to JSON: see _feed_dump: every "\n" is in a string, an
    # escaped line break, and an escaped quote ('\"') reads as a quote)
    dump = _json_dump(norm)
    if not dump:
        found = _ESCAPED_BREAK_RE.findall(norm)
        if len(found) < _ESCAPED_MIN or len(found) <= norm.count("\n"):
            return norm
    out = _ESCAPED_BREAK_RE.sub(lambda m: " " * (len(m.group()) - 1) + "\n", norm)
    return out.replace('\\"', ' "') if dump else out


# a text that is a JSON document: it opens with "{" or "[" and a quoted key and its value
# follow ('{"status":"ok","feed":{...', '[{"title": "...')
_JSON_PAIR_RE = re.compile(r'"[\w:]{1,30}"\s*:\s*["{\[\d]')


def _json_dump(norm: str) -> bool:
    head = norm[:3000].lstrip()
    return head[:1] in ("{", "[") and _JSON_PAIR_RE.search(head, 0, 200) is not None


# a word hyphenated at a line's end, as a PDF copied as text or a hard-wrapped mail breaks it
# ("penandata-\nnganan", "maladmi-\nnistrasi"): the hyphen and the line break (and the
# spaces around it) become soft hyphens (U+00AD), which the stages reading words read
# through ("penandata\xad\xadnganan" is one word), so the line goes on; a repeated word
# keeps its hyphen ("masing-\nmasing", "berjam-\njam": the second part repeats the end of
# the first)
_HYPHEN_BREAK_RE = re.compile(r"(?<=[^\W\d_]{2})- *\n *(?=[a-z]{2})")
_HYPHEN_SPACE_RE = re.compile(r"- +(?=[a-z]{2})")
_HYPHEN_NL_RE = re.compile(r"- *\n")
_SOFT_HYPHEN = "\u00ad"
_WORD_END_RE = re.compile(r"[^\W\d_]+$")
_WORD_START_RE = re.compile(r"[^\W\d_]+")


def _join_hyphenated(norm: str, starts: list[int]) -> str:
    out = list(norm)
    for a in starts:
        m = _HYPHEN_BREAK_RE.match(norm, a)
        if m is None:  # (a line break _unwrap made a space: read the same)
            m = _HYPHEN_SPACE_RE.match(norm, a)
            if m is None:
                continue
        w1 = _WORD_END_RE.search(norm, max(0, a - 40), a).group().lower()
        w2 = _WORD_START_RE.match(norm, m.end()).group().lower()
        repeated = w2.startswith(w1) or w1.endswith(w2) or any(
            w1[-k:] == w2[:k] for k in range(3, min(len(w1), len(w2)) + 1))
        for k in range(a + (1 if repeated else 0), m.end()):
            out[k] = _SOFT_HYPHEN
    return "".join(out)


# a line that ends on a word no sentence or headline ends with (a preposition or a
# conjunction: "... di Provinsi Maluku pada" / "Rabu (30/7/2025) di ...") goes on in the
# next line: a PDF's or a mail's line break inside a paragraph (data/clean_open_words.txt)
OPEN_WORDS: frozenset[str] = frozenset(w.strip() for w in _data_lines("clean_open_words.txt"))
_LAST_WORD_RE = re.compile(r"(?<=\S )[a-z]{2,9} *$")
_NEXT_LINE_RE = re.compile(r" *[\w(\"“'‘]")


# a name broken before its last word, the degrees after it on the next line: "... Bupati
# Buton Tengah, Drs. La Ode Muhammad Arsyad" / "Hamzah, M.Si., dan ..." (a line of prose
# ending on a capitalised word; a headline or a paragraph opens with no degree)
_NAME_END_RE = re.compile(r"(?<=[a-z,.)] )(?:[A-Z][a-z]+ )*[A-Z][a-z]+ *$")
_NAME_GOES_ON_RE = re.compile(r" *[A-Z][a-z]+, *(?:[A-Z][A-Za-z]{0,3}\.){1,3}")


def _join_open_lines(norm: str) -> str:
    out = None
    a = 0
    while True:
        b = norm.find("\n", a)
        if b < 0:
            break
        m = _LAST_WORD_RE.search(norm, max(a, b - 12), b) if b - a >= 12 else None
        # (a list's item closed by "; dan" ends there: the next item follows)
        if m is not None and m.group().rstrip() in OPEN_WORDS and len(norm[a:b].split()) >= 3 \
                and _NEXT_LINE_RE.match(norm, b + 1) and norm[m.start() - 2] != ";" \
                and not _LIST_ITEM_RE.match(norm[b + 1:b + 8].lstrip(" ")) \
                or b - a >= 40 and _NAME_GOES_ON_RE.match(norm, b + 1) \
                and _NAME_END_RE.search(norm, max(a, b - 80), b):
            out = out or list(norm)
            out[b] = " "
        a = b + 1
    return "".join(out) if out is not None else norm


# a zero-width space or joiner between a letter and a lower-case letter breaks a word only
# for the line wrap of a page ("Hadi\u200bwibowo", "Kartika\u200bsari"): it stays, so the
# word reads whole (people.py reads a word across it); elsewhere, before a capital too
# ("Kepala\u200bDinas": two words glued), it is a space like the others
_ZW_IN_WORD_RE = re.compile(r"(?<=[^\W\d_])[\u200b\u200c\u200d\u2060](?=[^\W\d_A-Z])")


def _keep_zero_width(text: str, out: str) -> str:
    chars = list(out)
    for m in _ZW_IN_WORD_RE.finditer(text):
        chars[m.start()] = m.group()
    return "".join(chars)


def _map_chars(text: str) -> str:
    """text.translate(_TRANS), by two regex scans (the usual text has nothing to map)."""
    if _TO_MAP_RE.search(text) is None:
        return text
    return _TO_NEWLINE_RE.sub("\n", _TO_SPACE_RE.sub(" ", text))


# HTML tags left in a scraped story that io.looks_like_html did not take for a page (a
# few tags in plain text: '<div class="breadcrumb">Home / X</div>', "<p>SORONG, X.co –
# ...</p>", "JUDUL<br>"): blanked in place, so offsets stay input offsets. Only the tag
# names of data/clean_html_tags.txt count ("<Nama>" in a text stays); the attributes run
# to the next ">" and hold no "<" (one bounded class: no backtracking).
HTML_TAGS: dict[str, str] = {k.lower(): v for k, v in _tsv("clean_html_tags.txt")}
_TAG_RE = re.compile(r"<!--|<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9-]{0,15})(?=[\s/>])[^<>]{0,2000}>")
_DROP_END_RE = {k: re.compile(rf"</{re.escape(k)}\s*>", re.IGNORECASE) for k, v in HTML_TAGS.items() if v == "drop"}
_ALT_RE = re.compile(r"""\balt\s*=\s*(?:"(?P<a>[^"<>]{1,300})"|'(?P<b>[^'<>]{1,300})')""", re.IGNORECASE)


def _blank_tags(text: str) -> str:
    """`text` with its HTML tags as spaces (a block tag's first character a line break),
    script / style elements blanked whole, an image's file name kept where its alt text
    gives one ('<img src="/u/a.jpeg" alt="foto-mou.jpeg">': the caption below is then
    read as under a picture). Same length."""
    out = list(text)
    pos = 0
    comment_end = -2  # where the next "-->" is (found once, so "<!--" runs stay linear)
    drop_ends: dict = {}
    while True:
        m = _TAG_RE.search(text, pos)
        if m is None:
            break
        pos = m.end()
        a, b = m.start(), m.end()
        name = (m.group("name") or "").lower()
        if not name:  # a comment: "<!-- iklan -->"
            if comment_end != -1 and comment_end < b:
                comment_end = text.find("-->", b)
            if comment_end == -1 or comment_end - b > 5000:
                continue
            b = pos = comment_end + 3
            how = "inline"
        else:
            how = HTML_TAGS.get(name)
        if how is None:
            continue
        if how == "drop" and not m.group("close"):
            # (the next closing tag found once per name: a run of unclosed "<script>" stays linear)
            close = drop_ends.get(name, False)
            if close is not None and (close is False or close.start() < b):
                close = drop_ends[name] = _DROP_END_RE[name].search(text, b)
            if close is not None and close.start() - b <= 200000:
                b = pos = close.end()
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "
        if how == "block":
            out[a] = "\n"
        if name in ("img", "amp-img"):
            ma = _ALT_RE.search(text, a, b)
            alt = ma and (ma.group("a") or ma.group("b"))
            if alt and _IMAGE_RE.fullmatch(alt.strip()):
                s = ma.start("a") if ma.group("a") else ma.start("b")
                out[s:s + len(alt)] = alt
    return "".join(out)


_ENTITY_RE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{2,6}|#[xX][0-9A-Fa-f]{2,5});")


def _entity_char(m: re.Match) -> str:
    """The entity's character padded with spaces to the entity's length."""
    ch = html.unescape(m.group())
    if ch == m.group() or len(ch) != 1:
        return m.group()  # not an entity Python knows
    return _padded(ch, m)


def _padded(ch: str, m: re.Match) -> str:
    """`ch` (one character standing for the whole match) padded with spaces to the match's
    length: next to the word it closes ("lemari,&quot;" -> 'lemari,"     ') or opens
    ('     "Kami')."""
    ch = _TRANS.get(ord(ch), ch)  # (&nbsp; is a space)
    pad = " " * (len(m.group()) - 1)
    s, pos = m.string, m.start()
    closes = pos > 0 and not s[pos - 1].isspace() and (m.end() == len(s) or not s[m.end()].isalnum())
    return ch + pad if closes else pad + ch


# mojibake: UTF-8 bytes a page (or a scraper) read as Windows-1252 and stored again as
# UTF-8, so one dash, quote or bullet is two to four odd letters ("â€“" for "–", "â€œ" for
# "“", "Â»" for "»", "Â©" for "©", "Â " for a no-break space, "â€¢" for "•", "Ã©" for "é",
# "ðŸ‘‹" for an emoji). Read back as the character it stood for, padded with spaces like
# an entity (same length). A run counts only when its letters are a UTF-8 lead byte and
# the continuation bytes that lead needs, each as cp1252 shows it, and they decode to one
# character: "â€“" does, "Ã  la" or a word with "â" does not
def _cp1252_char(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)  # (undefined in cp1252: kept as the C1 control character)


_CONT = "".join(_cp1252_char(b) for b in range(0x80, 0xC0))
_CONT_CLASS = "[" + "".join(re.escape(c) for c in _CONT) + "]"
_TO_BYTE = {c: b for b, c in zip(range(0x80, 0xC0), _CONT)}
_MOJIBAKE_RE = re.compile(rf"[\u00c2-\u00df]{_CONT_CLASS}|[\u00e0-\u00ef]{_CONT_CLASS}{{2}}"
                          rf"|[\u00f0-\u00f4]{_CONT_CLASS}{{3}}"
                          # (a closing quote's third byte, 0x9D, has no cp1252 letter: lost, or
                          # the replacement character: "Janjiâ€: ...", "kebijakan,â€\ufffd kata")
                          r"|\u00e2\u20ac\ufffd?")


def _mojibake_char(m: re.Match) -> str:
    run = m.group()
    if run[1] == "\u20ac" and len(run) < 3 or run[-1] == "\ufffd":
        return _padded("\u201d", m)
    try:
        ch = bytes([ord(run[0])] + [_TO_BYTE[c] for c in run[1:]]).decode("utf-8")
    except UnicodeDecodeError:
        return run
    return _padded(ch, m) if len(ch) == 1 else run


def _undo_mojibake(text: str) -> str:
    return _MOJIBAKE_RE.sub(_mojibake_char, text)


# hard-wrapped text: most long lines end near one width (a mail or a scraper's wrap)
_WRAP_MIN_LINES = 8
_PARA_END = frozenset('.!?:;"”)')
# the shortest line that may show the wrap width: a mail's or a page's wrap is wider; a
# newspaper's column (an e-paper copied as text: "Pemerintah Kabupaten Gunung-" / "kidul dan
# PT Bank Pembangunan Daerah") is narrow, and hyphenates its words at line ends to fill it
_WRAP_MIN_WIDTH = 40
_NARROW_MIN_WIDTH = 25
_NARROW_HYPHENS = 3       # words broken at line ends that make a text a narrow column's


def _unwrap(norm: str, narrow: bool = False) -> str:
    """`norm` with the line breaks inside hard-wrapped paragraphs made spaces: a line that
    reaches near the wrap width and is followed by a non-blank line goes on in it. Text
    written one paragraph a line is left alone (its lines have no common width). `narrow`:
    the text hyphenates words at line ends, as a newspaper column does; its wrap width may
    be a column's."""
    if norm.count("\n") < _WRAP_MIN_LINES:
        return norm
    lines, pos = [], 0
    for line in norm.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    lengths = [len(norm[a:b].rstrip()) for a, b in lines]
    shortest = _NARROW_MIN_WIDTH if narrow else _WRAP_MIN_WIDTH
    long = [n for n in lengths if n >= shortest]
    if len(long) < _WRAP_MIN_LINES:
        return norm
    long.sort()
    width = long[(len(long) - 1) * 3 // 4]  # (a headline or a URL may be longer)
    if width > 100 or sum(1 for n in long if width - 25 <= n <= width + 12) < 0.7 * len(long):
        return norm
    joins = [b for (a, b), (a2, b2), n, nxt in zip(lines, lines[1:], lengths, lengths[1:])
             if width - 30 <= n <= width + 12 and nxt > 0 and b < len(norm) and norm[b] == "\n"
             and not _may_end_paragraph(norm[a:b].rstrip(), norm[b + 1:b + 2])
             and not _page_part_break(norm[a:b].strip(), norm[a2:b2].strip())]
    # a page written a paragraph a line has few long lines running on into the next
    if len(joins) < max(_WRAP_MIN_LINES // 2, 0.4 * len(long)):
        return norm
    out = list(norm)
    for b in joins:
        out[b] = " "
    return "".join(out)


# a name's acronym in brackets closing a line: "... Badan Keuangan dan Aset Daerah (BKAD)"
_ACRONYM_END_RE = re.compile(r"[^\W\d_]{2} \([A-Z][A-Z0-9&-]{1,11}\)$")


# a short form closing a line that only opens a person's name: an honorific ("Hj.", "Ir.")
# or a shortened first name ("Muh.", "St." for Siti: data/name_openers.txt, data/honorifics.txt)
_NAME_OPENER_END_RE = re.compile(r"(?<![^\s(])([A-Z][A-Za-z]{0,5})\.$")


def _name_opener_end(line: str) -> bool:
    """`line` ends in a short form that opens a person's name ("... Wakil Bupati Gowa, Hj.
    St." / "Nurhaeda Daeng Ngai"): the name goes on in the next line."""
    m = _NAME_OPENER_END_RE.search(line[-12:])
    return m is not None and m.group(1).lower() in _NAME_OPENERS


def _may_end_paragraph(line: str, nxt: str) -> bool:
    """A wrapped line that may close its paragraph: a sentence ends it and a capital opens
    the next line. A name's acronym in brackets ends no sentence: the name's region or the
    person's name goes on ("Kepala Badan Keuangan dan Aset Daerah (BKAD)" / "Gunungkidul
    Retno Widyastuti."), nor does a short form opening a name (_name_opener_end); an
    author's code after a full stop does ("... 144 kalurahan. (dwi)")."""
    return line[-1:] in _PARA_END and nxt.isupper() and not _ACRONYM_END_RE.search(line[-20:]) \
        and not _name_opener_end(line)


def _page_part_break(line: str, nxt: str) -> bool:
    """A line break of the page's head that wrapping did not make: after a headline in
    capitals or an image file name, around a breadcrumb trail ("Beranda » Pemerintahan"),
    before a byline or a date line ("Posted by Dede | 23 Agustus 2023")."""
    if not _LOWER_RE.search(line) or _IMAGE_RE.fullmatch(line[:300]):
        return True
    if "»" in line or "›" in line or "»" in nxt or "›" in nxt:
        return True
    # a list an item a line under "bersepakat untuk:" ("1. melaksanakan ...;" over "2.
    # melakukan ..."; a list run into a wrapped paragraph, "meliputi: a. ...; b. ...", goes
    # on), a rule of dashes and a page footer ("Halaman 1 dari 2") of a PDF copied as text
    if _LIST_ITEM_RE.match(nxt) and (line.endswith(":") or _LIST_ITEM_RE.match(line)) or _RULE_LINE_RE.fullmatch(line) or _RULE_LINE_RE.fullmatch(nxt) \
            or _PAGE_FOOTER_RE.search(line):
        return True
    # (a wrapped sentence may go on with "oleh ...": a byline opens with a capital)
    return bool(nxt[:1].isupper() and _BYLINE_START_RE.match(nxt) or parse_date_line(nxt[:121]))


_LIST_ITEM_RE = re.compile(r"(?:\d{1,2}|[a-z])[.)] |[-•*·▪] ")
_PAGE_FOOTER_RE = re.compile(r"\b(?:[Hh]alaman|[Hh]al\.|[Pp]age) \d{1,3} (?:dari|of|/) \d{1,3}$")


# a line from its first to its last character other than a space (the greedy run goes
# back over the trailing spaces only)
_STRIPPED_LINE_RE = re.compile(r"[^\n ](?:[^\n]*[^\n ])?")


def paragraph_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, stripped of surrounding spaces."""
    return [m.span() for m in _STRIPPED_LINE_RE.finditer(norm)]


# a photo caption's credit glued to the dateline that opens the story: "... (Foto:
# Prokopim Payakumbuh)PAYAKUMBUH, KABARMINANG.COM – ..."
_GLUED_CAPTION_RE = re.compile(r"\((?:foto|photo|dok|dokumentasi|ist)\b[^()\n]{0,80}\)(?=[A-Z][A-Z .'-]{2,40}[,(|–—-])", re.I)


def _split_glued_captions(norm: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        m = _GLUED_CAPTION_RE.search(norm, s, e) if e - s > 60 else None
        if m is not None:
            out += [(s, m.end()), (m.end(), e)]
        else:
            out.append((s, e))
    return out


# --------------------------------------------------------------------------- models

@dataclass
class Paragraph:
    start: int
    end: int
    kind: str
    reason: str = ""


@dataclass
class Cleaned:
    text: str
    norm: str
    paragraphs: list[Paragraph]
    title: Optional[str] = None
    title_span: Optional[tuple[int, int]] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    published_span: Optional[tuple[int, int]] = None
    dateline: Optional[str] = None
    dateline_span: Optional[tuple[int, int]] = None
    authors: list[str] = field(default_factory=list)
    outlet_in_dateline: bool = False
    # a news dateline's own day and date ("JAMBI, Jumat (20/11/2026) -"): the publication
    # date when the page gives none other (ISO date, span)
    dateline_date: Optional[tuple[str, tuple[int, int]]] = None
    warnings: list[str] = field(default_factory=list)

    def body(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == "body"]

    @property
    def counts(self) -> dict:
        n = len(self.paragraphs)
        dup = sum(1 for p in self.paragraphs if p.kind == "duplicate")
        # ("joined": the rest of a body paragraph broken off by a caption, read with it)
        kept = sum(1 for p in self.paragraphs if p.kind in ("body", "title", "joined"))
        return {"paragraphs_in": n, "paragraphs_kept": kept, "duplicates_removed": dup,
                "boilerplate_removed": n - kept - dup}


# --------------------------------------------------------------------------- regexes

_WS_RE = fastre.compile(r" {2,}")
_MAX_FURNITURE = 300      # longer paragraphs are never page furniture

_MONTH_ALT = _alt(MONTHS)
_WD_ALT = _alt(WEEKDAYS)
_TIME = r"(?:(?:pukul|jam|at)\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:am|pm))?"
# (or a bare numeric offset after the time, as an RSS feed's item date gives it: "Wed, 20
# Aug 2025 07:30:12 +0700")
_ZONE = r"(?:(?:wib|wita|wit|gmt|utc)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|(?<=\d )[+-]\d{4}(?!\d))"
_DATE_CORE = (
    rf"(?:(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_ALT})\.?,?\s+(?P<y>\d{{4}})"
    rf"|(?P<m2>{_MONTH_ALT})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
    rf"|(?P<d3>\d{{1,2}})[/.-](?P<m3>\d{{1,2}})[/.-](?P<y3>\d{{4}})"
    # a CMS's short year after slashes: "Kamis, 30/10/25 07:55 WITA" (day first, 20yy)
    rf"|(?P<d4>\d{{1,2}})/(?P<m4>\d{{1,2}})/(?P<y4>\d{{2}})(?!\d)"
    # a page's machine timestamp copied with the text: "2025-06-19T09:15:00+07:00",
    # "2025-06-19 09:15" (ISO: year, month, day; the time and its zone after it)
    rf"|(?P<y5>\d{{4}})-(?P<m5>\d{{2}})-(?P<d5>\d{{2}})(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d{{1,6}})?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)"
)
# ("Diunggah: Jumat, 21 November 2025", "Diposting oleh Admin Kejari X, 24 November 2025",
# "Diposting oleh: admin_humas | Selasa, 14 Oktober 2025"); a broadcast's air date in a TV
# script or a video page ("Tanggal tayang : Selasa, 14 Oktober 2025", "Streaming langsung
# tanggal 12 Agu 2025", "Premiered Aug 12, 2025"); an e-paper's edition, its kind before
# it ("e-Paper Edisi Jumat, 3 Oktober 2025": data/clean_edition_words.txt); a bare "Pada"
# as the label, with its colon, under the byline ("Penulis: X" / "Pada: Selasa, 10 Jun 2025")
_PUB_PREFIX = (rf"(?:(?P<pre>(?:(?:{_alt(EDITION_WORDS)})\s+)?edisi|diterbitkan|dipublikasikan|dipublish|dipos(?:ting)?|diunggah|diupload|published|posted|dirilis"
               r"|pada(?=\s*:)"
               r"|(?:tanggal|tgl)(?:\s+(?:tayang|siar|terbit|rilis|posting|unggah|publikasi))?"
               r"|tayang(?:\s+perdana)?|disiarkan|(?:streaming|siaran)\s+langsung|streamed\s+live|premiered"
               r"|(?P<upd>diperbarui|diupdate|update|updated|terakhir diperbarui|last updated))"
               # (an aggregator's copy dates its republication: "Diterbitkan ulang: Selasa, ...")
               r"(?:\s+ulang)?\b\s*(?:pada|on|tanggal)?\s*:?\s*"
               # (or the poster, then "pada": "Diposting oleh Humas X pada 20 Februari 2026")
               r"|(?:dipos(?:ting|kan)?|diunggah|posted|ditulis|written)\s+(?:oleh|by)\s*:?\s*[^,|:]{1,40}?(?:[,|]|\s(?:pada|on))\s*)?")
# the Hijri date a page header may add after the Gregorian one: "Senin, 10 Maret 2025 /
# 10 Ramadan 1446 H" (the Gregorian date is the one read)
_HIJRI_ALT = _alt(m.lower() for m in _data_lines("clean_hijri_months.txt"))
_HIJRI_TAIL = rf"(?:\s*[/|,·•(-]?\s*\d{{1,2}} (?:{_HIJRI_ALT}) \d{{4}}\s*(?:H|Hijriah|Hijriyah)\b\.?\)?)?"
# (or before it: "Selasa, 7 Jumadil Akhir 1448 H / 17 November 2026 | 15:42 WIB")
_HIJRI_HEAD = rf"(?:\d{{1,2}} (?:{_HIJRI_ALT}) \d{{4}}\s*(?:H|Hijriah|Hijriyah)\b\.?\s*[/|,·•-]\s*)?"
DATE_LINE_RE = fastre.compile(
    # (the Hijri date may also stand between the date and the time: "Selasa, 8 April 2025 /
    # 9 Syawal 1446 H | 16.30 WITA")
    rf"{_PUB_PREFIX}(?:(?P<wd>{_WD_ALT})\s*,?\s*)?{_HIJRI_HEAD}{_DATE_CORE}{_HIJRI_TAIL}"
    rf"(?:\s*[,|\-–—/•·]?\s*{_TIME}(?:\s*[-–—]\s*\d{{1,2}}[:.]\d{{2}})?)?(?:\s*{_ZONE})?{_HIJRI_TAIL}\s*[|•·]?",
    re.IGNORECASE)
# "Headline | 20 November 2019 16:12", "Headline (12:04)" in related lists
_RELATED_TIME_RE = fastre.compile(
    rf"(?:\|\s*|\(|,\s*)(?:\d{{1,2}}\s+(?:{_MONTH_ALT})\.?\s+\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|{_TIME})"
    rf"(?:\s*{_TIME})?(?:\s*{_ZONE})?\)?\s*$", re.IGNORECASE)
# a date line's label naming the page's publication ("Diterbitkan: ...", "Dipublikasikan
# pada ..."), not a listed headline's timestamp
_PUB_LABEL_RE = fastre.compile(r"(?:diterbitkan|dipublikasikan|dipublish|terbit|published|dipos(?:ting|kan)?|diunggah|posted)\b",
                               re.IGNORECASE)
_SAID_END_RE = fastre.compile(r"(?:ujar|kata|ucap|tutur|jelas|ungkap|tegas|imbuh|tambah|sebut|pungkas)\w*$|[\"”]", re.IGNORECASE)
# an age instead of a date: "2 jam lalu", "3 hari yang lalu", "5 minutes ago"
_AGO = r"\d+\s+(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun|minutes?|hours?|days?|weeks?)\s+(?:yang\s+)?(?:lalu|ago)"
_AGO_RE = fastre.compile(rf"^{_AGO}$", re.IGNORECASE)

# (a phone's file name may hold spaces: "WhatsApp Image 2025-10-07 at 14.21.36.jpeg")
_IMAGE_RE = fastre.compile(r"(?:\S{1,40} ){0,6}\S{0,200}\.(?:jpe?g|png|gif|webp|bmp|svg|avif|heic)(?:\?\S{0,100})?", re.IGNORECASE)
_CREDIT_ALT = _alt(CREDIT_WORDS)
# a whole-line credit: "(Dok. Prokopim Batola)", "(Foto: Humas)", "ist", "Foto: Istimewa"
# (a few words: "FOTO: Pemkot X dan Ombudsman Y Teken Nota Kesepakatan" is a headline)
_CREDIT_LINE_RE = fastre.compile(
    rf"\(\s*(?:{_CREDIT_ALT})\b[^()]{{0,120}}\)|(?:{_CREDIT_ALT})\b(?:\s*[:.]\s*(?=[^.!?]{{0,80}}$)[^\s.!?]*(?:\s+[^\s.!?]+){{0,6}}\s*)?"
    rf"|\((?:{_CREDIT_ALT})\)",
    re.IGNORECASE)
# a gallery's or video's headline: "FOTO: Pemkot X dan Ombudsman Y Teken Nota Kesepakatan"
# (one line, no sentence end; a caption is a sentence)
_GALLERY_TITLE_RE = fastre.compile(r"(?:FOTO|Foto|VIDEO|Video|INFOGRAFIS|Infografis)\s*:\s*[^.!?()]{20,160}")
CAPTION_MAX_WORDS = 90  # longer paragraphs are never captions

# a photo credit as the outlet's name and the photographer's in capitals, set apart by a
# slash, on a line of its own: "TRIBUNJATENG/ALMAS NURFADHILA", "KOMPAS.COM/DANI PRABOWO"
# (the name has two words, or the outlet is a domain: a table's "KABUPATEN/KOTA" is none)
_SLASH_CREDIT_RE = fastre.compile(r"[A-Z][A-Z0-9-]{2,30}/[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]*){1,4}"
                                  r"|[A-Z][A-Z0-9-]{1,30}\.[A-Z][A-Z0-9.-]{1,10}/[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]*){0,4}")
# the same credit closing a caption: "TEKEN PKS - Kepala X (kanan) dan Y menunjukkan dokumen
# ..., Kamis (6/3/2025). TRIBUN-TIMUR.COM/MUH SAUKI MAULANA"
_SLASH_CREDIT_END_RE = fastre.compile(rf"(?<![\w./-])(?:{_SLASH_CREDIT_RE.pattern})\s*$")
# a caption: ends with a credit in parentheses, or carries an agency photo credit
_CAPTION_END_RE = fastre.compile(rf"\(\s*(?:{_CREDIT_ALT})\b[^()]{{0,120}}\)\s*\.?\s*$", re.IGNORECASE)
# a caption's closing credit: the outlet and the photographer in parentheses,
# "(Solopos/Galih Aji Pratama)", "(Tribunmanado.co.id/Yosua Takaliuang)"
_PAREN_SLASH_CREDIT_END_RE = fastre.compile(r"\([A-Z][\w.-]{1,30}(?: [A-Z][\w.-]{1,30})?/[A-Z][^()/\n]{2,60}\)\s*\.?\s*$")
# a caption's sentence and its credit in brackets: "... menunjukkan dokumen PKS. (Prokopim Kab. X)"
_CREDITED_SENTENCE_RE = fastre.compile(r"\.\s{0,3}\([^()\n]{2,60}\)\s*$")
_CAPTION_MARK_RE = fastre.compile(r"\bANTARA(?: ?FOTO)?/\S|\(ANTARA/|\b(?:Foto|FOTO|Photo)\s*:\s*\S|\((?:Dok|DOK|Dokumentasi)\b")


def _caption_mark(s: str) -> bool:
    """_CAPTION_MARK_RE.search(s) found something; it is tried only when a literal every
    match holds is there (speed: the pattern cannot skip ahead to a first character)."""
    return (("ANTARA" in s or "Foto" in s or "FOTO" in s or "Photo" in s or "(Do" in s or "(DO" in s)
            and _CAPTION_MARK_RE.search(s) is not None)

# bylines
_KEY_ALT = _alt(AUTHOR_KEYS)
_BYLINE_START_RE = fastre.compile(rf"(?P<key>{_KEY_ALT})\b(?:(?P<colon>\s*[:：])\s*|\s+(?=[A-Z]))", re.IGNORECASE)
# glued or separated keywords inside a byline: "Penulis: RyoEditor: Redaksi", "A | Editor: B"
_BYLINE_SPLIT_RE = fastre.compile(
    rf"(?:(?<=[a-z.)\]])|(?<=[\s|/,;–—-]))(?P<key>{_alt(k.title() for k in AUTHOR_KEYS)}|{_alt(AUTHOR_KEYS)}|{_alt(k.upper() for k in AUTHOR_KEYS)})\s*[:：]\s*")
_CONTRIBUTOR_RE = fastre.compile(r"(?:Penulis|Reporter|Jurnalis)\s+(?:Kontributor|Koresponden|Wartawan)\s+[^,|]{1,40},\s*"
                                 r"(?P<name>[A-Z][^|,]{1,60}?)\s*\|\s*Editor\s+(?P<ed>[A-Z][^|]{1,60})")
_LAPORAN_RE = fastre.compile(r"Laporan(?:\s+(?i:Kontributor|Wartawan|Reporter|Jurnalis|Koresponden))?\s+(?P<place>[^,]{1,40}),\s*(?P<name>\S.{0,80})$")

_TRAIL_CODE_RE = fastre.compile(r"""(?:^|[.!?"”’'»)\]]\s{0,3})\(\s*(?P<code>[A-Za-z][A-Za-z./&-]{0,20}(?: [A-Za-z][A-Za-z./&-]{0,20}){0,2})\s*\)\s*$""")
_TRAIL_BARE_RE = fastre.compile(r"""[.!?"”’']\s{1,3}(?P<code>[a-z]{2,5}(?:/[a-z]{2,5})?)$""")
_CODE_LINE_RE = fastre.compile(r"\(\s*(?P<c1>[A-Za-z][A-Za-z./&-]{0,20}(?: [A-Za-z][A-Za-z./&-]{0,20}){0,2})\s*\)|(?P<c2>[a-z]{2,5}(?:/[a-z]{2,5})?)")
_NOT_CODES = frozenset(CREDIT_WORDS) | {"adv", "advertorial", "iklan", "ads", "foto", "video", "selesai", "end", "tamat"}

# breadcrumbs / section lines: "Beranda › Pemerintahan › X", "Pemerintahan | Kepri"
# (a triangle too: "Kabar Terkini ▸ Daerah")
_BREADCRUMB_RE = fastre.compile(r"[^›»▸►>|/\\]{1,40}(?:\s[›»▸►>|/\\]\s?[^›»▸►>|/\\]{1,40}|[›»▸►]\s?[^›»▸►>|/\\]{1,40})+")

# a site menu whose items are set apart by runs of spaces or tabs (lost in `lines`)
# (an item may join words with "&" or "dan": "Home  Politik & Pemerintahan  Hukum")
_MENU_ITEM = r"[A-Z][\w/&-]*(?: (?:[A-Z&][\w/&-]*|dan)){0,3}"
_MENU_RE = fastre.compile(rf"{_MENU_ITEM}(?:(?: {{2,}}|\t+){_MENU_ITEM}){{2,}}"
                          # or set apart by middle dots: "Pemerintahan · Hukum · Ekonomi · Nasional"
                          rf"|{_MENU_ITEM}(?: ?[·•] ?{_MENU_ITEM}){{2,}}")
# an aggregator's menu items carry emoji ("🏠 Home   📰 Berita   🔥 Viral"): they are
# blanked before the menu test
# pictographs: arrows and symbols, emoji (and, in _EMOJI_RE, their joiners)
_PICTO = r"\u2190-\u2bff\U0001f000-\U0001faff"
_EMOJI_RE = re.compile(f"[{_PICTO}\ufe0f\u200d]")

# domains and outlet shapes
# the lookbehind keeps search() from restarting inside a long word (quadratic otherwise)
_DOMAIN_RE = fastre.compile(r"(?<![A-Za-z0-9-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|id|co\.id|net|org|news|online|info|co|tv|web\.id|or\.id|go\.id|my\.id|biz|media|site|xyz|today|asia|ac\.id|sch\.id)", re.IGNORECASE)
# (or an acronym run into a word: "IDXChannel", "TVRINews")
_CAMEL_RE = fastre.compile(r"[a-z][A-Z]|[A-Z]{2}[A-Z][a-z]{3}")
_OUTLET_SUFFIX_RE = re.compile(r"(?:[A-Za-z]{3,16}(?:" + _alt(w for w, f in _OUTLET_ROWS if "suffix" in f and " " not in w) + ")"
                               # or an outlet word before the region: "KABARMADIUN", "Beritabatam"
                               r"|(?:" + _alt(w for w, f in _OUTLET_ROWS if "prefix" in f) + r")[A-Za-z]{4,16})"
                               # (a number may close the name: "LOMBOKPOST24", "Jatimnews7")
                               r"\d{0,3}", re.IGNORECASE)

# datelines (applied to the first 160 characters of a paragraph)
_TOK = r"[A-Za-z0-9][A-Za-z0-9.&']*(?:-[A-Za-z0-9.&']+)*"
_PHR = rf"{_TOK}(?: {_TOK}){{0,4}}"
_DASH = r"[-–—]{1,2}"
_DL_DATE = rf"\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{1,2}} (?:{_MONTH_ALT})\.?(?: \d{{4}})?"
_DL_FULL_DATE_RE = fastre.compile(rf"\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}} (?:{_MONTH_ALT})\.? \d{{4}}", re.IGNORECASE)
_DATEISH_RE = fastre.compile(_DL_DATE, re.IGNORECASE)
# (an English wire names the province after the city: "Kupang, E Nusa Tenggara (ANTARA) -")
_DL_PAREN = fastre.compile(rf"(?P<a>{_PHR})(?:\s*,(?:\s*(?:{_DL_DATE}|(?P<prov>{_PHR})))?)?\s*\(\s*(?P<o>[^()\n]{{2,40}}?)\s*\)\s*(?:{_DASH}|:)",
                       re.IGNORECASE)
# (a numeric date after the comma: "AIMAS, 05/06/2025 –")
# (a press release may name the weekday first: "Makassar, Senin, 2 Juni 2025 —")
_DL_COMMA = fastre.compile(rf"(?P<a>{_PHR})\s*,\s*(?:(?P<wd>(?i:{_WD_ALT}))\s*,\s*(?=\d))?(?P<b>{_PHR}|{_DL_DATE})\s*{_DASH}")
# the weekday and date after such a city, read as the signing's date too (the body goes on there)
_WD_PAREN_DATE_RE = fastre.compile(rf"\s*(?:{_WD_ALT})\s*\(\s*(?P<d>\d{{1,2}}/\d{{1,2}}/\d{{4}})\s*\)\s*(?:{_DASH}|:)", re.IGNORECASE)
_WD_DATE_RE = fastre.compile(rf"\s*(?:{_WD_ALT})\s*,\s*(?P<d>\d{{1,2}} (?:{_MONTH_ALT})\.? \d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})", re.IGNORECASE)
# (or a city in capitals closed by a full stop: "KONTAN.CO.ID - JAKARTA. Story", "Kabar News –
# SUNGAILIAT. Story"; the token takes the stop in, the look-behind checks it ends a capital)
_DL_OUT_CITY = fastre.compile(rf"(?P<a>{_PHR})\s*{_DASH}\s*(?P<b>{_TOK}(?: {_TOK}){{0,2}})(?:\s*[,:]|(?<=[A-Z]\.)(?P<dot>) (?=[A-Z]))")
# "SAMARINDA | BorneoPagi.com –", "TANJUNG SELOR | Ombudsman ...": a city in capitals, a bar
_DL_PIPE = fastre.compile(rf"(?P<a>{_PHR})\s*\|\s*(?:(?P<o>{_TOK})\s*{_DASH}\s*)?")
# a place in square brackets before the headline or the lead: "[Kupang] ..."
_DL_BRACKET = fastre.compile(rf"\[(?P<a>{_PHR})\]\s+(?=[A-Z0-9\"“‘'])")
_DL_AGENCY = fastre.compile(rf"(?P<o>{_TOK})\s*,\s*(?P<a>{_PHR})\s*:\s")
# a site's name and its tagline on the first line: "kabarsofifi.com — Berita Maluku Utara
# Terkini" (no dateline: no story follows the dash)
_TAGLINE = r"(?P<o>[^\s|–—-]+(?: [^\s|–—-]+){%s}) [|–—-] (?P<t>[^.!?|–—-]{3,60})"  # (words after the first)
_MASTHEAD_TAGLINE_RE = fastre.compile(_TAGLINE % "0,2")
_FOUR_WORD_TAGLINE_RE = fastre.compile(_TAGLINE % "3")
# the long text of a consent dialog over a page, in the wording its framework gives every
# site: "Kami dan 142 mitra kami menyimpan dan/atau mengakses informasi di perangkat Anda,
# seperti cookie ...", "We and our partners store and/or access information on a device"
_CONSENT_RE = fastre.compile(r"(?:kami|we)\s+(?:dan|and)\s+(?:\d[\d.,]*\s+)?(?:mitra|our\s+(?:\d[\d.,]*\s+)?partners)\b"
                             r"[^\n]{0,40}?\b(?:menyimpan|store)\b[^\n]{0,20}?\b(?:mengakses|access)\b", re.IGNORECASE)
# a social-media post's time without a year: "20 Februari pukul 14.35 ·"
_POST_TIME_RE = fastre.compile(
    rf"(?:\d{{1,2}}\s+(?:{_MONTH_ALT})\.?|(?:{_MONTH_ALT})\.?\s+\d{{1,2}}|kemarin|yesterday)\s+(?:pukul|jam|at)\s+"
    rf"\d{{1,2}}[.:]\d{{2}}(?:\s*[·•])?", re.IGNORECASE)
# a page's publication line that gives the story's age instead of a date: "Diterbitkan 2
# hari yang lalu", "Diperbarui: 3 jam lalu", "Posted 5 hours ago" (no date; no headline),
# maybe with its poster and short fields after a bar or a dot: "Diposting 2 hari yang lalu
# oleh Admin", "Diterbitkan 2 hari lalu • 4 menit baca"
_AGE_LINE_RE = fastre.compile(
    rf"(?:(?:{_PUB_LABEL_RE.pattern}|(?:terakhir\s+)?(?:diperbarui|diupdate|update|updated))\s*:?\s*)?{_AGO}"
    r"(?:\s+(?:oleh|by)\s*:?\s*[^|•·\n]{1,40})?(?:\s*[|•·]\s*[^|•·\n]{1,40}){0,3}",
    re.IGNORECASE)
# an official letter (a press release sent as one): its fields, its address and contact
# lines, and the sentence that hands over the release ("... sebagai berikut:")
_LETTER_FIELD_RE = fastre.compile(r"(?:Nomor|No|Sifat|Lampiran|Lamp|Perihal|Hal)\.?\s*:.{0,200}")
_ADDRESS_RE = fastre.compile(r"(?:Jalan|Jl|Jln|Alamat)\b\.?\s*:?\s*[A-Z0-9][^\n]{3,150}?"
                             r"(?:\b\d{5}|\b(?:No|Nomor)\.?\s*\d[^\n]{0,100})")
_CONTACT_RE = fastre.compile(r"(?:Telepon|Telp|Tlp|Telpon|Faks|Fax|Faksimile|Laman|Website|Email|E-mail|Pos-el|Surel)"
                             r"\b\.?\s*:?\s*\S[^\n]{0,200}", re.IGNORECASE)
_CONTACT_VALUE_RE = fastre.compile(r"\d{3}|@|\.(?:go\.id|com|id|net|org)\b")
_LETTER_OPEN_RE = fastre.compile(r"\b(?:sampaikan|kirimkan|sebagai berikut|berikut ini)\b", re.IGNORECASE)
_RULE_LINE_RE = fastre.compile(r"[_=~*-]{5,}")
# web and e-mail addresses set apart by bars, middle dots or commas, nothing else
_ADDR = r"(?:https?://)?[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,3}|(?:https?://)?[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}(?:/\S{0,60})?"
_ADDRESSES_RE = fastre.compile(rf"(?:{_ADDR})(?:\s*[|·•,/]\s*(?:{_ADDR}))+")
_CRUMB_HEAD_RE = re.compile(r"(?:Beranda|Home|Index|Indeks)\b[^–—›»>|/\n]{0,60}[–—›»>|/]\s*(?=\S)")
_CRUMB_NEXT_RE = re.compile(r"[^\s–—›»>|/]+(?: [^\s–—›»>|/]+){0,2}\s*[›»>|/]\s*(?=\S)")
# a trail from the home page, however long its last item: "Beranda » Berita » Kegiatan
# Bidang Perdata dan Tata Usaha Negara" (or parted by plain ">": "Beranda > Daerah > ...")
_CRUMB_START_RE = fastre.compile(r"(?:Beranda|Home|Index|Indeks)\s?[›»▸►>|]\s?\S")
_BREADCRUMB_SEP_RE = re.compile(r"\s[›»▸►>|/\\]\s?|[›»▸►]")
# (a story may open in lower case after a city in capitals: "BOROKO- pemerintah kabupaten ...")
_DL_CITY = fastre.compile(rf"(?P<a>{_PHR})(?P<sp>\s*){_DASH}(?P<sp2>\s*)(?=[A-Za-z0-9\"“‘'(])")


# a page whose line breaks were lost (a scraper joined everything into one line):
# "Beranda Daerah X – Headline Rabu, 14 Mei 2025 | 10:21 WIB Penulis: A Editor: B Bagikan
# KOTA, Outlet.com – Story.Next sentence ... © 2025 Outlet.com". It is cut where page
# parts begin: a weekday date (cut after it too), a byline or widget word, a dateline
# with an outlet, a copyright sign, and a sentence glued to the one before ("Penuh.Nota").
RUNON_MIN = 1500          # a paragraph this long, holding most of the text
RUNON_MAX = 30000         # (longer: no news page; not worth the scan)
_RUNON_DATE_RE = fastre.compile(
    rf"(?<!\w)(?:{_WD_ALT}),?\s+\d{{1,2}}\s+(?:{_MONTH_ALT})\.?\s+\d{{4}}"
    rf"(?:\s*[|,-]?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*(?:WIB|WITA|WIT))?)?", re.IGNORECASE)
_RUNON_CUT_RE = fastre.compile(
    r"(?<!\w)(?:Penulis|Editor|Reporter|Pewarta|Redaktur|Tags|Baca Juga|Bagikan|Berita Terkait)\b"
    # (a dateline: "BATAM, batamnews.id –", its site in capitals too: "TANJUNG REDEB, BERAUPOST.ID –")
    r"|(?<![\w.])[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,3},\s*[A-Za-z0-9][\w-]*\.(?i:com|id|co\.id|net|news)\s*[–—-]"
    r"|©|(?<=[a-z]{2}\.)(?=[A-Z][a-z])")

_RUNON_SITE_RE = re.compile(r"(?<![\w.])[A-Za-z0-9][\w-]*\.(?:com|id|co\.id|net|news)\s+$")


def _split_run_on_page(norm: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    total = sum(e - s for s, e in spans)
    out = []
    for s, e in spans:
        if not RUNON_MIN <= e - s <= RUNON_MAX or (e - s) < 0.6 * total:
            out.append((s, e))
            continue
        cuts = {s, e}
        for m in _RUNON_DATE_RE.finditer(norm, s, e):
            cuts.update((m.start(), m.end()))
            ms = _RUNON_SITE_RE.search(norm[max(s, m.start() - 60):m.start()])
            if ms is not None:
                # the site's name between the headline and the date: "... Pelayanan
                # Publik Jambiupdate.id Selasa, 13 Oktober 2026" (no word of the headline)
                cuts.add(m.start() - len(ms.group()))
        for m in _RUNON_CUT_RE.finditer(norm, s, e):
            cuts.add(m.start())
            if m.group() == "Berita Terkait":
                cuts.add(m.end())  # (a heading: the related headlines follow it)
        edges = sorted(cuts)
        for a, b in zip(edges, edges[1:]):
            m = _STRIPPED_LINE_RE.search(norm, a, b)
            if m is not None:
                out.append(m.span())
    return out


# --------------------------------------------------------------------------- helpers

def _collapse(s: str) -> str:
    s = s.strip()
    return _WS_RE.sub(" ", s) if "  " in s else s  # (speed: no sub call without a double space)


def _words(s: str) -> list[str]:
    return s.split()


def _label_words(s: str) -> list[str]:
    """The words of a label line, without the marks that part its items: "Kabar Perwakilan
    | Jambi", "Berita » Daerah" (a bar, a guillemet or a slash is no word)."""
    return [w for w in s.split() if any(ch.isalnum() for ch in w)]


def _title_case_caps(s: str) -> str:
    """"TIDENG PALE" -> "Tideng Pale"; mixed-case words are kept."""
    out = []
    for w in s.split(" "):
        if len(w) > 1 and w.isupper():
            w = "-".join(p[:1] + p[1:].lower() for p in w.split("-"))
        out.append(w)
    return " ".join(out)


def _is_domain(s: str) -> bool:
    return bool(_DOMAIN_RE.fullmatch(s.strip()))


def _outlet_marked(s: str) -> bool:
    """Looks like a news outlet name: a domain, CamelCase, or an outlet word."""
    s = s.strip()
    if not s:
        return False
    if _DOMAIN_RE.search(s) and _DOMAIN_RE.search(s).end() == len(s):
        return True
    toks = s.split()
    if (len(toks) == 1 or len(toks) <= 3 and len(toks[0]) > 4) and _CAMEL_RE.search(toks[0]):
        return True  # "KabarMinang", "BeritaJatim Raya"
    if len(toks) == 1 and toks[0][:1].isupper() and _OUTLET_SUFFIX_RE.fullmatch(toks[0]):
        return True  # a masthead in capitals, outlet word glued on: "TUNGKALPOST", "Jambinews"
    if _branded(toks):
        return True  # and the owner after it: "TRIBRATANEWS POLRI"
    return any(t.lower().strip(".,") in OUTLET_WORDS for t in toks)


def _glued_newsroom(s: str) -> bool:
    """One word in lower case that glues a place to an outlet word, maybe with a number, as
    a site writes its own name: "lampungpost24", "kaltimnews" (a reporter's line: "Laporan
    Wartawan lampungpost24, Dian P")."""
    return " " not in s and s[:1].islower() and _OUTLET_SUFFIX_RE.fullmatch(s) is not None


def _branded(toks: list[str]) -> bool:
    """Two or three words in capitals, the first a long one with an outlet word glued on:
    a news portal's masthead with its owner or region ("TRIBRATANEWS POLRI")."""
    return 2 <= len(toks) <= 3 and len(toks[0]) >= 8 and all(t.isupper() for t in toks) \
        and _OUTLET_SUFFIX_RE.fullmatch(toks[0]) is not None


_NAME_CONNECTORS = {"dan", "serta", "&", "dari", "untuk", "-", "|", "–"}


def _masthead_line(s: str) -> bool:
    """The page's first line names the site: an outlet name ("Bumi Serambi Mekkah Pos"), or
    two to four capitalised words closed by a word that ends outlets' names ("BANYUMAS
    EKSPRES", "Sumatera Ekspres"); not an outlet word and a section's ("Kabar
    Perwakilan", "Berita Terkini")."""
    toks = s.split()
    if len(toks) == 2 and toks[0].lower() in _OUTLET_ANY_WORDS and toks[1].lower() in SECTION_WORDS:
        return False
    if len(toks) >= 3 and toks[-1].lower() in EDITION_WORDS and _capitalised(s):
        # the edition after the name: "PADANG EKSPRES DIGITAL"
        return _masthead_line(" ".join(toks[:-1]))
    if _outlet_marked(s):
        return True
    if 3 <= len(toks) <= 4 and " ".join(toks[-2:]).lower() in OUTLET_SUFFIX_WORDS and _capitalised(s):
        # a place's name and a phrase that closes outlets' names: "Lumajang Hari Ini"
        from .regions import is_place
        return is_place(" ".join(toks[:-2]))
    return 2 <= len(toks) <= 4 and toks[-1].lower() in OUTLET_SUFFIX_WORDS and _capitalised(s) \
        and _after_place_ok(toks)


def _after_place_ok(toks: list[str]) -> bool:
    """A name closed by a word that closes outlets' names only after a place is one."""
    if toks[-1].lower() not in _AFTER_PLACE_WORDS:
        return True
    return _place_or_area(" ".join(toks[:-1]))


AREA_WORDS: tuple[str, ...] = tuple(w.strip().lower() for w in _data_lines("clean_area_words.txt"))


def _place_or_area(name: str) -> bool:
    """A region's name, or the wider area a city's name and an area word name, spaced or
    glued ("Solo Raya", "SOLORAYA": data/clean_area_words.txt)."""
    from .regions import is_place
    if is_place(name):
        return True
    low = name.lower()
    for w in AREA_WORDS:
        if low.endswith(w) and len(low) > len(w) + 2:
            stem = name[:-len(w)].strip()
            if stem and stem[-1:].isalpha() and is_place(stem):
                return True
    return False


def _institution_name(s: str) -> bool:
    """An institution's name only ("Dinas Kesehatan Kabupaten Banyumas", "Portal Berita
    Pemerintah Kabupaten X"): capitalised words and connectors, one of the first three
    an institution word (data/clean_institution_heads.txt), no digits."""
    toks = s.split()
    return (1 <= len(toks) <= 14 and not any(c.isdigit() for c in s)
            and any(t.lower().strip(".,") in INSTITUTION_HEADS for t in toks[:3])
            and all(t[:1].isupper() or t.lower() in _NAME_CONNECTORS for t in toks))


RUBRIC_WORDS: frozenset[str] = frozenset(w.strip().lower() for w in _data_lines("clean_rubric_words.txt"))
_VOWEL_RE = re.compile(r"[aeiouAEIOU]")


def _name_and_region(s: str) -> bool:
    """A news outlet's masthead: a word of its own, then the region it covers ("RAKYAT
    BENGKULU", "Lintas Aceh Raya"). Not a section's label, opened by a news or rubric word
    ("Berita Tabanan", "Kanal Malang Raya"); not an office's name, which gives its region
    with the level ("BAZNAS Kabupaten Polewali Mandar") or opens with an acronym without
    vowels ("DPRD Tabalong")."""
    toks = s.split()
    if not 2 <= len(toks) <= 4 or _DIGIT_RE.search(s) or not all(t[:1].isupper() for t in toks):
        return False
    w = toks[0].lower()
    if len(w) < 4 or not _VOWEL_RE.search(w) or w in SECTION_WORDS or w in _OUTLET_ANY_WORDS \
            or w in INSTITUTION_HEADS or w in REGION_LEVELS or w in RUBRIC_WORDS:
        return False
    if toks[0].isupper() and not s.isupper() or toks[1].lower() in REGION_LEVELS:
        return False
    return not _institution_name(s) and not _place_or_area(s) and _place_or_area(" ".join(toks[1:]))


def _capitalised(phrase: str) -> bool:
    toks = phrase.split()
    return bool(toks) and all(t[0].isupper() or t[0].isdigit() for t in toks) and not any(c.isdigit() for c in phrase)


def _city_ok(phrase: str) -> bool:
    toks = phrase.split()
    first = toks[0].lower().strip(".,") if toks else ""
    # (a weekday opens a roundup's item, no dateline: "SENIN (17/11) – Panen raya ..."; a
    # town whose name is written as a site's would be, "SoE", is a place)
    return (1 <= len(toks) <= 4 and _capitalised(phrase) and first not in NOT_CITY
            and first not in WEEKDAYS and (not _outlet_marked(phrase) or _place_or_seat(phrase)))


def _fmt_outlet(s: str) -> str:
    s = s.strip(" ,.-–—")
    if not _is_domain(s) and s.isupper() and len(s.split()) >= 2:
        return _title_case_caps(s)
    return s


_DIGIT_RE = re.compile(r"\d")
_LOWER_RE = re.compile(r"[a-z]")
# a section label before a post's date
# ("Redaksi — Rabu, 12 Maret 2025 | 09:12 WIB": the poster before a dash), or a video's
# view count ("3.872 x ditonton  12 Agu 2025", "1,2 rb tayangan • 12 Agu 2025")
# (the poster may be a site's desk, "Redaksi TelukBone.id | 25 September 2025"; an
# aggregator sets the source before a middle dot, "MalukuPos.id · 14 Nov 2024")
# (up to three labels: "JAMBI EKSPRES · E-PAPER · Rabu, 21 Januari 2026 · Hal. 3")
_DATE_LINE_HEAD = fastre.compile(r"(?:[A-Za-z](?:[A-Za-z ]|[.-](?=\w)){0,40}?(?:\s*[•|·●]|\s+[–—-])\s*){1,3}|[A-Za-z][\w.]{1,30}\.(?:com|id|co\.id|net)\s*[-–—|·•]\s*"
                                 r"|\d[\d.,]*\s*(?:rb|ribu|jt|juta|k|m)?\s*(?:x\s*|kali\s*)?(?:ditonton|tayangan|views?)\s*[•|·]?\s*"
                                 # a post on X gives the time first: "9:41 AM · 7 Jul 2025 · 3.812 Tayangan"
                                 r"|\d{1,2}[:.]\d{2}\s*(?:[AaPp][Mm])?\s*[·•]\s*"
                                 # a view counter whose eye icon was stripped: "👁 2.318 | Rabu, 11 Juni 2025"
                                 r"|\d{1,3}(?:[.,]\d{3})*\s*[|·•]\s*")
# a post's view counter: "Dilihat 214 kali", "1,2 rb dilihat", "3,4K views"
_VIEWS = (r"\d[\d.,]*\s*(?:rb|ribu|k|jt|juta)?\s*(?:kali\s+)?(?:dilihat|dibaca|views?|reads?|tayangan)"
          r"|(?:dilihat|dibaca|views?)\s*:?\s*\d[\d.,]*(?:\s*(?:kali|x))?")
# an e-paper's page number, its rubric in brackets after it: "Halaman 5 (Ekonomi)", "Hal. 3"
_PAGE_NO = r"(?:halaman|hal\.|page)\s*\d{1,3}(?:\s*\([^()|·•\d]{1,30}\))?"
# what a CMS writes after a post's date: the poster and a view counter
# ("| Dibaca: 214 kali"), a reading time ("· 4 menit baca") and a source ("| Diskominfo X")
_DATE_LINE_TAIL = fastre.compile(
    # (a count may be short: "· 1,2 rb dilihat", "| 3,4K views")
    # (a blog's category after "in": "Posted on 15 Oktober 2025 in Pemerintahan | 3 Komentar")
    r"(?:\s+(?:oleh|by|in)\s+[^|\d]{1,40}?){0,2}(?:\s*[|·•]\s*(?:" + _VIEWS +
    r"|\d{1,2}\s*(?:menit|mnt|min(?:ute)?s?)\s*(?:di)?(?:baca|read)"
    # a view counter behind an eye emoji ("• 👁 1.284 views")
    # (or the eye and the count alone: "| 👁 211")
    r"|[\u2600-\u27bf\U0001f300-\U0001faff]\s*\d[\d.]*(?:\s*(?:kali\s+)?(?:dilihat|dibaca|views?|reads?))?"
    r"|(?:diperbarui|diupdate|updated?)\s*:?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:wib|wita|wit))?"
    r"|\d{1,6}\s*(?:komentar|comments?|tanggapan)"
    # an e-paper's page number ("RADAR TEGAL | SELASA, 20 MEI 2025 | HALAMAN 7")
    r"|" + _PAGE_NO +
    # (a source may be an office named in full: "| Humas Ombudsman RI Perwakilan Jawa Tengah")
    r"|[^|·•\d]{1,60}?"
    # a blog's bare counters (reads, ratings, comments) in their own fields: "| 214 | 5 | 2"
    r"|\d{1,3}(?:[.,]\d{3})*)"
    # a comment count or a video's hashtags after a bare space ("05/11/2025 0 Komentar",
    # "12 Agu 2025 #KonaweSelatan #MoU")
    # or a dash ("Admin Prokopim — 12/01/2026 — 0 Komentar")
    r"|(?:\s+|\s*[–—]\s*)\d{1,6}\s*(?:komentar|comments?|tanggapan)|\s+#\w+"
    # or the page number after a spaced dash ("... 3 Oktober 2025 — Halaman 5 (Ekonomi)")
    r"|\s+[–—-]\s+" + _PAGE_NO +
    # or the poster after a spaced dash ("October 2, 2024 — Admin Kaltara Today", "12 Mei
    # 2025 - Tim Redaksi"): a name of one to four capitalised words (case-sensitive)
    r"|\s+[–—-]\s+(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})"
    # (or a site account written in lower case: "Selasa, 17 Juni 2025 — admin")
    r"|\s+[–—-]\s+(?:admin|redaksi|operator)\w*"
    # or the post's category after a spaced dash ("Rabu, 21 Mei 2025 - Kategori: Pemerintahan")
    r"|\s+[–—-]\s+(?:kategori|category|rubrik|kanal)\s*:[^|·•]{1,60})*\s*$",
    re.IGNORECASE)


_DOMAIN_HEAD_RE = re.compile(r"(?P<o>[A-Za-z0-9][\w.-]{1,40})\s*[-–—|•·]\s*(?=\S)")
_FIELD_RE = re.compile(rf"(?P<label>{_alt(FIELD_LABELS)})\s*:\s*", re.IGNORECASE)
# a comments section's heading ("18 Komentar  Urutkan menurut", "Komentar (3)") and the
# first comment's head: a handle, or a name and a time ago ("Budi S. 2 hari yang lalu")
_COMMENTS_HEAD_RE = fastre.compile(
    r"(?:\d[\d.,]*\s*(?:rb\s*)?)?(?:komentar|comments?|tanggapan)(?:\s*\(\d[\d.,]*\))?"
    r"(?:\s*(?:urutkan(?: menurut)?|sort by)(?:\s*:?\s*\w+)?)?", re.IGNORECASE)
_COMMENTER_RE = fastre.compile(r"@\w|[^\n]{1,60}?\b\d+\s+(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun)\s+(?:yang\s+)?lalu\b"
                               r"|[^\n]{1,60}?\b\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b",
                               re.IGNORECASE)
_FIELD_GAP_RE = re.compile(r" {2,}|\t+")
_CITY_DATE_LINE = fastre.compile(r"(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:,|\s*●)\s*(?P<date>\S.{5,60})")


# a second stamp on the same line: "Kamis, 12 Juni 2025 16:22 WITA | Diperbarui Jumat, 13
# Juni 2025 ...", "Diperbarui: 22 Agustus 2025 09:14 Diterbitkan: 22 Agustus 2025 08:51"
_AGENDA_ICONS = frozenset("\U0001f5d3\U0001f4c5\U0001f4c6")  # 🗓 📅 📆
_AGENDA_NEXT_ICONS = frozenset("\u23f0\u231a\U0001f4cd\U0001f55b\U0001f550\U0001f558\U0001f559")  # ⏰ ⌚ 📍 and clocks


def _agenda_date(norm: str, paras: list, i: int) -> bool:
    """Paragraph i is an announcement's date behind a calendar icon, its time or place
    behind theirs on the next lines: "🗓 Selasa, 25 November 2025" / "⏰ 09.00 WIB" /
    "📍 Aula ..." (the event's date, not the page's)."""
    if norm[paras[i].start:paras[i].end].lstrip()[:1] not in _AGENDA_ICONS:
        return False
    return any(norm[q.start:q.end].lstrip()[:1] in _AGENDA_NEXT_ICONS for q in paras[i + 1:i + 3])
_SECOND_STAMP_RE = fastre.compile(r"\s*[|·•/]?\s*(?=(?:terakhir\s+)?(?:diperbarui|diupdate|updated|diterbitkan|dipublikasikan|published)\b)",
                                  re.IGNORECASE)


_CLOCK_RE = fastre.compile(r"\b\d{1,2}[:.]\d{2}\b")  # a time of day on a date line (not a count: "1.234 kali")


def _top_date_widget(res, norm: str, at: int) -> bool:
    """Whether the publication date found so far is a page's date widget: a date alone with
    no time, above the headline that the line at `at` (another date line) follows."""
    if res.published_span is None or res.title_span is None:
        return False
    ps, pe = res.published_span
    return pe <= res.title_span[0] and res.title_span[1] <= at and _CLOCK_RE.search(norm, ps, pe) is None


def parse_date_line(line: str) -> Optional[tuple[str, bool]]:
    """ISO date of a line that is only a (publication) date, and whether it is an
    'updated' stamp. None when the line is not a bare date line."""
    s = _collapse(line)
    if len(s) > 120:
        return None
    if " / " in s:
        # a bilingual page gives the date in both languages: "Jumat, 26 September 2025 /
        # Friday, 26 September 2025" (the same day twice)
        halves = [_parse_one_date_line(x.strip()) for x in s.split(" / ", 1)]
        if halves[0] is not None and halves[0] == halves[1]:
            return halves[0]
    m = _SECOND_STAMP_RE.search(s, 1)
    if m and m.start() > 0:
        # two stamps: the publication's is the date (the update's only when it is alone)
        stamps = [_parse_one_date_line(s[:m.start()]), _parse_one_date_line(s[m.end():])]
        if all(stamps):
            return next((st for st in stamps if not st[1]), stamps[0])
    return _parse_one_date_line(s)


# an icon before a count on a date line: "| 💬 4 Komentar | ⏱ 4 menit baca"
_ICON_COUNT_RE = re.compile("[\u2300-\u23ff\u2600-\u27bf\U0001f000-\U0001faff]\ufe0f?\\s*(?=\\d)")


def _parse_one_date_line(s: str) -> Optional[tuple[str, bool]]:
    if _DIGIT_RE.search(s) is None:  # every date form has digits (speed)
        return None
    got = _parse_bare_date_line(s)
    if got is None and _ICON_COUNT_RE.search(s):
        got = _parse_bare_date_line(_collapse(_ICON_COUNT_RE.sub("", s)))
    return got


def _parse_bare_date_line(s: str) -> Optional[tuple[str, bool]]:
    s = s[:_DATE_LINE_TAIL.search(s).start()]  # "... oleh Admin | 96 kali dilihat"
    m = DATE_LINE_RE.fullmatch(s)
    if not m:
        head = _DATE_LINE_HEAD.match(s)  # "Berita Daerah • Rabu, 9 Oktober 2024 15:12 WIT"
        m = DATE_LINE_RE.fullmatch(s, head.end()) if head else None
    if not m:
        return None
    try:
        if m.group("d"):
            d, mo, y = int(m.group("d")), MONTHS[m.group("m").lower()], int(m.group("y"))
        elif m.group("d2"):
            d, mo, y = int(m.group("d2")), MONTHS[m.group("m2").lower()], int(m.group("y2"))
        elif m.group("d3"):
            d, mo, y = int(m.group("d3")), int(m.group("m3")), int(m.group("y3"))
        elif m.group("d4"):
            d, mo, y = int(m.group("d4")), int(m.group("m4")), 2000 + int(m.group("y4"))
        else:
            d, mo, y = int(m.group("d5")), int(m.group("m5")), int(m.group("y5"))
        import datetime
        iso = datetime.date(y, mo, d).isoformat()
    except (KeyError, ValueError):
        return None
    return iso, bool(m.group("upd"))


def _heading_kind(s: str) -> Optional[str]:
    key = s.lower().rstrip(" :>»").strip()
    return HEADINGS.get(key)


def _boiler_reason(s: str) -> Optional[str]:
    if len(s) > _MAX_FURNITURE:
        return None
    rx = _BOILER_UNGATED_RE
    low = s.lower()
    if not fastre.plain_case(s) or any(w in low for w in _BOILER_GATE_WORDS):
        rx = BOILERPLATE_RE
    m = rx.fullmatch(s)
    if not m:
        return None
    return _BOILER_REASONS[int(m.lastgroup[1:])]


def _parse_byline(s: str) -> Optional[list[tuple[str, str]]]:
    """[(role, value)] for an author / editor line, else None."""
    if len(s) > 200:
        return None
    m = _LAPORAN_RE.fullmatch(s)
    if m and (_capitalised(m.group("place")) or _glued_newsroom(m.group("place"))):
        # (the place or newsroom is a name: "Laporan ke Ombudsman X Naik 38 Persen, Pertanahan
        # ... Dikeluhkan" is a headline about reports)
        return [("writer", m.group("name").strip(" .,"))]
    m = _CONTRIBUTOR_RE.fullmatch(s)
    if m:  # "Penulis Kontributor Ambon, Yohanes L | Editor Dita A" (no colons)
        return [("writer", m.group("name").strip(" .,")), ("editor", m.group("ed").strip(" .,"))]
    m = _BYLINE_START_RE.match(s)
    if not m:
        return None
    key = m.group("key").lower()
    if not m.group("colon"):
        # no colon: only "By Name", "Oleh Name", "Editing by Name"
        if key not in ("by", "oleh", "ditulis oleh", "editing by", "edited by", "reported by", "written by"):
            return None
        name = s[m.end():].strip(" .,")
        if not name or not name[0].isupper() or len(name.split()) > 6 or any(c.isdigit() for c in name):
            return None
        return [(AUTHOR_KEYS[key], name)]
    out: list[tuple[str, str]] = []
    pos, role = m.end(), AUTHOR_KEYS[key]
    for m3 in _BYLINE_SPLIT_RE.finditer(s, m.end()):
        out.append((role, s[pos:m3.start()]))
        pos, role = m3.end(), AUTHOR_KEYS.get(m3.group("key").lower(), "other")
    out.append((role, s[pos:]))
    res = []
    for role, val in out:
        # (a bullet parts the fields: "Penulis: A • Editor: B"; an emoji heads one: "Teks: A |
        # 📸 Foto: B")
        val = _strip_marks(val.strip(" |/,;–—-.:&•·")).strip(" |/,;–—-.:&•·")
        if val:
            res.append((role, val))
    # a byline is short: the values must look like names, not sentences
    # ("FOTO: Pemkot X dan Ombudsman Y Teken Nota Kesepakatan" is a gallery's headline, not
    # a photo credit)
    if not res or any(len(v.split()) > (5 if r == "other" else 8) or v.endswith(".") and len(v.split()) > 4
                      for r, v in res):
        return None
    return res


def _writer_and_site(val: str) -> tuple[str, Optional[str]]:
    """(name, site) of a writer's value that names the newsroom after a bar: "Moh. Rahman |
    Palu Terkini" -> ("Moh. Rahman", "Palu Terkini"); a place there is none ("Nama | Aceh
    Barat Daya"): (val, None)."""
    name, bar, site = val.rpartition("|")
    name, site = name.strip(), site.strip()
    if not bar or not name or "|" in name or not 1 <= len(_words(site)) <= 4 or _DIGIT_RE.search(site):
        return val, None
    from .regions import is_place
    if (_is_domain(site) or _outlet_marked(site) or _masthead_line(site)) and not is_place(site) \
            and not _institution_name(site):
        return name, site
    return val, None


# a writer's name and a site's one-word name after a spaced dash: "Nama Penulis - detikJatim"
_WRITER_DASH_SITE_RE = re.compile(r"(?P<name>[^\W\d_][^\d|:,;()]{2,60}?) [-–—] (?P<site>[^\s|]{3,40})")


def _writer_dash_site(lines: list[str], i: int) -> Optional[tuple[str, str]]:
    """(writer, site) of a portal's byline on a line of its own by the post's date: the
    writer's name (two to five capitalised words, no place), a spaced dash, then the site's
    name in one word ("Nama Penulis - detikJatim" / "Kamis, 6 Maret 2025 09:20 WIB", "Nama
    Penulis - KabarContoh.com"). A dateline's place before the site is none ("Makassar —
    KabarContoh.id"), and a dateline leads the story's sentence."""
    m = _WRITER_DASH_SITE_RE.fullmatch(lines[i])
    if m is None:
        return None
    name, site = m.group("name"), m.group("site")
    toks = name.split()
    if not 2 <= len(toks) <= 5 or not _capitalised(name) or _outlet_marked(name) or _institution_name(name) \
            or _place_or_seat(name) or not (_outlet_marked(site) or _glued_newsroom(site)):
        return None
    dated = any(0 <= j < len(lines) and parse_date_line(lines[j]) for j in (i - 1, i + 1))
    return (name, site) if dated else None


_WIDE_GAP_RE = re.compile(r" {3,}|\t+")


def _gapped_masthead(raw: str) -> Optional[str]:
    """The name opening a top line whose other field, after a wide gap, holds a number (an
    edition, a date): "WARTA CONTOH        Edisi 09 / September 2025" (a name an outlet's
    word marks, no office's)."""
    fields = [f.strip() for f in _WIDE_GAP_RE.split(raw.strip()) if f.strip()]
    if len(fields) != 2 or len(raw) > 150 or not _DIGIT_RE.search(fields[1]):
        return None
    name = fields[0]
    if not 1 <= len(_words(name)) <= 4 or _DIGIT_RE.search(name) or not _masthead_line(name) \
            or _institution_name(name):
        return None
    return name


def _author_box(norm: str, paras: list, lines: list[str], i: int) -> bool:
    """Paragraph i describes the writer named alone on the line before it, and the post's
    date line follows: a person's name of two to four capitalised words (no site's, no
    office's, no place's), then one or two sentences of at most 40 words."""
    if not 0 < i < len(lines) - 1 or not 5 <= len(_words(lines[i])) <= 40 or not lines[i].endswith("."):
        return False
    name = lines[i - 1]
    toks = name.split()
    if not 2 <= len(toks) <= 4 or not all(t[:1].isupper() and t[1:].islower() for t in toks) \
            or _outlet_marked(name) or _institution_name(name) \
            or any(t.lower() in SECTION_WORDS or t.lower() in _OUTLET_ANY_WORDS for t in toks):
        return False
    from .regions import is_place
    if is_place(name):
        return False
    nxt, raw = lines[i + 1], norm[paras[i + 1].start:paras[i + 1].end]
    d = parse_date_line(nxt)
    if d is None and len(nxt) <= 120 and "  " in raw:
        d = parse_date_line(_FIELD_GAP_RE.sub(" | ", raw))
    return d is not None


_HANDLE_RE = re.compile(r"[a-z0-9][a-z0-9._]{2,29}")


def _account_handle(lines: list[str]) -> bool:
    """The page's first line is an account's handle (lower case, a dot or an underscore in
    it, no domain) that opens one of the next three lines, the post's caption, as the app's
    compact header sets them: "kantor.contoh" / "Kantor Contoh" / "kantor.contoh 📢 SEGERA!
    ..." (a page that puts its follow buttons and a place between them is another shape)."""
    h = lines[0] if lines else ""
    if not _HANDLE_RE.fullmatch(h) or not ("." in h or "_" in h) or _is_domain(h):
        return False
    # (or the post's location tag right under the handle, as the app sets it: "kantor.contoh"
    # / "Kota Contoh, Sulawesi Utara" / the caption)
    return any(ln.startswith(h + " ") for ln in lines[1:4]) or len(lines) > 2 and _place_line(lines[1])


def _post_headline(s: str, handle: str) -> bool:
    """A post's caption opens with a headline of its own in capitals, on its own line (not
    after the handle, which opens the caption the app shows): "📢 PEMKOT X x UNIVERSITAS Y
    RESMI TEKEN NOTA KESEPAHAMAN! 🤝" (a joining "x" or "dan" may stay in lower case)."""
    t = _strip_marks(s)
    if t.startswith(handle) or not _headline_like(t.rstrip("!?")) or len(_words(t)) > 20:
        return False
    lower = [w for w in _words(t) if _LOWER_RE.search(w)]
    return len(lower) <= 2 and all(w in ("x", "dan", "&", "di", "ke") for w in lower)


def _handle_led_title(title: str, handle: str) -> Optional[int]:
    """Where the headline starts after the account's handle the app sets before a post's
    caption ("pemkot_contoh 📢 SEMINAR PELAYANAN PUBLIK ..."): the handle is no part of it."""
    if not handle or not title.startswith(handle + " ") or not _HANDLE_RE.fullmatch(handle) or _is_domain(handle):
        return None
    k = len(handle)
    while k < len(title) and (title[k] == " " or _mark_char(title[k])):
        k += 1
    return k if len(_words(title[k:])) >= 4 else None


def _short_tagline(rest: str) -> bool:
    """What follows a dateline-like place on a page's first line is a site's short label:
    one to three capitalised words, no digit, no stop ("Portal Resmi")."""
    rest = _collapse(rest).strip(" –—-|:")
    toks = rest.split()
    return 1 <= len(toks) <= 3 and all(t[:1].isupper() for t in toks) and not _DIGIT_RE.search(rest) \
        and rest[-1:] not in _PARA_END


def _site_then_byline(s: str) -> Optional[tuple[str, list[tuple[str, str]]]]:
    """(site, byline) of a header line giving the site's name, a bar, then a byline: "Kabar
    Contoh | Penulis: Nama" (a name an outlet's word marks, no office's)."""
    head, _, rest = s.partition("|")
    head, rest = head.strip(), rest.strip()
    if not 1 <= len(_words(head)) <= 4 or _DIGIT_RE.search(head) or not _outlet_marked(head) \
            or _institution_name(head) or not _BYLINE_START_RE.match(rest):
        return None
    by = _parse_byline(rest)
    return (head, by) if by else None


_BAR_RE = re.compile(r"\s*\|\s*")
_BAR_DASH_RE = re.compile(r"\s*\|\s*|\s+[-–—]\s+")


def _byline_date(s: str) -> Optional[tuple[list[tuple[str, str]], tuple[str, bool]]]:
    """(byline, date) of a line holding both, set apart by bars: "Oleh: Admin | Kamis,
    12 Juni 2025 | 15:22 WIB", "Penulis: A | Editor: B | Rabu, 5 Maret 2025 - 20:31 WIB"
    (the byline first, the date and what a CMS writes after it, the rest); or by a spaced
    dash: "Oleh: Redaksi - 11 Juni 2025"."""
    if not _BYLINE_START_RE.match(s):
        return None
    parts = (_BAR_RE if "|" in s else _BAR_DASH_RE).split(s)
    for k in range(1, min(len(parts), 6)):
        d = parse_date_line(" | ".join(parts[k:]))
        if d is not None:
            by = _parse_byline(" | ".join(parts[:k]))
            return (by, d) if by else None
    return None


_ROW_SEP_RE = re.compile(r"\s*[|·•]\s*")
_ROW_DASH_SEP_RE = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")


def _date_row(s: str, sep: re.Pattern = _ROW_SEP_RE) -> Optional[tuple[list[tuple[str, str]], tuple[str, bool]]]:
    """(byline, date) of a CMS's meta row whose fields, set apart by bars or middle dots,
    hold the post's date and, in a later field, its byline: "Rabu, 12 Maret 2025 | 15:20 WIB
    · Penulis: A & Editor: B", "Radar X · 18 Februari 2025 · Penulis: A · 4 menit baca"
    (the fields other than the byline's must read as a date line); `sep` _ROW_DASH_SEP_RE
    for a row parted by spaced dashes too ("Rabu, 9 Juli 2025 — Penulis: Nama")."""
    parts = sep.split(s)
    if len(parts) < 2:
        return None
    by, rest = [], []
    for part in parts:
        b = _parse_byline(part) if _BYLINE_START_RE.match(part) else None
        if b:
            by.extend(b)
        else:
            rest.append(part)
    if not by or not rest:
        return None
    d = parse_date_line(" | ".join(rest))
    return (by, d) if d is not None else None


def _field_row_date(s: str) -> Optional[str]:
    """ISO date of a bar-separated row whose first field is no date: "Kategori: Berita |
    Jumat, 23 Mei 2025 | Admin" (not an 'updated' stamp)."""
    parts = _BAR_RE.split(s)
    for k in range(1, min(len(parts), 6)):
        d = parse_date_line(" | ".join(parts[k:]))
        if d is not None:
            return None if d[1] else d[0]
    return None


def _labelled_field_date(s: str) -> Optional[str]:
    """ISO date of a field labelled as the publication's in a row of fields set apart by
    bars or middle dots, as a page's foot gives it beside the copyright: "© 2025 Kabar X ·
    Diterbitkan 22 Februari 2025 · Redaksi" (an 'updated' stamp is none)."""
    for part in _ROW_SEP_RE.split(s)[1:]:
        if _PUB_LABEL_RE.match(part):
            d = parse_date_line(part)
            if d is not None and not d[1]:
                return d[0]
    return None


MENU_RUN = 3              # short lines under a heading that make it a menu's item


def _menu_run(lines: list[str], i: int) -> bool:
    """Line i stands in a menu set one item a line: the lines before and after it are
    items too, a word or three each, no digits, no full stop ("Beranda" / "Terkini" /
    "Sumbar" / "Padang" / "Bukittinggi"); a related block's lines are headlines."""
    if i == 0 or i + MENU_RUN >= len(lines):
        return False
    return all(len(_words(x)) <= 3 and not _DIGIT_RE.search(x) and not x.endswith((".", ":", "!", "?"))
               for x in [lines[i - 1]] + lines[i + 1:i + 1 + MENU_RUN])


def _newsroom_name(name: str) -> bool:
    """The name after "Redaksi" in a byline is a newsroom's when it is two or three
    capitalised words and no region's ("Oleh: Redaksi Khatulistiwa Kampus"; "Redaksi
    Kalimantan Barat" names a desk)."""
    toks = name.split()
    return 2 <= len(toks) <= 3 and _capitalised(name) and not _place_or_area(name) \
        and not _place_or_area(toks[0])


def _office_name(s: str) -> bool:
    """An institution's name only (_institution_name), no headline that opens with one: a
    headline's verb marks that ("Ombudsman X Gandeng Y dan Z", "PEMKAB X DAN PENGADILAN
    AGAMA TEKEN PKS ...": data/clean_headline_verbs.txt)."""
    return _institution_name(s) and not any(t.lower() in HEADLINE_VERBS for t in _words(s))


def _writers_of(by) -> list[str]:
    """The writers' names of a byline's (role, value) fields."""
    return [n for role, val in by if role == "writer" for n in _split_names(val)]


def _split_names(v: str) -> list[str]:
    parts = re.split(r"\s*(?:,|;|&|\bdan\b|\band\b)\s*", v)
    parts = [p.strip(" .") for p in parts if p.strip(" .")]
    if len(parts) > 1 and all(p[:1].isupper() and len(p) > 2 for p in parts):
        return parts
    return [v.strip()]


def _headline_like(s: str) -> bool:
    w = _words(s)
    if not (4 <= len(w) <= 40) or len(s) < 20:
        return False
    if s.endswith("."):
        return False
    return True


_ACRONYM_COMPOUND_RE = re.compile(r"[A-Z][A-Z0-9]{1,9}[-–][A-Z][A-Z0-9]{0,9}(?![\w-])")


def _acronym_compound_head(s: str) -> bool:
    """The line opens with two acronyms a dash joins with no space ("KUA-PPAS", "SP4N-LAPOR")
    and reads as a title-cased headline: a compound word, not "KOTA–Isi berita ..."."""
    return bool(_ACRONYM_COMPOUND_RE.match(s)) and _title_cased_headline(s)


def _title_cased_headline(s: str) -> bool:
    """A headline in title case: six to 25 words, no sentence end, quote or colon at its
    end, three in four of its words capitalised ("Pemkab X Teken PKS dengan BPN, 312
    Bidang Aset Daerah Ditarget Bersertifikat"); a sentence has few capitals."""
    w = _words(s)
    if not (6 <= len(w) <= 25) or not _headline_like(s) or s[0] in "\"“'‘(" \
            or s.rstrip().endswith((".", "!", "?", ":", ";", ",", '"', "”", ")")):
        return False
    return sum(1 for t in w if t[0].isupper() or t[0].isdigit()) * 4 >= len(w) * 3


def _sentence_like(s: str) -> bool:
    return len(_words(s)) >= 6 and (s.rstrip(" )\"”'").endswith((".", "!", "?")) or bool(_CAPTION_END_RE.search(s)))


def _mark_char(ch: str) -> bool:
    # (emoji and pictographs only: "©" opens a copyright line)
    return ch in "*_~" or ch >= "\u2190" and unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf", "Co", "Cs")


def _strip_marks(s: str) -> str:
    """`s` without the emphasis marks and emoji at its ends: a forwarded WhatsApp release's
    "*SIARAN PERS*", "_Pematangsiantar, 22 Juli 2025_", a post's "📢 Pemkab X Teken ... 📢"."""
    if not s or not (_mark_char(s[0]) or _mark_char(s[-1])):
        return s
    a, b = 0, len(s)
    while a < b and (_mark_char(s[a]) or s[a] == " "):
        a += 1
    while b > a and (_mark_char(s[b - 1]) or s[b - 1] == " "):
        b -= 1
    return s[a:b] if a < b else s


# a reader-mode page's markdown (a scraper's "reader view" gives one): a heading's marks
# ("# Headline", "## Subheading") and bold or underline pairs inside a line ("**Radar
# Pantura** · 18 Februari 2025", "Penulis: **Nama**"); the line's view reads without them
_MD_HEADING_RE = re.compile(r"#{1,6} +(?=\S)")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# a link, "[Baca juga: X](https://...)" reads as its text; an image, "![foto](https://.../a.jpg)",
# as its address (an image file's name)
_MD_IMAGE_RE = re.compile(r"!\[[^\[\]\n]{0,200}\]\((?P<u>[^()\s]{1,400})\)")
_MD_LINK_RE = re.compile(r"\[(?P<t>[^\[\]\n]{1,300})\]\((?:https?://|/|www\.)[^()\s]{0,400}\)")
# an italic pair of single marks around a few words ("*Radar Kayu* · Rabu, ..."; no mark of
# a pair of two, no underscore inside a word or an address: "file_name.jpg")
_MD_ITALIC_RE = re.compile(r"(?<![*\w])([*_])(?=[^\s*_])([^*_\n]{1,80}?)(?<=[^\s*_])\1(?![*\w])")


def _unmark_markdown(s: str) -> str:
    """`s` without markdown heading marks at its start, bold and italic pairs inside it,
    links read as their text and images as their address."""
    if s[:1] == "#":
        m = _MD_HEADING_RE.match(s)
        if m is not None:
            s = s[m.end():]
    if "**" in s or "__" in s:
        s = _MD_EMPHASIS_RE.sub(r"\2", s)
    if "*" in s or "_" in s:
        s = _MD_ITALIC_RE.sub(r"\2", s)
    if "](" in s:
        s = _MD_LINK_RE.sub(r"\g<t>", _MD_IMAGE_RE.sub(r"\g<u>", s))
    return s


def _strip_crumbs(s: str) -> str:
    """A headline without the breadcrumb run into it: "Beranda Daerah X – Sungai Penuh
    Pemkot ..." -> "Sungai Penuh Pemkot ...", "Beranda / NTB / Laporan ..." -> "Laporan ..."."""
    m = _CRUMB_HEAD_RE.match(s)
    if m is None:
        return s
    t = s[m.end():]
    m = _CRUMB_NEXT_RE.match(t)
    while m is not None and m.end() < len(t):
        t = t[m.end():]
        m = _CRUMB_NEXT_RE.match(t)
    return t


def _place_line(s: str) -> bool:
    """A place and its province ("Sumbawa Besar, Nusa Tenggara Barat": a post's location
    tag, a letterhead's town), or a run of region names ("Kapanewon Playen, Kabupaten
    Gunungkidul, Daerah Istimewa Yogyakarta": a village site's address): no headline."""
    a, sep, b = s.partition(",")
    if bool(sep) and b.strip().lower() in PROVINCES and 1 <= len(a.split()) <= 4 and _capitalised(a):
        return True
    parts = [q.strip() for q in s.split(",")]
    # (the last a province, or three names: "Kota Batu, Kabupaten Malang Teken MoU" is a headline)
    return (len(parts) >= 3 or parts[-1].lower() in PROVINCES) and all(
        q.lower() in PROVINCES or 2 <= len(q.split()) <= 4 and _capitalised(q)
        and q.split()[0].lower() in REGION_LEVELS for q in parts)


def _letterhead_line(s: str) -> bool:
    """An official letter's head: the office in capitals ("KEJAKSAAN NEGERI BALIKPAPAN"),
    its street address or its phone / web line."""
    if _ADDRESS_RE.fullmatch(s) or _CONTACT_RE.fullmatch(s) and _CONTACT_VALUE_RE.search(s):
        return True
    return s.isupper() and len(s.split()) <= 8 and _institution_name(s)


def _dated_below(lines: list[str], i: int) -> bool:
    """Whether the line after lines[i] is a date line or a byline (a headline's sign)."""
    nxt = lines[i + 1]
    return bool(parse_date_line(nxt) or _parse_byline(nxt))


def _exclaimed_headline(s: str, lines: list[str], i: int) -> bool:
    """A headline may end with "!" or "?" ("... Teken PKS Integrasi SP4N-LAPOR!"): it is one
    when the publication date or the byline follows it."""
    if not s.rstrip(" \"”'").endswith(("!", "?")) or len(_words(s)) > 25 or i + 1 >= len(lines):
        return False
    if i + 2 < len(lines) and len(_words(lines[i + 1])) <= 3 and _outlet_marked(lines[i + 1]):
        return _dated_below(lines, i + 1)  # (an aggregator names the source first: "SumselUpdate" over the date)
    return _dated_below(lines, i)


_WHOLE_DL_RE = fastre.compile(rf"(?P<a>{_PHR})\s*(?P<sep>,|\||{_DASH})\s*(?P<b>{_PHR})")


def _whole_dateline(s: str, known: frozenset) -> Optional[tuple[str, str]]:
    """(city, outlet) of a line that is only an outlet and a place, in either order:
    "TVRINews, Medan", "MEDAN, Kabarmedan.com" (the place must be a region's name: a
    masthead's "Portal Berita, Info Terkini" is none); set apart by a bar or a dash only
    with the site's domain ("MEDAN | mistar-bisnis.com", "SINJAI — sulselkini.id": a
    breadcrumb's "Berita | Medan" or a tagline's "Kabar X — Medan" names none)."""
    m = _WHOLE_DL_RE.fullmatch(s)
    if m is None:
        return None
    from .regions import is_place
    a, b = m.group("a"), m.group("b")
    if m.group("sep") != ",":
        if _is_domain(a) and _city_ok(b) and is_place(b):
            return b, a
        if _is_domain(b) and _city_ok(a) and is_place(a):
            return a, b
        return None
    if (_outlet_marked(a) or _known_outlet(a, known)) and _city_ok(b) and is_place(b):
        return b, a
    if (_is_domain(b) or _known_outlet(b, known)) and _city_ok(a) and is_place(a):
        return a, b
    return None


def _header_names(paras: list, lines: list[str], i: int) -> frozenset:
    """The short header lines before paragraph i (site name, sections), lower case."""
    return frozenset(_collapse(lines[j]).lower() for j in range(min(i, 30))
                     if paras[j].kind == "boilerplate" and len(_words(lines[j])) <= 4)


def _known_outlet(name: str, known: frozenset) -> bool:
    """`name` repeats a short line of the page's header ("CNBC Indonesia", "LAMPUNG KINI"
    over the headline) and is no place: the site's own name."""
    if not known or _collapse(name).lower() not in known:
        return False
    return not _place_or_seat(name)


def _place_or_seat(name: str) -> bool:
    """A region's name, or the town a regency's government sits in (data/region_seats.tsv:
    "Tenggarong", "Sungguminasa"), which the gazetteer does not list: a place, whose line
    over a page's headline is its dateline, no site's name."""
    from .regions import is_place  # (lazy: the gazetteer loads on first use)
    return is_place(name) or _collapse(name).lower() in _SEAT_TOWNS


_SEAT_TOWNS = seat_towns()


def _glued_dash(head: str, end: int) -> bool:
    """Whether the dash a match ends with (at head[end-1]) sits between two letters or
    digits with no space: "Banyumas–Unsoed"."""
    return 1 < end < len(head) and head[end - 2].isalnum() and head[end].isalnum()


def _site_then_caps_city(a: str, b: str) -> bool:
    """A site's name, a comma and the city in capitals, the dash glued to the story's first
    word: "Harianjogja.com, KULONPROGO—Pemerintah ..." (a dateline; a headline's compound
    "Pemkab X–Unsoed" has no site's name before it nor a city in capitals)."""
    return _outlet_marked(a) and b.isupper() and _city_ok(b)


def _named_newsroom(city: str, name: str) -> bool:
    """`name` stands where a dateline names its outlet, after a city in capitals and a comma
    ("BANDA ACEH, Serambi Bola –", "TALIWANG, GAUNG NTB –"): two or three capitalised words,
    no place, weekday, date or institution ("SIGLI, Aceh Besar –" names a place); a
    region's short name may close the name ("Gaung NTB"), not open it."""
    toks = name.split()
    if not (len(city) >= 3 and 2 <= len(toks) <= 3 and _capitalised(name)):
        return False
    from .regions import is_place
    if not city.isupper() and not (toks[-1].isupper() and len(toks[-1]) <= 6 and is_place(toks[-1])
                                   and not toks[0].isupper() and not is_place(toks[0])) \
            and not _name_and_region(name):
        # (after a city in title case, only a name a region's short name closes, "Taliwang,
        # Gaung NTB –", or a word of its own and the region the outlet covers, "Pematangsiantar,
        # Inilah Medan –", "Tuban, Lensa Jatim –"; "Mataram, Lalu Hendra –" names no newsroom)
        return False
    if any(t.lower() in WEEKDAYS or t.lower() in MONTHS for t in toks) or _institution_name(name) \
            or toks[0].lower() in NOT_CITY or toks[0].lower() in REGION_LEVELS \
            or any(t.lower() in _COMPASS_WORDS for t in toks):
        return False
    if name.isupper():
        return not is_place(name) and not is_place(toks[0])
    if not city.isupper():
        return not is_place(name) and not any(is_place(t) for t in toks[:-1])
    return not is_place(name) and not any(is_place(t) for t in toks)


def _code_of_domain(code: str, masthead: str) -> bool:
    """`code` is two or three capitals whose letters the masthead's domain spells in order
    from its first letter: "LK" of "lampungkini.co.id" (or a word contracting it, "Lampost"
    of "lampungpost.co"); or a short code of two to five
    letters that a masthead of two to four words spells so, over more than one of its
    words: "Pdek" of "Padang Ekspres Online" (an outlet's own name, "Jubi" of "Jubi Papua",
    or a news agency's is no code)."""
    if _is_domain(masthead):
        name = masthead.split(".")[0].lower()
        # (or a word that contracts the domain's name, its head and its end kept: "Lampost"
        # of "lampungpost.co"; the letters in order are checked below)
        contracted = 4 <= len(code) < len(name) and code[:1].isupper() and not code.isupper() \
            and name.startswith(code[:3].lower()) and name.endswith(code[-2:].lower())
        if not (code.isalpha() and (2 <= len(code) <= 3 and code.isupper() or contracted)):
            return False
    else:
        toks = masthead.lower().split()
        if not (2 <= len(code) <= 5 and code.isalpha() and code[0].isupper() and 2 <= len(toks) <= 4) \
                or code.lower() in toks or code.lower() in _OUTLET_ANY_WORDS:
            return False
        name = " ".join(toks)
    if not name.startswith(code[0].lower()):
        return False
    k = 0
    for ch in code.lower():
        k = name.find(ch, k)
        if k < 0:
            return False
        k += 1
    return " " not in name or " " in name[:k]


_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")


def _glued_masthead(word: str, masthead: str) -> bool:
    """`word` is one word, no domain, that glues the first two words or more of the
    masthead: "KALTENGPOS" of "Kalteng Pos Online" (a dateline's short form of the site's
    name; a domain, "kaltengpos.co", is the outlet as the dateline writes it)."""
    toks = masthead.split()
    if " " in word or "." in word or len(word) < 5 or not 2 <= len(toks) <= 5 or _is_domain(masthead):
        return False
    key = _NON_ALNUM_RE.sub("", word.lower())
    glued = ""
    for k, t in enumerate(toks):
        glued += _NON_ALNUM_RE.sub("", t.lower())
        if k >= 1 and glued == key:
            return True
    return False


def _spelled_domain(domain: str, name: str) -> bool:
    """`name` is the site's name in words that `domain` glues: "Belitong Ekspres" of
    "BELITONGEKSPRES.NET" (not the domain itself, nor a name it does not spell)."""
    return _is_domain(domain) and _glued_masthead(domain.split(".")[0], name)


# a breadcrumb trail from the site's home: "Home > Regional > Kubu Raya", "Beranda / Daerah"
_HOME_CRUMBS_RE = re.compile(r"(?:Beranda|Home)\s?[›»▸►>|/]\s?\S")


def _name_over_crumbs(s: str, lines: list[str], i: int) -> bool:
    """The page's first line is the site's name: two or three capitalised words over the
    breadcrumb trail from its home page ("Borneo Line" / "Home > Regional > Kubu Raya"); an
    office's or a place's name heads its own site, no outlet's ("DPRD KABUPATEN X": a
    region's level names an office of it)."""
    toks = s.split()
    return 2 <= len(toks) <= 3 and i + 1 < len(lines) and _HOME_CRUMBS_RE.match(lines[i + 1]) is not None \
        and _capitalised(s) and not _DIGIT_RE.search(s) and not any(t.lower() in REGION_LEVELS for t in toks) \
        and not _institution_name(s) and not _place_or_seat(s)


def _domain_over_rubric(s: str) -> Optional[str]:
    """The site's domain of a line under the headline that gives it and the story's rubric
    after a dash or a bar: "kabarcontoh.id — Daerah", "kabarcontoh.com | Pemerintahan"."""
    m = _MASTHEAD_TAGLINE_RE.fullmatch(s)
    if m is None or not _is_domain(m.group("o")) or not 1 <= len(_words(m.group("t"))) <= 3 \
            or _DIGIT_RE.search(m.group("t")):
        return None
    return m.group("o")


def _site_name_under_headline(s: str) -> bool:
    """A short line under the headline that names a news site: one word in CamelCase or
    with an outlet word glued on ("BanjarNews", "Jatimnow"), or a few capitalised words an
    outlet word closes ("Tapal Kuda Post"); no section heading ("Kabar Perwakilan")."""
    toks = s.split()
    if len(toks) == 1:
        return s[:1].isupper() and len(s) > 4 and (_CAMEL_RE.search(s) is not None or _OUTLET_SUFFIX_RE.fullmatch(s) is not None)
    return 2 <= len(toks) <= 4 and toks[-1].lower() in OUTLET_SUFFIX_WORDS and _capitalised(s) \
        and toks[0].lower() not in _OUTLET_ANY_WORDS and _after_place_ok(toks)


def _masthead_head(name: str, known: frozenset) -> bool:
    """`name` opens a short header line of the page and is no place: the site's name
    without the edition its masthead adds ("Jayapura, Jubi –" under "Jubi Papua Selatan")."""
    if not known or len(name.split()) > 2 or not name[:1].isupper():
        return False
    key = _collapse(name).lower() + " "
    if not any(k.startswith(key) for k in known):
        return False
    return not _place_or_seat(name)


def _find_dateline(norm: str, start: int, end: int, known: frozenset = frozenset()):
    """(city, outlet, span_end) if the paragraph at norm[start:end] opens with a dateline.
    `known`: the short header lines seen so far, lower case (the site's name among them)."""
    head = norm[start:min(end, start + 160)]
    if head[:1] in ("*", "_") or head[:1] and _mark_char(head[0]):
        # a WhatsApp release sets the city in bold: "*PEMATANGSIANTAR* – ...", after a pin:
        # "📍 *Siulak, Rabu (14/5/2025)* – ..."
        k = 0
        while k < len(head) and (_mark_char(head[k]) or head[k] == " "):
            k += 1
        head = " " * k + head[k:].replace("*", " ").replace("_", " ")
        k = len(head) - len(head.lstrip())
        head, start = head[k:], start + k
    head = _unmark_place(head)
    m = _DL_BRACKET.match(head)
    if m and _place_or_seat(m.group("a")) and norm[start:end].rstrip()[-1:] in _PARA_END:
        # the place in square brackets: "[Kupang] Pemerintah Kabupaten ..." (a label in
        # them, "[HOAKS]", "[VIDEO]", is no place)
        return m.group("a"), None, start + m.end()
    m = _DL_AGENCY.match(head)
    if m and m.group("o").isupper() and m.group("o").lower() in OUTLET_WORDS and _city_ok(m.group("a")):
        # RRI's "KBRN, Bintuhan: ..." (the radio's newsroom, then the town); the outlet is
        # the site's own name
        return m.group("a"), None, start + m.end()
    m = _DL_PAREN.match(head)
    if m and head[m.end() - 1] == ":" and not _outlet_marked(m.group("o")):
        # a transcript's speaker, not a dateline: "PENYIAR (Rina): Selamat pagi ..." (a
        # dateline before a colon names a site: "MEDAN (KaroNews.id): ...")
        m = None
    if m and m.group("prov") is None and _DATEISH_RE.fullmatch(m.group("o")) and _city_ok(m.group("a")):
        # a date in the brackets, no outlet: "JAKARTA (17/11) – ..." (the date stays in the
        # body, where it dates the event)
        return m.group("a"), None, start + head.rindex("(", 0, m.start("o"))
    if m and _city_ok(m.group("a")) and (m.group("prov") is None or _capitalised(m.group("prov")) and _outlet_marked(m.group("o"))):
        return m.group("a"), m.group("o"), start + m.end()
    if m and _city_ok(m.group("a")) and (m.group("prov") or "").lower() in WEEKDAYS and _DATEISH_RE.fullmatch(m.group("o")) \
            and head[m.end() - 1] != ":":
        # a release's place and day, the date in brackets: "Siulak, Rabu (14/5/2025) – ..."
        # (the day and date stay in the body: they date the event, like "Makassar, Senin, ...")
        return m.group("a"), None, start + m.start("prov")
    m = _DL_COMMA.match(head)
    if m and m.group("wd") is not None:
        # "Makassar, Senin, 2 Juni 2025 — ...": the dateline is the city; the weekday and the
        # date stay in the body, where they date the story's event
        if _city_ok(m.group("a")) and _DATEISH_RE.fullmatch(m.group("b")):
            return m.group("a"), None, start + m.start("wd")
        m = None
    if m and _glued_dash(head, m.end()) and not _outlet_marked(m.group("b")) \
            and not _DATEISH_RE.fullmatch(m.group("b")) and not _site_then_caps_city(m.group("a"), m.group("b")):
        # a dash between two words is a compound, no dateline's: a headline "Tujuh Bulan
        # Berjalan, Kerja Sama Pemkab X–Unsoed Tekan ..." ("PADANG, Kompas – ..." is spaced)
        m = None
    if m:
        a, b = m.group("a"), m.group("b")
        # the site's name as its header gives it, either side of the comma: "Jakarta, CNBC
        # Indonesia -", "Lampung Kini, Bandar Lampung -"
        if _known_outlet(b, known) and _city_ok(a) and not _known_outlet(a, known):
            return a, b, start + m.end()
        if _known_outlet(a, known) and _city_ok(b) and not _known_outlet(b, known):
            return b, a, start + m.end()
        if _outlet_marked(a) and _city_ok(b):
            return b, a, start + m.end()
        if _city_ok(a) and (_outlet_marked(b) or _capitalised(b) or _DATEISH_RE.fullmatch(b)):
            # (a government office's news desk names itself there too: "Maumere, Kominfo
            # Sikka –", "Mataram, Humas Setda NTB –")
            desk = _capitalised(b) and len(b.split()) <= 4 and _institution_name(b)
            return a, (b if _outlet_marked(b) or desk or _masthead_head(b, known) or _named_newsroom(a, b)
                       else None), start + m.end()
    m = _DL_OUT_CITY.match(head)
    if m:
        a, b = m.group("a"), m.group("b")
        if m.group("dot") is not None:
            b = b[:-1]
            if not (b.isupper() and _outlet_marked(a) and _city_ok(b)):
                b = ""
        # (a dash glued between two words joins a headline's pair, "MoU Pemkab X–UTS, ...";
        # only a site's name may be glued to its city: "KOMPAS.com–JAKARTA,")
        glued = _glued_dash(head, m.end("a") + 1) and head[m.end("a")] in "-–—"
        if b and _city_ok(b) and (_outlet_marked(a) or (b.isupper() and not a.isupper() and _capitalised(a) and not glued)):
            return b, a, start + m.end()
    m = _DL_DESK_CITY.match(head)
    if m and _city_ok(m.group("b")):
        # a government site's press desk, then its town: "Diskominfo Kobar – Pangkalan Bun.
        # Warga ..." (a desk named with its office is the site's name; a bare "Humas" is none)
        a = m.group("a")
        return m.group("b"), (a if " " in a else None), start + m.end()
    m = _DL_PIPE.match(head)
    if m and m.group("a").isupper() and _city_ok(m.group("a")) \
            and (m.group("o") is None or _outlet_marked(m.group("o"))):
        return m.group("a"), m.group("o"), start + m.end()
    if m and _titled_city_pipe_domain(m):
        return m.group("a"), m.group("o"), start + m.end()
    if m and _titled_city_pipe_story(m, norm[start:end]):
        return m.group("a"), None, start + m.end()
    m = _DL_CITY.match(head)
    if m:
        a = m.group("a")
        if head[m.end():m.end() + 1].islower() and not (a.isupper() and len(a) >= 4 and end - start >= 80):
            return None
        # (or the masthead's own words, which name no place: "PIKIRAN RAKYAT – Pemerintah
        # Kabupaten X ..." under a page headed "PIKIRAN RAKYAT")
        # (or a site's name in lower case, a place and an outlet word glued: "batampos - Pemerintah ...")
        if (_outlet_marked(a) and (_is_domain(a) or len(a.split()) <= 3) or len(a.split()) <= 4 and _known_outlet(a, known)
                or _glued_newsroom(a)) \
                and (m.group("sp") or m.group("sp2")) \
                and not _MASTHEAD_TAGLINE_RE.fullmatch(_collapse(norm[start:end])):
            return None, a, start + m.end("a") + len(m.group("sp")) + 1
        no_space = not m.group("sp") and not m.group("sp2")
        md = _PRESS_DESK_RE.match(head, m.end()) if no_space and _city_ok(a) else None
        if md is not None:
            # a government site's city glued to its press desk: "Pringsewu-Humas. Bupati ...",
            # "Metro-Diskominfo, ..." (the desk is no outlet)
            return a, None, start + md.end()
        tight = not m.group("sp")
        if _city_ok(a) and (not tight or a.isupper()) and not (no_space and not a.isupper()):
            end_sep = start + m.end() - len(m.group("sp2"))
            return a, None, end_sep
    return None


# a pictograph (and its joiners) between a dateline's place and its separator: "SINGARAJA 📍 |"
_PLACE_PICTO_RE = re.compile(rf"(?P<a>[^\W\d_][\w .'-]{{1,40}}?) ?(?P<e>[{_PICTO}][{_PICTO}\ufe0f\u200d]*)(?= ?[|,(–—-])")


def _unmark_place(head: str) -> str:
    """`head` with the emoji a social-media-style release sets after its dateline's place
    blanked out, offsets kept: "SINGARAJA 📍 | Kabar gembira ..." reads "SINGARAJA   | ..."."""
    m = _PLACE_PICTO_RE.match(head)
    if m is None:
        return head
    return head[:m.start("e")] + " " * (m.end("e") - m.start("e")) + head[m.end("e"):]


def _titled_city_pipe_domain(m: re.Match) -> bool:
    """A dateline's city in title case, a bar, then the site's domain and a dash:
    "Tarutung | tobapos.co – Pemerintah ...", "Sibolga | beritasibolga.com - ...". The
    domain and the dash make it a dateline (a breadcrumb's "Berita | Daerah" names no
    domain), and the city must be a place or a regency's seat ("Home | x.com –" is none)."""
    o = m.group("o")
    return o is not None and _is_domain(o) and _city_ok(m.group("a")) and _place_or_seat(m.group("a"))


_PIPE_STORY_MIN = 80      # the shortest story paragraph a bar's dateline opens


def _titled_city_pipe_story(m: re.Match, para: str) -> bool:
    """A dateline's city in title case and a bar opening the story's paragraph: "Takengon |
    Pemerintah Kabupaten Aceh Tengah dan BPS ... ." The city must be a place or a regency's
    seat, and the paragraph prose a sentence closes (a menu's or a breadcrumb's "Beranda |
    Berita | Daerah" is short and unpunctuated)."""
    return m.group("o") is None and len(para) >= _PIPE_STORY_MIN and para.rstrip()[-1:] in _PARA_END \
        and "|" not in para[m.end():] and _city_ok(m.group("a")) and _place_or_seat(m.group("a"))


# the press desk of a government office after a dateline's city and a dash, closed by a
# stop, a comma, a colon or a dash (data/clean_press_desks.txt)
PRESS_DESKS: list[str] = [w.strip().lower() for w in _data_lines("clean_press_desks.txt")]
# a press desk (and its office) first, then the town, closed by a stop: "Diskominfo Kobar –
# Pangkalan Bun. Warga ..."
_DL_DESK_CITY = fastre.compile(rf"(?P<a>(?i:{_alt(PRESS_DESKS)})(?: [A-Z][\w.]*){{0,3}})\s*{_DASH}\s*"
                               r"(?P<b>[A-Z]\w+(?: [A-Z]\w+){0,2})\.\s+(?=[A-Z])")
_PRESS_DESK_RE = fastre.compile(rf"(?:{_alt(PRESS_DESKS)})\b\s*[.,:–—-]", re.IGNORECASE)


# a newsroom signing the story: "Tim Redaksi Hulondalo Today", "Redaksi KabarTegal"
_NEWSROOM_RE = re.compile(r"(?:Tim\s+)?Redaksi\s+(?P<o>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})")
_DATED_BY_NEWSROOM_RE = re.compile(r"\b(?:oleh|by)\s+" + _NEWSROOM_RE.pattern + r"\s*$")
_SOURCE_KEY_RE = re.compile(r"sumber\s*:", re.IGNORECASE)
_DOT_SEP_RE = re.compile(r"\s*[·|•]\s*")


def _source_site(line: str, val: str) -> Optional[str]:
    """The site a "Sumber: <domain>" line names (a reading time or an age after a middle
    dot or a bar is no part of it): "Sumber: medanreport.co.id · 2 jam lalu"."""
    if not _SOURCE_KEY_RE.match(line):
        return None
    site = _DOT_SEP_RE.split(val)[0].strip(" .,")
    return site if _is_domain(site) else None


def _first_line_tagline(s: str, norm: str) -> Optional[str]:
    """The site's name when the page's first line is that name and its tagline after a
    dash ("BERITAKU — Semua berita dari ratusan sumber, dalam satu aplikasi"), not a
    dateline: a short phrase with no full stop, the name of one to three words no place,
    named again on the page (its footer's copyright, a "Google News X" line); else None."""
    from .regions import is_place
    mt = _MASTHEAD_TAGLINE_RE.fullmatch(s)
    four = mt is None  # (a name of four words: see below)
    if four:
        mt = _FOUR_WORD_TAGLINE_RE.fullmatch(s)
    if mt is None or s.endswith(".") or len(_words(mt.group("t"))) > 10:
        return None
    name = mt.group("o")
    if four:
        # (a name of four words an outlet's word marks needs no second mention: "Kota
        # Contoh City News Daily - Berita Kota Bunga")
        ok = _capitalised(name) and _outlet_marked(name) and not _institution_name(name) and not is_place(name)
        return name if ok else None
    if not name[:1].isupper():
        return None
    if is_place(name) or name.lower() in WEEKDAYS \
            or norm.lower().count(name.lower()) < 2 and not (_outlet_marked(name) and not _institution_name(name)):
        # (an outlet's word or brand marks a name named once: "Kompasiana - Beyond Blogging")
        return None
    return name




_COPY_SEP_RE = re.compile(r"\s*[|·]\s*|\s+[-–—]\s+")


def _copyright_outlet(s: str) -> Optional[str]:
    # a link before the sign is no holder: "Lihat versi lengkap (non-AMP) » © 2025 X.com"
    k = s.find("©")
    if k > 0 and ("»" in s[:k] or "›" in s[:k]):
        s = s[k:]
    t = re.sub(r"(?i)\b(?:copyright|hak cipta dilindungi(?: undang-undang)?|hak cipta|all rights reserved)\b", " ", s)
    t = re.sub(r"©|\(c\)|\b(?:19|20)\d{2}\b|[-–—]\s*(?:19|20)\d{2}", " ", t, flags=re.IGNORECASE)
    t = _collapse(t).strip(" .,|-–—·")
    # the holder comes first; site links or a tagline follow a bar, a middle dot or a dash:
    # "MalamoiNews.com | Pedoman Media Siber | Redaksi", "RRI.co.id - Portal Berita ..."
    t = _COPY_SEP_RE.split(t)[0].strip(" .,")
    if not t or len(t.split()) > 5 or len(t) > 50:
        return None
    return t


# the page's own address as a scraper writes it over the page: "https://site.id/2025/03/10/slug/"
_PAGE_URL_RE = re.compile(r"https?://[^\s/]+/\S*")
# a dated path in it, as news CMSs file their stories: ".../2025/03/10/..." (year, month, day)
_URL_DATE_RE = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=/)")


def _url_date(norm: str, p: Paragraph) -> Optional[tuple[str, tuple[int, int]]]:
    """(ISO date, span) of the dated path in the page's address line."""
    import datetime
    m = _URL_DATE_RE.search(norm, p.start, p.end)
    if m is None:
        return None
    try:
        iso = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
    except ValueError:
        return None
    return iso, (m.start() + 1, m.end())


# a feed converted to JSON and saved as the page ('{"status":"ok","feed":{"title":"Site –
# Tagline",...},"items":[{"title": "Headline", "pubDate": "Thu, 05 Nov 2026 10:15:00 +0700",
# "author": "Nama", "content": "<p>KOTA, Site – Story ...</p>", ...}, {"title": "Another
# story", ...}]}'): the first item is the article, its fields its headline, date and
# writer, its body field the story; the envelope and the other items are no part of it
# (data/clean_feed_keys.tsv)
_FEED_KEYS: dict[str, str] = {k: role for role, k in _tsv("clean_feed_keys.tsv")}
_FEED_LIST_RE = re.compile(r'"(?:' + _alt(k for k, r in _FEED_KEYS.items() if r == "list") + r')"\s*:\s*\[\s*(?=\{)')
_FEED_FIELD_RE = re.compile(r'"(?P<k>[\w:]{1,30})"\s*:\s*"(?P<v>(?:[^"\\\n]|\\.){0,200000})"')


@dataclass
class _FeedItem:
    fields: dict            # role -> (value, (start, end)) of the first item's fields


def _json_object_end(text: str, a: int) -> int:
    """Where the JSON object opening at text[a] ("{") closes (its "}" + 1), strings skipped;
    len(text) when it does not (a dump cut off)."""
    depth, k, n = 0, a, len(text)
    while k < n:
        ch = text[k]
        if ch == '"':
            k += 1
            while k < n and text[k] != '"':
                k += 2 if text[k] == "\\" else 1
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    return n


def _feed_dump(text: str) -> Optional[_FeedItem]:
    """The first item of a feed dumped as JSON (see above), or None. Read on the input
    text (normalise reads its escaped quotes as quotes)."""
    if not _json_dump(text):
        return None
    m = _FEED_LIST_RE.search(text)
    a = m.end() if m is not None else len(text) - len(text.lstrip())
    if m is None and text[a:a + 1] == "[":  # (a bare list of items: '[{"title": ...')
        a += 1
        a += len(text[a:a + 200]) - len(text[a:a + 200].lstrip())
    if text[a:a + 1] != "{":
        return None
    end = _json_object_end(text, a)
    fields: dict = {}
    for f in _FEED_FIELD_RE.finditer(text, a, end):
        role = _FEED_KEYS.get(f.group("k"))
        if role is None or role == "list" or not f.group("v").strip():
            continue
        # (the first of a field's keys; of the story's, the longest: a "description" may
        # hold the teaser of the "content" after it)
        if role not in fields or role == "body" and len(f.group("v")) > len(fields[role][0]):
            fields[role] = (f.group("v"), f.span("v"))
    return _FeedItem(fields) if "title" in fields and "body" in fields else None


def _json_string(v: str) -> str:
    import json
    try:
        return json.loads('"' + v + '"')
    except ValueError:
        return v


# --------------------------------------------------------------------------- clean

def clean(text: str) -> Cleaned:
    norm = normalise(text)
    spans = _split_run_on_page(norm, _split_glued_captions(norm, paragraph_spans(norm)))
    paras = [Paragraph(s, e, "") for s, e in spans]
    lines = [_strip_marks(_unmark_markdown(_collapse(norm[s:e]))) for s, e in spans]
    chat = _chat_lines(lines)
    res = Cleaned(text=text, norm=norm, paragraphs=paras)

    writers: list[str] = []
    codes: list[str] = []
    masthead: Optional[str] = None
    copyright_outlet: Optional[str] = None
    published_late: Optional[tuple[str, tuple[int, int]]] = None
    updated_head: Optional[tuple[str, tuple[int, int]]] = None  # an 'updated' stamp over the story
    byline_outlet: Optional[str] = None
    source_outlet: Optional[str] = None   # "Sumber: medanreport.co.id" over a copied story
    comments_until = 0        # readers' comments set before the story run to this paragraph

    phase = "header"          # header -> prebody (after the title) -> body
    related = False           # inside a "Berita Terkait" style block
    related_dated = False     # a headline of that block had its time
    comments = False          # inside the readers' comments (to the end of the page)
    prev_image = False
    late_ok = True            # a dateline may still follow short unpunctuated lines
    n_body = 0
    letter = False            # inside an official letter's fields and address block
    release = False           # a press release's label was seen over the story
    handle_page = False       # an app's post headed by its account's handle

    # (the page's address over it is no line of the page: the site's name may follow it)
    url_top = 1 if len(lines) > 1 and len(lines[0]) <= 300 and _PAGE_URL_RE.fullmatch(lines[0]) else 0

    embeds = _embedded_posts(lines)   # {first line: lines} of the social posts a story embeds
    embed_lines: set[int] = set()
    feed = _feed_dump(text)  # (None at once for a text that opens with no JSON: _json_dump)

    def set_kind(p, kind, reason=""):
        p.kind, p.reason = kind, reason

    def note_copyright(s, p):
        """A copyright line's outlet, and the page's date beside it in the foot: "© 2025
        Kabar X · Diterbitkan 22 Februari 2025 · Redaksi" (when the head gives none)."""
        nonlocal copyright_outlet, published_late
        copyright_outlet = copyright_outlet or _copyright_outlet(s)
        fd = _labelled_field_date(s) if published_late is None else None
        if fd is not None:
            published_late = (fd, (p.start, p.end))

    for i, p in enumerate(paras):
        s = lines[i]
        low = s.lower()
        was_image, prev_image = prev_image, False

        if feed is not None and not (feed.fields["body"][1][0] <= p.start < feed.fields["body"][1][1]):
            # a feed's JSON around its first item's story: the envelope, the item's other
            # fields, the items after it
            set_kind(p, "boilerplate", "feed")
            continue
        if i in embeds and phase == "body" and any(q.kind == "body" for q in paras[:i]):
            embed_lines.update(embeds[i])
        if i in embed_lines:
            # a social-media post embedded in the story (_embedded_posts)
            set_kind(p, "boilerplate", "embedded post")
            continue

        if i in chat and phase == "body" and len(_words(s)) <= 8:
            # a short chat message after a forwarded release: "[14/5 16.51] Andi: Siap bang,
            # terima kasih", "[14/5 16.44] Humas X: <Media tidak disertakan>"
            set_kind(p, "boilerplate", "chat")
            continue

        # --- the readers' comments under a story or a video: the rest of the page
        if comments or i < comments_until:
            if comments and _boiler_reason(s) == "copyright":
                # the page's foot under the readers' comments: "© 2024 praya24.com"
                set_kind(p, "boilerplate", "copyright")
                note_copyright(s, p)
                continue
            set_kind(p, "boilerplate", "comments")
            continue
        if len(s) <= 60 and i + 1 < len(lines) and (_COMMENTS_HEAD_RE.fullmatch(s)
                                                    or phase == "body" and _boiler_reason(s) == "social post"):
            if phase == "body" and _reaction_ahead(lines, i + 1, i + 9):
                # a social post's counters over its comments, each with its reply buttons:
                # "37 komentar" ... "Syamsul H" / "Mantap ..." / "2 mg  Suka  Balas"
                comments = True
                set_kind(p, "boilerplate", "comments")
                continue
            if phase != "body":
                # comments set before the story (a portal's sidebar): "Komentar (3)" /
                # "Rizal" / "Alhamdulillah ..." / "Balas · Suka · 3 jam", up to the post's
                # date line or byline
                j = _comments_end(norm, paras, lines, i)
                if j is not None:
                    comments_until, related = j, False
                    set_kind(p, "boilerplate", "comments")
                    continue
        if phase == "body" and len(s) <= 60 and _COMMENTS_HEAD_RE.fullmatch(s) and i + 1 < len(lines) \
                and _COMMENTER_RE.match(lines[i + 1]):
            # "18 Komentar  Urutkan menurut" over "@wawan 1 minggu yang lalu" (a commenter's
            # handle or name and the time of the comment)
            comments = True
            set_kind(p, "boilerplate", "comments")
            continue

        # --- a labelled field heading a broadcast script or a video page: "Program : Kabar
        # Siang", "Durasi : 02:45"; "JUDUL : PEMKOT X GANDENG KEJARI" labels the headline
        if phase != "body" and len(s) <= 250:
            mf = _FIELD_RE.match(s)
            if mf:
                kind = FIELD_LABELS[_collapse(mf.group("label")).lower()]
                raw = norm[p.start:p.end]
                mv = _FIELD_RE.match(raw)
                if kind == "title" and mv and mv.end() < len(raw):
                    for q in paras[:i]:
                        if q.kind == "title":
                            q.kind, q.reason = "boilerplate", "section"
                    set_kind(p, "title")
                    res.title = _strip_marks(_collapse(raw[mv.end():]))
                    res.title_span = (p.start + mv.end(), p.end)
                    phase = "prebody"
                else:
                    set_kind(p, "boilerplate", "field")
                    fd = _field_row_date(s) if "|" in s and res.published is None else None
                    if fd is not None:
                        # a CMS row led by a field, the post's date after a bar ("Kategori:
                        # Kegiatan Dewan | Jumat, 23 Mei 2025 | Humas Setwan")
                        set_kind(p, "meta", "publication date")
                        res.published, res.published_span = fd, (p.start, p.end)
                continue

        # --- inside a related / read-also block: headline-like lines and timestamps
        if related:
            rdl = parse_date_line(s)
            if res.published is None and published_late is None and rdl is not None and not rdl[1] \
                    and (_PUB_LABEL_RE.match(s) or not related_dated and _page_foot(paras, lines, i)):
                # the page's own date in its foot, under a read-also list: "Baca juga:" /
                # "- Headline" / "Diterbitkan: Jumat, 3 Januari 2025, 08:00 WITA" (a related
                # headline's time has no label); unlabelled, as the page's last line when
                # no headline of the list had a time ("» Headline" / "» Headline" /
                # "Sabtu, 14 Juni 2025 08:20 WIB")
                set_kind(p, "meta", "publication date")
                published_late = (rdl[0], (p.start, p.end))
                continue
            dated = bool(rdl or _AGO_RE.fullmatch(s) or _RELATED_TIME_RE.search(s))
            related_dated = related_dated or dated
            if _related_teaser(paras, lines, i):
                set_kind(p, "boilerplate", "related list")
                continue
            if (dated
                    or (len(_words(s)) <= 25 and not s.endswith(".") and len(s) <= 250
                        and not _SAID_END_RE.search(s) and _find_dateline(norm, p.start, p.end) is None
                        # (a photo caption closes the block: "... (IDN Times/Nama Fotografer)")
                        and not _PAREN_SLASH_CREDIT_END_RE.search(s[-100:]))):
                if _heading_kind(s) is None and _boiler_reason(s) == "copyright":
                    set_kind(p, "boilerplate", "copyright")
                    note_copyright(s, p)
                else:
                    set_kind(p, "boilerplate", "related list")
                continue
            related = False

        # --- line rules
        hk = _heading_kind(s) if len(s) <= 60 else None
        if hk == "related" and phase == "header" and res.title is None and _menu_run(lines, i):
            # a menu's item over the headline ("Beranda" / "Terkini" / "Sumbar" / "Padang"
            # ...): the words under it are the menu's, no related headlines
            set_kind(p, "boilerplate", "menu")
            continue
        if hk == "related":
            set_kind(p, "boilerplate", "related list")
            related, related_dated = True, False
            continue
        # (a date behind a calendar icon is an announced event's, "🗓 Selasa, 25 November
        # 2025" over "⏰ 09.00 WIB" and "📍 Aula ...": no publication date)
        dl = parse_date_line(s) if not _agenda_date(norm, paras, i) else None
        if dl is None and len(s) <= 120 and ("  " in norm[p.start:p.end] or "\t" in text[p.start:p.end].strip()):
            # a CMS row whose fields are set apart by runs of spaces only: the poster, the
            # date and the comment count ("admin   November 7, 2025   0 Komentar"); or by
            # a tab ("Diposting: Rabu, 5 November 2025<tab>Kategori: Berita")
            gaps = text[p.start:p.end].strip() if "\t" in text[p.start:p.end].strip() else norm[p.start:p.end]
            dl = parse_date_line(_FIELD_GAP_RE.sub(" | ", gaps))
        city_line = _CITY_DATE_LINE.fullmatch(s) if not dl or "●" in s else None
        if city_line and _city_ok(city_line.group("city")) and not city_line.group("city").isupper():
            # a press release's "Denpasar, 26 Juli 2024", a "Balikpapan ● Tue, September 16,
            # 2025" line: where and when it was issued
            dl = parse_date_line(city_line.group("date")) or dl
            # (or where a speech or a letter page gives it after its first line or two:
            # "Rantau, Kamis, 20 November 2025" under "Disampaikan oleh: Bupati Tapin, ...";
            # or under a letter's fields, however long its letterhead: "Perihal : ...")
            if dl and not dl[1] and res.dateline is None \
                    and (phase != "body" or n_body <= 2 or i > 0 and _LETTER_FIELD_RE.fullmatch(lines[i - 1])):
                res.dateline = city_line.group("city")
                mo = _DOMAIN_HEAD_RE.match(city_line.group("date"))
                if mo and _is_domain(mo.group("o")) and res.outlet is None:
                    # the site's domain between the place and the date, as a dateline gives
                    # it: "Watampone, bone.go.id — Rabu 29 Oktober 2025"
                    res.outlet, res.outlet_in_dateline = _fmt_outlet(mo.group("o")), True
        bd = None
        if dl is None and ("|" in s or " - " in s or " – " in s or " — " in s) and len(s) <= 200:
            bd = _byline_date(s)
            if bd is not None:
                # "Oleh: Admin | Kamis, 12 Juni 2025 | 15:22 WIB | Dibaca 123 kali"
                by, dl = bd
                writers.extend(_writers_of(by))
        if bd is None and ("|" in s or "·" in s or "•" in s) and len(s) <= 200:
            row = _date_row(s)
            if row is not None and (dl is None or dl == row[1]):
                # the date first, the byline in a later field: "Rabu, 12 Maret 2025 | 15:20
                # WIB · Penulis: A & Editor: B", "Radar X · 18 Februari 2025 · Penulis: A · 4
                # menit baca"
                by, dl = row
                writers.extend(_writers_of(by))
        if bd is None and dl is None and phase != "body" and (" - " in s or " – " in s or " — " in s) and len(s) <= 200:
            row = _date_row(s, _ROW_DASH_SEP_RE)
            if row is not None:
                # the date, then the byline after a spaced dash: "Rabu, 9 Juli 2025 — Penulis:
                # Nama" (over the story only: a dash parts a sentence too)
                by, dl = row
                writers.extend(_writers_of(by))
        if dl:
            iso, upd = dl
            set_kind(p, "meta", "updated date" if upd else "publication date")
            rd = _DATED_BY_NEWSROOM_RE.search(s) if byline_outlet is None and phase != "body" else None
            if rd and _outlet_marked(rd.group("o")) and not _institution_name(rd.group("o")):
                # the newsroom posts it: "Diterbitkan Minggu, 26 Oktober 2025 oleh Redaksi
                # Contoh Digest" (the outlet when the page has no masthead)
                byline_outlet = rd.group("o")
            # (or under the headline, however long the menu over it: "BesukiRaya.id | Selasa,
            # 4 Maret 2025")
            mo = _DOMAIN_HEAD_RE.match(s) if masthead is None and (phase != "body" and i <= 4 or phase == "prebody") else None
            if mo and _is_domain(mo.group("o")):
                masthead = mo.group("o")  # the site's name before the date: "Kalbarsatu.id | Rabu, 13 Agustus 2025"
            elif (i == 0 or phase != "body" and i <= 4) and masthead is None \
                    and ("|" in s or "·" in s or "•" in s or i == 0 and _ROW_DASH_SEP_RE.search(s)):
                # the page's top bar: the site's name, then today's date ("KALBAR ONLINE  |
                # Kamis, 24 Juli 2025", or after a dash on the first line: "Kabar X — Rabu, 16
                # April 2025"); or the line under the headline ("Lombok Post Online | Selasa,
                # 22 Oktober 2024 - 18:20 WITA", "Radar X · 18 Februari 2025"; a programme's
                # "SUARA X PAGI – Edisi Kamis, ..." under the station's name is none)
                top = (_ROW_DASH_SEP_RE if i == 0 else _ROW_SEP_RE).split(s, 1)[0].strip()
                if 1 <= len(_words(top)) <= 4 and not _DIGIT_RE.search(top) and _masthead_line(top) \
                        and (i == 0 or _outlet_marked(top)):
                    masthead = top
            if phase == "prebody" and res.dateline_span is None and "|" in s:
                _place_over_date(res, norm, p, _ROW_SEP_RE.split(s, 1)[0].strip())
            letter = False  # (a letter's date closes its fields: the headline may follow)
            if upd and phase != "body" and updated_head is None:
                updated_head = (iso, (p.start, p.end))
            if not upd:
                if phase != "body" and (res.published is None or _top_date_widget(res, norm, p.start)):
                    # (a bare date over the headline, then the story's own dated line under
                    # it: the first was the site's date of today, "Selasa, 30 September 2025")
                    res.published, res.published_span = iso, (p.start, p.end)
                elif published_late is None:
                    published_late = (iso, (p.start, p.end))
            continue
        if phase != "body" and len(s) <= 100 and _AGE_LINE_RE.fullmatch(s):
            set_kind(p, "meta", "publication age")  # "Diterbitkan 2 hari yang lalu"
            continue
        if phase != "body" and len(s) <= 60 and _POST_TIME_RE.fullmatch(s):
            set_kind(p, "meta", "post time")  # "20 Februari pukul 14.35 ·" (no year: no date)
            continue
        if phase != "body" and len(s) <= 120 and _release_label(s):
            # a press release's label over it, alone or with the issuer's name: "SIARAN PERS",
            # "SIARAN PERS OMBUDSMAN REPUBLIK INDONESIA" (no headline; its number follows)
            set_kind(p, "boilerplate", "release label")
            release = True
            continue
        if phase == "header" and release and res.title is None and len(s) <= 120 and _issuer_under_label(norm, paras, i) \
                and _office_name(s):
            # the issuing office's name on the label's next line, no headline: "SIARAN PERS" /
            # "Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah Kota X" / "Nomor: ..."
            set_kind(p, "boilerplate", "release label")
            continue
        if phase != "body" and _letter_rule(s, lines, i, letter):
            kind = "letterhead" if not letter and not _LETTER_FIELD_RE.fullmatch(s) else "letter"
            set_kind(p, "boilerplate", kind)
            # (a release's number opens no address block: its headline follows)
            letter = kind == "letter" and not s.endswith(":") and not release
            continue
        letter = False
        by = _parse_byline(s)
        if phase == "header" and res.title is None and _author_box(norm, paras, lines, i):
            # a blog's author box over the post: the writer's name, a line about them, then
            # the post's date ("Nama Penulis" / "Pensiunan guru, menulis apa saja." / "17
            # Agustus 2025 09:12"): no story yet
            set_kind(p, "boilerplate", "author bio")
            set_kind(paras[i - 1], "meta", "byline")
            writers.append(lines[i - 1])
            continue
        site_by = _site_then_byline(s) if by is None and phase != "body" and "|" in s else None
        if site_by is not None:
            # the site's name, then the byline after a bar: "Kabar Contoh | Penulis: Nama"
            # (the outlet when the page has no masthead)
            byline_outlet, by = byline_outlet or site_by[0], site_by[1]
        writer_site = _writer_dash_site(lines, i) if by is None and phase != "body" and len(s) <= 100 else None
        if writer_site is not None:
            # the writer, then the site after a dash, by the date: "Nama Penulis - detikJatim"
            # (no dateline's place; the outlet when the page has no masthead)
            byline_outlet, by = byline_outlet or writer_site[1], [("writer", writer_site[0])]
        if by:
            set_kind(p, "meta", "byline")
            ml = _LAPORAN_RE.fullmatch(s) if byline_outlet is None and s.startswith("Laporan") else None
            if ml is not None and (_outlet_marked(ml.group("place")) or _glued_newsroom(ml.group("place"))
                                   or _known_outlet(ml.group("place"), _header_names(paras, lines, i))) \
                    and not _institution_name(ml.group("place")):
                # a reporter's line names the newsroom where a place would stand: "Laporan
                # Wartawan Murianews, Anggit P" (not "Laporan Kontributor Ambon, ..."); or
                # repeats the masthead over the headline: "Laporan Reporter Serambi X, Nama"
                # under "SERAMBI X"
                byline_outlet = _collapse(ml.group("place"))
            for role, val in by:
                if role == "writer":
                    name, site = _writer_and_site(val)
                    if site is not None:
                        # the newsroom after the writer's name and a bar: "Laporan: Nama |
                        # Kabar Contoh Terkini" (the outlet when the page has no masthead)
                        val = name
                        byline_outlet = byline_outlet or site
                    writers.extend(_split_names(val))
                src = _source_site(s, val) if phase != "body" and source_outlet is None else None
                if src:
                    # an aggregator's or a syndicated copy names the site it took the story
                    # from over it: "Sumber: medanreport.co.id" (the outlet when the page
                    # names no masthead of its own)
                    source_outlet = src
                rd = _NEWSROOM_RE.fullmatch(val) if byline_outlet is None else None
                if rd and (_outlet_marked(rd.group("o")) or _newsroom_name(rd.group("o"))) \
                        and not _institution_name(rd.group("o")):
                    # the newsroom signs the story: "Oleh Tim Redaksi Hulondalo Today"
                    byline_outlet = rd.group("o")
            continue
        if len(s) <= 300 and _IMAGE_RE.fullmatch(s):
            set_kind(p, "boilerplate", "image file name")
            # (a Markdown page's picture, "![foto](https://.../a.jpg)", sets its caption in
            # italics under it: a plain paragraph after it is the story)
            prev_image = not norm.startswith("![", p.start) or i + 1 < len(paras) \
                and norm[paras[i + 1].start:paras[i + 1].start + 1] in ("*", "_")
            continue
        if phase == "header" and res.title is None and _gallery_headline(s, lines, i):
            # a photo page's headline over its date: "FOTO: Ombudsman X Audiensi dengan
            # Bupati Y" (the credit shape, "Foto: Humas Pemkot", is a few words)
            set_kind(p, "title")
            res.title, res.title_span = s, (p.start, p.end)
            phase = "prebody"
            continue
        if len(s) <= 140 and _CREDIT_LINE_RE.fullmatch(s):
            set_kind(p, "boilerplate", "photo credit")
            continue
        if len(s) <= 80 and _SLASH_CREDIT_RE.fullmatch(s):
            set_kind(p, "boilerplate", "photo credit")  # "TRIBUNJATENG/ALMAS NURFADHILA"
            prev_image = True  # (the caption comes next)
            continue
        if len(s) <= 160 and "@" in s and _ADDRESSES_RE.fullmatch(s):
            # a letterhead's or a page footer's web and mail addresses only: "www.ombudsman.go.id
            # | humas@ombudsman.go.id"
            set_kind(p, "boilerplate", "contact")
            continue
        br = _boiler_reason(s) or ("cookie banner" if phase != "body" and _CONSENT_RE.match(s) else None)
        if br:
            set_kind(p, "boilerplate", br)
            if br == "copyright":
                note_copyright(s, p)
            continue
        if phase != "body" and res.dateline_span is None and len(s) <= 60 and ("|" in s or "–" in s or "—" in s or " - " in s):
            wl = _whole_dateline(s, _header_names(paras, lines, i))
            if wl is not None:
                # the place and the site's domain on a line of their own, over or under the
                # headline: "MEDAN | mistar-bisnis.com", "SINJAI — sulselkini.id" (the headline
                # may still follow)
                _apply_whole_dateline(res, p, wl)
                if phase == "prebody":
                    phase = "body"
                continue
        if i == 0 and masthead is None and phase == "header" and _account_handle(lines):
            # a post copied from a photo-sharing app: the account's handle heads it and opens
            # its caption ("kantor.contoh" ... "kantor.contoh 📢 SEGERA! ..."); the account is
            # the outlet, its display name under the handle no headline
            masthead, handle_page = s, True
            set_kind(p, "boilerplate", "section")
            continue
        if i == 1 and handle_page and len(_words(s)) <= 6 and not _sentence_like(s):
            set_kind(p, "boilerplate", "section")
            continue
        if i == 0 and masthead is None and phase == "header":
            # a newsletter's or a PDF's top line: its name, then after a wide gap its edition
            # ("WARTA CONTOH            Edisi 09 / September 2025")
            masthead = _gapped_masthead(norm[p.start:p.end])
        if (len(s) <= 120 and _BREADCRUMB_RE.fullmatch(s) or len(s) <= 200 and _CRUMB_START_RE.match(s)) \
                and phase != "body":
            set_kind(p, "boilerplate", "section")
            first = _BREADCRUMB_SEP_RE.split(s)[0].strip()
            # (a section's label is none: "Kabar Terkini ▸ Daerah"; a name an outlet's word
            # closes is: "PALU EKSPRES | m.paluekspres.com")
            if masthead is None and (_is_domain(first) or i == 0 and 2 <= len(_words(first)) <= 3 and _masthead_line(first)
                                     or i == 0 and _SITE_WORD_RE.fullmatch(first) and _spelled_by_domain(first, norm)):
                # the trail opens with the site: "manadoterkini.co.id › Daerah", or the page's
                # first line is the site's name and its section: "BANUA NEWS | Banjarmasin";
                # one word, when a domain on the page spells it ("Okezone > News" ... "Okezone.com")
                masthead = _collapse(first)
            parts = _BREADCRUMB_SEP_RE.split(s)
            if masthead is None and i == 0 and len(parts) == 2 and _is_domain(parts[-1]) \
                    and len(_words(parts[0])) <= 3:
                # the page's first line gives its rubric, then the site's domain: "Kabar
                # Kampus | bengkuluekspres.id" (the domain names the outlet)
                masthead = parts[-1].strip()
            continue
        if len(s) <= 200 and phase != "body" and _MENU_RE.fullmatch(_menu_text(norm[p.start:p.end])):
            set_kind(p, "boilerplate", "menu")  # "Beranda  Berita  Galeri  Transparansi Anggaran  PPID"
            first = re.split(r" {2,}|\t", _menu_text(norm[p.start:p.end]))[0]
            if i == 0 and masthead is None and _outlet_marked(first):
                masthead = first  # the site's name opens its menu: "Okezone  News  Nusantara"
            continue
        if len(s) > 20 and (_CAPTION_END_RE.search(s) or _caption_mark(s[-120:])) \
                and _find_dateline(norm, p.start, p.end) is None \
                and not (phase != "body" and _GALLERY_TITLE_RE.fullmatch(s)):
            set_kind(p, "caption", "photo caption")
            continue
        if phase != "body" and len(s) > 40 and len(_words(s)) <= CAPTION_MAX_WORDS and "/" in s[-80:] \
                and _SLASH_CREDIT_END_RE.search(s[-80:]):
            # a caption whose keyword in capitals and dash look like a dateline ("TEKEN PKS -
            # ..."); a real dateline names the outlet ("TRIBUN-TIMUR.COM, MAKASSAR -")
            dl0 = _find_dateline(norm, p.start, p.end)
            if dl0 is None or dl0[1] is None:
                set_kind(p, "caption", "photo caption")
                continue
        if phase == "body":
            if res.dateline_span is None and late_ok and len(s) > 20 and _late_dateline_ok(paras, lines, i):
                dline = _find_dateline(norm, p.start, p.end)
                if dline is not None:
                    # the short unpunctuated "body" lines before it were a caption / teaser
                    for q, qs in zip(paras[:i], lines[:i]):
                        if q.kind == "body":
                            q.kind, q.reason = ("caption", "photo caption") if len(_words(qs)) >= 6 \
                                else ("boilerplate", "section")
                    _apply_dateline(res, norm, p, dline)
                    set_kind(p, "body")
                    continue
            m = _CODE_LINE_RE.fullmatch(s)
            if m:
                code = m.group("c1") or m.group("c2")
                if code.lower() not in _NOT_CODES:
                    set_kind(p, "meta", "author code")
                    codes.append(code)
                    continue
            if res.title is None and n_body == 0 and i > 0 and res.dateline_span is not None and paras[i - 1].kind == "body" \
                    and paras[i - 1].start <= res.dateline_span[0] < paras[i - 1].end and _title_cased_headline(s):
                # a page with no headline over its dateline lead sets it under the lead
                # ("RANTAU – Pemerintah Kabupaten X ... ." / "Pemkab X Teken PKS dengan BPN, 312
                # Bidang Aset Ditarget Bersertifikat")
                set_kind(p, "title")
                res.title, res.title_span = s, (p.start, p.end)
                continue
            if was_image and _sentence_like(s) and not _REPORTED_RE.search(s) and not _STORY_WORDS_RE.search(s):
                # a caption under the picture; reported speech ("X mengatakan ...") or what
                # the agreement covers ("Ruang lingkup ... meliputi ...") is the story going on
                # after a bare file name ("IMG_20240613_101522.jpg")
                set_kind(p, "caption", "photo caption")
                continue
            set_kind(p, "body")
            n_body += 1
            if late_ok and (n_body > 2 or _sentence_like(s) or len(_words(s)) > 30):
                late_ok = False
            continue

        # --- header / prebody: find the title and the start of the body
        if handle_page and phase == "header" and not any(ch.isalnum() for ch in s):
            set_kind(p, "boilerplate", "section")  # a row of emoji over the caption: "🌸🌸🌸"
            continue
        if handle_page and phase == "header" and res.title is None and _post_headline(s, lines[0]):
            # a headline in capitals on its own line opens the caption
            set_kind(p, "title")
            res.title, res.title_span = _strip_marks(s), (p.start, p.end)
            phase = "body"
            continue
        if handle_page and phase == "header":
            # (an app's post has no headline: its caption starts the story)
            phase = "body"
            set_kind(p, "body")
            n_body += 1
            continue
        lone = _lone_dateline(lines, i) if phase == "prebody" and res.dateline_span is None and len(s) <= 40 else None
        if lone is not None:
            # the dateline's place and dash on a line of their own over the story's first
            # sentence: "Jakarta -"
            res.dateline, res.dateline_span = _title_case_caps(lone), (p.start, p.end)
            set_kind(p, "meta", "dateline")
            phase = "body"
            continue
        tagline_of = _first_line_tagline(s, norm) if i == 0 and phase == "header" and masthead is None else None
        if tagline_of:
            # the site's name and its tagline open the page ("BERITAKU — Semua berita dari
            # ratusan sumber"), no dateline: the name is no place and recurs on the page
            set_kind(p, "boilerplate", "section")
            masthead = tagline_of
            continue
        known = _header_names(paras, lines, i)
        dline = _find_dateline(norm, p.start, p.end, known)
        if dline is not None and phase == "header" and res.title is None and _acronym_compound_head(s):
            # a headline opened by two acronyms joined by a dash, "KUA-PPAS 2026 Diteken,
            # Bupati dan DPRD Sepakati ...": one word, no dateline's city and dash
            dline = None
        if dline is None and len(s) <= 60 and "," in s:
            wl = _whole_dateline(s, known)
            if wl is not None:
                # the dateline on a line of its own over the story: "TVRINews, Medan"
                _apply_whole_dateline(res, p, wl)
                # (or over the headline, its date line or byline under it: "Sumedang,
                # sumedangekspres.com" / "Atas Nama Bupati, Sekda Teken PKS ..." / "Rabu, ...")
                if not (phase == "header" and res.title is None and i + 2 < len(lines)
                        and _headline_like(lines[i + 1]) and not _sentence_like(lines[i + 1])
                        and _dated_below(lines, i + 1)):
                    phase = "body"
                continue
        if dline is not None and (dline[1] is None and was_image or _PAREN_SLASH_CREDIT_END_RE.search(s[-100:])) \
                and _caption_before_dateline(norm, paras, lines, i) \
                or dline is not None and dline[1] is None and len(_words(s)) >= 8 \
                and _caption_before_dateline(norm, paras, lines, i, named=True):
            # a caption under a photo credit that opens with a keyword in capitals and a
            # dash ("TANDA TANGAN - Sekda X dan Y menunjukkan ..."), the real dateline soon after;
            # or one closed by the outlet's and the photographer's names ("SMART CITY - Wali
            # Kota X dan Y ... (Tribunmanado.co.id/Yosua T)", "SOLOPOS.COM - ... (Solopos/Galih A)")
            # or one whose label names no outlet, the page's dateline naming its own a line or
            # two below ("TEKEN - Wali Kota X dan Y ..." over "AMBON, TRIBUNAMBON.COM - "; a
            # caption describes the picture: a writer's "Nama Penulis - Bisnis.com" is none)
            set_kind(p, "caption", "photo caption")
            continue
        if dline is not None and phase == "header" and not norm[dline[2]:p.end].strip():
            # a dateline on a line of its own over the headline: "JEMBER, radarjember.net –"
            _apply_dateline(res, norm, p, dline)
            set_kind(p, "meta", "dateline")
            continue
        if dline is not None and i == 0 and phase == "header" and dline[1] is None \
                and _short_tagline(norm[dline[2]:p.end]):
            # the page's first line names a place's site and its kind, no dateline: "Kota
            # Contoh – Portal Resmi" (a dateline leads a sentence)
            set_kind(p, "boilerplate", "section")
            continue
        if dline is not None and 0 < i <= 3 and phase == "header" and res.title is None and dline[1] is None \
                and _short_tagline(norm[dline[2]:p.end]) and i + 1 < len(lines) \
                and _headline_like(lines[i + 1]) and not _sentence_like(lines[i + 1]):
            # a place and the rubric over the headline, a breadcrumb: "Natuna - Pemerintahan"
            # (a dateline leads the story's sentence)
            set_kind(p, "boilerplate", "section")
            continue
        if dline is not None:
            phase = "body"
            _apply_dateline(res, norm, p, dline)
            set_kind(p, "body")
            continue
        if phase == "header" and res.title is None and i <= 3:
            mt = _MASTHEAD_TAGLINE_RE.fullmatch(s)
            if mt and _outlet_marked(mt.group("o")) and len(_words(mt.group("t"))) <= 8:
                set_kind(p, "boilerplate", "section")  # "kabarsofifi.com — Berita Maluku Utara Terkini"
                masthead = masthead or mt.group("o")
                continue
        if phase == "header" and _thread_opener(s):
            phase = "body"  # a thread's first post is no headline: "... Simak utasnya 👇 (1/6)"
            set_kind(p, "body")
            continue
        if phase == "header":
            if _headline_like(s) and (not _sentence_like(s) or _exclaimed_headline(s, lines, i)) \
                    and not _place_line(s):
                set_kind(p, "title")
                res.title, res.title_span = _strip_crumbs(s), (p.start, p.end)
                phase = "prebody"
                continue
            if _sentence_like(s) or len(_words(s)) > 40:
                if was_image or _caption_before_dateline(norm, paras, lines, i):
                    set_kind(p, "caption", "photo caption")
                    continue
                phase = "body"
                set_kind(p, "body")
                continue
            # short header line: section word, masthead, city line
            set_kind(p, "boilerplate", "section")
            if masthead is None and len(_words(s)) <= 5 and (_masthead_line(s) if i == url_top else _is_domain(s)) \
                    or masthead is None and i == url_top and _name_over_crumbs(s, lines, i):
                masthead = s
            continue
        # prebody
        if res.title and _dupkey(s) == _dupkey(res.title):
            set_kind(p, "duplicate", "repeated headline")
            continue
        if _headline_goes_on(norm, paras, lines, i, res.title_span):
            # a headline set on two lines (a PDF's or a release's: "Ombudsman RI dan Pemerintah
            # Provinsi Maluku Tandatangani" / "Nota Kesepakatan Pengawasan Pelayanan Publik")
            set_kind(p, "title")
            res.title = _collapse(res.title + " " + s)
            res.title_span = (res.title_span[0], p.end)
            continue
        if _place_line(s):
            set_kind(p, "boilerplate", "section")  # the site's address under its name
            continue
        # (the office's name may be the masthead's third line, under the site's name and its
        # tagline: "JDIH KABUPATEN X" / "Jaringan Dokumentasi ..." / "Bagian Hukum Setda X")
        inst_title = bool(res.title and _office_name(res.title)
                          and (res.title_span[0] <= paras[1].start
                               or len(paras) > 2 and res.title_span[0] <= paras[2].start
                               and paras[0].kind == paras[1].kind == "boilerplate")
                          and ("," not in res.title or _under_office_caps(lines, paras, res.title_span)))
        # (no caption replaces the headline: a line under an image file name, or a sentence
        # closed by its credit, "Bupati X dan Manajer Y menandatangani MoU. (KabarX/Ade)")
        pictured = was_image or bool(_CREDITED_SENTENCE_RE.search(s[-100:]) or _PAREN_SLASH_CREDIT_END_RE.search(s[-100:]))
        if res.title and _GALLERY_TITLE_RE.fullmatch(s):
            # the label of a clip or a gallery set in the story under its headline ("▶ VIDEO:
            # Penandatanganan nota kesepakatan di ..."): no headline, the headline stays
            set_kind(p, "caption", "media label")
            continue
        if not pictured and res.title and (len(_words(res.title)) <= 5 or not _LOWER_RE.search(res.title) or inst_title) \
                and _headline_like(s) and not _goes_on_heading(s) and (not _sentence_like(s) or _exclaimed_headline(s, lines, i)) \
                and (_LOWER_RE.search(s) or inst_title and len(_words(s)) >= 6 and not _office_name(s)) \
                and len(_words(s)) > len(_words(res.title)) and len(_words(s)) <= 30 \
                or not pictured and res.title and _tagline_then_headline(paras, lines, i) \
                or not pictured and res.title and _caps_headline_under_label(norm, paras, lines, i, res.title):
            # (a government site's second masthead line, "Bagian Protokol dan Komunikasi
            # Pimpinan Setda X", gives way to a speech's heading in capitals too)
            # the first "title" was a section heading or a menu in capitals; this is the headline
            for q in paras[:i]:
                if q.kind == "title":
                    q.kind, q.reason = "boilerplate", "section"
                    if q is paras[0] and masthead is None and len(_words(lines[0])) <= 5 and _masthead_line(lines[0]):
                        masthead = lines[0]  # the site's name over the headline: "Bumi Serambi Mekkah Pos"
            set_kind(p, "title")
            res.title, res.title_span = s, (p.start, p.end)
            continue
        if len(_words(s)) < 4 and not s.endswith((".", "!", "?")) or (
                res.title and not _LOWER_RE.search(res.title) and len(_words(s)) <= 6 and not _sentence_like(s)):
            # (after a masthead in capitals, "Dinas Komunikasi dan Informatika" is its second line)
            set_kind(p, "boilerplate", "section")
            if masthead is None and (_is_domain(s) or _site_name_under_headline(s)
                                     or i + 1 < len(lines) and _masthead_line(s) and parse_date_line(lines[i + 1])):
                # the site's name under the headline: "KuansingPos.com", "BanjarNews"; or right
                # over the date line: "Kabar Bisnis Sulawesi" / "24 April 2025, 19:32 WITA"
                masthead = s
            elif masthead is None:
                masthead = _domain_over_rubric(s)  # "kabarcontoh.id — Daerah"
            continue
        if was_image or _caption_before_dateline(norm, paras, lines, i):
            set_kind(p, "caption", "photo caption")
            continue
        phase = "body"
        set_kind(p, "body")

    _mark_repeated_head(norm, paras, lines)
    if _mark_listing(paras, lines):
        # a tag or index page: no headline, and no date but a stamp of its own over the list
        # ("Topik: Nota Kesepakatan" / "Diperbarui Kamis, 17 Juli 2025"; the items' dates are
        # theirs)
        listed = [(q.start, q.end) for q in paras if q.reason == "listing"]

        def _listed(stamp):
            return stamp is not None and any(a <= stamp[0] < b for a, b in listed)

        res.title = res.title_span = None
        if res.published_span is None or _listed(res.published_span):
            res.published = res.published_span = None
        if published_late is not None and _listed(published_late[1]):
            published_late = None
        if updated_head is not None and _listed(updated_head[1]):
            updated_head = None
    footer_outlet = _footer_masthead(paras, lines)
    # a caption is a sentence or two: a long "caption" is the story itself, run into one
    # paragraph by a scraper that lost the line breaks
    for p, s in zip(paras, lines):
        if p.kind == "caption" and len(_words(s)) > CAPTION_MAX_WORDS:
            p.kind, p.reason = "body", ""
    res.norm = norm = _lift_interruptions(norm, paras)
    # --- trailing author code at the end of the last body paragraph
    body = [p for p in paras if p.kind == "body"]
    if body:
        last = body[-1]
        tail = norm[max(last.start, last.end - 80):last.end]
        m = _TRAIL_CODE_RE.search(tail) or _TRAIL_BARE_RE.search(tail)
        trimmed_end = last.end
        if m and m.group("code").lower() not in _NOT_CODES:
            codes.append(m.group("code"))
            trimmed_end = last.end - (len(tail) - m.start("code")) - (1 if tail[m.start("code") - 1:m.start("code")] == "(" else 0)
        _check_cut_off(res, norm, last.start, trimmed_end, had_code=bool(m))

    if feed is not None:
        _apply_feed_fields(res, feed, writers)
    if res.title is None:
        # no headline over the story: a syndicated story's foot names it ("Artikel ini telah
        # tayang di Tribun-Timur.com dengan judul Pemkab X Teken ...")
        res.title_span = _syndicated_title(norm, paras)
        if res.title_span is not None:
            res.title = _collapse(norm[res.title_span[0]:res.title_span[1]])
    res.authors = _dedup_list(writers) if writers else _dedup_list(codes)
    if res.published is None and published_late is not None:
        res.published, res.published_span = published_late
    if res.published is None and res.dateline_date is not None and updated_head is None:
        res.published, res.published_span = res.dateline_date
    if res.published is None and updated_head is not None:
        # the only date a page gives is its 'updated' stamp under the headline ("Diperbarui
        # 21 Mei 2026, 10:05 WIB"): the story went out that day or before; it dates it
        res.published, res.published_span = updated_head
    if res.published is None and url_top:
        # a date only in the page's address over it: "https://site.id/2025/03/10/judul/"
        # (the CMS filed the story under its day)
        ud = _url_date(norm, paras[0])
        if ud is not None:
            res.published, res.published_span = ud
    if res.outlet and res.outlet_in_dateline and masthead and (_code_of_domain(res.outlet, masthead)
                                                              or _glued_masthead(res.outlet, masthead)):
        # a dateline's short code abbreviates the site its masthead names: "PRINGSEWU (LK) –"
        # under "LAMPUNGKINI.CO.ID" (the site's name is the outlet)
        res.outlet = _fmt_outlet(masthead)
    if res.outlet is None and masthead and copyright_outlet and _spelled_domain(masthead, copyright_outlet):
        # the site's domain heads the page, its name in words signs the copyright in the foot
        # ("BELITONGEKSPRES.NET" ... "© 2025 Belitong Ekspres"): the outlet is the name
        masthead = copyright_outlet
    if res.outlet is None:
        res.outlet = _fmt_outlet(masthead) if masthead else (byline_outlet or source_outlet or footer_outlet
                                                             or copyright_outlet or _disclaimer_outlet(paras, lines))
        if not masthead and lines and lines[0].isupper() and _institution_name(lines[0]):
            # an institution's own site under its name in capitals ("POLITEKNIK PERTANIAN
            # NEGERI KUPANG"): its footer's "© 2025 Politani Kupang" names no news outlet
            res.outlet = None
    if res.outlet is None and len(lines) > url_top and _domain_named(lines[url_top], norm):
        res.outlet = lines[url_top]  # a masthead the page's domain spells: "Kabar Tegal" over "(kabartegal.id/Foto)"
    if res.outlet is None and not masthead and lines and _name_and_region(lines[0]) \
            and any(q.kind == "title" for q in paras[1:3]):
        # the page's first line, over the headline, names an outlet after its region: "RAKYAT
        # BENGKULU", "Lintas Aceh Raya"
        res.outlet = lines[0]
    if res.outlet and _institution_name(res.outlet) and not (res.outlet_in_dateline and len(_words(res.outlet)) <= 3) \
            and not _branded(_words(res.outlet)):
        res.outlet = None  # a government office's own site: no news outlet (its news portal's brand is one)
    if res.outlet and res.outlet_in_dateline and res.outlet.lower() in PRESS_DESKS:
        res.outlet = _desk_masthead(paras, lines) or res.outlet
    k = _handle_led_title(res.title, lines[0]) if res.title and res.title_span and lines else None
    if k is not None:
        # a post's caption as the headline, its account's handle before it: "pemkot_contoh 📢
        # SEMINAR ..." (the handle heads the page too)
        res.title = _strip_marks(res.title[k:])
        j = norm.find(res.title, res.title_span[0], res.title_span[1])
        if j >= 0:
            res.title_span = (j, j + len(res.title))
    mb = _DL_BRACKET.match(norm, res.title_span[0]) if res.title_span else None
    if mb and _place_or_seat(mb.group("a")) and mb.end() < res.title_span[1]:
        # the headline under the page's place in brackets: "[Kupang] Pemkab Kupang dan ..."
        # (the place is no part of it)
        res.title_span = (mb.end(), res.title_span[1])
        res.title = _strip_marks(_collapse(norm[mb.end():res.title_span[1]]))
    if res.outlet and (res.outlet.split()[0].lower().strip(".,") in PLATFORMS
                       or res.outlet.lower() in PLATFORM_HEADERS):
        # a social-media post: "© 2024 Instagram from Meta"; the word a platform heads a
        # single post's page with ("Post" over a thread on X) names no outlet
        res.outlet = None
    return res


# what a page sets into a sentence it breaks off: a photo's caption or credit, an ad's or a
# read-also link's line
_INTERRUPTION_REASONS = frozenset({"photo caption", "photo credit", "image file name", "page widget",
                                   "ad marker", "read also"})
_SENTENCE_END_RE = re.compile(r"[.!?]")


def _interruption(p: Paragraph) -> bool:
    return p.kind in ("caption", "boilerplate") and p.reason in _INTERRUPTION_REASONS


def _broken_off(a: str, b: str) -> bool:
    """Body paragraph `a` breaks off mid-sentence and `b` takes the sentence up: `a` is prose
    (eight words or more, some in lower case; no headline in title case, as a paged story
    repeats over each page) ending on a word or a comma, no stop, colon or quote ("... dan
    Kepala BPS Kabupaten Kapuas,"); `b` opens with a word and ends the sentence ("Wahyu
    Setiawan Nugroho, di Aula ... (28/8/2025).")."""
    a, b = a.rstrip(), b.lstrip()
    return (len(_words(a)) >= 8 and (a[-1:].isalnum() or a.endswith(",")) and _LOWER_RE.search(a) is not None
            and (not _title_cased_headline(a) or _INNER_STOP_RE.search(a) is not None)  # (a stop inside it)
            and b[:1].isalnum() and _SENTENCE_END_RE.search(b) is not None)


def _lift_interruptions(norm: str, paras: list[Paragraph]) -> str:
    """`norm` with the captions and furniture a page set into the middle of a sentence blanked
    out, the sentence read whole: a body paragraph broken off mid-sentence (_broken_off), one
    to three such lines (_interruption), then the body paragraph that takes the sentence up
    ("... dan Kepala BPS Kabupaten Kapuas," / "FOTO: Bupati ... (Dok. Humas)" / "Wahyu Setiawan
    Nugroho, di Aula ..."). The first paragraph then runs over the second (kind "joined"); the
    lines between are boilerplate. Offsets are kept."""
    chars: Optional[list[str]] = None
    last = -1  # the body paragraph before
    for i, p in enumerate(paras):
        if p.kind != "body":
            continue
        a = paras[last] if last >= 0 else None
        if a is not None and 1 <= i - last - 1 <= 3 and all(_interruption(q) for q in paras[last + 1:i]) \
                and _broken_off(norm[a.start:a.end], norm[p.start:p.end]):
            chars = chars if chars is not None else list(norm)
            for q in paras[last + 1:i]:
                q.kind, q.reason = "boilerplate", "set into a sentence"
            chars[a.end:p.start] = [" "] * (p.start - a.end)
            a.end = p.end
            p.kind, p.reason = "joined", "sentence goes on"
            continue
        last = i
    return "".join(chars) if chars is not None else norm


def _apply_feed_fields(res: Cleaned, feed: _FeedItem, writers: list[str]) -> None:
    """The headline, the date and the writer of a feed's first item (see _feed_dump)."""
    v, span = feed.fields["title"]
    res.title, res.title_span = _collapse(_json_string(v)).strip(), span
    if "date" in feed.fields and res.published is None:
        dl = parse_date_line(_json_string(feed.fields["date"][0]).strip())
        if dl is not None:
            res.published, res.published_span = dl[0], feed.fields["date"][1]
    if "author" in feed.fields and not writers:
        name = _collapse(_json_string(feed.fields["author"][0])).strip()
        if name and len(_words(name)) <= 5 and not _outlet_marked(name) and name.lower() not in ("redaksi", "admin"):
            writers.append(name)


# the foot of a story a portal of a network republished: "Artikel ini telah tayang di
# Kompas.com dengan judul "X", Klik untuk baca: https://..." (the headline in quotes or
# running to the line's end; a link or a page note after it is no part of it)
_SYNDICATED_RE = fastre.compile(
    r"(?:artikel|berita) ini (?:telah )?(?:tayang|terbit|dimuat|diterbitkan|ditayangkan) (?:di|dalam|pada) [^\n]{1,60}? "
    r"dengan judul\s*:?\s*(?:[\"“](?P<q>[^\"”\n]{10,250})[\"”]|(?P<t>[^\n]{10,250}?))"
    r"(?:\s*[,.]?\s*(?:klik untuk baca|baca selengkapnya|selengkapnya)\b[^\n]*|\s*[-–—]\s*halaman all)?\s*\.?\s*$", re.IGNORECASE)


def _syndicated_title(norm: str, paras: list) -> Optional[tuple[int, int]]:
    """The span of the headline a syndication note at the page's foot gives."""
    for p in paras:
        if p.kind == "boilerplate" and p.end - p.start <= 400:
            m = _SYNDICATED_RE.match(norm, p.start, p.end)
            if m is not None:
                return m.span("q") if m.group("q") else m.span("t")
    return None


# a chat app's head of a message copied with it: "[14/5 16.42] Humas Pemkab X: ", "[14/05/25
# 16.42] Budi: ", "[5/14, 4:42 PM] Budi: " (date, time, sender, colon)
_CHAT_HEAD_RE = re.compile(r"\[\d{1,2}/\d{1,2}(?:/\d{2,4})?,? \d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?: ?[AaPp][Mm])?\] [^:\[\]\n]{1,50}: ?")


def _chat_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines opened by a chat message's head; each line becomes its message
    (marks stripped: "*SIARAN PERS*" -> "SIARAN PERS"), read as a line of the page."""
    out = set()
    for i, s in enumerate(lines):
        if s[:1] == "[":
            m = _CHAT_HEAD_RE.match(s)
            if m is not None and m.end() < len(s):
                lines[i] = _strip_marks(s[m.end():].strip())
                out.add(i)
    return out


# a comment's reply buttons and age: "Balas · Suka · 3 jam", "2 mg  Suka  Balas  3",
# "Like · Reply · 5h"
_AGE = r"\d{1,3}\s*(?:dtk|detik|mnt|menit|j|jam|h|hari|mg|minggu|bln|bulan|thn|tahun|min|hr|hrs|d|w|m|y)\b(?:\s+(?:yang\s+)?lalu|\s+ago)?"
_REACTION_RE = fastre.compile(
    rf"(?:{_AGE}\s*[·•|]?\s*)?(?:balas|suka|reply|like|laporkan|report)(?:\s*[·•|]?\s*(?:balas|suka|reply|like|laporkan|report))+"
    rf"(?:\s*[·•|]?\s*(?:{_AGE}|\d{{1,4}}|\(\d{{1,4}}\)))?", re.IGNORECASE)  # (the likes in brackets: "Balas · Suka (12)")


def _reaction_ahead(lines: list[str], a: int, b: int) -> bool:
    return any(len(lines[j]) <= 40 and _REACTION_RE.fullmatch(lines[j]) for j in range(a, min(b, len(lines))))


def _comments_end(norm: str, paras: list, lines: list[str], i: int) -> Optional[int]:
    """The paragraph after readers' comments set before the story (lines[i] their heading):
    the first date line, byline or dateline, when reply buttons come before it."""
    seen = False
    for j in range(i + 1, min(len(lines), i + 40)):
        s = lines[j]
        if len(s) <= 40 and _REACTION_RE.fullmatch(s):
            seen = True
            continue
        if parse_date_line(s) or _parse_byline(s) or _find_dateline(norm, paras[j].start, paras[j].end) is not None:
            return j if seen else None
    return None


# --- a social-media post embedded in a story (clean_social_embeds.tsv): its lines, by role
_EMBED_ROWS = _tsv("clean_social_embeds.tsv")
_EMBED_RE = {role: fastre.compile("|".join(f"(?:{rx})" for r, rx in _EMBED_ROWS if r == role), re.IGNORECASE)
             for role in dict.fromkeys(r for r, _ in _EMBED_ROWS)}
# (a tweet's signature closing the paragraph of its text: "Hari ini ... #Tag — Humas X (@humasx)
# November 4, 2025")
_EMBED_SIGN_END_RE = fastre.compile(rf"(?:{'|'.join(rx for r, rx in _EMBED_ROWS if r == 'sign')})$", re.IGNORECASE)
_EMBED_HANDLE_RE = re.compile(r"\(@([\w.]{1,30})\)")
_EMBED_MAX = 600          # longer paragraphs are never a post's line or caption
_EMBED_SPAN = 12          # lines an embed may run over after its first
_EMBED_TEXT_MAX = 6       # caption paragraphs held before a closing line confirms them
_DAY_MONTH_RE = fastre.compile(rf"\d{{1,2}} (?:{_MONTH_ALT})\.?(?: \d{{4}})?|(?:{_MONTH_ALT})\.? \d{{1,2}}(?:, \d{{4}})?",
                               re.IGNORECASE)


def _embed_role(s: str) -> Optional[str]:
    if len(s) > 300:
        return None
    for role, rx in _EMBED_RE.items():
        if rx.fullmatch(s):
            return role
    return None


def _posty(s: str) -> bool:
    """A caption's signs: a hashtag, an emoji or a picture link."""
    return bool(re.search(r"(?<!\w)#[^\W\d_]\w{2,}", s) or _EMOJI_RE.search(s) or "pic.twitter.com" in s)


def _embedded_posts(lines: list[str]) -> dict[int, list[int]]:
    """The social-media posts a story embeds, as {first line: its lines}: the embed's own
    lines (opening line, account, counters, tags, a tweet's signature) with the post's
    caption between or under them ("Lihat postingan ini di Instagram" / "Sebuah kiriman
    dibagikan oleh Pemkot X (@pemkotx)" / "pemkotx Penandatanganan ... hari ini #Sinergi" /
    "14 Agustus 2025" / "♥ 1.204 suka 💬 37 komentar"; a tweet's "Hari ini ... #Tag" over "—
    Pemkot X (@pemkotx) November 4, 2025"). The post repeats what the story tells in its
    own words ("hari ini" meaning the post's day): page furniture. A post the story
    introduces with a colon ("Berikut unggahan selengkapnya:") is quoted as its content
    and kept."""
    n = len(lines)
    roles = [_embed_role(s) if len(s) <= _EMBED_MAX else None for s in lines]
    out: dict[int, list[int]] = {}
    taken: set[int] = set()

    def trail(block: list[int], k: int) -> None:
        # the counters, tags and date under the post
        while k < n and (roles[k] in ("trail", "solo")
                         or roles[k] is None and len(lines[k]) <= 40 and (parse_date_line(lines[k]) or _AGO_RE.fullmatch(lines[k])
                                                                        or _DAY_MONTH_RE.fullmatch(lines[k]))):
            block.append(k)
            k += 1

    for i in range(n):
        if i in taken:
            continue
        r = roles[i]
        block: list[int] = []
        if r == "solo":
            block = [i]
        elif r in ("open", "shared", "head"):
            m = _EMBED_HANDLE_RE.search(lines[i])
            handle = m.group(1).lower() if m else (lines[i][1:].lower() if lines[i][:1] == "@" else None)
            block, pending, caption, closed = [i], [], False, r != "head"
            k = i + 1
            while k < min(n, i + 1 + _EMBED_SPAN):
                rk, s = roles[k], lines[k]
                if rk is not None:
                    if pending and rk not in ("trail", "sign", "shared"):
                        break  # another account after text: a second post, or the story
                    block += pending + [k]
                    pending = []
                    closed = closed or rk in ("trail", "sign", "shared")
                    if rk == "sign":
                        trail(block, k + 1)
                        break
                elif not caption and not pending and len(s) <= _EMBED_MAX \
                        and (handle and s.lower().startswith(handle + " ") or _posty(s)):
                    block.append(k)  # the post's caption under its account
                    caption = True
                elif caption and not pending and k - 1 in block and len(s) <= 40 \
                        and (parse_date_line(s) or _AGO_RE.fullmatch(s) or _DAY_MONTH_RE.fullmatch(s)):
                    block.append(k)  # the post's date under its caption
                elif len(s) <= _EMBED_MAX and len(pending) < _EMBED_TEXT_MAX:
                    pending.append(k)  # more caption, if a closing line follows
                else:
                    break
                k += 1
            if not closed:
                continue  # an account's name over no post: a line of the story
        elif r == "sign" or r is None and len(lines[i]) <= _EMBED_MAX and _EMBED_SIGN_END_RE.search(lines[i]):
            # a tweet's (or a Facebook post's) signature: the post's text over it, after its
            # account's name
            block = [i]
            j = i - 1
            if r == "sign":
                while j >= 0 and j not in taken and roles[j] == "trail":
                    block.append(j)
                    j -= 1
                if j >= 0 and j not in taken and roles[j] is None and len(lines[j]) <= _EMBED_MAX \
                        and not lines[j].endswith(":"):
                    block.append(j)
                    j -= 1
            if j >= 0 and j not in taken and roles[j] == "head":
                block.append(j)
            trail(block, i + 1)
        else:
            continue
        first = min(block)
        taken.update(block)
        if first > 0 and lines[first - 1].endswith(":"):
            continue  # "Berikut unggahan selengkapnya:": the post quoted as the story's content
        out[first] = sorted(set(block))
    return out


# the excerpt under a related story's headline, cut off mid-sentence: "Kepala Ombudsman RI
# Perwakilan X dan Bupati Y menandatangani nota kesepakatan di Z, Kamis (30/10/2025)...",
# "Harga cabai rawit di sejumlah pasar terus naik…" (a word, a figure or a closing bracket
# right before the ellipsis; a quote closed after it is a speaker's pause, no cut)
_TEASER_CUT_RE = re.compile(r"[\w)%](?:\.{3}|…)$")
TEASER_MAX = 400          # longer lines under a related headline are the story going on


def _related_teaser(paras: list, lines: list[str], i: int) -> bool:
    """Whether line i, inside a "Berita Terkait" block, is the cut excerpt of the related
    headline right above it: it ends in an ellipsis after a word, and the page ends after it
    or goes on with another headline-like line (the next teaser), not with a story paragraph."""
    s = lines[i]
    if i == 0 or paras[i - 1].reason != "related list" or len(s) > TEASER_MAX or not _TEASER_CUT_RE.search(s):
        return False
    nxt = next((t for t in lines[i + 1:] if t.strip()), None)
    return nxt is None or (_headline_like(nxt) and not _sentence_like(nxt))


HEAD_REPEAT_MAX = 120     # longer header lines are never a repeated letterhead


LISTING_MIN = 3           # headline / date / snippet groups that make a page a listing


# (a line ending in an age: "Sumber: X.id · 2 jam lalu")
_AGE_END_RE = re.compile(rf"\b{_AGO}$", re.IGNORECASE)


def _mark_listing(paras: list, lines: list[str]) -> bool:
    """A tag or index page lists other stories, each a headline, its date line and a cut
    snippet ("Pemkab X Teken MoU dengan Y" / "Senin, 17 November 2025 | 14:02 WIB" /
    "Ombudsman dan Pemkab X menandatangani ..."): with three such groups or more, most
    snippets cut with "…", and no other story paragraph, the groups are furniture."""
    groups, cut = [], 0
    k = 0
    while k + 2 < len(paras):
        a, b, c = paras[k], paras[k + 1], paras[k + 2]
        # (an aggregator gives each item's source and age instead: "Sumber: X.id · 2 jam lalu")
        if a.kind in ("title", "body") and b.kind == "meta" \
                and (b.reason == "publication date" or _AGE_END_RE.search(lines[k + 1])) \
                and c.kind == "body" and _headline_like(lines[k]) and not _sentence_like(lines[k]):
            groups.append(k)
            cut += lines[k + 2].rstrip().endswith(("…", "..."))
            k += 3
            continue
        k += 1
    if len(groups) < LISTING_MIN or 2 * cut < len(groups):
        return False
    inside = {j for k in groups for j in (k, k + 1, k + 2)}
    # (a row of links at the foot is no story: "Tentang Kami · Pedoman Media Siber · Kontak")
    if any(p.kind == "body" and j not in inside and len(_words(lines[j])) > 5
           and not (j > groups[-1] and not _sentence_like(lines[j])) for j, p in enumerate(paras)):
        return False
    for j in sorted(inside):
        paras[j].kind, paras[j].reason = "boilerplate", "listing"
    return True


_VIEW_COUNT_RE = re.compile(_VIEWS, re.IGNORECASE)


def _footer_masthead(paras: list, lines: list[str]) -> Optional[str]:
    """The site's name and tagline closing the page, set apart by a bar ("KSB NEWS | Suara
    dari Bumi X"): the line is furniture, the name the outlet's. Only among the last three
    paragraphs, after the story."""
    for k in range(len(paras) - 1, max(len(paras) - 4, 0), -1):
        s = lines[k]
        if k == len(paras) - 1 and paras[k].kind == "body" and _is_domain(s) and k > 3:
            # the site's bare domain closing the page, under the story: "contohsatu.com"
            paras[k].kind, paras[k].reason = "boilerplate", "masthead"
            return s
        if paras[k].kind != "body" or s.count("|") != 1 or len(s) > 90:
            continue
        o, _, t = (x.strip() for x in s.partition("|"))
        if _is_domain(o) and _VIEW_COUNT_RE.fullmatch(t):
            # the site's domain and the post's view counter: "sintangkab.go.id | Dilihat 214 kali"
            paras[k].kind, paras[k].reason = "boilerplate", "masthead"
            return o
        if 1 <= len(o.split()) <= 3 and _outlet_marked(o) and not _DIGIT_RE.search(s) \
                and 2 <= len(t.split()) <= 8 and not t.endswith(".") and t[:1].isupper():
            paras[k].kind, paras[k].reason = "boilerplate", "masthead"
            return o
    return None


# an opinion page's note that the piece is the writer's, not the newsroom's: "Tulisan ini
# merupakan pendapat pribadi penulis dan tidak mencerminkan sikap redaksi KabarContoh."
_DISCLAIMER_RE = re.compile(r"(?:mencerminkan|mewakili)\s+(?:sikap|pandangan|kebijakan|pendapat)\s+redaksi\s+"
                            r"(?P<o>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}?)\s*\.?\s*$")


def _disclaimer_outlet(paras: list, lines: list[str]) -> Optional[str]:
    """The newsroom an opinion page's closing disclaimer names ("... tidak mencerminkan sikap
    redaksi KabarContoh."), among the last six paragraphs: the outlet when the page names no
    other."""
    for k in range(len(paras) - 1, max(len(paras) - 7, -1), -1):
        s = lines[k]
        if "redaksi" in s and len(s) <= 250:
            m = _DISCLAIMER_RE.search(s)
            name = m.group("o").rstrip(".") if m is not None else ""
            if name and _outlet_marked(name):
                return name
    return None


def _mark_repeated_head(norm: str, paras: list, lines: list[str]) -> None:
    """Body lines repeating the page's head (its lines before the first body paragraph,
    left as furniture): a PDF copied as text repeats its letterhead at the top of every
    page ("OMBUDSMAN REPUBLIK INDONESIA" / "PERWAKILAN PROVINSI X" between two body
    paragraphs)."""
    head: set[str] = set()
    for p, s in zip(paras, lines):
        if p.kind == "body":
            break
        if p.kind == "boilerplate" and len(s) <= HEAD_REPEAT_MAX and len(_words(s)) >= 2:
            head.add(_dupkey(s))
    if not head:
        return
    # (after furniture only, a page's foot or the rule under it: a press release's
    # signature, "Kepala Seksi Penerangan Hukum" over "KEJAKSAAN TINGGI X", stays)
    for k in range(1, len(paras)):
        p = paras[k]
        if p.kind == "body" and paras[k - 1].kind == "boilerplate" and len(lines[k]) <= HEAD_REPEAT_MAX \
                and _dupkey(lines[k]) in head:
            p.kind, p.reason = "boilerplate", "repeated page head"


_SITE_NAME_RE = re.compile(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,2}")
_SITE_WORD_RE = re.compile(r"[A-Z][A-Za-z0-9]{2,20}")


def _domain_named(line: str, norm: str) -> bool:
    """The page's first line is a site's name of two or three words that a domain on the
    page spells glued in lower case ("Kabar Tegal" ... "(kabartegal.id/Rudi)")."""
    if len(line) > 40 or not _SITE_NAME_RE.fullmatch(line) or _institution_name(line):
        return False
    return _spelled_by_domain(line, norm)


def _spelled_by_domain(name: str, norm: str) -> bool:
    """A domain on the page spells `name` glued in lower case ("Kabar Tegal": "kabartegal.id")."""
    key = name.replace(" ", "").lower()
    low = norm.lower()
    k = low.find(key + ".")
    while k >= 0:
        if (k == 0 or not (low[k - 1].isalnum() or low[k - 1] in ".-")) and _DOMAIN_RE.match(norm, k):
            return True
        k = low.find(key + ".", k + 1)
    return False


def _menu_text(raw: str) -> str:
    """A header line as the menu test sees it: emoji blanked (they stand before or after
    menu items, "🔥 Trending"), ends stripped."""
    if _EMOJI_RE.search(raw):
        raw = _EMOJI_RE.sub(" ", raw)
    return raw.strip()


def _letter_rule(s: str, lines: list[str], i: int, letter: bool) -> bool:
    """Page furniture of an official letter before its story: the letterhead (office in
    capitals, street address, phone / web line, a rule of underscores), the fields
    ("Nomor : 000.2.3/1487/2025", "Perihal : ..." and the lines it runs on), the address
    block ("Kepada Yth. ...", "di - TEMPAT", "Dengan hormat,") and the sentence handing
    over the release ("Bersama ini kami sampaikan siaran pers ... sebagai berikut:")."""
    if _LETTER_FIELD_RE.fullmatch(s):
        return True
    if letter:
        if s.endswith(":") and _LETTER_OPEN_RE.search(s):
            return True
        return not _sentence_like(s) and len(_words(s)) <= 7 and not s.endswith(":")
    if _RULE_LINE_RE.fullmatch(s):
        return True
    if _letterhead_line(s):
        return bool(_ADDRESS_RE.fullmatch(s) or _CONTACT_RE.fullmatch(s)
                    or i + 1 < len(lines) and (_letterhead_line(lines[i + 1]) or _RULE_LINE_RE.fullmatch(lines[i + 1])))
    return False


# a press release's label, alone or with the issuer's name ("SIARAN PERS OMBUDSMAN REPUBLIK
# INDONESIA", "Press Release Kementerian X")
_RELEASE_LABEL_RE = re.compile(r"(?:siaran pers|press release|rilis pers|rilis berita)\b\s*:?\s*(?P<rest>.*)", re.IGNORECASE)


def _release_label(s: str) -> bool:
    m = _RELEASE_LABEL_RE.fullmatch(s)
    return m is not None and (not m.group("rest") or _institution_name(m.group("rest")))


def _issuer_under_label(norm: str, paras: list, i: int) -> bool:
    """Paragraph i is the line right under a press release's label, in its block (no blank
    line between): where the issuing office names itself ("SIARAN PERS" / "Ombudsman RI
    Perwakilan X"); the headline stands apart, after the release's number or a blank line."""
    return i > 0 and paras[i - 1].reason == "release label" and norm.count("\n", paras[i - 1].end, paras[i].start) == 1


def _headline_goes_on(norm: str, paras: list, lines: list[str], i: int, title_span) -> bool:
    """Line i goes on the headline of line i - 1 (set on two lines, no blank line between):
    the headline has no end of its own (no stop, colon or comma), line i is four to twelve
    words in title case that name no site, office or place, the two read as one headline, and a
    date line, byline, dateline or page furniture comes next (the head's block ends). A
    print headline may break before its verb: the head names the parties and no verb, the
    line opens with the verb, however short ("UPS Tegal dan Pemkab Brebes" / "Teken Nota
    Kesepahaman"), and a subtitle may follow."""
    if i < 1 or i + 1 >= len(lines) or title_span is None or paras[i - 1].kind != "title" \
            or title_span[1] != paras[i - 1].end or norm.count("\n", paras[i - 1].end, paras[i].start) != 1:
        return False
    head, s = lines[i - 1], lines[i]
    verb_led = _words(s)[0].lower() in HEADLINE_VERBS and not any(w.lower() in HEADLINE_VERBS for w in _words(head))
    if head.endswith((".", ",", ":", ";", "!", "?", '"', "”", ")", "|")) \
            or not (2 if verb_led else 4) <= len(_words(s)) <= 12 \
            or not s[:1].isupper() or _sentence_like(s) or s.endswith((".", ":", ",")):
        return False
    # (a section's label under the headline is a word or two, "Listrik Desa"; a writer's line
    # names the site after a dash, "Nama Penulis - detikJatim")
    if _outlet_marked(s) or _masthead_line(s) or _institution_name(s) or _place_line(s) or _parse_byline(s) \
            or _BAR_DASH_RE.search(s) or _outlet_marked(_words(s)[-1]) or not _title_cased_headline(head + " " + s):
        return False
    nxt = lines[i + 1]
    return bool(verb_led or parse_date_line(nxt) or _parse_byline(nxt) or _boiler_reason(nxt)
                or _find_dateline(norm, paras[i + 1].start, paras[i + 1].end) is not None)


def _goes_on_heading(s: str) -> bool:
    """The line opens with a preposition or a conjunction in lower case (data/
    clean_open_words.txt): it goes on the heading above it, no headline of its own, as a
    speech's or a report's heading sets its occasion under it ("SAMBUTAN BUPATI X" / "pada
    Penandatanganan Nota Kesepahaman ...", "LAPORAN KEGIATAN" / "dalam rangka ...")."""
    first = s.split(" ", 1)[0]
    return first in OPEN_WORDS


def _gallery_headline(s: str, lines: list[str], i: int) -> bool:
    """A gallery's or video's headline ("FOTO: Pemkot X Teken Nota Kesepakatan dengan Y"):
    five words or more after the label, and the date or the byline right under it."""
    if i + 1 >= len(lines) or not _GALLERY_TITLE_RE.fullmatch(s):
        return False
    if len(_words(s.partition(":")[2])) < 5:
        return False
    return _dated_below(lines, i)


# a thread's counter on its first post: "(1/6)", "1/4" at either end
_THREAD_COUNT_RE = re.compile(r"\(?1/(?:[2-9]|[1-9]\d)\)?")
_INNER_STOP_RE = re.compile(r"[.!?] +[A-Z]")


def _thread_opener(s: str) -> bool:
    """The first post of a thread on X copied as text: its counter at an end and a
    sentence ended inside ("Pemprov X dan BPS meneken Nota Kesepakatan ... Simak
    utasnya 👇 (1/6)"); a serial headline ("Jejak Kota Tua (1/3)") has one sentence."""
    tail = s[-8:].rstrip()
    ends = tail.rfind(" ")
    if not (_THREAD_COUNT_RE.fullmatch(tail[ends + 1:]) or _THREAD_COUNT_RE.fullmatch(s[:8].split(" ", 1)[0])):
        return False
    return bool(_INNER_STOP_RE.search(s))


def _under_office_caps(lines, paras, title_span) -> bool:
    """The "title" is the second line of a government site's masthead, right under the
    office's name in capitals: "PEMERINTAH KABUPATEN X" over "Dinas Komunikasi,
    Informatika, Statistik dan Persandian" (its commas list the office's fields)."""
    return len(paras) > 1 and paras[1].start == title_span[0] and lines[0].isupper() \
        and _institution_name(lines[0])


def _tagline_then_headline(paras, lines, i) -> bool:
    """The "title" was the site's tagline under its masthead ("Suara dari Tanah Biak,
    Supiori, Yapen dan Waropen"), a section word parted it from line i, and line i is the
    headline: a headline-like line the date or the byline follows at once. (The section
    word may name its region after a bar, "Kabar Perwakilan | Jambi": the bar is no word.)"""
    s = lines[i]
    if not _headline_like(s) or _sentence_like(s) or i + 1 >= len(lines) or i < 2:
        return False
    if not (paras[i - 2].kind == "title" and paras[i - 1].kind == "boilerplate"
            and len(_label_words(lines[i - 1])) <= 3 and not lines[i - 1].endswith(".")):
        return False
    return _dated_below(lines, i)


def _caps_headline_under_label(norm, paras, lines, i, title: str) -> bool:
    """The "title" was a short label in capitals over the story ("INFO HUMAS PEMKAB X" at
    the top of a broadcast), and line i is the headline, in capitals too:
    longer, six words or more, no sentence, and the story's dateline opens the next
    paragraph ("Kota X – Pemerintah ..."). Words that read as an office's name ("PEMKAB X
    DAN OMBUDSMAN Y SEPAKAT ...") count only after the date line or byline: an office's
    name in capitals right under the first line is a masthead's second line; a headline's
    verb names no office ("OMBUDSMAN X DAN PEMERINTAH KOTA Y SEPAKATI SINERGI ...")."""
    s = lines[i]
    if _LOWER_RE.search(title) or len(_words(title)) > 5 or _LOWER_RE.search(s) or not s.isupper() \
            or not 6 <= len(_words(s)) <= 30 or not _headline_like(s) or _sentence_like(s) \
            or _office_name(s) and paras[i - 1].kind != "meta" or i + 1 >= len(paras):
        return False
    return _find_dateline(norm, paras[i + 1].start, paras[i + 1].end) is not None


def _page_foot(paras, lines, i) -> bool:
    """Paragraph i is the page's last but for page furniture (share buttons, tags)."""
    return all(_boiler_reason(lines[j]) for j in range(i + 1, len(paras)))


def _late_dateline_ok(paras, lines, i) -> bool:
    """Still worth looking for a dateline: every body line so far is short and unpunctuated."""
    seen = 0
    for q, qs in zip(paras[:i], lines[:i]):
        if q.kind == "body":
            seen += 1
            if seen > 2 or _sentence_like(qs) or len(_words(qs)) > 30:
                return False
    return seen > 0


_REPORTED_RE = fastre.compile(r"\b(?:mengatakan|menambahkan|menjelaskan|menuturkan|menegaskan|mengungkapkan|"
                          r"ujar(?:nya)?|katanya|tuturnya|jelasnya|said|says)\b|^[\"“]", re.I)
# what an agreement covers or is for is the story, not a picture (data/clean_story_words.txt)
_STORY_WORDS_RE = fastre.compile(r"\b(?:" + "|".join(sorted((re.escape(w.strip()).replace(r"\ ", r"\s+")
                                                             for w in _data_lines("clean_story_words.txt")),
                                                            key=len, reverse=True)) + r")\b", re.I)


def _caption_before_dateline(norm, paras, lines, i, named: bool = False) -> bool:
    """A sentence before the body is a caption when the dateline paragraph follows soon
    (`named`: a dateline that names the outlet, "AMBON, TRIBUNAMBON.COM -")."""
    seen = 0
    for j in range(i + 1, min(len(paras), i + 6)):
        s = lines[j]
        if parse_date_line(s) or _parse_byline(s) or _boiler_reason(s) or _IMAGE_RE.fullmatch(s[:300]) \
                or (len(s) <= 140 and _CREDIT_LINE_RE.fullmatch(s)):
            continue
        dl = _find_dateline(norm, paras[j].start, paras[j].end)
        if dl is not None:
            return not named or dl[1] is not None
        seen += 1
        if seen >= 2:
            return False
    return False


# a place and a dash, alone on a line: "Jakarta -"
_LONE_PLACE_DASH_RE = re.compile(rf"(?P<a>[^\W\d_][^\W\d_ .'-]*(?: [^\W\d_][^\W\d_ .'-]*){{0,3}})\s*{_DASH}")


def _lone_dateline(lines: list[str], i: int) -> Optional[str]:
    """The place of a dateline set on a line of its own under the headline, its story's
    first sentence on the next line (a portal sets the place in bold, the dash after it:
    "Jakarta -" / "Ombudsman RI dan Polri menandatangani ..."). The place is a region's name
    or a regency's seat; a rubric over the headline ("Natuna - Pemerintahan") goes on."""
    m = _LONE_PLACE_DASH_RE.fullmatch(lines[i])
    if m is None or i + 1 >= len(lines) or not _sentence_like(lines[i + 1]):
        return None
    a = m.group("a")
    return a if _city_ok(a) and _place_or_seat(a) else None


def _place_over_date(res: Cleaned, norm: str, p: Paragraph, head: str) -> None:
    """The date line under the headline opens with a place and a bar: "MADIUN | Selasa, 8
    Juli 2025" (where the story was filed; a section's "Berita Daerah | ..." or a poster's
    "Humas X | ..." names no region)."""
    if not (_city_ok(head) and len(head.split()) <= 3 and _place_or_seat(head)):
        return
    k = norm.find(head, p.start, p.end)
    if k < 0:
        return
    res.dateline, res.dateline_span = _title_case_caps(head), (k, k + len(head))


def _apply_whole_dateline(res: Cleaned, p: Paragraph, wl: tuple[str, str]) -> None:
    """A line that is only the dateline's place and outlet."""
    res.dateline, res.outlet = _title_case_caps(wl[0]), _fmt_outlet(wl[1])
    res.dateline_span = (p.start, p.end)
    p.kind, p.reason = "meta", "dateline"


# what closes the day and date after a dateline's place: a release's dash ("Makassar,
# Senin, 2 Juni 2025 —"), or the time and the line's end ("KBRN, Donggala: Selasa, 14 Okt
# 2025 16:42"); a date going on in a sentence opens the story ("Samarinda (Humas) —
# Selasa, 9 September 2025, menjadi hari yang padat ...") and dates its event
_DATELINE_DATE_END_RE = re.compile(rf"\s*(?:[-–—]|,?\s*{_TIME}(?:\s*{_ZONE})?\s*$|$)", re.IGNORECASE)


def _apply_dateline(res: Cleaned, norm: str, p: Paragraph, dline) -> None:
    city, outlet, end = dline
    res.dateline = _title_case_caps(city.strip()) if city else None
    if outlet:
        res.outlet = _fmt_outlet(outlet)
        res.outlet_in_dateline = True
    # the span runs over the prefix up to and including its separator
    while end > p.start and norm[end - 1] == " ":
        end -= 1
    res.dateline_span = (p.start, end)
    wp = _WD_PAREN_DATE_RE.match(norm, end, min(p.end, end + 40)) if city and city.isupper() else None
    if wp is not None:
        # a news desk's city in capitals, then the day and the date in brackets ("PARIT
        # MALINTANG, Kamis (19/11/2026) –"): the day the story was filed (a release's
        # "Siulak, Rabu (14/5/2025) –" dates its event only)
        iso = parse_date_line(wp.group("d"))
        if iso and not iso[1]:
            res.dateline_date = (iso[0], wp.span("d"))
    if res.published is None:
        # a press release dates its dateline: "Ketapang, 4 Juni 2025 – PT X ..."
        dm = _DL_FULL_DATE_RE.search(norm, p.start, end)
        wm = _WD_DATE_RE.match(norm, end, min(p.end, end + 40)) if dm is None else None
        if wm is not None and _DATELINE_DATE_END_RE.match(norm, wm.end(), p.end):
            dm = _DL_FULL_DATE_RE.match(norm, wm.start("d"), wm.end("d"))  # "Makassar, Senin, 2 Juni 2025 —"
        iso = parse_date_line(dm.group()) if dm else None
        if iso and not iso[1]:
            res.published, res.published_span = iso[0], (dm.start(), dm.end())


def _desk_masthead(paras: list, lines: list[str]) -> Optional[str]:
    """The institution whose name heads the page, when the dateline names only its press
    desk ("Sungai Penuh (Humas) –", "GORONTALO (Adpim) –", "Taliwang, Prokopim –" under
    "Kanwil Kemenag Jambi", "BIRO ADMINISTRASI PIMPINAN SETDA PROVINSI GORONTALO", "Bagian
    Prokopim Setda KSB"): the desk is that office's, and the office's name is the outlet.
    None when the first line is no institution's name or is the headline."""
    if not lines or paras[0].kind == "title" or len(_words(lines[0])) > 10 or not _institution_name(lines[0]):
        return None
    return lines[0]


_DUPKEY_RE = fastre.compile(r"[\W_]+", re.UNICODE)


def _dupkey(s: str) -> str:
    return _DUPKEY_RE.sub(" ", s.lower()).strip()


def _dedup_list(xs: list[str]) -> list[str]:
    seen, out = set(), []
    for x in xs:
        if x and x.lower() not in seen:
            seen.add(x.lower())
            out.append(x)
    return out


def _check_cut_off(res: Cleaned, norm: str, start: int, end: int, had_code: bool) -> None:
    """Warn when the last body paragraph stops without final punctuation on what looks
    like a truncated word (a long paragraph ending on a letter, or a short dangling word)."""
    if had_code:
        return
    s = norm[start:end].rstrip()
    if not s or not s[-1].isalpha():
        return
    w = s.split()
    if len(w) < 6:
        return
    last = w[-1]
    if len(w) >= 16 or (last.islower() and len(last) <= 3):
        caps = sum(1 for t in w if t[:1].isupper())
        if caps / len(w) <= 0.6:      # not a run of headline words
            res.warnings.append("text is cut off mid-word at the end")
