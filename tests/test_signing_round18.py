"""Signing detection shapes of round 18 (the core-domain held-out sets variety54-57):
a tally of agreements told in a relative clause ("kerja sama yang diteken X dengan
berbagai instansi"). Sentences written for these tests; none comes from a corpus article."""
from mou_extract import extract_text
from variety_helpers import article, first_signing


def test_a_tally_in_a_relative_clause_is_no_signing():
    rec = extract_text(article(
        "Komisi II Minta Rekomendasi Ombudsman Dijalankan",
        "Rabu, 10 Juni 2026",
        "JAKARTA - Komisi II DPR RI menggelar rapat dengar pendapat dengan Ombudsman RI, Selasa (9/6/2026).",
        "Seorang anggota Komisi II menilai nota kesepahaman yang ditandatangani Ombudsman dengan berbagai "
        "kementerian belum terasa manfaatnya bagi warga.",
    ), id="t")
    assert not rec.is_signing


def test_a_relative_clause_naming_todays_partners_is_still_a_signing():
    # a date in the sentence: the day's signing, not a tally
    sg = first_signing(article(
        "Ombudsman Teken Kesepakatan dengan Tiga Kementerian",
        "Rabu, 10 Juni 2026",
        "JAKARTA - Nota kesepahaman yang ditandatangani Ombudsman RI dengan sejumlah kementerian, yakni "
        "Kementerian Agama, Kementerian Sosial dan Kementerian Kesehatan, pada Selasa (9/6/2026) di Gedung "
        "Ombudsman RI mengatur penanganan pengaduan.",
    ))
    assert sg.date.value == "2026-06-09"
