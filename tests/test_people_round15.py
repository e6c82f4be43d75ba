"""people: round-15 shapes of government news pages, on hand-written sentences.

Names printed in capitals between honorifics and degrees, unit names (faculties,
sections, agencies) that must not be read as a person, long attendee lists, offices
named by their town.
"""
from __future__ import annotations

from mou_extract.people import find_mentions, restore_role_case, tokenize


def named(text: str) -> dict:
    """name -> mention, read as signings.py reads them (through restore_role_case)."""
    view = restore_role_case(text)
    return {m.name: m for m in find_mentions(view, 0, 0, len(view)) if m.name}


def role_text(m) -> str:
    r = m.role
    return " ".join(x for x in (r.title, r.org_text()) if x)


# ------------------------------------------------------------------ names in capitals

def test_capital_names_between_honorifics_and_degrees():
    text = ("Kesepakatan itu ditandatangani oleh Bupati Barito Kuala, H. M. RUSLAN EFENDI, S.Sos., M.Si "
            "dan Kepala Ombudsman RI Perwakilan Kalimantan Selatan, Dr. Hj. MARLIANA SARI, S.H., M.H.")
    ms = named(text)
    assert set(ms) == {"M. Ruslan Efendi", "Marliana Sari"}
    assert ms["M. Ruslan Efendi"].cue == "signer"
    assert role_text(ms["Marliana Sari"]).startswith("Kepala Ombudsman RI Perwakilan")


def test_capital_name_with_degree_only_and_repeated_later():
    text = ("Turut hadir Kepala Dinas Kependudukan dan Pencatatan Sipil, SUPRIADI NOOR, S.STP., M.Si. "
            "Kepala Dinas Kependudukan dan Pencatatan Sipil, SUPRIADI NOOR, menjelaskan layanan baru.")
    view = restore_role_case(text)
    assert view.count("Supriadi Noor") == 2
    assert len(view) == len(text)
    # a headline in capitals and acronyms stay as written
    text = ("BUPATI H. SUPRIADI NOOR TEKEN NOTA KESEPAKATAN\n"
            "Kepala BPKAD, SUPRIADI NOOR, S.E., hadir bersama staf DPRD.")
    view = restore_role_case(text)
    assert view.startswith("BUPATI H. SUPRIADI NOOR TEKEN NOTA KESEPAKATAN\n")
    assert "BPKAD, Supriadi Noor, S.E." in view and "DPRD" in view


def test_degree_without_final_dot_is_no_name():
    text = ("Hadir pula Inspektur Kabupaten Balangan, Ir. HERMANTO, M.Si, dan Kepala Bagian Organisasi "
            "Setda Balangan, RATNA DEWI, S.Sos, serta para camat.")
    ms = named(text)
    assert set(ms) == {"Hermanto", "Ratna Dewi"}
    toks = [t.text for t in tokenize("M.Si dan M.Nur", 0, 14)]
    assert toks == ["M.Si", "dan", "M.", "Nur"]


# ------------------------------------------------------------------ unit names are no person

def test_faculty_name_with_dan_before_comma_and_person():
    text = ("PKS kedua diteken Dekan Fakultas Ushuluddin dan Pemikiran Islam, Dr. Hj. Nurul Aini, M.Ag., "
            "bersama Kepala Seksi Pendidikan Madrasah, Rahmat Hidayat, S.Pd.")
    ms = named(text)
    assert set(ms) == {"Nurul Aini", "Rahmat Hidayat"}
    assert role_text(ms["Nurul Aini"]) == "Dekan Fakultas Ushuluddin dan Pemikiran Islam"
    assert role_text(ms["Rahmat Hidayat"]) == "Kepala Seksi Pendidikan Madrasah"


def test_bare_kepala_takes_the_office_word():
    text = "Hadir pula para Kepala Perangkat Daerah serta Kepala Disdikbud dan Kepala Kantor Kemenag."
    assert named(text) == {}


def test_agency_field_list_with_commas():
    text = ("Hadir Kepala Dinas Perikanan, Kelautan, Pangan dan Peternakan Kubu Raya, Yohanes Bilung, "
            "serta Kepala Badan Pengelola Keuangan dan Pendapatan Daerah (BPKPD), Lina Marpaung.")
    ms = named(text)
    assert set(ms) == {"Yohanes Bilung", "Lina Marpaung"}
    assert "Kelautan, Pangan dan Peternakan" in role_text(ms["Yohanes Bilung"])
    assert ms["Yohanes Bilung"].role.regions


def test_unit_field_then_name_without_comma():
    text = ("Penandatanganan disaksikan Kepala Divisi Keimigrasian Paulus Rehatta, Kepala Bidang "
            "Penerangan Agama Islam Moh. Amir Dg. Situju, dan Kepala Bidang Bimbingan Haji Hj. Ani.")
    ms = named(text)
    assert set(ms) == {"Paulus Rehatta", "Moh. Amir Dg. Situju", "Ani"}
    assert role_text(ms["Paulus Rehatta"]) == "Kepala Divisi Keimigrasian"
    assert role_text(ms["Moh. Amir Dg. Situju"]) == "Kepala Bidang Penerangan Agama Islam"


def test_court_named_by_its_town():
    text = "Ketua PN Sungailiat Maria Lestari mengatakan layanan itu dimulai pekan depan."
    ms = named(text)
    assert set(ms) == {"Maria Lestari"}
    assert role_text(ms["Maria Lestari"]) == "Ketua PN Sungailiat"


def test_village_head_before_comma_and_person():
    text = "Dokumen diteken Bupati Sigi, Budi Lamasi, dan Kepala Desa Lonca, Yakobus Tandi."
    ms = named(text)
    assert set(ms) == {"Budi Lamasi", "Yakobus Tandi"}
    assert role_text(ms["Yakobus Tandi"]) == "Kepala Desa Lonca"


def test_rank_before_corps_word_is_no_title():
    text = "Dandim didampingi Kepala Staf Kodim 0809/Kediri, Mayor Inf Sugeng Riyanto."
    ms = named(text)
    assert set(ms) == {"Sugeng Riyanto"}
    assert role_text(ms["Sugeng Riyanto"]).startswith("Kepala Staf Kodim 0809/Kediri")


def test_prison_head_short_title_and_hall_name():
    text = ("PKS ditandatangani Kalapas Kelas IIB Tuban, Joko Waluyo, A.Md.IP., S.H., di Aula Bhakti "
            "Lapas Kelas IIB Tuban, Senin (6/10/2025).")
    ms = named(text)
    assert set(ms) == {"Joko Waluyo"}
    assert ms["Joko Waluyo"].role.title == "Kepala Lembaga Pemasyarakatan"
    assert ms["Joko Waluyo"].cue == "signer"
