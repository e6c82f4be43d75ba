"""Shapes of real signing news beyond the dev set (made-up articles, real regions).

Each test pins a failure found on hand-written articles in the shapes of real outlets:
regional offices of national agencies, venues named after a regency with the capital
town as dateline, evaluations of old agreements, police ranks, English wire stories.
"""
from mou_extract import extract_text
from mou_extract import parties as P


def _parties(text):
    return [(p.name, p.kind) for p in P.find_parties(text, 0, len(text), None)]


def _one(text, **kw):
    rec = extract_text(text, id="t", **kw)
    assert rec.is_signing
    assert len(rec.signings) == 1
    return rec.signings[0]


# --- parties ----------------------------------------------------------------------------

def test_level_style_agency_keeps_written_provinsi():
    # "BNN Provinsi Jambi" is the official name; dropping "Provinsi" made it unmatched
    assert _parties("Kepala BNN Provinsi Jambi Hendra Kusuma") == [
        ("Badan Narkotika Nasional Provinsi Jambi", "national_institution")]
    assert _parties("BPS Provinsi Gorontalo dan") == [("Badan Pusat Statistik Provinsi Gorontalo", "national_institution")]
    # a regency keeps its level word as before
    assert _parties("BPS Kabupaten Bireuen") == [("Badan Pusat Statistik Kabupaten Bireuen", "national_institution")]


def test_agency_regional_office_with_perwakilan():
    found = _parties("Badan Pengawasan Keuangan dan Pembangunan (BPKP) Perwakilan Provinsi Kalimantan Utara menandatangani")
    assert found == [("Badan Pengawasan Keuangan dan Pembangunan Perwakilan Provinsi Kalimantan Utara", "national_institution")]
    assert _parties("Kepala BPKP Perwakilan Kaltara, Bambang") == found


def test_kanwil_written_in_full_is_one_party():
    text = """Pemkab Sumbawa dan Kemenkumham NTB Teken Kesepakatan Bersama

SUMBAWA BESAR - Pemerintah Kabupaten Sumbawa dan Kantor Wilayah Kementerian Hukum dan HAM Nusa Tenggara Barat menandatangani kesepakatan bersama tentang pembentukan desa sadar hukum, Rabu (25/10/2023), di Aula H. Hasan Usman, Sumbawa Besar.

Kesepakatan ditandatangani oleh Bupati Sumbawa H. Mahmud Abdullah dan Kepala Kanwil Kemenkumham NTB Romi Yudianto.
"""
    sg = _one(text)
    assert [p.name for p in sg.parties] == [
        "Pemerintah Kabupaten Sumbawa",
        "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Nusa Tenggara Barat"]
    # a city at the end of the sentence loses the full stop
    assert (sg.venue.name, sg.venue.city) == ("Aula H. Hasan Usman", "Sumbawa Besar")
    assert [s.name for s in sg.signatories] == ["Mahmud Abdullah", "Romi Yudianto"]


def test_english_district_government_is_a_party():
    text = ("The Gianyar District Government signed a memorandum of understanding (MoU) with the "
            "Ombudsman RI Bali office on Tuesday (Feb 27, 2024) to improve public services.")
    assert ("Pemerintah Kabupaten Gianyar", "regional_government") in _parties(text)
    assert _parties("the Badung Regency administration and the Bali Provincial Government") == [
        ("Pemerintah Kabupaten Badung", "regional_government"), ("Pemerintah Provinsi Bali", "regional_government")]


# --- venues -----------------------------------------------------------------------------

LOTIM = """Lotim Teken Nota Kesepakatan dengan Ombudsman NTB

{dateline} - Pemerintah Kabupaten Lombok Timur menandatangani nota kesepakatan dengan Ombudsman RI Perwakilan Nusa Tenggara Barat, Rabu (22/1/2025), di Ruang Rapat Bupati Lombok Timur.

Nota kesepakatan ditandatangani Bupati Lombok Timur Lalu Hamdan Wirasakti dan Kepala Ombudsman RI Perwakilan NTB Dewi Sartika Amalia.
"""


def test_venue_city_is_dateline_town_inside_the_regency():
    sg = _one(LOTIM.format(dateline="SELONG, lombokpost.net –"))
    assert sg.venue.name == "Ruang Rapat Bupati Lombok Timur"
    assert sg.venue.city == "Selong"  # the regency's seat, a kecamatan of Lombok Timur


def test_venue_city_ignores_dateline_outside_the_regency():
    # filed from Mataram: the regent's office is in the regency's seat (data/region_seats.tsv)
    sg = _one(LOTIM.format(dateline="MATARAM"))
    assert sg.venue.city == "Selong"


def test_governor_office_venue_takes_capital_dateline():
    text = """TANJUNG SELOR – Pemerintah Provinsi Kalimantan Utara dan BPKP Perwakilan Kaltara menandatangani nota kesepakatan, Selasa (30/4/2024), di Ruang Rapat Gubernur Kaltara.

Gubernur Kaltara Zainal Arifin Paliwang menandatangani nota kesepakatan bersama Kepala BPKP Perwakilan Kaltara, Bambang Setiawan.
"""
    sg = _one(text)
    assert (sg.venue.name, sg.venue.city) == ("Ruang Rapat Gubernur Kaltara", "Tanjung Selor")
    assert [p.name for p in sg.parties][1] == "Badan Pengawasan Keuangan dan Pembangunan Perwakilan Provinsi Kalimantan Utara"


def test_baruga_is_a_venue():
    text = ("GOWA - Kantor Pertanahan Kabupaten Gowa menandatangani perjanjian kerja sama dengan Pemerintah "
            "Kabupaten Gowa, Kamis (8/8/2024), di Baruga Karaeng Pattingalloang, Sungguminasa.")
    sg = _one(text)
    assert (sg.venue.name, sg.venue.city) == ("Baruga Karaeng Pattingalloang", "Sungguminasa")


# --- is_signing ---------------------------------------------------------------------------

def test_evaluation_of_an_old_agreement_is_not_a_signing():
    text = """Ombudsman Evaluasi Pelaksanaan Nota Kesepakatan dengan Pemkab Sikka

MAUMERE - Ombudsman RI Perwakilan NTT melakukan evaluasi atas pelaksanaan nota kesepakatan yang ditandatangani bersama Pemerintah Kabupaten Sikka pada 2023 lalu.

Kepala Ombudsman NTT Darius Beda mengatakan, sejak nota kesepakatan itu diteken, jumlah laporan masyarakat yang diselesaikan meningkat. Evaluasi digelar di Kantor Bupati Sikka, Kamis (16/10/2025).
"""
    rec = extract_text(text, id="t")
    assert rec.is_signing is False
    assert rec.signings == []


def test_earlier_year_in_clause_needs_publication_year_to_be_past():
    base = ("KUPANG - Ombudsman RI Perwakilan NTT menilai nota kesepakatan yang ditandatangani bersama "
            "Pemkab Kupang pada {y} berjalan baik.")
    assert extract_text(base.format(y="2022"), id="t", published="2025-05-01").is_signing is False
    assert extract_text(base.format(y="2025"), id="t", published="2025-05-01").is_signing is True
    # an older year far from the verb dates something else
    far = ("KUPANG - Pemerintah Kabupaten Kupang menandatangani nota kesepakatan dengan Ombudsman RI Perwakilan "
           "NTT untuk menindaklanjuti hasil penilaian kepatuhan pada 2024.")
    assert extract_text(far, id="t", published="2025-05-01").is_signing is True


# --- people -------------------------------------------------------------------------------

def test_police_ranks_and_expanded_police_titles():
    text = ("JAMBI - Bupati Muaro Jambi Bambang Irawan dan Kepala BNN Provinsi Jambi Brigjen Pol Hendra Kusuma "
            "menandatangani nota kesepahaman di Aula Kantor Bupati Muaro Jambi, Kamis (10/7/2025). Turut hadir "
            "Kapolda Jambi Irjen Pol. Rusdi Hartono dan Kapolres Muaro Jambi AKBP Heri Susanto.")
    sg = _one(text)
    assert [(s.name, s.role) for s in sg.signatories] == [
        ("Bambang Irawan", "Bupati Muaro Jambi"),
        ("Hendra Kusuma", "Kepala Badan Narkotika Nasional Provinsi Jambi")]
    assert [(a.name, a.role) for a in sg.attendees] == [
        ("Rusdi Hartono", "Kepala Kepolisian Daerah Jambi"),
        ("Heri Susanto", "Kepala Kepolisian Resor Muaro Jambi")]


def test_enterprise_officer_keeps_the_written_company_name():
    text = ("BANGKO - PT Bank Pembangunan Daerah Jambi (Bank Jambi) dan Pemerintah Kabupaten Merangin "
            "menandatangani perjanjian kerja sama layanan kas daerah, Rabu (2/10/2024). Perjanjian diteken "
            "Direktur Utama Bank Jambi Khairul Anwar dan Pj Bupati Merangin Mukti Wibowo.")
    sg = _one(text)
    assert [(s.name, s.role, s.party) for s in sg.signatories] == [
        ("Khairul Anwar", "Direktur Utama Bank Jambi", "PT Bank Pembangunan Daerah Jambi"),
        ("Mukti Wibowo", "Penjabat Bupati Merangin", "Pemerintah Kabupaten Merangin")]


# --- scope --------------------------------------------------------------------------------

def test_scope_after_mengatur():
    text = ("BATAUGA - Penjabat Bupati Buton Selatan La Ode Budiman menandatangani nota kesepahaman dengan "
            "Kepala BPS Kabupaten Buton Selatan Irwan Saleh, Kamis (13/2/2025). Nota kesepahaman itu mengatur "
            "pertukaran data statistik sektoral dan pembinaan statistik bagi perangkat daerah.")
    sg = _one(text)
    assert [s.label for s in sg.scope] == ["data_exchange", "capacity_building"]
