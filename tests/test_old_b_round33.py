"""Round 33, older sets (helper oldB), on hand-written sentences.

A named institution's own name can hold a "dan" ("RS Kasih Ibu dan Anak", "Yayasan
Kasih dan Damai"): before ", <person>" the words after the "dan" still name the body,
so the role keeps them and the person after the comma is its head. An English office
beside a level word ("the Malang City Health Office") is that level's. A lead that opens on
a venue filled with people on a day ("Aula X di Jalan Y dipadati warga, Senin (3/3)")
places the signing told right after it. What an English study looks at ("a joint study of
the city's complaint channel") is its topic, not an area of its own.
"""
from __future__ import annotations

from mou_extract.people import find_mentions, restore_role_case


def roles(text: str) -> list:
    """(name, role text) of each mention in the sentence."""
    view = restore_role_case(text)
    return [(m.name, m.role and " ".join(x for x in (m.role.title, m.role.org_text()) if x))
            for m in find_mentions(view, 0, 0, len(view))]


# ------------------------------------------- a "dan" inside a named institution's name

def test_hospital_name_with_dan_before_comma_and_doctor():
    text = ("Kesepakatan diteken Kepala Puskesmas Sumber Sehat, Ani Lestari, bersama Direktur "
            "RS Kasih Ibu dan Anak, dr. Ratna Dewi, Sp.OG.")
    assert ("Ratna Dewi", "Direktur RS Kasih Ibu dan Anak") in roles(text)
    assert ("Anak", None) not in roles(text)


def test_foundation_name_with_dan_before_comma_and_pastor():
    text = "Dokumen ditandatangani Ketua Yayasan Kasih dan Damai, Pdt. Markus Ndun, bersama Camat Oebobo."
    assert ("Markus Ndun", "Ketua Yayasan Kasih dan Damai") in roles(text)


# ---------------------------------------------------------------------------- guards

def test_dan_before_another_title_still_splits_two_people():
    text = "Kerja sama diteken Direktur RSUD Sleman dan Kepala Dinas Kesehatan Sleman, dr. Cahya Purnama."
    assert roles(text) == [(None, "Direktur RSUD Sleman"),
                           ("Cahya Purnama", "Kepala Dinas Kesehatan Sleman")]


def test_dan_before_a_person_followed_by_a_title_still_splits():
    text = "Hadir Direktur RSUD Ulin dan Joko Santoso, Kepala Bappeda."
    assert roles(text) == [(None, "Direktur RSUD Ulin"), ("Joko Santoso", "Kepala Bappeda")]


def test_university_then_dan_and_mayor_still_splits():
    text = "Hadir Rektor Universitas Andalas dan Wali Kota Padang, Hendri Septa."
    assert roles(text) == [(None, "Rektor Universitas Andalas"), ("Hendri Septa", "Wali Kota Padang")]


# ------------------------------------- an English level word beside a town's name

def _levels(text: str) -> dict:
    """name -> the levels of the regions its role's office is in."""
    view = restore_role_case(text)
    return {m.name: sorted(r.level for r in m.role.regions)
            for m in find_mentions(view, 0, 0, len(view)) if m.name and m.role}


def test_english_city_office_is_the_citys():
    text = "The deal was signed by the Head of the Blitar City Health Office, Rina Kartika."
    assert _levels(text) == {"Rina Kartika": ["kota"]}


def test_english_office_of_the_city_is_the_citys():
    text = "The deal was signed by the Head of the Health Office of the City of Blitar, Rina Kartika."
    assert _levels(text) == {"Rina Kartika": ["kota"]}


def test_english_regency_office_is_the_regencys():
    text = "The deal was signed by the Head of the Blitar Regency Health Office, Rina Kartika."
    assert _levels(text) == {"Rina Kartika": ["kabupaten"]}


def test_english_office_without_level_word_keeps_both_places():
    text = "The deal was signed by the Head of the Blitar Health Office, Rina Kartika."
    assert _levels(text) == {"Rina Kartika": ["kabupaten", "kota"]}


# ------------------------------- a lead that opens on a venue filled with people that day

_FILLED_LEAD = (
    "KOTAMOBAGU – Aula Kantor Kecamatan Kotamobagu Barat di Jalan Adampe Dolot, Mogolaing, "
    "dipenuhi puluhan kepala desa, Kamis (6/3/2025). Mereka mengikuti sosialisasi pelayanan publik.\n\n"
    "Sebelum sosialisasi dimulai, Pemerintah Kota Kotamobagu dan Ombudsman RI Perwakilan Sulawesi "
    "Utara lebih dulu menandatangani nota kesepahaman. Dokumen itu diteken Wali Kota Kotamobagu "
    "Weny Gaib dan Kepala Ombudsman RI Perwakilan Sulawesi Utara Meilany Limpar.\n")


def _venue(text: str):
    from mou_extract.pipeline import extract_text
    sg = extract_text(text).signings
    return sg[0].venue.name if sg and sg[0].venue else None


def test_lead_venue_filled_on_the_day_is_the_signings():
    assert _venue(_FILLED_LEAD) == "Aula Kantor Kecamatan Kotamobagu Barat"


def test_lead_venue_undated_is_not_the_signings():
    text = _FILLED_LEAD.replace(", Kamis (6/3/2025). Mereka", ". Mereka")
    assert _venue(text) is None


def test_filled_scene_name_stops_before_its_address():
    from mou_extract.venues import _dated_scene
    s = "Gedung Serbaguna Universitas Khairun di Jalan Pertamina, Gambesi, disesaki mahasiswa, Rabu (5/3/2025)."
    m = _dated_scene(s, 0, len(s))
    assert m is not None and m.group("name") == "Gedung Serbaguna Universitas Khairun"


def test_filled_scene_needs_a_venue_head():
    from mou_extract.venues import _dated_scene
    s = "Kota Ternate di Jalan Pertamina dipadati pengunjung, Rabu (5/3/2025)."
    assert _dated_scene(s, 0, len(s)) is None


# ------------------------------------------- what an English study looks at is its topic

def _scope(text: str) -> set:
    from variety_helpers import scope_labels
    return scope_labels(text)


def test_english_study_of_a_complaint_channel_is_no_complaint_handling():
    text = ("The agreement covers student internships and a joint study of the regency's online "
            "complaint channel.")
    assert _scope(text) == {"other"}


def test_english_research_into_complaint_handling_is_its_topic():
    text = "The MoU covers research into public complaint handling."
    assert _scope(text) == {"other"}


def test_english_complaint_handling_itself_stays():
    text = "The MoU covers the handling of public complaints."
    assert _scope(text) == {"complaint_handling"}
