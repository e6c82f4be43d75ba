"""Round 32, signings. From the held-out sets variety160, variety163 and variety165: the
words "Kerja Sama" naming an office's field ("Kepala Bagian Kerja Sama Setda X", "Wakil
Rektor Bidang Kerja Sama") are no agreement named beside a signing noun; a signing moved
back by days or more ("penandatanganan mundur beberapa pekan", "molor sebulan") did not
happen; a cooperation told as "resmi terjalin" under a headline reporting a signing is
the signing; a first-person signing quote closed by "ujarnya" was said (and signed) by the
one person the paragraph before names, and "langsung dengan kepala cabangnya, Ibu Y" gives
Y the post of the body named before; the guests of an event the signing followed at a
place of its own ("Usai panen, di Balai ...") are not the signing's. Sentences written for
these tests; none comes from a corpus article."""
from mou_extract import classify, extract_text
from variety_helpers import article


def _record(text):
    return extract_text(text, id="t")


def _names(people):
    return sorted(p.name for p in people)


# --- "Kerja Sama" as the field of an office -----------------------------------------------------

def _has_agreement(s: str) -> bool:
    return classify.agreement_word(s, 0, len(s))


def test_an_office_named_for_its_cooperation_field_names_no_agreement():
    assert not _has_agreement("Menurut Kepala Bagian Kerja Sama Setda Ketapang, Antonius Lalu, lokasi itu dipilih.")
    assert not _has_agreement("Wakil Rektor Bidang Kerja Sama dan Alumni Untad, Dr. Rina Kasim, hadir.")
    assert not _has_agreement("Kabag Hukum dan Kerja Sama Setdakab Bone, Andi Zulkifli, menjelaskan jadwalnya.")
    assert not _has_agreement("Hal itu disampaikan Kepala Biro Pemerintahan, Otonomi Daerah dan Kerja Sama, Yusuf.")


def test_an_agreement_word_beside_an_office_still_counts():
    # (guards: the cooperation itself, a lower-case field of an agreement, a document)
    assert _has_agreement("Kedua pihak menjalin kerja sama di bidang kesehatan.")
    assert _has_agreement("Penandatanganan ini memperluas bidang kerja sama kedua daerah.")
    assert _has_agreement("Kerja sama itu diteken di Aula Kantor Bupati.")
    assert _has_agreement("Kepala Bagian Kerja Sama, Rudi, menyerahkan Perjanjian Kerja Sama kepada bupati.")
    assert _has_agreement("Kepala Bagian Hukum menyebut nota kesepakatan itu sudah final.")


def _plan_story(second: str) -> str:
    return article(
        "Pemkab Ketapang dan Polnep Siapkan Nota Kesepahaman Vokasi Perkebunan",
        "KETAPANG - Pemerintah Kabupaten Ketapang dan Politeknik Negeri Pontianak (Polnep) tengah "
        "menyiapkan nota kesepahaman tentang pendidikan vokasi perkebunan. Rencananya, dokumen itu akan "
        "ditandatangani Bupati Ketapang dan Direktur Polnep pada Kamis, 13 November 2025, di Desa Sungai Awan.",
        second,
        "\"Drafnya tinggal diparaf. Kalau jadwal tidak berubah, Kamis pagi kita teken di desa,\" ujarnya.",
    )


def test_a_signing_noun_beside_an_office_named_for_cooperation_is_no_report():
    rec = _record(_plan_story(
        "Kepala Bagian Kerja Sama Setda Ketapang, Antonius Lalu, mengatakan penandatanganan di desa dimaksudkan "
        "agar warga ikut menyaksikan komitmen kedua lembaga."))
    assert not rec.is_signing
    assert rec.signings == []


def test_a_plan_story_with_an_agreement_named_beside_the_noun_keeps_its_reading():
    # (guard: the same sentence naming the agreement itself reads as before the rule: the
    # rule only leaves out the office's name)
    text = _plan_story(
        "Kepala Bagian Kerja Sama Setda Ketapang, Antonius Lalu, mengatakan penandatanganan nota kesepahaman di "
        "desa dimaksudkan agar warga ikut menyaksikan komitmen kedua lembaga.")
    s = text.index("Kepala Bagian")
    e = text.index("lembaga.") + len("lembaga.")
    assert classify.agreement_word(text, s, e)


# --- a signing moved back by days or more ------------------------------------------------------

def _postponed_story(sentence: str) -> str:
    return article(
        "Penandatanganan PKS Pemkot Bitung dan Pelindo soal Kawasan Pelabuhan Belum Terlaksana",
        "Senin, 17 November 2025 | 14:10 WITA",
        "BITUNG - Pemerintah Kota Bitung dan PT Pelabuhan Indonesia (Persero) masih membahas draf perjanjian "
        "kerja sama tentang penataan kawasan pelabuhan dalam rapat di Kantor Wali Kota Bitung, Senin (17/11/2025).",
        sentence,
        "Wali Kota Bitung, Hengky Honandar, berharap pembahasan pasal retribusi rampung pekan ini.",
    )


def test_a_signing_moved_back_by_weeks_is_not_reported():
    for moved in ("Menurut Kabag Hukum, lebih baik penandatanganan perjanjian kerja sama mundur beberapa pekan "
                  "asalkan isinya menguntungkan warga.",
                  "Penandatanganan perjanjian kerja sama itu mundur dua minggu karena pasal retribusi belum disepakati.",
                  "Penandatanganan perjanjian kerja sama molor sebulan dari rencana semula.",
                  "Penandatanganan perjanjian kerja sama kembali mundur dari jadwal karena direksi berhalangan."):
        rec = _record(_postponed_story(moved))
        assert not rec.is_signing, moved


def test_a_signing_that_started_late_by_hours_is_still_reported():
    # (guard: "molor satu jam dari jadwal" is a late start, the signing then held)
    rec = _record(_postponed_story(
        "Wali Kota Bitung Hengky Honandar dan General Manager Pelindo Regional 4 Bitung, Agus Salim, "
        "menandatangani perjanjian kerja sama tentang penataan kawasan pelabuhan di Kantor Wali Kota Bitung, "
        "Senin (17/11/2025). Penandatanganan molor satu jam dari jadwal karena hujan deras."))
    assert rec.is_signing
    assert rec.signings[0].date.value == "2025-11-17"


# --- "resmi terjalin" under a headline reporting a signing ------------------------------------

def _entered_story(headline: str, lead: str) -> str:
    return article(
        headline,
        "Kamis, 20 November 2025",
        "TANJUNG SELOR, kaltaraterkini.com - " + lead,
        "Bupati Bulungan, Syarwani, dan Direktur Politeknik Negeri Samarinda, Dr. Ibayasid, hadir langsung "
        "dalam kegiatan tersebut.",
        "Melalui kemitraan ini, kedua pihak akan membuka kelas vokasi perikanan bagi pemuda desa pesisir.",
    )


_LEAD = ("Kemitraan antara Pemerintah Kabupaten Bulungan dan Politeknik Negeri Samarinda resmi terjalin, "
         "Rabu (19/11/2025), di Ruang Rapat Lantai 2 Kantor Bupati Bulungan.")


def test_a_cooperation_officially_entered_under_a_signing_headline_is_the_signing():
    rec = _record(_entered_story("Pemkab Bulungan dan Polnes Teken MoU Vokasi Perikanan", _LEAD))
    assert rec.is_signing
    sg = rec.signings[0]
    assert sg.document_type == "mou"
    assert sg.date.value == "2025-11-19"
    assert sorted(p.name for p in sg.parties) == ["Pemerintah Kabupaten Bulungan", "Politeknik Negeri Samarinda"]


def test_the_same_words_in_other_forms_are_the_signing_too():
    for lead in ("Kerja sama Pemerintah Kabupaten Bulungan dengan Politeknik Negeri Samarinda resmi dijalin, "
                 "Rabu (19/11/2025), di Ruang Rapat Lantai 2 Kantor Bupati Bulungan.",
                 "Kolaborasi Pemerintah Kabupaten Bulungan dan Politeknik Negeri Samarinda resmi terjalin pada "
                 "Rabu (19/11/2025) di Ruang Rapat Lantai 2 Kantor Bupati Bulungan."):
        rec = _record(_entered_story("Pemkab Bulungan dan Polnes Teken MoU Vokasi Perikanan", lead))
        assert rec.is_signing, lead
        assert rec.signings[0].date.value == "2025-11-19"


def test_officially_entered_without_a_signing_headline_or_still_to_come_is_no_signing():
    # (guards: a headline that reports no signing; the cooperation still to be entered)
    rec = _record(_entered_story("Pemkab Bulungan Gandeng Polnes Kembangkan Vokasi Perikanan", _LEAD))
    assert not rec.is_signing
    rec = _record(_entered_story(
        "Pemkab Bulungan dan Polnes Teken MoU Vokasi Perikanan",
        "Kemitraan antara Pemerintah Kabupaten Bulungan dan Politeknik Negeri Samarinda akan resmi terjalin "
        "pekan depan di Ruang Rapat Lantai 2 Kantor Bupati Bulungan."))
    assert not rec.is_signing


# --- a signing told only in a quote closed by "ujarnya" ---------------------------------------

def _quote_story(said: str) -> str:
    return article(
        "Bupati Bone Targetkan Semua Pekerja Rentan Terlindungi",
        "Rabu, 23 Juli 2025 | 18:05 WITA",
        "WATAMPONE - Bupati Bone, Andi Yusran Pallawa, menargetkan seluruh pekerja rentan di kabupaten itu "
        "terlindungi jaminan sosial ketenagakerjaan sebelum akhir tahun.",
        said,
        "\"Tadi pagi kami sudah teken MoU dengan BPJS Ketenagakerjaan Cabang Watampone, langsung dengan kepala "
        "cabangnya, Bapak Hendra Wijaya. Iurannya untuk nelayan ditanggung daerah,\" ujarnya.",
        "Menurut dia, baru 38 persen pekerja informal di Bone yang terdaftar.",
    )


def test_the_speaker_of_a_first_person_quote_closed_by_ujarnya_signed():
    rec = _record(_quote_story("Hal itu disampaikan Yusran kepada wartawan usai rapat paripurna DPRD Bone, "
                               "Rabu (23/7/2025)."))
    assert rec.is_signing
    sg = rec.signings[0]
    assert _names(sg.signatories) == ["Andi Yusran Pallawa", "Hendra Wijaya"]
    assert "Pemerintah Kabupaten Bone" in [p.name for p in sg.parties]


def test_ujarnya_after_a_paragraph_naming_two_people_points_at_no_one():
    # (guard: the paragraph before names the regent and the DPRD chair: "-nya" may be either)
    rec = _record(_quote_story("Hal itu disampaikan Yusran bersama Ketua DPRD Bone, Andi Tenri Walinonong, kepada "
                               "wartawan usai rapat paripurna, Rabu (23/7/2025)."))
    assert rec.is_signing
    assert _names(rec.signings[0].signatories) == ["Hendra Wijaya"]


def test_a_possessive_post_after_dengan_takes_the_body_before_it():
    # the name after "kepala cabangnya, Bapak" is the head of the branch named before
    rec = _record(_quote_story("Hal itu disampaikan Yusran kepada wartawan, Rabu (23/7/2025)."))
    sg = rec.signings[0]
    hendra = next(p for p in sg.signatories if p.name == "Hendra Wijaya")
    assert hendra.party == "BPJS Ketenagakerjaan Cabang Watampone"


# --- the guests of an event the signing followed, elsewhere -----------------------------------

def _harvest_story(last: str) -> str:
    return article(
        "Panen Raya di Tolitoli, Petani Minta Gudang Gabah",
        "Selasa, 14 Oktober 2025 | 16:40 WITA",
        "TOLITOLI - Ratusan petani memadati hamparan sawah Desa Lalos, Kecamatan Galang, Selasa (14/10/2025) pagi, "
        "untuk panen raya musim tanam kedua.",
        "Bupati Tolitoli, Amran Yahya, turun langsung ke sawah bersama kelompok tani setempat.",
        "Panen raya itu juga dihadiri Ketua DPRD Tolitoli, Andi Mappatoba, serta unsur Forkopimda.",
        "\"Petani jangan lagi menjual gabah basah,\" kata Amran.",
        last,
    )


def test_guests_of_the_event_before_a_signing_held_elsewhere_are_not_its_attendees():
    rec = _record(_harvest_story(
        "Usai panen, di Aula Balai Penyuluhan Pertanian Galang, Bupati Tolitoli Amran Yahya dan Pemimpin Cabang "
        "Perum Bulog Tolitoli Sarifudin Lamba meneken perjanjian kerja sama penyerapan gabah petani."))
    assert rec.is_signing
    sg = rec.signings[0]
    assert _names(sg.signatories) == ["Amran Yahya", "Sarifudin Lamba"]
    assert "Andi Mappatoba" not in _names(sg.attendees)


def test_guests_of_the_event_a_signing_was_part_of_stay_its_attendees():
    # (guards: a signing "di sela" the harvest, and one after it with no place of its own,
    # share the harvest's guests)
    for last in ("Di sela panen, Bupati Tolitoli Amran Yahya dan Pemimpin Cabang Perum Bulog Tolitoli Sarifudin "
                 "Lamba meneken perjanjian kerja sama penyerapan gabah petani.",
                 "Usai panen, Bupati Tolitoli Amran Yahya dan Pemimpin Cabang Perum Bulog Tolitoli Sarifudin Lamba "
                 "meneken perjanjian kerja sama penyerapan gabah petani."):
        rec = _record(_harvest_story(last))
        assert "Andi Mappatoba" in _names(rec.signings[0].attendees), last
