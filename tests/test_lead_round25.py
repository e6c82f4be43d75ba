"""Round 25, the lead's rules (each test fails on the code before the rule)."""
from mou_extract import extract_text

BANK = (
    "Pemkab Siak Teken PKS Layanan Kas Daerah\n\n"
    "SIAK - Pemerintah Kabupaten Siak menandatangani perjanjian kerja sama dengan PT Bank Riau "
    "Kepri Syariah tentang layanan kas daerah di Balai Bupati Siak, Kamis (6/3/2025).\n\n"
    "Perjanjian ditandatangani Bupati Siak, Rahmat Hidayat, dan Pemimpin Cabang BRK Syariah "
    "Siak, Dedi Kurniawan.\n\n"
    "Menurut Dedi, kerja sama itu memudahkan pembayaran gaji pegawai dan pajak daerah.\n"
)


def _signer(rec, name):
    return next(p for s in rec.signings for p in s.signatories if p.name == name)


def test_a_branch_head_titled_with_the_short_form_and_town_is_spelled_out():
    # "BRK Syariah Siak" = the company written out in full ("Bank Riau Kepri Syariah") + its town
    rec = extract_text(BANK, "t1")
    assert _signer(rec, "Dedi Kurniawan").role == "Pemimpin Cabang Bank Riau Kepri Syariah Siak"


def test_a_short_form_that_spells_no_part_of_the_party_is_kept_as_written():
    text = BANK.replace("Pemimpin Cabang BRK Syariah Siak", "Pemimpin Cabang BNS Syariah Siak")
    role = _signer(extract_text(text, "t2"), "Dedi Kurniawan").role
    assert role is None or "Bank Riau Kepri" not in role
