"""Round 24: religious titles before a name ("Habib X", "Tuan Guru Haji (TGH) Y"), taking
part in a meeting ("turut mengikuti secara daring", "yang ikut dalam konferensi video"),
a guest's stand-in after "diwakili" in a list of guests and the guest named after them,
the deputy of a regional office's head ("Deputi Kepala Perwakilan"), the capacity a
person is present in ("dalam kapasitasnya sebagai"), a name that ends in a place's short
name after a role that named its region, "Name (Post, mewakili Bupati)" in a list,
the institution named with "dari" right before the signing verb, and a community standing
before a name with no title ("tokoh masyarakat X")."""
from mou_extract.people import find_mentions


def _mentions(text, start=0):
    return find_mentions(text, 0, start, len(text), frozenset())


def _named(text, start=0):
    return {m.name: m for m in _mentions(text, start) if m.name}


def test_religious_title_is_not_part_of_the_name():
    t = ("Nota kesepahaman diteken Bupati Lombok Timur dan Ketua Yayasan Nurul Huda, "
         "Tuan Guru Haji (TGH) Lalu Muhammad Ridwan.")
    names = _named(t)
    assert "Lalu Muhammad Ridwan" in names and names["Lalu Muhammad Ridwan"].cue == "signer"
    assert not any(n.startswith("Tuan Guru") for n in names)
    t2 = "Acara itu dihadiri Ketua PCNU Kabupaten Bangil dan Habib Hasan bin Umar Alatas."
    assert "Hasan bin Umar Alatas" in _named(t2)
    t3 = "Acara itu disaksikan pengasuh pesantren, Syekh Ahmad Fauzan Hamid."
    assert "Ahmad Fauzan Hamid" in _named(t3)
    # "Habib" before one word only, or inside a name, is a given name
    t4 = "Penandatanganan disaksikan Camat Bangil, Habib Rahman."
    assert "Habib Rahman" in _named(t4)
    t5 = "Penandatanganan disaksikan Camat Praya, Lalu Habib Maulana."
    assert "Lalu Habib Maulana" in _named(t5)


def test_taking_part_online_is_attending():
    t = "Turut mengikuti secara daring Kepala Dinas Kesehatan Provinsi Bengkulu, Herwan Antoni."
    assert _named(t)["Herwan Antoni"].cue == "attendee"
    t2 = ("Kepala Ombudsman RI Perwakilan Jambi, Saiful Roswandi, yang ikut dalam rapat virtual itu, "
          "menyebut laporan warga meningkat.")
    assert _named(t2)["Saiful Roswandi"].cue == "attendee"
    # only quoted: no cue
    t3 = "Kepala Ombudsman RI Perwakilan Jambi, Saiful Roswandi, menyebut laporan warga meningkat."
    assert _named(t3)["Saiful Roswandi"].cue is None


def test_stand_in_of_a_guest_and_the_next_guest():
    t = ("Turut hadir Kepala Dinas Koperasi Kabupaten Tebo Arif Munandar, Kepala Kantor Wilayah BPN Provinsi "
         "Jambi yang diwakili Kepala Bidang Penataan Rudi Santoso, Pemimpin Cabang Bank Mandiri Tebo "
         "Dewi Lestari, serta para lurah.")
    ms = _mentions(t)
    rudi = [m for m in ms if m.name == "Rudi Santoso"]
    assert "attendee" in {m.cue for m in rudi}  # the stand-in came as a guest
    assert any(m.on_behalf_of is not None for m in rudi)
    dewi = [m for m in ms if m.name == "Dewi Lestari"]
    assert [m.cue for m in dewi] == ["attendee"] and dewi[0].on_behalf_of is None
    # a signer's stand-in is no guest
    t2 = ("Perjanjian diteken Bupati Tebo yang diwakili Sekretaris Daerah Kabupaten Tebo Rudi Santoso "
          "dan Pemimpin Cabang Bank Mandiri Tebo Dewi Lestari.")
    assert "attendee" not in {m.cue for m in _mentions(t2) if m.name == "Rudi Santoso"}


def test_deputy_head_of_a_regional_office_is_one_title():
    t = "Kepala Perwakilan Bank Indonesia Provinsi Riau diwakili Deputi Kepala Perwakilan Budi Hartawan."
    m = [m for m in _mentions(t) if m.name == "Budi Hartawan"][0]
    assert m.role.title == "Deputi Kepala Perwakilan"


def test_capacity_named_after_the_name():
    t = ("Hadir pula istri bupati, Ratna Dewi, S.Pd., dalam kapasitasnya sebagai Ketua Tim Penggerak PKK "
         "Kabupaten Sumba Barat.")
    m = _named(t)["Ratna Dewi"]
    assert m.cue == "attendee"
    assert m.role is not None and m.role.title == "Ketua Tim"
    assert [x.text for x in m.role.org][-2:] == ["Sumba", "Barat"]


def test_name_ending_in_a_place_short_name_after_the_region():
    t = "Turut hadir Sekretaris Daerah Kabupaten Poso Yohanes Rante Tasik, serta para camat."
    m = _named(t)["Yohanes Rante Tasik"]
    assert [x.text for x in m.role.org] == ["Kabupaten", "Poso"]
    # an office word after the region still names the office
    t2 = "Turut hadir Kepala Dinas Pendidikan Kabupaten Poso Bidang SMP, Yohanes Rante Tasik."
    assert "Yohanes Rante Tasik" in _named(t2)


def test_post_and_stand_in_in_brackets_after_the_name():
    t = "3. Kabupaten Malaka — Henri Melki Simu (Wakil Bupati, mewakili Bupati)"
    m = _named(t)["Henri Melki Simu"]
    assert m.role is not None and m.role.title == "Wakil Bupati"
    assert m.cue == "rep" and m.on_behalf_of is not None and m.on_behalf_of.title == "Bupati"


def test_institution_named_with_dari_before_the_signing_verb():
    t = ("Sekda menandatangani atas nama Bupati Garut, sementara dari BPJS Ketenagakerjaan dokumen diteken "
         "Kepala Cabang Garut, Yuli Astuti.")
    m = _named(t)["Yuli Astuti"]
    assert [x.text for x in m.role.org][:2] == ["BPJS", "Ketenagakerjaan"]
    # no signing verb after it: "dari" names where someone came from, not their office
    t2 = "Tamu dari BPJS Ketenagakerjaan datang, lalu Kepala Cabang Garut, Yuli Astuti, menyambut."
    assert [x.text for x in _named(t2)["Yuli Astuti"].role.org] == ["Garut"]


def test_community_standing_is_the_role_of_a_name_without_title():
    t = "Penandatanganan disaksikan Camat Sumenep dan tokoh masyarakat Habib Abdullah bin Salim Alaydrus."
    m = _named(t)["Abdullah bin Salim Alaydrus"]
    assert m.cue == "attendee"
    assert m.role is not None and m.role.title == "Tokoh Masyarakat"
    assert t[m.role.start:m.role.end] == "tokoh masyarakat"
    t2 = "Hadir pula tokoh agama, KH. Ahmad Zaini."
    assert _named(t2)["Ahmad Zaini"].role.title == "Tokoh Agama"
    # other words before a name give no role
    t3 = "Penandatanganan disaksikan warga Ahmad Zaini."
    assert _named(t3)["Ahmad Zaini"].role is None

