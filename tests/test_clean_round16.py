"""Round 16: page heads of aggregators and scraped pages (emoji and dotted menus, consent
dialogs, captions that look like datelines, outlets named only in the header) and
metadata lines (posters before dates, reporter lines, dated datelines). The sentences
are written for these tests."""
from mou_extract.clean import clean, normalise, parse_date_line

STORY = ("Pemerintah Kabupaten Konawe dan Universitas Halu Oleo menandatangani nota "
         "kesepahaman tentang pengembangan desa wisata di aula kantor bupati, Senin (3/3/2025).")
MORE = ("Bupati Konawe mengatakan kerja sama itu akan dimulai dengan pelatihan pengelola "
        "desa wisata di tiga kecamatan.")


def test_emoji_menu_is_no_headline():
    text = ("\n".join([
        "KABARSULTRA.ID",
        "🏠 Beranda   📰 Daerah   🔥 Populer   ⚽ Olahraga",
        "Pemkab Konawe dan UHO Teken Nota Kesepahaman Desa Wisata, Tiga Kecamatan Jadi Percontohan",
        "3 Maret 2025 • 14:20 • 👁 2.310 views",
        "KONAWE, KABARSULTRA.ID – " + STORY,
        MORE]))
    c = clean(text)
    assert c.title.startswith("Pemkab Konawe dan UHO Teken")
    assert c.published == "2025-03-03"
    assert c.dateline == "Konawe"


def test_middle_dot_menu_is_no_headline():
    text = "\n".join([
        "SULTRAPOS.ID",
        "Pemerintahan · Hukum · Pendidikan · Sultra Raya · Nasional",
        "Pemkab Konawe dan UHO Teken Nota Kesepahaman Desa Wisata, Tiga Kecamatan Jadi Percontohan",
        "Senin, 3 Maret 2025 | 14:20 WITA",
        "KONAWE | " + STORY,
        MORE])
    assert clean(text).title.startswith("Pemkab Konawe dan UHO")


def test_consent_dialog_is_no_headline():
    consent = ("Kami dan 97 mitra kami menyimpan dan/atau mengakses informasi di perangkat Anda, "
               "misalnya cookie dan pengenal unik, serta memproses data pribadi untuk iklan dan "
               "konten yang dipersonalisasi, pengukuran iklan dan konten, wawasan audiens, serta "
               "pengembangan produk. Anda dapat mengubah pilihan kapan saja melalui tautan di bagian "
               "bawah halaman.")
    assert len(consent) > 300
    text = "\n".join([
        "Kami menghargai privasi Anda", consent, "Terima semua     Tolak semua     Kelola preferensi",
        "", "SultraNow.id", "Ikuti", "",
        "Pemkab Konawe dan UHO Teken Nota Kesepahaman Desa Wisata, Tiga Kecamatan Jadi Percontohan",
        "", "KONAWE, SultraNow.id – " + STORY, MORE])
    c = clean(text)
    assert c.title.startswith("Pemkab Konawe dan UHO")
    assert c.dateline == "Konawe" and c.outlet == "SultraNow.id"
    assert [p.kind for p in c.paragraphs[:3]] == ["boilerplate"] * 3


def test_caption_with_slash_credit_is_no_dateline():
    text = "\n".join([
        "Tribunsultra.com",
        "Pemkab Konawe dan UHO Teken Nota Kesepahaman Desa Wisata, Tiga Kecamatan Jadi Percontohan",
        "Senin, 3 Maret 2025 15:02 WITA",
        "Penulis: Laode Arifin | Editor: Sitti Hajar",
        "TEKEN MOU - Bupati Konawe (kiri) dan Rektor UHO menunjukkan naskah nota kesepahaman di "
        "aula kantor bupati, Senin (3/3/2025). TRIBUNSULTRA.COM/LAODE ARIFIN",
        "TRIBUNSULTRA.COM, UNAAHA - " + STORY,
        MORE])
    c = clean(text)
    assert c.dateline == "Unaaha"
    assert c.paragraphs[4].kind == "caption"


def test_outlet_named_in_header_either_side_of_the_dateline_comma():
    text = "\n".join([
        "SULTRA SEKARANG", "Berita Daerah",
        "Pemkab Konawe dan UHO Teken Nota Kesepahaman Desa Wisata, Tiga Kecamatan Jadi Percontohan",
        "3 Maret 2025 16:12 WITA",
        "Sultra Sekarang, Kendari - " + STORY, MORE])
    c = clean(text)
    assert c.dateline == "Kendari" and c.outlet == "Sultra Sekarang"
    text = "\n".join([
        "Sultra Sekarang", "Daerah",
        "Pemkab Konawe dan UHO Teken Nota Kesepahaman Desa Wisata, Tiga Kecamatan Jadi Percontohan",
        "3 Maret 2025 16:12 WITA",
        "Kendari, Sultra Sekarang - " + STORY, MORE])
    c = clean(text)
    assert c.dateline == "Kendari" and c.outlet == "Sultra Sekarang"


def test_dateline_on_a_line_of_its_own():
    text = "\n".join([
        "SulutNews", "Daerah",
        "Pemkot Manado dan Unsrat Teken Nota Kesepahaman, Seratus Mahasiswa Turun ke Kelurahan",
        "Penulis: Meiti Rondonuwu",
        "Rabu, 5 Maret 2025 10:20 WITA",
        "SulutNews, Manado",
        "Pemerintah Kota Manado dan Universitas Sam Ratulangi menandatangani nota kesepahaman "
        "tentang pengabdian masyarakat di kantor wali kota, Rabu (5/3/2025).",
        MORE])
    c = clean(text)
    assert c.dateline == "Manado" and c.outlet == "SulutNews"


def test_date_lines_with_poster_counter_and_source():
    assert parse_date_line("Redaksi KendariPos.id | 3 Maret 2025") == ("2025-03-03", False)
    assert parse_date_line("Admin Humas — 05/02/2026 — 2 Komentar") == ("2026-02-05", False)
    assert parse_date_line("Cerita oleh Budi Santoso • 07/03/2025 • 4 mnt dibaca") == ("2025-03-07", False)
    assert parse_date_line("3 Maret 2025 • 10:15 • 👁 2.310 views") == ("2025-03-03", False)
    assert parse_date_line("LensaSulut.id · 9 Des 2024") == ("2024-12-09", False)


def test_acronym_run_into_a_word_is_an_outlet():
    text = "\n".join([
        "RBTVChannel", "Ekonomi",
        "Laba Bank Daerah Naik 12 Persen, Kredit UMKM Jadi Penopang Utama Tahun Ini",
        "Kamis, 30/10/2025 16:05 WIB",
        "RBTVChannel - PT Bank Pembangunan Daerah mencatat laba bersih Rp210 miliar hingga "
        "kuartal ketiga tahun ini, naik 12 persen dibanding tahun lalu.",
        MORE])
    c = clean(text)
    assert c.dateline is None and c.outlet == "RBTVChannel"


def test_outlet_word_glued_to_the_region_and_herald():
    for name in ("KABARLUWU", "Sulawesi Herald"):
        text = "\n".join([
            name, "Berita Terkini Luwu Raya",
            "Pemkab Luwu dan Polres Luwu Integrasikan 200 CCTV, PKS Diteken di Belopa",
            "Kamis, 12 Maret 2026 13:05 WITA",
            "Belopa, " + name + " – " + STORY, MORE])
        assert clean(text).outlet == name


def test_hard_wrapped_page_keeps_its_head_lines_apart():
    body = ("Pemerintah Kota Kendari dan PT PLN (Persero) Unit Pelaksana Pelayanan\n"
            "Pelanggan Kendari menandatangani perjanjian kerja sama tentang pendataan\n"
            "lampu penerangan jalan umum di ruang rapat wali kota, Kamis (22/8/2023),\n"
            "disaksikan para kepala dinas dan camat se-Kota Kendari yang diundang.\n")
    text = ("Kabar Kendari &#8211; Kabar Terkini Wilayah Sulawesi Tenggara\n"
            "Beranda &raquo; Pemerintahan &raquo; Pemkot Kendari &amp; PLN Teken PKS\n"
            "\n"
            "PEMKOT KENDARI &amp; PLN UP3 KENDARI TEKEN PKS, 7.500 TITIK PJU DIDATA ULANG\n"
            "Posted by Laode Rahman | 23 Agustus 2023 | Pemerintahan | 4 Komentar\n"
            "\n"
            "KENDARI, KABARKENDARI.COM &#8211; " + body + "\n" + (body + "\n") * 4)
    norm = normalise(text)
    assert len(norm) == len(text)
    c = clean(text)
    assert c.title == "PEMKOT KENDARI & PLN UP3 KENDARI TEKEN PKS, 7.500 TITIK PJU DIDATA ULANG"
    assert c.published == "2023-08-23"
    assert c.dateline == "Kendari" and c.outlet == "KABARKENDARI.COM"


def test_exclaimed_headline_over_the_source_name():
    text = "\n".join([
        "Opera News", "Untuk Anda   Lokal   Video",
        "🔥 Pemkab Konawe dan UHO Teken Nota Kesepahaman, Ini Isinya!",
        "SultraUpdate", "03-03-2025 09:48", "+ Ikuti",
        "KONAWE, SULTRAUPDATE.COM – " + STORY, MORE])
    c = clean(text)
    assert c.title == "Pemkab Konawe dan UHO Teken Nota Kesepahaman, Ini Isinya!"
    assert c.dateline == "Konawe" and c.outlet == "SULTRAUPDATE.COM"


def test_dated_dateline_gives_the_publication_date():
    text = "\n".join([
        "SIARAN PERS",
        "Perseroan dan Pemkab Konawe Sepakati Program Peremajaan Kebun Kakao 1.200 Hektare",
        "Unaaha, 4 Juni 2025 – PT Kakao Sultra Lestari Tbk, perusahaan perkebunan, dan "
        "Pemerintah Kabupaten Konawe menandatangani perjanjian kerja sama peremajaan kebun.",
        MORE])
    c = clean(text)
    assert c.dateline == "Unaaha" and c.published == "2025-06-04"


def test_tagline_gives_way_to_the_headline():
    text = "\n".join([
        "KABAR TELUK", "Suara dari Teluk Tomini, Parigi, Poso dan Tojo Una-Una", "Pendidikan",
        "Pemkab Parigi Moutong Gandeng Untad, Guru di Pulau Terluar Dapat Pendampingan",
        "Sabtu, 21 September 2024 | 10:30 WITA", "Penulis: Ratna Lamadi",
        "PARIGI, Kabarteluk.com – " + STORY, MORE])
    c = clean(text)
    assert c.title.startswith("Pemkab Parigi Moutong Gandeng Untad")


def test_institution_site_footer_names_no_outlet():
    text = "\n".join([
        "POLITEKNIK NEGERI KENDARI", "Beranda / Berita / Kerja Sama",
        "Polinka dan Dua BUMDes di Konawe Sepakati Teaching Factory Pengolahan Kakao",
        "Diposting pada 10 Desember 2025",
        STORY, MORE,
        "© 2025 Polinka Kendari. All rights reserved."])
    assert clean(text).outlet is None


def test_copyright_after_a_link_and_a_middle_dot():
    text = "\n".join([
        "⚡ AMP", "Home    > Sultra Raya    > Pemerintahan",
        "Pemkab Konawe dan UHO Teken Nota Kesepahaman Desa Wisata, Tiga Kecamatan Jadi Percontohan",
        "Rabu, 12 Maret 2025 - 07:15 WIB",
        "UNAAHA – " + STORY, MORE,
        "Lihat versi lengkap (non-AMP) » © 2025 SatelitSultra.com · Hak Cipta Dilindungi"])
    assert clean(text).outlet == "SatelitSultra.com"


def test_site_name_before_the_date_under_the_headline():
    text = "\n".join([
        "Pemkab Konawe dan UHO Teken Nota Kesepahaman Desa Wisata, Tiga Kecamatan Jadi Percontohan",
        "Pemkab Konawe dan UHO Teken Nota Kesepahaman Desa Wisata, Tiga Kecamatan Jadi Percontohan",
        "SultraRaya.id | Selasa, 4 Maret 2025",
        "UNAAHA – " + STORY, MORE])
    assert clean(text).outlet == "SultraRaya.id"
