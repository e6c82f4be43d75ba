"""Round 31: a faculty named by a list of its fields ("Dekan Fakultas Kedokteran, Kesehatan
Masyarakat, dan Keperawatan UGM, dr. X"), a title with the possessive "-nya" ("Baznas
diwakili Ketuanya, X"), a second body with its stand-in after "sedangkan" ("..., sedangkan
Bank Nagari diwakili Pemimpin Cabang, Y"), the ulama titles "Buya" and the Bugis "AGH."
before a name, the scout councils' short forms ("Kwarcab") as offices, signers who sign
"bergantian", who opened the event or were met at it ("ditemui usai acara") as guests, a
name in markdown emphasis after the comma, "Dg." and "AGH." that end no sentence, one of a
group said to be present in the sentence before, and a sentence cut by a page's ad lines
before the name."""
from mou_extract import segment
from variety_helpers import named_in as _named
from variety_helpers import named_in_second_sentence as _last_sentence


def test_faculty_named_by_a_field_list():
    t = ("Naskah diteken Dekan Fakultas Pertanian, Perikanan, dan Peternakan (FP3) Unsri, "
         "Dr. Rahmat Hidayat, M.P., serta Bupati Ogan Ilir.")
    named = _named(t)
    assert "FP3" not in named
    m = named["Rahmat Hidayat"]
    assert m.role.title == "Dekan"
    assert m.role.org_text() == "Fakultas Pertanian, Perikanan, dan Peternakan Unsri"
    assert m.cue == "signer"


def test_possessive_title_is_a_role_not_a_name():
    t = ("Dokumen diteken Bupati Solok, Hendra Gunawan. "
         "Koperasi Tani Makmur diwakili Ketuanya, Yusuf Harahap.")
    named = _last_sentence(t)
    assert "Ketuanya" not in named
    m = named["Yusuf Harahap"]
    assert m.role.title == "Ketua" and m.role.org_text() == "Koperasi Tani Makmur"
    assert m.cue == "rep-signer"
    # a word that only ends like a title is no role
    assert "Kepalanya" not in _named("Kepalanya pusing, kata Andi Rahman.")


def test_second_body_with_its_stand_in_after_sedangkan():
    t = ("Perjanjian diteken Sekda Kabupaten Solok, Ahmad Fauzi. "
         "Koperasi Tani Makmur diwakili Ketuanya, Yusuf Harahap, sedangkan Bank Nagari diwakili "
         "Pemimpin Cabang Arosuka, Dewi Lestari.")
    named = _last_sentence(t)
    m = named["Dewi Lestari"]
    assert m.cue == "rep-signer"
    assert "Bank Nagari" in m.role.org_text()
    # no stand-in before: a guest's stand-in after "sedangkan" is still no signer
    t2 = ("Perjanjian diteken Sekda Kabupaten Solok, Ahmad Fauzi. "
          "Bupati hadir, sedangkan Bank Nagari diwakili Pemimpin Cabang Arosuka, Dewi Lestari.")
    assert _last_sentence(t2)["Dewi Lestari"].cue == "rep"


def test_ulama_titles_before_a_name():
    named = _named("Naskah diteken Ketua MUI Agam Buya Syafruddin Dt. Bandaro Kayo dan Bupati Agam.")
    assert "Syafruddin" in named and "Buya Syafruddin" not in named
    assert "Hamka" in _named("Buya Hamka menulis tafsir.")
    t = "MoU ditandatangani Pimpinan Pondok Pesantren Darul Huda AGH. Abdul Rahman Ambo Dalle."
    m = _named(t)["Abdul Rahman Ambo Dalle"]
    assert m.role.org_text() == "Pondok Pesantren Darul Huda"


def test_dg_and_agh_end_no_sentence():
    t = ("Disaksikan Wakil Bupati Takalar H. Rahman Dg. Sila, Ketua DPRD Hj. St. Nurbaya, "
         "serta Pimpinan Pesantren AGH. Muhammad Said.")
    assert len(segment.sentences(t, [(0, len(t))])) == 1


def test_scout_council_short_form_is_an_office():
    named = _named("Foto: Wali Kota Medan bersama Ketua Kwarcab memperlihatkan dokumen.")
    assert "Kwarcab" not in named
    m = _named("Naskah diteken Ketua Kwarcab Pramuka Deli Serdang Rudi Hartono.")["Rudi Hartono"]
    assert m.role.org_text() == "Kwarcab Pramuka Deli Serdang"


def test_signing_in_turn():
    t = ("Di aula itu, Bupati Karo Antonius Ginting dan Ketua PMI Karo Jefri Sembiring "
         "secara bergantian menandatangani naskah kerja sama.")
    named = _named(t)
    assert named["Antonius Ginting"].cue == "signer"
    assert named["Jefri Sembiring"].cue == "signer"


def test_who_opened_the_event_was_there():
    t = "Bupati Pasaman Yusuf Effendi yang membuka acara menyebut kerja sama itu penting."
    assert _named(t)["Yusuf Effendi"].cue == "attendee"
    # opening a shop, a road, is no presence at the event
    t2 = "Bupati Pasaman Yusuf Effendi membuka toko baru di pasar."
    assert _named(t2)["Yusuf Effendi"].cue is None


def test_met_after_the_event():
    t = "Kepala BPKAD Muara Enim, Rudi Hartawan, ditemui usai acara menyebut pajak daerah naik."
    assert _named(t)["Rudi Hartawan"].cue == "attendee"
    t2 = "Camat Gerung, Sri Wahyuni, saat ditemui di sela-sela kegiatan menjelaskan hal itu."
    assert _named(t2)["Sri Wahyuni"].cue == "attendee"
    t3 = "Camat Gerung, Sri Wahyuni, saat ditemui di kantornya menjelaskan hal itu."
    assert _named(t3)["Sri Wahyuni"].cue is None


def test_name_in_emphasis_after_the_comma():
    t = "Turut hadir Sekretaris Daerah Kabupaten Takalar, *Muhammad Hasbi*, serta para camat."
    m = _named(t)["Muhammad Hasbi"]
    assert m.role.title == "Sekretaris Daerah" and m.cue == "attendee"


def test_one_of_a_group_present_the_sentence_before():
    t = ("Para kepala desa dari Kecamatan Gerung yang hadir menyambut baik program itu. "
         "Kepala Desa Banyu Urip, Lalu Muhammad Zaini, berharap pipa segera dipasang.")
    assert _last_sentence(t)["Lalu Muhammad Zaini"].cue == "attendee"
    # another post than the group's: only quoted
    t2 = ("Para kepala desa dari Kecamatan Gerung yang hadir menyambut baik program itu. "
          "Kepala Dinas PUPR, Lalu Muhammad Zaini, berharap pipa segera dipasang.")
    assert _last_sentence(t2)["Lalu Muhammad Zaini"].cue is None
    # a district's name read as the name after the post is no person present
    t3 = ("Sejumlah camat yang hadir mengaku kesulitan. "
          "Camat Nusaniwe, misalnya, menyebut kantornya menerima puluhan aduan.")
    assert all(m.cue is None for m in _last_sentence(t3).values())


def test_sentence_cut_by_ad_lines_before_the_name():
    t = ("Penandatanganan itu disaksikan Wakil Bupati Kolaka Utara\nAdvertisement\n"
         "Scroll to continue with content\nHj. Rahmawati Nur, para camat, serta kepala dinas.")
    s = t.index("Hj.")
    m = _named(t, s)["Rahmawati Nur"]
    assert m.role.title == "Wakil Bupati" and m.cue == "attendee"
    # a paragraph that ends its sentence gives its post to no one
    t2 = ("Penandatanganan itu disaksikan Wakil Bupati Kolaka Utara.\nAdvertisement\n"
          "Rahmawati Nur mengatakan hal itu.")
    s2 = t2.index("Rahmawati")
    assert _named(t2, s2)["Rahmawati Nur"].role is None
    # nor does one followed by another paragraph instead of ad lines
    t3 = ("Penandatanganan itu disaksikan Wakil Bupati Kolaka Utara\nPembangunan jalan berlanjut\n"
          "Rahmawati Nur mengatakan hal itu.")
    s3 = t3.index("Rahmawati")
    assert _named(t3, s3)["Rahmawati Nur"].role is None
