"""Round 19 cleaning: HTML tags left in scraped text, AMP prompts, captions under the
headline, mastheads, an office's news desk in the dateline, PDF press releases copied
as text. Made-up articles in the shapes real pages take."""

from mou_extract.clean import clean, normalise
from mou_extract.dedup import dedup


def kind_of(c, startswith: str) -> str:
    for p in c.paragraphs:
        if c.text[p.start:p.end].startswith(startswith):
            return p.kind
    raise AssertionError(f"no paragraph starts with {startswith!r}")


HTML_PAGE = (
    '<div class="crumb">Beranda / Sulawesi Tengah / Hukum</div>\n'
    "<h1>Pemkab Donggala dan Kejari Teken Kesepakatan Bidang Datun</h1>\n"
    '<span class="tgl">Senin, 9 November 2026 | 10:20 WITA</span><br>\n'
    '<span class="penulis">Penulis: Rahmat Lasandu</span><br><br>\n'
    '<img src="/media/2026/11/teken.jpg" alt="teken-datun-donggala.jpg"><br>\n'
    "<p>DONGGALA, PaluPosNews.com – Pemerintah Kabupaten Donggala dan Kejaksaan Negeri "
    "Donggala menandatangani nota kesepakatan, Senin (9/11/2026).</p>\n"
    "<p>Bupati menyebut kerja sama itu &quot;penting&quot; bagi penataan aset.<br>\n"
    "Kegiatan berlangsung di aula kantor bupati.</p>\n"
    "<script>var x = '<p>Iklan</p>';</script>\n"
)


def test_html_tags_are_blanked_in_place():
    c = clean(HTML_PAGE)
    assert len(c.norm) == len(HTML_PAGE)
    assert "<" not in c.norm and "var x" not in c.norm
    assert c.title == "Pemkab Donggala dan Kejari Teken Kesepakatan Bidang Datun"
    a, b = c.title_span
    assert HTML_PAGE[a:b] == c.title  # offsets are offsets into the input
    assert c.outlet == "PaluPosNews.com"
    assert c.dateline == "Donggala"
    assert c.published == "2026-11-09"
    assert c.authors == ["Rahmat Lasandu"]
    assert kind_of(c, "DONGGALA") == "body"


def test_image_alt_file_name_is_kept_and_unknown_tags_stay():
    norm = normalise('<img src="/a/b.png" alt="mou-kota-bima.jpeg"> dan <Nama Pejabat>')
    assert "mou-kota-bima.jpeg" in norm and "src" not in norm
    assert "<Nama Pejabat>" in norm


AMP_PAGE = """KabarLuwu.com
AMP
Baca berita dengan sedikit iklan, klik di sini

PEMKAB LUWU DAN BPN SEPAKAT TUNTASKAN SERTIFIKAT ASET DAERAH

3/11/2026 09:10 WITA
Penulis: Andi Tenri

Baca berita dengan sedikit iklan, klik di sini

BELOPA, KabarLuwu.com – Pemerintah Kabupaten Luwu dan Kantor Pertanahan Kabupaten Luwu menandatangani perjanjian kerja sama, Senin (2/11/2026).
"""


def test_amp_reader_prompt_is_no_headline():
    c = clean(AMP_PAGE)
    assert c.title == "PEMKAB LUWU DAN BPN SEPAKAT TUNTASKAN SERTIFIKAT ASET DAERAH"
    assert kind_of(c, "Baca berita") == "boilerplate"


CAPTION_PAGE = """SinjaiKini.com

PEMKAB SINJAI DAN PDAM SEPAKAT PERBAIKI LAYANAN AIR

Selasa, 10 November 2026 | 11:00 WITA
{image}Bupati Sinjai dan Direktur PDAM menunjukkan naskah kerja sama usai penandatanganan. (SinjaiKini/Ardi)

SINJAI, SinjaiKini.com – Pemerintah Kabupaten Sinjai dan Perumda Air Minum menandatangani nota kesepahaman, Senin (9/11/2026).
"""


def test_caption_under_picture_does_not_replace_caps_headline():
    for image in ("foto-mou-pdam.jpeg\n", ""):
        c = clean(CAPTION_PAGE.format(image=image))
        assert c.title == "PEMKAB SINJAI DAN PDAM SEPAKAT PERBAIKI LAYANAN AIR"
        assert kind_of(c, "Bupati Sinjai dan Direktur") == "caption"


def test_first_line_masthead_shapes():
    body = ("\n\nPemkot Lubuklinggau Gandeng Kejari Tangani Aset\n\nKamis, 5 November 2026\n\n"
            "LUBUKLINGGAU – Pemerintah Kota Lubuklinggau dan Kejaksaan Negeri menandatangani "
            "nota kesepakatan, Rabu (4/11/2026).\n")
    assert clean("SILAMPARI EKSPRES\nMenu   Cari" + body).outlet.lower() == "silampari ekspres"
    # a masthead of four words read first as the headline, the real one under it
    assert clean("Bumi Sriwijaya Raya Pos\n\nDaerah" + body).outlet == "Bumi Sriwijaya Raya Pos"
    # an Ombudsman office's news section over a press release
    assert clean("Kabar Perwakilan\n\nSiaran Pers" + body).outlet is None


def test_office_news_desk_in_dateline_is_the_outlet():
    text = ("Dinas Komunikasi dan Informatika Kabupaten Ende\n\n"
            "Pemkab Ende Siapkan Penandatanganan Kesepakatan dengan Ombudsman\n\n"
            "Senin, 2 November 2026\n\n"
            "Ende, Diskominfo Ende – Pemerintah Kabupaten Ende menggelar rapat persiapan "
            "penandatanganan nota kesepakatan dengan Ombudsman, Senin (2/11/2026).\n")
    c = clean(text)
    assert c.dateline == "Ende"
    assert c.outlet == "Diskominfo Ende"


def test_comment_counter_is_furniture_and_trailing_code_is_read():
    text = ("Pemkab Tojo Una-Una dan Ombudsman Teken Kesepakatan\n\n"
            "AMPANA – Pemerintah Kabupaten Tojo Una-Una dan Ombudsman menandatangani nota "
            "kesepakatan di Ampana, Selasa (3/11/2026).\n\n"
            "Bupati berharap kerja sama ini mempercepat penanganan pengaduan warga. (rdk)\n\n"
            "Komentar (0)\n")
    c = clean(text)
    assert kind_of(c, "Komentar") == "boilerplate"
    assert c.authors == ["rdk"]


PDF_RELEASE = """OMBUDSMAN REPUBLIK INDONESIA
PERWAKILAN PROVINSI MALUKU
Jl. Pattimura No. 12, Kota Ambon | maluku@ombudsman.go.id

SIARAN PERS

Ombudsman Maluku dan Pemkab Buru Tandatangani Nota Kesepakatan

Ambon, 12 November 2026 – Ombudsman Republik Indonesia Perwakilan Provinsi Maluku dan
Pemerintah Kabupaten Buru menandatangani Nota Kesepakatan tentang Pengawasan Pelayanan
Publik pada Rabu (11/11/2026) di Aula Kantor Bupati Buru, Namlea, disaksikan pejabat.

Dalam Nota Kesepakatan ini, kedua pihak sepakat untuk melaksanakan kegiatan berikut:
1. melaksanakan percepatan penyelesaian laporan dan pengaduan masyarakat di daerah;
2. melakukan pertukaran data dan informasi pelayanan publik secara berkala; serta
3. melaksanakan peningkatan kapasitas sumber daya manusia aparatur pemerintah.

----------------------------------------------------------------------
Siaran Pers Ombudsman RI Perwakilan Maluku               Halaman 1 dari 2
----------------------------------------------------------------------

OMBUDSMAN REPUBLIK INDONESIA
PERWAKILAN PROVINSI MALUKU

Kepala Ombudsman Maluku menyampaikan bahwa laporan masyarakat dari Kabupaten Buru
terus meningkat dalam dua tahun terakhir, terutama soal layanan kependudukan dan
perizinan, sehingga kerja sama dengan pemerintah kabupaten dinilai sangat mendesak.
"""


def test_pdf_release_lists_footers_and_repeated_letterhead():
    c = dedup(clean(PDF_RELEASE))
    assert len(c.norm) == len(PDF_RELEASE)
    # each numbered item stays its own paragraph (not run on into the one above)
    assert kind_of(c, "2. melakukan pertukaran") == "body"
    assert not any(c.text[p.start:p.end].startswith("Dalam Nota") and "2. melakukan" in c.norm[p.start:p.end]
                   for p in c.paragraphs)
    assert kind_of(c, "Siaran Pers Ombudsman RI Perwakilan Maluku") == "boilerplate"
    assert kind_of(c, "-----") == "boilerplate"
    body = [c.norm[p.start:p.end] for p in c.paragraphs if p.kind == "body"]
    assert "OMBUDSMAN REPUBLIK INDONESIA" not in body
    assert any(b.startswith("Kepala Ombudsman Maluku") for b in body)
