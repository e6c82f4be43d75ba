"""Round 22: venues. An operations room and a "pendopoan" as venue heads; the building
opened at the event a signing was part of; the signing at the end of an event, or before
the guests left its place, sharing that event's venue; a town inside the agreement's title
is no venue; an unknown two-word quarter after a venue, filed from a city, is in that city."""
from mou_extract import signings as S
from mou_extract import venues as V
from variety_helpers import VenueCtx, venue_of

_Ctx, _venue = VenueCtx, venue_of  # (shared helpers)



# --- venue heads ------------------------------------------------------------------------

def test_operations_room_is_a_venue_head():
    v = _venue("Bertempat di Oproom Setdakab Bener Meriah, dengan disaksikan para kepala OPD, "
               "kedua pihak menandatangani nota kesepakatan.")
    assert v[:2] == ("Oproom Setdakab Bener Meriah", "Simpang Tiga Redelong")
    v = _venue("Penandatanganan digelar di Op Room Kantor Bupati Pidie, Rabu (5/2/2025).")
    assert v[:2] == ("Op Room Kantor Bupati Pidie", "Sigli")


def test_pendopoan_is_a_venue_head():
    v = _venue("Kegiatan berlangsung di Pendopoan Rumah Dinas Bupati Musi Banyuasin, Sekayu.")
    assert v[:2] == ("Pendopoan Rumah Dinas Bupati Musi Banyuasin", "Sekayu")


# --- the building opened at the event ---------------------------------------------------

def test_building_opened_at_the_event_is_the_venue():
    text = ("Bupati Sleman meresmikan Mal Pelayanan Publik (MPP) Kabupaten Sleman di Jalan Magelang, "
            "Beran, Kamis (6/3/2025), dalam acara yang juga diisi penandatanganan nota kesepakatan "
            "dengan Ombudsman.")
    assert _venue(text)[0] == "Mal Pelayanan Publik (MPP) Kabupaten Sleman"
    text = "Usai peresmian Gedung Layanan Terpadu Kota Binjai, Senin (3/3/2025), nota kesepahaman diteken."
    assert _venue(text)[:2] == ("Gedung Layanan Terpadu Kota Binjai", "Binjai")
    # opening a programme names no venue
    assert _venue("Wali Kota meresmikan program layanan jemput bola, lalu meneken nota kesepakatan.") is None
    # ... and a venue after "di" wins over the building opened
    text = ("Usai meresmikan Gedung Dinas Kesehatan, Bupati menandatangani PKS di Aula Kantor Bupati "
            "Banyuwangi, Rabu (7/5/2025).")
    assert _venue(text)[:2] == ("Aula Kantor Bupati Banyuwangi", "Banyuwangi")


# --- the signing at the end of an event shares its venue --------------------------------

def test_end_of_event_and_leaving_its_place_are_the_same_occasion():
    for text in ("Di bagian akhir kegiatan, kedua pihak menandatangani nota kesepakatan.",
                 "Pada penghujung acara, Bupati dan Kepala Ombudsman meneken PKS.",
                 "Sebelum rombongan meninggalkan lokasi, keduanya menandatangani nota kesepakatan.",
                 "Sebelum Gubernur dan rombongan meninggalkan tempat acara, PKS diteken."):
        assert S._SAME_OCCASION.search(text), text
    # the end of a year or of a term is no event
    assert not S._SAME_OCCASION.search("Pada akhir tahun, kedua pihak menandatangani nota kesepakatan.")
    assert not S._SAME_OCCASION.search("Sebelum meninggalkan jabatannya, Bupati meneken PKS.")


# --- a town in the agreement's title ----------------------------------------------------

def test_town_inside_the_agreements_title_is_no_venue():
    text = ("Pemerintah Kota Blitar menandatangani nota kesepakatan tentang Sinergi Pelayanan Publik "
            "di Kota Blitar, Selasa (13/5/2025), secara daring.")
    a = text.index("Sinergi")
    b = text.index(", Selasa")
    assert V.find_city_venue(_Ctx(text), 0, len(text))[1] == "Blitar"  # no title known
    assert V.find_city_venue(_Ctx(text, title_spans=[(a, b)]), 0, len(text)) is None
    # ... a town after the title is still the venue
    text2 = "Nota kesepakatan tentang Sinergi Pelayanan Publik diteken di Blitar, Selasa (13/5/2025)."
    a2 = text2.index("Sinergi")
    b2 = text2.index(" diteken")
    assert V.find_city_venue(_Ctx(text2, title_spans=[(a2, b2)]), 0, len(text2))[1] == "Blitar"


# --- an unknown quarter of two words, filed from a city ---------------------------------

def test_two_word_quarter_filed_from_a_city_is_that_city():
    text = "Nota kesepahaman diteken di Gedung Rektorat Universitas Sumatera Utara, Padang Bulan, Rabu (2/4/2025)."
    assert _venue(text, dateline="Medan")[:2] == ("Gedung Rektorat Universitas Sumatera Utara", "Medan")
    # ... a regency's dateline says less: the quarter is kept as written
    assert _venue(text, dateline="Deli Serdang")[1] == "Padang Bulan"
