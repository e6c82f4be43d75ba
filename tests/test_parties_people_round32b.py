"""Round 32 (second parties helper): a police hospital ("Rumah Sakit Bhayangkara X", "RS
Bhayangkara Tk. II X") signs by its own name as a unit of Polri; a church's synod board
("Majelis Sinode Gereja Masehi Injili di Timor (GMIT)") is a body whose name goes on past
"di" when its bracketed acronym spells the place, and "Majelis Sinode GMIT" later is that
body by its full name. A branch named by a regency's seat town ("Cabang Painan") and a
numbered military unit of a two-word regency ("Dandim 0311/Pesisir Selatan") end the role
before the person's name. The partner of an agreement a side "memiliki" since an earlier
year is no party of the one reported. A company's short form written elsewhere cuts its full
name only in a role ("Direktur Utama PT X Y Z Nama Orang"), not "dan CV X Y Z menandatangani". A national body's office numbered before it, "Kantor
Regional X BKN Denpasar", is named in full."""
from variety_helpers import article, first_signing
from variety_helpers import party_names as names


# --- police hospitals ----------------------------------------------------------------------------

def test_police_hospital_is_a_party_by_its_own_name():
    s = "Pemerintah Kota Manado dan Rumah Sakit Bhayangkara Robert Wolter Mongisidi Manado meneken perjanjian itu."
    assert names(s) == ["Pemerintah Kota Manado", "Rumah Sakit Bhayangkara Robert Wolter Mongisidi Manado"]
    # (named by the regional police it belongs to, the short "RS" spelled out)
    s = "Kerja sama diteken Kepala RS Bhayangkara Polda Jambi AKBP dr. Rudi Hartono, Sp.B., dan Kepala Dinas Kesehatan."
    assert names(s)[0] == "Rumah Sakit Bhayangkara Polda Jambi"


def test_police_hospital_grade_is_part_of_its_name():
    s = "Kepala RS Bhayangkara Tk. II Sartika Asih Bandung, Kombes dr. Nariyana, menandatangani naskah itu."
    assert names(s) == ["Rumah Sakit Bhayangkara Tk. II Sartika Asih Bandung"]
    s = "Kepala Rumah Sakit Bhayangkara Tingkat III Ambon menandatangani naskah itu."
    assert names(s) == ["Rumah Sakit Bhayangkara Tingkat III Ambon"]


def test_police_hospital_in_a_signing():
    text = article(
        "Pemkab Sikka dan RS Bhayangkara Teken PKS Layanan Kesehatan",
        "Maumere - Pemerintah Kabupaten Sikka dan Rumah Sakit Bhayangkara Maumere menandatangani perjanjian "
        "kerja sama layanan kesehatan bagi warga, Senin (3/11/2025), di Aula Kantor Bupati Sikka.",
        "Perjanjian diteken Bupati Sikka Juventus Prima Yoris Kago dan Kepala Rumah Sakit Bhayangkara Maumere "
        "AKBP dr. Yohanes Dominikus Tukan.")
    sg = first_signing(text)
    assert [p.name for p in sg.parties] == ["Pemerintah Kabupaten Sikka", "Rumah Sakit Bhayangkara Maumere"]
    assert sg.parties[1].kind == "national_institution"


def test_hospital_guards():
    # a bare "RS Bhayangkara" names no body; a private hospital keeps its reading; a regional
    # one is still left to its government
    assert names("Pihak RS Bhayangkara menyiapkan petugas khusus di bagian rekam medis.") == []
    assert names("Direktur RS Permata Hati dr. Ricky Firmansyah menandatangani perjanjian itu.") == ["Rumah Sakit Permata Hati"]
    assert "Rumah Sakit Umum Daerah Kupang" not in names("Direktur RS Umum Daerah Kupang menandatangani perjanjian itu.")


# --- a church's synod -----------------------------------------------------------------------------

def test_synod_name_goes_on_past_di_when_its_acronym_spells_it():
    s = ("Majelis Sinode Gereja Masehi Injili di Minahasa (GMIM) dan Pemerintah Provinsi Sulawesi Utara "
         "menandatangani nota kesepahaman.")
    assert names(s) == ["Majelis Sinode Gereja Masehi Injili di Minahasa", "Pemerintah Provinsi Sulawesi Utara"]
    s = "Ketua Majelis Sinode Gereja Protestan Maluku (GPM) dan Gubernur Maluku menandatangani MoU."
    assert names(s) == ["Majelis Sinode Gereja Protestan Maluku", "Pemerintah Provinsi Maluku"]


def test_di_guards():
    # without a gloss spelling the place the name stops before "di" (where it stands)
    s = "Majelis Sinode Gereja Kristen Sumba menandatangani MoU di Waingapu."
    assert names(s)[0] == "Majelis Sinode Gereja Kristen Sumba"
    s = "Yayasan Harapan Kasih di Kupang (YHK) dan Pemerintah Kota Kupang menandatangani MoU."
    assert names(s) == ["Yayasan Harapan Kasih", "Pemerintah Kota Kupang"]


def test_synod_short_form_is_the_glossed_body():
    text = article(
        "GMIM dan Pemprov Sulut Teken MoU Penanganan Stunting",
        "Manado - Majelis Sinode Gereja Masehi Injili di Minahasa (GMIM) dan Pemerintah Provinsi Sulawesi Utara "
        "menandatangani nota kesepahaman penanganan stunting, Selasa (11/11/2025), di Kantor Gubernur Sulawesi Utara.",
        "Nota kesepahaman diteken Gubernur Sulawesi Utara Yulius Selvanus Komaling dan Ketua Badan Pekerja "
        "Majelis Sinode GMIM Pdt. Adolf Wenas.")
    sg = first_signing(text)
    assert [p.name for p in sg.parties] == ["Majelis Sinode Gereja Masehi Injili di Minahasa",
                                            "Pemerintah Provinsi Sulawesi Utara"]
    signer = next(s for s in sg.signatories if s.name == "Adolf Wenas")
    assert signer.party == "Majelis Sinode Gereja Masehi Injili di Minahasa"


# --- a branch named by a regency's seat town; a numbered unit of a two-word regency --------------

def test_branch_town_that_is_a_regency_seat_ends_the_role():
    from variety_helpers import people
    s = "Hadir pula Pemimpin Bank Nagari Cabang Painan Yulia Fitri dan sejumlah camat."
    assert people(s)[0][:3] == ("Yulia Fitri", "Pemimpin", "Bank Nagari Cabang Painan")
    s = "Hadir pula Kepala BPJS Kesehatan Cabang Putussibau Herman Yosef dan para camat."
    assert people(s)[0][:3] == ("Herman Yosef", "Kepala", "BPJS Kesehatan Cabang Putussibau")


def test_branch_town_guards():
    from variety_helpers import people
    # a town the gazetteer lists keeps its reading; a word that is no seat stays in the name
    s = "Hadir pula Pemimpin BRI Cabang Purwokerto Rina Wulandari."
    assert people(s)[0][:3] == ("Rina Wulandari", "Pemimpin", "BRI Cabang Purwokerto")


def test_numbered_unit_of_a_two_word_regency():
    from variety_helpers import people
    s = "Kegiatan dihadiri Kapolres Pesisir Selatan Dedi Kurniawan, Dandim 0311/Pesisir Selatan Agus Salim, dan camat."
    assert ("Agus Salim", "Komandan Kodim", "0311/Pesisir Selatan") in [p[:3] for p in people(s)]
    s = "Acara dihadiri Dandim 1204/Sanggau Hendra Wijaya dan Kapolres Sanggau."
    assert people(s)[0][:3] == ("Hendra Wijaya", "Komandan Kodim", "1204/Sanggau")
    # a unit named by no place: its first word only without a rank, the whole name before one
    s = "Acara dihadiri Dandim 0809/Kediri Agus Salim dan Kapolres."
    assert people(s)[0][:3] == ("Agus Salim", "Komandan Kodim", "0809/Kediri")
    s = "Acara dihadiri Danrem 042/Garuda Putih Kolonel Inf Rachmad Hidayat dan Kapolres."
    assert people(s)[0][:3] == ("Rachmad Hidayat", "Komandan Korem", "042/Garuda Putih")


# --- the partner of an agreement held since an earlier year ---------------------------------------

def test_partner_of_an_agreement_held_since_a_year_is_no_party():
    s = ("Selain itu, pemkot juga memiliki perjanjian kerja sama dengan Universitas Tadulako sejak 2020 "
         "dan dengan Kantor Pertanahan Kota Palu untuk sertifikasi aset sejak 2022.")
    assert names(s) == []
    s = "Sebelumnya Pemkab Klaten sudah mempunyai MoU dengan BPJS Kesehatan sejak tahun 2019."
    assert names(s) == ["Pemerintah Kabupaten Klaten"]
    text = article(
        "Pemkab Sigi dan Kejari Teken Nota Kesepakatan",
        "Sigi - Bupati Sigi Mohamad Rizal Intjenae menandatangani nota kesepakatan dengan Kepala Kejaksaan "
        "Negeri Sigi, Senin (6/10/2025), di Kantor Bupati Sigi.",
        "Pemkab Sigi juga memiliki nota kesepahaman dengan Universitas Tadulako sejak 2019 di bidang riset.")
    assert [p.name for p in first_signing(text).parties] == ["Pemerintah Kabupaten Sigi", "Kejaksaan Negeri Sigi"]


def test_held_agreement_guards():
    # an agreement held now, with no year since, may be the one just signed; a signing
    # verb is no holding
    s = "Dengan penandatanganan ini, Pemkot Bitung kini memiliki nota kesepakatan dengan Ombudsman RI."
    assert "Ombudsman Republik Indonesia" in names(s)
    s = "Pemkab Sigi menandatangani nota kesepahaman dengan Universitas Tadulako sejak pagi tadi."
    assert names(s) == ["Pemerintah Kabupaten Sigi", "Universitas Tadulako"]


# --- a company's short form does not cut its full name outside a role -----------------------------

def test_short_form_does_not_cut_the_full_name_without_a_title():
    from variety_helpers import article_aliases
    t = ("Pemkab Pamekasan dan CV Lintang Karya Utama menandatangani nota kesepahaman. "
         "Batik dijual melalui toko daring milik CV Lintang di sejumlah marketplace.")
    assert "CV Lintang Karya Utama" in names(t, aliases=article_aliases(t))


def test_short_form_still_ends_the_name_in_a_role():
    from variety_helpers import article_aliases
    t = ("Bupati Morowali dan PT Morowali Hijau Industri menandatangani MoU. Direktur Utama PT Morowali "
         "Hijau Industri Hendry Kurniawan Gozal dan Bupati Morowali hadir. Kerja sama dengan PT Morowali Hijau juga dibahas.")
    assert "PT Morowali Hijau Industri Hendry Kurniawan Gozal" not in names(t, aliases=article_aliases(t))


# --- a national body's numbered regional office ---------------------------------------------------

def test_numbered_regional_office_is_named_in_full():
    s = ("Pemerintah Provinsi Kalimantan Timur dan Kantor Regional VIII Badan Kepegawaian Negara (BKN) "
         "Banjarmasin menandatangani perjanjian kerja sama.")
    assert names(s) == ["Pemerintah Provinsi Kalimantan Timur",
                        "Kantor Regional VIII Badan Kepegawaian Negara Banjarmasin"]
    s = "Kepala Kanreg IV BKN Makassar Sri Wahyuni menandatangani naskah itu."
    assert names(s) == ["Kantor Regional IV Badan Kepegawaian Negara Makassar"]


def test_numbered_regional_office_guards():
    # the body itself, or a number with no "Kantor Regional" before it, keep their reading
    assert names("Kepala BKN Zudan Arif dan Bupati Sleman menandatangani.") == [
        "Badan Kepegawaian Negara", "Pemerintah Kabupaten Sleman"]
    assert names("Komisi IV BKN Makassar hadir.")[0] == "Badan Kepegawaian Negara Makassar"
