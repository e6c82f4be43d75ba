"""Round 19: day ranges in numbers and the day a signing took place on ("Senin-Selasa
(2-3/3/2026)", "pada hari kedua"), an unnamed part of the month ("awal bulan ini"), a
weekday that ends a period ("buka hingga hari Sabtu"), "di ruangan itu" after the room
was named as a subject, a village after an embedded "di" or after the venue, a sentence
cut after an address, and the building a room is in after "Bertempat di"."""
import datetime

import pytest

from mou_extract import extract_text
from mou_extract.dates import find_dates
from variety_helpers import assert_venue

REF = datetime.date(2026, 3, 20)


def _signing(text, published="2026-03-20"):
    rec = extract_text(text, id="t", published=published)
    assert rec.is_signing, rec
    return rec.signings[0]


def _values(text, ref=REF):
    return [(m.text, m.value, m.precision) for m in find_dates(text, ref)]


def test_numeric_day_range_with_weekdays_first_day():
    got = _values("Festival budaya digelar Senin-Selasa (2-3/3/2026) di alun-alun kota.")
    assert got == [("Senin-Selasa (2-3/3/2026)", datetime.date(2026, 3, 2), "day")]


def test_numeric_day_range_second_day_when_signing_said_to_be_on_it():
    text = ("Rapat kerja daerah berlangsung Senin-Selasa (2-3/3/2026) di Kota Bima. "
            "Nota kesepahaman ditandatangani pada hari kedua rapat kerja.")
    assert _values(text)[0][1] == datetime.date(2026, 3, 3)


def test_named_day_range_last_day_from_headline_order():
    text = ("Hari Terakhir Pameran, Pemkab dan Kampus Teken MoU\n\n"
            "Pameran inovasi daerah digelar 16-18 Maret 2026 di gedung serbaguna.")
    got = [v for t, v, p in _values(text) if "Maret" in t]
    assert got == [datetime.date(2026, 3, 18)]


def test_bare_numbers_with_a_dash_are_no_range():
    assert _values("Lihat pasal 3-4/12 dalam rancangan itu.") == []


@pytest.mark.parametrize("phrase,expected", [
    ("awal bulan ini", datetime.date(2026, 3, 1)),
    ("pertengahan bulan lalu", datetime.date(2026, 2, 1)),
    ("akhir bulan lalu", datetime.date(2026, 2, 1)),
])
def test_unnamed_part_of_a_month(phrase, expected):
    got = _values(f"Kedua pihak meneken nota kesepahaman itu {phrase} di kantor bupati.")
    assert got == [(phrase, expected, "month")]


def test_unnamed_month_across_the_year():
    got = _values("Perjanjian diteken akhir bulan lalu.", datetime.date(2026, 1, 10))
    assert got[0][1] == datetime.date(2025, 12, 1)


def test_weekday_that_ends_a_period_is_no_date():
    assert _values("Mulai pekan ini kantor layanan buka hingga hari Sabtu.") == []
    assert _values("Loket dibuka sampai Sabtu bagi warga pekerja.") == []
    assert [t for t, _, _ in _values("Kesepakatan diteken pada hari Sabtu di balai desa.")] == ["Sabtu"]


def test_signing_date_from_numeric_range():
    rec = _signing(
        "MATARAM - Pekan Pelayanan Publik Provinsi Nusa Tenggara Barat digelar Selasa-Rabu "
        "(10-11/3/2026) di Lapangan Bumi Gora. Pada hari kedua, Pemerintah Kota Mataram dan "
        "Ombudsman RI Perwakilan NTB menandatangani nota kesepakatan tentang pengawasan "
        "pelayanan publik.")
    assert rec.date.value == "2026-03-11"


VENUES = [
    pytest.param(
        "Kendari - Ruang Sidang Senat Gedung Rektorat Universitas Halu Oleo (UHO) penuh sejak "
        "pagi, Selasa (17/3/2026). Di ruangan itu Universitas Halu Oleo dan Pemerintah "
        "Kabupaten Konawe menandatangani nota kesepahaman tentang pengabdian masyarakat.",
        "Ruang Sidang Senat Gedung Rektorat Universitas Halu Oleo", "Kendari", None,
        id="the-room-named-as-subject-before"),
    pytest.param(
        "BANTUL - Kepala Kantor Pertanahan Bantul dan Kepala Kejaksaan Negeri Bantul "
        "menandatangani nota kesepahaman, Rabu (18/3/2026), di Aula Kantor Kejaksaan Negeri "
        "Bantul di Trirenggo. Kerja sama itu mencakup penyelesaian sengketa tanah.",
        "Aula Kantor Kejaksaan Negeri Bantul", "Bantul", "Trirenggo", id="village-after-embedded-di"),
    pytest.param(
        "DENPASAR - Pemerintah Kota Denpasar dan Universitas Udayana menandatangani perjanjian "
        "kerja sama di Gedung Dharma Negara Alaya, Pemecutan, Kamis (12/3/2026), disaksikan "
        "para camat.",
        "Gedung Dharma Negara Alaya", "Denpasar", "Pemecutan", id="unknown-quarter-in-the-dateline-town"),
    pytest.param(
        "PALU - Dua pemerintah kabupaten di Sulawesi Tengah menandatangani nota kesepakatan "
        "dengan Kementerian Desa, Senin (16/3), di Gedung Makarti, Jalan TMP Kalibata, Jakarta "
        "Selatan. Kedua kabupaten itu yakni Sigi dan Donggala.",
        "Gedung Makarti", "Jakarta Selatan", "Palu", id="town-after-address-at-sentence-end"),
    pytest.param(
        "Bertempat di Ruang Rapat Wakil Bupati, Gedung A Setda Purbalingga, Pemerintah "
        "Kabupaten Purbalingga dan Pengadilan Negeri Purbalingga menandatangani perjanjian "
        "kerja sama tentang layanan sidang keliling, Senin (16/3/2026).",
        "Ruang Rapat Wakil Bupati, Gedung A Setda Purbalingga", "Purbalingga", None,
        id="room-then-its-building-after-bertempat"),
    pytest.param(
        "PRAYA - Pemerintah Desa Setanggor dan BRI Unit Praya menandatangani perjanjian kerja "
        "sama layanan agen perbankan di Berugak Kantor Desa Setanggor, Senin (16/3/2026).",
        "Berugak Kantor Desa Setanggor", None, None, id="sasak-berugak"),
]


@pytest.mark.parametrize("text,name,city,not_city", VENUES)
def test_venue(text, name, city, not_city):
    assert_venue(_signing(text).venue, name, city, not_city)
