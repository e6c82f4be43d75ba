"""Round 29 cleaning: a social-media post embedded in a story (Instagram, X/Twitter,
Facebook, TikTok, YouTube, as scrapers deliver the embed) is page furniture, unless the
story introduces it with a colon as its content; a paginated story's page links
("Baca halaman berikutnya", "Halaman 1 2 3 Selanjutnya") are furniture; a place and a
rubric over the headline ("Natuna - Pemerintahan") are a breadcrumb, no dateline; a first
line naming an outlet after its region ("RAKYAT BENGKULU") is the outlet.
Sentences written for these tests."""
from mou_extract.clean import clean

from variety_helpers import PAGE_DATE as DATE, PAGE_HEAD as HEAD, PAGE_LAST as LAST, PAGE_LEAD as LEAD, \
    PAGE_MORE as MORE


def _page(*middle: str) -> str:
    return "\n\n".join(["sukamajukini.id", HEAD, DATE, LEAD, *middle, MORE, LAST]) + "\n"


def _kind_of(c, needle):
    return next(p.kind for p in c.paragraphs if needle in c.norm[p.start:p.end])


def _body_text(c):
    return " ".join(c.norm[p.start:p.end] for p in c.body())


def test_an_embedded_instagram_post_is_furniture():
    c = clean(_page("Unggahan itu juga dibagikan di akun Instagram resmi pemkab.",
                    "Lihat postingan ini di Instagram",
                    "Sebuah kiriman dibagikan oleh Humas Sukamaju (@humas.sukamaju)",
                    "humas.sukamaju Hari ini Pemkab Sukamaju resmi menandatangani nota kesepahaman 🤝 #SukamajuMaju",
                    "11 Juni 2025",
                    "♥ 842 suka   💬 15 komentar"))
    for needle in ("Lihat postingan", "Sebuah kiriman", "Hari ini Pemkab", "11 Juni 2025", "842 suka"):
        assert _kind_of(c, needle) == "boilerplate", needle
    body = _body_text(c)
    assert "Unggahan itu juga dibagikan" in body and "Bupati Sukamaju mengatakan" in body
    assert "Rektor Universitas Contoh" in body
    assert c.published == "2025-06-12"


def test_an_instagram_caption_above_its_shared_by_line_is_furniture():
    # the older embed: the caption between "View this post" and "A post shared by"
    c = clean(_page("View this post on Instagram",
                    "Penandatanganan MoU riset daerah bersama Universitas Contoh hari ini.",
                    "Semoga membawa manfaat bagi warga.",
                    "A post shared by Humas Sukamaju (@humas.sukamaju) on Jun 11, 2025 at 3:10am PDT"))
    for needle in ("View this post", "Penandatanganan MoU riset", "Semoga membawa", "A post shared"):
        assert _kind_of(c, needle) == "boilerplate", needle
    assert "Bupati Sukamaju mengatakan" in _body_text(c)


def test_an_embedded_tweet_with_its_signature_is_furniture():
    c = clean(_page("Humas Sukamaju (@HumasSukamaju)",
                    "Hari ini Pemkab Sukamaju dan Universitas Contoh meneken MoU riset daerah. #SukamajuMaju "
                    "pic.twitter.com/Ab12Cd34Ef",
                    "— Humas Sukamaju (@HumasSukamaju) June 11, 2025"))
    for needle in ("(@HumasSukamaju)", "Hari ini Pemkab", "— Humas Sukamaju"):
        assert _kind_of(c, needle) == "boilerplate", needle
    assert "Bupati Sukamaju mengatakan" in _body_text(c)


def test_a_tweet_whose_signature_closes_its_paragraph_is_furniture():
    c = clean(_page("Hari ini kami resmi bekerja sama dengan Universitas Contoh untuk riset daerah. "
                    "— Bupati Sukamaju (@BupatiSukamaju) 11 Juni 2025"))
    assert _kind_of(c, "Hari ini kami resmi") == "boilerplate"
    assert "Bupati Sukamaju mengatakan" in _body_text(c)


def test_a_facebook_post_signature_and_a_youtube_button_are_furniture():
    c = clean(_page("Penandatanganan nota kesepahaman riset daerah bersama Universitas Contoh hari ini.",
                    "Posted by Pemkab Sukamaju on Wednesday, June 11, 2025",
                    "Tonton di YouTube"))
    for needle in ("Penandatanganan nota kesepahaman riset", "Posted by", "Tonton di YouTube"):
        assert _kind_of(c, needle) == "boilerplate", needle


def test_a_post_the_story_quotes_after_a_colon_stays_in_the_body():
    c = clean(_page("Berikut unggahan selengkapnya:",
                    "Lihat postingan ini di Instagram",
                    "Sebuah kiriman dibagikan oleh Humas Sukamaju (@humas.sukamaju)",
                    "humas.sukamaju Bupati menandatangani nota kesepahaman di pendopo, Rabu (11/6) 🤝 #SukamajuMaju"))
    assert _kind_of(c, "humas.sukamaju Bupati") == "body"


def test_an_account_named_in_the_story_without_a_post_stays():
    # a name and handle with no caption, counters or signature after it is the story's
    c = clean(_page("Informasi pendaftaran dapat dilihat di akun resmi pemkab.",
                    "Humas Sukamaju (@humas.sukamaju)",
                    "Pendaftaran magang dibuka hingga akhir bulan dan terbuka bagi mahasiswa semua jurusan."))
    assert _kind_of(c, "Pendaftaran magang dibuka") == "body"


def test_a_paginated_storys_page_links_are_furniture():
    c = clean(_page("Baca halaman berikutnya", "Halaman 1 2 3 Selanjutnya", HEAD, "Halaman 2"))
    assert _kind_of(c, "Baca halaman berikutnya") == "boilerplate"
    assert _kind_of(c, "Halaman 1 2 3 Selanjutnya") == "boilerplate"
    assert "Bupati Sukamaju mengatakan" in _body_text(c)
    c = clean(_page("« Sebelumnya 1 2 3 Berikutnya »"))
    assert _kind_of(c, "Sebelumnya 1 2 3") == "boilerplate"


def test_numbers_in_a_line_are_no_page_links():
    c = clean(_page("Target 2025 2026 2027 tercapai lebih cepat berkat kerja sama ini, kata dia."))
    assert _kind_of(c, "Target 2025") == "body"


def test_a_place_and_a_rubric_over_the_headline_are_no_dateline():
    c = clean("SULTENGKINI.COM\n\nBanggai - Pemerintahan\n\n" + HEAD + "\n\nLaporan Kontributor Banggai, Rina Lestari\n\n"
              "LUWUK – Pemerintah Kabupaten Sukamaju dan Universitas Contoh menandatangani nota kesepahaman, "
              "Rabu (11/6/2025).\n\n" + MORE + "\n")
    assert c.dateline == "Luwuk"
    assert c.title == HEAD
    assert _kind_of(c, "Banggai - Pemerintahan") == "boilerplate"


def test_a_dateline_under_the_headline_still_counts():
    c = clean(HEAD + "\n\nBANGGAI - Pemerintah Kabupaten Sukamaju dan Universitas Contoh menandatangani nota "
              "kesepahaman tentang riset, Rabu (11/6/2025).\n\n" + MORE + "\n")
    assert c.dateline == "Banggai"


def test_a_masthead_naming_an_outlet_after_its_region_is_the_outlet():
    c2 = clean("PELITA JAMBI\n\nDaerah\n\n" + HEAD + "\n\nSenin, 9 Juni 2025 | 10:05 WIB\n\n" + LEAD + "\n\n" + MORE + "\n")
    assert c2.outlet == "PELITA JAMBI"


def test_an_office_or_a_section_over_the_headline_names_no_outlet():
    for first in ("BAZNAS Kabupaten Muaro Jambi", "Berita Tabanan", "Ekonomi Jambi"):
        c = clean(first + "\n\n" + HEAD + "\n\nSenin, 9 Juni 2025 | 10:05 WIB\n\n" + LEAD + "\n\n" + MORE + "\n")
        assert c.outlet is None, first
