"""Round 24 (lead): page furniture read before the rules of the later stages.

- a weekday in capitals before a date in brackets opens an item of a roundup
  ("SENIN (17/11) – Panen raya ..."), not a dateline: no city, and no outlet "17/11";
- a city before a bare date in brackets ("JAKARTA (17/11) – ...") is a dateline with no
  outlet; the date stays in the body;
- a publication line with two stamps ("... | Diperbarui ...", "Diperbarui: ...
  Diterbitkan: ...") dates the page by its publication stamp.
"""
from mou_extract import clean, extract_text
from variety_helpers import article


def _dateline(par):
    return clean._find_dateline(par, 0, len(par))


def test_weekday_item_of_a_roundup_is_no_dateline():
    par = "SELASA (18/11) – Bupati Lamongan meninjau panen raya jagung di Kecamatan Sambeng bersama petani."
    assert _dateline(par) is None


def test_city_before_a_bare_date_is_a_dateline_without_outlet():
    par = "SURABAYA (18/11) – Pemerintah Kota Surabaya menandatangani nota kesepahaman dengan Universitas Airlangga."
    city, outlet, end = _dateline(par)
    assert (city, outlet) == ("SURABAYA", None)
    assert par[end:].startswith("(18/11)")


def test_city_before_an_outlet_in_brackets_keeps_the_outlet():
    par = "MEDAN (WaspadaNews.id) – Pemerintah Kota Medan menandatangani nota kesepahaman dengan Polda Sumut."
    assert _dateline(par)[:2] == ("MEDAN", "WaspadaNews.id")


def test_roundup_items_give_no_dateline_to_the_record():
    rec = extract_text(article(
        "Sepekan di Kabupaten Gresik", "Sabtu, 22 November 2025 | 09:00 WIB",
        "Berikut rangkuman kegiatan Pemerintah Kabupaten Gresik selama sepekan.",
        "SENIN (17/11) – Bupati Gresik membuka pasar murah di alun-alun.",
        "RABU (19/11) – Pemerintah Kabupaten Gresik dan Kejaksaan Negeri Gresik menandatangani nota "
        "kesepakatan bidang perdata dan tata usaha negara di Pendopo Kabupaten Gresik."), id="t")
    assert rec.article.dateline is None
    assert rec.article.outlet != "17/11"


def test_publication_line_with_an_update_stamp_after_it():
    assert clean.parse_date_line("Selasa, 8 Juli 2025 11:40 WITA | Diperbarui Rabu, 9 Juli 2025 08:02 WITA") \
        == ("2025-07-08", False)


def test_update_stamp_before_the_publication_stamp():
    assert clean.parse_date_line("Diperbarui: 15 Mei 2025   20:11   Diterbitkan: 14 Mei 2025   19:30") \
        == ("2025-05-14", False)


def test_a_lone_update_stamp_is_still_read_as_one():
    assert clean.parse_date_line("Diperbarui Senin, 12 Mei 2025 10:05 WIB") == ("2025-05-12", True)


def test_two_stamps_date_the_record():
    rec = extract_text(
        "Pemkab Minahasa dan Universitas Sam Ratulangi Teken Nota Kesepahaman\n\n"
        "Selasa, 8 Juli 2025 11:40 WITA | Diperbarui Rabu, 9 Juli 2025 08:02 WITA\n\n"
        "Pemerintah Kabupaten Minahasa dan Universitas Sam Ratulangi menandatangani nota kesepahaman "
        "tentang penelitian dan pengabdian masyarakat di Tondano, Senin (7/7/2025).\n", id="t")
    assert str(rec.article.published) == "2025-07-08"
