"""Round 25 cleaning: line breaks stored as escape sequences ("\\r\\n" as text), words
hyphenated at a line's end and lines ending on a preposition (a PDF copied as text), a
press release's label with its issuer and its headline set on two lines, a line of web
and mail addresses, a Hijri date before the Gregorian one, a news dateline's day and
date in brackets as the publication date, a city glued to a government press desk
("Kota-Humas."), a site's name over the date line, "Update" closing a portal's name, a
reporter's line naming the newsroom in lower case, a domain with a view counter at the
page's foot. Sentences written for these tests."""
from mou_extract.clean import clean, normalise, parse_date_line, _outlet_marked

HEAD = "Pemkab Contoh dan Badan Contoh Teken Nota Kesepakatan Pelayanan Publik"
BODY = ("Pemerintah Kabupaten Contoh dan Badan Contoh menandatangani nota kesepakatan tentang "
        "pelayanan publik di aula kantor bupati, Selasa (4/3/2025).\n\n"
        "Kerja sama itu meliputi pertukaran data dan pelatihan petugas layanan, kata bupati.\n")


def _kind_of(c, needle):
    return next(p.kind for p in c.paragraphs if needle in c.norm[p.start:p.end])


def test_escaped_line_breaks_are_read_as_line_breaks():
    raw = (HEAD + "\n\nRabu, 5 Maret 2025\nPenulis: Rina Hartati | Editor: Dedi\n\nKOTA CONTOH, WartaContoh.id - "
           + BODY).replace("\n", "\\r\\n")
    norm = normalise(raw)
    assert len(norm) == len(raw) and "\\" not in norm and norm.count("\n") == raw.count("\\r\\n")
    c = clean(raw)
    assert c.title == HEAD
    assert c.published == "2025-03-05"
    assert c.dateline == "Kota Contoh"
    assert c.outlet == "WartaContoh.id"
    assert c.authors == ["Rina Hartati"]
    # (a backslash and an "n" written once in a story stay as they are)
    one = "Berkas disimpan di folder C:\\naskah\\mou pada server dinas.\nKalimat kedua."
    assert normalise(one) == one


def test_word_hyphenated_at_a_line_end_reads_as_one_word():
    raw = ("Ruang lingkup kesepakatan meliputi percepatan penyele-\nsaian laporan masyarakat dan\n"
           "pelatihan petugas di masing-\nmasing perangkat daerah.")
    norm = normalise(raw)
    assert len(norm) == len(raw)
    assert "penyele\u00ad\u00adsaian" in norm
    assert "masing-\u00admasing" in norm  # (a repeated word keeps its hyphen)
    assert "\n" not in norm  # (the line ending on "dan" goes on too)
    c = clean(HEAD + "\n\n" + raw + "\n")
    assert len([p for p in c.paragraphs if p.kind == "body"]) == 1


def test_line_ending_on_a_preposition_goes_on():
    raw = ("Nota kesepakatan itu diteken di aula kantor bupati pada\nKamis (5/6/2025) oleh kedua pihak.\n"
           "Acara itu juga dihadiri para camat\nKepala dinas turut memberi sambutan.")
    norm = normalise(raw)
    assert "bupati pada Kamis" in norm
    assert "para camat\nKepala" in norm  # (a line ending on a noun ends there)
    # (nor does a list's item closed by "; dan")
    items = "Ruang lingkup meliputi:\n1. pertukaran data dan informasi; dan\n2. pelatihan petugas layanan."
    assert normalise(items) == items


def test_release_label_with_its_issuer_and_a_headline_on_two_lines():
    c = clean("SIARAN PERS BADAN CONTOH NASIONAL\nNomor: 12/HM.01/III/2025\n\n"
              "Badan Contoh Nasional dan Pemerintah Kota Sukamaju Tandatangani\n"
              "Perjanjian Kerja Sama Layanan Data Kependudukan\n\n"
              "Sukamaju, 4 Maret 2025 – Badan Contoh Nasional dan Pemerintah Kota Sukamaju "
              "menandatangani perjanjian kerja sama tentang layanan data kependudukan di balai kota.\n\n"
              "Kerja sama itu meliputi pertukaran data dan pelatihan petugas layanan, kata wali kota.\n\n"
              "www.contoh.go.id | humas@contoh.go.id\n")
    assert c.title == ("Badan Contoh Nasional dan Pemerintah Kota Sukamaju Tandatangani "
                       "Perjanjian Kerja Sama Layanan Data Kependudukan")
    assert c.dateline == "Sukamaju"
    assert c.published == "2025-03-04"
    assert c.outlet is None
    assert _kind_of(c, "SIARAN PERS") == "boilerplate"
    assert _kind_of(c, "humas@contoh.go.id") == "boilerplate"
    # (a site's name right under a headline goes on no headline)
    for under in ("Warta Contoh Online", "Pelayanan Publik", "Rina Hartati Saputri - wartacontoh"):
        c = clean(HEAD + "\n" + under + "\n\nRabu, 5 Maret 2025\n\nKOTA CONTOH – " + BODY)
        assert c.title == HEAD, under


def test_hijri_date_before_the_gregorian_date():
    assert parse_date_line("Kamis, 6 Ramadan 1446 H / 6 Maret 2025 | 10:20 WIB") == ("2025-03-06", False)
    assert parse_date_line("6 Ramadhan 1446 Hijriah, 6 Maret 2025") == ("2025-03-06", False)
    assert parse_date_line("6 Ramadan 1446 H") is None


def test_capitals_dateline_with_day_and_date_dates_the_story():
    lead = ("Pemerintah Kabupaten Contoh dan Badan Contoh menandatangani nota kesepakatan tentang "
            "pelayanan publik, Rabu malam.\n\nKerja sama itu meliputi pertukaran data, kata bupati.\n")
    c = clean("WARTA SUKAMAJU\n\n" + HEAD + "\n\nSUKAMAJU, Kamis (6/3/2025) – " + lead)
    assert c.dateline == "Sukamaju"
    assert c.published == "2025-03-06"
    # (a date line of the page comes first)
    c = clean("WARTA SUKAMAJU\n\n" + HEAD + "\n\nJumat, 7 Maret 2025\n\nSUKAMAJU, Kamis (6/3/2025) – " + lead)
    assert c.published == "2025-03-07"
    # (a release's place in mixed case and its day date the event only)
    c = clean(HEAD + "\n\nSukamaju, Kamis (6/3/2025) – " + lead)
    assert c.dateline == "Sukamaju"
    assert c.published is None


def test_city_glued_to_a_government_press_desk():
    lead = ("Wali Kota Sukamaju menandatangani nota kesepakatan dengan Badan Contoh di balai kota, "
            "Selasa (4/3/2025).\n\nKerja sama itu meliputi pertukaran data, kata wali kota.\n")
    for glued in ("Sukamaju-Humas. ", "Sukamaju-Prokopim, ", "SUKAMAJU-DISKOMINFO: "):
        c = clean(HEAD + "\n\n" + glued + lead)
        assert c.dateline == "Sukamaju", glued
        assert c.outlet is None
    # (a compound of two names is no dateline)
    c = clean(HEAD + "\n\nSukamaju-Karangrejo. " + lead)
    assert c.dateline is None


def test_site_name_over_the_date_line_is_the_outlet():
    c = clean("Ekonomi\n\n" + HEAD + "\n\nKabar Niaga Sulawesi\n24 April 2025, 19:32 WITA\n\nKOTA CONTOH – " + BODY)
    assert c.outlet == "Kabar Niaga Sulawesi"
    assert c.published == "2025-04-24"
    assert c.title == HEAD


def test_update_closes_a_portal_name():
    c = clean("SINJAI UPDATE\n\n" + HEAD + "\n\nRabu, 5 Maret 2025\n\nKOTA CONTOH – " + BODY)
    assert c.outlet == "Sinjai Update"
    assert _outlet_marked("Sinjaiupdate")
    assert not _outlet_marked("Update Data Penduduk")
    # (after no place's name it is a page's label: "LIVE UPDATE")
    c = clean("LIVE UPDATE\n\n" + HEAD + "\n\nRabu, 5 Maret 2025\n\nKOTA CONTOH – " + BODY)
    assert c.outlet is None


def test_reporter_line_naming_the_newsroom_in_lower_case():
    c = clean(HEAD + "\n\nRabu, 5 Maret 2025\n\nLaporan Wartawan kabarsinjai24, Rina Hartati\n\n"
              "KOTA CONTOH – " + BODY)
    assert c.authors == ["Rina Hartati"]
    assert c.outlet == "kabarsinjai24"


def test_domain_and_view_counter_at_the_foot_name_the_site():
    c = clean(HEAD + "\n\nSukamaju, 4 Maret 2025 — " + BODY + "\n(Humas Dinas/rls)\n\ncontohkab.go.id | Dilihat 120 kali\n")
    assert c.outlet == "contohkab.go.id"
    assert _kind_of(c, "Dilihat 120 kali") == "boilerplate"
