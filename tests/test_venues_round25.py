"""Round 25: venues and dates. The stage the signers stood on is no part of the venue
("di atas panggung Pendopo X", "naik ke panggung Aula Y"); a hall's owning institution
after it ("Aula X, Kejaksaan Tinggi Y") goes on the name and names no town; a scene's
mood at a venue written in lower case ("Suasana aula SMA X di Jalan Y, Rabu ..."); an
event summary's "Tempat : X" field; "di ruang kerjanya" as the regional head's office
room; a signing done apart, one side signing "dari" its own office (no venue); a village
venue in the one regency the body names; a regency's seat as the dateline town. Dates: a
dated dateline whose lead dates the event by a bare weekday of an earlier day; a timed
entry of a live report or an agenda. Sentences written for these tests."""
import datetime
import re

from mou_extract import dates as D
from mou_extract import venues as V
from variety_helpers import VenueCtx, venue_ctx as _ctx, venue_in as _venue_in, venue_of


# --- the stage is no part of the venue ---------------------------------------------------

def test_stage_before_the_venue_is_left_out():
    v = venue_of("Bupati Sleman dan Kepala Kejari Sleman menandatangani nota kesepakatan di atas "
                 "panggung Pendopo Rumah Dinas Bupati Sleman, Senin (3/3/2025).", "Sleman")
    assert v[0] == "Pendopo Rumah Dinas Bupati Sleman"
    v = venue_of("Kedua pimpinan meneken PKS di panggung utama Auditorium Gubernuran Jawa Barat, Rabu (5/3/2025).")
    assert v[:2] == ("Auditorium Gubernuran Jawa Barat", "Bandung")


def test_going_up_onto_the_stage_of_a_dated_hall_sets_the_scene():
    text = ("Para bupati naik ke panggung Aula Wira Satya, Kejaksaan Tinggi Jawa Tengah, Kamis (6/3/2025). "
            "Mereka lalu menandatangani perjanjian kerja sama satu per satu.")
    ctx = VenueCtx(text, "Semarang")
    first = text.index(" Mereka")
    assert V.dated_scene(ctx, 0, first)
    v = V.find_venue(ctx, 0, first)
    assert v[:2] == ("Aula Wira Satya, Kejaksaan Tinggi Jawa Tengah", "Semarang")


# --- the hall's owner after it ------------------------------------------------------------

def test_the_halls_owner_after_it_is_part_of_the_venue_not_its_town():
    v = venue_of("Nota kesepahaman diteken di Aula Prof. Sudarto, Universitas Diponegoro, Senin (10/3/2025).",
                 "Semarang")
    assert v[0] == "Aula Prof. Sudarto, Universitas Diponegoro"
    assert v[1] == "Semarang"
    v = venue_of("Penandatanganan berlangsung di Ruang Cakra, Pengadilan Tinggi Jambi, Selasa (11/3/2025).", "Jambi")
    assert v[:2] == ("Ruang Cakra, Pengadilan Tinggi Jambi", "Jambi")


# --- the mood of the scene ------------------------------------------------------------------

def test_the_mood_at_a_lower_case_venue_dates_the_scene():
    text = ("Suasana aula SMK Negeri 1 Binjai di Jalan Samanhudi, Kamis 5 Desember 2024, tampak ramai. "
            "Kepala sekolah dan Kepala Kejari Binjai menandatangani nota kesepahaman.")
    ctx = VenueCtx(text, "Binjai")
    first = text.index(" Kepala sekolah")
    assert V.dated_scene(ctx, 0, first)
    assert V.find_venue(ctx, 0, first)[:2] == ("aula SMK Negeri 1 Binjai", "Binjai")
    # a mood with no date is no scene of the day
    assert not V.dated_scene(VenueCtx("Suasana aula SMK Negeri 1 Binjai tampak ramai."), 0, 45)


# --- an event summary's field ----------------------------------------------------------------

def test_a_tempat_field_gives_the_venue_of_a_signing_sentence_that_names_none():
    text = ("Pemkab Sumenep dan Bank Jatim menandatangani perjanjian kerja sama, Senin (3/3/2025).\n"
            "Hari/Tanggal : Senin, 3 Maret 2025\n"
            "Tempat : Pendopo Agung Keraton Sumenep\n"
            "Kerja sama itu berlaku tiga tahun.")
    v = _venue_in(text, "Pemkab Sumenep", "Sumenep")
    assert v[:2] == ("Pendopo Agung Keraton Sumenep", "Sumenep")
    assert text[v[2]:v[3]] == "Pendopo Agung Keraton Sumenep"
    # two fields are a programme, not the venue
    text = ("Pemkab Sumenep dan Bank Jatim menandatangani perjanjian kerja sama, Senin (3/3/2025).\n"
            "Tempat : Pendopo Agung Keraton Sumenep\n"
            "Tempat : Gedung Nasional Indonesia Sumenep\n")
    assert _venue_in(text, "Pemkab Sumenep", "Sumenep") is None


# --- "di ruang kerjanya" ----------------------------------------------------------------------

def test_signing_in_his_office_room_is_the_regional_heads_room():
    text = ("Bupati Banyumas, Ahmad Sutrisno, menandatangani perjanjian kerja sama dengan BPJS Kesehatan, "
            "Senin (3/3/2025). Penandatanganan berlangsung di ruang kerjanya.")
    v = _venue_in(text, "Penandatanganan berlangsung")
    assert v[:2] == ("Ruang Kerja Bupati Banyumas", "Purwokerto")
    assert text[v[2]:v[3]] == "ruang kerjanya"
    text = ("Wali Kota Kediri, Budi Santoso, meneken nota kesepakatan itu di ruang kerjanya, Selasa (4/3/2025).")
    assert venue_of(text)[:2] == ("Ruang Kerja Wali Kota Kediri", "Kediri")
    # an interview in his office room is no venue
    text = ("Bupati Banyumas, Ahmad Sutrisno, menandatangani perjanjian kerja sama, Senin (3/3/2025). "
            "Hal itu ia sampaikan saat ditemui di ruang kerjanya.")
    assert _venue_in(text, "Hal itu") is None


# --- signed apart ------------------------------------------------------------------------------

def test_one_side_signing_from_its_own_office_leaves_no_venue():
    text = ("Nota kesepakatan diteken secara daring, Kamis (6/3/2025).\n"
            "Kepala Ombudsman Jambi membubuhkan tanda tangan di ruang rapat kantor Ombudsman Jambi. Pada saat "
            "bersamaan, Bupati Kerinci meneken dokumen yang sama dari Ruang Rapat Kantor Bupati Kerinci di Siulak.")
    assert _venue_in(text, "Kepala Ombudsman Jambi", "Jambi") is None
    # both sides at one table: the venue stands
    text = ("Nota kesepakatan diteken, Kamis (6/3/2025).\n"
            "Kepala Ombudsman Jambi dan Bupati Kerinci membubuhkan tanda tangan di ruang rapat kantor "
            "Ombudsman Jambi. Dokumen lalu dipertukarkan.")
    assert _venue_in(text, "Kepala Ombudsman Jambi", "Jambi")[0] == "ruang rapat kantor Ombudsman Jambi"


# --- a village venue -----------------------------------------------------------------------------

def test_a_village_venue_is_in_the_one_regency_the_body_names():
    text = ("Pemerintah Desa Ngestiharjo dan Puskesmas Kasihan menandatangani PKS di Pendopo Balai Desa "
            "Ngestiharjo, Senin (3/3/2025).\n"
            "Camat Kasihan berharap desa lain di Pemerintah Kabupaten Bantul mengikuti langkah itu.")
    v = _venue_in(text, "Pemerintah Desa")
    assert v[:2] == ("Pendopo Balai Desa Ngestiharjo", "Bantul")
    # two regencies named: the village's is unknown
    text2 = text + "\nDesa itu berbatasan dengan Kabupaten Sleman."
    assert _venue_in(text2, "Pemerintah Desa")[1] is None


# --- the dateline is a regency's seat --------------------------------------------------------------

def test_a_venue_named_by_the_regent_alone_is_in_the_seat_the_report_is_filed_from():
    v = venue_of("Keduanya menandatangani PKS di Aula Sidang Bupati, Selasa (14/10/2025).", "Doloksanggul")
    assert v[:2] == ("Aula Sidang Bupati", "Doloksanggul")
    # a venue named after a region is not placed by a seat elsewhere in it
    v = venue_of("Sekda menandatangani PKS di kantor Ombudsman Maluku, Kamis (6/3/2025).", "Saumlaki")
    assert v[1] != "Saumlaki"


# --- dates: a dated dateline and a weekday of the lead ---------------------------------------------

def _dates(text, reference=None):
    return [(d.text, d.value) for d in D.find_dates(text, reference)]


def test_a_weekday_in_the_lead_dates_the_event_before_the_dated_dateline():
    text = ("SOLOK, Jumat (7/3/2025) – Pemkab Solok dan Kejari Solok menandatangani perjanjian kerja sama "
            "di bidang perdata, Kamis sore.")
    assert _dates(text) == [("Kamis", datetime.date(2025, 3, 6))]
    # the dateline's place cut off the paragraph, as the pipeline reads it
    found = D.find_dates(text, None, [(text.index("Jumat"), len(text))])
    assert [(d.text, d.value) for d in found] == [("Kamis", datetime.date(2025, 3, 6))]
    assert "dateline date" in found[0].warnings[0]
    # a weekday of the dateline's day, or one to come, leaves the dateline's date
    text = "SOLOK, Jumat (7/3/2025) – Pemkab Solok dan Kejari Solok menandatangani PKS, Jumat pagi."
    assert _dates(text)[0] == ("Jumat (7/3/2025)", datetime.date(2025, 3, 7))
    text = "SOLOK, Jumat (7/3/2025) – Pemkab Solok dan Kejari Solok akan menandatangani PKS Senin depan."
    assert _dates(text)[0] == ("Jumat (7/3/2025)", datetime.date(2025, 3, 7))
    # no dateline: the weekday is read against the reference as before
    text = "Pemkab Solok, Jumat (7/3/2025), menyebut PKS diteken Kamis."
    assert _dates(text)[0] == ("Jumat (7/3/2025)", datetime.date(2025, 3, 7))


# --- dates: a timed entry ---------------------------------------------------------------------------

def test_a_timed_entry_of_a_live_report_is_on_the_publication_date():
    text = ("11.30 WIB - Acara ditutup dengan foto bersama.\n\n"
            "10.15 WIB - Gubernur dan Kajati menandatangani nota kesepakatan.")
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    found = D.find_dates(text, datetime.date(2024, 11, 12), spans)
    assert [(d.text, d.value) for d in found] == [("11.30 WIB", datetime.date(2024, 11, 12)),
                                                   ("10.15 WIB", datetime.date(2024, 11, 12))]


def test_a_timed_entry_of_an_agenda_is_on_the_day_the_agenda_gives():
    text = ("Catatan kegiatan Bupati, Selasa, 4 Maret 2025.\n\n"
            "10.00 WIB – Penandatanganan PKS dengan Pengadilan Agama.\n\n"
            "13.00 WIB – Rapat inflasi, Rabu (5/3/2025).")
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    found = D.find_dates(text, datetime.date(2025, 3, 6), spans)
    assert [(d.text, d.value) for d in found] == [("Selasa, 4 Maret 2025", datetime.date(2025, 3, 4)),
                                                   ("10.00 WIB", datetime.date(2025, 3, 4)),
                                                   ("Rabu (5/3/2025)", datetime.date(2025, 3, 5))]
    # a time inside a sentence is no entry
    assert _dates("Acara dimulai pukul 10.00 WIB di aula.", datetime.date(2025, 3, 6)) == []
