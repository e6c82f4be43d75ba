"""Round 34 dates: a full month name glued to its day ("Rabu (12Maret 2025)"); the first
days of the report's own week ("awal pekan ini", month precision); a day told as the one
after a written date ("Keesokan harinya"); the weekday of a dateline ("PURWOREJO, Rabu —")
dating the signing its lead reports; a signing called off after a clause with a clock time
("... pukul 10.00 WIB di X batal dilaksanakan"). Sentences written for these tests."""
import datetime

from mou_extract import dates as D
from mou_extract import extract_text


def _found(text, ref=datetime.date(2025, 3, 14)):
    return [(m.text, m.value, m.precision, m.year_inferred) for m in D.find_dates(text, ref)]


def _page(*parts):
    return "\n\n".join(parts) + "\n"


# --- a day glued to its month name ---------------------------------------------------------

def test_day_glued_to_full_month_with_year_is_a_date():
    text = "Kedua pihak meneken PKS itu, Rabu (12Maret 2025), di Aula Bappeda."
    assert _found(text) == [("Rabu (12Maret 2025)", datetime.date(2025, 3, 12), "day", False)]


def test_day_glued_to_full_month_after_weekday_takes_reference_year():
    assert _found("Penandatanganan berlangsung Senin, 10Maret di Balai Kota.") \
        == [("Senin, 10Maret", datetime.date(2025, 3, 10), "day", True)]


def test_glued_abbreviation_is_no_date():
    assert _found("Kode berkas 5Mar 2025 dan 12Des 2024 tercatat di arsip.") == []


def test_glued_month_without_year_or_weekday_is_no_date():
    assert _found("Lomba #17Agustus digelar di lapangan.") == []


def test_spaced_day_and_month_unchanged():
    assert _found("diteken pada 12 Maret 2025") == [("12 Maret 2025", datetime.date(2025, 3, 12), "day", False)]


# --- a part of the day between the weekday and its date; "kemarin" after a date ----------

def test_part_of_day_between_weekday_and_date_is_one_date():
    # published the Thursday of the next week: the bare "Senin" would be 17 March
    ref = datetime.date(2025, 3, 20)
    assert _found("Kedua pihak meneken PKS pada Senin pagi (10/3/2025) di Aula Bappeda.", ref) \
        == [("Senin pagi (10/3/2025)", datetime.date(2025, 3, 10), "day", False)]
    assert _found("PKS diteken Sabtu malam, 8 Maret 2025, di Pendopo.", ref) \
        == [("Sabtu malam, 8 Maret 2025", datetime.date(2025, 3, 8), "day", False)]
    assert _found("PKS diteken Senin sore (10/3).", ref) == [("Senin sore (10/3)", datetime.date(2025, 3, 10), "day", True)]


def test_modifier_between_weekday_and_date_is_one_date():
    # published Friday 14 March: "Kamis lalu" alone would be 13 March; the date says the 6th
    assert _found("Nota kesepakatan diteken Kamis lalu (6/3) di Balai Kota.") \
        == [("Kamis lalu (6/3)", datetime.date(2025, 3, 6), "day", True)]
    assert _found("PKS diteken Senin kemarin, 10 Maret 2025.") \
        == [("Senin kemarin, 10 Maret 2025", datetime.date(2025, 3, 10), "day", False)]


def test_modifier_weekday_without_date_stays_a_weekday():
    assert _found("Nota kesepakatan diteken Kamis lalu, kata Kepala Bagian Hukum.") \
        == [("Kamis lalu", datetime.date(2025, 3, 13), "day", True)]


def test_part_of_day_weekday_without_date_stays_bare():
    ref = datetime.date(2025, 3, 20)
    assert _found("Senin pagi, warga antre di loket. Pada 10 Maret 2025 layanan dibuka.", ref) == [
        ("Senin", datetime.date(2025, 3, 17), "day", True), ("10 Maret 2025", datetime.date(2025, 3, 10), "day", False)]


def test_kemarin_after_date_is_no_day_of_its_own():
    ref = datetime.date(2025, 6, 4)
    assert _found("PKS diteken Selasa (3/6/2025) kemarin, di Ruang Rapat Bupati.", ref) == [
        ("Selasa (3/6/2025)", datetime.date(2025, 6, 3), "day", False)]
    assert _found("Nota itu diteken pada 28 Mei kemarin.", ref) == [("28 Mei", datetime.date(2025, 5, 28), "day", True)]


def test_kemarin_alone_or_after_a_comma_still_a_day():
    ref = datetime.date(2025, 6, 4)
    assert _found("PKS diteken kemarin.", ref) == [("kemarin", datetime.date(2025, 6, 3), "day", True)]
    assert [f[0] for f in _found("Rapat digelar Senin (2/6/2025), kemarin PKS diteken.", ref)] \
        == ["Senin (2/6/2025)", "kemarin"]


# --- "awal pekan ini" ---------------------------------------------------------------------

def test_early_this_week_is_the_reports_month():
    # a report of Thursday 13 March 2025: 10-16 March, which day not said
    found = _found("Pemkot X dan Kejari Y menandatangani PKS awal pekan ini.", datetime.date(2025, 3, 13))
    assert found == [("awal pekan ini", datetime.date(2025, 3, 1), "month", True)]


def test_early_this_week_written_with_minggu():
    found = _found("Awal minggu ini, Bupati meneken nota kesepakatan.", datetime.date(2025, 3, 13))
    assert found == [("Awal minggu ini", datetime.date(2025, 3, 1), "month", True)]


def test_early_this_week_spanning_two_months_is_no_date():
    # a report of Wednesday 2 April 2025: the week of 31 March to 6 April
    assert _found("menandatangani PKS awal pekan ini", datetime.date(2025, 4, 2)) == []


def test_this_week_alone_is_no_date():
    assert _found("Nota kesepakatan diteken pekan ini.", datetime.date(2025, 3, 13)) == []


def test_early_this_week_gives_way_to_the_day_written():
    text = ("Nota kesepakatan diteken awal pekan ini. Penandatanganan berlangsung Selasa "
            "(11/3/2025) di Aula Kantor Bupati.")
    assert _found(text, datetime.date(2025, 3, 13)) == [
        ("Selasa (11/3/2025)", datetime.date(2025, 3, 11), "day", False)]


# --- the day after a written date -----------------------------------------------------

def test_next_day_after_written_date():
    text = ("Rapat kerja dibuka Rabu (5/3/2025) di Hotel Z.\n\n"
            "Keesokan harinya, Pemkab X dan Kejari Y menandatangani perjanjian kerja sama.")
    found = D.find_dates(text, datetime.date(2025, 3, 7))
    assert [(m.text, m.value, m.year_inferred) for m in found] == [
        ("Rabu (5/3/2025)", datetime.date(2025, 3, 5), False),
        ("Keesokan harinya", datetime.date(2025, 3, 6), True)]
    assert "the day after 'Rabu (5/3/2025)'" in found[1].warnings[0]
    assert not D.is_same_day(found[1])


def test_a_day_later_after_yearless_date():
    text = "Tim tiba di Ternate Senin (3/3). Sehari kemudian, nota kesepahaman diteken."
    assert _found(text)[-1] == ("Sehari kemudian", datetime.date(2025, 3, 4), "day", True)


def test_day_before_and_days_later_counted_from_written_date():
    text = "Rakor ditutup Kamis (13/3/2025). Sehari sebelumnya, Pemkab X dan Kejari Y meneken PKS."
    assert _found(text)[-1] == ("Sehari sebelumnya", datetime.date(2025, 3, 12), "day", True)
    text = "Tim tiba di Ternate Senin (10/3/2025). Dua hari kemudian, nota kesepahaman diteken."
    assert _found(text)[-1] == ("Dua hari kemudian", datetime.date(2025, 3, 12), "day", True)


def test_next_day_without_a_date_before_is_no_date():
    assert _found("Keesokan harinya, kedua pihak meneken PKS.") == []


def test_next_day_named_by_its_date_gives_way():
    text = "Rapat digelar Senin (3/3). Keesokan harinya, Selasa (4/3), PKS diteken."
    assert [f[0] for f in _found(text)] == ["Senin (3/3)", "Selasa (4/3)"]


def test_days_later_counted_is_not_the_next_day():
    text = "Rapat digelar Senin (3/3). Dua hari berikutnya, PKS diteken."
    assert [f[0] for f in _found(text)] == ["Senin (3/3)"]


def test_same_day_still_the_day_written():
    text = "Bupati meninjau pasar Selasa (11/3/2025) pagi. Siang harinya, PKS diteken."
    assert _found(text)[-1] == ("Siang harinya", datetime.date(2025, 3, 11), "day", False)


def test_next_day_signing_is_dated_the_day_after():
    text = _page("Rakor Pengawasan Dua Hari Ditutup dengan Penandatanganan",
                 "Diterbitkan: 07/03/2025, 09:00 WIB",
                 "PURWOREJO, purwonews.id — Ombudsman RI Perwakilan Jawa Tengah menggelar rapat koordinasi "
                 "di Hotel Sukamaju Purworejo. Rakor dibuka Rabu (5/3/2025).",
                 "Keesokan harinya, Ombudsman RI Perwakilan Jawa Tengah menandatangani nota kesepakatan "
                 "dengan Pemerintah Kabupaten Purworejo.")
    rec = extract_text(text, id="t")
    assert rec.is_signing
    assert rec.signings[0].date.value == "2025-03-06" and rec.signings[0].date.evidence.text == "Keesokan harinya"


# --- the dateline's weekday -----------------------------------------------------------

_DATELINE_LEAD = ("PURWOREJO, Rabu — Pemerintah Kabupaten Purworejo dan Universitas Sebelas Maret meneken "
                  "nota kesepahaman tentang pengembangan desa wisata.")


def test_dateline_weekday_dates_the_signing_its_lead_reports():
    text = _page("Pemkab Purworejo Gandeng UNS Kembangkan Desa Wisata",
                 "Rabu, 12 Maret 2025 | 15:10 WIB",
                 _DATELINE_LEAD,
                 "Kerja sama itu mencakup pelatihan pengelola homestay.")
    rec = extract_text(text, id="t")
    d = rec.signings[0].date
    assert (d.value, d.precision, d.year_inferred, d.evidence.text) == ("2025-03-12", "day", True, "Rabu")


def test_dateline_weekday_of_an_earlier_day():
    text = _page("Pemkab Purworejo Gandeng UNS Kembangkan Desa Wisata",
                 "Kamis, 13 Maret 2025 | 08:00 WIB",
                 _DATELINE_LEAD,
                 "Kerja sama itu mencakup pelatihan pengelola homestay.")
    assert extract_text(text, id="t").signings[0].date.value == "2025-03-12"


def test_lead_own_date_wins_over_dateline_weekday():
    text = _page("Pemkab Purworejo Gandeng UNS Kembangkan Desa Wisata",
                 "Kamis, 13 Maret 2025 | 08:00 WIB",
                 "PURWOREJO, Kamis — Pemerintah Kabupaten Purworejo dan Universitas Sebelas Maret meneken "
                 "nota kesepahaman tentang pengembangan desa wisata, Selasa (11/3/2025).",
                 "Kerja sama itu mencakup pelatihan pengelola homestay.")
    assert extract_text(text, id="t").signings[0].date.value == "2025-03-11"


def test_dateline_weekday_does_not_date_a_signing_told_further_on():
    text = _page("Desa Wisata Purworejo Bersiap Sambut Libur Lebaran",
                 "Rabu, 12 Maret 2025 | 15:10 WIB",
                 "PURWOREJO, Rabu — Pengelola desa wisata di Purworejo mulai berbenah menyambut libur panjang.",
                 "Pemerintah Kabupaten Purworejo dan Universitas Sebelas Maret pernah meneken nota kesepahaman "
                 "tentang pengembangan desa wisata. Kerja sama itu mencakup pelatihan pengelola homestay.")
    for s in extract_text(text, id="t").signings:
        assert s.date is None


def test_dateline_without_weekday_gives_no_date():
    text = _page("Pemkab Purworejo Gandeng UNS Kembangkan Desa Wisata",
                 "Rabu, 12 Maret 2025 | 15:10 WIB",
                 "PURWOREJO — Pemerintah Kabupaten Purworejo dan Universitas Sebelas Maret meneken "
                 "nota kesepahaman tentang pengembangan desa wisata.",
                 "Kerja sama itu mencakup pelatihan pengelola homestay.")
    assert extract_text(text, id="t").signings[0].date is None


# --- a signing called off, its clause holding a clock time ------------------------------

def test_called_off_after_clock_time_is_no_signing():
    text = _page("Penandatanganan MoU Pemkot Sukamaju dan Universitas Y Ditunda",
                 "Rabu, 12 Februari 2025 | 13:00 WIB",
                 "SUKAMAJU — Penandatanganan nota kesepahaman antara Pemerintah Kota Sukamaju dan Universitas "
                 "Negeri Sukamaju yang sedianya digelar Rabu (12/2/2025) pukul 10.00 WIB di Balai Kota "
                 "batal dilaksanakan. Wali Kota harus menghadiri rapat di Jakarta.")
    assert not extract_text(text, id="t").is_signing


def test_held_after_clock_time_is_a_signing():
    text = _page("Pemkot Sukamaju dan Universitas Y Teken MoU",
                 "Rabu, 12 Februari 2025 | 13:00 WIB",
                 "SUKAMAJU — Penandatanganan nota kesepahaman antara Pemerintah Kota Sukamaju dan Universitas "
                 "Negeri Sukamaju yang digelar Rabu (12/2/2025) pukul 10.00 WIB di Balai Kota "
                 "berjalan lancar. Wali Kota menyebut kerja sama ini mencakup riset bersama.")
    rec = extract_text(text, id="t")
    assert rec.is_signing and rec.signings[0].date.value == "2025-02-12"


def test_called_off_after_relative_clause_with_clock_time_is_no_signing():
    text = _page("Penandatanganan MoU Pemkot Sukamaju dan Universitas Y Ditunda",
                 "Rabu, 12 Februari 2025 | 13:00 WIB",
                 "SUKAMAJU — Penandatanganan nota kesepahaman antara Pemerintah Kota Sukamaju dan Universitas "
                 "Negeri Sukamaju, yang sedianya digelar Rabu (12/2/2025) pukul 10.00 WIB di Balai Kota, "
                 "batal dilaksanakan. Wali Kota harus menghadiri rapat di Jakarta.")
    assert not extract_text(text, id="t").is_signing


def test_held_after_relative_clause_with_clock_time_is_a_signing():
    text = _page("Pemkot Sukamaju dan Universitas Y Teken MoU",
                 "Rabu, 12 Februari 2025 | 13:00 WIB",
                 "SUKAMAJU — Penandatanganan nota kesepahaman antara Pemerintah Kota Sukamaju dan Universitas "
                 "Negeri Sukamaju, yang sempat ditunda, digelar Rabu (12/2/2025) pukul 10.00 WIB di Balai Kota. "
                 "Wali Kota menyebut kerja sama ini mencakup riset bersama.")
    assert extract_text(text, id="t").is_signing


def test_not_held_after_all_is_no_signing():
    text = _page("Penandatanganan MoU Pemkot Sukamaju dan Universitas Y Tak Jadi Digelar",
                 "Rabu, 12 Februari 2025 | 13:00 WIB",
                 "SUKAMAJU — Penandatanganan nota kesepahaman antara Pemerintah Kota Sukamaju dan Universitas "
                 "Negeri Sukamaju yang sedianya digelar Rabu (12/2/2025) di Balai Kota tidak jadi dilaksanakan. "
                 "Wali Kota harus menghadiri rapat di Jakarta.")
    assert not extract_text(text, id="t").is_signing


def test_no_problem_is_no_calling_off():
    text = _page("Pemkot Sukamaju dan Universitas Y Teken MoU",
                 "Rabu, 12 Februari 2025 | 13:00 WIB",
                 "SUKAMAJU — Penandatanganan nota kesepahaman antara Pemerintah Kota Sukamaju dan Universitas "
                 "Negeri Sukamaju di Balai Kota, Rabu (12/2/2025), tidak jadi masalah meski Wali Kota datang "
                 "terlambat. Kerja sama ini mencakup riset bersama.")
    assert extract_text(text, id="t").is_signing


_SEREMONI = ("KENDAL — Seremoni penandatanganan nota kesepahaman antara Pemerintah Kabupaten Kendal dan "
             "Universitas Diponegoro di Pendopo Kabupaten, Senin (20/1/2025), {pred}. Kerja sama itu mencakup "
             "penelitian pesisir.")


def _seremoni(pred):
    return extract_text(_page("MoU Kendal dan Undip", "Senin, 20 Januari 2025 | 16:05 WIB",
                              _SEREMONI.format(pred=pred)), id="t")


def test_called_off_after_date_set_off_by_commas_is_no_signing():
    assert not _seremoni("batal digelar karena Bupati dipanggil ke Jakarta").is_signing


def test_held_after_date_set_off_by_commas_is_a_signing():
    assert _seremoni("berlangsung khidmat").is_signing
    assert _seremoni("sempat tertunda satu jam").is_signing
