"""Round 29: a Papuan lay preacher's "Ev." before a name, a rank word inside a Papuan
name ("Letkol Inf X Mayor Y"), the navy's service and corps after a rank ("Kolonel Laut
(P) X"), a town repeated after a second body's short form, "tampak" before the person
seen there, a community figure's standing with its region ("tokoh agama Lombok Tengah,
X"), a state's or a country's name read as a person's, an ambassador's post "untuk" a
country, Timor-Leste's Portuguese posts, and an institution's short form read as a name."""
from mou_extract import segment
from mou_extract.people import find_mentions


def _mentions(text, start=0, end=None):
    return find_mentions(text, 0, start, len(text) if end is None else end, frozenset())


def _named(text, start=0, end=None):
    return {m.name: m for m in _mentions(text, start, end) if m.name}


def test_evangelist_title_before_a_name():
    t = "Acara itu disaksikan Ketua Klasis GKI Wamena, Ev. Markus Wenda, S.Th., dan Kepala Distrik Hubikosi, Yakobus Itlay."
    names = _named(t)
    assert "Markus Wenda" in names and names["Markus Wenda"].cue == "attendee"
    assert "Ev" not in names and "Ev." not in names
    # the title's dot ends no sentence
    t2 = "Doa dipimpin Ev. Markus Wenda. Acara berlangsung khidmat."
    spans = [(s.start, s.end) for s in segment.sentences(t2, [(0, len(t2))])]
    assert len(spans) == 2 and t2[spans[0][0]:spans[0][1]].rstrip().endswith("Markus Wenda.")


def test_rank_word_inside_a_name_after_the_officer_rank():
    t = "Naskah diteken Bupati Biak Numfor, Markus Mansnembra, dan Komandan Kodim 1708/Biak Numfor, Letkol Inf Yohanes Mayor Rumkorem, S.Sos."
    names = _named(t)
    assert "Yohanes Mayor Rumkorem" in names and names["Yohanes Mayor Rumkorem"].cue == "signer"
    assert names["Yohanes Mayor Rumkorem"].role is not None
    assert "Rumkorem" not in names and "Yohanes" not in names
    # with no rank before the name, a rank word still opens the next person
    t2 = "Hadir Kepala Dinas Sosial, Yohanes Wamafma, Mayor Inf Andi Saputra, dan Camat Biak Kota."
    assert "Andi Saputra" in _named(t2)


def test_navy_service_and_corps_after_the_rank():
    t = "Dokumen ditandatangani Komandan Lanal Ternate, Kolonel Laut (P) Benny Sumolang, M.Tr.Opsla., dan Wali Kota Ternate."
    m = _named(t)["Benny Sumolang"]
    assert m.cue == "signer" and m.role is not None and m.role.org_text() == "Lanal Ternate"
    t2 = "Turut hadir Komandan Lanud Kupang, Kolonel Udara Heru Prasetyo."
    m = _named(t2)["Heru Prasetyo"]
    assert m.cue == "attendee" and m.role is not None


def test_town_repeated_after_a_second_body_is_no_name():
    t = ("Baznas Kabupaten Gresik meneken kesepakatan dengan Pimpinan Daerah Muhammadiyah (PDM) Gresik "
         "dan Pengurus Cabang Nahdlatul Ulama (PCNU) Gresik.")
    assert "Gresik" not in _named(t)
    # a one-word name after the role, other than its town, is still a name
    t2 = "Penandatanganan dilakukan Ketua PCNU Gresik Mujiburrahman."
    assert "Mujiburrahman" in _named(t2)


def test_seen_present_before_a_title():
    t = "Dari unsur Pemkot, tampak Kepala Dinas Perhubungan Kota Sorong, Hendrik Sawaki, S.STP."
    assert _named(t)["Hendrik Sawaki"].cue == "attendee"
    # "tampak" before how someone looked is no presence
    t2 = "Kepala Dinas Perhubungan Kota Sorong, Hendrik Sawaki, tampak senang dengan hasil rapat."
    assert _named(t2)["Hendrik Sawaki"].cue is None


def test_community_standing_with_its_region():
    t = "Acara itu dihadiri tokoh masyarakat Lombok Timur, TGH. Ahmad Fauzan, Lc., yang memimpin doa."
    m = _named(t)["Ahmad Fauzan"]
    assert m.cue == "attendee" and m.role is not None and m.role.title == "Tokoh Masyarakat Lombok Timur"
    # and without the region, as before
    t2 = "Hadir pula tokoh agama Ustaz Hasan Basri."
    assert _named(t2)["Hasan Basri"].role.title == "Tokoh Agama"


def test_country_is_no_name():
    t = ("Pemerintah Kabupaten Malaka dan Pemerintah Munisipio Covalima, Republik Demokratik Timor-Leste, "
         "menandatangani nota kesepahaman.")
    names = _named(t)
    assert not any("Timor" in n for n in names)
    t2 = "Penandatanganan disaksikan Konsul Timor-Leste di Kupang, Joao Pereira."
    m = _named(t2)["Joao Pereira"]
    assert m.cue == "attendee" and m.role is not None and m.role.org_text() == "Timor-Leste di Kupang"
    assert "Timor-Leste" not in _named(t2)


def test_ambassador_for_a_country():
    t = "Acara itu disaksikan Duta Besar RI untuk Timor-Leste, Okto Dorinus Manik, dan Bupati Malaka."
    m = _named(t)["Okto Dorinus Manik"]
    assert m.cue == "attendee" and m.role is not None
    assert m.role.title == "Duta Besar" and m.role.org_text() == "RI untuk Timor-Leste"


def test_timor_leste_municipal_head_in_portuguese():
    t = ("Dokumen ditandatangani Bupati Malaka, Simon Nahak, dan Presidente Autoridade Munisipio Covalima, "
         "Jose dos Santos Pereira.")
    m = _named(t)["Jose dos Santos Pereira"]
    assert m.cue == "signer" and m.role is not None
    assert m.role.title == "Presidente" and m.role.org_text() == "Autoridade Munisipio Covalima"


def test_institution_short_form_is_no_name():
    t = ("Bertempat di Aula Kanwil Kemenag Sulsel, Kepala Kanwil Kemenag Sulsel, Dr. H. Ali Yafid, M.Pd., "
         "menandatangani nota kesepahaman dengan Universitas Hasanuddin.")
    names = _named(t)
    assert "Kemenag Sulsel" not in names
    m = names["Ali Yafid"]
    assert m.cue == "signer" and m.role is not None and m.role.org_text() == "Kanwil Kemenag Sulsel"
