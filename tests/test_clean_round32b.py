"""Round 32 (b) cleaning: a dateline's city in title case before a bar and the site's
domain ("Sibolga | beritasibolga.com – ..."); a site's name in lower case glued of a place
and an outlet word opening the story ("medanpos - ..."); a speech's heading whose occasion
goes on in a line in lower case ("SAMBUTAN WALI KOTA X" / "pada Penandatanganan ...");
a post copied from a photo-sharing app, its handle over its location tag and a headline
in capitals, or its handle before the caption read as the headline. Sentences written for
these tests."""
from mou_extract import extract_text
from mou_extract.clean import clean


def _page(*parts):
    return "\n\n".join(parts) + "\n"


_STORY = ("Pemerintah Kabupaten Contoh dan Kantor Pertanahan Kabupaten Contoh menandatangani "
          "perjanjian kerja sama tentang percepatan sertifikasi aset daerah di Aula Kantor Bupati, "
          "Kamis (12/11/2026).")


# --- a title-case city, a bar, the domain and a dash

def test_titled_city_bar_domain_dash_is_dateline():
    c = clean(_page("Pemkab Tapanuli Tengah dan BPN Teken PKS Sertifikasi Aset Daerah",
                    "Pandan | beritatapteng.com – " + _STORY))
    assert c.dateline == "Pandan"
    assert c.outlet == "beritatapteng.com"


def test_titled_city_bar_domain_hyphen_is_dateline():
    c = clean(_page("Pemkot Sibolga dan Kejari Teken PKS Bidang Perdata dan Tata Usaha Negara",
                    "Sibolga | sibolgaterkini.id - " + _STORY))
    assert (c.dateline, c.outlet) == ("Sibolga", "sibolgaterkini.id")


def test_rubric_bar_domain_is_no_dateline():
    # (a rubric, no place, before the bar: no dateline)
    c = clean(_page("Pemkot Sibolga dan Kejari Teken PKS Bidang Perdata dan Tata Usaha Negara",
                    "Berita Daerah | sibolgaterkini.id - " + _STORY))
    assert c.dateline != "Berita Daerah"


def test_titled_city_bar_without_domain_keeps_old_reading():
    # (a bar and a word that is no domain: the old reading, no dateline from the bar)
    c = clean(_page("Pemkot Sibolga dan Kejari Teken PKS Bidang Perdata dan Tata Usaha Negara",
                    "Sibolga | Pemerintahan - " + _STORY))
    assert c.outlet != "Pemerintahan"


# --- a lower-case glued site name opening the story

def test_lower_case_glued_outlet_before_dash():
    c = clean(_page("Senin, 9 November 2026 | 08:15 WIB",
                    "Pemko Medan dan BPJS Kesehatan Perpanjang PKS Jaminan Kesehatan Warga",
                    "medanpos - " + _STORY))
    assert c.outlet == "medanpos"
    assert c.dateline is None


def test_lower_case_word_before_dash_is_no_outlet():
    c = clean(_page("Senin, 9 November 2026 | 08:15 WIB",
                    "Pemko Medan dan BPJS Kesehatan Perpanjang PKS Jaminan Kesehatan Warga",
                    "sebelumnya - " + _STORY))
    assert c.outlet is None


# --- a speech's heading and its occasion in lower case under it

def test_heading_goes_on_in_lower_case_line():
    text = ("NASKAH SAMBUTAN WALI KOTA CONTOH\n"
            "pada Penandatanganan Perjanjian Kerja Sama dengan Universitas Contoh\n"
            "Sukamaju, Senin, 16 November 2026\n\n"
            "Assalamu'alaikum warahmatullahi wabarakatuh.\n\n"
            "Yang saya hormati Rektor Universitas Contoh, Bapak Budi Santoso;\n\n"
            "Hari ini kita menandatangani perjanjian kerja sama tentang pengembangan sumber daya "
            "manusia aparatur. Saya minta seluruh perangkat daerah mengawalnya.\n")
    c = clean(text)
    assert c.title == "NASKAH SAMBUTAN WALI KOTA CONTOH"


def test_caps_label_then_real_headline_still_replaced():
    # (a capitals label over a headline in title case: the headline replaces it, as before)
    c = clean(_page("INFO HUMAS",
                    "Pemkot Contoh dan Universitas Contoh Teken Perjanjian Kerja Sama Pengembangan SDM",
                    "Senin, 16 November 2026",
                    "SUKAMAJU – " + _STORY))
    assert c.title == "Pemkot Contoh dan Universitas Contoh Teken Perjanjian Kerja Sama Pengembangan SDM"


# --- a post from a photo-sharing app

def _post(handle, second, headline_line):
    return _page(handle + "\n" + second + "\n🌼🌼🌼",
                 headline_line,
                 "Halo Sobat Sukamaju! 👋",
                 "Hari ini, Kamis (12/11), Wali Kota Sukamaju Bapak Rudi Hartono dan Rektor Universitas "
                 "Contoh Ibu Maria Ulfa menandatangani Nota Kesepahaman tentang riset daerah 📝",
                 "#PemkotSukamaju #NotaKesepahaman",
                 "❤️ 812   💬 40",
                 "12 November 2026")


def test_handle_over_location_tag_names_outlet_and_caps_headline():
    rec = extract_text(_post("humas.sukamaju", "Kota Sukamaju, Jawa Barat",
                             "📢 PEMKOT SUKAMAJU x UNIVERSITAS CONTOH RESMI TEKEN MOU! 🤝✨"), id="t")
    assert rec.article.outlet == "humas.sukamaju"
    assert rec.article.title == "PEMKOT SUKAMAJU x UNIVERSITAS CONTOH RESMI TEKEN MOU!"


def test_handle_over_follow_buttons_names_no_outlet():
    # (the app's full header, follow buttons between the handle and the place: as before)
    text = _page("humas_sukamaju\nTerverifikasi\n•\nIkuti\nKota Sukamaju, Jawa Barat",
                 "humas_sukamaju 📌 Pemkot Sukamaju Gandeng Universitas Contoh Kembangkan Riset Daerah 🔬",
                 "Wali Kota Sukamaju Rudi Hartono dan Rektor Universitas Contoh Maria Ulfa "
                 "menandatangani Nota Kesepahaman tentang riset daerah, Kamis (12/11/2026).",
                 "12 November 2026")
    c = clean(text)
    assert c.outlet is None
    # the handle that opens the caption is no part of the headline
    assert c.title == "Pemkot Sukamaju Gandeng Universitas Contoh Kembangkan Riset Daerah"
    assert c.norm[c.title_span[0]:c.title_span[1]] == c.title


def test_handle_over_non_place_line_is_no_post_header():
    # (a second line that is no location tag: no account's post)
    c = clean(_page("humas.sukamaju\nBerita Terkini Hari Ini",
                    "Pemkot Sukamaju dan Universitas Contoh Teken MoU Riset Daerah",
                    "SUKAMAJU – " + _STORY))
    assert c.outlet != "humas.sukamaju"


def test_post_sentence_line_is_no_headline():
    # (a caption's sentence in mixed case under the handle and the place: no headline)
    c = clean(_post("humas.sukamaju", "Kota Sukamaju, Jawa Barat",
                    "Hari yang bersejarah bagi Kota Sukamaju dan Universitas Contoh hari ini."))
    assert c.outlet == "humas.sukamaju"
    assert c.title is None


# --- a feed converted to JSON and saved as the page

def _feed(items, envelope=True):
    body = ",\n".join(items)
    if not envelope:
        return "[" + body + "]\n"
    return ('{"status":"ok","feed":{"url":"https://kabarsukamaju.id/feed/","title":"KabarSukamaju.id – '
            'Berita Sukamaju Terkini","link":"https://kabarsukamaju.id"},"items":[\n' + body + "\n]}\n")


_ITEM = ('{"title": "Pemkot Sukamaju dan Universitas Contoh Teken Nota Kesepahaman Riset", '
         '"pubDate": "Tue, 17 Nov 2026 09:30:00 +0700", "link": "https://kabarsukamaju.id/2026/11/17/mou/", '
         '"author": "Dewi Lestari", "description": "<p>Pemkot dan kampus teken MoU…</p>", '
         '"content": "<p>SUKAMAJU, KabarSukamaju.id – Wali Kota Sukamaju Rudi Hartono dan Rektor Universitas '
         'Contoh Maria Ulfa menandatangani nota kesepahaman tentang riset daerah di Balai Kota Sukamaju, '
         'Senin (16/11/2026).</p>\\n<p>\\"Kami ingin riset kampus dipakai untuk kebijakan,\\" kata Rudi.</p>", '
         '"guid": "https://kabarsukamaju.id/?p=101"}')
_OTHER = ('{"title": "Jadwal Car Free Day Sukamaju Pekan Ini", "pubDate": "Tue, 17 Nov 2026 07:00:00 +0700", '
          '"author": "Redaksi", "content": "<p>Berikut jadwal car free day di Jalan Merdeka pekan ini.</p>"}')


def test_feed_dump_first_item_fields_are_the_article_meta():
    c = clean(_feed([_ITEM, _OTHER]))
    assert c.title == "Pemkot Sukamaju dan Universitas Contoh Teken Nota Kesepahaman Riset"
    assert c.published == "2026-11-17"
    assert c.authors == ["Dewi Lestari"]
    assert c.dateline == "Sukamaju"
    body = " ".join(c.norm[p.start:p.end] for p in c.body())
    assert "car free day" not in body            # the second item is no part of the story
    assert "status" not in body and "\\n" not in body
    assert c.norm[c.title_span[0]:c.title_span[1]] == c.title


def test_feed_dump_record_reads_signing():
    rec = extract_text(_feed([_ITEM, _OTHER]), id="t")
    assert rec.article.title == "Pemkot Sukamaju dan Universitas Contoh Teken Nota Kesepahaman Riset"
    assert rec.is_signing
    assert str(rec.signings[0].date.value) == "2026-11-16"


def test_bare_list_of_items_reads_first_item():
    c = clean(_feed([_ITEM], envelope=False))
    assert c.title == "Pemkot Sukamaju dan Universitas Contoh Teken Nota Kesepahaman Riset"
    assert c.published == "2026-11-17"


def test_bracketed_place_is_no_json():
    # (a page opening with a place in brackets is no JSON dump)
    c = clean(_page("[Kupang] Pemkot Kupang dan Universitas Contoh Teken Nota Kesepahaman Riset",
                    "Selasa, 17 November 2026",
                    "Wali Kota Sukamaju Rudi Hartono dan Rektor Universitas Contoh Maria Ulfa menandatangani "
                    "nota kesepahaman tentang riset daerah, Senin (16/11/2026)."))
    assert c.title == "Pemkot Kupang dan Universitas Contoh Teken Nota Kesepahaman Riset"
    assert c.published == "2026-11-17"
