"""Tests for mou_extract.clean: made-up article texts in the shapes scraped pages take."""

import pytest

from mou_extract.clean import Cleaned, clean, normalise, paragraph_spans, parse_date_line

NB = "\u00a0"


def check_spans(c: Cleaned) -> None:
    assert len(c.norm) == len(c.text)
    last = -1
    for p in c.paragraphs:
        seg = c.text[p.start:p.end]
        assert seg and seg == c.text[p.start:p.end]
        assert c.norm[p.start:p.end].strip() == c.norm[p.start:p.end]
        assert p.start > last
        last = p.end
    for span in (c.title_span, c.published_span, c.dateline_span):
        if span:
            assert 0 <= span[0] < span[1] <= len(c.text)


def kinds(c: Cleaned) -> list[tuple[str, str]]:
    return [(p.kind, c.text[p.start:p.end]) for p in c.paragraphs]


def kind_of(c: Cleaned, startswith: str) -> str:
    for p in c.paragraphs:
        if c.text[p.start:p.end].startswith(startswith):
            return p.kind
    raise AssertionError(f"no paragraph starting with {startswith!r}")


# --------------------------------------------------------------------------- normalise

def test_normalise_is_same_length_and_maps_odd_whitespace():
    t = "A\u00a0B\u202fC\u2007D\u200bE\tF\r\nG\u2028H\u2029I\ufeffJ"
    n = normalise(t)
    assert len(n) == len(t)
    assert n == "A B C D E F\n\nG\nH\nI J"


def test_paragraph_spans_skip_blank_nbsp_lines_and_strip():
    t = f"  Judul berita  \n{NB}{NB} \n\nIsi paragraf.{NB}\n"
    spans = paragraph_spans(normalise(t))
    assert [t[s:e] for s, e in spans] == ["Judul berita", "Isi paragraf."]


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("line,iso", [
    ("Kamis, 4 April 2024 14:52 WIB", "2024-04-04"),
    ("Senin, 10 November 2025 | 14:05 WIB", "2025-11-10"),
    ("Kamis, 21 April 2022 - 07:30 WIT", "2022-04-21"),
    ("Sabtu, 3 Agt 2023 09:00 WITA", "2023-08-03"),
    ("12 Okt 2024", "2024-10-12"),
    ("Diterbitkan: Selasa, 24 Des 2024", "2024-12-24"),
    ("Jum'at, 1 Mei 2020 | 07:00", "2020-05-01"),
    ("Wednesday, 19 February 2025 10:12 WITA", "2025-02-19"),
    ("01/04/2019 10:15 WIB", "2019-04-01"),
])
def test_parse_date_line(line, iso):
    assert parse_date_line(line)[0] == iso


@pytest.mark.parametrize("line", [
    "Penandatanganan dilakukan pada Kamis, 4 April 2024 di Jakarta.",
    "Kamis, 31 Februari 2024",
    "UU Nomor 25 Tahun 2009",
])
def test_parse_date_line_rejects(line):
    assert parse_date_line(line) is None


# --------------------------------------------------------------------------- whole articles

ART_PORTAL = f"""Berita{NB}{NB}

Pemkab Sukamaju dan Kejari Teken Nota Kesepakatan Bidang Perdata

Pemkab Sukamaju dan Kejari Teken Nota Kesepakatan Bidang Perdata
Bupati Sukamaju dan Kepala Kejari menunjukkan dokumen yang baru diteken di pendopo.
{NB}{NB}
SUKAMAJU, KabarLembah.com – Pemerintah Kabupaten Sukamaju menjalin kerja sama dengan Kejaksaan Negeri Sukamaju di bidang perdata dan tata usaha negara.

Dokumen itu diteken di Pendopo Kabupaten Sukamaju, Rabu (6/3/2024), disaksikan para kepala dinas.

Baca Juga: Jembatan Gantung di Desa Cikadu Kembali Dibuka

"Kami butuh pendampingan hukum supaya OPD tidak ragu mengambil keputusan," kata bupati.

Penulis: Dewi LestariRedaktur: Bambang

Tinggalkan Balasan

Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *

Komentar *

Nama *

Email *

Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.

Kirim Komentar
"""


def test_portal_article_kinds_and_metadata():
    c = clean(ART_PORTAL)
    check_spans(c)
    assert c.title == "Pemkab Sukamaju dan Kejari Teken Nota Kesepakatan Bidang Perdata"
    assert c.dateline == "Sukamaju"
    assert c.outlet == "KabarLembah.com"
    assert c.text[c.dateline_span[0]:c.dateline_span[1]] == "SUKAMAJU, KabarLembah.com –"
    assert c.authors == ["Dewi Lestari"]
    assert c.published is None
    assert kind_of(c, "Berita") == "boilerplate"
    ks = kinds(c)
    assert ks[1][0] == "title" and ks[2][0] == "duplicate"
    assert kind_of(c, "Bupati Sukamaju dan Kepala") == "caption"
    assert kind_of(c, "Baca Juga") == "boilerplate"
    assert kind_of(c, "Penulis") == "meta"
    for start in ("Tinggalkan", "Alamat email", "Komentar *", "Nama *", "Email *", "Simpan nama", "Kirim"):
        assert kind_of(c, start) == "boilerplate", start
    body = [c.text[p.start:p.end] for p in c.body()]
    assert len(body) == 3 and body[0].startswith("SUKAMAJU")
    assert c.warnings == []
    n = c.counts
    assert n["paragraphs_in"] == len(c.paragraphs)
    assert n["paragraphs_kept"] == 4 and n["duplicates_removed"] == 1
    assert n["paragraphs_in"] == n["paragraphs_kept"] + n["duplicates_removed"] + n["boilerplate_removed"]


ART_AGENCY = """Pemprov Lorem dan universitas negeri perkuat riset daerah
Selasa, 2 Juli 2024 10:05 WIB
Gubernur Lorem (kanan) bertukar dokumen dengan rektor di Kota Lorem, Senin (1/7/2024). ANTARA/HO-Biro Adpim
Kota Lorem (ANTARA) - Pemerintah Provinsi Lorem dan Universitas Negeri Lorem menandatangani nota kesepahaman tentang riset kebijakan daerah.
"Kami ingin setiap kebijakan punya dasar kajian," kata gubernur.
Pewarta : Siti Aminah
Editor : Joko Santoso
Copyright © ANTARA 2024
Terkait
Harga beras di pasar tradisional mulai turun
1 Juli 2024 19:21 WIB
Pemprov Lorem siapkan posko mudik
30 Juni 2024 08:02 WIB
"""


def test_agency_article():
    c = clean(ART_AGENCY)
    check_spans(c)
    assert c.title == "Pemprov Lorem dan universitas negeri perkuat riset daerah"
    assert c.published == "2024-07-02"
    assert c.text[c.published_span[0]:c.published_span[1]] == "Selasa, 2 Juli 2024 10:05 WIB"
    assert c.dateline == "Kota Lorem" and c.outlet == "ANTARA"
    assert c.authors == ["Siti Aminah"]
    assert kind_of(c, "Gubernur Lorem (kanan)") == "caption"
    assert kind_of(c, "Selasa, 2 Juli") == "meta"
    assert kind_of(c, "Editor") == "meta"
    for start in ("Copyright", "Terkait", "Harga beras", "1 Juli 2024", "Pemprov Lorem siapkan", "30 Juni"):
        assert kind_of(c, start) == "boilerplate", start
    assert len(c.body()) == 2


ART_NO_TITLE = """Kabarpesisir.id, Tanjung Lorem - Dalam rangka meningkatkan pelayanan publik, Ombudsman RI menandatangani nota kesepakatan dengan Pemerintah Kabupaten Lorem.
Penandatanganan dihadiri para kepala perangkat daerah.
"Kerja sama ini harus ada wujudnya," ujar kepala perwakilan. (abc)
Social Header
"""


def test_starts_with_dateline_has_no_title_and_trailing_code():
    c = clean(ART_NO_TITLE)
    check_spans(c)
    assert c.title is None and c.title_span is None
    assert c.outlet == "Kabarpesisir.id" and c.dateline == "Tanjung Lorem"
    assert c.authors == ["abc"]
    assert len(c.body()) == 3            # the trailing code stays inside its paragraph
    assert c.text[c.body()[-1].end - 5:c.body()[-1].end] == "(abc)"
    assert kind_of(c, "Social Header") == "boilerplate"
    assert c.warnings == []


@pytest.mark.parametrize("lead,city,outlet", [
    ("Pasuruan - Ketua Ombudsman RI menjadi narasumber kegiatan itu.", "Pasuruan", None),
    ("PADANG- Wali Kota Padang meneken perjanjian kerja sama.", "Padang", None),
    ("PAINAN-Pemerintah Kabupaten meneken perjanjian kerja sama.", "Painan", None),
    ("Sukadana (kalbarkini.id): Pemkab meneken perjanjian kerja sama.", "Sukadana", "kalbarkini.id"),
    ("TANJUNG REDEB (BerauPos) - Pemkab meneken perjanjian kerja sama.", "Tanjung Redeb", "BerauPos"),
    ("KALBARKINI.COM, PONTIANAK – Pemkot meneken perjanjian kerja sama.", "Pontianak", "KALBARKINI.COM"),
    ("Kabar Hulu – SINTANG, Pemkab meneken perjanjian kerja sama.", "Sintang", "Kabar Hulu"),
    ("Sintangkini.com – Sintang, Pemkab meneken perjanjian kerja sama.", "Sintang", "Sintangkini.com"),
    ("WARTA BORNEO POST, KETAPANG – Pemkab meneken perjanjian kerja sama.", "Ketapang", "Warta Borneo Post"),
    ("SINTANGNEWS.COM — Pemkab meneken perjanjian kerja sama dengan bank.", None, "SINTANGNEWS.COM"),
    ("Pemerintah Kabupaten Lorem - melalui dinas terkait - meneken perjanjian.", None, None),
    ("Pemkot Magelang-Ombudsman RI meneken nota kesepahaman tentang layanan.", None, None),
    ("Sementara itu, Ketua - yang juga hadir - menyampaikan sambutan.", None, None),
])
def test_dateline_shapes(lead, city, outlet):
    t = "Pemkab Lorem Teken Perjanjian Kerja Sama dengan Mitra Baru\n\n" + lead + "\n\nParagraf kedua berisi kalimat biasa.\n"
    c = clean(t)
    check_spans(c)
    assert c.dateline == city
    assert c.outlet == outlet
    if city:
        ds, de = c.dateline_span
        assert ds == t.index(lead) and c.text[de - 1] in "-–—:,"


def test_body_sentence_with_dash_is_not_a_dateline():
    t = ("Judul Berita Tentang Kerja Sama Dua Daerah Bertetangga\n\n"
         "Pemerintah kedua daerah menyepakati kerja sama pengelolaan sampah - termasuk angkutan - mulai tahun depan.\n")
    c = clean(t)
    assert c.dateline is None and c.dateline_span is None


ART_MIXED = f"""Beranda › Pemerintahan › Kabupaten Lorem

Pemkab Lorem Gandeng BPS Wujudkan Satu Data Daerah

Senin, 10 November 2025 | 14:05 WIB

Dilihat 1.203 kali

Bagikan

IMG-20251110-WA0012.jpg
Bupati Lorem menyerahkan dokumen kepada Kepala BPS usai penandatanganan. (Foto: Diskominfo Lorem)
{NB}
Foto-MoU-2025.jpg
(Dok. Prokopim Lorem)

LOREM, loremnews.id - Pemerintah Kabupaten Lorem dan BPS menandatangani nota kesepakatan tentang satu data.

Baca juga:
Jalan Desa Ipsum Mulai Diaspal
Harga Cabai di Pasar Lorem Turun

Ruang lingkup kesepakatan meliputi pertukaran data dan pembinaan statistik sektoral.

Penulis: Rina Wati | Editor: Dodi

Bagikan:
Facebook  Twitter  WhatsApp

Berita Terkait
Festival Danau Lorem Digelar Bulan Depan | 9 November 2025 16:12
Pasar Murah Digelar di Tiga Kecamatan | 8 November 2025 09:40
"""


def test_page_furniture_everywhere():
    c = clean(ART_MIXED)
    check_spans(c)
    assert c.title == "Pemkab Lorem Gandeng BPS Wujudkan Satu Data Daerah"
    assert c.published == "2025-11-10"
    assert c.dateline == "Lorem" and c.outlet == "loremnews.id"
    assert c.authors == ["Rina Wati"]
    assert kind_of(c, "Beranda") == "boilerplate"
    assert kind_of(c, "Dilihat") == "boilerplate"
    assert kind_of(c, "IMG-") == "boilerplate"
    assert kind_of(c, "Foto-MoU") == "boilerplate"
    assert kind_of(c, "(Dok.") == "boilerplate"
    assert kind_of(c, "Bupati Lorem menyerahkan") == "caption"
    assert kind_of(c, "Baca juga") == "boilerplate"
    assert kind_of(c, "Jalan Desa Ipsum") == "boilerplate"
    assert kind_of(c, "Ruang lingkup") == "body"
    assert kind_of(c, "Festival Danau") == "boilerplate"
    assert kind_of(c, "Facebook") == "boilerplate"
    assert [c.text[p.start:p.end][:5] for p in c.body()] == ["LOREM", "Ruang"]


def test_reporter_line_and_outlet_city_comma_and_bare_code():
    t = """Politik & Pemerintahan

Bupati Lorem Teken Kerja Sama dengan Ombudsman Perwakilan Provinsi

Reporter: Andi Saputra
Editor: Nurlaila

Halmahera Kini – TERNATE, Bupati Lorem menandatangani nota kesepakatan dengan Ombudsman.

Kegiatan itu berlangsung di kantor perwakilan.

xyz

Baca Juga
Harga Cengkeh Turun di Pasar Lorem
"""
    c = clean(t)
    check_spans(c)
    assert c.outlet == "Halmahera Kini" and c.dateline == "Ternate"
    assert c.authors == ["Andi Saputra"]         # the named writer wins over the code
    assert kind_of(c, "xyz") == "meta"
    assert kind_of(c, "Politik") == "boilerplate"


def test_bare_code_and_laporan_kontributor():
    t1 = """Judul Kerja Sama Pemkab dan Kantor Pertanahan Soal Aset

Pemerintah Kabupaten Lorem meneken perjanjian kerja sama dengan kantor pertanahan.

Sertifikasi aset ditargetkan selesai tahun ini.

rza
"""
    c = clean(t1)
    assert c.authors == ["rza"] and c.dateline is None and c.outlet is None
    t2 = """Judul Kerja Sama Pemkab dan Kantor Pertanahan Soal Aset

Laporan Kontributor Lorem, Yulius Ipsum

Kabar Lorem – Wamena, Pemerintah Kabupaten meneken perjanjian kerja sama.
"""
    c = clean(t2)
    assert c.authors == ["Yulius Ipsum"] and c.dateline == "Wamena" and c.outlet == "Kabar Lorem"
    assert kind_of(c, "Laporan") == "meta"


def test_standalone_credit_code_and_copyright_outlet():
    t = """Ekonomi & Bisnis
Pemkab Lorem Gandeng Bank Daerah Terapkan Transaksi Nontunai
Pemerintah Kabupaten Lorem menggandeng bank daerah untuk transaksi nontunai.
Pelatihan bendahara dimulai bulan depan.
(Prokopim)
Copyright © 2023 LoremPost.com
"""
    c = clean(t)
    check_spans(c)
    assert c.authors == ["Prokopim"]
    assert c.outlet == "LoremPost.com"
    assert c.dateline is None
    assert kind_of(c, "(Prokopim)") == "meta"


def test_cut_off_text_warns_but_trailing_code_does_not():
    t = ("Pemkab Lorem Teken Kesepakatan Energi Surya Terapung\n\n"
         "Pemerintah Provinsi Lorem menandatangani nota kesepahaman pembangunan pembangkit listrik.\n\n"
         "Kami juga sedang menyiapkan kajian potensi angin di wilayah selatan dan potensi panas bumi di sekitar kaki Gunung Lor")
    c = clean(t)
    assert "text is cut off mid-word at the end" in c.warnings
    c2 = clean(t[:t.rindex(" di sekitar")] + ". (hkm)")
    assert c2.warnings == [] and c2.authors == ["hkm"]
    c3 = clean(t[:t.rindex(" di sekitar")] + ".")
    assert c3.warnings == []


def test_title_after_short_section_line_and_masthead_outlet():
    t = """LOREMPOST.ID
Berita Daerah Lorem Ipsum

Pemkot Lorem dan Pengadilan Agama Teken Kerja Sama Layanan Isbat Nikah

Penulis : Gusti Lorem
Editor : Hj. Ipsum

LOREM – Pemerintah Kota Lorem dan Pengadilan Agama Lorem meneken perjanjian kerja sama.
"""
    c = clean(t)
    check_spans(c)
    assert c.title == "Pemkot Lorem dan Pengadilan Agama Teken Kerja Sama Layanan Isbat Nikah"
    assert c.outlet == "LOREMPOST.ID" and c.dateline == "Lorem"
    assert c.authors == ["Gusti Lorem"]


def test_english_article_bylines():
    t = """Lorem Coast Times
News › Lorem › Governance

Lorem office and two regencies sign MoU on public service oversight

Wednesday, 19 February 2025 10:12 WITA

By Made Lorem

DENPASAR, Bali — The office signed a memorandum of understanding on Tuesday.

Editing by Kevin Ipsum
"""
    c = clean(t)
    assert c.outlet == "Lorem Coast Times" and c.dateline == "Denpasar"
    assert c.published == "2025-02-19" and c.authors == ["Made Lorem"]


def test_empty_and_whitespace_only():
    for t in ("", "   \n\u00a0\n\t"):
        c = clean(t)
        assert c.paragraphs == [] and c.title is None and c.body() == []
        assert c.counts["paragraphs_in"] == 0


@pytest.mark.parametrize("t", [
    "Aa Bb " * 200_000,
    "." * 1_000_000,
    "a/" * 500_000,
    "ABC DEF - " * 100_000,
    "Kota Lorem Ipsum Dolor\n" * 50_000,
    ("(" * 100_000) + "Foto" + (")" * 100_000),
])
def test_pathological_inputs_finish_inside_the_budget(t):
    # the per-article time budget of a batch run turns a runaway pattern into a failure
    # instead of a hang; speed itself is measured by `make bench`
    from mou_extract.runner import time_limit

    with time_limit(10):
        c = clean(t)
    check_spans(c)


def test_a_story_run_into_one_paragraph_after_an_image_name_is_not_a_caption():
    # a scraper that lost the line breaks: the file name, then the whole story in one paragraph
    story = " ".join(["Ombudsman RI Perwakilan Jambi menandatangani nota kesepakatan dengan Pemerintah "
                      "Kabupaten Kerinci di Sungai Penuh, Senin (3/6/2024)."] * 12)
    c = clean("MoU-Ombudsman-Kerinci.jpg\n\n" + story + "\n")
    assert [p.kind for p in c.paragraphs] == ["boilerplate", "body"]
    short = clean("MoU-Ombudsman-Kerinci.jpg\n\nBupati Kerinci dan Kepala Ombudsman Jambi usai penandatanganan.\n\n"
                  "KERINCI – Ombudsman RI Perwakilan Jambi menandatangani nota kesepakatan dengan Pemkab Kerinci.\n")
    assert short.paragraphs[1].kind == "caption"


# --------------------------------------------------------------------------- fast paths
# (speed only) each equals the straightforward version it replaced

import re as _re
from pathlib import Path as _Path

from mou_extract import clean as _C

_LINE_PLAIN_RE = _re.compile(r"[^\n]+")
_WS_PLAIN_RE = _re.compile(r" {2,}")


def _paragraph_spans_plain(norm):
    spans = []
    for m in _LINE_PLAIN_RE.finditer(norm):
        s, e = m.start(), m.end()
        seg = norm[s:e]
        lead = len(seg) - len(seg.lstrip(" "))
        if lead == len(seg):
            continue
        trail = len(seg) - len(seg.rstrip(" "))
        spans.append((s + lead, e - trail))
    return spans


def _corpus_texts():
    return [f.read_text("utf-8") for f in sorted(_Path(__file__).parent.glob("corpus/*/*.txt"))]


EDGE_TEXTS = [
    "", " ", "\n", "a", " a ", "\n\n a  b \n\n", "x\r\ny\r\n\r\nz", "\ufeffJudul\u2028Isi\u2029Akhir\x85",
    f"{NB}Judul{NB}\n\t Isi\x0bparagraf\x0c baru\x00\x7f", "a\u200bb\u200c\u200dc\u2060d\u3000e\u1680f",
    "Foto: Humas (Dok. Prokopim)\n ANTARA FOTO/Budi \n(ANTARA/Ani)  \n", " \n  \n   ",
]


def test_normalise_equals_translate_on_every_code_point():
    every = "".join(chr(c) for c in range(0x110000))
    assert normalise(every) == every.translate(_C._TRANS)
    for t in EDGE_TEXTS + _corpus_texts():
        assert _C._map_chars(t) == t.translate(_C._TRANS)


def test_paragraph_spans_equal_the_line_loop():
    for t in EDGE_TEXTS + _corpus_texts():
        n = normalise(t)
        assert paragraph_spans(n) == _paragraph_spans_plain(n)


def test_collapse_date_line_and_caption_mark_fast_paths():
    lines = ["", " ", "a  b", "  a   b  ", "a b", "Kamis, 4 April 2024", "Kamis,  4  April  2024 ",
             "Rabu ٣/٤/٢٠٢٤", "Senin, ١٠ November ٢٠٢٥", "tanpa angka sama sekali",
             "Foto: Humas", "ANTARA FOTO/Budi", "(ANTARA/Ani)", "(Dok. Humas)", "(DOK Humas)",
             "(Dokumentasi)", "Photo : x", "FOTO:x", "Fotografer Ani", "xANTARA/y", "(Do it)"]
    for t in EDGE_TEXTS + _corpus_texts():
        n = normalise(t)
        lines += [n[s:e] for s, e in paragraph_spans(n)]
    for s in lines:
        assert _C._collapse(s) == _WS_PLAIN_RE.sub(" ", s.strip())
        for tail in (s, s[-120:]):
            assert _C._caption_mark(tail) == bool(_C._CAPTION_MARK_RE.search(tail))
        # the digit test only skips lines the date pattern cannot match
        c = _C._collapse(s)
        if len(c) <= 120 and not _re.search(r"\d", c):
            assert not _C.DATE_LINE_RE.search(c)


@pytest.mark.parametrize("line,iso", [
    ("Diposting: Senin, 3 Maret 2025 | 10:05 WIB | Dibaca: 1.204 kali", "2025-03-03"),
    ("12 Juni 2025 07:40 WIB · 3 menit baca", "2025-06-12"),
    ("Rabu, 4 Juni 2025 13:20 WITA | Humas Setda Bulungan", "2025-06-04"),
])
def test_publication_lines_with_counters_reading_times_and_sources(line, iso):
    assert parse_date_line(line) == (iso, False)


@pytest.mark.parametrize("text,city,outlet", [
    ("MALINAU | KaltaraKini.com – Pemerintah Kabupaten Malinau menandatangani nota kesepakatan.", "Malinau", "KaltaraKini.com"),
    ("NUNUKAN | Pemerintah Kabupaten Nunukan menandatangani nota kesepakatan.", "Nunukan", None),
    ("JEMBER, (JemberHariIni) - Pemerintah Kabupaten Jember menandatangani nota kesepakatan.", "Jember", "JemberHariIni"),
])
def test_datelines_with_a_bar_or_a_comma_before_the_outlet(text, city, outlet):
    res = clean("Judul Berita Hari Ini\n\n" + text + "\n")
    assert (res.dateline, res.outlet) == (city, outlet)


def test_a_breadcrumb_with_bars_is_no_dateline():
    res = clean("Home | Berita | Daerah\n\nJudul Berita Hari Ini\n\nPemerintah Kabupaten Jember menandatangani nota kesepakatan.\n")
    assert res.dateline is None


def test_a_menu_in_capitals_before_the_headline_is_not_the_title():
    res = clean("HOME NEWS DAERAH OPINI INDEKS\n\nOmbudsman dan Pemkab Teken Nota Kesepakatan Pengawasan Layanan\n\n"
                "Pemerintah Kabupaten Bangka menandatangani nota kesepakatan dengan Ombudsman di Sungailiat, "
                "Senin (8/9/2025).\n")
    assert res.title == "Ombudsman dan Pemkab Teken Nota Kesepakatan Pengawasan Layanan"


def test_a_two_line_government_masthead_before_the_headline():
    res = clean("PEMERINTAH KABUPATEN PESISIR SELATAN\nDinas Komunikasi dan Informatika\n\nBerita › Pemerintahan\n\n"
                "Pemkab Pessel dan Kejari Teken Kesepakatan Bidang Datun\n\nDiterbitkan: 3 September 2025\n\n"
                "PAINAN – Pemerintah Kabupaten Pesisir Selatan dan Kejaksaan Negeri Pesisir Selatan menandatangani "
                "nota kesepakatan bersama.\n")
    assert (res.title, res.published, res.dateline) == (
        "Pemkab Pessel dan Kejari Teken Kesepakatan Bidang Datun", "2025-09-03", "Painan")


def test_a_contributor_byline_without_colons_before_a_caption_and_the_dateline():
    res = clean("Pemkot Tual dan Ombudsman Maluku Teken Kesepakatan\n\nKompas.com - 13/03/2025, 09:12 WIB\n\n"
                "Penulis Kontributor Ambon, Yohanes Leiwakabessy | Editor Dita Angelina\n\nLihat Foto\n"
                "Wali Kota Tual dan Kepala Ombudsman Maluku menunjukkan nota kesepakatan.(KOMPAS.com/YOHANES)\n\n"
                "AMBON, KOMPAS.com - Pemerintah Kota Tual dan Ombudsman RI Perwakilan Maluku menandatangani "
                "nota kesepakatan.\n")
    assert (res.authors, res.dateline, res.published) == (["Yohanes Leiwakabessy"], "Ambon", "2025-03-13")
