"""People: names, roles (jabatan), degrees, and what each person did at the signing.

Pure functions over one sentence at a time: the sentence is tokenised, split into runs
of capitalised words (role phrases and names), runs are paired across commas in both
orders ("Wali Kota Batu Nurochman", "Eka Saprudin, Sekretaris Daerah Kotabaru",
"Kepala BPKAD Muaro Jambi, Alias"), and each person gets a cue from the verbs around it:
signer ("ditandatangani oleh", "A menandatangani"), attendee ("didampingi",
"disaksikan", "turut hadir"), representative ("diwakili", "mewakili", "atas nama"),
absent ("berhalangan hadir").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from typing import Optional

from . import fastre
from . import places
from .lexicon import Title, data_lines, ministry_titles, seat_towns, subdistrict_words, titles, village_heads, word_set

# --- tokens ---------------------------------------------------------------------------

_TOKEN = fastre.compile(
    # (speed: the three dotted forms open with one to four letters and a dot, checked once
    # for the three: a plain word is not tried against each)
    r"(?=[A-Za-z]{1,4}\.)(?:"
    r"(?:[A-Za-z]{1,4}\.){2,3}(?:[A-Za-z]{1,4}\b)?"     # S.H.  M.Si.  Ph.D.  S.Sos.
    r"|[A-Za-z]{1,2}\.[A-Z]{2,4}\b"                     # S.STP  S.IP
    r"|[A-Za-z]{1,2}\.[A-Z][a-z]{1,3}\b(?!\.))"         # M.Si  S.Sos (no final dot; a degree only: _tokenize)
    # (a zero-width space, joiner or soft hyphen inside a word does not end it: scraped
    # pages break long names with them, "Hadi\u200bwibowo", "Kusuma\u00adwardhani")
    r"|[^\W\d_][\w'’`\u00ad\u200b-\u200d\u2060]*(?:-[^\W\d_][\w'’`\u00ad\u200b-\u200d\u2060]*)*\.?"  # words, maybe with a dot
    r"|\d+(?:[.,/:]\d+)*"
    r"|[^\w\s]"
)

# honorifics and ranks before a name (data/honorifics.txt, data/military_ranks.txt)
HONORIFICS = set(word_set("honorifics.txt") | word_set("military_ranks.txt"))
DEGREE_WORDS = {
    "sh", "se", "mm", "mh", "msi", "map", "ap", "ak", "cpa", "mba", "ssos", "spd", "sip", "skom",
    "st", "mt", "mpd", "sag", "shi", "mkes", "skm", "sstp", "stp", "ssit", "mkn", "msc", "phd",
    "llm", "mhum", "ca", "cfa", "spog", "sked", "mag", "mp", "mec", "dev", "ipu", "asean", "eng",
    "ptk", "ssi", "mbi",
    "lc",  # the licence of Al-Azhar and other Middle East universities ("K.H. X, Lc., M.A.")
    "ssps", "svd", "ofm",  # religious orders after a nun's or priest's name ("Sr. X, SSpS, S.Pd.")
    "mked", "mkep", "mfarm", "mpsi",  # master's of medicine, nursing, pharmacy, psychology ("M.Ked")
}
VENUE_HEADS = {"kantor", "gedung", "aula", "rumah", "pendopo", "pendapa", "ruang", "balai", "meuligoe",
               "rujab", "rudin", "jabatan", "dinas", "lantai", "wisma", "graha", "istana", "halaman", "lapangan"}
_MONTH_NAMES = {"mei", "juni", "juli", "april", "agustus", "maret"}
# (and the Portuguese "dos", "das", "do" of Timor-Leste's names: "Jose dos Santos Pereira")
NAME_PARTICLES = {"bin", "binti", "br", "br.", "van", "de", "da", "la", "wa", "al", "el", "dg", "dg.", "dos", "das", "do"}
ROMAN = {"i", "ii", "iii", "iv", "v"}
ROMAN_TITLES = {"Asisten", "Asisten Deputi", "Deputi", "Staf Ahli", "Wakil Rektor", "Wakil Ketua", "Komisi",
                "Wakil Dekan", "Wakil Direktur"}

# a caption's "X dan Y menunjukkan nota kesepakatan usai penandatanganan": who hold up
# the signed document (the signers, unless the text names other ones: signings reads
# the others as guests posing with them)
_SHOWN_DOCUMENT = (r"\b(?:menunjukkan|memperlihatkan|(?:saling\s+)?bertukar)\s+(?:dokumen\s+|naskah\s+)?"
                   r"(?:nota\s+kesepa(?:katan|haman)|mou|perjanjian|dokumen)\b[^.;]{0,60}?\b(?:usai|setelah|seusai)\s+"
                   r"(?:penandatanganan|ditandatangani|diteken)\b")
SHOWN_DOCUMENT = fastre.compile(_SHOWN_DOCUMENT, re.I)
SIGN_ACTIVE = fastre.compile(
    # ("membubuhkan paraf" initials an annex, it is no signature: "yang juga membubuhkan
    # paraf pada lampiran"; a speaker's "saya tanda tangan dengan Ibu X" signs with X)
    # (news in a colloquial register drops the verb's prefix: "keduanya bubuhkan tanda tangan")
    r"\b(?:menandatangani|menandatanganinya|tandatangani|meneken|teken|membubuhkan(?!\s+paraf\b)|"
    r"bubuhkan(?=\s+tanda\s*tangan\b)|"
    # (other verbs of putting a mark, with the signature as their object: "menorehkan
    # tanda tangan", "menggoreskan tanda tangan", a translation's "menempatkan tanda tangan
    # mereka")
    r"(?:me(?:norehkan|nggoreskan|nempatkan)|torehkan|goreskan)(?=\s+tanda\s*tangan\b)|"
    # (the bare "tanda tangan" of everyday speech is the verb too, before the document or after
    # "yang": "X dan Y tanda tangan kerja sama", "Yang tanda tangan langsung Bupati X dan ...")
    r"bertanda\s*tangan|tanda\s*tangan(?=\s+(?:langsung\s+)?(?:dengan|bersama)\s)|"
    r"tanda\s*tangan(?=\s+(?:nota|mou|perjanjian|kesepakatan|kerja\s*sama|pks)\b)|(?<=yang\s)tanda\s*tangan|"
    r"sign|signs|signed)\b"
    r"|" + _SHOWN_DOCUMENT, re.I)
# (the passive prefix is often written apart from its verb: "di tanda tangani oleh X",
# "di teken", "di saksikan oleh Y", "di dampingi", "di hadiri", "di wakili")
SIGN_PASSIVE = fastre.compile(
    r"\b(?:di[ \t]?tandatangani|di[ \t]?tanda[ \t]+tangani|di[ \t]?teken|ditandatanganinya|ditekan|signed\s+by|"
    r"dibubuhkan(?:\s+(?:pula|juga))?\s+tanda\s*tangan(?:\s+oleh)?|dibubuhi\s+tanda\s*tangan(?:\s+oleh)?)\b", re.I)
# (and "Penandatanganan berlangsung di Ruang Rapat X, oleh A dan B": the place between)
SIGN_DONE_BY = fastre.compile(r"\bdilakukan(?:\s+langsung)?(?:\s+oleh)?\b|\bdilaksanakan\s+oleh\b"
                              r"|\b(?:berlangsung|digelar|dilangsungkan|dilaksanakan|dilakukan)\s+(?:di|pada)\s"
                              r"[^.;:\"”]{0,160}?,\s*oleh\b", re.I)
# "penandatanganan nota kesepahaman oleh Bupati X": the signing noun, its object, "oleh"
# (no verb between: "penandatanganan yang disaksikan oleh" is read by ATTEND)
# (its short form in brackets and a kind of agreement between: "penandatanganan Perjanjian Kerja
# Sama (PKS) teknis oleh Kepala Dinas X, Y")
SIGNING_BY = fastre.compile(r"\bpenandatanganan(?:\s+(?:nota|naskah|mou|perjanjian|kesepakatan|kesepahaman|kerja|sama|"
                            r"pks|dokumen|memorandum|of|understanding|tersebut|itu|ini|teknis|lanjutan)"
                            r"|\s*\((?:pks|mou|nk)\))*\s+oleh\b", re.I)
# (also whom a guest came with, "yang datang bersama Pemimpin Cabang X", and who joined
# an online signing, "turut bergabung Kepala Ombudsman ...")
ATTEND = fastre.compile(
    r"\b(?:di[ \t]?dampingi|mendampingi|di[ \t]?saksikan|menyaksikan|di[ \t]?hadiri|menghadiri|hadir|diikuti|"
    # (the everyday word for "didampingi": "Wali Kota X ditemani Kepala Dinas Y, Z")
    r"di[ \t]?temani|menemani|"
    r"(?:datang|tiba)\s+bersama|(?:turut|ikut|juga)\s+bergabung|"
    # ("Turut mengikuti secara daring Sekda X": who took part from afar was present)
    r"(?:turut|ikut|juga)\s+mengikuti|"
    # ("Tampak pula Kepala Seksi X, Y": who was seen there was present)
    r"(?:tampak|terlihat)\s+(?:pula|juga)|"
    # ("Dari unsur Pemkot, tampak Kepala Dinas X, Y": in the middle of a sentence and
    # before a capital, the person seen there; "tampak senang" is how someone looked)
    r"(?<=[,;]\s)(?-i:tampak|terlihat)(?=\s+(?-i:[A-Z])|\s*$)|"
    # (also after a lower-case word with no comma: "Dari pihak pemkab tampak Kepala Dinas X")
    r"(?<=[a-z]\s)(?-i:tampak|terlihat)(?=\s+(?-i:[A-Z])|\s*$)|"
    # ("menandatangani dokumen itu di hadapan Camat X, Y": who it was signed before watched;
    # not "di hadapan para wartawan", a word in lower case after it)
    r"di\s+hadapan(?!\s+(?-i:[a-z]))|"
    r"accompanied|witnessed|attended|attending|present)\b", re.I)
REP_PASSIVE = fastre.compile(r"\b(?:di[ \t]?wakili|represented\s+by)\b", re.I)
# "Bupati X mengutus Sekda Y": whom an official sends stands in for them, as after
# "diwakili" (read by _assign_cues only: not an opener of a list of signers)
REP_SENT = fastre.compile(r"\bmengutus\b", re.I)
REP_ACTIVE = fastre.compile(r"\b(?:mewakili|atas\s+nama|on\s+behalf\s+of|representing)\b", re.I)
ABSENT = fastre.compile(r"\b(?:berhalangan|tidak\s+hadir|tak\s+hadir|absent|unable\s+to\s+attend)\b", re.I)
CLAUSE_BREAK = fastre.compile(r"[;:]|\b(?:sedangkan|sementara\s+itu|adapun|namun|while)\b", re.I)
SIGNING_NOUN = fastre.compile(r"\b(?:penandatanganan|signing)\b", re.I)


# characters that show nothing: a word is read without them (see _TOKEN)
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060]")


class Tok:
    """A word or punctuation token with its offsets; the derived views are computed once
    (they are read hundreds of thousands of times per batch)."""

    __slots__ = ("text", "start", "end", "low", "is_cap", "is_word")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        # (the invisible characters are not ASCII: most words skip the search)
        self.low = (text if text.isascii() else _INVISIBLE.sub("", text)).lower().rstrip(".")
        if text == "&":
            # the ampersand is read as the word it stands for ("Kepala Seksi Perdata & Tata
            # Usaha Negara Kejari X, Y": a field of two areas, as with "dan")
            self.low = "dan"
        first = text[:1]
        self.is_cap = first.isupper()
        self.is_word = first.isalpha()

    def __eq__(self, other):
        return isinstance(other, Tok) and (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __repr__(self):
        return f"Tok({self.text!r}, {self.start}, {self.end})"


# a role written in lower case between a signing or presence word and ", Name": "diteken
# plt kepala ombudsman ri perwakilan kaltim, Ridwan ...", "dan bupati paser, H. Syahrul";
# only the title may be in lower case, the office's name capitalised ("dan asisten
# Ombudsman, Fadli ...")
# (a page that writes its roles in lower case may also leave out the comma and the dots:
# "oleh bupati bolmut Drs Hamdan Lasabuda MSi dan kepala ombudsman RI perwakilan sulut
# Refly Karundeng SH MH": the role then ends before an honorific, or before a name of two
# to four words closed by a degree, or before the office's acronym written in capitals;
# an acronym inside the role, "RI", is kept)
_HONORIFIC_ABBR = r"(?:H|Hj|Dr|Drs|Dra|Ir|Prof|KH|K\.H|H\.M|dr)"
_HONORIFIC_BARE = _HONORIFIC_ABBR + r"\.?"
_DEGREE_BARE = r"(?:S|M)(?:[A-Z][a-z]{0,3}){1,2}"  # SH, MH, MSi, SE, MM, SPd, MKes, SSos, MAP
_LOWER_ROLE = fastre.compile(
    r"\b(?:diteken|ditandatangani|oleh|dan|diwakili|serta|yakni|yaitu|hadir|sang)[ \t]+"
    r"(?P<role>[a-z][a-z.]*(?:[ \t]+(?:[a-z][a-z.-]*|[A-Z]{2,4}(?=[ \t]+[a-z]))){0,7}"
    r"(?P<caps>[ \t]+[A-Z][\w.-]*(?:[ \t]+(?:[A-Z][\w.-]*|dan|di)){0,6})?)"
    r"(?:,[ \t]+(?=(?:" + _HONORIFIC_ABBR + r"\.[ \t]+)*[A-Z][a-z]+[ \t,]+(?:[A-Z]|S\.|M\.))"
    r"|[ \t]+(?=" + _HONORIFIC_BARE + r"[ \t]+[A-Z][a-z]+[ \t]"
    r"|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]+" + _DEGREE_BARE + r"\b"
    # (or before the office's acronym, then capitalised words: "ketua DPRD Bolmut Yusran ...")
    r"|[A-Z]{2,6}\b[ \t]+[A-Z]))")
_LOWER_WORD = re.compile(r"[a-z][a-z.-]*")
_LOWER_ROLE_KEEP = {"dan": "dan", "di": "di", "ri": "RI", "dprd": "DPRD", "opd": "OPD"}


# institutions written in lower case by their owners (data/lower_case_brands.txt)
_LOWER_BRANDS = fastre.compile(r"(?<![\w.-])(?:%s)(?![\w-])" % "|".join(
    r"[ \t]+".join(map(re.escape, ln.split())) for ln in data_lines("lower_case_brands.txt")))


_WORD_INITIAL = re.compile(r"(?<![\w-])[a-z]")  # a word's first letter, in lower case


def _capitalise_brands(text: str) -> str:
    """`text` with the institutions their owners write in lower case capitalised ("bank
    bjb" -> "Bank Bjb"): a role goes on naming them ("Pemimpin Cabang bank bjb Kuningan,
    X"). The same length."""
    if _LOWER_BRANDS.search(text) is None:
        return text
    return _LOWER_BRANDS.sub(lambda m: _WORD_INITIAL.sub(lambda c: c.group().upper(), m.group()), text)


def restore_role_case(text: str) -> str:
    """`text` with roles written all in lower case before a name capitalised as a role
    is ("plt kepala ombudsman ri perwakilan kaltim, X" -> "Plt Kepala Ombudsman RI
    Perwakilan Kaltim, X"): the same length, so offsets hold. Only phrases whose first
    word opens an Indonesian title (data/jabatan.tsv) change. Institutions written in
    lower case by their owners are capitalised (_capitalise_brands)."""
    text = _capitalise_brands(restore_name_case(restore_caps_prose(text)))
    out = None
    at = 0
    while (m := _LOWER_ROLE.search(text, at)) is not None:
        # (a phrase that is no role is read again from its second word, where another
        # opener may start one: "dan di saksikan oleh ketua DPRD X Y")
        at = m.start("role")
        words = m.group("role").split()
        if words[0].rstrip(".") not in _indonesian_title_starts() or any(w.endswith("nya") for w in words):
            continue  # ("kepala perwakilannya, X": whose head, the text says elsewhere)
        if m.group("caps") and (text[m.start("caps") - 1] == "."
                                or any(w.rstrip(".").lower() in titles() for w in m.group("caps").split())):
            # the capitalised words name an office, not another post or a new sentence
            # ("gubernur bersama Direktur Utama X, Y", "ketua fraksi. Wakil Bupati X, Y")
            continue
        at = m.end()
        out = out or list(text)
        pos = m.start("role")
        for w in _LOWER_WORD.finditer(m.group("role")):
            if w.start() and not m.group("role")[w.start() - 1].isspace():
                continue  # inside a word written capitalised ("asisten Ombudsman, X")
            fixed = _LOWER_ROLE_KEEP.get(w.group(), w.group()[:1].upper() + w.group()[1:])
            out[pos + w.start():pos + w.end()] = fixed
    return "".join(out) if out else text


# --- paragraphs written in capitals ---------------------------------------------------
# A press release or a caption set all in capitals ("NOTA KESEPAKATAN DITANDATANGANI OLEH
# GUBERNUR KALIMANTAN TIMUR H. ANDI BAHRUDDIN SYAM DAN KEPALA ...") is one run of
# capitalised words to the role and name reader. Such a line of prose is read in title
# case instead (the same length, so offsets hold): conjunctions, prepositions and the
# verbs around the people (data/caps_prose_lower.txt, caps_lower_words.txt) and words
# formed with the verbal or nominal affixes in lower case ("PEMBERIAN", "SAMBUTANNYA",
# "MENYAMPAIKAN"; not an office's word: "PEMBERDAYAAN"), "SE-" before a region in lower
# case, acronyms the lexicon knows, words with no vowel, initials and dotted degrees
# ("S.H.") kept. Other words, names among them, get a capital and lower-case letters.
_CAPS_PROSE_WORD = fastre.compile(r"[A-Za-z][A-Za-z'’]*")
_AFFIXED = fastre.compile(r"(?:(?:pe[mn]?|peng|peny|per|ke)[a-z]{3,}an|[a-z]{3,}kan|[a-z]{4,}nya)")
_ROMAN_NUMERAL = fastre.compile(r"(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})")
_VOWELLESS = fastre.compile(r"[^AEIOUaeiou]+")
_MIN_PROSE_WORDS = 8  # (a headline or a tag line in capitals is shorter, and not read so)


# (prose ends with a full stop, a caption maybe with its credit after it: a headline does not)
_PROSE_END = fastre.compile(r"\.[\"”]?(?:\s*\([^()\n]{1,40}\))?\s*$")

_ASCII_CAPITAL = re.compile("[A-Z]")
_ASCII_LOWER = re.compile("[a-z]")


def _shouting(line: str) -> bool:
    """Whether a line is prose written in capitals: 20 capital letters or more, not one
    lower-case letter in ten, eight words or more, and a full stop at its end."""
    # (speed: a line of fewer than 20 characters, or with a letter a-z for every ten
    # characters, found by a scan that stops there, fails the counts)
    if len(line) < 20 or next(islice(_ASCII_LOWER.finditer(line), (len(line) + 9) // 10 - 1, None), None) is not None:
        return False
    up = sum(map(str.isupper, line))  # (speed: map, not a generator, for the counts)
    return up >= 20 and 10 * sum(map(str.islower, line)) < up and len(line.split()) >= _MIN_PROSE_WORDS \
        and _PROSE_END.search(line) is not None


@lru_cache(maxsize=1)
def _caps_prose_sets() -> tuple[frozenset, frozenset, frozenset]:
    """(words lowered, words kept capitalised though affixed, acronyms kept in capitals)."""
    from .regions import abbreviations

    lower = word_set("caps_prose_lower.txt") | word_set("caps_lower_words.txt")
    keep = set(word_set("office_words.txt")) | {w.lower() for ts in titles().values() for t in ts for w in t.words}
    acronyms = frozenset(k.rstrip(".") for k in abbreviations() if k.rstrip(".").isupper())
    return frozenset(lower), frozenset(keep), acronyms


def restore_caps_prose(text: str) -> str:
    """`text` with each line of prose written in capitals in title case (see above)."""
    # (speed: twenty capitals A-Z found by a scan that stops there make the count; only a
    # text with fewer is counted character by character)
    if next(islice(_ASCII_CAPITAL.finditer(text), 19, None), None) is None and sum(map(str.isupper, text)) < 20:
        return text
    out = None
    pos = 0
    for line in text.split("\n"):
        if _shouting(line):
            out = out or list(text)
            _recase_line(line, pos, out)
        pos += len(line) + 1
    return "".join(out) if out else text


def _recase_line(line: str, pos: int, out: list) -> None:
    lower, keep, acronyms = _caps_prose_sets()
    for m in _CAPS_PROSE_WORD.finditer(line):
        w = m.group()
        a, b = m.start(), m.end()
        if not w.isupper() or len(w) == 1 or w in acronyms or _ROMAN_NUMERAL.fullmatch(w) \
                or _VOWELLESS.fullmatch(w):
            continue
        if (a > 0 and line[a - 1] == ".") or (b + 1 < len(line) and line[b] == "." and line[b + 1].isalpha()):
            continue  # a dotted degree or initials: "S.H.", "M.SI."
        low = w.lower()
        if low in lower or (b < len(line) and line[b] == "-" and low == "se") \
                or (_AFFIXED.fullmatch(low) and low not in keep):
            new = low
        else:
            new = low[:1].upper() + low[1:]
        if len(new) == len(w):
            out[pos + a:pos + b] = new


# --- names written in capitals --------------------------------------------------------
# Government pages print officials' names in capitals between their honorifics and
# degrees: "Bupati Tanah Laut, H. M. ZAINAL ARIFIN, S.Sos., M.Si", "JUMRIANSYAH, S.STP".
# A run of capitalised words like that is read as an acronym, not a name; so where an
# honorific opens it or a degree closes it, the view the people are read from has it in
# title case ("H. M. Zainal Arifin, S.Sos."), as do the other places the same words
# stand in capitals ("Kepala Ombudsman ..., NURAINI TALIB, menjelaskan"). Headlines and
# lines mostly in capitals, and runs with an acronym, a title or an ordinary word
# ("TEKEN", "MOU", "DINAS"), stay as written.
_CAPS_WORD = r"[A-Z][A-Z'’]*[A-Z](?:-[A-Z]+)*\.?"
# (each repetition starts with blanks, which no word contains: no ambiguous split)
# (speed: the look-behind is checked past the first capital, "[A-Z](?<![\w.'’-][A-Z])" for
# "(?<![\w.'’-])[A-Z]": the same matches, and the engine skips to the capitals)
assert _CAPS_WORD.startswith("[A-Z]")
_CAPS_RUN = fastre.compile(r"[A-Z](?<![\w.'’-][A-Z])" + _CAPS_WORD[len("[A-Z]"):] + r"(?:[ \t]+(?:[A-Z]\.[ \t]*)?"
                           + _CAPS_WORD + r")*(?![\w'’-])")
_CAPS_PIECE = fastre.compile(r"[A-Z][A-Z'’]*[A-Z](?:-[A-Z]+)*")
# the word before a run, past initials ("H. M. ZAINAL": "H.")
_WORD_BEFORE = fastre.compile(r"([A-Za-z]+)\.?[ \t]*(?:[A-Z]\.[ \t]*)*$")
_LOWER_PARTICLES = {"bin", "binti"}


@lru_cache(maxsize=1)
def _caps_not_name() -> frozenset:
    """Lower-case words a capitalised name never contains: acronyms of offices, title
    words, office words, sentence words (data/name_stopwords.txt, office_words.txt,
    jabatan.tsv, abbreviations.tsv)."""
    from .regions import abbreviations

    out = set(word_set("name_stopwords.txt")) | set(word_set("office_words.txt"))
    out |= {w.lower() for ts in titles().values() for t in ts for w in t.words} - word_set("title_given_names.txt")
    out |= {k.rstrip(".").lower() for k in abbreviations()}
    return frozenset(out - HONORIFICS)


def _title_case_word(w: str) -> str:
    low = w.lower()
    if low.rstrip(".") in _LOWER_PARTICLES:
        return low
    if low.rstrip(".") in ROMAN:
        return w
    out = []
    up = True
    for c in low:
        out.append(c.upper() if up and c.isalpha() else c)
        up = c == "-"
    return "".join(out)


def restore_name_case(text: str) -> str:
    """`text` with names written in capitals in title case (see above): the same length,
    so offsets hold."""
    runs = []
    for m in _CAPS_RUN.finditer(text):
        words = [w for w in m.group().split() if len(w.rstrip(".")) > 1]
        a, b = 0, len(words)
        while a < b and words[a].rstrip(".").lower() in HONORIFICS:
            a += 1
        while b > a and words[b - 1].rstrip(".").lower() in DEGREE_WORDS:
            b -= 1
        core = tuple(w.rstrip(".").lower() for w in words[a:b])
        if not core or len(core) > 5 or any(w in _caps_not_name() for w in core):
            continue
        cued = a > 0 or b < len(words)
        if not cued:
            wb = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            cued = wb is not None and wb.group(1).lower() in HONORIFICS and not _title_ends_at(text, wb.end(1))
        if not cued:
            after = _TOKEN.search(text, m.end(), min(len(text), m.end() + 16))
            if after and after.group() == ",":
                after = _TOKEN.search(text, after.end(), min(len(text), m.end() + 16))
            cued = after is not None and is_degree(Tok(after.group(), after.start(), after.end()))
        runs.append((m, core, cued))
    names = {core for _m, core, cued in runs if cued}
    if not names:
        return text
    out = None
    for m, core, _cued in runs:
        if core not in names:
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        line = text[ls:le if le >= 0 else len(text)]
        if 3 * sum(map(str.islower, line)) < sum(map(str.isupper, line)) and not _LIST_ITEM.match(line):
            continue  # a headline or a tag line in capitals (not an item of a list of people)
        out = out or list(text)
        for p in _CAPS_PIECE.finditer(m.group()):
            w = p.group()
            if w.lower() in HONORIFICS or w.lower() in DEGREE_WORDS:
                continue
            fixed = _title_case_word(w)
            if len(fixed) == len(w):
                s = m.start() + p.start()
                out[s:s + len(w)] = fixed
    return "".join(out) if out else text


# an item of a list: "- KEPALA DINAS SOSIAL, GUSTI X, S.E.", "2. KASAT RESKRIM ..., AKP Y"
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*·–]|\d{1,2}[.)])[ \t]+")


def _title_ends_at(text: str, pos: int) -> bool:
    """A title from data/jabatan.tsv ends at text[pos]: the rank word "Jenderal" ends
    "Sekretaris Jenderal PB IDI" and "Direktur Jenderal ..." (an office, not a rank
    before a name in capitals)."""
    toks = tokenize(text, max(0, pos - 40), pos)
    for k in range(max(0, len(toks) - 4), len(toks) - 1):
        mt = match_title(toks, k)
        if mt and k + mt[0] == len(toks):
            return True
    return False


@lru_cache(maxsize=1)
def _indonesian_title_starts() -> frozenset:
    """First words of the Indonesian titles in data/jabatan.tsv (lower case)."""
    return frozenset(k for k in titles() if k not in word_set("en_title_words.txt"))


def _abbrev_stems() -> set[str]:
    from .segment import _abbrev_tokens

    return {t.rstrip(".").lower() for t in _abbrev_tokens()}


_ABBREV: set[str] = set()


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Tokens of text[start:end]; a word's final dot is split off unless it is an
    abbreviation, an initial or a degree. Memoised: parties and people read the same
    sentences many times (the tokens are shared and must not be changed)."""
    return list(_tokenize(text, start, end))


_DOTLESS_DEGREE = fastre.compile(r"[A-Za-z]{1,2}\.[A-Z][a-z]{1,3}")
# a name's part shortened to two letters without a vowel, inside the name: "Albert Ch.
# Sumampouw", "Yohanes Th. Lakat" (an initial, not the end of a sentence)
_NAME_INITIAL2 = fastre.compile(r"[A-Z][bcdfghjklmnpqrstvwxz]")
_NEXT_CAP = fastre.compile(r"[ \t]+[A-Z][a-z]")


@lru_cache(maxsize=512)
def _tokenize(text: str, start: int, end: int) -> tuple[Tok, ...]:
    global _ABBREV
    if not _ABBREV:
        # (and the particles written with a dot: "Moh. Syafii Dg. Matona")
        _ABBREV = _abbrev_stems() | HONORIFICS | {p.rstrip(".") for p in NAME_PARTICLES if p.endswith(".")}
    out: list[Tok] = []
    append = out.append
    # (speed: the token strings from findall, no match objects; each starts at the first
    # character after the last that is no blank nor "_", the only characters no
    # alternative of _TOKEN starts with, so `find` gives its offset)
    find = text.find
    e = start
    for t in _TOKEN.findall(text, start, end):
        s = find(t, e)
        e = s + len(t)
        # (speed: both rules below need a dot, which most tokens have not)
        if "." in t:
            if _DOTLESS_DEGREE.fullmatch(t) and t.replace(".", "").lower() not in DEGREE_WORDS:
                # "M.Nur" is an initial and a name, not a degree written without its dot
                dot = t.index(".") + 1
                out.append(Tok(t[:dot], s, s + dot))
                out.append(Tok(t[dot:], s + dot, e))
                continue
            if t.endswith(".") and len(t) > 1 and t.count(".") == 1 and t[:1].isalpha():
                stem = t[:-1]
                if not (len(stem) == 1 or stem.lower() in _ABBREV or stem.lower() in DEGREE_WORDS
                        or _NAME_INITIAL2.fullmatch(stem) and _NEXT_CAP.match(text, e, end)):
                    out.append(Tok(stem, s, s + len(stem)))
                    out.append(Tok(".", s + len(stem), s + len(t)))
                    continue
        append(Tok(t, s, e))
        if t == ")" and len(out) >= 4 and out[-3].text == "(" and out[-4].end == out[-3].start \
                and out[-2].end == out[-1].start and _SPECIALTY.fullmatch(out[-2].text) and is_degree(out[-4]):
            # a degree with its specialty in brackets, written without a space, is one
            # degree: "M.Ked(Ped)", "Sp.A(K)", "M.Ked(OG)"
            d = out[-4]
            out[-4:] = [Tok(text[d.start:out[-1].end], d.start, out[-1].end)]
    return tuple(out)


_SPECIALTY = fastre.compile(r"[A-Z][A-Za-z]{0,7}")
_DEGREE_SPECIALTY = fastre.compile(r"\([A-Za-z]{1,8}\)$")


_SHORT_DEGREE = fastre.compile(r"[A-Za-z]{1,2}\.[A-Z]{2,4}")  # "S.Sos", "M.Si" written without the last dot


def is_degree(tok: Tok) -> bool:
    t, low = tok.text, tok.low
    if "." not in t and not t.endswith(")"):
        return low in DEGREE_WORDS  # (most words: the patterns below need a dot)
    if t.endswith(")"):  # "M.Ked(Ped)": the degree before its specialty
        t = _DEGREE_SPECIALTY.sub("", t)
        if not t or t == tok.text:
            return False
        low = t.lower().rstrip(".")
    if t.count(".") >= 2 or _SHORT_DEGREE.fullmatch(t):
        return True
    return low.replace(".", "") in DEGREE_WORDS


def is_honorific(tok: Tok) -> bool:
    return tok.low in HONORIFICS or tok.text in {"H.", "Hj.", "Dr.", "dr.", "Drs.", "Prof.", "Ir."} \
        or tok.text in _DOTTED_HONORIFICS


# honorifics written with a dot between their letters: "K.H. X" (Kiai Haji), "H.M. Y"
# (and "Ev. X", Evangelis, a lay preacher of the Papuan churches: only with its dot, as
# "EV" is an electric vehicle)
_DOTTED_HONORIFICS = {"K.H.", "K.H", "H.M.", "T.G.H.", "Ev."}


# --- role phrases ---------------------------------------------------------------------


@dataclass
class Role:
    start: int
    end: int
    title: str                 # full title incl. prefix, e.g. "Penjabat Bupati"
    cls: str                   # class of the main title (region_head, secretary, head, ...)
    org: list[Tok]             # tokens after the title (office / institution / place)
    place: Optional[str] = None          # surface form of the jurisdiction, e.g. "Tapsel"
    place_level: Optional[str] = None    # level word written before it, if any
    regions: list = field(default_factory=list)  # candidate regions of the jurisdiction
    before: list = field(default_factory=list)   # jurisdiction written before an English title ("Badung")

    def org_text(self) -> str:
        return " ".join(t.text for t in self.org).replace(" ,", ",").replace(" / ", "/")


def match_title(toks: list[Tok], i: int) -> Optional[tuple[int, Title]]:
    """Longest title starting at toks[i]: (number of tokens, Title)."""
    if i >= len(toks) or not toks[i].is_cap:
        return None
    if i > 0 and toks[i - 1].low == "kementerian":
        return None  # a ministry's name, not a post: "Kementerian Koordinator Bidang ..."
    for t in titles().get(toks[i].low, []):
        n = len(t.words)
        if i + n <= len(toks) and all(toks[i + k].low == t.words[k].lower() for k in range(n)):
            return n, t
    return None


# the last word of a title that contains its military unit ("Kepala Staf Komando Daerah
# Militer" for "Kasdam", "Kepala Staf Kodim"): the unit's number follows it
_UNIT_IN_TITLE = {"militer", "kodam", "korem", "kodim"}


def unit_slash(toks: list[Tok], j: int) -> int:
    """Index of the "/" in a military unit's number at toks[j] followed by its town or
    name ("0809/Kediri", "1619-05/Kediri", a Kodam's Roman numeral "XIII/Merdeka", written
    without spaces), or 0."""
    if j >= len(toks) or not (toks[j].text.isdigit() or _ROMAN_NUMERAL.fullmatch(toks[j].text)):
        return 0
    k = j + 1
    if k + 1 < len(toks) and toks[k].text == "-" and toks[k + 1].text.isdigit() \
            and toks[k].start == toks[j].end and toks[k + 1].start == toks[k].end:
        k += 2  # a rayon under its district: "1619-05"
    if k + 1 < len(toks) and toks[k].text == "/" and toks[k + 1].is_cap:
        return k
    return 0


def _is_acronym(tok: Tok) -> bool:
    t = tok.text.rstrip(".")
    return len(t) >= 2 and t.isupper() and t.isalpha()


NAMED_INSTITUTIONS = set(word_set("named_institution_words.txt"))  # "Universitas X", "BUMDes Y"
# hospitals named after a doctor: "Direktur Utama RSUP Dr. M. Djamil dr. Hj. Rosmawati"
_HOSPITALS = word_set("hospital_words.txt")


_UNIT_TITLE_WORDS = word_set("unit_title_words.txt")  # "Kepala Bidang X", "Kepala Divisi Y"
_UNIT_FIELDS = word_set("unit_field_words.txt")  # "Kepala Seksi Intelijen X", "Kasi Datun Y"
_UNIT_HEADS = word_set("unit_head_words.txt")  # "Fakultas Syariah dan Hukum", "Seksi Pendidikan Madrasah"
_FIELD_LIST_HEADS = word_set("field_list_heads.txt")  # "Dinas Pertanian, Tanaman Pangan dan ..."
_NAME_OPENERS = word_set("name_openers.txt")  # "Moh.", "Abd."
_TOWN_OFFICES = word_set("town_offices.txt")  # "PN Sungailiat", "Lapas Cipinang"
# a bare "Kepala" always heads a named office: the word after it is the office's, even
# one no list knows ("Kepala Dispendukcapil dan ...", "Kepala Staf Kodim 0712/Tegal")
_BARE_HEADS = {"Kepala"}


_COMPANY_BRANCH = word_set("company_branch_words.txt")  # "Cabang Utama Merak, X"
# common nouns of two words naming a unit's field ("Direktur Lalu Lintas Polda X"), never
# a name although their first word may open one (data/field_compounds.txt)
_FIELD_COMPOUNDS = {tuple(ln.split()) for ln in data_lines("field_compounds.txt")}


def _field_compound_len(toks: list[Tok], j: int) -> int:
    """Length of a field compound (data/field_compounds.txt) at toks[j], capitalised, or 0."""
    for words in _FIELD_COMPOUNDS:
        n = len(words)
        if j + n <= len(toks) and toks[j].is_cap and tuple(t.low for t in toks[j:j + n]) == words:
            return n
    return 0


def _joining_slash(toks: list[Tok], j: int) -> bool:
    """toks[j] is a "/" written between two capitalised words without spaces ("ATR/BPN",
    "Tata Ruang/Badan")."""
    return (toks[j].text == "/" and 0 < j < len(toks) - 1 and toks[j - 1].end == toks[j].start
            and toks[j + 1].start == toks[j].end and toks[j - 1].is_cap and toks[j + 1].is_cap
            and toks[j + 1].is_word)


_LEVEL_WORDS = frozenset(("kabupaten", "kab.", "kota", "provinsi"))


def _ends_in_jurisdiction(toks: list[Tok], j: int) -> bool:
    """The words before toks[j] end in a level word and the name of a region ("Kepala Dinas
    Tenaga Kerja dan Transmigrasi Kabupaten Sintang, Yohanes ..."): the office's name is
    complete there, and what follows a comma is no more of its fields."""
    lows = [t.low for t in toks[max(0, j - 6):j]]
    for p in range(len(lows) - 1):
        if lows[p] in _LEVEL_WORDS and (places.match_tokens(lows, p + 1) or (0,))[0] == len(lows) - p - 1:
            return True
    return False


def _field_list_end(toks: list[Tok], j: int, comma_after: bool, short_forms=frozenset()) -> int:
    """Where a field list that goes on after the comma at toks[j] ends: "Bidang A, B dan
    C Unram, X" names three fields, so the comma at j belongs to the role when
    capitalised words, commas and one "dan" (then more capitalised words) follow up to
    the next comma. Returns the index of the last word + 1 (0 when not such a list).
    The list also ends at an institution's short form (an acronym, or one of the
    article's `short_forms`) with the person's name right after it, no comma between:
    "Bidang Perencanaan, Kerja Sama dan Sistem Informasi Untan Muhammad Ikhsan". No list
    goes on after the office's jurisdiction (_ends_in_jurisdiction)."""
    if _ends_in_jurisdiction(toks, j):
        return 0
    k = j + 1
    seen_and = False
    while k < len(toks) and k - j <= 14:
        t = toks[k]
        if t.text == "(" and k > j + 1:
            # a gloss of the whole office: "Badan Perencanaan, Penelitian dan Pengembangan
            # Daerah (Bappeda Litbang), X"
            close = next((x for x in range(k + 1, min(len(toks), k + 6)) if toks[x].text == ")"), None)
            if close is None:
                return 0
            k = close + 1
            continue
        if t.low == "dan" and k > j + 1:  # (", dan" too: "Bidang A, B, dan C")
            seen_and = True
        elif t.text == ",":
            if seen_and:
                break
        elif seen_and and is_honorific(t):
            break  # the name follows with its honorific: "... Universitas Jambi Dr. X"
        elif seen_and and t.is_cap and (pl := places.match_tokens([x.low for x in toks[k:k + 5]], 0)) \
                and k + pl[0] + 1 < len(toks) and toks[k + pl[0]].is_cap and toks[k + pl[0]].is_word \
                and not is_honorific(toks[k + pl[0]]) and match_title(toks, k + pl[0]) is None \
                and not places.match_tokens([x.low for x in toks[k + pl[0]:k + pl[0] + 5]], 0):
            # the jurisdiction ends the list and the name follows without a comma:
            # "Kepala Dinas Koperasi, UKM dan Perindustrian Sigi Nurhayati ..."
            return k + pl[0]
        elif seen_and and (t.text in short_forms or _is_acronym(t) and not is_degree(t)) and k + 2 < len(toks) \
                and all(x.is_cap and x.is_word and not is_honorific(x) and not _is_acronym(x) for x in toks[k + 1:k + 3]) \
                and match_title(toks, k + 1) is None:
            return k + 1
        elif not (t.is_cap and t.is_word) or is_honorific(t) or match_title(toks, k) is not None:
            return 0
        k += 1
    if not seen_and or not (toks[k - 1].is_word or toks[k - 1].text == ")") or toks[k - 1].low == "dan":
        return 0
    if k < len(toks) and (toks[k].text == "," or is_honorific(toks[k])) or k == len(toks) and comma_after:
        return k
    return 0


def _office_words_end(toks: list[Tok], j: int, office) -> int:
    """Index after the last office word in the capitalised words and "dan" from toks[j]
    when a "dan" comes before it and a name (a capitalised word that is no office word
    or title) after it; else 0."""
    k, best, seen_and = j, 0, False
    while k < len(toks) and k - j < 8:
        t = toks[k]
        if t.low == "dan" and k > j:
            seen_and = True
        elif not (t.is_cap and t.is_word) or is_honorific(t) or match_title(toks, k) is not None:
            break
        elif t.low in office and seen_and and k + 1 < len(toks) and toks[k + 1].is_cap and toks[k + 1].is_word \
                and toks[k + 1].low not in office and match_title(toks, k + 1) is None:
            best = k + 1
        k += 1
    return best


def _field_before_comma(toks: list[Tok], j: int) -> int:
    """The comma after one to three capitalised words at toks[j] (not an honorific, a
    title or a place), or 0."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k].is_cap and toks[k].is_word and not is_honorific(toks[k]) \
            and match_title(toks, k) is None and not places.match_tokens([t.low for t in toks[k:k + 4]], 0):
        k += 1
    return k if k > j and k < len(toks) and toks[k].text == "," else 0


_WORD_BEFORE_AT = re.compile(r"([\w.]+)[ \t]*$")


_TOWN_OFFICE_PHRASES = {tuple(ln.split()) for ln in data_lines("town_offices_spelled.txt")}


def _town_office_before(org: list[Tok]) -> bool:
    """The office's name ends with an office named by its town ("PN", "Pengadilan Negeri")."""
    if org[-1].low in _TOWN_OFFICES:
        return True
    lows = tuple(t.low for t in org)
    return any(lows[-len(p):] == p for p in _TOWN_OFFICE_PHRASES)


def _place_elsewhere(text: str, tok: Tok) -> bool:
    """Whether the article writes the word as a place elsewhere: the last item of an
    address (", Batusangkar.", "di Batusangkar,") or its dateline in capitals
    ("BATUSANGKAR (Pdek) –")."""
    if not text or len(tok.text) < 4:
        return False
    w = re.escape(tok.text)
    for m in re.finditer(r"(?:,[ \t]+|\bdi[ \t]+)" + w + r"(?=[ \t]*[,.;)])", text):
        if not m.start() <= tok.start < m.end():
            return True
    return bool(re.search(r"^[ \t]*" + re.escape(tok.text.upper()) + r"\b", text, re.M))


def _unit_named_elsewhere(text: str, toks: list[Tok], j: int, sizes: tuple = (3, 2), untitled: bool = False) -> int:
    """How many of the capitalised words at toks[j] (three or two, or the `sizes` given)
    the article writes elsewhere after a district's or village's word ("Kecamatan Rasau
    Jaya", "Desa Tanjung Baru", data/subdistrict_words.tsv): the unit's whole name; 0 when
    it does not. `untitled`: only where no head's title opens the unit's word (the same
    title and name written again, "Kepala Desa Candirejo Tri Hartono", name no village)."""
    if not text:
        return 0
    for n in sizes:
        words = toks[j:j + n]
        if len(words) < n or not all(t.is_cap and t.is_word and not is_honorific(t) for t in words):
            continue
        rx = _UNIT_WORD_RX + r"[ \t]+" + r"[ \t]+".join(re.escape(t.text) for t in words) + r"(?![\w'’-])"
        if any(not m.start() <= words[0].start < m.end()
               and not (untitled and _village_title_before(text, m.start())) for m in re.finditer(rx, text)):
            return n  # (not the title's own words: "Kepala Desa Sukamaju Ahmad ...")
    return 0


_WORD_END = re.compile(r"([A-Za-z]+)[ \t]*$")


def _name_written_elsewhere(text: str, toks: list[Tok], a: int, k: int) -> int:
    """Where an institution's proper name that opens at toks[a] ends, when the article
    writes more of its words elsewhere: the longest run toks[a:e] (e >= k, a person's
    name still left after it) written elsewhere with no title before it and another word
    after it than toks[e] ("Bumbung Mandiri" of "(BUMDes) Bumbung Mandiri Desa Sembalun",
    not the person's "Mandiri Lalu ..."); k when there is none."""
    if not text:
        return k
    e = k
    lows = [t.low for t in toks]
    while e + 1 < len(toks) and toks[e].is_cap and toks[e].is_word and not is_honorific(toks[e]) \
            and match_title(toks, e) is None and not places.match_tokens(lows, e) and e - a < 5:
        e += 1  # (a place is read as the role's jurisdiction: "Bank BPD DIY")
    for e in range(e, k, -1):
        if _written_elsewhere_untitled(text, toks[a:e], r"(?![\w'’-])", toks[e].text):
            return e
    return k


def _written_elsewhere_untitled(text: str, words: list[Tok], tail: str, not_next: Optional[str] = None) -> bool:
    """Whether the article writes `words` again elsewhere (the regex `tail` after them),
    with no title in the 40 characters before ("Ketua Yayasan X Y" again: a title, then
    maybe a person), and not followed by the word `not_next` (the same words and the same
    person again)."""
    rx = r"(?<![\w'’-])" + r"\s+".join(re.escape(t.text) for t in words) + tail
    for mm in re.finditer(rx, text):
        if mm.start() == words[0].start:
            continue
        if not_next is not None:
            nxt = _NEXT_WORD.match(text, mm.end())
            if nxt is not None and nxt.group(1) == not_next:
                continue
        before = _uncached_tokens(text, max(0, mm.start() - 40), mm.start())
        if not any(match_title(before, x) is not None for x in range(len(before))):
            return True
    return False


_NEXT_WORD = re.compile(r"[ \t]*([^\s,.;:()]+)")


# the words of a company's branch office, named by its town and the area of the town
# ("Cabang Batam Nagoya", "KCP Medan Sudirman")
_BRANCH_OFFICE = {"cabang", "kc", "kcp"}


def _branch_named_elsewhere(text: str, toks: list[Tok], j: int) -> int:
    """How many capitalised words at toks[j] (two or one, no place) go on the name of a
    branch whose word (_BRANCH_OFFICE) and town (one or two words) end right before j,
    when the article writes that branch elsewhere with them and nothing that could be a
    person after it ("Cabang Batam Nagoya." / "Cabang Batam Nagoya, ..." of "Kepala ...
    Cabang Batam Nagoya"), and no title right before it ("Kepala Cabang Batam Nagoya
    mengatakan" may name a person Nagoya); 0 when it does not."""
    b = next((k for k in range(j - 2, max(-1, j - 4), -1) if toks[k].low in _BRANCH_OFFICE), None)
    if not text or b is None or not all(t.is_cap and t.is_word for t in toks[b + 1:j]) \
            or places.match_tokens([t.low for t in toks[j:j + 3]], 0):
        return 0  # (a place after the town is read as the jurisdiction)
    for n in (2, 1):
        words = toks[j:j + n]
        if len(words) < n or not all(t.is_cap and t.is_word and not is_honorific(t) and match_title(toks, x) is None
                                     for x, t in enumerate(words, j)):
            continue
        if _written_elsewhere_untitled(text, toks[b:j + n], r"(?=[ \t]*(?:[,.;:)]|\n|$))"):
            return n
    return 0


def _village_title_before(text: str, pos: int) -> bool:
    """A word of a village head's title ends right before text[pos] ("Kepala" of "Kepala
    Desa X", "Wali" of "Wali Nagari Y")."""
    w = _WORD_END.search(text, max(0, pos - 20), pos)
    return w is not None and w.group(1).lower() in _village_title_words()


@lru_cache(maxsize=1)
def _village_title_words() -> frozenset:
    """The words of the village heads' titles other than the village's own word."""
    return frozenset(w.lower() for t in _VILLAGE_TITLES for w in t.split()) - VILLAGE_UNIT_WORDS


def _hospital_named_elsewhere(text: str, a: int, b: int) -> bool:
    """Whether the article writes the hospital phrase text[a:b] ("RSUD dr. R. Soedjono
    Selong") elsewhere with no title before it ("di Aula RSUD dr. X Y", a headline's
    "RSUD dr. X Y dan Ombudsman ..."): then the doctor's name is the hospital's, and
    "Direktur RSUD dr. X Y dan Kepala ..." names no person."""
    if not (0 <= a < b <= len(text)):
        return False
    phrase = text[a:b]
    pos = text.find(phrase)
    while pos != -1:
        if pos != a:
            w = _WORD_BEFORE_AT.search(text, max(0, pos - 40), pos)
            if w is None or w.group(1).rstrip(".").lower() not in _caps_not_name_titles():
                return True
        pos = text.find(phrase, pos + 1)
    return False


@lru_cache(maxsize=1)
def _caps_not_name_titles() -> frozenset:
    """Lower-cased words of the titles in jabatan.tsv ("direktur", "utama", "plt")."""
    return frozenset(w.lower() for ts in titles().values() for t in ts for w in t.words)


def parse_role(toks: list[Tok], i: int, aliases: set[tuple[str, ...]],
               comma_after: bool = False, lows: Optional[list[str]] = None,
               person_after: Optional[bool] = None, article: str = "") -> Optional[tuple[Role, int]]:
    """A role phrase starting at toks[i]: prefixes, a title, then the office / institution /
    jurisdiction words. Returns (Role, index after the role). `person_after`: whether a
    person's name opens what follows the comma after `toks` (None: not known); `article`:
    the text the tokens' offsets point into ("" when they come from a made-up phrase)."""
    j = i
    prefixes: list[str] = []
    m = match_title(toks, j)
    while m and m[1].cls == "prefix":
        prefixes.append(m[1].full)
        j += m[0]
        if j < len(toks) and toks[j].text == ".":
            j += 1
        if j + 2 < len(toks) and toks[j].text == "(" and ")" in (toks[j + 2].text, toks[min(j + 3, len(toks) - 1)].text) \
                and (pm := match_title(toks, j + 1)) is not None and pm[1].cls == "prefix":
            # the prefix's short form in brackets: "Pelaksana Tugas (Plt) Bupati X", "Penjabat (Pj.) Wali Kota Y"
            j += 3 if toks[j + 2].text == ")" else 4
        m = match_title(toks, j)
    if not m:
        return None
    n, title = m
    j += n
    title_end = j
    office = word_set("office_words.txt")
    if lows is None:
        lows = [t.low for t in toks]
    org: list[Tok] = []
    place = level = None
    leveled = False  # a place named after its level word: "Kabupaten Poso"
    regions: list = []
    if title.full in _VILLAGE_TITLES and j < len(toks) and toks[j].is_cap and toks[j].is_word \
            and not is_honorific(toks[j]):
        # "Kepala Desa Karangnangka Sugeng Riyadi", "Camat Baturraden Bambang": the word after
        # the title is the village or district (rarely in the gazetteer), then the name
        j0 = j
        if toks[j].low in VILLAGE_UNIT_WORDS and j + 1 < len(toks) and toks[j + 1].is_cap and toks[j + 1].is_word:
            j += 1  # "Keuchik Gampong Cut Nyong": the village's word, then its name
        k = j + 1
        if toks[j].low in word_set("place_name_openers.txt") and j + 2 < len(toks) \
                and all(t.is_cap and t.is_word and not is_honorific(t) for t in toks[j + 1:j + 3]):
            # "Kepala Desa Sungai Tonang Zulkifli Amri": a village named by a noun of the
            # land or water ("Sungai", "Tanjung", data/place_name_openers.txt) is two words
            # at least, then the name
            j1 = k = j + 2
        else:
            j1 = None
        # a Balinese name opens with "I" / "Ni": the place before it may be two words
        # ("Perbekel Pandak Bandung I Gusti Ngurah ...")
        while k < len(toks) and k - j < 3 and toks[k].is_cap and toks[k].is_word and toks[k].text not in ("I", "Ni") \
                and not is_honorific(toks[k]):
            k += 1
        town_only = title.full in _TOWN_ALWAYS  # "Datuk Bandar Johor Bahru, Dato' X": no name in the run
        # "Kepala Desa Toro, Andreas ...": the person after the comma, the run is the village
        town_only = town_only or bool(comma_after and person_after)
        if not town_only and person_after is not True and 0 < len(toks) - j <= 3 \
                and _unit_named_elsewhere(article, toks, j, (len(toks) - j,), untitled=True):
            # "Wali Nagari Sintuk, yang ikut hadir, ...", "disaksikan Kepala Desa Tanjung
            # Baru.": the run ends with the village's name, which the article writes
            # elsewhere after its word ("Nagari Sintuk"), and no name follows: the head is
            # not named
            town_only, k = True, len(toks)
        # ... and the name may open with an honorific ("Keuchik Gampong Cut Nyong Tgk. Muhammad Yusuf")
        if not (k < len(toks) and (toks[k].text in ("I", "Ni") or is_honorific(toks[k]))
                and k + 1 < len(toks) and toks[k + 1].is_cap or k == len(toks) and town_only):
            k = j1 or j + 1
            # "Camat Rasau Jaya Yohanes Ferry" beside "Kecamatan Rasau Jaya" elsewhere in
            # the article: the district's name is the two or three words written so
            n_el = _unit_named_elsewhere(article, toks, j)
            if n_el and (j + n_el < len(toks) and toks[j + n_el].is_cap and toks[j + n_el].is_word
                         or j + n_el == len(toks) and town_only):
                k = j + n_el
        if k < len(toks) and toks[k].is_cap and toks[k].is_word or k == len(toks) and town_only:
            return Role(toks[i].start, toks[k - 1].end, " ".join(prefixes + [title.full]), title.cls, toks[j0:k]), k
        j = j0
    while j < len(toks):
        tok = toks[j]
        if j == title_end and (n_port := _portfolio_len(toks, j, title.full)):
            org.extend(toks[j:j + n_port])  # "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi X"
            j += n_port
            continue
        if org and _quoted_name_word(toks, j):
            org.append(toks[j + 1])  # the quoted word of the body's name, without its marks
            j += 3
            continue
        if tok.text == "(":  # a gloss: "(Sekda)", "(Asisten II)", "(kiri)"
            k = j + 1
            while k < len(toks) and toks[k].text != ")" and k - j < 8:
                k += 1
            if k < len(toks) and toks[k].text == ")":
                j = k + 1
                continue
            break
        if tok.text == "," and (any(t.low in _FIELD_LIST_HEADS for t in org)
                                or _FIELD_LIST_HEADS & set(title.full.lower().split())):
            k = _field_list_end(toks, j, comma_after, glossed_short_forms(article) if article else frozenset())
            # (a place that ends the list is the jurisdiction, read below: "Dinas
            # Pertanian, Tanaman Pangan dan Perkebunan Kubu Raya, X")
            k = next((p for p in range(j + 2, k) if (places.match_tokens(lows, p) or (0,))[0] == k - p), k)
            if k:  # "Wakil Rektor Bidang Perencanaan, Kerja Sama dan Sistem Informasi Unram, X"
                org.extend(_without_brackets(toks[j:k]))
                j = k
                continue
        if tok.text == "," and org and j + 1 < len(toks) and toks[j + 1].low in office:
            org.append(tok)
            j += 1
            continue
        # military units with a number: "Komandan Kodim 0809/Kediri", and the commander
        # titles that contain the unit ("Danrem 042/Garuda Putih", "Dandim 0809/Kediri")
        sl = unit_slash(toks, j)
        if sl and (org or title.cls == "head" or title.full.split()[-1].lower() in _UNIT_IN_TITLE):
            k = sl + 1
            while k < len(toks) and k - sl < 4 and toks[k].is_cap and toks[k].is_word and not is_honorific(toks[k]):
                k += 1
            if (k >= len(toks) and not comma_after or k < len(toks) and not is_honorific(toks[k])
                    and toks[k].text != ",") and k > sl + 2 and not org:
                # no rank opens the name: only the first word names the unit
                # ("Dandim 0809/Kediri Agus Salim"); a rank marks where the name starts
                # (a regency of two words, all of it: "Dandim 0311/Pesisir Selatan Agus Salim")
                n_pl = (places.match_tokens(lows, sl + 1) or (1,))[0]
                k = sl + 1 + (n_pl if sl + 1 + n_pl <= k else 1)
            if sl > j + 1:  # "1619-05" as one word
                org.append(Tok("".join(t.text for t in toks[j:sl]), toks[j].start, toks[sl - 1].end))
                j = sl
            org.extend(toks[j:k])
            j = k
            continue
        if org and tok.text.isdigit() and len(tok.text) <= 3 and _numbered_before(toks, j):
            org.append(tok)  # "SMK Negeri 2 Malang", "Pelindo Regional 4"
            j += 1
            if org[-2].low in _NUMBER_THEN_CITY and j < len(toks) and toks[j].is_cap:
                # "Daop 2 Bandung": the operating area's city is its name, not a jurisdiction
                n_city = (places.match_tokens(lows, j) or (0,))[0]
                org.extend(toks[j:j + n_city])
                j += n_city
            continue
        # a number right after an English title before the institution: "Regional Head 4
        # Pelindo", "Area Manager 2 PLN" (the unit's number, written before its name)
        if not org and tok.text.isdigit() and len(tok.text) <= 2 and j == title_end \
                and j + 1 < len(toks) and toks[j + 1].is_cap and toks[j + 1].is_word \
                and title.words[-1].lower() in _EN_TITLE_HEADS:
            org.append(tok)
            j += 1
            continue
        if org and _joining_slash(toks, j):
            org.append(tok)  # "Inspektur Jenderal Kementerian ATR/BPN X"
            j += 1
            continue
        if org and tok.low in ROMAN and j + 2 < len(toks) and _joining_slash(toks, j + 1):
            org.extend(toks[j:j + 3])  # a military area by numeral and name: "PD IV/Diponegoro"
            j += 3
            continue
        if not tok.is_word:
            break
        if address_opens_name(toks, j):
            break  # "Rektor Universitas X Bapak Prof. Y", "Direktur Bank Z Bpk. W": the name begins
        al = _alias_at(toks, j, aliases)
        if al and not (place is None and (places.match_tokens(lows, j) or (0,))[0] >= al):
            # an article's gloss ("Kab. Seram Bagian Barat (SBB)") that is also a region's
            # known short form is read as the place below, so the role gets its jurisdiction
            org.extend(toks[j:j + al])
            j += al
            continue
        if article and tok.is_cap and tok.is_word and not _is_acronym(tok) and tok.low not in NAMED_INSTITUTIONS \
                and not is_honorific(tok) and match_title(toks, j) is None and tok.text in glossed_short_forms(article):
            # a body's short form in mixed case the article spells out ("Badan Pembentukan
            # Peraturan Daerah (Bapemperda)"): "Ketua Bapemperda, Ahmad ..." heads that
            # body; the word is no person's name (one in capitals is read as an office below)
            org.append(tok)
            j += 1
            continue
        if tok.low in _HOSPITALS and j + 1 < len(toks) and is_honorific(toks[j + 1]):
            # the doctor's name is part of the hospital's when another honorific follows
            # it (the signer's own): "RSUP Dr. M. Djamil dr. Hj. Rosmawati"
            k = j + 1
            while k < len(toks) and is_honorific(toks[k]):
                k += 1
            k2 = k
            while k2 < len(toks) and k2 - k < 5 and toks[k2].is_cap and toks[k2].is_word and not is_honorific(toks[k2]):
                k2 += 1
            if k2 > k and ((k2 < len(toks) and is_honorific(toks[k2])) or (k2 == len(toks) and comma_after)
                           or _hospital_named_elsewhere(article, toks[j].start, toks[k2 - 1].end)):
                # (or a comma and then the signer: "Direktur RSUD dr. Iskak Tulungagung, dr. Hj. X")
                org.extend(toks[j:k2])
                j = k2
                continue
        if tok.low in NAMED_INSTITUTIONS and j + 1 < len(toks) and toks[j + 1].is_cap:
            # "Universitas Siliwangi", "Bank Nagari": the proper name that follows; the
            # whole run when a comma follows it ("Rektor Universitas X Y, Prof. ...")
            k = j + 2
            # (an address word opens the name too: "Rektor Universitas X Bapak Prof. Y")
            hon = next((x for x in range(j + 2, min(len(toks), j + 9))
                        if is_honorific(toks[x]) or address_opens_name(toks, x)), None)
            if comma_after and person_after is not False or hon is not None:
                # up to the honorific that opens the name, or the whole run before a comma
                # with a person after it (not "Direktur Bisnis Bank Kalsel X, Pemimpin ...")
                while k < len(toks) and toks[k].is_cap and toks[k].is_word and not is_honorific(toks[k]) \
                        and not address_opens_name(toks, k):
                    k += 1
            elif title.words[-1].lower() in _COMPANY_BRANCH and k < len(toks):
                # "Pemimpin Cabang Bank Kalsel Batulicin Rizky Ananda": after the bank's
                # name, the branch's town when three or four words are left for it and the
                # name (the gazetteer seldom knows these towns)
                n_left = 0
                while k + n_left < len(toks) and toks[k + n_left].is_cap and toks[k + n_left].is_word \
                        and not is_honorific(toks[k + n_left]) and match_title(toks, k + n_left) is None:
                    n_left += 1
                if 3 <= n_left <= 4 and k + n_left == len(toks):
                    k += 1
            else:
                # "Direktur BUMDes Bumbung Mandiri Lalu Muhammad ..." beside "BUMDes Bumbung
                # Mandiri Desa Sembalun" elsewhere: the proper name's words as written elsewhere
                k = _name_written_elsewhere(article, toks, j + 1, k)
            org.extend(toks[j:k])
            j = k
            continue
        n_cty = _country_len(lows, j) if (org[-1].low in office if org else j == title_end) else 0
        if n_cty:
            org.extend(toks[j:j + n_cty])  # "Kantor Konsuler Jepang", "Kedutaan Besar Australia"
            j += n_cty
            continue
        if org and (n_area := _office_area_len(lows, j)):
            # a regional office's area of several provinces: "Kepala Kanwil DJP Nusa
            # Tenggara Yohanes ..." (data/office_areas.txt)
            org.extend(toks[j:j + n_area])
            j += n_area
            continue
        if org and tok.low == "dan" and title.cls not in ("region_head", "region_deputy") and _provinces_joined(toks, j):
            # "Pemimpin Wilayah Perum Bulog Kanwil Riau dan Kepri X": one office's area that
            # spans two provinces (as _runs reads it), the second one's name then the person's
            n_pl = places.match_tokens(lows, j + 1)[0]
            org.extend(toks[j:j + 1 + n_pl])
            j += 1 + n_pl
            continue
        if org and tok.is_cap and (n_more := _branch_named_elsewhere(article, toks, j)):
            # "Kepala BPJS Ketenagakerjaan Cabang Batam Nagoya" where the article writes
            # "Cabang Batam Nagoya" elsewhere as a name: the branch's area goes on
            org.extend(toks[j:j + n_more])
            j += n_more
            continue
        pl = places.match_tokens(lows, j)
        if pl and (place is None or level is not None):
            n_pl, regs = pl
            # a bare place name ends the role unless a level word or office precedes it
            org.extend(toks[j:j + n_pl])
            place = " ".join(t.text for t in toks[j:j + n_pl])
            regions = regs
            j += n_pl
            leveled = level is not None
            level = None
            if j < len(toks) and toks[j].text.isupper() and toks[j].low in ROMAN and len(org) > n_pl \
                    and not (j + 1 < len(toks) and toks[j + 1].is_cap and toks[j + 1].is_word):
                # a regional office numbered after its province: "Kepala Kanwil DJP Sumatera
                # Utara I, X", "Kanwil DJP Jawa Timur II" (not the Balinese "I" that opens a
                # name: "Bupati Gianyar I Made X")
                org.append(toks[j])
                j += 1
            continue
        if j > i and not is_honorific(tok) and (toks[j - 1].low in word_set("branch_words.txt") or (
                org and not place and title.words[-1].lower() in _COMPANY_BRANCH and _is_acronym(org[-1]))
                or org and toks[j - 1].low in _SUBDISTRICT_WORDS):
            # "Cabang Purwokerto": a town below the regency level, when a name follows;
            # also after the bank of a branch head ("Pemimpin Cabang BNI Purwokerto Rina ...")
            # and after a district's word ("Kepala Distrik Sentani Sugiyono, S.Sos.")
            n_town = places.match_town(lows, j) or _seat_town_len(lows, j)
            if n_town and j + n_town < len(toks) and toks[j + n_town].is_cap:
                org.extend(toks[j:j + n_town])
                j += n_town
                continue
        low = tok.low
        if low in _SUBDISTRICT_WORDS and (org or j == title_end) and comma_after and person_after \
                and 1 < len(toks) - j <= 4 \
                and all(t.is_cap and t.is_word and not is_honorific(t) and match_title(toks, x) is None
                        for x, t in enumerate(toks[j + 1:], j + 1)):
            # "Ketua TP PKK Kecamatan Bandar Baru, X": a district or village the gazetteer does
            # not know, up to the comma before the person (also right after the title: "Carik
            # Kalurahan Sendangadi, X", "Ondoafi Kampung Sereh, Y")
            org.extend(toks[j:])
            j = len(toks)
            break
        if low == "komisi" and j + 1 < len(toks) and (toks[j + 1].text in _COMMISSION_MARKS) \
                and (j + 2 == len(toks) or not toks[j + 2].text[:1].islower()):
            # a council's commission, named by a numeral or a letter: "Ketua Komisi I",
            # "Wakil Ketua Komisi B DPRD Jawa Timur"
            org.extend(toks[j:j + 2])
            j += 2
            continue
        if low in ("kabupaten", "kota", "provinsi", "kab", "prov"):
            level = low
            org.append(tok)
            j += 1
            continue
        # an institution whose name starts with an acronym: "Direktur Utama BRK Syariah, X"
        n_acr = _institution_len(toks, lows, j) if _is_acronym(tok) and not is_degree(tok) else 0
        if n_acr > 1:
            org.extend(toks[j:j + n_acr])
            j += n_acr
            continue
        n_fc = _field_compound_len(toks, j)
        if n_fc:
            org.extend(toks[j:j + n_fc])  # "Direktur Lalu Lintas Polda Kaltara": the field, not a name
            j += n_fc
            while j < len(toks) and toks[j].is_cap and _NOMINAL_WORD.fullmatch(toks[j].low):
                org.append(toks[j])  # ... and the nouns that go on naming it ("Lalu Lintas Keimigrasian")
                j += 1
            continue
        # an honorific in capitals opens the name, not the office ("PWNU Jawa Timur KH X")
        if low in office or (low in _UNIT_FIELDS and (org or title.full.split()[-1].lower() in _UNIT_TITLE_WORDS)) or (_is_acronym(tok) and not is_degree(tok)
                             and not (is_honorific(tok) and j + 1 < len(toks) and toks[j + 1].is_cap)) \
                or low in ROMAN:
            if low in ROMAN and not (org[-1].low if org else title.words[-1].lower()) in _NUMBERED \
                    and (tok.text not in ("I", "II", "III", "IV", "V") or org or title.full not in ROMAN_TITLES):
                break  # "Asisten II", "Wilayah I", but not "Regent I Nyoman ..."
            org.append(tok)
            j += 1
            continue
        # "Kepala Kanwil DJP Sumsel dan Babel X": a regional office of a national body
        # covering two provinces names both
        if low == "dan" and place is not None and org and org[-1] is toks[j - 1] and regions \
                and all(r.level == "provinsi" for r in regions) \
                and any(t.low in word_set("branch_words.txt") for t in org) \
                and (pl2 := places.match_tokens(lows, j + 1)) and all(r.level == "provinsi" for r in pl2[1]):
            org.extend(toks[j:j + 1 + pl2[0]])
            j += 1 + pl2[0]
            continue
        # "Dinas Tenaga Kerja dan ESDM Provinsi Bali": an office word or an office
        # acronym after "dan" goes on naming the same office (not a title: "dan Kapolres")
        if low == "dan" and org and j + 1 < len(toks) and (
                toks[j + 1].low in office
                or (_is_acronym(toks[j + 1]) and not is_degree(toks[j + 1])
                    and match_title(toks, j + 1) is None and not places.match_tokens(lows, j + 1))):
            org.append(tok)
            j += 1
            continue
        # "Direktur Bisnis dan Syariah Bank Sumut Hj. X": a field of two words joined by
        # "dan" goes on to the institution named after it
        if low == "dan" and org and org[-1].low in office and j + 1 < len(toks) and toks[j + 1].is_cap \
                and toks[j + 1].is_word and not is_honorific(toks[j + 1]) and match_title(toks, j + 1) is None \
                and toks[j + 1].low not in office and _later_anchor(toks, j + 1, aliases, comma_after) is not None:
            org.append(tok)
            j += 1
            continue
        # "Wakil Rektor Bidang Akademik dan Kelembagaan, Prof. X": a field ("Bidang ...")
        # names two areas; the words after "dan" up to the comma are the field's
        if low == "dan" and (any(t.low == "bidang" for t in org) or "bidang" in title.full.lower()):
            k = j + 1
            while k < len(toks) and k - j <= 6 and toks[k].is_cap and toks[k].is_word \
                    and not is_honorific(toks[k]) and match_title(toks, k) is None:
                k += 1
            if k > j + 1 and ((k == len(toks) and comma_after) or (k < len(toks) and toks[k].text == ",")):
                org.extend(toks[j:k])
                j = k
                continue
            if k > j + 2 and _later_anchor(toks, j + 1, aliases) is not None:
                # "Kepala Bidang Pengendalian dan Penanganan Sengketa Kantor Wilayah BPN ...
                # Rudi": the field goes on to an office named further on, then the name
                org.append(tok)
                j += 1
                continue
        if low == "dan" and org and (k := _and_gloss_end(toks, j)):
            # an office's name goes on after "dan" up to its short form in brackets:
            # "Dinas Pemberdayaan Masyarakat dan Kampung (DPMK) Siak, X"
            org.extend(_without_brackets(toks[j:k]))
            j = k
            continue
        if not tok.is_cap and org and _in_office_phrase(toks, j):
            org.append(tok)  # "Ketua Lembaga Penelitian dan Pengabdian kepada Masyarakat"
            j += 1
            continue
        if tok.is_cap and j + 2 < len(toks) and _in_office_phrase(toks, j + 1):
            # the phrase is an office's field on its own too, right after the title:
            # "Direktur Pengabdian kepada Masyarakat, Dr. X"
            org.extend(toks[j:j + 3])
            j += 3
            continue
        if low == "dan" and org and j + 3 < len(toks) and _in_office_phrase(toks, j + 2):
            # ... or after "dan": "Ketua Lembaga Penelitian dan Pengabdian kepada Masyarakat X"
            org.extend(toks[j:j + 4])
            j += 4
            continue
        if not tok.is_cap:
            break
        if (any(t.low in _FIELD_LIST_HEADS for t in org) or _FIELD_LIST_HEADS & set(title.full.lower().split())) \
                and (c := _field_before_comma(toks, j)) and _field_list_end(toks, c, comma_after):
            # the first field of a list the gazetteer of office words does not know:
            # "Kepala Dinas Tanaman Pangan, Hortikultura dan Perkebunan Provinsi X, Ir. Y"
            # (the comma is read above on the next turn)
            org.extend(toks[j:c])
            j = c
            continue
        if org and _town_office_before(org) and not is_honorific(tok):
            # "Ketua PN Sungailiat Maria ...": the town the office sits in (a town the
            # gazetteer does not know when the article names it as a place elsewhere:
            # "Ketua Pengadilan Negeri Batusangkar Irma ..." beside "di Gedung X, Batusangkar")
            n_town = places.match_town(lows, j) or int(
                tok.is_cap and tok.is_word and match_title(toks, j) is None and _place_elsewhere(article, tok))
            if n_town and (j + n_town < len(toks) and toks[j + n_town].is_cap
                           or j + n_town == len(toks) and comma_after):
                org.extend(toks[j:j + n_town])
                j += n_town
                continue
        if _NOMINAL_WORD.fullmatch(low) and _has_unit_head(title, org):
            # a unit's field, a noun made from a verb: "Kepala Divisi Pemasyarakatan X",
            # "Kepala Bidang Penyelenggaraan Haji ..."
            org.append(tok)
            j += 1
            continue
        # an office abbreviation before a place: "Kantah Sinjai", "Diskominfo Tapsel"
        nxt = places.match_tokens(lows, j + 1) if j + 1 < len(toks) and toks[j + 1].is_cap else None
        if nxt and low not in word_set("name_stopwords.txt") and not is_honorific(tok) and match_title(toks, j) is None:
            org.append(tok)
            j += 1
            continue
        # a short name right before the honorifics that open a person's name is the
        # institution's: "Rektor Unand Prof. Dr. X", "Rektor Undana Prof. Dr. drh. Y"
        if j + 1 < len(toks) and is_honorific(toks[j + 1]) \
                and not is_honorific(tok) and tok.is_cap and match_title(toks, j) is None:
            org.append(tok)
            j += 1
            break
        # ... or two words, a town the office is named after, before a rank: "Kapolsek
        # Bandar Baru Iptu X", "Danramil Kota Juang Kapten Inf Y"
        if j + 2 < len(toks) and is_honorific(toks[j + 2]) and toks[j + 2].low not in ("h", "hj") \
                and not is_honorific(tok) and tok.is_cap and toks[j + 1].is_cap and toks[j + 1].is_word \
                and not is_honorific(toks[j + 1]) and match_title(toks, j) is None \
                and match_title(toks, j + 1) is None and j + 3 < len(toks) and toks[j + 3].is_cap:
            org.extend(toks[j:j + 2])
            j += 2
            break
        # a known institution or company ("Regional Head Pelindo Regional 4 X") and the
        # unit written after it
        n_inst = _institution_len(toks, lows, j)
        if n_inst:
            from .parties import _unit_tail, without_glosses
            k = _unit_tail(toks, lows, j + n_inst)
            if k == j + n_inst:
                k += _required_name_len(toks, lows, j, n_inst, comma_after and person_after is not False)
            org.extend(without_glosses(toks[j:k]))
            j = k
            continue
        # an unknown word ("Supervisi", "Datun"): still part of the role when an office,
        # acronym or place follows later in the run with a name after it (not once the
        # role has named its region: "Sekretaris Daerah Kabupaten Poso Agustinus Rante
        # Tasik", the name ends in a word that is also a place's short name)
        k = _later_anchor(toks, j, aliases, comma_after) if not (leveled and org and org[-1] is toks[j - 1]) else None
        if k is not None:
            org.extend(_without_brackets(toks[j:k]))
            j = k
            continue
        k = _office_words_end(toks, j, office) if org and org[-1].low in office else 0
        if k:
            # "Kepala Pusat Data dan Informasi Kesejahteraan Sosial Bayu ...": an unknown
            # word, "dan", and office words up to the name
            org.extend(toks[j:k])
            j = k
            continue
        if not org and j == title_end and title.full in _BARE_HEADS and not is_honorific(tok) \
                and match_title(toks, j) is None:
            org.append(tok)
            j += 1
            continue
        break
    if org and org[-1].low == "dan":
        org.pop()
        j -= 1
    if comma_after and person_after is not False and title.words[-1].lower() in _UNIT_TITLE_WORDS \
            and 0 < len(toks) - j <= 6 \
            and (not org or toks[j].low in ("dan", "serta") and not place) and toks[-1].is_cap \
            and all(t.is_word and (t.is_cap or t.low in ("dan", "serta")) and not is_honorific(t) for t in toks[j:]):
        # ("Kepala Biro Pemerintahan dan Otonomi Khusus, Dominggus ...": a name has no "dan")
        # "Kepala Divisi Keimigrasian, Komang ...": the unit's name runs to the comma
        org.extend(toks[j:])
        j = len(toks)
    elif comma_after and person_after is not False and 0 < len(toks) - j <= 2 and (
            org and _COMPANY_BRANCH & {t.low for t in org[-3:]}
            or title.words[-1].lower() in _COMPANY_BRANCH and (not org or org[-1].is_cap)) \
            and all(t.is_word and t.is_cap and not is_honorific(t) and not is_degree(t) for t in toks[j:]):
        # "... Cabang Utama Merak, Capt. X", "Cabang Batam Nagoya, X", "Pemimpin Cabang
        # Barabai, X", "Pemimpin Cabang Bank Nagari Batusangkar, X": a branch's name the
        # gazetteer does not know runs to the comma
        org.extend(toks[j:])
        j = len(toks)
    elif comma_after and person_after and org and org[-1] is toks[j - 1] \
            and org[-1].low in word_set("branch_words.txt") and 0 < len(toks) - j <= 4 \
            and all(t.is_word and t.is_cap and not is_honorific(t) and not is_degree(t) and match_title(toks, x) is None
                    for x, t in enumerate(toks[j:], j)):
        # "Kepala Kantor Perwakilan UNICEF Wilayah Nusa Tenggara, X": the area a regional
        # office covers (not a region the gazetteer knows) runs to the comma before the person
        org.extend(toks[j:])
        j = len(toks)
    elif comma_after and person_after and 0 < len(toks) - j <= 6 \
            and all(t.is_word and t.is_cap and not is_honorific(t) and not is_degree(t) and match_title(toks, x) is None
                    for x, t in enumerate(toks[j:], j)) \
            and any(_names_body(toks, lows, x) for x in range(j, len(toks))):
        # a person follows the comma, so the words before it belong to the role when one
        # of them names a body: "Manager Business Government Telkom Witel Purwokerto, X"
        org.extend(toks[j:])
        j = len(toks)
    elif comma_after and person_after and j > i and len(toks) - j == 1 and _lone_unit_word(toks, j) \
            and (org or title.full in _VILLAGE_TITLES) \
            and toks[j - 1].text != ",":
        # one capitalised word left between the office and the comma, and a person right
        # after the comma: the word ends the office's name (a village, a district or a
        # field the gazetteer does not know), not a one-word name: "Ketua BPD Mekarsari,
        # Ahmad ...", "Direktur Jenderal Perikanan Budidaya, Dr. X"
        org.append(toks[j])
        j += 1
    elif j < len(toks) and (_has_unit_head(title, org) or any(t.low in NAMED_INSTITUTIONS for t in org)) \
            and not _ends_with_ministry(org):
        # a name has no "dan", and a person's name comes after the comma or opens with
        # an honorific: "Dekan Fakultas Syariah dan Hukum, Dr. X", "Kepala Seksi
        # Pendidikan Madrasah, X", "Direktur RSUD Harapan dan Doa, dr. X", "Kepala
        # Bidang Urusan Agama Islam Moh. X": the words before it name the unit
        h = comma_after and person_after and len(toks) or _name_opening(toks, j)
        if h and _unit_words(toks[j:h], _has_unit_head(title, org), _named_body(org)):
            org.extend(_without_brackets(toks[j:h]))
            j = h
    end = org[-1].end if org else toks[i + len(prefixes) + n - 1].end
    # include skipped glosses inside the span only up to the last org token
    full = " ".join(prefixes + [title.full])
    return Role(toks[i].start, end, full, title.cls, org, place, level, regions), j


# lower-case words inside an office's name, after the word before them: a university's
# research and community-service institute is "Lembaga Penelitian dan Pengabdian kepada
# Masyarakat (LPPM)"
_OFFICE_INNER_WORDS = {("pengabdian", "kepada")}


def _names_body(toks: list[Tok], lows: list[str], x: int) -> bool:
    """toks[x] is a word no person's name has: an institution's, a branch's or an office's
    word, or an acronym ("Telkom", "Witel", "BUMDes", "Dinas", "PLN")."""
    t = toks[x]
    return (t.low in NAMED_INSTITUTIONS or t.low in _COMPANY_BRANCH or t.low in word_set("office_words.txt")
            or (len(t.text) >= 3 and _is_acronym(t) and not is_degree(t)) or bool(_institution_len(toks, lows, x)))


def _and_gloss_end(toks: list[Tok], j: int) -> int:
    """Index after the bracketed short form that closes "dan <1-4 capitalised words>
    (ACRONYM)" at toks[j] ("dan Kampung (DPMK)"), or 0: a person's name is not glossed so."""
    if toks[j].low != "dan":
        return 0
    k = j + 1
    while k < len(toks) and k - j <= 4 and toks[k].is_cap and toks[k].is_word and not is_honorific(toks[k]) \
            and match_title(toks, k) is None:
        k += 1
    if k == j + 1 or k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")" \
            or not _is_acronym(toks[k + 1]):
        return 0
    return k + 3


def _in_office_phrase(toks: list[Tok], j: int) -> bool:
    """toks[j] is a lower-case word inside an office's name, between two capitalised words."""
    return 0 < j < len(toks) - 1 and (toks[j - 1].low, toks[j].text) in _OFFICE_INNER_WORDS \
        and toks[j + 1].is_cap and toks[j + 1].is_word


def _has_unit_head(title: Title, org: list[Tok]) -> bool:
    """The role names a unit whose own name may follow: "Kepala Seksi ...", "Dekan
    Fakultas ...", or a bare "Kepala" and the office word after it ("Kepala Balai ...")."""
    return title.words[-1].lower() in _UNIT_HEADS or any(t.low in _UNIT_HEADS for t in org) \
        or bool(org) and title.full in _BARE_HEADS




def _lone_unit_word(toks: list[Tok], j: int) -> bool:
    """toks[j] can end an office's name: a capitalised word, no honorific, title, degree
    or name particle ("Sukarara", "Tangkap", but not "Dr.", "Bupati", "S.H.")."""
    t = toks[j]
    return t.is_word and t.is_cap and not is_honorific(t) and not is_degree(t) and t.low not in NAME_PARTICLES \
        and match_title(toks, j) is None and len(t.text) > 2


def _name_opening(toks: list[Tok], j: int) -> int:
    """Index of the first honorific, initial or name-opening short form ("Moh.") after
    toks[j] in the run, or 0."""
    for k in range(j + 1, min(len(toks), j + 11)):
        t = toks[k]
        if is_honorific(t) or t.low in _NAME_OPENERS and t.text.endswith(".") \
                or len(t.text) == 2 and t.text[1] == "." and t.text[0].isupper():
            return k
    return 0


def _named_body(org: list[Tok]) -> bool:
    """`org` is a named institution with its own name begun after the institution's
    word ("RSUD Harapan", "Universitas Sains"): a "dan" right after it can go on naming
    it ("Direktur RSUD Harapan dan Doa, dr. X")."""
    return any(t.low in NAMED_INSTITUTIONS and k < len(org) - 1 and org[-1].is_cap and org[-1].is_word
               for k, t in enumerate(org))


def _unit_words(rest: list[Tok], unit_head: bool, named: bool = False) -> bool:
    """`rest` (up to the person) can only be a unit's name: capitalised words, at most
    one bracketed gloss, "dan"; without a unit word before it, a "dan" is needed. The
    rest opens with that "dan" after a unit word or a named institution's begun name
    (`named`, _named_body): "Lembaga Penelitian | dan Pengabdian ...", "RSUD Harapan |
    dan Doa, dr. X"."""
    words = _without_brackets(rest)
    if not words or len(words) > 7 or not (words[-1].is_cap and words[-1].is_word):
        return False
    has_and = False
    for k, t in enumerate(words):
        if t.low in ("dan", "serta") and k < len(words) - 1 and (k > 0 or unit_head or named):
            # (first when the unit's name goes on after "dan": "Lembaga Penelitian | dan
            # Pengabdian kepada Masyarakat UHO Prof. X")
            has_and = True
        elif _in_office_phrase(words, k):
            continue
        elif not (t.is_cap and t.is_word) or is_honorific(t) or is_degree(t) or match_title(words, k) is not None:
            return False
    return unit_head or has_and


def _country_len(lows: list[str], j: int) -> int:
    """Length of a foreign country's name at lows[j] (data/foreign_countries.txt), or 0."""
    from .parties import _countries

    for n in (3, 2, 1):
        # (a hyphen may join the words: "Timor-Leste" for "Timor Leste")
        if j + n <= len(lows) and " ".join(lows[j:j + n]).replace("-", " ") in _countries():
            return n
    return 0


def _institution_len(toks: list[Tok], lows: list[str], j: int) -> int:
    """Length of an institution form of data/institutions.tsv at toks[j] (0 if none)."""
    from .parties import _institutions

    for words, _e in _institutions().get(lows[j], ()):
        if lows[j:j + len(words)] == list(words):
            return len(words)
    return 0


def _portfolio_len(toks: list[Tok], j: int, title: str) -> int:
    """Length of a minister's portfolio at toks[j] after the title `title` (full form)
    when the ministry it names is a form of data/institutions.tsv (data/
    ministry_titles.tsv: "Menteri Pendidikan Tinggi, Sains, dan Teknologi" heads the
    Kementerian Pendidikan Tinggi, Sains, dan Teknologi), else 0: the commas and "dan"
    of the portfolio are the ministry's name, not a list of people."""
    body = ministry_titles().get(title)
    if body is None or j >= len(toks) or not toks[j].is_cap:
        return 0
    from .parties import _institutions

    head = tuple(body.lower().split())
    for words, e in _institutions().get(head[0], ()):  # (longest first)
        n = len(words) - len(head)
        if n > 0 and e.place != "required" and words[:len(head)] == head \
                and [t.low for t in toks[j:j + n]] == list(words[len(head):]):
            return n
    return 0


def _body_name_across(toks: list[Tok], i: int, j: int) -> int:
    """The end of a body's name that opens in toks[i:j] and goes on past toks[j] (a
    comma or "dan" of the name): a form of data/institutions.tsv ("Sekretaris Jenderal
    Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi") or a minister's
    portfolio (_portfolio_len: "Menteri Pendidikan Tinggi, Sains, dan Teknologi"); 0 if
    none."""
    lows = [t.low for t in toks[:j + 16]]
    for m in range(i, j):
        if (end := m + _institution_len(toks, lows, m)) > j:
            return end
        mt = match_title(toks, m)
        if mt and (end := m + mt[0] + _portfolio_len(toks, m + mt[0], mt[1].full)) > j:
            return end
    return 0


def _office_area_len(lows: list[str], j: int) -> int:
    """The words of an area of several provinces at lows[j] (parties._office_area_at), 0
    where a place of the gazetteer as long or longer is written there ("Nusa Tenggara
    Barat" is the province)."""
    from .parties import _office_area_at

    n = _office_area_at(lows, j)
    return n if n and (places.match_tokens(lows, j) or (0,))[0] < n else 0


def _required_name_len(toks: list[Tok], lows: list[str], j: int, n_inst: int, person_next: bool) -> int:
    """The number of words after the institution form toks[j:j + n_inst] that are its own
    proper name when the form cannot stand without one (data/institutions.tsv: place
    required, a name after it) and the run ends with one or two plain capitalised words:
    "Audiensi dengan Kepala Balai Besar Wilayah Sungai Pompengan Jeneberang terkait ..."
    names a river-basin office and no person. (With a person after a comma, or more words
    left, the name is read as before: "Kepala BBWS Citarum Budi Santoso".)"""
    from .parties import _institutions

    e = next((e for w, e in _institutions().get(lows[j], ()) if len(w) == n_inst and lows[j:j + n_inst] == list(w)), None)
    k = j + n_inst
    if person_next or e is None or e.place != "required" or e.place_style != "name":
        return 0
    rest = toks[k:]
    if not 1 <= len(rest) <= 2 or not all(t.is_cap and t.is_word and not is_honorific(t) and not is_degree(t)
                                          and match_title(toks, x) is None for x, t in enumerate(rest, k)):
        return 0
    return len(rest)


def _is_anchor(toks: list[Tok], k: int, aliases) -> int:
    """Length of an office word / acronym / place / alias at toks[k] (0 if none)."""
    t = toks[k]
    if _alias_at(toks, k, aliases):
        return _alias_at(toks, k, aliases)
    pl = places.match_tokens([x.low for x in toks], k) if t.is_cap else None
    if pl:
        return pl[0]
    if _is_acronym(t) and not is_degree(t):
        return 1
    return _headed_office_len(toks, k)


def _headed_office_len(toks: list[Tok], k: int) -> int:
    """Length of an office named by its head word and the field words after it at toks[k]
    ("Kementerian Pertanian", "Dinas Kelautan dan Perikanan": a word of data/
    unit_head_words.txt, then office words, "dan" between two of them), 0 if no field
    word follows the head. Such an office closes a unit's name written before it: in
    "Direktur Jenderal Tanaman Pangan Kementerian Pertanian Andi ..." the directorate
    general's field ends at the ministry, and the name follows."""
    if toks[k].low not in _UNIT_HEADS or not toks[k].is_cap:
        return 0
    office = word_set("office_words.txt")
    e = k + 1
    while e < len(toks) and toks[e].is_cap and toks[e].low in office and toks[e].low not in _UNIT_HEADS:
        e += 1
        if e + 1 < len(toks) and toks[e].low == "dan" and toks[e + 1].is_cap and toks[e + 1].low in office:
            e += 1
    return e - k if e > k + 1 else 0


def _ends_with_ministry(org: list[Tok]) -> bool:
    """The office's words end with a ministry's full name ("... Kementerian Pertanian"):
    a ministry is named by its portfolio words alone, so no word of the unit's name
    comes after it and the next capitalised word opens the person's ("Direktur Jenderal
    Tanaman Pangan Kementerian Pertanian Andi Muh. Fadli")."""
    x = next((x for x in range(len(org) - 1, -1, -1) if org[x].low == "kementerian"), None)
    return x is not None and x + _headed_office_len(org, x) == len(org) > x + 1


def _later_anchor(toks: list[Tok], j: int, aliases, comma_after: bool = False) -> Optional[int]:
    """Index just after the last anchor in toks[j:] that still leaves a name after it
    (`comma_after`: a comma and the name follow toks)."""
    best = None
    k = j
    while k < len(toks) and k - j < 12:
        t = toks[k]
        if t.text == "(" and k > j:
            # a gloss inside the office's name: "Bidang Profesi dan Pengamanan (Kabid
            # Propam) Polda Kalbar, X"
            close = next((x for x in range(k + 1, min(len(toks), k + 6)) if toks[x].text == ")"), None)
            if close is not None and close > k + 1:
                if match_title(toks, k + 1) is not None and close + 1 < len(toks) and toks[close + 1].is_cap:
                    # the role's own short form closes it: "Kepala Seksi Lalu Lintas
                    # Keimigrasian (Kasi Lantaskim) Ni Komang ..."
                    return close + 1
                k = close + 1
                continue
        if is_honorific(t) or not (t.is_word and (t.is_cap or t.low == "dan")):
            break
        if k > j and t.low in NAMED_INSTITUTIONS and k + 1 < len(toks) and toks[k + 1].is_cap:
            # "Dekan Fakultas Kedokteran Universitas Udayana": up to the institution, which
            # the caller then reads with its proper name
            return k
        n = _is_anchor(toks, k, aliases)
        if n:
            after = k + n
            if after < len(toks) and toks[after].is_cap and toks[after].is_word and not _is_anchor(toks, after, aliases) \
                    or after < len(toks) and is_honorific(toks[after]):
                best = after
            elif (after == len(toks) and comma_after) or (
                    after + 1 < len(toks) and toks[after].text == "," and toks[after + 1].is_cap):
                # "Direktur Jaminan Pelayanan Kesehatan BPJS Kesehatan, Andreas ...": the
                # name after the comma
                best = after
            k += n
            continue
        k += 1
    return best


def _without_brackets(toks: list[Tok]) -> list[Tok]:
    out, depth = [], 0
    for t in toks:
        depth += t.text == "("
        if not depth:
            out.append(t)
        depth -= t.text == ")" and depth > 0
    return out


def _alias_at(toks: list[Tok], j: int, aliases: set[tuple[str, ...]]) -> int:
    for n in (6, 5, 4, 3, 2, 1):
        if j + n <= len(toks) and tuple(t.low for t in toks[j:j + n]) in aliases:
            return n
    return 0


# --- names ----------------------------------------------------------------------------


_RETIRED = {"purn", "purnawirawan", "ret"}
# the legal form that opens a company's name (as written, in capitals)
_COMPANY_FORMS = {"PT", "PT.", "CV", "CV.", "UD", "PD", "Perum", "Perumda"}
# a noun made from a verb ("Penanganan", "Pelayanan", "Kesehatan") never opens a name
_NOMINAL_WORD = fastre.compile(r"(?:pe(?:n|m|ng|ny|r)?|ke)[a-z]{3,}an")


_ADAT_TITLES = word_set("adat_titles.txt")


_MILITARY_RANKS = word_set("military_ranks.txt")


_RANK_CORPS = word_set("rank_corps_words.txt")


def _corps_end(toks: list[Tok], j: int) -> int:
    """Index after the service word, and its corps letter in brackets, written after a
    military rank at toks[j - 1] ("Kolonel Laut (P) X", "Letkol Udara Y":
    data/rank_corps_words.txt); j when there is none."""
    if not (0 < j < len(toks) and toks[j - 1].low in _MILITARY_RANKS and toks[j].low in _RANK_CORPS
            and toks[j].is_cap):
        return j
    k = j + 1
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" \
            and toks[k + 1].text.isalpha() and toks[k + 1].text.isupper() and len(toks[k + 1].text) <= 3:
        k += 3
    return k if k < len(toks) and (toks[k].is_cap or is_honorific(toks[k])) else j


def _rank_in_name(toks: list[Tok], i: int, first: int, j: int) -> bool:
    """Whether the rank word at toks[j], between two words of a name, belongs to the name:
    an officer bears one rank, written before the name, so a rank word after it is a
    word of the name itself ("Letkol Inf Frits Mayor Rumbiak": "Mayor" is a Papuan name
    too)."""
    return toks[j].low in _MILITARY_RANKS and toks[j].is_cap and j + 1 < len(toks) \
        and toks[j + 1].is_cap and toks[j + 1].is_word and not is_honorific(toks[j + 1]) \
        and not is_degree(toks[j + 1]) \
        and any(t.low in _MILITARY_RANKS for t in toks[i:first])


def parse_name(toks: list[Tok], i: int) -> Optional[tuple[int, int, int]]:
    """A person's name at toks[i]: honorifics are skipped, then 1-6 capitalised words
    (initials and particles allowed). Returns (first name token, end token, index after
    the trailing degrees)."""
    stop = word_set("name_stopwords.txt")
    office = word_set("office_words.txt")
    j = _religious_title_end(toks, i)
    while j < len(toks) and (is_honorific(toks[j]) and not (j + 1 < len(toks) and toks[j + 1].text in {",", ")"})):
        j += 1
        if j > i and j + 2 < len(toks) and toks[j].text == "(" and toks[j + 1].low in _RETIRED:
            # a retired officer's rank: "Irjen Pol. (Purn.) X", "Mayjen TNI (Purn) Y"
            k = j + 2 + (toks[j + 2].text == ".")
            if k < len(toks) and toks[k].text == ")":
                j = k + 1
        j = _doctorate_field_end(toks, j)
        j = _corps_end(toks, j)
    first = j
    if first < len(toks) and toks[first].text in _COMPANY_FORMS:
        return None  # a company: "PT Pupuk Sriwidjaja Palembang", "CV Maju Jaya"
    if _field_compound_len(toks, first):
        return None  # a unit's field: "Lalu Lintas", not the Sasak "Lalu" opening a name
    while j < len(toks) and j - first < 6:
        t = toks[j]
        low = t.low
        # (an initial is no stop word: "Drs. A. Baso Rahmat", not the English "a")
        if t.is_cap and t.is_word and (low not in stop or (j > first and low in _MONTH_NAMES)
                                       or len(t.text) == 2 and t.text[1] == ".") \
                and not (low in office and j == first) and not (_is_acronym(t) and len(t.text) > 2) \
                and not (j == first and _NOMINAL_WORD.fullmatch(low)) \
                and match_title(toks, j) is None and not (is_degree(t) and j > first) \
                and not (low in _ADAT_TITLES and j > first):
            j += 1
            continue
        if j > first and low in NAME_PARTICLES and j + 1 < len(toks) and toks[j + 1].is_cap:
            j += 1
            continue
        if j > first and _rank_in_name(toks, i, first, j):
            j += 1
            continue
        break
    if j == first:
        return None
    # a name is not only a place, an initial or an acronym
    words = toks[first:j]
    if all(len(t.text.rstrip(".")) <= 1 for t in words):
        return None
    if len(words) == 1 and _is_acronym(words[0]) and len(words[0].text) > 3:
        return None
    if len(words) > 1 and first == i and words[0].low in word_set("place_name_openers.txt"):
        # nor a place opening with a noun of the land or water: "Kepala Balai Besar
        # Wilayah Sungai Pompengan Jeneberang" (data/place_name_openers.txt)
        return None
    if first == i and len(toks[first].text) >= 4 and _institution_len(toks, [t.low for t in toks[:first + 4]], first):
        # nor an institution's short form written like a word ("Kemenag Kaltim", "Telkom
        # Witel X"), with no honorific before it
        return None
    name_lows = [t.low for t in words]
    if any(_country_len(name_lows, p) == len(words) - p for p in range(len(words))):
        # nor a country, or a state's name that ends in one ("Republik Demokratik
        # Timor-Leste": "Republik" is no name's word, the rest is no name either)
        return None
    if (pl := places.match_tokens([t.low for t in toks], first)) and pl[0] == len(words):
        if len(words) > 1 or words[0].text.isupper():
            return None
        if any(r.level == "provinsi" for r in pl[1]):
            # a province is no one-word name: "Kepala Kantor Wilayah BPJS Ketenagakerjaan
            # Bali Nusra Papua diwakili ..." (the office's area goes on)
            return None
    end = j
    # trailing degrees: ", S.H., M.H." or " S.E." or "SE"
    k = j
    if k < len(toks) and toks[k].low in _ADAT_TITLES and toks[k].is_cap:
        # a customary title after the name, with its words: "Zulkifli Dt. Bagindo Basa"
        k += 1 + (k + 1 < len(toks) and toks[k + 1].text == ".")
        while k < len(toks) and k - end <= 5 and toks[k].is_cap and toks[k].is_word and not is_degree(toks[k]) \
                and match_title(toks, k) is None:
            k += 1
    while k < len(toks):
        if toks[k].text == "," and k + 1 < len(toks) and is_degree(toks[k + 1]):
            k += 2
            continue
        if is_degree(toks[k]):
            k += 1
            continue
        break
    return first, end, k


# (and a Malaysian style of honour of two words, "Datuk Seri X Y": data/honour_styles.txt)
_RELIGIOUS_TITLES = sorted((tuple(ln.split()) for ln in data_lines("religious_titles.txt") + data_lines("honour_styles.txt")),
                           key=len, reverse=True)
# (speed) the titles by their first word, in the order above: a token tries only its own
_RELIGIOUS_BY_FIRST: dict[str, list] = {}
for _words in _RELIGIOUS_TITLES:
    _RELIGIOUS_BY_FIRST.setdefault(_words[0], []).append(_words)


def _religious_title_end(toks: list[Tok], i: int) -> int:
    """Index after a religious title that opens a name at toks[i] ("Habib X Y", "Tuan
    Guru Haji (TGH) X Y": data/religious_titles.txt), with its short form in brackets;
    i when there is none, or when fewer than two capitalised words follow (the title
    word is then a given name: "Habib Rahman")."""
    for words in (_RELIGIOUS_BY_FIRST.get(toks[i].text, ()) if i < len(toks) else ()):
        k = i + len(words)
        if tuple(t.text for t in toks[i:k]) != words:
            continue
        if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and _is_acronym(toks[k + 1]):
            k += 3  # "Tuan Guru Haji (TGH) ..."
        if k + 1 < len(toks) and all(t.is_cap and t.is_word and not is_degree(t) or t.low in NAME_PARTICLES
                                     for t in toks[k:k + 2]) and toks[k].is_cap:
            return k
        return i
    return i


_DOCTORATE_FIELDS = word_set("doctorate_fields.txt")


def _doctorate_field_end(toks: list[Tok], j: int) -> int:
    """Index after the field of a doctorate that follows "Dr." at toks[j - 1] ("Dr. Eng.",
    "Dr. Ing.": data/doctorate_fields.txt), written with its dot; j when there is none."""
    if j == 0 or toks[j - 1].low != "dr":
        return j
    k = j
    while k < len(toks) and toks[k].low in _DOCTORATE_FIELDS:
        if toks[k].text.endswith("."):
            k += 1
        elif k + 1 < len(toks) and toks[k + 1].text == "." and toks[k + 1].start == toks[k].end:
            k += 2
        else:
            break
    return k


def clean_name(toks: list[Tok]) -> str:
    words = [_INVISIBLE.sub("", t.text) for t in toks]
    # drop honorifics that slipped in (e.g. "H." after "Raden")
    # (a rank word inside the name is a word of it: _rank_in_name)
    words = [w for x, w in enumerate(words) if (w.rstrip(".").lower() not in HONORIFICS and w not in _DOTTED_HONORIFICS)
             or len(words) == 1 or 0 < x < len(words) - 1 and w.lower() in _MILITARY_RANKS]
    return " ".join(words).strip(" ,")


# --- mentions -------------------------------------------------------------------------


@dataclass
class Mention:
    """A person (name, possibly with a role) or a bare role ("Bupati Kotabaru") in one sentence."""
    sent: int                          # sentence index
    start: int                         # span of the whole mention (role + name)
    end: int
    name: Optional[str] = None
    name_start: int = 0
    name_end: int = 0
    role: Optional[Role] = None
    cue: Optional[str] = None          # signer | attendee | rep | absent | None
    on_behalf_of: Optional[Role] = None
    on_behalf_text: Optional[str] = None  # e.g. "gubernur" from "atas nama gubernur"
    for_party_end: Optional[int] = None   # "dengan Ombudsman Jateng yang diwakili X": where the institution ends
    attends: bool = False              # a "rep" who is also a guest ("disaksikan X yang hadir mewakili Y")


def _provinces_joined(toks: list[Tok], j: int) -> bool:
    """toks[j] is a "dan" between two provinces' names: one regional unit's area that
    spans both ("Unit Induk Wilayah Maluku dan Maluku Utara"), not two people. (A
    province's name has at most three words: only the words around the "dan" are read.)"""
    a = max(0, j - 3)
    lows = [t.low for t in toks[a:j + 5]]
    j -= a

    def provinces(pl) -> bool:
        return bool(pl) and all(r.level == "provinsi" for r in pl[1])

    after = places.match_tokens(lows, j + 1)
    return provinces(after) and any(
        provinces(pl := places.match_tokens(lows, j - k)) and pl[0] == k for k in (1, 2, 3) if j - k >= 0)


_QUOTES = {'"', "“", "”"}


def _quoted_name_word(toks: list[Tok], j: int) -> bool:
    """toks[j] opens a word in quotation marks inside a body's name, which goes on after
    it: "UPN "Veteran" Yogyakarta", "IKIP "PGRI" Semarang" (after an acronym, an
    institution's or an office's word; a quotation of speech is no single capitalised word
    between a body's name and more of it)."""
    if not (0 < j and j + 3 < len(toks) and toks[j].text in _QUOTES and toks[j + 2].text in _QUOTES):
        return False
    before, word, after = toks[j - 1], toks[j + 1], toks[j + 3]
    return word.is_cap and word.is_word and after.is_cap and after.is_word and before.is_cap \
        and (_is_acronym(before) or before.low in NAMED_INSTITUTIONS or before.low in word_set("office_words.txt"))


def _runs(toks: list[Tok], short_forms=frozenset()) -> list[tuple[int, int]]:
    """Maximal runs of tokens that can belong to a role or a name (`short_forms`: the
    article's, glossed_short_forms)."""
    office = word_set("office_words.txt")
    verbs = word_set("headline_verbs.txt")  # "Sekda Teken PKS ...": a headline's verb ends the run
    runs = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if (t.is_cap and t.is_word and t.low not in verbs) or is_degree(t) or t.text == "Pj.":
            j = i + 1
            while j < n:
                u = toks[j]
                if (u.is_cap and u.is_word and u.low not in verbs) or is_degree(u) \
                        or (is_honorific(u) and j + 1 < n and toks[j + 1].is_cap):
                    j += 1
                elif (u.text == "," or u.low == "dan") and (k := _body_name_across(toks, i, j)):
                    # a ministry's name with a comma or "dan": "Menteri Pendidikan Tinggi, Sains, dan Teknologi X"
                    j = k
                elif (u.text == "," and any(x.low in _FIELD_LIST_HEADS for x in toks[i:j])
                      and not any(is_honorific(x) for x in toks[i:j]) and (k := _field_list_end(toks, j, True, short_forms))):
                    # "Wakil Rektor Bidang Perencanaan, Kerja Sama dan Sistem Informasi Unram, X"
                    j = k
                elif (u.text == "," and j + 1 < n and toks[j + 1].low in office and match_title(toks, i)
                      and not any(is_honorific(x) for x in toks[i:j])):
                    # "Kepala Dinas Komunikasi, Informatika dan Persandian X"
                    j += 1
                elif u.text == "." and j + 1 < n and toks[j + 1].is_cap and len(toks[j - 1].text) <= 3:
                    j += 1
                elif _quoted_name_word(toks, j):
                    j += 3  # "Rektor UPN "Veteran" Yogyakarta Prof. X"
                elif u.text == "(" and j + 1 < n and match_title(toks, j + 1) is not None \
                        and not any(match_title(toks, x) for x in range(i, j)):
                    break  # "Yohanes R. (Kepala Ombudsman ...)": the role in brackets is its own run
                elif u.text == "(":
                    k = j + 1
                    while k < n and toks[k].text != ")" and k - j < 8:
                        k += 1
                    if k < n and toks[k].text == ")" and k > j + 1:
                        j = k + 1
                    else:
                        break
                elif u.low == "dan" and j + 1 < n and toks[j - 1].low in office and toks[j + 1].low in office:
                    j += 1
                elif u.low == "dan" and match_title(toks, i) and _provinces_joined(toks, j):
                    j += 1  # "General Manager PLN Unit Induk Wilayah Maluku dan Maluku Utara, X"
                elif (u.low == "dan" and j + 1 < n and toks[j + 1].is_cap and toks[j - 1].is_cap
                      and (mt := match_title(toks, i)) and match_title(toks, j + 1) is None
                      and not any(is_honorific(x) for x in toks[i + mt[0]:j]) and j - i <= 5
                      and not is_honorific(toks[j + 1])):
                    # "Deputi Bidang Koordinasi dan Supervisi KPK ..." (a rank word inside
                    # the title is not a name's: "Direktur Jenderal Penanganan Sengketa dan
                    # Konflik Pertanahan, Dr. X")
                    j += 1
                elif u.low in NAME_PARTICLES and j + 1 < n and toks[j + 1].is_cap:
                    j += 1
                elif u.low == "dan" and match_title(toks, i) and (k := _and_gloss_end(toks, j)):
                    j = k  # "Dinas Pemberdayaan Masyarakat dan Kampung (DPMK) Siak"
                elif _in_office_phrase(toks, j) or u.low == "dan" and j + 3 < n and _in_office_phrase(toks, j + 2):
                    j += 1  # "Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) X"
                elif unit_slash(toks, j):
                    j = unit_slash(toks, j) + 1  # a numbered unit: "Kodim 0809/Kediri", "Koramil 1619-05/Kediri"
                elif _joining_slash(toks, j):
                    j += 1  # two names of one body: "Kementerian ATR/BPN"
                elif u.text.isdigit() and len(u.text) <= 3 and _numbered_before(toks, j):
                    j += 1  # "Pelindo Regional 4", "SMK Negeri 2 Malang"
                elif (u.text.isdigit() and len(u.text) <= 2 and toks[j - 1].low in _EN_TITLE_HEADS
                      and j + 1 < n and toks[j + 1].is_cap and toks[j + 1].is_word):
                    j += 1  # "Regional Head 4 Pelindo": the unit's number after an English title
                else:
                    break
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


# level words below the regency: the words after them name a district or village
# what names a council's commission after "Komisi" ("Komisi I", "Komisi B")
_COMMISSION_MARKS = {"I", "II", "III", "IV", "V", "VI", "A", "B", "C", "D", "E"}
# (data/subdistrict_words.tsv; Yogyakarta's "Kapanewon", "Kemantren", "Kalurahan" too)
_SUBDISTRICT_WORDS = frozenset(subdistrict_words())
# titles whose next word names the village, district or town they head
# (Yogyakarta's district head is the "Panewu", or "Mantri Pamong Praja" in the city)
# (and the heads of a Malaysian city or state, "Datuk Bandar Melaka", "Ketua Menteri Johor":
# the gazetteer knows no Malaysian place)
_VILLAGE_TITLES = {"Lurah", "Camat", "Panewu", "Mantri Pamong Praja", "Bendesa Adat", "Datuk Bandar", "Ketua Menteri"} \
    | set(village_heads())
# the village's own word written after its head's title ("Keuchik Gampong Cut Nyong")
VILLAGE_UNIT_WORDS = {w.lower() for w in village_heads().values()}
# ... and never a person's name right after the title ("Datuk Bandar Seremban bertukar ...")
_TOWN_ALWAYS = {"Datuk Bandar", "Ketua Menteri"}
# a district's or village's word before its name, in any case ("Kecamatan", "se-Kecamatan")
_UNIT_WORD_RX = r"(?<![\w])(?i:%s)" % "|".join(sorted(map(re.escape, _SUBDISTRICT_WORDS | VILLAGE_UNIT_WORDS),
                                                         key=len, reverse=True))
# numbered units named by their city after the number ("Daop 2 Bandung")
_NUMBER_THEN_CITY = {"daop", "operasi"}
_NUMBERED = word_set("numbered_unit_words.txt")
_SCHOOLS = word_set("school_words.txt")


def _numbered_before(toks: list[Tok], j: int) -> bool:
    """The number at toks[j] is part of the unit's name before it: "Pelindo Regional 4",
    "SMAN 1", or a school's word and up to two capitalised words ("SMA Muhammadiyah 2")."""
    if j == 0:
        return False
    if toks[j - 1].low in _NUMBERED or toks[j - 1].low in _SCHOOLS and _is_acronym(toks[j - 1]):
        return True
    for k in range(j - 1, max(-1, j - 4), -1):
        t = toks[k]
        if not (t.is_cap and t.is_word) or is_honorific(t):
            return False
        if k < j - 1 and t.low in _SCHOOLS and _is_acronym(t):
            return True
    return False
# the last word of English titles that a unit number may follow ("Regional Head 4 Pelindo")
_EN_TITLE_HEADS = {"head", "manager", "director", "commander", "chief", "officer"}
# English level words (also read by parties.py)
EN_LEVELS = {"regency": "kabupaten", "district": "kabupaten", "city": "kota", "province": "provinsi",
             "provincial": "provinsi"}


@lru_cache(maxsize=1)
def _en_provinces() -> dict[tuple[str, ...], list]:
    """English province names (data/en_province_names.tsv) -> the province's regions."""
    out: dict[tuple[str, ...], list] = {}
    for ln in data_lines("en_province_names.tsv"):
        en, official = ln.split("\t")
        pl = places.match_tokens(official.lower().split(), 0)
        regs = [r for r in pl[1] if r.level == "provinsi"] if pl else []
        if regs:
            out[tuple(en.lower().split())] = regs
    return out


def en_province_at(lows: list[str], i: int) -> Optional[tuple[int, list]]:
    """An English province name at lows[i] ("East Nusa Tenggara"): (n tokens, regions)."""
    for n in (4, 3, 2):
        regs = _en_provinces().get(tuple(lows[i:i + n])) if i + n <= len(lows) else None
        if regs:
            return n, regs
    return None


@lru_cache(maxsize=1)
def _place_first_titles() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(w.lower() for w in ln.split()) for ln in data_lines("place_first_titles.txt"))


def _place_first_role(toks: list[Tok], i: int, pl, aliases, comma_after: bool,
                      lows: list[str], article: str = "") -> Optional[tuple[Role, int]]:
    """An English title after its jurisdiction: region name [City|Regency|Province] Title."""
    n_pl, regs = pl
    k = i + n_pl
    level = EN_LEVELS.get(lows[k]) if k < len(toks) else None
    m = match_title(toks, k)
    if m is None or tuple(w.lower() for w in m[1].words) not in _place_first_titles():
        if level is None:
            return None
        k += 1  # "Denpasar City" + "Secretary"? only when "City Secretary" is no title
        m = match_title(toks, k)
        if m is None or tuple(w.lower() for w in m[1].words) not in _place_first_titles():
            return None
    r = parse_role(toks, k, aliases, comma_after, lows, article=article)
    if r is None:
        return None
    role, j = r
    role.before = list(toks[i:k])
    role.start = toks[i].start
    if role.place is None:
        role.place = " ".join(t.text for t in toks[i:i + n_pl])
        role.regions = regs
        role.place_level = level
    return role, j


_STREET_WORDS = word_set("street_words.txt")


def _street_name_end(run: list[Tok], i: int) -> int:
    """Index after a street's name that opens at run[i]: its capitalised words, initials
    and honorifics (the run ends at a comma or a lower-case word)."""
    j = i
    while j < len(run) and (run[j].is_cap or is_honorific(run[j]) or run[j].text == "."):
        j += 1
    return max(j, i + 1)


def _initial_opens_name(run: list[Tok], i: int) -> bool:
    """run[i] is a capital letter with its dot before a capitalised word: the initial that
    opens a name ("A. Rahman Fauzi", Bugis "A. Tenri Sompa" for Andi), even when the
    letter alone is a stop word (the English article "a")."""
    t = run[i]
    return len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "." and i + 1 < len(run) \
        and run[i + 1].is_cap and run[i + 1].is_word and not is_honorific(run[i + 1])


# the name of an agreement, whose subject may follow it capitalised in a headline
_DOCUMENT_WORDS = {"mou", "moa", "pks", "kesepakatan", "kesepahaman", "perjanjian"}
# the word before the title of an office voted for ("Pemilihan Bupati Sleman")
_ELECTION_WORDS = {"pemilihan"}


def _place_again(run: list[Tok], lows: list[str], role: Role, name: tuple[int, int, int]) -> bool:
    """Whether the one-word "name" after a role is its own place written again: "Pimpinan
    Daerah Muhammadiyah (PDM) Lamongan dan Pengurus Cabang Nahdlatul Ulama (PCNU)
    Lamongan" names two bodies of one town, and no one is called after the town the
    office's name has already given."""
    first, end, _ = name
    return end - first == 1 and role.place is not None and run[first].text == role.place \
        and (places.match_tokens(lows, first) or (0,))[0] == 1


def _seat_after_short_form(run: list[Tok], lows: list[str], role: Role, name: tuple[int, int, int]) -> bool:
    """Whether the one-word "name" after an office's short form is a regency's seat town
    (which the gazetteer does not list): "Ketua PA Putussibau menyampaikan" is the head of
    the Pengadilan Agama of Putussibau, no one called Putussibau."""
    first, end, _ = name
    return end - first == 1 and bool(role.org) and len(role.org[-1].text) >= 2 \
        and role.org[-1].text.isupper() and role.org[-1].is_word and lows[first] in _SEAT_TOWNS


_SEAT_TOWNS = seat_towns()


def _seat_town_len(lows: list[str], j: int) -> int:
    """The number of words of a regency's seat town at lows[j] (data/region_seats.tsv), 0 when
    none: the towns a branch office is named by that the town gazetteer does not list
    ("Pemimpin Bank Nagari Cabang Painan Yulia Fitri", "Kepala Cabang Sungai Raya X")."""
    return next((n for n in (3, 2, 1) if j + n <= len(lows) and " ".join(lows[j:j + n]) in _SEAT_TOWNS), 0)


def possessed_title(words: list[str]) -> Optional[tuple[Title, int]]:
    """The title a post written with the possessive "-nya" names, and how many of the
    lower-case `words` (the last with its "-nya" cut off) it takes from their end:
    "ketua" (ketuanya), "direktur utama" (direktur utamanya); None when the words end
    in no title (data/jabatan.tsv). The one reader of the pattern: the capitalised word
    of a run (_possessed_title) and the lower-case post before a name
    (signings._possessive_posts)."""
    for k in (2, 1):
        if len(words) < k:
            continue
        w = words[-k:]
        t = next((t for t in titles().get(w[0], ()) if t.cls != "prefix" and [x.lower() for x in t.words] == w), None)
        if t is not None:
            return t, k
    return None


def _possessed_title(tok: Tok) -> Optional[Role]:
    """A one-word title with the possessive "-nya" ("Ketuanya", "Direkturnya",
    "Rektornya"): the head of the body the sentence just named ("Baznas diwakili
    Ketuanya, X"), a role whose office is that body, and no name; None otherwise."""
    if not (tok.is_cap and tok.is_word and len(tok.low) > 6 and tok.low.endswith("nya")):
        return None
    pt = possessed_title([tok.low[:-3]])
    return Role(tok.start, tok.start + len(tok.low) - 3, pt[0].full, pt[0].cls, []) if pt is not None else None


def _bracketed_post(toks: list[Tok], a: int, b: int) -> bool:
    """The run toks[a:b] fills the brackets right after a person's name: it is that
    person's post, all of it, and no name follows ("disaksikan KH. X (Ketua Rabithah
    Ma'ahid Islamiyah PCNU Jombang) serta ...", "Y (Kepala Lembaga Dakwah PWNU Z)"): its
    unknown words name the office, as before a comma and a name."""
    return a >= 2 and b < len(toks) and toks[a - 1].text == "(" and toks[b].text == ")" \
        and toks[a - 2].is_cap and toks[a - 2].is_word and match_title(toks, a) is not None


def _parse_run(toks: list[Tok], a: int, b: int, aliases,
               article: str = "") -> list[tuple[Optional[Role], Optional[tuple[int, int, int]], int, int]]:
    """Split the run toks[a:b] into (role, name, start_tok, end_tok) items (indices into
    `toks`). Roles and names are parsed inside the run only, re-indexed from 0, so the
    cost grows with the run, not with the sentence."""
    out = []
    run = toks[a:b]
    lows = [t.low for t in run]
    n = len(run)
    stop = word_set("name_stopwords.txt")
    # (a name in markdown emphasis after the role is like one after a comma: "Direktur
    # Utama Perumda Tirta Bening *Ir. X*")
    comma_after = b < len(toks) and (toks[b].text == "," or toks[b].text in {"*", "_"} and b + 1 < len(toks)
                                      and (is_honorific(toks[b + 1]) or toks[b + 1].is_cap))
    person_after = None
    if comma_after and toks[b].text == "," and b + 1 < len(toks):
        if is_degree(toks[b + 1]) and not is_honorific(toks[b + 1]):
            comma_after = False  # "Budi Santoso, S.H.": the name was in the run
        else:
            person_after = _person_at(toks, b + 1)
    if _bracketed_post(toks, a, b):
        comma_after, person_after = True, False

    def shifted(name):
        return (name[0] + a, name[1] + a, name[2] + a)

    i = 0
    while i < n:
        if (pt := _possessed_title(run[i])) is not None:
            # "Baznas diwakili Ketuanya, Buya X": the post of the body just named, no name
            out.append((pt, None, i + a, i + 1 + a))
            i += 1
            continue
        r = parse_role(run, i, aliases, comma_after, lows, person_after, article)
        if r and lows[i] in HONORIFICS and i + 1 < n and (is_honorific(run[i + 1]) or lows[i + 1] in _RANK_CORPS):
            # a rank before its corps word, not a title: "Mayor Inf X", "Kapten Laut Y",
            # "Mayor Laut (P) Z" (the navy's service word, data/rank_corps_words.txt)
            r = None
        if r and i + a > 0 and toks[i + a - 1].low in VENUE_HEADS:
            i = r[1]  # "Kantor Bupati X", "Rumah Dinas Wali Kota": a place, not a person
            continue
        if r and i + a > 0 and toks[i + a - 1].low in _ELECTION_WORDS:
            # "Pemilihan Kepala Daerah Serentak 2024": the office voted for and the rest of
            # the election's name, up to a title or an honorific, name no person
            i = r[1]
            while i < n and run[i].is_cap and run[i].is_word and not is_honorific(run[i]) and match_title(run, i) is None:
                i += 1
            continue
        if i + a > 0 and toks[i + a - 1].low in _STREET_WORDS and (r or run[i].is_cap or is_honorific(run[i])):
            # "Jalan Gubernur H. Bastari", "Jl. Jenderal Sudirman": a street named after
            # someone, up to the comma or the next lower-case word
            i = _street_name_end(run, i)
            continue
        if r:
            role, j = r
            name = parse_name(run, j) if j < n else None
            if name and _place_again(run, lows, role, name):
                name = None
            elif name and _seat_after_short_form(run, lows, role, name):
                role = replace(role, end=run[name[0]].end, org=role.org + [run[name[0]]])
                j, name = name[1], None
            if name:
                out.append((role, shifted(name), i + a, name[2] + a))
                i = name[2]
            else:
                out.append((role, None, i + a, j + a))
                i = j
            continue
        if (lows[i] in stop and not _initial_opens_name(run, i)) or lows[i] in _PRONOUNS or is_degree(run[i]) \
                or not (run[i].is_cap or is_honorific(run[i])):
            i += 1
            continue
        pl = places.match_tokens(lows, i)
        en_pl = en_province_at(lows, i) if i + 2 < n else None
        if en_pl and (pl is None or en_pl[0] > pl[0]):
            pl = en_pl  # "East Nusa Tenggara Governor X": an English province name
        if pl and not (i > 0 and is_honorific(run[i - 1])):
            r = _place_first_role(run, i, pl, aliases, comma_after, lows, article)
            if r is not None:  # "Badung Regent I Nyoman Sudiarta"
                role, j = r
                name = parse_name(run, j) if j < n else None
                out.append((role, shifted(name) if name else None, i + a, (name[2] if name else j) + a))
                i = name[2] if name else j
                continue
            # a region name ("Kabupaten Mandailing Natal, Labuhanbatu") is not a person
            i += pl[0]
            continue
        if run[i].text in _COMPANY_FORMS or (lows[i] in NAMED_INSTITUTIONS and i + 1 < n and run[i + 1].is_cap
                                             and not is_honorific(run[i + 1])):
            # a company's name and its short form in brackets, up to a title or an
            # honorific: "PT Pupuk Sriwidjaja Palembang (Pusri)" names no person; nor
            # does a school or boarding school after a lower-case post ("pengasuh
            # Pondok Pesantren Nurul Huda Sumenep, K.H. X")
            i += 1
            depth = 0
            while i < n and (depth or run[i].text in "()" or run[i].is_word and run[i].is_cap
                             and not is_honorific(run[i]) and match_title(run, i) is None):
                depth += {"(": 1, ")": -1}.get(run[i].text, 0)
                i += 1
            continue
        if i + a > 0 and toks[i + a - 1].low in _DOCUMENT_WORDS:
            # "Sekda Teken PKS Integrasi Data Pertanahan ...": the capitalised words after
            # the document's name are its subject, up to a title or an honorific
            while i < n and run[i].is_cap and run[i].is_word and not is_honorific(run[i]) and match_title(run, i) is None:
                i += 1
            continue
        name = parse_name(run, i)
        if name and i > 0 and (lows[i - 1] in VENUE_HEADS or lows[i - 1] in _SUBDISTRICT_WORDS and run[i - 1].is_cap):
            # ("Kantor Desa Sukamaju", "Balai Kalurahan X": a village, not a person)
            i = max(name[2], i + 1)  # a building's name, not a person: "Aula Bhakti Lapas ..."
            continue
        if name:
            # a role may follow the name without a comma
            out.append((None, shifted(name), i + a, name[2] + a))
            i = max(name[2], i + 1)
            continue
        i += 1
    return out


def find_mentions(text: str, sent_index: int, start: int, end: int,
                  aliases: frozenset = frozenset()) -> list[Mention]:
    """People and bare roles in the sentence text[start:end], with cues."""
    toks = tokenize(text, start, end)
    items = []
    for a, b in _runs(toks, glossed_short_forms(text)):
        # (the article: a role's tokens carry offsets into it, and a hospital's name is
        # looked up elsewhere in it)
        for role, name, i, j in _parse_run(toks, a, b, aliases, text):
            items.append([role, name, i, j])
    if fastre.may_match(_EN_HEAD_WORDS, text, start, end) and _EN_HEAD_RX.search(text, start, end):
        items = _english_heads(toks, items)
    items = _paired_titles(toks, items)
    # pair across commas: "Role, Name" and "Name, Role"
    merged: list[list] = []
    k = 0
    while k < len(items):
        role, name, i, j = items[k]
        if k + 1 < len(items):
            role2, name2, i2, j2 = items[k + 1]
            between = toks[j:i2]
            # commas, degrees and honorifics only ("Dekan Fakultas X, dr. Nurfitri", a
            # lower-case "dr." opens no run of capitalised words)
            # (an address word may open the name: "Kepala Ombudsman ..., Bapak Dr. X")
            # (a name in markdown emphasis after the comma too: "Sekretaris Daerah Kabupaten
            # Gowa, *Syamsuddin Bidol*, para asisten")
            # (and the emphatic "sendiri" right after the post: "Pak Bupati sendiri, Pak X",
            # the regent himself, X)
            comma_only = all(t.text in {",", "(", ")", "*", "_"} or is_degree(t) or is_honorific(t) or t.low in _ADDRESS
                             or (t.low == "sendiri" and t is between[0])
                             for t in between) and any(t.text == "," for t in between)
            # "Direktur Utama Perumda X *Ir. Hotman ...*": a name set in markdown emphasis
            emphasis = bool(between) and all(t.text in {"*", "_"} or is_honorific(t) for t in between)
            # a government page's address word alone between the post and the name:
            # "Bupati Bangka Barat Bapak Markus Wijaya", "Kepala Bagian Hukum Ibu Evi"
            addressed = any(t.low in _ADDRESS for t in between) and \
                all(t.low in _ADDRESS or is_honorific(t) for t in between)
            if (comma_only or emphasis or addressed) and role and not name and name2 and not role2:
                merged.append([role, name2, i, j2])
                k += 2
                # "Anggota Ombudsman RI, A, dan B": the last name of the list holds the
                # same post when the post is held by several (data/shared_titles.txt)
                if k < len(items) and items[k][0] is None and items[k][1] is not None \
                        and role.title in _SHARED_TITLES and _last_of_list(toks, j2, items[k][2]) \
                        and not (k + 1 < len(items) and items[k + 1][0] is not None and items[k + 1][1] is None
                                 and all(t.text == "," for t in toks[items[k][3]:items[k + 1][2]])):
                    merged.append([replace(role), items[k][1], items[k][2], items[k][3]])
                    k += 1
                continue
            # "disaksikan dua Wakil Ketua DPRD, yakni Hj. A, S.Pd., dan Ir. B": a role the
            # names listed after "yakni" / "yaitu" all hold
            if role and not name and name2 and not role2 and _namely(between):
                merged.append([role, name2, i, j2])
                k += 2
                while k < len(items) and items[k][0] is None and items[k][1] is not None \
                        and _list_joint(toks[items[k - 1][3]:items[k][2]]):
                    merged.append([replace(role), items[k][1], items[k][2], items[k][3]])
                    k += 1
                continue
            # "Country Director GIZ Indonesia, ASEAN dan Timor-Leste, Dr. X": the areas an
            # office covers, listed after its name, then the person (an honorific or a
            # degree marks the name)
            t = _area_list_person(toks, items, k) if role and not name and not role2 else 0
            if t:
                role.org = role.org + toks[j:items[t][2] - 1]
                role.end = toks[items[t][2] - 2].end
                merged.append([role, items[t][1], i, items[t][3]])
                k = t + 1
                continue
            # "Walikota dari Tomohon, X", "Vice Rector for Planning, Cooperation and
            # Information, Prof. Y": the role goes on after a connector, then the person
            con = _connected_role(toks, items, k, aliases, text) if role and not name and not role2 else None
            if con:
                new_role, t = con
                if english_owner := _possessive_owner(toks, merged, i, new_role):
                    merged.pop()  # "Udayana University's Vice Rector": the body, not a person
                    i = english_owner
                merged.append([new_role, items[t][1], i, items[t][3]])
                k = t + 1
                continue
            # "Konsul Jenderal RI di Johor Bahru, Rahmat ...": the office's town after "di"
            # belongs to the role when the name follows the comma after it
            at = _role_town_end(toks, j, not (role.place or role.regions or role.before)) \
                if role and not name and not role2 else 0
            if at:
                nxt = k + 1 if i2 >= at else k + 2  # (the town may have been read as a name)
                if nxt < len(items) and items[nxt][0] is None and items[nxt][1] is not None \
                        and all(t.text == "," or is_honorific(t) for t in toks[at:items[nxt][2]]) \
                        and (toks[at].text == "," or is_honorific(toks[at]) or items[nxt][2] == at):
                    role.org = role.org + toks[j:at]
                    role.end = toks[at - 1].end
                    merged.append([role, items[nxt][1], i, items[nxt][3]])
                    k = nxt + 1
                    continue
            # "Name (Role)": the role in brackets right after the name
            bracketed = [t.text for t in between] == ["("] and j2 < len(toks) and toks[j2].text == ")"
            # "Name (Wakil Bupati, mewakili Bupati)": the post, then whom they stand for
            stands_in = [t.text for t in between] == ["("] and j2 + 1 < len(toks) and toks[j2].text == "," \
                and toks[j2 + 1].low in ("mewakili", "atas") \
                and any(t.text == ")" for t in toks[j2 + 2:j2 + 8])
            # "Bapak X selaku Direktur Utama Perseroan", "Y, selaku Ketua Koperasi Z"
            # ("Y, S.E., dalam kapasitasnya sebagai Ketua TP PKK Z": the capacity the text gives)
            as_role = [t.low for t in between if t.text != "," and not is_degree(t)] in _AS_ROLE
            if (comma_only or bracketed or as_role or stands_in) and name and not role and role2 and not name2:
                merged.append([role2, name, i, j2 + (1 if bracketed else 0)])
                k += 2
                continue
        merged.append(items[k])
        k += 1
    merged = _acting_roles(toks, merged)
    mentions = []
    for role, name, i, j in merged:
        m = Mention(sent_index, toks[i].start, toks[max(i, j - 1)].end, role=role)
        if name:
            f, e, _ = name
            m.name = clean_name(toks[f:e])
            m.name_start, m.name_end = toks[f].start, toks[e - 1].end
        if not m.name and not m.role:
            continue
        if m.role is None and m.name in glossed_short_forms(text):
            continue  # "... anggota Badan Pembentukan Peraturan Daerah (Bapemperda)": a body
        mentions.append(m)
    for m in mentions:
        if m.name and m.role is None:
            m.role = _head_by_epithet(text, start, m, aliases) or _descriptor_role(text, start, m) \
                or _envoy_role(text, start, m, toks)
            if m.role is not None and m.role.title == "Perwakilan":
                # (the institution's words are no person: "SKK Migas Kalimantan")
                mentions = [x for x in mentions if x is m or x.role is not None
                            or not (m.role.start <= x.start and x.end <= m.role.end)]
        elif m.role is not None and m.role.org and not m.role.regions and m.role.org[0].low in _REGIONAL_UNITS:
            _unit_place_elsewhere(text, m.role)
        if m.role is not None and m.role.org:
            _spell_short_forms(text, m.role, aliases)
        elif m.name and m.role is not None and m.role.title == _SCHOOL_HEAD:
            _head_of_the_school(text, m.role)
    _assign_cues(text, start, end, mentions)
    _deputies_by_pronoun(text, start, mentions)
    _party_opener(text, start, end, mentions)
    _group_leader(text, start, end, mentions)
    if mentions and mentions[0].name and mentions[0].role is None and mentions[0].cue is None:
        _role_across_widgets(text, sent_index, start, mentions[0], aliases)
    if any(m.attends for m in mentions):
        # a guest standing in for someone is both: an attendee, and a "rep" mention that
        # carries whom they stand for (the twin comes first, so the guest's own cue is
        # the one a list read on from this sentence continues)
        out = []
        for m in mentions:
            if m.attends:
                out.append(replace(m, attends=False))
                m.cue, m.attends = "attendee", False
            out.append(m)
        mentions = out
    return mentions


_LINE_BROKEN = fastre.compile(r"[^\W\d_]$")  # a line that ends on a letter, no sentence end


def _role_across_widgets(text: str, sent_index: int, start: int, m: Mention, aliases) -> None:
    """A page's ad lines ("Advertisement", "Scroll to continue with content") that cut a
    sentence in two right before a name: "Acara itu dihadiri Wakil Bupati Konawe Selatan
    / Advertisement / Scroll to continue with content / Hj. Sitti Marwah Dangga, ...".
    The name opening this sentence (`m`) takes the post the broken line ends with, and the
    cue of that post's verb. The ads may also cut the post itself, its last words opening
    this sentence before the name: "dan Pemimpin Bank Sulselbar / ADVERTISEMENT /
    Cabang Bulukumba, Syamsul ...", "Kepala Dinas Kesehatan / Advertisement / Kabupaten
    Gowa, dr. X" (the post read again whole, across the ad lines)."""
    if start == 0 or text[start - 1] != "\n":
        return
    tail = _post_tail(tokenize(text, start, m.start)) if text[start:m.start].strip(" \t*_") else []
    if tail is None:
        return
    from .clean import _boiler_reason  # (the page's furniture lines, as clean reads them)

    b = start - 1
    widgets = 0
    while b > 0:
        a = text.rfind("\n", 0, b) + 1
        line = text[a:b].strip()
        if widgets >= 4:
            return
        if not line:
            b = a - 1  # (blank lines around the ad lines)
            continue
        if _boiler_reason(line) is None:
            break
        widgets += 1
        b = a - 1
    if not widgets or not _LINE_BROKEN.search(text, 0, b):
        return
    a = text.rfind("\n", 0, b) + 1
    cut = _last(_SENTENCE_END, text[a:b])
    a += cut.end() if cut else 0
    before = find_mentions(text, sent_index, a, b, aliases)
    last = before[-1] if before else None
    if last is None or last.name or last.role is None or text[last.end:b].strip() or last.cue is None:
        return
    if tail:
        toks = tokenize(text, last.role.start, b) + tail
        r = parse_role(toks, 0, aliases, True, None, True, text)
        if r is None or r[1] != len(toks):
            return  # (the words before the name do not go on with the post)
        m.role, m.cue = r[0], last.cue
        return
    m.role, m.cue = last.role, last.cue


_TAIL_OPENERS = {"kabupaten", "kab", "kota", "provinsi", "prov"}  # (and data/branch_words, office_words)


def _post_tail(toks: list[Tok]) -> Optional[list[Tok]]:
    """The words before a name that may end a post cut by the page's ad lines: up to
    five capitalised words and the comma before the name, then only honorifics ("Cabang
    Bulukumba, Hj."), opened by a word that goes on with an office's name (a branch or
    office word, a region's level word, a region: "Cabang", "Wilayah", "Kabupaten",
    "Sinjai"); [] when only honorifics are there, None when the words are anything else
    ("Menurut", "Sementara,": a new sentence after the ads)."""
    k = len(toks)
    while k > 0 and is_honorific(toks[k - 1]):
        k -= 1
    if not k:
        return []
    words = toks[:k - 1]
    if toks[k - 1].text != "," or not 0 < len(words) <= 5 or not all(t.is_word and t.is_cap for t in words):
        return None
    lows = [t.low for t in words]
    if lows[0] in _TAIL_OPENERS or lows[0] in word_set("branch_words.txt") or lows[0] in word_set("office_words.txt") \
            or places.match_tokens(lows, 0):
        return words
    return None


# units of a regional government by the first word of their name ("RSUD", "Dinas"; the
# list signings.py reads to give such a unit's head the government's party)
_REGIONAL_UNITS = word_set("regional_units.txt")
_LEVEL_PLACE = r"[ \t]+(?P<lvl>Kabupaten|Kota|Provinsi|Kab\.|Prov\.)[ \t]+(?P<pl>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"


def _unit_place_elsewhere(text: str, role: Role) -> None:
    """A regional unit's head written with the unit's short name ("Direktur RSUD Cideres")
    is the head of the unit the article names in full elsewhere with its regency or city
    after it ("Rumah Sakit Umum Daerah (RSUD) Cideres Kabupaten Majalengka"): the role
    takes that level word and place. Only when every such full name in the article gives
    the same place."""
    words = [t.text for t in role.org]
    rx = re.compile(r"(?<![\w.])\(?" + re.escape(words[0]) + r"\)?" + "".join(r"[ \t]+" + re.escape(w) for w in words[1:])
                    + _LEVEL_PLACE)
    found = {}
    for mm in rx.finditer(text):
        if mm.start() <= role.start < mm.end():
            continue
        ptoks = tokenize(text, mm.start("pl"), mm.end("pl"))
        pl = places.match_tokens([t.low for t in ptoks], 0)
        if pl is None:
            return
        lvl = tokenize(text, mm.start("lvl"), mm.end("lvl"))
        found[" ".join(t.text for t in ptoks[:pl[0]])] = (lvl + ptoks[:pl[0]], pl[1], mm.group("lvl"))
    if len(found) != 1:
        return
    place, (toks, regs, lvl) = next(iter(found.items()))
    role.org = role.org + toks
    role.place, role.place_level, role.regions = place, lvl.rstrip(".").lower(), list(regs)


# --- short forms the article spells out -----------------------------------------------

# a short form in brackets: "(PUPR)", "(BPVP)", "(Untag)", "(BUMDes)"
_BRACKET_SHORT = fastre.compile(r"\([ \t]*([A-Z][A-Za-z0-9-]{1,15})[ \t]*\)")
# words that may join a name's capitalised words ("Pekerjaan Umum dan Penataan Ruang")
_GLOSS_JOINERS = {"dan", "serta"}
_GLOSS_MAX_WORDS = 12
# short forms a role keeps as written though the article spells them out: the usual
# form of roles in news and in the records ("Ketua DPRD Kota X", "Direktur RSUD Y")
# (and the short forms parties' names keep, data/kept_short_forms.txt: "Perumda")
_KEPT_SHORT = word_set("role_kept_short_forms.txt") | word_set("kept_short_forms.txt")


def _spelled_by(short: str, run: list[Tok]) -> Optional[list[Tok]]:
    """The words at the end of `run` that `short` abbreviates: the shortest tail of two
    words or more that opens with the short form's first letter and whose capitalised
    words each give the short form a letter, their first, in order ("PUPR" -> "Pekerjaan
    Umum dan Penataan Ruang" of "Dinas Pekerjaan Umum dan Penataan Ruang", "Untag" ->
    "Universitas 17 Agustus 1945", not "Polda" -> "Perwakilan Kalimantan Barat dan
    Kepolisian Daerah"); None when none does, or when the short form is one of the words
    (a name's part in brackets, "Ahmad (Ahmad)")."""
    letters = "".join(c for c in short.lower() if c.isalpha())
    if not letters or any(t.low == short.lower() for t in run):
        return None
    for s in range(len(run) - 2, -1, -1):
        t = run[s]
        if t.is_cap and t.is_word and t.low[0] == letters[0] and _initials_in_order(letters, run[s:]):
            return run[s:]
    return None


def _initials_in_order(letters: str, words: list[Tok]) -> bool:
    """Whether `letters` can be read, in order, from the words' letters so that every
    capitalised word's first letter is one of them ("bapemperda" from Badan Pembentukan
    Peraturan Daerah; "dan" and numbers need give none)."""
    flat, starts = "", []
    for w in words:
        if not w.is_word:
            continue
        if w.is_cap:
            starts.append(len(flat))
        flat += w.low
    # (memoised over letter and position: the first word start not yet passed must be
    # one of the letters read)
    @lru_cache(maxsize=None)
    def fits(i: int, p: int) -> bool:
        nxt = next((x for x in starts if x >= p), None)
        if i == len(letters):
            return nxt is None
        q = flat.find(letters[i], p)
        while q != -1 and (nxt is None or q <= nxt):
            if fits(i + 1, q + 1):
                return True
            q = flat.find(letters[i], q + 1)
        return False

    return fits(0, 0)


def _uncached_tokens(text: str, start: int, end: int) -> list[Tok]:
    """tokenize() without filling its cache (a look at the words around a bracket or a
    phrase met once, not a sentence read again)."""
    return list(_tokenize.__wrapped__(text, start, end))


@lru_cache(maxsize=4)
def glossed_short_forms(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The short forms the article glosses right after a name written in full: short form
    -> the words it stands for, with and without the words of the name that follow the
    brackets (_gloss_tail): "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)" gives "PUPR"
    -> Pekerjaan Umum dan Penataan Ruang; "Institut Agama Islam Darussalam (IAIDA)
    Blokagung" gives "IAIDA" -> Institut Agama Islam Darussalam (Blokagung). A short form
    glossed two ways is left out.
    (Memoised: every sentence of the article asks.)"""
    out: dict[str, Optional[tuple]] = {}
    for mm in _BRACKET_SHORT.finditer(text):
        toks = _uncached_tokens(text, max(0, mm.start() - 200), mm.start())
        k = len(toks)
        while k > 0 and len(toks) - k < _GLOSS_MAX_WORDS:
            t = toks[k - 1]
            if t.is_cap and t.is_word and not is_degree(t) or t.text.isdigit():
                k -= 1
            elif t.low in _GLOSS_JOINERS and k < len(toks) and k >= 2 and toks[k - 2].is_cap and toks[k - 2].is_word:
                k -= 1
            else:
                break
        spelled = _spelled_by(mm.group(1), toks[k:])
        if spelled is None or _names_region(spelled):
            continue  # (a region's short form, "Batola", is read as its place: parties, signings)
        # (with the words after the brackets, for a role that writes the short form last)
        words = (tuple(t.text for t in spelled + _gloss_tail(text, mm.end())), tuple(t.text for t in spelled))
        out[mm.group(1)] = words if out.get(mm.group(1), words) == words else None
    return {k: v for k, v in out.items() if v}


def _names_region(words: list[Tok]) -> bool:
    """The words name a region: a level word or "Pemerintah" first, or a place the
    gazetteer knows ("Barito Kuala", "Kalimantan Timur")."""
    lows = [t.low for t in words]
    if lows[0] in ("kabupaten", "kota", "provinsi", "pemerintah", "pemkab", "pemkot", "pemprov"):
        return True
    pl = places.match_tokens(lows, 0)
    return pl is not None and pl[0] == len(lows)


def _gloss_tail(text: str, pos: int) -> list[Tok]:
    """The word of the name that goes on after its short form in brackets, at text[pos]:
    one capitalised word that ends the phrase ("Institut Agama Islam Darussalam (IAIDA)
    Blokagung,"); none when it is a place (where the body sits: "Universitas Abdurachman
    Saleh (UNARS) Situbondo"), a title or a person, or more words follow."""
    toks = _uncached_tokens(text, pos, min(len(text), pos + 80))
    if len(toks) < 2 or not (toks[0].is_cap and toks[0].is_word) or is_honorific(toks[0]) \
            or match_title(toks, 0) is not None or toks[1].text not in (",", ".", ";") \
            or toks[0].low in word_set("name_stopwords.txt") or places.match_tokens([toks[0].low], 0) \
            or places.match_town([toks[0].low], 0):
        return []
    return toks[:1]


_SCHOOL_HEAD = "Kepala Sekolah"
# a school's name: its word ("SMK", "SMAN", "MTs") and the capitalised words and number after it
_SCHOOL_NAME = fastre.compile(r"(?<![\w-])(?P<w>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?:[ \t]+(?:[A-Z][\w'’-]*|\d{1,3}(?![\w/.])))+")


def _head_of_the_school(text: str, role: Role) -> None:
    """A head written only as "kepala sekolah" ("dan kepala sekolah, Dra. X") heads the
    one school the article names ("SMK Muhammadiyah 2 Banjarmasin"): the role is "Kepala"
    of that school. A school named with its number is preferred ("Siswa SMK Belajar ..."
    in a headline names none); nothing when the article names more than one."""
    names = {}
    for mm in _SCHOOL_NAME.finditer(text):
        if mm.group("w").lower() not in _SCHOOLS:
            continue
        toks = _uncached_tokens(text, mm.start(), mm.end())
        names[" ".join(t.text for t in toks)] = toks
    numbered = {k: v for k, v in names.items() if any(t.text.isdigit() for t in v)}
    names = numbered or names
    # (a shorter writing of the same school: "SMK Muhammadiyah 2" beside "... 2 Banjarmasin")
    longest = [k for k in names if not any(o != k and o.startswith(k + " ") for o in names)]
    if len(longest) != 1:
        return
    role.title = "Kepala"
    role.org = [Tok(t.text, role.start, role.end) for t in names[longest[0]]]


@lru_cache(maxsize=16)
def _company_spelled(text: str, short: str) -> Optional[tuple[str, ...]]:
    """The words of the one company the article names "PT" + words whose initials spell
    `short` ("SMI" -> Sarana Multi Infrastruktur), or None."""
    if not 2 <= len(short) <= 5:
        return None
    rx = r"(?<![\w.])PT\.?[ \t]+" + r"[ \t]+".join(c + r"[a-z][\w'’-]*" for c in short) + r"(?![\w'’-])"
    found = {tuple(mm.group().split()[1:]) for mm in re.finditer(rx, text)}
    return found.pop() if len(found) == 1 else None


def _spell_short_forms(text: str, role: Role, aliases=frozenset()) -> None:
    """A role's office written with a short form the article spells out elsewhere takes the
    words it stands for (RECORD.md: roles in full form): "Kepala Dinas PUPR Kabupaten
    Banyumas" after "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)" is the "Kepala Dinas
    Pekerjaan Umum dan Penataan Ruang Kabupaten Banyumas"; a company's "PT SMI" the "PT
    Sarana Multi Infrastruktur" the article names. Not the role's place ("SBB"), nor a
    short form roles keep (data/role_kept_short_forms.txt), nor one of the article's
    `aliases` of a party ("ITDC") or a body data/institutions.tsv knows ("UNICEF",
    "Unram"; not a word that opens many bodies' names, "BUMDes"): parties and signings
    name those from the party. The new words carry the short form's offsets."""
    glosses = glossed_short_forms(text)
    companies = any(t.text in _COMPANY_FORMS for t in role.org)
    if not glosses and not companies:
        return
    place_words = set(role.place.split()) if role.place else set()
    org = []
    for t in role.org:
        words, spelled = glosses.get(t.text), None
        if words is None and org and org[-1].text in ("PT", "PT.") and _is_acronym(t):
            # "PT SMI" beside "PT Sarana Multi Infrastruktur (Persero)": the company's
            # name, its words' initials the short form's letters
            spelled = _company_spelled(text, t.text)
            words = (spelled, spelled) if spelled else None
        if words is None or t.text in place_words or t.low in _KEPT_SHORT or not spelled and (t.low,) in aliases \
                or not spelled and t.low not in NAMED_INSTITUTIONS and _institution_len([t], [t.low], 0) \
                or not spelled and any(x.low not in NAMED_INSTITUTIONS and _institution_len([x], [x.low], 0) for x in org) \
                or any(w.lower() in word_set("company_suffixes.txt") for w in words[1]):
            # (nor a unit of a known body, "PLN UID Jawa Timur", nor a company's short
            # form, "Direktur Utama ITDC": the records write those as the article does)
            org.append(t)
            continue
        words = words[0] if t is role.org[-1] else words[1]
        if org and org[-1].text == words[0]:
            words = words[1:]  # "Dinas" + "Dinas Kesehatan": the head word once
        org.extend(Tok(w, t.start, t.end) for w in words)
    role.org = org


_ACTING = ("Pelaksana Harian ", "Pelaksana Tugas ", "Penjabat ")

# (and the region the standing is held in, before the comma: "tokoh agama Lombok Tengah, X")
_DESCRIPTOR = fastre.compile(r"\b(?P<d>%s)(?:\s+(?P<pl>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*,)?"
                             r"\s*,?\s*(?:(?:[A-Za-z]{1,4}\.)+\s*)*$" % "|".join(
    r"\s+".join(map(re.escape, ln.split())) for ln in data_lines("person_descriptors.txt")))


def _descriptor_role(text: str, start: int, m: Mention) -> Optional[Role]:
    """The standing written in lower case right before a name with no title ("tokoh
    masyarakat Habib X": data/person_descriptors.txt), as the person's role."""
    d = _DESCRIPTOR.search(text, max(start, m.start - 70), m.start)
    if d is None:
        return None
    title = " ".join(w.capitalize() for w in d.group("d").split())
    if d.group("pl"):
        lows = d.group("pl").lower().split()
        if (places.match_tokens(lows, 0) or (0,))[0] != len(lows):
            return None  # (a region the gazetteer knows, not a name: "tokoh agama Habib X, Y")
        return Role(d.start("d"), d.end("pl"), f"{title} {d.group('pl')}", "official", [])
    return Role(d.start("d"), d.end("d"), title, "official", [])

# "disaksikan perwakilan SKK Migas Kalimantan dan Sulawesi, X": a person sent by an
# institution, written with the lower-case noun before its name and a comma before theirs
_ENVOY = fastre.compile(
    r"\b(?P<t>[Pp]erwakilan)\s+(?:dari\s+)?(?P<org>[A-Z][\w.&/-]*(?:\s+(?:(?:dan|&)\s+)?[A-Z][\w.&/-]*){0,7})"
    r"\s*,\s*(?:(?:[A-Za-z]{1,4}\.)+\s*)*$")


def _envoy_role(text: str, start: int, m: Mention, toks: list[Tok]) -> Optional[Role]:
    """"perwakilan <institution>, Name": the person's role is "Perwakilan <institution>"
    when no title names one."""
    d = _ENVOY.search(text, max(start, m.start - 80), m.start)
    if d is None:
        return None
    org = [t for t in toks if d.start("org") <= t.start and t.end <= d.end("org")]
    if not org or any(match_title(toks, toks.index(t)) for t in org if t.is_cap):
        return None  # (a post inside: "perwakilan Bupati X, Y" is read from the title)
    return Role(d.start("t"), d.end("org"), "Perwakilan", "official", org)


# the words between a name and the post it is held in: "X selaku Y", "X, dalam
# kapasitasnya sebagai Y"
_AS_ROLE = [[w] for w in ("selaku", "sebagai")] + [
    ["dalam", cap, w] for cap in ("kapasitas", "kapasitasnya") for w in ("selaku", "sebagai")]


_AND = {"dan", "serta"}


def _paired_titles(toks: list[Tok], items: list[list]) -> list[list]:
    """Two posts joined by "dan", then two names joined by "dan", pair in order: "Gubernur
    dan Wakil Gubernur Sulawesi Tengah, A dan B" makes A the Gubernur and B the Wakil
    Gubernur (the first post, written without its office, shares the second's jurisdiction)."""
    out: list[list] = []
    k = 0
    while k < len(items):
        if k + 3 < len(items):
            (r1, n1, i1, j1), (r2, n2, i2, j2), (r3, n3, i3, j3), (r4, n4, i4, j4) = items[k:k + 4]
            if r1 is not None and n1 is None and r2 is not None and n2 is None and r3 is None and n3 is not None \
                    and r4 is None and n4 is not None and [t.low for t in toks[j1:i2]] in (["dan"], ["serta"]) \
                    and any(t.text == "," for t in toks[j2:i3]) \
                    and all(t.text == "," or is_honorific(t) for t in toks[j2:i3]) \
                    and [t.low for t in toks[j3:i4] if t.text != ","] in (["dan"], ["serta"]) \
                    and not (j4 < len(toks) and toks[j4].text == "," and j4 + 1 < len(toks) and toks[j4 + 1].low in _AND):
                # (not "A dan B, dan C": a list of more names than posts)
                if not r1.org:
                    r1 = replace(r1, org=list(r2.org), place=r2.place, place_level=r2.place_level,
                                 regions=list(r2.regions), before=list(r2.before))
                out += [[r1, n3, i1, j3], [r2, n4, i4, j4]]
                k += 4
                continue
        out.append(items[k])
        k += 1
    return out


def _acting_roles(toks: list[Tok], items: list[list]) -> list[list]:
    """A person with a role who acts in another office takes the acting one: "Wakil
    Bupati X, Y, S.Pt., selaku Pelaksana Harian (Plh.) Bupati X" signs as the Plh. Bupati;
    the bare role after "selaku" is dropped."""
    out: list[list] = []
    k = 0
    while k < len(items):
        role, name, i, j = items[k]
        if role is not None and name is not None and k + 1 < len(items):
            role2, name2, i2, j2 = items[k + 1]
            words = [t.low for t in toks[j:i2] if t.text != "," and not is_degree(t)]
            if role2 is not None and name2 is None and words in (["selaku"], ["sebagai"]) \
                    and role2.title.startswith(_ACTING):
                out.append([role2, name, i, j2])
                k += 2
                continue
        out.append(items[k])
        k += 1
    return out


# news style names a regional head by an epithet before the name: "orang nomor satu di
# Kabupaten Bone, Dr. H. X" is the Bupati of Bone ("... di Kota Y" the Wali Kota)
_EPITHET_HEAD = fastre.compile(
    r"\borang\s+nomor\s+(?:satu|wahid|1)\s+(?:di\s+)?(?:Pemerintah\s+)?(?P<level>Kabupaten|Kota|Provinsi)"
    r"\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*,\s*$")
_EPITHET_TITLES = {"Kabupaten": ("Bupati",), "Kota": ("Wali", "Kota"), "Provinsi": ("Gubernur",)}


def _head_by_epithet(text: str, start: int, m: Mention, aliases) -> Optional[Role]:
    """The role an epithet before a role-less name gives it (see above), or None."""
    ep = _EPITHET_HEAD.search(text, max(start, m.start - 100), m.start)
    if ep is None:
        return None
    at = ep.start("place")
    region = tokenize(text, at, ep.end("place"))
    words = _EPITHET_TITLES[ep.group("level")]
    # the title is implied, not written: its tokens are empty spans where the place starts
    # (and the title names the place without its level word, "Bupati Bone")
    toks = [Tok(w, at, at) for w in words] + region
    r = parse_role(toks, 0, aliases, True, None, True, text)
    if r is None or r[1] != len(toks) or not r[0].regions:
        return None
    role = r[0]
    role.start = at
    return role


_ADDRESS = {"bapak", "ibu", "pak", "bu", "saudara", "saudari", "sdr", "bpk"}
# ("Ibu" may also end a hospital's or foundation's name: "RS Kasih Ibu Surakarta")
_ADDRESS_IN_NAMES = {"ibu", "bu"}


def address_opens_name(toks: list[Tok], k: int) -> bool:
    """toks[k] is a polite address word ("Bapak", "Pak", "Bpk.", "Ibu", "Sdr.") before a
    person's name or honorific, so a body's name written before it ends there: "Rektor
    Universitas Sam Ratulangi Bapak Prof. Dr. X", "Ketua Yayasan Y Ibu Hj. Z", "Direktur
    PT W Bpk. V". "Ibu" before a place still belongs to the name ("RS Kasih Ibu Surakarta"); a
    word in capitals is an acronym ("BPK RI", the audit board)."""
    if toks[k].low not in _ADDRESS or not toks[k].is_cap or toks[k].text.isupper() or k + 1 >= len(toks):
        return False
    x = k + 1
    if not (is_honorific(toks[x]) or toks[x].is_cap and toks[x].is_word):
        return False
    if toks[k].low in _ADDRESS_IN_NAMES and not is_honorific(toks[x]) \
            and places.match_tokens([t.low for t in toks[x:x + 4]], 0):
        return False
    return True
# a speaker in an interview or a quote opens a sentence with a pronoun: "Saya tanda tangan ..."
_PRONOUNS = {"saya", "aku", "kami", "kita"}


def _person_at(toks: list[Tok], k: int) -> bool:
    """A person's name (or its honorific) opens toks[k:], not a title, place, office or
    date ("..., Dr. X", "..., Nuraini Talib" but not "..., Kepala Dinas", "..., Senin")."""
    t = toks[k]
    if is_honorific(t) or t.low in _ADDRESS:
        return True
    if not (t.is_cap and t.is_word) or (t.low in word_set("name_stopwords.txt") and not _initial_opens_name(toks, k)) \
            or t.low in word_set("office_words.txt") \
            or _is_acronym(t) or is_degree(t) or match_title(toks, k) is not None or _NOMINAL_WORD.fullmatch(t.low):
        return False
    return not places.match_tokens([x.low for x in toks[k:k + 5]], 0)


_NAMELY = {"yakni", "yaitu", "masing-masing"}


def _namely(between: list[Tok]) -> bool:
    """", yakni Hj." between a role and a name: the role's holders are listed."""
    words = [t.low for t in between if t.text != "," and not is_degree(t) and not is_honorific(t)]
    return len(words) == 1 and words[0] in _NAMELY and between[0].text == ","


_SHARED_TITLES = set(data_lines("shared_titles.txt"))


def _last_of_list(toks: list[Tok], a: int, b: int) -> bool:
    """toks[a:b] joins the last name of a list to the one before: a comma perhaps, then
    "dan" / "serta", then degrees or honorifics (", dan Ir.")."""
    words = [t.low for t in toks[a:b] if t.text != "," and not is_degree(t) and not is_honorific(t)]
    return words in (["dan"], ["serta"])


def _list_joint(between: list[Tok]) -> bool:
    """", dan Ir." between two names of one list (commas, "dan"/"serta", titles of address)."""
    return bool(between) and all(t.text == "," or t.low in ("dan", "serta") or is_degree(t) or is_honorific(t)
                                 for t in between)


def _area_list_person(toks: list[Tok], items: list, k: int) -> int:
    """Index of the item naming the person after a list of areas that follows the role of
    items[k] (", ASEAN dan Timor-Leste, Dr. X"), or 0."""
    j = items[k][3]
    if j >= len(toks) or toks[j].text != ",":
        return 0
    x = j + 1
    seen_and = False
    while x < len(toks) and x - j < 10 and toks[x].text != ",":
        t = toks[x]
        if t.low == "dan":
            seen_and = True
        elif not (t.is_cap and t.is_word) or is_honorific(t) or match_title(toks, x) is not None:
            return 0
        x += 1
    if not seen_and or x >= len(toks) or toks[x].low == "dan" or toks[x - 1].low == "dan":
        return 0
    for t in range(k + 1, min(len(items), k + 4)):
        role2, name2, i2, j2 = items[t]
        if i2 <= x:
            if role2 is not None or name2 is None:
                return 0
            continue  # an area read as a name ("Timor-Leste")
        if i2 != x + 1 or role2 is not None or name2 is None:
            return 0
        marked = name2[0] > i2 or j2 > name2[1] or (j2 + 1 < len(toks) and toks[j2].text == ","
                                                     and is_degree(toks[j2 + 1]))
        return t if marked else 0
    return 0


# first words of the English titles (data/en_title_words.txt): an English title goes on
# after "of" / "for", an Indonesian one after a translation's "dari"
_EN_TITLE_FIRST = word_set("en_title_words.txt")
_FIELD_JOINERS = {"and", "dan", "&", "the", "of"}


def _marked_person(toks: list[Tok], name) -> bool:
    """The name item opens with an honorific or is followed by its degrees: a person's
    name for sure, not one more capitalised word of a list ("Prof. X", "Y, S.E.")."""
    f, e, d = name
    return d > e or f > 0 and is_honorific(toks[f - 1]) \
        or e + 1 < len(toks) and toks[e].text == "," and is_degree(toks[e + 1])


def _connected_role(toks: list[Tok], items: list, k: int, aliases, article: str):
    """The role of items[k], written without a name, goes on after a connector up to the
    comma before the person: an English title's field or body after "for" / "of" ("Vice
    Rector for Planning, Cooperation and Information, Prof. X", "the Rector of Universitas
    Y, Prof. Z", "the Mayor of Malang, Drs. W"), or an Indonesian title's jurisdiction
    after "dari", as a translation writes "of" ("Walikota dari Tomohon, X", "Rektor dari
    Universitas Y, Profesor Z"). Returns (the role, index of the person's item) or None."""
    role, _, i, j = items[k]
    if j + 2 >= len(toks) or toks[j].low not in ("dari", "of", "for") or not toks[j + 1].is_cap:
        return None
    english = role.title.split()[-1].lower() in _EN_TITLE_FIRST and role.title.split()[0].lower() in _EN_TITLE_FIRST
    if (toks[j].low == "dari") == english or role.org and not english:
        return None
    for t in range(k + 1, min(len(items), k + 8)):
        role2, name2, i2, j2 = items[t]
        if role2 is not None:
            return None
        if name2 is None or toks[i2 - 1].text != ",":
            continue  # a word of the field read as a name ("Planning")
        field = toks[j + 1:i2 - 1]
        if len(field) > 12 or not all(x.is_cap and x.is_word and not is_honorific(x)
                                      or x.low in _FIELD_JOINERS or x.text in (",", "'s", "’s") for x in field):
            return None
        commas = any(x.text == "," for x in field)
        if commas and not english:
            return None
        if not _marked_person(toks, name2) and (commas or name2[2] < len(toks) and toks[name2[2]].low in ("and", "dan")):
            continue  # ("for Planning, Cooperation and Information": a list of fields)
        c = i2 - 1  # the comma before the person
        if english:
            org = role.org + list(toks[j:c])
            new = replace(role, org=org, end=toks[c - 1].end)
            u = j + 1 + (toks[j + 1].low == "the")
            pl = places.match_tokens([x.low for x in toks], u) if toks[j].low == "of" else None
            lvl = EN_LEVELS.get(toks[u + pl[0]].low) if pl and u + pl[0] < c else None
            if pl and u + pl[0] + (lvl is not None) == c:
                # "Mayor of Malang", "Regional Secretary of Malang City": the jurisdiction
                new.place = " ".join(x.text for x in toks[u:u + pl[0]])
                new.regions, new.place_level = pl[1], lvl
            return new, t
        words = list(toks[i:j]) + list(field)
        r = parse_role(words, 0, aliases, True, None, True, article)
        if r is None or r[1] != len(words) or not r[0].org:
            return None
        return r[0], t
    return None


def _possessive_owner(toks: list[Tok], merged: list, i: int, role: Role) -> Optional[int]:
    """The body whose possessive opens an English role at toks[i] ("Udayana University's
    Vice Rector ...", read as a name just before it): set as the words before the title
    (Role.before, its possessive dropped); the index it starts at, or None."""
    if not merged or i == 0 or not toks[i - 1].text.endswith(("'s", "’s")) or len(toks[i - 1].text) < 4:
        return None
    prole, pname, pi, pj = merged[-1]
    if prole is not None or pname is None or pj != i or role.title.split()[0].lower() not in _EN_TITLE_FIRST:
        return None
    words = list(toks[pname[0]:i])
    last = words[-1]
    role.before = words[:-1] + [Tok(last.text[:-2], last.start, last.end - 2)]
    role.start = words[0].start
    return pi


def _role_town_end(toks: list[Tok], j: int, placeless: bool = False) -> int:
    """Index of the comma after "di <Town>" at toks[j] ("... di Johor Bahru, X"), or of
    the honorific opening the name after it ("Kepala BBPOM di Pontianak Dra. X"), or 0.
    Also "untuk <Place>", the country or region a post is held for ("Duta Besar RI untuk
    Timor-Leste, X", "Staf Khusus Presiden untuk Papua, Y"). For a role that names no
    place of its own (`placeless`), also of the capitalised word right after a town of
    the gazetteer, where the name begins with no comma ("Kepala BBPOM di Padang Sri ...").
    The town's level word may open it ("Kepala Loka POM di Kabupaten Mimika, apt. X")."""
    if j >= len(toks) or toks[j].low not in ("di", "untuk"):
        return 0
    t0 = j + 2 if j + 2 < len(toks) and toks[j + 1].is_cap and toks[j + 1].low in _TAIL_OPENERS else j + 1
    k = t0
    while k < len(toks) and k - t0 < 3 and toks[k].is_cap and toks[k].is_word and not is_honorific(toks[k]) \
            and toks[k].low not in word_set("name_stopwords.txt") and toks[k].low not in VENUE_HEADS:
        k += 1
    if k > t0 and k < len(toks) and (toks[k].text == "," or is_honorific(toks[k])):
        return k
    pl = places.match_tokens([t.low for t in toks], t0) if placeless and t0 < len(toks) else None
    e = t0 + pl[0] if pl else 0
    return e if pl and e < len(toks) and _person_at(toks, e) and not _venue_words_at(toks, e) else 0


# the plain words of data/venue_heads.txt (its regex pieces, "Rumah\\s+Jabatan", match no token)
_VENUE_HEAD_WORDS = frozenset(w for w in word_set("venue_heads.txt") if not set(w) & set("\\[](){}?*+|^$"))


def _venue_words_at(toks: list[Tok], k: int) -> bool:
    """A word of a building's name (data/venue_heads.txt) is among the capitalised words
    at toks[k:] ("Jakarta Convention Center"): a place, not a person."""
    x = k
    while x < len(toks) and toks[x].is_cap and toks[x].is_word:
        if toks[x].low in _VENUE_HEAD_WORDS:
            return True
        x += 1
    return False


# --- English titles written in lower case ---------------------------------------------
# English copy puts a lower-case title after the institution ("Ombudsman RI Bali office
# head X", "BPJS Kesehatan branch head X") or before it with "of" ("the head of the
# BPJS Kesehatan Singaraja branch, X"). The capitalised runs do not see these titles, so
# they are read from the tokens around them; the role is written "Head of the <unit>",
# the form the dev annotations use. Only sentences with such a word are scanned.
_EN_LOWER_TITLES = {w: (title, cls) for w, title, cls in
                    (ln.split("\t") for ln in data_lines("en_lower_titles.tsv"))}
_EN_HEAD_RX = fastre.compile(r"\b(?:%s)\b" % "|".join(_EN_LOWER_TITLES), re.I)
_EN_HEAD_WORDS = fastre.required_words(_EN_HEAD_RX)  # (speed: a prefilter, fastre.may_match)
# lower-case words naming the unit the title heads ("Bali office", "Singaraja branch")
_EN_UNIT_WORDS = word_set("en_unit_words.txt")
# capitalised words that open a sentence or clause, not an institution's name
_EN_OPENERS = {"the", "a", "an", "also", "meanwhile", "and", "by", "with", "while", "both", "former", "then"}


def _english_heads(toks: list[Tok], items: list[list]) -> list[list]:
    """Add the people whose English title is written in lower case (see above)."""
    name_at = {it[2]: it for it in items if it[1] is not None and it[0] is None}
    new: list[list] = []
    used: list[tuple[int, int]] = []
    n = len(toks)
    for t in range(n):
        tok = toks[t]
        if tok.low not in _EN_LOWER_TITLES or not tok.is_word:
            continue
        title, cls = _EN_LOWER_TITLES[tok.low]
        if t + 1 < n and toks[t + 1].low == "of":
            # "the head of the BPJS Kesehatan Singaraja branch, X" / "... branch X"
            u = t + 2 + (t + 2 < n and toks[t + 2].low == "the")
            k, depth, last_unit = u, 0, None
            while k < n and k - u < 14:
                w = toks[k]
                if w.text == "(":
                    depth += 1
                elif w.text == ")":
                    depth -= 1
                    if depth < 0:
                        break
                elif depth == 0 and (w.text in {",", ".", ";", ":"} or w.low in ("who", "which", "signed", "said")):
                    break
                if depth == 0 and w.low in _EN_UNIT_WORDS and not w.is_cap:
                    last_unit = k
                k += 1
            if k < n and toks[k].text == ",":
                org_end = k          # the role is an apposition: the name is paired across the comma
            elif last_unit is not None and last_unit + 1 < n and last_unit + 1 in name_at:
                org_end = last_unit + 1
            else:
                continue
            org = toks[u:org_end]
            if not org or not (any(x.is_cap and x.is_word for x in org) or _level_possessive(org[0])):
                continue
            first = t - 1 if t > 0 and toks[t - 1].low == "the" else t
            role = _en_role(toks, first, title, cls, org)
            used.append((first, org_end))
            name_item = name_at.get(org_end) if toks[org_end - 1].text != "," and org_end < n \
                and toks[org_end].text != "," else None
            if name_item is not None:  # "... office Yohanes Wenda": the name follows directly
                new.append([role, name_item[1], first, name_item[3]])
                used.append((name_item[2], name_item[3]))
            else:
                new.append([role, None, first, org_end])
            continue
        if tok.is_cap or t + 1 not in name_at:
            continue
        # "Ombudsman RI Bali office head X": institution, unit words, title, name
        k = t - 1
        while k >= 0 and t - k <= 3 and toks[k].low in _EN_UNIT_WORDS and not toks[k].is_cap:
            k -= 1
        e = k + 1
        while k >= 0 and e - k <= 8 and toks[k].is_word and toks[k].is_cap and not is_honorific(toks[k]):
            k -= 1
        b = k + 1
        while b < e and toks[b].low in _EN_OPENERS:
            b += 1
        if b >= e:
            continue
        # a place alone before the title is an English jurisdiction ("Denpasar city secretary"),
        # read elsewhere; an institution needs a word that is not a place
        pl = places.match_tokens([x.low for x in toks], b)
        if pl and b + pl[0] >= e:
            continue
        name_item = name_at[t + 1]
        role = _en_role(toks, b, title, cls, toks[b:t])
        used.append((b, t + 1))
        new.append([role, name_item[1], b, name_item[3]])
        used.append((name_item[2], name_item[3]))
    if not new:
        return items
    kept = [it for it in items if not any(s <= it[2] and it[3] <= e2 for s, e2 in used)
            and not any(it[2] < e2 and s < it[3] for s, e2 in used if it[1] is None or it[0] is not None)]
    return sorted(kept + new, key=lambda it: it[2])


def _level_possessive(tok: Tok) -> bool:
    """Whether `tok` is an English level word in the possessive ("the regency's manpower
    office", "the city's health office"): the unit of the region the story is about,
    named without a capital."""
    return tok.text[-2:] in ("'s", "’s") and tok.text[:-2].lower() in EN_LEVELS


def _en_role(toks: list[Tok], first: int, title: str, cls: str, org: list[Tok]) -> Role:
    """Role "<Title> of the <org>"; a possessive is dropped ("Buleleng's health office")."""
    org = [Tok(x.text[:-2], x.start, x.end - 2) if x.text[-2:] in ("'s", "’s") else x
           for x in org if x.low != "the"]
    regs: list = []
    lows = [x.low for x in org]
    for k in range(len(org)):
        pl = places.match_tokens(lows, k) if org[k].is_cap else None
        if pl:
            # the jurisdiction, should no institution be named (a regional office)
            regs = _en_level_regions(lows, k, pl[0], pl[1])
            break
    end = org[-1].end if org else toks[first].end
    return Role(toks[first].start, end, f"{title} of the", cls, org, None, None, regs)


def _en_level_regions(lows: list[str], k: int, n: int, regs: list) -> list:
    """The regions of the place name lows[k:k + n] at the level an English level word
    names next to it: "<Place> City|Regency ..." or "... City|Regency of <Place>" ("the
    Malang City Health Office" is the city's, not the regency's); all of them without one."""
    level = EN_LEVELS.get(lows[k + n]) if k + n < len(lows) else None
    if level is None and k >= 2 and lows[k - 1] == "of":
        level = EN_LEVELS.get(lows[k - 2])
    return [r for r in regs if r.level == level] or regs if level else regs


def _last(regex: re.Pattern, s: str) -> Optional[re.Match]:
    last = None
    for m in regex.finditer(s):
        last = m
    return last


def _assign_cues(text: str, start: int, end: int, mentions: list[Mention]) -> None:
    sent = text[start:end]
    present = _cue_ids_in(sent) if mentions else set()
    # (speed: read only with the two cues below, which most sentences have not)
    has_signing_noun = (id(SIGN_DONE_BY) in present or id(SIGNING_BY) in present) and bool(SIGNING_NOUN.search(sent))
    for idx, m in enumerate(mentions):
        before = text[start:m.start]
        brk = _last(CLAUSE_BREAK, before) if id(CLAUSE_BREAK) in present else None
        if brk:
            before_c = before[brk.end():]
        else:
            before_c = before
        cands = []
        rel_skipped = False
        for kind, rx in (("signer", SIGN_PASSIVE), ("signer", SIGN_ACTIVE), ("attendee", ATTEND),
                         ("rep", REP_PASSIVE), ("rep", REP_SENT)):
            if id(rx) not in present:
                continue
            mm = _last(rx, before_c)
            while mm and kind == "attendee" and mm.group().lower() == "hadir" \
                    and _REL_BEFORE.search(before_c, max(0, mm.start() - 16), mm.start()) \
                    and _REP_AFTER.match(before_c, mm.end()):
                # "ditandatangani A, yang hadir mewakili Rektor, dan B": the clause is A's,
                # the people after it are still the signing verb's
                mm = _last(rx, before_c[:mm.start()])
                rel_skipped = True
            if mm:
                cands.append((mm.end(), kind, mm))
        if has_signing_noun:
            mm = _last(SIGN_DONE_BY, before_c) if id(SIGN_DONE_BY) in present else None
            if mm:
                cands.append((mm.end(), "signer", mm))
            mm = _last(SIGNING_BY, before_c) if id(SIGNING_BY) in present else None
            if mm:
                cands.append((mm.end(), "signer", mm))
        # a verb inside a quotation is not about its speaker: "... sebelum itu diteken,"
        # kata Yayan"
        cands = [c for c in cands if not QUOTE_END.search(before_c, c[0])]
        after = text[m.end:end]
        # the verb that follows the subject: "A dan B menandatangani ...", "A berhalangan hadir"
        nxt = _next_verb(after, present)
        if not cands and brk is not None and brk.group() == ";" and idx > 0 \
                and (mentions[idx - 1].cue == "attendee" or mentions[idx - 1].cue == "signer" and m.name):
            # "Turut hadir A, jabatan; B, jabatan; serta C, jabatan", "ditandatangani A,
            # jabatan; B, jabatan; dan C, jabatan": one list, items split by ";"
            cands.append((0, mentions[idx - 1].cue, None))
        if not cands and brk is not None and brk.group() == ":" and _PRESENT_LIST.search(before, 0, brk.start()):
            # a list of the officials present after a colon: "Di meja depan duduk sederet
            # pejabat: Bupati A, Wakil Bupati B, ..."
            cands.append((0, "attendee", None))
        if not cands and (fc := _field_cue(text, start, m.start)):
            # a form-like block: "Penanda tangan : Bupati X, A" and the lines of the same
            # field below it, "Saksi : Kepala Dinas Y, B"
            cands.append((0, fc, None))
        if not cands and brk is not None and brk.group().lower() != ";" and _ELLIPTIC_BY.match(before_c) \
                and (SIGN_PASSIVE.search(before, 0, brk.start()) or SIGN_ACTIVE.search(before, 0, brk.start())):
            # the signing verb left out after "sedangkan": "dokumen diteken A, sedangkan
            # dari pihak KAI oleh Direktur Utama B" (B signs too)
            cands.append((0, "signer", None))
        if not cands and brk is not None and brk.group().lower() != ";" and idx > 0 \
                and mentions[idx - 1].cue == "rep-signer" and mentions[idx - 1].for_party_end is not None \
                and _ELLIPTIC_PLACE_BY.match(before_c):
            # "Gowa diwakili Bupati A, sedangkan Bantaeng oleh Bupati B": B signs for Bantaeng
            cands.append((0, "signer", None))
        if cands:
            pos, kind, mm = max(cands, key=lambda c: c[0])
            m.cue = kind
            clause_start = start + (brk.end() if brk else 0)  # (the cue's offsets are within the clause)
            guest = _guest_represented(text, mentions[:idx], m, clause_start + mm.start(), clause_start + mm.end()) \
                if kind == "rep" and mm is not None and REP_PASSIVE.fullmatch(mm.group()) else None
            if guest == "next":
                # "Turut hadir A, Kepala X yang diwakili B, C, serta D": "diwakili" names
                # one stand-in; the list of guests goes on after B
                m.cue, kind = "attendee", "attendee"
            inst_end = _signs_for_institution(text, start, clause_start + mm.start(), mentions[:idx], clause_start) \
                if kind == "rep" else None
            if inst_end is not None:
                # "meneken PKS dengan Ombudsman Jateng yang diwakili Kepala Keasistenan X, Y",
                # "..., sementara BPJS Ketenagakerjaan diwakili Kepala Kantor Cabang Z, Y":
                # Y signs for the institution (no role stood in for)
                m.cue = "rep-signer"
                m.for_party_end = inst_end
                _add_institution(m.role, _institution_before(text, start, inst_end))
            elif kind == "rep":
                # "Adapun X diwakili Y"
                m.on_behalf_of = _represented_role(mentions[:idx], text, clause_start + pos)
                if m.role is not None and m.on_behalf_of is not None and m.on_behalf_of.org \
                        and not _names_office(m.role):
                    _take_office(m.role, m.on_behalf_of)
                if guest == "stand-in":
                    m.attends = True  # the guest's stand-in came as a guest
                dep = _DEPUTY_WORD.fullmatch(text, clause_start + mm.end(), m.start) \
                    if m.role is None and m.name and m.on_behalf_of is not None else None
                if dep:
                    # "Bupati X diwakili wakilnya, Y": Y is the Wakil Bupati X
                    m.role = _deputy_role(m.on_behalf_of, dep.start("w"), dep.end("w"))
        if nxt == "absent":
            m.cue = "absent"
        elif nxt == "signer" and m.cue in (None, "attendee", "rep") and m.name:
            m.cue = "signer" if m.cue != "rep" else "rep-signer"
        elif nxt == "witness" and m.cue is None:
            m.cue = "attendee"
        elif m.cue == "signer" and m.name and _OWN_WITNESS.match(after):
            # a signing verb earlier in the sentence, but this person's own verb says
            # they watched: "PKS diteken A, M.Kes. Kepala Dinas B, ikut menyaksikan" (a
            # degree's dot hid the sentence end)
            m.cue = "attendee"
        elif nxt == "attendee_self" and m.cue is None and (pa := _PRESENT_AS.match(after)) and m.name:
            # "Sulastri (45), yang hadir sebagai perwakilan forum warga": a guest, in the
            # capacity the text gives (the post written in lower case when no title names it)
            m.cue = "attendee"
            if m.role is None:
                words = pa.group("as").split()
                m.role = Role(m.end + pa.start("as"), m.end + pa.end("as"),
                              " ".join(w[:1].upper() + w[1:] for w in words), "official", [])
        elif nxt == "attendee_self" and m.cue is None and _PRESENT_TO_WITNESS.match(after) and m.name:
            # "Anggota Ombudsman RI X yang hadir menyaksikan penandatanganan ...": came to
            # witness the signing
            m.cue = "attendee"
        elif nxt == "attendee_self" and m.cue is None and m.name and _present_at_signing(after):
            # "A dan B, hadir bersama di Aula X, Selasa (14/10), untuk penandatanganan ...":
            # present at the signing itself
            m.cue = "attendee"
        elif nxt == "attendee_self" and m.cue is None:
            m.cue = "present"
        elif nxt == "speech" and m.cue is None and m.name:
            # "Retno Wulandari dalam sambutannya menyebut ...": who gave a speech at the
            # event was there (one only quoted is not)
            m.cue = "attendee"
        elif m.cue is None and _PARTICIPANT.search(text, max(start, m.start - 60), m.start):
            # "Seorang peserta, Kepala Desa X, Y, mengaku ...": one of the event's participants
            m.cue = "attendee"
        elif m.cue is None and m.name and m.role is not None and _one_of_those_present(text, start, m):
            # "Sejumlah kepala desa yang hadir menyambut baik ... . Kepala Desa X, Y,
            # berharap ...": one of the group the sentence before says was there
            m.cue = "attendee"
        rep = REP_ACTIVE.search(after[:80])
        if rep and m.name and not _next_person_before(after, rep.start()):
            m.on_behalf_text = after[rep.end():rep.end() + 60]
            rs = m.end + rep.end()
            rtoks = tokenize(text, rs, min(end, rs + 80))
            parsed = parse_role(rtoks, 0, set()) if rtoks else None
            if parsed:
                m.on_behalf_of = parsed[0]
            if m.cue in (None, "present", "attendee"):
                # a witness or guest who stands in for someone stays a guest: "disaksikan
                # Sekda X, yang hadir mewakili Gubernur", "Turut hadir Y yang mewakili Bupati"
                m.attends = m.cue == "attendee" or bool(_HADIR.search(after, 0, rep.start()))
                m.cue = "rep"
            elif m.cue == "signer" and (rel_skipped or _FOR_HEAD_AFTER.match(after)):
                # (or right after the signer's name: "diteken Wakil Wali Kota Dumai, Ridho
                # Mahendra, S.E., atas nama wali kota, bersama ...")
                # a signer after another's "yang hadir mewakili" clause who signs for
                # someone too: "..., yang hadir mewakili Bupati A, serta Sekda B, atas nama Bupati B"
                m.cue = "rep-signer"


# "X (45), yang hadir sebagai perwakilan forum warga, ...": whom the text says attended,
# and as what
# "X, yang (turut) hadir ..." right after a name, or after the degrees the name's run left
# out ("Dr. X, M.Si., hadir menyaksikan")
_PRESENT = r"[\s,]*(?:(?:[A-Za-z]{1,5}\.)+[A-Za-z]{0,5}[\s,]+)*(?:yang\s+)?(?:(?:turut|juga|ikut|pun)\s+)?hadir\s+"
_PRESENT_AS = fastre.compile(r"\s*(?:\(\d{1,3}\)\s*)?" + _PRESENT + r"sebagai\s+(?P<as>[a-z]+(?:\s+[a-z]+){0,4})(?=\s*[,.;])")
# ... to witness the signing: "X yang hadir menyaksikan penandatanganan"
_PRESENT_TO_WITNESS = fastre.compile(_PRESENT + r"(?:(?:dan|untuk|serta|sekaligus)\s+)?(?:(?:turut|ikut)\s+)?"
                                     r"(?:menyaksikan|mendampingi)\b", re.I)

# "Sejumlah kepala desa dari Sekotong yang hadir ...": a group of people present, named
# by their post
_GROUP_PRESENT = fastre.compile(r"\b(?:sejumlah|para|beberapa|puluhan|belasan|ratusan)\s+(?P<g>[a-z]+(?:\s+[a-z]+){0,3}?)"
                                r"(?:\s+(?:dari|se-?)[^.,;]{1,40}?)?\s+yang\s+(?:(?:turut|juga|ikut)\s+)?hadir\b", re.I)


def _sentence_before(text: str, start: int) -> str:
    """The sentence before text[start] in the same paragraph (up to 300 characters back)."""
    prev = text[max(0, start - 300):start].rstrip()
    prev = prev[prev.rfind("\n") + 1:]
    cut = _last(_SENTENCE_END, prev[:-1])
    return prev[cut.end():] if cut else prev


def _one_of_those_present(text: str, start: int, m: Mention) -> bool:
    """Whether m, the subject opening its sentence, holds the post of a group the sentence
    before in the same paragraph says was present ("Sejumlah kepala desa yang hadir ...
    . Kepala Desa Sekotong Tengah, Lalu Sahnan, berharap ...")."""
    if text[start:m.start].strip(" \t\"“") or not m.role.org:
        # (a post with no unit after it took the unit for a name: "Camat Sirimau, misalnya,
        # menyebut ...")
        return False
    prev = _sentence_before(text, start)
    title = m.role.title.lower()
    return any(" ".join(g.group("g").lower().split()) == title for g in _GROUP_PRESENT.finditer(prev))


# a person introduced as one of the event's participants: "Seorang peserta, Kepala Desa
# X, Y, ...", "salah satu peserta sosialisasi, Y"
_PARTICIPANT = fastre.compile(r"\b(?:seorang|salah\s+(?:satu|seorang))\s+peserta(?:\s+[a-z]+){0,2}\s*,\s*$", re.I)

# ... at the signing: "hadir (bersama di Aula X, Selasa (14/10),) untuk penandatanganan"
_AT_SIGNING = fastre.compile(r"[^.;:\"“”]{0,120}?\b(?:untuk|dalam|pada|di)\s+(?:acara\s+|prosesi\s+|kegiatan\s+)?"
                             r"penandatanganan\b", re.I)
# ... or, in a clause set off after the name, at the event the story tells, pointed back
# to: "X, yang hadir dalam acara itu, mengatakan ..." (the story's aside on a speaker; the
# plain "X hadir dalam acara itu." stays "present")
_AS_GUEST_ASIDE = fastre.compile(_PRESENT.replace("(?:yang\\s+)?", "yang\\s+", 1)
                                 + r"(?:dalam|pada|di)\s+(?:acara|kegiatan|prosesi|seremoni)\s+(?:itu|tersebut|ini)\b", re.I)


def _present_at_signing(after: str) -> bool:
    """The "hadir" after a person says they were present at the signing."""
    h = _HADIR.search(after, 0, 260)
    return h is not None and (_AT_SIGNING.match(after, h.end()) is not None or _AS_GUEST_ASIDE.match(after) is not None)


# what opens a colon list of the people present: "duduk sederet pejabat:", "tampak hadir
# para tamu undangan:", "sejumlah pejabat yang hadir:"
_PRESENT_LIST = fastre.compile(
    r"\b(?:(?:duduk|hadir|tampak|terlihat)\s+(?:pula\s+|juga\s+|hadir\s+)?(?:sederet|deretan|jajaran|sejumlah|para|beberapa)"
    r"\s+(?:pejabat|tamu|undangan|tokoh)(?:\s+undangan)?"
    r"|(?:sederet|deretan|jajaran|sejumlah|para|beberapa)\s+(?:pejabat|tamu|undangan|tokoh)(?:\s+undangan)?"
    r"\s+(?:yang\s+)?(?:duduk|hadir|tampak|terlihat)(?:\s+[a-z]+){0,4})\s*$", re.I)


# a form's field label at the start of a line (data/people_field_labels.tsv), and any
# other label ("Tempat :", "Hari/Tanggal :")
_FIELD_LABELS = {ln.split("\t")[0].strip().lower(): ln.split("\t")[1].strip()
                 for ln in data_lines("people_field_labels.tsv")}
_FIELD_LABEL = re.compile(r"[ \t]*(?P<label>%s)[ \t]*:" % "|".join(
    r"[ \t]*".join(map(re.escape, k.split())) for k in sorted(_FIELD_LABELS, key=len, reverse=True)), re.I)
_ANY_LABEL = re.compile(r"[ \t]*[A-Za-z][\w/ .-]{0,30}?[ \t]*:")
_FIELD_LINE_MAX = 160  # (a line of a field, not a paragraph of prose)


def _field_label_cue(text: str, line_start: int) -> Optional[str]:
    lab = _FIELD_LABEL.match(text, line_start)
    if lab is None:
        return None
    return _FIELD_LABELS.get(" ".join(lab.group("label").lower().split()))


def _field_cue(text: str, start: int, pos: int) -> Optional[str]:
    """What a form-like block says the person at text[pos] did, for a sentence that opens
    its line at `start`: the cue of the line's own label before the person ("Penanda
    tangan : Bupati X, A"), or, for a line with no label, of the field it continues (the
    lines above it, with no blank line between, up to a label line:
    "Saksi : Kepala Dinas Y, B\n      Pemimpin Divisi Z, C"); None when not."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return None
    nl = text.find("\n", start)
    if 0 <= nl < pos:
        return None
    lab = _FIELD_LABEL.match(text, line_start)
    if lab is not None:
        return _field_label_cue(text, line_start) if lab.end() <= pos else None
    if _ANY_LABEL.match(text, line_start, pos) or (nl if nl >= 0 else len(text)) - line_start > _FIELD_LINE_MAX:
        return None
    for _ in range(6):
        if line_start == 0:
            return None
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev_start:line_start - 1]
        if not line.strip() or len(line) > _FIELD_LINE_MAX:
            return None
        if _FIELD_LABEL.match(line):
            return _field_label_cue(text, prev_start)
        if _ANY_LABEL.match(line):
            return None
        line_start = prev_start
    return None


# what follows "sedangkan" / "sementara itu" before a signer when the verb is left out:
# " dari pihak KAI oleh ", " untuk Pemkab oleh "
_ELLIPTIC_BY = fastre.compile(r"\s*,?\s*(?:dari|untuk)\s+(?:pihak\s+)?[^,;:.\"“”]{1,60}?,?\s+oleh\s*$", re.I)
# ... or after one who signs for an institution: "Gowa diwakili Bupati A, sedangkan
# Bantaeng oleh Bupati B" (the place or body alone before "oleh")
_ELLIPTIC_PLACE_BY = fastre.compile(r"\s*,?\s*(?:[A-Z][\w.-]*\s+){1,4}oleh\s*$")


def _signs_for_institution(text: str, start: int, cue_at: int, earlier: list,
                           clause_start: Optional[int] = None) -> Optional[int]:
    """Where the institution ends when "diwakili" at cue_at follows an institution, not
    a person, in a sentence about the signing: "... meneken PKS dengan Ombudsman Jateng
    yang diwakili ...", "Penandatanganan dari pihak Pemkab dilakukan oleh A, sementara
    BPJS Ketenagakerjaan diwakili ..." (but "Bupati X yang diwakili Sekda Y"). A sentence
    that opens with "Sementara" / "Sedangkan" goes on with the signing told in the one
    before it ("... diteken oleh Bupati A. Sementara Bank Kalbar diwakili ..."); None when
    not."""
    before = _INST_BEFORE_REP.search(text, max(start, cue_at - 60), cue_at)
    if before is None or not (before.group("yang") or before.group("cap")):
        return None
    if any(m.end >= cue_at - 8 for m in earlier):
        return None
    inst_end = before.end("inst")
    if SIGN_ACTIVE.search(text, start, cue_at) or SIGN_PASSIVE.search(text, start, cue_at) \
            or (SIGNING_NOUN.search(text, start, cue_at) and SIGN_DONE_BY.search(text, start, cue_at)):
        return inst_end
    if not before.group("yang") and clause_start is not None and clause_start > start and earlier \
            and earlier[-1].cue == "rep-signer" and earlier[-1].for_party_end is not None \
            and _SUBJECT_ONLY.fullmatch(text, clause_start, before.start()):
        # the second of two bodies each with its stand-in: "Baznas diwakili Ketuanya, A,
        # sedangkan Bank Nagari diwakili Pemimpin Cabang, B" (B signs for Bank Nagari)
        return inst_end
    if not before.group("yang") and (_GOES_ON.match(text, start) or _SUBJECT_ONLY.fullmatch(text, start, before.start())):
        prev = _sentence_before(text, start)
        if SIGN_ACTIVE.search(prev) or SIGN_PASSIVE.search(prev):
            return inst_end
    return None


# an institution's last word right before "yang diwakili", or a capitalised one right
# before "diwakili"
_INST_BEFORE_REP = re.compile(r"(?P<inst>(?P<cap>[A-Z])?[\w.)-]*[\w)])(?P<yang>,?\s+yang)?\s+$")
# a sentence that goes on with the one before it: "Sementara Bank Kalbar diwakili ..."
_GOES_ON = fastre.compile(r"\s*(?:Sementara|Sedangkan|Adapun)\b(?!\s+itu\b)")
# ... or one whose subject is the institution alone, the signing told in the sentence
# before: "Dari pihak Ombudsman, dokumen diteken A. Gowa diwakili langsung Bupati B"
_SUBJECT_ONLY = fastre.compile(r"\s*(?:[A-Z][\w.-]*\s+){0,3}")
_SENTENCE_END = fastre.compile(r"[.!?][\"”]?\s+(?=[A-Z\"“])")


# the end of a quotation and its speech verb: '... sebelum itu diteken," kata X'
QUOTE_END = fastre.compile(r"[,.!?]?[\"”]\s*,?\s*(?:kata|ujar|ucap|tutur|jelas|tegas|ungkap|imbuh|tambah|sebut|pungkas)")

# "Gubernur X turut menyaksikan penandatanganan": a witness, not a signer
# ... and "Ketua DPRD X menghadiri penandatanganan": a guest
# ("X, yang ikut mendampingi bupati": a guest too)
_WITNESS_SELF = fastre.compile(r"\b(?:menyaksikan|menghadiri|mendampingi|menemani|witnessed)\b", re.I)
# "X, yang ikut dalam konferensi video, ...", "X turut serta mengikuti rapat": X took part
_TAKES_PART = fastre.compile(r"\b(?:turut|ikut)\s+(?:serta\s+)?(?:dalam|mengikuti)\b", re.I)
_HADIR = fastre.compile(r"\bhadir\b", re.I)
# a relative clause about the person before it: "A, yang hadir mewakili Rektor, dan B"
_REL_BEFORE = re.compile(r"\byang\s+(?:juga\s+|turut\s+)?$", re.I)
# ", S.E., atas nama wali kota": a signer signing for the regional head, right after the
# name and its degrees
_FOR_HEAD_AFTER = fastre.compile(r"[\s,]*(?:(?:[A-Za-z]{1,5}\.)+[A-Za-z]{0,5}[\s,]+)*(?:atas\s+nama|mewakili)\s+"
                                 r"(?:bapak\s+|ibu\s+)?(?:bupati|wali\s*kota|walikota|gubernur)\b", re.I)
_REP_AFTER = re.compile(r"\s+(?:untuk\s+)?(?:mewakili|atas\s+nama)\b", re.I)
# (the degrees after the name first: ", M.M.R.S., ikut menyaksikan"; each piece ends with
# its dot, so the pieces cannot split one stretch in two ways)
_OWN_WITNESS = fastre.compile(r"[\s,]*(?:(?:[A-Za-z]{1,5}\.)+[A-Za-z]{0,5}[\s,]+)*(?:(?:yang|ikut|turut|juga|pun|tampak)\s+)*(?:menyaksikan|witnessed)\b", re.I)
# "X dalam sambutannya menyebut ...", "X saat memberikan sambutan": the person's own speech
# at the event
# ... or "X yang membuka acara menyebut ...": who opened the event was there too, as was
# one the reporter met at it ("X, ditemui usai acara, menyebut ...", "Y saat ditemui di
# sela-sela penandatanganan")
_OWN_SPEECH = fastre.compile(r"\b(?:dalam|pada|saat|ketika|sewaktu)\s+(?:memberikan\s+|menyampaikan\s+)?sambutan(?:nya)?\b"
                             r"|\bmembuka\s+(?:secara\s+resmi\s+)?(?:acara|kegiatan|pertemuan)\b"
                             r"|\b(?:(?:saat|ketika|sewaktu)\s+)?ditemui\s+(?:wartawan\s+)?(?:usai|seusai|setelah|selepas|"
                             r"di\s+sela(?:-sela)?)\s+(?:acara|kegiatan|penandatanganan)\b", re.I)
# "X, juga turut hadir": a guest, like the ones "turut hadir" introduces
_HADIR_TOO = fastre.compile(r"\b(?:turut|juga|ikut|pun|tampak)\s+(?:(?:turut|ikut)\s+)?hadir\b", re.I)
# (each piece atomic and a bracket tried whole first: the pieces cannot split one stretch
# of text in many ways, which made a failing match exponential: "(A) (A) ... x")
_GAP_OK = fastre.compile(
    r"^(?>\([^)]{0,40}\)|,\s*(?:who|yang)\s[^,]{1,60},|"
    # a stand-in clause between the name and its verb: "Sekda X, mewakili bupati, menandatangani"
    r",\s*(?:mewakili|atas\s+nama|on\s+behalf\s+of)\s[^,.;]{1,60},|"
    # the journey made to sign: "Anggota Ombudsman RI X, terbang dari Jakarta untuk meneken ..."
    r"\b(?:datang|hadir|terbang|tiba|berangkat)(?:\s+langsung)?\s+(?:dari|ke)\s[^,.;]{1,60}?\s+untuk\b|[\s,()]|\b(?:dan|serta|bersama|yang|langsung|resmi|juga|turut|secara|"
    r"bersama-sama|and|both|also|jointly|kemudian|lalu|masing-masing|tampak|terlihat|pun|lebih|terlebih|dulu|dahulu|"
    r"ikut|(?:secara\s+)?(?:bergantian|bergiliran))\b|\b(?:dr|drg|drh)\.|"
    # "A, B, dan para kepala OPD menyaksikan": the group named after "para" shares the verb,
    # as does one counted ("A serta puluhan kepala desa se-Kecamatan X turut hadir")
    r"\b(?:para|puluhan|ratusan|belasan|sejumlah|beberapa|seluruh|segenap)(?:\s+[a-z]+(?![\w-])){1,4}|"
    r"\bse-(?=[A-Z])|"
    r"[A-Z][\w.'’-]*)*$")


# a sentence end that a degree's dot hid from the splitter, where the next sentence opens
# with a conjunction: "..., Dr. H. X, S.H., M.H. Sementara Ketua Y berhalangan hadir"
_HIDDEN_SENTENCE_END = fastre.compile(r"\.\s+(?:Sementara|Sedangkan|Adapun|Namun|Meski|Meskipun|Walaupun|Kemudian)\b")


# (speed) The words one of which every match of a cue pattern contains (read from the
# pattern, fastre.required_words): a pattern whose words a sentence lacks matches in no
# part of it, so _assign_cues and _next_verb skip it for every person in the sentence.
_CUE_WORDS = tuple((rx, fastre.required_words(rx)) for rx in (
    CLAUSE_BREAK, SIGN_PASSIVE, SIGN_ACTIVE, ATTEND, REP_PASSIVE, REP_SENT, ABSENT, _WITNESS_SELF,
    _HADIR_TOO, _TAKES_PART, _HADIR, _OWN_SPEECH, SIGN_DONE_BY, SIGNING_BY))


_ALL_CUE_WORDS = sorted({w for _, words in _CUE_WORDS for w in words or ()})


def _cue_patterns_in(sent: str) -> set:
    """The patterns of _CUE_WORDS that can match in `sent` or any part of it."""
    ids = _cue_ids_in(sent)
    return {rx for rx, _ in _CUE_WORDS if id(rx) in ids}


def _cue_ids_in(sent: str) -> set:
    """The ids of _cue_patterns_in(sent) (speed: a compiled pattern hashes its whole code
    at every set lookup, an id does not)."""
    if not fastre.plain_case(sent):
        return {id(rx) for rx, _ in _CUE_WORDS}
    low = sent.lower()
    found = {w for w in _ALL_CUE_WORDS if w in low}
    return {id(rx) for rx, words in _CUE_WORDS if words is None or not found.isdisjoint(words)}


def _next_verb(after: str, present: Optional[set] = None) -> Optional[str]:
    """What the words right after a mention say about it: signer / absent / present.
    (`present`: the ids of the _CUE_WORDS patterns that can match in the sentence `after` is the
    end of, when known; the others are not tried.)"""
    window = after[:260]
    brk = (CLAUSE_BREAK.search(window) if present is None or id(CLAUSE_BREAK) in present else None) \
        or _HIDDEN_SENTENCE_END.search(window)
    if brk:
        # the verb of the next clause is not this mention's: "..., dan Bupati Siak X, M.Si.
        # Adapun Bupati Y berhalangan hadir" (a degree's dot hides the sentence end)
        window = window[:brk.start()]
    for kind, rx in (("absent", ABSENT), ("signer", SIGN_ACTIVE), ("witness", _WITNESS_SELF),
                     ("witness", _HADIR_TOO), ("witness", _TAKES_PART), ("attendee_self", _HADIR), ("speech", _OWN_SPEECH)):
        if present is not None and id(rx) not in present:
            continue
        mm = rx.search(window)
        if mm and _GAP_OK.match(window[:mm.start()]):
            return kind
    return None


def _guest_represented(text: str, earlier: list, m, cue_start: int, cue_end: int) -> Optional[str]:
    """For a person after "diwakili" in a list of guests ("Turut hadir A, Kepala X yang
    diwakili Deputi B, Pemimpin Cabang C"): "stand-in" when m is the one the guest sent
    (B came in X's place, a guest too), "next" when another named person came between
    the cue and m and only a comma parts them (C is the next guest of the list); None
    when the one represented is no guest."""
    before = [x for x in earlier if x.end <= cue_start]
    if not before or before[-1].cue != "attendee":
        return None
    between = [x for x in earlier if x.start >= cue_end and x.name]
    if not between:
        return "stand-in"
    return "next" if text[between[-1].end:m.start].strip() == "," else None


def _next_person_before(after: str, pos: int) -> bool:
    return bool(re.search(r"\b(?:dan|serta)\s+[A-Z]", after[:pos]))


_CLAUSE_OPENERS = {"sementara", "sedangkan", "adapun", "namun", "dan", "serta", "dari", "pihak"}


def _institution_before(text: str, start: int, end: int) -> list[Tok]:
    """The capitalised words of an institution's name that ends at text[end]
    ("sementara BPJS Ketenagakerjaan" -> BPJS Ketenagakerjaan)."""
    toks = tokenize(text, max(start, end - 80), end)
    k = len(toks)
    while k > 0 and toks[k - 1].is_word and (toks[k - 1].is_cap or toks[k - 1].low in ("dan", "of")) \
            and toks[k - 1].low not in _CLAUSE_OPENERS:
        k -= 1
    while k < len(toks) and not toks[k].is_cap:
        k += 1
    return toks[k:]


def _add_institution(role: Optional[Role], inst: list[Tok]) -> None:
    """A signer's or guest's role that does not name its office is in the institution
    the sentence says they are from or stand for ("Dari pihak Bank NTT, perjanjian
    diteken Direktur Kepatuhan, X" -> Direktur Kepatuhan Bank NTT; "BPJS Ketenagakerjaan diwakili
    Kepala Kantor Cabang Watampone, Y" -> Kepala Kantor BPJS Ketenagakerjaan Cabang
    Watampone). A regional government is left out: its heads' and officers' titles name
    it in their own way ("Sekretaris Daerah Kabupaten X"), read from the parties."""
    if role is None or not inst or _names_institution(role) or role.cls in ("region_head", "region_deputy", "secretary") \
            or inst[0].low.startswith("pem"):  # Pemkab, Pemkot, Pemprov, Pemerintah ...
        return
    # (before a branch's words, after a field's: "Kepala Kantor BPJS X Cabang Y",
    # "Direktur Kepatuhan Bank Z"; right after a branch head's title: "Pemimpin Cabang
    # Bank Jatim Tulungagung")
    if _unit_kind_repeated(role, inst):
        return
    branch = word_set("branch_words.txt")
    k = 0 if role.title.split()[-1].lower() in branch else \
        next((x for x, t in enumerate(role.org) if t.low in branch), len(role.org))
    role.org = role.org[:k] + list(inst) + role.org[k:]


def _unit_kind_repeated(role: Role, inst: list[Tok]) -> bool:
    """A head's title that ends in the kind of unit it heads, alone, and an institution of
    that kind ("Dinas Pertanian X yang diwakili Kepala Dinas, Y", "Badan Z diwakili Kepala
    Badan, W"): the kind is written once, the role read as if written in full ("Kepala
    Dinas Pertanian X", its place a region). Fills the role and returns True; False
    when the role names its office or the institution is of another kind."""
    if role.org or len(inst) < 2 or role.title.split()[-1].lower() != inst[0].low:
        return False
    words = tokenize(role.title, 0, len(role.title)) + list(inst[1:])
    r = parse_role(words, 0, set(), True, None, True)
    if r is None or r[1] != len(words) or r[0].title != role.title:
        return False
    role.org, role.place, role.place_level, role.regions = r[0].org, r[0].place, r[0].place_level, r[0].regions
    return True


# "Dari pihak Ombudsman, ...": the institution the people of the clause are from
_PARTY_OPENER = fastre.compile(
    r"\s*(?:(?:Sementara(?:\s+itu)?|Sedangkan|Adapun)\s*,?\s*)?[Dd]ari\s+pihak\s+"
    r"(?P<inst>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,6})\s*,")


# "..., sementara dari BPJS Kesehatan dokumen diteken Kepala Cabang X, Y": "dari" and
# the institution inside the sentence, right before the signing verb
_PARTY_BEFORE_VERB = fastre.compile(
    r"\b[Dd]ari\s+(?:pihak\s+)?(?P<inst>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,6}),?\s+"
    r"(?:(?:dokumen|naskah|nota|perjanjian|kesepakatan|mou|pks)\s+)?(?:ditandatangani|diteken)\b")


def _party_opener(text: str, start: int, end: int, mentions: list[Mention]) -> None:
    """A clause that opens with "Dari pihak <institution>," (or where "dari <institution>"
    comes right before the signing verb) names the institution of the people in it whose
    roles do not name their own office."""
    op = _PARTY_OPENER.match(text, start, end) or _PARTY_BEFORE_VERB.search(text, start, end)
    if op is None:
        return
    brk = CLAUSE_BREAK.search(text, op.end(), end)
    inst = tokenize(text, op.start("inst"), op.end("inst"))
    for m in mentions:
        if m.start >= op.end() and (brk is None or m.start < brk.start()):
            unit = m.role.title.split()[-1] if m.role is not None and not m.role.org else ""
            if unit.lower() in word_set("branch_words.txt"):
                # "Kepala Perwakilan": the head of the institution's regional office, as
                # the article wrote it in full before ("Kantor Ombudsman RI Perwakilan
                # Maluku"); none written: left to the parties the signing names
                _add_institution(m.role, _full_office_before(text, start, inst, unit))
            else:
                _add_institution(m.role, inst)


# "rombongan UK Petra yang dipimpin Rektor X", "delegasi Unhas dipimpin langsung oleh
# Rektor Y": the group of an institution and the post of whom leads it
_GROUP_LED = fastre.compile(
    r"\b(?i:rombongan|delegasi)\s+(?:dari\s+)?(?P<inst>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,6})\s+"
    r"(?i:(?:yang\s+)?dipimpin(?:\s+langsung)?(?:\s+oleh)?)\s+")
_GROUP_WORDS = fastre.required_words(_GROUP_LED)  # (speed: a prefilter, fastre.may_match)


def _group_leader(text: str, start: int, end: int, mentions: list[Mention]) -> None:
    """The one who leads an institution's group ("rombongan <institution> yang dipimpin
    <title> <name>") heads that institution: a title that does not name its office is
    the institution's ("Rektor X" -> Rektor UK Petra)."""
    if not mentions or not fastre.may_match(_GROUP_WORDS, text, start, end):
        return
    for g in _GROUP_LED.finditer(text, start, end):
        m = next((m for m in mentions if m.start == g.end()), None)
        if m is not None and m.role is not None and not m.role.org:
            _add_institution(m.role, tokenize(text, g.start("inst"), g.end("inst")))


def _full_office_before(text: str, end: int, inst: list[Tok], unit: str) -> list[Tok]:
    """The last full name of the institution's office before text[end]: its words, up to
    two more ("RI"), the unit word and the place ("Ombudsman RI Perwakilan Maluku")."""
    rx = re.compile(r"(?<![\w.])" + re.escape(" ".join(t.text for t in inst)) + r"(?:[ \t]+[A-Z][\w.]*){0,2}?[ \t]+"
                    + re.escape(unit) + r"(?P<place>(?:[ \t]+[A-Z][\w'’-]*){1,3})")
    last = None
    for m in rx.finditer(text, 0, end):
        last = m
    if last is None:
        return []
    toks = tokenize(text, last.start(), last.end())
    k = len(tokenize(text, last.start(), last.start("place")))
    pl = places.match_tokens([t.low for t in toks], k)
    return toks[:k + pl[0]] if pl else []


def _names_office(role: Role) -> bool:
    """The role names its institution or jurisdiction ("Direktur Pelayanan" does not,
    "Sekretaris Daerah Kabupaten Barru" and "Direktur Pelayanan BPJS Kesehatan" do)."""
    if role.regions or role.place or role.before:
        return True
    return _names_institution(role)


def _names_institution(role: Role) -> bool:
    """The role names its institution ("Kepala Kantor Cabang Parepare" names only the
    branch's town)."""
    lows = [t.low for t in role.org]
    return any((_is_acronym(t) and not is_degree(t)) or t.low in NAMED_INSTITUTIONS
               or _institution_len(role.org, lows, k) for k, t in enumerate(role.org))


def _take_office(role: Role, represented: Role) -> None:
    """A stand-in's role without its own office is in the office of the one it stands in
    for: "Direktur Utama BPJS Kesehatan diwakili Direktur Pelayanan, X" makes X the
    Direktur Pelayanan BPJS Kesehatan; "Bupati Barru diwakili Sekretaris Daerah, Y" the
    Sekretaris Daerah of Barru."""
    role.org = role.org + [t for t in represented.org if t not in role.org]
    role.place, role.place_level = represented.place, represented.place_level
    role.regions = list(represented.regions)


# the stand-in named by the pronoun for the represented one's deputy: "diwakili wakilnya, Y"
_DEPUTY_WORD = fastre.compile(r"\s*(?:oleh\s+)?(?P<w>wakilnya)\s*,?\s*", re.I)


def _deputy_role(represented: Role, start: int, end: int) -> Optional[Role]:
    """The deputy's post of a represented role ("Bupati Barito Kuala" -> "Wakil Bupati
    Barito Kuala"; an acting prefix is not the deputy's: "Pj Bupati X" -> "Wakil Bupati
    X"), spanning the pronoun text[start:end]; None when "Wakil" and the title name no
    post of data/jabatan.tsv."""
    words = represented.title.split()
    for k in range(len(words)):
        toks = [Tok(w, start, end) for w in ["Wakil"] + words[k:]]
        mt = match_title(toks, 0)
        if mt is not None and mt[0] == len(toks):
            return Role(start, end, mt[1].full, mt[1].cls, list(represented.org), represented.place,
                        represented.place_level, list(represented.regions), list(represented.before))
    return None


# "Wali Kota X bersama wakilnya, Hj. Y", "Bupati X didampingi wakilnya Y": the pronoun
# right before a name without a title (honorifics may open the name)
_DEPUTY_BEFORE = fastre.compile(r"\b(?P<with>bersama\s+)?(?P<w>wakilnya)\s*,?\s*$", re.I)


def _deputies_by_pronoun(text: str, start: int, mentions: list[Mention]) -> None:
    """A name right after "wakilnya" ("his / her deputy") and no title of its own is the
    deputy of the nearest official named before it in the sentence: "Wali Kota Kediri A
    bersama wakilnya, B" makes B the Wakil Wali Kota Kediri (when "Wakil" and that title
    name a post of data/jabatan.tsv). "bersama wakilnya" says the deputy came with the
    head, as "didampingi" does: a guest, unless their own verb says more (the cues read
    before)."""
    for idx, m in enumerate(mentions):
        if m.role is not None or not m.name or idx == 0:
            continue
        dep = _DEPUTY_BEFORE.search(text, max(start, m.start - 24), m.start)
        head = next((p.role for p in reversed(mentions[:idx]) if p.role is not None), None)
        if dep and head is not None:
            m.role = _deputy_role(head, dep.start("w"), dep.end("w"))
            if dep.group("with") and m.cue is None:
                m.cue = "attendee"


def _represented_role(prev: list[Mention], text: str, cue_end: int) -> Optional[Role]:
    """The bare role that "diwakili" refers to: the nearest role-only mention before it."""
    for m in reversed(prev):
        if m.role and not m.name and m.end <= cue_end:
            return m.role
    return None
