import pytest

from mou_extract.documents import document_type_of, find_documents


def _title(text, m):
    return text[m.title[0]:m.title[1]] if m.title else None


def _check_offsets(text, ms):
    for m in ms:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("phrase,dtype", [
    ("Nota Kesepakatan", "nota_kesepakatan"),
    ("nota kesepakatan kerja sama", "nota_kesepakatan"),
    ("Nota Kesepakatan Kerjasama", "nota_kesepakatan"),
    ("nota kesepahaman", "nota_kesepahaman"),
    ("MoU", "mou"),
    ("Memorandum of Understanding (MoU)", "mou"),
    ("MoU (Memorandum of Understanding)", "mou"),
    ("Perjanjian Kerja Sama (PKS)", "perjanjian_kerja_sama"),
    ("perjanjian kerjasama", "perjanjian_kerja_sama"),
    ("PKS", "perjanjian_kerja_sama"),
    ("Kesepakatan Bersama", "other"),
    ("Komitmen Bersama", "other"),
    ("Nota Kesepahaman (MoU)", "nota_kesepahaman"),
    ("MoU (Nota Kesepahaman)", "nota_kesepahaman"),
    ("Adendum Perjanjian Kerja Sama", "perjanjian_kerja_sama"),
    ("cooperation agreement", "perjanjian_kerja_sama"),
])
def test_document_forms(phrase, dtype):
    text = f"Kedua pihak menandatangani {phrase} di Balai Kota, Rabu (3/7/2024)."
    ms = find_documents(text)
    _check_offsets(text, ms)
    assert len(ms) == 1, ms
    assert ms[0].text == phrase
    assert ms[0].doc_type == dtype


def test_nota_kesepakatan_mou_gloss_is_one_mention():
    text = "Pemkab Sukamaju meneken Nota Kesepakatan (MoU) tentang Optimalisasi Layanan Kesehatan di Kabupaten Sukamaju, Senin (4/3/2024)."
    ms = find_documents(text)
    assert [(m.text, m.doc_type) for m in ms] == [("Nota Kesepakatan (MoU)", "nota_kesepakatan")]
    assert _title(text, ms[0]) == "Optimalisasi Layanan Kesehatan di Kabupaten Sukamaju"
    assert document_type_of(ms) == "nota_kesepakatan"


def test_indonesian_term_wins_over_headline_mou():
    text = ("Teken MoU, Pemkot Lembah dan Ombudsman Perkuat Layanan\n"
            "Pemkot Lembah menandatangani nota kesepakatan dengan Ombudsman RI. "
            "Nota kesepakatan itu berlaku dua tahun. MoU ini juga mengatur pelatihan.")
    assert document_type_of(find_documents(text)) == "nota_kesepakatan"


def test_first_named_when_two_documents_signed_together():
    text = "Kedua lembaga meneken MoU dan PKS tentang Pengelolaan Arsip Daerah di Aula Bupati."
    ms = find_documents(text)
    assert [m.doc_type for m in ms] == ["mou", "perjanjian_kerja_sama"]
    assert ms[1].coordinated
    assert document_type_of(ms) == "mou"


def test_english_article_mou():
    text = "The regency signed a memorandum of understanding (MoU) with the Ombudsman. Earlier cooperation agreements stalled."
    ms = find_documents(text)
    assert document_type_of(ms) == "mou"


@pytest.mark.parametrize("text", [
    "Bupati dan Ketua DPRD menandatangani Nota Kesepakatan KUA-PPAS Tahun Anggaran 2025 di ruang paripurna.",
    "Penandatanganan nota kesepakatan tentang Kebijakan Umum APBD serta PPAS Tahun 2026 berlangsung lancar.",
    "Wali kota dan dewan meneken Nota Kesepakatan Rancangan KUA dan PPAS Perubahan 2024.",
])
def test_budget_flag(text):
    ms = find_documents(text)
    _check_offsets(text, ms)
    agreement = [m for m in ms if m.base_type == "nota_kesepakatan"]
    assert agreement and all(m.doc_type == "budget" for m in agreement)
    assert document_type_of(ms) == "budget"


def test_budget_standalone_mentions():
    text = "DPRD menyetujui Raperda tentang APBD 2026 menjadi Perda."
    ms = find_documents(text)
    assert {m.text for m in ms} == {"Raperda", "APBD", "Perda"}
    assert all(m.doc_type == "budget" for m in ms)


@pytest.mark.parametrize("text,title", [
    ("Kedua pihak menandatangani Nota Kesepakatan tentang Sinergi Penyelenggaraan Pelayanan Publik di lingkungan Pemerintah Kota Sukamaju, Senin (10/11/2025).",
     "Sinergi Penyelenggaraan Pelayanan Publik di lingkungan Pemerintah Kota Sukamaju"),
    ("Pemkab meneken Perjanjian Kerja Sama (PKS) tentang Penanganan Laporan Masyarakat di Gedung Ombudsman RI, Jakarta.",
     "Penanganan Laporan Masyarakat"),
    ("Mereka meneken nota kesepahaman tentang Peningkatan Kualitas Layanan Publik dengan Universitas Merdeka.",
     "Peningkatan Kualitas Layanan Publik"),
    ("Pemprov meneken Nota Kesepahaman tentang Penguatan Ketahanan Pangan bersama tiga kabupaten.",
     "Penguatan Ketahanan Pangan"),
    ("Nota Kesepakatan tentang Pengelolaan Sampah Terpadu antara kedua kota ditandatangani kemarin.",
     "Pengelolaan Sampah Terpadu"),
    ("Kesepakatan Bersama tentang Pengembangan Wisata Bahari, Transportasi Laut, dan Konservasi Pesisir, Jumat (27/10/2023), diteken dua bupati.",
     "Pengembangan Wisata Bahari, Transportasi Laut, dan Konservasi Pesisir"),
    ("PKS tentang Layanan Kesehatan bagi Warga yang Didaftarkan oleh Pemerintah Daerah yang ditandatangani hari ini.",
     "Layanan Kesehatan bagi Warga yang Didaftarkan oleh Pemerintah Daerah"),
    ("Keduanya meneken Memorandum of Understanding (MoU) tentang Fasilitasi Pencegahan Narkoba (P4GN), Senin 23 Juni 2025.",
     "Fasilitasi Pencegahan Narkoba (P4GN)"),
    ("Wali kota meneken Nota Kesepakatan Sinergi Pengawasan Pelayanan Publik di Kota Sukamaju.",
     "Sinergi Pengawasan Pelayanan Publik di Kota Sukamaju"),
    ("Pemkab meneken nota kesepahaman tentang pengawasan layanan di bidang jaminan sosial di Kantor Pusat BPJS, Jakarta.",
     "pengawasan layanan di bidang jaminan sosial"),
    ("Pemkab meneken perjanjian kerja sama dengan Kejaksaan Negeri Sukamaju tentang Penanganan Masalah Hukum Perdata.",
     "Penanganan Masalah Hukum Perdata"),
])
def test_title_boundaries(text, title):
    ms = [m for m in find_documents(text) if m.doc_type != "budget"]
    _check_offsets(text, ms)
    assert _title(text, ms[0]) == title


@pytest.mark.parametrize("text", [
    "Wali kota menandatangani Nota Kesepakatan dengan Ombudsman RI di Hotel Sukamaju.",
    "Penandatanganan MoU Pemkot Sukamaju dan Ombudsman RI berlangsung meriah.",
    "Nota kesepakatan itu sesuai Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.",
    "Kedua pihak meneken nota kesepakatan dengan Ombudsman sesuai UU Nomor 37 Tahun 2008 tentang Ombudsman.",
])
def test_no_title(text):
    ms = find_documents(text)
    assert ms and ms[0].title is None


def test_filename_is_not_a_mention():
    text = "rapat-persiapan-mou-ombudsman.jpg\nFoto-Penandatanganan-MoU-2024.jpg\nBerita lain."
    assert find_documents(text) == []


def test_generic_komitmen_bersama_is_not_a_document():
    text = "Nota kesepahaman itu menjadi komitmen bersama kedua lembaga."
    assert [m.doc_type for m in find_documents(text)] == ["nota_kesepahaman"]


def test_spans_restrict_and_keep_offsets():
    text = "Judul MoU.\nIsi: kedua pihak meneken PKS hari ini."
    s = text.index("Isi")
    ms = find_documents(text, spans=[(s, len(text))])
    assert [m.text for m in ms] == ["PKS"]
    _check_offsets(text, ms)


def test_empty():
    assert find_documents("") == []
    assert document_type_of([]) == "other"
