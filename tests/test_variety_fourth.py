"""Shapes of the fourth round: English titles written in lower case after the institution
("X office head Y", "the head of the X branch, Y"), English titles followed by the unit's
number ("Regional Head 2 Pelindo"), and military commanders whose title contains the
unit ("Danrem 081/Dhirotsaha Jaya", "Dandim 0803/Madiun"). Sentences written for these
tests; none comes from a corpus article."""
from variety_helpers import people as _people, first_signing as _signing


def _by_name(people):
    return {p.name: p for p in people}


# --- English titles in lower case ------------------------------------------------------

def test_lowercase_title_after_institution_is_a_role():
    ms = _people("The MoU was signed by Ombudsman RI Bali office head Wayan Suarjana and "
                 "Gianyar Regent Made Mahayastra.")
    assert ("Wayan Suarjana", "Head of the", "Ombudsman RI Bali office", "signer") in ms


def test_branch_head_after_company_is_a_role():
    ms = _people("Also present was BPJS Kesehatan branch head Putu Eka Wirawan.")
    assert ("Putu Eka Wirawan", "Head of the", "BPJS Kesehatan branch") in [(n, t, o) for n, t, o, _ in ms]
    assert not any(n and "BPJS" in n for n, _, _, _ in ms)


def test_sentence_opener_is_not_part_of_the_institution():
    ms = _people("The Bank Indonesia regional office chief Agus Salim said the data would be shared.")
    assert [(n, o) for n, _, o, _ in ms] == [("Agus Salim", "Bank Indonesia regional office")]


def test_head_of_the_unit_in_apposition():
    ms = _people("Buleleng Regent Nyoman Sutjidra and the head of the BPJS Kesehatan Singaraja branch, "
                 "Ni Luh Gede Ayu Kartini, signed the MoU.")
    got = {n: (t, o, c) for n, t, o, c in ms}
    assert got["Ni Luh Gede Ayu Kartini"] == ("Head of the", "BPJS Kesehatan Singaraja branch", "signer")
    assert got["Nyoman Sutjidra"][0] == "Regent"


def test_head_of_without_comma_ends_at_the_unit_word():
    ms = _people("The deal was signed by the head of the Ombudsman RI Papua office Yohanes Wenda.")
    assert ("Yohanes Wenda", "Head of the", "Ombudsman RI Papua office", "signer") in ms


def test_possessive_is_dropped_from_the_unit():
    ms = _people("Also present was the head of Buleleng's health office, Ketut Darma Suyasa.")
    assert ("Ketut Darma Suyasa", "Head of the", "Buleleng health office") in [(n, t, o) for n, t, o, _ in ms]


def test_head_of_a_place_alone_is_not_a_person():
    # "head of state" and a region without a name after it give no person
    assert _people("The head of the Badung administration said the plan was ready.") == []


_EN = ("SINGARAJA, Bali — The Buleleng Regency administration and the Ombudsman RI Bali office signed a "
       "memorandum of understanding on Tuesday, May 6, 2025, at the Buleleng regent's office. "
       "The MoU was signed by Buleleng Regent Nyoman Sutjidra and Ombudsman RI Bali office head "
       "Wayan Suarjana. Also present was the head of Buleleng's health office, Ketut Darma Suyasa. "
       "The agreement covers the exchange of data and information.")


def test_english_article_office_head_is_signatory_with_the_institution_as_party():
    s = _signing(_EN)
    sig = _by_name(s.signatories)
    assert set(sig) == {"Nyoman Sutjidra", "Wayan Suarjana"}
    assert sig["Wayan Suarjana"].role == "Head of the Ombudsman RI Bali office"
    assert sig["Wayan Suarjana"].party == "Ombudsman RI Perwakilan Bali"
    att = _by_name(s.attendees)
    assert att["Ketut Darma Suyasa"].role == "Head of the Buleleng health office"
    assert att["Ketut Darma Suyasa"].party == "Pemerintah Kabupaten Buleleng"


# --- English titles with a number ------------------------------------------------------

def test_regional_head_with_number_before_company():
    ms = _people("Perjanjian ditandatangani Regional Head 2 Pelindo Adi Sugiri.")
    assert [(n, t, o) for n, t, o, _ in ms] == [("Adi Sugiri", "Regional Head", "2 Pelindo")]


def test_number_after_indonesian_title_is_not_taken():
    # "Kepala 2" is no unit; only English titles take the number that follows
    ms = _people("Bupati Sleman Kustini Sri Purnomo hadir bersama 2 Kepala Dinas.")
    assert ("Kustini Sri Purnomo", "Bupati", "Sleman", None) == ms[0][:3] + (None,)


def test_regional_head_with_number_is_signatory_of_the_regional_unit():
    s = _signing("BONTANG – PT Pupuk Kalimantan Timur dan PT Pelabuhan Indonesia (Persero) Regional 2 "
                 "menandatangani perjanjian kerja sama di Bontang, Selasa (14/5/2024). Perjanjian "
                 "ditandatangani Direktur Utama PT Pupuk Kalimantan Timur Rahmad Pribadi dan Regional Head 2 "
                 "Pelindo Adi Sugiri. Kerja sama meliputi pengelolaan dermaga.")
    sig = _by_name(s.signatories)
    assert sig["Adi Sugiri"].role.startswith("Regional Head 2")
    assert sig["Adi Sugiri"].party == "PT Pelabuhan Indonesia (Persero) Regional 2"


# --- military commanders ---------------------------------------------------------------

def test_danrem_with_unit_and_rank():
    ms = _people("Turut hadir Danrem 081/Dhirotsaha Jaya Kolonel Inf Deddy Setiawan.")
    assert [(n, t, o, c) for n, t, o, c in ms] == [
        ("Deddy Setiawan", "Komandan Korem", "081/Dhirotsaha Jaya", "attendee")]


def test_dandim_without_rank_takes_one_unit_word():
    ms = _people("Penandatanganan dilakukan oleh Dandim 0803/Madiun Agus Salim.")
    assert [(n, o) for n, _, o, _ in ms] == [("Agus Salim", "0803/Madiun")]


def test_commanders_in_an_article():
    s = _signing("MADIUN – Pemerintah Kota Madiun dan Kodim 0803/Madiun menandatangani nota kesepahaman di "
                 "Balai Kota Madiun, Rabu (5/6/2024). Penandatanganan dilakukan oleh Wali Kota Madiun Maidi "
                 "dan Dandim 0803/Madiun Letkol Inf Fanny Pantouw. Turut hadir Danrem 081/Dhirotsaha Jaya "
                 "Kolonel Inf Deddy Setiawan. Kerja sama meliputi pembangunan infrastruktur desa.")
    sig = _by_name(s.signatories)
    assert sig["Fanny Pantouw"].role == "Komandan Kodim 0803/Madiun"
    assert sig["Fanny Pantouw"].party == "Komando Distrik Militer 0803/Madiun"
    att = _by_name(s.attendees)
    assert att["Deddy Setiawan"].role == "Komandan Korem 081/Dhirotsaha Jaya"
