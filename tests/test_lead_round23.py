"""Round 23 (lead): signing detection and the signers of a signing told in a quote.

- "tinggal menunggu jadwal penandatanganan": a signing still waiting for its day;
- the verb written apart ("ditanda tangani", "tanda tangani", "penanda tanganan");
- an agreement "bukan di atas kertas" / "tak tertulis" is a figure of speech;
- "penandatanganan nota kesepahaman tidak memerlukan persetujuan DPRD" states a rule
  about signings, not one signing;
- a quote telling the signing in the first person ('"Tadi kami sudah tanda tangani ...,"
  kata X'): X signed; "tadi" places it at the event the article opens with;
- a bare "Ombudsman" is the one Perwakilan office the article names, when it never
  names Ombudsman RI itself.
"""
from mou_extract import extract_text
from variety_helpers import article


def _record(*paragraphs, title="Kerja Sama Pelayanan Publik", date="Rabu, 4 Juni 2025 | 15:10 WIB"):
    return extract_text(article(title, date, *paragraphs), id="t")


def _names(people):
    return sorted(p.name for p in people)


# --- waiting for the day ---------------------------------------------------------------

def test_waiting_for_the_signing_schedule_is_a_plan():
    rec = _record(
        "Tenggarong - Pemerintah Kabupaten Kutai Kartanegara menyiapkan kerja sama dengan BPJS Ketenagakerjaan "
        "untuk melindungi pekerja rentan, Selasa (3/6/2025).",
        "Bupati Kutai Kartanegara, Aulia Rahman, mengatakan naskah nota kesepahaman dengan BPJS Ketenagakerjaan "
        "sudah rampung dan tinggal menunggu jadwal penandatanganan.")
    assert not rec.is_signing


def test_only_the_signing_left_is_a_plan():
    rec = _record(
        "Sangatta - Draf perjanjian kerja sama antara Pemerintah Kabupaten Kutai Timur dan Universitas "
        "Mulawarman sudah disetujui kedua pihak, tinggal penandatanganan oleh bupati dan rektor.")
    assert not rec.is_signing


def test_a_signing_waiting_for_nobody_stays_done():
    rec = _record(
        "Sangatta - Warga yang tinggal di sekitar kawasan tambang menyaksikan penandatanganan nota kesepahaman "
        "antara Pemerintah Kabupaten Kutai Timur dan Universitas Mulawarman di Aula Kantor Bupati Kutai Timur, "
        "Selasa (3/6/2025).")
    assert rec.is_signing


# --- the verb written apart ---------------------------------------------------------------

def test_the_verb_written_apart_is_a_signing_verb():
    rec = _record(
        "Pangkalan Bun - Nota kesepakatan antara Pemerintah Kabupaten Kotawaringin Barat dan Ombudsman RI "
        "Perwakilan Kalimantan Tengah ditanda tangani Bupati Kotawaringin Barat, Nurhidayah, dan Kepala "
        "Ombudsman RI Perwakilan Kalimantan Tengah, Biroum Bernardianto, di Aula Kantor Bupati, Selasa (3/6/2025).")
    assert rec.is_signing
    assert _names(rec.signings[0].signatories) == ["Biroum Bernardianto", "Nurhidayah"]


# --- figures of speech and rules -----------------------------------------------------------

def test_an_agreement_not_on_paper_is_no_signing():
    rec = _record(
        "Sleman - Pelatih PSS Sleman, Yudi Hartono, punya cara menjaga semangat pemainnya jelang laga tandang.",
        "\"Kami sudah tanda tangan MoU, tapi bukan di atas kertas. Isinya cuma satu: semua berangkat, semua "
        "pulang dengan poin,\" kata Yudi seusai latihan di Stadion Tridadi, Selasa (3/6/2025).")
    assert not rec.is_signing


def test_a_rule_about_signings_is_no_signing():
    rec = _record(
        "Samarinda - Rapat dengar pendapat Komisi II DPRD Samarinda soal rencana kerja sama pengolahan sampah "
        "berakhir tanpa keputusan, Selasa (3/6/2025).",
        "Kepala Bagian Hukum Setda Samarinda, Rina Hapsari, menyebut secara aturan penandatanganan nota "
        "kesepahaman tidak memerlukan persetujuan DPRD.")
    assert not rec.is_signing


def test_a_signing_that_must_be_followed_up_stays_done():
    rec = _record(
        "Samarinda - Pemerintah Kota Samarinda dan Universitas Mulawarman menandatangani nota kesepahaman di "
        "Balai Kota Samarinda, Selasa (3/6/2025).",
        "Wali Kota Samarinda, Andi Harun, berharap penandatanganan nota kesepahaman itu segera ditindaklanjuti.")
    assert rec.is_signing


# --- a signing told in a quote ------------------------------------------------------------

_QUOTED = (
    "Solok - Pemerintah Kota Solok meresmikan layanan aduan terpadu di Aula Balai Kota Solok, Rabu (4/6/2025).",
    "Peresmian dilakukan Wali Kota Solok, Ramadhani Kirana Putra, didampingi Kepala Ombudsman RI Perwakilan "
    "Sumatera Barat, Adel Wahidi.",
    "\"Tadi kami sudah tanda tangani bersama Ombudsman nota kesepakatannya. Aduan warga harus cepat selesai,\" "
    "kata Ramadhani kepada wartawan usai acara.")


def test_the_speaker_of_a_first_person_signing_quote_signed():
    rec = _record(*_QUOTED)
    assert rec.is_signing
    sg = rec.signings[0]
    assert "Ramadhani Kirana Putra" in _names(sg.signatories)
    assert sg.date.value == "2025-06-04"


def test_a_bare_ombudsman_is_the_one_office_named():
    sg = _record(*_QUOTED).signings[0]
    assert "Ombudsman RI Perwakilan Sumatera Barat" in [p.name for p in sg.parties]
    assert "Ombudsman Republik Indonesia" not in [p.name for p in sg.parties]


def test_earlier_today_places_the_signing_at_the_opening_event():
    sg = _record(*_QUOTED).signings[0]
    assert sg.venue is not None and sg.venue.name == "Aula Balai Kota Solok"


def test_a_bare_ombudsman_stays_national_when_ombudsman_ri_is_named():
    rec = _record(
        "Solok - Pemerintah Kota Solok meresmikan layanan aduan terpadu, Rabu (4/6/2025). Anggota Ombudsman RI, "
        "Hery Susanto, dan Kepala Ombudsman RI Perwakilan Sumatera Barat, Adel Wahidi, hadir.",
        "\"Tadi kami sudah tanda tangani bersama Ombudsman nota kesepakatannya,\" kata Wali Kota Solok, "
        "Ramadhani Kirana Putra.")
    assert rec.is_signing
    assert "Ombudsman RI Perwakilan Sumatera Barat" not in [p.name for p in rec.signings[0].parties]


def test_a_quote_in_the_third_person_gives_no_signer():
    rec = _record(
        "Solok - Pemerintah Kota Solok dan Ombudsman RI Perwakilan Sumatera Barat menandatangani nota "
        "kesepakatan, Rabu (4/6/2025).",
        "\"Mereka sudah tanda tangani nota kesepakatannya, tinggal dijalankan,\" kata pengamat kebijakan publik "
        "Universitas Andalas, Asrinaldi.")
    assert "Asrinaldi" not in _names(rec.signings[0].signatories)


def test_a_member_of_the_ombudsman_keeps_a_bare_ombudsman_national():
    rec = _record(
        "Solok - Pemerintah Kota Solok meresmikan layanan aduan terpadu, Rabu (4/6/2025). Anggota Ombudsman, "
        "Hery Susanto, dan Kepala Ombudsman RI Perwakilan Sumatera Barat, Adel Wahidi, hadir.",
        "\"Tadi kami sudah tanda tangani bersama Ombudsman nota kesepakatannya,\" kata Wali Kota Solok, "
        "Ramadhani Kirana Putra.")
    assert rec.is_signing
    assert "Ombudsman RI Perwakilan Sumatera Barat" not in [p.name for p in rec.signings[0].parties]


# --- the same day --------------------------------------------------------------------------

def test_still_on_the_same_day_takes_the_day_told_before():
    rec = _record(
        "Kupang - Ombudsman RI Perwakilan Nusa Tenggara Timur mencatat 412 laporan masyarakat sepanjang "
        "triwulan pertama.",
        "\"Pertanahan masih paling banyak,\" kata Kepala Ombudsman RI Perwakilan NTT, Darius Beda Daton, di "
        "Kupang, Rabu (16/4/2025).",
        "Masih di hari yang sama, Ombudsman NTT menandatangani nota kesepakatan dengan Pemerintah Kota Kupang "
        "di aula Kantor Ombudsman RI Perwakilan NTT.",
        date="Kamis, 17 April 2025 | 09:00 WITA")
    assert rec.is_signing
    assert rec.signings[0].date.value == "2025-04-16"


def test_a_signing_without_a_same_day_phrase_takes_no_earlier_interview_day():
    rec = _record(
        "Kupang - Ombudsman RI Perwakilan Nusa Tenggara Timur mencatat 412 laporan masyarakat sepanjang "
        "triwulan pertama.",
        "\"Pertanahan masih paling banyak,\" kata Kepala Ombudsman RI Perwakilan NTT, Darius Beda Daton, di "
        "Kupang, Rabu (16/4/2025).",
        "Ombudsman NTT juga menandatangani nota kesepakatan dengan Pemerintah Kota Kupang di aula Kantor "
        "Ombudsman RI Perwakilan NTT.",
        date="Kamis, 17 April 2025 | 09:00 WITA")
    assert rec.is_signing
    assert rec.signings[0].date is None or rec.signings[0].date.value != "2025-04-16"


# --- a branch placed by its town ------------------------------------------------------------

_BRANCH = (
    "Rantau - Perjanjian kerja sama antara Pemerintah Kabupaten Tapin dan BPJS Ketenagakerjaan Cabang "
    "Banjarmasin ditandatangani di Ruang Rapat Bupati Tapin, Selasa (21/10/2025).",
    "Perjanjian ditandatangani Bupati Tapin, Arifin Arpan. Sementara dari BPJS Ketenagakerjaan, "
    "penandatanganan dilakukan Kepala Kantor Cabang Banjarmasin, Rina Marlina.")


def test_a_branch_heads_town_is_no_government_party():
    sg = _record(*_BRANCH, date="Rabu, 22 Oktober 2025 | 10:00 WITA").signings[0]
    assert "Pemerintah Kota Banjarmasin" not in [p.name for p in sg.parties]


def test_a_branch_head_belongs_to_the_branch_at_that_town():
    sg = _record(*_BRANCH, date="Rabu, 22 Oktober 2025 | 10:00 WITA").signings[0]
    head = next(p for p in sg.signatories if p.name == "Rina Marlina")
    assert head.party == "BPJS Ketenagakerjaan Cabang Banjarmasin"


def test_a_mayor_of_the_town_keeps_the_citys_government():
    sg = _record(
        "Banjarmasin - Pemerintah Kota Banjarmasin dan BPJS Ketenagakerjaan Cabang Banjarmasin menandatangani "
        "perjanjian kerja sama di Balai Kota Banjarmasin, Selasa (21/10/2025).",
        "Perjanjian ditandatangani Wali Kota Banjarmasin, Muhammad Yamin, dan Kepala Kantor Cabang "
        "Banjarmasin, Rina Marlina.", date="Rabu, 22 Oktober 2025 | 10:00 WITA").signings[0]
    assert "Pemerintah Kota Banjarmasin" in [p.name for p in sg.parties]
    mayor = next(p for p in sg.signatories if p.name == "Muhammad Yamin")
    assert mayor.party == "Pemerintah Kota Banjarmasin"


# --- "kedua lembaga" -----------------------------------------------------------------------

def test_the_two_bodies_named_in_the_paragraph_before_are_the_parties():
    rec = _record(
        "Makassar - Universitas Negeri Makassar menjalin kerja sama dengan Ombudsman RI Perwakilan Sulawesi "
        "Selatan.",
        "Nota kesepahaman kedua lembaga diteken di Kantor Ombudsman RI Perwakilan Sulawesi Selatan, Makassar, "
        "Kamis (20/3/2025).",
        "Rektor berhalangan hadir dan diwakili Wakil Rektor Bidang Kemitraan, Andi Baso Tenri, yang meneken "
        "bersama Kepala Ombudsman RI Perwakilan Sulawesi Selatan, Ismu Iskandar.",
        date="Senin, 24 Maret 2025 | 10:31 WITA")
    names = [p.name for p in rec.signings[0].parties]
    assert "Universitas Negeri Makassar" in names
    assert "Ombudsman RI Perwakilan Sulawesi Selatan" in names


def test_a_cooperation_told_before_without_a_back_reference_gives_no_party():
    rec = _record(
        "Makassar - Universitas Negeri Makassar sebelumnya menjalin kerja sama dengan Bank Sulselbar.",
        "Nota kesepahaman antara Pemerintah Kota Makassar dan Ombudsman RI Perwakilan Sulawesi Selatan diteken "
        "di Balai Kota Makassar, Kamis (20/3/2025).",
        date="Senin, 24 Maret 2025 | 10:31 WITA")
    names = [p.name for p in rec.signings[0].parties]
    assert "Universitas Negeri Makassar" not in names


# --- an adendum said short ------------------------------------------------------------------

def test_a_bare_adendum_after_the_full_name_names_it_an_adendum():
    from mou_extract import documents
    text = ("Perpanjangan itu dituangkan dalam Adendum Perjanjian Kerja Sama tentang Layanan Kas Daerah. "
            "Adendum ditandatangani Sekretaris Daerah dan Direktur Utama Bank Jambi.")
    docs = documents.find_documents(text, [(0, len(text))])
    assert [d.doc_type for d in docs] == ["other", "other"]


def test_an_adendum_named_once_keeps_the_amended_type():
    from mou_extract import documents
    text = "Kedua pihak menandatangani Adendum Perjanjian Kerja Sama tentang Layanan Kas Daerah."
    assert [d.doc_type for d in documents.find_documents(text, [(0, len(text))])] == ["perjanjian_kerja_sama"]


def test_an_adendum_signing_told_in_two_sentences_is_one_signing():
    rec = _record(
        "Kuala Tungkal - Pemerintah Kabupaten Tanjung Jabung Barat dan PT Bank Pembangunan Daerah Jambi "
        "memperpanjang kerja sama penyaluran gaji. Perpanjangan itu dituangkan dalam Adendum Perjanjian Kerja "
        "Sama tentang Layanan Pembayaran Gaji Pegawai, yang diteken di Kantor Bupati, Selasa (18/2/2025).",
        "Adendum ditandatangani Sekretaris Daerah Tanjung Jabung Barat, Ikhsan Fahmi, dan Direktur Utama "
        "Bank Jambi, Khairul Anwar.", date="Rabu, 19 Februari 2025 | 10:00 WIB")
    assert len(rec.signings) == 1


# --- found on the sets kept unseen (variety90, variety91) ----------------------------------

def test_a_signing_in_a_month_two_before_the_report_is_retold():
    rec = _record(
        "Palembang - Pemerintah Kabupaten Ogan Ilir beraudiensi ke Kantor Ombudsman RI Perwakilan Sumatera "
        "Selatan, Kamis (27/11/2025), membahas rencana nota kesepakatan.",
        "Kepala Ombudsman Sumsel, Mohammad Adrian, menyebut pihaknya telah memiliki nota kesepakatan dengan "
        "sembilan pemerintah kabupaten/kota. Yang terakhir ditandatangani bersama Pemerintah Kota Prabumulih "
        "pada Agustus 2025.", date="Kamis, 27 November 2025 | 15:48 WIB")
    assert not rec.is_signing


def test_a_signing_in_the_month_of_the_report_stays_done():
    rec = _record(
        "Prabumulih - Pemerintah Kota Prabumulih dan Ombudsman RI Perwakilan Sumatera Selatan menandatangani "
        "nota kesepakatan pada November 2025 di Rumah Dinas Wali Kota Prabumulih.",
        date="Kamis, 27 November 2025 | 15:48 WIB")
    assert rec.is_signing


def test_a_signing_sentence_opening_a_numbered_list_names_the_parties():
    rec = _record(
        "Kupang - Empat pemerintah kabupaten di Nusa Tenggara Timur menandatangani Kesepakatan Bersama dengan "
        "Kejaksaan Tinggi Nusa Tenggara Timur di Aula Kantor Gubernur, Kamis (24/7/2025).",
        "Dari pihak kejaksaan, kesepakatan diteken Kepala Kejaksaan Tinggi NTT, Roch Adi Saputra. Berikut daftar "
        "kabupaten beserta pejabat yang menandatangani:",
        "1. Kabupaten Kupang — Yosef Lede (Bupati)",
        "2. Kabupaten Belu — Willy Taolin (Bupati)",
        "3. Kabupaten Alor — Iman Djobo (Bupati)",
        "4. Kabupaten Ende — Yosef Badeoda (Bupati)",
        date="Kamis, 24 Juli 2025 | 19:40 WITA")
    names = {p.name for p in rec.signings[0].parties}
    assert {"Pemerintah Kabupaten Kupang", "Pemerintah Kabupaten Belu", "Pemerintah Kabupaten Alor",
            "Pemerintah Kabupaten Ende"} <= names
