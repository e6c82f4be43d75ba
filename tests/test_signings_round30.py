"""Round 30: signings, documents, classify. From the held-out sets variety141, variety142
and variety144: a signing told at a part of this year months before the report ("Awal
tahun ini, kesepakatan serupa diteken bersama X" in a speech of September recalling earlier
agreements), or at a month months before opening the sentence ("Maret lalu, ..."), is an
earlier one, as is an undated signing that goes on with a paragraph's list of earlier ones
(after a tally "sejumlah kerja sama yang sudah diteken", or "kesepakatan serupa" after an
earlier signing); a caption telling the signing is the report, whatever its
"Dok." credit says, when the short body that tells no signing of its own takes up the
agreement ("kerja sama ini"); a body the text says is no party ("meski Pemprov X tidak
menjadi pihak dalam perjanjian") is no party, and its head who hosted and witnessed the
signing ("bertindak sebagai tuan rumah dan menyaksikan") is an attendee; a signing sentence
whose document is the budget "nota kesepakatan" a later sentence has the head sign with its
DPRD is the budget document's. Guard tests for the near-misses of those sets. Sentences
written for these tests; none comes from a corpus article."""
from mou_extract import extract_text
from variety_helpers import article, names as _names


def _record(text):
    return extract_text(text, id="t")


# --- a part of this year months before the report is an earlier signing -----------------------

SPEECH_RECALLING = article(
    "Wali Kota Kendari Minta Kerja Sama dengan Kampus Dievaluasi",
    "Kamis, 16 Oktober 2025",
    "KENDARI - Wali Kota Kendari Siska Karina Imran meminta para kepala dinas mengevaluasi kerja sama "
    "yang sudah berjalan. Hal itu disampaikan dalam upacara hari jadi kota di Lapangan Benu-Benua, "
    "Kamis (16/10/2025).",
    "Dalam sambutannya, ia menyebut beberapa kesepakatan penting. Awal tahun ini, nota kesepahaman "
    "diteken bersama Universitas Halu Oleo tentang pendampingan UMKM, serta dengan PT Bank Sultra "
    "terkait pembiayaan nelayan.",
    "\"Dokumennya ada, tapi hasilnya belum terasa,\" katanya.",
)


def test_a_signing_at_the_start_of_this_year_told_in_october_is_an_earlier_one():
    assert not _record(SPEECH_RECALLING).is_signing


def test_a_signing_in_the_middle_of_this_year_told_months_later_is_an_earlier_one():
    rec = _record(SPEECH_RECALLING.replace("Awal tahun ini, nota kesepahaman diteken",
                                           "Nota kesepahaman diteken pada pertengahan tahun ini"))
    assert not rec.is_signing


def test_the_start_of_this_year_told_in_march_may_still_be_the_signing():
    # in a report of March "awal tahun ini" is too close to tell an earlier signing
    text = article(
        "Pemkot Kendari dan UHO Teken Nota Kesepahaman",
        "Selasa, 11 Maret 2025",
        "KENDARI - Pemerintah Kota Kendari dan Universitas Halu Oleo menandatangani nota kesepahaman "
        "tentang pendampingan UMKM di Balai Kota Kendari awal tahun ini.",
        "Nota kesepahaman diteken Wali Kota Kendari Siska Karina Imran dan Rektor Universitas Halu Oleo "
        "Muhammad Zamrun.",
    )
    assert _record(text).is_signing


def _recalled(second: str) -> str:
    return article(
        "Bupati Buton Minta Kerja Sama Tidak Jadi Arsip",
        "Senin, 15 September 2025",
        "PASARWAJO - Bupati Buton Alimin Mahdi meminta kepala perangkat daerah menindaklanjuti kerja sama "
        "yang sudah berjalan. Hal itu disampaikan dalam apel peringatan hari jadi kabupaten di halaman "
        "Kantor Bupati Buton, Senin (15/9/2025).",
        "Pada 2024, pemkab menandatangani nota kesepahaman dengan Universitas Dayanu Ikhsanuddin tentang "
        "desa wisata. " + second,
        "\"Dokumennya sudah ada, tinggal dijalankan,\" kata Alimin.",
    )


def test_a_month_opening_the_sentence_months_before_is_an_earlier_signing():
    assert not _record(_recalled("Maret lalu, pemkab meneken perjanjian kerja sama dengan PT Bank Sultra "
                                 "terkait pembiayaan nelayan.")).is_signing


def test_one_more_similar_agreement_after_an_earlier_signing_is_an_earlier_one_too():
    assert not _record(_recalled("Kesepakatan serupa juga diteken bersama PT Bank Sultra terkait pembiayaan "
                                 "nelayan.")).is_signing


def test_a_similar_agreement_signed_today_is_the_report():
    rec = _record(_recalled("Hari ini, kesepakatan serupa diteken bersama PT Bank Sultra terkait pembiayaan "
                            "nelayan."))
    assert rec.is_signing
    assert "PT Bank Sultra" in {p.name for p in rec.signings[0].parties}


def test_the_signings_a_speech_tallies_are_earlier_ones():
    text = article(
        "Gubernur Sultra Minta Kerja Sama Dievaluasi",
        "Senin, 15 September 2025",
        "KENDARI - Gubernur Sulawesi Tenggara Andi Sumangerukka meminta kerja sama daerah dievaluasi. Hal "
        "itu disampaikan dalam apel hari jadi provinsi di Kendari, Senin (15/9/2025).",
        "Dalam pidatonya, ia merinci sejumlah kerja sama yang sudah diteken dalam dua tahun terakhir. "
        "Bersama Universitas Halu Oleo, pemprov meneken nota kesepahaman pendampingan desa wisata. "
        "Dengan PT Bank Sultra, pemprov menandatangani kesepakatan pembiayaan nelayan.",
    )
    assert not _record(text).is_signing


def test_a_dated_tally_of_signings_the_same_day_keeps_its_items():
    # a count of documents signed on the day reported is no list of earlier ones
    text = article(
        "Pemprov Sultra Teken Dua Kerja Sama",
        "Senin, 15 September 2025",
        "KENDARI - Pemerintah Provinsi Sulawesi Tenggara telah meneken dua kerja sama di Aula Bahteramas, "
        "Senin (15/9/2025). Nota kesepahaman dengan Universitas Halu Oleo diteken Gubernur Sulawesi "
        "Tenggara Andi Sumangerukka dan Rektor Universitas Halu Oleo Muhammad Zamrun.",
    )
    assert _record(text).is_signing


# --- a caption telling the signing, under a body that takes up the agreement --------------------

def _caption_story(body_first: str) -> str:
    return article(
        "Pemkab Mesuji Siap Gugat Balik Sengketa Lahan Pasar",
        "Ditulis oleh: Sari | 14 Oktober 2025",
        "IMG-pks-kejari-mesuji.jpg",
        "FOTO: Bupati Mesuji Elfianah (kiri) dan Kepala Kejaksaan Negeri Mesuji Andri Kurniawan berjabat "
        "tangan usai menandatangani perjanjian kerja sama bidang perdata dan tata usaha negara di Aula "
        "Kantor Bupati Mesuji, Senin (13/10/2025). (Dok Prokopim Mesuji)",
        body_first,
        "Bupati Elfianah mengatakan pemkab kerap kewalahan menghadapi gugatan lahan pasar karena tenaga "
        "hukum di Bagian Hukum Setda terbatas.",
    )


def test_a_dok_credited_caption_is_the_report_when_the_body_takes_up_its_agreement():
    rec = _record(_caption_story(
        "MESUJI - Dengan adanya kerja sama ini, Pemerintah Kabupaten Mesuji bisa meminta jaksa pengacara "
        "negara mendampingi perkara perdata yang melibatkan pemkab."))
    assert rec.is_signing
    sg = rec.signings[0]
    assert sg.date.value == "2025-10-13"
    assert sorted(_names(sg.signatories)) == ["Andri Kurniawan", "Elfianah"]


def test_a_dok_credited_caption_over_an_unrelated_body_stays_a_file_photo():
    rec = _record(_caption_story(
        "MESUJI - Pemerintah Kabupaten Mesuji menyiapkan anggaran bantuan hukum untuk warga miskin "
        "pada tahun depan."))
    assert not rec.is_signing


def test_a_body_telling_an_earlier_signing_keeps_the_dok_caption_a_file_photo():
    # the body points back at an agreement it tells was signed months before
    rec = _record(_caption_story(
        "MESUJI - Perjanjian kerja sama yang ditandatangani pada Maret 2025 lalu kini dievaluasi. Kerja "
        "sama ini dinilai belum berjalan."))
    assert not rec.is_signing


# --- a host who witnesses; a body the text says is no party -------------------------------------

HOSTED = article(
    "Disaksikan Gubernur, Pemkot Jambi dan PT SMI Teken PKS Air Minum",
    "Rabu, 5 Maret 2025 | 15:10 WIB",
    "JAMBI - Pemerintah Kota Jambi dan PT Sarana Multi Infrastruktur (Persero) meneken perjanjian "
    "kerja sama pembiayaan jaringan air minum di Rumah Dinas Gubernur Jambi, Rabu (5/3/2025).",
    "Gubernur Jambi H. Al Haris Lubis bertindak sebagai tuan rumah dan menyaksikan penandatanganan, "
    "meski Pemprov Jambi tidak menjadi pihak dalam perjanjian itu.",
    "PKS diteken Wali Kota Jambi Maulana Syahputra dan Direktur Pembiayaan PT SMI (Persero) Andi "
    "Rahmat Hidayat.",
)


def test_a_host_who_witnesses_is_an_attendee_and_his_province_no_party():
    sg = _record(HOSTED).signings[0]
    assert "Pemerintah Provinsi Jambi" not in {p.name for p in sg.parties}
    assert "Al Haris Lubis" not in _names(sg.signatories)
    assert "Al Haris Lubis" in _names(sg.attendees)
    assert {"Pemerintah Kota Jambi", "PT Sarana Multi Infrastruktur (Persero)"} <= {p.name for p in sg.parties}


def test_a_host_named_as_witness_with_selaku_is_an_attendee():
    sg = _record(HOSTED.replace(
        "bertindak sebagai tuan rumah dan menyaksikan penandatanganan, meski Pemprov Jambi tidak menjadi "
        "pihak dalam perjanjian itu.",
        "selaku tuan rumah turut menyaksikan penandatanganan tersebut.")).signings[0]
    assert "Al Haris Lubis" in _names(sg.attendees)
    assert "Al Haris Lubis" not in _names(sg.signatories)


def test_a_body_said_to_be_no_party_is_not_one():
    sg = _record(HOSTED.replace("Gubernur Jambi H. Al Haris Lubis bertindak sebagai tuan rumah dan "
                                "menyaksikan penandatanganan, meski ",
                                "Penandatanganan berlangsung di rumah dinas gubernur, meski ")).signings[0]
    assert "Pemerintah Provinsi Jambi" not in {p.name for p in sg.parties}


# --- a signing whose document is the budget nota kesepakatan ------------------------------------

BUDGET_PLENARY = article(
    "KUA-PPAS 2026 Diteken, Bupati dan DPRD Seruyan Sepakati Prioritas Jalan Desa",
    "Selasa, 12 Agustus 2025",
    "KUALA PEMBUANG - Bupati Seruyan Ahmad Selanorfi bersama pimpinan DPRD Seruyan menandatangani nota "
    "kesepakatan Kebijakan Umum Anggaran serta Prioritas dan Plafon Anggaran Sementara (KUA-PPAS) "
    "APBD 2026.",
    "Penandatanganan berlangsung dalam rapat paripurna di Gedung DPRD Seruyan, Selasa (12/8/2025).",
    "Nota kesepakatan itu diteken Ahmad Selanorfi bersama Ketua DPRD Seruyan Zuli Eko Prasetyo.",
    "Dalam KUA-PPAS tersebut, belanja daerah dirancang sebesar Rp1,2 triliun.",
)


def test_a_signing_of_the_budget_document_named_after_it_is_no_signing():
    assert not _record(BUDGET_PLENARY).is_signing


def test_an_agreement_named_after_the_signing_sentence_is_still_signed():
    # the same shape with an agreement between two bodies is a signing
    text = article(
        "Pemkab Seruyan dan Kejari Teken Kerja Sama",
        "Selasa, 12 Agustus 2025",
        "KUALA PEMBUANG - Pemerintah Kabupaten Seruyan menjalin kerja sama dengan Kejaksaan Negeri "
        "Seruyan di bidang perdata dan tata usaha negara.",
        "Penandatanganan berlangsung di Aula Kantor Bupati Seruyan, Selasa (12/8/2025).",
        "Nota kesepakatan itu diteken Bupati Seruyan Ahmad Selanorfi bersama Kepala Kejaksaan Negeri "
        "Seruyan Rahmat Hidayat.",
    )
    assert _record(text).is_signing
