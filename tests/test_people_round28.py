"""Round 28: Palembang noble titles ("H. Kms. X"), a ship's master ("nakhoda KM X, Kapten
Y"), "yang hadir dalam acara itu", "di hadapan" before the witnesses, the ampersand
between the fields of an office, an English manager's post named by a list of fields,
a province read as a one-word name, an institution written in lower case by its owner
("bank bjb"), and a regional office numbered after its province ("Kanwil DJP Jawa Timur
II")."""
from mou_extract import segment
from mou_extract.people import find_mentions, restore_role_case


def _mentions(text, start=0, end=None):
    return find_mentions(text, 0, start, len(text) if end is None else end, frozenset())


def _named(text, start=0, end=None):
    return {m.name: m for m in _mentions(text, start, end) if m.name}


def test_palembang_noble_title_is_not_the_name():
    t = "Naskah itu diteken Rektor Universitas Sriwijaya, Prof. Budi Santoso, dan Ketua KONI Sumsel, H. Kgs. Ahmad Fauzi."
    names = _named(t)
    assert "Ahmad Fauzi" in names and names["Ahmad Fauzi"].cue == "signer"
    assert not any(n in ("Kgs", "Kgs.") for n in names)
    t2 = "Hadir pula Kepala Dinas Pendidikan Palembang, Kms. Rudi Hartono."
    assert "Rudi Hartono" in _named(t2)
    # the title's dot ends no sentence
    t3 = "PKS diteken Ketua PWI Sumsel, H. Mgs. Ridwan Saleh. Acara berlangsung lancar."
    spans = [(s.start, s.end) for s in segment.sentences(t3, [(0, len(t3))])]
    assert len(spans) == 2 and t3[spans[0][0]:spans[0][1]].rstrip().endswith("Ridwan Saleh.")


def test_ship_master_with_the_ship_named_after_its_prefix():
    t = "Acara itu disaksikan Kepala KSOP Tanjungpinang, Andi Saputra, dan Nakhoda KM Kelud, Kapten Rahmat Hidayat."
    m = _named(t)["Rahmat Hidayat"]
    assert m.cue == "attendee" and m.role is not None
    assert m.role.title == "Nakhoda" and m.role.org_text() == "KM Kelud"
    assert "KM Kelud" not in _named(t) and "Kelud" not in _named(t)
    # the title written in lower case after "dan", and its common misspelling
    t2 = restore_role_case("Penandatanganan disaksikan Kepala Dinas Perhubungan, Andi Saputra, dan nahkoda KMP Bahari, Kapten Rahmat Hidayat.")
    m = _named(t2)["Rahmat Hidayat"]
    assert m.role is not None and m.role.title == "Nakhoda" and m.role.org_text() == "KMP Bahari"


def test_present_at_the_event_pointed_back_to():
    t = ("Kepala Dinas Koperasi Kota Bogor, Rina Marlina, yang hadir dalam acara tersebut, mengatakan "
         "pihaknya siap mendampingi pelaku usaha.")
    assert _named(t)["Rina Marlina"].cue == "attendee"
    t2 = "Camat Cibinong, Agus Salim, yang turut hadir pada kegiatan itu menyebut warga antusias."
    assert _named(t2)["Agus Salim"].cue == "attendee"
    # present somewhere else is not present at the event
    t3 = "Kepala Dinas Koperasi Kota Bogor, Rina Marlina, yang hadir dalam rapat di Jakarta, mengatakan hal serupa."
    assert _named(t3)["Rina Marlina"].cue != "attendee"
    # the plain statement, not an aside on a speaker, stays "present" (as before)
    assert _named("Rina Marlina hadir dalam acara itu.")["Rina Marlina"].cue == "present"


def test_signed_before_the_witnesses():
    t = ("Ketua Koperasi Sinar Tani, Wagiman, dan Direktur BUMDes Maju Bersama, Suparno, meneken kesepakatan itu "
         "di hadapan Camat Ngablak, Joko Susilo, serta Kapolsek Ngablak, Iptu Andi Wijaya.")
    names = _named(t)
    assert names["Wagiman"].cue == "signer" and names["Suparno"].cue == "signer"
    assert names["Joko Susilo"].cue == "attendee"
    assert names["Andi Wijaya"].cue == "attendee"
    # before the press the sentence's own speaker is no witness
    t2 = "Di hadapan para wartawan, Bupati Semarang, Ngesti Nugraha, menyampaikan harapannya."
    assert _named(t2)["Ngesti Nugraha"].cue != "attendee"


def test_ampersand_joins_the_fields_of_an_office():
    t = "Turut hadir Kepala Bidang Pengadaan & Pengembangan Pegawai BKPSDM Kota Madiun, Sri Wahyuni."
    names = _named(t)
    assert "Sri Wahyuni" in names
    m = names["Sri Wahyuni"]
    assert m.role is not None and m.role.org_text().startswith("Pengadaan & Pengembangan Pegawai")
    assert not any(n.startswith("Pengembangan") for n in names)


def test_english_manager_post_named_by_a_list_of_fields():
    t = ("Penandatanganan disaksikan Area Manager Legal, Compliance & Risk PLN UID Jatim, "
         "Dewi Anggraini, dan Camat Gubeng, Budi Prakoso.")
    names = _named(t)
    assert "Legal" not in names and "Compliance" not in names
    m = names["Dewi Anggraini"]
    assert m.role is not None and m.role.title == "Area Manager"
    assert m.role.org_text().startswith("Legal, Compliance & Risk PLN")


def test_province_is_not_a_one_word_name():
    t = ("Kepala Kantor Wilayah BPJS Kesehatan Sulawesi Utara Gorontalo diwakili Kepala Kantor Cabang Manado, "
         "Rudy Tumbelaka.")
    names = _named(t)
    assert "Gorontalo" not in names
    assert "Rudy Tumbelaka" in names
    # a one-word name that is no province, as before
    t2 = "Hadir pula Kepala Desa Sukamaju, Sukirman."
    assert "Sukirman" in _named(t2)


def test_institution_written_in_lower_case_by_its_owner():
    t = "Dokumen diteken Wali Kota Bekasi Tri Adhianto dan Pemimpin Cabang bank bjb Bekasi, Iwan Setiawan."
    view = restore_role_case(t)
    assert len(view) == len(t)
    m = _named(view)["Iwan Setiawan"]
    assert m.role is not None and m.role.title == "Pemimpin Cabang"
    assert m.role.org_text().lower() == "bank bjb bekasi"
    # a word that only begins like it is left alone
    assert restore_role_case("layanan bank bjbs") == "layanan bank bjbs"


def test_regional_office_numbered_after_its_province():
    t = "Sementara itu, Kakanwil DJP Jawa Timur II, Dr. Agus Pranoto, menyebut kerja sama itu penting."
    m = _named(t)["Agus Pranoto"]
    assert m.role is not None and m.role.org_text() == "DJP Jawa Timur II"
    # the Balinese "I" that opens a name after the place is the name's
    t2 = "Penandatanganan disaksikan Kepala Dinas Kesehatan Bali I Nyoman Gede Anom."
    names = _named(t2)
    assert any(n.startswith("I Nyoman") for n in names)
