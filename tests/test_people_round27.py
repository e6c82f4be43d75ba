"""Round 27: "Lalu Lintas" as a unit's field (not the Sasak "Lalu" opening a name), a
village head named only by the village, degrees between a name and "hadir menyaksikan",
verbs of putting a signature ("menorehkan tanda tangan", a translation's "menempatkan
tanda tangan"), a translation's "Walikota dari X" and "Profesor", and English roles
that go on after "for" / "of" ("Vice Rector for ..., Prof. X"), with the body's
possessive before them, and "the dean of ..."."""
from mou_extract.people import find_mentions


def _mentions(text, start=0, end=None):
    return find_mentions(text, 0, start, len(text) if end is None else end, frozenset())


def _named(text, start=0, end=None):
    return {m.name: m for m in _mentions(text, start, end) if m.name}


def _sentence(text, sentence):
    a = text.index(sentence)
    return _named(text, a, a + len(sentence))


def test_traffic_field_is_part_of_the_role_not_a_name():
    t = "Turut hadir Kepala Dinas Perhubungan Lombok Timur Syamsul Hadi dan Direktur Lalu Lintas Polda NTB."
    names = _named(t)
    assert "Lalu Lintas" not in names
    assert "Syamsul Hadi" in names
    roles = [m for m in _mentions(t) if m.role is not None and m.role.title == "Direktur"]
    assert roles and roles[0].role.org_text().startswith("Lalu Lintas")
    # the field before a named officer, and the Sasak title opening a real name, as before
    t2 = "Hadir pula Kepala Unit Lalu Lintas Polsek Praya, Ipda Lalu Ahmad Fauzi."
    names = _named(t2)
    assert "Lalu Ahmad Fauzi" in names
    assert names["Lalu Ahmad Fauzi"].role.org_text().startswith("Lalu Lintas")
    # a noun that goes on naming the field after it, then the person
    t3 = "Turut hadir Direktur Lalu Lintas Keimigrasian Rina Wulandari."
    m = _named(t3)["Rina Wulandari"]
    assert m.role is not None and m.role.org_text() == "Lalu Lintas Keimigrasian"


def test_village_head_named_only_by_the_village():
    t = ("Kepala Desa Sukadana, yang turut hadir, menyambut baik program itu. Warga Desa Sukadana "
         "selama ini mengeluhkan layanan air bersih.")
    first = t[:t.index(".") + 1]
    ms = _mentions(t, 0, len(first))
    assert not any(m.name == "Sukadana" for m in ms)
    heads = [m for m in ms if m.role is not None and m.role.title == "Kepala Desa"]
    assert heads and heads[0].role.org_text() == "Sukadana" and heads[0].name is None
    # without the village written elsewhere the word after the title may be a name, and a
    # person after the comma is the head, as before
    t2 = "Kepala Desa Sukadana, Made Wirawan, yang turut hadir, menyambut baik program itu."
    assert "Made Wirawan" in _named(t2)
    # the same title and name written again elsewhere names no village: "Desa Mekarsari
    # Ujang Suhara" in "Kepala Desa Mekarsari Ujang Suhara" is still the head's name
    t3 = ("PKS ditandatangani Kepala Desa Mekarsari Ujang Suhara, Kepala Desa Cibodas Asep. "
          "Menurut Kepala Desa Mekarsari Ujang Suhara, program itu penting.")
    first = t3[:t3.index(".") + 1]
    assert "Ujang Suhara" in _named(t3, 0, len(first))


def test_degrees_between_name_and_hadir_menyaksikan():
    t = ("Bupati Sikka, Dr. Yohanes Don Bosco Nong, M.Si., hadir menyaksikan bersama Kapolres Sikka, "
         "AKBP Heru Santoso, S.H.")
    names = _named(t)
    assert names["Yohanes Don Bosco Nong"].cue == "attendee"


def test_verbs_of_putting_a_signature():
    t = ("Bupati Bone, H. Andi Syamsuddin, S.E., dan Kepala Kejaksaan Negeri Bone, Rudi Hartono, S.H., "
         "menorehkan tanda tangan pada nota kesepakatan itu.")
    names = _named(t)
    assert names["Andi Syamsuddin"].cue == "signer"
    assert names["Rudi Hartono"].cue == "signer"
    t2 = "Kedua pimpinan, Bupati Gowa Budi Santoso dan Rektor Unhas Ahmad Yani, menempatkan tanda tangan mereka."
    names = _named(t2)
    assert names["Budi Santoso"].cue == "signer" and names["Ahmad Yani"].cue == "signer"


def test_translated_title_dari_place_and_profesor():
    t = ("Bupati dari Minahasa, Jemmy Wenas, dan Rektor dari Universitas Negeri Manado, Profesor Deitje "
         "Katuuk, menempatkan tanda tangan mereka di atas dokumen itu.")
    names = _named(t)
    assert names["Jemmy Wenas"].role.title == "Bupati"
    assert names["Jemmy Wenas"].role.org_text() == "Minahasa"
    assert "Deitje Katuuk" in names
    assert names["Deitje Katuuk"].cue == "signer"
    assert names["Deitje Katuuk"].role.title == "Rektor"
    assert names["Deitje Katuuk"].role.org_text() == "Universitas Negeri Manado"


def test_english_title_goes_on_after_for_and_of():
    t = ("The MoU was signed by Klungkung Regent I Nyoman Sukarta and Warmadewa University's Vice Rector for "
         "Academic, Student and Alumni Affairs, Prof. Dr. I Wayan Sudiarsa, M.Si., who signed on behalf of "
         "the Rector.")
    names = _named(t)
    m = names["I Wayan Sudiarsa"]
    assert m.cue == "signer"
    assert m.role.title == "Vice Rector"
    assert m.role.org_text() == "for Academic, Student and Alumni Affairs"
    assert [x.text for x in m.role.before] == ["Warmadewa", "University"]
    assert not any(n.startswith("Warmadewa") or n in ("Student", "Alumni Affairs") for n in names)
    t2 = "The agreement was signed by the Rector of Universitas Jember, Prof. Dr. Budi Prasetyo, and the Mayor of Malang, Drs. Agus Wibowo."
    names = _named(t2)
    assert names["Budi Prasetyo"].role.title == "Rector"
    assert names["Budi Prasetyo"].role.org_text() == "of Universitas Jember"
    assert names["Agus Wibowo"].role.title == "Mayor"
    assert names["Agus Wibowo"].role.place == "Malang" and names["Agus Wibowo"].role.regions


def test_english_lower_case_dean_of_a_faculty():
    t = ("Also present were the Deputy Regent of Bangli and the dean of Warmadewa's Faculty of Law, "
         "Prof. Dr. Ni Made Sukaryati.")
    names = _named(t)
    m = names["Ni Made Sukaryati"]
    assert m.cue == "attendee"
    assert m.role is not None and m.role.title.startswith("Dean")
