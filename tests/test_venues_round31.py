"""Round 31: venues. A street address given with "di" after the venue ("di Kantor X di Jalan
Y Nomor 5, Kota") still leads to the town written after it; a hall or room of an
institution named by its kind only may be a puskesmas's, a hospital's or a clinic's ("di
aula puskesmas."); a venue name set in italics or bold as chat messages mark them ("di
_Baruga X_, Rumah Jabatan Bupati Y") ends at the closing mark, the building after it
placing it; the Minangkabau "Palanta" opens a venue's name; a place known by its own name
(a beach) keeps its stage before it ("di panggung utama Pantai X, Kota"), and a kecamatan
named so is still no venue. Sentences written for these tests."""
from variety_helpers import venue_of


# --- an address given with "di" ------------------------------------------------------------------

def test_an_address_with_di_leads_to_the_town_after_it():
    v = venue_of("Nota kesepahaman itu diteken di Kantor Wilayah Badan Pertanahan Nasional Jawa Timur "
                 "di Jalan Gayung Kebonsari Nomor 2, Surabaya, Kamis (6/3/2025).", dateline="Malang")
    assert v[:2] == ("Kantor Wilayah Badan Pertanahan Nasional Jawa Timur", "Surabaya")


def test_an_abbreviated_street_with_di_and_a_house_number():
    v = venue_of("Penandatanganan berlangsung di Gedung Pusat Data Statistik di Jl. Pahlawan No. 12, Semarang.",
                 dateline="Kudus")
    assert v[:2] == ("Gedung Pusat Data Statistik", "Semarang")


# --- a hall known by its owner's kind only --------------------------------------------------------

def test_a_puskesmas_hall_written_by_its_kind():
    v = venue_of("Perjanjian itu ditandatangani kepala puskesmas dan kepala sekolah di aula puskesmas, "
                 "Selasa (4/3/2025).", dateline="Temanggung")
    assert v[:2] == ("aula puskesmas", "Temanggung")


def test_a_hospital_meeting_room_written_by_its_kind():
    v = venue_of("Kerja sama diteken direktur dan rektor di ruang rapat rumah sakit.", dateline="Kebumen")
    assert v[:2] == ("ruang rapat rumah sakit", "Kebumen")


# --- a venue in italics or bold --------------------------------------------------------------------

def test_an_italic_venue_ends_at_its_mark_and_the_building_places_it():
    v = venue_of("Penandatanganan digelar di _Baruga Karaeng Pattingalloang_, Rumah Jabatan Bupati Gowa, "
                 "Senin (6/10/2025).", dateline="Makassar")
    assert v[:2] == ("Baruga Karaeng Pattingalloang", "Sungguminasa")


def test_a_bold_venue_with_its_town_after_the_mark():
    v = venue_of("Nota kesepakatan itu diteken di *Gedung Juang 45*, Bekasi, Rabu (8/10/2025).",
                 dateline="Jakarta")
    assert v[:2] == ("Gedung Juang 45", "Bekasi")


# --- a regional head word; a named place behind its stage ---------------------------------------------------------------------

def test_a_palanta_is_a_venue():
    v = venue_of("Kedua pihak meneken nota kesepahaman di Palanta Rumah Dinas Wali Kota Bukittinggi, "
                 "Jumat (5/9/2025).", dateline="Padang")
    assert v[:2] == ("Palanta Rumah Dinas Wali Kota Bukittinggi", "Bukittinggi")


def test_a_beach_behind_its_stage_is_the_venue_but_a_kecamatan_is_not():
    v = venue_of("Nota kesepahaman diteken di panggung utama Pantai Pasir Putih Parbaba, Pangururan, "
                 "oleh bupati dan direktur badan otorita.", dateline="Medan")
    assert v[:2] == ("Pantai Pasir Putih Parbaba", "Pangururan")
    # ... but a kecamatan named so is a town
    v = venue_of("Nota kesepahaman diteken di panggung utama Pantai Labu, Deli Serdang, Kamis (21/8/2025).", dateline="Medan")
    assert v is None or v[0] != "Pantai Labu"
