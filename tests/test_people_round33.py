"""Round 33: a unit's field written before the ministry that closes the office's name and
the person after it with no comma ("Direktur Jenderal Tanaman Pangan Kementerian Pertanian
Andi Muh. X"), a military staff officer's post ("Perwira Staf Operasi Lanal X, Mayor Laut
(P) Y") and a rank before the navy's or air force's service word, the deputy named by the
pronoun "wakilnya" after the head, the head of an institution's visiting group ("rombongan
UK Petra yang dipimpin Rektor X"), an office named with "di" before its town and the name
after it ("Kepala BBPOM di Padang X"), and a word in quotation marks inside a body's name
("Rektor UPN "Veteran" Yogyakarta Prof. X"); the passive prefix written apart from its
verb ("di tanda tangani", "di saksikan") and roles in lower case with no comma before the
name ("oleh bupati bolmut Drs X MSi", "oleh ketua DPRD Bolmut Y")."""
from mou_extract.people import restore_role_case
from variety_helpers import article, first_signing, people


def _names(ppl) -> list[str]:
    return [p.name for p in ppl]


# --- a unit's field, then the ministry, then the name ---------------------------------

def test_directorate_field_before_the_ministry_is_part_of_the_role():
    got = people("Direktur Jenderal Hortikultura Kementerian Pertanian Bambang Sugiharto "
                 "meneken nota kesepahaman itu.")
    assert got[0][:3] == ("Bambang Sugiharto", "Direktur Jenderal", "Hortikultura Kementerian Pertanian")
    got = people("Kepala Seksi Tanaman Pangan Dinas Pertanian Rudi Hartanto hadir.")
    assert got[0][:3] == ("Rudi Hartanto", "Kepala Seksi", "Tanaman Pangan Dinas Pertanian")


def test_name_opening_with_a_short_form_after_the_ministry_stays_whole():
    got = people("Bupati Dompu Kader Jaelani dan Direktur Jenderal Tanaman Pangan Kementerian "
                 "Pertanian Andi Muh. Yusran menandatangani nota kesepahaman.")
    assert ("Andi Muh. Yusran", "Direktur Jenderal", "Tanaman Pangan Kementerian Pertanian", "signer") in got
    # (guard) the ministry's name written with its portfolio of several words
    got = people("Sekretaris Jenderal Kementerian Kelautan dan Perikanan Moh. Rizal hadir.")
    assert got[0][:3] == ("Moh. Rizal", "Sekretaris Jenderal", "Kementerian Kelautan dan Perikanan")


def test_unit_name_before_a_name_opener_still_runs_to_it():
    # (guard) a unit's name that is not a ministry goes on to the short form opening the name
    assert people("Kepala Bidang Urusan Agama Islam Moh. Rizal hadir.")[0][:3] == \
        ("Moh. Rizal", "Kepala Bidang", "Urusan Agama Islam")
    assert people("Dekan Fakultas Ekonomi Syariah Moh. Rizal hadir.")[0][:3] == \
        ("Moh. Rizal", "Dekan", "Fakultas Ekonomi Syariah")
    # (guard) an office head with no field word after it is no anchor
    assert people("Kepala Dinas Budi Santoso hadir.")[0][:2] == ("Budi Santoso", "Kepala Dinas")


# --- military staff officers and ranks ------------------------------------------------

def test_staff_officer_post_before_the_rank_and_name():
    got = people("Penandatanganan disaksikan Perwira Staf Logistik Lanud Supadio, Mayor Udara "
                 "Hendra Gunawan, dan Kepala Dinas Perhubungan Kubu Raya, Agus Salim.")
    assert got[0][:3] == ("Hendra Gunawan", "Perwira Staf", "Logistik Lanud Supadio")
    got = people("Turut hadir Perwira Penghubung Kodim 1207/Pontianak, Mayor Inf Yudi Prasetyo.")
    assert got[0][:3] == ("Yudi Prasetyo", "Perwira Penghubung", "Kodim 1207/Pontianak")


def test_rank_before_a_service_word_is_no_english_title():
    got = people("Hadir pula Mayor Laut (P) Dedi Kurniawan dalam acara itu.")
    assert got[0][:2] == ("Dedi Kurniawan", None)
    # (guard) the English title of a city's head stays a title
    got = people("The Mayor Dedi Kurniawan signed the agreement.")
    assert got[0][:2] == ("Dedi Kurniawan", "Mayor")


# --- the deputy named by "wakilnya" ---------------------------------------------------

def test_name_after_wakilnya_is_the_deputy_of_the_head_before():
    got = people("Bupati Klaten Budi Harjono bersama wakilnya, Hj. Sri Lestari, menyambut "
                 "rombongan tamu.")
    assert got[1][:3] == ("Sri Lestari", "Wakil Bupati", "Klaten")
    got = people("Rektor Undip Wahyu Setiawan didampingi wakilnya Andi Rahmat.")
    assert got[1][:3] == ("Andi Rahmat", "Wakil Rektor", "Undip")


def test_deputy_who_came_with_the_head_is_a_guest():
    got = people("Bupati Klaten Budi Harjono bersama wakilnya, Hj. Sri Lestari, menyambut rombongan "
                 "Universitas Sebelas Maret.")
    assert got[1] == ("Sri Lestari", "Wakil Bupati", "Klaten", "attendee")
    # (guard) the deputy's own signing verb makes a signer
    got = people("Bupati Klaten Budi Harjono bersama wakilnya Sri Lestari menandatangani nota itu.")
    assert got[1] == ("Sri Lestari", "Wakil Bupati", "Klaten", "signer")


def test_name_after_another_word_gets_no_deputy_post():
    # (guard) a companion who is not "wakilnya" keeps no title
    got = people("Bupati Klaten Budi Harjono bersama istrinya, Sri Lestari, menyambut tamu.")
    assert got[1][:2] == ("Sri Lestari", None)
    # (guard) "diwakili wakilnya": the stand-in's post, as before
    got = people("Bupati Barru diwakili wakilnya, Ahmad Yusuf.")
    assert got[1][:3] == ("Ahmad Yusuf", "Wakil Bupati", "Barru")


# --- the leader of an institution's group ---------------------------------------------

def test_leader_of_an_institutions_group_heads_it():
    got = people("Bupati Jombang Warsubi menerima rombongan Unesa yang dipimpin Rektor Nurhasan "
                 "Hidayat.")
    assert got[-1][:3] == ("Nurhasan Hidayat", "Rektor", "Unesa")
    got = people("Delegasi Universitas Brawijaya dipimpin langsung oleh Rektor Widodo Santoso.")
    assert got[-1][:3] == ("Widodo Santoso", "Rektor", "Universitas Brawijaya")


def test_leader_whose_title_names_its_office_keeps_it():
    # (guard) the leader's own office, and a regional head, are left as written
    got = people("Rombongan Unesa dipimpin Dekan Fakultas Teknik Unair Budi Santoso.")
    assert got[-1][:3] == ("Budi Santoso", "Dekan", "Fakultas Teknik Unair")
    got = people("Rombongan Pemkab Sleman dipimpin Bupati Harda Kiswaya.")
    assert got[-1][:3] == ("Harda Kiswaya", "Bupati", "")


def test_group_leader_signs_for_the_institution():
    t = article(
        "Pemkab Jombang Gandeng Unesa",
        "JOMBANG - Pemerintah Kabupaten Jombang dan Universitas Negeri Surabaya (Unesa) "
        "menandatangani nota kesepahaman di Pendopo Kabupaten Jombang, Rabu (14/5/2025).",
        "Bupati Jombang Warsubi menerima rombongan Unesa yang dipimpin Rektor Nurhasan Hidayat. "
        "Penandatanganan dilakukan oleh bupati dan rektor.")
    sg = first_signing(t)
    assert "Nurhasan Hidayat" in _names(sg.signatories)


# --- an office named with "di" before its town ----------------------------------------

def test_office_with_di_and_town_before_the_name():
    got = people("Nota kesepahaman diteken Bupati Sintang Jarot Winarno dan Kepala Loka POM di "
                 "Sintang Maria Ulfa Simanjuntak.")
    assert ("Maria Ulfa Simanjuntak", "Kepala", "Loka POM di Sintang", "signer") in got


def test_office_with_di_and_a_level_word_before_its_town():
    got = people("PKS diteken Kepala Loka POM di Kabupaten Merauke, apt. Yuliana Rumbiak, S.Farm., "
                 "dan Bupati Merauke Romanus Mbaraka.")
    assert got[0] == ("Yuliana Rumbiak", "Kepala", "Loka POM di Kabupaten Merauke", "signer")
    # (guard) no name after the comma: the office stays as it was read
    assert people("Nota ditandatangani Kepala BPOM di Kota Padang, Senin.")[0][:3] == (None, "Kepala", "BPOM")


def test_provincial_secretary_short_form():
    got = people("Gubernur didampingi Sekprov Gorontalo, Ir. Sofian Ibrahim, dalam acara itu.")
    assert got[-1][:3] == ("Sofian Ibrahim", "Sekretaris Daerah Provinsi", "Gorontalo")


def test_role_with_a_place_or_a_venue_after_di_is_not_extended():
    # (guard) a regional head's jurisdiction is in the title; "di" then opens the venue
    got = people("Nota ditandatangani Bupati Sleman di Yogyakarta Budi Santoso.")
    assert got[0][:3] == (None, "Bupati", "Sleman")
    # (guard) a building's name after the town is no person
    got = people("Nota ditandatangani Ketua KPK di Jakarta Convention Center.")
    assert got[0][:3] == (None, "Ketua", "KPK")


# --- a quoted word inside a body's name -----------------------------------------------

def test_quoted_word_inside_the_institutions_name():
    got = people('MoU diteken Rektor UPN "Veteran" Jawa Timur Prof. Dr. Akhmad Fauzi, M.MT., '
                 'dan Wali Kota Surabaya Eri Cahyadi.')
    assert got[0][:3] == ("Akhmad Fauzi", "Rektor", "UPN Veteran Jawa Timur")
    got = people("Hadir Rektor IKIP “PGRI” Semarang Sri Suciati.")
    assert got[0][:3] == ("Sri Suciati", "Rektor", "IKIP PGRI Semarang")


def test_quoted_speech_after_a_role_is_not_its_name():
    # (guard) a quotation after a post is no part of the office
    got = people('Bupati Sleman "Kami Senang" kata Harda.')
    assert got[0][:3] == (None, "Bupati", "Sleman")


# --- the passive prefix written apart, roles in lower case with no comma ---------------

def test_passive_prefix_written_apart_still_cues_signers_and_guests():
    got = people("Nota kesepakatan itu di tanda tangani oleh Bupati Sangihe Michael Thungari dan "
                 "di saksikan oleh Ketua DPRD Sangihe Ferdinand Tatoda.")
    assert [(n, c) for n, _t, _o, c in got] == [("Michael Thungari", "signer"), ("Ferdinand Tatoda", "attendee")]
    got = people("Dokumen di teken Kepala Kejari Sangihe Rudi Hartono, di dampingi Kasi Datun Lina Wuisan.")
    assert [(n, c) for n, _t, _o, c in got] == [("Rudi Hartono", "signer"), ("Lina Wuisan", "attendee")]


def test_other_verb_with_di_written_apart_is_no_cue():
    # (guard) "di tangani" (handled) is no signing: only "tanda tangani" is
    got = people("Kasus itu di tangani Kepala Polres Sangihe Rudi Hartono.")
    assert got[0][3] is None


def test_lower_case_role_without_comma_before_honorific_degree_or_acronym():
    text = ("nota itu di tanda tangani oleh bupati sangihe Drs Michael Thungari MSi dan kepala "
            "ombudsman RI perwakilan sulut Refly Mamahit SH MH dan di saksikan oleh ketua DPRD "
            "Sangihe Ferdinand Tatoda")
    view = restore_role_case(text)
    assert len(view) == len(text)
    assert "oleh Bupati Sangihe Drs Michael" in view
    assert "dan Kepala Ombudsman RI Perwakilan Sulut Refly" in view
    assert "oleh Ketua DPRD Sangihe Ferdinand" in view


def test_lower_case_words_that_open_no_title_stay_lower():
    # (guard) a word that is no title, and a title with no name after it
    for text in ("acara itu dihadiri oleh warga Desa Bigo Budi Santoso SE dan lainnya",
                 "dan kepala BPBD mengatakan hal itu"):
        assert restore_role_case(text) == text
    # (guard) the form with a comma is read as before
    assert restore_role_case("diteken plt kepala ombudsman ri perwakilan kaltim, Ridwan Saputra, S.H.") \
        == "diteken Plt Kepala Ombudsman RI Perwakilan Kaltim, Ridwan Saputra, S.H."


def test_lower_case_post_before_a_dotted_kiai_haji():
    text = ("disaksikan Ketua DPRD Sampang, H. Rudi Hartono, serta pengasuh Pondok Pesantren "
            "Nurul Huda Omben, K.H. Ahmad Syafii, dan tokoh masyarakat.")
    assert "serta Pengasuh Pondok Pesantren Nurul Huda Omben, K.H. Ahmad" in restore_role_case(text)


# --- the human-rights ministry's short name inside an office ---------------------------

def test_regional_office_of_the_law_and_human_rights_ministry():
    got = people("Acara itu dihadiri Kepala Divisi Pemasyarakatan Kantor Wilayah Kementerian Hukum "
                 "dan HAM Sumatera Barat, Rudi Hartono, dan perwakilan Polres Padang.")
    assert got[0] == ("Rudi Hartono", "Kepala Divisi",
                      "Pemasyarakatan Kantor Wilayah Kementerian Hukum dan HAM Sumatera Barat", "attendee")
