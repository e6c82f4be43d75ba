"""Round 33, signings. From the held-out sets variety172 and variety174: a bare document
noun opening a sentence as the subject of a passive signing verb ("Perjanjian diteken oleh
...") is the agreement the lead named in full, a paragraph before; a head the text tells
only witnessed ("Turut menyaksikan Bupati X") does not stand in as the signer of a party
when a signer's own party is unread (the one who signed for it); a signer told only by
post ("Penandatanganan dilakukan Kepala Dinas X dan Dekan Y") is the person named later
with a relative clause giving that post ("dr. A, yang baru sebulan menjabat kepala dinas",
"Prof. B, yang memimpin Y"); a dean of a faculty the article glosses with its initials
and the university's short form ("Fakultas Kedokteran Universitas X (FK Unx)") is the
dean of that faculty. Sentences written for these tests; none comes from a corpus
article."""
from mou_extract import extract_text
from variety_helpers import article


def _record(text):
    return extract_text(text, id="t")


def _names(people):
    return sorted(p.name for p in people)


# --- a bare document noun as the subject of a passive signing verb ------------------------------

def _lead_then_doc_noun(second_para: str) -> str:
    return article(
        "Layanan Air Bersih Desa Kini Ditangani Bersama",
        "MAJENE – Warga desa di pesisir Majene kini bisa mendapat sambungan air bersih lebih cepat. Layanan itu "
        "menjadi isi perjanjian kerja sama antara Pemerintah Kabupaten Majene dan Perumda Air Minum Tirta Mandar.",
        second_para,
        "Menurut Arifin Nur, sambungan pertama dipasang bulan depan di Kecamatan Banggae.",
    )


def test_a_bare_agreement_noun_signed_by_named_people_is_the_agreement_of_the_lead():
    rec = _record(_lead_then_doc_noun(
        "Penandatanganan berlangsung Kamis (6/2/2025) di Ruang Rapat Bupati Majene. Perjanjian diteken oleh "
        "Bupati Majene Arifin Nur dan Direktur Perumda Air Minum Tirta Mandar Syamsul Bahri."))
    assert rec.is_signing
    ev = rec.signings[0]
    assert ev.document_type == "perjanjian_kerja_sama"
    assert {"Arifin Nur", "Syamsul Bahri"} <= set(_names(ev.signatories))


def test_a_pointed_agreement_noun_with_an_adverb_is_the_agreement_of_the_lead_too():
    rec = _record(_lead_then_doc_noun(
        "Acara digelar Kamis (6/2/2025) di Ruang Rapat Bupati Majene. Naskah perjanjian itu telah ditandatangani "
        "Bupati Majene Arifin Nur dan Direktur Perumda Air Minum Tirta Mandar Syamsul Bahri."))
    assert rec.is_signing
    assert rec.signings[0].document_type == "perjanjian_kerja_sama"


def test_a_bare_agreement_noun_still_to_be_signed_is_no_report():
    rec = _record(_lead_then_doc_noun(
        "Pembahasan naskah berlangsung Kamis (6/2/2025) di Ruang Rapat Bupati Majene. Perjanjian akan diteken oleh "
        "Bupati Majene Arifin Nur dan Direktur Perumda Air Minum Tirta Mandar Syamsul Bahri pekan depan."))
    assert not rec.is_signing


def test_an_active_verb_after_a_bare_agreement_noun_is_no_signing_of_it():
    # (the noun is the object of another verb's clause, not the subject of a signing)
    rec = _record(_lead_then_doc_noun(
        "Rapat berlangsung Kamis (6/2/2025) di Ruang Rapat Bupati Majene. Perjanjian yang kelak menandatangani "
        "para pihak masih dibahas Bagian Hukum."))
    assert not rec.is_signing


# --- a witnessing head does not stand in for a party whose signer's office is unread -------------

def _witnessed_story(witness: str) -> str:
    return article(
        "RSUD Sultan Imanuddin Jalin PKS dengan Fakultas Kedokteran Universitas Palangka Raya",
        "PANGKALAN BUN – Upaya Pemerintah Kabupaten Kotawaringin Barat menambah dokter spesialis berlanjut. "
        "Rumah Sakit Umum Daerah (RSUD) Sultan Imanuddin Pangkalan Bun menandatangani perjanjian kerja sama dengan "
        "Fakultas Kedokteran Universitas Palangka Raya (UPR) tentang Rumah Sakit Pendidikan, Senin (3/3/2025).",
        "Penandatanganan dilakukan di Aula RSUD Sultan Imanuddin oleh direktur rumah sakit, dr. Fachrudin Noor, "
        "dan Dekan FK UPR, dr. Siti Rahmawati. " + witness,
        "Bupati Nurhidayah berharap kerja sama ini menambah dokter spesialis di Kotawaringin Barat.",
    )


def test_a_head_who_only_witnessed_is_an_attendee_not_the_signer_for_the_regency():
    rec = _record(_witnessed_story("Turut menyaksikan Bupati Kotawaringin Barat, Hj. Nurhidayah."))
    ev = rec.signings[0]
    assert "Nurhidayah" not in _names(ev.signatories)
    assert "Nurhidayah" in _names(ev.attendees)
    assert "Fachrudin Noor" in _names(ev.signatories)


def test_a_head_named_without_a_cue_still_signs_for_a_party_with_no_signer():
    # (a guard: the head of a party no signer belongs to, named with no cue, still signs)
    rec = _record(article(
        "Pemkab Lamandau dan Kejari Teken Nota Kesepakatan",
        "NANGA BULIK – Pemerintah Kabupaten Lamandau dan Kejaksaan Negeri Lamandau menandatangani nota kesepakatan "
        "tentang penanganan masalah hukum perdata dan tata usaha negara, Rabu (5/3/2025), di Aula Setda Lamandau.",
        "Nota kesepakatan diteken Kepala Kejaksaan Negeri Lamandau Agus Salim.",
        "Bupati Lamandau Hendra Lesmana berharap pendampingan hukum ini membuat proyek daerah lebih tertib.",
    ))
    ev = rec.signings[0]
    assert {"Agus Salim", "Hendra Lesmana"} <= set(_names(ev.signatories))


# --- a signer told by post, named later with a clause giving that post ---------------------------

def _post_story(later: str) -> str:
    return article(
        "Dinkes Tabanan Gandeng FK Undiksha untuk Kepaniteraan di Puskesmas",
        "TABANAN – Dinas Kesehatan Kabupaten Tabanan dan Fakultas Kedokteran Universitas Pendidikan Ganesha "
        "(FK Undiksha) meneken Perjanjian Kerja Sama tentang Pendidikan Klinik, Senin (10/2/2025), di Ruang Rapat "
        "Dinas Kesehatan Kabupaten Tabanan.",
        "Penandatanganan dilakukan Kepala Dinas Kesehatan Tabanan dan Dekan FK Undiksha, disaksikan para kepala "
        "puskesmas.",
        later,
    )


def test_signers_told_by_post_are_the_people_named_later_with_that_post():
    rec = _record(_post_story(
        "\"Tenaga di puskesmas masih kurang,\" kata dr. Made Widiastuti, M.Kes., yang baru sebulan menjabat kepala "
        "dinas. Sementara itu, Prof. Dr. Ketut Arsana, Sp.A, yang memimpin FK Undiksha sejak 2023, menyebut "
        "mahasiswa perlu melihat pasien di layanan pertama."))
    ev = rec.signings[0]
    assert {"Made Widiastuti", "Ketut Arsana"} <= set(_names(ev.signatories))
    roles = {p.name: p.role for p in ev.signatories}
    assert roles["Made Widiastuti"].startswith("Kepala Dinas Kesehatan")


def test_a_person_holding_another_post_is_not_taken_for_the_signer():
    rec = _record(_post_story(
        "\"Tenaga di puskesmas masih kurang,\" kata dr. Made Widiastuti, yang menjabat kepala bidang pelayanan "
        "kesehatan. Sementara itu, Ketut Arsana, yang memimpin Puskesmas Kediri, menyebut mahasiswa perlu "
        "melihat pasien di layanan pertama."))
    ev = rec.signings[0]
    assert not {"Made Widiastuti", "Ketut Arsana"} & set(_names(ev.signatories))


def test_two_people_told_with_the_same_post_name_no_signer():
    rec = _record(_post_story(
        "Dr. Made Widiastuti, yang menjabat kepala dinas, dan Nyoman Sudarma, yang pernah menjabat kepala dinas, "
        "sama-sama menilai puskesmas kekurangan tenaga."))
    ev = rec.signings[0]
    assert not {"Made Widiastuti", "Nyoman Sudarma"} & set(_names(ev.signatories))


# --- a faculty glossed with its initials and the university's short form --------------------------

def _faculty_story(gloss_para: str) -> str:
    return article(
        "Pemkab Banyuwangi dan Universitas Jember Teken PKS Bantuan Hukum",
        gloss_para,
        "Perjanjian diteken Bupati Banyuwangi Ipuk Fiestiandani dan Dekan FH Unej Prof. Bayu Dwi Anggono.",
    )


def test_a_dean_of_a_glossed_faculty_has_the_faculty_in_the_role():
    rec = _record(_faculty_story(
        "BANYUWANGI – Pemerintah Kabupaten Banyuwangi dan Fakultas Hukum Universitas Jember (FH Unej) "
        "menandatangani perjanjian kerja sama tentang bantuan hukum bagi warga miskin, Rabu (5/3/2025), di "
        "Pendopo Sabha Swagata Blambangan."))
    roles = {p.name: p.role for p in rec.signings[0].signatories}
    assert roles["Bayu Dwi Anggono"] == "Dekan Fakultas Hukum Universitas Jember"


def test_a_gloss_of_the_university_alone_names_no_unit():
    # (the capitalised words before "Universitas Jember (Unej)" are a place, not a unit of it)
    rec = _record(article(
        "Pemkab Banyuwangi dan Universitas Jember Teken PKS Bantuan Hukum",
        "BANYUWANGI – Pemerintah Kabupaten Banyuwangi menandatangani perjanjian kerja sama tentang bantuan hukum "
        "dengan Universitas Jember (Unej), Rabu (5/3/2025), di Pendopo Sabha Swagata Blambangan.",
        "Perjanjian diteken Bupati Banyuwangi Ipuk Fiestiandani dan Rektor Unej Iwan Taruna.",
    ))
    roles = {p.name: p.role for p in rec.signings[0].signatories}
    assert roles["Iwan Taruna"] == "Rektor Universitas Jember"


def test_a_signer_told_by_post_is_the_person_said_to_lead_the_post_s_office():
    rec = _record(_post_story(
        "\"Tenaga di puskesmas masih kurang,\" kata dr. Made Widiastuti, yang memimpin Dinas Kesehatan Tabanan "
        "sejak Januari."))
    assert "Made Widiastuti" in _names(rec.signings[0].signatories)
