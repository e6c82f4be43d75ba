"""Round 18: people in national-level signings (a Jaksa Agung Muda, a Direktur Jenderal
whose directorate's field has "dan"), a signer's own "yang hadir mewakili" clause, and
a hospital named after a doctor."""
from mou_extract.people import find_mentions


def _mentions(text):
    return find_mentions(text, 0, 0, len(text), frozenset())


def _named(text):
    return {m.name: m for m in _mentions(text) if m.name}


def test_jaksa_agung_muda_signs():
    t = ("Dari Kejaksaan Agung, nota kesepahaman ditandatangani Jaksa Agung Muda Bidang Tindak "
         "Pidana Khusus (Jampidsus), Dr. Hendra Wijayakusuma, S.H., M.H.")
    m = _named(t)["Hendra Wijayakusuma"]
    assert m.cue == "signer"
    assert m.role is not None and m.role.title == "Jaksa Agung Muda"


def test_direktur_jenderal_field_with_dan():
    t = ("Perjanjian itu diteken Direktur Jenderal Survei dan Pemetaan Pertanahan, "
         "Ir. Bonifasius Simatupang, M.T., bersama Sekretaris Jenderal Ombudsman RI.")
    names = _named(t)
    assert "Bonifasius Simatupang" in names
    m = names["Bonifasius Simatupang"]
    assert m.cue == "signer"
    assert [x.text for x in m.role.org] == ["Survei", "dan", "Pemetaan", "Pertanahan"]


def test_signer_standing_in_does_not_turn_next_signer_into_guest():
    t = ("Kesepakatan ditandatangani oleh Wakil Rektor Bidang Akademik Unpad, Prof. Dr. Lestari "
         "Handayani, M.Si., yang hadir mewakili Rektor Unpad, dan Kepala Ombudsman RI Perwakilan "
         "Jawa Barat, Dedi Kurniawan, S.H.")
    names = _named(t)
    assert names["Dedi Kurniawan"].cue == "signer"
    # after witnesses, the next person is still a witness
    t = ("Penandatanganan disaksikan Sekretaris Daerah Kabupaten Garut, Rudi Hartono, yang hadir "
         "mewakili Bupati, dan Kepala Dinas Sosial Garut, Wina Marlina.")
    assert _named(t)["Wina Marlina"].cue == "attendee"


def test_hospital_named_after_doctor_is_no_person():
    art = ("RSUD dr. H. Moch Ansari Saleh Tandatangani PKS dengan Ombudsman Kalsel\n\n"
           "Penandatanganan berlangsung di Aula RSUD dr. H. Moch Ansari Saleh Banjarmasin.\n\n"
           "Foto: Direktur RSUD dr. H. Moch Ansari Saleh Banjarmasin dan Kepala Ombudsman Kalsel "
           "berfoto bersama.")
    s = art.index("Foto:")
    ms = find_mentions(art, 0, s, len(art), frozenset())
    assert not [m for m in ms if m.name and "Ansari" in m.name]

    # no other mention of "RSUD dr. X" as a place: the doctor directs the hospital
    t = "Naskah kerja sama ditandatangani Direktur RSUD dr. Yulia Pratiwi dan Kepala Ombudsman Riau."
    assert "Yulia Pratiwi" in _named(t)


def test_role_shared_by_names_after_yakni():
    t = ("Acara itu disaksikan dua Wakil Ketua DPRD, yakni Hj. Siti Rohmah, S.Ag., dan Ir. Bambang "
         "Wicaksono, serta Sekretaris DPRD Jatim, Drs. Heru Santoso.")
    names = _named(t)
    for n in ("Siti Rohmah", "Bambang Wicaksono"):
        assert names[n].role is not None and names[n].role.title == "Wakil Ketua"
        assert names[n].cue == "attendee"
    assert names["Bambang Wicaksono"].role is not names["Siti Rohmah"].role
