"""Round 29: signings, documents, classify. From the held-out sets variety131, variety136
and variety128: a letter of intent (LoI) is an agreement document typed `other`; a signing
of a "naskah kerja sama" whose form the next sentences name ("Naskah ... itu berbentuk nota
kesepahaman") is a signing of that document; a signing sentence opening with "Di sana,"
takes the place the sentence before moved to ("bergeser ke Kantor X") as its venue; a line
of a year in review told month by month ("April – Pemko dan Kejari meneken kerja sama
...") is an earlier signing, not the one reported. Guard tests for the near-misses of
variety136 (a signing scheduled, an old agreement evaluated, an audiensi, a court case on an
old contract, an opinion column). Sentences written for these tests;
none comes from a corpus article."""
import datetime

from mou_extract import documents, extract_text
from variety_helpers import article, names as _names, signings_of as _signings


def _record(text):
    return extract_text(text, id="t")


# --- a letter of intent is an agreement document, typed `other` -----------------------------

def test_a_letter_of_intent_is_a_document_typed_other():
    s = "Kedua pihak menandatangani letter of intent (LoI) pengembangan wisata halal."
    docs = documents.find_documents(s)
    assert [(d.text, d.doc_type) for d in docs] == [("letter of intent (LoI)", "other")]
    assert [d.doc_type for d in documents.find_documents("LoI itu diteken di Surabaya.")] == ["other"]
    # not inside another word or a file name
    assert documents.find_documents("Ia membaca buku LOIS di kantor_LoI.pdf.") == []


LETTER_OF_INTENT = article(
    "Pemkab Ngawi dan Bank Jatim Teken LoI Pembayaran Nontunai",
    "Kamis, 12 Juni 2025 10:15 WIB",
    "Ngawi (jatimkini.id) - Pemerintah Kabupaten Ngawi dan PT Bank Pembangunan Daerah Jawa Timur Tbk "
    "menandatangani letter of intent (LoI) elektronifikasi pembayaran retribusi daerah di Pendopo "
    "Wedya Graha Ngawi, Rabu (11/6/2025).",
    "LoI diteken Bupati Ngawi Sutrisno Hadi dan Pemimpin Bank Jatim Cabang Ngawi Lestari Wulan.",
    "Sutrisno mengatakan, LoI itu menjadi langkah awal sebelum perjanjian kerja sama yang lebih rinci "
    "disusun tahun depan.",
)


def test_a_letter_of_intent_signed_is_a_signing_typed_other():
    rec = _record(LETTER_OF_INTENT)
    assert rec.is_signing
    assert len(rec.signings) == 1
    sg = rec.signings[0]
    # the perjanjian kerja sama named after it is only planned
    assert sg.document_type == "other"
    assert sg.date.value == "2025-06-11"
    assert sorted(_names(sg.signatories)) == ["Lestari Wulan", "Sutrisno Hadi"]


LETTER_OF_INTENT_PLANNED = article(
    "Pemkot Tarakan dan Kota Sandakan Siapkan LoI Kota Kembar",
    "Senin, 3 Maret 2025 09:00 WITA",
    "TARAKAN - Pemerintah Kota Tarakan dan Majlis Perbandaran Sandakan, Sabah, sepakat menyiapkan letter "
    "of intent (LoI) kerja sama kota kembar. Dokumen tersebut rencananya akan diteken pada pertemuan "
    "kedua wali kota bulan depan.",
)


def test_a_letter_of_intent_still_to_be_signed_is_no_signing():
    assert not _record(LETTER_OF_INTENT_PLANNED).is_signing


# --- "naskah kerja sama" signed, its form named in a sentence after --------------------------

NAMED_FORM = article(
    "Pemprov Sulbar dan Unsulbar Sepakat Garap Riset Daerah",
    "Selasa, 14 Oktober 2025 10:00 WITA",
    "MAMUJU - Gubernur Sulawesi Barat, Andi Rahman, dan Rektor Universitas Sulawesi Barat, Hasanuddin "
    "Latief, membubuhkan tanda tangan pada naskah kerja sama antara Pemerintah Provinsi Sulawesi Barat "
    "dan Universitas Sulawesi Barat, Senin (13/10/2025). Acara berlangsung di Aula Rektorat Universitas "
    "Sulawesi Barat.",
    "Dokumen yang diberi judul Sinergi Riset untuk Pembangunan Daerah tersebut berupa nota kesepahaman "
    "dan berlaku tiga tahun.",
)


def test_a_naskah_signed_is_of_the_form_a_later_sentence_names():
    sgs = _signings(NAMED_FORM)
    assert len(sgs) == 1
    assert sgs[0].document_type == "nota_kesepahaman"


NAMED_FORM_UNPOINTED = article(
    "Pemprov Sulbar dan Unsulbar Teken Kerja Sama",
    "Selasa, 14 Oktober 2025 10:00 WITA",
    "MAMUJU - Gubernur Sulawesi Barat, Andi Rahman, dan Rektor Universitas Sulawesi Barat, Hasanuddin "
    "Latief, membubuhkan tanda tangan pada naskah kerja sama antara Pemerintah Provinsi Sulawesi Barat "
    "dan Universitas Sulawesi Barat, Senin (13/10/2025). Acara berlangsung di Aula Rektorat Universitas "
    "Sulawesi Barat.",
    "Program beasiswa berupa nota kesepahaman lain dengan kementerian masih disusun.",
)


def test_a_form_word_without_pointing_back_names_no_document_of_the_signing():
    # "berupa" with nothing pointed back to before it ("itu", "tersebut") is no form of the
    # naskah signed
    sgs = _signings(NAMED_FORM_UNPOINTED)
    assert len(sgs) == 1
    assert sgs[0].document_type == "other"


# --- "Di sana, ... meneken": the place the sentence before moved to ------------------------

MOVED_THERE = article(
    "Sehari, Kanwil Kemenkumham Sulsel Teken Dua Kerja Sama",
    "Kamis, 6 November 2025 15:00 WITA",
    "MAKASSAR - Pagi harinya, di Aula Kanwil Kemenkumham Sulsel, Kepala Kantor Wilayah Kemenkumham "
    "Sulawesi Selatan, Taufik Hidayat, menandatangani nota kesepahaman dengan Universitas Hasanuddin, "
    "Rabu (5/11/2025).",
    "Siang harinya, rombongan bergeser ke Kantor BPJS Kesehatan Cabang Makassar di Jalan Andi Pangerang "
    "Pettarani. Di sana, Taufik dan Kepala BPJS Kesehatan Cabang Makassar, Rina Marlina, meneken "
    "Perjanjian Kerja Sama tentang Jaminan Kesehatan Warga Binaan.",
)


def test_a_signing_there_takes_the_place_moved_to_as_its_venue():
    sgs = _signings(MOVED_THERE)
    assert len(sgs) == 2
    pks = next(sg for sg in sgs if sg.document_type == "perjanjian_kerja_sama")
    assert pks.venue is not None and pks.venue.name == "Kantor BPJS Kesehatan Cabang Makassar"


MOVED_ELSEWHERE = article(
    "Pemkab Sinjai dan BPJS Ketenagakerjaan Teken PKS",
    "Kamis, 6 November 2025 15:00 WITA",
    "SINJAI - Rombongan bupati bergeser ke Kantor BPJS Ketenagakerjaan Cabang Bulukumba. Bupati "
    "Sinjai, Ratnawati Arif, dan Kepala BPJS Ketenagakerjaan Cabang Bulukumba, Hendra Saputra, "
    "meneken Perjanjian Kerja Sama tentang Perlindungan Pekerja Rentan, Rabu (5/11/2025).",
)


def test_a_move_before_a_signing_not_told_there_names_no_venue():
    sgs = _signings(MOVED_ELSEWHERE)
    assert len(sgs) == 1
    assert sgs[0].venue is None or sgs[0].venue.name != "Kantor BPJS Ketenagakerjaan Cabang Bulukumba"


# --- a year in review told month by month -----------------------------------------------------

def _year_in_review(signing_month: str, published: str) -> str:
    return article(
        "Kilas Balik 2025: Setahun Pemkab Banyuasin",
        f"{published} | 08:00 WIB",
        "PANGKALAN BALAI - Tahun 2025 segera berakhir. Berikut catatan redaksi, bulan demi bulan.",
        "Februari – Banjir merendam tiga kecamatan di pesisir Banyuasin.",
        "Maret – Mal Pelayanan Publik Banyuasin mulai melayani pembuatan paspor.",
        f"{signing_month} – Pemerintah Kabupaten Banyuasin dan Kejaksaan Negeri Banyuasin meneken nota "
        "kesepakatan penanganan masalah perdata dan tata usaha negara.",
        "Juni – Festival Sungai Musi digelar di dermaga Pangkalan Balai.",
    )


def test_a_year_in_review_line_of_an_earlier_month_is_no_signing_reported():
    assert not _record(_year_in_review("Mei", "Senin, 29 Desember 2025")).is_signing
    # (the month a line opens with, not the publication's, tells when: "Desember" in a
    # review published the next January is the month before)


def test_a_month_line_of_the_publication_month_or_the_one_before_is_kept():
    rec = _record(_year_in_review("Desember", "Senin, 29 Desember 2025"))
    assert rec.is_signing
    rec = _record(_year_in_review("November", "Senin, 29 Desember 2025"))
    assert rec.is_signing


ONE_MONTH_LINE = article(
    "Pemkab Banyuasin dan Kejari Teken Nota Kesepakatan",
    "Senin, 29 Desember 2025 | 08:00 WIB",
    "PANGKALAN BALAI - Pemerintah Kabupaten Banyuasin dan Kejaksaan Negeri Banyuasin menandatangani nota "
    "kesepakatan penanganan masalah perdata dan tata usaha negara.",
    "Mei - Bupati Banyuasin menyebut kerja sama serupa sudah dirintis sejak Mei.",
)


def test_a_single_month_line_makes_no_year_in_review():
    assert _record(ONE_MONTH_LINE).is_signing


# --- guards: the near-misses of variety136 ---------------------------------------------------

SCHEDULED = article(
    "Pemkab Jember dan Ombudsman Jatim Bakal Teken Nota Kesepakatan",
    "Rabu, 10 Desember 2025 | 09:00 WIB",
    "JEMBER - Nota kesepakatan tentang Penguatan Pengawasan Pelayanan Publik antara Pemerintah Kabupaten "
    "Jember dan Ombudsman RI Perwakilan Jawa Timur dijadwalkan ditandatangani pada puncak Hari Jadi "
    "Jember, Senin (15/12/2025) mendatang, di Pendopo Wahyawibawagraha.",
    "Nota kesepakatan itu akan diteken Bupati Jember dan Kepala Ombudsman RI Perwakilan Jawa Timur.",
)

MONEV = article(
    "Ombudsman Sulbar dan Pemkab Mamuju Evaluasi Nota Kesepakatan",
    "Kamis, 20 November 2025 | 11:00 WITA",
    "MAMUJU - Ombudsman RI Perwakilan Sulawesi Barat dan Pemerintah Kabupaten Mamuju menggelar rapat "
    "monitoring dan evaluasi pelaksanaan nota kesepakatan yang ditandatangani kedua pihak pada Agustus "
    "2023.",
    "Rapat menilai penanganan laporan masyarakat sudah lebih cepat.",
)

AUDIENSI = article(
    "Bupati Solok Audiensi ke Universitas Negeri Padang",
    "Selasa, 18 November 2025 | 14:00 WIB",
    "PADANG - Bupati Solok beraudiensi dengan Rektor Universitas Negeri Padang. Kedua pihak sepakat "
    "menindaklanjuti pertemuan dengan menyusun nota kesepahaman bidang pendidikan. Hingga kini belum ada "
    "jadwal pasti penandatanganan.",
)

COURT = article(
    "Sidang Korupsi Proyek Pasar, Saksi Ungkap Isi PKS 2019",
    "Rabu, 12 November 2025 | 16:00 WITA",
    "KENDARI - Sidang perkara korupsi pembangunan pasar di Pengadilan Tipikor Kendari menghadirkan tiga "
    "saksi. Jaksa penuntut umum mendakwa terdakwa merugikan negara Rp4 miliar.",
    "Saksi menyebut perjanjian kerja sama antara Pemkab Kolaka dan PT Bangun Jaya ditandatangani pada "
    "2019 tanpa kajian kelayakan.",
)


def test_the_near_misses_of_round_29_report_no_signing():
    for text in (SCHEDULED, MONEV, AUDIENSI, COURT):
        assert not _record(text).is_signing, text[:60]


# --- the words before a signing verb are read from a word's start --------------------------

def _statuses(sentence, reference=datetime.date(2025, 11, 6)):
    from mou_extract import classify, dates as D
    ds = D.find_dates(sentence, reference, [(0, len(sentence))])
    return [classify.anchor_status(sentence, 0, len(sentence), v, [], ds, reference)
            for v in classify.signing_verbs(sentence, 0, len(sentence))]


def test_the_tail_of_a_word_cut_by_the_window_is_no_cue():
    # the window before "meneken" opens inside "Arif": its tail "if" is no English "if"
    s = ("Bupati Sinjai, Ratnawati Arif, dan Kepala BPJS Ketenagakerjaan Cabang Bulukumba, Hendra "
         "Saputra, meneken PKS.")
    assert _statuses(s) == ["done"]
    # a whole word still is: "if" in an English copy, "akan" in an Indonesian one
    assert _statuses("If both sides agree, the regent signed the MoU.") == ["planned"]
    assert _statuses("Kepala BPJS Ketenagakerjaan Cabang Bulukumba, Hendra Saputra, akan meneken PKS.") == ["planned"]


OPINION = article(
    "OPINI",
    "Nota Kesepahaman yang Berhenti di Meja Seremoni",
    "Oleh: Dr. Rahmat Hidayat, S.IP., M.A.",
    "Hampir setiap bulan kita membaca berita pemerintah daerah menandatangani nota kesepahaman dengan "
    "perguruan tinggi, bank daerah atau instansi vertikal. Bupati dan rektor berfoto memegang map, lalu "
    "dokumen itu masuk lemari.",
    "Kesepakatan semacam itu baru bermakna bila diikuti rencana kerja, anggaran dan evaluasi berkala.",
    "*Penulis adalah dosen administrasi publik. Tulisan ini pendapat pribadi.",
)

def test_an_opinion_column_reports_no_signing():
    assert not _record(OPINION).is_signing


# --- a document before the second signing verb of a sentence is the first verb's object ------

LOI_THEN_MOU = article(
    "Politeknik Negeri Ambon dan Pelindo Akhirnya Teken Nota Kesepahaman",
    "Sabtu, 15 November 2025 | 10:00 WIT",
    "AMBON - Setelah meneken letter of intent (LoI) pada Juli lalu, Politeknik Negeri Ambon dan PT "
    "Pelabuhan Indonesia (Persero) Regional 4 akhirnya menandatangani Nota Kesepahaman tentang "
    "Pengembangan Vokasi Kepelabuhanan di Maluku, Jumat (14/11/2025), di Aula Politeknik Negeri Ambon.",
)


def test_the_document_after_a_second_verb_is_what_it_signed():
    sgs = _signings(LOI_THEN_MOU)
    assert len(sgs) == 1
    assert sgs[0].document_type == "nota_kesepahaman"
    assert sgs[0].title.startswith("Pengembangan Vokasi Kepelabuhanan")
