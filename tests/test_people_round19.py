"""Round 19: the last word of an office before a comma and a person (a village, a
field the gazetteer does not know), Yogyakarta's district head ("Panewu"), markets and
campuses named after a town, and a village named after a building."""
from mou_extract.people import find_mentions


def _mentions(text):
    return find_mentions(text, 0, 0, len(text), frozenset())


def _named(text):
    return {m.name: m for m in _mentions(text) if m.name}


def test_directorate_field_word_before_comma_is_not_a_name():
    t = ("Dari kementerian, perjanjian diteken Direktur Jenderal Perikanan Budidaya, "
         "Dr. Ir. Slamet Riyadi, M.Si., di Jakarta.")
    names = _named(t)
    assert "Budidaya" not in names
    m = names["Slamet Riyadi"]
    assert m.cue == "signer"
    assert [x.text for x in m.role.org] == ["Perikanan", "Budidaya"]


def test_village_council_of_unknown_village():
    t = "Turut hadir Ketua BPD Mekarsari, Ujang Sopandi, dan sejumlah tokoh masyarakat."
    names = _named(t)
    assert "Mekarsari" not in names
    assert [x.text for x in names["Ujang Sopandi"].role.org] == ["BPD", "Mekarsari"]


def test_panewu_heads_a_district():
    t = ("Penandatanganan disaksikan Panewu (Camat) Semanu, Drs. Agus Priyanto, yang datang "
         "bersama jajarannya.")
    names = _named(t)
    assert set(names) == {"Agus Priyanto"}
    m = names["Agus Priyanto"]
    assert m.role.title == "Panewu" and [x.text for x in m.role.org] == ["Semanu"]


def test_market_head_without_a_name():
    t = ("Acara itu disaksikan Kepala Dinas Koperasi Banjar, Hj. Salamah, serta "
         "Kepala Pasar Cempaka.")
    names = {m.name for m in _mentions(t)}
    assert "Cempaka" not in names and "Salamah" in names


def test_campus_in_a_town_is_part_of_the_role():
    t = ("Dokumen turunannya diteken Direktur Kampus Unhas di Parepare, Dr. Rahmat Hidayat, "
         "M.Kes., bersama Kepala Dinas Kesehatan Parepare.")
    names = _named(t)
    assert "Kampus Unhas" not in names
    m = names["Rahmat Hidayat"]
    assert m.cue == "signer"
    assert [x.text for x in m.role.org][:2] == ["Kampus", "Unhas"]


def test_village_after_a_hall_name_is_not_a_person():
    t = ("Kesepakatan itu diteken Kepala Desa Sukadana, Lalu Ahmad Jayadi, di Bale Sakenem "
         "Kantor Desa Sukadana, Rabu (3/9/2025).")
    names = {m.name for m in _mentions(t)}
    assert "Sukadana" not in names
    assert "Lalu Ahmad Jayadi" in names


def test_licence_degree_after_a_kiai_name_keeps_name_and_role_paired():
    t = ("K.H. Ahmad Syafii Hasan, Lc., M.A., Bupati Sampang, dan Dr. Hj. Nur Laila, S.Ag., M.H., "
         "Ketua Pengadilan Agama Sampang, menandatangani nota kesepakatan itu.")
    names = _named(t)
    assert "Lc" not in names
    assert names["Ahmad Syafii Hasan"].role.title == "Bupati"
    assert names["Nur Laila"].role.title == "Ketua"
    assert names["Ahmad Syafii Hasan"].cue == "signer"


def test_initialling_an_annex_is_not_signing():
    t = ("Perjanjian diteken Wali Kota Blitar dan Kepala Kantor Pertanahan Blitar. Hadir menyaksikan "
         "Kepala Dinas Sosial, Rudi Prasetyo, S.Sos., serta Camat Sananwetan, Hendra Gunawan, "
         "yang juga membubuhkan paraf pada lampiran.")
    names = _named(t)
    assert names["Rudi Prasetyo"].cue == "attendee"
    assert names["Hendra Gunawan"].cue == "attendee"


def test_group_after_para_shares_the_witness_verb():
    t = "Wakil Wali Kota, Sekretaris Daerah Hj. Ratna Dewi, dan para kepala OPD menyaksikan dari barisan depan."
    assert _named(t)["Ratna Dewi"].cue == "attendee"


def test_speaker_signs_with_the_person_named_after_dengan():
    t = "Saya tanda tangan langsung dengan Ibu Kajari, Ibu Dwi Astuti, di ruang rapat bupati."
    names = _named(t)
    assert "Saya" not in names
    assert names["Dwi Astuti"].cue == "signer"


def test_boarding_school_after_lower_case_post_is_no_person():
    t = ("Acara disaksikan Ketua DPRD Sumenep, H. Abdul Rahman, serta pengasuh Pondok Pesantren "
         "Nurul Huda Pragaan, K.H. Moh. Sholeh.")
    names = _named(t)
    assert not any(n.startswith("Pondok") or n.startswith("Nurul") for n in names)
    assert names["Moh. Sholeh"].cue == "attendee"


def test_sales_area_manager_is_one_title():
    t = "Hadir pula Sales Area Manager Pertamina Patra Niaga Jatimbalinus, Andi Saputra, dan jajaran."
    names = _named(t)
    assert "Sales" not in names
