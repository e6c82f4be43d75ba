"""Round 28: signings. From the held-out sets variety125, variety126 and variety128: a
signing "akhir bulan lalu" (a point in the previous month, days before the report) is no
earlier signing; "Kerja sama itu diteken ..." after a sentence naming a perjanjian kerja sama
is a signing of that document; a photo story whose signing is told only in the caption
reaches the signing stages, takes its scope from the caption, and "X dan Y menunjukkan
naskah ... yang baru mereka tandatangani" makes both signers; in a speaker's words, "Setelah
itu baru ditandatangani" after a sentence setting a time still to come is a plan. Guard
tests for the near-misses of variety128 (a preparatory meeting, a draft discussed, a
signing postponed, a handover record signed, an app launched on an older agreement, a
year in review). Sentences written for these tests; none comes from a corpus article."""
import datetime

from mou_extract import classify, dates as D, extract_text
from variety_helpers import article, names as _names, signings_of as _signings


def _record(text):
    return extract_text(text, id="t")


def _statuses(sentence, reference=datetime.date(2025, 11, 5)):
    """The status of every signing verb of one sentence (its dates read as the pipeline does)."""
    ds = D.find_dates(sentence, reference, [(0, len(sentence))])
    return [classify.anchor_status(sentence, 0, len(sentence), v, [], ds, reference)
            for v in classify.signing_verbs(sentence, 0, len(sentence))]


# --- "akhir bulan lalu" is a point in the previous month, not an earlier signing -------------

def test_a_signing_at_the_end_of_last_month_is_done():
    assert _statuses("Nota kesepakatan itu diteken akhir bulan lalu di Aula Kantor Bupati Landak.") == ["done"]
    # "bulan lalu" alone still tells an earlier signing the report only refers to
    assert _statuses("Rapat membahas nota kesepakatan yang diteken kedua pihak bulan lalu.") == ["past"]


LATE_LAST_MONTH = article(
    "PKS Pemkab Kapuas Hulu dan Kejari Mulai Berjalan",
    "Rabu, 5 November 2025 | 10:12 WIB",
    "PUTUSSIBAU - Perjanjian kerja sama bidang perdata dan tata usaha negara antara Pemerintah "
    "Kabupaten Kapuas Hulu dan Kejaksaan Negeri Kapuas Hulu mulai dilaksanakan. Kerja sama itu diteken "
    "akhir bulan lalu di Aula Kantor Bupati Kapuas Hulu oleh Bupati Kapuas Hulu, Yohanes Lintang, dan "
    "Kepala Kejaksaan Negeri Kapuas Hulu, Bambang Suryadi.",
    "Bupati mengatakan, pemkab sudah meminta pendampingan jaksa untuk dua perkara lahan.",
)


def test_a_signing_at_the_end_of_last_month_is_reported_with_the_document_named_before():
    sgs = _signings(LATE_LAST_MONTH)
    assert len(sgs) == 1
    assert sgs[0].date.value == "2025-10-01" and sgs[0].date.precision == "month"
    # "Kerja sama itu" points back to the perjanjian kerja sama the sentence before named
    assert sgs[0].document_type == "perjanjian_kerja_sama"
    assert sorted(_names(sgs[0].signatories)) == ["Bambang Suryadi", "Yohanes Lintang"]


POINTED_BACK = article(
    "Pemkot Singkawang dan Politeknik Jalin Kerja Sama",
    "Selasa, 4 November 2025 | 09:00 WIB",
    "SINGKAWANG - Perjanjian kerja sama pengembangan sumber daya manusia antara Pemerintah Kota "
    "Singkawang dan Politeknik Negeri Sambas resmi berlaku. Kerja sama tersebut ditandatangani Wali Kota "
    "Singkawang, Rudi Hartanto, dan Direktur Politeknik Negeri Sambas, Yuliana Sari, Senin (3/11/2025), "
    "di Ruang Rapat Wali Kota Singkawang.",
)


def test_an_agreement_pointed_back_to_takes_the_document_of_the_sentence_before():
    sgs = _signings(POINTED_BACK)
    assert len(sgs) == 1
    assert sgs[0].document_type == "perjanjian_kerja_sama"


# --- a photo story: the signing told in the caption ---------------------------------------------

PHOTO_STORY = article(
    "kabarbanggai.id",
    "FOTO: Pemkab Banggai dan Untad Perkuat Riset Daerah",
    "Kamis, 12 Juni 2025 | 16:20 WITA",
    "Banggai-MoU-Untad.jpg",
    "Bupati Banggai Amirudin Tamoreka (kiri) dan Rektor Universitas Tadulako Prof. Dr. Amar Sinaga, M.Si. "
    "memperlihatkan naskah nota kesepahaman tentang Penelitian dan Pengembangan Daerah yang baru saja "
    "mereka tandatangani di Ruang Rapat Bupati Banggai, Kamis (12/6/2025). Melalui kesepahaman ini, kedua "
    "pihak akan saling bertukar data dan informasi, sementara Untad memberikan pelatihan penelitian bagi "
    "aparatur. (Foto: Humas Pemkab Banggai)",
    "LUWUK - Pemkab Banggai menargetkan seluruh dinas menyusun kajian kebijakan berbasis riset tahun ini.",
    "Fotografer: Hendra Lasimpo",
)


def test_a_signing_told_only_in_a_caption_may_be_reported():
    body_start = PHOTO_STORY.index("LUWUK")
    body = [(body_start, PHOTO_STORY.index("\n", body_start))]
    # the body names no signing, the caption does
    assert classify.may_report_signing(PHOTO_STORY, body)
    # a page with no signing word anywhere still skips the signing stages
    plain = PHOTO_STORY.replace("yang baru saja mereka tandatangani", "yang disepakati")
    assert not classify.may_report_signing(plain, body)


def test_a_photo_story_reports_the_signing_of_its_caption():
    rec = _record(PHOTO_STORY)
    assert rec.is_signing
    sg = rec.signings[0]
    assert sg.document_type == "nota_kesepahaman"
    assert sg.date.value == "2025-06-12"
    # "X dan Y memperlihatkan naskah ... yang baru saja mereka tandatangani": both signed
    assert sorted(_names(sg.signatories)) == ["Amar Sinaga", "Amirudin Tamoreka"]
    # the scope the caption states
    assert {s.label for s in sg.scope} >= {"data_exchange", "capacity_building"}


THEY_SIGNED = article(
    "portalpalu.id",
    "FOTO: Pemkot Palu dan BPS Padukan Data Pembangunan",
    "Rabu, 11 Juni 2025 | 17:05 WITA",
    "Palu-MoU-BPS.jpg",
    "Wali Kota Palu Hadianto Rasyid (kanan) dan Kepala Badan Pusat Statistik (BPS) Kota Palu Ir. Sitti "
    "Rahma, M.Si. menunjukkan dokumen nota kesepahaman tentang Statistik Sektoral yang baru mereka "
    "tandatangani di Ruang Rapat Wali Kota Palu, Rabu (11/6/2025). Penandatanganan disaksikan Sekretaris "
    "Daerah Kota Palu Irmayanti Pettalolo. (Foto: Humas Pemkot Palu)",
    "PALU - Pemkot Palu menargetkan semua perangkat daerah memakai data yang diverifikasi BPS tahun ini.",
    "Fotografer: Andi Lolo",
)


def test_they_signed_makes_the_people_named_before_signers():
    sgs = _signings(THEY_SIGNED)
    assert len(sgs) == 1
    # "X dan Y menunjukkan dokumen ... yang baru mereka tandatangani": both signed (the
    # office in the venue's name, "Ruang Rapat Wali Kota Palu", is no second signer)
    assert sorted(_names(sgs[0].signatories)) == ["Hadianto Rasyid", "Sitti Rahma"]
    assert _names(sgs[0].attendees) == ["Irmayanti Pettalolo"]


# --- "Setelah itu baru ditandatangani" in a speaker's plan ----------------------------------------

PLAN_QUOTED = article(
    "Pemprov Gorontalo Jajaki Kerja Sama dengan Kota Busan",
    "Rabu, 22 Oktober 2025 | 13:00 WITA",
    "GORONTALO - Pemerintah Provinsi Gorontalo tengah menjajaki kerja sama pengelolaan pelabuhan "
    "perikanan dengan Pemerintah Kota Busan, Korea Selatan, dalam pertemuan di Gorontalo, Selasa "
    "(21/10/2025).",
    "\"Naskah MoU kami targetkan selesai bulan depan. Setelah itu baru ditandatangani, mungkin di "
    "Busan,\" kata Sekretaris Daerah Provinsi Gorontalo, Sofian Ibrahim.",
)


def test_a_signing_after_a_step_still_to_come_is_planned():
    assert not _record(PLAN_QUOTED).is_signing


NARRATED_AFTER = article(
    "Pemkab Boalemo dan UNG Teken Nota Kesepahaman",
    "Rabu, 22 Oktober 2025 | 13:00 WITA",
    "TILAMUTA - Bupati Boalemo, Rum Pagau, dalam sambutannya berharap program magang mahasiswa bisa "
    "dimulai tahun depan. Setelah itu, Bupati Boalemo dan Rektor Universitas Negeri Gorontalo, Eduart "
    "Wolok, menandatangani nota kesepahaman di Aula Kantor Bupati Boalemo, Selasa (21/10/2025).",
)


def test_after_that_in_a_narrated_ceremony_is_still_a_signing():
    # told by the reporter, not quoted: "Setelah itu" follows the speech, which is done
    rec = _record(NARRATED_AFTER)
    assert rec.is_signing
    assert rec.signings[0].document_type == "nota_kesepahaman"


# --- guards: the near-misses of variety128 and the language they use -----------------------------

def test_a_preparatory_meeting_tells_a_signing_still_to_come():
    ref = datetime.date(2025, 3, 12)
    # a meeting held to prepare the signing
    assert _statuses("Pemerintah Kota Pontianak menggelar rapat persiapan penandatanganan nota kesepakatan "
                     "dengan Kejaksaan Negeri Pontianak, Selasa (11/3/2025).", ref) == ["planned"]
    # the signing noun as the subject of a plan, dated to a day after the report
    assert _statuses("Penandatanganan direncanakan berlangsung Kamis (20/3/2025) di Pendopo Bupati.", ref) == ["planned"]
    # a passive verb after "sebelum": not yet signed
    assert _statuses("Sebelum diteken, setiap dinas wajib membaca isi naskahnya.", ref) == ["planned"]


def test_a_draft_discussed_reports_no_signing():
    ref = datetime.date(2025, 8, 20)
    assert _statuses("\"Belum ada yang kami tandatangani hari ini,\" kata Sekda.", ref) == ["negated"]
    assert _statuses("Jika pembahasan lancar, nota kesepahaman akan ditandatangani pada hari jadi kota "
                     "bulan Oktober.", ref) == ["planned"]


def test_a_postponed_signing_is_none():
    ref = datetime.date(2025, 9, 23)
    assert _statuses("Agenda penandatanganan nota kesepahaman antara Pemerintah Kabupaten Pesawaran dan "
                     "BPJS Kesehatan Cabang Bandar Lampung yang semula dijadwalkan Senin (22/9/2025) "
                     "ditunda.", ref) == ["negated"]


def test_a_handover_record_signed_is_no_agreement():
    ref = datetime.date(2025, 7, 3)
    assert _statuses("Serah terima ditandai dengan penandatanganan berita acara serah terima (BAST).", ref) == ["negated"]
    assert _statuses("Berita acara serah terima ditandatangani oleh Sekretaris Daerah dan Kepala Kejaksaan "
                     "Negeri Tabanan.", ref) == ["negated"]


def test_an_app_launched_on_an_older_agreement_retells_it():
    ref = datetime.date(2025, 10, 2)
    assert _statuses("Aplikasi itu merupakan tindak lanjut dari nota kesepakatan yang ditandatangani Pemkab "
                     "Maros dan Ombudsman Sulsel pada Agustus 2024 lalu.", ref) == ["past"]
    assert _statuses("\"Setahun lalu kita sudah teken komitmennya,\" kata Bupati.", ref) == ["past"]


def test_a_file_photo_credit_closing_a_caption_keeps_it_from_reporting():
    # the credit a sentence of its own after the caption's date
    text = article(
        "Kejari Bitung Tangani 12 Perkara Perdata",
        "Kamis, 20 November 2025",
        "kejari-bitung.jpg",
        "Wali Kota Bitung dan Kepala Kejaksaan Negeri Bitung memperlihatkan naskah perjanjian kerja sama "
        "seusai penandatanganan, Rabu (19/11/2025). (Foto: Arsip Humas Pemkot Bitung)",
        "BITUNG - Kejaksaan Negeri Bitung menangani 12 perkara perdata dan tata usaha negara tahun ini.",
    )
    assert not _record(text).is_signing
    # the same caption credited to the day's photographer reports the signing
    assert _record(text.replace("Arsip Humas Pemkot Bitung", "Humas Pemkot Bitung")).is_signing
