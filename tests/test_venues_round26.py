"""Round 26: venues. A place named by its own name before a regency's seat the regions
list does not hold ("di Bukit X, Labuan Bajo"); "Lounge" and the Malay "Bilik" open a
venue's name; a province whose capital is named otherwise, or a state abroad, written
after the venue's town names no town ("..., Ubud, Bali", "..., Skudai, Johor"); an
unknown quarter after a venue named after its city is in that city ("Jakarta Convention
Center, Gelora"); a place named after "Usai penandatanganan, ..." is the later
activity's; a signing placed by a part of the scene only ("Di sela pembukaan ...", "Di
podium ...") is at the place the sentence before it named; a place known by its own name
alone, dated or ending the sentence, where the signing was held ("... malam di Omah X.");
a town abroad the article writes with its country; a city's nickname as the dateline
("SOLO -") is the city. Sentences written for these tests."""
import re

from mou_extract import venues as V
from variety_helpers import venue_ctx as _ctx, venue_in as _venue_in, venue_of


# --- a named place before a regency's seat --------------------------------------------------

def test_a_named_place_before_a_seat_outside_the_regions_list_is_placed_there():
    v = venue_of("Nota kesepahaman diteken di Bukit Sylvia, Labuan Bajo, di sela festival budaya, "
                 "Minggu (6/7/2025).", "Ruteng")
    assert v[:2] == ("Bukit Sylvia", "Labuan Bajo")
    v = venue_of("Penandatanganan digelar di Bola Soba, Watampone, Rabu (9/7/2025).")
    assert v[:2] == ("Bola Soba", "Watampone")


# --- new head words --------------------------------------------------------------------------

def test_a_lounge_written_before_its_owner_opens_a_venue():
    v = venue_of("Kesepakatan itu diteken di Lounge Investasi Kantor Bupati Jember, Kamis (6/3/2025).")
    assert v[:2] == ("Lounge Investasi Kantor Bupati Jember", "Jember")


def test_the_malay_room_opens_a_venue_and_a_state_after_its_town_is_no_town():
    v = venue_of("Memorandum itu ditandatangani di Bilik Mesyuarat Fakulti Kejuruteraan UTM, Skudai, Johor, "
                 "Kamis (6/3/2025).", "Skudai")
    assert v[:2] == ("Bilik Mesyuarat Fakulti Kejuruteraan UTM", "Skudai")


# --- the region after the town ---------------------------------------------------------------

def test_a_province_named_otherwise_than_its_capital_after_the_town_names_no_town():
    v = venue_of("Perjanjian diteken di Aula Wisma Sejahtera, Ubud, Bali, Jumat (7/3/2025).", "Gianyar")
    assert v[:2] == ("Aula Wisma Sejahtera", "Ubud")
    # a province that is its capital's name is the town: "Senayan, Jakarta"
    v = venue_of("Nota kesepahaman diteken di Gedung Serbaguna Pemuda, Senayan, Jakarta, Senin (3/3/2025).")
    assert v[:2] == ("Gedung Serbaguna Pemuda", "Jakarta")


def test_an_unknown_quarter_after_a_venue_named_after_its_city_is_in_that_city():
    v = venue_of("MoU diteken di Ruang Cendana Jakarta Convention Center, Gelora, Kamis (6/3/2025).", "Waingapu")
    assert v[:2] == ("Ruang Cendana Jakarta Convention Center", "Jakarta")
    # an institution named after a region may stand elsewhere: the place written is the town
    v = venue_of("MoU diteken di Aula Universitas Mataram, Jempong, Kamis (6/3/2025).", "Praya")
    assert v[:2] == ("Aula Universitas Mataram", "Jempong")


# --- what followed the signing ---------------------------------------------------------------

def test_a_place_named_after_an_after_signing_opener_is_the_later_activitys():
    assert venue_of("Usai penandatanganan, rombongan meninjau ruang layanan di Gedung Mal Pelayanan "
                    "Publik Kabupaten Tebo.", "Muara Tebo") is None
    assert venue_of("Selepas penandatanganan, tim Ombudsman memberi pelatihan di Aula Inspektorat "
                    "Kabupaten Bungo.", "Muara Bungo") is None
    # a place inside the opener is the signing's own
    v = venue_of("Usai penandatanganan di Aula Inspektorat Kabupaten Bungo, bupati memberi keterangan.",
                 "Muara Bungo")
    assert v[0] == "Aula Inspektorat Kabupaten Bungo"


# --- a part of the scene only ----------------------------------------------------------------

def test_a_signing_placed_by_a_part_of_the_scene_is_at_the_place_named_before():
    text = ("Ribuan warga memadati Alun-alun Kota Batu, Minggu (9/3/2025). Di sela pembukaan festival apel, "
            "Pemkot Batu dan Bank Jatim meneken perjanjian kerja sama.")
    v = _venue_in(text, "Di sela", "Batu")
    assert v[:2] == ("Alun-alun Kota Batu", "Batu")
    text = ("Stadion Gelora Joko Samudro ramai sejak sore. Di podium utama, Pemkab Gresik dan BPD Jatim "
            "menandatangani nota kesepakatan.")
    assert _venue_in(text, "Di podium", "Gresik")[:2] == ("Stadion Gelora Joko Samudro", "Gresik")
    # an office in a person's title is no scene
    text = ("Kepala Kantor Pertanahan Kota Batu ikut hadir. Di sela pembukaan festival apel, "
            "Pemkot Batu dan Bank Jatim meneken perjanjian kerja sama.")
    assert _venue_in(text, "Di sela", "Batu") is None
    # the scene of another paragraph says nothing
    text = ("Ribuan warga memadati Alun-alun Kota Batu, Minggu (9/3/2025).\n"
            "Di sela pembukaan festival apel, Pemkot Batu dan Bank Jatim meneken perjanjian kerja sama.")
    assert _venue_in(text, "Di sela", "Batu") is None


# --- a place known by its own name -----------------------------------------------------------

def test_a_place_by_its_own_name_where_the_signing_was_held_is_the_venue():
    v = venue_of("Penandatanganan berlangsung tertutup pada Kamis (6/3/2025) malam di Omah Sinten.", "Solo")
    assert v[:2] == ("Omah Sinten", "Surakarta")
    v = venue_of("Kedua pihak menandatangani nota kesepakatan di Puri Saren Agung, Selasa (4/3/2025).",
                 "Gianyar")
    assert v[:2] == ("Puri Saren Agung", "Gianyar")
    # not a region, a place where nothing was held or signed, nor a town abroad
    assert venue_of("Kedua pihak menandatangani nota kesepakatan di Sumba Barat Daya, Selasa (4/3/2025).",
                    "Tambolaka") is None
    assert venue_of("Bupati dan rektor berbincang di Omah Sinten.", "Solo") is None
    assert venue_of("Kedua pihak menandatangani nota kesepahaman tentang Kerja Sama Riset di Bidang "
                    "Kelautan Terpadu.", "Ambon") is None
    assert venue_of("Kedua pihak menandatangani nota kesepahaman kerja sama riset di Bidang Kelautan "
                    "Terpadu.", "Ambon") is None
    text = ("Hubungan Kota Bukittinggi dengan Johor Bahru, Malaysia, kian erat. "
            "Kedua wali kota menandatangani nota kesepahaman di Johor Bahru, Selasa (4/3/2025).")
    assert _venue_in(text, "Kedua wali kota", "Bukittinggi") is None


def test_a_venue_ending_in_a_town_abroad_is_in_that_town():
    text = ("Kerja sama kota kembar Bukittinggi dengan Seremban, Malaysia, resmi berjalan. "
            "Kedua wali kota menandatangani nota kesepahaman di Majlis Perbandaran Seremban, Selasa (4/3/2025).")
    assert _venue_in(text, "Kedua wali kota", "Bukittinggi")[:2] == ("Majlis Perbandaran Seremban", "Seremban")


# --- a city's nickname --------------------------------------------------------------------------

def test_a_citys_nickname_is_the_city_and_a_spelling_stays_as_written():
    assert V._city_of_district("Solo") == "Surakarta"
    assert V._city_of_district("Pangkalpinang") == "Pangkalpinang"
    assert V._city_of_district("Palangka Raya") == "Palangka Raya"
