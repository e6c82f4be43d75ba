"""The institution and abbreviation lexicons: every line parses, entries are consistent."""
from __future__ import annotations

from importlib import resources

import pytest

from mou_extract import regions as R


def _rows(filename):
    text = resources.files("mou_extract").joinpath("data", filename).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


# --------------------------------------------------------------------------- abbreviations

def test_abbreviations_parse_every_line():
    rows = _rows("abbreviations.tsv")
    table = R.abbreviations()
    assert len(table) == len(rows)
    for line in rows:
        abbr, expansion, mode = line.split("\t")
        assert table[abbr] == (expansion, mode)
        assert mode in ("expand", "keep")
        assert abbr == abbr.strip() and expansion == expansion.strip()


@pytest.mark.parametrize(
    "abbr, expansion, mode",
    [
        ("Sekda", "Sekretaris Daerah", "expand"),
        ("Setda", "Sekretariat Daerah", "expand"),
        ("Setdakab", "Sekretariat Daerah Kabupaten", "expand"),
        ("Setdaprov", "Sekretariat Daerah Provinsi", "expand"),
        ("Setdakot", "Sekretariat Daerah Kota", "expand"),
        ("Setkab", "Sekretariat Kabupaten", "expand"),
        ("Pj", "Penjabat", "expand"),
        ("Plt", "Pelaksana Tugas", "expand"),
        ("Plh", "Pelaksana Harian", "expand"),
        ("Kabag", "Kepala Bagian", "expand"),
        ("Kadis", "Kepala Dinas", "expand"),
        ("Kapolres", "Kepala Kepolisian Resor", "expand"),
        ("Kajari", "Kepala Kejaksaan Negeri", "expand"),
        ("Wabup", "Wakil Bupati", "expand"),
        ("Wawali", "Wakil Wali Kota", "expand"),
        ("Walikota", "Wali Kota", "expand"),
        ("Kominfo", "Komunikasi dan Informatika", "expand"),
        ("Diskominfo", "Dinas Komunikasi dan Informatika", "expand"),
        ("Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "expand"),
        ("Kesbangpol", "Kesatuan Bangsa dan Politik", "expand"),
        ("Kesra", "Kesejahteraan Rakyat", "expand"),
        ("Pemkab", "Pemerintah Kabupaten", "expand"),
        ("Pemkot", "Pemerintah Kota", "expand"),
        ("Pemprov", "Pemerintah Provinsi", "expand"),
        ("Kasi Datun", "Kepala Seksi Perdata dan Tata Usaha Negara", "expand"),
        ("Dirut", "Direktur Utama", "expand"),
        ("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "keep"),
        ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "keep"),
        ("BPPRD", "Badan Pengelola Pajak dan Retribusi Daerah", "keep"),
        ("Bappeda", "Badan Perencanaan Pembangunan Daerah", "keep"),
    ],
)
def test_abbreviation_entries(abbr, expansion, mode):
    assert R.abbreviations()[abbr] == (expansion, mode)


def test_abbreviation_lookup_ignores_case_and_dot():
    assert R.abbreviation("SEKDA") == ("Sekretaris Daerah", "expand")
    assert R.abbreviation("Pj.") == ("Penjabat", "expand")
    assert R.abbreviation("plt.") == ("Pelaksana Tugas", "expand")
    assert R.abbreviation("bpkad") == ("Badan Pengelolaan Keuangan dan Aset Daerah", "keep")
    assert R.abbreviation("Bupati") is None


def test_abbreviations_case_insensitively_unique():
    keys = [k.lower() for k in R.abbreviations()]
    assert len(keys) == len(set(keys))


# --------------------------------------------------------------------------- institutions

def test_institutions_parse_every_line():
    rows = _rows("institutions.tsv")
    entries = R.institutions()
    assert len(entries) == len(rows)
    forms = [e.form for e in entries]
    assert len(forms) == len(set(forms)), "duplicate form"
    for e in entries:
        assert e.kind in ("national_institution", "enterprise", "university", "other")
        assert e.place in ("no", "optional", "required")
        assert e.place_style in ("", "bare", "level", "name")
        assert (e.place == "no") == (e.place_style == "")
        assert e.form and e.canonical and e.form == e.form.strip()
    # longest form first, for greedy matching
    assert [len(e.form) for e in entries] == sorted((len(e.form) for e in entries), reverse=True)


def _entry(form):
    hits = [e for e in R.institutions() if e.form == form]
    assert len(hits) == 1, form
    return hits[0]


@pytest.mark.parametrize(
    "form, canonical, kind, place",
    [
        ("Kejaksaan Negeri", "Kejaksaan Negeri", "national_institution", "required"),
        ("Kejari", "Kejaksaan Negeri", "national_institution", "required"),
        ("Kejati", "Kejaksaan Tinggi", "national_institution", "required"),
        ("Polres", "Kepolisian Resor", "national_institution", "required"),
        ("Polda", "Kepolisian Daerah", "national_institution", "required"),
        ("BPS", "Badan Pusat Statistik", "national_institution", "optional"),
        ("BNNK", "Badan Narkotika Nasional", "national_institution", "required"),
        ("BNNP", "Badan Narkotika Nasional", "national_institution", "required"),
        ("Pengadilan Agama", "Pengadilan Agama", "national_institution", "required"),
        ("PA", "Pengadilan Agama", "national_institution", "required"),
        ("PN", "Pengadilan Negeri", "national_institution", "required"),
        ("Kantor Pertanahan", "Kantor Pertanahan", "national_institution", "required"),
        ("Kemenag", "Kementerian Agama", "national_institution", "optional"),
        ("Kantor Imigrasi", "Kantor Imigrasi", "national_institution", "required"),
        ("KPK", "Komisi Pemberantasan Korupsi", "national_institution", "no"),
        ("Ombudsman RI", "Ombudsman Republik Indonesia", "national_institution", "optional"),
        ("ORI", "Ombudsman Republik Indonesia", "national_institution", "optional"),
        ("Kodim", "Komando Distrik Militer", "national_institution", "required"),
        ("TNI", "Tentara Nasional Indonesia", "national_institution", "no"),
        ("Polri", "Kepolisian Negara Republik Indonesia", "national_institution", "no"),
        ("BPJS Kesehatan", "BPJS Kesehatan", "enterprise", "optional"),
        ("BPJS Ketenagakerjaan", "BPJS Ketenagakerjaan", "enterprise", "optional"),
        ("Bank Nagari", "PT Bank Pembangunan Daerah Sumatera Barat", "enterprise", "optional"),
        ("Bank Kalsel", "PT Bank Pembangunan Daerah Kalimantan Selatan", "enterprise", "optional"),
        ("BRI", "PT Bank Rakyat Indonesia", "enterprise", "optional"),
        ("PT", "PT", "enterprise", "required"),
        ("Perumda", "Perusahaan Umum Daerah", "enterprise", "required"),
        ("PDAM", "Perusahaan Daerah Air Minum", "enterprise", "required"),
        ("Universitas", "Universitas", "university", "required"),
        ("IAIN", "IAIN", "university", "required"),
        ("Politeknik", "Politeknik", "university", "required"),
        ("Unsil", "Universitas Siliwangi", "university", "no"),
        ("DPRD", "DPRD", "other", "required"),
    ],
)
def test_institution_entries(form, canonical, kind, place):
    e = _entry(form)
    assert (e.canonical, e.kind, e.place) == (canonical, kind, place)


def test_place_styles_match_how_offices_are_named():
    assert _entry("Kejari").place_style == "bare"  # Kejaksaan Negeri Poso
    assert _entry("Polres").place_style == "bare"  # Kepolisian Resor Jayawijaya
    assert _entry("BPS").place_style == "level"  # Badan Pusat Statistik Kabupaten Bireuen
    assert _entry("BNNK").place_style == "level"  # Badan Narkotika Nasional Kota Singkawang
    assert _entry("Kantor Pertanahan").place_style == "level"  # Kantor Pertanahan Kabupaten Sinjai
    assert _entry("DPRD").place_style == "level"  # DPRD Kabupaten Barito Kuala
    assert _entry("PT").place_style == "name"


def test_loaders_are_cached():
    assert R.institutions() is R.institutions()
    assert R.abbreviations() is R.abbreviations()


# --------------------------------------------------------------------------- data files

def test_every_data_file_is_read_by_the_code():
    """A lexicon nobody reads is dead data; a renamed file would be silently ignored."""
    src = resources.files("mou_extract")
    code = "".join(p.read_text(encoding="utf-8") for p in src.iterdir() if p.name.endswith(".py"))
    names = [p.name for p in src.joinpath("data").iterdir() if not p.name.startswith(".")]
    assert names
    assert [n for n in names if f'"{n}"' not in code and f"data/{n}" not in code] == []


def test_english_lower_case_titles_have_known_classes():
    rows = [ln.split("\t") for ln in _rows("en_lower_titles.tsv")]
    assert rows and all(len(r) == 3 for r in rows)
    assert {cls for _, _, cls in rows} <= {"prefix", "region_head", "region_deputy", "secretary", "head", "official"}
    assert all(word == word.lower() and title[:1].isupper() for word, title, _ in rows)
