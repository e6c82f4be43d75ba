"""Round 27: venues and dates. A floor written before a venue in lower case is no part of
it ("di lantai tiga gedung MPP X"); "Menara" and the Batak "Balei" open a venue's name; a
regional secretariat after the room ("Ruang X, Setda Y") is still the venue, in the
regency's seat; a sentence cut after a title abbreviation inside the venue's name ("di
Gedung Drh. | X") goes on in the next sentence; a town written with "Kota" after the
venue ("..., Kota Mungkid") is the town, not the city the report is filed from; the office
complex written in lower case after the venue ("..., kompleks Kantor Bupati X") places it
in the regency's seat, spelled as the dateline spells it; an English venue given by its
own name after a gloss ("at the Regent's official residence, X, by ..."); a building abroad
written with its town and country; a venue given only in a photo caption about the
signing; a story updated the next day, whose relative days count from the first stamp
before the update note and from the update's day after it. Sentences written for these
tests."""
import datetime

from mou_extract.dates import find_dates
from variety_helpers import article, first_signing, venue_in, venue_of


# --- a floor before a venue written in lower case ---------------------------------------------

def test_a_floor_before_a_lower_case_venue_is_no_part_of_its_name():
    v = venue_of("Nota kesepakatan itu ditandatangani di lantai tiga gedung MPP Kabupaten Pesawaran, "
                 "Rabu (9/4/2025).")
    assert v[:2] == ("gedung MPP Kabupaten Pesawaran", "Gedong Tataan")


# --- new head words ----------------------------------------------------------------------------

def test_a_tower_opens_a_venue():
    v = venue_of("Penandatanganan berlangsung di Menara Bank Nagari, Jalan Pemuda Nomor 21.", "Padang")
    assert v[:2] == ("Menara Bank Nagari", "Padang")


def test_the_batak_balei_opens_a_venue_placed_by_the_office_complex_after_it():
    v = venue_of("Kesepakatan itu diteken di Balei Pamogasan, kompleks Kantor Bupati Samosir.")
    assert v[:2] == ("Balei Pamogasan", "Pangururan")


def test_the_office_complex_after_the_venue_places_it_in_the_regency_seat():
    v = venue_of("Kesepakatan itu diteken di Gedung Pamogasan, kompleks Kantor Bupati Samosir.")
    assert v[:2] == ("Gedung Pamogasan", "Pangururan")


def test_a_seat_is_spelled_as_the_dateline_spells_it():
    v = venue_of("Kesepakatan itu diteken di Gedung Pamogasan, kompleks Kantor Bupati Simalungun.", "Pamatang Raya")
    assert v[:2] == ("Gedung Pamogasan", "Pamatang Raya")
    v = venue_of("Kesepakatan itu diteken di Gedung Pamogasan, kompleks Kantor Bupati Simalungun.")
    assert v[:2] == ("Gedung Pamogasan", "Pematang Raya")
    # two towns a letter apart, both known, are two towns: the dateline does not rename one
    v = venue_of("Nota itu diteken di Aula Kantor Bupati Simalungun.", "Pematang Siantar")
    assert v[1] != "Pematang Siantar"


# --- a regional secretariat after the room --------------------------------------------------------

def test_a_secretariat_after_the_room_is_still_the_venue_and_no_town():
    v = venue_of("Penandatanganan berlangsung di Ruang Rapat Sindoro, Setda Temanggung.")
    assert v[:2] == ("Ruang Rapat Sindoro, Setda Temanggung", "Temanggung")
    v = venue_of("Penandatanganan berlangsung di Ruang Rapat Sindoro, Setda Temanggung.", "Temanggung")
    assert v[1] == "Temanggung"


# --- a sentence cut after a title abbreviation ---------------------------------------------------

def test_a_venue_named_after_a_titled_person_goes_on_past_the_cut_after_the_title():
    text = "Nota kesepakatan diteken Selasa (3/6) di Gedung Drh. Mohammad Hatta, Kota Mungkid."
    v = venue_in(text, "Nota", "Magelang")
    assert v[:2] == ("Gedung Drh. Mohammad Hatta", "Mungkid")


def test_a_town_written_with_kota_after_the_venue_is_the_town_not_the_datelines_city():
    v = venue_of("Perjanjian itu diteken di Aula Pemuda, Kota Mungkid, Senin (2/6/2025).", "Magelang")
    assert v[:2] == ("Aula Pemuda", "Mungkid")


# --- an English venue by its own name after a gloss ---------------------------------------------

def test_an_english_venue_named_after_a_gloss_of_what_it_is():
    v = venue_of("The MoU was signed at the Badung Regent's official residence, Puri Ageng, by Badung Regent "
                 "I Wayan Sudarma.", "Mangupura")
    assert v[:2] == ("Puri Ageng", "Mangupura")
    # a town after the gloss is no venue
    assert venue_of("The MoU was signed at the regent's office, Mangupura, by the regent.", "Mangupura") is None


# --- a building abroad --------------------------------------------------------------------------

def test_a_building_abroad_is_placed_in_the_town_before_its_state_and_country():
    v = venue_of("Bertempat di Dewan Besar Universiti Putra, kampus Serdang, Seri Kembangan, Selangor, Malaysia, "
                 "Kamis (6/3/2025), Bupati Siak meneken nota kesepahaman.")
    assert v[:2] == ("Dewan Besar Universiti Putra", "Seri Kembangan")
    # a state taken for the town gives nothing
    assert venue_of("Bertempat di Dewan Besar Universiti Putra, Selangor, Malaysia, Kamis (6/3/2025), "
                    "Bupati Siak meneken nota kesepahaman.") is None


# --- a venue given only in a caption ------------------------------------------------------------

_CAPTION_ARTICLE = article(
    "Pemkab Konawe dan Universitas Lakidende Sepakati Kerja Sama Pendidikan",
    "Selasa, 10 Juni 2025",
    "bupati-konawe-unilaki.jpg",
    "Bupati Konawe Yusran Akbar dan Rektor Universitas Lakidende Sahidin Mara menunjukkan naskah nota "
    "kesepahaman di Aula Kampus Universitas Lakidende, Senin (9/6/2025). (Foto: Humas Unilaki)",
    "UNAAHA, konaweterkini.id – Pemerintah Kabupaten Konawe menjalin kerja sama dengan Universitas "
    "Lakidende melalui penandatanganan nota kesepahaman, Senin (9/6/2025).",
    "Nota kesepahaman ditandatangani Bupati Konawe Yusran Akbar bersama Rektor Universitas Lakidende "
    "Sahidin Mara. Kerja sama itu meliputi beasiswa bagi anak petani dan penelitian pertanian.",
)


def test_a_venue_only_in_a_caption_about_the_signing_is_the_venue():
    sg = first_signing(_CAPTION_ARTICLE)
    assert sg.venue is not None and sg.venue.name == "Aula Kampus Universitas Lakidende"


def test_a_caption_dated_another_day_gives_no_venue():
    sg = first_signing(_CAPTION_ARTICLE.replace("di Aula Kampus Universitas Lakidende, Senin (9/6/2025)",
                                                "di Aula Kampus Universitas Lakidende, Jumat (6/6/2025)"))
    assert sg.venue is None or sg.venue.name != "Aula Kampus Universitas Lakidende"


# --- a story updated the next day -----------------------------------------------------------------

_UPDATED = ("Pemkot dan Kejari Teken Nota Kesepakatan\n"
            "Terbit: Rabu, 4 Juni 2025 15:10 WIB\n"
            "Diperbarui: Kamis, 5 Juni 2025 08:30 WIB\n\n"
            "Pemerintah Kota Blitar dan Kejaksaan Negeri Blitar meneken nota kesepakatan hari ini.\n\n"
            "Pembaruan, Kamis (5/6/2025) pukul 08.30 WIB:\n"
            "Penandatanganan kemarin juga disaksikan Sekretaris Daerah Kota Blitar.\n")


def _para(text, opening):
    a = text.index(opening)
    return a, text.index("\n", a)


def test_an_updated_story_counts_its_relative_days_from_each_copys_own_day():
    spans = [_para(_UPDATED, "Pemerintah Kota"), _para(_UPDATED, "Pembaruan"), _para(_UPDATED, "Penandatanganan")]
    for ref in (datetime.date(2025, 6, 5), datetime.date(2025, 6, 4)):  # whichever stamp the page's date is
        found = {d.text: d.value for d in find_dates(_UPDATED, ref, spans)}
        assert found["hari ini"] == datetime.date(2025, 6, 4)
        assert found["kemarin"] == datetime.date(2025, 6, 4)


def test_a_story_with_no_update_note_counts_from_the_publication_date():
    text = _UPDATED.replace("Pembaruan, Kamis (5/6/2025) pukul 08.30 WIB:", "Sementara itu, pada Kamis (5/6/2025):")
    spans = [_para(text, "Pemerintah Kota"), _para(text, "Sementara"), _para(text, "Penandatanganan")]
    found = {d.text: d.value for d in find_dates(text, datetime.date(2025, 6, 5), spans)}
    assert found["hari ini"] == datetime.date(2025, 6, 5)
