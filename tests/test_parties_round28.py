"""Round 28 (parties helper): a regional office's area of several provinces after a
national body is no province's office (the body itself); a branch word written before
the body ("Kantor Cabang BPJS Ketenagakerjaan X") or after the town in English copy ("BPJS
Kesehatan X branch") names the branch "BPJS ... Cabang X"; the journalists' association
(PWI) and the PKK movement written out ("Tim Penggerak PKK") are bodies of their own, not
their region's government; the BKKBN's provincial office keeps the acronym as written
and its level word ("Kepala Perwakilan BKKBN Jawa Tengah": "BKKBN Provinsi Jawa Tengah");
the portfolio an English university title names ("Deputy
Vice-Chancellor Global Partnerships") is no part of the university's name."""
from variety_helpers import article, first_signing
from variety_helpers import party_names as names


# --- a regional office's area of several provinces ------------------------------------------

def test_an_area_of_several_provinces_after_a_national_body_is_the_body():
    s = ("Perjanjian diteken Wali Kota Mataram dan Kepala Kantor Wilayah BPJS Ketenagakerjaan "
         "Bali Nusa Tenggara Papua, Made Sudarsana.")
    assert names(s) == ["Pemerintah Kota Mataram", "BPJS Ketenagakerjaan"]
    s = "Deputi Direktur Wilayah BPJS Kesehatan Bali Nusra Papua hadir dalam acara itu."
    assert names(s) == ["BPJS Kesehatan"]
    # (the rule needs a second province after the first)
    assert names("Kepala BPJS Kesehatan Jawa Tengah Budi Santoso hadir.") == ["BPJS Kesehatan Jawa Tengah"]


# --- the branch word before the body, or after the town in English ----------------------------

def test_branch_office_word_before_the_body_names_the_branch():
    s = "Perjanjian diteken Bupati Brebes dan Kepala Kantor Cabang BPJS Kesehatan Tegal, Rina Wati."
    assert names(s) == ["Pemerintah Kabupaten Brebes", "BPJS Kesehatan Cabang Tegal"]
    # (written after the body as usual, the branch is read as before)
    s = "Kepala BPJS Kesehatan Cabang Tegal Rina Wati menandatangani dokumen itu."
    assert names(s) == ["BPJS Kesehatan Cabang Tegal"]


def test_english_branch_after_the_town_names_the_branch():
    s = "Regent Ahmad Yani and BPJS Ketenagakerjaan Madiun branch head Dewi Lestari signed the deal."
    assert "BPJS Ketenagakerjaan Cabang Madiun" in names(s)


# --- associations named by their region ---------------------------------------------------------

def test_journalists_association_of_a_province_is_no_provincial_government():
    s = ("Bank Kalbar dan Persatuan Wartawan Indonesia (PWI) Provinsi Kalimantan Barat "
         "menandatangani nota kesepahaman uji kompetensi wartawan.")
    got = names(s)
    assert "Persatuan Wartawan Indonesia Provinsi Kalimantan Barat" in got
    assert "Pemerintah Provinsi Kalimantan Barat" not in got
    assert names("Ketua PWI Kabupaten Banyumas hadir.") == ["Persatuan Wartawan Indonesia Kabupaten Banyumas"]


def test_pkk_movement_written_out_is_no_regency_government():
    s = "Tim Penggerak PKK Kabupaten Kendal dan Universitas Diponegoro menandatangani nota kesepahaman."
    got = names(s)
    assert got[0] == "Tim Penggerak PKK Kabupaten Kendal"
    assert "Pemerintah Kabupaten Kendal" not in got


# --- the BKKBN's provincial office ----------------------------------------------------------------

def test_bkkbn_provincial_office_keeps_the_acronym_and_the_level_word():
    s = "Nota diteken Kepala Perwakilan BKKBN Provinsi Sulawesi Barat, Rahmawati."
    assert names(s) == ["BKKBN Provinsi Sulawesi Barat"]
    # (without the level word, the provincial office all the same)
    assert names("Kepala Perwakilan BKKBN Sulawesi Barat, Rahmawati.") == ["BKKBN Provinsi Sulawesi Barat"]


def test_bkkbn_signing_reads_the_office_and_its_head_role():
    text = article(
        "PKK dan BKKBN Sulbar Sepakati Pendampingan Keluarga",
        "MAMUJU – Tim Penggerak PKK Kabupaten Mamuju dan Perwakilan BKKBN Provinsi Sulawesi Barat "
        "menandatangani nota kesepahaman percepatan penurunan stunting, Senin (14/4/2025), di Aula "
        "Kantor Bupati Mamuju.",
        "Nota kesepahaman diteken Ketua TP PKK Kabupaten Mamuju, Ny. Sitti Aminah, dan Kepala "
        "Perwakilan BKKBN Sulawesi Barat, Dra. Rahmawati Yusuf, M.Si.",
    )
    sg = first_signing(text)
    got = [p.name for p in sg.parties]
    assert "BKKBN Provinsi Sulawesi Barat" in got
    assert "Pemerintah Kabupaten Mamuju" not in got
    role = next(p.role for p in sg.signatories if p.name == "Rahmawati Yusuf")
    assert role == "Kepala Perwakilan BKKBN Provinsi Sulawesi Barat"


# --- an English university title's portfolio -------------------------------------------------------

def test_portfolio_of_an_english_title_is_no_part_of_the_university():
    s = ("Rektor Universitas Mataram meneken dokumen bersama Deputy Vice-Chancellor Global "
         "Partnerships Flinders University, Prof. Jane Smith.")
    assert names(s)[-1] == "Flinders University"
    s = "Pro Vice-Chancellor Research and Innovation Monash University hadir."
    assert names(s) == ["Monash University"]
    # (no portfolio noun ends the words after the title: they are the name)
    assert names("President International Christian University hadir.") == ["International Christian University"]
