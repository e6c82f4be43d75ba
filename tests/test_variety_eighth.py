"""Shapes of round 14: what the held-out sets variety22-29 (written by people who had
not read the code) found. Sentences written for these tests; none comes from a corpus
article."""
import pytest

from mou_extract import extract_text
from mou_extract.clean import clean
from variety_helpers import article, first_signing


def _signers(sg) -> dict[str, tuple]:
    return {p.name: (p.role, p.party) for p in sg.signatories}


NOT_SIGNINGS = [
    pytest.param((
        "Setahun Kesepakatan, Layanan Pemkot Palu Membaik",
        "Jumat, 7 Maret 2025 | 10:00 WITA",
        "PALU - Tepat setahun lalu, Kamis (7/3/2024), Wali Kota Palu dan Kepala Ombudsman RI Perwakilan "
        "Sulawesi Tengah menandatangani nota kesepakatan tentang pelayanan publik. Jumat (7/3/2025) ini "
        "keduanya bertemu lagi untuk menilai hasilnya.",
    ), id='anniversary-exactly-a-year'),
    pytest.param((
        "Laporan Warga Lebak Tak Kunjung Tuntas",
        "Rabu, 4 Juni 2025",
        "RANGKASBITUNG - Padahal, lebih dari dua tahun lalu, Pemerintah Kabupaten Lebak dan Ombudsman RI "
        "Perwakilan Banten menandatangani nota kesepakatan percepatan penyelesaian laporan.",
    ), id='approximate-time-after-a-connective'),
    pytest.param((
        "DPRD Minta Perusahaan Daerah Tunda MoU",
        "Senin, 10 November 2025",
        "TANJUNG BALAI KARIMUN - Komisi II DPRD meminta perusahaan daerah menunda rencana kerja sama "
        "dengan investor. \"Tahun 2021 perusahaan ini meneken perjanjian kerja sama dengan mitra dari luar "
        "daerah, hasilnya nihil,\" kata ketua komisi.",
    ), id='earlier-year-opening-the-sentence'),
    pytest.param((
        "Undangan Beredar, Pemkab Siapkan Acara",
        "Selasa, 11 Maret 2025",
        "BUOL - Undangan penandatanganan nota kesepakatan antara Pemerintah Kabupaten Buol dan Ombudsman "
        "RI Perwakilan Sulawesi Tengah beredar di kalangan ASN, Senin (10/3/2025).",
        "Hari/Tanggal : Kamis, 13 Maret 2025\nTempat : Aula Kantor Bupati Buol\n"
        "Acara : Penandatanganan Nota Kesepakatan antara Pemerintah Kabupaten Buol dan Ombudsman RI",
    ), id='invitation-and-agenda'),
    pytest.param((
        "Pemda Diminta Segera Teken PKS",
        "Senin, 13 Oktober 2025",
        "PALANGKA RAYA - Melalui surat edaran, setiap pemerintah kabupaten diminta meneken "
        "perjanjian kerja sama integrasi pengaduan dengan kementerian, Senin (13/10/2025).",
    ), id='asked-to-sign'),
    pytest.param((
        "Tenggat PKS Tinggal Dua Pekan",
        "Kamis, 16 Oktober 2025",
        "SAMPIT - Batas waktu bagi pemerintah daerah untuk menandatangani perjanjian kerja sama layanan "
        "pengaduan tinggal dua pekan, Kamis (16/10/2025).",
    ), id='deadline'),
    pytest.param((
        "Pemkab dan Pemkot Bahas Air Minum",
        "Senin, 10 November 2025",
        "CIKARANG - Pemerintah Kabupaten Bekasi dan Pemerintah Kota Bekasi membahas draf kerja sama air "
        "minum, Senin (10/11/2025). \"Kami targetkan penandatanganan PKS bisa dilakukan pertengahan "
        "Desember,\" kata asisten daerah.",
    ), id='targeted-by-us'),
    pytest.param((
        "Penandatanganan MoU Perusahaan Daerah Ditunda",
        "Senin, 10 November 2025",
        "KARIMUN - \"Penandatanganan MoU akan kami jadwalkan ulang setelah ada persetujuan dewan,\" kata "
        "direktur perusahaan daerah, Senin (10/11/2025).",
    ), id='to-be-rescheduled'),
    pytest.param((
        "Pergub Kerja Sama Daerah Disosialisasikan",
        "Kamis, 16 Oktober 2025",
        "BANJARMASIN - Biro Pemerintahan menyosialisasikan peraturan gubernur tentang kerja sama daerah, "
        "Kamis (16/10/2025). Pergub itu mengatur tahapan kerja sama daerah mulai dari penyusunan draf, "
        "penilaian oleh tim koordinasi, penandatanganan nota kesepakatan, hingga pelaporan kepada menteri.",
    ), id='a-step-of-a-procedure'),
    pytest.param((
        "KabarSulbar.com",
        "Opini",
        "Tanda Tangan Bukan Akhir dari Pelayanan Publik",
        "Kamis, 18 September 2025",
        "Oleh: Nurul Hidayah",
        "SETIAP tahun kita membaca berita bahwa bupati dan kepala perwakilan Ombudsman menandatangani "
        "nota kesepakatan tentang pelayanan publik. Tanda tangan itu penting, tetapi tidak cukup.",
    ), id='opinion-rubric-line'),
    pytest.param((
        "Komisi IV DPRD Bali Soroti Layanan BPJS",
        "Kamis, 23 Oktober 2025",
        "DENPASAR - Komisi IV DPRD Bali menggelar rapat dengar pendapat, Kamis (23/10/2025). Ombudsman Bali "
        "dan BPJS Kesehatan telah menandatangani nota kesepakatan pada Maret 2024.",
        "\"Kesepakatan yang sudah diteken jangan hanya jadi pajangan,\" kata ketua komisi.",
    ), id='an-earlier-agreement-referred-to-again'),
    pytest.param((
        "Ombudsman Maluku Terima 200 Laporan",
        "Senin, 17 November 2025",
        "AMBON - Ombudsman RI Perwakilan Maluku menerima 200 laporan masyarakat, Senin (17/11/2025). "
        "Penandatanganan kerja sama dengan Pemerintah Kabupaten Buru masih dijajaki.",
    ), id='still-being-explored'),
    pytest.param((
        "Aturan Baru Kerja Sama Daerah",
        "Kamis, 16 Oktober 2025",
        "BATULICIN - Kepala Bagian Kerja Sama Pemerintah Kabupaten Tanah Bumbu menanyakan nasib nota "
        "kesepakatan dengan perusahaan sawit yang diteken sebelum pergub itu terbit, Kamis (16/10/2025).",
    ), id='signed-before-a-rule-came-into-force'),
]


@pytest.mark.parametrize("paras", NOT_SIGNINGS)
def test_reports_no_signing(paras):
    assert not extract_text(article(*paras), id="t").is_signing


def test_signers_listed_one_a_line_after_a_colon():
    sg = first_signing(article(
        "Pemprov dan Kabupaten se-Sultra Teken Kesepakatan Stunting",
        "KENDARI - Pemerintah Provinsi Sulawesi Tenggara dan tiga pemerintah kabupaten menandatangani nota "
        "kesepakatan percepatan penurunan stunting di Kendari, Rabu (4/6/2025).",
        "Nota kesepakatan ditandatangani oleh empat kepala daerah atau pejabat yang mewakili, yaitu:",
        "– Dr. Andi Sumangerukka, M.Si., Gubernur Sulawesi Tenggara",
        "– H. Muh. Rusli, S.Ag., Bupati Kolaka",
        "– Wa Ode Fitri, S.E., Wakil Bupati Buton, atas nama Bupati Buton",
        "– Drs. Laode Amir, M.Si., Sekretaris Daerah Kabupaten Muna, mewakili Bupati Muna",
        "Penandatanganan disaksikan Ketua DPRD Sulawesi Tenggara."))
    signers = _signers(sg)
    assert set(signers) >= {"Andi Sumangerukka", "Muh. Rusli", "Wa Ode Fitri", "Laode Amir"}
    assert signers["Muh. Rusli"][1] == "Pemerintah Kabupaten Kolaka"
    assert {"Pemerintah Kabupaten Buton", "Pemerintah Kabupaten Muna"} <= {p.name for p in sg.parties}


def test_the_list_ends_at_the_first_line_that_is_no_item():
    sg = first_signing(article(
        "Pemprov Kalteng dan BPJS Teken PKS",
        "PALANGKA RAYA - Pemerintah Provinsi Kalimantan Tengah dan BPJS Kesehatan menandatangani perjanjian "
        "kerja sama, Senin (3/2/2025).",
        "Daerah yang diwakili pejabat yang ditunjuk, yakni:",
        "- Sekda Kotawaringin Timur, Drs. Budi Santoso",
        "Gubernur Kalimantan Tengah, H. Rahmat Hidayat, dalam sambutannya menyebut Kepala Dinas Kesehatan "
        "Provinsi Kalimantan Tengah, dr. Suyuti Syamsul, sudah bekerja keras."))
    signers = _signers(sg)
    assert "Budi Santoso" in signers
    assert "Suyuti Syamsul" not in signers


def test_all_governments_of_a_province_named_in_the_next_paragraph():
    sg = first_signing(article(
        "Unila Gandeng Seluruh Pemda di Lampung",
        "BANDAR LAMPUNG - Universitas Lampung menjalin kerja sama dengan seluruh pemerintah kabupaten dan "
        "kota di Provinsi Lampung melalui penandatanganan nota kesepahaman, Selasa (14/1/2025).",
        "Daerah tersebut yakni Kabupaten Lampung Selatan, Lampung Tengah, Tanggamus dan Pesawaran, serta "
        "Kota Metro."))
    names = {p.name for p in sg.parties}
    assert {"Pemerintah Kabupaten Lampung Selatan", "Pemerintah Kabupaten Tanggamus",
            "Pemerintah Kota Metro"} <= names


GALLERY = article(
    "MalukuFoto.com",
    "Galeri Foto",
    "FOTO: Pemkot Ambon dan Ombudsman Maluku Teken Nota Kesepakatan",
    "Senin, 17 November 2025 16:02 WIT",
    "IMG_2231-ttd-ombudsman.jpg",
    "Wali Kota Ambon Bodewin Wattimena (kiri) dan Kepala Ombudsman RI Perwakilan Maluku Hasan Slamat "
    "menunjukkan naskah nota kesepakatan usai penandatanganan di Balai Kota Ambon, Senin (17/11/2025). "
    "(Foto: Humas Pemkot Ambon)",
    "Penandatanganan disaksikan para pimpinan OPD.",
)


def test_a_galleries_headline_is_no_photo_credit():
    assert clean(GALLERY).title == "FOTO: Pemkot Ambon dan Ombudsman Maluku Teken Nota Kesepakatan"


def test_a_gallery_caption_dated_at_publication_is_the_report():
    sg = first_signing(GALLERY)
    assert sg.date.value == "2025-11-17"
    assert {"Pemerintah Kota Ambon", "Ombudsman RI Perwakilan Maluku"} <= {p.name for p in sg.parties}


def test_a_file_photo_caption_of_an_old_signing_is_no_report():
    rec = extract_text(article(
        "Ombudsman Maluku Terima 200 Laporan",
        "Senin, 17 November 2025",
        "IMG_2231.jpg",
        "Wali Kota Ambon dan Kepala Ombudsman RI Perwakilan Maluku menunjukkan naskah nota kesepakatan "
        "usai penandatanganan, Senin (17/11/2025). (Foto: Dok. Humas)",
        "AMBON - Ombudsman RI Perwakilan Maluku menerima 200 laporan masyarakat sepanjang tahun ini."),
        id="t")
    assert not rec.is_signing


def test_an_opinion_sidebar_below_a_news_report_does_not_make_it_a_column():
    sg = first_signing(article(
        "Pemkab Majene dan Ombudsman Sulbar Teken Nota Kesepakatan",
        "MAJENE - Pemerintah Kabupaten Majene dan Ombudsman RI Perwakilan Sulawesi Barat menandatangani "
        "nota kesepakatan di Ruang Pola Kantor Bupati Majene, Kamis (6/3/2025). Kerja sama itu meliputi "
        "pencegahan maladministrasi dan penyelesaian laporan masyarakat dalam pelayanan publik daerah.",
        "Bupati Majene menyebut kerja sama itu menjadi pijakan pembenahan layanan di tiap kecamatan dan "
        "meminta seluruh kepala OPD menyiapkan standar pelayanan sebelum tim Ombudsman berkunjung.",
        "Opini",
        "Menakar Efektivitas Kesepakatan Pelayanan Publik di Daerah"))
    assert sg.date.value == "2025-03-06"


TAB_TABLE = article(
    "Ombudsman RI Teken Nota Kesepakatan dengan Pemda se-Gorontalo",
    "GORONTALO - Ombudsman Republik Indonesia menandatangani nota kesepakatan dengan Pemerintah Provinsi "
    "Gorontalo dan pemerintah kabupaten/kota di provinsi itu di Gorontalo, Kamis (12/6/2025).",
    "Berikut daftar penandatangan dari pihak pemerintah daerah:",
    "No\tPemerintah Daerah\tPenandatangan\tKeterangan\n"
    "1\tProvinsi Gorontalo\tDrs. Hamka Nento, M.Si.\tSekda, a.n. Gubernur\n"
    "2\tKota Gorontalo\tRisman Taha, S.T.\tWali Kota\n"
    "3\tKabupaten Boalemo\tIr. Lahmudin Hambali\tBupati",
    "Penandatanganan disaksikan Ketua DPRD Provinsi Gorontalo.")


def test_a_table_of_signers_with_tab_separated_cells():
    sg = first_signing(TAB_TABLE)
    signers = _signers(sg)
    assert signers["Risman Taha"] == ("Wali Kota Gorontalo", "Pemerintah Kota Gorontalo")
    assert signers["Lahmudin Hambali"] == ("Bupati Boalemo", "Pemerintah Kabupaten Boalemo")
    assert signers["Hamka Nento"][1] == "Pemerintah Provinsi Gorontalo"
    hamka = next(p for p in sg.signatories if p.name == "Hamka Nento")
    assert hamka.on_behalf_of == "Gubernur Gorontalo"
    # the evidence is the name cell as written
    rec = extract_text(TAB_TABLE, id="t")
    ev = hamka.evidence
    assert TAB_TABLE[ev.start:ev.end] == ev.text and "Hamka Nento" in ev.text
    assert {"Pemerintah Kota Gorontalo", "Pemerintah Kabupaten Boalemo"} <= {p.name for p in rec.signings[0].parties}


def test_a_table_written_one_cell_a_line_under_its_header():
    sg = first_signing(article(
        "Ombudsman Sulut Teken Kesepakatan dengan Pemda",
        "MANADO - Ombudsman RI Perwakilan Sulawesi Utara menandatangani nota kesepakatan dengan pemerintah "
        "kabupaten/kota di Manado, Senin (8/9/2025).",
        "Adapun penandatangan dari pihak pemerintah daerah sebagai berikut:",
        "NO\nKABUPATEN/KOTA\nPENANDATANGAN\nJABATAN\n"
        "1\nKota Tomohon\nCaroll Senduk, S.H.\nWali Kota\n"
        "2\nKabupaten Minahasa\nDr. Robby Dondokambey, M.Si.\nSekda (a.n. Bupati)",
        "Usai penandatanganan, kepala perwakilan memberi arahan."))
    signers = _signers(sg)
    assert signers["Caroll Senduk"] == ("Wali Kota Tomohon", "Pemerintah Kota Tomohon")
    assert signers["Robby Dondokambey"][1] == "Pemerintah Kabupaten Minahasa"


def test_rows_after_reads_no_table_from_ordinary_lines():
    from mou_extract import tables
    text = "Berikut daftar penandatangan:\nBupati Kolaka menandatangani lebih dulu.\nLalu wali kota."
    assert tables.rows_after(text, text.index(":")) == []


def test_bare_names_after_a_level_word_and_yakni_are_governments():
    sg = first_signing(article(
        "ANRI Teken Nota Kesepahaman dengan Provinsi Baru",
        "MERAUKE - Arsip Nasional Republik Indonesia menandatangani nota kesepahaman dengan tiga pemerintah "
        "provinsi hasil pemekaran, yakni Papua Selatan, Papua Tengah dan Papua Pegunungan, di Merauke, Rabu "
        "(17/9/2025)."))
    names = {p.name for p in sg.parties}
    assert {"Pemerintah Provinsi Papua Selatan", "Pemerintah Provinsi Papua Tengah",
            "Pemerintah Provinsi Papua Pegunungan"} <= names


def test_regencies_listed_without_their_level_word_after_kabupaten_kota():
    sg = first_signing(article(
        "BPS Jambi dan Pemda Teken PKS",
        "JAMBI - BPS Provinsi Jambi menandatangani perjanjian kerja sama statistik sektoral dengan pemerintah "
        "kabupaten/kota, Kamis (13/11/2025). Kabupaten/kota yang ikut menandatangani ialah Kerinci, "
        "Merangin, Sarolangun dan Kota Sungai Penuh."))
    names = {p.name for p in sg.parties}
    assert {"Pemerintah Kabupaten Kerinci", "Pemerintah Kabupaten Merangin", "Pemerintah Kabupaten Sarolangun",
            "Pemerintah Kota Sungai Penuh"} <= names


def test_a_witnessing_head_is_not_made_the_signer_of_a_government_in_the_venue_name():
    sg = first_signing(article(
        "Pemkab dan Pemkot Serang Teken Kesepakatan Aset",
        "SERANG - Nota kesepakatan penyerahan aset diteken Bupati Serang Ratu Zakiyah dan Wali Kota Serang "
        "Budi Rustandi di Pendopo Gubernur Banten, Kawasan Pusat Pemerintahan Provinsi Banten, Selasa "
        "(30/9/2025). Penandatanganan disaksikan langsung Gubernur Banten Andra Soni."))
    assert set(_signers(sg)) == {"Ratu Zakiyah", "Budi Rustandi"}
    assert "Pemerintah Provinsi Banten" not in {p.name for p in sg.parties}
    assert "Andra Soni" in {p.name for p in sg.attendees}


def test_a_pks_signed_with_the_memorandum_and_a_bare_ombudsman_is_one_signing():
    rec = extract_text(article(
        "Ombudsman RI dan BPJS Kesehatan Teken Nota Kesepahaman",
        "JAKARTA - Ombudsman Republik Indonesia dan BPJS Kesehatan menandatangani nota kesepahaman di Kantor "
        "Pusat BPJS Kesehatan, Jakarta, Senin (12/8/2025).",
        "Menurut dia, perjanjian kerja sama yang ditandatangani bersamaan dengan nota kesepahaman itu "
        "mengatur batas waktu tindak lanjut laporan yang diteruskan Ombudsman."), id="t")
    assert rec.is_signing and len(rec.signings) == 1


def test_signatures_put_on_in_the_passive_name_the_signers():
    sg = first_signing(article(
        "Pemkab Dompu dan BPJS Kesehatan Teken PKS",
        "DOMPU - Komitmen itu dikukuhkan lewat perjanjian kerja sama yang dibubuhkan tanda tangan oleh Bupati "
        "Dompu Bambang Firdaus dan Kepala BPJS Kesehatan Cabang Bima, dr. Rina Anggraini, di Pendopo Bupati "
        "Dompu, Rabu (5/3/2025)."))
    assert set(_signers(sg)) == {"Bambang Firdaus", "Rina Anggraini"}


def test_a_meeting_closed_with_the_signing_takes_the_meetings_venue():
    sg = first_signing(article(
        "Rakor Pelayanan Publik di Balige",
        "BALIGE - Pemerintah Kabupaten Toba menggelar rapat koordinasi pelayanan publik di Aula Kantor Bupati "
        "Toba, Senin (6/10/2025).",
        "Rangkaian rakor ditutup dengan penandatanganan nota kesepakatan antara Pemkab Toba dan Ombudsman RI "
        "Perwakilan Sumatera Utara."))
    assert sg.venue.name == "Aula Kantor Bupati Toba"


def test_an_office_short_form_in_a_contact_line_is_no_part_of_a_name():
    from mou_extract.people import find_mentions
    line = "Kasi Intel Kejari Pematangsiantar – 0813-7000-2290"
    names = [m.name or "" for m in find_mentions(line, 0, 0, len(line))]
    assert not any("Kejari" in n or "Pematangsiantar" in n for n in names)
