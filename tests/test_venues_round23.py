"""Round 23: venues. A hotel named after an English-order head ("Grand Ballroom Hotel X
Y"); a kecamatan the article gives as the venue's address (", Kecamatan X,") is its town,
not the town the report is filed from; a signing told as an item of a numbered agenda
("Pada agenda kedua, ...") takes the venue that item gives. Sentences written for these
tests."""
import re

from mou_extract import segment
from mou_extract import venues as V
from variety_helpers import VenueCtx, venue_of

_Ctx, _venue = VenueCtx, venue_of  # (shared helpers)



# --- a hotel after an English-order head --------------------------------------------------

def test_hotel_name_goes_on_after_an_english_order_head():
    v = _venue("Nota kesepahaman diteken di Grand Ballroom Hotel Santika Pekanbaru, Senin (3/2/2025).")
    assert v[:2] == ("Grand Ballroom Hotel Santika Pekanbaru", "Pekanbaru")
    v = _venue("Acara digelar di Crystal Hall Auditorium Universitas Jember, Rabu (5/3/2025).")
    assert v[0] == "Crystal Hall Auditorium Universitas Jember"
    # a head that English writes last still ends the name; the town follows a comma
    v = _venue("Kedua pihak meneken MoU di Sasando Convention Hall, Kupang, Kamis (6/3/2025).")
    assert v[:2] == ("Sasando Convention Hall", "Kupang")


# --- a kecamatan given as the venue's address --------------------------------------------

def test_kecamatan_address_after_the_venue_is_its_town_not_the_dateline_town():
    text = ("Penandatanganan perjanjian kerja sama dilakukan di Aula Kantor Camat Sungai Ambawang, "
            "Kecamatan Sungai Ambawang, Selasa (4/3/2025), disaksikan para kepala desa.")
    assert _venue(text, dateline="Sungai Raya")[:2] == ("Aula Kantor Camat Sungai Ambawang", "Sungai Ambawang")
    # a district of a city names the city
    text = "Nota kesepakatan diteken di Gedung Serbaguna Kantor Camat Telanaipura, Kecamatan Telanaipura, Rabu (5/3/2025)."
    assert _venue(text)[:2] == ("Gedung Serbaguna Kantor Camat Telanaipura", "Jambi")
    # ... at the end of the sentence too
    text = "Nota kesepakatan diteken di Aula Kantor Camat Sungai Ambawang, Kecamatan Sungai Ambawang."
    assert _venue(text, dateline="Sungai Raya")[1] == "Sungai Ambawang"
    # the regency written after the kecamatan names the town, as before
    text = ("Nota kesepakatan diteken di Aula Kantor Camat Sungai Ambawang, Kecamatan Sungai Ambawang, "
            "Kabupaten Kubu Raya, Rabu (5/3/2025).")
    assert _venue(text, dateline="Sungai Raya")[1] == "Kubu Raya"
    # no address, or a name the gazetteer does not know as a kecamatan: the dateline, as before
    text = "Nota kesepakatan diteken di Aula Kantor Camat Sungai Ambawang, Rabu (5/3/2025)."
    assert _venue(text, dateline="Sungai Raya")[1] == "Sungai Raya"
    text = "Nota kesepakatan diteken di Aula Kantor Camat Mekarsaribaru, Kecamatan Mekarsaribaru, Rabu (5/3/2025)."
    assert _venue(text, dateline="Sungai Raya")[1] == "Sungai Raya"


# --- a numbered agenda item pointed back to ------------------------------------------------

_AGENDA = ("Berikut agenda Wali Kota Kediri hari ini:\n\n"
           "1. Pukul 08.00 WIB – Rapat staf di Ruang Rapat Sekda Kota Kediri.\n\n"
           "2. Pukul 10.00 WIB – Penandatanganan nota kesepakatan dengan Kantor Pertanahan tentang "
           "sertifikasi aset daerah, di Ruang Joyoboyo Balai Kota Kediri.\n\n"
           "3. Pukul 13.00 WIB – Kunjungan ke Pasar Setonobetek.\n\n"
           "Pada agenda kedua, nota kesepakatan diteken Wali Kota dan Kepala Kantor Pertanahan.")


def _agenda_ctx(text):
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return _Ctx(text, dateline="Kediri", sents=segment.sentences(text, paras))


def test_signing_told_as_a_numbered_agenda_item_takes_that_items_venue():
    ctx = _agenda_ctx(_AGENDA)
    last = ctx.sents[-1]
    assert ctx.norm[last.start:].startswith("Pada agenda kedua")
    v = V.find_venue(ctx, last.start, last.end)
    assert v[:2] == ("Ruang Joyoboyo Balai Kota Kediri", "Kediri")
    # the number must match: the first item's room is not the second agenda's venue
    ctx = _agenda_ctx(_AGENDA.replace("Pada agenda kedua", "Pada agenda keempat"))
    last = ctx.sents[-1]
    assert V.find_venue(ctx, last.start, last.end) is None
