"""Round 34: venues. A sentence broken off after a comma by a photo caption goes on in the
next paragraph, where its venue is named; an open-air stage written "Open Stage X" is a
venue; a signing "sebelum rakor ditutup" (before the event closed) took place at the
event told before it; an English page writes a venue's head in lower case after its own
name ("the Wiswa Sabha Utama hall of the Buleleng Regent's office") and places it by the
government it is named after; a venue name cut by a teaser's ellipsis ("Ruang Rapat
Kan... Lihat selengkapnya") is read whole from the page's full copy; the air of a hall
("menggantung di udara Aula X") is no part of its name; "Acaranya santai saja, di Ruang
X" tells where the signing was. Sentences written for these tests."""
import dataclasses

from mou_extract import signings as S, venues as V

from variety_helpers import VenueCtx, article, first_signing, venue_ctx, venue_in, venue_of


# --- a sentence broken off by a caption ------------------------------------------------------------

_CUT = ("Penandatanganan dilakukan oleh Bupati Sukamaju, Ahmad Rifai, dan Kepala BPS Kabupaten Sukamaju,\n"
        "Dedi Kurniawan, di Aula Bappeda Sukamaju, Sukamaju, Senin (2/6/2025).\n"
        "Acara itu dihadiri para kepala dinas.")


def test_a_sentence_cut_at_a_comma_goes_on_in_the_next_paragraph():
    assert venue_in(_CUT, "Penandatanganan dilakukan")[:2] == ("Aula Bappeda Sukamaju", "Sukamaju")


def test_a_sentence_cut_by_a_photo_caption_in_an_article():
    text = article(
        "Pemkab Barito Kuala Gandeng BPS Bangun Satu Data",
        "MARABAHAN - Pemerintah Kabupaten Barito Kuala dan Badan Pusat Statistik Kabupaten Barito Kuala "
        "menandatangani nota kesepahaman tentang Satu Data Daerah. Penandatanganan dilakukan oleh Bupati Barito "
        "Kuala, Ahmad Rifai, dan Kepala BPS Kabupaten Barito Kuala,",
        "FOTO: Bupati Barito Kuala Ahmad Rifai bertukar dokumen dengan Kepala BPS usai penandatanganan. (Dok. Humas)",
        "Dedi Kurniawan, di Aula Bappeda Barito Kuala, Marabahan, Senin (2/6/2025).",
        "Kerja sama itu meliputi pertukaran data dan informasi statistik.")
    assert first_signing(text).venue.name == "Aula Bappeda Barito Kuala"


def test_guard_a_sentence_ended_with_a_full_stop_takes_no_venue_from_the_next_paragraph():
    text = ("Penandatanganan dilakukan oleh Bupati Sukamaju, Ahmad Rifai, dan Kepala BPS Sukamaju.\n"
            "Sepekan sebelumnya, rapat persiapan digelar di Aula Bappeda Sukamaju, Senin (26/5/2025).")
    assert venue_in(text, "Penandatanganan dilakukan") is None


def test_guard_a_comma_cut_reads_only_the_paragraph_right_after():
    # the next body paragraph is not the one after the cut (a heading between is no body)
    ctx = venue_ctx(_CUT)
    ctx.sents[1] = dataclasses.replace(ctx.sents[1], paragraph=ctx.sents[1].paragraph + 1)
    assert V.find_venue(ctx, ctx.sents[0].start, ctx.sents[0].end) is None


# --- an open-air stage ----------------------------------------------------------------------------

def test_an_open_stage_is_a_venue_with_its_place():
    v = venue_of("Festival itu dibuka Bupati di Open Stage Tuktuk Siadong, Sabtu (5/7/2025) malam.")
    assert v[:2] == ("Open Stage Tuktuk Siadong", "Tuktuk Siadong") or v[0] == "Open Stage Tuktuk Siadong"


def test_an_open_stage_of_a_cultural_park_names_its_town():
    v = venue_of("Nota kesepakatan diteken di Open Stage Taman Budaya Sumatera Utara, Medan, Jumat (4/7/2025).")
    assert v[:2] == ("Open Stage Taman Budaya Sumatera Utara", "Medan")


def test_guard_a_stage_in_lower_case_is_no_named_venue():
    assert venue_of("Penari tampil di open stage desa, Sabtu (5/7/2025).") is None


def test_a_signing_beside_a_festival_takes_the_festival_stage():
    text = article(
        "Festival Danau Sukamaju Dibuka, Pemkab Teken Kerja Sama Pariwisata",
        "SUKAMAJU - Tabuhan gendang menandai dibukanya Festival Danau Sukamaju 2025 di Open Stage Tepian, "
        "Jumat (4/7/2025) malam. Ribuan warga memadati tepi danau.",
        "Di sela pembukaan, Pemerintah Kabupaten Sukamaju dan Politeknik Pariwisata Medan menandatangani nota "
        "kesepakatan tentang Pengembangan Sumber Daya Manusia Kepariwisataan. Nota itu diteken Bupati Sukamaju "
        "Ahmad Rifai dan Direktur Politeknik Pariwisata Medan Rina Wulandari di atas panggung utama.")
    assert first_signing(text).venue.name == "Open Stage Tepian"


# --- a signing before the event closed ------------------------------------------------------------

def _meeting(signing: str) -> str:
    return article(
        "Ombudsman Teken Kesepakatan di Sela Rakor",
        "PALU - Ombudsman RI Perwakilan Sulawesi Tengah menggelar Rapat Koordinasi Pengawasan Pelayanan Publik "
        "selama dua hari di Hotel Grand Tepian Palu. Rakor dibuka Selasa (22/4/2025).",
        signing,
        "Kesepakatan itu meliputi pencegahan maladministrasi dan pertukaran data.")


def test_a_signing_before_the_meeting_closed_takes_the_meetings_place():
    sg = first_signing(_meeting(
        "Keesokan harinya, sebelum rakor ditutup, Ombudsman RI Perwakilan Sulawesi Tengah menandatangani "
        "nota kesepakatan dengan Pemerintah Kabupaten Donggala. Dokumen diteken Kepala Ombudsman Sulawesi "
        "Tengah Budi Santoso dan Bupati Donggala Ahmad Rifai."))
    assert sg.venue.name == "Hotel Grand Tepian Palu"


def test_a_signing_before_the_event_was_closed_takes_its_place():
    sg = first_signing(_meeting(
        "Sebelum acara resmi ditutup, Ombudsman RI Perwakilan Sulawesi Tengah menandatangani nota kesepakatan "
        "dengan Pemerintah Kabupaten Donggala. Dokumen diteken Kepala Ombudsman Sulawesi Tengah Budi Santoso "
        "dan Bupati Donggala Ahmad Rifai."))
    assert sg.venue.name == "Hotel Grand Tepian Palu"


def test_guard_before_a_term_or_a_year_ends_is_no_event_of_the_story():
    # the signing is "at the event told before" only when the thing closing is an event
    for sent in ("Sebelum masa jabatannya berakhir, Bupati X menandatangani nota kesepakatan.",
                 "Menjelang penutupan tahun anggaran, Bupati X menandatangani nota kesepakatan.",
                 "Sebelum kontrak itu selesai, kedua pihak menandatangani adendum."):
        assert not S._SAME_OCCASION.search(sent)


def test_the_closing_of_an_event_is_the_same_occasion():
    for sent in ("Keesokan harinya, sebelum rakor ditutup, Ombudsman menandatangani nota kesepakatan.",
                 "Sebelum acara resmi ditutup, kedua pihak menandatangani nota kesepakatan.",
                 "Menjelang penutupan festival, Bupati X menandatangani nota kesepakatan."):
        assert S._SAME_OCCASION.search(sent)


# --- English venues with a lower-case head --------------------------------------------------------

def test_an_english_hall_of_a_regents_office_with_its_town():
    v = venue_of("The MoU was signed at the Bhakti Praja hall of the Tabanan Regent's office in Tabanan by the "
                 "regent and the branch head.")
    assert v[:2] == ("Bhakti Praja hall of the Tabanan Regent's office", "Tabanan")


def test_an_english_regents_office_is_in_the_regency_seat():
    v = venue_of("Badung Regent I Wayan Adi and the head of the office signed the agreement at the Badung "
                 "Regent's office.")
    assert v[:2] == ("Badung Regent's office", "Mangupura")


def test_an_english_governors_office_is_in_the_provincial_capital():
    v = venue_of("At the Lembuswana meeting room of the East Kalimantan Governor's Office, the two signed "
                 "the MoU on Monday.")
    assert v[:2] == ("Lembuswana meeting room of the East Kalimantan Governor's Office", "Samarinda")


def test_guard_english_at_the_with_no_venue_head():
    assert venue_of("The agreement was signed at the same time as the budget.") is None
    assert venue_of("The agreement was signed at the Minister's request on Monday.") is None


def test_guard_a_title_case_english_venue_keeps_its_reading():
    v = venue_of("The MoU was signed at the Abdi Praja Hall of the Kendal District Secretariat on Monday.")
    assert v[:2] == ("Abdi Praja Hall", "Kendal")


# --- a teaser cut by an ellipsis ------------------------------------------------------------------

def test_a_venue_cut_by_a_teaser_is_read_from_the_full_copy():
    text = ("PKS diteken Kamis (14/5/2025), bertempat di Ruang Rapat Kan... Lihat selengkapnya\n"
            "Suka Komentari Bagikan\n"
            "PKS diteken Kamis (14/5/2025), bertempat di Ruang Rapat Kantor Bupati Sukamaju.")
    v = V.find_venue(VenueCtx(text), 0, text.index("\n"))
    assert v[0] == "Ruang Rapat Kantor Bupati Sukamaju"
    assert text[v[2]:v[3]] == v[0]


def test_a_venue_cut_by_a_teaser_with_no_full_copy_is_none():
    assert venue_of("PKS diteken Kamis (14/5/2025), bertempat di Ruang Rapat Kan…") is None


def test_guard_an_ellipsis_inside_the_prose_keeps_the_venue():
    v = venue_of("PKS diteken di Aula Dinas Kesehatan Sukamaju... dan acaranya berjalan lancar.")
    assert v[0] == "Aula Dinas Kesehatan Sukamaju"


# --- the air of the hall --------------------------------------------------------------------------

def test_the_air_of_a_hall_is_no_part_of_its_name():
    v = venue_of("Pertanyaan itu menggantung di udara Aula Kantor Bupati Sukamaju, Jumat (21/2/2025) pagi.")
    assert v[0] == "Aula Kantor Bupati Sukamaju"


# --- the event of the signing placed --------------------------------------------------------------

def test_the_event_placed_after_a_remark_names_the_venue():
    text = article(
        "Pemkot Sukamaju dan Bank Sukamaju Teken Kerja Sama QRIS",
        "SUKAMAJU - Pemerintah Kota Sukamaju dan Bank Sukamaju menandatangani perjanjian kerja sama tentang "
        "pembayaran retribusi nontunai, Senin (3/2/2025).",
        "Perjanjian diteken Wali Kota Sukamaju Ahmad Rifai dan Direktur Utama Bank Sukamaju Budi Santoso. "
        "Acaranya santai saja, di Ruang Rapat Wali Kota, Kantor Wali Kota Sukamaju, dan cuma makan waktu "
        "setengah jam.")
    assert first_signing(text).venue.name == "Ruang Rapat Wali Kota, Kantor Wali Kota Sukamaju"


def test_the_event_placed_sentence_reads_as_a_venue_sentence():
    v = venue_of("Acaranya santai saja, di Ruang Rapat Wali Kota, Kantor Wali Kota Pontianak, dan cuma makan "
                 "waktu setengah jam.")
    assert v[:2] == ("Ruang Rapat Wali Kota, Kantor Wali Kota Pontianak", "Pontianak")


def test_guard_the_event_with_a_town_only_names_no_building():
    text = article(
        "Pemkot Sukamaju dan Bank Sukamaju Teken Kerja Sama QRIS",
        "SUKAMAJU - Pemerintah Kota Sukamaju dan Bank Sukamaju menandatangani perjanjian kerja sama tentang "
        "pembayaran retribusi nontunai, Senin (3/2/2025).",
        "Perjanjian diteken Wali Kota Sukamaju Ahmad Rifai dan Direktur Utama Bank Sukamaju Budi Santoso. "
        "Acaranya dihadiri pedagang dari pasar-pasar di Sukamaju.")
    v = first_signing(text).venue
    assert v is None or v.name is None


# --- a navy hospital ship named after a doctor ----------------------------------------------------

def test_a_hospital_ship_named_after_a_doctor_is_the_venue_at_its_port():
    v = venue_of("Penandatanganan tidak digelar di kantor bupati, melainkan di geladak helikopter KRI dr. "
                 "Soeharso yang saat itu sandar di Pelabuhan Kalabahi.")
    assert v[:2] == ("KRI dr. Soeharso", "Kalabahi")


def test_guard_a_ship_without_a_title_keeps_its_reading():
    v = venue_of("Nota kesepakatan diteken di atas KRI Bima Suci yang bersandar di Pelabuhan Kalabahi, Senin.")
    assert v[:2] == ("KRI Bima Suci", "Kalabahi")


def test_guard_a_hall_named_after_a_doctor_is_no_ship():
    v = venue_of("Nota kesepakatan diteken di Aula RSUD dr. Soedjono Selong, Senin (2/6/2025).")
    assert v[0] == "Aula RSUD dr. Soedjono Selong"
