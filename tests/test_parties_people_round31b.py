"""Round 31b (parties and people helper): a village named by a noun of the land or water
("Desa Sungai Tonang", "Desa Tanjung Baru") is two words, and a run opening with such a
noun is a place, not a person; "Besar" belongs to a unit ("Balai Besar"), never opens a
name; the air force's and others' corps words after a rank ("Kolonel Pnb X") are no
name's; "tampak" after a lower-case word, before a capitalised one, tells who was seen
there; a university's institute glossed with its short form and the university's own short
form are spelled out in a role ("Ketua LPPM Unand")."""
from variety_helpers import article, first_signing
from mou_extract.people import find_mentions


def _named(text):
    return {m.name: m for m in find_mentions(text, 0, 0, len(text), frozenset()) if m.name}


# --- village names ----------------------------------------------------------------------------

def test_village_named_by_a_river_or_cape_is_two_words():
    t = ("Perjanjian diteken Kepala Desa Sungai Limau Rahmat Hidayat dan Kepala Desa Tanjung Harapan "
         "Siti Aminah.")
    named = _named(t)
    assert set(named) == {"Rahmat Hidayat", "Siti Aminah"}
    assert named["Rahmat Hidayat"].role.org_text() == "Sungai Limau"
    assert named["Siti Aminah"].role.org_text() == "Tanjung Harapan"
    # (a village of one word keeps one)
    named = _named("Perjanjian diteken Kepala Desa Karanganyar Budi Santoso.")
    assert named["Budi Santoso"].role.org_text() == "Karanganyar"


def test_village_head_of_a_river_village_signs_for_its_government():
    text = article(
        "Pemkab Siak dan Desa Teken Perjanjian Air Bersih",
        "SIAK - Pemerintah Kabupaten Siak menandatangani perjanjian kerja sama dengan pemerintah desa "
        "di Kecamatan Mempura tentang pengelolaan air bersih, Senin (3/3/2025), di Kantor Bupati Siak.",
        "Perjanjian diteken Bupati Siak Alfedri dan Kepala Desa Sungai Limau Rahmat Hidayat.",
    )
    sg = first_signing(text)
    p = next(x for x in sg.signatories if x.name == "Rahmat Hidayat")
    assert p.role == "Kepala Desa Sungai Limau"
    assert p.party == "Pemerintah Desa Sungai Limau"


def test_a_unit_named_by_a_river_is_no_person():
    t = "Bupati menerima Kepala Balai Besar Wilayah Sungai Citarum Ciliwung di ruang kerjanya."
    assert not any("Sungai" in n or "Besar" in n for n in _named(t))
    t = "Bupati menerima Kepala Balai Wilayah Sungai Kalimantan Barat Dadang Kusuma di ruang kerjanya."
    assert not any(n.startswith("Sungai") for n in _named(t))


# --- ranks ------------------------------------------------------------------------------------

def test_air_force_corps_word_is_no_part_of_the_name():
    t = "Nota kesepahaman diteken Komandan Lanud Roesmin Nurjadin Kolonel Pnb Hendra Gunawan."
    assert "Hendra Gunawan" in _named(t)
    t = "Hadir pula Kepala Dinas Hukum Lanud Letkol Chk Rudi Hartono."
    assert "Rudi Hartono" in _named(t)


# --- guests seen there ------------------------------------------------------------------------

def test_seen_there_after_a_lower_case_word_is_present():
    t = ("Dari pihak pemkot tampak Kepala Dinas Pendidikan Kota Binjai, Drs. Ahmad Syukri, "
         "dan Kepala Bappeda, Lina Marlina.")
    named = _named(t)
    assert named["Ahmad Syukri"].cue == "attendee"
    # (how someone looked is no presence)
    t = "Bupati Langkat Syah Afandin tampak senang dengan hasil kerja sama itu."
    assert _named(t)["Syah Afandin"].cue != "attendee"


# --- a university's units in roles -----------------------------------------------------------

def test_university_institute_and_short_form_spelled_out_in_a_role():
    text = article(
        "LPPM Unhas dan Pemkab Maros Teken PKS KKN",
        "MAKASSAR - Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) Universitas "
        "Hasanuddin dan Pemerintah Kabupaten Maros menandatangani perjanjian kerja sama tentang "
        "KKN Tematik, Senin (3/3/2025), di Gedung Rektorat Unhas.",
        "Penandatanganan dilakukan Ketua LPPM Unhas, Prof. Dr. Andi Rahmat, M.T., dan Bupati Maros "
        "Chaidir Syam.",
    )
    sg = first_signing(text)
    p = next(x for x in sg.signatories if x.name == "Andi Rahmat")
    assert p.role == "Ketua Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Hasanuddin"
    assert p.party == "Universitas Hasanuddin"


def test_a_field_after_and_is_no_university_short_form():
    from mou_extract.parties import university_short_form_spelled
    assert university_short_form_spelled("Kepala Bidang Penyelenggaraan Haji dan Umrah",
                                         "Universitas Maritim Raja Ali Haji") == "Kepala Bidang Penyelenggaraan Haji dan Umrah"
    assert university_short_form_spelled("Wakil Rektor Bidang Akademik Umrah",
                                         "Universitas Maritim Raja Ali Haji") == (
        "Wakil Rektor Bidang Akademik Universitas Maritim Raja Ali Haji")
