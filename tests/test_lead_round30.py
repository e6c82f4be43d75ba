"""Round 30 rules from the unseen sets' failures (variety140, variety147): a stand-in
clause between a signer's name and the signing verb ("Sekda X, mewakili bupati,
menandatangani ...") keeps the verb the signer's; a regional head written without the
region ("Bupati Markus ...") signs for the one government of that level the article names
when the signing sentence names none; and such a bare title gets its region when that
government is the event's only one."""
from mou_extract import extract_text
from variety_helpers import article


def _two_signings(standin: str) -> str:
    return article(
        "Sehari, Pemkab Teluk Wondama Teken Dua Kerja Sama",
        "Kamis, 4 Desember 2025 | 08:15 WIT",
        "WASIOR, Papua Barat Pos - Rabu (3/12/2025) menjadi hari sibuk bagi Pemerintah Kabupaten "
        "Teluk Wondama. Dalam sehari, pemkab meneken dua perjanjian kerja sama dengan dua instansi.",
        "Pagi hari, di Ruang Rapat Bupati, Bupati Yohanes Marani, S.E. dan Kepala Kejaksaan Negeri "
        "Manokwari Stefanus Rumere, S.H. menandatangani perjanjian kerja sama tentang penanganan "
        "masalah hukum perdata dan tata usaha negara.",
        f"Sore harinya, bertempat di Hotel Mandiri Wasior, {standin} menandatangani perjanjian kerja "
        "sama jaminan sosial bagi nelayan bersama Kepala BPJS Ketenagakerjaan Cabang Manokwari, "
        "Maria Wopari.",
    )


def _signers(sg):
    return {p.name: (p.role, p.party, p.on_behalf_of) for p in sg.signatories}


def test_a_stand_in_clause_between_the_name_and_the_verb_keeps_the_signer():
    rec = extract_text(_two_signings("Sekretaris Daerah Teluk Wondama Petrus Ayomi, mewakili bupati,"), id="t")
    assert rec.is_signing and len(rec.signings) == 2
    second = rec.signings[1]
    who = _signers(second)
    assert who["Petrus Ayomi"] == ("Sekretaris Daerah Kabupaten Teluk Wondama",
                                   "Pemerintah Kabupaten Teluk Wondama", "Bupati Teluk Wondama")
    assert "Pemerintah Kabupaten Teluk Wondama" in {p.name for p in second.parties}


def test_atas_nama_clause_too():
    rec = extract_text(_two_signings("Sekda Teluk Wondama Petrus Ayomi, atas nama Bupati,"), id="t")
    assert "Petrus Ayomi" in _signers(rec.signings[1])


def test_a_bare_regent_signs_for_the_one_regency_government_the_article_names():
    rec = extract_text(_two_signings("Sekretaris Daerah Teluk Wondama Petrus Ayomi, mewakili bupati,"), id="t")
    first = rec.signings[0]
    assert {p.name for p in first.parties} == {"Pemerintah Kabupaten Teluk Wondama", "Kejaksaan Negeri Manokwari"}
    assert _signers(first)["Yohanes Marani"][:2] == ("Bupati Teluk Wondama", "Pemerintah Kabupaten Teluk Wondama")


def test_a_bare_regent_is_not_given_a_regency_when_the_article_names_two():
    text = article(
        "Dua Kabupaten Jajaki Kerja Sama dengan Kejari",
        "Kamis, 4 Desember 2025 | 08:15 WIT",
        "MANOKWARI - Pemerintah Kabupaten Teluk Wondama dan Pemerintah Kabupaten Teluk Bintuni sama-sama "
        "menjajaki kerja sama hukum dengan kejaksaan.",
        "Rabu (3/12/2025), di Aula Kejari, Bupati Yohanes Marani dan Kepala Kejaksaan Negeri Manokwari "
        "Stefanus Rumere menandatangani perjanjian kerja sama tentang penanganan masalah hukum perdata.",
    )
    rec = extract_text(text, id="t")
    assert rec.is_signing
    sg = rec.signings[0]
    assert _signers(sg)["Yohanes Marani"][1] is None
    assert {p.name for p in sg.parties} == {"Kejaksaan Negeri Manokwari"}


def test_a_bare_deputy_title_gets_the_region_of_the_events_only_government():
    text = article(
        "Pemkab Mahakam Ulu Teken PKS dengan Kejari",
        "Senin, 1 Desember 2025 | 09:00 WITA",
        "UJOH BILANG - Pemerintah Kabupaten Mahakam Ulu dan Kejaksaan Negeri Kutai Barat menandatangani "
        "perjanjian kerja sama bidang perdata dan tata usaha negara, Senin (1/12/2025).",
        "Perjanjian ditandatangani Wakil Bupati Agustinus Lawing dan Kepala Kejaksaan Negeri Kutai Barat "
        "Rudi Hartono.",
    )
    sg = extract_text(text, id="t").signings[0]
    assert _signers(sg)["Agustinus Lawing"][:2] == ("Wakil Bupati Mahakam Ulu", "Pemerintah Kabupaten Mahakam Ulu")


def test_a_seat_town_after_an_offices_short_form_is_no_person():
    text = article(
        "Pemkab Lombok Tengah dan PN Praya Teken PKS Sidang Keliling",
        "Rabu, 23 Juli 2025 | 10:00 WITA",
        "Praya - Pemerintah Kabupaten Lombok Tengah menandatangani perjanjian kerja sama dengan "
        "Pengadilan Negeri Praya tentang sidang keliling, Rabu (23/7/2025), di Aula Kantor Bupati.",
        "PKS ditandatangani oleh Bupati Lombok Tengah, Lalu Pathul Bahri, dan Ketua Pengadilan Negeri "
        "Praya, Agus Salim Harahap.",
        "Ketua PN Praya menyampaikan, tahun ini pihaknya menargetkan 200 perkara diselesaikan lewat "
        "sidang keliling di kantor desa.",
    )
    rec = extract_text(text, id="t")
    names = {p.name for sg in rec.signings for p in sg.signatories + sg.attendees}
    assert "Praya" not in names
    assert names >= {"Lalu Pathul Bahri", "Agus Salim Harahap"}


def test_a_one_word_name_after_a_short_form_stays_a_name():
    from mou_extract import people
    t = "Kepala BPBD Hendra menyampaikan bahwa air sudah surut."
    assert [m.name for m in people.find_mentions(t, 0, 0, len(t))] == ["Hendra"]


def test_an_e_paper_header_with_several_labels_before_the_date_is_the_publication_line():
    from mou_extract.clean import parse_date_line
    assert parse_date_line("RADAR BANJAR · E-PAPER · Kamis, 6 Februari 2025 · Hal. 5") == ("2025-02-06", False)
    assert parse_date_line("KALTIM POST | EDISI CETAK | Senin, 3 Maret 2025 | Halaman 2") == ("2025-03-03", False)
    # (a sentence that only holds a date is no date line)
    assert parse_date_line("Kerja sama itu diteken di Banjarbaru pada Kamis, 6 Februari 2025.") is None


def test_an_e_paper_header_gives_outlet_and_publication_date():
    text = ("RADAR BANJAR · E-PAPER · Kamis, 6 Februari 2025 · Hal. 5\n\n"
            "Pemkot Banjarbaru Gandeng Kejari Urus Aset\n\n"
            "BANJARBARU – Pemerintah Kota Banjarbaru dan Kejaksaan Negeri Banjarbaru menandatangani "
            "perjanjian kerja sama bidang perdata dan tata usaha negara, Rabu (5/2/2025), di Balai Kota.\n")
    art = extract_text(text, id="t").article
    assert (art.outlet, art.published) == ("Radar Banjar", "2025-02-06")
