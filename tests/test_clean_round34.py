"""Round 34 cleaning: a portal's byline as the writer and the site after a dash, by the date
line; the dateline's place and dash on a line of their own; a page's meta tags kept as lines
("og:title: ..."); a breadcrumb parted by plain ">"; an emoji between a dateline's place and
its bar; a "Teks:" credit; the site's domain and rubric under the headline; a caption or an
ad set into the middle of a sentence; a town spelled as a site would be ("SoE"); a letter's
place and date under its fields; the site's name before the copyright sign; a listed
company's "Tbk." before its acronym (parties). Sentences written for these tests."""
from mou_extract import extract_text
from mou_extract.clean import clean, parse_date_line
from mou_extract.models import check_evidence
from mou_extract.parties import article_aliases


def _page(*parts):
    return "\n\n".join(parts) + "\n"


def _kinds(c):
    return [(c.norm[p.start:p.end].strip(), p.kind) for p in c.paragraphs]


_STORY = ("Pemerintah Kabupaten Contoh dan Kejaksaan Negeri Contoh menandatangani nota kesepakatan "
          "bidang perdata dan tata usaha negara di Pendopo Kabupaten Contoh, Senin (3/3/2025).")


# --- the writer, then the site after a dash, by the date line: a byline, no dateline

def test_writer_dash_domain_over_date_is_byline():
    c = clean(_page("KabarLumbung.com", "Pemkab Contoh dan Kejari Teken Nota Kesepakatan Datun",
                    "Rina Kartika Sari - KabarLumbung.com\nSenin, 03 Mar 2025 10:15 WIB",
                    "Banyuwangi - " + _STORY))
    assert c.authors == ["Rina Kartika Sari"]
    assert c.dateline == "Banyuwangi"
    assert c.outlet == "KabarLumbung.com"


def test_writer_dash_glued_newsroom_is_byline():
    c = clean(_page("Pemkab Contoh dan Kejari Teken Nota Kesepakatan Datun",
                    "Dimas Arya Pratama - lumajangterkini\nSelasa, 4 Maret 2025 09:00 WIB",
                    "Kediri - " + _STORY))
    assert c.authors == ["Dimas Arya Pratama"]
    assert c.dateline == "Kediri"


def test_place_dash_domain_line_stays_dateline():
    # (a place before the site is the dateline: "Makassar — KabarContoh.id")
    c = clean(_page("Makassar — KabarLumbung.id", "Pemprov dan BBWS Sepakati Pengendalian Sedimen",
                    "3 Juni 2025, 21:10 WITA | Penulis: Andi Rahma", _STORY))
    assert c.dateline == "Makassar"
    assert c.authors == ["Andi Rahma"]


def test_name_dash_site_without_date_is_no_byline():
    # (no date line beside it: nothing marks it as the byline)
    c = clean(_page("Pemkab Contoh dan Kejari Teken Nota Kesepakatan Datun",
                    "Rina Kartika Sari - KabarLumbung.com", "Banyuwangi - " + _STORY))
    assert c.authors == []


# --- the dateline's place and dash on a line of their own over the story

def test_lone_place_dash_line_is_dateline():
    c = clean(_page("detik news | Berita", "Ombudsman dan Polri Teken MoU Pengawasan Layanan",
                    "Selasa, 23 Sep 2025 15:47 WIB", "Jakarta -", _STORY))
    assert c.dateline == "Jakarta"
    kinds = dict(_kinds(c))
    assert kinds["Jakarta -"] == "meta"
    assert kinds[_STORY] == "body"


def test_lone_rubric_dash_line_is_no_dateline():
    # (a word that names no place: no dateline)
    c = clean(_page("Ombudsman dan Polri Teken MoU Pengawasan Layanan", "Selasa, 23 Sep 2025 15:47 WIB",
                    "Nasional -", _STORY))
    assert c.dateline is None


# --- a page's meta tags kept as lines, a breadcrumb parted by ">"

def test_og_title_line_is_furniture_and_crumbs_with_angle_brackets():
    head = "Pemkot Contoh dan BPN Teken PKS Sertifikasi Aset Daerah"
    c = clean(_page("og:title: " + head + "\nBeranda > Daerah > Luwu Raya > " + head, head,
                    "Kamis, 29 Agustus 2024 08:02\nPenulis: Andi Syahrul\nKabarLuwu.co.id",
                    "PALOPO, KabarLuwu.co.id - " + _STORY))
    assert c.title == head
    assert c.dateline == "Palopo"
    assert c.outlet == "KabarLuwu.co.id"


def test_og_title_with_site_after_dash_gives_no_title():
    head = "Pemkot Contoh dan Politeknik Teken Nota Kesepahaman Pengembangan SDM"
    c = clean(_page(head, "og:title: " + head + " - KabarContoh.com", "Jumat, 22 Agustus 2025, 10:34 WITA",
                    "BITUNG (KabarContoh.com) – " + _STORY))
    assert c.title == head


# --- an emoji between a dateline's place and its bar

def test_emoji_between_place_and_bar_is_dateline():
    c = clean(_page("contohkab.go.id › Berita › Siaran Pers", "Pemkab dan Bank Daerah Teken PKS Pajak Digital",
                    "Senin, 14 Juli 2025 | Dilihat 1.204 kali",
                    "SINGARAJA 📍 | Kabar gembira buat warga! 🙌 Mulai bulan depan pajak bisa dibayar lewat QRIS 📲",
                    _STORY))
    assert c.dateline == "Singaraja"


def test_emoji_after_word_before_comma_in_sentence_is_no_dateline():
    c = clean(_page("Pemkab dan Bank Daerah Teken PKS Pajak Digital", "Senin, 14 Juli 2025",
                    "Mantap 👍, kerja sama ini ditunggu warga sejak lama dan akhirnya terwujud juga tahun ini.",
                    _STORY))
    assert c.dateline is None


# --- a "Teks:" credit names the writer

def test_text_credit_with_emoji_names_writer():
    c = clean(_page("Pemkab dan Bank Daerah Teken PKS Pajak Digital", "Senin, 14 Juli 2025",
                    "KOTA CONTOH - " + _STORY, "✍️ Teks: Kadek Ayu Lestari | 📸 Foto: Prokopim Contoh"))
    assert c.authors == ["Kadek Ayu Lestari"]


def test_alt_text_label_is_no_credit():
    c = clean(_page("Pemkab dan Bank Daerah Teken PKS Pajak Digital", "Senin, 14 Juli 2025",
                    "KOTA CONTOH - " + _STORY,
                    "Teks alt: Bupati dan direktur bank berfoto bersama usai penandatanganan. (Foto: Humas)"))
    assert c.authors == []


# --- the site's domain and the story's rubric under the headline

def test_domain_dash_rubric_under_headline_names_outlet():
    c = clean(_page("https://kabarbone.id/2025/03/12/ombudsman-dan-pemkab-sepakat/",
                    "Ombudsman Sulsel dan Pemkab Bone Sepakat Perkuat Pengawasan Layanan",
                    "kabarbone.id — Daerah", "WATAMPONE — " + _STORY))
    assert c.outlet == "kabarbone.id"
    assert c.published == "2025-03-12"


def test_name_dash_rubric_under_headline_names_no_outlet():
    # (no domain: "Humas — Daerah" is a desk's rubric)
    c = clean(_page("Ombudsman Sulsel dan Pemkab Bone Sepakat Perkuat Pengawasan Layanan",
                    "Humas — Daerah", "WATAMPONE — " + _STORY))
    assert c.outlet is None


# --- a caption or an ad set into the middle of a sentence

_BROKEN = ("KUALA KAPUAS, KabarSungai.id - Pemerintah Kabupaten Kapuas dan Badan Pusat Statistik (BPS) "
           "Kabupaten Kapuas menandatangani nota kesepahaman tentang Satu Data. Penandatanganan dilakukan "
           "oleh Bupati Kapuas, Rahmat Hidayat, dan Kepala BPS Kabupaten Kapuas,")
_CAPTION = ("FOTO: Bupati Kapuas Rahmat Hidayat (kanan) bertukar dokumen dengan Kepala BPS Kapuas usai "
            "penandatanganan. (Dok. Humas Kapuas)")
_GOES_ON = "Wahyu Nugroho Saputra, di Aula Bappeda Kapuas, Kuala Kapuas, Kamis (28/8/2025)."


def test_caption_inside_sentence_is_lifted_and_sentence_joined():
    text = _page("KabarSungai.id", "Kapuas Siapkan Satu Data, Pemkab Gandeng BPS",
                 "Jumat, 29 Agustus 2025 | 09:10 WIB", _BROKEN, _CAPTION, _GOES_ON,
                 "Rahmat mengatakan data antarperangkat daerah selama ini kerap berbeda.")
    c = clean(text)
    assert len(c.norm) == len(text)
    joined = [p for p in c.paragraphs if p.kind == "body" and c.norm[p.start:p.end].endswith("(28/8/2025).")]
    assert joined and "FOTO" not in c.norm[joined[0].start:joined[0].end]
    assert [p.kind for p in c.paragraphs].count("joined") == 1
    rec = extract_text(text)
    check_evidence(rec, text)
    names = {s.name for s in rec.signings[0].signatories}
    assert "Wahyu Nugroho Saputra" in names


def test_ad_lines_inside_sentence_are_lifted():
    c = clean(_page("Pemkab Contoh dan BPJS Teken PKS Jaminan Kesehatan", "Senin, 3 Maret 2025",
                    "KOTA CONTOH - Dengan perjanjian ini, warga yang belum memiliki jaminan kesehatan tetap bisa",
                    "ADVERTISEMENT", "Scroll untuk melanjutkan",
                    "didaftarkan dan langsung aktif sebagai peserta dengan iuran dari pemerintah daerah."))
    assert [p.kind for p in c.paragraphs].count("joined") == 1


def test_finished_sentence_before_caption_is_not_joined():
    c = clean(_page("Kapuas Siapkan Satu Data, Pemkab Gandeng BPS", "Jumat, 29 Agustus 2025",
                    _BROKEN[:-1] + ".", _CAPTION, _GOES_ON))
    assert "joined" not in [p.kind for p in c.paragraphs]
    assert "caption" in [p.kind for p in c.paragraphs]


def test_repeated_headline_over_next_page_is_not_joined():
    head = "Ombudsman Sulsel dan Pemkab Gowa Teken Nota Kesepakatan Pengawasan Pelayanan Publik"
    c = clean(_page(head, "Rabu, 24 September 2025 | 09:12 WITA", "GOWA - " + _STORY,
                    "Baca halaman berikutnya", head, "Halaman 2 dari 2",
                    "menurut kepala perwakilan, kesepakatan ini bukan sekadar seremoni."))
    assert "joined" not in [p.kind for p in c.paragraphs]


# --- a town whose name is spelled as a site's would be

def test_camel_case_town_is_dateline_city():
    c = clean(_page("KABARTIMOR.ID", "Wabup Teken Nota Kesepakatan dengan Ombudsman NTT", "14 Maret 2025",
                    "SoE, kabartimor.id – " + _STORY))
    assert c.dateline == "SoE"
    assert c.outlet == "kabartimor.id"


def test_camel_case_site_is_no_dateline_city():
    c = clean(_page("Wabup Teken Nota Kesepakatan dengan Ombudsman NTT", "14 Maret 2025",
                    "KabarTimor, Kupang – " + _STORY))
    assert c.dateline == "Kupang"


# --- a letter's place and date under its fields

def test_letter_date_line_under_fields_gives_dateline():
    c = clean(_page("Keterbukaan Informasi yang Perlu Diketahui Publik", "PT CONTOH INFRA NUSANTARA Tbk",
                    "Gedung Contoh Lt. 27, Jl. Jend. Sudirman Kav. 86, Jakarta 10220",
                    "Telp. (021) 2788 5100 | www.contohinfra.co.id", "Nomor   : 047/CI-CS/VIII/2025",
                    "Perihal  : Keterbukaan Informasi atas Penandatanganan Nota Kesepahaman",
                    "Jakarta, 22 Agustus 2025", "Kepada Yth.", "Dewan Komisioner Otoritas Jasa Keuangan",
                    "Dengan hormat, perseroan menyampaikan bahwa pada 21 Agustus 2025 telah ditandatangani "
                    "nota kesepahaman dengan PT Mitra Contoh."))
    assert c.dateline == "Jakarta"


def test_letter_date_line_keeps_story_dateline():
    # (a dateline over the story stays the dateline: a letter quoted under it gives none)
    c = clean(_page("Pemkab Contoh dan Kejari Teken Nota Kesepakatan", "Senin, 3 Maret 2025",
                    "SINGARAJA - " + _STORY, "Nomor   : 047/CI-CS/VIII/2025",
                    "Perihal  : Penandatanganan Nota Kesepakatan", "Jakarta, 22 Agustus 2025"))
    assert c.dateline == "Singaraja"


# --- the site's name before the copyright sign

def test_site_then_copyright_sign_names_outlet():
    c = clean(_page("Feature", "Dari Tuapejat, Sebuah Tanda Tangan untuk Warga", "Minggu, 23 Februari 2025",
                    "Oleh: Agus Sakerebau", _STORY, "kabarpulau.com © 2025", "Tags: Feature, Ombudsman"))
    assert c.outlet == "kabarpulau.com"
    assert dict(_kinds(c))["kabarpulau.com © 2025"] == "boilerplate"


def test_sentence_with_copyright_sign_stays_body():
    s = "Logo © 2025 itu dipasang di seluruh kantor pelayanan sebagai tanda kerja sama kedua lembaga."
    c = clean(_page("Pemkab Contoh dan Kejari Teken Nota Kesepakatan", "Senin, 3 Maret 2025", _STORY, s))
    assert dict(_kinds(c))[s] == "body"


# --- a listed company's "Tbk." before the acronym it defines (parties)

def test_tbk_dot_before_acronym_defines_alias():
    t = ("Emiten nikel PT Sulawesi Logam Mandiri Tbk. (SLMI) menggandeng mitra asal China. "
         "SLMI dan mitranya menandatangani nota kesepahaman.")
    al = article_aliases(t, [(0, len(t))], None)
    assert al["slmi"].name == "PT Sulawesi Logam Mandiri Tbk"


def test_sentence_end_before_bracket_defines_no_alias():
    t = "Pemkab bekerja sama dengan PT Sulawesi Logam Mandiri. (SLMI) Kerja sama ditandatangani kemarin."
    assert "slmi" not in article_aliases(t, [(0, len(t))], None)


# --- a page's prompt to scroll on, in Indonesian

def test_scroll_down_prompt_is_furniture():
    c = clean(_page("Pemkab Contoh dan Kejari Teken Nota Kesepakatan", "Senin, 3 Maret 2025", _STORY,
                    "Scroll ke bawah untuk melanjutkan membaca", "Bupati menyebut kerja sama ini penting."))
    assert dict(_kinds(c))["Scroll ke bawah untuk melanjutkan membaca"] == "boilerplate"


# --- an opinion page's disclaimer names the newsroom

_OPINION = ("Hampir setiap pekan ada kepala daerah yang tersenyum di depan kamera sambil memegang map "
            "nota kesepahaman yang baru diteken.")


def test_opinion_disclaimer_names_outlet():
    c = clean(_page("Opini", "MoU yang Rajin Diteken, Jarang Dibaca", "Oleh: Frans Rehi, Dosen Administrasi Publik",
                    "Selasa, 18 November 2025", _OPINION,
                    "*) Tulisan ini merupakan pendapat pribadi penulis dan tidak mencerminkan sikap redaksi KabarFlores."))
    assert c.outlet == "KabarFlores"


def test_opinion_disclaimer_without_name_names_no_outlet():
    c = clean(_page("Opini", "MoU yang Rajin Diteken, Jarang Dibaca", "Selasa, 18 November 2025", _OPINION,
                    "*) Tulisan ini merupakan pendapat pribadi penulis dan tidak mencerminkan sikap redaksi."))
    assert c.outlet is None


# --- a bilingual page's date line: the same day in both languages

def test_bilingual_date_line_parses():
    assert parse_date_line("Jumat, 26 September 2025 / Friday, 26 September 2025") == ("2025-09-26", False)


def test_two_different_dates_after_slash_are_no_date_line():
    assert parse_date_line("Jumat, 26 September 2025 / Sabtu, 27 September 2025") is None


# --- a release's headline in capitals under its letterhead, label and number

def test_caps_headline_with_verb_under_release_label_is_title():
    head = "OMBUDSMAN KALBAR DAN PEMERINTAH KOTA CONTOH SEPAKATI SINERGI PENGAWASAN PELAYANAN PUBLIK"
    c = clean(_page("OMBUDSMAN REPUBLIK INDONESIA\nPERWAKILAN PROVINSI KALIMANTAN BARAT",
                    "SIARAN PERS\nNomor: 041/SP/KB/IX/2025", "Untuk segera disiarkan", head,
                    "Singkawang, 3 September 2025 – " + _STORY))
    assert c.title == head


def test_office_name_in_caps_under_label_is_no_headline():
    # (an office's name in capitals, no verb, right under a short label: no headline)
    from mou_extract.clean import _caps_headline_under_label
    lines = ["INFO HUMAS", "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH", "Singkawang, 3 September 2025 – " + _STORY]
    c = clean(_page(*lines))
    assert not _caps_headline_under_label(c.norm, c.paragraphs, lines, 1, "INFO HUMAS")


def test_caps_headline_with_verb_under_label_is_headline():
    from mou_extract.clean import _caps_headline_under_label
    lines = ["INFO HUMAS", "PEMKAB CONTOH DAN KEJARI CONTOH SEPAKATI PENDAMPINGAN HUKUM PERDATA",
             "Singkawang, 3 September 2025 – " + _STORY]
    c = clean(_page(*lines))
    assert _caps_headline_under_label(c.norm, c.paragraphs, lines, 1, "INFO HUMAS")
