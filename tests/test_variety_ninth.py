"""Shapes of round 15: what the held-out sets variety30-37 (written by people who had
not read the code) found, and older misses looked at again. Sentences written for
these tests; none comes from a corpus article."""
from variety_helpers import article, first_signing


def test_a_name_after_the_venue_that_starts_a_clause_is_no_town():
    # "di Aula X, Markus bersama ...": Markus is the subject, the venue's town is its seat
    sg = first_signing(article(
        "Pemkab Minahasa Selatan dan Ombudsman Teken Kesepakatan",
        "Rabu, 12 Maret 2025",
        "AMURANG - Sekitar pukul 10.00 Wita, di Aula Kantor Bupati Minahasa Selatan, Markus bersama Kepala Ombudsman RI Perwakilan "
        "Sulawesi Utara, Lidya Wenas, menandatangani nota kesepakatan tentang pengelolaan pengaduan, "
        "Rabu (12/3/2025).",
    ))
    assert sg.venue is not None and sg.venue.name == "Aula Kantor Bupati Minahasa Selatan"
    assert sg.venue.city != "Markus"


def test_a_town_after_the_venue_is_still_its_city():
    sg = first_signing(article(
        "Pemkot dan Ombudsman Teken Kesepakatan",
        "Rabu, 12 Maret 2025",
        "Penandatanganan nota kesepakatan pengelolaan pengaduan antara Pemerintah Kota Tomohon dan "
        "Ombudsman RI Perwakilan Sulawesi Utara berlangsung di Aula Wale Kasih, Tomohon, Rabu (12/3/2025).",
    ))
    assert sg.venue is not None and sg.venue.city == "Tomohon"
