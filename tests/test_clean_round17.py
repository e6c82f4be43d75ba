"""Round 17: article metadata of page shapes the cleaner did not read yet (bylines and
dates on one line, short years, outlets in capitals, captions that look like datelines,
photo pages, threads on X, office mastheads). Sentences written for these tests."""
from mou_extract.clean import clean, parse_date_line

STORY = ("Pemerintah Kabupaten Sambas dan Bank Kalbar menandatangani nota kesepahaman tentang "
         "pembayaran pajak daerah secara nontunai di Aula Kantor Bupati, Selasa (9/9/2025).")


def test_a_byline_and_the_date_on_one_line_give_both():
    c = clean("Pemkab Sambas dan Bank Kalbar Teken MoU Pajak Nontunai\n\n"
              "Oleh: Redaksi  |  Selasa, 9 September 2025  |  10:05 WIB  |  Dibaca 87 kali\n\n"
              "SAMBAS – " + STORY + "\n")
    assert c.published == "2025-09-09"
    assert c.authors == ["Redaksi"]
    c = clean("Pemkab Sambas dan Bank Kalbar Teken MoU Pajak Nontunai\n\n"
              "Penulis: Dewi Lestari  |  Editor: Bambang Sutejo  |  Selasa, 9 September 2025 - 10:05 WIB\n\n"
              "SAMBAS – " + STORY + "\n")
    assert c.published == "2025-09-09"
    assert c.authors == ["Dewi Lestari"]


def test_a_numeric_date_with_a_two_digit_year():
    assert parse_date_line("Jumat, 14/02/25 13:10 WIB") == ("2025-02-14", False)
    c = clean("Pemkab Sambas dan Bank Kalbar Teken MoU Pajak Nontunai\n\n"
              "Jumat, 14/02/25 13:10 WIB\n\nSAMBAS – " + STORY + "\n")
    assert c.published == "2025-02-14"
    assert c.title == "Pemkab Sambas dan Bank Kalbar Teken MoU Pajak Nontunai"


def test_a_masthead_in_capitals_names_the_outlet():
    c = clean("SAMBAS TERKINI\nBerita Sambas Hari Ini\n\nPemkab Sambas dan Bank Kalbar Teken MoU Pajak Nontunai\n\n"
              "Selasa, 9 September 2025\n\nSAMBAS – " + STORY + "\n")
    assert c.outlet and c.outlet.lower() == "sambas terkini"
    c = clean("BORNEOPOST21\nBerita Kalimantan Barat\n\nPemkab Sambas dan Bank Kalbar Teken MoU Pajak Nontunai\n\n"
              "Selasa, 9 September 2025\n\nSAMBAS – " + STORY + "\n")
    assert c.outlet == "BORNEOPOST21"


def test_a_caption_closed_by_the_outlet_and_photographer_is_no_dateline():
    head = "Pemkab Banyumas dan Telkom Teken MoU Kota Cerdas\n\nRabu, 8 Oktober 2025 14:20 WIB\n\n"
    story = ("Pemerintah Kabupaten Banyumas dan PT Telkom Indonesia menandatangani nota kesepahaman "
             "tentang pengembangan kota cerdas, Rabu (8/10/2025).")
    c = clean(head + "KOTA CERDAS - Bupati Banyumas dan GM Telkom Purwokerto bertukar dokumen nota kesepahaman "
              "di Pendapa Si Panji, Rabu (8/10/2025). (Radarbanyumas.co.id/Nur Hidayat)\n\n"
              "RADARBANYUMAS.CO.ID, PURWOKERTO - " + story + "\n")
    assert c.dateline == "Purwokerto"
    assert [p.kind for p in c.paragraphs][2] == "caption"
    c = clean(head + "JATENGPOS.COM - Bupati Banyumas berjabat tangan dengan GM Telkom Purwokerto seusai "
              "penandatanganan nota kesepahaman, Rabu (8/10/2025). (Jatengpos/Ahmad Rifai)\n\n"
              "Jatengpos.com, PURWOKERTO — " + story + "\n")
    assert c.dateline == "Purwokerto"
    assert c.outlet == "Jatengpos.com"


def test_a_press_release_dateline_with_the_weekday():
    c = clean("Kejari Ambon dan Pemkot Ambon Teken Nota Kesepakatan Datun\n\n"
              "Ambon, Selasa, 9 September 2025 — Kejaksaan Negeri Ambon dan Pemerintah Kota Ambon "
              "menandatangani nota kesepakatan bidang perdata dan tata usaha negara.\n")
    assert c.dateline == "Ambon"
    assert c.published == "2025-09-09"


def test_an_office_masthead_line_with_commas_gives_way_to_the_headline():
    c = clean("PEMERINTAH KOTA PAREPARE\nDinas Komunikasi, Informatika, Persandian dan Statistik\nBeranda\nBerita\nKontak\n\n"
              "Berita › Persandian\n\n"
              "Amankan Surat Elektronik, Pemkot Parepare Teken PKS Tanda Tangan Digital dengan BSSN\n\n"
              "Diposting oleh: admin | Senin, 3 November 2025\n\n"
              "Pemerintah Kota Parepare resmi menjalin kerja sama dengan Badan Siber dan Sandi Negara "
              "dalam pemanfaatan sertifikat elektronik bagi aparatur sipil negara.\n")
    assert c.title == "Amankan Surat Elektronik, Pemkot Parepare Teken PKS Tanda Tangan Digital dengan BSSN"


def test_a_photo_page_headline_over_its_date_and_the_text_and_photo_credit():
    c = clean("TernateNews.id\nBeranda > Galeri\n\n"
              "FOTO: Wali Kota Ternate Terima Kunjungan Kepala Kejari\n\n"
              "Kamis, 6 Maret 2025 | 10:12 WIT\n\n"
              "Teks dan foto: Rahmat Tuasikal\n\n"
              "Wali Kota Ternate menerima kunjungan Kepala Kejaksaan Negeri Ternate di ruang kerjanya, "
              "Kamis (6/3/2025). Keduanya membahas rencana nota kesepakatan bidang perdata.\n")
    assert c.title == "FOTO: Wali Kota Ternate Terima Kunjungan Kepala Kejari"
    assert c.authors == ["Rahmat Tuasikal"]


def test_a_thread_on_x_has_no_headline_and_the_post_time_dates_it():
    c = clean("Postingan\n\nPemkab Gunungkidul\n@pemkab_gk\n"
              "Pemkab Gunungkidul dan BPS Gunungkidul meneken nota kesepakatan satu data. Ikuti utas berikut (1/5)\n"
              "10:15 AM · 3 Feb 2025 · 1.204 Tayangan\n\n"
              "(2/5) Penandatanganan berlangsung di Bangsal Sewokoprojo, Wonosari, Senin (3/2/2025).\n")
    assert c.title is None
    assert c.published == "2025-02-03"
    assert c.paragraphs[3].kind == "body"


def test_a_phone_photo_file_name_with_spaces_is_furniture():
    c = clean("Pemkab Sambas dan Bank Kalbar Teken MoU Pajak Nontunai\n\nSelasa, 9 September 2025\n\n"
              "WhatsApp Image 2025-09-09 at 10.21.36.jpeg\n"
              "Bupati Sambas dan Direktur Bank Kalbar bertukar dokumen nota kesepahaman.\n\n"
              "SAMBAS – " + STORY + "\n")
    kinds = [p.kind for p in c.paragraphs]
    assert kinds[2] == "boilerplate" and kinds[3] == "caption"


def test_key_points_box_and_a_written_by_line_before_the_caption_and_dateline():
    c = clean("IDN Times Jatim\nNews\n\nPemkot Madiun dan BRI Teken PKS, Retribusi Parkir Kini Nontunai\n\n"
              "Ditulis oleh Sekar Ayu Lestari\nSelasa, 07 Okt 2025 11:05 WIB\n\n"
              "Intinya sih...\nPemkot Madiun dan BRI teken PKS layanan perbankan\n"
              "Retribusi parkir dibayar lewat kode QR\n\n"
              "Penandatanganan PKS antara Pemkot Madiun dan BRI di Balai Kota, Selasa (7/10/2025). "
              "(IDN Times/Sekar Ayu Lestari)\n\n"
              "Madiun, IDN Times - Pemerintah Kota Madiun dan PT Bank Rakyat Indonesia meneken perjanjian "
              "kerja sama tentang layanan perbankan, Selasa (7/10/2025).\n")
    assert c.authors == ["Sekar Ayu Lestari"]
    assert c.dateline == "Madiun"
    kinds = [p.kind for p in c.paragraphs]
    assert kinds[5:8] == ["boilerplate"] * 3 and kinds[8] == "caption"


def test_an_english_wire_dateline_names_the_province():
    c = clean("ANTARA News\n\nOmbudsman, Ambon city sign MoU on complaint handling\n\nMarch 4, 2025 10:05 GMT+700\n\n"
              "Ambon, Maluku (ANTARA) - The Maluku office of the Indonesian Ombudsman signed a memorandum of "
              "understanding with the Ambon city government on Tuesday.\n")
    assert c.dateline == "Ambon"
    assert c.outlet == "ANTARA"


def test_the_site_name_under_the_headline_is_the_outlet():
    c = clean("Bank Sumut Teken Nota Kesepakatan dengan Pemkab Asahan\n\nAsahanPos.com\n\n"
              "KISARAN – Pemerintah Kabupaten Asahan dan Bank Sumut menandatangani nota kesepakatan "
              "pengelolaan kas daerah di Aula Melati, Kamis (6/11/2025).\n")
    assert c.outlet == "AsahanPos.com"
