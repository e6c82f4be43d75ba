"""Round 33 (parties): an office's class may be special and then say whether it guards a
port of entry ("Kelas I Khusus TPI", "Kelas I Khusus Non TPI"); a body named again by its
former name ("yang sebelumnya bernama X", "(dulu X)") is no second party, and named again
by its present one ("yang kini bernama Y") that one is the party; a quoted word in a name
('UPN "Veteran" Yogyakarta') belongs to the name, without its quotes."""
from variety_helpers import party_names as names


# --- an office's special class, then TPI ----------------------------------------------------------

def test_special_class_then_port_of_entry():
    s = "Pemkot Dumai dan Kantor Imigrasi Kelas I Khusus TPI Dumai menandatangani nota kesepakatan."
    assert names(s) == ["Pemerintah Kota Dumai", "Kantor Imigrasi Kelas I Khusus TPI Dumai"]
    s = "Kantor Imigrasi Kelas I Khusus Non TPI Jakarta Selatan meneken perjanjian dengan Pemkot Jakarta Selatan."
    assert names(s)[0] == "Kantor Imigrasi Kelas I Khusus Non TPI Jakarta Selatan"


def test_plain_classes_unchanged():
    assert names("Kepala Kantor Imigrasi Kelas I TPI Mataram hadir.") == ["Kantor Imigrasi Kelas I TPI Mataram"]
    assert names("Kepala Kantor Imigrasi Kelas II Non TPI Sumbawa hadir.") == [
        "Kantor Imigrasi Kelas II Non TPI Sumbawa"]
    assert names("Kepala Lapas Kelas IIA Ambon hadir.") == ["Lembaga Pemasyarakatan Kelas IIA Ambon"]
    assert names("Kepala Rutan Kelas I Khusus Medan hadir.") == ["Rumah Tahanan Negara Kelas I Khusus Medan"]


# --- a body's former and present names --------------------------------------------------------------

def test_former_name_is_no_second_party():
    s = ("Kantor Wilayah Kementerian Hukum Jawa Timur (Kanwil Kemenkum Jatim), yang sebelum pemisahan "
         "kementerian bernama Kanwil Kemenkumham Jatim, menandatangani nota kesepakatan dengan Pemkot Malang.")
    assert names(s) == ["Kantor Wilayah Kementerian Hukum Jawa Timur", "Kantor Wilayah Kementerian Hukum Jawa Timur",
                        "Pemerintah Kota Malang"]
    s = "Kanwil Kemenkum Bali, yang sebelumnya bernama Kanwil Kemenkumham Bali, meneken MoU dengan Pemkab Badung."
    assert names(s) == ["Kantor Wilayah Kementerian Hukum Bali", "Pemerintah Kabupaten Badung"]
    s = "Kanwil Kemenkum Bali (dulu Kanwil Kemenkumham Bali) meneken MoU dengan Pemkab Badung."
    assert names(s) == ["Kantor Wilayah Kementerian Hukum Bali", "Pemerintah Kabupaten Badung"]


def test_present_name_is_the_party():
    s = "Kanwil Kemenkumham Bali yang kini bernama Kanwil Kemenkum Bali meneken MoU dengan Pemkab Badung."
    assert names(s) == ["Kantor Wilayah Kementerian Hukum Bali", "Pemerintah Kabupaten Badung"]
    s = "Kanwil Kemenkumham Bali yang telah berganti nama menjadi Kanwil Kemenkum Bali meneken MoU dengan Pemkab Badung."
    assert names(s) == ["Kantor Wilayah Kementerian Hukum Bali", "Pemerintah Kabupaten Badung"]


def test_other_bodies_after_a_time_word_stay():
    s = ("Pemkot Surabaya, yang sebelumnya telah bekerja sama dengan Universitas Airlangga, kini meneken "
         "MoU dengan Institut Teknologi Sepuluh Nopember.")
    assert names(s) == ["Pemerintah Kota Surabaya", "Universitas Airlangga", "Institut Teknologi Sepuluh Nopember"]
    s = "Kanwil Kemenkum Bali dan Kanwil Kemenkumham Jatim meneken MoU."
    assert names(s) == ["Kantor Wilayah Kementerian Hukum Bali",
                        "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Jawa Timur"]


# --- a quoted word in a name --------------------------------------------------------------------------

def test_quoted_word_in_a_university_name():
    s = 'Universitas Pembangunan Nasional "Veteran" Jawa Timur dan Pemkot Surabaya menandatangani nota kesepahaman.'
    assert names(s) == ["Universitas Pembangunan Nasional Veteran Jawa Timur", "Pemerintah Kota Surabaya"]
    # (after the acronym in brackets, in curly quotes)
    s = 'Universitas Pembangunan Nasional (UPN) “Veteran” Jakarta dan Pemkot Depok menandatangani nota kesepahaman.'
    assert names(s) == ["Universitas Pembangunan Nasional Veteran Jakarta", "Pemerintah Kota Depok"]
    # (the short form)
    s = 'UPN "Veteran" Jawa Timur dan Pemkot Surabaya menandatangani nota kesepahaman.'
    assert names(s) == ["Universitas Pembangunan Nasional Veteran Jawa Timur", "Pemerintah Kota Surabaya"]


def test_quoted_words_outside_a_name_stay_out():
    s = 'Pemkot Surabaya meneken MoU dengan Universitas Airlangga "tentang" layanan kesehatan.'
    assert names(s) == ["Pemerintah Kota Surabaya", "Universitas Airlangga"]
    s = 'Pemkot Surabaya dan Universitas Airlangga menggelar program "Kampung Sehat Berdaya Mandiri".'
    assert names(s) == ["Pemerintah Kota Surabaya", "Universitas Airlangga"]


# --- Jakarta as its bodies' names write it -------------------------------------------------------------

def test_jakarta_bodies_carry_dki_jakarta():
    s = "Badan Narkotika Nasional Provinsi (BNNP) DKI Jakarta dan Universitas Negeri Jakarta meneken nota kesepahaman."
    assert names(s)[0] == "Badan Narkotika Nasional Provinsi DKI Jakarta"
    assert names("Pemprov DKI dan BPJS Kesehatan meneken perjanjian kerja sama.") == [
        "Pemerintah Provinsi DKI Jakarta", "BPJS Kesehatan"]


def test_jakarta_region_keeps_its_full_name_other_provinces_unchanged():
    from mou_extract import parties as P
    s = "Pemerintah Provinsi Daerah Khusus Ibukota Jakarta meneken perjanjian kerja sama."
    pm = P.find_parties(s, 0, len(s))[0]
    assert pm.name == "Pemerintah Provinsi DKI Jakarta"
    assert pm.region.name == "Daerah Khusus Ibukota Jakarta"
    assert names("Pemda DIY dan BNN Provinsi Jawa Barat meneken perjanjian kerja sama.") == [
        "Pemerintah Provinsi Daerah Istimewa Yogyakarta", "Badan Narkotika Nasional Provinsi Jawa Barat"]


# --- a university's short form of the whole name, then its town --------------------------------------

def test_acronym_and_proper_name_in_brackets_then_town():
    s = "Pemkot Malang menjalin kerja sama dengan Universitas Katolik Widya Karya (Unika Widya Karya) Malang."
    assert names(s) == ["Pemerintah Kota Malang", "Universitas Katolik Widya Karya"]
    s = "Pemkot Madiun menjalin kerja sama dengan Universitas Kristen Petra (UK Petra) Surabaya."
    assert names(s) == ["Pemerintah Kota Madiun", "Universitas Kristen Petra"]


def test_listed_short_forms_keep_their_town():
    s = "Pemkab Jember dan Universitas Islam Negeri Kiai Haji Achmad Siddiq (UIN KHAS) Jember meneken MoU."
    assert names(s)[1] == "Universitas Islam Negeri Kiai Haji Achmad Siddiq Jember"
    s = "Pemkot Kendari dan Politeknik Kesehatan Kementerian Kesehatan (Poltekkes Kemenkes) Kendari meneken MoU."
    assert names(s)[1] == "Politeknik Kesehatan Kementerian Kesehatan Kendari"


# --- an Indonesian university named in English copy -------------------------------------------------

def test_indonesian_university_in_english_copy_takes_its_own_name():
    s = "The Makassar city government and Hasanuddin University signed a memorandum of understanding."
    assert names(s) == ["Pemerintah Kota Makassar", "Universitas Hasanuddin"]
    s = "The Badung regency administration and Udayana University signed a memorandum on tourism."
    assert names(s) == ["Pemerintah Kabupaten Badung", "Universitas Udayana"]


def test_foreign_university_keeps_its_english_name():
    s = "Charles Darwin University and the Bali provincial government signed an MoU."
    assert names(s)[0] == "Charles Darwin University"
    assert names("Curtin University and the Lombok Barat regency signed an agreement.")[0] == "Curtin University"
    assert names("An MoU was signed by the University of Melbourne and Hasanuddin University.") == [
        "University of Melbourne", "Universitas Hasanuddin"]


# --- a sports club introduced by its descriptor -------------------------------------------------------

def test_club_after_its_descriptor_is_a_body():
    s = "Klub sepak bola Persib Bandung dan Pemerintah Kota Bandung meneken nota kesepahaman pemanfaatan stadion."
    assert names(s) == ["Persib Bandung", "Pemerintah Kota Bandung"]
    s = "Pemkab Sleman dan klub PSS Sleman meneken perjanjian pinjam pakai stadion."
    assert names(s) == ["Pemerintah Kabupaten Sleman", "PSS Sleman"]


def test_club_word_without_a_name_or_opening_a_name():
    assert names("Pemkot Bandung mendukung klub itu sejak 2019.") == ["Pemerintah Kota Bandung"]
    # (a capitalised "Klub" opens a body's own name, which no rule here reads)
    assert "Jurnalis Investigasi" not in names("Klub Jurnalis Investigasi dan Pemkot Bandung meneken MoU.")


# --- a company named again after "atau" by its branch ---------------------------------------------

def test_other_name_naming_a_branch_makes_the_branch_the_party():
    s = ("Pemkab Cilacap dan PT Bank Rakyat Indonesia (Persero) Tbk atau BRI Kantor Cabang Cilacap "
         "meneken perjanjian kerja sama.")
    assert names(s) == ["Pemerintah Kabupaten Cilacap", "PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang Cilacap"]


def test_other_name_of_the_whole_company_stays_dropped():
    s = "Pemkab Cilacap dan PT Bank Rakyat Indonesia (Persero) Tbk atau BRI meneken perjanjian kerja sama."
    assert names(s) == ["Pemerintah Kabupaten Cilacap", "PT Bank Rakyat Indonesia (Persero) Tbk"]
    s = ("PT Pengembangan Pariwisata Indonesia (Persero) atau InJourney Tourism Development Corporation "
         "meneken MoU dengan Pemprov NTB.")
    assert names(s) == ["PT Pengembangan Pariwisata Indonesia (Persero)", "Pemerintah Provinsi Nusa Tenggara Barat"]
