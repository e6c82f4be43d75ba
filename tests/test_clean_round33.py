"""Round 33 cleaning: an e-paper page (its masthead line with the edition's date and the
page number, its running foot, its narrow hyphenated column); a name's acronym in brackets
closing a wrapped line; a dateline's title-case city before a bar; the issuing office under
a press release's label; the site's name in words in the copyright under a domain masthead;
the site's domain and date under the headline after a long menu; the copyright line under
the readers' comments. Sentences written for these tests."""
from mou_extract import extract_text
from mou_extract.clean import clean, normalise, parse_date_line
from mou_extract.models import check_evidence
from mou_extract.softhyphen import SOFT_HYPHEN


def _page(*parts):
    return "\n\n".join(parts) + "\n"


# --- an e-paper's masthead line: the paper, the edition's date, the page and its rubric

def test_epaper_edition_dash_page_rubric_is_date_line():
    assert parse_date_line("SUARA KALIMAYA — e-Paper Edisi Senin, 16 November 2026 — Halaman 7 (Daerah)") \
        == ("2026-11-16", False)


def test_dash_page_number_after_date_is_date_line():
    assert parse_date_line("SUARA KALIMAYA — Senin, 16 November 2026 — Halaman 7") == ("2026-11-16", False)


def test_bar_page_number_rubric_after_date_is_date_line():
    assert parse_date_line("Suara Kalimaya | Senin, 16 November 2026 | Hal. 3 (Ekonomi)") == ("2026-11-16", False)


def test_bar_separated_epaper_line_still_parses():
    # (the form read before: the paper, its kind, the date, the page and the rubric after a dash)
    assert parse_date_line("KABAR KALIMAYA | E-PAPER | SENIN, 16 NOVEMBER 2026 | HALAMAN 6 – METRO") \
        == ("2026-11-16", False)


def test_sentence_with_edition_and_page_is_no_date_line():
    assert parse_date_line("Edisi khusus terbit Senin, 16 November 2026 — Halaman 7") is None
    assert parse_date_line("Rapat pleno digelar Senin, 16 November 2026 - Halaman 7") is None


_COLUMN = ("BANJARNEGARA – Pemerintah Kabupaten Banjar-\n"
           "negara dan PT Bank Pembangunan Daerah\n"
           "(BPD) Jawa Tengah Cabang Banjarnegara me-\n"
           "nandatangani perjanjian kerja sama (PKS)\n"
           "tentang Pengelolaan Rekening Kas Umum\n"
           "Daerah. Penandatanganan berlangsung\n"
           "di Pendapa Dipayudha Adigraha, Senin\n"
           "(16/11/2026).\n"
           "\n"
           "PKS diteken Sekretaris Daerah Banjar-\n"
           "negara Budi Prasetyo yang mewakili Bu-\n"
           "pati Banjarnegara. Penandatanganan\n"
           "disaksikan Wakil Bupati Banjarnegara\n"
           "Agus Salim dan Kepala Badan Pendapatan\n"
           "Daerah (BAPENDA)\n"
           "Banjarnegara Rina Marlina.\n")


def _epaper(column=_COLUMN):
    return _page("SUARA KALIMAYA — e-Paper Edisi Selasa, 17 November 2026 — Halaman 5 (Ekonomi)",
                 "Pemkab Banjarnegara dan BPD Jateng Teken PKS Kas Daerah",
                 column.rstrip("\n"),
                 "Halaman 5 | Suara Kalimaya | suarakalimaya.id")


def test_epaper_masthead_gives_outlet_date_and_headline():
    c = clean(_epaper())
    assert c.title == "Pemkab Banjarnegara dan BPD Jateng Teken PKS Kas Daerah"
    assert c.outlet == "Suara Kalimaya"
    assert c.published == "2026-11-17"


def test_epaper_running_foot_is_furniture():
    c = clean(_epaper())
    foot = [p for p in c.paragraphs if c.norm[p.start:p.end].startswith("Halaman 5 |")]
    assert foot and foot[0].kind == "boilerplate"


def test_page_number_in_a_sentence_stays_story():
    c = clean(_page("Pemkab Sekarwangi dan BPD Kalimaya Teken PKS Kas Daerah",
                    "SEKARWANGI – Pemerintah Kabupaten Sekarwangi dan BPD Kalimaya menandatangani PKS, Senin "
                    "(16/11/2026).",
                    "Rincian kerja sama dimuat di halaman 5 laporan tahunan daerah, kata Budi."))
    assert c.body()[-1].kind == "body" and "halaman 5" in c.norm[c.body()[-1].start:c.body()[-1].end]


# --- a narrow column that hyphenates its words at line ends

def test_narrow_hyphenated_column_lines_join():
    text = _epaper()
    norm = normalise(text)
    a = text.index("Pemerintah Kabupaten Banjar-")
    b = text.index("Rekening Kas Umum")
    assert "\n" not in norm[a:b]
    assert norm[a:b].replace(SOFT_HYPHEN, "").startswith("Pemerintah Kabupaten Banjarnegara dan PT Bank")


def test_narrow_column_parties_and_people_read_whole():
    text = _epaper()
    rec = extract_text(text, id="t")
    assert check_evidence(rec, text) == []
    s = rec.signings[0]
    assert "Pemerintah Kabupaten Banjarnegara" in [p.name for p in s.parties]
    assert "Budi Prasetyo" in [p.name for p in s.signatories]
    names = [a.name for a in s.attendees]
    assert "Agus Salim" in names and "Rina Marlina" in names


def test_short_lines_without_hyphens_stay_apart():
    # (a list of short lines, one item a line, breaks no word: no narrow column)
    items = ["Peserta rapat koordinasi daerah", "Kepala Dinas Kesehatan Kabupaten",
             "Kepala Dinas Pendidikan Kabupaten", "Kepala Badan Perencanaan Daerah",
             "Kepala Dinas Sosial dan Pemberdayaan", "Kepala Dinas Pekerjaan Umum Kabupaten",
             "Camat se-Kabupaten Sekarwangi dan staf", "Lurah dan kepala desa se-kabupaten",
             "Perwakilan organisasi kemasyarakatan", "Perwakilan perguruan tinggi setempat"]
    text = "\n".join(items) + "\n"
    assert normalise(text) == text


def test_few_hyphen_breaks_keep_wide_wrap_rule():
    # (one word broken at a line's end does not make a text a narrow column)
    text = ("Rapat koordinasi daerah dihadiri para kepa-\nla dinas.\n\n"
            + "\n".join(f"Baris pendek nomor {k} tanpa titik" for k in range(10)) + "\n")
    norm = normalise(text)
    assert norm.count("\n") == text.count("\n") - 1


# --- a name's acronym in brackets closing a wrapped line

def test_wrapped_line_ending_in_acronym_goes_on():
    line = "Penandatanganan disaksikan Kepala Badan Keuangan dan Aset Daerah (BKAD)"
    wrapped = "\n".join([
        "Pemerintah Kabupaten Sekarwangi dan Kantor Pertanahan menandatangani",
        "perjanjian kerja sama tentang percepatan sertifikasi aset daerah di",
        "Pendapa Kabupaten Sekarwangi pada Senin pagi, disaksikan para pejabat.",
        line,
        "Sekarwangi Rina Marlina dan Kepala Dinas Pekerjaan Umum Sekarwangi.",
        "Bupati menyebut sertifikasi aset daerah menjadi prioritas tahun ini",
        "karena banyak bidang tanah milik daerah belum bersertifikat hingga kini.",
        "Kepala Kantor Pertanahan menambahkan, pengukuran dimulai bulan depan",
        "di sebelas kecamatan dan ditargetkan rampung pada akhir tahun anggaran.",
        "Kerja sama ini berlaku lima tahun dan dapat diperpanjang kedua pihak.",
    ]) + "\n"
    norm = normalise(wrapped)
    k = wrapped.index("(BKAD)") + len("(BKAD)")
    assert norm[k] == " "


def test_wrapped_sentence_end_before_capital_keeps_break():
    wrapped = "\n".join([
        "Pemerintah Kabupaten Sekarwangi dan Kantor Pertanahan menandatangani",
        "perjanjian kerja sama tentang percepatan sertifikasi aset daerah di",
        "Pendapa Kabupaten Sekarwangi pada Senin pagi (16/11/2026) kemarin (ANT).",
        "Sekarwangi Rina Marlina dan Kepala Dinas Pekerjaan Umum Sekarwangi.",
        "Bupati menyebut sertifikasi aset daerah menjadi prioritas tahun ini",
        "karena banyak bidang tanah milik daerah belum bersertifikat hingga kini.",
        "Kepala Kantor Pertanahan menambahkan, pengukuran dimulai bulan depan",
        "di sebelas kecamatan dan ditargetkan rampung pada akhir tahun anggaran.",
        "Kerja sama ini berlaku lima tahun dan dapat diperpanjang kedua pihak.",
        "Pelaksanaan kerja sama dievaluasi setiap tahun oleh tim gabungan daerah.",
    ]) + "\n"
    norm = normalise(wrapped)
    k = wrapped.index("(ANT).") + len("(ANT).")
    assert norm[k] == "\n"


# --- a dateline's city in title case before a bar

_BAR_STORY = ("Pemerintah Kabupaten Aceh Tengah dan Badan Pusat Statistik Kabupaten Aceh Tengah "
              "menandatangani nota kesepakatan tentang statistik sektoral di Takengon, Kamis (12/11/2026).")


def test_titled_city_bar_story_is_dateline():
    c = clean(_page("Pemkab Aceh Tengah dan BPS Teken Nota Kesepakatan Statistik Sektoral",
                    "Takengon | " + _BAR_STORY))
    assert c.dateline == "Takengon"


def test_rubric_bar_story_is_no_dateline():
    c = clean(_page("Pemkab Aceh Tengah dan BPS Teken Nota Kesepakatan Statistik Sektoral",
                    "Pemerintahan | " + _BAR_STORY))
    assert c.dateline is None


def test_titled_city_bar_short_line_is_no_dateline():
    # (a breadcrumb's place and section: short, no sentence)
    c = clean(_page("Takengon | Aceh Tengah | Pemerintahan",
                    "Pemkab Aceh Tengah dan BPS Teken Nota Kesepakatan Statistik Sektoral",
                    "TAKENGON – " + _BAR_STORY))
    assert c.dateline == "Takengon"
    assert c.dateline_span[0] == c.norm.index("TAKENGON")


# --- the issuing office under a press release's label

_RELEASE_LEAD = ("Sukamaju, 12 November 2026 — Pemerintah Kota Sukamaju dan BPJS Ketenagakerjaan Cabang "
                 "Sukamaju menandatangani perjanjian kerja sama tentang perlindungan pekerja rentan.")


def test_office_under_release_label_is_no_headline():
    c = clean(_page("SIARAN PERS\nBagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah Kota Sukamaju",
                    "Nomor: 041/Prokopim/XI/2026",
                    "Pemkot Sukamaju dan BPJS Ketenagakerjaan Lindungi Ribuan Pekerja Rentan",
                    _RELEASE_LEAD))
    assert c.title == "Pemkot Sukamaju dan BPJS Ketenagakerjaan Lindungi Ribuan Pekerja Rentan"


def test_headline_after_release_number_stays_headline():
    # (a headline naming an institution first, after the release's number, is the headline)
    c = clean(_page("SIARAN PERS\nNomor: 041/HM.01/XI/2026",
                    "Ombudsman Kalimaya Minta RSUD Sukamaju Benahi Layanan Rujukan Pasien",
                    _RELEASE_LEAD))
    assert c.title == "Ombudsman Kalimaya Minta RSUD Sukamaju Benahi Layanan Rujukan Pasien"


# --- the site's name in words in the copyright under a domain masthead

def _domain_page(copyright_line):
    return _page("SUKAMAJUEKSPRES.NET",
                 "Home › Sukamaju › Pemerintahan",
                 "Pemkot Sukamaju dan Kejari Teken Nota Kesepakatan Bidang Datun",
                 "Senin, 16 November 2026, 10:15 WIB",
                 "SUKAMAJU – Pemerintah Kota Sukamaju dan Kejaksaan Negeri Sukamaju menandatangani nota "
                 "kesepakatan di bidang perdata dan tata usaha negara, Senin (16/11/2026).",
                 copyright_line)


def test_copyright_name_spelling_domain_masthead_is_outlet():
    assert clean(_domain_page("© 2026 Sukamaju Ekspres")).outlet == "Sukamaju Ekspres"


def test_copyright_other_name_keeps_domain_masthead():
    assert clean(_domain_page("© 2026 Grup Media Kalimaya")).outlet == "SUKAMAJUEKSPRES.NET"


# --- the site's domain and date under the headline, after a long menu

_MENU = ["Beranda", "Berita Utama", "Daerah", "Kalimaya", "Nasional", "Politik", "Hukum", "Ekonomi",
         "Pendidikan", "Kesehatan", "Olahraga", "Budaya", "Opini", "Video", "Indeks", "Kontak"]
_MENU_STORY = ("Sukamaju – Pemerintah Kota Sukamaju dan Ombudsman RI Perwakilan Kalimaya menandatangani "
               "nota kesepakatan tentang penyelesaian laporan masyarakat, Senin (16/11/2026).")


def test_domain_date_line_under_headline_after_long_menu_names_outlet():
    c = clean(_page(*_MENU, "Ombudsman Kalimaya dan Pemkot Sukamaju Teken Nota Kesepakatan",
                    "sukamaju24.com | Senin, 16 November 2026 - 10:20 WITA", _MENU_STORY))
    assert c.outlet == "sukamaju24.com"
    assert c.published == "2026-11-16"


def test_domain_date_line_keeps_earlier_masthead():
    c = clean(_page("Kabar Sukamaju", *_MENU, "Ombudsman Kalimaya dan Pemkot Sukamaju Teken Nota Kesepakatan",
                    "sukamaju24.com | Senin, 16 November 2026 - 10:20 WITA", _MENU_STORY))
    assert c.outlet == "Kabar Sukamaju"


# --- the copyright under the readers' comments

def test_copyright_under_comments_names_outlet():
    c = clean(_page("Ombudsman Kalimaya dan Pemkot Sukamaju Teken Nota Kesepakatan",
                    "Senin, 16 November 2026",
                    _MENU_STORY,
                    "Komentar (2)",
                    "Andi Saputra · 2 jam lalu\nSemoga pelayanan makin cepat.\nBalas",
                    "Rina · 1 jam lalu\nMantap, kawal terus!\nBalas",
                    "© 2026 sukamajunews.id"))
    assert c.outlet == "sukamajunews.id"
    assert [p.kind for p in c.paragraphs][-1] == "boilerplate"


def test_comment_without_copyright_names_no_outlet():
    c = clean(_page("Ombudsman Kalimaya dan Pemkot Sukamaju Teken Nota Kesepakatan",
                    "Senin, 16 November 2026",
                    _MENU_STORY,
                    "Komentar (1)",
                    "Andi Saputra · 2 jam lalu\nSemoga pelayanan makin cepat, sukamajunews.id.\nBalas"))
    assert c.outlet is None


# --- the site's name over the breadcrumb trail from its home page

_CRUMB_STORY = ("SUNGAI RAYA - Ombudsman RI Perwakilan Kalimantan Barat dan Pemerintah Kabupaten Kubu Raya "
                "menandatangani nota kesepakatan tentang penyelesaian laporan masyarakat, kemarin.")


def _crumb_page(first):
    return _page(first, "Home > Regional > Kubu Raya",
                 "Ombudsman Kalbar dan Pemkab Kubu Raya Sepakat Percepat Penyelesaian Aduan",
                 "Published: November 12, 2026 10:15 WIB", _CRUMB_STORY)


def test_name_over_home_crumbs_is_outlet():
    assert clean(_crumb_page("Khatulistiwa Wire")).outlet == "Khatulistiwa Wire"


def test_office_over_home_crumbs_is_no_outlet():
    assert clean(_crumb_page("DPRD KABUPATEN KUBU RAYA")).outlet is None
    assert clean(_crumb_page("Dinas Kesehatan Kalbar")).outlet is None


def test_place_over_home_crumbs_is_no_outlet():
    assert clean(_crumb_page("Kubu Raya")).outlet is None


# --- a print headline broken before its verb, a subtitle under it

_PRINT_STORY = ("SUKAMAJU - Pemerintah Kota Sukamaju dan Universitas Contoh menandatangani nota "
                "kesepahaman tentang kuliah kerja nyata tematik di Balai Kota Sukamaju, Senin (16/11/2026).")


def test_headline_broken_before_verb_reads_whole():
    c = clean(_page("KABAR SUKAMAJU | SENIN, 16 NOVEMBER 2026 | HALAMAN 7",
                    "Universitas Contoh dan Pemkot Sukamaju\nTeken Nota Kesepahaman",
                    "Mahasiswa KKN Diarahkan ke Desa Rawan Stunting",
                    _PRINT_STORY))
    assert c.title == "Universitas Contoh dan Pemkot Sukamaju Teken Nota Kesepahaman"


def test_headline_with_own_verb_keeps_short_line_apart():
    # (the head has its verb: a short line under it is no part of it)
    c = clean(_page("KABAR SUKAMAJU | SENIN, 16 NOVEMBER 2026 | HALAMAN 7",
                    "Universitas Contoh dan Pemkot Sukamaju Teken Nota Kesepahaman\nGandeng Mahasiswa",
                    _PRINT_STORY))
    assert c.title == "Universitas Contoh dan Pemkot Sukamaju Teken Nota Kesepahaman"


# --- a date after a dateline's dash that opens the story's sentence

_DAY_STORY = ("Kantor Wilayah Kementerian Agama Provinsi Kalimantan Timur menandatangani dua nota "
              "kesepahaman dengan Universitas Mulawarman dan BPJS Ketenagakerjaan.")


def test_date_opening_story_sentence_is_no_publication_date():
    c = clean(_page("Sehari, Kanwil Kemenag Kaltim Teken Dua Kerja Sama",
                    "Samarinda (Humas) — Selasa, 10 November 2026, menjadi hari yang padat. " + _DAY_STORY))
    assert c.dateline == "Samarinda"
    assert c.published is None


def test_release_date_before_dash_is_publication_date():
    c = clean(_page("Kanwil Kemenag Kaltim Teken Dua Kerja Sama",
                    "Samarinda, Selasa, 10 November 2026 — " + _DAY_STORY))
    assert c.published == "2026-11-10"


def test_radio_dateline_date_and_time_line_is_publication_date():
    c = clean(_page("Kanwil Kemenag Kaltim Teken Dua Kerja Sama",
                    "KBRN, Samarinda: Selasa, 10 Nov 2026 16:42",
                    _DAY_STORY))
    assert c.published == "2026-11-10"
