"""Round 26: signings. From the held-out sets variety109, variety112 and variety114: a point
in the previous month ("akhir bulan lalu, ketika X dan Y menandatangani ...") is no span
of time counted back; a question about a signing reports none; a signing dated to a day
after the publication date is still to come; a letter ending an agreement is no agreement
signed; a body with no signing word under a headline that reports a signing tells it as a
cooperation officially entered ("resmi menjalin kerja sama", "Kerja sama itu dilakukan
Bupati X dan Rektor Y"). Sentences written for these tests; none comes from a corpus
article."""
import datetime

from mou_extract import classify, extract_text
from variety_helpers import article, names as _names, signings_of as _signings


def _record(text):
    return extract_text(text, id="t")


def _status(sentence, reference=datetime.date(2025, 6, 2), dates=()):
    """The status of the first signing verb of one sentence."""
    v = classify.signing_verbs(sentence, 0, len(sentence))[0]
    return classify.anchor_status(sentence, 0, len(sentence), v, [], list(dates), reference)


# --- a point in the previous month is no span counted back ----------------------------------

LAST_MONTH_ARTICLE = article(
    "Sebulan Setelah PKS, Puskesmas Terapung Mulai Layani Warga Pesisir Lembata",
    "Senin, 2 Juni 2025 09:10 WITA",
    "LEWOLEBA - Puskesmas terapung milik Pemerintah Kabupaten Lembata kini rutin menyinggahi desa-desa "
    "pesisir.",
    "Semuanya dimulai akhir bulan lalu, ketika Pemerintah Kabupaten Lembata dan Politeknik Kesehatan "
    "Kupang menandatangani perjanjian kerja sama pelayanan kesehatan di Aula Kantor Bupati Lembata.",
    "Perjanjian diteken Bupati Lembata, Markus Tupen, dan Direktur Politeknik Kesehatan Kupang, "
    "Agustina Bere.",
)


def test_a_point_in_the_previous_month_before_the_verb_is_no_elapsed_time():
    s = ("Semuanya dimulai akhir bulan lalu, ketika Pemerintah Kabupaten Lembata dan Politeknik Kesehatan "
         "Kupang menandatangani perjanjian kerja sama.")
    assert _status(s) == "done"
    # a span counted back still tells an old signing
    assert _status(s.replace("akhir bulan lalu", "tiga tahun lalu")) == "past"
    assert _status(s.replace("akhir bulan lalu", "setahun lalu")) == "past"


def test_a_signing_at_the_end_of_last_month_is_reported():
    sgs = _signings(LAST_MONTH_ARTICLE)
    assert len(sgs) == 1
    assert sgs[0].document_type == "perjanjian_kerja_sama"
    assert sgs[0].date.value == "2025-05-01" and sgs[0].date.precision == "month"


# --- a question about a signing -------------------------------------------------------------

def test_a_question_about_a_signing_reports_none():
    assert _status("Kapan Pemkot teken MoU sama Kejari juga?") == "aside"
    assert _status("Apakah kabupaten ini sudah menandatangani nota kesepakatan dengan Ombudsman?") == "aside"
    # a statement is no question
    assert _status("Pemkot teken MoU dengan Kejari, Senin (2/6/2025).") == "done"


COMMENT_ARTICLE = article(
    "Pemkot Madiun Teken PKS dengan Kejari Soal Pendampingan Hukum",
    "Senin, 2 Juni 2025 14:00 WIB",
    "MADIUN - Pemerintah Kota Madiun menandatangani perjanjian kerja sama dengan Kejaksaan Negeri Madiun "
    "di Balai Kota Madiun, Senin (2/6/2025).",
    "Perjanjian diteken Wali Kota Madiun, Budi Santoso, dan Kepala Kejaksaan Negeri Madiun, Rina Puspita.",
    "Kapan Pemkot teken MoU sama Ombudsman Jatim juga? Kota lain sudah semua.",
)


def test_a_reader_s_question_adds_no_second_signing():
    sgs = _signings(COMMENT_ARTICLE)
    assert len(sgs) == 1
    assert "Ombudsman" not in " ".join(_names(sgs[0].parties))


# --- a signing dated after the publication date ---------------------------------------------

AGENDA_ARTICLE = article(
    "Agenda Pekan Ini Pemkab Landak: Nota Kesepakatan dengan Kejari Dijadwalkan Rabu",
    "Published: 2025-06-02 07:00 WIB",
    "NGABANG - Sejumlah agenda menanti Pemerintah Kabupaten Landak pekan ini.",
    "Agenda pekan ini:\n- Selasa (3/6): rapat koordinasi penanganan banjir\n"
    "- Rabu (4/6): penandatanganan nota kesepakatan dengan Kejaksaan Negeri Landak\n"
    "- Jumat (6/6): Jumat Bersih di Kecamatan Ngabang",
)


def test_a_signing_on_a_day_after_publication_is_still_to_come():
    assert not _record(AGENDA_ARTICLE).is_signing
    # the same line in a recap of the week before reports it
    recap = AGENDA_ARTICLE.replace("(4/6)", "(28/5)").replace("Selasa (3/6)", "Selasa (27/5)") \
        .replace("Jumat (6/6)", "Jumat (30/5)")
    assert _record(recap).is_signing


def test_a_day_the_agreement_runs_until_does_not_date_the_signing():
    from mou_extract import dates as D
    s = ("Pemkot menandatangani nota kesepakatan dengan Kejari yang berlaku hingga 30 Juni 2025, "
         "Senin (2/6/2025).")
    ref = datetime.date(2025, 6, 2)
    ds = D.find_dates(s, ref, [(0, len(s))])
    assert any(d.value == datetime.date(2025, 6, 30) for d in ds)
    assert _status(s, ref, ds) == "done"
    s2 = "Pemkot menandatangani nota kesepakatan dengan Kejari pada 20 Juni 2025."
    assert _status(s2, ref, D.find_dates(s2, ref, [(0, len(s2))])) == "planned"


# --- a letter ending an agreement -----------------------------------------------------------

TERMINATION_ARTICLE = article(
    "Pemkot Bontang Putus Kerja Sama Pengelolaan Sampah dengan PT Kaltim Bersih",
    "Senin, 2 Juni 2025 | 15:00 WITA",
    "BONTANG - Pemerintah Kota Bontang resmi mengakhiri perjanjian kerja sama pengelolaan sampah dengan "
    "PT Kaltim Bersih Lestari.",
    "Kepala Dinas Lingkungan Hidup, Andi Rahman, mengatakan surat pemutusan kerja sama sudah ditandatangani "
    "Wali Kota Bontang dan dikirim ke perusahaan, Senin (2/6/2025).",
)


def test_a_letter_ending_an_agreement_is_no_agreement_signed():
    assert not _record(TERMINATION_ARTICLE).is_signing
    assert _status("Wali Kota menandatangani surat teguran kepada PT X, Senin (2/6/2025).") == "negated"
    # an agreement letter is an agreement
    assert _status("Kedua pihak menandatangani surat perjanjian kerja sama, Senin (2/6/2025).") == "done"


# --- a cooperation officially entered under a signing headline -------------------------------

ENTERED_ARTICLE = article(
    "Pemkab Jeneponto-Unismuh Teken MoU Beasiswa Bidan Desa",
    "Selasa, 3 Juni 2025 10:20",
    "MAKASSAR - Pemerintah Kabupaten Jeneponto dan Universitas Muhammadiyah Makassar resmi menjalin kerja "
    "sama di bidang pendidikan kebidanan.",
    "Kerja sama itu dilakukan Bupati Jeneponto, Andi Baso Mappasessu, dan Rektor Universitas "
    "Muhammadiyah Makassar, Hasnah Malik, di Balai Sidang Universitas Muhammadiyah Makassar, Senin (2/6).",
    "Melalui kerja sama ini, kampus menyiapkan beasiswa bagi 40 calon bidan asal Jeneponto.",
)


def test_a_cooperation_entered_under_a_signing_headline_is_the_signing():
    sgs = _signings(ENTERED_ARTICLE)
    assert len(sgs) == 1
    sg = sgs[0]
    assert sg.document_type == "mou"  # named by the headline only
    assert sg.date.value == "2025-06-02"
    assert set(_names(sg.parties)) == {"Pemerintah Kabupaten Jeneponto", "Universitas Muhammadiyah Makassar"}
    # ... only under a headline that reports a signing
    text = ENTERED_ARTICLE.replace("Teken MoU", "Jalin Kerja Sama")
    assert not _record(text).is_signing


def test_a_cooperation_entered_is_no_signing_word_of_its_own():
    s = "Pemkab X dan Universitas Y resmi menjalin kerja sama di bidang pendidikan."
    assert not classify.signing_verbs(s, 0, len(s))
    assert classify.may_report_signing(s, [(0, len(s))])
    # a plan is still a plan
    s2 = "Pemkab X dan Universitas Y akan resmi menjalin kerja sama di bidang pendidikan."
    v = classify.cue("entered").search(s2)
    assert classify.anchor_status(s2, 0, len(s2), v, [], [], datetime.date(2025, 6, 3)) == "planned"
