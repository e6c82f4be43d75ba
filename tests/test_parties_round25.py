"""Round 25 (parties helper): port authorities (KSOP) and PLN by its full name are known
bodies; a unit named in full and then "atau" with its acronym is named with that acronym;
an acronym glossing a full name the list does not hold, then a level word and a place, is
that body's regional office (not the province); after a company's legal form a short form
in brackets may come before its branch ("Tbk (Bank X) Cabang Y"); a bank written short
with a town, where the article writes the company out in full and no unit of it, is the
company; a body's short form glossed after its full name is no second party and stands for
it later; the other side of an agreement told as a past one ("pernah punya MoU dengan X")
is no party."""
from mou_extract import parties as P


from variety_helpers import article_aliases as _article_aliases
from variety_helpers import party_names as names


# --- port authorities and PLN by their full names -------------------------------------------

def test_port_authority_with_its_class_and_port():
    s = ("Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas I Bitung dan Pemerintah Kota "
         "Bitung meneken nota kesepakatan penataan kawasan pelabuhan.")
    assert names(s) == ["Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas I Bitung", "Pemerintah Kota Bitung"]
    # the acronym alone, and the office's name before 2021
    assert names("Nota itu diteken Kepala KSOP Kelas III Kendari, Capt. Ahmad.") == \
        ["Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas III Kendari"]
    assert names("Kantor Syahbandar dan Otoritas Pelabuhan Kelas I Dumai menandatangani PKS.") == \
        ["Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas I Dumai"]


def test_pln_by_its_full_name():
    s = "Pemkab Badung dan PT Perusahaan Listrik Negara (Persero) Unit Induk Distribusi Bali meneken MoU."
    assert names(s) == ["Pemerintah Kabupaten Badung", "PT PLN (Persero) Unit Induk Distribusi Bali"]


# --- a unit named in full, then "atau" and its acronym --------------------------------------

def test_unit_named_with_the_acronym_given_after_atau():
    s = ("Pemerintah Kota Kupang dan PT Perusahaan Listrik Negara (Persero) Unit Pelaksana Pelayanan "
         "Pelanggan Kupang atau PLN UP3 Kupang menandatangani nota kesepahaman.")
    got = P.find_parties(s, 0, len(s))
    assert [pm.name for pm in got] == ["Pemerintah Kota Kupang", "PT PLN (Persero) UP3 Kupang"]
    # (the evidence is the full name as written)
    assert s[got[1].start:got[1].end].endswith("Unit Pelaksana Pelayanan Pelanggan Kupang")
    s2 = "PT PLN (Persero) Unit Induk Distribusi Jawa Tengah atau PLN UID Jawa Tengah meneken PKS."
    assert names(s2) == ["PT PLN (Persero) UID Jawa Tengah"]


def test_unit_keeps_its_name_when_the_acronym_does_not_spell_it():
    # ULP (Unit Layanan Pelanggan) is not the initials of Unit Pelaksana Pelayanan Pelanggan
    s = ("PT PLN (Persero) Unit Pelaksana Pelayanan Pelanggan Kupang atau PLN ULP Kupang "
         "menandatangani nota kesepahaman.")
    assert names(s) == ["PT PLN (Persero) Unit Pelaksana Pelayanan Pelanggan Kupang"]
    assert P._acronym_letters("UP3") == "UPPP" and P._acronym_letters("UP2D") == "UPPD"


# --- an acronym in brackets, then the office's place ----------------------------------------

def test_glossed_acronym_then_a_level_word_is_the_regional_office():
    s = ("Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN) Provinsi Nusa Tenggara "
         "Barat dan Pemerintah Kota Mataram menandatangani nota kesepakatan.")
    got = P.find_parties(s, 0, len(s))
    assert [pm.name for pm in got] == [
        "Badan Kependudukan dan Keluarga Berencana Nasional Provinsi Nusa Tenggara Barat",
        "Pemerintah Kota Mataram"]
    assert s[got[0].start:got[0].end] == \
        "Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN) Provinsi Nusa Tenggara Barat"


# --- a short form in brackets between a legal form and the branch ---------------------------

def test_branch_after_the_company_short_form_in_brackets():
    s = ("Pemkot Bukittinggi dan PT Bank Rakyat Indonesia (Persero) Tbk (BRI) Cabang Bukittinggi "
         "meneken perjanjian kerja sama.")
    assert names(s) == ["Pemerintah Kota Bukittinggi", "PT Bank Rakyat Indonesia (Persero) Tbk Cabang Bukittinggi"]
    s2 = "PT Bank Pembangunan Daerah Jawa Timur Tbk (Bank Jatim) Cabang Jember dan Pemkab Jember meneken PKS."
    assert names(s2) == ["PT Bank Pembangunan Daerah Jawa Timur Tbk Cabang Jember", "Pemerintah Kabupaten Jember"]


# --- a bank written short with a town -------------------------------------------------------

def test_bank_short_with_a_town_is_the_company_written_out():
    text = ("Pemerintah Kota Kupang dan PT Bank Pembangunan Daerah Nusa Tenggara Timur (Bank NTT) "
            "menandatangani nota kesepahaman. Nota itu diteken Wali Kota Kupang dan Pemimpin Cabang "
            "Bank NTT Kupang, Yohanes. Bank NTT menyiapkan layanan kas daerah.")
    al = _article_aliases(text)
    s = "Pemimpin Cabang Bank NTT Kupang, Yohanes."
    assert names(s, aliases=al) == ["PT Bank Pembangunan Daerah Nusa Tenggara Timur"]
    # without the article's names: the bank's office in that town, as before
    assert names(s) == ["PT Bank Pembangunan Daerah Nusa Tenggara Timur Kupang"]


def test_bank_short_with_a_town_is_the_branch_the_article_names():
    text = ("Pemkab Jember dan PT Bank Pembangunan Daerah Jawa Timur Tbk (Bank Jatim) Cabang Jember "
            "menandatangani PKS. PKS diteken Pemimpin Cabang Bank Jatim Jember, Agus.")
    al = _article_aliases(text)
    assert names("Pemimpin Cabang Bank Jatim Jember, Agus.", aliases=al) == \
        ["PT Bank Pembangunan Daerah Jawa Timur Tbk Cabang Jember"]


# --- a short form glossed after the full name -----------------------------------------------

def test_glossed_short_form_is_no_second_party_and_stands_for_the_full_name():
    text = ("Perusahaan Umum Daerah Air Minum Tirta Mangutama Kabupaten Badung (Perumda Mangutama) dan "
            "Pemkab Tabanan menandatangani PKS. Dokumen diteken Direktur Utama Perumda Mangutama, Wayan.")
    first = text[:text.index(". ") + 1]
    assert names(first) == ["Perusahaan Umum Daerah Air Minum Tirta Mangutama Kabupaten Badung",
                            "Pemerintah Kabupaten Tabanan"]
    al = _article_aliases(text)
    assert names("Dokumen diteken Direktur Utama Perumda Mangutama, Wayan.", aliases=al) == \
        ["Perusahaan Umum Daerah Air Minum Tirta Mangutama Kabupaten Badung"]


# --- the other side of a past agreement -----------------------------------------------------

def test_side_of_a_past_agreement_is_no_party():
    assert names("Dulu Ombudsman juga pernah punya MoU dengan Pemprov Sulteng.") == ["Ombudsman Republik Indonesia"]
    assert names("Pemkot Palu pernah menandatangani nota kesepahaman dengan Universitas Tadulako dan "
                 "Pemprov Sulteng pada 2019.") == ["Pemerintah Kota Palu"]
    # an agreement signed now names its sides
    assert names("Pemkot Palu menandatangani nota kesepahaman dengan Universitas Tadulako.") == \
        ["Pemerintah Kota Palu", "Universitas Tadulako"]
