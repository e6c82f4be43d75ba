"""Round 33, signings (core domain: the Ombudsman with regional governments). From the
sets variety181 and variety182: a person named before "bersama" and a second person
shares the verb that follows both ("A, bersama B, menghadiri penandatanganan ...": A
attended; "A bersama B menandatangani ...": A signed); a signing explored ("menjajaki
kemungkinan penandatanganan nota kesepakatan") is no signing; an English compass word
before a regency's name is the compass word the official name puts after it ("the West
Manggarai Regency government" is Pemerintah Kabupaten Manggarai Barat, not Manggarai).
Sentences written for these tests; none comes from a corpus article."""
from mou_extract import extract_text
from variety_helpers import article, party_names, people


def _record(text):
    return extract_text(text, id="t")


def _names(persons):
    return sorted(p.name for p in persons)


# --- "A, bersama B, <verb>": the verb is A's too ------------------------------------------------

def test_a_person_before_bersama_shares_the_attending_verb():
    s = ("Kepala Perwakilan Ombudsman RI Provinsi Maluku Utara, Hasan Basri Umar, bersama Ketua Ombudsman "
         "Republik Indonesia, Dr. Budi Santoso, S.H., menghadiri penandatanganan nota kesepakatan.")
    cues = {name: cue for name, _, _, cue in people(s)}
    assert cues["Hasan Basri Umar"] == "attendee"
    assert cues["Budi Santoso"] == "attendee"


def test_the_national_head_signs_while_the_office_head_only_attends():
    rec = _record(article(
        "Ketua Ombudsman RI Teken Nota Kesepakatan dengan Pemkab Halmahera Barat",
        "Jailolo - Kepala Perwakilan Ombudsman RI Provinsi Maluku Utara, Hasan Basri Umar, bersama Ketua Ombudsman "
        "Republik Indonesia, Dr. Budi Santoso, S.H., menghadiri penandatanganan nota kesepakatan antara Ombudsman RI "
        "dan Pemerintah Kabupaten Halmahera Barat di Aula Kantor Bupati Halmahera Barat, Rabu (12/11/2025).",
        "Nota kesepakatan itu ditandatangani oleh Ketua Ombudsman RI Budi Santoso dan Bupati Halmahera Barat, "
        "Yusuf Sahabu. Hadir pula Wakil Bupati Halmahera Barat, Lina Tawaka.",
    ))
    assert rec.is_signing
    ev = rec.signings[0]
    assert _names(ev.signatories) == ["Budi Santoso", "Yusuf Sahabu"]
    assert "Hasan Basri Umar" in _names(ev.attendees)
    assert not any("Perwakilan" in p.name for p in ev.parties)


def test_a_person_before_bersama_shares_the_signing_verb():
    rec = _record(article(
        "Pemkab Bolaang Mongondow dan Ombudsman Sulut Teken Nota Kesepakatan",
        "Kotamobagu - Sekitar pukul 10.00 Wita, di Aula Kantor Bupati Bolaang Mongondow, Bupati Bolaang Mongondow, "
        "Yusra Alhabsyi, bersama Kepala Ombudsman RI Perwakilan Sulawesi Utara, Andre Wullur, menandatangani nota "
        "kesepakatan tentang pengawasan pelayanan publik, Kamis (6/11/2025).",
    ))
    assert rec.is_signing
    assert _names(rec.signings[0].signatories) == ["Andre Wullur", "Yusra Alhabsyi"]


def test_the_office_head_who_watched_does_not_stand_in_as_its_signer():
    # "datang bersama jajarannya" gives the office head no verb ("bersama" and a lower-case
    # companion); Ombudsman RI's Ketua signs, so the office is no party and its head no
    # signer
    rec = _record(article(
        "Ketua Ombudsman RI Teken Nota Kesepakatan dengan Pemkab Halmahera Barat",
        "Jailolo - Kepala Perwakilan Ombudsman RI Provinsi Maluku Utara, Hasan Basri Umar, datang bersama jajarannya "
        "ke Aula Kantor Bupati Halmahera Barat, Rabu (12/11/2025), lalu menyaksikan penandatanganan nota kesepakatan "
        "antara Ombudsman RI dan Pemerintah Kabupaten Halmahera Barat.",
        "Nota kesepakatan itu ditandatangani oleh Ketua Ombudsman RI Budi Santoso dan Bupati Halmahera Barat, "
        "Yusuf Sahabu.",
    ))
    assert rec.is_signing
    assert "Hasan Basri Umar" not in _names(rec.signings[0].signatories)


def test_the_office_stays_a_party_when_its_own_head_signs():
    # (guard) the office head signs, a member of Ombudsman RI only watches
    rec = _record(article(
        "Ombudsman Malut dan Pemkab Halmahera Barat Teken Nota Kesepakatan",
        "Jailolo - Kepala Perwakilan Ombudsman RI Provinsi Maluku Utara, Hasan Basri Umar, dan Bupati Halmahera "
        "Barat, Yusuf Sahabu, menandatangani nota kesepakatan di Aula Kantor Bupati Halmahera Barat, Rabu "
        "(12/11/2025). Penandatanganan disaksikan Anggota Ombudsman RI, Budi Santoso.",
    ))
    ev = rec.signings[0]
    assert "Hasan Basri Umar" in _names(ev.signatories)
    assert "Ombudsman RI Perwakilan Maluku Utara" in [p.name for p in ev.parties]


# --- a signing explored is no signing -----------------------------------------------------------

def _visit(second: str) -> str:
    return article(
        "Bupati Sangihe Sambangi Ombudsman Sulut",
        "MANADO - Bupati Kepulauan Sangihe, Michael Thungari, berkunjung ke Kantor Ombudsman RI Perwakilan "
        "Sulawesi Utara di Manado, Selasa (4/11/2025).",
        second,
        "\"Kami ingin layanan di pulau-pulau terluar juga diawasi,\" kata Michael.",
    )


def test_exploring_the_possibility_of_a_signing_is_no_signing():
    rec = _record(_visit(
        "Dalam pertemuan itu, Michael bersama Kepala Ombudsman Sulut, Andre Wullur, menjajaki kemungkinan "
        "penandatanganan nota kesepakatan tentang pengawasan pelayanan publik di Kepulauan Sangihe."))
    assert not rec.is_signing


def test_talking_about_the_possibility_of_a_signing_is_no_signing():
    rec = _record(_visit(
        "Keduanya membahas kemungkinan penandatanganan nota kesepakatan tentang pengawasan pelayanan publik "
        "di Kepulauan Sangihe."))
    assert not rec.is_signing


def test_a_signing_after_exploring_cooperation_is_still_a_signing():
    # (guard) "menjajaki" earlier in the sentence, not right before the signing
    rec = _record(_visit(
        "Setelah menjajaki kerja sama sejak tahun lalu, Michael dan Kepala Ombudsman Sulut, Andre Wullur, "
        "akhirnya menandatangani nota kesepakatan tentang pengawasan pelayanan publik di kantor itu."))
    assert rec.is_signing


# --- English compass words before a regency's name ----------------------------------------------

def test_an_english_compass_word_names_the_regency_with_the_compass_word_after():
    assert party_names("The West Manggarai Regency government signed the agreement.") == \
        ["Pemerintah Kabupaten Manggarai Barat"]
    assert party_names("the North Minahasa Regency administration") == ["Pemerintah Kabupaten Minahasa Utara"]
    assert party_names("the Central Lombok Regency government") == ["Pemerintah Kabupaten Lombok Tengah"]


def test_the_regency_without_a_compass_word_and_english_provinces_stay():
    # (guard) the bare name is its own regency; a province's English name is read as before
    assert party_names("the Manggarai Regency government") == ["Pemerintah Kabupaten Manggarai"]
    assert party_names("the East Nusa Tenggara Provincial Government") == ["Pemerintah Provinsi Nusa Tenggara Timur"]
    assert party_names("the West Java provincial government") == ["Pemerintah Provinsi Jawa Barat"]


def test_an_english_summary_names_no_second_regency():
    rec = _record(article(
        "Ombudsman NTT dan Pemkab Manggarai Barat Teken Nota Kesepakatan",
        "Labuan Bajo - Kepala Perwakilan Ombudsman RI Provinsi Nusa Tenggara Timur, Darius Beda Daton, bersama "
        "Bupati Manggarai Barat, Edistasius Endi, pada Kamis (15/1/2026) menandatangani nota kesepakatan tentang "
        "pengawasan pelayanan publik di Kabupaten Manggarai Barat.",
        "English summary: The Ombudsman's East Nusa Tenggara office and the West Manggarai Regency government "
        "signed a memorandum of understanding in Labuan Bajo on Thursday.",
    ))
    assert rec.is_signing
    names = [p.name for p in rec.signings[0].parties]
    assert "Pemerintah Kabupaten Manggarai Barat" in names
    assert "Pemerintah Kabupaten Manggarai" not in names


# --- the sides of an earlier agreement the signing carries on --------------------------------

def _carried_on(last: str) -> str:
    return article(
        "Ombudsman Sulsel dan Kanwil BPN Sulsel Teken PKS Layanan Pertanahan",
        "MAKASSAR - Kepala Perwakilan Ombudsman RI Sulawesi Selatan, Ismu Iskandar, menandatangani perjanjian kerja "
        "sama dengan Kepala Kantor Wilayah Badan Pertanahan Nasional Provinsi Sulawesi Selatan, Andi Bakri, pada "
        "Selasa (9/9/2025) di Aula Kanwil BPN Provinsi Sulawesi Selatan, Makassar.",
        last,
    )


def test_the_sides_of_the_agreement_a_signing_carries_on_are_no_parties():
    rec = _record(_carried_on(
        "Penandatanganan ini melanjutkan nota kesepahaman antara Ombudsman RI dan Kementerian ATR/BPN yang diteken "
        "di tingkat pusat pada 2023."))
    assert rec.is_signing
    names = [p.name for p in rec.signings[0].parties]
    assert "Ombudsman Republik Indonesia" not in names
    assert "Kantor Wilayah Badan Pertanahan Nasional Provinsi Sulawesi Selatan" in names


def test_the_sides_of_the_agreement_a_signing_is_the_continuation_of_are_no_parties():
    rec = _record(_carried_on(
        "Penandatanganan ini merupakan kelanjutan dari nota kesepahaman antara Ombudsman RI dan Kementerian ATR/BPN "
        "yang diteken di tingkat pusat pada 2023."))
    assert "Ombudsman Republik Indonesia" not in [p.name for p in rec.signings[0].parties]


def test_carrying_on_a_cooperation_without_naming_its_sides_keeps_the_parties():
    # (guard) "melanjutkan kerja sama" with no "antara A dan B": the signing's own parties stay
    rec = _record(_carried_on(
        "Perjanjian itu melanjutkan kerja sama kedua lembaga dalam penanganan laporan pertanahan."))
    names = [p.name for p in rec.signings[0].parties]
    assert "Kantor Wilayah Badan Pertanahan Nasional Provinsi Sulawesi Selatan" in names
    assert any("Ombudsman" in n for n in names)


# --- an office head signing on behalf of Ombudsman RI's Ketua -----------------------------------

def _national_agreement(signer_clause: str) -> str:
    return article(
        "Pemkab Bantaeng Jalin Kerja Sama dengan Ombudsman RI",
        "BANTAENG - Pemerintah Kabupaten Bantaeng dan Ombudsman Republik Indonesia menandatangani nota kesepakatan "
        "tentang pengawasan pelayanan publik di Gedung Balai Kartini Bantaeng, Senin (3/3/2025).",
        "Nota kesepakatan antara Ombudsman Republik Indonesia dan Pemerintah Kabupaten Bantaeng itu ditandatangani "
        "Bupati Bantaeng, Fathul Fauzy Nurdin, dan Kepala Ombudsman RI Perwakilan Sulawesi Selatan, Ismu Iskandar, "
        + signer_clause,
    )


def test_an_office_head_signing_for_the_national_ketua_signs_for_ombudsman_ri():
    ev = _record(_national_agreement("S.H., yang menandatangani atas nama Ketua Ombudsman RI.")).signings[0]
    names = [p.name for p in ev.parties]
    assert "Ombudsman Republik Indonesia" in names
    assert not any("Perwakilan" in n for n in names)
    ismu = next(p for p in ev.signatories if p.name == "Ismu Iskandar")
    assert ismu.party == "Ombudsman Republik Indonesia"
    assert ismu.on_behalf_of == "Ketua Ombudsman RI"
    assert ismu.role == "Kepala Ombudsman RI Perwakilan Sulawesi Selatan"


def test_an_office_head_signing_with_no_one_signed_for_keeps_the_office():
    # (guard) no "atas nama Ketua Ombudsman RI": the office the head leads signs, as before
    ev = _record(_national_agreement("S.H., di hadapan para kepala OPD.")).signings[0]
    ismu = next(p for p in ev.signatories if p.name == "Ismu Iskandar")
    assert ismu.party == "Ombudsman RI Perwakilan Sulawesi Selatan"
    assert ismu.on_behalf_of is None


# --- "yang sebelumnya ditandatangani ... pada <older year>": an earlier signing ---------------

def _follows_up(last: str) -> str:
    return article(
        "Pemkab Buru Teken PKS dengan Ombudsman Maluku",
        "AMBON - Pemerintah Kabupaten Buru menandatangani perjanjian kerja sama dengan Ombudsman RI Perwakilan "
        "Maluku di Ruang Rapat Kantor Ombudsman RI Perwakilan Maluku, Kota Ambon, Kamis (6/3/2025). PKS "
        "diteken Sekretaris Daerah Buru, Ahmad Assagaf, dan Kepala Ombudsman RI Perwakilan Maluku, Jusuf Tuasikal.",
        last,
    )


def test_an_agreement_signed_before_in_an_older_year_is_no_second_signing():
    rec = _record(_follows_up(
        "Jusuf menyebut, PKS ini menjabarkan nota kesepakatan yang sebelumnya ditandatangani pimpinan Ombudsman RI "
        "dengan Pemkab Buru di Jakarta pada 2023."))
    assert rec.is_signing
    assert len(rec.signings) == 1
    assert rec.signings[0].date.value == "2025-03-06"


def test_a_relative_clause_with_a_later_year_keeps_the_signing():
    # (guard) the reported agreement in a relative clause, a year after the report's: done
    rec = _record(article(
        "Pemkab Buru Teken PKS dengan Ombudsman Maluku",
        "AMBON - Perjanjian kerja sama yang sebelumnya ditandatangani Sekretaris Daerah Buru, Ahmad Assagaf, dan "
        "Kepala Ombudsman RI Perwakilan Maluku, Jusuf Tuasikal, di Kota Ambon, Kamis (6/3/2025), berlaku hingga "
        "2027.",
    ))
    assert rec.is_signing
    assert _names(rec.signings[0].signatories) == ["Ahmad Assagaf", "Jusuf Tuasikal"]
