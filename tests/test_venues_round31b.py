"""Round 31b: venues. A building gone to for the signing ("bergeser ke Ruang Rapat X untuk
penandatanganan ...") is its venue; the table the signers sat at is no part of the venue's
name ("di meja depan Ruang Rapat X"), and a sentence placing people at a building on a day
("... duduk di meja depan Ruang X, Rabu (3/9/2025) pagi.") sets the signing's scene; a
seat's name in its regional spelling takes the dateline's Indonesian one ("Simpang Ampek"
filed from SIMPANG EMPAT); a caption's venue stands for a body that dates no day ("awal
pekan ini") when the caption's day is in the week before the report; a regency's bare name
that is no town's ("Kemenag Keerom") places the venue in no town. Sentences written for
these tests."""
from mou_extract import extract_text, venues

from variety_helpers import VenueCtx, venue_of


# --- a building gone to for the signing ----------------------------------------------------

def test_a_hall_gone_to_for_the_signing_is_the_venue():
    v = venue_of("Usai meninjau pasar, rombongan bergeser ke Aula Kantor Bupati Wakatobi untuk "
                 "penandatanganan nota kesepahaman dengan pemerintah kabupaten.", dateline="Wangi-Wangi")
    assert v is not None and v[0] == "Aula Kantor Bupati Wakatobi"


def test_a_room_gone_to_for_signing_with_a_verb():
    v = venue_of("Kedua pimpinan lalu menuju Ruang Rapat Rektorat Universitas Halu Oleo untuk menandatangani "
                 "perjanjian kerja sama.", dateline="Kendari")
    assert v is not None and v[0] == "Ruang Rapat Rektorat Universitas Halu Oleo"


def test_a_town_gone_to_for_the_signing_is_no_building():
    assert venue_of("Siangnya, rombongan bergeser ke Tutuyan untuk menandatangani dokumen serupa.",
                    dateline="Kotamobagu") is None


# --- the table the signers sat at ----------------------------------------------------------

def test_the_table_in_front_of_a_room_is_no_part_of_its_name():
    v = venue_of("Bupati Kolaka dan Kepala Kejaksaan Negeri Kolaka duduk berdampingan di meja depan "
                 "Ruang Rapat Sangia Nibandera, Senin (6/10/2025) siang.", dateline="Kolaka")
    assert v is not None and v[0] == "Ruang Rapat Sangia Nibandera"


def test_a_sentence_at_a_building_on_a_day_sets_the_scene():
    text = ("Wali Kota Bitung dan Rektor Universitas Sam Ratulangi duduk di meja utama Aula Wale Kita, "
            "Kamis (9/10/2025) pagi.")
    assert venues.dated_scene(VenueCtx(text), 0, len(text))


def test_a_sentence_at_a_building_with_no_day_sets_no_scene():
    text = "Wali Kota Bitung dan Rektor Universitas Sam Ratulangi duduk di meja utama Aula Wale Kita."
    assert not venues.dated_scene(VenueCtx(text), 0, len(text))


def test_the_scene_before_the_signing_sentence_gives_the_venue():
    text = ("Bupati Kolaka dan Kejari Kolaka Teken Nota Kesepakatan\n\n"
            "Selasa, 7 Oktober 2025 | 10:00 WITA\n\n"
            "KOLAKA, sultrawarta.id - Bupati Kolaka Ahmad Safei dan Kepala Kejaksaan Negeri Kolaka Bambang "
            "Hartono duduk berdampingan di meja depan Ruang Rapat Sangia Nibandera, Senin (6/10/2025) pagi. "
            "Keduanya bergantian membubuhkan tanda tangan pada nota kesepakatan tentang penanganan masalah "
            "hukum bidang perdata dan tata usaha negara.\n\n"
            "Ahmad Safei berharap kesepakatan itu membantu perangkat daerah menghadapi gugatan.\n")
    rec = extract_text(text, id="t31b")
    assert rec.signings and rec.signings[0].venue is not None
    assert rec.signings[0].venue.name == "Ruang Rapat Sangia Nibandera"


# --- a seat written in its regional spelling ---------------------------------------------------

def test_a_seat_in_minangkabau_spelling_takes_the_datelines_spelling():
    v = venue_of("Nota kesepahaman itu diteken di Aula Kantor Bupati Pasaman Barat, Kamis (4/9/2025).",
                 dateline="Simpang Empat")
    assert v[:2] == ("Aula Kantor Bupati Pasaman Barat", "Simpang Empat")


def test_a_seat_filed_from_elsewhere_keeps_the_gazetteers_spelling():
    v = venue_of("Nota kesepahaman itu diteken di Aula Kantor Bupati Pasaman Barat, Kamis (4/9/2025).",
                 dateline="Padang")
    assert v[:2] == ("Aula Kantor Bupati Pasaman Barat", "Simpang Ampek")


# --- a caption's venue for a body that dates no day -------------------------------------------

_CAPTIONED = ("Kejari dan BPN Sorong Sepakat Tuntaskan Sengketa Aset\n\n"
              "sorongwarta.id\n"
              "Jumat, 14 November 2025 - 09:30 WIT\n\n"
              "[Foto: Kepala Kejaksaan Negeri Sorong Rudi Hartanto dan Kepala Kantor Pertanahan Kota Sorong "
              "Yohanes Mambraku menunjukkan naskah perjanjian kerja sama di Aula Kantor Pertanahan Kota Sorong, "
              "{day}. (Dok. Humas)]\n\n"
              "SORONG – Kejaksaan Negeri Sorong dan Kantor Pertanahan Kota Sorong meneken perjanjian kerja sama "
              "tentang penanganan masalah hukum bidang perdata awal pekan ini. Dokumen ditandatangani oleh "
              "Kepala Kejaksaan Negeri Sorong, Rudi Hartanto, dan Kepala Kantor Pertanahan Kota Sorong, "
              "Yohanes Mambraku.\n\n"
              "Rudi berharap kerja sama itu mempercepat penyelesaian sengketa aset milik negara.\n")


def test_a_caption_dated_in_the_week_before_the_report_places_the_signing():
    rec = extract_text(_CAPTIONED.format(day="Selasa (11/11/2025)"), id="t31c")
    assert rec.signings and rec.signings[0].venue is not None
    assert rec.signings[0].venue.name == "Aula Kantor Pertanahan Kota Sorong"


def test_a_caption_dated_weeks_before_the_report_places_nothing():
    rec = extract_text(_CAPTIONED.format(day="Selasa (14/10/2025)"), id="t31d")
    assert rec.signings and rec.signings[0].venue is None


# --- a regency's bare name that is no town -----------------------------------------------------

def test_a_regency_name_that_is_no_town_places_the_venue_nowhere():
    v = venue_of("Penandatanganan berlangsung di Aula Kantor Kemenag Keerom, Senin (3/3/2025).",
                 dateline="Jayapura")
    assert v[:2] == ("Aula Kantor Kemenag Keerom", None)


def test_a_regency_name_that_is_a_kecamatan_too_stays_the_town():
    v = venue_of("Penandatanganan berlangsung di Aula Kantor Kemenag Sleman, Senin (3/3/2025).",
                 dateline="Yogyakarta")
    assert v[:2] == ("Aula Kantor Kemenag Sleman", "Sleman")
