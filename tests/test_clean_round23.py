"""Round 23 cleaning and dates: a headline opening with "Laporan" is no reporter's line, a
page's ISO timestamp and a date with its poster after a dash are publication lines,
words that close a portal's name after a place ("Kini", "Satu", "Independent", a glued
"now"), the headline a syndication note at the foot names, a year-less "(9/8)" closing
a clause, "pada hari yang sama". Sentences written for these tests."""
import datetime

from mou_extract.clean import clean, parse_date_line
from mou_extract.dates import find_dates

HEAD = "Pemkab Contoh dan Badan Contoh Teken Nota Kesepakatan Pelayanan Publik"
BODY = ("Pemerintah Kabupaten Contoh dan Badan Contoh menandatangani nota kesepakatan tentang "
        "pelayanan publik di aula kantor bupati, Selasa (4/3/2025).\n\n"
        "Kerja sama itu meliputi pertukaran data dan pelatihan petugas layanan, kata bupati.\n")


def test_headline_opening_with_laporan_is_no_byline():
    head = "Laporan ke Dinas Sosial Turun 12 Persen, Bansos dan Kependudukan Masih Terbanyak"
    c = clean("Warta Contoh\n\n" + head + "\n\nRabu, 5 Maret 2025\n\nKOTA CONTOH - " + BODY
              + "\nPenulis: Ani Rahma\n")
    assert c.title == head
    assert c.authors == ["Ani Rahma"]


def test_reporter_line_laporan_still_a_byline():
    c = clean(HEAD + "\n\nLaporan Wartawan Kabarcontoh, Budi Santosa\n\nKOTA CONTOH - " + BODY)
    assert c.authors == ["Budi Santosa"]


def test_iso_timestamp_is_the_publication_date():
    assert parse_date_line("2025-03-05T10:20:00+08:00") == ("2025-03-05", False)
    assert parse_date_line("2025-03-05 10:20") == ("2025-03-05", False)
    assert parse_date_line("2021-2025") is None
    c = clean("Daerah\n\n" + HEAD + "\n\nWarta Contoh\n2025-03-05T10:20:00+08:00\nReporter: Ani\n\n"
              "KOTA CONTOH - " + BODY)
    assert c.published == "2025-03-05"


def test_date_then_poster_after_a_dash_is_the_publication_date():
    assert parse_date_line("March 5, 2025 — Admin Warta Contoh") == ("2025-03-05", False)
    assert parse_date_line("Rabu, 5 Maret 2025 - Tim Redaksi") == ("2025-03-05", False)
    assert parse_date_line("Rabu, 5 Maret 2025 - Pemkab Contoh Teken MoU dengan Badan Contoh") is None
    c = clean("WARTA CONTOH TODAY\n\n" + HEAD + "\n\nMarch 5, 2025 — Admin Warta\n\nKOTA CONTOH – " + BODY)
    assert c.published == "2025-03-05"


def test_portal_names_closed_by_kini_satu_independent_now():
    for top, want in (("MALUKU KINI", "Maluku Kini"), ("BONE SATU", "Bone Satu"),
                      ("KENDARI INDEPENDENT", "Kendari Independent"), ("Sultranow", "Sultranow")):
        c = clean(top + "\nPemerintahan\n\n" + HEAD + "\n\nRabu, 5 Maret 2025\n\nKOTA CONTOH – " + BODY)
        assert c.outlet == want, top


def test_kini_and_satu_alone_mark_no_outlet():
    # (they close a masthead's name only: "Satu Data Indonesia", "Pelayanan Kini Lebih Cepat")
    from mou_extract.clean import _outlet_marked
    assert not _outlet_marked("Satu Data Indonesia")
    assert not _outlet_marked("Pelayanan Kini Lebih Cepat")
    assert _outlet_marked("Maluku Kini") is False  # (two words: a masthead only on the page's first line)


def test_syndication_note_gives_the_missing_headline():
    t = ("KOTA CONTOH, WARTACONTOH.COM -- " + BODY +
         '\nArtikel ini telah tayang di Wartacontoh.com dengan judul "Bupati Contoh Teken Kesepakatan '
         'Layanan Publik", Klik untuk baca: https://wartacontoh.com/read/1/x\n\nEditor: Ani\n')
    c = clean(t)
    assert c.title == "Bupati Contoh Teken Kesepakatan Layanan Publik"
    assert c.text[c.title_span[0]:c.title_span[1]] == c.title
    t2 = ("KOTA CONTOH, WARTACONTOH.COM -- " + BODY +
          "\nArtikel ini telah tayang di Wartacontoh.com dengan judul Bupati Contoh dan Badan Contoh Teken "
          "Kesepakatan\n")
    assert clean(t2).title == "Bupati Contoh dan Badan Contoh Teken Kesepakatan"


def test_headline_over_story_wins_over_syndication_note():
    t = (HEAD + "\n\nKOTA CONTOH - " + BODY +
         "\nArtikel ini telah tayang di Wartacontoh.com dengan judul Judul Lain yang Berbeda Sekali\n")
    assert clean(t).title == HEAD


REF = datetime.date(2024, 8, 12)


def test_year_less_bracketed_date_closing_a_clause():
    ds = find_dates("Penandatanganan digelar di Aula Hotel Contoh Indah, Kota Contoh (9/8).", REF)
    assert [(d.text, d.value) for d in ds] == [("(9/8)", datetime.date(2024, 8, 9))]
    ds = find_dates("Bupati hadir di Kota Contoh (9/8), lalu menuju kantor.", REF)
    assert [d.value for d in ds] == [datetime.date(2024, 8, 9)]


def test_bracketed_fraction_or_counter_is_no_date():
    assert find_dates("Keputusan itu disetujui sebanyak dua pertiga (2/3).", REF) == []
    assert find_dates("Usulan perlu disetujui anggota (2/3) dewan.", REF) == []
    assert find_dates("Berikut rangkumannya (1/6)", REF) == []


def test_same_day_takes_the_date_before_it():
    t = ("Kepala perwakilan menerima laporan warga di Kota Contoh, Rabu (16/4/2025). "
         "Masih di hari yang sama, lembaga itu menandatangani nota kesepakatan dengan pemkab.")
    ds = find_dates(t, datetime.date(2025, 4, 17))
    assert [(d.text, d.value) for d in ds] == [("Rabu (16/4/2025)", datetime.date(2025, 4, 16)),
                                              ("di hari yang sama", datetime.date(2025, 4, 16))]


def test_same_day_without_a_date_before_or_a_year_back_adds_nothing():
    ref = datetime.date(2025, 4, 17)
    assert find_dates("Pada hari yang sama, pemkab meneken nota kesepakatan.", ref) == []
    t = "Rapat digelar Rabu (16/4/2025). Pada hari yang sama tahun lalu, banjir melanda kota."
    assert [d.text for d in find_dates(t, ref)] == ["Rabu (16/4/2025)"]


def test_one_word_site_name_under_the_headline_is_the_outlet():
    t = (HEAD + "\n\nKabarContoh\nLaporan: Ani Rahma\n\nKOTA CONTOH – " + BODY)
    assert clean(t).outlet == "KabarContoh"
    # (a section heading under it names no site)
    t = (HEAD + "\n\nKabar Perwakilan\nLaporan: Ani Rahma\n\nKOTA CONTOH – " + BODY)
    assert clean(t).outlet is None


def test_dateline_word_contracting_the_masthead_domain_gives_the_masthead():
    t = ("sultrapost.co\n\nPEMERINTAHAN\n\n" + HEAD + "\n\nRabu, 5 Maret 2025 | 10:05 WITA\nOleh: Ani Rahma\n\n"
         "KOTA CONTOH (Sulpost): " + BODY)
    assert clean(t).outlet == "sultrapost.co"
    # (a word that is no contraction of it is another outlet's name)
    t = t.replace("(Sulpost)", "(Antara)")
    assert clean(t).outlet == "Antara"


def test_poster_after_a_dash_is_capitalised():
    # (lower-case words after the dash are no poster's name)
    assert parse_date_line("Rabu, 5 Maret 2025 - baca juga berita lain") is None
