"""Round 32 (second parties helper): a police hospital ("Rumah Sakit Bhayangkara X", "RS
Bhayangkara Tk. II X") signs by its own name as a unit of Polri; a church's synod board
("Majelis Sinode Gereja Masehi Injili di Timor (GMIT)") is a body whose name goes on past
"di" when its bracketed acronym spells the place, and "Majelis Sinode GMIT" later is that
body by its full name."""
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
