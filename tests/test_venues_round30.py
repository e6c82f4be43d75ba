"""Round 30: venues and dates. A kecamatan of a city (kota) written after the venue puts it
in that city (a regency's kecamatan stays a town of its own); a dateline that names only a
regency gives way to the kecamatan the venue's name ends in; a dated scene may give the
venue's village and district between its name and the day ("Suasana Balai Kalurahan X,
Kapanewon Y, Jumat ..."), and a district written after the venue with Yogyakarta's
"Kapanewon" (or "Distrik") is its town, without the level word; a host who received the
visitors "di kantornya" gives the office of the institution they head; a bare "pekan
lalu" dates a signing to the month when the whole week before the report lies in one
month. Sentences written for these tests."""
import datetime

from variety_helpers import VenueCtx, venue_in, venue_of

from mou_extract import venues
from mou_extract.dates import find_dates


# --- a kecamatan of a city is the city -------------------------------------------------------

def test_a_kecamatan_of_a_city_after_the_venue_is_the_city():
    v = venue_of("Penandatanganan berlangsung di Aula Fakultas Hukum Universitas Brawijaya, Lowokwaru, "
                 "Selasa (4/3/2025).", dateline="Surabaya")
    assert v[:2] == ("Aula Fakultas Hukum Universitas Brawijaya", "Malang")
    v = venue_of("Nota kesepahaman diteken di Gedung Pascasarjana Universitas Negeri Makassar, Rappocini.")
    assert v[:2] == ("Gedung Pascasarjana Universitas Negeri Makassar", "Makassar")


def test_a_kecamatan_of_a_regency_stays_a_town_of_its_own():
    v = venue_of("Penandatanganan berlangsung di Aula Puskesmas Induk, Pengasih, Selasa (4/3/2025).",
                 dateline="Yogyakarta")
    assert v[:2] == ("Aula Puskesmas Induk", "Pengasih")


# --- a regency's dateline and a venue named after one of its kecamatan ---------------------------

def test_a_regency_dateline_gives_way_to_the_kecamatan_the_venue_names():
    v = venue_of("Perjanjian itu ditandatangani di Aula Kantor Camat Sembalun, Rabu (5/11/2025).",
                 dateline="Lombok Timur")
    assert v[:2] == ("Aula Kantor Camat Sembalun", "Sembalun")
    v = venue_of("Penandatanganan digelar di Pendopo Kecamatan Pengasih.", dateline="Kulon Progo")
    assert v[:2] == ("Pendopo Kecamatan Pengasih", "Pengasih")


def test_a_town_dateline_still_places_a_district_office():
    # the dateline is the regency's seat, a town: it still gives the city
    v = venue_of("Penandatanganan digelar di Pendopo Kecamatan Pengasih.", dateline="Wates")
    assert v[:2] == ("Pendopo Kecamatan Pengasih", "Wates")
    # a kecamatan of another regency is no town of the dateline's
    v = venue_of("Perjanjian itu ditandatangani di Aula Kantor Camat Sembalun.", dateline="Kulon Progo")
    assert v[1] != "Sembalun"


# --- a dated scene with the venue's village and district -------------------------------------------

def test_a_scene_at_a_village_hall_with_its_district_before_the_day():
    s = ("Suasana Balai Kalurahan Sendangsari, Kapanewon Pengasih, Selasa (4/2/2025) pagi, berbeda dari "
         "hari biasa.")
    v = venue_of(s, dateline="Wates")
    assert v[:2] == ("Balai Kalurahan Sendangsari", "Pengasih")
    assert venues.dated_scene(VenueCtx(s), 0, len(s))


def test_a_scene_at_a_village_hall_with_its_kecamatan_and_regency():
    s = ("Suasana Balai Desa Sukamaju, Kecamatan Sembalun, Kabupaten Lombok Timur, Kamis (6/11/2025), "
         "riuh oleh warga.")
    assert venues.dated_scene(VenueCtx(s), 0, len(s))
    assert venue_of(s)[0] == "Balai Desa Sukamaju"


def test_a_district_item_with_yogyakartas_word_is_the_town():
    v = venue_of("Penandatanganan berlangsung di Balai Kalurahan Sendangsari, Kapanewon Pengasih, Senin (3/2/2025).",
                 dateline="Wates")
    assert v[:2] == ("Balai Kalurahan Sendangsari", "Pengasih")


# --- the host's office ------------------------------------------------------------------------

def test_a_host_receiving_the_visitors_at_his_office_gives_the_venue():
    text = ("Pemerintah Kabupaten Seluma menandatangani nota kesepakatan dengan Kantor Wilayah Badan "
            "Pertanahan Nasional Provinsi Bengkulu, Selasa (4/3/2025). Kepala Kantor Wilayah Badan Pertanahan "
            "Nasional Provinsi Bengkulu, Budi Santoso, menerima rombongan Pemkab Seluma di kantornya, Jalan "
            "Basuki Rahmat, Kota Bengkulu.")
    v = venue_in(text, "Pemerintah Kabupaten Seluma menandatangani")
    assert v[:2] == ("Kantor Wilayah Badan Pertanahan Nasional Provinsi Bengkulu", "Bengkulu")
    text = ("Pemkot Palu dan Ombudsman RI Perwakilan Sulawesi Tengah meneken nota kesepakatan, kemarin. "
            "Ketua Ombudsman RI Perwakilan Sulawesi Tengah, Rina Lestari, menerima kunjungan Wali Kota Palu "
            "di kantornya.")
    v = venue_in(text, "Pemkot Palu dan Ombudsman")
    assert v[:2] == ("Kantor Ombudsman RI Perwakilan Sulawesi Tengah", "Palu")


def test_a_visit_in_another_paragraph_or_elsewhere_gives_no_office():
    text = ("Pemkot Palu dan Ombudsman RI Perwakilan Sulawesi Tengah meneken nota kesepakatan, kemarin.\n\n"
            "Sebelumnya, Ketua Ombudsman RI Perwakilan Sulawesi Tengah, Rina Lestari, menerima kunjungan "
            "Wali Kota Palu di kantornya.")
    v = venue_in(text, "Pemkot Palu dan Ombudsman")
    assert v is None or v[0] is None
    text = ("Pemkot Palu dan Ombudsman RI Perwakilan Sulawesi Tengah meneken nota kesepakatan, kemarin. "
            "Ketua Ombudsman RI Perwakilan Sulawesi Tengah, Rina Lestari, menerima laporan warga setiap hari.")
    v = venue_in(text, "Pemkot Palu dan Ombudsman")
    assert v is None or v[0] is None


# --- "pekan lalu" -------------------------------------------------------------------------------

def _dates(text, ref):
    return [(d.text, d.value, d.precision) for d in find_dates(text, ref)]


def test_last_week_within_one_month_dates_the_signing_to_the_month():
    # a report of Thursday 20 March 2025: the week before is 10-16 March
    got = _dates("Pemkab Seluma dan BPN menandatangani perjanjian kerja sama tentang sertifikasi aset, pekan lalu.",
                 datetime.date(2025, 3, 20))
    assert got == [("pekan lalu", datetime.date(2025, 3, 1), "month")]
    got = _dates("Nota kesepakatan itu diteken pekan kemarin di Aula Kantor Bupati.", datetime.date(2025, 6, 11))
    assert got == [("pekan kemarin", datetime.date(2025, 6, 1), "month")]


def test_last_week_across_two_months_gives_no_date():
    # a report of Wednesday 5 March 2025: the week before is 24 February - 2 March
    assert _dates("Perjanjian itu diteken pekan lalu.", datetime.date(2025, 3, 5)) == []


def test_last_week_counted_or_since_or_after_a_day_is_no_month():
    ref = datetime.date(2025, 3, 20)
    assert _dates("Kesepakatan itu diteken dua pekan lalu.", ref) == []
    assert _dates("Aturan itu berlaku sejak pekan lalu.", ref) == []
    assert _dates("Nota itu diteken Kamis pekan lalu.", ref) == [("Kamis pekan lalu", datetime.date(2025, 3, 13), "day")]
    assert _dates("Nota itu diteken Rabu (12/3) pekan lalu.", ref) == [("Rabu (12/3)", datetime.date(2025, 3, 12), "day")]


def test_last_week_gives_way_to_a_day_of_that_week_the_text_gives():
    ref = datetime.date(2025, 5, 19)
    text = ("Foto: Kedua pihak bertukar dokumen di Kantor Cabang Merak, Rabu (14/5/2025).\n\n"
            "Perjanjian itu diteken pekan lalu oleh kepala kantor dan manajer cabang.")
    assert _dates(text, ref) == [("Rabu (14/5/2025)", datetime.date(2025, 5, 14), "day")]
    # a day of another week does not name it
    text = text.replace("14/5/2025", "7/5/2025")
    assert _dates(text, ref)[-1] == ("pekan lalu", datetime.date(2025, 5, 1), "month")
