"""Round 33, older sets: the head of a unit named by its kind alone after the unit
("Dinas Pertanian X yang diwakili Kepala Dinas, Y") holds the post of that unit, the
kind written once. Sentences written for these tests."""
from mou_extract import extract_text


def _signers(text: str) -> dict:
    rec = extract_text(text, id="t", published="2026-03-03")
    return {p.name: p.role for s in rec.signings for p in s.signatories}


_LEAD = ("Kendari - Pemerintah Kabupaten Konawe Selatan menjalin kerja sama dengan Universitas "
         "Halu Oleo, Senin (2/3/2026).\n\n")


def test_head_of_unit_kind_after_the_unit_written_once():
    text = _LEAD + ("Perjanjian kerja sama ditandatangani antara Fakultas Teknik UHO yang diwakili Dekan "
                    "Dr. Budi Santoso dengan Dinas Perhubungan Konsel yang diwakili Kepala Dinas, Agus Salim.\n")
    assert _signers(text)["Agus Salim"] == "Kepala Dinas Perhubungan Kabupaten Konawe Selatan"


def test_head_of_agency_kind_after_the_agency():
    text = _LEAD + ("Perjanjian kerja sama ditandatangani antara Fakultas Teknik UHO yang diwakili Dekan "
                    "Dr. Budi Santoso dengan Badan Pendapatan Daerah Konsel yang diwakili Kepala Badan, "
                    "Rina Marlina.\n")
    assert _signers(text)["Rina Marlina"] == "Kepala Badan Pendapatan Daerah Kabupaten Konawe Selatan"


def test_guard_head_written_in_full_unchanged():
    text = _LEAD + ("Perjanjian kerja sama ditandatangani Dekan Fakultas Teknik UHO Dr. Budi Santoso dan "
                    "Kepala Dinas Perhubungan Konsel, Agus Salim.\n")
    assert _signers(text)["Agus Salim"] == "Kepala Dinas Perhubungan Kabupaten Konawe Selatan"


def test_guard_head_of_branch_of_a_body_keeps_the_body():
    text = ("Watampone - Pemerintah Kabupaten Bone dan BPJS Ketenagakerjaan menandatangani perjanjian "
            "kerja sama perlindungan pekerja rentan, Senin (2/3/2026).\n\n"
            "Perjanjian diteken Bupati Bone Andi Asman Sulaiman, sementara BPJS Ketenagakerjaan diwakili "
            "Kepala Kantor Cabang Watampone, Hasanuddin.\n")
    role = _signers(text)["Hasanuddin"]
    assert "BPJS Ketenagakerjaan" in role and "Kantor Kantor" not in role


# --- a married woman's name ends in her husband's: "Ny. Retno Wahyu Handoko" is not Wahyu Handoko

def _people(text: str) -> tuple[dict, dict]:
    rec = extract_text(text, id="t", published="2026-03-03")
    s = rec.signings[0]
    return {p.name: p.role for p in s.signatories}, {p.name: p.role for p in s.attendees}


_PKK = ("Purwokerto - Tim Penggerak PKK Kabupaten Banyumas dan Perwakilan BKKBN Jawa Tengah menandatangani "
        "nota kesepahaman percepatan penurunan stunting, Senin (2/3/2026).\n\n")


def test_wife_named_with_husbands_name_is_another_person():
    text = _PKK + ("Nota kesepahaman diteken Ketua TP PKK Kabupaten Banyumas, Ny. Sulastri Hadi Purnomo, dan "
                   "Kepala Perwakilan BKKBN Jawa Tengah, Dra. Maria Ulfa.\n\n"
                   "Penandatanganan disaksikan Bupati Banyumas, Hadi Purnomo.\n")
    signers, guests = _people(text)
    assert signers["Sulastri Hadi Purnomo"] == "Ketua Tim Penggerak PKK Kabupaten Banyumas"
    assert guests == {"Hadi Purnomo": "Bupati Banyumas"}


def test_wife_after_husband_is_another_person():
    text = _PKK + ("Bupati Banyumas, Hadi Purnomo, membuka acara tersebut.\n\n"
                   "Nota kesepahaman diteken Ketua TP PKK Kabupaten Banyumas, Ny. Sulastri Hadi Purnomo, dan "
                   "Kepala Perwakilan BKKBN Jawa Tengah, Dra. Maria Ulfa.\n")
    signers, _ = _people(text)
    assert signers["Sulastri Hadi Purnomo"] == "Ketua Tim Penggerak PKK Kabupaten Banyumas"
    assert "Hadi Purnomo" not in signers


def test_guard_name_shortened_without_ny_is_one_person():
    text = _PKK + ("Nota kesepahaman diteken Ketua TP PKK Kabupaten Banyumas, Sulastri Hadi Purnomo, dan "
                   "Kepala Perwakilan BKKBN Jawa Tengah, Dra. Maria Ulfa.\n\n"
                   "Menurut Hadi Purnomo, kerja sama ini penting bagi keluarga di desa.\n")
    signers, guests = _people(text)
    assert set(signers) == {"Sulastri Hadi Purnomo", "Maria Ulfa"} and "Hadi Purnomo" not in guests


# --- "Penandatangan MoU itu digelar di X": the signer's noun written for the act

from mou_extract.classify import signing_verbs  # noqa: E402


def test_signer_noun_for_the_act_before_a_verb_of_holding():
    s = "Penandatangan MoU itu digelar di Pendopo Bupati Sukamaju, Jalan Merdeka, Kota Sukamaju."
    assert [m.group() for m in signing_verbs(s, 0, len(s))] == ["Penandatangan"]


def test_signer_noun_for_the_act_gives_the_venue():
    text = ("SUKAMAJU - Pemkab Sukamaju resmi bekerja sama dengan Ombudsman RI Perwakilan Banten untuk "
            "mengawasi pelayanan publik, Rabu (4/3/2026). Penandatangan MoU itu berlangsung di Pendopo Bupati "
            "Sukamaju, Jalan Merdeka.\n\n"
            "\"Kami ingin pelayanan publik di Sukamaju makin cepat dan bersih,\" kata Bupati Rudi Hartono.\n\n"
            "Dari pihak Ombudsman, MoU itu ditandatangani Kepala Ombudsman RI Perwakilan Banten, Dewi Lestari.\n")
    rec = extract_text(text, id="t", published="2026-03-04")
    assert rec.signings[0].venue is not None and rec.signings[0].venue.name == "Pendopo Bupati Sukamaju"


def test_guard_signer_noun_stays_a_signer():
    for s in ("Penandatangan MoU itu adalah Bupati Sukamaju dan Kepala Ombudsman.",
              "Para penandatangan nota kesepahaman hadir lengkap di aula."):
        assert signing_verbs(s, 0, len(s)) == []
