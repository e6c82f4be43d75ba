"""Round 24 cleaning: a republication stamp ("Diterbitkan ulang: ..."), short view counts
("1,2 rb dilihat"), icons before a date line's counts and a bare view counter before it,
a triangle breadcrumb whose first part is a section's label, "Sumber: <domain>" over a
copied story, the site's name and tagline opening the page (no dateline), an
aggregator's topic page (items with their source and age), a newsroom signing the story
("Tim Redaksi X"), a newsroom's name in capitals after the dateline's city. Sentences
written for these tests."""
from mou_extract.clean import clean, parse_date_line

HEAD = "Pemkab Contoh dan Badan Contoh Teken Nota Kesepakatan Pelayanan Publik"
BODY = ("Pemerintah Kabupaten Contoh dan Badan Contoh menandatangani nota kesepakatan tentang "
        "pelayanan publik di aula kantor bupati, Selasa (4/3/2025).\n\n"
        "Kerja sama itu meliputi pertukaran data dan pelatihan petugas layanan, kata bupati.\n")


def test_republished_stamp_dates_the_copy():
    assert parse_date_line("Diterbitkan ulang: Rabu, 5 Maret 2025") == ("2025-03-05", False)
    assert parse_date_line("Dipublikasikan ulang pada 5 Maret 2025") == ("2025-03-05", False)


def test_short_view_counts_after_the_date():
    assert parse_date_line("Rabu, 5 Maret 2025 · 3 menit baca · 1,2 rb dilihat") == ("2025-03-05", False)
    assert parse_date_line("Rabu, 5 Maret 2025 | 4,7K views") == ("2025-03-05", False)


def test_icons_before_counts_on_a_date_line():
    assert parse_date_line("Rabu, 5 Mar 2025 10:20 WITA | 💬 12 Komentar | ⏱ 3 menit baca") == ("2025-03-05", False)
    # (an eye icon stripped from the line's start leaves its count before a bar)
    assert parse_date_line("1.204 | Rabu, 5 Maret 2025 - 10:20 WITA") == ("2025-03-05", False)
    # (an eye and its count after a poster are read as before)
    assert parse_date_line("Rabu, 5 Maret 2025 | Admin Humas | 👁 211") == ("2025-03-05", False)
    # (a sentence is still no date line)
    assert parse_date_line("12 | Rabu, 5 Maret 2025 - Pemkab Contoh Teken MoU dengan Badan Contoh") is None


def test_page_dated_by_eye_counter_line():
    c = clean("WARTA CONTOH\n\n" + HEAD + "\n\n👁 1.204 | Rabu, 5 Maret 2025 - 10:20 WITA\n\nKOTA CONTOH – " + BODY)
    assert c.published == "2025-03-05"


def test_triangle_breadcrumb_section_is_no_masthead():
    c = clean("Berita Terkini ▸ Pemerintahan\n\n" + HEAD + "\n\nRabu, 5 Maret 2025\n\nKOTA CONTOH – " + BODY)
    assert c.outlet is None
    assert c.title == HEAD


def test_first_line_masthead_and_site_before_a_bar():
    c = clean("SINAR EKSPRES | m.sinarekspres.com\n\n" + HEAD + "\n\nRabu, 5 Maret 2025\n\nKOTA CONTOH – " + BODY)
    assert c.outlet == "Sinar Ekspres"


def test_source_domain_over_a_copied_story_is_the_outlet():
    c = clean("Beranda / Berita Daerah\n\n" + HEAD + "\n\nSumber: wartacontoh.co.id\n"
              "Diterbitkan ulang: Rabu, 5 Maret 2025 · 2 menit baca\n\nKOTA CONTOH – " + BODY
              + "\nPenulis: Ani Rahma\n")
    assert c.outlet == "wartacontoh.co.id"
    assert c.published == "2025-03-05"
    # (an office named as the source is no outlet)
    c = clean("Beranda / Berita Daerah\n\n" + HEAD + "\n\nSumber: Diskominfo Contoh\n"
              "Rabu, 5 Maret 2025\n\nKOTA CONTOH – " + BODY)
    assert c.outlet is None


def test_site_name_and_tagline_on_the_first_line_is_no_dateline():
    c = clean("KABARKU — Berita pilihan dari seluruh daerah\n\n" + HEAD + "\n\nRabu, 5 Maret 2025\n\n"
              "KOTA CONTOH – " + BODY + "\n© 2025 KABARKU. Hak cipta dilindungi.\n")
    assert c.dateline == "Kota Contoh"
    assert c.outlet == "KABARKU"
    assert c.title == HEAD


def test_aggregator_topic_page_keeps_its_own_stamp():
    items = "".join(
        f"{h}\nSumber: {d} · {n} jam lalu\n{snip} …\nBaca selengkapnya\n\n"
        for h, d, n, snip in (
            ("Pemkot Contoh Rencanakan MoU dengan Kampus Contoh", "wartacontoh.id", 2,
             "Penandatanganan nota kesepahaman dijadwalkan bulan depan setelah draf selesai"),
            ("Ombudsman Contoh Evaluasi Kesepakatan Lama", "kabarcontoh.com", 3,
             "Ombudsman menilai tindak lanjut kesepakatan yang diteken pada 2023 belum optimal"),
            ("Bank Contoh Siap Teken PKS dengan Dua Kabupaten", "beritacontoh.id", 5,
             "Rencana penandatanganan perjanjian kerja sama itu akan dilakukan pekan depan")))
    c = clean("KABARKU — Semua berita dari ratusan sumber\n\nTopik: Nota Kesepakatan\n\n"
              "Diperbarui Rabu, 5 Maret 2025 · 21:05 WIB\n\n" + items
              + "Muat lebih banyak\n\nTentang Kami · Pedoman Media Siber · Kebijakan Privasi · Kontak\n\n"
              "© 2025 KABARKU. Semua konten milik sumber masing-masing.\n")
    assert c.title is None
    assert c.dateline is None
    assert c.outlet == "KABARKU"
    assert c.published == "2025-03-05"
    # (the items are furniture; the foot's links stay as read)
    assert not any("Contoh" in c.norm[p.start:p.end] for p in c.body())


def test_newsroom_signing_the_story_is_the_outlet():
    c = clean(HEAD + "\n\nRabu, 5 Maret 2025\n\nOleh Tim Redaksi Sulawesi Today\n\nKOTA CONTOH – " + BODY)
    assert c.outlet == "Sulawesi Today"
    assert c.authors == ["Tim Redaksi Sulawesi Today"]
    # (a desk with no outlet's name is none)
    c = clean(HEAD + "\n\nRabu, 5 Maret 2025\n\nOleh Tim Redaksi Humas Setda\n\nKOTA CONTOH – " + BODY)
    assert c.outlet is None


def test_newsroom_in_capitals_after_the_dateline_city():
    c = clean(HEAD + "\n\nRabu, 5 Maret 2025\n\nTALIWANG, LENTERA KSB – " + BODY)
    assert c.dateline == "Taliwang"
    assert c.outlet.upper() == "LENTERA KSB"  # (capitals are written in title case)
    # (a place after the city names no newsroom)
    c = clean(HEAD + "\n\nRabu, 5 Maret 2025\n\nSIGLI, ACEH BESAR – " + BODY)
    assert c.outlet is None
