"""Round 21: dates written out in words, beach venues, remote (online) signings, a
kecamatan that is part of a regency's seat town, and a village after the regent's office
filed from the seat."""
import datetime

from mou_extract import dates as D
from mou_extract import venues as V
from variety_helpers import VenueCtx, venue_of

_Ctx, _venue = VenueCtx, venue_of  # (shared helpers)



def _days(text, ref=datetime.date(2025, 7, 1)):
    return [(m.text, m.value) for m in D.find_dates(text, ref) if m.precision == "day"]


# --- dates in words ---------------------------------------------------------------------

def test_formal_opening_in_words():
    text = ("Pada hari ini, Kamis, tanggal dua belas bulan Juni tahun dua ribu dua puluh lima, "
            "bertempat di Kantor Bupati, para pihak sepakat ...")
    found = _days(text)
    assert found == [("hari ini, Kamis, tanggal dua belas bulan Juni tahun dua ribu dua puluh lima",
                      datetime.date(2025, 6, 12))]  # no "hari ini" of its own


def test_words_date_thirty_first_and_nineteen():
    assert _days("ditandatangani tanggal tiga puluh satu Desember dua ribu sembilan belas")[0][1] \
        == datetime.date(2019, 12, 31)


def test_words_date_old_year_and_weekday_check():
    m = D.find_dates("Sabtu tanggal sepuluh bulan Oktober tahun seribu sembilan ratus sembilan puluh delapan")[0]
    assert m.value == datetime.date(1998, 10, 10) and not m.weekday_mismatch


def test_words_date_without_year_takes_reference_year():
    m = D.find_dates("disepakati pada tanggal sebelas bulan Maret di Balai Desa", datetime.date(2026, 4, 2))[0]
    assert m.value == datetime.date(2026, 3, 11) and m.year_inferred


def test_digits_with_bulan_and_tahun():
    assert _days("tanggal 7 bulan Agustus tahun 2024") == [("tanggal 7 bulan Agustus tahun 2024", datetime.date(2024, 8, 7))]


def test_number_words_that_are_no_number():
    assert D._words_number("puluh dua") is None
    assert D._words_number("dua ribu dua puluh enam") == 2026
    assert not _days("tanggal puluh Mei")


# --- venues ---------------------------------------------------------------------------

def test_beach_named_venue_with_town():
    assert _venue("Nota kesepahaman diteken di Pantai Pasir Putih Lakey, Dompu, Minggu (12/4/2026), "
                  "di sela festival selancar.")[:2] == ("Pantai Pasir Putih Lakey", "Dompu")
    # ... but a coast named by its compass word is a region, no venue
    assert _venue("Kerja sama itu diteken di Pantai Utara, Indramayu, Senin (2/3/2026).") is None


def test_signing_from_own_office_is_no_venue():
    text = ("Direktur Utama Bank X membubuhkan tanda tangan dari ruang kerjanya di Gedung Menara Mandiri, "
            "Jakarta, sementara Gubernur meneken secara virtual.")
    assert _venue(text) is None


def test_kecamatan_of_seat_town_after_address():
    v = _venue("Perjanjian diteken di Aula Hotel Aston, Jalan Gajah Mada, Kaliwates, Rabu (4/3/2026).")
    assert v[:2] == ("Aula Hotel Aston", "Jember")


def test_village_after_regents_office_filed_from_seat():
    text = "Penandatanganan dilakukan di Ruang Rapat Kantor Bupati Manokwari, Amban, Jumat (6/2/2026)."
    assert _venue(text, "Manokwari")[:2] == ("Ruang Rapat Kantor Bupati Manokwari", "Manokwari")
