"""Round 30 (parties helper): a ministry's vocational training centre (BPVP) is a body of its
own; the parent a unit is said to belong to (", unit pelaksana teknis Kementerian X") is no
second party, nor is a national body that signs "melalui" its own station; Bank Indonesia's
provincial office keeps "Provinsi" in its name; a bank's branch office written before the
company ("Kantor Cabang PT X Tbk Town") is that branch; a university named after a date keeps
the date's year; a campus's acronym glossed before its site names the whole campus, and the
town after the gloss belongs to the name when the article writes the short form with it; the
representatives of a body among the witnesses make it no party; a Sasak or Balinese name
after a body's name is no part of it; a district named bare as a side of an agreement signs
as its regency."""
from variety_helpers import article_aliases
from variety_helpers import party_names as names


# --- the ministry's vocational training centres ----------------------------------------------

def test_vocational_training_centre_is_a_body_named_by_its_town():
    s = "Balai Pelatihan Vokasi dan Produktivitas (BPVP) Ternate menandatangani nota kesepahaman dengan Pemkot Ternate."
    assert names(s) == ["Balai Pelatihan Vokasi dan Produktivitas Ternate", "Pemerintah Kota Ternate"]
    assert names("Kepala BPVP Sorong, Yakobus Mambrasar, meneken dokumen itu.") == [
        "Balai Pelatihan Vokasi dan Produktivitas Sorong"]


# --- the parent a unit belongs to --------------------------------------------------------------

def test_parent_named_after_unit_pelaksana_teknis_is_no_party():
    s = ("BPVP Ternate, unit pelaksana teknis Kementerian Ketenagakerjaan, menandatangani perjanjian "
         "kerja sama dengan Pemerintah Kota Ternate.")
    assert names(s) == ["Balai Pelatihan Vokasi dan Produktivitas Ternate", "Pemerintah Kota Ternate"]
    s = "Stasiun Klimatologi Jawa Tengah, UPT dari Badan Meteorologi, Klimatologi, dan Geofisika, meneken MoU itu."
    assert "Badan Meteorologi, Klimatologi, dan Geofisika" not in names(s)
    # (the ministry named as a side of its own stays one)
    s = "Kementerian Ketenagakerjaan dan Pemerintah Kota Ternate menandatangani nota kesepahaman."
    assert names(s) == ["Kementerian Ketenagakerjaan", "Pemerintah Kota Ternate"]


def test_national_body_signing_through_its_station_is_that_station():
    s = ("Pemkab Agam dan Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) melalui Stasiun Klimatologi "
         "Sumatera Barat meneken nota kesepahaman.")
    assert names(s) == ["Pemerintah Kabupaten Agam", "Stasiun Klimatologi Sumatera Barat"]
    # (two national bodies joined by "dan" stay two)
    s = "Badan Meteorologi, Klimatologi, dan Geofisika dan Stasiun Klimatologi Sumatera Barat hadir."
    assert len(names(s)) == 2


# --- Bank Indonesia's provincial offices -------------------------------------------------------

def test_bank_indonesia_provincial_office_keeps_provinsi():
    s = "Pemkab Minahasa dan Bank Indonesia Perwakilan Sulawesi Utara menandatangani nota kesepakatan."
    assert names(s) == ["Pemerintah Kabupaten Minahasa", "Bank Indonesia Perwakilan Provinsi Sulawesi Utara"]
    s = "Kepala BI Perwakilan Provinsi Maluku Utara, Rina Wulandari, hadir."
    assert names(s) == ["Bank Indonesia Perwakilan Provinsi Maluku Utara"]
    # (an office named by its city has no province in its name)
    assert names("Bank Indonesia Perwakilan Jember hadir.") == ["Bank Indonesia Perwakilan Jember"]


# --- a branch office written before the company ------------------------------------------------

def test_branch_office_written_before_the_company_is_that_branch():
    s = ("Kantor Cabang PT Bank Negara Indonesia (Persero) Tbk Samarinda Juanda menandatangani perjanjian "
         "kerja sama dengan SMA Negeri 5 Samarinda.")
    assert names(s)[0] == "PT Bank Negara Indonesia (Persero) Tbk Kantor Cabang Samarinda Juanda"
    # (a person's name after the town is no part of the branch's name)
    s = "Pemimpin Kantor Cabang PT Bank Negara Indonesia (Persero) Tbk Samarinda Agus Salim, hadir."
    assert names(s) == ["PT Bank Negara Indonesia (Persero) Tbk Kantor Cabang Samarinda"]


# --- universities ------------------------------------------------------------------------------

def test_university_named_after_a_date_keeps_its_year():
    s = "Pemkot Surabaya menandatangani nota kesepahaman dengan Universitas 17 Agustus 1945 Surabaya."
    assert names(s) == ["Pemerintah Kota Surabaya", "Universitas 17 Agustus 1945 Surabaya"]


def test_campus_acronym_glossed_before_its_site_names_the_campus():
    text = ("Pemkab Jombang meneken PKS dengan Institut Agama Islam Bani Fattah (IAIBAF) Tambakberas. "
            "PKS ditandatangani Rektor IAIBAF, Ahmad Zainuri.")
    s = "PKS ditandatangani Rektor IAIBAF, Ahmad Zainuri."
    assert names(s, aliases=article_aliases(text)) == ["Institut Agama Islam Bani Fattah Tambakberas"]


def test_town_after_gloss_belongs_to_name_when_short_form_carries_it():
    text = ("Pemkab Lamongan meneken PKS dengan Universitas Darul Ulum (Unisda) Lamongan. "
            "Dokumen diteken Rektor Unisda Lamongan, Anwar Sholeh.")
    al = article_aliases(text)
    assert names(text, aliases=al) == ["Pemerintah Kabupaten Lamongan", "Universitas Darul Ulum Lamongan",
                                      "Universitas Darul Ulum Lamongan"]
    # (a short form written without the town keeps the town out: the town is where it stands)
    text = ("Pemkot Semarang meneken PKS dengan Universitas Darul Ulum (Unisda) Semarang. "
            "Dokumen diteken Rektor Unisda, Anwar Sholeh.")
    assert names(text, aliases=article_aliases(text))[1] == "Universitas Darul Ulum"


# --- representatives among the witnesses --------------------------------------------------------

def test_body_whose_representatives_witnessed_is_no_party():
    s = ("Perjanjian ditandatangani Bupati Sumbawa dan Pemimpin Bank NTB Syariah, disaksikan Camat Moyo Hilir, "
         "serta perwakilan Asosiasi Pemerintah Desa Seluruh Indonesia (Apdesi) Sumbawa.")
    assert "Asosiasi Pemerintah Desa Seluruh Indonesia Kabupaten Sumbawa" not in names(s)
    # (representatives who sign leave their body a party)
    s = "Perjanjian ditandatangani perwakilan Asosiasi Pemerintah Desa Seluruh Indonesia (Apdesi) Sumbawa."
    assert names(s) == ["Asosiasi Pemerintah Desa Seluruh Indonesia Kabupaten Sumbawa"]


# --- Sasak and Balinese names -----------------------------------------------------------------

def test_sasak_or_balinese_name_after_a_body_is_no_part_of_it():
    s = "Dokumen diteken Direktur BUMDes Sinar Mandiri Lalu Ahmad Fauzan dan Ketua Yayasan Bumi Lestari Baiq Rina."
    assert names(s) == ["Badan Usaha Milik Desa Sinar Mandiri", "Yayasan Bumi Lestari"]
    s = "Dokumen diteken Ketua Yayasan Bumi Lestari Ni Wayan Sari."
    assert names(s) == ["Yayasan Bumi Lestari"]


# --- a district as a side ----------------------------------------------------------------------

def test_district_named_bare_as_a_side_signs_as_its_regency():
    s = "Kecamatan Cangkringan, Yayasan Merapi Lestari dan BUMDes Sumber Rejo menandatangani perjanjian kerja sama."
    assert names(s)[0] == "Pemerintah Kabupaten Sleman"
    # (a district that is where something is, is no party)
    s = "Warga Kecamatan Cangkringan menyambut kerja sama Yayasan Merapi Lestari."
    assert names(s) == ["Yayasan Merapi Lestari"]
