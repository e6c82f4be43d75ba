"""Shapes of round 15: what the held-out sets variety30-37 (written by people who had
not read the code) found, and older misses looked at again. Sentences written for
these tests; none comes from a corpus article."""
import pytest

from mou_extract import extract_text
from variety_helpers import article, first_signing


def test_a_name_after_the_venue_that_starts_a_clause_is_no_town():
    # "di Aula X, Markus bersama ...": Markus is the subject, the venue's town is its seat
    sg = first_signing(article(
        "Pemkab Minahasa Selatan dan Ombudsman Teken Kesepakatan",
        "Rabu, 12 Maret 2025",
        "AMURANG - Sekitar pukul 10.00 Wita, di Aula Kantor Bupati Minahasa Selatan, Markus bersama Kepala Ombudsman RI Perwakilan "
        "Sulawesi Utara, Lidya Wenas, menandatangani nota kesepakatan tentang pengelolaan pengaduan, "
        "Rabu (12/3/2025).",
    ))
    assert sg.venue is not None and sg.venue.name == "Aula Kantor Bupati Minahasa Selatan"
    assert sg.venue.city != "Markus"


def test_a_town_after_the_venue_is_still_its_city():
    sg = first_signing(article(
        "Pemkot dan Ombudsman Teken Kesepakatan",
        "Rabu, 12 Maret 2025",
        "Penandatanganan nota kesepakatan pengelolaan pengaduan antara Pemerintah Kota Tomohon dan "
        "Ombudsman RI Perwakilan Sulawesi Utara berlangsung di Aula Wale Kasih, Tomohon, Rabu (12/3/2025).",
    ))
    assert sg.venue is not None and sg.venue.city == "Tomohon"


NOT_SIGNINGS = [
    pytest.param((
        "Wali Kota Terima Audiensi Ombudsman, Bahas Draf Kesepakatan",
        "Senin, 6 Oktober 2025",
        "SIBOLGA - Wali Kota Sibolga menerima audiensi Kepala Ombudsman RI Perwakilan Sumatera Utara, "
        "Senin (6/10/2025). Keduanya membahas draf nota kesepakatan yang masih disusun.",
        "Kepala Ombudsman Sumut menyebut bahwa sepanjang 2025 pihaknya telah menandatangani nota "
        "kesepakatan dengan beberapa daerah, antara lain Kabupaten Samosir dan Kabupaten Dairi.",
    ), id='a-years-tally-of-signings'),
    pytest.param((
        "Pemkab dan Ombudsman Evaluasi Kesepakatan",
        "Rabu, 19 November 2025",
        "BANTUL - Pemerintah Kabupaten Bantul dan Ombudsman RI Perwakilan DIY menggelar rapat evaluasi "
        "pelaksanaan nota kesepakatan, Rabu (19/11/2025).",
        "Nota kesepakatan itu ditandatangani oleh Bupati Bantul dan Kepala Ombudsman RI Perwakilan DIY, "
        "disaksikan para kepala perangkat daerah, pada Kamis (3/8/2023) di Pendopo Parasamya.",
    ), id='an-old-signing-retold-with-its-date-far-on'),
    pytest.param((
        "Ombudsman Dorong Pemkab Segera Teken Kesepakatan",
        "Selasa, 9 September 2025",
        "WAIKABUBAK - Ombudsman RI Perwakilan NTT mendorong Pemerintah Kabupaten Sumba Barat segera "
        "menyiapkan nota kesepakatan, Selasa (9/9/2025). Bupati meminta dinas membenahi layanan tanpa "
        "menunggu nota kesepakatan diteken.",
    ), id='without-waiting-for-the-signing'),
    pytest.param((
        "Kabar Bupati Teken MoU dengan Perusahaan Dibantah",
        "Senin, 13 Oktober 2025",
        "LUWUK - Sebuah foto bupati bersama direksi perusahaan beredar di grup percakapan. Keterangannya "
        "bikin heboh: \"Bupati sudah teken MoU dengan PT Maju Tambang Sejahtera.\"",
        "Sekretaris daerah menegaskan pertemuan itu audiensi biasa. \"Bagaimana mau teken MoU, "
        "drafnya saja belum ada,\" katanya, Senin (13/10/2025).",
    ), id='a-rumour-and-a-rhetorical-question'),
    pytest.param((
        "Dialog Interaktif: Pengaduan Warga dan Pelayanan Publik",
        "Jumat, 21 November 2025",
        "PEMANDU: Banyak yang bilang pemda-pemda sudah teken MoU sama Ombudsman, tapi pengaduan tetap "
        "lambat.",
        "NARASUMBER: Jangan cuma sibuk tanda tangan MoU lalu foto-foto. Yang penting tindak lanjutnya.",
    ), id='talk-about-signings-in-general'),
]


@pytest.mark.parametrize("paras", NOT_SIGNINGS)
def test_no_signing_is_reported(paras):
    assert not extract_text(article(*paras), id="t").is_signing


def test_signed_moments_before_is_a_signing():
    sg = first_signing(article(
        "Pemkab Sekadau dan Bank Kalbar Teken PKS",
        "Rabu, 9 Juli 2025",
        "SEKADAU - \"Mulai bulan depan semua retribusi nontunai,\" kata Bupati Sekadau sesaat setelah "
        "membubuhkan tanda tangan pada Perjanjian Kerja Sama tentang Layanan Perbankan bersama PT Bank "
        "Pembangunan Daerah Kalimantan Barat, Rabu (9/7/2025).",
    ))
    assert sg.document_type == "perjanjian_kerja_sama"
    assert sg.date.value == "2025-07-09"


def test_a_sentence_that_opens_with_the_next_day_dates_the_next_signing():
    rec = extract_text(article(
        "Dua Hari, Ombudsman Teken Kesepakatan dengan Dua Kabupaten",
        "Kamis, 10 Juli 2025",
        "PANGKALAN BUN - Ombudsman RI Perwakilan Kalimantan Tengah menandatangani nota kesepakatan dengan "
        "Pemerintah Kabupaten Kotawaringin Barat di Aula Kantor Bupati, Selasa (8/7/2025).",
        "Keesokan harinya, Rabu (9/7/2025), rombongan melanjutkan perjalanan ke Nanga Bulik. Di Aula Rumah "
        "Jabatan Bupati Lamandau, Kepala Ombudsman menandatangani nota kesepakatan dengan Pemerintah "
        "Kabupaten Lamandau.",
    ), id="t")
    days = {sg.date.value: {p.name for p in sg.parties} for sg in rec.signings}
    assert set(days) == {"2025-07-08", "2025-07-09"}
    assert "Pemerintah Kabupaten Lamandau" in days["2025-07-09"]
    assert "Pemerintah Kabupaten Lamandau" not in days["2025-07-08"]


def test_a_host_moving_on_to_another_partner_the_same_day_is_another_signing():
    rec = extract_text(article(
        "Ombudsman Sulbar Teken Dua Kesepakatan Sehari",
        "Kamis, 16 Oktober 2025",
        "MAMUJU - Pagi hari, Kepala Ombudsman RI Perwakilan Sulawesi Barat dan Bupati Mamuju Tengah "
        "menandatangani nota kesepakatan tentang pengelolaan pengaduan, Kamis (16/10/2025).",
        "Ruang lingkup nota kesepakatan itu meliputi percepatan penyelesaian laporan masyarakat dan "
        "pertukaran data.",
        "Menjelang siang, rombongan bergeser ke kampus Universitas Sulawesi Barat. Kepala Ombudsman dan "
        "Rektor Universitas Sulawesi Barat meneken nota kesepakatan tentang program magang mahasiswa.",
    ), id="t")
    assert len(rec.signings) == 2
    by_party = {frozenset(p.name for p in sg.parties): sg for sg in rec.signings}
    uni = next(sg for k, sg in by_party.items() if "Universitas Sulawesi Barat" in k)
    gov = next(sg for k, sg in by_party.items() if "Pemerintah Kabupaten Mamuju Tengah" in k)
    assert "Pemerintah Kabupaten Mamuju Tengah" not in {p.name for p in uni.parties}
    assert "complaint_handling" in {s.label for s in gov.scope}
    assert "complaint_handling" not in {s.label for s in uni.scope}


SIGNING_DAYS = [
    pytest.param((
        "BKKBN dan Pemprov Teken Kesepakatan Stunting",
        "Selasa, 24 Juni 2025",
        "MAMUJU - Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN) Provinsi Sulawesi "
        "Barat menandatangani nota kesepakatan percepatan penurunan stunting dengan Pemerintah Provinsi "
        "Sulawesi Barat, Selasa (24/6/2025).",
    ), "2025-06-24", id='keluarga-berencana-in-a-name-plans-nothing'),
    pytest.param((
        "Warga Tak Lagi Ditolak Rumah Sakit",
        "Kamis, 22 Mei 2025",
        "\"Barusan saya sama Pak Kepala Cabang udah tanda tangan. Jadi mulai 1 Juni, warga tinggal bawa "
        "KTP,\" kata Wali Kota Tegal di Balai Kota, Kamis (22/5/2025).",
        "Yang diteken siang itu adalah Perjanjian Kerja Sama antara Pemerintah Kota Tegal dan BPJS "
        "Kesehatan Cabang Tegal tentang jaminan kesehatan semesta.",
    ), "2025-05-22", id='a-quote-saying-it-was-just-signed-dates-the-agreement-named-after-it'),
]


@pytest.mark.parametrize("paras, day", SIGNING_DAYS)
def test_the_signing_day(paras, day):
    assert first_signing(article(*paras)).date.value == day


def test_a_remark_referred_back_to_gives_the_signing_its_day_and_place():
    sg = first_signing(article(
        "Wali Kota Minta Mahasiswa Magang Dilibatkan",
        "Rabu, 3 Desember 2025",
        "\"Anak-anak magang harus ikut kerja betul,\" kata Wali Kota Ternate di Balai Kota Ternate, kemarin.",
        "Pernyataan itu disampaikan usai dirinya menandatangani nota kesepahaman antara Pemerintah Kota "
        "Ternate dan Universitas Khairun tentang program magang mahasiswa.",
    ))
    assert sg.date.value == "2025-12-02"
    assert sg.venue is not None and sg.venue.name == "Balai Kota Ternate"


def test_documents_signed_at_the_same_ceremony_are_one_entry():
    rec = extract_text(article(
        "Pemkot Tomohon Teken Tiga Kerja Sama",
        "Kamis, 21 Agustus 2025",
        "TOMOHON - Pemerintah Kota Tomohon menandatangani nota kesepakatan bidang perdata dan tata usaha "
        "negara dengan Kejaksaan Negeri Tomohon di Aula Wale Kasih, Kamis (21/8/2025).",
        "Dalam acara yang sama, Pemkot Tomohon juga meneken perjanjian kerja sama dengan Kantor Pertanahan "
        "Kota Tomohon tentang sertifikasi aset daerah.",
    ), id="t")
    assert len(rec.signings) == 1
    names = {p.name for p in rec.signings[0].parties}
    assert {"Pemerintah Kota Tomohon", "Kejaksaan Negeri Tomohon"} <= names
    assert rec.signings[0].document_type == "nota_kesepakatan"


# a venue told around the signing sentence, each with the rule that reaches it
VENUES_AROUND = [
    pytest.param((
        "Kanwil dan Ombudsman Teken PKS",
        "Selasa, 4 Maret 2025",
        "AMBON - Penandatanganan perjanjian kerja sama dilakukan Kepala Lapas Ambon, Yohanis Latuheru, "
        "Bc.IP., M.Si. dan Kepala Ombudsman RI Perwakilan Maluku di Aula Kanwil Kemenkumham Maluku, Ambon, "
        "Selasa (4/3/2025).",
    ), "Aula Kanwil Kemenkumham Maluku", id='a-degree-with-an-inner-capital-ends-no-sentence'),
    pytest.param((
        "Politeknik Gandeng Tiga Perusahaan",
        "Selasa, 3 Juni 2025",
        "BALIKPAPAN - Politeknik Negeri Balikpapan menggelar temu industri di Gedung Serba Guna Poltekba, "
        "Selasa (3/6/2025). Dalam kegiatan itu, Poltekba menandatangani nota kesepahaman dengan PT Kaltim "
        "Energi Lestari.",
    ), "Gedung Serba Guna Poltekba", id='during-the-activity-just-told-of'),
    pytest.param((
        "Pemkab Teken Sejumlah Kerja Sama",
        "Rabu, 30 April 2025",
        "SELONG - Pemerintah Kabupaten Lombok Timur menggelar penandatanganan sejumlah dokumen kerja sama "
        "dengan instansi vertikal dan perbankan dalam satu rangkaian acara di Pendopo Bupati Lombok Timur, "
        "Rabu (30/4/2025).",
        "Pemkab menandatangani nota kesepahaman dengan Badan Narkotika Nasional Kabupaten Lombok Timur.",
    ), "Pendopo Bupati Lombok Timur", id='several-documents-at-one-ceremony-are-no-tally'),
    pytest.param((
        "Warga Kota Tegal Cukup Bawa KTP",
        "Kamis, 22 Mei 2025",
        "\"Tadi sudah kami teken bersama. Warga cukup bawa KTP,\" kata Wali Kota Tegal, Dedy Yon, di Ruang "
        "Rapat Balai Kota Tegal, Kamis (22/5/2025). Yang diteken siang itu adalah Perjanjian Kerja Sama "
        "antara Pemerintah Kota Tegal dan BPJS Kesehatan Cabang Tegal.",
    ), "Ruang Rapat Balai Kota Tegal", id='a-remark-about-the-signing-made-at-a-place'),
]


@pytest.mark.parametrize("paras, venue", VENUES_AROUND)
def test_the_venue_told_around_the_signing_sentence(paras, venue):
    sg = first_signing(article(*paras))
    assert sg.venue is not None and sg.venue.name == venue


def test_an_institution_represented_by_a_named_officer_has_that_officer_sign():
    rec = extract_text(article(
        "Fakultas Hukum dan Ombudsman Teken PKS",
        "Kamis, 13 November 2025",
        "SEMARANG - Dekan Fakultas Hukum Universitas Diponegoro meneken perjanjian kerja sama dengan "
        "Ombudsman RI Perwakilan Jawa Tengah yang diwakili Kepala Keasistenan Pencegahan Maladministrasi, "
        "Ratih Kusumawardani, S.H., Kamis (13/11/2025).",
    ), id="t")
    signers = {p.name: p for sg in rec.signings for p in sg.signatories}
    assert "Ratih Kusumawardani" in signers
    assert signers["Ratih Kusumawardani"].party == "Ombudsman RI Perwakilan Jawa Tengah"
    assert signers["Ratih Kusumawardani"].on_behalf_of is None


def test_a_head_represented_by_a_deputy_still_stands_in_for_the_head():
    rec = extract_text(article(
        "Pemkab dan Ombudsman Teken Kesepakatan",
        "Kamis, 13 November 2025",
        "KENDAL - Nota kesepakatan ditandatangani Kepala Ombudsman RI Perwakilan Jawa Tengah dan Bupati "
        "Kendal yang diwakili Sekretaris Daerah Kabupaten Kendal, Sugeng Riyadi, Kamis (13/11/2025).",
    ), id="t")
    signers = {p.name: p for sg in rec.signings for p in sg.signatories}
    assert signers["Sugeng Riyadi"].on_behalf_of == "Bupati Kendal"


def test_a_subject_who_signed_first_is_a_signer():
    sg = first_signing(article(
        "Bupati Sintang Bicara Soal Aset Daerah",
        "Senin, 3 November 2025",
        "SINTANG - Bupati Sintang, Yosef Ngabang, meminta perangkat daerah mendata aset yang bersengketa.",
        "Yosef lebih dulu menandatangani nota kesepakatan bidang perdata dan tata usaha negara dengan Kepala "
        "Kejaksaan Negeri Sintang, Markus Tambunan, Senin (3/11/2025).",
    ))
    assert {"Yosef Ngabang", "Markus Tambunan"} <= {p.name for p in sg.signatories}
