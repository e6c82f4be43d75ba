"""Round 34 (parties and the signers' roles): a province written with dotted initials ("D.I.
Yogyakarta"); a unit's area of two provinces before its signer's name; names written short
with several syllable acronyms ("Kanwil ... Kepri") or a founder's initials ("UIN A.M.
Sangadji"); a unit after a company's legal name spelled in its officer's role ("PLN UID
Jateng dan DIY"); a national body glossed before its station, a station named by its site
alone; a bank's unit office ("BRI Unit Natar") and the legal form the article gives the bank;
a regional hospital's acronym and a numbered military unit spelled as the article spells
them; an acronym read as a body's full name the article glosses ("BKKBN Kaltim"); a region's
level and name is no acronym's expansion ("KB Berau"); English "the X branch of Y"; a
national office's parent ministry written after it."""
from mou_extract import extract_text, parties as P, places
from mou_extract.signings import _abbreviates
from variety_helpers import article, first_signing
from variety_helpers import party_names as names


def _role_of(sg, name):
    return next(p.role for p in sg.signatories + sg.attendees if p.name == name)


def _party_of(sg, name):
    return next(p.party for p in sg.signatories + sg.attendees if p.name == name)


# --- "D.I. Yogyakarta": initials written with dots -------------------------------------------------

def test_province_written_with_dotted_initials():
    lows = ["unit", "d.i", "yogyakarta", "menandatangani"]
    pl = places.match_tokens(lows, 1)
    assert pl and pl[0] == 2 and {r.name for r in pl[1]} == {"Daerah Istimewa Yogyakarta"}
    s = ("Pemkab Sleman dan PT PLN (Persero) Unit Induk Distribusi (UID) Jawa Tengah dan D.I. Yogyakarta "
         "menandatangani perjanjian kerja sama.")
    assert names(s) == ["Pemerintah Kabupaten Sleman",
                        "PT PLN (Persero) Unit Induk Distribusi Jawa Tengah dan D.I. Yogyakarta"]


def test_names_without_initials_unchanged():
    assert places.match_tokens(["di", "yogyakarta"], 1)[0] == 1
    s = "PT PLN (Persero) Unit Induk Distribusi Jawa Timur menandatangani perjanjian dengan Pemkab Jember."
    assert names(s)[0] == "PT PLN (Persero) Unit Induk Distribusi Jawa Timur"


# --- a unit of two provinces, then the signer's name -----------------------------------------------

def test_two_province_unit_before_the_signers_name():
    s = ("Nota kesepahaman diteken Pemimpin Wilayah Perum Bulog Kanwil Sulsel dan Sulbar Andi Rahman di "
         "Makassar.")
    assert names(s) == ["Perum Bulog Kanwil Sulsel dan Sulbar"]


def test_one_province_unit_then_a_list_unchanged():
    s = "Perum Bulog Kanwil Sulsel dan Pemkab Gowa menandatangani nota kesepahaman."
    assert names(s) == ["Perum Bulog Kanwil Sulsel", "Pemerintah Kabupaten Gowa"]


# --- names written short: several syllable acronyms, a founder's initials -------------------------

def test_written_short_with_several_acronyms_and_initials():
    assert P._written_short("Perum Bulog Kanwil Sulsel dan Sulbar",
                            "Perum Bulog Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat")
    assert P._written_short("Universitas Islam Negeri K.H. Abdurrahman Wahid Pekalongan",
                            "Universitas Islam Negeri Kiai Haji Abdurrahman Wahid Pekalongan")
    assert P._written_short("PT Pertamina Patra Niaga Regional Sumbagut",
                            "PT Pertamina Patra Niaga Regional Sumatera Bagian Utara")


def test_other_names_are_not_written_short():
    assert not P._written_short("Universitas Islam Negeri A.M. Sangadji Ambon",
                                "Universitas Islam Negeri Ahmad Yani Sangadji Ambon")
    assert not P._written_short("Perum Bulog Kanwil Sulsel", "Perum Bulog Kantor Wilayah Sulawesi Barat")


def test_unit_of_two_provinces_written_short_is_one_party():
    sg = first_signing(article(
        "Pemprov Sulbar dan Bulog Teken Nota Kesepahaman",
        "MAMUJU - Pemerintah Provinsi Sulawesi Barat dan Perusahaan Umum (Perum) Bulog Kantor Wilayah "
        "Sulawesi Selatan dan Sulawesi Barat menandatangani nota kesepahaman tentang stabilisasi harga "
        "pangan, Senin (3/2/2025).",
        "Nota kesepahaman diteken Gubernur Sulawesi Barat Suhardi Duka dan Pemimpin Wilayah Perum Bulog "
        "Kanwil Sulsel dan Sulbar Andi Rahman di Mamuju."))
    assert [p.name for p in sg.parties] == ["Pemerintah Provinsi Sulawesi Barat",
                                            "Perum Bulog Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat"]
    assert _party_of(sg, "Andi Rahman") == "Perum Bulog Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat"


def test_university_named_with_its_founders_initials_is_one_party():
    sg = first_signing(article(
        "UIN Pekalongan dan Pemkab Batang Jalin Kerja Sama",
        "BATANG - Pemerintah Kabupaten Batang dan Universitas Islam Negeri (UIN) Kiai Haji Abdurrahman "
        "Wahid Pekalongan menandatangani nota kesepahaman di Kantor Bupati Batang, Selasa (4/3/2025).",
        "Nota kesepahaman diteken Bupati Batang Faiz Kurniawan dan Rektor UIN K.H. Abdurrahman Wahid "
        "Pekalongan, Zaenal Mustakim."))
    full = "Universitas Islam Negeri Kiai Haji Abdurrahman Wahid Pekalongan"
    assert [p.name for p in sg.parties] == ["Pemerintah Kabupaten Batang", full]
    assert _role_of(sg, "Zaenal Mustakim") == "Rektor " + full


# --- a company's unit in its officer's role --------------------------------------------------------

def test_role_unit_with_a_province_written_otherwise():
    assert _abbreviates("PLN UID Jateng dan DIY".split(),
                        "PLN Unit Induk Distribusi Jawa Tengah dan D.I. Yogyakarta".split())
    assert not _abbreviates("PLN UID Jatim".split(), "PLN Unit Induk Distribusi Jawa Tengah".split())


def test_unit_after_the_legal_name_spelled_in_the_role():
    sg = first_signing(article(
        "Pemkab Sambas dan PLN Teken PKS",
        "SAMBAS - Pemerintah Kabupaten Sambas dan PT PLN (Persero) Unit Induk Distribusi Kalimantan Barat "
        "menandatangani perjanjian kerja sama penerangan jalan umum, Kamis (6/3/2025).",
        "PKS diteken Bupati Sambas Satono dan General Manager PLN UID Kalbar, Dedi Pranoto."))
    assert _role_of(sg, "Dedi Pranoto") == (
        "General Manager PT PLN (Persero) Unit Induk Distribusi Kalimantan Barat")


# --- a national body before its station; a station named by its site --------------------------------

def test_body_glossed_before_its_station_named_by_its_site():
    s = ("Pemkab Kotawaringin Barat dan Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Stasiun "
         "Meteorologi Iskandar Pangkalan menandatangani nota kesepakatan.")
    assert names(s) == ["Pemerintah Kabupaten Kotawaringin Barat", "Stasiun Meteorologi Iskandar Pangkalan"]
    assert names("Kepala Stasiun Meteorologi Tjilik Riwut, Maria Ulfa, hadir.") == [
        "Stasiun Meteorologi Tjilik Riwut"]


def test_station_look_alikes_unchanged():
    assert names("BMKG Stasiun Klimatologi Jawa Tengah meneken kerja sama.") == [
        "Stasiun Klimatologi Jawa Tengah"]
    # (a degree after the words: a person's name, no station's site)
    assert names("Kepala Stasiun Meteorologi Budi Santoso, S.T., mengatakan hujan turun.") == []
    assert names("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menandatangani nota.") == [
        "Badan Meteorologi, Klimatologi, dan Geofisika"]


# --- a bank's unit office ------------------------------------------------------------------------------

def test_bank_unit_office_named_by_its_town():
    assert names("BUMDes Maju Jaya bermitra dengan BRI Unit Ciawi.") [-1] == "PT Bank Rakyat Indonesia Unit Ciawi"
    sg = first_signing(article(
        "BUMDes Sumber Rejeki Teken PKS dengan BRI",
        "KEDIRI - Badan Usaha Milik Desa (BUMDes) Sumber Rejeki menandatangani perjanjian kerja sama dengan "
        "Bank BRI Unit Pare di Balai Desa, Senin (3/3/2025).",
        "Perjanjian diteken Direktur BUMDes Sumber Rejeki, Suparno, dan Kepala BRI Unit Pare, Lina Marlina.",
        "Unit kerja PT Bank Rakyat Indonesia (Persero) Tbk itu akan melayani warga desa."))
    assert "PT Bank Rakyat Indonesia (Persero) Tbk Unit Pare" in [p.name for p in sg.parties]


def test_bank_unit_look_alikes_unchanged():
    assert names("Warga dilayani BRI Unit Pelayanan Kredit.") == ["PT Bank Rakyat Indonesia"]
    assert names("Kepala BRI Kantor Cabang Malang hadir.") == ["PT Bank Rakyat Indonesia Kantor Cabang Malang"]


# --- a regional hospital's acronym, a numbered military unit: as the article spells them -----------

HOSPITAL = article(
    "Unimal dan RSUD Bireuen Teken Kerja Sama",
    "BIREUEN - Universitas Malikussaleh dan Rumah Sakit Umum Daerah (RSUD) dr. Fauziah Bireuen "
    "menandatangani perjanjian kerja sama pendidikan klinik, Rabu (5/3/2025).",
    "Perjanjian diteken Rektor Universitas Malikussaleh Herman Fithra dan Direktur RSUD dr. Fauziah "
    "Bireuen, Mukhtar Ali.")


def test_hospital_acronym_spelled_where_the_article_glosses_it():
    assert _role_of(first_signing(HOSPITAL), "Mukhtar Ali") == (
        "Direktur Rumah Sakit Umum Daerah dr. Fauziah Bireuen")


def test_hospital_acronym_kept_where_the_article_never_spells_it():
    text = HOSPITAL.replace("Rumah Sakit Umum Daerah (RSUD)", "RSUD")
    assert _role_of(first_signing(text), "Mukhtar Ali").startswith("Direktur RSUD dr. Fauziah")


MILITARY = article(
    "Pemkab Pati dan Kodim Teken Nota Kesepahaman",
    "PATI - Pemerintah Kabupaten Pati dan Komando Distrik Militer (Kodim) 0718/Pati menandatangani nota "
    "kesepahaman tentang ketahanan pangan, Senin (3/3/2025).",
    "Nota kesepahaman diteken Bupati Pati Sudewo dan Dandim 0718/Pati Letkol Inf Rahmat Hidayat.")


def test_numbered_unit_spelled_where_the_article_spells_it_out():
    assert _role_of(first_signing(MILITARY), "Rahmat Hidayat") == "Komandan Komando Distrik Militer 0718/Pati"


def test_numbered_unit_kept_where_the_article_never_spells_it_out():
    text = MILITARY.replace("Komando Distrik Militer (Kodim) 0718/Pati", "Kodim 0718/Pati")
    assert _role_of(first_signing(text), "Rahmat Hidayat") == "Komandan Kodim 0718/Pati"


def test_simultaneous_election_is_no_signer():
    sg = first_signing(article(
        "Pemkab Pati dan Polres Teken Nota Kesepahaman",
        "PATI - Pemerintah Kabupaten Pati dan Kepolisian Resor (Polres) Pati menandatangani nota kesepahaman "
        "tentang Pengamanan Pemilihan Kepala Daerah Serentak 2024 di Pendopo Pati, Senin (2/9/2024).",
        "Nota kesepahaman diteken Bupati Pati Henggar Budi dan Kapolres Pati AKBP Tidar Wulung."))
    assert "Serentak" not in [p.name for p in sg.signatories + sg.attendees]


# --- an acronym read as the full name the article glosses --------------------------------------------

def test_body_written_short_is_the_glossed_party():
    sg = first_signing(article(
        "BKKBN Sulsel dan TP PKK Gowa Sepakati Penurunan Stunting",
        "SUNGGUMINASA - Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN) Provinsi "
        "Sulawesi Selatan dan Tim Penggerak PKK Kabupaten Gowa meneken nota kesepahaman, Kamis (6/3/2025).",
        "Penandatanganan dilakukan Kepala Perwakilan BKKBN Sulsel, Shodiqin, dan Ketua TP PKK Kabupaten "
        "Gowa, Ny. Huriah Husniah."))
    full = "Badan Kependudukan dan Keluarga Berencana Nasional Provinsi Sulawesi Selatan"
    assert [p.name for p in sg.parties].count(full) == 1
    assert not any(p.name.startswith("BKKBN") for p in sg.parties)
    assert _role_of(sg, "Shodiqin") == "Kepala Perwakilan " + full


def test_region_level_and_name_is_no_acronyms_expansion():
    full = "Pemerintah Kabupaten Bantaeng".split()
    role = "Kepala Dinas Pengendalian Penduduk dan KB Kabupaten Bantaeng"
    assert P.acronym_spelled(role, ["Pengendalian", "Penduduk", "dan", "KB", "Bantaeng"], full) == role
    # (a region's acronym the role writes alone is spelled: "Sekretaris Daerah KKT")
    assert P.acronym_spelled("Sekretaris Daerah KKT", ["KKT"], "Pemerintah Kabupaten Kepulauan Tanimbar".split()) \
        == "Sekretaris Daerah Kabupaten Kepulauan Tanimbar"


# --- English: "the X branch of Y" ------------------------------------------------------------------------

def test_english_branch_of_a_body():
    s = "The Tabanan Regency administration and the Tabanan branch of BPJS Kesehatan signed an MoU."
    assert names(s)[-1] == "BPJS Kesehatan Cabang Tabanan"
    assert names("the head of the BPJS Ketenagakerjaan Singaraja branch, Made Sari") == [
        "BPJS Ketenagakerjaan Cabang Singaraja"]


def test_english_branch_look_alikes_unchanged():
    assert names("The regency and the branch of BPJS Kesehatan signed an MoU.") == ["BPJS Kesehatan"]
    assert names("the BPJS Kesehatan Kupang branch head") == ["BPJS Kesehatan Cabang Kupang"]


# --- a national office's parent ministry written after it --------------------------------------------

def test_parent_ministry_after_an_office_is_no_second_party():
    s = ("Pemkab Bandung dan Balai Besar Wilayah Sungai (BBWS) Citarum Kementerian Pekerjaan Umum "
         "menandatangani nota kesepakatan.")
    assert names(s) == ["Pemerintah Kabupaten Bandung", "Balai Besar Wilayah Sungai Citarum"]


def test_ministry_listed_after_an_office_stays_a_party():
    s = "BBWS Citarum dan Kementerian Pertanian menandatangani nota kesepakatan."
    assert len(names(s)) == 2


# --- a naval or air force base's commander written short -------------------------------------------

def test_base_commander_written_short_signs_for_the_base():
    sg = first_signing(article(
        "Pemkot Dumai dan Lanal Teken Nota Kesepahaman",
        "DUMAI - Pemerintah Kota Dumai dan Pangkalan TNI Angkatan Laut (Lanal) Dumai menandatangani nota "
        "kesepahaman tentang keamanan perairan, Senin (3/3/2025).",
        "Nota kesepahaman ditandatangani Wali Kota Dumai Paisal dan Danlanal Dumai Kolonel Laut (P) "
        "Hendra Gunawan."))
    assert "Pangkalan TNI Angkatan Laut Dumai" in [p.name for p in sg.parties]
    assert _role_of(sg, "Hendra Gunawan") == "Komandan Pangkalan TNI Angkatan Laut Dumai"
    assert _party_of(sg, "Hendra Gunawan") == "Pangkalan TNI Angkatan Laut Dumai"


def test_base_commander_in_full_unchanged():
    sg = first_signing(article(
        "Pemkot Dumai dan Lanal Teken Nota Kesepahaman",
        "DUMAI - Pemerintah Kota Dumai dan Pangkalan TNI Angkatan Laut Dumai menandatangani nota "
        "kesepahaman tentang keamanan perairan, Senin (3/3/2025).",
        "Nota kesepahaman ditandatangani Wali Kota Dumai Paisal dan Komandan Lanal Dumai Kolonel Laut (P) "
        "Hendra Gunawan."))
    assert _role_of(sg, "Hendra Gunawan") == "Komandan Pangkalan TNI Angkatan Laut Dumai"
