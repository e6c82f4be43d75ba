"""Shapes found with the second written variety set (tests/corpus/variety2): national
bodies, state companies' units, universities and hospitals, schools, villages, foreign
partners, witnesses, military units, court reports and opinion columns."""
from pathlib import Path

import pytest

from mou_extract import extract_text
from mou_extract.parties import find_parties
from mou_extract.scope import find_scope
from variety_helpers import people as _people

HERE = Path(__file__).resolve().parent / "corpus" / "variety2"


def _read(stem: str) -> str:
    # bytes, so that the CRLF line endings of v01 reach the pipeline as written
    return (HERE / f"{stem}.txt").read_bytes().decode("utf-8")


def _rec(stem: str):
    return extract_text(_read(stem), id=stem)


def _parties(s: str):
    return [(p.name, p.kind) for p in find_parties(s, 0, len(s))]


# --- people -------------------------------------------------------------------------


def test_minister_and_ministry_subject_words():
    got = _people("Penandatanganan dilakukan oleh Menteri Pariwisata dan Ekonomi Kreatif Wiratno Adisasmito "
                  "dan Gubernur NTB Lalu Gde Mahardika di Hotel Lombok Raya.")
    assert ("Wiratno Adisasmito", "Menteri", "Pariwisata dan Ekonomi Kreatif", "signer") in got


def test_faculty_role_reaches_the_university():
    got = _people("Perjanjian ditandatangani Dekan Fakultas Kedokteran Universitas Udayana Dr. dr. I Gusti "
                  "Ngurah Mahaputra Wibawa, Sp.PD. dan Direktur RSUD Klungkung dr. Ni Luh Putu Eka Suryani.")
    assert got[0][:3] == ("I Gusti Ngurah Mahaputra Wibawa", "Dekan", "Fakultas Kedokteran Universitas Udayana")
    assert got[1][:3] == ("Ni Luh Putu Eka Suryani", "Direktur", "RSUD Klungkung")


def test_short_university_name_before_honorifics():
    got = _people("Nota kesepahaman ditandatangani oleh Rektor Unand Prof. Dr. Ir. H. Syafrizal Hakim, M.Sc., IPU "
                  "dan Rektor Undana Prof. Dr. drh. Maxs Urias Ebenhaizer Sanam, M.Sc.")
    assert [(n, o) for n, _t, o, _c in got] == [("Syafrizal Hakim", "Unand"), ("Maxs Urias Ebenhaizer Sanam", "Undana")]


def test_hospital_named_after_a_doctor():
    got = _people("Nota ditandatangani Direktur Utama RSUP Dr. M. Djamil dr. Hj. Rosmawati Nasution, Sp.PD., M.Kes. kemarin.")
    assert got[0][:3] == ("Rosmawati Nasution", "Direktur Utama", "RSUP Dr. M. Djamil")


def test_military_ranks_and_numbered_units():
    got = _people("Penandatanganan dilakukan oleh Komandan Kodim 0809/Kediri Letkol Inf Arif Budi Santoso "
                  "dan Kepala BNPB Letjen TNI Suharyanto Wibisono.")
    assert got[0][:3] == ("Arif Budi Santoso", "Komandan", "Kodim 0809/Kediri")
    assert got[1][:3] == ("Suharyanto Wibisono", "Kepala", "BNPB")


def test_school_head_with_number_and_honorifics():
    got = _people("Perjanjian ditandatangani Kepala SMK Negeri 2 Malang Dra. Ny. Sri Wahyuningsih, M.Pd. kemarin.")
    assert got[0][:3] == ("Sri Wahyuningsih", "Kepala", "SMK Negeri 2 Malang")


def test_company_unit_in_role():
    got = _people("Nota kesepahaman diteken Regional Head Pelindo Regional 4 Abdul Azis dan Wali Kota Makassar X.")
    assert got[0][:3] == ("Abdul Azis", "Regional Head", "Pelindo Regional 4")


def test_malaysian_titles():
    got = _people("Nota ditandatangani Naib Canselor UKM Prof. Dato' Dr. Zaleha Abdul Rahman.")
    assert got[0][:3] == ("Zaleha Abdul Rahman", "Naib Canselor", "UKM")


def test_menyaksikan_after_the_name_is_a_witness():
    got = _people("Gubernur Sulawesi Selatan Andi Sudirman Sulaiman turut menyaksikan penandatanganan tersebut.")
    assert got[0][0] == "Andi Sudirman Sulaiman" and got[0][3] == "attendee"
    got = _people("Menteri Dalam Negeri Hadi Santoso menyaksikan penandatanganan nota kesepakatan itu.")
    assert got[0][:2] == ("Hadi Santoso", "Menteri") and got[0][3] == "attendee"


# --- parties ------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("PT PLN (Persero) Unit Induk Distribusi Jawa Timur menandatangani",
     ("PT PLN (Persero) Unit Induk Distribusi Jawa Timur", "enterprise")),
    ("PT Pelabuhan Indonesia (Persero) Regional 4 dan Pemkot",
     ("PT Pelabuhan Indonesia (Persero) Regional 4", "enterprise")),
    ("BPJS Ketenagakerjaan Kantor Wilayah Bali Nusra Papua menandatangani",
     ("BPJS Ketenagakerjaan Kantor Wilayah Bali Nusra Papua", "enterprise")),
    ("Komando Distrik Militer (Kodim) 0809/Kediri dan Pemerintah",
     ("Komando Distrik Militer 0809/Kediri", "national_institution")),
    ("Otoritas Jasa Keuangan (OJK) Provinsi Sumatera Utara, Pemerintah",
     ("Otoritas Jasa Keuangan Provinsi Sumatera Utara", "national_institution")),
    ("SMK Negeri 2 Malang menandatangani", ("SMK Negeri 2 Malang", "other")),
    ("dengan Universiti Kebangsaan Malaysia (UKM) secara daring", ("Universiti Kebangsaan Malaysia", "university")),
    ("dan Rumah Sakit Umum Pusat (RSUP) Dr. M. Djamil Padang menandatangani",
     ("Rumah Sakit Umum Pusat Dr. M. Djamil Padang", "national_institution")),
    ("antara Direktorat Jenderal Bina Pembangunan Daerah Kementerian Dalam Negeri dan",
     ("Direktorat Jenderal Bina Pembangunan Daerah Kementerian Dalam Negeri", "national_institution")),
    ("dengan PT Bank Pembangunan Daerah Sulawesi Selatan dan Sulawesi Barat (Bank Sulselbar) tentang",
     ("PT Bank Pembangunan Daerah Sulawesi Selatan dan Sulawesi Barat", "enterprise")),
])
def test_institution_names(text, expected):
    assert _parties(text)[0] == expected


def test_villages_carry_the_level_word_and_stay_villages():
    got = _parties("Pemerintah Desa Karangnangka, Desa Kebumen dan Desa Pandak menandatangani perjanjian")
    assert got == [("Pemerintah Desa Karangnangka", "other"), ("Pemerintah Desa Kebumen", "other"),
                   ("Pemerintah Desa Pandak", "other")]


def test_foreign_city_by_its_country():
    got = _parties("Pemerintah Kota Surabaya dan Pemerintah Kota Kitakyushu, Jepang, menandatangani")
    assert got == [("Pemerintah Kota Surabaya", "regional_government"), ("Pemerintah Kota Kitakyushu", "other")]


def test_service_after_a_rank_is_no_party():
    assert _parties("Kepala BNPB Letjen TNI Suharyanto") == [("Badan Nasional Penanggulangan Bencana", "national_institution")]


# --- whole articles -----------------------------------------------------------------


def test_witnesses_are_attendees_and_their_governments_no_parties():
    r = _rec("v24")  # "Gubernur Sulawesi Selatan ... turut menyaksikan penandatanganan"
    s = r.signings[0]
    assert [p.name for p in s.parties] == ["PT Pelabuhan Indonesia (Persero) Regional 4", "Pemerintah Kota Makassar"]
    assert [p.name for p in s.attendees] == ["Andi Sudirman Sulaiman"]
    assert {p.name for p in s.signatories} == {"Abdul Azis", "Mohammad Ramdhan Pomanto"}
    r = _rec("v22")  # "Menteri Dalam Negeri X menyaksikan penandatanganan ... antara A dan B"
    s = r.signings[0]
    assert [p.name for p in s.attendees] == ["Hadi Santoso"]
    assert len(s.parties) == 2  # "Kemendagri" of the Dirjen's title is inside the directorate's name


def test_hospital_director_signs_for_the_regency():
    s = _rec("v18").signings[0]
    assert {(p.name, p.party) for p in s.signatories} == {
        ("I Gusti Ngurah Mahaputra Wibawa", "Universitas Udayana"),
        ("Ni Luh Putu Eka Suryani", "Pemerintah Kabupaten Klungkung")}
    assert [p.name for p in s.attendees] == ["I Nyoman Suwirta", "Anak Agung Ayu Ratna Dewi"]
    assert s.venue.name == "Ruang Rapat RSUD Klungkung"  # after "Sp.PD." the sentence goes on


def test_village_heads_sign_for_villages():
    s = _rec("v09").signings[0]
    assert "Pemerintah Kabupaten Kebumen" not in {p.name for p in s.parties}
    assert {(p.name, p.role) for p in s.signatories} >= {("Sugeng Riyadi", "Kepala Desa Karangnangka"),
                                                         ("Warsini", "Kepala Desa Kebumen"),
                                                         ("Tarsono", "Kepala Desa Pandak")}


def test_signer_short_forms_merge_into_full_party_names():
    assert [p.name for p in _rec("v19").signings[0].parties][0] == "BPJS Ketenagakerjaan Kantor Wilayah Bali Nusra Papua"
    assert len(_rec("v19").signings[0].parties) == 13
    assert [p.name for p in _rec("v03").signings[0].parties] == [
        "Kantor Perwakilan Bank Indonesia Provinsi Sulawesi Tengah", "Pemerintah Kota Palu"]
    assert [p.name for p in _rec("v04").signings[0].parties] == [
        "PT PLN (Persero) Unit Induk Distribusi Jawa Timur", "Pemerintah Kabupaten Sidoarjo"]


def test_court_report_and_opinion_column_are_no_signings():
    assert _rec("v11").is_signing is False  # a verdict about an MoU "ditandatangani ... pada 2019"
    assert _rec("v14").is_signing is False  # "OPINI: ..." / "*Penulis adalah dosen ..."


def test_story_after_a_bare_image_file_name_is_body():
    # "IMG_20240613_101522.jpg" then "Bambang mengatakan kerja sama ini juga mencakup ..."
    s = _rec("v04").signings[0]
    assert {h.label for h in s.scope} == {"data_exchange", "other"}


def test_venue_without_a_place_takes_the_dateline_town():
    assert _rec("v16").signings[0].venue.city == "Kupang"   # "Aula Rektorat Undana", KUPANG
    assert _rec("v04").signings[0].venue.city == "Sidoarjo"  # "Pendopo Delta Wibawa", SIDOARJO
    assert _rec("v05").signings[0].venue.city == "Makassar"  # ", Kampus Unhas Tamalanrea" is no city
    assert _rec("v08").signings[0].venue is None             # secara daring


def test_unlabelled_item_after_a_labelled_one():
    t = ("Kerja sama ini mencakup integrasi data kesehatan, peningkatan kompetensi tenaga kesehatan "
         "puskesmas dan penguatan sistem rujukan.")
    others = [h.text for h in find_scope(t) if h.label == "other" and h.cue]
    assert any(x.startswith("sistem rujukan") for x in others)
