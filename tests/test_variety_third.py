"""Shapes found with the third written variety set (tests/corpus/variety3): scope stated
only as the agreement's subject, grant agreements, signings called off, offices named
with "dan" and an acronym, religious organisations, and a parent organisation named in
passing beside its regional board."""
from pathlib import Path

from mou_extract import extract_text
from mou_extract.classify import anchor_status, signing_verbs
from mou_extract.documents import document_type_of, find_documents
from mou_extract.scope import subject_scope
from variety_helpers import people as _people, first_signing as _signing

HERE = Path(__file__).resolve().parent / "corpus" / "variety3"


# --- scope from the agreement's subject ----------------------------------------------

_LEAD = ("SLEMAN – Pemerintah Kabupaten Sleman dan BPJS Kesehatan Cabang Sleman menandatangani {doc} "
         "di Pendopo Rumah Dinas Bupati Sleman, Senin (3/6/2024). Penandatanganan dilakukan oleh Bupati "
         "Sleman Kustini Sri Purnomo dan Kepala BPJS Kesehatan Cabang Sleman Anton Wibowo Putra.\n")


def _scope(doc: str):
    return [(s.label, s.evidence.text) for s in _signing(_LEAD.format(doc=doc)).scope]


def test_subject_without_a_label_is_other():
    assert _scope("perjanjian kerja sama tentang pelayanan kesehatan bagi peserta JKN") == [
        ("other", "pelayanan kesehatan bagi peserta JKN")]


def test_two_subjects_joined_by_dan_are_one_other():
    assert _scope("nota kesepakatan tentang ketahanan pangan dan pembangunan desa") == [
        ("other", "ketahanan pangan dan pembangunan desa")]


def test_subject_right_after_the_acronym():
    assert _scope("PKS layanan kas daerah") == [("other", "layanan kas daerah")]
    assert _scope("PKS tentang penempatan dokter residen") == [("other", "penempatan dokter residen")]


def test_subject_that_restates_a_label_adds_no_other():
    assert _scope("nota kesepakatan tentang Sinergi Pengawasan Penyelenggaraan Pelayanan Publik") == [
        ("monitoring_evaluation", "Pengawasan")]
    assert _scope("nota kesepakatan tentang Sinergi Penyelenggaraan Pelayanan Publik di Kabupaten Sleman") == []


def test_subject_with_a_label_and_another_area():
    t = "Pencegahan Maladministrasi dan Pengembangan Pariwisata"
    assert [(h.label, h.text) for h in subject_scope(t, 0, len(t))] == [
        ("maladministration_prevention", "Pencegahan Maladministrasi"), ("other", "Pengembangan Pariwisata")]


def test_scope_statement_wins_over_the_subject():
    text = _LEAD.format(doc="perjanjian kerja sama tentang pelayanan kesehatan") + \
        "Ruang lingkup kerja sama meliputi pertukaran data dan pelatihan petugas.\n"
    assert sorted(s.label for s in _signing(text).scope) == ["capacity_building", "data_exchange"]


# --- documents and signing status ------------------------------------------------------


def test_grant_agreement_is_a_signing_typed_other():
    text = ("BANTUL – Pemerintah Kabupaten Bantul dan Komisi Pemilihan Umum (KPU) Kabupaten Bantul "
            "menandatangani Naskah Perjanjian Hibah Daerah (NPHD) untuk pendanaan Pilkada di Ruang Rapat "
            "Bupati Bantul, Senin (20/5/2024).\n")
    sg = _signing(text)
    assert sg.document_type == "other"
    assert find_documents("Perjanjian hibah ditandatangani kemarin.")[0].doc_type == "other"


def test_adendum_of_a_pks_keeps_the_pks_type():
    assert document_type_of(find_documents("menandatangani adendum perjanjian kerja sama pengelolaan parkir")) \
        == "perjanjian_kerja_sama"


def _status(s: str) -> str:
    v = signing_verbs(s, 0, len(s))[0]
    return anchor_status(s, 0, len(s), v, [], [], None)


def test_signing_called_off_is_not_done():
    assert _status("Ia mengatakan penandatanganan ditunda karena draf masih dikaji.") == "negated"
    assert _status("Ia mengatakan penandatanganan nota kesepahaman tersebut batal digelar.") == "negated"
    # delayed, then held: still a signing
    assert _status("Penandatanganan yang sempat tertunda itu digelar di Balai Kota, Senin (3/6/2024).") == "done"
    assert _status("Penandatanganan dilakukan Bupati Sleman, lalu rapat ditunda.") == "done"


def test_called_off_article_is_not_a_signing():
    rec = extract_text((HERE / "w14.txt").read_text(encoding="utf-8"), id="w14")
    assert not rec.is_signing


# --- people and parties -----------------------------------------------------------------


def test_office_named_with_dan_and_an_acronym():
    got = _people("Turut hadir Kepala Dinas Tenaga Kerja dan ESDM Provinsi Bali Ida Bagus Setiawan, "
                  "serta Kepala BPJS Ketenagakerjaan Cabang Denpasar I Made Suartana.")
    assert ("Ida Bagus Setiawan", "Kepala Dinas", "Tenaga Kerja dan ESDM Provinsi Bali", "attendee") in got


def test_dan_before_a_title_still_splits_people():
    got = _people("Penandatanganan disaksikan Kepala Dinas Kesehatan Rudi Hartono dan Kapolres Sleman Yuswanto Ardi.")
    assert [g[0] for g in got] == ["Rudi Hartono", "Yuswanto Ardi"]


def test_nu_council_title_is_a_role():
    got = _people("Penandatanganan disaksikan Rais Syuriah PWNU Jawa Timur KH Anwar Manshur Ridwan.")
    assert got[0][:3] == ("Anwar Manshur Ridwan", "Rais Syuriah", "PWNU Jawa Timur")


def test_religious_board_with_glossed_acronym_and_parent_named_in_passing():
    sg = _signing((HERE / "w03.txt").read_text(encoding="utf-8"))
    assert sorted(p.name for p in sg.parties) == ["Pemerintah Provinsi Sulawesi Selatan",
                                                   "Pimpinan Wilayah Muhammadiyah Sulawesi Selatan"]


def test_capitalised_honorific_opens_the_name_not_the_office():
    got = _people("Penandatanganan disaksikan Kapolres Sleman AKBP Yuswanto Ardi dan Ketua PWNU Jatim KH Abdul Hakim.")
    assert [(g[0], g[2]) for g in got] == [("Yuswanto Ardi", "Sleman"), ("Abdul Hakim", "PWNU Jatim")]


def test_subject_after_untuk_is_read_only_from_a_noun():
    text = ("BANTUL – Pemerintah Kabupaten Bantul dan Komisi Pemilihan Umum (KPU) Kabupaten Bantul "
            "menandatangani Naskah Perjanjian Hibah Daerah (NPHD) untuk pendanaan Pilkada di Ruang Rapat "
            "Bupati Bantul, Senin (20/5/2024).\n")
    assert [s.label for s in _signing(text).scope] == ["other"]
    assert _scope("MoU untuk memperkuat sinergi") == []


def test_field_of_cooperation_in_the_subject_is_other():
    assert _scope("MoU tentang Kerja Sama di Bidang Pendidikan") == [("other", "Kerja Sama di Bidang Pendidikan")]
    assert _scope("MoU tentang Kerja Sama antara Pemkab Sleman dan BPJS Kesehatan") == []
