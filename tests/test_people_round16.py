"""people: round-16 shapes, on hand-written sentences.

Village enterprises, cooperatives and boarding schools named before the comma and the
signer, guests who stand in for someone, "X selaku <jabatan>", retired ranks, unit
fields no office word names (Intelijen, Datun), towns before a rank, Indonesian
"Manajer" and "Wakil Direktur", lists of fields closed by a jurisdiction.
"""
from __future__ import annotations

from mou_extract.people import find_mentions, restore_role_case


def mentions(text: str) -> list:
    view = restore_role_case(text)
    return find_mentions(view, 0, 0, len(view))


def named(text: str) -> dict:
    """name -> the mention with a role (or the last one), as signings.py reads them."""
    out: dict = {}
    for m in mentions(text):
        if m.name and (m.name not in out or m.role is not None):
            out[m.name] = m
    return out


def role_text(m) -> str:
    r = m.role
    return " ".join(x for x in (r.title, r.org_text()) if x)


# ---------------------------------------------------- bodies with their own proper name

def test_village_enterprise_and_cooperative_named_before_the_comma():
    text = ("Perjanjian diteken Direktur BUMDes Maju Bersama, Yohanis Laka, dan Ketua Koperasi "
            "Tani Harapan Baru, Stefanus Ndoen, di balai desa.")
    ms = named(text)
    assert set(ms) == {"Yohanis Laka", "Stefanus Ndoen"}
    assert role_text(ms["Yohanis Laka"]) == "Direktur BUMDes Maju Bersama"
    assert role_text(ms["Stefanus Ndoen"]) == "Ketua Koperasi Tani Harapan Baru"
    assert all(m.cue == "signer" for m in ms.values())


def test_boarding_school_named_before_the_comma():
    ms = named("Naskah ditandatangani Pimpinan Pondok Pesantren Darul Ulum, KH. Mahfud Siddiq, dan Camat Ciawi.")
    assert "Mahfud Siddiq" in ms
    assert role_text(ms["Mahfud Siddiq"]) == "Pimpinan Pondok Pesantren Darul Ulum"


def test_words_naming_a_body_before_the_comma_belong_to_the_role():
    ms = named("Kesepakatan diteken Manager Enterprise Service Telkom Witel Ridar, Dimas Prasetyo.")
    assert set(ms) == {"Dimas Prasetyo"}
    assert role_text(ms["Dimas Prasetyo"]) == "Manager Enterprise Service Telkom Witel Ridar"


def test_branch_name_does_not_swallow_a_name_before_a_list_comma():
    # the comma after the name opens the next list item ("dan ..."), not the person
    text = ("Naskah diteken Pemimpin Cabang PT Bank Negara Indonesia (Persero) Tbk Kantor Cabang Kendari "
            "Maria Lumowa, dan Bupati Konawe Yusran Akbar.")
    ms = named(text)
    assert "Maria Lumowa" in ms
    assert role_text(ms["Maria Lumowa"]).endswith("Kantor Cabang Kendari")


# ------------------------------------------------------------- guests standing in for someone

def test_witness_who_stands_in_for_the_governor_stays_a_guest():
    text = ("Penandatanganan disaksikan Sekretaris Daerah Provinsi Jambi, Dr. H. Sudirman Yusuf, M.Si., "
            "yang hadir mewakili Gubernur Jambi.")
    ms = [m for m in mentions(text) if m.name == "Sudirman Yusuf"]
    cues = {m.cue for m in ms}
    assert cues == {"attendee", "rep"}
    rep = next(m for m in ms if m.cue == "rep")
    assert rep.on_behalf_of is not None and rep.on_behalf_of.title == "Gubernur"


def test_guest_named_with_hadir_mewakili_is_a_guest():
    text = "Asisten Perekonomian Setda Kabupaten Kampar, Budi Harjono, hadir mewakili Bupati Kampar."
    cues = {m.cue for m in mentions(text) if m.name == "Budi Harjono"}
    assert "attendee" in cues and "rep" in cues


# ------------------------------------------------------------------- roles after the name

def test_name_selaku_role():
    text = ("Nota ditandatangani oleh Bapak Hendra Wijaya selaku Direktur Utama Perseroan dan "
            "Bapak Ir. Ahmad Sobari, M.M. selaku Direktur Utama PDAM Kabupaten Bogor.")
    ms = named(text)
    assert ms["Hendra Wijaya"].role is not None and ms["Hendra Wijaya"].role.title == "Direktur Utama"
    assert role_text(ms["Ahmad Sobari"]) == "Direktur Utama PDAM Kabupaten Bogor"


# ------------------------------------------------------------------------- names and ranks

def test_retired_rank_in_brackets():
    ms = named("Acara disaksikan Komisaris Utama PT Sinar Bumi Mayjen TNI (Purn.) Agus Salimuddin.")
    assert "Agus Salimuddin" in ms
    assert role_text(ms["Agus Salimuddin"]) == "Komisaris Utama PT Sinar Bumi"


def test_two_word_town_before_a_rank_is_the_office():
    ms = named("Hadir pula Kapolsek Gunung Meriah Iptu Rahmat Syahputra dan camat setempat.")
    assert "Rahmat Syahputra" in ms
    assert ms["Rahmat Syahputra"].role.org_text() == "Gunung Meriah"


def test_lombok_religious_teacher_honorific():
    ms = named("Penandatanganan disaksikan Ketua MUI Lombok Timur, TGH. Muhammad Zainul Fikri.")
    assert "Muhammad Zainul Fikri" in ms
    assert role_text(ms["Muhammad Zainul Fikri"]) == "Ketua MUI Lombok Timur"


# --------------------------------------------------------------- unit fields and offices

def test_section_field_no_office_word_names():
    text = ("Kajari didampingi Kepala Seksi Intelijen Bonar Situmorang dan Kasi Datun Rosmaida br. Simanjuntak.")
    ms = named(text)
    assert set(ms) == {"Bonar Situmorang", "Rosmaida br. Simanjuntak"}
    assert role_text(ms["Bonar Situmorang"]) == "Kepala Seksi Intelijen"
    assert role_text(ms["Rosmaida br. Simanjuntak"]) == "Kepala Seksi Datun"


def test_subdistrict_after_the_office_up_to_the_comma():
    ms = named("Turut hadir Ketua TP PKK Kecamatan Lembah Seulawah, Cut Asmaul Husna.")
    assert set(ms) == {"Cut Asmaul Husna"}
    assert role_text(ms["Cut Asmaul Husna"]).endswith("Kecamatan Lembah Seulawah")


def test_research_institute_with_lower_case_kepada():
    text = ("Turut hadir Ketua Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) Untad "
            "Prof. Dr. Sitti Nurjannah, M.Si., dan sejumlah dosen.")
    ms = named(text)
    assert "Sitti Nurjannah" in ms
    assert role_text(ms["Sitti Nurjannah"]).startswith("Ketua Lembaga Penelitian dan Pengabdian kepada Masyarakat")


def test_field_list_closed_by_jurisdiction_then_name():
    text = ("Turut hadir Kepala Dinas Koperasi, UKM dan Perdagangan Donggala Ratna Sari Dewi dan Kepala "
            "Bappeda Donggala Irwan Lahace.")
    ms = named(text)
    assert "Ratna Sari Dewi" in ms
    assert role_text(ms["Ratna Sari Dewi"]) == "Kepala Dinas Koperasi, UKM dan Perdagangan Donggala"


def test_office_name_goes_on_after_dan_to_its_short_form():
    text = ("Hadir pula Kepala Bidang Kelembagaan Dinas Pemberdayaan Masyarakat dan Nagari (DPMN) Agam, "
            "Yusnita Chaniago, dan para wali nagari.")
    ms = named(text)
    assert set(ms) == {"Yusnita Chaniago"}
    assert "Masyarakat dan Nagari" in role_text(ms["Yusnita Chaniago"])


def test_indonesian_manajer_and_wakil_direktur_with_number():
    text = ("Dokumen diteken Manajer PLN UP3 Palopo Andi Irwan Saputra. Turut menyaksikan Wakil Direktur II "
            "Bidang Keuangan Poltekkes Kemenkes Makassar Dr. Nurhaedah Yusuf.")
    ms = named(text)
    assert role_text(ms["Andi Irwan Saputra"]) == "Manajer PLN UP3 Palopo"
    assert role_text(ms["Nurhaedah Yusuf"]).startswith("Wakil Direktur II Bidang Keuangan Poltekkes")
