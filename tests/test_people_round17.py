"""people: round-17 shapes, on hand-written sentences.

Initials of two consonants inside a name ("Ch."), schools numbered after their
foundation's name, "Ustaz" before a name, a council's commission ("Ketua Komisi II"),
"Koordinator" and "Kanit" and "Ketua Tim" as posts, a bank's branch town before the
name, companies that are no person ("PT ..."), "Kepala <office> di <town> Dra. X",
"penandatanganan berlangsung di ..., oleh A dan B", guests who "menghadiri" or
"mendampingi", a witness after a degree's dot, and a clause after "Adapun" that does
not lend its verb to the list before it.
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


# ------------------------------------------------------------------------------ names

def test_two_consonant_initial_inside_a_name():
    ms = named("Nota kesepahaman diteken Bupati Minahasa Ir. Robert Th. Lumentut, M.Si., di Tondano.")
    assert "Robert Th. Lumentut" in ms
    assert ms["Robert Th. Lumentut"].cue == "signer"


def test_ustaz_opens_the_name_after_a_madrasah():
    ms = named("Nota kesepahaman ditandatangani Kepala MTs Nurul Huda Cikupa Ustaz Mahmud Syarif, S.Pd.I., di aula.")
    assert set(ms) == {"Mahmud Syarif"}
    assert role_text(ms["Mahmud Syarif"]) == "Kepala MTs Nurul Huda Cikupa"


def test_company_is_no_person_and_its_representative_signs_for_it():
    text = ("Terakhir, rektor membubuhkan tanda tangan pada nota kesepahaman dengan PT Pupuk Kalimantan "
            "Timur Bontang (Pupuk Kaltim), yang diwakili Direktur SDM dan Umum, Ir. Galih Pramudya, M.M.")
    ms = named(text)
    assert not any("Pupuk" in n for n in ms)
    assert ms["Galih Pramudya"].cue == "rep-signer"


# -------------------------------------------------------------------------- roles

def test_school_number_after_the_foundation_name():
    text = ("MoU diteken Kepala SMA Kristen 3 Salatiga Yosua Hartanto, S.Pd., dan Kepala SMK PGRI 2 "
            "Ungaran Dra. Hj. Sri Lestari, M.Pd.")
    ms = named(text)
    assert set(ms) == {"Yosua Hartanto", "Sri Lestari"}
    assert role_text(ms["Yosua Hartanto"]) == "Kepala SMA Kristen 3 Salatiga"
    assert role_text(ms["Sri Lestari"]) == "Kepala SMK PGRI 2 Ungaran"


def test_council_commission_with_numeral_or_letter():
    # (signings.py passes the parties' short forms, here the council's)
    text = ("Penandatanganan disaksikan Wakil Ketua DPRD Lombok Timur, Hasan Basri, serta Ketua Komisi I, "
            "Lalu Ahmad Zaini, dan Wakil Ketua Komisi A DPRD Lombok Timur Baiq Nurul Aini.")
    view = restore_role_case(text)
    ms = {m.name: m for m in find_mentions(view, 0, 0, len(view), frozenset({("dprd", "kabupaten")}))}
    assert "Komisi I" not in ms
    assert role_text(ms["Lalu Ahmad Zaini"]) == "Ketua Komisi I"
    assert role_text(ms["Baiq Nurul Aini"]) == "Wakil Ketua Komisi A DPRD Lombok Timur"
    assert {m.cue for m in ms.values()} == {"attendee"}


def test_koordinator_is_a_post_but_not_inside_a_ministry_name():
    ms = named("PKS diteken Koordinator Pengawasan Bidang Akuntabilitas BPKP Sulteng, Hasanuddin Lamba, Ak.")
    assert role_text(ms["Hasanuddin Lamba"]) == "Koordinator Pengawasan Bidang Akuntabilitas BPKP Sulteng"
    ms = named("Hadir pula Asisten Deputi Kementerian Koordinator Bidang Pangan, Rudi Harsono.")
    assert set(ms) == {"Rudi Harsono"}
    assert "Kementerian Koordinator Bidang Pangan" in role_text(ms["Rudi Harsono"])


def test_kanit_and_ketua_tim_as_posts():
    ms = named("Bupati didampingi Kanit Tipidkor Satreskrim Iptu Dedy Kurniawan dan Ketua Tim Kerja "
               "Pengelolaan Data Statistik Sektoral, Nurul Aini.")
    assert role_text(ms["Dedy Kurniawan"]) == "Kepala Unit Tipidkor Satreskrim"
    assert role_text(ms["Nurul Aini"]) == "Ketua Tim Kerja Pengelolaan Data Statistik Sektoral"


def test_bank_name_is_not_the_whole_run_when_a_title_follows_the_comma():
    text = ("Turut hadir Direktur Kepatuhan Bank Sultra Hasrul Mahmud, Kepala Divisi Umum Bank Sultra, "
            "dan para camat.")
    ms = named(text)
    assert "Hasrul Mahmud" in ms
    assert role_text(ms["Hasrul Mahmud"]) == "Direktur Kepatuhan Bank Sultra"


def test_branch_town_after_the_bank_before_the_name():
    text = ("Hadir pula Pemimpin Cabang Bank Sulselbar Malili Andi Rezky Pratama, serta para kepala "
            "perangkat daerah.")
    ms = named(text)
    assert "Andi Rezky Pratama" in ms
    assert role_text(ms["Andi Rezky Pratama"]) == "Pemimpin Cabang Bank Sulselbar Malili"


def test_branch_town_after_an_aliased_bank_before_the_comma():
    text = "Perjanjian diteken Pemimpin Cabang Bank Nagari Lubuk Sikaping, Yusrizal Anwar."
    view = restore_role_case(text)
    ms = {m.name: m for m in find_mentions(view, 0, 0, len(view), frozenset({("bank", "nagari")}))}
    assert set(ms) == {"Yusrizal Anwar"}
    assert role_text(ms["Yusrizal Anwar"]) == "Pemimpin Cabang Bank Nagari Lubuk Sikaping"


def test_office_town_after_di_then_the_honorific():
    ms = named("Rektor meneken nota kesepahaman dengan Kepala BBPOM di Samarinda Dra. apt. Wiwik Handayani.")
    assert role_text(ms["Wiwik Handayani"]) == "Kepala BBPOM di Samarinda"
    assert ms["Wiwik Handayani"].cue == "signer"


# --------------------------------------------------------------------------- cues

def test_signing_took_place_somewhere_then_oleh():
    text = ("Penandatanganan berlangsung di Ruang Rapat Bupati Halmahera Barat, Jailolo, oleh Bupati "
            "Halmahera Barat James Uang dan Kepala Kantor Pertanahan Halmahera Barat, Sofyan Tuasikal, S.H.")
    ms = named(text)
    assert ms["James Uang"].cue == "signer"
    assert ms["Sofyan Tuasikal"].cue == "signer"


def test_council_chair_who_attends_the_signing():
    ms = named("Ketua DPRD Kabupaten Bima, H. Samsul Bahri, S.E., menghadiri penandatanganan nota "
               "kesepakatan itu di Aula Kantor Bupati Bima.")
    assert ms["Samsul Bahri"].cue == "attendee"


def test_head_who_accompanies_the_regent_is_a_guest():
    ms = named("Kepala Dinas Pariwisata Sumba Barat, Markus Lede Bani, yang ikut mendampingi bupati di "
               "stan pameran, menjelaskan potensi wisata.")
    assert ms["Markus Lede Bani"].cue == "attendee"


def test_witness_after_the_signers_when_a_degree_hid_the_sentence_end():
    text = ("Perjanjian diteken Direktur RSUD Kalabahi, dr. Yunus Malaikosa, Sp.B., dan Kepala BPJS "
            "Kesehatan Cabang Kupang, Maria Goreti Naben, M.Kes. Kepala Dinas Kesehatan Alor, dr. Petrus "
            "Lamma, M.M.R.S., ikut menyaksikan.")
    ms = named(text)
    assert ms["Yunus Malaikosa"].cue == "signer"
    assert ms["Maria Goreti Naben"].cue == "signer"
    assert ms["Petrus Lamma"].cue == "attendee"


def test_adapun_clause_does_not_lend_its_absence_to_the_signers_before_it():
    text = ("Kesepakatan ditandatangani Gubernur Jambi H. Rizal Effendi, Wali Kota Sungai Penuh Dedi "
            "Kurniadi, dan Bupati Kerinci Dr. H. Anwar Rasyid, M.Si. Adapun Bupati Merangin berhalangan "
            "hadir dan diwakili Sekretaris Daerah Merangin Firdaus Lubis.")
    ms = named(text)
    for n in ("Rizal Effendi", "Dedi Kurniadi", "Anwar Rasyid"):
        assert ms[n].cue == "signer", n


def test_branch_town_after_the_bank_acronym_without_comma():
    ms = named("Kepala Cabang BRI Malili Andi Baso Mappe menyampaikan dukungan bank bagi pelaku usaha.")
    assert set(ms) == {"Andi Baso Mappe"}
    assert role_text(ms["Andi Baso Mappe"]) == "Kepala Cabang BRI Malili"
