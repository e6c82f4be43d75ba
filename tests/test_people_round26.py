"""Round 26: a university's community-service office as a field after a title, the head
imam of a mosque, Malaysian councils, heads of state, styles of honour and directors,
a consul, the navy's and air force's star ranks, a person sent by an institution
("perwakilan X, Y"), Islamic hospitals and mass organisations that are no names, an
area a regional office covers, a headline's verbs and an agreement's subject that are
no names, "tampak pula" as presence, a regional office covering two provinces, and a
paragraph of prose written all in capitals."""
from mou_extract import people
from mou_extract.people import find_mentions, restore_name_case, restore_role_case


def _mentions(text, start=0, end=None):
    return find_mentions(text, 0, start, len(text) if end is None else end, frozenset())


def _named(text, start=0, end=None):
    return {m.name: m for m in _mentions(text, start, end) if m.name}


def test_community_service_office_right_after_the_title():
    t = "Dari pihak Unhas hadir Direktur Pengabdian kepada Masyarakat, Prof. Hasnah Tuwo."
    m = _named(t)["Hasnah Tuwo"]
    assert m.cue == "attendee"
    assert m.role is not None and m.role.title == "Direktur"
    assert m.role.org_text() == "Pengabdian kepada Masyarakat"
    # (inside a longer office's name as before)
    t2 = "Hadir Ketua Lembaga Penelitian dan Pengabdian kepada Masyarakat Unsrat, Dr. Rudi Lumanauw."
    assert _named(t2)["Rudi Lumanauw"].role.org_text().startswith("Lembaga Penelitian dan Pengabdian kepada")


def test_head_imam_of_a_mosque_is_a_role():
    t = "Acara turut disaksikan Imam Besar Masjid Agung Al-Falah, KH. Ahmad Dahlan Rais, dan tokoh masyarakat."
    names = _named(t)
    assert "Ahmad Dahlan Rais" in names
    m = names["Ahmad Dahlan Rais"]
    assert m.role is not None and m.role.title == "Imam Besar"
    assert m.role.org_text() == "Masjid Agung Al-Falah"
    assert not any("Falah" in n for n in names if n != "Ahmad Dahlan Rais")
    # "Imam" opens the title, and is a given name as often: still one in capitals
    t2 = "Hadir pula Camat Lowokwaru, IMAM SUHADI, S.Sos., dalam acara itu."
    assert "Imam Suhadi" in restore_name_case(t2)


def test_malaysian_council_chief_minister_and_consul():
    t = ("Dokumen ditandatangani Wali Kota Batam, Amsakar Achmad, dan Yang Dipertua Majlis Perbandaran "
         "Kluang, mewakili Majlis Perbandaran Kluang (MPK).")
    names = _named(t)
    assert not any(n.startswith("Majlis") or n.startswith("Perbandaran") or n == "Kluang" for n in names)
    t2 = ("Penandatanganan disaksikan Ketua Menteri Johor, Datuk Onn Hafiz Ghazi, dan Konsul Republik "
          "Indonesia di Tawau, Sigit Wicaksono.")
    names = _named(t2)
    assert names["Onn Hafiz Ghazi"].role.title == "Ketua Menteri"
    assert names["Onn Hafiz Ghazi"].role.org_text() == "Johor"
    assert names["Sigit Wicaksono"].role.title == "Konsul"
    assert names["Sigit Wicaksono"].cue == "attendee"


def test_two_word_styles_of_honour_and_ranks_are_dropped():
    t = "Acara disaksikan Ketua Menteri Pulau Pinang, Tan Sri Chow Kon Yeow, dan undangan lain."
    assert "Chow Kon Yeow" in _named(t)
    t2 = ("MoU diteken Direktur Jenderal Potensi Pertahanan, Laksamana Muda TNI Gregorius Agung Sasmito, "
          "dan Bupati Natuna.")
    m = _named(t2)["Gregorius Agung Sasmito"]
    assert m.cue == "signer" and m.role.title == "Direktur Jenderal"
    t3 = "Turut hadir Pengarah Institut Oseanografi UMT, Prof. Madya Dr. Zainudin Bachok."
    m = _named(t3)["Zainudin Bachok"]
    assert m.role.title == "Pengarah" and m.role.org_text() == "Institut Oseanografi UMT"
    # one word after the style: a given name, kept
    t4 = "Hadir pula Datuk Seri Rahman dalam acara itu."
    assert any("Rahman" in n for n in _named(t4))


def test_person_sent_by_an_institution():
    t = ("Penandatanganan disaksikan Bupati Paser, Fahmi Fadli, dan perwakilan Balai Wilayah Sungai "
         "Kalimantan Empat, Yudi Hermawan.")
    names = _named(t)
    m = names["Yudi Hermawan"]
    assert m.cue == "attendee"
    assert m.role is not None and m.role.title == "Perwakilan"
    assert m.role.org_text() == "Balai Wilayah Sungai Kalimantan Empat"
    assert set(names) == {"Fahmi Fadli", "Yudi Hermawan"}
    # a title inside: read from the title as before
    t2 = "Acara dihadiri perwakilan Bupati Paser, Fahmi Fadli."
    assert _named(t2)["Fahmi Fadli"].role.title == "Bupati"


def test_islamic_hospital_is_no_person():
    t = ("Rumah Sakit Islam Siti Hajar Sidoarjo dan Pemerintah Kabupaten Sidoarjo meneken nota "
         "kesepakatan, kemarin.")
    assert not any("Hajar" in n for n in _named(t))
    t2 = "Perjanjian diteken Direktur RSI Siti Hajar, dr. Muhammad Faiq, dan Bupati Sidoarjo."
    m = _named(t2)["Muhammad Faiq"]
    assert m.role.org_text() == "RSI Siti Hajar"
    assert "Siti Hajar" not in _named(t2)


def test_islamic_mass_organisation_is_no_person():
    t = ("Pemerintah Kota Pasuruan dan Pimpinan Daerah Muhammadiyah Kota Pasuruan meneken nota "
         "kesepakatan. Menurut dia, Muhammadiyah Pasuruan mengelola 40 sekolah.")
    assert not any("Muhammadiyah" in n for n in _named(t))


def test_area_of_a_regional_office_runs_to_the_comma():
    t = ("Perjanjian diteken Kepala Kantor Perwakilan WWF Wilayah Sunda Kecil, Maria Lubis, "
         "dan Bupati Sikka, Fransiskus Roberto Diogo.")
    names = _named(t)
    assert names["Maria Lubis"].role.org_text() == "Perwakilan WWF Wilayah Sunda Kecil"
    assert set(names) == {"Maria Lubis", "Fransiskus Roberto Diogo"}


def test_headline_verb_and_agreement_subject_are_no_names():
    t = "Wakili Bupati, Asisten I Teken PKS Penataan Batas Desa dengan BIG"
    names = _named(t)
    assert not any("Penataan" in n or "Batas" in n or "Teken" in n for n in names)
    t2 = "Kepala Dinas Sleman Tandatangani MoU Pengelolaan Sampah Terpadu"
    assert not any("Sampah" in n or "Tandatangani" in n for n in _named(t2))


def test_seen_among_the_guests_is_attending():
    t = "Tampak pula Kepala Bagian Hukum Setda Minahasa, Yerry Lumenta, dan sejumlah camat."
    assert _named(t)["Yerry Lumenta"].cue == "attendee"
    t2 = "Terlihat juga Inspektur Kabupaten Minahasa, Rinny Tangkau, di barisan depan."
    assert _named(t2)["Rinny Tangkau"].cue == "attendee"


def test_regional_office_covering_two_provinces():
    t = ("PKS diteken Kepala Kanwil DJP Sulselbar Eko Budiarto dan Kepala Kanwil BPN Kalbar "
         "dan Kalteng Hadi Susanto.")
    names = _named(t)
    assert names["Hadi Susanto"].role.org_text() == "Kanwil BPN Kalbar dan Kalteng"
    assert names["Hadi Susanto"].role.regions[0].name == "Kalimantan Barat"
    # two regents of two regencies: no such joining
    t2 = "MoU diteken Bupati Sleman dan Bantul Budi Santoso."
    assert "Bantul" not in (_named(t2).get("Budi Santoso").role.org_text() if _named(t2).get("Budi Santoso")
                            and _named(t2)["Budi Santoso"].role else "")


def test_prose_in_capitals_read_in_title_case():
    t = ("SIARAN PERS\n\nPERJANJIAN KERJA SAMA DITANDATANGANI OLEH BUPATI KUTAI TIMUR H. ARDIANSYAH SULAIMAN "
         "DAN DIREKTUR UTAMA PT KALTIM PRIMA COAL DR. BUDI SANTOSO, S.E., M.M. TURUT MENYAKSIKAN WAKIL BUPATI "
         "KUTAI TIMUR KASMIDI BULANG, SERTA PARA CAMAT SE-KUTAI TIMUR.\n")
    view = people.restore_caps_prose(t)
    assert len(view) == len(t)
    assert "SIARAN PERS" in view  # (a short line in capitals: a heading, kept)
    assert "ditandatangani oleh Bupati Kutai Timur H. Ardiansyah Sulaiman dan Direktur Utama" in view
    assert "S.E., M.M. turut menyaksikan Wakil Bupati" in view
    assert "se-Kutai Timur" in view
    s = t.index("PERJANJIAN")
    names = _named(restore_role_case(t), s)
    assert names["Ardiansyah Sulaiman"].cue == "signer"
    assert names["Ardiansyah Sulaiman"].role.title == "Bupati"
    assert names["Kasmidi Bulang"].role.title == "Wakil Bupati"
    assert not any(n.startswith("Se-") or "SE-" in n for n in names)
    # a caption: what the people do is no part of their names
    t3 = "HJ. SRI WAHYUNI DAN BAMBANG TRI ATMOJO BERFOTO BERSAMA USAI MENANDATANGANI NOTA KESEPAKATAN DI PENDOPO."
    names = _named(restore_role_case(t3))
    assert set(names) == {"Sri Wahyuni", "Bambang Tri Atmojo"}
    # a text in ordinary case is left as it is
    t2 = "Perjanjian ditandatangani Bupati Kutai Timur, H. Ardiansyah Sulaiman, dan Direktur Utama PT X."
    assert people.restore_caps_prose(t2) == t2
