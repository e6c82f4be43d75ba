"""Round 28: venues. A ship named after the deck it was signed on, with no "di" ("lokasi
tak biasa: geladak KM X yang bersandar di Pelabuhan Y") is the venue, in the port's town,
and not the port; a venue that is the subject of the sentence with its address and the
day between it and "menjadi tempat"; a village venue written with its kecamatan and a
regency that shares its name with a city ("Kecamatan Pujon, Kabupaten Malang") is in the
kecamatan; a place known by its own name and glossed in lower case ("di Indo Jalito, rumah
dinas Bupati X, Y") is a venue in the town after the gloss; an Indonesian mission abroad
("Aula KJRI Davao", "KBRI Kuala Lumpur") is in the host city; a campus written with the
initials of a body the article spells out before its town ("Kampus STIKES BHM" and
"STIKES Bhakti Husada Mulia Madiun") is in that town; the lobby or the yard of a building
("di lobi Gedung X") is no part of the venue's name. Sentences written for these tests."""
from variety_helpers import venue_of


# --- a ship named by its deck ------------------------------------------------------------------

def test_a_ship_named_by_its_deck_without_di_is_the_venue_at_its_port():
    v = venue_of("Pemkab Natuna dan PT ASDP memilih tempat yang tak lazim untuk meneken nota kesepahaman: "
                 "dek KMP Bahtera Nusantara yang sedang bersandar di Pelabuhan Ranai, Senin (3/2/2025).")
    assert v[:2] == ("KMP Bahtera Nusantara", "Ranai")


def test_a_ship_on_board_comes_before_the_port_it_lies_at():
    v = venue_of("Kedua pihak meneken perjanjian di atas KM Kelud yang berlabuh di Pelabuhan Belawan, "
                 "Kamis (6/3/2025).")
    assert v[:2] == ("KM Kelud", "Belawan")


# --- the venue as subject, its address and day before the verb --------------------------------

def test_a_subject_venue_with_its_address_and_day_before_the_verb():
    v = venue_of("Balai Desa Ngadas, Kecamatan Poncokusumo, Kabupaten Malang, Kamis (4/9/2025) menjadi tempat "
                 "penandatanganan nota kesepahaman antara desa dan Universitas Negeri Malang.")
    assert v[:2] == ("Balai Desa Ngadas", "Poncokusumo")


def test_a_village_venue_in_a_regency_without_a_city_namesake_keeps_the_regency():
    v = venue_of("Perjanjian itu ditandatangani di Balai Desa Ngadas, Kecamatan Poncokusumo, Kabupaten Tapin, "
                 "Kamis (4/9/2025).")
    assert v[:2] == ("Balai Desa Ngadas", "Tapin")


def test_a_village_venue_in_a_regency_with_a_city_namesake_is_in_its_kecamatan():
    v = venue_of("Perjanjian itu ditandatangani di Balai Desa Cibeureum, Kecamatan Cisarua, Kabupaten Bogor, "
                 "Kamis (4/9/2025).")
    assert v[:2] == ("Balai Desa Cibeureum", "Cisarua")


# --- a place known by its own name, glossed --------------------------------------------------

def test_a_named_place_glossed_as_a_residence_is_a_venue_in_the_town_after_it():
    v = venue_of("Bupati Solok dan Direktur Bank Nagari meneken perjanjian, Senin (2/6) malam di Rumah Gadang "
                 "Saribu Gonjong, rumah dinas Bupati Solok Selatan, Padang Aro.")
    assert v[:2] == ("Rumah Gadang Saribu Gonjong", "Padang Aro")
    v = venue_of("Kesepakatan itu diteken di Indo Jalito, kediaman resmi Bupati Tanah Datar, Batusangkar.")
    assert v[:2] == ("Indo Jalito", "Batusangkar")


def test_a_named_place_glossed_by_a_person_is_no_venue():
    v = venue_of("Kesepakatan itu diteken di Jakarta oleh Budi Santoso, kepala dinas pendidikan, Kupang.")
    assert v is None or v[0] != "Budi Santoso"


# --- a mission abroad --------------------------------------------------------------------------

def test_a_consulate_abroad_is_in_its_host_city():
    v = venue_of("Kedua pihak meneken nota kesepahaman di Aula Konsulat Jenderal Republik Indonesia (KJRI) "
                 "Penang, Jumat (16/5/2025).")
    assert v[:2] == ("Aula Konsulat Jenderal Republik Indonesia (KJRI) Penang", "Penang")
    v = venue_of("Nota kesepahaman diteken di Wisma Duta KBRI Kuala Lumpur, Senin (3/3/2025).")
    assert v[:2] == ("Wisma Duta KBRI Kuala Lumpur", "Kuala Lumpur")


# --- a campus named by initials -----------------------------------------------------------------

def test_a_campus_named_by_initials_is_in_the_town_of_the_spelled_out_name():
    text = ("Sekolah Tinggi Ilmu Kesehatan (STIKES) Karya Husada Semarang menjalin kerja sama dengan RSUD X. "
            "Perjanjian itu ditandatangani pada Selasa (8/7/2025) di Ruang Rapat Kampus STIKES KH, Jalan Y.")
    v = venue_of(text)
    assert v[:2] == ("Ruang Rapat Kampus STIKES KH", "Semarang")


# --- a lobby before the building ----------------------------------------------------------------

def test_the_lobby_of_a_building_is_no_part_of_its_name():
    v = venue_of("Penandatanganan tidak dilakukan di ruang rapat, melainkan di lobi Gedung MPP Kota Pasuruan, "
                 "Rabu (22/10/2025).")
    assert v[:2] == ("Gedung MPP Kota Pasuruan", "Pasuruan")
