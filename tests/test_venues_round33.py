"""Round 33: venues and dates. A well-known government building whose name says no town
("Gedung Sate", "Gedung Negara Grahadi") is in its city (data/venue_landmarks.tsv); a
signing told "Pada hari kedua, ..." of a multi-day event written just before it takes the
second day of the event's range and the event's place; a signing "pada kesempatan yang
sama" takes the place and day of the event the story told first; a day without its year
on a page with no publication date takes the year of the page's link or copyright footer;
the place told as what it was ("Lokasinya di ...") and a mood scene dated by the time of
day ("Suasana Aula X pagi tadi") name the venue; a relative day named by the date after it
gives way to that date; "Siangnya" is the day told before, and a signing dated so takes
the written day as its evidence. Sentences written for these tests."""
import datetime

from mou_extract import extract_text
from mou_extract.dates import find_dates

from variety_helpers import article, first_signing, venue_of


# --- well-known buildings -------------------------------------------------------------------------

def test_a_landmark_building_is_in_its_city_with_no_dateline():
    text = article(
        "Pemprov Jabar dan BPJS Kesehatan Teken PKS di Gedung Sate",
        "Pemerintah Provinsi Jawa Barat dan BPJS Kesehatan menandatangani perjanjian kerja sama tentang "
        "Jaminan Kesehatan Daerah, Selasa (10/6/2025), di Gedung Sate.",
        "Perjanjian itu diteken Gubernur Jawa Barat Asep Gunawan dan Direktur BPJS Kesehatan Rina Wulandari.")
    assert first_signing(text).venue.city == "Bandung"


def test_a_hall_inside_a_landmark_is_in_its_city_not_the_dateline():
    v = venue_of("Nota kesepakatan diteken di Aula Barat Gedung Sate, Senin (3/11/2025).", dateline="Cimahi")
    assert v[:2] == ("Aula Barat Gedung Sate", "Bandung")


def test_a_governors_hall_in_surabaya_by_its_name():
    v = venue_of("Kedua pihak meneken nota kesepahaman di Gedung Negara Grahadi, Rabu (5/3/2025).")
    assert v[:2] == ("Gedung Negara Grahadi", "Surabaya")


def test_guard_a_landmark_with_its_town_written_keeps_the_town():
    v = venue_of("Nota kesepakatan diteken di Gedung Sate, Bandung, Senin (3/11/2025).")
    assert v[1] == "Bandung"


def test_guard_a_building_name_many_towns_share_is_no_landmark():
    # "Gedung Nasional" stands in many towns: the town the report is filed from
    v = venue_of("Nota kesepakatan diteken di Gedung Nasional, Senin (3/11/2025).", dateline="Pangkalpinang")
    assert v[1] != "Bandung" and v[1] != "Jakarta"


def test_guard_a_landmark_word_inside_another_name_is_no_landmark():
    # "Sate" alone, or a restaurant named after the dish, is not the governor's office
    v = venue_of("Nota kesepakatan diteken di Rumah Makan Sate Maranggi Cibungur, Senin (3/11/2025).",
                 dateline="Purwakarta")
    assert v is None or v[1] != "Bandung"


# --- the second day of a two-day event ------------------------------------------------------------

_FORUM = ("Dinas Kesehatan menggelar Rapat Kerja Kesehatan Daerah selama dua hari, Rabu-Kamis (11-12/6), "
          "di Aula Dinas Kesehatan Kabupaten Sigi.")


def test_the_second_day_opening_the_sentence_dates_a_signing_after_long_titles():
    text = (_FORUM + " Pada hari kedua, Kepala Dinas Kesehatan Kabupaten Sigi Muhammad Arif Lamakarate dan "
            "Kepala Kantor Cabang BPJS Kesehatan Palu Sri Wahyuningsih meneken perjanjian kerja sama.")
    ds = find_dates(text, datetime.date(2025, 6, 13))
    assert ds[0].value == datetime.date(2025, 6, 12)


def test_guard_a_second_day_of_talks_with_the_signing_in_another_sentence_keeps_the_first_day():
    text = (_FORUM + " Pada hari kedua, peserta mengikuti diskusi kelompok tentang stunting dan gizi buruk. "
            "Penandatanganan dilakukan di awal acara.")
    ds = find_dates(text, datetime.date(2025, 6, 13))
    assert ds[0].value == datetime.date(2025, 6, 11)


def test_guard_a_second_day_in_mid_sentence_far_from_the_verb_keeps_the_first_day():
    text = (_FORUM + " Peserta yang datang pada hari kedua, termasuk para kepala puskesmas dari lima belas "
            "kecamatan di wilayah pegunungan dan pesisir yang jauh dari ibu kota kabupaten, juga menyaksikan "
            "penandatanganan.")
    ds = find_dates(text, datetime.date(2025, 6, 13))
    assert ds[0].value == datetime.date(2025, 6, 11)


def test_the_second_day_signing_takes_the_date_and_the_place_of_the_event():
    text = article(
        "Rakerkesda Sigi Ditutup dengan Penandatanganan PKS",
        "Kamis, 12 Juni 2025",
        "SIGI - Pemerintah Kabupaten Sigi menggelar Rapat Kerja Kesehatan Daerah selama dua hari, Rabu-Kamis "
        "(11-12/6), di Aula Kantor Bupati Sigi. Hari pertama diisi paparan capaian program.",
        "Pada hari kedua, Bupati Sigi Hasan Basri Lamato dan Kepala BPJS Kesehatan Cabang Palu Sri "
        "Wahyuningsih menandatangani perjanjian kerja sama tentang Jaminan Kesehatan Daerah.")
    sg = first_signing(text)
    assert sg.date.value == "2025-06-12"
    assert sg.venue is not None and sg.venue.name == "Aula Kantor Bupati Sigi"


# --- a signing at the same occasion, in a story opening on a person ------------------------------

def _feature(same: str) -> str:
    return article(
        "Ratusan Nelayan Terima Kartu Asuransi",
        "Jumat, 14 November 2025",
        "MUNTOK - Senyum Rahmat (52) mengembang saat menerima kartu asuransi nelayan. Ia sudah melaut sejak "
        "remaja.",
        "Rahmat adalah satu dari 400 nelayan yang menerima kartu asuransi di Gedung Serbaguna Muntok, Kamis "
        "(13/11/2025). Kartu diserahkan Bupati Bangka Barat Markus Wibowo.",
        "Menurut Markus, nelayan kecil paling rentan ketika cuaca buruk.",
        same + " Bupati Markus dan Kepala BPJS Ketenagakerjaan Cabang Pangkalpinang Dedi Kurniawan "
        "menandatangani perjanjian kerja sama tentang Perlindungan Nelayan.")


def test_the_same_occasion_takes_the_place_and_day_told_before():
    sg = first_signing(_feature("Pada kesempatan yang sama,"))
    assert sg.venue is not None and sg.venue.name == "Gedung Serbaguna Muntok"
    assert sg.date is not None and sg.date.value == "2025-11-13"


def test_guard_a_signing_told_without_the_occasion_gets_no_place_from_the_story():
    sg = first_signing(_feature("Sebelumnya, pada Oktober 2025,"))
    assert sg.venue is None or sg.venue.name != "Gedung Serbaguna Muntok"


# --- the year of the page's link ------------------------------------------------------------------

_NO_DATE_PAGE = ("MAJENE - Pemerintah Kabupaten Majene dan Kejaksaan Negeri Majene menandatangani nota "
                 "kesepakatan tentang Penanganan Masalah Hukum Perdata dan Tata Usaha Negara, Kamis (12/6), di "
                 "Aula Kantor Bupati Majene.")


def test_a_day_without_year_takes_the_year_of_the_pages_link():
    text = _NO_DATE_PAGE + "\n\nBagikan: https://mandarnews.id/daerah/2025/pemkab-majene-kejari-teken-mou\n"
    d = find_dates(text, None)[0]
    assert d.value == datetime.date(2025, 6, 12) and d.year_inferred
    assert any("URL" in w for w in d.warnings)


def test_a_link_dated_by_year_month_and_day_gives_its_year():
    text = _NO_DATE_PAGE + "\n\nSumber: https://kabarsulbar.com/read/2025/06/12/4412/teken-mou\n"
    assert find_dates(text, None)[0].value == datetime.date(2025, 6, 12)


def test_the_pipeline_dates_the_signing_by_the_link_year():
    text = article("Pemkab Majene dan Kejari Teken Nota Kesepakatan", "Penulis: Rahmat | 2 jam lalu",
                   _NO_DATE_PAGE, "Nota kesepakatan diteken Bupati Majene Andi Sukri dan Kepala Kejari Majene "
                   "Budi Santoso.",
                   "Salin tautan: https://mandarnews.id/daerah/2025/pemkab-majene-kejari-teken-mou")
    assert first_signing(text).date.value == "2025-06-12"


def test_guard_links_of_different_years_give_no_year():
    text = (_NO_DATE_PAGE + "\n\nBaca juga: https://mandarnews.id/daerah/2024/banjir-majene\n"
            "https://mandarnews.id/daerah/2025/pemkab-majene-kejari-teken-mou\n")
    assert find_dates(text, None)[0].value is None


def test_guard_a_link_year_leaves_a_relative_day_unresolved():
    text = ("Nota kesepakatan itu diteken kemarin di Aula Kantor Bupati Majene.\n\n"
            "https://mandarnews.id/daerah/2025/pemkab-majene-kejari-teken-mou\n")
    assert all(d.value is None for d in find_dates(text, None))


def test_guard_a_stated_publication_date_wins_over_the_link_year():
    text = _NO_DATE_PAGE + "\n\nhttps://mandarnews.id/daerah/2024/pemkab-majene-kejari-teken-mou\n"
    assert find_dates(text, datetime.date(2025, 6, 13))[0].value == datetime.date(2025, 6, 12)


def test_guard_a_link_with_a_number_that_is_no_year_gives_none():
    text = _NO_DATE_PAGE + "\n\nhttps://mandarnews.id/berita/3025/pemkab-majene-kejari-teken-mou\n"
    assert find_dates(text, None)[0].value is None


# --- the place told as what it was; a scene dated by the time of day ------------------------------

def _signed_then(place: str) -> str:
    return article(
        "Pemkab Sintang dan Bank Kalbar Teken PKS Nontunai",
        "Selasa, 8 Juli 2025",
        "SINTANG - \"Mulai hari ini gaji honorer lewat rekening,\" kata Bupati Sintang Yohanes Lamban.",
        "Kalimat itu diucapkan Yohanes sesaat setelah membubuhkan tanda tangan pada Perjanjian Kerja Sama "
        "tentang Transaksi Nontunai dengan PT Bank Pembangunan Daerah Kalimantan Barat. " + place,
        "Dari pihak bank, perjanjian diteken Pemimpin Cabang Bank Kalbar Sintang Maria Ulfa.")


def test_the_place_told_as_what_it_was_is_the_venue():
    sg = first_signing(_signed_then("Lokasinya di Ruang Rapat Lantai II Kantor Bupati Sintang."))
    assert sg.venue is not None and sg.venue.name == "Ruang Rapat Lantai II Kantor Bupati Sintang"


def test_the_place_with_yakni_is_the_venue():
    sg = first_signing(_signed_then("Tempatnya yakni di Aula Kantor Bupati Sintang."))
    assert sg.venue is not None and sg.venue.name == "Aula Kantor Bupati Sintang"


def test_guard_a_place_word_about_something_else_is_no_venue():
    sg = first_signing(_signed_then("Tempat duduk para pejabat berderet rapi di depan Gedung Pancasila."))
    assert sg.venue is None or sg.venue.name != "Gedung Pancasila"


def _mood(scene: str) -> str:
    return article(
        "Pemkot Sungai Penuh dan Kejari Teken PKS",
        "Selasa, 14 Oktober 2025",
        "SUNGAI PENUH - Pemerintah Kota Sungai Penuh dan Kejaksaan Negeri Sungai Penuh menandatangani perjanjian "
        "kerja sama bidang perdata dan tata usaha negara.",
        scene + " Para kepala OPD sudah duduk sejak pukul delapan. Penandatanganan dilakukan langsung oleh "
        "Wali Kota Sungai Penuh Ahmadi Zubir dan Kepala Kejari Sungai Penuh Rudi Hartono.")


def test_a_scene_dated_by_the_time_of_day_names_the_venue():
    sg = first_signing(_mood("Suasana Aula Kantor Wali Kota Sungai Penuh pagi tadi cukup ramai."))
    assert sg.venue is not None and sg.venue.name == "Aula Kantor Wali Kota Sungai Penuh"


def test_a_scene_dated_today_names_the_venue():
    sg = first_signing(_mood("Suasana Balai Kota Sungai Penuh hari ini berbeda dari biasanya."))
    assert sg.venue is not None and sg.venue.name == "Balai Kota Sungai Penuh"


def test_guard_a_mood_with_no_day_is_no_scene():
    # an undated mood is a habit, not the day's scene
    sg = first_signing(_mood("Suasana Aula Kantor Wali Kota Sungai Penuh biasanya sepi."))
    assert sg.venue is None or sg.venue.name != "Aula Kantor Wali Kota Sungai Penuh"


# --- the copyright footer's year; the day of the occasion when its place opens the story ---------

def test_a_day_without_year_takes_the_year_of_the_copyright_footer():
    text = _NO_DATE_PAGE + "\n\n© 2025 Diskominfo Kabupaten Majene. Hak Cipta Dilindungi.\n"
    d = find_dates(text, None)[0]
    assert d.value == datetime.date(2025, 6, 12) and d.year_inferred
    assert any("footer" in w for w in d.warnings)


def test_a_copyright_range_gives_its_last_year():
    text = _NO_DATE_PAGE + "\n\nCopyright © 2019-2025 Mandar News\n"
    assert find_dates(text, None)[0].value == datetime.date(2025, 6, 12)


def test_guard_a_link_year_wins_over_the_footer():
    text = (_NO_DATE_PAGE + "\n\nhttps://mandarnews.id/daerah/2025/pemkab-majene\n\n"
            "© 2026 Mandar News\n")
    assert find_dates(text, None)[0].value == datetime.date(2025, 6, 12)


def test_guard_a_year_in_the_text_is_no_footer():
    text = _NO_DATE_PAGE + " Kerja sama serupa pernah diteken pada 2023.\n"
    assert find_dates(text, None)[0].value is None


def test_the_same_occasion_takes_the_day_of_the_event_whose_place_opens_the_story():
    text = article(
        "MPP Lombok Timur Buka Sampai Sabtu",
        "Rabu, 21 Mei 2025",
        "SELONG - Mulai pekan ini, Mal Pelayanan Publik (MPP) Kabupaten Lombok Timur membuka layanan hingga "
        "hari Sabtu.",
        "Perpanjangan jam layanan itu diresmikan Bupati Lombok Timur Haerul Warisin, Selasa (20/5/2025).",
        "Pada kesempatan yang sama, Pemerintah Kabupaten Lombok Timur dan Kantor Pertanahan Kabupaten Lombok "
        "Timur menandatangani perjanjian kerja sama tentang Layanan Pertanahan pada Mal Pelayanan Publik.")
    assert first_signing(text).date.value == "2025-05-20"


def test_guard_a_same_occasion_signing_dated_itself_keeps_its_day():
    text = article(
        "MPP Lombok Timur Buka Sampai Sabtu",
        "Rabu, 21 Mei 2025",
        "SELONG - Mulai pekan ini, Mal Pelayanan Publik (MPP) Kabupaten Lombok Timur membuka layanan hingga "
        "hari Sabtu.",
        "Perpanjangan jam layanan itu diresmikan Bupati Lombok Timur Haerul Warisin, Senin (19/5/2025).",
        "Pada kesempatan yang sama, Pemerintah Kabupaten Lombok Timur dan Kantor Pertanahan Kabupaten Lombok "
        "Timur menandatangani perjanjian kerja sama tentang Layanan Pertanahan pada Mal Pelayanan Publik, "
        "Selasa (20/5/2025).")
    assert first_signing(text).date.value == "2025-05-20"


# --- the day a later sentence says the agreement pointed back to was signed ------------------------

def _talaud(later: str) -> str:
    return article(
        "Pemkab Talaud dan KKP Teken PKS SKPT",
        "Kamis, 26 November 2026 | 11:20 WITA",
        "MELONGUANE - Pemerintah Kabupaten Kepulauan Talaud dan Kementerian Kelautan dan Perikanan "
        "menandatangani perjanjian kerja sama tentang Pengembangan Sentra Kelautan dan Perikanan Terpadu.",
        "Perjanjian ditandatangani Sekretaris Daerah Kepulauan Talaud Jacobus Maarisit dan Direktur Jenderal "
        "Perikanan Tangkap Heru Wicaksono.",
        later)


def test_a_later_sentence_dating_the_agreement_pointed_back_to_dates_the_signing():
    text = _talaud("Ia menyebut, perjanjian itu berlaku selama empat tahun sejak ditandatangani pada Selasa "
                   "(17/11) lalu.")
    assert first_signing(text).date.value == "2026-11-17"


def test_guard_a_day_of_the_interview_after_the_pointed_agreement_is_not_taken():
    text = _talaud("Perjanjian itu berlaku empat tahun sejak ditandatangani, kata Jacobus saat ditemui di "
                   "Melonguane, Rabu (25/11).")
    d = first_signing(text).date
    assert d is None or d.value != "2026-11-25"


def test_guard_a_pointed_agreement_dated_after_the_report_is_not_taken():
    text = _talaud("Adendum perjanjian itu akan ditandatangani pada Senin (30/11) mendatang.")
    d = first_signing(text).date
    assert d is None or d.value != "2026-11-30"


# --- a relative day named by the date right after it; a speech's opening thanksgiving -------------

def test_today_named_by_the_full_date_after_it_is_that_date():
    t = "Pada hari ini, Kamis, 20 November 2025, kami menandatangani nota kesepakatan."
    ds = find_dates(t, datetime.date(2025, 11, 21))
    assert [(d.text, d.value) for d in ds] == [("Kamis, 20 November 2025", datetime.date(2025, 11, 20))]


def test_yesterday_with_its_date_in_brackets_is_one_expression():
    t = "Nota kesepakatan diteken kemarin (11/3/2025) di Aula Kantor Bupati."
    ds = find_dates(t, datetime.date(2025, 3, 12))
    assert [(d.text, d.value) for d in ds] == [("kemarin (11/3/2025)", datetime.date(2025, 3, 11))]
    assert t[ds[0].start:ds[0].end] == ds[0].text


def test_guard_today_with_a_date_later_in_the_sentence_stays_today():
    t = "Hari ini kami meneken MoU yang dirancang sejak Senin (10/11/2025)."
    ds = find_dates(t, datetime.date(2025, 11, 21))
    assert ds[0].text == "Hari ini" and ds[0].value == datetime.date(2025, 11, 21)


def _speech(opening: str) -> str:
    return article(
        "Sambutan Bupati Tapin pada Penandatanganan Nota Kesepakatan dengan Ombudsman",
        "Rantau, Kamis, 20 November 2025",
        "Assalamu'alaikum Warahmatullahi Wabarakatuh,",
        "Yang kami hormati, Kepala Ombudsman RI Perwakilan Provinsi Kalimantan Selatan, Bapak Hadi Rahman;",
        opening,
        "Hadirin yang saya hormati, saya bersama Bapak Kepala Ombudsman baru saja menandatangani Nota "
        "Kesepakatan antara Pemerintah Kabupaten Tapin dengan Ombudsman RI Perwakilan Provinsi Kalimantan "
        "Selatan.",
        "Wassalamu'alaikum Warahmatullahi Wabarakatuh.")


def test_a_speech_thanksgiving_names_the_hall_of_the_gathering():
    sg = first_signing(_speech("Puji syukur kita panjatkan ke hadirat Allah SWT, karena atas rahmat dan "
                               "karunia-Nya kita dapat berkumpul di Ruang Rapat Bupati Tapin dalam keadaan sehat."))
    assert sg.venue is not None and sg.venue.name == "Ruang Rapat Bupati Tapin"


def test_guard_a_speech_recalling_an_old_gathering_names_no_hall():
    sg = first_signing(_speech("Tahun lalu kita pernah berkumpul di Gedung Olahraga Rantau untuk sosialisasi."))
    assert sg.venue is None or sg.venue.name != "Gedung Olahraga Rantau"


# --- a part of the day with -nya: the day told before ----------------------------------------------

def test_afternoon_with_nya_is_the_day_told_before():
    t = "Pemkab Minut meneken PKS dengan BPJS Kesehatan, Kamis (17/7/2025) pagi. Siangnya, Pemkab meneken nota."
    ds = find_dates(t, datetime.date(2025, 7, 18))
    assert [(d.text, d.value) for d in ds] == [("Kamis (17/7/2025)", datetime.date(2025, 7, 17)),
                                              ("Siangnya", datetime.date(2025, 7, 17))]


def test_guard_the_next_morning_is_no_same_day():
    t = "Pemkab meneken PKS, Kamis (17/7/2025). Keesokan paginya, bupati meninjau pasar."
    ds = find_dates(t, datetime.date(2025, 7, 18))
    assert all(d.text != "paginya" for d in ds)


def test_a_second_signing_in_the_afternoon_is_dated_by_the_written_day():
    text = article(
        "Pemkab Minut Jalin Dua Kerja Sama Sekaligus",
        "Jumat, 18 Juli 2025 | 07:30 WITA",
        "AIRMADIDI - Pemerintah Kabupaten Minahasa Utara menjalin dua kerja sama, Kamis (17/7/2025). Pagi hari, "
        "Bupati Minahasa Utara Joune Ganda meneken perjanjian kerja sama dengan BPJS Kesehatan Cabang Manado.",
        "Siangnya, Bupati Joune Ganda menandatangani nota kesepakatan dengan Ombudsman RI Perwakilan Sulawesi Utara "
        "di Aula Kantor Bupati Minahasa Utara.",
        "\"Kebetulan pagi tadi Pemkab sudah teken dengan BPJS Kesehatan,\" ujar Kepala Ombudsman Sulut Meilany Limpar.")
    rec_dates = [(s.date.value, s.date.evidence.text) for s in extract_text(text, id="t").signings]
    assert ("2025-07-17", "Kamis (17/7/2025)") in rec_dates
    assert all(v == "2025-07-17" for v, _ in rec_dates)
