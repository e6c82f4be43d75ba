"""Round 27 cleaning: an RSS item's date with a bare numeric offset, a Hijri date between a
header's date and its time, a full office's name after a date's bar, a regency's seat town
over the headline and in capitals before the lead (no site's name), a platform's page word
("Post") as no outlet, the site's name before a byline after a bar, a place in square
brackets before the headline and the lead, a newsroom after a city in title case when a
region's short name closes it, a four-word masthead and its tagline, a bare domain closing
the page, a newsletter's name and edition on its top line, a blog's author box over the
post's date, an office's name as the masthead's third line, an announced event's date
behind a calendar icon, the newsroom posting a digest named in its date line. Sentences
written for these tests."""
from mou_extract.clean import clean, parse_date_line

HEAD = "Pemkab Sukamaju dan Kantor Pertanahan Teken PKS Percepatan Sertifikasi Aset Daerah"
LEAD = ("Pemerintah Kabupaten Sukamaju dan Kantor Pertanahan menandatangani perjanjian kerja sama tentang "
        "percepatan sertifikasi aset daerah di ruang rapat bupati, Rabu (18/6/2025).")
MORE = ("Kerja sama itu meliputi pengukuran ulang bidang tanah milik pemerintah daerah dan pelatihan "
        "petugas pengelola barang milik daerah, kata bupati.")
BODY = LEAD + "\n\n" + MORE + "\n"


def _kind_of(c, needle):
    return next(p.kind for p in c.paragraphs if needle in c.norm[p.start:p.end])


def test_rss_item_date_with_a_numeric_offset():
    assert parse_date_line("Thu, 12 Jun 2025 09:15:00 +0800") == ("2025-06-12", False)
    c = clean("<rss> kabarcontoh.id » Feed\nJudul: " + HEAD + "\n"
              "Tautan: https://kabarcontoh.id/2025/06/18/pkh-aset/\n"
              "Tanggal: Wed, 18 Jun 2025 16:40:05 +0700\nPenulis: Rina Hartati\nKonten:\n"
              "SUKAMAJU, kabarcontoh.id – " + BODY)
    assert c.title == HEAD
    assert c.published == "2025-06-18"


def test_hijri_date_between_the_date_and_the_time():
    assert parse_date_line("Jumat, 6 Juni 2025 / 10 Zulhijah 1446 H | 13.45 WITA") == ("2025-06-06", False)
    c = clean("Berita Daerah\n\n" + HEAD + "\n\nJumat, 6 Juni 2025 / 10 Zulhijah 1446 H | 13.45 WITA\n\n"
              "Sukamaju — " + BODY)
    assert c.published == "2025-06-06"


def test_an_office_named_in_full_after_the_date_bar():
    line = "Rabu, 18 Juni 2025 | Humas Kantor Pertanahan Kabupaten Sukamaju Jaya"
    assert len(line.split("|")[1].strip()) > 40
    assert parse_date_line(line) == ("2025-06-18", False)


def test_seat_town_over_the_headline_is_no_site_name():
    # (Purwokerto: the seat of Kabupaten Banyumas, which the gazetteer does not list)
    c = clean("Purwokerto\n\n" + HEAD + "\n\nRabu, 18 Juni 2025 - 10:15 WIB\n\nAdmin Prokopim | Dilihat 120 kali\n\n"
              "PURWOKERTO – " + BODY)
    assert c.outlet is None
    assert c.dateline == "Purwokerto"


def test_a_platform_page_word_names_no_outlet():
    c = clean("Post\n\nPemerintah Kota Sukamaju\n@pemkotsukamaju\n"
              "1/3 Hari ini, Rabu (18/6/2025), Pemerintah Kota Sukamaju dan Bank Contoh menandatangani "
              "perjanjian kerja sama tentang transaksi nontunai. 🧵\n10:42 AM · Jun 18, 2025\n\n"
              "Pemerintah Kota Sukamaju\n@pemkotsukamaju\n2/3 " + MORE + "\n10:44 AM · Jun 18, 2025\n")
    assert c.outlet is None
    # (a site's name that merely contains the word stays one)
    c = clean("Sukamaju Post\n\n" + HEAD + "\n\nRabu, 18 Juni 2025\n\nSUKAMAJU – " + BODY)
    assert c.outlet is not None and c.outlet.lower() == "sukamaju post"


def test_site_name_then_the_byline_after_a_bar():
    c = clean(HEAD + "\n\n18/06/2025\n\nLentera Contoh News | Penulis: Rina Hartati\n\n" + BODY)
    assert c.outlet == "Lentera Contoh News"
    assert c.authors == ["Rina Hartati"]
    # (an office's name there is no outlet)
    c = clean(HEAD + "\n\n18/06/2025\n\nDinas Komunikasi dan Informatika | Penulis: Rina Hartati\n\n" + BODY)
    assert c.outlet is None


def test_place_in_square_brackets_before_headline_and_lead():
    c = clean("[Ende] " + HEAD + "\n\n18/06/2025\n\n[Ende] " + BODY)
    assert c.title == HEAD
    assert c.dateline == "Ende"
    # (a label in brackets is no place: it stays in the headline)
    c = clean("[HOAKS] " + HEAD + "\n\n18/06/2025\n\nENDE – " + BODY)
    assert c.title == "[HOAKS] " + HEAD


def test_newsroom_after_a_title_case_city_closed_by_a_region_short_name():
    c = clean("Berita Utama\n\n" + HEAD + "\n\nTaliwang, Lentera NTB - " + BODY)
    assert c.dateline == "Taliwang"
    assert c.outlet == "Lentera NTB"


def test_four_word_masthead_with_its_tagline():
    c = clean("Sukamaju City News Daily - Kabar Kota Sejuk\n\n" + HEAD + "\n\n"
              "Diposting pada 18 Juni 2025 oleh Admin Redaksi\n\nSUKAMAJU - " + BODY)
    assert c.outlet == "Sukamaju City News Daily"
    assert c.title == HEAD


def test_bare_domain_closing_the_page():
    c = clean("OPINI\n\n" + HEAD + "\n\nRabu, 18 Juni 2025 | 07:00 WIB\n\nOleh: Rina Hartati\n\n" + BODY
              + "\n*Tulisan ini merupakan pendapat pribadi penulis.\n\nlenteracontoh.com\n")
    assert c.outlet == "lenteracontoh.com"


def test_newsletter_name_and_edition_on_the_top_line():
    c = clean("WARTA KAMPUS SUKAMAJU                          Edisi 06 / Juni 2025\n"
              "Buletin Resmi Universitas Sukamaju\n\nKERJA SAMA\n\n" + HEAD + "\n\nOleh: Rina Hartati\n\n" + BODY)
    assert c.outlet is not None and c.outlet.lower() == "warta kampus sukamaju"


def test_blog_author_box_over_the_post_date():
    c = clean("Kompasiana - Beyond Blogging\n\nSutarno Hadi\n"
              "Petani kopi di lereng gunung. Suka menulis catatan harian kampung.\n\n"
              "18 Juni 2025   09:12   Diperbarui: 18 Juni 2025   10:30   120   4   1\n\n"
              + HEAD + "\n\n" + BODY)
    assert c.outlet == "Kompasiana"
    assert c.title == HEAD
    assert c.published == "2025-06-18"
    assert c.authors == ["Sutarno Hadi"]
    assert c.dateline is None
    assert _kind_of(c, "Petani kopi") == "boilerplate"


def test_office_name_as_the_masthead_third_line_gives_way_to_the_headline():
    head = "Bagian Hukum Gelar Rapat Evaluasi Dokumen Kerja Sama Daerah Tahun 2025"
    c = clean("JDIH KABUPATEN TANAH LAUT\n\nJaringan Dokumentasi dan Informasi Hukum\n\n"
              "Bagian Hukum Sekretariat Daerah Kabupaten Tanah Laut\n\n"
              "Beranda | Produk Hukum | Dokumen Kerja Sama | Berita | Kontak\n\nBERITA\n\n" + head + "\n\n"
              "Diposting: Rabu, 05 November 2025 | Kategori: Kegiatan | Admin JDIH\n\n"
              "Pelaihari – Bagian Hukum Sekretariat Daerah Kabupaten Tanah Laut menggelar rapat evaluasi "
              "dokumen kerja sama daerah, Rabu (5/11/2025).\n\n" + MORE + "\n")
    assert c.title == head


def test_announced_event_date_behind_a_calendar_icon_is_no_publication_date():
    c = clean("ombudsman.contoh\n\n📢 SEGERA! Ombudsman Contoh bersama Pemerintah Kabupaten Sukamaju "
              "dijadwalkan menandatangani nota kesepakatan tentang pengawasan pelayanan publik.\n\n"
              "🗓 Senin, 8 Desember 2025\n⏰ 09.00 WIB - selesai\n📍 Aula Kantor Bupati Sukamaju\n\n"
              + MORE + "\n\n5 Desember 2025\n")
    assert c.published == "2025-12-05"
    # (a post's own date behind the icon, with no time or place after it, stays its date)
    c = clean(HEAD + "\n\n🗓 Rabu, 18 Juni 2025\n\nSUKAMAJU – " + BODY)
    assert c.published == "2025-06-18"


def test_newsroom_posting_a_digest_in_its_date_line():
    c = clean("SUKAMAJU SEPEKAN\nRangkuman berita pilihan Kabupaten Sukamaju, 12-18 Juni 2025\n\n"
              "Diterbitkan Rabu, 18 Juni 2025 oleh Redaksi Lenteracontoh Digest\nDisusun: Rina Hartati\n\n"
              "Selamat pagi, pembaca. Berikut ringkasan peristiwa pekan ini.\n\n" + BODY)
    assert c.outlet == "Lenteracontoh Digest"
    assert c.published == "2025-06-18"


def test_place_portal_label_on_the_first_line_is_no_dateline():
    c = clean("Kota Ende – Portal Resmi\n\nBerita Kota\n\n" + HEAD + "\n\n18 Juni 2025 | Dilihat: 120 kali\n\n"
              "Foto-PKS-Aset.jpg\n\nEnde, endekab.go.id – " + BODY)
    assert c.title == HEAD
    assert c.dateline == "Ende"
    assert c.outlet == "endekab.go.id"


def test_a_headline_over_the_date_is_no_author_box():
    # (a section label over the headline, the date under it: no writer and no bio)
    c = clean("Portal Sukamaju\n\nBerita Kota\n\n" + HEAD + "\n\n18 Juni 2025 | Dilihat: 120 kali\n\n"
              "SUKAMAJU – " + BODY)
    assert c.title == HEAD
    assert "Berita Kota" not in c.authors


def test_app_post_headed_by_its_account_handle():
    c = clean("humas.sukamaju\nPemerintah Kabupaten Sukamaju\n\nhumas.sukamaju  [Foto 1 dari 3]\n\n"
              "📢 HARI INI! Pemerintah Kabupaten Sukamaju dan Kantor Pertanahan menandatangani perjanjian "
              "kerja sama tentang sertifikasi aset daerah 🤝\n\n" + MORE + "\n\n18 Juni 2025\n")
    assert c.outlet == "humas.sukamaju"
    assert c.title is None
    # (a domain on the first line is no handle; a handle the caption does not open is none)
    c = clean("humas.sukamaju\nPemerintah Kabupaten Sukamaju\n\n" + HEAD + "\n\n18 Juni 2025\n\nSUKAMAJU – " + BODY)
    assert c.title == HEAD


def test_handle_far_above_its_caption_is_another_page_shape():
    # (follow buttons and a place between the handle and the caption: not the compact header)
    c = clean("humas.sukamaju\nTerverifikasi\n•\nIkuti\nAula Kantor Bupati Sukamaju\n\n"
              "humas.sukamaju 📢 RAPAT KOORDINASI PELAYANAN PUBLIK 🏛️\n\n" + MORE + "\n\n18 Juni 2025\n")
    assert c.outlet != "humas.sukamaju"
