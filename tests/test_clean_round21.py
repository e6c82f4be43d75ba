"""Round 21 cleaning: page dates (Hijri tail, poster "pada", updated-only, dated foot),
outlets (newsroom after a dateline's comma, masthead under the headline, reporter line,
footer masthead, code of the domain), forwarded chat releases, comments before the story,
listing pages, zero-width spaces inside words. Sentences written for these tests."""
from mou_extract.clean import clean, normalise, parse_date_line

BODY = ("Pemerintah Kabupaten Contoh dan Badan Contoh menandatangani nota kesepakatan tentang "
        "pelayanan publik di aula kantor bupati, Selasa (4/3/2025).\n\n"
        "Kerja sama itu meliputi pertukaran data dan pelatihan petugas layanan, kata bupati.\n")


def test_hijri_date_after_the_gregorian_one():
    assert parse_date_line("Jumat, 14 Juni 2024 / 7 Zulhijah 1445 H") == ("2024-06-14", False)
    assert parse_date_line("Rabu, 12 Maret 2025 (12 Ramadhan 1446 H)") == ("2025-03-12", False)


def test_poster_then_pada_before_the_date():
    assert parse_date_line("Diposting oleh Tim Redaksi pada 3 Maret 2025") == ("2025-03-03", False)


def test_updated_stamp_dates_a_page_with_no_other_date():
    t = ("Pemkab Contoh dan Badan Contoh Teken Nota Kesepakatan Pelayanan Publik\n\n"
         "Oleh Rina Wulandari\nDiperbarui 5 Juni 2025, 09:00 WIB\n\n"
         "KOTA CONTOH - " + BODY)
    assert clean(t).published == "2025-06-05"


def test_labelled_date_under_a_read_also_list():
    t = ("Pemkab Contoh dan Badan Contoh Teken Nota Kesepakatan Pelayanan Publik\n\n"
         "KOTA CONTOH - " + BODY +
         "\nBaca juga:\n- Harga Gabah di Tingkat Petani Mulai Naik\n- Jalan Desa Rusak Diperbaiki Bulan Depan\n\n"
         "Dipublikasikan: Selasa, 7 Januari 2025, 10:15 WIB\n")
    assert clean(t).published == "2025-01-07"


def test_masthead_before_the_date_under_the_headline():
    t = ("Pemkab Contoh dan Badan Contoh Teken Nota Kesepakatan Pelayanan Publik\n\n"
         "Kendari Pos Online | Rabu, 2 April 2025 - 10:00 WITA\n\n"
         "KOTA CONTOH - " + BODY)
    assert clean(t).outlet == "Kendari Pos Online"


def test_reporter_line_names_the_newsroom():
    t = ("Pemkab Contoh dan Badan Contoh Teken Nota Kesepakatan Pelayanan Publik\n\n"
         "Senin, 3 Maret 2025 | 11:20 WIB\n\nLaporan Wartawan Kudusnews, Rahmat Hidayat\n\n"
         "KUDUS - " + BODY)
    c = clean(t)
    assert c.outlet == "Kudusnews"
    assert c.authors == ["Rahmat Hidayat"]


def test_newsroom_after_a_dateline_comma():
    t = ("Pemkab Contoh dan Badan Contoh Teken Nota Kesepakatan Pelayanan Publik\n\n"
         "PALOPO, Pijar Nusa – " + BODY)
    c = clean(t)
    assert (c.dateline, c.outlet) == ("Palopo", "Pijar Nusa")
    # a region's name in English is no newsroom
    t2 = t.replace("PALOPO, Pijar Nusa", "SAMARINDA, East Kalimantan")
    assert clean(t2).outlet is None


def test_short_code_of_the_masthead_domain():
    t = ("KABARBONE.COM\n\nPemkab Contoh dan Badan Contoh Teken Nota Kesepakatan Pelayanan Publik\n\n"
         "Senin, 3 Maret 2025\n\nWATAMPONE (KB) – " + BODY)
    c = clean(t)
    assert c.dateline == "Watampone"
    assert c.outlet == "KABARBONE.COM"


def test_footer_masthead_with_tagline():
    t = ("Pemkab Contoh dan Badan Contoh Teken Nota Kesepakatan Pelayanan Publik\n\n"
         "KOTA CONTOH – " + BODY + "\nPALU NEWS | Kabar dari Lembah Palu\n")
    c = clean(t)
    assert c.outlet == "PALU NEWS"
    assert c.paragraphs[-1].kind == "boilerplate"


def test_forwarded_chat_release():
    t = ("[3/6 09.15] Prokopim Kabupaten Contoh: *SIARAN PERS*\n"
         "*Nomor: 12/SP/Prokopim/VI/2025*\n\n"
         "🤝 *Pemkab Contoh dan Badan Contoh Teken Nota Kesepakatan Pelayanan Publik* 🤝\n\n"
         "📍 *Sungai Limau, Selasa (3/6/2025)* – " + BODY +
         "\n[3/6 09.16] Prokopim Kabupaten Contoh: <Media tidak disertakan>\n"
         "[3/6 09.20] Budi Wartawan: Siap, terima kasih bang\n")
    c = clean(t)
    assert c.title == "Pemkab Contoh dan Badan Contoh Teken Nota Kesepakatan Pelayanan Publik"
    assert c.dateline == "Sungai Limau"
    assert c.published is None  # the date in brackets dates the event
    assert [p.kind for p in c.paragraphs[-2:]] == ["boilerplate", "boilerplate"]


def test_comments_before_the_story():
    t = ("contohline.com\nPemkab Contoh dan Badan Contoh Teken Nota Kesepakatan Pelayanan Publik\n\n"
         "BERITA TERKAIT\n• Pasar Rakyat Contoh Direnovasi Tahun Ini\n\n"
         "Komentar (2)\nSiti Rahma\nSemoga pelayanan makin cepat, tidak perlu antre lagi.\n"
         "Balas · Suka · 5 jam\nAndi\nKapan kecamatan kami dapat giliran?\nBalas · Suka · 1 jam\n\n"
         "Kamis, 6 Maret 2025 | 08:10 WIB\nPenulis: Dewi Lestari\n\n"
         "KOTA CONTOH, contohline.com - " + BODY)
    c = clean(t)
    assert c.dateline == "Kota Contoh"
    kinds = {c.norm[p.start:p.end]: p.kind for p in c.paragraphs}
    assert kinds["Kapan kecamatan kami dapat giliran?"] == "boilerplate"


def test_social_post_comments_after_the_story():
    t = ("Pemerintah Kabupaten Contoh\n12 Mei pukul 10.05 · 🌏\n\n"
         "PEMKAB CONTOH DAN BADAN CONTOH TEKEN NOTA KESEPAKATAN\n\n"
         "Kota Contoh – " + BODY +
         "\n👍 88\n14 komentar  3 kali dibagikan\nSuka\nKomentari\nBagikan\nPaling relevan\n"
         "Rudi Hartono\nMantap, lanjutkan pak\n3 mg  Suka  Balas\n")
    c = clean(t)
    kinds = {c.norm[p.start:p.end]: p.kind for p in c.paragraphs}
    assert kinds["Mantap, lanjutkan pak"] == "boilerplate"
    assert kinds["Rudi Hartono"] == "boilerplate"


def test_listing_page_has_no_headline_or_date():
    items = [("Pemkot Contoh Teken MoU dengan Universitas Contoh", "Senin, 10 Maret 2025 | 09:00 WIB",
              "Kerja sama itu meliputi riset dan pengabdian masyarakat di wilayah kota…"),
             ("Badan Contoh Perkuat Sinergi dengan Pemprov Contoh", "Jumat, 7 Maret 2025 | 14:30 WIB",
              "Penandatanganan nota kesepakatan digelar di kantor gubernur dan disaksikan…"),
             ("Bupati Contoh Minta OPD Jalankan Isi Kesepakatan", "Kamis, 6 Maret 2025 | 11:45 WIB",
              "Bupati mengingatkan seluruh perangkat daerah agar tidak menunda tindak lanjut…")]
    t = "contohnews.id\nBeranda » Tag » mou\n\nTag: mou\n\n" + "\n\n".join("\n".join(x) for x in items) + \
        "\n\n« Sebelumnya   1  2  3   Berikutnya »\n"
    c = clean(t)
    assert c.title is None and c.published is None
    assert not [p for p in c.paragraphs if p.kind in ("body", "title")]


def test_zero_width_space_inside_a_word_stays():
    t = "Ditandatangani Bupati Rahmat Wira\u200bkusuma dan\u200b Kepala Badan.\u200b"
    n = normalise(t)
    assert len(n) == len(t)
    assert "Wira\u200bkusuma" in n
    assert "dan  Kepala" in n and n.endswith(". ")
