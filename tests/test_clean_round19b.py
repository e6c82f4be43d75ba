"""Round 19b cleaning: a headline that opens with a phrase and a comma, a font-size
switch, a site's top bar with its name and the date, a masthead's name without its
edition in the dateline, a village site's address, an edition date, a transcript's
speaker labels, CMS rows with a field or a view counter around the date. Made-up
articles in the shapes real pages take."""

from mou_extract.clean import clean


def kind_of(c, startswith: str) -> str:
    for p in c.paragraphs:
        if c.text[p.start:p.end].startswith(startswith):
            return p.kind
    raise AssertionError(f"no paragraph starts with {startswith!r}")


BODY = ("Pemerintah Kabupaten Kebumen dan Universitas Negeri Semarang menandatangani nota "
        "kesepahaman tentang pendampingan desa di Pendopo Kabumian, Senin (6/10/2025). "
        "Kerja sama itu berlaku lima tahun.\n\n"
        "Bupati Kebumen mengatakan kerja sama itu akan dievaluasi setiap tahun.\n")


def test_headline_with_leading_phrase_and_glued_dash_is_no_dateline():
    text = ("Lima Bulan Berjalan, Program Pemkab Kebumen–Unnes Turunkan Kemiskinan di 9 Desa\n\n"
            "Selasa, 7 Oktober 2025 | 09:10 WIB\n\n"
            "KEBUMEN, kebumenpost.co.id – " + BODY)
    c = clean(text)
    assert c.title.startswith("Lima Bulan Berjalan, Program")
    assert c.dateline == "Kebumen"
    assert c.outlet == "kebumenpost.co.id"


def test_font_size_switch_is_furniture():
    text = ("Pemkab Kebumen dan Unnes Teken Nota Kesepahaman Pendampingan Desa\n\n"
            "Selasa, 7 Oktober 2025 | 09:10 WIB\n\n"
            "A- A+\n\n"
            "KEBUMEN, JATENGEKSPRES.COM – " + BODY)
    c = clean(text)
    assert kind_of(c, "A- A+") == "boilerplate"
    assert c.dateline == "Kebumen"
    assert c.outlet.lower() == "jatengekspres.com"


def test_top_bar_names_the_site_before_the_date():
    text = ("JATENG ONLINE  |  Selasa, 7 Oktober 2025\n\n"
            "Pemkab Kebumen dan Unnes Teken Nota Kesepahaman Pendampingan Desa\n\n"
            "KEBUMEN – " + BODY)
    c = clean(text)
    assert c.outlet.lower() == "jateng online"
    assert c.published == "2025-10-07"


def test_dateline_outlet_is_the_masthead_without_its_edition():
    text = ("Suluh Jawa Tengah\n\n"
            "Pemkab Kebumen dan Unnes Teken Nota Kesepahaman Pendampingan Desa\n\n"
            "Selasa, 7 Oktober 2025 | 09:10 WIB\n\n"
            "Kebumen, Suluh – " + BODY)
    c = clean(text)
    assert c.dateline == "Kebumen"
    assert c.outlet == "Suluh"


def test_village_site_address_line_is_no_headline():
    text = ("Website Resmi Desa Sumberejo\n"
            "Kecamatan Pagerwojo, Kabupaten Tulungagung, Jawa Timur\n\n"
            "Desa Sumberejo dan Puskesmas Pagerwojo Sepakat Tangani Gizi Buruk\n\n"
            "Ditulis oleh Admin Desa, 7 Oktober 2025\n\n" + BODY)
    c = clean(text)
    assert c.title == "Desa Sumberejo dan Puskesmas Pagerwojo Sepakat Tangani Gizi Buruk"
    assert kind_of(c, "Kecamatan Pagerwojo") == "boilerplate"


def test_edition_date_and_transcript_speakers():
    text = ("RADIO SWARA KEBUMEN\n\n"
            "KABAR PAGI – Edisi Selasa, 7 Oktober 2025\n\n"
            "Pemkab Kebumen dan Unnes Teken Nota Kesepahaman Pendampingan Desa\n\n"
            "PENYIAR (Dewi): Selamat pagi pendengar, kita sambung dengan liputan dari pendopo.\n\n"
            "REPORTER (Bayu): " + BODY)
    c = clean(text)
    assert c.published == "2025-10-07"
    assert c.dateline is None
    assert c.outlet != "Dewi"


def test_field_row_holds_the_date():
    text = ("Berita Dewan\n\n"
            "DPRD Kebumen dan Unnes Teken Nota Kesepahaman Kajian Raperda\n\n"
            "Kategori: Kegiatan Dewan | Selasa, 7 Oktober 2025 | Humas Setwan\n\n" + BODY)
    assert clean(text).published == "2025-10-07"


def test_bare_view_count_after_the_date():
    text = ("Pemkab Kebumen dan Unnes Teken Nota Kesepahaman Pendampingan Desa\n\n"
            "Selasa, 7 Oktober 2025 | Admin Prokompim | \U0001f441 311\n\n" + BODY)
    assert clean(text).published == "2025-10-07"
