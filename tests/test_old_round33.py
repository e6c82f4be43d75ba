"""Round 33, old leftovers (variety63, variety73 and others). A list of people announced
by a possessive post ("Masing-masing diwakili kepala desanya, yakni A (X), B (Y)") gives
each the post of the place in brackets, as the bare post does ("kepala desa, yakni");
a signing said to take place at the occasion told before it ("Pada kesempatan yang
sama, ...") without a day of its own is dated by the last calendar day the body wrote
before it; the building the sentence right before a signing tells the party moving on to
at the next stop of its day ("Menjelang siang, rombongan bergeser ke Gedung X.") is that
signing's venue; a comma right after an office's jurisdiction ("Kepala Dinas X Kabupaten
Sintang, Y, dan Z") opens no list of its fields; a national park's office ("Balai Besar
Taman Nasional Lore Lindu") is a national institution; a signing noun whose predicate,
after a relative clause, says it was put off ("Penandatanganan serupa dengan X, yang semula
dijadwalkan ..., ditunda") reports no signing. Sentences written for these tests; none
comes from a corpus article."""
from mou_extract import extract_text
from variety_helpers import article, people


def _record(text):
    return extract_text(text, id="t")


def _signers(sig):
    return sorted((p.name, p.role, p.party) for p in sig.signatories)


# --- a list of people announced by a possessive post --------------------------------------------

def _village_story(intro: str) -> str:
    return article(
        "Lima Kepala Desa di Welahan Teken PKS dengan Bank Daerah",
        "KUDUS - Sebanyak lima kepala desa di Kecamatan Welahan menandatangani perjanjian kerja sama "
        "pengelolaan kas desa dengan PT BPR Bank Kudus, Senin (3/3/2025). Penandatanganan berlangsung di "
        "Balai Desa Welahan.",
        "Dari pihak bank, PKS ditandatangani Direktur Utama PT BPR Bank Kudus, Bambang Sulistyo.",
        "Kelima desa itu yakni Desa Gidangelo, Kalipucang Wetan, Ujungpandan, Teluk Wetan dan Sidigede. "
        + intro + " Joko Priyanto (Gidangelo), Sri Wahyuni (Kalipucang Wetan), Mulyadi (Ujungpandan), "
        "Ahmad Syukron (Teluk Wetan) dan Nur Hidayah (Sidigede).",
        "Bambang mengatakan, layanan ini untuk memudahkan desa.")


def test_a_possessive_post_announces_a_list_of_village_heads():
    sig = _record(_village_story("Masing-masing diwakili kepala desanya, yakni")).signings[0]
    signers = _signers(sig)
    assert ("Joko Priyanto", "Kepala Desa Gidangelo", "Pemerintah Desa Gidangelo") in signers
    assert ("Ahmad Syukron", "Kepala Desa Teluk Wetan", "Pemerintah Desa Teluk Wetan") in signers
    assert ("Nur Hidayah", "Kepala Desa Sidigede", "Pemerintah Desa Sidigede") in signers
    names = [p.name for p in sig.parties]
    assert "Pemerintah Desa Kalipucang Wetan" in names and "PT BPR Bank Kudus" in names


def test_the_bare_post_still_announces_the_list():
    # (guard: the form without "-nya" read as before)
    sig = _record(_village_story("Masing-masing diwakili kepala desa, yaitu")).signings[0]
    assert ("Mulyadi", "Kepala Desa Ujungpandan", "Pemerintah Desa Ujungpandan") in _signers(sig)


def test_a_possessive_word_that_is_no_post_gives_no_role():
    # (guard: "warganya, yakni" names no post)
    s = article(
        "Pemdes Gidangelo Teken PKS dengan Bank Daerah",
        "KUDUS - Pemerintah Desa Gidangelo menandatangani perjanjian kerja sama pengelolaan kas desa dengan "
        "PT BPR Bank Kudus, Senin (3/3/2025). PKS ditandatangani Kepala Desa Gidangelo, Joko Priyanto, dan "
        "Direktur Utama PT BPR Bank Kudus, Bambang Sulistyo.",
        "Acara dihadiri perwakilan warganya, yakni Sri Wahyuni (Gidangelo) dan Mulyadi (Gidangelo).")
    sig = _record(s).signings[0]
    assert all(p.name not in ("Sri Wahyuni", "Mulyadi") for p in sig.signatories)
    assert all(not (p.role or "").startswith("Warga") for p in sig.attendees)


# --- a signing at the occasion told before it ---------------------------------------------------

def _occasion_story(opening: str, quote: str = "") -> str:
    return article(
        "Gerai Baru MPP Sumbawa Diresmikan, Sembilan Instansi Bergabung",
        "Selasa, 11 Maret 2025 | 09:00 WITA",
        "SUMBAWA BESAR - Mal Pelayanan Publik Kabupaten Sumbawa kini membuka layanan hingga hari Sabtu.",
        "Perpanjangan jam layanan itu diresmikan Bupati Sumbawa, Syarafuddin Jarot, Senin (10/3/2025). "
        "Jumlah gerai di MPP bertambah dari lima menjadi sembilan.",
        "\"Warga kita banyak yang bekerja pada hari biasa" + quote + ",\" kata Jarot.",
        opening + " Pemerintah Kabupaten Sumbawa dan Kantor Pertanahan Kabupaten Sumbawa menandatangani "
        "perjanjian kerja sama tentang layanan pertanahan di MPP. Perjanjian diteken Bupati Syarafuddin Jarot "
        "dan Kepala Kantor Pertanahan Kabupaten Sumbawa, Made Arsana.")


def test_a_signing_at_the_same_occasion_takes_the_day_told_before():
    sig = _record(_occasion_story("Pada kesempatan yang sama,")).signings[0]
    assert sig.date is not None and sig.date.value == "2025-03-10"
    assert sig.date.evidence.text == "Senin (10/3/2025)"


def test_a_relative_day_in_a_quote_before_it_does_not_date_the_signing():
    # (the written day is taken, not "hari ini" said in a quote between them)
    sig = _record(_occasion_story("Pada kesempatan yang sama,", ", hari ini mereka bisa datang")).signings[0]
    assert sig.date is not None and sig.date.value == "2025-03-10"


def test_a_signing_without_the_occasion_cue_is_not_dated_so():
    # (guard: a signing told on its own, with no day, keeps no day from the event before)
    sig = _record(_occasion_story("Sementara itu,")).signings[0]
    assert sig.date is None or sig.date.evidence.text != "Senin (10/3/2025)"


# --- a building the party moved on to at the next stop of its day, right before the signing -----

def _tour_story(move: str) -> str:
    return article(
        "Ombudsman Jambi Teken Dua Kesepakatan dalam Sehari",
        "JAMBI - Ombudsman RI Perwakilan Jambi meneken dua dokumen kerja sama terpisah, Rabu (9/4/2025).",
        "Penandatanganan pertama berlangsung pagi hari di Kantor Ombudsman RI Perwakilan Jambi. Kepala "
        "Ombudsman RI Perwakilan Jambi, Dedy Irawan, dan Bupati Muaro Jambi, Bambang Bayu Suseno, "
        "menandatangani nota kesepakatan tentang pelayanan publik.",
        move + " Dedy dan Rektor Universitas Jambi, Helmi Hasan, meneken nota kesepahaman tentang "
        "penelitian pelayanan publik.")


def test_the_building_moved_to_right_before_the_signing_is_its_venue():
    rec = _record(_tour_story("Menjelang siang, rombongan Ombudsman bergeser ke Gedung Rektorat Universitas Jambi."))
    assert [s.venue.name if s.venue else None for s in rec.signings][-1] == "Gedung Rektorat Universitas Jambi"


def test_the_next_stop_may_open_on_the_time_of_day():
    rec = _record(_tour_story("Sore harinya, Dedy bertolak menuju Aula Rektorat Universitas Jambi."))
    assert rec.signings[-1].venue is not None and rec.signings[-1].venue.name == "Aula Rektorat Universitas Jambi"


def test_a_move_not_told_as_the_next_stop_of_the_day_is_not_read():
    # (guard, as round 29's: "Rombongan bupati bergeser ke Kantor X. Bupati dan Y meneken ...")
    rec = _record(_tour_story("Rombongan Ombudsman lalu bergeser ke Gedung Rektorat Universitas Jambi."))
    v = rec.signings[-1].venue
    assert v is None or v.name != "Gedung Rektorat Universitas Jambi"


def test_a_town_moved_to_is_no_venue_and_a_move_elsewhere_in_the_paragraph_is_not_read():
    # (guards: "bergeser ke Muara Bulian" names no building; a move told after the
    # signing sentence does not place it)
    rec = _record(_tour_story("Menjelang siang, rombongan Ombudsman bergeser ke Muara Bulian."))
    assert rec.signings[-1].venue is None or rec.signings[-1].venue.name != "Muara Bulian"
    s = article(
        "Ombudsman Jambi dan Unja Teken Nota Kesepahaman",
        "JAMBI - Kepala Ombudsman RI Perwakilan Jambi, Dedy Irawan, dan Rektor Universitas Jambi, Helmi "
        "Hasan, meneken nota kesepahaman tentang penelitian pelayanan publik, Rabu (9/4/2025). Usai acara, "
        "rombongan bergeser ke Gedung Rektorat Universitas Jambi untuk makan siang.")
    v = _record(s).signings[0].venue
    assert v is None or v.name != "Gedung Rektorat Universitas Jambi"


# --- no field list after the office's jurisdiction ----------------------------------------------

def test_a_comma_after_the_jurisdiction_ends_the_office():
    s = ("Dokumen ditandatangani Kepala Dinas Tenaga Kerja dan Transmigrasi Kabupaten Kapuas Hulu, Martinus "
         "Sudarno, S.Hut., dan Budi Santoso, disaksikan bupati.")
    got = people(s)
    assert ("Martinus Sudarno", "Kepala Dinas", "Tenaga Kerja dan Transmigrasi Kabupaten Kapuas Hulu", "signer") in got
    assert any(name == "Budi Santoso" for name, *_ in got)


def test_a_field_list_before_the_jurisdiction_is_still_read():
    # (guards: the fields listed with commas, then the region, then the name)
    got = people("Kepala Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Sigi, Nurhayati, hadir.")
    assert got[0][0] == "Nurhayati" and got[0][2] == "Koperasi, Usaha Kecil dan Menengah Kabupaten Sigi"
    got = people("Wakil Rektor Bidang Perencanaan, Kerja Sama dan Sistem Informasi Unram, Prof. Dr. Sukardi, hadir.")
    assert got[0][0] == "Sukardi" and got[0][2].startswith("Bidang Perencanaan, Kerja Sama dan Sistem Informasi")


# --- national-park offices ----------------------------------------------------------------------

def test_a_national_park_office_is_a_national_institution():
    s = article(
        "Pemkab Lumajang dan Balai Besar TN Bromo Tengger Semeru Teken PKS",
        "LUMAJANG - Pemerintah Kabupaten Lumajang dan Balai Besar Taman Nasional Bromo Tengger Semeru "
        "menandatangani perjanjian kerja sama tentang pengelolaan wisata Ranu Pani, Kamis (8/5/2025). "
        "PKS diteken Bupati Lumajang, Indah Amperawati, dan Kepala Balai Besar Taman Nasional Bromo Tengger "
        "Semeru, Rudijanta Tjahja Nugraha.")
    sig = _record(s).signings[0]
    kinds = {p.name: p.kind for p in sig.parties}
    assert kinds.get("Balai Besar Taman Nasional Bromo Tengger Semeru") == "national_institution"
    signer = next(p for p in sig.signatories if p.name == "Rudijanta Tjahja Nugraha")
    assert signer.party == "Balai Besar Taman Nasional Bromo Tengger Semeru"


def test_the_park_itself_is_no_party():
    # (guard: a park named as a place, without its office)
    from variety_helpers import party_names
    assert party_names("Wisatawan kembali ramai mendatangi Taman Nasional Komodo pekan ini.") == []


# --- a signing called off after a relative clause -----------------------------------------------

def _postponed_story(second: str) -> str:
    return article(
        "Ombudsman Gorontalo Teken Nota Kesepakatan dengan Pemkab Boalemo",
        "TILAMUTA - Ombudsman RI Perwakilan Gorontalo menandatangani nota kesepakatan dengan Pemerintah "
        "Kabupaten Boalemo di Aula Kantor Bupati Boalemo, Selasa (2/9/2025). " + second,
        "Nota kesepakatan diteken Kepala Ombudsman RI Perwakilan Gorontalo, Muslimin Bau, dan Bupati Boalemo, "
        "Rum Pagau.")


def test_a_partner_whose_signing_was_put_off_after_a_relative_clause_is_no_party():
    rec = _record(_postponed_story(
        "Penandatanganan serupa dengan Pemerintah Kabupaten Pohuwato, yang semula dijadwalkan pada hari yang "
        "sama, ditunda."))
    assert [p.name for p in rec.signings[0].parties if "Pohuwato" in p.name] == []


def test_a_signing_put_off_before_and_then_held_keeps_its_partner():
    # (guard: the off word inside the relative clause, the predicate telling it held)
    rec = _record(_postponed_story(
        "Penandatanganan serupa dengan Pemerintah Kabupaten Pohuwato, yang sempat ditunda pekan lalu, "
        "digelar sore harinya di Marisa."))
    assert any("Pohuwato" in p.name for s in rec.signings for p in s.parties)
