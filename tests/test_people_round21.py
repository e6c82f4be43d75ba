"""Round 21: clergy honorifics, degrees with a specialty in brackets, invisible
characters inside names, a sentence end hidden by a degree's dot, a signing verb left
out after "sedangkan", "Jenderal" ending a title before a short form in capitals, the
"orang nomor satu di ..." epithet, field lists and unit names the office words do not
know, officers' wives' associations, acting roles after "selaku", and colon lists of
the officials present."""
from mou_extract.people import find_mentions, restore_role_case


def _mentions(text):
    return find_mentions(text, 0, 0, len(text), frozenset())


def _named(text):
    return {m.name: m for m in _mentions(text) if m.name}


def test_pendeta_is_an_honorific_not_a_name():
    t = ("Kesepakatan ditandatangani Ketua Sinode Gereja Kemah Injil, Pdt. Yohana Wenda, S.Th., "
         "dan Kepala Dinas Sosial Mimika, Markus Kambu.")
    names = _named(t)
    assert "Pdt" not in names
    assert names["Yohana Wenda"].cue == "signer"


def test_degree_with_specialty_in_brackets():
    t = ("Turut hadir Direktur RSUD Pirngadi, dr. Siti Rahmah, M.Ked(Paru), Sp.P., serta "
         "Kepala Dinas Kesehatan Kota Medan, dr. Taufik Lubis, M.K.M.")
    names = _named(t)
    assert set(names) == {"Siti Rahmah", "Taufik Lubis"}
    assert [x.text for x in names["Taufik Lubis"].role.org] == ["Kesehatan", "Kota", "Medan"]


def test_zero_width_space_inside_a_name():
    t = "Nota kesepakatan diteken Anggota Ombudsman RI Ratna Kusuma\u200bwardhani dan Bupati Sleman Harda Kiswaya."
    names = _named(t)
    assert "Ratna Kusumawardhani" in names
    m = names["Ratna Kusumawardhani"]
    assert t[m.name_start:m.name_end] == "Ratna Kusuma\u200bwardhani"


def test_sentence_end_hidden_by_degree_dot():
    t = ("Nota kesepakatan ditandatangani Bupati Sumbawa, Dr. H. Ahmad Fauzan, S.H., M.H. Sementara "
         "Ketua DPRD Sumbawa berhalangan hadir karena dinas luar.")
    assert _named(t)["Ahmad Fauzan"].cue == "signer"


def test_signing_verb_left_out_after_sedangkan():
    t = ("Dari pihak kejaksaan, naskah diteken Kepala Kejari Bantul Andi Pratama, sedangkan dari "
         "pihak pemkab oleh Sekretaris Daerah Wahyu Hidayat.")
    names = _named(t)
    assert names["Andi Pratama"].cue == "signer"
    assert names["Wahyu Hidayat"].cue == "signer"


def test_jenderal_ending_a_title_is_no_rank_before_a_name():
    t = "Acara disaksikan Sekretaris Jenderal PB IKA dr. Rina Lestari dan Ketua Umum PB IKA dr. Dodi Saputra."
    assert restore_role_case(t) == t
    t2 = "Hadir Pangdam Mayjen TNI BUDI SANTOSO, S.E., di lokasi."
    assert "Budi Santoso" in restore_role_case(t2)


def test_orang_nomor_satu_epithet_gives_the_regional_head():
    t = ("Nota kesepakatan diteken orang nomor satu di Kota Parepare, Dr. H. Andi Syamsul, M.Si., "
         "dan Kepala Ombudsman RI Perwakilan Sulsel, Ismail Hamid.")
    m = _named(t)["Andi Syamsul"]
    assert m.cue == "signer"
    assert m.role.title == "Wali Kota" and [x.text for x in m.role.org] == ["Parepare"]
    assert m.role.regions


def test_first_field_of_a_list_unknown_to_the_office_words():
    t = ("Turut hadir Kepala Dinas Tanaman Pangan, Hortikultura dan Peternakan Kabupaten Lahat, "
         "Ir. Ahmad Sobri, dan para camat.")
    names = _named(t)
    assert "Tanaman Pangan" not in names and "Hortikultura" not in names
    assert [x.text for x in names["Ahmad Sobri"].role.org][:2] == ["Tanaman", "Pangan"]


def test_unit_name_with_dan_before_office_words_and_name():
    t = "Penandatanganan disaksikan Kepala Pusat Data dan Informasi Kesehatan Yudi Prasetyo."
    names = _named(t)
    assert set(names) == {"Yudi Prasetyo"}
    assert [x.text for x in names["Yudi Prasetyo"].role.org] == ["Pusat", "Data", "dan", "Informasi", "Kesehatan"]


def test_officers_wives_association_is_no_person():
    t = ("Hadir pula Ketua Persit Kartika Chandra Kirana Koorcab Rem 044 PD II/Sriwijaya, "
         "Ny. Lestari Handayani, bersama pengurus.")
    names = _named(t)
    assert set(names) == {"Lestari Handayani"}
    assert names["Lestari Handayani"].role.org[0].text == "Persit"


def test_acting_role_after_selaku_replaces_the_own_role():
    t = ("Penandatanganan dilakukan Wakil Wali Kota Solok, Ramadhani Kirana Putra, S.E., selaku "
         "Pelaksana Tugas (Plt.) Wali Kota Solok.")
    ms = _mentions(t)
    assert len(ms) == 1
    assert ms[0].name == "Ramadhani Kirana Putra" and ms[0].role.title == "Pelaksana Tugas Wali Kota"
    assert ms[0].cue == "signer"


def test_colon_list_of_officials_present():
    t = ("Di barisan depan duduk sejumlah pejabat: Wakil Bupati Karo Theopilus Ginting, Ketua DPRD "
         "Karo Iriani Tarigan, dan Kapolres Karo AKBP Eko Saputra.")
    names = _named(t)
    assert set(names) == {"Theopilus Ginting", "Iriani Tarigan", "Eko Saputra"}
    assert all(m.cue == "attendee" for m in names.values())
