"""Round 33, the core domain's page metadata, dates and venues. A site's tagline under its
name gives way to the headline when the section label between them names its region after
a bar ("Kabar Perwakilan | Riau"); a site's name, a comma and the city in capitals glued to
an em dash is a dateline ("Harianjogja.com, SLEMAN—Pemerintah ..."); an event
"dilangsungkan" or "diselenggarakan" at a place is held there, like "digelar"; an undated
mood scene opening the lead ("Suasana Ruang Rapat X, Kantor Bupati Y, mendadak hening
...") names the venue of last resort; a counted time before "setelah" ("beberapa jam
setelah warga mengantre, Pemkab meneken ...") tells when, not a condition; "Hari itu, ..."
opening a sentence is the day written last. Sentences written for these tests."""
import datetime
import re

from mou_extract import extract_text, venues
from mou_extract.classify import anchor_status, signing_verbs
from mou_extract import clean as C
from mou_extract.clean import _find_dateline, clean
from mou_extract.dates import find_dates

from variety_helpers import VenueCtx, article, first_signing, venue_in, venue_of


# --- a tagline, a section label with a bar, then the headline ------------------------------------

_TAGLINE_PAGE = (
    "Komisi Contoh RI\n"
    "Lembaga Negara Pemantau Layanan Warga Desa dan Kota\n\n"
    "Berita Daerah | Riau\n\n"
    "Pemkab Siak dan Komisi Contoh Riau Sepakat Benahi Layanan Kependudukan\n\n"
    "Diterbitkan: Senin, 3 Maret 2025 | Dibaca 120 kali\n\n"
    "Siak - Bupati Siak, Andi Prasetyo, dan Kepala Komisi Contoh Riau, Lina Marlina, menandatangani "
    "nota kesepakatan tentang Pelayanan Kependudukan, Senin (3/3/2025), di Aula Kantor Bupati Siak.\n\n"
    "Andi mengatakan kesepakatan itu mempercepat pengurusan dokumen warga.\n")


def test_the_headline_under_a_tagline_and_a_barred_section_label_is_the_title():
    assert clean(_TAGLINE_PAGE).title == "Pemkab Siak dan Komisi Contoh Riau Sepakat Benahi Layanan Kependudukan"


def test_a_guillemet_or_a_slash_parting_a_label_is_no_word():
    page = _TAGLINE_PAGE.replace("Berita Daerah | Riau", "Berita » Daerah » Riau")
    assert clean(page).title == "Pemkab Siak dan Komisi Contoh Riau Sepakat Benahi Layanan Kependudukan"
    # (the words are counted: "Kabar Perwakilan / Kepulauan Riau" is four, no short label)
    assert C._label_words("Kabar Perwakilan / Kepulauan Riau") == ["Kabar", "Perwakilan", "Kepulauan", "Riau"]


def test_guard_the_headline_right_under_the_site_name_stays_the_title():
    page = ("Komisi Contoh RI\n\nBerita Daerah | Riau\n\n"
            "Pemkab Siak dan Komisi Contoh Riau Sepakat Benahi Layanan Kependudukan\n\n"
            "Senin, 3 Maret 2025\n\n"
            "Siak - Bupati Siak menandatangani nota kesepakatan dengan Komisi Contoh Riau, Senin (3/3/2025).\n")
    assert clean(page).title == "Pemkab Siak dan Komisi Contoh Riau Sepakat Benahi Layanan Kependudukan"


# --- a site's name, a comma, the city in capitals glued to an em dash --------------------------------

def test_a_site_then_its_city_in_capitals_glued_to_the_dash_is_a_dateline():
    s = ("Harianjogja.com, SLEMAN—Pemerintah Kabupaten Sleman dan BPJS Kesehatan menandatangani "
         "perjanjian kerja sama, Senin (3/3/2025).")
    assert _find_dateline(s, 0, len(s))[:2] == ("SLEMAN", "Harianjogja.com")


def test_a_site_and_a_city_glued_to_the_dash_date_the_page():
    page = ("Harianjogja.com\n\nPemkab Sleman dan BPJS Kesehatan Teken PKS\n\nSenin, 3 Maret 2025 - 08:10 WIB\n\n"
            "Harianjogja.com, SLEMAN—Pemerintah Kabupaten Sleman dan BPJS Kesehatan menandatangani "
            "perjanjian kerja sama tentang Jaminan Kesehatan, Senin (3/3/2025).\n\n"
            "Perjanjian itu diteken Bupati Sleman Rudi Hartono.\n")
    c = clean(page)
    assert (c.dateline, c.outlet) == ("Sleman", "Harianjogja.com")


def test_guard_a_headline_compound_after_a_comma_is_no_dateline():
    s = "Tujuh Bulan Berjalan, Kerja Sama Pemkab Banyumas–Unsoed Tekan Angka Stunting"
    assert _find_dateline(s, 0, len(s)) is None


def test_guard_a_site_then_a_title_cased_word_glued_to_a_dash_is_no_dateline():
    # (only a city in capitals is glued to the story: "Pemkab–UGM" is a compound)
    s = "KabarJogja.com, Pemkab–UGM Teken Kerja Sama Riset Pangan Lokal"
    assert _find_dateline(s, 0, len(s)) is None


# --- "dilangsungkan" / "diselenggarakan" di ... ------------------------------------------------------

def _held(verb: str) -> str:
    return article(
        "Pemkab Siak dan Komisi Contoh Riau Teken Nota Kesepakatan",
        "Siak - Bupati Siak, Andi Prasetyo, dan Kepala Komisi Contoh Riau, Lina Marlina, menandatangani "
        "nota kesepakatan tentang Pelayanan Kependudukan, Senin (3/3/2025). "
        f"Kegiatan {verb} di Aula Setda Kabupaten Siak, Siak Sri Indrapura.",
        "Andi mengatakan kesepakatan itu mempercepat pengurusan dokumen warga.")


def test_an_event_dilangsungkan_at_a_hall_is_held_there():
    assert first_signing(_held("dilangsungkan")).venue.name == "Aula Setda Kabupaten Siak"


def test_an_event_diselenggarakan_at_a_hall_is_held_there():
    assert first_signing(_held("diselenggarakan")).venue.name == "Aula Setda Kabupaten Siak"


def test_guard_an_event_held_elsewhere_far_from_the_signing_is_no_venue():
    text = article(
        "Pemkab Siak dan Komisi Contoh Riau Teken Nota Kesepakatan",
        "Siak - Bupati Siak, Andi Prasetyo, dan Kepala Komisi Contoh Riau, Lina Marlina, menandatangani "
        "nota kesepakatan tentang Pelayanan Kependudukan, Senin (3/3/2025).",
        "Andi mengatakan kesepakatan itu mempercepat pengurusan dokumen warga.",
        "Lina menambahkan, pekan depan pihaknya juga menyiapkan pelatihan petugas layanan.",
        "Tahun lalu, lomba inovasi layanan dilangsungkan di Gedung Daerah Riau, Pekanbaru.")
    v = first_signing(text).venue
    assert v is None or v.name != "Gedung Daerah Riau"


# --- an undated mood scene opening the lead ---------------------------------------------------------

_MOOD = article(
    "Pemkab Siak Teken Nota Kesepakatan dengan Ombudsman Riau",
    "Selasa, 4 Mar 2025 09:14 WIB",
    "Siak - Suasana Ruang Rapat Bunga Tanjung, Kantor Bupati Siak, mendadak riuh ketika para camat maju "
    "satu per satu. Mereka bergantian membubuhkan tanda tangan di lembar pakta layanan.",
    "Acara itu merupakan penandatanganan nota kesepakatan antara Pemerintah Kabupaten Siak dan Ombudsman "
    "RI Perwakilan Riau yang digelar Senin, 3/3.",
    "Nota kesepakatan diteken Bupati Siak Andi Prasetyo dan Kepala Ombudsman Riau Lina Marlina.")


def test_an_undated_mood_scene_opening_the_lead_names_the_venue():
    v = first_signing(_MOOD).venue
    assert v is not None and v.name.startswith("Ruang Rapat Bunga Tanjung")


def test_an_undated_mood_at_a_moment_is_a_scene_not_a_dated_one():
    s = "Suasana Ruang Rapat Bunga Tanjung, Kantor Bupati Siak, mendadak riuh ketika para camat maju."
    assert venues.mood_scene(VenueCtx(s), 0, len(s))
    assert not venues.dated_scene(VenueCtx(s), 0, len(s))


def test_guard_a_habit_of_a_venue_is_no_scene_even_with_a_moment_word():
    s = "Suasana Ruang Rapat Bunga Tanjung biasanya sepi ketika musim libur tiba."
    assert not venues.mood_scene(VenueCtx(s), 0, len(s))
    s = "Suasana Ruang Rapat Bunga Tanjung selalu riuh saat rapat anggaran."
    assert not venues.mood_scene(VenueCtx(s), 0, len(s))


def test_guard_a_mood_with_no_moment_is_no_scene():
    s = "Suasana Ruang Rapat Bunga Tanjung cukup sejuk dan tertata rapi."
    assert not venues.mood_scene(VenueCtx(s), 0, len(s))


def test_guard_a_mood_at_a_place_in_lower_case_names_no_venue():
    assert venue_of("Suasana aula sekolah mendadak riuh ketika para siswa maju.") is None


def test_guard_a_mood_word_with_no_venue_head_names_no_venue():
    assert venue_of("Suasana Pasar Bawah Siak mendadak riuh ketika para pedagang berkumpul.") is None


# --- a counted time before "setelah" ------------------------------------------------------------------

def _status(sentence: str, ref=datetime.date(2025, 3, 4)) -> str:
    verb = signing_verbs(sentence, 0, len(sentence))[0]
    return anchor_status(sentence, 0, len(sentence), verb, [], find_dates(sentence, ref), ref)


def test_a_counted_time_after_another_event_is_no_condition():
    assert _status("Beberapa jam setelah warga mengantre, Pemerintah Kabupaten Siak menandatangani "
                   "nota kesepakatan dengan Komisi Contoh Riau di Aula Kantor Bupati Siak.") == "done"
    assert _status("Sehari setelah dilantik, Bupati Siak meneken nota kesepakatan dengan Komisi Contoh Riau.") \
        == "done"


def test_guard_setelah_alone_is_still_a_condition():
    assert _status("Setelah DPRD menyetujui rancangannya, Pemkab Siak menandatangani nota kesepakatan "
                   "dengan Komisi Contoh Riau.") == "planned"


def test_guard_a_counted_time_with_a_future_is_still_planned():
    assert _status("Dua pekan setelah DPRD menyetujui, Pemkab Siak akan menandatangani nota kesepakatan "
                   "dengan Komisi Contoh Riau.") == "planned"


# --- "Hari itu, ..." --------------------------------------------------------------------------------

_REF = datetime.date(2025, 6, 6)


def test_hari_itu_opening_a_sentence_is_the_day_written_last():
    t = ("Warga sudah antre sejak subuh, kata Rina, Kamis (5/6/2025). Hari itu, Pemkab Siak "
         "menandatangani nota kesepakatan dengan Komisi Contoh Riau.")
    assert [(d.text, d.value) for d in find_dates(t, _REF)] == [
        ("Kamis (5/6/2025)", datetime.date(2025, 6, 5)), ("Hari itu", datetime.date(2025, 6, 5))]


def test_pada_hari_itu_opening_a_paragraph_is_the_day_written_last():
    t = ("Warga sudah antre sejak subuh, kata Rina, Kamis (5/6/2025).\n\nPada hari itu, Pemkab Siak "
         "menandatangani nota kesepakatan dengan Komisi Contoh Riau.")
    assert [d.value for d in find_dates(t, _REF)] == [datetime.date(2025, 6, 5)] * 2


def test_a_signing_told_hari_itu_takes_the_written_day():
    text = article(
        "Warga Siak Antre KTP sejak Subuh, Pemkab Gandeng Komisi Contoh",
        "SIAK, KOMPAS.com - Rina (40) sudah duduk di teras kantor Disdukcapil sejak subuh.",
        "\"Sudah tiga kali datang, blangko selalu habis,\" kata Rina, Kamis (5/6/2025).",
        "Hari itu, beberapa jam setelah Rina mengantre, Pemerintah Kabupaten Siak menandatangani nota "
        "kesepakatan dengan Komisi Contoh Riau di Aula Kantor Bupati Siak, Siak Sri Indrapura.",
        "Nota kesepakatan diteken Bupati Siak, Andi Prasetyo, dan Kepala Komisi Contoh Riau, Lina Marlina.")
    s = extract_text(text.replace("SIAK, KOMPAS.com", "Kompas.com - 06/06/2025, 10:00 WIB\n\nSIAK, KOMPAS.com"),
                     id="t").signings[0]
    assert s.date is not None and s.date.value == "2025-06-05" and s.date.evidence.text == "Kamis (5/6/2025)"
    assert s.venue is not None and s.venue.name == "Aula Kantor Bupati Siak"


def test_guard_hari_itu_inside_a_sentence_is_no_date():
    t = ("Bupati meninjau kantor Disdukcapil, Kamis (5/6/2025). Sejak hari itu antrean berkurang, "
         "dan acara hari itu juga diisi sosialisasi.")
    assert [d.text for d in find_dates(t, _REF)] == ["Kamis (5/6/2025)"]


def test_guard_hari_itu_with_no_day_written_before_adds_nothing():
    assert find_dates("Hari itu, Pemkab Siak menandatangani nota kesepakatan.", _REF) == []


def test_guard_hari_itu_a_year_back_is_no_same_day():
    t = "Rapat digelar Kamis (5/6/2025). Hari itu tahun lalu, banjir melanda kota."
    assert [d.text for d in find_dates(t, _REF)] == ["Kamis (5/6/2025)"]
