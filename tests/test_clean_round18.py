"""Round 18: outlets of regional papers named by the page's header."""
from mou_extract.clean import clean


def test_masthead_words_as_dateline_are_the_outlet_not_a_place():
    # the page opens with the paper's name, and the story's dateline repeats it
    text = ("PELITA PRIANGAN\nJawa Barat\n\nPemkab Garut dan Kejari Teken Nota Kesepakatan Bidang Perdata\n\n"
            "12 Maret 2026, 09:10 WIB\n\n"
            "PELITA PRIANGAN – Pemerintah Kabupaten Garut menandatangani nota kesepakatan dengan "
            "Kejaksaan Negeri Garut di Pendopo, Rabu (11/3/2026).\n\nKerja sama itu berlaku lima tahun.\n")
    r = clean(text)
    assert r.outlet == "Pelita Priangan"
    assert r.dateline is None


def test_first_crumb_of_a_site_name_and_region_gives_the_outlet():
    text = ("BANUA NEWS | Banjarmasin\n\nPemkot Banjarmasin dan BPJS Kesehatan Teken PKS Layanan Warga\n\n"
            "Senin, 2 Maret 2026 | 10:00 WITA\n\nPenulis: Rahmat Hidayat\n\n"
            "BANJARMASIN – Pemerintah Kota Banjarmasin dan BPJS Kesehatan menandatangani perjanjian "
            "kerja sama pada Senin (2/3/2026).\n")
    r = clean(text)
    assert r.outlet == "Banua News"
    assert r.dateline == "Banjarmasin"


def test_masthead_spelled_by_the_page_domain():
    text = ("Seputar Tegal\nBeranda / Daerah / Pemerintahan\n\nPemkab Tegal Teken PKS dengan Universitas Pancasakti\n\n"
            "Kamis, 5 Maret 2026 08:15 WIB\n\n"
            "Bupati Tegal dan Rektor Universitas Pancasakti menunjukkan dokumen PKS. (seputartegal.id/Rudi)\n\n"
            "TEGAL – Pemerintah Kabupaten Tegal menandatangani perjanjian kerja sama dengan "
            "Universitas Pancasakti, Rabu (4/3/2026).\n")
    r = clean(text)
    assert r.outlet == "Seputar Tegal"

