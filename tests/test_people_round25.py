"""Round 25: an initial before a name that is also a stop word ("A. Rahman", Bugis "A."
for Andi), two posts joined by "dan" before two names ("Bupati dan Wakil Bupati X, A dan
B"), being present at the signing itself ("hadir ... untuk penandatanganan"), a form-like
block of fields ("Penanda tangan : ...", "Saksi : ..." and the lines below them), a
regional unit's head written with the unit's short name while the article names the
unit in full with its regency elsewhere, the village secretary of Yogyakarta ("Carik")
and Papuan customary chiefs ("Ondoafi") as titles, a title right before the village it
holds office in, and a ship captain's rank ("Capt.") that does not end a sentence."""
from mou_extract import segment
from mou_extract.people import find_mentions


def _mentions(text, start=0, end=None):
    return find_mentions(text, 0, start, len(text) if end is None else end, frozenset())


def _named(text, start=0, end=None):
    return {m.name: m for m in _mentions(text, start, end) if m.name}


def test_initial_a_opens_a_name():
    t = "Perjanjian itu diteken Kepala BPJS Kesehatan Cabang Martapura, A. Rahman Saleh, di kantor bupati."
    names = _named(t)
    assert "A. Rahman Saleh" in names
    assert names["A. Rahman Saleh"].cue == "signer"
    assert names["A. Rahman Saleh"].role is not None and names["A. Rahman Saleh"].role.title == "Kepala"
    t2 = ("Bupati didampingi Kepala Bagian Hukum Setda Wajo, A. Besse Tenri Ajeng, serta Inspektur "
          "Kabupaten Wajo, Muh. Arfah.")
    names = _named(t2)
    assert "A. Besse Tenri Ajeng" in names and names["A. Besse Tenri Ajeng"].cue == "attendee"
    assert names["A. Besse Tenri Ajeng"].role.title == "Kepala Bagian"
    # the English article stays no name
    t3 = "The agreement was signed by A Regent of the province."
    assert not any(n.startswith("A") for n in _named(t3))


def test_two_posts_then_two_names_pair_in_order():
    t = ("Gubernur dan Wakil Gubernur Sulawesi Tengah, Rusdi Mastura dan Ma'mun Amir, hadir di ruang "
         "Polibu, Senin (3/3/2025), untuk penandatanganan nota kesepakatan dengan Kejati.")
    names = _named(t)
    assert names["Rusdi Mastura"].role.title == "Gubernur"
    assert names["Rusdi Mastura"].role.place == "Sulawesi Tengah"
    assert names["Ma'mun Amir"].role.title == "Wakil Gubernur"
    # more names than posts: not paired
    t2 = ("Bupati dan Wakil Bupati Sleman, Harda Kiswaya dan Danang Maharsa, dan Sekda Susmiarto "
          "menghadiri rapat.")
    names = _named(t2)
    assert names["Harda Kiswaya"].role is None or names["Harda Kiswaya"].role.title != "Bupati"


def test_present_at_the_signing_is_attending():
    t = ("Wakil Bupati Gowa, Darmawangsa Muin, hadir bersama di Baruga Karaeng Galesong, Rabu (5/3/2025), "
         "untuk penandatanganan perjanjian kerja sama itu.")
    assert _named(t)["Darmawangsa Muin"].cue == "attendee"
    # present elsewhere: no more than present
    t2 = "Wakil Bupati Gowa, Darmawangsa Muin, hadir dalam rapat paripurna DPRD pada hari yang sama."
    assert _named(t2)["Darmawangsa Muin"].cue == "present"


def test_form_fields_of_signers_and_witnesses():
    t = ("Ringkasan kegiatan:\n\nTempat : Aula Kantor Bupati\n"
         "Penanda tangan : Bupati Lumajang, Indah Amperawati\n"
         "      Kepala Kantor Cabang BPJS Ketenagakerjaan Lumajang, Rudi Hartono\n"
         "Saksi : Kepala Dinas Sosial Lumajang, Eko Prasetyo\n"
         "      Sekretaris Daerah Lumajang, Agus Triyono\n\n"
         "Kerja sama ini berlaku tiga tahun.")

    def at(line_word):
        s = t.index(line_word)
        e = t.index("\n", s)
        s = t.rfind("\n", 0, s) + 1
        while t[s] == " ":
            s += 1
        return _named(t, s, e)

    assert at("Indah")["Indah Amperawati"].cue == "signer"
    assert at("Rudi")["Rudi Hartono"].cue == "signer"
    assert at("Eko")["Eko Prasetyo"].cue == "attendee"
    assert at("Agus")["Agus Triyono"].cue == "attendee"
    # a line after a blank line is no field's
    t2 = "Saksi : Kepala Dinas Sosial Lumajang, Eko Prasetyo\n\nKepala Dinas Kesehatan, Bayu Aji"
    s = t2.index("Kepala Dinas Kesehatan")
    assert _named(t2, s)["Bayu Aji"].cue is None
    # a field of another kind: no cue
    t3 = "Narahubung : Kepala Bagian Humas, Sri Wahyuni\n      Staf Humas, Dedi Kurnia"
    assert _named(t3, 0, t3.index("\n"))["Sri Wahyuni"].cue is None
    s = t3.index("Staf")
    assert all(m.cue is None for m in _mentions(t3, s))


def test_unit_head_takes_the_place_named_elsewhere():
    t = ("Rumah Sakit Umum Daerah (RSUD) Cideres Kabupaten Majalengka menjalin kerja sama. "
         "Dokumen diteken Direktur RSUD Cideres, dr. Andi Saputra, dan Kepala Cabang BPJS Kesehatan.")
    s = t.index("Dokumen")
    m = _named(t, s)["Andi Saputra"]
    assert m.role.org_text() == "RSUD Cideres Kabupaten Majalengka"
    assert m.role.regions and m.role.regions[0].name == "Kabupaten Majalengka"
    # two places for the unit's name: none taken
    t2 = ("Dinas Kesehatan Kabupaten Bandung dan Dinas Kesehatan Kota Bandung hadir. "
          "Dokumen diteken Kepala Dinas Kesehatan, Rina Marlina.")
    s = t2.index("Dokumen")
    assert "Bandung" not in _named(t2, s)["Rina Marlina"].role.org_text()


def test_village_secretary_and_customary_chief_titles():
    t = "Penandatanganan disaksikan Panewu Mlati, Budi Santosa, serta Carik Kalurahan Sendangadi, Sri Lestari."
    names = _named(t)
    assert names["Sri Lestari"].role.title == "Carik"
    assert names["Sri Lestari"].role.org_text() == "Kalurahan Sendangadi"
    assert not any(n.startswith("Kalurahan") for n in names)
    t2 = "Ondoafi Kampung Sereh Besar, Yance Wally, juga hadir dalam acara itu."
    names = _named(t2)
    assert names["Yance Wally"].role.title == "Ondoafi"
    assert names["Yance Wally"].role.org_text() == "Kampung Sereh Besar"


def test_captain_rank_does_not_end_a_sentence():
    t = ("Nota kesepakatan diteken Wali Kota Bitung bersama Kepala KSOP Kelas II Bitung, Capt. "
         "Yohanes Tumbel, M.Mar. Acara berlangsung singkat.")
    sents = segment.sentences(t, [(0, len(t))])
    first = t[sents[0].start:sents[0].end]
    assert "Yohanes Tumbel" in first
    names = _named(t, 0, sents[0].end)
    assert names["Yohanes Tumbel"].cue == "signer"
