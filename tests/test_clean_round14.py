"""Round 14: article metadata of odd page shapes (clean.py).

Every page below is written for the test; each test fails without the rule it names.
"""
from mou_extract.clean import clean, parse_date_line

BODY = ("Pemerintah Kabupaten Konawe dan Ombudsman Republik Indonesia Perwakilan Sulawesi Tenggara "
        "menandatangani nota kesepakatan tentang peningkatan kualitas pelayanan publik, Senin (3/3/2025).\n"
        "Bupati Konawe mengatakan kerja sama itu akan memperbaiki layanan administrasi kependudukan.\n")


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_masthead_in_capitals_with_glued_outlet_word():
    c = clean(_page("KONAWEPOST", "Berita Utama | Daerah | Olahraga",
                    "Pemkab Konawe dan Ombudsman Sultra Teken Nota Kesepakatan Pelayanan Publik",
                    "Senin, 3 Maret 2025 09:10", "UNAAHA – " + BODY))
    assert c.outlet == "KONAWEPOST"
    assert c.dateline == "Unaaha"


def test_breadcrumb_that_opens_with_the_site_domain_names_the_outlet():
    c = clean(_page("kendaripos.co.id › Daerah › Konawe",
                    "Pemkab Konawe dan Ombudsman Sultra Teken Nota Kesepakatan Pelayanan Publik",
                    "Senin, 3 Maret 2025 | 09:10 WITA", "UNAAHA – " + BODY))
    assert c.outlet == "kendaripos.co.id"


def test_copyright_holder_before_site_links():
    c = clean(_page("Pemkab Konawe dan Ombudsman Sultra Teken Nota Kesepakatan Pelayanan Publik",
                    "Senin, 3 Maret 2025", "UNAAHA – " + BODY,
                    "© 2025 SultraRaya.com | Pedoman Media Siber | Redaksi | Kontak"))
    assert c.outlet == "SultraRaya.com"


def test_dateline_with_a_numeric_date():
    c = clean(_page("Pemkab Konawe dan Ombudsman Sultra Teken Nota Kesepakatan Pelayanan Publik",
                    "UNAAHA, 03/03/2025 – " + BODY))
    assert c.dateline == "Unaaha"


def test_headline_ending_with_an_exclamation_mark_before_the_date():
    title = "Batas Akhir 30 April, Baru Dua Pemda di Sultra Teken PKS Integrasi SP4N-LAPOR!"
    c = clean(_page("SultraRaya", title, "Selasa, 8 April 2025 | 10:05 WITA", "KENDARI – " + BODY))
    assert c.title == title


def test_menu_item_joined_by_ampersand_is_no_title():
    title = "Pemkab Konawe dan Ombudsman Sultra Teken Nota Kesepakatan Pelayanan Publik"
    c = clean(_page("konawenews.id", "Home  Hukum & Kriminal  Politik  Ekonomi  Olahraga", title,
                    "Senin, 3 Maret 2025 | 09:10 WITA", "UNAAHA, konawenews.id – " + BODY))
    assert c.title == title


def test_site_name_with_tagline_is_a_masthead_not_a_dateline():
    title = "Inspektorat dan BPKP Sultra Teken MoU Pengawasan Keuangan Desa"
    c = clean(_page("konaweterkini.com  —  Kabar Sulawesi Tenggara Terkini", "Pemerintahan", title,
                    "Reporter: La Ode Hamid", "Senin, 3 Maret 2025",
                    "UNAAHA, konaweterkini.com - " + BODY))
    assert c.title == title
    assert c.dateline == "Unaaha"
    assert c.outlet == "konaweterkini.com"


def test_social_post_time_line_and_emoji_headline():
    c = clean(_page("Facebook", "Pemerintah Kabupaten Konawe", "3 Maret pukul 09.12 · 🌏",
                    "📢 Pemkab Konawe dan Ombudsman Sultra Teken Nota Kesepakatan, Perkuat Pelayanan 📢",
                    "UNAAHA – " + BODY))
    assert c.title == "Pemkab Konawe dan Ombudsman Sultra Teken Nota Kesepakatan, Perkuat Pelayanan"
    assert c.published is None


def test_instagram_location_tag_is_no_title_and_platform_no_outlet():
    c = clean(_page("Instagram", "Masuk", "pemkab_konawe", "Ikuti", "Unaaha, Sulawesi Tenggara",
                    "🤝 PEMKAB KONAWE & OMBUDSMAN SULTRA TEKEN NOTA KESEPAKATAN PELAYANAN 🤝",
                    "Unaaha – " + BODY, "© 2025 Instagram from Meta"))
    assert c.title == "PEMKAB KONAWE & OMBUDSMAN SULTRA TEKEN NOTA KESEPAKATAN PELAYANAN"
    assert c.outlet is None


def test_whatsapp_release_with_bold_and_italic_marks():
    c = clean(_page("Diteruskan", "*SIARAN PERS*", "_Unaaha, 4 Maret 2025_",
                    "*Pemkab Konawe dan Ombudsman Sultra Teken Nota Kesepakatan, Layanan KTP Jadi Sorotan* ✅",
                    "*UNAAHA* – " + BODY))
    assert c.published == "2025-03-04"
    assert c.dateline == "Unaaha"
    assert c.title == "Pemkab Konawe dan Ombudsman Sultra Teken Nota Kesepakatan, Layanan KTP Jadi Sorotan"


def test_date_lines_with_poster_dash_update_time_upload_and_poster():
    assert parse_date_line("Admin — Senin, 3 Maret 2025 | 09:12 WITA") == ("2025-03-03", False)
    assert parse_date_line("Senin, 3 Maret 2025 | Diperbarui 14:20 WITA") == ("2025-03-03", False)
    assert parse_date_line("Diunggah: Senin, 3 Maret 2025 | Dibaca 77 kali") == ("2025-03-03", False)
    assert parse_date_line("Diposting oleh Humas Setda Konawe, 3 Maret 2025") == ("2025-03-03", False)


def test_cookie_banner_and_app_promotion_are_furniture():
    title = "Pemkab Konawe dan Ombudsman Sultra Teken Nota Kesepakatan Pelayanan Publik"
    c = clean(_page("Situs ini memakai cookies agar pengalaman membaca Anda lebih baik. Lanjutkan berarti Anda setuju.",
                    "☰  KonaweRaya.com  🔍", "📲 Buka berita lebih cepat lewat aplikasi KonaweRaya. Unduh gratis",
                    title, "Senin, 3 Maret 2025 | 09:10 WITA", "UNAAHA, KonaweRaya.com – " + BODY))
    assert c.title == title
    assert c.outlet == "KonaweRaya.com"


def test_rri_newsroom_dateline():
    c = clean(_page("RRI.co.id", "Pemkab Konawe dan Ombudsman Sultra Teken Nota Kesepakatan",
                    "Senin, 03 Mar 2025 13:47 WITA", "KBRN, Unaaha: " + BODY))
    assert c.dateline == "Unaaha"
    assert c.outlet == "RRI.co.id"


def test_press_release_sent_as_an_official_letter():
    headline = "PEMKAB KONAWE DAN OMBUDSMAN SULTRA TEKEN NOTA KESEPAKATAN PELAYANAN PUBLIK"
    c = clean(_page("PEMERINTAH KABUPATEN KONAWE", "SEKRETARIAT DAERAH",
                    "Jalan Inolobunggadue Nomor 1 Unaaha, Sulawesi Tenggara 93411",
                    "Telepon (0408) 21xxx, Laman: konawekab.go.id", "_______________________",
                    "Unaaha, 4 Maret 2025", "Nomor     : 000.2.3/211/2025", "Sifat     : Biasa",
                    "Perihal   : Siaran Pers Penandatanganan", "Nota Kesepakatan dengan Ombudsman",
                    "Kepada", "Yth. Pimpinan Redaksi Media Massa", "di -", "TEMPAT", "Dengan hormat,",
                    "Bersama ini kami kirimkan siaran pers kegiatan Pemerintah Kabupaten Konawe untuk dimuat, sebagai berikut:",
                    headline, BODY))
    assert c.title == headline
    assert c.dateline == "Unaaha"
    assert c.published == "2025-03-04"


def test_speech_page_heading_in_capitals_replaces_the_office_name():
    heading = ("SAMBUTAN BUPATI KONAWE PADA PENANDATANGANAN NOTA KESEPAKATAN ANTARA PEMERINTAH "
               "KABUPATEN KONAWE DENGAN OMBUDSMAN RI PERWAKILAN SULAWESI TENGGARA")
    c = clean(_page("Pemerintah Kabupaten Konawe", "Bagian Protokol dan Komunikasi Pimpinan Setda Konawe",
                    "Beranda › Publikasi › Sambutan", heading,
                    "Diunggah: Rabu, 5 Maret 2025 | Dibaca 12 kali",
                    "Disampaikan oleh: Bupati Konawe, H. Yusran Akbar, S.T.",
                    "Unaaha, Selasa, 4 Maret 2025",
                    "Yang kami hormati, Kepala Ombudsman RI Perwakilan Sulawesi Tenggara beserta jajaran;",
                    BODY))
    assert c.title == heading
    assert c.published == "2025-03-05"
    assert c.dateline == "Unaaha"


def test_prosecutor_and_university_sites_are_no_outlet():
    c = clean(_page("Kejaksaan Negeri Konawe", "Pemkab Konawe dan Kejari Konawe Teken Nota Kesepakatan Datun",
                    "Senin, 3 Maret 2025", BODY, "© 2025 Kejaksaan Negeri Konawe"))
    assert c.outlet is None
    c = clean(_page("Pemkab Konawe dan Universitas Halu Oleo Teken MoU KKN Tematik",
                    "Senin, 3 Maret 2025", BODY, "© 2025 Universitas Halu Oleo. Hak cipta dilindungi."))
    assert c.outlet is None


def test_page_whose_line_breaks_were_lost():
    story = " ".join(["Pemerintah Kabupaten Konawe dan Ombudsman RI Perwakilan Sulawesi Tenggara menandatangani "
                      "nota kesepakatan tentang peningkatan kualitas pelayanan publik di aula kantor bupati."] * 12)
    text = ("Beranda Daerah Sultra – Konawe Pemkab Konawe dan Ombudsman Sultra Teken Nota Kesepakatan, "
            "Bupati: Tak Boleh Ada Warga Dipingpong Rabu, 5 Maret 2025 | 10:21 WITA Penulis: La Ode Hamid "
            "Editor: Wa Ode Sari Bagikan UNAAHA, KonaweSatu.com – " + story.replace("bupati. Pemerintah", "bupati.Pemerintah")
            + " Tags: Ombudsman Konawe Bagikan: Facebook WhatsApp © 2025 KonaweSatu.com. All Rights Reserved.\n")
    c = clean(text)
    assert c.published == "2025-03-05"
    assert c.dateline == "Unaaha"
    assert c.outlet == "KonaweSatu.com"
    assert c.authors == ["La Ode Hamid"]
    assert c.title.endswith("Tak Boleh Ada Warga Dipingpong") and not c.title.startswith("Beranda")


def test_breadcrumb_trail_run_into_the_headline_is_dropped():
    c = clean(_page("Beranda / Sultra / Pemkab Konawe dan Ombudsman Sultra Teken Nota Kesepakatan Pelayanan",
                    "Senin, 3 Maret 2025", "UNAAHA – " + BODY))
    assert c.title == "Pemkab Konawe dan Ombudsman Sultra Teken Nota Kesepakatan Pelayanan"
