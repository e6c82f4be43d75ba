"""Round 30 cleaning: a publication line that gives the story's age instead of a date
("Diterbitkan 2 hari yang lalu") is no headline; a headline opened by two acronyms a dash
joins ("KUA-PPAS 2026 Diteken, ...") has no dateline; an institution's masthead in capitals
gives way to the headline under it even when the headline ends with "!"; a rubric and the
site's domain on the first line ("Kabar Kampus | x.id") name the outlet; a one-line page's
site name between the headline and the date is no part of the headline; a reading time
("Waktu baca 3 menit") is furniture; a comment section whose likes are counted in
brackets ("Balas · Suka (12)") is the readers'. Guards for the text shapes of round 30
(HTML entities, a cookie banner, "ADVERTISEMENT" lines, a page scraped twice).
Sentences written for these tests."""
from mou_extract.clean import clean
from mou_extract.dedup import dedup

from variety_helpers import PAGE_DATE as DATE, PAGE_HEAD as HEAD, PAGE_LAST as LAST, PAGE_LEAD as LEAD, \
    PAGE_MORE as MORE


def _kind_of(c, needle):
    return next(p.kind for p in c.paragraphs if needle in c.norm[p.start:p.end])


def _body_text(c):
    return " ".join(c.norm[p.start:p.end] for p in c.body())


# --- a publication line with an age, no date

def test_a_relative_publication_line_is_no_headline():
    for stamp in ("Diterbitkan 2 hari yang lalu", "Diperbarui: 3 jam lalu", "Posted 5 hours ago",
                  "Dipublikasikan 1 minggu yang lalu", "Diposting 2 hari yang lalu oleh Admin",
                  "Diterbitkan 2 hari lalu • 4 menit baca"):
        text = "\n\n".join(["sukamajukini.id", stamp, HEAD, "Penulis: Rina Oktavia", LEAD, MORE, LAST]) + "\n"
        c = clean(text)
        assert c.title == HEAD, stamp
        assert _kind_of(c, stamp) == "meta", stamp
        assert c.published is None, stamp
        assert c.dateline == "Sukamaju", stamp


def test_a_headline_opening_with_an_age_stays_the_headline():
    head = "2 Tahun Lalu Diteken, Kesepakatan Pemkab Sukamaju dan Kejari Kini Dievaluasi"
    c = clean("\n\n".join(["sukamajukini.id", head, DATE, LEAD, MORE, LAST]) + "\n")
    assert c.title == head and c.published == "2025-06-12"


def test_a_story_sentence_about_days_ago_stays_body():
    text = "\n\n".join(["sukamajukini.id", HEAD, DATE, LEAD,
                        "Draf kesepakatan itu dibahas 2 hari yang lalu.", MORE, LAST]) + "\n"
    c = clean(text)
    assert "dibahas 2 hari yang lalu" in _body_text(c)


# --- two acronyms joined by a dash open the headline

def test_an_acronym_compound_opening_the_headline_is_no_dateline():
    head = "APBD-P 2025 Disahkan, Bupati dan DPRD Sukamaju Sepakati Tambahan Belanja Jalan Desa"
    text = "\n\n".join(["sukamajukini.id", head, DATE, "Reporter: Dimas Saputra", LEAD, MORE, LAST]) + "\n"
    c = clean(text)
    assert c.title == head
    assert c.dateline == "Sukamaju"


def test_a_glued_capital_dateline_before_a_sentence_still_reads():
    lead = ("SUKAMAJU-Pemerintah Kabupaten Sukamaju dan Universitas Contoh menandatangani nota kesepahaman "
            "tentang riset daerah, Rabu (11/6/2025).")
    c = clean("\n\n".join(["sukamajukini.id", HEAD, DATE, lead, MORE, LAST]) + "\n")
    assert c.dateline == "Sukamaju" and c.title == HEAD


# --- an institution's masthead over an exclaimed headline

def test_an_office_masthead_gives_way_to_an_exclaimed_headline():
    head = "Bupati dan Kejari Sukamaju Teken PKS, Aset Daerah Wajib Bersertifikat!"
    text = "\n\n".join(["DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU",
                        "Beranda > Berita > Pemerintahan", head,
                        "Diposting: Kamis, 12 Juni 2025 | Kategori: Pemerintahan", LEAD, MORE, LAST]) + "\n"
    c = clean(text)
    assert c.title == head
    assert _kind_of(c, "DINAS KOMUNIKASI") == "boilerplate"
    assert c.published == "2025-06-12"


# --- a rubric and the site's domain on the first line

def test_a_rubric_then_the_domain_on_the_first_line_names_the_outlet():
    text = "\n\n".join(["Kabar Kampus | sukamajuekspres.id", HEAD, "Update: 12 Jun 2025",
                        "Penulis: Rina Oktavia", LEAD, MORE, LAST]) + "\n"
    c = clean(text)
    assert c.outlet == "sukamajuekspres.id"
    assert c.title == HEAD


def test_a_breadcrumb_of_sections_names_no_outlet():
    text = "\n\n".join(["Berita | Pemerintahan", HEAD, DATE, LEAD, MORE, LAST]) + "\n"
    assert clean(text).outlet is None


# --- a page with no line break: the site's name between the headline and the date

def test_a_one_line_page_keeps_the_site_name_out_of_the_headline():
    body = " ".join([LEAD, MORE] * 6 + [LAST])
    text = " ".join([HEAD, "Sukamajuupdate.id", DATE, "Penulis: Rina Oktavia Editor: Bayu Pratama",
                     "SUKAMAJU, Sukamajuupdate.id – " + body,
                     "Tags: Sukamaju Riset © 2025 Sukamajuupdate.id. All rights reserved."])
    c = clean(text)
    assert c.title == HEAD
    assert c.outlet == "Sukamajuupdate.id"
    assert c.published == "2025-06-12"
    assert "Bupati Sukamaju mengatakan" in _body_text(c)


# --- a reading time on its own line

def test_a_reading_time_is_furniture():
    for line in ("Waktu baca 3 menit", "Estimasi baca: 2 menit", "4 menit baca", "3 min read"):
        text = "\n\n".join(["sukamajukini.id", HEAD, DATE, line, LEAD, MORE, LAST]) + "\n"
        c = clean(text)
        assert _kind_of(c, line) == "boilerplate", line
        assert c.title == HEAD


# --- readers' comments whose likes are counted in brackets

def test_a_comment_section_with_bracketed_likes_is_the_readers():
    text = "\n\n".join(["sukamajukini.id", HEAD, DATE, LEAD, MORE, LAST,
                        "Komentar (2)", "Tulis komentar Anda...", "Kirim",
                        "Pak_Darmo", "12 Juni 2025, 11:02",
                        "Dulu juga sudah ada MoU dengan kejaksaan, hasilnya mana?",
                        "Balas · Suka (9)",
                        "wati.sukamaju", "12 Juni 2025, 12:40",
                        "Semoga kampus benar-benar turun ke desa.",
                        "Balas · Suka (3)"]) + "\n"
    c = clean(text)
    for needle in ("Tulis komentar", "Pak_Darmo", "Dulu juga sudah ada MoU", "Semoga kampus", "Balas · Suka (3)"):
        assert _kind_of(c, needle) == "boilerplate", needle
    assert c.published == "2025-06-12"
    assert "Rektor Universitas Contoh" in _body_text(c)


# --- guards: text shapes scrapers deliver

def test_guard_html_entities_in_headline_and_site_line():
    head = "Pemkab Sukamaju &amp; Ombudsman Sepakati &quot;Pengawasan Bersama&quot; Layanan Publik"
    text = "\n\n".join([head, "Sukamaju Terkini &nbsp;|&nbsp; Kamis, 12 Juni 2025 &nbsp;|&nbsp; 10:15 WIB",
                        "SUKAMAJU, sukamajuterkini.com &ndash; Pemerintah Kabupaten Sukamaju dan Ombudsman "
                        "menandatangani nota kesepakatan, Rabu (11/6/2025).&nbsp;", MORE, LAST,
                        "&copy; 2025 Sukamaju Terkini &middot; Hak Cipta Dilindungi"]) + "\n"
    c = clean(text)
    assert c.title == 'Pemkab Sukamaju & Ombudsman Sepakati "Pengawasan Bersama" Layanan Publik'
    assert c.published == "2025-06-12" and c.dateline == "Sukamaju"
    assert _kind_of(c, "Hak Cipta") == "boilerplate"


def test_guard_cookie_banner_over_the_page():
    text = "\n\n".join(["Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, "
                        "Anda menyetujui Kebijakan Privasi kami.",
                        "Terima Semua Tolak Pengaturan Cookie", "sukamajukini.id", HEAD, DATE,
                        LEAD, MORE, LAST]) + "\n"
    c = clean(text)
    assert c.title == HEAD
    assert _kind_of(c, "Kami menggunakan cookie") == "boilerplate"
    assert _kind_of(c, "Terima Semua") == "boilerplate"


def test_guard_advertisement_lines_inside_the_story():
    text = "\n\n".join(["sukamajukini.id", HEAD, DATE, LEAD, "Dengan kerja sama ini, mahasiswa dapat",
                        "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
                        "meneliti di perangkat daerah selama satu semester.", MORE, LAST]) + "\n"
    c = clean(text)
    assert _kind_of(c, "ADVERTISEMENT") == "boilerplate"
    assert _kind_of(c, "SCROLL TO CONTINUE") == "boilerplate"
    body = _body_text(c)
    assert "mahasiswa dapat" in body and "meneliti di perangkat daerah" in body


def test_guard_a_page_scraped_twice_keeps_the_first_copy():
    story = [LEAD, MORE, LAST, "(rdm)"]
    c = dedup(clean("\n\n".join(["sukamajukini.id", HEAD, DATE, *story, *story]) + "\n"))
    leads = [p for p in c.paragraphs if c.norm[p.start:p.end].startswith("SUKAMAJU –")]
    assert [p.kind for p in leads] == ["body", "duplicate"]
    assert c.title == HEAD and c.dateline == "Sukamaju"
