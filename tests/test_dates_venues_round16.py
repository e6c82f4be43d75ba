"""Round 16: relative day counts, and venues written after a move ("ke X, tempat"), after a
street address, by their kind only ("aula pesantren"), in a village, at a fair pavilion,
inside an agreement's title, or with an English gloss before the town."""
import datetime

from mou_extract import dates as D
from mou_extract import extract_text

REF = datetime.date(2025, 3, 12)


def _dates(text):
    return [(d.text, d.value) for d in D.find_dates(text, REF)]


def test_day_count_before_publication_in_words():
    got = _dates("Kesepakatan itu diteken tiga hari lalu di kantor gubernur.")
    assert ("tiga hari lalu", datetime.date(2025, 3, 9)) in got


def test_day_count_before_publication_in_digits():
    got = _dates("Nota kesepahaman ditandatangani 2 hari yang lalu oleh kedua pihak.")
    assert ("2 hari yang lalu", datetime.date(2025, 3, 10)) in got


def test_day_count_in_english():
    got = _dates("The agreement was signed two days ago in Kendari.")
    assert ("two days ago", datetime.date(2025, 3, 10)) in got


def _signing(text, published="2025-06-20"):
    rec = extract_text(text, id="t", published=published)
    assert rec.is_signing, rec
    return rec.signings[0]


def test_venue_reached_with_ke_then_tempat():
    s = _signing(
        "TEMANGGUNG - Rapat paripurna DPRD Temanggung digelar di Gedung DPRD Temanggung pada "
        "Kamis (19/6/2025). Setelah itu rombongan bergeser ke Pendopo Pengayoman Temanggung, "
        "tempat nota kesepakatan antara Pemerintah Kabupaten Temanggung dan Pemerintah "
        "Kabupaten Magelang diteken oleh kedua bupati.")
    assert s.venue is not None and s.venue.name == "Pendopo Pengayoman Temanggung"


def test_town_after_street_address_cut_by_abbreviation():
    s = _signing(
        "Pada tanggal 18 Juni 2025, PT Tirta Sejahtera Abadi menandatangani perjanjian kerja sama "
        "dengan Perumda Air Minum Tirta Kerta Raharja. Perjanjian ditandatangani di Kantor Pusat "
        "Perusahaan, Jl. Raya Serpong Km. 7, Tangerang, oleh Direktur Utama kedua pihak.")
    assert s.venue is not None and s.venue.city == "Tangerang"


def test_regency_seat_after_address_before_lower_case_word():
    s = _signing(
        "Kejaksaan Negeri Wajo dan Pemerintah Kabupaten Wajo menandatangani nota kesepakatan "
        "tentang pendampingan hukum, Rabu (18/6/2025). Penandatanganan yang digelar di Aula "
        "Kejaksaan Negeri Wajo, Jalan Veteran, Sengkang itu dihadiri para camat.")
    assert s.venue is not None and s.venue.city == "Sengkang"


def test_village_hall_is_in_its_kecamatan():
    s = _signing(
        "KAMPAR - Kelompok tani di Desa Sungai Pinang, Kecamatan Tambang, Kabupaten Kampar kini "
        "bermitra dengan pabrik kelapa sawit. BUMDes Pinang Jaya dan PT Sawit Kampar Lestari "
        "menandatangani perjanjian kerja sama di Balai Desa Sungai Pinang, Senin (16/6/2025).")
    assert s.venue is not None and s.venue.city == "Tambang"


def test_venue_named_only_by_its_kind():
    s = _signing(
        "GARUT - Madrasah Aliyah Al Hikmah di Kampung Cibodas, Desa Sukaresmi, Kecamatan "
        "Cikajang, Kabupaten Garut, menjalin kerja sama dengan BUMDes Sukaresmi Makmur. Nota "
        "kesepahaman itu diteken di aula madrasah, Selasa (17/6/2025), oleh kepala madrasah dan "
        "direktur BUMDes.")
    assert s.venue is not None
    assert (s.venue.name, s.venue.city) == ("aula madrasah", "Cikajang")


def test_fair_pavilion_is_not_in_the_regency_seat():
    s = _signing(
        "MEDAN - Pemerintah Kabupaten Dairi dan PT Bank Sumut menandatangani nota kesepahaman "
        "di Anjungan Kabupaten Dairi, arena pameran, Sabtu (14/6/2025) malam.")
    assert s.venue is not None
    assert (s.venue.name, s.venue.city) == ("Anjungan Kabupaten Dairi", "Medan")


def test_generic_place_inside_title_yields_to_named_venue():
    s = _signing(
        "PADANG - Disdukcapil Kota Padang menandatangani Perjanjian Kerja Sama tentang Layanan "
        "Akta Kelahiran Terpadu di Rumah Sakit antara Pemerintah Kota Padang dengan RSUP M. "
        "Djamil, Rabu (18/6/2025), di Mal Pelayanan Publik (MPP) Kota Padang.")
    assert s.venue is not None and s.venue.name.startswith("Mal Pelayanan Publik")


def test_english_gloss_before_town():
    s = _signing(
        "The memorandum of understanding between the Southeast Sulawesi provincial "
        "government and UNICEF was signed on Wednesday, June 18, 2025, at Gedung Merah Putih in "
        "the governor's office complex in Kendari by the governor.")
    assert s.venue is not None and s.venue.city == "Kendari"


def test_english_venue_keeps_its_abbreviation_and_town():
    s = _signing(
        "Pemerintah Provinsi Maluku dan Badan Nasional Penanggulangan Bencana menandatangani nota "
        "kesepakatan kemarin di Jakarta International Expo Center (JIEC), Kemayoran, Jakarta, "
        "dalam rangkaian rapat koordinasi nasional.")
    assert s.venue is not None
    assert s.venue.name == "Jakarta International Expo Center (JIEC)"
    assert s.venue.city == "Jakarta"
