"""Round 28 cleaning: a headline whose dash joins two parties ("Pemkab X–Unsoed") is no
dateline; a place before the bar of the date line under the headline is the dateline; a
text-to-speech player's lines over the story; a blog's category after "in" on its date
line; a newsletter sign-up box before the masthead; the label of a clip under the
headline is no headline; a reporter's line naming the masthead over the headline; the
edition word after a masthead's name; the site's name before its date and a dash.
Sentences written for these tests."""
from mou_extract.clean import clean, parse_date_line

HEAD = "Pemkab Sukamaju dan Politeknik Negeri Contoh Teken Nota Kesepahaman Vokasi"
LEAD = ("Pemerintah Kabupaten Sukamaju dan Politeknik Negeri Contoh menandatangani nota kesepahaman tentang "
        "pengembangan pendidikan vokasi di aula kantor bupati, Senin (9/6/2025).")
MORE = ("Kerja sama itu meliputi magang mahasiswa di perangkat daerah dan pelatihan aparatur di bidang "
        "teknologi tepat guna, kata bupati.")
BODY = LEAD + "\n\n" + MORE + "\n"


def _kind_of(c, needle):
    return next(p.kind for p in c.paragraphs if needle in c.norm[p.start:p.end])


def test_a_dash_glued_between_two_parties_in_the_headline_is_no_dateline():
    head = "Setahun MoU Pemkot Blitar–UNISBA, Evaluasi Digelar di Balai Kota"
    c = clean("KABARBLITAR.ID\n\n" + head + "\n\nSelasa, 10 Juni 2025 | 10:05 WIB\n\n"
              "BLITAR – " + BODY)
    assert c.title == head
    assert c.dateline == "Blitar"
    assert c.outlet == "KABARBLITAR.ID"


def test_a_site_glued_to_its_city_by_a_dash_is_still_a_dateline():
    c = clean(HEAD + "\n\nKabarKita.com–BLITAR, " + BODY)
    assert c.dateline == "Blitar"
    assert c.outlet == "KabarKita.com"


def test_a_place_before_the_bar_of_the_date_line_is_the_dateline():
    c = clean(HEAD + "\n\nKEDIRI | Senin, 9 Juni 2025\n\nDitulis oleh Humas Kampus\n\n" + BODY)
    assert c.published == "2025-06-09"
    assert c.dateline == "Kediri"
    assert c.norm[c.dateline_span[0]:c.dateline_span[1]] == "KEDIRI"


def test_a_section_before_the_bar_of_the_date_line_is_no_dateline():
    c = clean(HEAD + "\n\nBerita Kampus | Senin, 9 Juni 2025\n\n" + BODY)
    assert c.published == "2025-06-09"
    assert c.dateline is None


def test_the_lead_dateline_wins_over_a_place_on_the_date_line():
    c = clean(HEAD + "\n\nKEDIRI | Senin, 9 Juni 2025\n\nPARE – " + BODY)
    assert c.dateline == "Pare"


def test_a_text_to_speech_player_over_the_story():
    c = clean("Portal Contoh\n\n" + HEAD + "\n\nKontributor.id - 09/06/2025, 14:20 WIB\n\n"
              "Dengarkan berita ini\n\nBerita ini dibacakan dengan teknologi Text-to-Speech.\n\n"
              "00:00 / 03:27\n\n1.5x\n\nPenulis Rudi Hartono | Editor Sinta Dewi\n\n"
              "MALANG, Kontributor.id - " + BODY)
    for line in ("Berita ini dibacakan", "00:00 / 03:27", "1.5x"):
        assert _kind_of(c, line) == "boilerplate", line
    assert c.dateline == "Malang"


def test_a_blog_category_after_in_on_the_date_line():
    assert parse_date_line("Posted on 9 Juni 2025 in Pendidikan | 5 Komentar") == ("2025-06-09", False)
    assert parse_date_line("Posted on June 9, 2025 by admin in Berita Daerah") == ("2025-06-09", False)
    c = clean("SukamajuPost.com\nBeranda » Pendidikan » " + HEAD + "\n\n" + HEAD
              + "\n\nPosted on 9 Juni 2025 in Pendidikan | 5 Komentar\n\nSUKAMAJU, SukamajuPost.com – " + BODY)
    assert c.title == HEAD
    assert c.published == "2025-06-09"


def test_a_newsletter_sign_up_box_before_the_masthead():
    c = clean("Kami memakai cookie agar pengalaman membaca Anda lebih nyaman. Dengan tetap menjelajah, Anda "
              "setuju dengan Kebijakan Privasi kami.\nTerima   Tolak\n\n"
              "Dapatkan kabar pilihan setiap pagi! Daftar newsletter KabarKita gratis langsung ke email Anda.\n"
              "Masukkan alamat email Anda\nBerlangganan\n"
              "Kami tidak akan pernah mengirimkan spam. Anda dapat berhenti berlangganan kapan saja.\n\n"
              "KabarKita.id\nDaerah | Pendidikan\n\n" + HEAD + "\n\nSenin, 9 Juni 2025 | 15:00 WIB\n\n"
              "SUKAMAJU, KabarKita.id – " + BODY)
    assert _kind_of(c, "Daftar newsletter") == "boilerplate"
    assert _kind_of(c, "Masukkan alamat email") == "boilerplate"
    assert _kind_of(c, "mengirimkan spam") == "boilerplate"
    assert c.title == HEAD
    assert c.outlet == "KabarKita.id"
    assert c.dateline == "Sukamaju"


def test_a_clip_label_under_the_headline_is_no_headline():
    head = "Ombudsman Jateng Kawal Layanan Terpadu Kota Sukamaju"
    c = clean("TV Contoh\nBerita  |  Jawa Tengah\n\n" + head + "\n\n"
              "Reporter: Nanda Putri | Editor: Bayu Aji\nSenin, 9 Juni 2025 | 18:30 WIB\n\n"
              "▶ VIDEO: Penandatanganan nota kesepakatan di Gedung Layanan Terpadu Kota Sukamaju\n\n"
              "TV Contoh, SUKAMAJU - " + BODY)
    assert c.title == head
    assert _kind_of(c, "VIDEO:") == "caption"


def test_a_reporter_line_naming_the_masthead():
    c = clean("GEMA PESISIR\nAceh Barat\n\n" + HEAD + "\n\nSenin, 9 Juni 2025 10:10 WIB\n\n"
              "Laporan Wartawan Gema Pesisir, Teuku Andri | Meulaboh\n\nMEULABOH - " + BODY)
    assert c.outlet == "Gema Pesisir"


def test_a_reporter_line_naming_a_place_is_no_outlet():
    c = clean("Berita Terkini\nAceh Barat\n\n" + HEAD + "\n\nSenin, 9 Juni 2025 10:10 WIB\n\n"
              "Laporan Kontributor Aceh Barat, Teuku Andri\n\nMEULABOH - " + BODY)
    assert c.outlet is None


def test_the_edition_word_after_a_masthead():
    c = clean("SUMATERA EKSPRES DIGITAL\nRanah Minang\n\n" + HEAD + "\n\nSenin, 9 Juni 2025 | 09:15 WIB\n\n"
              "SOLOK – " + BODY)
    assert c.outlet == "Sumatera Ekspres Digital"


def test_the_site_name_before_its_date_and_a_dash():
    c = clean("Sukamaju Pos — Senin, 9 Juni 2025\n\n" + HEAD + "\n\nSUKAMAJU – " + BODY)
    assert c.published == "2025-06-09"
    assert c.outlet == "Sukamaju Pos"


def test_a_programme_name_before_a_dash_under_the_station_is_no_masthead():
    c = clean("RADIO SUARA CONTOH 101,5 FM\nBeranda | Jadwal | Podcast\n\nKABAR CONTOH PAGI – Edisi Senin, 9 Juni 2025\n\n"
              + HEAD + "\n\nSUKAMAJU – " + BODY)
    assert c.published == "2025-06-09"
    assert c.outlet != "KABAR CONTOH PAGI"
