"""Round 24: venues. A sentence written all in capitals is read in title case; a
kecamatan after a street or a village in the venue's address is its town, a regency's
town district ("Kecamatan Kota Kudus") the town; "Gedung Negara" is in no
town called Negara; English venue names joined by "and"; a ship as the venue (named, or
"di atas kapal itu" after it was named) and the port it lies at; a venue the writer came
to on the day ("Saya datang ke Pendopo X kemarin pagi"). Sentences written for these
tests."""
import re

from mou_extract import segment
from mou_extract import venues as V
from variety_helpers import VenueCtx, venue_of

_Ctx, _venue = VenueCtx, venue_of  # (shared helpers)



def _ctx(text, dateline=None):
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return _Ctx(text, dateline=dateline, sents=segment.sentences(text, paras))


# --- a sentence in capitals ----------------------------------------------------------------

def test_venue_of_a_sentence_in_capitals_is_read_in_title_case():
    text = ("BANDA ACEH – PEMERINTAH KOTA BANDA ACEH DAN BPJS KESEHATAN MENANDATANGANI PERJANJIAN "
            "KERJA SAMA, RABU (5/3/2025), DI RUANG RAPAT WALI KOTA BANDA ACEH.")
    v = _venue(text, "Banda Aceh")
    assert v[:2] == ("Ruang Rapat Wali Kota Banda Aceh", "Banda Aceh")
    # the evidence offsets point at the words as written
    assert text[v[2]:v[3]] == "RUANG RAPAT WALI KOTA BANDA ACEH"


def test_capitals_keep_roman_numerals_and_acronyms():
    text = ("GARUT – KEDUA PIHAK MENANDATANGANI NOTA KESEPAKATAN, SENIN (3/2/2025), "
            "DI LANTAI III GEDUNG DPRD KABUPATEN GARUT.")
    v = _venue(text, "Garut")
    assert v[0] == "Lantai III Gedung DPRD Kabupaten Garut"
    assert V._recase("DI AULA RSUD DAN KANTOR BPKAD") == "di Aula RSUD dan Kantor BPKAD"


def test_a_sentence_in_ordinary_case_is_left_as_written():
    assert not V._shouts("Penandatanganan berlangsung di Aula Kantor Bupati Garut, Senin (3/2/2025).")
    assert V._shouts("PENANDATANGANAN BERLANGSUNG DI AULA KANTOR BUPATI GARUT, SENIN (3/2/2025).")


# --- a kecamatan after a village in the address ----------------------------------------

def test_kecamatan_after_a_village_in_the_address_is_the_venues_town():
    v = _venue("Penandatanganan digelar di Aula Pondok Pesantren Nurul Huda, Desa Sukamaju, "
               "Kecamatan Cibeber. Bupati hadir bersama jajarannya.", "Cianjur")
    assert v[:2] == ("Aula Pondok Pesantren Nurul Huda", "Cibeber")


# --- "Gedung Negara" --------------------------------------------------------------------

def test_gedung_negara_is_not_in_the_town_called_negara():
    v = _venue("Nota kesepahaman diteken di Gedung Negara, Jalan Siliwangi, Kamis (6/3/2025).", "Kuningan")
    assert v[:2] == ("Gedung Negara", "Kuningan")
    # a longer name ending in the town still names it
    assert V._trailing_seat("Ruang Sidang Pengadilan Negeri Negara") == "Negara"


# --- English names joined by "and" ---------------------------------------------------------

def test_english_venue_name_joined_by_and():
    v = _venue("Kedua pihak meneken MoU di Samarinda Exhibition and Convention Center, Selasa (4/3/2025).",
               "Samarinda")
    assert v[:2] == ("Samarinda Exhibition and Convention Center", "Samarinda")


# --- a ship --------------------------------------------------------------------------------

def test_ship_named_in_the_signing_sentence():
    v = _venue("Nota kesepahaman diteken di atas KRI Dewaruci, Kamis (5/6/2025).", "Surabaya")
    assert v[:2] == ("KRI Dewaruci", "Surabaya")


def test_on_board_that_ship_takes_the_ship_named_before_and_its_port():
    text = ("Suasana meriah terlihat di dek KMP Lestari Maju yang bersandar di Pelabuhan Bajoe, "
            "Kabupaten Bone, Senin (2/6/2025). Di atas kapal itulah Pemkab Bone dan PT ASDP "
            "menandatangani nota kesepahaman.")
    ctx = _ctx(text, "Makassar")
    last = ctx.sents[-1]
    assert text[last.start:].startswith("Di atas kapal itulah")
    v = V.find_venue(ctx, last.start, last.end)
    assert v[:2] == ("KMP Lestari Maju", "Bajoe")
    # no ship named before: nothing
    text2 = "Di atas kapal itulah Pemkab Bone dan PT ASDP menandatangani nota kesepahaman."
    assert V.find_venue(_ctx(text2, "Makassar"), 0, len(text2)) is None


# --- a venue the writer came to on the day -------------------------------------------------

def test_venue_the_writer_came_to_on_the_day():
    text = "Saya datang ke Aula Kantor Bupati Temanggung kemarin pagi untuk meliput acara itu."
    ctx = _Ctx(text, "Temanggung")
    assert V.dated_scene(ctx, 0, len(text))
    assert V.find_venue(ctx, 0, len(text))[:2] == ("Aula Kantor Bupati Temanggung", "Temanggung")
    # undated, it is no scene: "datang ke" a place says nothing of the signing's day
    text2 = "Warga sering datang ke Aula Kantor Bupati Temanggung untuk mengadu."
    assert not V.dated_scene(_Ctx(text2), 0, len(text2))


def test_a_regencys_town_district_as_the_address_is_the_town():
    v = _venue("Perjanjian diteken di Gedung Serbaguna Pemuda, Kecamatan Kota Kudus, Senin (3/3/2025).", "Jepara")
    assert v[:2] == ("Gedung Serbaguna Pemuda", "Kudus")
    # ... after a street and a village too
    v = _venue("Acara berlangsung di Aula Koperasi Sejahtera, Jalan Sunan Muria, Desa Glantengan, "
               "Kecamatan Kota Kudus. Bupati hadir.", "Jepara")
    assert v[:2] == ("Aula Koperasi Sejahtera", "Kudus")
