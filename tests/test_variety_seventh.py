"""Shapes of round 13: leftovers of earlier rounds and what the held-out sets variety12
and variety13 (written by people who had not read the code) found. Sentences written
for these tests; none comes from a corpus article."""
from mou_extract.people import find_mentions
from variety_helpers import article, first_signing


def _signers(sg) -> dict[str, tuple]:
    return {p.name: (p.role, p.party) for p in sg.signatories}


def test_a_field_list_with_commas_stays_in_the_role_before_the_name():
    # "Bidang A, B dan C <university>, <name>": the commas separate fields, not people
    s = ("Naskah itu ditandatangani Wakil Rektor Bidang Akademik, Kemahasiswaan dan Alumni Untan, "
         "Dr. Hendra Wijaya, M.Pd., dan Bupati Sanggau Yohanes Ontot.")
    names = [(m.name, m.role.org_text() if m.role else None) for m in find_mentions(s, 0, 0, len(s))]
    assert ("Hendra Wijaya", None) in names or any(n == "Hendra Wijaya" for n, _ in names)
    assert not any(n in ("Kemahasiswaan", "Alumni Untan", "Kemahasiswaan dan Alumni Untan") for n, _ in names)
    sg = first_signing(article(
        "Untan dan Pemkab Sanggau Teken Nota Kesepahaman",
        "PONTIANAK - Universitas Tanjungpura (Untan) dan Pemerintah Kabupaten Sanggau menandatangani nota "
        "kesepahaman di Rektorat Untan, Kamis (6/3/2025).",
        s))
    role, party = _signers(sg)["Hendra Wijaya"]
    assert role.startswith("Wakil Rektor Bidang Akademik, Kemahasiswaan dan Alumni")
    assert party == "Universitas Tanjungpura"


def test_a_comma_after_a_field_without_a_list_still_ends_the_role():
    # one field, then the name: the comma is the one before the name
    s = "Hadir Kepala Bidang Anggaran, Rudi Hartono, dan Kepala Bidang Aset, Sinta Dewi."
    names = [m.name for m in find_mentions(s, 0, 0, len(s))]
    assert "Rudi Hartono" in names and "Sinta Dewi" in names


def test_an_acronym_gloss_inside_a_company_unit_is_read_through():
    sg = first_signing(article(
        "PLN dan Kejati Jatim Teken PKS",
        "SURABAYA - PT PLN (Persero) Unit Induk Distribusi (UID) Jawa Timur dan Kejaksaan Tinggi Jawa Timur "
        "menandatangani perjanjian kerja sama di Surabaya, Selasa (4/2/2025).",
        "Perjanjian ditandatangani General Manager PLN UID Jawa Timur Ahmad Mustaqir dan "
        "Kepala Kejaksaan Tinggi Jawa Timur Mia Amiati. Kerja sama meliputi bantuan hukum "
        "perdata dan tata usaha negara."))
    names = [p.name for p in sg.parties]
    assert "PT PLN (Persero) Unit Induk Distribusi Jawa Timur" in names
    role, party = _signers(sg)["Ahmad Mustaqir"]
    # the unit's acronym is a branch word: no level word ("Provinsi") is put before the place
    assert role == "General Manager PLN UID Jawa Timur"
    assert party == "PT PLN (Persero) Unit Induk Distribusi Jawa Timur"
