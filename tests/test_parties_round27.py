"""Round 27 (parties helper): the association whose national meeting a signing is held
beside is no party; the sides of an earlier agreement a signing follows up are no parties
when a word qualifies that agreement ("kesepakatan umum antara A dan B"); a tax office
named by its regency's seat town (a kelurahan) is read; the halal product assurance agency
(BPJPH) is a national body. Roles: a regional government unit's acronym is spelled out
when the article glosses it."""
from mou_extract import parties as P

from variety_helpers import article, first_signing
from variety_helpers import party_names as names


def _role_of(sg, name: str) -> str:
    return next(p.role for p in sg.signatories if p.name == name)


# --- the association hosting a national meeting ----------------------------------------------

def test_the_association_hosting_the_national_meeting_is_no_party():
    text = article(
        "Kabupaten Jepara dan Kabupaten Badung Teken Kerja Sama Ekonomi Kreatif",
        "DENPASAR - Pemerintah Kabupaten Jepara dan Pemerintah Kabupaten Badung menandatangani "
        "perjanjian kerja sama pengembangan ekonomi kreatif. Penandatanganan dilakukan di sela Rapat "
        "Kerja Nasional Asosiasi Pemerintah Kabupaten Seluruh Indonesia (Apkasi) di Hotel Grand Inna "
        "Kuta, Rabu (9/7/2025).",
        "Perjanjian diteken Bupati Jepara Witiarso Utomo dan Bupati Badung Wayan Adi Arnawa.",
    )
    got = [p.name for p in first_signing(text).parties]
    assert "Asosiasi Pemerintah Kabupaten Seluruh Indonesia" not in got
    assert "Pemerintah Kabupaten Jepara" in got and "Pemerintah Kabupaten Badung" in got


# --- the sides of the earlier agreement, the agreement qualified --------------------------------

def test_sides_of_a_qualified_earlier_agreement_are_no_parties():
    s = ("Kerja sama ini menindaklanjuti nota kesepahaman induk antara Badan Pusat Statistik dan "
         "Kementerian Dalam Negeri yang diteken pada 2022.")
    assert "Kementerian Dalam Negeri" not in names(s)
    s = "Nota itu merupakan turunan dari kesepakatan umum antara Kementerian Pertanian dan Pemerintah Provinsi Riau."
    assert names(s) == []


def test_a_side_named_after_an_unqualified_agreement_word_stays():
    s = "Pemerintah Kota Dumai menjalin kesepakatan dengan Kementerian Dalam Negeri tentang data kependudukan."
    assert "Kementerian Dalam Negeri" in names(s)


# --- a tax office named by the regency's seat town ----------------------------------------------

def test_tax_office_named_by_a_seat_town_is_read():
    s = "Pemkab Gowa dan KPP Pratama Sungguminasa menandatangani perjanjian kerja sama."
    assert "Kantor Pelayanan Pajak Pratama Sungguminasa" in names(s)


# --- the halal product assurance agency ---------------------------------------------------------

def test_bpjph_is_a_national_body():
    s = ("Pemerintah Kota Batu dan Badan Penyelenggara Jaminan Produk Halal (BPJPH) menandatangani "
         "nota kesepahaman sertifikasi halal.")
    got = P.find_parties(s, 0, len(s), None)
    assert [(pm.name, pm.kind) for pm in got][-1] == ("Badan Penyelenggara Jaminan Produk Halal",
                                                        "national_institution")
    assert names("Kepala BPJPH Ahmad Haikal Hasan hadir.") == ["Badan Penyelenggara Jaminan Produk Halal"]


# --- roles: a glossed unit acronym spelled out ---------------------------------------------------

def test_unit_glosses_read_the_units_the_article_spells_out():
    t = ("Pemkab Klaten melalui Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) bekerja sama. "
         "Data Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) Klaten menunjukkan kenaikan. "
         "Ketua Dewan Perwakilan Rakyat Daerah (DPRD) Klaten hadir.")
    got = P.unit_glosses(t)
    assert got == {"DP3A": "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
                   "BPKAD": "Badan Pengelolaan Keuangan dan Aset Daerah"}


def test_a_role_spells_out_the_unit_the_article_glosses():
    text = article(
        "Pemkab Purbalingga dan Perumda Air Minum Tirta Perwira Teken PKS Sambungan Air",
        "PURBALINGGA - Pemerintah Kabupaten Purbalingga melalui Dinas Perumahan dan Kawasan Permukiman "
        "(Dinrumkim) menandatangani perjanjian kerja sama dengan Perumda Air Minum Tirta Perwira di "
        "Pendapa Dipokusumo, Kamis (6/11/2025).",
        "PKS diteken Kepala Dinrumkim Purbalingga Sigit Wibowo atas nama Bupati Purbalingga dan Direktur "
        "Utama Perumda Air Minum Tirta Perwira Agus Prasetyo.",
    )
    sg = first_signing(text)
    assert _role_of(sg, "Sigit Wibowo") == "Kepala Dinas Perumahan dan Kawasan Permukiman Kabupaten Purbalingga"


def test_a_role_keeps_the_acronym_the_article_never_spells_out():
    text = article(
        "Pemkab Purbalingga dan Perumda Air Minum Tirta Perwira Teken PKS Sambungan Air",
        "PURBALINGGA - Pemerintah Kabupaten Purbalingga menandatangani perjanjian kerja sama dengan "
        "Perumda Air Minum Tirta Perwira di Pendapa Dipokusumo, Kamis (6/11/2025).",
        "PKS diteken Kepala BPKAD Purbalingga Sigit Wibowo atas nama Bupati Purbalingga dan Direktur "
        "Utama Perumda Air Minum Tirta Perwira Agus Prasetyo.",
    )
    sg = first_signing(text)
    assert _role_of(sg, "Sigit Wibowo") == "Kepala BPKAD Kabupaten Purbalingga"
