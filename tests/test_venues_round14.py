"""Venues, round 14: the seat of a regency / capital of a province for a government venue,
province and complex items after the venue, "Kota X" items, English venues, hotel brands,
Balinese halls, a dateline that is a city's district."""
from variety_helpers import article, first_signing


def _venue(*paras: str) -> tuple:
    v = first_signing(article(*paras)).venue
    return (v.name, v.city) if v else None


def test_a_regents_office_is_in_the_regencys_seat():
    # no dateline, no town after the venue: the regent's office sits in the seat
    assert _venue(
        "Pemkab Kaur dan Kejari Teken Kerja Sama",
        "Pemerintah Kabupaten Kaur dan Kejaksaan Negeri Kaur menandatangani nota kesepakatan bidang "
        "perdata dan tata usaha negara di Aula Kantor Bupati Kaur, Senin (3/2/2025).",
    ) == ("Aula Kantor Bupati Kaur", "Bintuhan")
    # a village's office in the regency is not put in the seat
    v = _venue(
        "Desa Sukamaju Teken Kerja Sama",
        "Pemerintah Desa Sukamaju dan PT Air Bersih menandatangani perjanjian kerja sama di Aula Kantor "
        "Desa Sukamaju Kabupaten Kaur, Senin (3/2/2025).",
    )
    assert v is None or v[1] != "Bintuhan"


def test_a_regency_written_short_still_gives_its_seat():
    assert _venue(
        "Pemkab Tapin Gandeng BPJS",
        "Bupati Tapin dan Kepala BPJS Kesehatan Cabang Banjarmasin menandatangani perjanjian kerja sama "
        "di Ruang Rapat Bupati Tapin, Kamis (6/3/2025).",
    ) == ("Ruang Rapat Bupati Tapin", "Rantau")


def test_a_provincial_parliament_room_is_in_the_capital_not_the_district_dateline():
    # TELANAIPURA is a district (kecamatan) of Kota Jambi
    assert _venue(
        "DPRD Jambi Gandeng Kejati",
        "TELANAIPURA - DPRD Provinsi Jambi dan Kejaksaan Tinggi Jambi menandatangani nota kesepakatan, "
        "Selasa (4/3/2025), di Ruang Rapat Komisi DPRD Provinsi Jambi.",
    ) == ("Ruang Rapat Komisi DPRD Provinsi Jambi", "Jambi")


def test_a_governors_office_is_in_the_capital():
    assert _venue(
        "Pemprov Kalteng dan BPK Teken MoU",
        "Pemerintah Provinsi Kalimantan Tengah dan Universitas Palangka Raya menandatangani nota "
        "kesepahaman di Aula Kantor Gubernur Kalimantan Tengah, Rabu (5/3/2025).",
    ) == ("Aula Kantor Gubernur Kalimantan Tengah", "Palangka Raya")


def test_a_province_after_the_town_is_not_the_city():
    assert _venue(
        "Pemkab Jember Teken Kesepakatan",
        "Bupati Jember dan Kepala Kejaksaan Negeri Jember menandatangani nota kesepakatan di Pendopo "
        "Wahyawibawagraha, Jember, Jawa Timur, Senin (10/3/2025).",
    ) == ("Pendopo Wahyawibawagraha", "Jember")


def test_a_government_complex_and_kota_items_give_the_town():
    assert _venue(
        "Dua Daerah Teken Kesepakatan Aset",
        "Nota kesepakatan diteken Bupati Tangerang dan Wali Kota Tangerang di Pendopo Gubernur Banten, "
        "Kawasan Pusat Pemerintahan Provinsi Banten (KP3B), Curug, Kota Serang. Penandatanganan "
        "disaksikan Gubernur Banten.",
    ) == ("Pendopo Gubernur Banten", "Serang")


def test_an_english_venue_with_its_head_last():
    assert _venue(
        "Province and university sign MoU",
        "The agreement was signed by the West Nusa Tenggara Governor and the rector of Monash University "
        "at Rinjani Hall, West Nusa Tenggara Governor's Office, in Mataram on Friday, March 7, 2025.",
    ) == ("Rinjani Hall, West Nusa Tenggara Governor's Office", "Mataram")
    # an item after " di " ending in an English head word is a place, not part of the venue
    assert _venue(
        "Ombudsman dan Pemkab Teken PKS",
        "Kedua pihak menandatangani perjanjian kerja sama di Kantor Ombudsman RI Perwakilan Kepri di "
        "Batam Centre, Batam, Rabu (5/3/2025).",
    ) == ("Kantor Ombudsman RI Perwakilan Kepri", "Batam")


def test_an_english_hotel_named_after_its_town():
    assert _venue(
        "Ombudsman and city sign MoU",
        "The MoU was signed at the Grand Kupang Hotel by the Ombudsman office head and the Kupang Mayor "
        "on Tuesday, March 4, 2025.",
    ) == ("Grand Kupang Hotel", "Kupang")


def test_a_one_word_hotel_brand_opens_a_venue():
    assert _venue(
        "ANRI Teken MoU Kearsipan",
        "Penandatanganan nota kesepahaman berlangsung di sela rapat koordinasi kearsipan di "
        "Swiss-Belhotel Manokwari, Kamis (6/3/2025).",
    ) == ("Swiss-Belhotel Manokwari", "Manokwari")


def test_a_balinese_wantilan_is_a_venue():
    assert _venue(
        "Tiga Pilar Teken Kesepakatan",
        "Penandatanganan nota kesepakatan di Wantilan Kantor Camat Tabanan itu dilakukan oleh Camat "
        "Tabanan dan Kapolsek Tabanan, Senin (3/3/2025).",
    ) == ("Wantilan Kantor Camat Tabanan", "Tabanan")
