"""Round 22 cleaning: a caption's label over a dateline that names the outlet, popular /
latest lists under the story, outlets (a one-word breadcrumb a domain spells, "<place>
Hari Ini", a portal's brand in capitals with its owner, a dateline code spelling a
masthead of several words), a place and a domain on a line of their own, a dateline line
over the headline, a headline under the lead, a byline and its date set apart by a dash,
the page's date as its last line under a related list. Sentences written for these tests."""
from mou_extract.clean import clean

HEAD = "Pemkab Contoh dan Badan Contoh Teken Nota Kesepakatan Pelayanan Publik"
BODY = ("Pemerintah Kabupaten Contoh dan Badan Contoh menandatangani nota kesepakatan tentang "
        "pelayanan publik di aula kantor bupati, Selasa (4/3/2025).\n\n"
        "Kerja sama itu meliputi pertukaran data dan pelatihan petugas layanan, kata bupati.\n")


def test_caption_label_is_no_dateline_when_the_outlet_dateline_follows():
    t = (HEAD + "\n\nRabu, 5 Maret 2025 10:00 WIT\n\nLihat Foto\nTribunKupang.com/Yohanes Bria\n"
         "KESEPAKATAN - Bupati Contoh dan Kepala Badan Contoh berjabat tangan usai penandatanganan, "
         "Selasa (4/3/2025).\n\n"
         "KUPANG, TRIBUNKUPANG.COM - " + BODY)
    c = clean(t)
    assert c.dateline == "Kupang"
    kinds = {c.norm[p.start:p.end][:11]: p.kind for p in c.paragraphs}
    assert kinds["KESEPAKATAN"] == "caption"


def test_popular_list_under_the_story_is_furniture():
    t = (HEAD + "\n\nKOTA CONTOH - " + BODY +
         "\nBerita Populer\n1. Wali Kota Contoh Teken MoU dengan Kejaksaan Negeri, Ini Isinya\n"
         "2. Harga Beras di Pasar Induk Turun Pekan Ini\n\nBerita Terkini\n"
         "Banjir Rendam Dua Desa di Hilir Sungai\n")
    c = clean(t)
    body = " ".join(c.norm[p.start:p.end] for p in c.body())
    assert "Teken MoU" not in body and "Banjir Rendam" not in body


def test_one_word_breadcrumb_head_that_a_domain_spells_is_the_outlet():
    t = ("Kabarin  >  News  >  Daerah\n" + HEAD + "\n\n"
         "Tim Redaksi · Senin 3 Maret 2025 10:00 WIB\n\n"
         "Foto penandatanganan (Foto: Kabarin/Andi)\n\n"
         "JAKARTA - " + BODY + "\nBaca berita lainnya di Kabarin.com\n")
    assert clean(t).outlet == "Kabarin"
    # (no domain on the page spells it: a trail's first word alone names no site)
    t2 = t.replace("Baca berita lainnya di Kabarin.com", "Baca berita lainnya")
    assert clean(t2).outlet is None


def test_place_and_hari_ini_on_the_first_line_name_the_site():
    t = "Jember Hari Ini\n\n" + HEAD + "\n\nRabu, 5 Maret 2025 | 10:00\n\nJEMBER – " + BODY
    assert clean(t).outlet == "Jember Hari Ini"
    # (no place before the phrase: "Kabar Hari Ini" is no site's name by this rule)
    t2 = t.replace("Jember Hari Ini\n", "Pilihan Hari Ini\n")
    assert clean(t2).outlet is None


def test_portal_brand_in_capitals_with_its_owner_is_an_outlet():
    t = "HUMASNEWS POLRI\nBerita / Humas\n\n" + HEAD + "\n\nJakarta - " + BODY
    assert clean(t).outlet.upper() == "HUMASNEWS POLRI"


def test_dateline_code_spelling_a_masthead_of_several_words():
    t = ("Jambi Ekspres Online\n\n" + HEAD + "\n\nRabu, 05/03/2025 07:30 WIB\n\n"
         "MUARA BULIAN (Jeks) – " + BODY)
    assert clean(t).outlet == "Jambi Ekspres Online"
    # a code that is the masthead's own word stays the outlet
    t2 = t.replace("(Jeks)", "(Jambi)")
    assert clean(t2).outlet == "Jambi"


def test_place_and_domain_on_a_line_of_their_own():
    t = ("EKONOMI\n\n" + HEAD + "\n\nPALEMBANG | kabarsumsel.com\nSenin, 3 Maret 2025, 20:15 WIB\n\n"
         "Penulis: Rina Wulandari\n\n" + BODY)
    c = clean(t)
    assert (c.dateline, c.outlet) == ("Palembang", "kabarsumsel.com")
    # over the headline: the headline still follows
    t2 = "BONE — bonekini.id\n\n" + HEAD + "\n\nDiterbitkan 3 Maret 2025 | 16:40 WITA\n\n" + BODY
    c2 = clean(t2)
    assert (c2.dateline, c2.outlet, c2.title) == ("Bone", "bonekini.id", HEAD)
    # a breadcrumb's section and a place name no site
    assert clean("Berita | Palembang\n\n" + HEAD + "\n\n" + BODY).dateline is None


def test_dateline_line_over_the_headline():
    t = "MALANG, malangpost.net –\n\n" + HEAD + "\n\nSelasa, 4 Maret 2025 14:52 WIB\n\n" + BODY
    c = clean(t)
    assert (c.dateline, c.outlet, c.title) == ("Malang", "malangpost.net", HEAD)


def test_title_cased_headline_under_the_dateline_lead():
    t = ("MARTAPURA – " + BODY.split("\n\n")[0] + "\n\n"
         "Pemkab Contoh Teken PKS dengan Kantor Pertanahan, 200 Bidang Aset Ditarget Bersertifikat\n\n"
         + BODY.split("\n\n")[1])
    assert clean(t).title == ("Pemkab Contoh Teken PKS dengan Kantor Pertanahan, 200 Bidang Aset "
                              "Ditarget Bersertifikat")
    # a sentence under the lead is no headline
    t2 = t.replace("Pemkab Contoh Teken PKS dengan Kantor Pertanahan, 200 Bidang Aset Ditarget Bersertifikat",
                   "Penandatanganan itu disaksikan para kepala dinas dan camat se-kabupaten")
    assert clean(t2).title is None


def test_byline_and_date_set_apart_by_a_dash():
    t = "KABAR CONTOH\n\n" + HEAD + "\n\nOleh: Redaksi  -  12 Maret 2025\n\nKota Contoh – " + BODY
    c = clean(t)
    assert c.published == "2025-03-12"
    assert c.authors == ["Redaksi"]


def test_page_date_as_the_last_line_under_a_related_list():
    t = (HEAD + "\n\nKOTA CONTOH - " + BODY + "\nPenulis: Rina Wulandari\n\nBaca Juga\n"
         "» Harga Gabah di Tingkat Petani Mulai Naik\n» Jalan Desa Rusak Diperbaiki Bulan Depan\n\n"
         "Sabtu, 8 Maret 2025 08:20 WIB\n")
    assert clean(t).published == "2025-03-08"
    # a related headline's own time is not the page's
    t2 = t.replace("» Harga Gabah di Tingkat Petani Mulai Naik\n",
                   "» Harga Gabah di Tingkat Petani Mulai Naik\nJumat, 7 Maret 2025 10:00 WIB\n")
    assert clean(t2).published is None
