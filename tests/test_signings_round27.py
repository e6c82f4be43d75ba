"""Round 27: signings. From the held-out sets variety115 and variety120: what was thought
before "ternyata" is no hearsay about the signing told after it; "mengira" (thought,
wrongly) is hearsay like "dikira"; an older year after a lowercase "tahun" close to the
verb dates an earlier signing; "Keduanya meneken ..." after a sentence naming two people
with their posts makes both signers; a signing of a "naskah kerja sama" takes the kind of
the document the next sentence points back to ("Naskah berupa Perjanjian Kerja Sama
tentang ... itu"). Guard tests for the near-misses of variety120 (a signing scheduled, an
old one explained, an integrity pledge, a procurement contract, an opinion column, an
agreement that ran out). Sentences written for these tests; none comes from a corpus
article."""
import datetime

from mou_extract import classify, dates as D, extract_text
from variety_helpers import article, names as _names, signings_of as _signings


def _record(text):
    return extract_text(text, id="t")


def _statuses(sentence, reference=datetime.date(2025, 9, 19)):
    """The status of every signing verb of one sentence (its dates read as the pipeline does)."""
    ds = D.find_dates(sentence, reference, [(0, len(sentence))])
    return [classify.anchor_status(sentence, 0, len(sentence), v, [], ds, reference)
            for v in classify.signing_verbs(sentence, 0, len(sentence))]


# --- what was thought, then what turned out ---------------------------------------------------

def test_what_turned_out_after_a_guess_is_no_hearsay():
    assert _statuses("Kami kira cuma rapat koordinasi, rupanya ada penandatanganan nota kesepakatan "
                     "dengan Kejari.") == ["done"]
    assert _statuses("Saya kira hanya pelatihan biasa, ternyata Bupati menandatangani perjanjian kerja "
                     "sama dengan Politeknik Negeri Kupang.") == ["done"]
    # the guess reaching the verb is still hearsay
    assert _statuses("Foto yang dikira penandatanganan MoU itu hanya foto bersama.") == ["negated"]
    assert _statuses("Saya kira itu penandatanganan MoU, padahal hanya foto bersama.") == ["negated"]


def test_mengira_is_hearsay_like_dikira():
    assert _statuses("Banyak warga mengira Wali Kota sudah meneken MoU dengan investor itu.") == ["negated"]


BLOG_ARTICLE = article(
    "Catatan dari Aula Kecamatan: Petani Kopi Akhirnya Dapat Pendamping",
    "Ditulis pada 18 September 2025",
    "Rabu kemarin (17/9) saya ikut rombongan kelompok tani ke Aula Kantor Bupati Bener Meriah. Saya kira "
    "hanya pertemuan rutin, ternyata ada penandatanganan perjanjian kerja sama.",
    "Di meja depan, Bupati Bener Meriah Teuku Rahmat Hidayat duduk di samping Rektor Universitas Syiah "
    "Kuala, Nurul Fadhilah. Keduanya kemudian meneken perjanjian kerja sama tentang pendampingan petani "
    "kopi arabika.",
    "Acara juga dihadiri Wakil Bupati Bener Meriah, Zainal Abidin.",
)


def test_a_blog_telling_a_signing_it_saw_reports_it():
    sgs = _signings(BLOG_ARTICLE)
    assert len(sgs) == 1
    assert sgs[0].document_type == "perjanjian_kerja_sama"
    assert sorted(_names(sgs[0].signatories)) == ["Nurul Fadhilah", "Teuku Rahmat Hidayat"]


# --- "Keduanya meneken ..." -------------------------------------------------------------------

PAIR_ARTICLE = article(
    "Kerja Sama Air Bersih untuk Desa Pesisir",
    "Kamis, 18 September 2025 10:00 WIB",
    "Warga desa pesisir selama ini membeli air bersih dari truk tangki.",
    "Di ruang rapat, Bupati Pesisir Selatan Hendra Saputra duduk berdampingan dengan Direktur Utama "
    "Perumda Air Minum Kerinci, Yusuf Harahap. Keduanya lalu menandatangani perjanjian kerja sama "
    "penyediaan air bersih, Rabu (17/9/2025).",
)


def test_keduanya_signing_makes_both_people_named_before_signers():
    sgs = _signings(PAIR_ARTICLE)
    assert len(sgs) == 1
    assert sorted(_names(sgs[0].signatories)) == ["Hendra Saputra", "Yusuf Harahap"]


def test_keduanya_after_three_people_names_no_signer_by_itself():
    three = PAIR_ARTICLE.replace(
        "Yusuf Harahap.", "Yusuf Harahap, serta Kepala Dinas Pekerjaan Umum Pesisir Selatan, Rudi Hartono.")
    sgs = _signings(three)
    assert len(sgs) == 1
    assert "Rudi Hartono" not in _names(sgs[0].signatories)


# --- the kind of a "naskah kerja sama" named just after -----------------------------------------

NASKAH_ARTICLE = article(
    "Pemkab Wonogiri dan UNS Teken Naskah Kerja Sama Pengembangan Desa Wisata",
    "Diposting pada 16 September 2025 oleh Admin Diskominfo",
    "Wonogiri - Penandatanganan naskah kerja sama antara Pemerintah Kabupaten Wonogiri dan Universitas "
    "Sebelas Maret berlangsung di Pendapa Rumah Dinas Bupati Wonogiri, Senin (15/9/2025). Naskah berupa "
    "Perjanjian Kerja Sama tentang Pengembangan Desa Wisata Berbasis Budaya itu melanjutkan kesepahaman "
    "kedua lembaga sejak 2021.",
    "Penandatanganan naskah dilakukan oleh Bupati Wonogiri, Joko Santoso, dan Rektor Universitas Sebelas "
    "Maret, Sri Wahyuni.",
)


def test_a_naskah_kerja_sama_takes_the_kind_the_next_sentence_points_back_to():
    sgs = _signings(NASKAH_ARTICLE)
    assert len(sgs) == 1
    assert sgs[0].document_type == "perjanjian_kerja_sama"
    assert sgs[0].title == "Pengembangan Desa Wisata Berbasis Budaya"


# --- an older year after "tahun" ------------------------------------------------------------------

def test_an_older_year_after_tahun_dates_an_earlier_signing():
    assert _statuses("Nota kesepahaman itu diteken tahun 2020 dan berlaku lima tahun.") == ["past"]
    # a capitalised "Tahun" in a title names the agreement's period
    assert _statuses("Bupati menandatangani PKS Penanganan Stunting Tahun 2024 di pendopo, "
                     "Kamis (18/9/2025).") == ["done"]
    # the year of a day named just before is the dates' to judge
    assert _statuses("Penandatanganan dilakukan pada 30 Desember tahun 2024 di pendopo.",
                     datetime.date(2025, 1, 2)) == ["done"]


# --- guards: the near-misses of variety120 --------------------------------------------------------

def test_a_signing_scheduled_or_conditional_is_planned():
    assert _statuses("Nota kesepahaman dengan BPJS Kesehatan dijadwalkan ditandatangani pada Kamis "
                     "pekan depan di Pendopo.") == ["planned"]
    assert _statuses("Bupati dan kepala kantor cabang meneken nota kesepahaman itu Selasa depan.") == ["planned"]
    assert _statuses("Penandatanganan nota kesepakatan digelar Senin mendatang di aula.") == ["planned"]
    assert _statuses("Tim pendataan langsung bekerja begitu perjanjian itu diteken.") == ["planned"]
    assert _statuses("Apabila kesepakatan jadi ditandatangani, daerah ini mendapat kuota terbesar.") == ["planned"]


def test_an_old_signing_explained_is_past():
    assert _statuses("Nota kesepakatan yang dibahas itu sebenarnya telah ditandatangani Wali Kota dan "
                     "Kepala Kejari pada Maret lalu.") == ["past"]
    assert _statuses("Kesepahaman tersebut ditandatangani pada 2019 dengan masa berlaku lima tahun.") == ["past"]


def test_a_pledge_or_a_contract_is_no_agreement():
    assert _statuses("Usai dilantik, para camat maju bergiliran untuk menandatangani pakta integritas.") == ["negated"]
    assert _statuses("Pakta integritas yang diteken para kepala sekolah bukan sekadar formalitas.") == ["negated"]
    assert _statuses("Dinas Pendidikan menandatangani kontrak pengadaan laptop dengan PT Sinar Data.") == ["negated"]
    assert _statuses("Kontrak ditandatangani pejabat pembuat komitmen dan direktur penyedia.") == ["negated"]


PLEDGE_ARTICLE = article(
    "Bupati Lantik 40 Pejabat Administrator",
    "Selasa, 16 September 2025 11:00 WITA",
    "TONDANO - Bupati Minahasa melantik 40 pejabat administrator di Aula Kantor Bupati, Selasa (16/9/2025).",
    "Usai pelantikan, seluruh pejabat menandatangani pakta integritas di hadapan Bupati Minahasa.",
)


def test_an_inauguration_with_integrity_pledges_is_no_signing_report():
    assert not _record(PLEDGE_ARTICLE).is_signing


OPINION_ARTICLE = article(
    "OPINI",
    "MoU yang Hanya Jadi Pajangan",
    "Oleh: Rahmat Hidayat",
    "Setiap bulan ada saja kepala daerah yang menandatangani nota kesepahaman dengan kampus atau bank "
    "daerah, Senin (15/9/2025) misalnya di sebuah kabupaten.",
    "Sayangnya, setelah diteken, dokumen itu jarang dibuka lagi.",
    "*Penulis adalah dosen administrasi publik.",
)


def test_an_opinion_column_reports_no_signing():
    assert classify.is_opinion(OPINION_ARTICLE)
    assert not _record(OPINION_ARTICLE).is_signing


EXPIRED_ARTICLE = article(
    "Kerja Sama Pengelolaan Pantai Berakhir, Pemkab Belum Teken yang Baru",
    "Kamis, 18 September 2025 09:00 WIB",
    "BANTUL - Nota kesepahaman pengelolaan Pantai Goa Cemara antara Pemerintah Kabupaten Bantul dan PT "
    "Samudra Wisata telah berakhir pada Agustus 2025.",
    "Kesepahaman itu ditandatangani pada 2020 dengan masa berlaku lima tahun.",
    "Belum ada jadwal penandatanganan kesepakatan baru.",
)


def test_an_agreement_that_ran_out_is_no_signing_report():
    assert not _record(EXPIRED_ARTICLE).is_signing


# --- the schedule of a signing; a count of kesepahaman ----------------------------------------------

def test_the_schedule_of_a_signing_is_no_signing():
    assert _statuses("Jadwal penandatanganan nota kesepakatan dengan Kejari masih kami koordinasikan.") == ["planned"]
    assert _statuses("Naskahnya sudah final, tinggal jadwal penandatanganan MoU yang belum pasti.") == ["planned"]
    # the event named by its agenda is still a signing told
    assert _statuses("Agenda penandatanganan nota kesepakatan berlangsung di Aula Kantor Bupati, "
                     "Kamis (18/9/2025).") == ["done"]


def test_a_number_of_kesepahaman_is_a_count():
    assert _statuses("Dari 14 kesepahaman yang ditandatangani dalam forum investasi, baru lima yang "
                     "berjalan.") == ["count"]
    assert _statuses("Sejumlah kesepahaman yang diteken para bupati belum ditindaklanjuti.") == ["count"]


def test_an_agreement_signed_at_an_earlier_occasion_is_past():
    assert _statuses("Ia mengakui tidak semua nota kesepahaman yang diteken dalam acara serupa sebelumnya "
                     "sampai ke tahap realisasi.") == ["past"]
    assert _statuses("Perjanjian kerja sama yang ditandatangani pada periode sebelumnya tidak diperpanjang.") == ["past"]
    # "sebelumnya" of another noun leaves the signing as told
    assert _statuses("Nota kesepakatan yang ditandatangani Kamis (18/9/2025) itu menggantikan kesepakatan "
                     "sebelumnya.") == ["done"]
