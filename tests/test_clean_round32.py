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
