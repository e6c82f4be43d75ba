"""Round 32: venues and dates. A venue named after a city that shares its province's name
("Hotel X Yogyakarta", "Aula Kanwil Y Jambi") is in the city, not in the town the report
is filed from; a regency's seat that ends a building's own name ("Gedung Sri Bunga
Tanjung") places it only when the story is near that regency; a dated dateline followed by
an earlier full date in the lead ("TEBING TINGGI, Kamis (4/9/2025) - ... Selasa
(2/9/2025)") dates the report, the lead's date the signing. Sentences written for these
tests."""
from mou_extract import extract_text
from mou_extract.dates import find_dates
import datetime

from variety_helpers import article, first_signing, venue_of


# --- a city that shares its province's name ---------------------------------------------------------

def test_a_hotel_named_after_yogyakarta_is_in_the_city_not_the_dateline():
    text = article(
        "Kemenkum DIY dan Pemkab Gunungkidul Teken Nota Kesepakatan",
        "Wonosari, kabarjogja.id - Kantor Wilayah Kementerian Hukum Daerah Istimewa Yogyakarta dan "
        "Pemerintah Kabupaten Gunungkidul menandatangani nota kesepakatan di Hotel Melia Purosani "
        "Yogyakarta, Senin (3/11/2025).",
        "Nota kesepakatan ditandatangani Kepala Kanwil Budi Santosa dan Bupati Gunungkidul Hari Wibowo.")
    assert first_signing(text).venue.city == "Yogyakarta"


def test_a_regional_office_named_after_jambi_is_in_the_city():
    v = venue_of("Nota kesepahaman diteken di Aula Kanwil Kemenag Jambi, Senin (3/11/2025).", dateline="Muara Bulian")
    assert v[:2] == ("Aula Kanwil Kemenag Jambi", "Jambi")


def test_guard_a_regency_named_like_its_city_keeps_the_seat_filed_from():
    # Kabupaten Malang has a city of the same name: the regent's office is in the seat
    v = venue_of("Nota kesepakatan diteken di Ruang Rapat Kantor Bupati Malang, Senin (3/11/2025).",
                 dateline="Kepanjen")
    assert v[1] == "Kepanjen"


def test_guard_a_province_named_otherwise_keeps_the_dateline_town():
    # "Riau" is no city's name: the old reading stands
    v = venue_of("Nota kesepakatan diteken di Aula Kantor Perwakilan BPKP Riau, Senin (3/11/2025).",
                 dateline="Pekanbaru")
    assert v[1] == "Pekanbaru"


# --- a seat's name inside a building's own name ------------------------------------------------------

def test_a_seat_word_in_a_hall_name_far_from_its_regency_is_no_town():
    # Tanjung is the seat of Tabalong (Kalsel) and Lombok Utara (NTB); the story is in Riau
    text = article(
        "Pemko Dumai dan Kejari Dumai Teken Kesepakatan",
        "DUMAI - Pemerintah Kota Dumai dan Kejaksaan Negeri Dumai menandatangani nota kesepakatan di "
        "Gedung Serbaguna Bunga Tanjung, Kamis (9/7/2026).",
        "Nota kesepakatan itu diteken Wali Kota Dumai Andi Saputra dan Kepala Kejari Dumai Rudi Hartono.")
    assert first_signing(text).venue.city == "Dumai"


def test_guard_a_seat_in_the_same_province_still_places_the_venue():
    v = venue_of("Nota kesepakatan diteken di Aula Pengadilan Negeri Tanjung, Kamis (9/7/2026).",
                 dateline="Banjarmasin")
    assert v[1] == "Tanjung"


def test_guard_a_seat_whose_regency_the_story_names_still_places_the_venue():
    text = ("Nota kesepakatan antara Pemkab Tabalong dan Bank Kalsel diteken di Aula Pengadilan Negeri "
            "Tanjung, Kamis (9/7/2026).")
    v = venue_of(text, dateline="Jakarta")
    assert v[1] == "Tanjung"


# --- a dated dateline and the lead's own date --------------------------------------------------------

def _values(text: str, ref=None) -> list:
    return [d.value for d in find_dates(text, ref) if d.precision == "day"]


def test_a_dated_dateline_then_an_earlier_full_date_drops_the_dateline_date():
    text = ("BINJAI, Jumat (10/10/2025) - Pemerintah Kota Binjai dan PT Bank X menandatangani perjanjian "
            "kerja sama tentang Pembayaran Pajak Daerah, Rabu (8/10/2025), di Aula Y.")
    assert _values(text) == [datetime.date(2025, 10, 8)]


def test_the_signing_date_of_a_dated_dateline_lead_in_the_record():
    text = article(
        "Pemko Binjai dan Bank X Teken PKS",
        "BINJAI, Jumat (10/10/2025) - Pemerintah Kota Binjai dan PT Bank X telah menandatangani perjanjian "
        "kerja sama tentang Pembayaran Pajak Daerah, Rabu (8/10/2025), di Aula Kantor Wali Kota Binjai.",
        "Perjanjian itu diteken Wali Kota Binjai Amir Hasan dan Direktur Bank X Rina Lubis.")
    assert first_signing(text).date.value == "2025-10-08"


def test_guard_a_later_date_after_a_dated_dateline_keeps_both():
    text = ("BINJAI, Jumat (10/10/2025) - Pemerintah Kota Binjai dan PT Bank X akan menandatangani perjanjian "
            "kerja sama pada Senin (13/10/2025).")
    assert _values(text) == [datetime.date(2025, 10, 10), datetime.date(2025, 10, 13)]


def test_guard_a_date_weeks_before_the_dateline_keeps_both():
    text = ("BINJAI, Jumat (10/10/2025) - Pemerintah Kota Binjai menagih janji nota kesepahaman yang diteken "
            "Senin (1/9/2025).")
    assert _values(text) == [datetime.date(2025, 10, 10), datetime.date(2025, 9, 1)]


# --- a kelurahan of the seat town the report is filed from -----------------------------------------

def test_an_unknown_quarter_after_a_campus_filed_from_a_regency_seat_is_the_seat():
    v = venue_of("Nota kesepahaman ditandatangani di Aula Rektorat Universitas Gunung Rinjani, Pancor, "
                 "Senin (4/8/2025).", dateline="Selong")
    assert v[:2] == ("Aula Rektorat Universitas Gunung Rinjani", "Selong")


def test_guard_a_venue_naming_a_region_keeps_the_village_after_it():
    # the campus is named after Jambi; Mendalo lies in another regency than the seat filed from
    v = venue_of("Nota kesepahaman ditandatangani di Gedung Rektorat Universitas Jambi, Mendalo, "
                 "Senin (4/8/2025).", dateline="Kuala Tungkal")
    assert v[1] == "Mendalo"


def test_guard_a_regency_dateline_that_is_no_seat_keeps_the_village():
    v = venue_of("Nota kesepahaman ditandatangani di Aula Rektorat Universitas Gunung Rinjani, Pancor, "
                 "Senin (4/8/2025).", dateline="Lombok Timur")
    assert v[1] == "Pancor"


# --- a signing told as the follow-up of the meeting the lead places --------------------------------

def test_a_signing_as_the_follow_up_of_a_placed_meeting_takes_its_venue():
    text = article(
        "Rapat Evaluasi Berlanjut ke PKS",
        "Kalianda (lampungkini.com): Pemerintah Kabupaten Lampung Selatan dan Kantor Pelayanan Pajak Pratama "
        "Kalianda menggelar rapat evaluasi kerja sama perpajakan, Selasa (8/7/2025), di Aula Rajabasa "
        "Kantor Bupati Lampung Selatan.",
        "Sebagai tindak lanjut, Bupati Lampung Selatan Rudi Hermawan dan Kepala KPP Pratama Kalianda Sri "
        "Wahyuni menandatangani perjanjian kerja sama tentang Optimalisasi Pajak Daerah.",
        "Perjanjian itu mengatur pertukaran data perpajakan.")
    v = first_signing(text).venue
    assert v is not None and v.name == "Aula Rajabasa Kantor Bupati Lampung Selatan"


def test_guard_a_follow_up_without_a_comma_is_no_cue():
    # "sebagai tindak lanjut dari MoU ..." says what the agreement continues, not where
    text = article(
        "Pemkab Lampung Selatan dan KPP Teken PKS",
        "Kalianda (lampungkini.com): Pemerintah Kabupaten Lampung Selatan dan Kantor Pelayanan Pajak Pratama "
        "Kalianda menggelar rapat evaluasi kerja sama perpajakan, Selasa (8/7/2025), di Aula Rajabasa "
        "Kantor Bupati Lampung Selatan.",
        "Bupati Lampung Selatan Rudi Hermawan dan Kepala KPP Pratama Kalianda Sri Wahyuni menandatangani "
        "perjanjian kerja sama sebagai tindak lanjut dari nota kesepakatan tahun 2022.",
        "Perjanjian itu mengatur pertukaran data perpajakan.")
    assert first_signing(text).venue is None


# --- a campus's short form, its town written after the brackets ------------------------------------

def test_a_campus_short_form_with_its_town_after_the_brackets_places_the_venue():
    text = article(
        "Pemkab Sragen Gandeng ITS",
        "Sragen (ANTARA) - Pemerintah Kabupaten Sragen dan Institut Teknologi Sepuluh Nopember (ITS) Surabaya "
        "menandatangani nota kesepahaman di Ruang Sidang Rektorat ITS, Rabu (1/10/2025).",
        "Nota kesepahaman diteken Bupati Sragen Agus Salim dan Rektor ITS Bambang Pramujati.")
    assert first_signing(text).venue.city == "Surabaya"


def test_guard_a_short_form_with_no_town_after_it_keeps_the_dateline():
    text = article(
        "Pemkab Sragen Gandeng ITS",
        "Sragen (ANTARA) - Pemerintah Kabupaten Sragen dan Institut Teknologi Sepuluh Nopember (ITS) "
        "menandatangani nota kesepahaman di Ruang Sidang Rektorat ITS, Rabu (1/10/2025).",
        "Nota kesepahaman diteken Bupati Sragen Agus Salim dan Rektor ITS Bambang Pramujati.")
    assert first_signing(text).venue.city == "Sragen"


# --- Siak's seat, Siak Sri Indrapura (data/region_seats.tsv) -----------------------------------------

def test_a_hall_filed_from_siak_sri_indrapura_is_there():
    v = venue_of("Penandatanganan berlangsung di Balai Adat Melayu, kompleks Istana Siak, Senin (6/10/2025).",
                 dateline="Siak Sri Indrapura")
    assert v[1] == "Siak Sri Indrapura"


def test_guard_a_regent_office_filed_from_siak_keeps_the_dateline_spelling():
    v = venue_of("Penandatanganan berlangsung di Ruang Rapat Kantor Bupati Siak, Senin (6/10/2025).",
                 dateline="Siak")
    assert v[1] == "Siak"


def test_a_city_office_short_form_gives_the_bare_city():
    v = venue_of("Dinas Pendidikan (Disdik) Kota Bontang dan Bank X menandatangani perjanjian di Ruang Rapat "
                 "Disdik, Jalan Y.", dateline="Samarinda")
    assert v[1] == "Bontang"


def test_guard_a_regency_office_short_form_names_no_town():
    v = venue_of("Dinas Pendidikan (Disdik) Kabupaten Kutai Timur dan Bank X menandatangani perjanjian di Ruang "
                 "Rapat Disdik, Jalan Y.", dateline="Samarinda")
    assert v[1] == "Samarinda"
