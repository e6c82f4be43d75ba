"""Round 16: signings with many parties and signers written as lists, form blocks and
tables (what variety39 and variety41 found). Sentences written for these tests; none
comes from a corpus article."""
from mou_extract import extract_text, tables
from variety_helpers import article, first_signing


def _signers(sg) -> dict[str, tuple]:
    return {p.name: (p.role, p.party, p.on_behalf_of) for p in sg.signatories}


FORM_BLOCK = article(
    "Enam Daerah di Kalbar Teken Kesepakatan dengan Ombudsman",
    "Selasa, 14 Oktober 2025 | 10:20 WIB",
    "PONTIANAK - Ombudsman RI Perwakilan Kalimantan Barat menandatangani nota kesepakatan dengan "
    "pemerintah kabupaten dan kota se-Kalbar, Selasa (14/10/2025), di Hotel Mahkota Pontianak.",
    "Adapun daftar penandatangan dari pihak pemerintah daerah sebagai berikut:",
    "1. Pemerintah Kabupaten Sambas\n"
    "   Penandatangan : H. Darmawan Saputra, S.E.\n"
    "   Jabatan       : Bupati Sambas",
    "2. Pemerintah Kabupaten Sanggau\n"
    "   Penandatangan : Drs. Yohanes Ansel, M.Si.\n"
    "   Jabatan       : Sekretaris Daerah (atas nama Bupati Sanggau)",
    "3. Pemerintah Kota Singkawang\n"
    "   Penandatangan : dr. Melati Anggraini, M.Kes.\n"
    "   Jabatan       : Wali Kota Singkawang",
    "Baca Juga: Harga Jeruk Sambas Turun Jelang Panen Raya",
    "Kepala perwakilan berharap kerja sama itu segera ditindaklanjuti dengan rencana aksi di setiap "
    "kabupaten dan kota yang sudah meneken.")


def test_a_numbered_form_block_of_labelled_lines_gives_parties_and_signers():
    sg = first_signing(FORM_BLOCK)
    signers = _signers(sg)
    assert signers["Darmawan Saputra"][:2] == ("Bupati Sambas", "Pemerintah Kabupaten Sambas")
    assert signers["Yohanes Ansel"][1:] == ("Pemerintah Kabupaten Sanggau", "Bupati Sanggau")
    # a lower-case degree before the name, a post that names its city already
    assert signers["Melati Anggraini"][:2] == ("Wali Kota Singkawang", "Pemerintah Kota Singkawang")
    names = {p.name for p in sg.parties}
    assert {"Pemerintah Kabupaten Sambas", "Pemerintah Kabupaten Sanggau", "Pemerintah Kota Singkawang"} <= names
    party = next(p for p in sg.parties if p.name == "Pemerintah Kabupaten Sanggau")
    assert party.evidence.text == "Pemerintah Kabupaten Sanggau"
    melati = next(p for p in sg.signatories if p.name == "Melati Anggraini")
    assert FORM_BLOCK[melati.evidence.start:melati.evidence.end] == melati.evidence.text
    assert "Melati Anggraini" in melati.evidence.text


def test_form_rows_stop_at_the_line_after_the_block():
    text = FORM_BLOCK
    rows = tables.rows_after(text, text.index("sebagai berikut:") + len("sebagai berikut"))
    assert len(rows) == 3
    assert [text[a:b] for a, b in rows[2]] == ["Pemerintah Kota Singkawang", "dr. Melati Anggraini, M.Kes.",
                                               "Wali Kota Singkawang"]


SIDE_BLOCK = article(
    "Tiga Provinsi Teken Kesepakatan dengan Ombudsman di Jakarta",
    "Rabu, 5 November 2025 | 14:00 WIB",
    "JAKARTA - Tiga pemerintah provinsi di Kalimantan menandatangani nota kesepakatan dengan Ombudsman "
    "Republik Indonesia di Jakarta, Rabu (5/11/2025).",
    "Menurut lembar tanda tangan yang diterima redaksi, pihak yang meneken nota kesepakatan adalah:",
    "PIHAK PERTAMA\nDr. Agustinus Wirawan, S.H.\nAnggota Ombudsman Republik Indonesia",
    "PIHAK KEDUA\n"
    "1. Pemerintah Provinsi Kalimantan Tengah\n   Ir. Bambang Suparno, M.T.\n   Gubernur Kalimantan Tengah\n"
    "2. Pemerintah Provinsi Kalimantan Timur\n   Hendra Wiratama, S.Sos.\n"
    "   Sekretaris Daerah, mewakili Gubernur Kalimantan Timur",
    "Kesepakatan itu berlaku selama lima tahun sejak ditandatangani oleh kedua belah pihak di Jakarta.")


def test_a_signature_sheet_with_sides_gives_every_signer():
    sg = first_signing(SIDE_BLOCK)
    signers = _signers(sg)
    assert signers["Agustinus Wirawan"][1] == "Ombudsman Republik Indonesia"
    assert signers["Bambang Suparno"][:2] == ("Gubernur Kalimantan Tengah", "Pemerintah Provinsi Kalimantan Tengah")
    hendra = signers["Hendra Wiratama"]
    assert hendra[1:] == ("Pemerintah Provinsi Kalimantan Timur", "Gubernur Kalimantan Timur")


def test_a_pipe_table_of_signers():
    sg = first_signing(article(
        "Ombudsman Teken Kesepakatan dengan Pemda se-Sulawesi Tenggara",
        "KENDARI - Ombudsman RI Perwakilan Sulawesi Tenggara menandatangani nota kesepakatan dengan "
        "pemerintah daerah di Kendari, Kamis (9/10/2025).",
        "Berikut daftar penandatangan dari pihak pemerintah daerah:",
        "| No | Daerah | Penandatangan | Jabatan |\n"
        "|----|--------|---------------|---------|\n"
        "| 1 | Kabupaten Kolaka | Ir. Samsul Rizal, M.M. | Bupati |\n"
        "| 2 | Kabupaten Muna | Drs. La Ode Halim, M.Si. | Sekda, a.n. Bupati |\n"
        "| 3 | Kota Kendari | Hj. Wa Ode Fitri, S.E. | Wali Kota |",
        "Usai penandatanganan, kepala perwakilan menyerahkan hasil penilaian kepatuhan."))
    signers = _signers(sg)
    assert signers["Samsul Rizal"][:2] == ("Bupati Kolaka", "Pemerintah Kabupaten Kolaka")
    assert signers["La Ode Halim"][1:] == ("Pemerintah Kabupaten Muna", "Bupati Muna")
    assert signers["Wa Ode Fitri"][:2] == ("Wali Kota Kendari", "Pemerintah Kota Kendari")


def test_a_bullet_list_after_a_counting_introduction_names_the_parties():
    sg = first_signing(article(
        "Ombudsman Teken Nota Kesepahaman dengan Empat Kabupaten di Maluku",
        "AMBON - Kepala Ombudsman RI Perwakilan Maluku, Rahman Latuconsina, menandatangani nota kesepahaman "
        "dengan empat pemerintah kabupaten di Ambon, Senin (3/11/2025).",
        "Acara dibuka oleh gubernur dan dihadiri para pimpinan daerah.",
        "Keempat pemerintah kabupaten tersebut adalah:",
        "• Kabupaten Buru\n• Kabupaten Seram Bagian Barat (diwakili Sekda)\n• Kabupaten Maluku Tenggara\n"
        "• Kabupaten Kepulauan Aru",
        "Adapun pemerintah kabupaten yang belum meneken adalah:",
        "• Kabupaten Seram Bagian Timur\n• Kabupaten Kepulauan Tanimbar",
        "Kepala perwakilan meminta keempat daerah segera membentuk unit pengaduan."))
    names = {p.name for p in sg.parties}
    assert {"Pemerintah Kabupaten Buru", "Pemerintah Kabupaten Seram Bagian Barat",
            "Pemerintah Kabupaten Maluku Tenggara", "Pemerintah Kabupaten Kepulauan Aru"} <= names
    # (the list of those that have not signed yet names no parties)
    assert not names & {"Pemerintah Kabupaten Seram Bagian Timur", "Pemerintah Kabupaten Kepulauan Tanimbar"}


def test_the_governments_a_lead_sentence_counts_are_named_in_the_next_paragraph():
    sg = first_signing(article(
        "Lima Pemda di Bali Jalin Kerja Sama dengan Ombudsman",
        "DENPASAR - Lima pemerintah daerah di Bali resmi menjalin kerja sama pengawasan pelayanan publik "
        "dengan Ombudsman RI Perwakilan Bali. Nota kesepakatan diteken di Denpasar, Rabu (8/10/2025).",
        "Kelima pemda itu yakni Pemkab Tabanan, Pemkab Gianyar, Pemkab Bangli, Pemkab Karangasem dan "
        "Pemkot Denpasar.",
        "Bupati Tabanan diwakili Sekretaris Daerah Kabupaten Tabanan, I Made Sudarsana."))
    names = {p.name for p in sg.parties}
    assert {"Pemerintah Kabupaten Tabanan", "Pemerintah Kabupaten Bangli", "Pemerintah Kota Denpasar"} <= names
    assert "I Made Sudarsana" in {p.name for p in sg.signatories}


def test_this_signing_after_an_earlier_one_goes_with_the_reported_day():
    rec = extract_text(article(
        "Dua Kabupaten Susul Teken Kesepakatan dengan Ombudsman Kalsel",
        "Jumat, 11 Juli 2025 | 09:00 WITA",
        "BANJARMASIN - Pemerintah Kabupaten Tapin dan Balangan menandatangani nota kesepakatan dengan "
        "Ombudsman RI Perwakilan Kalimantan Selatan di Banjarmasin, Kamis (10/7/2025).",
        "Pada 2 April 2025, Ombudsman Kalsel menandatangani nota kesepakatan yang sama dengan sebelas "
        "kabupaten/kota, termasuk Kota Banjarbaru, di Banjarmasin.",
        "Dalam penandatanganan susulan ini, nota kesepakatan diteken Kepala Ombudsman RI Perwakilan "
        "Kalimantan Selatan, Dr. Hasan Basri Noor, S.H. Dari pihak daerah, Bupati Tapin Hj. Rusmiati "
        "Hamdan menandatangani langsung."), id="t")
    by_day = {sg.date.value: sg for sg in rec.signings}
    assert set(by_day) == {"2025-04-02", "2025-07-10"}
    today = {p.name for p in by_day["2025-07-10"].signatories}
    assert {"Hasan Basri Noor", "Rusmiati Hamdan"} <= today
    assert not by_day["2025-04-02"].signatories


def test_representatives_who_did_the_signing_are_signers():
    sg = first_signing(article(
        "Pemkab Sleman dan 86 Desa Sepakati Layanan Adminduk",
        "SLEMAN - Pemerintah Kabupaten Sleman bersama 86 pemerintah desa menandatangani nota kesepakatan "
        "tentang layanan administrasi kependudukan di desa, Senin (6/10/2025).",
        "Nota kesepakatan diteken Bupati Sleman, Dr. Hendra Kusuma. Dari pihak desa, penandatanganan "
        "diwakili dua kepala desa, yakni Kepala Desa Sendangadi Suryo Wibowo dan Kepala Desa Caturtunggal "
        "Rini Astuti."))
    names = {p.name for p in sg.signatories}
    assert {"Suryo Wibowo", "Rini Astuti"} <= names
    assert "Pemerintah Desa Caturtunggal" in {p.name for p in sg.parties}


def test_a_similar_agreement_being_explored_names_no_party():
    sg = first_signing(article(
        "Bank Daerah Teken PKS dengan Koperasi",
        "MALANG - PT Bank Pembangunan Daerah Jawa Timur Tbk Cabang Malang menandatangani perjanjian kerja "
        "sama pembiayaan dengan Pemerintah Kabupaten Malang, Rabu (15/10/2025).",
        "Dinas Koperasi juga sedang menjajaki kerja sama serupa dengan Bank Syariah Indonesia untuk "
        "koperasi di wilayah utara."))
    names = {p.name for p in sg.parties}
    assert not any("Syariah" in n for n in names)
