"""Round 15: article metadata of CMS rows, broadcast scripts, video pages and Tribun-style
photo credits; page furniture of campus / government CMS pages and video pages."""
from mou_extract.clean import clean, parse_date_line

STORY = ("Pemerintah Kabupaten Lorem dan Kejaksaan Negeri Lorem menandatangani perjanjian kerja sama "
         "bidang perdata dan tata usaha negara di aula kantor bupati, Senin (3/3/2025).")
MORE = ("Bupati Lorem mengatakan kerja sama ini membantu pemerintah daerah menyelamatkan aset yang "
        "belum bersertifikat dan menyelesaikan gugatan perdata.")


def kinds(c):
    return [(p.kind, c.text[p.start:p.end]) for p in c.paragraphs]


def test_poster_with_colon_and_bars_before_the_date():
    assert parse_date_line("Diposting oleh: admin_humas | Kamis, 6 Maret 2025 | Dilihat 88 kali") == ("2025-03-06", False)
    assert parse_date_line("Ditulis oleh Tim Prokopim | 6 Maret 2025") == ("2025-03-06", False)
    c = clean("Pemkab Lorem Teken Kerja Sama dengan Kejari Lorem Soal Aset\n\n"
              "Diposting oleh: Admin Prokopim | 3 Maret 2025 | Dilihat: 41 kali\n\n"
              f"Lorem – {STORY}\n\n{MORE}\n")
    assert c.published == "2025-03-03" and c.dateline == "Lorem"


def test_broadcast_air_date_and_time_range():
    assert parse_date_line("Tanggal tayang : Rabu, 5 Maret 2025") == ("2025-03-05", False)
    assert parse_date_line("Tayang: Jumat, 7 Maret 2025, pukul 19.00–20.00 WIB") == ("2025-03-07", False)
    assert parse_date_line("Tanggal siar: 7 Maret 2025") == ("2025-03-07", False)


def test_video_page_views_date_and_hashtags():
    assert parse_date_line("1.204 x ditonton  Streaming langsung tanggal 3 Mar 2025  #PemkabLorem #MoU") \
        == ("2025-03-03", False)
    assert parse_date_line("2,1 rb tayangan • Tayang perdana 3 Mar 2025") == ("2025-03-03", False)


def test_cms_row_of_fields_set_apart_by_spaces():
    assert parse_date_line("04/03/2025  0 Komentar") == ("2025-03-04", False)
    c = clean("Pemkab Lorem Teken Kerja Sama dengan Kejari Lorem Soal Aset\n\n"
              "redaksi   March 4, 2025   2 Komentar\n\n"
              f"LOREM - {STORY}\n\n{MORE}\n")
    assert c.published == "2025-03-04"


def test_a_tv_script_headline_is_its_judul_field():
    c = clean("LOREM TV\n\nProgram : Kabar Lorem Petang (Edisi Sore)\nTanggal tayang : Rabu, 5 Maret 2025\n"
              "Durasi : 03:10\nReporter : Made Lorem\nKamerawan : Putu Ipsum\n\n"
              "JUDUL : PEMKAB LOREM GANDENG KEJARI AMANKAN ASET DAERAH\n\nLEAD / ANCHOR :\n"
              "PEMERINTAH KABUPATEN LOREM DAN KEJAKSAAN NEGERI LOREM SIANG TADI MENANDATANGANI PERJANJIAN "
              "KERJA SAMA. BERIKUT LAPORANNYA.\n\nVO 1 :\n" + MORE + "\n")
    assert c.title == "PEMKAB LOREM GANDENG KEJARI AMANKAN ASET DAERAH"
    assert c.text[c.title_span[0]:c.title_span[1]] == c.title
    assert c.published == "2025-03-05" and c.authors == ["Made Lorem"]
    assert [k for k, t in kinds(c) if t.startswith(("Program", "Durasi", "Kamerawan"))] == ["boilerplate"] * 2 + ["meta"]
    # the script's story and its labels stay in the text
    assert any(k == "body" and t.startswith("PEMERINTAH KABUPATEN LOREM") for k, t in kinds(c))
    assert any(k == "body" and t == MORE for k, t in kinds(c))


def test_outlet_dash_city_closed_by_a_full_stop():
    c = clean("Kabar Timur News\n\nPemkab Lorem Teken Kerja Sama dengan Kejari Lorem Soal Aset\n\n"
              f"Kabar Timur News – MERAUKE. {STORY}\n\n{MORE}\n")
    assert c.dateline == "Merauke" and c.outlet == "Kabar Timur News"
    # a lone capital word closed by a stop is no dateline without an outlet before it
    c = clean("Pemkab Lorem Teken Kerja Sama dengan Kejari Lorem Soal Aset\n\n"
              f"Kepala Dinas – PUPR. {STORY}\n\n{MORE}\n")
    assert c.dateline is None


def test_a_story_opening_in_lower_case_after_a_city_in_capitals():
    c = clean("Pemkab Lorem Teken Kerja Sama dengan Kejari Lorem Soal Aset\n\n"
              "SOFIFI- pemerintah provinsi dan kejaksaan tinggi resmi meneken nota kesepakatan "
              "tentang pendampingan hukum di aula kantor gubernur\n\n" + MORE + "\n")
    assert c.dateline == "Sofifi"


def test_a_caption_under_a_slash_credit_is_no_dateline():
    c = clean("Pemkab Lorem Teken MoU Pelayanan Publik dengan Ombudsman RI\n\n"
              "Selasa, 4 Maret 2025 10:12 WIB\n\nPenulis: Made Lorem | Editor: Putu Ipsum\n\n"
              "TRIBUNLOREM/MADE LOREM\n"
              "SALING TUKAR - Bupati Lorem (kiri) dan Anggota Ombudsman RI menunjukkan naskah nota "
              "kesepahaman di kantor bupati, Senin (3/3/2025).\n\n"
              "Laporan Wartawan Tribunlorem.com, Made Lorem\n\n"
              f"TRIBUNLOREM.COM, LOREM - {STORY}\n\n{MORE}\n")
    assert c.dateline == "Lorem" and c.outlet.lower() == "tribunlorem.com"
    assert [k for k, t in kinds(c) if t.startswith("SALING TUKAR")] == ["caption"]


def test_the_site_name_before_the_date_is_the_outlet():
    c = clean("kabarlorem.id  |  Senin, 3 Maret 2025\n\nHome » Daerah » Lorem\n\n"
              "Pemkab Lorem Teken Kerja Sama dengan Kejari Lorem Soal Aset\n\n"
              f"LOREM - {STORY}\n\n{MORE}\n")
    assert c.outlet == "kabarlorem.id" and c.published == "2025-03-03"


def test_a_campus_site_is_no_news_outlet():
    c = clean("STIKES LOREM IPSUM\n\nProfil | Akademik | Berita | Kontak\n\n"
              "STIKES Lorem Ipsum Teken PKS dengan Dinas Kesehatan Kota Lorem\n\n"
              f"LOREM – {STORY}\n\n{MORE}\n\n© 2025 STIKES Lorem Ipsum. Hak Cipta Dilindungi.\n")
    assert c.outlet is None


def test_cms_page_furniture_after_the_story():
    c = clean("Pemkab Lorem Teken Kerja Sama dengan Kejari Lorem Soal Aset\n\n"
              "Kamis, 6 Maret 2025\n\nKategori: Pemerintahan, Hukum\n\n"
              f"LOREM – {STORY}\n\n{MORE}\n\n"
              "Bagikan ke: Facebook | WhatsApp | Telegram\n\n"
              "« Sebelumnya: Jadwal Pelayanan Selama Libur Nasional\n"
              "Berikutnya: Warga Desa Ipsum Gelar Gotong Royong »\n\n"
              "Related Posts\nBupati Lorem Tinjau Jalan Rusak di Kecamatan Ipsum\n")
    body = [t for k, t in kinds(c) if k == "body"]
    assert body == [f"LOREM – {STORY}", MORE]


def test_video_page_comments_are_not_the_story():
    c = clean("PENANDATANGANAN MoU PEMKAB LOREM & UNIVERSITAS IPSUM\n\nDiskominfo Lorem\n12 rb subscriber\n\n"
              "1.204 x ditonton  Streaming langsung tanggal 3 Mar 2025  #PemkabLorem\n\n"
              f"Lorem — {STORY}\n\n{MORE}\n\n00:00 Pembukaan\n12:30 Penandatanganan MoU\n\n"
              "Jangan lupa LIKE, SHARE dan SUBSCRIBE channel Diskominfo Lorem\n\n"
              "Tampilkan lebih sedikit\n\n7 Komentar    Urutkan menurut\n"
              "@warga_lorem 2 hari yang lalu\nSemoga kerja sama ini membawa manfaat bagi desa kami.\n3   Balas\n")
    assert c.published == "2025-03-03" and c.dateline == "Lorem"
    body = [t for k, t in kinds(c) if k == "body"]
    assert body[:2] == [f"Lorem — {STORY}", MORE] and "12:30 Penandatanganan MoU" in body
    assert not any("Semoga kerja sama" in t for t in body)
