"""Round 17: a month told without its year ("pada Maret lalu"), and venues with a Javanese
pendopo spelling, an office named after several provinces, a street address after
"Bertempat di", a campus town before its regency, a province after the town, a location
pin line, and a signing placed by the kind of a venue named earlier ("di tepi lapangan")."""
import datetime

import pytest

from mou_extract import dates as D
from mou_extract import extract_text
from variety_helpers import assert_venue

REF = datetime.date(2025, 4, 22)


def _dates(text, ref=REF):
    return [(d.text, d.value, d.precision, d.year_inferred) for d in D.find_dates(text, ref)]


def test_past_month_without_year_takes_the_latest_such_month():
    got = _dates("Kesepakatan itu diteken kedua pimpinan pada Februari lalu di Kupang.")
    assert ("Februari lalu", datetime.date(2025, 2, 1), "month", True) in got
    # a month after the publication month lies in the year before
    got = _dates("Naskah yang sama sudah dibahas sejak Oktober yang lalu.")
    assert ("Oktober yang lalu", datetime.date(2024, 10, 1), "month", True) in got
    # a day before the month keeps the day; "mei" in lower case is no month
    assert _dates("diteken pada 3 Maret lalu")[0][:3] == ("3 Maret", datetime.date(2025, 3, 3), "day")
    assert _dates("Ia mei lalu pulang.") == []


def _signing(text, published="2025-06-20"):
    rec = extract_text(text, id="t", published=published)
    assert rec.is_signing, rec
    return rec.signings[0]


def test_signing_dated_by_month_only():
    s = _signing(
        "Pemkab Lampung Barat Gandeng Unila\n\nLIWA - Pemerintah Kabupaten Lampung Barat menjalin "
        "kerja sama dengan Universitas Lampung. Nota kesepahaman kedua lembaga ditandatangani oleh "
        "Bupati Lampung Barat Parosil Mabsus dan Rektor Universitas Lampung Lusmeilia Afriani pada "
        "Mei lalu di Aula Kantor Bupati Lampung Barat.")
    assert s.date is not None and s.date.value == "2025-05-01" and s.date.precision == "month"
    assert s.date.year_inferred


VENUES = [
    pytest.param(
        "Pemerintah Kota Yogyakarta dan PT Taspen (Persero) meneken nota kesepahaman, Senin "
        "(16/6/2025). Penandatanganan berlangsung di Pendhapa Agung Balai Kota Yogyakarta dan "
        "dilakukan langsung oleh Wali Kota Yogyakarta dan Direktur Utama PT Taspen.",
        "Pendhapa Agung Balai Kota Yogyakarta", "Yogyakarta", id="javanese-pendhapa"),
    pytest.param(
        "Kantor Wilayah Direktorat Jenderal Bea dan Cukai Kalimantan Barat dan Pemerintah Kota "
        "Pontianak menandatangani perjanjian kerja sama, Selasa (17/6/2025), di Aula Kantor "
        "Wilayah Bea Cukai Kalimantan Selatan, Tengah, dan Timur, Banjarmasin.",
        "Aula Kantor Wilayah Bea Cukai Kalimantan Selatan, Tengah, dan Timur", "Banjarmasin",
        id="office-of-several-provinces"),
    pytest.param(
        "Pengadilan Tinggi Manado dan Pemerintah Provinsi Sulawesi Utara menandatangani nota "
        "kesepakatan, Rabu (18/6/2025). Bertempat di Aula Lantai 2 Kantor Pengadilan Tinggi "
        "Sulawesi Utara, Jalan Sam Ratulangi, Manado, pukul 09.00 WITA.",
        "Aula Lantai 2 Kantor Pengadilan Tinggi Sulawesi Utara", "Manado", id="address-after-bertempat"),
    pytest.param(
        "Universitas Jenderal Soedirman dan Pemerintah Kabupaten Cilacap menandatangani nota "
        "kesepahaman, Kamis (19/6/2025), di Aula Fakultas Perikanan, Kampus Kembaran, Banyumas.",
        None, "Kembaran", id="campus-town-before-its-regency"),
    pytest.param(
        "Pemerintah Kabupaten Banyumas dan Bank Jateng menandatangani perjanjian kerja sama, "
        "Kamis (19/6/2025), di Aula Kantor Kecamatan Kembaran, Banyumas.",
        None, "Banyumas", id="district-office-keeps-the-regency"),
    pytest.param(
        "Pemerintah Kabupaten Alor dan PT Mutiara Laut Timur menandatangani nota kesepahaman, "
        "Jumat (20/6/2025), di Ballroom Hotel Mulia Resort, Nusa Dua, Kabupaten Badung, Bali.",
        None, "Badung", id="province-after-a-regency-is-no-city"),
    pytest.param(
        "Pemerintah Kabupaten Kerinci dan Bank Jambi menandatangani nota kesepahaman, Jumat "
        "(20/6/2025), di Aula Kantor Pusat Bank Jambi, Jambi.",
        None, "Jambi", id="capital-sharing-its-provinces-name"),
    pytest.param(
        "pemkottomohon\n\nKota Tomohon, Sulawesi Utara\n\n"
        "pemkottomohon \U0001F4CC Pemkot Tomohon Gandeng Universitas Negeri Manado Kembangkan "
        "Pariwisata \U0001F33A\n\n"
        "Wali Kota Tomohon Ir. Caroll Senduk, S.H. dan Rektor Universitas Negeri Manado (Unima) "
        "Prof. Dr. Joseph Kambey, M.Pd. menandatangani Nota Kesepahaman tentang Pengembangan "
        "Pariwisata Berbasis Budaya di Kota Tomohon, Rabu (18/6/2025) \U0001F4DD\U0001F91D\n\n"
        "\U0001F4CD Ruang Rapat Wali Kota Tomohon\n\n"
        "Kerja sama ini mencakup penelitian dan magang mahasiswa di desa wisata. \U0001F44F\n",
        "Ruang Rapat Wali Kota Tomohon", "Tomohon", id="under-a-location-pin"),
    pytest.param(
        "Kandangan, kalselpost.com - Program TNI Manunggal Membangun Desa ke-125 wilayah Kodim "
        "1003/Hulu Sungai Selatan dibuka di Lapangan Desa Kalumpang Dalam, Kecamatan Daha "
        "Selatan, Kabupaten Hulu Sungai Selatan, Selasa (17/6/2025).\n\n"
        "Sebelum upacara, Pemerintah Kabupaten Hulu Sungai Selatan dan Kodim 1003/Hulu Sungai "
        "Selatan menandatangani Perjanjian Kerja Sama tentang Pelaksanaan TMMD di tenda yang "
        "dipasang di pinggir lapangan.",
        "Lapangan Desa Kalumpang Dalam", None, id="edge-of-a-field-named-before"),
    pytest.param(
        "RSUD Tabanan Gandeng Poltekkes\n\nTABANAN, balitoday.com - Poltekkes Kemenkes Denpasar "
        "menandatangani perjanjian kerja sama dengan RSUD Kabupaten Tabanan, Senin (16/6/2025). "
        "Perjanjian ditandatangani Direktur Poltekkes Kemenkes Denpasar dr. Made Sukarja dan "
        "Direktur RSUD Tabanan dr. Ketut Wiradana di Ruang Rapat RSUD Tabanan.",
        None, "Tabanan", id="kecamatan-of-the-regencys-own-name"),
    pytest.param(
        "RSUD Karangasem Gandeng Poltekkes\n\nAMLAPURA, balitoday.com - Poltekkes Kemenkes "
        "Denpasar menandatangani perjanjian kerja sama dengan RSUD Kabupaten Karangasem, Senin "
        "(16/6/2025). Perjanjian ditandatangani Direktur Poltekkes Kemenkes Denpasar dr. Made "
        "Sukarja dan Direktur RSUD Karangasem dr. Wayan Sutama di Ruang Rapat RSUD Karangasem.",
        None, "Amlapura", id="regency-body-in-the-seat-the-dateline-names"),
    pytest.param(
        "Untad Gandeng Kodim\n\nUniversitas Tadulako Palu (Untad) dan Komando Distrik Militer "
        "1306/Kota Palu sepakat bekerja sama dalam pembinaan bela negara. Kesepakatan itu "
        "dituangkan dalam nota kesepahaman yang ditandatangani pada Kamis, 19 Juni 2025, di "
        "Ruang Senat Gedung Rektorat Untad.",
        None, "Palu", id="town-from-the-spelled-out-short-form"),
    pytest.param(
        "Ombudsman signs agreement with Central Sulawesi\n\nThe Indonesian Ombudsman signed a "
        "nota kesepakatan with the Central Sulawesi provincial administration on Monday, June "
        "16, 2025, at Rujab Souraja, the governor's official residence in Palu, in the presence of "
        "regional heads.",
        "Rujab Souraja", "Palu", id="town-after-a-comma-gloss-in-english"),
    pytest.param(
        "Pemkab Ngawi Teken Kesepakatan dengan Ombudsman\n\nNGAWI, jatimpost.id - Ombudsman RI "
        "Perwakilan Jawa Timur dan Pemerintah Kabupaten Ngawi menandatangani nota kesepakatan "
        "pengawasan pelayanan publik, Senin (16/6/2025). Penandatanganan digelar di Pendopo, "
        "disaksikan para kepala perangkat daerah.",
        "Pendopo", "Ngawi", id="bare-pendopo-in-the-dateline-town"),
]


@pytest.mark.parametrize("text,name,city", VENUES)
def test_venue_name_and_city(text, name, city):
    assert_venue(_signing(text).venue, name, city)
