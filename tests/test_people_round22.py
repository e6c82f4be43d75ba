"""Round 22: streets named after people, the prefix-less "bubuhkan tanda tangan",
guests who joined or came along, an institution "diwakili" by its signer (and the
institution in a role that does not name its office, also after "Dari pihak X,"),
initials after an honorific, participants, police titles, posts several people hold, a
district's town before a one-word name, customary titles after a name, a court's town
named elsewhere in the article, the pesantren's "Pengasuh", a guest's own speech,
and lists of officials in capitals."""
from mou_extract.people import find_mentions, restore_role_case
from mou_extract.segment import sentences


def _mentions(text, start=0):
    return find_mentions(text, 0, start, len(text), frozenset())


def _named(text, start=0):
    return {m.name: m for m in _mentions(text, start) if m.name}


def test_street_named_after_a_governor_is_no_person():
    t = ("Nota kesepakatan ditandatangani Bupati Ogan Ilir Panca Wijaya di Kantor Ombudsman RI Perwakilan "
         "Sumsel, Jalan Gubernur H. Bastari, Palembang.")
    names = _named(t)
    assert "Bastari" not in names
    assert names["Panca Wijaya"].cue == "signer"
    t2 = "Acara digelar di Jl. Jenderal Sudirman, disaksikan Sekretaris Daerah Lahat, Rudi Hartono."
    assert set(_named(t2)) == {"Rudi Hartono"}


def test_colloquial_bubuhkan_tanda_tangan_signs():
    t = ("Di aula kantor camat, Wali Kota Pangkalpinang Maulan Aklil dan Pemimpin Cabang BRI Pangkalpinang, "
         "Sari Wulandari, bubuhkan tanda tangan di atas naskah kerja sama.")
    names = _named(t)
    assert names["Sari Wulandari"].cue == "signer"
    assert names["Maulan Aklil"].cue == "signer"


def test_joined_online_is_a_guest():
    t = "Dari Surabaya, turut bergabung secara daring Kepala Ombudsman RI Perwakilan Jawa Timur, Bagus Santoso."
    assert _named(t)["Bagus Santoso"].cue == "attendee"


def test_came_along_with_is_a_guest():
    t = ("Bank Jatim diwakili Direktur Utama Bank Jatim, Rudi Hartanto, yang datang bersama Pemimpin Cabang "
         "Kediri, Lilik Suryani.")
    assert _named(t)["Lilik Suryani"].cue == "attendee"


def test_institution_diwakili_in_the_signing_sentence():
    t = ("Penandatanganan dari pihak Pemkot dilakukan oleh Sekretaris Daerah, Andi Makkasau, sementara BPJS "
         "Kesehatan diwakili Kepala Kantor Cabang Parepare, Nurul Hikmah.")
    m = _named(t)["Nurul Hikmah"]
    assert m.cue == "rep-signer"
    assert m.on_behalf_of is None
    assert t[:m.for_party_end].endswith("BPJS Kesehatan")
    # the role without its office is in the institution it stands for
    assert [x.text for x in m.role.org][:2] == ["BPJS", "Kesehatan"]
    # a person, not an institution, before "diwakili": the stand-in's own cue
    t2 = "Acara dihadiri Bupati Pinrang yang diwakili Asisten Pemerintahan, Rahman Saleh."
    assert _named(t2)["Rahman Saleh"].cue != "rep-signer"


def test_institution_diwakili_after_the_signing_sentence():
    first = "Dari pihak pemerintah daerah, perjanjian diteken oleh Bupati Sintang, Jarot Winarno. "
    t = first + "Sementara Bank Kalbar diwakili Direktur Bisnis Bank Kalbar, Rendra Wijaya."
    m = _named(t, len(first))["Rendra Wijaya"]
    assert m.cue == "rep-signer"
    # without the signing told before it, only a stand-in
    t2 = "Rapat membahas laporan keuangan. Sementara Bank Kalbar diwakili Direktur Bisnis Bank Kalbar, Rendra Wijaya."
    assert _named(t2, t2.index("Sementara"))["Rendra Wijaya"].cue == "rep"


def test_dari_pihak_names_the_office_of_a_bare_role():
    first = "Nota kesepakatan diteken di Kantor Ombudsman RI Perwakilan Nusa Tenggara Timur, Kupang. "
    t = first + "Dari pihak Ombudsman, nota diteken Kepala Perwakilan Yosef Lamanepa."
    m = _named(t, len(first))["Yosef Lamanepa"]
    assert m.cue == "signer"
    assert " ".join(x.text for x in m.role.org) == "Ombudsman RI Perwakilan Nusa Tenggara Timur"
    # the office not written in full: left to the parties
    t1 = "Dari pihak Ombudsman, nota diteken Kepala Perwakilan Yosef Lamanepa."
    assert _named(t1)["Yosef Lamanepa"].role.org == []
    # a field's title: the institution after it
    t3 = "Dari pihak Bank NTT, perjanjian diteken Direktur Kepatuhan, Yohanes Landu Praing."
    assert [x.text for x in _named(t3)["Yohanes Landu Praing"].role.org] == ["Kepatuhan", "Bank", "NTT"]
    # a regional government is left to the parties ("Sekretaris Daerah Kabupaten X")
    t2 = "Dari pihak Pemkab Sikka, nota diteken Sekretaris Daerah Adrianus Parera."
    assert [x.text for x in _named(t2)["Adrianus Parera"].role.org] == []


def test_initial_after_an_honorific_opens_the_name():
    t = "Kegiatan didampingi Asisten Pemerintahan Setda Wajo Drs. A. Baso Tenri, M.Si., dan Kepala Dinas Sosial Wajo."
    m = _named(t)["A. Baso Tenri"]
    assert m.role is not None and m.role.title == "Asisten"
    assert m.cue == "attendee"


def test_one_of_the_participants_is_a_guest():
    t = ("Salah satu peserta, Kepala Desa Wae Sano, Yosef Danggur, mengaku desanya belum punya kotak "
         "pengaduan.")
    assert _named(t)["Yosef Danggur"].cue == "attendee"


def test_national_police_titles():
    t = ("Nota kesepahaman diteken Wakapolri Komjen Pol. Dr. Agus Salim, M.Si., dan disaksikan Irwasum Polri "
         "Komjen Pol. Budi Santoso.")
    names = _named(t)
    assert names["Agus Salim"].role.title == "Wakil Kepala Kepolisian Negara Republik Indonesia"
    assert names["Budi Santoso"].role.title == "Inspektur Pengawasan Umum"
    assert names["Budi Santoso"].cue == "attendee"


def test_a_post_several_hold_is_shared_by_the_last_name_of_a_list():
    t = "Turut hadir Anggota Ombudsman RI, Hery Susanto, dan Johanes Widijantoro, serta para asisten."
    names = _named(t)
    assert names["Johanes Widijantoro"].role is not None
    assert names["Johanes Widijantoro"].role.title == "Anggota"
    assert names["Johanes Widijantoro"].cue == "attendee"
    # a post one person holds is not shared
    t2 = "Turut hadir Kepala Dinas Sosial, Hery Susanto, dan Johanes Widijantoro."
    assert _named(t2)["Johanes Widijantoro"].role is None


def test_district_town_before_a_one_word_name():
    t = "Turut hadir Kepala Distrik Abepura Sugiyono, S.Sos., serta Kepala Dinas Sosial Jayapura Yunus Wonda."
    m = _named(t)["Sugiyono"]
    assert [x.text for x in m.role.org] == ["Distrik", "Abepura"]


def test_lower_case_apt_and_capital_honorifics_end_no_sentence():
    t = ("Penandatanganan disaksikan Kepala Instalasi Farmasi RSUD Badung apt. Ni Made Sari, S.Farm., serta "
         "Ketua Jurusan Gizi Poltekkes Denpasar Ns. Kadek Arta.")
    assert len(sentences(t, [(0, len(t))])) == 1
    t2 = "Turut hadir:\n- KEPALA DINAS SOSIAL, HJ. SITI AMINAH, S.SOS.\n- KEPALA DINAS PENDIDIKAN, DR. H. RUSLAN, M.PD."
    paras, pos = [], 0
    for line in t2.split("\n"):
        paras.append((pos, pos + len(line)))
        pos += len(line) + 1
    assert len(sentences(t2, paras)) == 3


def test_customary_title_after_the_name():
    t = ("Penandatanganan dilakukan Ketua LKAAM Agam H. Zulkifli Dt. Rajo Basa, S.H. dan Bupati Agam "
         "Dr. H. Andri Warman Dt. Tan Marajo, M.M.")
    names = _named(t)
    assert {"Zulkifli", "Andri Warman"} <= set(names)
    assert names["Zulkifli"].cue == "signer"
    assert len(sentences(t, [(0, len(t))])) == 1


def test_court_town_named_as_a_place_elsewhere():
    t = ("PAINAN (Pdek) – Nota kesepakatan diteken di Gedung Painan Convention Center, Painan. "
         "Disaksikan Ketua Pengadilan Negeri Painan Irma Yanti, S.H.")
    s = t.index("Disaksikan")
    m = _named(t, s)["Irma Yanti"]
    assert [x.text for x in m.role.org] == ["Pengadilan", "Negeri", "Painan"]


def test_pengasuh_of_a_pesantren_is_a_post():
    t = "Prosesi itu disaksikan Pengasuh Pondok Pesantren Darul Ulum Peterongan, KH. Zainuddin Husni."
    m = _named(t)["Zainuddin Husni"]
    assert m.role is not None and m.role.title == "Pengasuh"
    assert m.cue == "attendee"


def test_own_speech_at_the_event_is_presence():
    t = "Ratna Sari dalam sambutannya menyebut mal pelayanan publik itu yang kelima di provinsi ini."
    assert _named(t)["Ratna Sari"].cue == "attendee"
    # only quoted: no presence
    t2 = "Ratna Sari menyebut mal pelayanan publik itu yang kelima di provinsi ini."
    assert _named(t2)["Ratna Sari"].cue is None


def test_names_in_a_list_in_capitals():
    t = ("Turut hadir pada kegiatan tersebut:\n"
         "- KEPALA DINAS SOSIAL, GUSTI RAHMAT HIDAYAT, S.E.\n"
         "- KASAT RESKRIM POLRES BANJAR, AKP ANDI SAPUTRA, S.I.K.")
    v = restore_role_case(t)
    assert "Gusti Rahmat Hidayat" in v and "Andi Saputra" in v
    # a headline in capitals stays as written
    h = "BUPATI H. RAHMAT HIDAYAT, S.E. TEKEN MOU DENGAN OMBUDSMAN\n"
    assert restore_role_case(h) == h
