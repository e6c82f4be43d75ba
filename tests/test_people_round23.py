"""Round 23: a stand-in named as the represented one's deputy ("diwakili wakilnya"), an
official who sends a stand-in ("mengutus"), a foreign country named "Korea", the field of
a European doctorate after "Dr." ("Prof. Dr. Eng. X"), a district's two-word name known
from elsewhere in the article ("Camat Rasau Jaya X"), a counted group sharing the verb
("serta puluhan kepala desa se-Kecamatan X turut hadir"), a lower-case title before a
capitalised office ("dan asisten Ombudsman, X"), and whom the text says attended as
something ("X (45), yang hadir sebagai perwakilan ...")."""
from mou_extract.people import find_mentions, restore_role_case
from mou_extract.segment import sentences


def _mentions(text, start=0):
    return find_mentions(text, 0, start, len(text), frozenset())


def _named(text, start=0):
    return {m.name: m for m in _mentions(text, start) if m.name}


def test_diwakili_wakilnya_is_the_deputy():
    t = "Gubernur Maluku Utara diwakili wakilnya, Sarbin Sehe, S.H."
    m = _named(t)["Sarbin Sehe"]
    assert m.cue == "rep"
    assert m.role is not None and m.role.title == "Wakil Gubernur" and m.role.cls == "region_deputy"
    assert m.role.place == "Maluku Utara" and m.role.regions
    assert m.on_behalf_of is not None and m.on_behalf_of.title == "Gubernur"
    assert t[m.role.start:m.role.end] == "wakilnya"
    # an acting head's deputy is the Wakil Bupati
    t2 = "Penjabat Bupati Buton diwakili oleh wakilnya, La Ode Rahman."
    assert _named(t2)["La Ode Rahman"].role.title == "Wakil Bupati"
    # another possessive says nothing of the post
    t3 = "Bupati Buton diwakili stafnya, La Ode Rahman."
    assert _named(t3)["La Ode Rahman"].role is None


def test_mengutus_sends_a_stand_in():
    t = "Wali Kota Bitung mengutus Sekretaris Daerah, Rudy Theno, S.E."
    m = _named(t)["Rudy Theno"]
    assert m.cue == "rep"
    assert m.on_behalf_of is not None and m.on_behalf_of.title == "Wali Kota"
    # the stand-in's post is in the office of the one who sent them
    assert m.role.place == "Bitung"


def test_korea_is_a_country_not_a_name():
    t = "Penandatanganan disaksikan Konsul Jenderal Republik Korea di Medan, Park Ji-won, dan Wali Kota Medan."
    names = _named(t)
    assert "Korea" not in names
    m = names["Park Ji-won"]
    assert m.cue == "attendee"
    assert " ".join(x.text for x in m.role.org) == "Republik Korea di Medan"


def test_field_of_a_doctorate_after_dr_is_no_name():
    t = ("Nota kesepahaman diteken Dekan Fakultas Teknik Unhas, Prof. Dr. Eng. Adi Maulana, S.T., M.Phil., "
         "dan Direktur Utama PT Semen Tonasa.")
    names = _named(t)
    assert "Adi Maulana" in names and names["Adi Maulana"].cue == "signer"
    assert names["Adi Maulana"].role.title == "Dekan"
    t2 = "Hadir pula Kepala Balai Besar Wilayah Sungai, Dr. Ing. Rina Kartika."
    assert "Rina Kartika" in _named(t2)
    # "Eng." after "Dr." ends no sentence
    t3 = "Nota diteken Rektor ITS, Prof. Dr. Eng. Bambang Pramujati, S.T., M.Sc. Acara berlangsung lancar."
    assert len(sentences(t3, [(0, len(t3))])) == 2


def test_district_name_known_from_elsewhere_in_the_article():
    first = "Sosialisasi digelar di aula Kantor Kecamatan Sungai Pinyuh. "
    t = first + "Camat Sungai Pinyuh Markus Dwi Putra turut hadir."
    m = _named(t, len(first))["Markus Dwi Putra"]
    assert [x.text for x in m.role.org] == ["Sungai", "Pinyuh"]
    assert m.cue == "attendee"
    # a village head too ("Desa Tanjung Harapan" written before)
    first2 = "Warga Desa Tanjung Harapan menyambut baik program itu. "
    t2 = first2 + "Kepala Desa Tanjung Harapan Siti Rohani ikut menyaksikan."
    assert [x.text for x in _named(t2, len(first2))["Siti Rohani"].role.org] == ["Tanjung", "Harapan"]


def test_counted_group_shares_the_verb():
    t = "Kepala Desa Sukamaju, Rudi Hartono, serta puluhan ketua RT se-Kecamatan Cibeber turut hadir."
    assert _named(t)["Rudi Hartono"].cue == "attendee"
    t2 = "Sekretaris Daerah Kota Bima, Muhtar Landa, dan para kepala organisasi perangkat daerah turut hadir."
    assert _named(t2)["Muhtar Landa"].cue == "attendee"


def test_lower_case_title_before_a_capitalised_office():
    t = ("Ia didampingi Kepala Keasistenan Pemeriksaan Ombudsman Sultra, La Ode Jafar, dan asisten "
         "Ombudsman, Nur Aisyah Putri.")
    assert "dan Asisten Ombudsman, Nur Aisyah Putri" in restore_role_case(t)
    assert len(restore_role_case(t)) == len(t)
    m = _named(restore_role_case(t))["Nur Aisyah Putri"]
    assert m.role.title == "Asisten" and m.cue == "attendee"
    # a word that opens no title stays as written
    t2 = "Ia didampingi keluarga Bupati, Nur Aisyah Putri."
    assert restore_role_case(t2) == t2
    # the capitalised words name no other post, and no sentence ends before them
    t3 = "Nota diteken bupati bersama Direktur Utama Bank NTB Syariah, Kukuh Rahardjo, di Mataram."
    assert restore_role_case(t3) == t3
    t4 = "Hadir pula para camat dan ketua fraksi. Wakil Wali Kota Bima, Feri Sofiyan, juga hadir."
    assert restore_role_case(t4) == t4


def test_attended_as_gives_the_cue_and_the_capacity():
    t = ("Seorang pedagang Pasar Sentral, Hasan Basri (52), yang hadir sebagai perwakilan paguyuban pedagang, "
         "mengaku senang.")
    m = _named(t)["Hasan Basri"]
    assert m.cue == "attendee"
    assert m.role is not None and m.role.title == "Perwakilan Paguyuban Pedagang"
    assert t[m.role.start:m.role.end] == "perwakilan paguyuban pedagang"
    # present without a capacity stated: as before
    t2 = "Hasan Basri hadir dalam acara itu."
    assert _named(t2)["Hasan Basri"].cue == "present"
