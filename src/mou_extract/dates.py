"""Date mentions in Indonesian (and English) news text.

`find_dates` finds every date expression in a text, with its exact span, and resolves
it to a `datetime.date` where it can:

- numeric:  "Senin (10/11/2025)", "Rabu, (31/7/2024)", "Jumat(26/5/2023)", "Selasa (2/4)",
            "Rabu pagi (22/10/2025)", "Senin lalu (3/3)" (a part of the day or a modifier
            between weekday and date),
            "Senin (26/01/26)", "pada 20/4/2020", "(10-11-2025)", "2025-11-10", "di Taliwang (9/8)."
- named:    "Kamis, 21 November 2019", "Kamis 23 November 2023", "pada 14 Mar. 2025",
            "Selasa (18Februari 2025)" (a full month name glued to its day, a typing slip),
            "Selasa, 14 Maret" (year inferred), "February 18, 2025", "18 February 2025"
- month:    "November 2023", "pada Maret lalu" (precision "month"; the latter takes the
            latest March on or before the reference)
- relative: "kemarin", "hari ini", "baru tadi", "kemarin lusa", "dua hari lalu", "3 hari yang
            lalu" (offsets from the reference)
- weekday:  a bare "Senin", "Rabu lalu", "Senin pekan depan" (needs a reference)
- same day: "pada hari yang sama" takes the value of the day-precise date before it
- day after: "keesokan harinya", "sehari kemudian" the day after it ("sehari sebelumnya"
            the day before)

The reference is the publication date. Year-less dates take the reference's year (the
previous year when that would put them more than ~2 months after the reference). A
weekday that disagrees with the numeric date is reported (`weekday_mismatch`, warning)
and the numeric date is kept. Bare years, law years ("UU Nomor 25 Tahun 2009"),
regulation numbers ("Nomor 12/10/2024"), periods ("2021-2025") and times are not dates.

The vocabulary (weekdays, months, relative words, modifiers, stop words) is data, in
data/dates_id.tsv. All patterns use bounded quantifiers only, so they run in linear
time on long runs of digits, slashes, dots or spaces.
"""
from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Optional

from . import fastre
from .textcase import compile_folded, folded

__all__ = ["DateMention", "find_dates", "parse_date"]

# A year-less date that would fall more than this many days after the reference is
# taken from the previous year ("(28/12)" in an article published 3 January).
FUTURE_SLACK_DAYS = 60
# A weekday that fits year-1 / year+1 (but not the reference year) only overrides the
# reference year when the reference-year date is this far before the reference, i.e.
# when the publication date does not already pin the date down.
WEEKDAY_YEAR_SWITCH_DAYS = 31
MIN_YEAR, MAX_YEAR = 1900, 2100

WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class DateMention:
    start: int
    end: int
    text: str                       # == input[start:end]
    value: Optional[datetime.date]  # None when it cannot be resolved
    precision: str                  # "day" | "month" | "year"
    year_inferred: bool             # year (or whole date) taken from the reference date
    kind: str                       # "numeric" | "named" | "relative" | "weekday" | "month" | "week" | "year"
    weekday: Optional[str] = None   # the weekday word as written
    weekday_mismatch: bool = False
    warnings: list[str] = field(default_factory=list)
    week_of: Optional[datetime.date] = None  # kind "week": the Monday of the week it names
    # a day counted from the date written before it ("Keesokan harinya"): the story's own
    # sequence, whatever the publication date
    counted: bool = False


# the warning a date without its year carries on a page with no publication date
_YEAR_MISSING = "year missing: {text} has no year and no publication date to take it from"


# the warning a day range carries ("17-19 Februari": day 17 taken); is_range reads it
_RANGE_NOTE = "date range: {s}; day {day} taken"


# the warning a day told as the one written before it carries ("Siangnya": "Kamis
# (17/7/2025)"); is_same_day reads it
_SAME_DAY_NOTE = "date inferred: '{s}' is the day of '{d}'"
# ... and a day told as the one after it ("Keesokan harinya": "Selasa (22/4/2025)")
_DAY_AFTER_NOTE = "date inferred: '{s}' is {n} '{d}'"


def _days_apart(n: int) -> str:
    """How a day n days after another is told in _DAY_AFTER_NOTE ("the day after")."""
    if abs(n) == 1:
        return "the day after" if n > 0 else "the day before"
    return f"{abs(n)} days " + ("after" if n > 0 else "before")


def is_same_day(d: DateMention) -> bool:
    """Whether the date is a day told as the one written before it ("pada hari yang sama",
    "Siangnya"), which that written date states."""
    return any(w.startswith("date inferred: ") and "' is the day of '" in w for w in d.warnings)


def is_range(d: DateMention) -> bool:
    """Whether the date is one day taken from a range ("Rakornas yang berlangsung 17-19
    Februari"): it dates a longer event, not necessarily what happened in it."""
    return any(w.startswith("date range: ") for w in d.warnings)


# --------------------------------------------------------------------------- lexicon

@dataclass
class _Lexicon:
    weekdays: dict[str, int]
    ambiguous_weekdays: set[str]
    months: dict[str, int]
    month_flags: dict[str, set[str]]
    relative: dict[str, int]
    modifiers: dict[str, str]
    block_before: set[str]
    block_after: set[str]
    range_words: set[str]
    date_intro: set[str]
    number_intro: set[str]
    until_words: set[str]
    month_rel: dict[str, int]
    week_rel: dict[str, int]
    week_block: set[str]
    wk_rel: re.Pattern
    range_days: dict[str, int]
    numbers: dict[str, int]
    number_scales: dict[str, int]
    # compiled patterns
    wd_num: re.Pattern
    num: re.Pattern
    iso: re.Pattern
    named: re.Pattern
    mdy: re.Pattern
    month_year: re.Pattern
    month_past: re.Pattern
    rel: re.Pattern
    wd_bare: re.Pattern
    range_after: re.Pattern
    range_before: re.Pattern
    num_range: re.Pattern
    mon_rel: re.Pattern
    range_day: re.Pattern
    spelled: re.Pattern
    # candidate scan (speed only, see _start_scan): on the original text / on folded(text)
    starts: re.Pattern
    starts_folded: re.Pattern
    same_day: re.Pattern
    same_day_open: re.Pattern  # the same_day_open phrases, where a sentence opens
    day_after: re.Pattern      # the day_after phrases ("keesokan harinya")
    days_after: dict[str, int]  # day_after phrase (key) -> days after the date before it
    same_day_hints: tuple[str, ...]  # (speed) the last words of the same_day and day_after phrases, also capitalised


_APOS = "['\u2019\u2018`]"


def _word_re(w: str) -> str:
    """A word as a regex: a space matches 1-3 blanks, an apostrophe any apostrophe or none."""
    return re.escape(w).replace(r"\ ", r"\s{1,3}").replace("'", _APOS + "?")


def _alt(words) -> str:
    """Regex alternation of words, longest first (see _word_re)."""
    return "(?:" + "|".join(_word_re(w) for w in sorted(set(words), key=lambda s: (-len(s), s))) + ")"


def _alt_by_first(words) -> str:
    """Alternation of words grouped by first character, "s(?:enin|elasa|...)|r(?:abu)|...":
    matches what _alt(words) matches (not in the same order), but the engine rejects a
    whole group with one comparison. For speed, in the candidate scan."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "(?:" + "|".join(_word_re(c) + _alt(rest) for c, rest in sorted(groups.items())) + ")"


# letters IGNORECASE matches to an ASCII letter that lower() does not turn into it
_ASCII_LIKE = str.maketrans({"\u0131": "i", "\u0130": "i", "\u017f": "s"})


def _key(word: str) -> str:
    """Normalised lookup key of a matched word ("Kamıs", with a dotless i, is "kamis")."""
    w = word.translate(_ASCII_LIKE).lower()
    for a in "'\u2019\u2018`":
        w = w.replace(a, "")
    return " ".join(w.split())


@functools.lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    weekdays: dict[str, int] = {}
    ambiguous: set[str] = set()
    months: dict[str, int] = {}
    mflags: dict[str, set[str]] = {}
    relative: dict[str, int] = {}
    day_counts: dict[str, int] = {}
    days_ago: list[str] = []
    modifiers: dict[str, str] = {}
    sets: dict[str, set[str]] = {k: set() for k in
                                 ("block_before", "block_after", "range_word", "date_intro", "number_intro",
                                  "until_word", "range_sign", "week_block")}
    month_rel: dict[str, int] = {}
    week_rel: dict[str, int] = {}
    range_days: dict[str, int] = {}
    numbers: dict[str, int] = {}
    number_scales: dict[str, int] = {}
    same_day: list[str] = []
    same_day_open: list[str] = []
    days_after: dict[str, int] = {}
    day_parts: list[str] = []
    raw = resources.files("mou_extract").joinpath("data/dates_id.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        kind, word = cols[0].strip(), cols[1].strip().lower()
        val = cols[2].strip() if len(cols) > 2 else ""
        flags = set(f.strip() for f in cols[3].split(",")) if len(cols) > 3 else set()
        if kind == "weekday":
            weekdays[word] = int(val)
            if "ambiguous" in flags:
                ambiguous.add(_key(word))
        elif kind == "month":
            months[word] = int(val)
            mflags[word] = flags
        elif kind == "relative":
            relative[word] = int(val)
        elif kind == "day_count":
            day_counts[word] = int(val)
        elif kind == "days_ago":
            days_ago.append(word)
        elif kind == "modifier":
            modifiers[word] = val
        elif kind == "month_rel":
            month_rel[word] = int(val)
        elif kind == "week_rel":
            week_rel[word] = int(val)
        elif kind == "range_day":
            range_days[word] = int(val)
        elif kind == "number":
            numbers[word] = int(val)
        elif kind == "number_scale":
            number_scales[word] = int(val)
        elif kind == "same_day":
            same_day.append(word)
        elif kind == "same_day_open":
            same_day_open.append(word)
        elif kind == "day_after":
            days_after[word] = int(val)
        elif kind == "day_part":
            day_parts.append(word)
        elif kind in sets:
            sets[kind].add(word)
    for count, n in day_counts.items():  # "dua hari lalu", "3 hari yang lalu"
        for ago in days_ago:
            relative.setdefault(f"{count} hari {ago}", -n)
    weekdays_k = {_key(w): v for w, v in weekdays.items()}

    WD = _alt(weekdays)
    MON = _alt(months)
    MON_EN = _alt([m for m, f in mflags.items() if f & {"en", "shared"}])
    NOT_LETTER = r"(?![^\W\d_])"
    GLUE = r"[ \t]{0,3},?\s{0,3}"
    # a part of the day or a modifier between a weekday and its date: "Rabu pagi
    # (22/10/2025)", "Senin lalu (3/3)" (the date written says which Monday)
    PART = rf"(?:[ \t]{{1,3}}{_alt([*day_parts, *modifiers])}(?!\w))?"
    TGL = r"(?:(?:tanggal|tgl\.?)\s{1,3})?"
    I = re.IGNORECASE

    wd_num = fastre.compile(
        rf"(?<!\w)(?P<wd>{WD})(?![\w'\u2019]){PART}{GLUE}{TGL}"
        r"(?P<open>\(\s{0,2})?(?P<d>\d{1,2})\s{0,2}(?P<sep>[/.\-])\s{0,2}(?P<m>\d{1,2})(?!\d)"
        r"(?:\s{0,2}(?P=sep)\s{0,2}(?P<y>\d{4}|\d{2})(?!\d))?(?![/\d])"
        r"(?P<close>\s{0,2}\))?", I)
    num = fastre.compile(
        r"(?<![\w/.\-])(?P<open>\(\s{0,2})?(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})"
        r"(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?![\d/\-]|\.\d)(?P<close>\s{0,2}\))?")
    iso = fastre.compile(r"(?<![\w/.\-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w/\-]|\.\d)")
    named = fastre.compile(
        rf"(?<![\w./])(?=[^\W_])(?:(?P<wd>{WD})(?![\w'\u2019]){PART}{GLUE}{TGL}(?P<open>\(\s{{0,2}})?)?"
        r"(?<![\w./])(?P<d>\d{1,2})(?:\s{0,2}[-\u2013]\s{0,2}(?P<d2>\d{1,2}))?(?:st|nd|rd|th)?(?P<gap>\s{0,3})"
        rf"(?P<mon>{MON}){NOT_LETTER}(?P<dot>\.)?"
        r"(?:[ \t,]{1,4}(?P<y>\d{4})(?![\d.,]\d|\d))?(?P<close>\s{0,2}\))?", I)
    mdy = fastre.compile(
        rf"(?<!\w)(?=[^\W\d_])(?:(?P<wd>{WD})(?![\w'\u2019]),?\s{{1,3}})?"
        rf"(?<!\w)(?P<mon>{MON_EN}){NOT_LETTER}\.?\s{{1,3}}"
        r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:.]\d|\d|/)"
        r"(?:,?[ \t]{1,3}(?P<y>\d{4})(?!\d))?", I)
    month_year = fastre.compile(
        rf"(?<!\w)(?=[^\W\d_])(?P<mon>{MON}){NOT_LETTER}\.?[ \t,]{{1,3}}(?P<y>\d{{4}})(?![\d.,]\d|\d)", I)
    # a year-less full month name told as past: "ditandatangani pada Maret lalu" (the
    # words that shift a weekday back: "lalu", "yang lalu", "kemarin")
    MON_FULL = _alt([m for m, f in mflags.items() if not f & {"abbr", "en"}])
    past_words = [w for w, shift in modifiers.items() if shift == "prev"]
    month_past = fastre.compile(
        rf"(?<!\w)(?P<mon>{MON_FULL}){NOT_LETTER}[ \t]{{1,3}}{_alt(past_words)}(?!\w)", I)
    rel = fastre.compile(rf"(?<!\w)(?P<rel>{_alt(relative)})(?!\w)", I)
    wd_bare = fastre.compile(
        rf"(?<!\w)(?P<wd>{WD})(?![\w'\u2019])(?:\s{{1,3}}(?P<mod>{_alt(modifiers)})(?!\w))?", I)
    RANGE = _alt(sets["range_word"])
    range_after = fastre.compile(rf"\s{{0,3}}{RANGE}\s{{0,3}}{WD}(?!\w)", I)
    range_before = fastre.compile(rf"(?<!\w){WD}\s{{0,3}}{RANGE}\s{{0,3}}\Z", I)
    # a day range in numbers, the weekdays joined as well: "Selasa-Rabu (10-11/11/2026)",
    # "(3-4/12/2025)"; find_dates keeps it only with its weekdays, brackets or a year
    num_range = fastre.compile(
        rf"(?<!\w)(?:(?P<wd>{WD})\s{{0,2}}[-\u2013]\s{{0,2}}(?P<wd2>{WD})(?![\w'\u2019]){GLUE})?"
        r"(?P<open>\(\s{0,2})?(?<![\w/.\-])(?P<d>\d{1,2})\s{0,2}[-\u2013]\s{0,2}(?P<d2>\d{1,2})/(?P<m>\d{1,2})"
        r"(?:/(?P<y>\d{4}|\d{2}))?(?![\d/\-]|\.\d)(?P<close>\s{0,2}\))?", I)
    # "awal bulan ini", "akhir bulan lalu"
    mon_rel = fastre.compile(rf"(?<!\w)(?P<rel>{_alt(month_rel)})(?!\w)", I)
    # "pekan lalu": the week before the reference's; "awal pekan ini": the reference's
    wk_rel = fastre.compile(rf"(?<!\w)(?P<rel>{_alt(week_rel)})(?!\w)", I)
    # "Penandatanganan berlangsung pada hari kedua kegiatan", "Hari Kedua Jambore ..., X
    # Teken Kesepakatan": the day of a range the signing took place on; the ordinal
    # opening the sentence reaches further, over the signers' titles and names before
    # their verb ("Pada hari kedua, Kepala Ombudsman RI Perwakilan X Y dan Bupati Z W
    # menandatangani ...")
    SIGN, NTH = _alt(sets["range_sign"]), _alt(range_days)
    range_day = fastre.compile(
        rf"(?<!\w)(?:{SIGN}(?!\w)[^.\n]{{0,80}}?\bhari\s{{1,3}}(?P<n1>{NTH})(?!\w)"
        rf"|hari\s{{1,3}}(?P<n2>{NTH})(?!\w)[^.\n]{{0,80}}?\b{SIGN}(?!\w)"
        rf"|(?:^|(?<=[.\n])[ \t]*)(?:pada|di|memasuki)\s{{1,3}}hari\s{{1,3}}(?P<n3>{NTH})(?!\w)\s{{0,3}},"
        rf"[^.\n]{{0,200}}?\b{SIGN}(?!\w))", I)
    # a date written out in words, as a formal document opens: "Pada hari ini, Rabu,
    # tanggal dua puluh satu bulan Mei tahun dua ribu dua puluh lima"; "tanggal 21 bulan
    # Mei tahun 2025" (a day in digits only with "bulan": "tanggal 21 Mei" is `named`'s).
    # The document's "Pada hari ini" belongs to the date (it is no relative "today").
    # Number words are whole words joined by blanks, so the runs cannot backtrack badly.
    NUMW = _alt([*numbers, *number_scales]) + r"(?!\w)"
    NUMS = rf"{NUMW}(?:\s{{1,3}}{NUMW}){{0,7}}"
    spelled = fastre.compile(
        rf"(?<!\w)(?:hari\s{{1,3}}ini{GLUE})?(?:(?P<wd>{WD})(?![\w'\u2019]){GLUE})?(?:tanggal|tgl\.?)\s{{1,3}}"
        rf"(?:(?P<dw>{NUMS})|(?P<dd>\d{{1,2}})(?!\d))[ \t]{{0,3}},?\s{{1,3}}(?P<bulan>bulan\s{{1,3}})?"
        rf"(?P<mon>{MON}){NOT_LETTER}"
        rf"(?:(?P<ysep>[ \t]{{0,3}},?\s{{1,3}}(?:tahun\s{{1,3}})?)(?:(?P<yw>{NUMS})|(?P<yd>\d{{4}})(?!\d)))?", I)
    # For speed: every pattern above from wd_num to wd_bare can only match where this
    # matches: after a non-word character, at a weekday, month or relative word, a digit
    # or "(". The patterns start with look-behinds, so the engine would try them at every
    # position; one scan for these positions, then each pattern is tried only there (_at).
    # tests/test_dates.py checks that this finds what finditer finds.
    START = rf"(?<!\w)(?={_alt_by_first([*weekdays, *months, *relative, *month_rel, *week_rel])}|[(\d])"
    starts = fastre.compile(START, I)
    starts_folded = compile_folded(START)  # the same, case-sensitive, on folded(text)
    # (not "pada hari yang sama tahun lalu": a day a year before)
    same = fastre.compile(rf"(?<!\w){_alt(same_day)}(?!\w)(?!\s{{1,3}}(?:tahun|pekan|minggu|bulan)\b)", I)
    # ... and those only a sentence's opening makes one ("Hari itu, Pemkab X meneken ..."; not
    # "sejak hari itu"): capitalised, at a paragraph's start or after a sentence's end
    opening = r"(?:(?<![^\n])|(?<=[.!?][ \t])|(?<=[.!?][\"\u201d'][ \t]))"
    same_open = fastre.compile(opening + _alt(w[:1].upper() + w[1:] for w in same_day_open)
                               + r"(?!\w)(?!\s{1,3}(?:tahun|pekan|minggu|bulan)\b)")

    return _Lexicon(
        weekdays=weekdays_k, ambiguous_weekdays=ambiguous,
        months={_key(m): v for m, v in months.items()},
        month_flags={_key(m): f for m, f in mflags.items()},
        relative={_key(r): v for r, v in relative.items()},
        modifiers={_key(m): v for m, v in modifiers.items()},
        block_before=sets["block_before"], block_after=sets["block_after"],
        range_words=sets["range_word"], date_intro=sets["date_intro"],
        number_intro=sets["number_intro"], until_words=sets["until_word"],
        month_rel={_key(w): v for w, v in month_rel.items()},
        week_rel={_key(w): v for w, v in week_rel.items()}, week_block=sets["week_block"], wk_rel=wk_rel,
        range_days={_key(w): v for w, v in range_days.items()},
        numbers=numbers, number_scales=number_scales, spelled=spelled,
        num_range=num_range, mon_rel=mon_rel, range_day=range_day,
        wd_num=wd_num, num=num, iso=iso, named=named, mdy=mdy, month_year=month_year,
        month_past=month_past, rel=rel, wd_bare=wd_bare, range_after=range_after, range_before=range_before,
        starts=starts, starts_folded=starts_folded, same_day=same, same_day_open=same_open,
        day_after=fastre.compile(rf"(?<!\w){_alt(days_after)}(?!\w)", I),
        days_after={_key(w): v for w, v in days_after.items()},
        same_day_hints=tuple(sorted({w for p in [*same_day, *same_day_open, *days_after]
                                     for w in (p.split()[-1], p.split()[-1].capitalize())})))


# --------------------------------------------------------------------------- helpers

def _safe_date(y: int, m: int, d: int) -> Optional[datetime.date]:
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def _prev_word(text: str, start: int, lo: int) -> str:
    """The word right before `start` (lower case), skipping blanks, '(' and ':'."""
    window = text[max(lo, start - 24):start].rstrip(" \t\r\n(:")
    parts = window.split()
    return parts[-1].lower() if parts else ""


def _next_word(text: str, end: int, hi: int) -> str:
    window = text[end:min(hi, end + 24)].lstrip(" \t\r\n")
    parts = window.split()
    return parts[0].lower().strip(".,;:!?\"')") if parts else ""


def _year2(y: str) -> int:
    v = int(y)
    if len(y) == 2:
        return 2000 + v if v < 70 else 1900 + v
    return v


def _iso(d: datetime.date) -> str:
    return d.isoformat()


def _resolve_day(d: int, m: int, year: Optional[int], wd: Optional[int], wd_word: Optional[str],
                 text: str, reference: Optional[datetime.date]):
    """(value, year_inferred, mismatch, warnings) for a day-precision date."""
    warnings: list[str] = []
    if year is not None:
        value = _safe_date(year, m, d)
        if value is None:
            return None, False, False, [f"invalid date: {text} does not exist"]
        inferred = False
    else:
        if reference is None:
            return None, False, False, [_YEAR_MISSING.format(text=text)]
        inferred = True
        y = reference.year
        value = _safe_date(y, m, d)
        note = ""
        if value is None or (value - reference).days > FUTURE_SLACK_DAYS:
            alt = _safe_date(y - 1, m, d)
            if alt is not None:
                value, y = alt, y - 1
                note = f", previous year since {d}/{m}/{y + 1} would fall after it"
        if value is None:
            return None, True, False, [f"invalid date: {text} does not exist"]
        if wd is not None and value.weekday() != wd and \
                (reference - value).days > WEEKDAY_YEAR_SWITCH_DAYS:
            for alt_y in (y - 1, y + 1):
                alt = _safe_date(alt_y, m, d)
                if alt is None or alt.weekday() != wd:
                    continue
                if not (-730 <= (alt - reference).days <= FUTURE_SLACK_DAYS):
                    continue
                note = (f", {alt_y} chosen because {wd_word} matches {d}/{m}/{alt_y}"
                        f" but not {d}/{m}/{y}")
                value, y = alt, alt_y
                break
        warnings.append(f"year inferred: {text} has no year; {value.year} taken from the "
                        f"publication date ({_iso(reference)}){note}")
    mismatch = wd is not None and value.weekday() != wd
    if mismatch:
        warnings.append(f"weekday mismatch: {text} is a {WEEKDAY_EN[value.weekday()]}")
    return value, inferred, mismatch, warnings


class _Cand:
    __slots__ = ("start", "end", "build")

    def __init__(self, start: int, end: int, build):
        self.start, self.end, self.build = start, end, build


# --------------------------------------------------------------------------- scanners

def _span_of(m: re.Match, text: str) -> tuple[int, int, bool, bool]:
    """Match span, trimming an unbalanced opening or closing parenthesis."""
    start, end = m.start(), m.end()
    has_open = m.group("open") is not None
    has_close = m.group("close") is not None
    if has_close and not has_open:
        end = m.start("close")
    if has_open and not has_close:
        if m.start("open") == start:
            start = m.start("d")
    return start, end, has_open, has_close


# Characters that match an ASCII letter under IGNORECASE without lowercasing to it
# ("ſ" ~ s, "ı" and "İ" ~ i). In texts without them, a case-sensitive scan of
# folded(text) with the lowercased pattern finds every position the IGNORECASE scan of
# the text finds (\w, \d and \s are unchanged by folding); tests/test_dates.py checks
# this over all code points.
_UNFOLDABLE = ("\u017f", "\u0131", "\u0130")


def _start_scan(text: str) -> tuple[str, re.Pattern]:
    """(string to scan, pattern) for the candidate scan of `text` (speed only: the
    folded scan is about twice as fast as the IGNORECASE one)."""
    L = _lex()
    if any(c in text for c in _UNFOLDABLE):
        return text, L.starts
    return folded(text), L.starts_folded


def _scan(text: str, lo: int, hi: int, ref: Optional[datetime.date], out: list[_Cand],
          starts: list[int]) -> None:
    """Candidates in text[lo:hi]; `starts` are the candidate scan's positions there."""
    if not starts:
        return
    L = _lex()
    _scan_spelled(text, lo, hi, ref, out)
    # the patterns led by a word start at a letter, num and iso at a digit or "("
    at_word = [s for s in starts if text[s].isalpha()]
    at_digit = [s for s in starts if not text[s].isalpha()]

    def add(start, end, kind, precision, value, inferred, wd_word, mismatch, warns):
        s = text[start:end]
        out.append(_Cand(start, end, lambda: DateMention(
            start, end, s, value, precision, inferred, kind, wd_word, mismatch, warns)))

    def wd_of(m):
        w = m.group("wd")
        return (w, L.weekdays[_key(w)]) if w else (None, None)

    # a day range: "Selasa-Rabu (10-11/11/2026)", "(3-4/12/2025)": the day the text says
    # the signing took place on ("pada hari kedua"), else the first
    nth = None
    for m in fastre.finditer_at(L.num_range, text, starts, lo, hi):
        start, end, has_open, has_close = _span_of(m, text)
        d, d2, mo, y = int(m.group("d")), int(m.group("d2")), int(m.group("m")), m.group("y")
        if not (1 <= d < d2 <= 31 and 1 <= mo <= 12) or not (m.group("wd") or (has_open and has_close) or y):
            continue
        year = _year2(y) if y else None
        if year is not None and not (MIN_YEAR <= year <= MAX_YEAR):
            continue
        if nth is None:
            nth = _range_offset(text)
        day = _range_day(d, d2, nth)
        wd_word = m.group("wd2") if day == d2 and m.group("wd2") else m.group("wd")
        wd = L.weekdays[_key(wd_word)] if wd_word and day in (d, d2) else None
        s = text[start:end]
        value, inferred, mismatch, warns = _resolve_day(day, mo, year, wd, wd_word, s, ref)
        warns = warns + [_RANGE_NOTE.format(s=s, day=day)]
        add(start, end, "numeric", "day", value, inferred, wd_word, mismatch, warns)

    # weekday + numeric date: "Senin (10/11/2025)", "Selasa (2/4)"
    for m in fastre.finditer_at(L.wd_num, text, at_word, lo, hi):
        start, end, _, _ = _span_of(m, text)
        d, mo, sep, y = int(m.group("d")), int(m.group("m")), m.group("sep"), m.group("y")
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        if y is None and sep != "/":
            continue
        year = _year2(y) if y else None
        if year is not None and not (MIN_YEAR <= year <= MAX_YEAR):
            continue
        wd_word, wd = wd_of(m)
        s = text[start:end]
        value, inferred, mismatch, warns = _resolve_day(d, mo, year, wd, wd_word, s, ref)
        add(start, end, "numeric", "day", value, inferred, wd_word, mismatch, warns)

    # numeric date without weekday: "(10/11/2025)", "pada 2/4", "tanggal 14-1-2025"
    for m in fastre.finditer_at(L.num, text, at_digit, lo, hi):
        start, end, has_open, has_close = _span_of(m, text)
        d, mo, sep, y = int(m.group("d")), int(m.group("m")), m.group("sep"), m.group("y")
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        prev = _prev_word(text, m.start(), lo)
        if prev in L.number_intro:
            continue
        intro = prev in L.date_intro
        parens = has_open and has_close
        if y is None:
            if sep != "/" or not (intro or parens and _CLAUSE_END.match(text, m.end(), hi) and _after_word(text, m.start(), lo)):
                continue
        elif len(y) == 2 or sep == ".":
            if not (parens or intro) or (sep == "." and len(y) != 4):
                continue
        year = _year2(y) if y else None
        if year is not None and not (MIN_YEAR <= year <= MAX_YEAR):
            continue
        if year is not None and _safe_date(year, mo, d) is None:
            continue
        s = text[start:end]
        value, inferred, mismatch, warns = _resolve_day(d, mo, year, None, None, s, ref)
        add(start, end, "numeric", "day", value, inferred, None, mismatch, warns)

    # ISO: "2025-11-10"
    for m in fastre.finditer_at(L.iso, text, at_digit, lo, hi):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if not (MIN_YEAR <= y <= MAX_YEAR) or _prev_word(text, m.start(), lo) in L.number_intro:
            continue
        value = _safe_date(y, mo, d)
        if value is None:
            continue
        add(m.start(), m.end(), "numeric", "day", value, False, None, False, [])

    # day + month name (+ year), optionally after a weekday: "Kamis, 21 November 2019"
    for m in fastre.finditer_at(L.named, text, starts, lo, hi):
        mon_word = m.group("mon")
        mk = _key(mon_word)
        flags = L.month_flags.get(mk, set())
        if "en" in flags and not mon_word[0].isupper():
            continue
        d, mo = int(m.group("d")), L.months[mk]
        y = m.group("y")
        year = int(y) if y else None
        start, end = m.start(), m.end()
        has_open, has_close = m.group("open") is not None, m.group("close") is not None
        if year is not None and not (MIN_YEAR <= year <= MAX_YEAR):
            year = None
            end = m.end("dot") if m.group("dot") else m.end("mon")
            has_close = False
        if has_close and not has_open:
            end = m.start("close")
        if has_open and not has_close:
            # "Senin (10 November 2025" without ")": keep the weekday, drop nothing else
            pass
        wd_word, wd = wd_of(m)
        if year is None and wd is None:
            if "abbr" in flags and _prev_word(text, m.start(), lo) not in L.date_intro:
                continue
        if not m.group("gap") and ("abbr" in flags or year is None and wd is None):
            # a day glued to its month, a typing slip, only in full and dated by its year or
            # weekday: "Selasa (18Februari 2025)", not "5Mar" or a tag "#17Agustus"
            continue
        if not (1 <= d <= 31):
            continue
        s = text[start:end]
        if m.group("d2"):
            if nth is None:
                nth = _range_offset(text)
            d2 = int(m.group("d2"))
            day = _range_day(d, d2, nth) if d < d2 <= 31 else d
            if day != d:
                wd = wd_word = None  # the weekday written is the first day's
            value, inferred, mismatch, warns = _resolve_day(day, mo, year, wd, wd_word, s, ref)
            warns = warns + [_RANGE_NOTE.format(s=s, day=day)]
        else:
            value, inferred, mismatch, warns = _resolve_day(d, mo, year, wd, wd_word, s, ref)
        add(start, end, "named", "day", value, inferred, wd_word, mismatch, warns)

    # English month-day-year: "Tuesday, February 18, 2025", "February 18"
    for m in fastre.finditer_at(L.mdy, text, at_word, lo, hi):
        mon_word = m.group("mon")
        if not mon_word[0].isupper():
            continue
        d, mo = int(m.group("d")), L.months[_key(mon_word)]
        if not (1 <= d <= 31):
            continue
        y = m.group("y")
        year = int(y) if y else None
        end = m.end()
        if year is not None and not (MIN_YEAR <= year <= MAX_YEAR):
            year, end = None, m.end("d")
        wd_word, wd = wd_of(m)
        s = text[m.start():end]
        value, inferred, mismatch, warns = _resolve_day(d, mo, year, wd, wd_word, s, ref)
        add(m.start(), end, "named", "day", value, inferred, wd_word, mismatch, warns)

    # month + year: "November 2023"
    for m in fastre.finditer_at(L.month_year, text, at_word, lo, hi):
        mon_word = m.group("mon")
        mk = _key(mon_word)
        flags = L.month_flags.get(mk, set())
        if flags & {"abbr", "en"} and not mon_word[0].isupper():
            continue
        year = int(m.group("y"))
        if not (MIN_YEAR <= year <= MAX_YEAR):
            continue
        value = datetime.date(year, L.months[mk], 1)
        add(m.start(), m.end(), "month", "month", value, False, None, False, [])

    # a past month without its year: "pada Maret lalu" in a report of April 2025 is March
    # 2025, in one of February 2025 March 2024 (the month is capitalised: "mei" is no date)
    for m in fastre.finditer_at(L.month_past, text, at_word, lo, hi):
        mon_word = m.group("mon")
        if not mon_word[0].isupper():
            continue
        mo = L.months[_key(mon_word)]
        s = text[m.start():m.end()]
        if ref is None:
            add(m.start(), m.end(), "month", "month", None, False, None, False,
                [_YEAR_MISSING.format(text=s)])
            continue
        year = ref.year if mo <= ref.month else ref.year - 1
        add(m.start(), m.end(), "month", "month", datetime.date(year, mo, 1), True, None, False,
            [f"year inferred: {s} has no year; {year} taken from the publication date ({_iso(ref)})"])

    # a part of this month or the last, unnamed: "meneken nota kesepahaman awal bulan ini"
    for m in fastre.finditer_at(L.mon_rel, text, at_word, lo, hi):
        s = text[m.start():m.end()]
        if ref is None:
            add(m.start(), m.end(), "month", "month", None, False, None, False,
                [f"date unresolved: '{s}' needs a publication date"])
            continue
        back = L.month_rel[_key(m.group("rel"))]
        y, mo = divmod(ref.year * 12 + ref.month - 1 + back, 12)
        add(m.start(), m.end(), "month", "month", datetime.date(y, mo + 1, 1), True, None, False,
            [f"date inferred: '{s}' resolved against the publication date ({_iso(ref)})"])

    # the week before the publication's, told without a day: "menandatangani perjanjian
    # kerja sama ..., pekan lalu" in a report of Monday 17 March 2025 is 10-16 March: March
    # 2025, precision month (so is the publication's own week, "awal pekan ini": which of
    # its first days is not said, and a wrong day is worse than the month); nothing when
    # that week spans two months (the month is not
    # known), after a count ("dua pekan lalu") or "sejak", or after a date or a weekday it
    # modifies ("Rabu (12/3) pekan lalu"; "Kamis pekan lalu" is wd_bare's, starting first)
    for m in fastre.finditer_at(L.wk_rel, text, at_word, lo, hi):
        prev = _prev_word(text, m.start(), lo)
        if ref is None or prev in L.week_block or prev in L.block_before or prev.isdigit():
            continue
        if any(0 <= m.start() - c.end <= 2 for c in out) or _key(prev.rstrip(",")) in L.weekdays:
            continue  # "Rabu (12/3) pekan lalu": the date before it says the day
        monday = ref - datetime.timedelta(days=ref.weekday() - 7 * L.week_rel[_key(m.group("rel"))])
        sunday = monday + datetime.timedelta(days=6)
        if (monday.year, monday.month) != (sunday.year, sunday.month):
            continue
        s = text[m.start():m.end()]
        warns = [f"date inferred: '{s}' gives no exact day; the week of {_iso(monday)} to {_iso(sunday)} taken "
                 f"from the publication date ({_iso(ref)}), month precision only"]
        out.append(_Cand(m.start(), m.end(), lambda s=s, a=m.start(), b=m.end(), monday=monday, warns=warns: DateMention(
            a, b, s, datetime.date(monday.year, monday.month, 1), "month", True, "week", warnings=warns,
            week_of=monday)))

    # relative words: "kemarin", "hari ini", "baru tadi", "dua hari lalu", "3 hari lalu"
    for m in fastre.finditer_at(L.rel, text, starts, lo, hi):
        if _prev_word(text, m.start(), lo) in L.block_before:
            continue
        word = m.group("rel")
        if L.modifiers.get(_key(word)) == "prev" and _right_after_date(text, m.start(), out):
            continue  # "Selasa (3/6/2025) kemarin", "7 Agustus kemarin": the date's, told as past
        offset = L.relative[_key(word)]
        if ref is None:
            add(m.start(), m.end(), "relative", "day", None, False, None, False,
                [f"date unresolved: '{word}' needs a publication date"])
            continue
        value = ref + datetime.timedelta(days=offset)
        add(m.start(), m.end(), "relative", "day", value, True, None, False,
            [f"date inferred: '{word}' resolved against the publication date ({_iso(ref)})"])

    # bare weekday: "Senin", "pada Rabu", "Rabu lalu", "Senin pekan depan"
    for m in fastre.finditer_at(L.wd_bare, text, at_word, lo, hi):
        wd_word, wd = wd_of(m)
        mod = m.group("mod")
        if _key(wd_word) in L.ambiguous_weekdays and (mod or not wd_word[0].isupper()):
            continue  # "minggu lalu" = last week
        prev = _prev_word(text, m.start(), lo)
        if prev in L.block_before or prev in L.until_words:
            continue
        if prev == "hari" and _prev_word(text, m.start() - 5, lo) in L.until_words \
                and text[max(lo, m.start() - 5):m.start()].strip().lower() == "hari":
            continue  # "buka hingga hari Sabtu": the end of a period
        if _next_word(text, m.end("wd"), hi) in L.block_after:
            continue
        if _NUM_AFTER.match(text, m.end("wd"), hi):
            continue  # "Senin (15/13/2024)": a broken numeric date, not a bare weekday
        if L.range_after.match(text, m.end("wd"), hi) or \
                L.range_before.search(text[max(lo, m.start() - 30):m.start()]):
            continue  # "Senin sampai Jumat", "Senin-Kamis"
        s = text[m.start():m.end()]
        if ref is None:
            add(m.start(), m.end(), "weekday", "day", None, False, wd_word, False,
                [f"date unresolved: weekday '{s}' needs a publication date"])
            continue
        how = L.modifiers[_key(mod)] if mod else "on_or_before"
        value = _weekday_date(ref, wd, how)
        label = "bare weekday" if not mod else "weekday"
        add(m.start(), m.end(), "weekday", "day", value, True, wd_word, False,
            [f"date inferred: {label} '{s}' resolved against the publication date ({_iso(ref)})"])


def _right_after_date(text: str, at: int, cands: list) -> bool:
    """Whether a date candidate ends right before `at`, a blank or two between them."""
    return any(c.end <= at and at - c.end <= 3 and not text[c.end:at].strip() for c in cands)


def _words_number(words: str) -> Optional[int]:
    """The value of Indonesian number words ("dua puluh satu" = 21, "dua ribu dua puluh
    lima" = 2025, "seribu sembilan ratus sembilan puluh delapan" = 1998), None when the
    words do not form a number ("puluh dua")."""
    L = _lex()
    total = cur = 0
    last: Optional[int] = None  # the unit word a scale word may scale ("dua" of "dua puluh")
    for w in words.lower().split():
        if w in L.numbers:
            v = L.numbers[w]
            if v >= 1000:      # seribu
                if total or cur:
                    return None
                total, last = v, None
            elif v >= 10:      # sepuluh, sebelas, seratus: no scale word follows them
                cur, last = cur + v, None
            else:
                cur, last = cur + v, v
            continue
        scale = L.number_scales.get(w)
        if scale is None:
            return None
        if scale == 1000:      # ribu: everything before it
            if not cur or total:
                return None
            total, cur, last = cur * 1000, 0, None
        elif last is None:
            return None
        elif w == "belas":     # "dua belas": the unit plus ten
            cur, last = cur + 10, None
        else:                  # puluh, ratus: the unit times the scale
            cur, last = cur + last * (scale - 1), None
    return total + cur or None


# a date in words always has its "tanggal" / "tgl"
_SPELLED_HINT = re.compile(r"tanggal|tgl", re.I)


def _scan_spelled(text: str, lo: int, hi: int, ref: Optional[datetime.date], out: list) -> None:
    """Dates written out in words: "Rabu, tanggal dua puluh satu bulan Mei tahun dua ribu
    dua puluh lima" (see _Lexicon.spelled)."""
    if not _SPELLED_HINT.search(text, lo, hi):
        return  # (the pattern opens with optional parts: without this it is tried everywhere)
    L = _lex()
    for m in L.spelled.finditer(text, lo, hi):
        if m.group("dd") and not m.group("bulan"):
            continue  # "tanggal 21 Mei 2025": the named pattern's
        d = int(m.group("dd")) if m.group("dd") else _words_number(m.group("dw"))
        if d is None or not 1 <= d <= 31:
            continue
        mo = L.months[_key(m.group("mon"))]
        year, end = None, m.end("mon")
        if m.group("yd") or m.group("yw"):
            y = int(m.group("yd")) if m.group("yd") else _words_number(m.group("yw"))
            if y is not None and MIN_YEAR <= y <= MAX_YEAR:
                year, end = y, m.end()
        wd_word = m.group("wd")
        wd = L.weekdays[_key(wd_word)] if wd_word else None
        s = text[m.start():end]
        value, inferred, mismatch, warns = _resolve_day(d, mo, year, wd, wd_word, s, ref)
        start = m.start()
        out.append(_Cand(start, end, lambda start=start, end=end, s=s, value=value, inferred=inferred,
                         wd_word=wd_word, mismatch=mismatch, warns=warns: DateMention(
            start, end, s, value, "day", inferred, "named", wd_word, mismatch, warns)))


# a year-less "(9/8)" in brackets is the news date of the clause it closes ("... di Aula
# Hotel X, Taliwang (9/8)."): a full stop, comma or semicolon follows, a word comes before
# (a fraction, "dua pertiga (2/3) anggota", goes on; a thread's counter ends its line)
_CLAUSE_END = fastre.compile(r"[.,;]")


def _after_word(text: str, start: int, lo: int) -> bool:
    """Whether a letter ends the word right before `start` (blanks skipped), and it is no
    number word ("dua pertiga (2/3)")."""
    k = start
    while k > lo and text[k - 1] in " \t":
        k -= 1
    if k == lo or not text[k - 1].isalpha():
        return False
    w = text[max(lo, k - 24):k].split()[-1]
    return not (w.islower() and w.startswith(("per", "se")))


def _same_days(text: str, regions: list, found: list) -> list:
    """Mentions of "pada hari yang sama" (or of a sentence opening "Hari itu, ...") and of
    "keesokan harinya" in `regions`, each with the value of the day-precise date mention
    before it in `found` (none before: not added), or of the day(s) after or before it. A
    day after is inferred, year and all: its own words name no year ("Rakor dibuka Selasa
    (22/4/2025). Keesokan harinya, ... menandatangani ..." is 23 April)."""
    L = _lex()
    out = []
    for lo, hi in regions:
        for m in [*L.same_day.finditer(text, lo, hi), *L.same_day_open.finditer(text, lo, hi),
                  *L.day_after.finditer(text, lo, hi)]:
            if any(d.start < m.end() and m.start() < d.end for d in found):
                continue
            prev = [d for d in found if d.end <= m.start() and d.precision == "day" and d.value is not None]
            if not prev:
                continue
            d, s = prev[-1], m.group()
            n = L.days_after.get(_key(s), 0) if m.re is L.day_after else 0
            if n:
                out.append(DateMention(m.start(), m.end(), s, d.value + datetime.timedelta(days=n), "day", True,
                                       "relative", warnings=[_DAY_AFTER_NOTE.format(s=s, n=_days_apart(n), d=d.text)],
                                       counted=True))
            else:
                out.append(DateMention(m.start(), m.end(), s, d.value, "day", d.year_inferred, "relative",
                                       warnings=[_SAME_DAY_NOTE.format(s=s, d=d.text)]))
    return out


_NUM_AFTER = fastre.compile(r"[ \t]{0,3},?[ \t]{0,3}\(\s{0,2}\d")


def _range_offset(text: str) -> int:
    """Which day of a multi-day range the text says the signing took place on ("pada
    hari kedua" = 1, "hari terakhir" = -1, the last); 0 (the first) when it says none."""
    L = _lex()
    m = L.range_day.search(text)
    if m is None:
        return 0
    return L.range_days[_key(m.group("n1") or m.group("n2") or m.group("n3"))]


def _range_day(d: int, d2: int, offset: int) -> int:
    """The day of the range d..d2 at `offset` (-1: the last); the first when out of range."""
    if offset < 0:
        return d2
    return d + offset if d + offset <= d2 else d


def _weekday_date(ref: datetime.date, wd: int, how: str) -> datetime.date:
    back = (ref.weekday() - wd) % 7
    monday = ref - datetime.timedelta(days=ref.weekday())
    if how == "prev":
        return ref - datetime.timedelta(days=back or 7)
    if how == "next":
        return ref + datetime.timedelta(days=((wd - ref.weekday()) % 7) or 7)
    if how == "this_week":
        return monday + datetime.timedelta(days=wd)
    if how == "last_week":
        return monday + datetime.timedelta(days=wd - 7)
    if how == "next_week":
        return monday + datetime.timedelta(days=wd + 7)
    return ref - datetime.timedelta(days=back)  # on or before


def _select(cands: list[_Cand]) -> list[DateMention]:
    """Non-overlapping candidates: earliest start first, longest at the same start."""
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[DateMention] = []
    last_end = -1
    for c in cands:
        if c.start >= last_end:
            out.append(c.build())
            last_end = c.end
    return out


# --------------------------------------------------------------------------- public API

def find_dates(text: str, reference: Optional[datetime.date] = None,
               spans: Optional[list[tuple[int, int]]] = None) -> list[DateMention]:
    """All date mentions in `text` (only inside `spans` when given), in text order.

    `reference` is the publication date: it resolves year-less dates, relative words
    and bare weekdays. Without it those get `value=None`.
    """
    if not text:
        return []
    if isinstance(reference, datetime.datetime):
        reference = reference.date()
    if spans is None:
        regions = [(0, len(text))]
    else:
        regions = []
        for s, e in sorted((max(0, s), min(len(text), e)) for s, e in spans):
            if e <= s:
                continue
            if regions and s <= regions[-1][1]:
                regions[-1] = (regions[-1][0], max(regions[-1][1], e))
            else:
                regions.append((s, e))
    result: list[DateMention] = []
    scan, start_rx = _start_scan(text)
    refs = _update_references(text, regions, reference, scan, start_rx)
    for lo, hi in regions:
        cands: list[_Cand] = []
        starts = [m.start() for m in start_rx.finditer(scan, lo, hi)]
        _scan(text, lo, hi, refs.get(lo, reference), cands, starts)
        result.extend(_select(cands))
    if result:
        result = _dateline_weekday(text, regions, result)
    if any(_ENTRY_TIME.match(text, lo, hi) for lo, hi in regions):
        result = _entry_times(text, regions, result, reference)
    if any(d.kind == "week" for d in result):
        result = _week_named_by_day(result)
    if result and any(h in text for h in _lex().same_day_hints):
        same = _same_days(text, regions, result)
        if same:
            result = sorted(result + same, key=lambda d: d.start)
    if any(d.kind == "relative" for d in result):
        result = _named_relatives(text, result)
    if reference is None and any(d.value is None and d.precision == "day" for d in result):
        result = _dated_by_page_year(text, regions, result)
    return result


# what may stand between a relative day and the date that names it: "hari ini, Kamis, 20
# November 2025", "kemarin (11/3)"
_APPOSITION = fastre.compile(r"[ \t]*,?[ \t]*")


def _named_relatives(text: str, found: list[DateMention]) -> list[DateMention]:
    """`found` with a relative day that the date written right after it names giving way
    to that date: "Pada hari ini, Kamis, 20 November 2025, saya ... menandatangani ..." is
    that Thursday, whatever day the page was published; a date in brackets right after
    the word is one expression with it, as after a weekday ("kemarin (11/3)")."""
    out = []
    for i, d in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if d.kind == "relative" and nxt is not None and nxt.kind != "relative" and nxt.precision == "day" \
                and _APPOSITION.fullmatch(text, d.end, nxt.start):
            if text.startswith("(", nxt.start) and "," not in text[d.end:nxt.start]:
                found[i + 1] = replace(nxt, start=d.start, text=text[d.start:nxt.end])
            continue
        out.append(d)
    return out


# the page's own link with the year in its path, as news sites write them: "Salin tautan:
# https://x.id/berita/2025/judul-berita", "https://x.com/read/2025/05/26/123/judul"
_LINK_YEAR = fastre.compile(r"\bhttps?://[^\s/]+(?:/[^\s/]+)*?/(?P<y>(?:19|20)\d\d)(?=/|\s|$)")
# the page's copyright line: "© 2025 Kabupaten X", "Copyright © 2019-2025 Y", "Hak Cipta
# 2025" (of a range, the last year)
_COPYRIGHT_YEAR = fastre.compile(r"(?:©|\([Cc]\)|\bCopyright\b|\bHak\s+Cipta\b)[ \t]*(?:©[ \t]*)?"
                                 r"(?:(?:19|20)\d\d[ \t]*[-\u2013][ \t]*)?(?P<y>(?:19|20)\d\d)(?!\d)")


def _one_year(matches: list, source) -> Optional[tuple[int, str]]:
    """(year, where it was read: source(shortest match)) when the matches all give one
    year; else None."""
    years = {int(m.group("y")) for m in matches}
    if len(years) != 1:
        return None
    shortest = min(matches, key=lambda m: m.end("y") - m.start())
    return years.pop(), source(shortest.group()[:shortest.end("y") - shortest.start()])


def _page_year(text: str) -> Optional[tuple[int, str]]:
    """The year a page that states no publication date carries elsewhere, and where: the
    year in the path of its links, when they agree ("https://x.id/berita/2025/..."); else
    the year of its copyright line ("© 2025 X"); else None."""
    return _one_year(list(_LINK_YEAR.finditer(text)), lambda t: f"URL ({t}/...)") \
        or _one_year(list(_COPYRIGHT_YEAR.finditer(text)), lambda t: f"page footer ({t})")


def _dated_by_page_year(text: str, regions: list, found: list[DateMention]) -> list[DateMention]:
    """`found` with the days written without a year ("Senin (26/5)") on a page that
    states no publication date dated in the year the page carries elsewhere (_page_year:
    a news site's link holds the year it published the story in, its footer the current
    year), the year inferred, with a warning saying where it came from."""
    missing = {(d.start, d.end) for d in found
               if d.value is None and d.precision == "day" and _YEAR_MISSING.format(text=d.text) in d.warnings}
    if not missing:
        return found
    page = _page_year(text)  # (two scans of the whole text: only when a day lacks its year)
    if page is None:
        return found
    year, source = page
    ref = datetime.date(year, 12, 31)
    again = {(d.start, d.end): d for d in find_dates(text, ref, regions) if (d.start, d.end) in missing}
    out = []
    for d in found:
        r = again.get((d.start, d.end))
        if r is None or r.value is None:
            out.append(d)
            continue
        note = f"publication date ({_iso(ref)})"
        r.warnings = [w.replace(note, source) for w in r.warnings]
        out.append(r)
    return out


def _week_named_by_day(found: list[DateMention]) -> list[DateMention]:
    """`found` without the weeks ("pekan lalu") that hold a day the text gives elsewhere:
    "PKS itu diteken pekan lalu" under a caption dated "Rabu (14/5/2025)" in that week is
    that day, which the vague week adds nothing to."""
    days = {d.value for d in found if d.precision == "day" and d.value is not None}
    return [d for d in found if d.kind != "week" or d.week_of is None
            or not any(d.week_of <= v <= d.week_of + datetime.timedelta(days=6) for v in days)]


# a story updated after it was first published: a dated update note opening a paragraph
# of the body ("Pembaruan, Jumat (14/6/2024) pukul 09.10 WIB:") and the first
# publication's stamp on a line of the page's head ("Terbit: Kamis, 13 Juni 2024 17:30")
_UPDATE_NOTE = fastre.compile(r"[ \t]*(?:Pembaruan|Pemutakhiran|Diperbarui|Update|Updated)\b", re.IGNORECASE)
_FIRST_STAMP = fastre.compile(r"(?:^|\n)[ \t]*(?:Terbit|Diterbitkan|Dipublikasikan|Tayang|Published|Posted)\b[ \t]*:?",
                              re.IGNORECASE)
# how many days an update may come after the first publication
_UPDATE_DAYS = 7


def _first_day(text: str, lo: int, hi: int, ref: Optional[datetime.date], scan: str, start_rx) -> Optional[datetime.date]:
    """The first date in text[lo:hi] written to the day with its year, or None."""
    cands: list[_Cand] = []
    _scan(text, lo, hi, ref, cands, [m.start() for m in start_rx.finditer(scan, lo, hi)])
    return next((d.value for d in _select(cands)
                 if d.precision == "day" and d.value is not None and not d.year_inferred), None)


def _update_references(text: str, regions: list, reference: Optional[datetime.date], scan: str,
                       start_rx) -> dict:
    """Region start -> the date its relative words count from, in a story updated after
    its first publication (see _UPDATE_NOTE): the copy before the note was written on the
    day of the first stamp ("... meneken nota kesepahaman hari ini." is 13 June), the note
    and what follows it on the update's day ("penandatanganan kemarin", written on 14
    June, is 13 June too), whichever of the two the page's date is. Empty when the page
    has no such note, no first stamp, or they are not a few days apart."""
    at = next(((lo, hi) for lo, hi in regions if _UPDATE_NOTE.match(text, lo, hi)), None)
    if at is None:
        return {}
    lo, hi = at
    line = text.find("\n", lo, hi)
    upd = _first_day(text, lo, hi if line < 0 else line, None, scan, start_rx)
    if upd is None:
        return {}
    first = None
    for m in _FIRST_STAMP.finditer(text, 0, lo):
        a = m.end()
        if any(x <= a < y for x, y in regions):
            continue
        b = text.find("\n", a)
        first = _first_day(text, a, len(text) if b < 0 else b, None, scan, start_rx)
        if first is not None:
            break
    if first is None or not 0 < (upd - first).days <= _UPDATE_DAYS:
        return {}
    return {x: (first if y <= lo else upd) for x, y in regions}


# a dateline with its date, opening a paragraph: "PARIT MALINTANG, Kamis (19/11/2026) – ..."
# (the place, an outlet in brackets or after a comma, then the date and a dash)
_DATELINE_HEAD = fastre.compile(r"[ \t]*[A-Z][A-Za-z'\u2019.\- ]{1,40}(?:[ \t]*\([^()\n]{1,30}\))?"
                                r"(?:[ \t]*,[ \t]*[\w.]{2,30})?[ \t]*,[ \t]*")
_DASH_AFTER = fastre.compile(r"[ \t]*[-\u2013\u2014]")
# how far into its paragraph a weekday may date the event the dateline's date reports
_DATELINE_REACH = 600


def _dateline_weekday(text: str, regions: list, found: list) -> list:
    """A paragraph opening with a dated dateline whose lead then dates the event by a bare
    weekday of an earlier day ("PARIT MALINTANG, Kamis (19/11/2026) – X dan Y menandatangani
    ..., Rabu malam."): the dateline's date is the day of the report, the weekday the most
    recent such day on or before it (18 November), and the dateline's date is no date of
    the event (dropped). A weekday of the same day, or none, leaves both as they are."""
    L = _lex()
    drop, swap = set(), {}
    for lo, hi in regions:
        # (the pipeline may cut the dateline's place off the paragraph: its line is read)
        inside = [d for d in found if lo <= d.start < hi]
        if len(inside) < 2:
            continue
        d = inside[0]
        if d.precision != "day" or d.value is None or d.kind not in ("numeric", "named") \
                or not _DATELINE_HEAD.fullmatch(text, text.rfind("\n", 0, lo) + 1, d.start) \
                or not _DASH_AFTER.match(text, d.end, hi):
            continue
        nxt = next((x for x in inside[1:] if x.precision == "day"), None)
        if nxt is None or nxt.start - d.end > _DATELINE_REACH:
            continue
        if _earlier_full_day(d, nxt):
            drop.add(id(d))
            continue
        if nxt.kind != "weekday":
            continue
        m = L.wd_bare.match(text, nxt.start)
        if m is None:
            continue
        wd = L.weekdays[_key(m.group("wd"))]
        how = L.modifiers[_key(m.group("mod"))] if m.group("mod") else "on_or_before"
        if how not in ("on_or_before", "prev", "this_week", "last_week") or wd == d.value.weekday():
            continue
        value = _weekday_date(d.value, wd, how)
        if not 0 < (d.value - value).days <= 7:
            continue
        drop.add(id(d))
        swap[id(nxt)] = DateMention(nxt.start, nxt.end, nxt.text, value, "day", True, "weekday", nxt.weekday, False,
                                    [f"date inferred: bare weekday '{nxt.text}' resolved against the dateline "
                                     f"date {d.text}"])
    if not drop:
        return found
    return [swap.get(id(x), x) for x in found if id(x) not in drop]


def _earlier_full_day(dateline: DateMention, nxt: DateMention) -> bool:
    """Whether the lead dates its event by a full date of a day in the week before its dated
    dateline: "TEBING TINGGI, Kamis (4/9/2025) - Pemkot X dan Bank Y telah menandatangani
    ..., Selasa (2/9/2025), di Medan", "AMBON, 12 Maret 2025 - ... diteken Senin (10/3)": the
    dateline's date is the day of the report, no date of the event. A date of
    the same day or a later one (a signing planned "Senin (15/9/2025)") says nothing."""
    return nxt.kind in ("numeric", "named") and nxt.value is not None \
        and 0 < (dateline.value - nxt.value).days <= 7


# a timed entry of a live report or a day's agenda, opening its paragraph: "10.15 WIB -
# Momen utama. Gubernur X dan Kepala Y menandatangani ...", "08.40 WIB" on a line of its own
_ENTRY_TIME = fastre.compile(r"[ \t]*(?P<t>\d{1,2}[.:]\d{2}[ \t]*(?:WIB|WITA|WIT))\b[ \t]*(?=[-\u2013\u2014]|\n|$)")


def _entry_times(text: str, regions: list, found: list, reference: Optional[datetime.date]) -> list:
    """The day of each timed entry (see _ENTRY_TIME) whose paragraph states no day of its
    own: the day-precise date the text gave last before it (a day's agenda opens with its
    date: "Catatan kegiatan Bupati, Selasa, 4 Februari 2025"), else the publication date
    (a live report's page is dated once, on its date line)."""
    out = list(found)
    for lo, hi in regions:
        m = _ENTRY_TIME.match(text, lo, hi)
        if m is None or any(lo <= d.start < hi and d.precision == "day" for d in found):
            continue
        before = [d for d in found if d.end <= lo and d.precision == "day" and d.value is not None]
        if before:
            value, source = before[-1].value, f"the date before it, '{before[-1].text}'"
        elif reference is not None:
            value, source = reference, f"the publication date ({_iso(reference)})"
        else:
            continue
        a, b = m.start("t"), m.end("t")
        out.append(DateMention(a, b, text[a:b], value, "day", True, "relative",
                               warnings=[f"date inferred: the entry time '{text[a:b]}' is on {source}"]))
    return sorted(out, key=lambda d: d.start)


_YEAR_ONLY = fastre.compile(r"\s{0,3}(?:tahun\s{1,3})?(\d{4})\s{0,3}", re.IGNORECASE)
_HAS_YEAR = fastre.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def parse_date(expr: str, reference: Optional[datetime.date] = None) -> Optional[DateMention]:
    """One date expression (a publication line, a test string) -> its first date mention.

    Falls back to `dateparser` (cached, Indonesian then English, day-first) for odd
    spellings that carry a full day, month and year; "2024" / "tahun 2024" give a
    year-precision mention. None when nothing is found.
    """
    if not expr:
        return None
    found = find_dates(expr, reference)
    if found:
        return found[0]
    m = _YEAR_ONLY.fullmatch(expr)
    if m:
        y = int(m.group(1))
        if MIN_YEAR <= y <= MAX_YEAR:
            return DateMention(0, len(expr), expr, datetime.date(y, 1, 1), "year", False, "year")
        return None
    if len(expr) > 200 or not _HAS_YEAR.search(expr):
        return None
    value = _dateparser_parse(" ".join(expr.split()).lower())
    if value is None:
        return None
    kind = "numeric" if not re.search(r"[^\W\d_]", expr) else "named"
    return DateMention(0, len(expr), expr, value, "day", False, kind)


@functools.lru_cache(maxsize=4096)
def _dateparser_parse(norm: str) -> Optional[datetime.date]:
    try:
        import dateparser
    except ImportError:  # pragma: no cover
        return None
    try:
        dt = dateparser.parse(norm, languages=["id", "en"], settings={
            "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DATES_FROM": "past", "STRICT_PARSING": True})
    except Exception:  # dateparser raises on some odd inputs
        return None
    if dt is None or not (MIN_YEAR <= dt.year <= MAX_YEAR):
        return None
    return dt.date()
