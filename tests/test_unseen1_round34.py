"""Round 34, unseen1 (is it a signing, and how many). From the held-out set variety190: a
signing noun inside the quoted theme of a course or a talk ('webinar bertajuk "... Dari
Draf hingga Penandatanganan"') names the topic taught, no signing, and a practice round
("latihan / praktik penandatanganan") is a mock one; signing the act or the letter that
ends an agreement ("menandatangani pencabutan nota kesepahaman", "Surat pencabutan MoU
... ditandatangani Bupati") is no signing of one; advice to take care before signing
("lebih selektif sebelum meneken kerja sama") counsels signings to come; the date of a
source the report cites ("Berdasarkan keterbukaan informasi di BEI, Rabu (15/10/2025),
penandatanganan dilakukan oleh ...") is the disclosure's, not a day of its own for the
signing told the day before. Sentences written for these tests; none comes from a corpus
article."""
from mou_extract import extract_text
from variety_helpers import article


def _record(text):
    return extract_text(text, id="t")


def _days(rec):
    return sorted(s.date.value for s in rec.signings if s.date is not None)


# --- a signing noun inside the quoted theme of a course or a talk ------------------------------

def _course(lead: str) -> str:
    return article(
        "Unsrat Latih Staf Pemda Susun Naskah Kerja Sama",
        "MANADO - " + lead,
        "Pelatihan dibuka Wakil Dekan I Fakultas Hukum Unsrat, Dr. Frans Mamuaja. Ia menilai banyak "
        "naskah kerja sama daerah disusun tanpa kajian hukum yang memadai.",
        "Narasumber membahas pasal jangka waktu, hak dan kewajiban, serta penyelesaian sengketa.",
    )


def test_signing_noun_in_the_quoted_theme_of_a_training_is_no_signing():
    rec = _record(_course('Pusat Studi Hukum Universitas Sam Ratulangi menggelar pelatihan bertajuk "Menyusun '
                          'Nota Kesepahaman: Dari Negosiasi sampai Penandatanganan", Selasa (4/3/2025).'))
    assert not rec.is_signing


def test_signing_noun_in_the_curly_quoted_theme_of_a_seminar_is_no_signing():
    rec = _record(_course("Fakultas Hukum Unsrat menggelar seminar nasional dengan tema “Perjanjian Kerja Sama "
                          "Daerah, dari Perancangan hingga Penandatanganan”, Selasa (4/3/2025), di Manado."))
    assert not rec.is_signing


def test_an_event_named_by_a_signing_theme_is_still_a_signing():
    # (the event word names no course: the quoted name is the signing's own)
    rec = _record(article(
        "Pemkot Manado dan Unsrat Jalin Kerja Sama Kota Cerdas",
        'MANADO - Pemerintah Kota Manado menggelar acara bertajuk "Penandatanganan Nota Kesepahaman Kota '
        'Cerdas" bersama Universitas Sam Ratulangi di Balai Kota Manado, Selasa (4/3/2025).',
        "Nota kesepahaman diteken Wali Kota Manado Andrei Angouw dan Rektor Unsrat Oktovian Berty Sompie.",
    ))
    assert rec.is_signing


def test_a_closed_seminar_theme_leaves_the_signing_after_it():
    rec = _record(article(
        "Unsrat dan Pemkab Minahasa Teken Nota Kesepahaman",
        'MANADO - Usai seminar bertajuk "Hukum Kontrak Daerah", Rektor Universitas Sam Ratulangi Oktovian '
        "Berty Sompie dan Bupati Minahasa Robby Dondokambey menandatangani nota kesepahaman tentang "
        "pendidikan dan penelitian, Selasa (4/3/2025).",
    ))
    assert rec.is_signing
    assert _days(rec) == ["2025-03-04"]


# --- a practice round of a course ---------------------------------------------------------------

def test_a_practice_signing_in_a_workshop_is_no_signing():
    rec = _record(_course("Peserta bimbingan teknis di Manado menyusun draf naskah kerja sama, lalu melakukan "
                          "latihan penandatanganan nota kesepahaman secara bergiliran, Selasa (4/3/2025)."))
    assert not rec.is_signing


def test_a_signing_after_a_practice_session_is_still_a_signing():
    rec = _record(article(
        "Pemkab Minahasa dan Unsrat Teken Nota Kesepahaman",
        "TONDANO - Usai latihan, penandatanganan nota kesepahaman antara Pemerintah Kabupaten Minahasa dan "
        "Universitas Sam Ratulangi digelar di Aula Kantor Bupati Minahasa, Selasa (4/3/2025).",
    ))
    assert rec.is_signing


# --- advice to take care before signing -----------------------------------------------------------

def _counsel(sentence: str) -> str:
    return article(
        "DPRD Bitung Soroti Investasi Pelabuhan Perikanan",
        "BITUNG - Komisi II DPRD Kota Bitung menggelar rapat dengar pendapat dengan Dinas Perikanan, Rabu "
        "(5/3/2025), membahas rencana investasi di pelabuhan perikanan.",
        sentence,
        "Rapat juga membahas retribusi tambat labuh kapal.",
    )


def test_advice_to_be_selective_before_signing_is_no_signing():
    rec = _record(_counsel("Para anggota dewan meminta pemkot lebih selektif sebelum meneken kerja sama dengan "
                           "investor."))
    assert not rec.is_signing


def test_advice_to_take_care_before_signing_an_agreement_is_no_signing():
    rec = _record(_counsel("Ketua Komisi II menilai pemkot mesti lebih cermat dan berhati-hati sebelum "
                           "menandatangani nota kesepahaman dengan pihak swasta."))
    assert not rec.is_signing


def test_what_was_done_before_a_signing_still_tells_the_signing():
    rec = _record(article(
        "Pemkot Bitung dan Politeknik Kelautan Teken Nota Kesepahaman",
        "BITUNG - Sebelum menandatangani nota kesepahaman dengan Politeknik Kelautan dan Perikanan Bitung, Wali "
        "Kota Bitung Hengky Honandar meninjau laboratorium kampus itu, Rabu (5/3/2025).",
    ))
    assert rec.is_signing


# --- the act ending an agreement, signed ----------------------------------------------------------

def _ended(sentence: str) -> str:
    return article(
        "Bupati Berau Cabut MoU Pengelolaan Pelabuhan dengan PT Tanjung Redeb Samudra",
        "TANJUNG REDEB - " + sentence,
        "Menurut bupati, perusahaan tidak memenuhi kewajibannya selama setahun terakhir.",
    )


def test_signing_the_revocation_of_an_agreement_is_no_signing():
    rec = _record(_ended("Bupati Berau Sri Juniarsih menandatangani pencabutan nota kesepahaman pengelolaan "
                         "pelabuhan dengan PT Tanjung Redeb Samudra, Senin (17/3/2025)."))
    assert not rec.is_signing


def test_a_cancellation_signed_as_the_subject_is_no_signing():
    rec = _record(_ended("Pembatalan MoU pengelolaan pelabuhan dengan PT Tanjung Redeb Samudra itu diteken "
                         "Bupati Berau Sri Juniarsih, Senin (17/3/2025)."))
    assert not rec.is_signing


def test_a_revocation_letter_signed_is_no_signing():
    rec = _record(_ended("Surat pencabutan nota kesepahaman dengan PT Tanjung Redeb Samudra ditandatangani Bupati "
                         "Berau Sri Juniarsih, Senin (17/3/2025)."))
    assert not rec.is_signing


def test_a_new_agreement_after_an_old_one_ended_is_still_a_signing():
    rec = _record(article(
        "Pemkab Berau dan Pelindo Teken MoU Baru",
        "TANJUNG REDEB - Setelah pemutusan kerja sama dengan operator lama, Pemerintah Kabupaten Berau dan PT "
        "Pelabuhan Indonesia menandatangani nota kesepahaman pengelolaan pelabuhan, Senin (17/3/2025).",
    ))
    assert rec.is_signing


def test_an_agreement_signed_with_another_paper_is_still_a_signing():
    rec = _record(article(
        "Pemkab Berau dan Kejari Berau Teken Nota Kesepahaman",
        "TANJUNG REDEB - Pakta integritas dan nota kesepahaman bidang perdata dan tata usaha negara "
        "ditandatangani Bupati Berau Sri Juniarsih dan Kepala Kejaksaan Negeri Berau, Senin (17/3/2025).",
    ))
    assert rec.is_signing


# --- the date of a cited source -------------------------------------------------------------------

def _disclosed(source_lead: str) -> str:
    return article(
        "WIKA dan JSMR Teken MoU Jalan Tol Kawasan Industri",
        "JAKARTA - PT Wijaya Karya (Persero) Tbk dan PT Jasa Marga (Persero) Tbk menandatangani nota "
        "kesepahaman tentang pengembangan jalan tol kawasan industri, Senin (3/11/2025), di Jakarta.",
        source_lead + " nota kesepahaman itu diteken oleh Direktur Utama WIKA, Agung Budi Waskito, dan Direktur "
        "Utama Jasa Marga, Rivan Achmad Purwantono.",
        "Saham WIKA naik 3% pada perdagangan sesi I.",
    )


def test_a_disclosure_dated_the_day_after_is_the_same_signing():
    rec = _record(_disclosed("Mengutip keterbukaan informasi kepada Bursa Efek Indonesia, Selasa (4/11/2025),"))
    assert len(rec.signings) == 1
    assert _days(rec) == ["2025-11-03"]
    assert len(rec.signings[0].signatories) == 2


def test_a_press_release_dated_the_day_after_is_the_same_signing():
    rec = _record(_disclosed("Dalam siaran pers perseroan, Selasa (4/11/2025),"))
    assert len(rec.signings) == 1
    assert _days(rec) == ["2025-11-03"]


def test_a_second_signing_on_its_own_day_stays_apart():
    rec = _record(article(
        "Ombudsman NTT Teken Dua Nota Kesepakatan",
        "KUPANG - Ombudsman RI Perwakilan NTT menandatangani nota kesepakatan dengan Pemerintah Kabupaten "
        "Kupang, Senin (17/2/2025), di Oelamasi.",
        "Tiga hari kemudian, Kamis (20/2/2025), Ombudsman RI Perwakilan NTT menandatangani nota kesepakatan "
        "dengan Pemerintah Kabupaten Timor Tengah Selatan di Soe.",
    ))
    assert _days(rec) == ["2025-02-17", "2025-02-20"]


def test_a_source_date_still_dates_a_signing_told_with_no_other_day():
    # (only the split into days leaves the source's date aside)
    rec = _record(article(
        "Pemkab Minahasa dan Unsrat Teken Nota Kesepahaman",
        "TONDANO - Pemerintah Kabupaten Minahasa dan Universitas Sam Ratulangi menandatangani nota kesepahaman "
        "tentang pendidikan dan penelitian, demikian siaran pers Pemkab Minahasa, Senin (3/3/2025).",
    ))
    assert _days(rec) == ["2025-03-03"]
