"""Round 26 cleaning: a reader-mode page's markdown (heading marks, bold pairs in the site's
meta row), a meta row giving the date first and the byline in a later field, a city's
wider area ("Malang Raya") before a word that closes a portal's name after a place, a
reporter's line naming the newsroom after a bar, a dateline line of its own over the
headline, a dateline's word gluing the masthead's name ("WARTASULTENG" under "Warta
Sulteng Online"), a headline in capitals under a short label in capitals. Sentences
written for these tests."""
from mou_extract.clean import clean

HEAD = "Pemkot Contoh dan Kantor Pertanahan Teken PKS Integrasi Data Pajak Bumi dan Bangunan"
BODY = ("Pemerintah Kota Contoh dan Kantor Pertanahan menandatangani perjanjian kerja sama tentang "
        "integrasi data pajak di ruang rapat wali kota, Rabu (18/6/2025).\n\n"
        "Kerja sama itu meliputi pertukaran data bidang tanah dan pelatihan petugas, kata wali kota.\n")


def _kind_of(c, needle):
    return next(p.kind for p in c.paragraphs if needle in c.norm[p.start:p.end])


def test_reader_mode_markdown_head():
    c = clean("# " + HEAD + "\n\n**Warta Pantura** · 18 Juni 2025 · Penulis: Rina Hartati · 3 menit baca\n\n"
              "**BATANG** – " + BODY)
    assert c.title == HEAD
    assert c.outlet == "Warta Pantura"
    assert c.published == "2025-06-18"
    assert c.authors == ["Rina Hartati"]
    assert c.dateline == "Batang"
    c = clean("[Lewati ke konten](#main)\n\n# " + HEAD + "\n\n"
              "**kabarbatang.id** | Rabu, 18 Juni 2025 | Penulis: **Dimas Prakoso**\n\n**BATANG** – " + BODY)
    assert c.outlet == "kabarbatang.id"
    assert c.published == "2025-06-18"
    assert c.authors == ["Dimas Prakoso"]


def test_meta_row_with_the_date_first_and_a_long_byline_after():
    head = "Ombudsman Contoh dan Pemkab Sukamaju Teken Nota Kesepakatan Pengawasan Layanan Publik"
    c = clean("Beranda » Pemerintahan » Sukamaju\n\n" + head + "\n\n"
              "Rabu, 18 Juni 2025 | 15:20 WIB · Penulis: Hendra Kurniawan & Editor: Sari Wulandari\n\n"
              "SUKAMAJU, WARTACONTOH.ID – " + BODY)
    assert c.title == head
    assert c.published == "2025-06-18"
    assert c.authors == ["Hendra Kurniawan"]
    assert _kind_of(c, "Penulis: Hendra") == "meta"


def test_area_word_after_a_city_closes_a_portal_name():
    for masthead in ("MALANGRAYA UPDATE", "Malang Raya Update"):
        c = clean(masthead + "\n\n" + HEAD + "\n\nRabu, 18 Juni 2025\n\nMALANG – " + BODY)
        assert c.outlet is not None and c.outlet.lower() in ("malangraya update", "malang raya update"), masthead
    # (an area word after no place's name names no place: "JALAN RAYA UPDATE" is a label)
    c = clean("JALAN RAYA UPDATE\n\n" + HEAD + "\n\nRabu, 18 Juni 2025\n\nMALANG – " + BODY)
    assert c.outlet is None


def test_reporter_line_naming_the_newsroom_after_a_bar():
    c = clean(HEAD + "\n\nLaporan: Andi Saputra | Palu Terkini\n\nPALU – " + BODY)
    assert c.authors == ["Andi Saputra"]
    assert c.outlet == "Palu Terkini"
    # (a place after the bar is no newsroom)
    c = clean(HEAD + "\n\nLaporan Teuku Rahmat | Aceh Barat Daya\n\nBLANGPIDIE – " + BODY)
    assert c.outlet is None


def test_dateline_line_over_the_headline():
    c = clean("Sukabumi, kabarsukabumi.com\n\n" + HEAD + "\n\nRabu, 18 Juni 2025 | 13:47\n\nSUKABUMI — " + BODY)
    assert c.title == HEAD
    assert c.outlet == "kabarsukabumi.com"
    assert c.dateline == "Sukabumi"
    assert c.published == "2025-06-18"
    # (over the story itself, the story follows)
    c = clean(HEAD + "\n\nSukabumi, kabarsukabumi.com\n\n" + BODY)
    assert c.title == HEAD
    assert _kind_of(c, "Pemerintah Kota Contoh dan") == "body"


def test_dateline_word_gluing_the_masthead_gives_the_masthead():
    page = "Warta Sulteng Online\n\n" + HEAD + "\n\nSenin, 14 Juli 2025 | 13:47 WIB\n\nPALU, {} - " + BODY
    assert clean(page.format("WARTASULTENG")).outlet == "Warta Sulteng Online"
    # (a domain there is the outlet as the dateline writes it)
    assert clean(page.format("wartasulteng.com")).outlet == "wartasulteng.com"


def test_capitals_headline_under_a_capitals_label():
    head = "PEMKOT BIMA DAN BPJS KESEHATAN SEPAKAT PERLUAS CAKUPAN LAYANAN JKN"
    c = clean("Forwarded many times\n\n*📢 INFO PROKOPIM KOTA BIMA* 📢\n_Selasa, 20 Mei 2025_\n\n"
              "*" + head + "* 🤝\n\nKota Bima – " + BODY)
    assert c.title == head
    assert _kind_of(c, "INFO PROKOPIM") == "boilerplate"
    # (an office's name in capitals right under the first line is the masthead's second line)
    c = clean("PORTAL RESMI KABUPATEN CONTOH\nDINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH SELATAN\n\n"
              "CONTOH – " + BODY)
    assert c.title != "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH SELATAN"
