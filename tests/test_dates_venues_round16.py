"""Round 16: relative day counts, and venues written after a move ("ke X, tempat"), after a
street address, by their kind only ("aula pesantren"), in a village, at a fair pavilion,
inside an agreement's title, or with an English gloss before the town."""
import datetime

import pytest

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


def test_generic_place_inside_title_yields_to_named_venue():
    s = _signing(
        "PADANG - Disdukcapil Kota Padang menandatangani Perjanjian Kerja Sama tentang Layanan "
        "Akta Kelahiran Terpadu di Rumah Sakit antara Pemerintah Kota Padang dengan RSUP M. "
        "Djamil, Rabu (18/6/2025), di Mal Pelayanan Publik (MPP) Kota Padang.")
    assert s.venue is not None and s.venue.name.startswith("Mal Pelayanan Publik")


VENUE_CITIES = [
    pytest.param(
        "Pada tanggal 18 Juni 2025, PT Tirta Sejahtera Abadi menandatangani perjanjian kerja sama "
        "dengan Perumda Air Minum Tirta Kerta Raharja. Perjanjian ditandatangani di Kantor Pusat "
        "Perusahaan, Jl. Raya Serpong Km. 7, Tangerang, oleh Direktur Utama kedua pihak.",
        "Tangerang", id="town-after-street-address-cut-by-abbreviation"),
    pytest.param(
        "Kejaksaan Negeri Wajo dan Pemerintah Kabupaten Wajo menandatangani nota kesepakatan "
        "tentang pendampingan hukum, Rabu (18/6/2025). Penandatanganan yang digelar di Aula "
        "Kejaksaan Negeri Wajo, Jalan Veteran, Sengkang itu dihadiri para camat.",
        "Sengkang", id="regency-seat-after-address-before-lower-case-word"),
    pytest.param(
        "KAMPAR - Kelompok tani di Desa Sungai Pinang, Kecamatan Tambang, Kabupaten Kampar kini "
        "bermitra dengan pabrik kelapa sawit. BUMDes Pinang Jaya dan PT Sawit Kampar Lestari "
        "menandatangani perjanjian kerja sama di Balai Desa Sungai Pinang, Senin (16/6/2025).",
        "Tambang", id="village-hall-is-in-its-kecamatan"),
    pytest.param(
        "The memorandum of understanding between the Southeast Sulawesi provincial "
        "government and UNICEF was signed on Wednesday, June 18, 2025, at Gedung Merah Putih in "
        "the governor's office complex in Kendari by the governor.",
        "Kendari", id="english-gloss-before-town"),
]


@pytest.mark.parametrize("text, city", VENUE_CITIES)
def test_venue_city(text, city):
    s = _signing(text)
    assert s.venue is not None and s.venue.city == city


VENUES = [
    pytest.param(
        "GARUT - Madrasah Aliyah Al Hikmah di Kampung Cibodas, Desa Sukaresmi, Kecamatan "
        "Cikajang, Kabupaten Garut, menjalin kerja sama dengan BUMDes Sukaresmi Makmur. Nota "
        "kesepahaman itu diteken di aula madrasah, Selasa (17/6/2025), oleh kepala madrasah dan "
        "direktur BUMDes.",
        "aula madrasah", "Cikajang", id="venue-named-only-by-its-kind"),
    pytest.param(
        "MEDAN - Pemerintah Kabupaten Dairi dan PT Bank Sumut menandatangani nota kesepahaman "
        "di Anjungan Kabupaten Dairi, arena pameran, Sabtu (14/6/2025) malam.",
        "Anjungan Kabupaten Dairi", "Medan", id="fair-pavilion-is-not-in-the-regency-seat"),
    pytest.param(
        "Pemerintah Provinsi Maluku dan Badan Nasional Penanggulangan Bencana menandatangani nota "
        "kesepakatan kemarin di Jakarta International Expo Center (JIEC), Kemayoran, Jakarta, "
        "dalam rangkaian rapat koordinasi nasional.",
        "Jakarta International Expo Center (JIEC)", "Jakarta", id="english-venue-keeps-its-abbreviation-and-town"),
]


@pytest.mark.parametrize("text, name, city", VENUES)
def test_venue_name_and_city(text, name, city):
    s = _signing(text)
    assert s.venue is not None
    assert (s.venue.name, s.venue.city) == (name, city)
