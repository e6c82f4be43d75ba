"""Round 32 cleaning: a page whose UTF-8 was read as Windows-1252 and saved again
(mojibake: "â€“" for a dash, "Â»" in a breadcrumb, "â€¢" between fields) reads as the
page it was, with offsets into the damaged input; a bullet parts a byline's fields; a
dateline's bare office word ("(Humas)") names the office of the institution whose name
heads the page. Sentences written for these tests."""
from mou_extract import extract_text
from mou_extract.clean import clean, normalise
from mou_extract.models import check_evidence


def _page(*parts):
    return "\n\n".join(parts) + "\n"


def _mojibake(s: str) -> str:
    """`s` as a page that decoded its UTF-8 bytes as cp1252 shows it."""
    return s.encode("utf-8").decode("cp1252", errors="replace")


# --- mojibake

_LEAD = ("Wali Kota Sukamaju Rudi Hartono dan Rektor Universitas Contoh Maria Ulfa menandatangani "
         "nota kesepahaman tentang riset daerah di Balai Kota Sukamaju, Selasa (17/11/2026).")


def _damaged_page(dateline="SUKAMAJU, kabarsukamaju.id – "):
    return _page(_mojibake("KABAR SUKAMAJU – Berita Terkini dari Sukamaju"),
                 _mojibake("Beranda » Daerah » Pemerintahan"),
                 _mojibake("Pemkot Sukamaju dan Universitas Contoh Teken MoU Riset — Mahasiswa Magang di Dinas"),
                 _mojibake("Rabu, 18 November 2026 • 09:40 WIB"),
                 _mojibake("Penulis: Dewi Lestari • Editor: Agus Salim"),
                 _mojibake(dateline) + _LEAD,
                 _mojibake("“Kami ingin riset kampus dipakai untuk kebijakan,” kata Rudi."),
                 _mojibake("© 2026 Kabar Sukamaju. Hak Cipta Dilindungi"))


def test_mojibake_dash_quote_and_bullet_read_as_the_characters_they_stood_for():
    text = _damaged_page()
    assert "â€“" in text and "Â»" in text  # (the damage the page carries)
    norm = normalise(text)
    assert len(norm) == len(text)
    assert "â€" not in norm and "Â" not in norm
    assert "SUKAMAJU, kabarsukamaju.id   – Wali" in norm or "SUKAMAJU, kabarsukamaju.id –   Wali" in norm


def test_mojibake_page_gives_its_outlet_date_dateline_title_and_author():
    text = _damaged_page()
    rec = extract_text(text, id="t")
    a = rec.article
    assert a.published == "2026-11-18"
    assert a.dateline == "Sukamaju"
    assert a.outlet == "kabarsukamaju.id"
    assert a.title == "Pemkot Sukamaju dan Universitas Contoh Teken MoU Riset — Mahasiswa Magang di Dinas"
    assert a.authors == ["Dewi Lestari"]
    assert rec.is_signing
    check_evidence(rec, text)  # (offsets into the damaged input)


def test_mojibake_of_a_no_break_space_and_an_emoji_read_back():
    assert normalise("Â©2025") == " ©2025"
    assert normalise("Halo ðŸ‘‹ warga").split() == ["Halo", "👋", "warga"]
    assert normalise("HARIAN CONTOH\u00c2\u00a0– Berita") == "HARIAN CONTOH  – Berita"


def test_accented_letters_and_words_with_circumflex_stay_as_written():
    # (guard: letters a page wrote are no mojibake unless they spell a UTF-8 sequence)
    for s in ("São Paulo dan Montréal", "Ã  la carte", "crème brûlée", "naïve",
              "Pâté, Ðoàn Văn, Müller"):
        assert normalise(s) == s


# --- byline parted by a bullet

def test_a_bullet_between_byline_fields_is_no_part_of_the_writer_s_name():
    for line in ("Penulis: Dewi Lestari • Editor: Agus Salim", "Reporter: Dewi Lestari · Editor: Agus Salim"):
        c = clean(_page("Pemkot Sukamaju dan Universitas Contoh Teken MoU Riset Daerah", line,
                        "SUKAMAJU – " + _LEAD))
        assert c.authors == ["Dewi Lestari"]


def test_a_byline_parted_by_a_bar_keeps_its_writer():
    # (guard: the old separators read as before)
    c = clean(_page("Pemkot Sukamaju dan Universitas Contoh Teken MoU Riset Daerah",
                    "Penulis: Dewi Lestari | Editor: Agus Salim", "SUKAMAJU – " + _LEAD))
    assert c.authors == ["Dewi Lestari"]


# --- a dateline's press desk under an institution's masthead

_PKS = ("Kantor Kementerian Agama Kabupaten Sukamaju dan Universitas Contoh menandatangani perjanjian "
        "kerja sama tentang pembinaan madrasah di aula kantor, Rabu (13/8/2025).")


def _office_page(masthead, dateline):
    return _page(masthead, "Berita Daerah", "Kemenag Sukamaju Gandeng Universitas Contoh Bina Madrasah",
                 "Diposting: 14 Agustus 2025 | Dilihat 212 kali", dateline + _PKS,
                 "Kepala kantor mengatakan kerja sama itu mencakup pelatihan guru dan penelitian bersama.")


def test_a_press_desk_in_the_dateline_names_the_office_whose_name_heads_the_page():
    for masthead, dateline in (("Kanwil Kemenag Sukamaju", "Sukamaju (Humas) — "),
                               ("BIRO ADMINISTRASI PIMPINAN SETDA PROVINSI SUKAMAJU", "SUKAMAJU (Adpim) – "),
                               ("Bagian Prokopim Setda Kabupaten Sukamaju", "Sukamaju, Prokopim – ")):
        c = clean(_office_page(masthead, dateline))
        assert c.dateline == "Sukamaju"
        assert (c.outlet or "").lower() == masthead.lower(), (masthead, c.outlet)


def test_a_press_desk_without_a_masthead_stays_the_outlet():
    # (guard: no institution heads the page; a section word does)
    text = _page("Pemerintahan", "Kemenag Sukamaju Gandeng Universitas Contoh Bina Madrasah",
                 "Selasa, 16 September 2025 - 09:25 WITA", "Sukamaju (Humas) – " + _PKS)
    assert clean(text).outlet == "Humas"


def test_a_newsroom_in_the_dateline_stays_the_outlet_under_an_institution_s_name():
    # (guard: only a press desk gives way to the masthead; a news site's name does not)
    c = clean(_office_page("Kanwil Kemenag Sukamaju", "Sukamaju, KabarSukamaju.com – "))
    assert c.outlet == "KabarSukamaju.com"


# --- a translator's widget and an account's links over the page

def _widget_page(top):
    return _page(top, "Home | News | Regional | Government | Economy | Contact Us", "Search...   Sign In   Register",
                 "Pemkab Sukamaju dan BPJS Kesehatan Teken PKS Jaminan Kesehatan Warga Miskin",
                 "Selasa, 17 November 2026 | 08:12 WIB", "Reporter: Dewi Lestari",
                 "SUKAMAJU (KabarSukamaju) - Pemerintah Kabupaten Sukamaju dan BPJS Kesehatan Cabang Sukamaju "
                 "menandatangani perjanjian kerja sama di aula kantor bupati, Senin (16/11/2026).",
                 "Bupati mengatakan kerja sama itu menjamin iuran warga miskin dari APBD.")


def test_a_translate_widget_over_the_page_is_no_headline():
    for top in ("Select Language ▼   Powered by Google Translate", "Pilih Bahasa ▼",
                "Didukung oleh Google Terjemahan"):
        c = clean(_widget_page(top))
        assert c.title == "Pemkab Sukamaju dan BPJS Kesehatan Teken PKS Jaminan Kesehatan Warga Miskin", top
        assert c.outlet == "KabarSukamaju" and c.dateline == "Sukamaju"


def test_a_headline_opening_with_the_widget_s_words_stays_the_headline():
    # (guard: only the widget's own words make the line furniture)
    head = "Pilih Bahasa Daerah, Sekolah di Sukamaju Wajibkan Pelajaran Bahasa Ibu"
    c = clean(_page(head, "Selasa, 17 November 2026 | 08:12 WIB",
                    "SUKAMAJU – Dinas Pendidikan Kabupaten Sukamaju mewajibkan pelajaran bahasa daerah mulai tahun ajaran baru.",
                    "Kepala dinas mengatakan aturan itu berlaku untuk sekolah dasar dan menengah."))
    assert c.title == head
    line = "Warga bisa masuk daftar penerima bantuan lewat aplikasi, kata kepala dinas."
    assert clean(_page(head, line, "Kepala dinas mengatakan aturan itu berlaku mulai Januari.")).paragraphs[1].kind == "body"


# --- a page run into one line: a dateline whose site is written in capitals

_RUN_BODY = " ".join([
    "Pemerintah Kabupaten Sukamaju dan Kantor Pertanahan Kabupaten Sukamaju menandatangani perjanjian kerja sama",
    "tentang sertifikasi tanah aset daerah, Jumat (23/10/2026), di aula kantor bupati.",
    "PKS diteken oleh Sekretaris Kabupaten Sukamaju, Ahmad Fauzi, dan Kepala Kantor Pertanahan, Budi Santoso.",
    "Ahmad mengatakan dari sekitar dua ribu bidang tanah aset pemkab baru sebagian yang bersertifikat.",
    "\"Tanah sekolah dan puskesmas banyak yang belum bersertifikat. Ini rawan digugat,\" ujarnya.",
    "Melalui PKS ini kedua pihak sepakat melakukan pengukuran, pemetaan dan pertukaran data pertanahan.",
    "Kantor Pertanahan juga akan memberikan bimbingan teknis kepada pengurus barang di tiap perangkat daerah.",
    "Budi menargetkan tiga ratus bidang tanah rampung disertifikasi pada tahun depan dengan prioritas sekolah.",
    "Ia menyebut pengukuran akan dimulai dari kecamatan yang paling banyak memiliki aset tanpa dokumen.",
] * 2)


def _run_on(dateline):
    return ("PEMKAB SUKAMAJU DAN BPN TEKEN PKS SERTIFIKASI ASET DAERAH SENIN, 26 OKTOBER 2026 | 11:05 WITA "
            f"Penulis: Rina Wati {dateline} {_RUN_BODY} © 2026 KABARSUKAMAJU.ID\n")


def test_a_run_on_page_parts_before_a_dateline_with_its_site_in_capitals():
    c = clean(_run_on("TANJUNG SARI, KABARSUKAMAJU.ID –"))
    assert c.dateline == "Tanjung Sari"
    assert c.authors == ["Rina Wati"]
    assert c.published == "2026-10-26"


def test_a_run_on_page_with_its_site_in_lower_case_parts_as_before():
    # (guard: the site in lower case was read before and still is)
    c = clean(_run_on("TANJUNG SARI, kabarsukamaju.id –"))
    assert c.dateline == "Tanjung Sari" and c.authors == ["Rina Wati"]


# --- a daily's masthead in the English spelling; a newsroom after a city in title case

_STORY = ("Sidang perdana perkara korupsi proyek air bersih digelar di Pengadilan Tipikor, Selasa (11/11/2025). "
          "Terdakwa hadir didampingi penasihat hukumnya.")


def test_a_daily_s_masthead_spelled_express_names_the_outlet():
    for masthead, want in (("SUKAMAJU EXPRESS", "Sukamaju Express"), ("Sukamaju Ekspres", "Sukamaju Ekspres")):
        c = clean(_page(masthead, "Mantan Direktur PDAM Didakwa Rugikan Negara Rp3 Miliar",
                        "SUKAMAJU, SE – " + _STORY, "Sidang dilanjutkan pekan depan dengan pemeriksaan saksi."))
        assert c.outlet == want and c.dateline == "Sukamaju"


def test_a_word_and_the_region_it_covers_after_a_city_in_title_case_name_the_newsroom():
    for line, outlet in (("Pematangsiantar, Inilah Medan – ", "Inilah Medan"), ("Tuban, Lensa Jatim – ", "Lensa Jatim")):
        c = clean(_page("Lima Tahun MoU Kota Cerdas, DPRD Minta Pemkot Evaluasi", "Senin, 3 November 2025 | 16:20 WIB",
                        line + _STORY, "Sidang dilanjutkan pekan depan dengan pemeriksaan saksi."))
        assert c.outlet == outlet and c.dateline == line.split(",")[0]


def test_a_person_place_or_office_after_a_city_in_title_case_names_no_newsroom():
    # (guard: a name, a region and an official after the comma stay what they were)
    for line in ("Mataram, Lalu Hendra – ", "Sigli, Aceh Besar – ", "Pekanbaru, Gubernur Riau – ",
                 "Medan, Sumatera Utara – "):
        c = clean(_page("Lima Tahun MoU Kota Cerdas, DPRD Minta Pemkot Evaluasi", "Senin, 3 November 2025 | 16:20 WIB",
                        line + _STORY, "Sidang dilanjutkan pekan depan dengan pemeriksaan saksi."))
        assert c.outlet is None, (line, c.outlet)
