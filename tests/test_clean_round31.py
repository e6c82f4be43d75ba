"""Round 31 cleaning: publication dates and outlets in places not read before: a date
labelled in the page's foot beside the copyright ("© 2025 X · Diterbitkan 22 Februari
2025"), a date only in the page's address over it (".../2025/03/10/...") and the site's
name under that address, a domain between the place and the date ("Watampone, x.go.id —
Rabu 29 Oktober 2025"), a reporter's line with its role word in lower case ("Laporan
wartawan KabarX, Nama"), the date then the byline after a dash, a newsroom's name after
"Redaksi", Markdown italics, links and images, a date row parted by tabs; a menu set one
item a line whose items include a heading word ("Terkini") is no related list; a headline
that opens with an office's name and carries a verb stays the headline over its
subheadline. Guards for the text shapes of round 31 (Windows line endings, soft hyphens
and zero-width spaces inside words, curly quotes, an "Advertisement" block inside a
sentence, pagination, a headline given three times, a forwarded WhatsApp release, a long
comment section, a social post). Sentences written for these tests."""
from mou_extract import extract_text
from mou_extract.clean import clean
from mou_extract.models import check_evidence

from variety_helpers import PAGE_DATE as DATE, PAGE_HEAD as HEAD, PAGE_LAST as LAST, PAGE_LEAD as LEAD, \
    PAGE_MORE as MORE


def _kind_of(c, needle):
    return next(p.kind for p in c.paragraphs if needle in c.norm[p.start:p.end])


def _body_text(c):
    return " ".join(c.norm[p.start:p.end] for p in c.body())


def _page(*parts, nl="\n"):
    return (nl + nl).join(parts) + nl


# --- dates

def test_a_labelled_date_beside_the_copyright_in_the_foot_dates_the_page():
    foot = "© 2025 Warta Sukamaju · Diterbitkan 22 Februari 2025 · Redaksi | Pedoman Media Siber"
    c = clean(_page("WARTA SUKAMAJU", HEAD, "Penulis: Rina Oktavia", LEAD, MORE, LAST,
                    "Artikel Terkait", "Jalan Desa Sukamaju Mulai Diaspal Pekan Depan", foot))
    assert c.published == "2025-02-22"
    assert c.text[c.published_span[0]:c.published_span[1]] == foot
    # (without the label the year of the copyright dates nothing)
    c = clean(_page("WARTA SUKAMAJU", HEAD, "Penulis: Rina Oktavia", LEAD, MORE, LAST,
                    "© 2025 Warta Sukamaju · Redaksi | Pedoman Media Siber"))
    assert c.published is None


def test_a_labelled_date_in_the_foot_does_not_replace_the_heads_date():
    c = clean(_page(HEAD, DATE, LEAD, MORE, LAST, "© 2025 Warta Sukamaju · Diterbitkan 22 Februari 2025"))
    assert c.published == "2025-06-12"


def test_the_page_address_over_the_page_dates_it_and_the_site_name_follows_it():
    url = "https://wartasukamaju.id/2025/03/10/pemkab-sukamaju-teken-nota-kesepahaman-riset/"
    text = _page(url, "Warta Sukamaju", "Pemerintahan", HEAD, "Editor: Dimas Saputra", LEAD, MORE, LAST)
    c = clean(text)
    assert c.published == "2025-03-10"
    assert text[c.published_span[0]:c.published_span[1]] == "2025/03/10"
    assert c.outlet == "Warta Sukamaju"
    assert c.title == HEAD


def test_an_address_without_a_dated_path_dates_nothing():
    c = clean(_page("https://wartasukamaju.id/pemkab-sukamaju-teken-nota-kesepahaman-riset/", "Warta Sukamaju",
                    HEAD, LEAD, MORE, LAST))
    assert c.published is None


def test_the_date_then_the_byline_after_a_dash():
    c = clean(_page("Berita Utama", HEAD, "Rabu, 9 Juli 2025 — Penulis: Yohanes Bili Kaka", LEAD, MORE, LAST))
    assert c.published == "2025-07-09"
    assert c.authors == ["Yohanes Bili Kaka"]
    assert c.title == HEAD


# --- outlets

def test_a_domain_between_the_place_and_the_date_is_the_outlet():
    c = clean(_page(HEAD, "Sukamaju, sukamajukab.go.id — Rabu 29 Oktober 2025", LEAD.replace("SUKAMAJU – ", ""),
                    MORE, LAST))
    assert c.outlet == "sukamajukab.go.id"
    assert c.published == "2025-10-29"
    assert c.dateline == "Sukamaju"


def test_a_reporters_line_with_its_role_word_in_lower_case_names_the_newsroom():
    c = clean(_page("Daerah › Sukamaju", HEAD, "Laporan wartawan KabarSukamaju, Rendi Saputra", LEAD, MORE, LAST))
    assert c.outlet == "KabarSukamaju"
    assert c.authors == ["Rendi Saputra"]
    assert _kind_of(c, "Laporan wartawan") == "meta"


def test_a_newsroom_named_after_redaksi_is_the_outlet():
    c = clean(_page(HEAD, DATE, "Oleh: Redaksi Lentera Kampus", LEAD, MORE, LAST))
    assert c.outlet == "Lentera Kampus"
    # (a region's desk is none)
    c = clean(_page(HEAD, DATE, "Oleh: Redaksi Jawa Tengah", LEAD, MORE, LAST))
    assert c.outlet is None


# --- Markdown

def test_markdown_italics_links_and_images_with_windows_line_endings():
    text = _page("# " + HEAD, "*Warta Sukamaju* · Kamis, 12 Juni 2025 · 10:15 WIB", "**Penulis:** Rina Oktavia",
                 "![foto](https://wartasukamaju.id/wp-content/uploads/2025/06/mou-riset.jpg)",
                 "**SUKAMAJU** – " + LEAD.split(" – ", 1)[1], MORE,
                 "[Baca juga: Jalan Desa Sukamaju Mulai Diaspal](https://wartasukamaju.id/jalan-desa)", LAST,
                 "**Tag:** #Sukamaju #Riset", nl="\r\n")
    c = clean(text)
    assert c.title == HEAD
    assert c.outlet == "Warta Sukamaju"
    assert c.published == "2025-06-12"
    assert c.authors == ["Rina Oktavia"]
    assert _kind_of(c, "![foto]") == "boilerplate"
    assert _kind_of(c, "[Baca juga") == "boilerplate"
    assert "Baca juga" not in _body_text(c) and "http" not in _body_text(c)
    assert c.dateline == "Sukamaju"


def test_a_plain_paragraph_under_a_markdown_picture_is_the_story():
    after = "Usai penandatanganan, rombongan meninjau ruang arsip yang baru direnovasi di lantai dua."
    c = clean(_page("# " + HEAD, "**Kamis, 12 Juni 2025 | 10:15 WIB**", LEAD, MORE,
                    "![foto](https://wartasukamaju.id/uploads/2025/06/mou-2.jpg)", after, LAST))
    assert after in _body_text(c)


# --- a menu one item a line, a heading word among its items

def test_a_long_menu_with_a_heading_word_is_no_related_list():
    menu = ["Wartasukamaju.id", "Cari", "Menu", "Beranda", "Terkini", "Daerah", "Sukamaju", "Sukamakmur",
            "Nasional", "Politik", "Hukum", "Ekonomi", "Olahraga", "Pendidikan", "Kesehatan", "Opini", "Foto",
            "Video", "Indeks", "Tentang Kami", "Redaksi", "Pedoman Media Siber", "Kontak", "Login", "Daftar"]
    text = "\n".join(menu) + "\n\n" + _page("Sukamaju", HEAD, "Kamis, 12 Juni 2025 - 10:15 WIB", "Oleh: Rina Oktavia",
                                            LEAD, MORE, LAST, "Berita Terkait",
                                            "Bupati Sukamaju Tinjau Pasar Baru")
    c = clean(text)
    assert c.title == HEAD
    assert c.published == "2025-06-12"
    assert c.authors == ["Rina Oktavia"]
    assert _kind_of(c, "Bupati Sukamaju Tinjau") == "boilerplate"
    assert "Terkini" not in _body_text(c)


def test_a_related_heading_over_headlines_still_opens_a_related_list():
    text = _page(HEAD, DATE, LEAD, MORE, LAST, "Terkini", "Bupati Sukamaju Tinjau Pasar Baru Sukamakmur",
                 "Ratusan Warga Ikuti Senam Massal di Alun-alun Sukamaju", "DPRD Sukamaju Gelar Paripurna APBD")
    c = clean(text)
    assert _kind_of(c, "Ratusan Warga") == "boilerplate"


# --- a headline opened by an office's name, a subheadline under it

def test_a_headline_with_a_verb_stays_over_its_subheadline():
    head = "Ombudsman Sukamaju Gandeng Perumda Air Minum dan Samsat"
    sub = "Warga Bisa Adukan Air Macet dan Pajak Kendaraan Lewat Satu Pintu"
    c = clean(_page("WARTA SUKAMAJU · E-PAPER · Rabu, 21 Januari 2026 · Hal. 3", head, sub,
                    LEAD, MORE, LAST + " (yon)"))
    assert c.title == head
    # (an office's name on the masthead's second line still gives way to the headline)
    c = clean(_page("Dinas Komunikasi dan Informatika Kabupaten Sukamaju", HEAD, DATE, LEAD, MORE, LAST))
    assert c.title == HEAD


# --- guards: text shapes of round 31

def test_guard_invisible_characters_inside_words_keep_offsets_into_the_raw_text():
    lead = ("SUKAMAJU – Pemerintah Kabu\u200bpaten Sukamaju dan Ombuds\u00adman RI Perwakilan Contoh menandatangani "
            "nota kesepakatan tentang pengawasan pela\u00adyanan publik, Rabu (11/6/2025).")
    text = _page("WARTA SUKAMAJU", "Ombudsman Contoh dan Pemkab Sukamaju Sepakat Kawal Pela\u00adyanan Publik", DATE,
                 lead, MORE, LAST)
    c = clean(text)
    assert len(c.norm) == len(text)
    assert c.published == "2025-06-12"
    body = c.body()[0]
    assert text[body.start:body.end] == lead
    assert c.dateline == "Sukamaju"


def test_a_date_row_parted_by_tabs_with_windows_line_endings():
    text = _page("wartasukamaju.id", "Beranda\tBerita\tPengumuman\tKontak", HEAD,
                 "Diposting: Kamis, 12 Juni 2025\tKategori: Berita Daerah", "\t" + LEAD, "\t" + MORE, "\t" + LAST,
                 "Editor\t: Sitti Rahma", nl="\r\n")
    c = clean(text)
    assert c.title == HEAD
    assert c.published == "2025-06-12"
    assert c.dateline == "Sukamaju"
    assert "Beranda" not in _body_text(c)


def test_guard_an_advertisement_block_inside_a_sentence_and_pagination():
    text = _page(HEAD, DATE, LEAD, "Penandatanganan disaksikan Wakil Bupati Sukamaju", "Advertisement",
                 "Scroll to continue with content", "Hj. Ratna Dewi dan para kepala dinas.", MORE,
                 "Halaman: 1 2 3 Selanjutnya", "Halaman 2", LAST, "Halaman: 1 2 3")
    c = clean(text)
    body = _body_text(c)
    assert "Advertisement" not in body and "Scroll to continue" not in body and "Halaman" not in body
    assert "Hj. Ratna Dewi" in body


def test_guard_a_headline_given_three_times():
    text = _page("Beranda / Daerah / " + HEAD, HEAD, "og:title: " + HEAD + " - WartaSukamaju.com", DATE,
                 "Penulis: Rina Oktavia", LEAD, MORE, LAST)
    c = clean(text)
    assert c.title == HEAD
    assert HEAD not in _body_text(c)
    assert c.published == "2025-06-12"


def test_guard_a_forwarded_whatsapp_release():
    text = _page("Diteruskan", "*SIARAN PERS*", "_Humas Pemkab Sukamaju_",
                 "*PEMKAB SUKAMAJU DAN UNIVERSITAS CONTOH TEKEN NOTA KESEPAHAMAN RISET*",
                 "Sukamaju, Rabu (11/6/2025) – Pemerintah Kabupaten Sukamaju dan Universitas Contoh menandatangani "
                 "nota kesepahaman tentang riset daerah di pendopo kabupaten.", MORE, LAST)
    c = clean(text)
    assert c.title == "PEMKAB SUKAMAJU DAN UNIVERSITAS CONTOH TEKEN NOTA KESEPAHAMAN RISET"
    assert "SIARAN PERS" not in _body_text(c) and "Diteruskan" not in _body_text(c)


def test_guard_a_long_comment_section_after_the_story():
    comments = ["KOMENTAR (9)"]
    for k, (who, said) in enumerate([("budi_sukamaju", "Semoga kerja samanya benar-benar jalan, jangan cuma seremoni."),
                                     ("Rina Kota", "Kemarin sudah tanda tangan dengan kejaksaan juga kan?"),
                                     ("warga_sukamakmur", "Mantap pak bupati, lanjutkan!")]):
        comments += [f"{who} · {k + 1} jam lalu", said, f"Balas · 👍 {k + 3}"]
    comments += ["Tulis komentar Anda...", "Kirim Komentar"]
    c = clean(_page(HEAD, DATE, LEAD, MORE, LAST, *comments))
    body = _body_text(c)
    assert "kejaksaan" not in body and "Balas" not in body and "Mantap" not in body
    assert LAST in body


def test_guard_a_markdown_page_records_evidence_into_the_raw_text():
    text = _page("# " + HEAD, "*Warta Sukamaju* · Kamis, 12 Juni 2025 · 10:15 WIB", "**Penulis:** Rina Oktavia",
                 LEAD, MORE, LAST, nl="\r\n")
    rec = extract_text(text, id="md31")
    assert rec.article.outlet == "Warta Sukamaju"
    assert rec.article.published == "2025-06-12"
    assert rec.signings
    assert check_evidence(rec, text) == []


def test_guard_curly_quotes_in_the_headline_and_a_name():
    head = "Pemkab Sukamaju dan Universitas Contoh Teken Nota Kesepahaman, Mahasiswa Akan ‘Turun’ ke Desa"
    lead = ("SUKAMAJU – Rektor Universitas Contoh Prof. Dr. La Ode Ma’ruf dan Bupati Sukamaju menandatangani "
            "nota kesepahaman tentang riset daerah, Rabu (11/6/2025).")
    c = clean(_page(head, DATE, lead, "“Kami siap turun ke desa,” kata Ma’ruf.", LAST))
    assert c.title == head
    assert "Ma’ruf" in _body_text(c)
    assert c.dateline == "Sukamaju"


def test_a_social_post_headline_in_capitals_with_a_verb_under_the_page_name():
    post = ("Sukamaju – Pemkab Sukamaju dan Pengadilan Agama Sukamaju menandatangani perjanjian kerja sama "
            "layanan isbat nikah terpadu, Selasa (21/10/2025). 🙏")
    c = clean(_page("Dinas Kominfo Kabupaten Sukamaju", "2 h · 🌎",
                    "📝✍️ PEMKAB SUKAMAJU DAN PENGADILAN AGAMA TEKEN PKS LAYANAN TERPADU ✅", post,
                    "👉 Pasangan yang menikah siri bisa mengikuti sidang isbat nikah terpadu", MORE,
                    "#SukamajuMaju #IsbatNikah", "86 komentar  41 kali dibagikan", "Suka   Komentari   Bagikan",
                    "Paling relevan ▾", "Siti Aminah", "Alhamdulillah, daftarnya di mana min? 🙏", "Suka · Balas · 2 h"))
    assert c.title == "PEMKAB SUKAMAJU DAN PENGADILAN AGAMA TEKEN PKS LAYANAN TERPADU"
    body = _body_text(c)
    assert "#SukamajuMaju" not in body and "komentar" not in body and "Alhamdulillah" not in body
    assert "menandatangani perjanjian kerja sama" in body
