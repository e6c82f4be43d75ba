"""Round 32 events of unusual page types: the cut excerpts of a "Berita Terkait" block are
other stories, not this one; a live report or a day's chronology (entries opening on a
clock time) is dated by the day line over its entries and set in the place its scene
opens in; a building visited ("menyambangi Kantor X") or an event's hall in the lead
paragraph ("dalam acara di Aula X, Kota, Kamis (..)") is the signing's venue. Sentences
written for these tests."""
from mou_extract import extract_text
from mou_extract.clean import clean

from variety_helpers import article, first_signing, venue_of


# --- a related block's teasers: a headline, then its excerpt cut with an ellipsis

_STORY = ("SUKAMAJU - Pemerintah Kota Sukamaju dan Universitas Negeri Sukamaju menandatangani nota "
          "kesepahaman tentang riset kebencanaan, Selasa (4/11/2025), di Aula Balai Kota Sukamaju. "
          "Penandatanganan dilakukan Wali Kota Sukamaju Rudi Hartono dan Rektor Universitas Negeri "
          "Sukamaju Maria Ulfa.")


def _teaser_page(*tail):
    return article("Pemkot Sukamaju dan Kampus Sepakati Riset Kebencanaan",
                   "Rabu, 5 November 2025 - 10:12 WIB", _STORY,
                   "\u201cKami ingin riset kampus dipakai,\u201d kata Rudi. (dwi)", "BERITA TERKAIT", *tail)


def test_a_related_teaser_about_another_signing_is_not_a_signing_of_the_page():
    text = _teaser_page(
        "Kejari dan Pemkab Lembah Hijau Teken Kesepakatan Pendampingan Hukum\n"
        "Kepala Kejaksaan Negeri Lembah Hijau Andi Wijaya dan Bupati Lembah Hijau Bambang Sutrisno "
        "menandatangani nota kesepakatan di Kantor Bupati, Kamis (30/10/2025)...",
        "Pasar Induk Sukamaju Direnovasi Mulai Desember\n"
        "Dinas Perdagangan Kota Sukamaju menyiapkan lapak sementara bagi 300 pedagang\u2026")
    rec = extract_text(text, id="t")
    assert len(rec.signings) == 1
    s = rec.signings[0]
    assert s.date.value == "2025-11-04"
    assert "Bambang Sutrisno" not in [p.name for p in s.signatories]


def test_each_cut_excerpt_under_a_related_headline_is_furniture():
    text = _teaser_page("Jembatan Sungai Hijau Ditutup Malam Ini\n"
                        "Dinas Perhubungan Kota Sukamaju menutup jalur jembatan mulai pukul 22.00 WIB...")
    body = " ".join(text[p.start:p.end] for p in clean(text).body())
    assert "menutup jalur jembatan" not in body
    assert "riset kebencanaan" in body


def test_a_story_paragraph_after_a_read_also_line_stays_even_when_it_trails_off():
    # (a paragraph followed by more of the story is the story, however it ends)
    text = article("Pemkot Sukamaju dan Kampus Sepakati Riset Kebencanaan",
                   "Rabu, 5 November 2025 - 10:12 WIB", _STORY,
                   "Baca juga:", "Pasar Induk Sukamaju Direnovasi Mulai Desember",
                   "Rudi menyebut riset itu akan dimulai dari kawasan pesisir, lalu bantaran sungai...",
                   "Menurut dia, data kampus akan dipakai untuk menyusun rencana kontinjensi banjir tahun depan.")
    body = " ".join(text[p.start:p.end] for p in clean(text).body())
    assert "dimulai dari kawasan pesisir" in body


# --- a timed account: entries opening on clock times under the page's day line

def _live_report(signing_entry="Nota kesepakatan resmi diteken. Penandatanganan dilakukan oleh Bupati "
                               "Lembah Hijau Bambang Sutrisno dan Kepala Kejaksaan Negeri Lembah Hijau "
                               "Andi Wijaya."):
    return article("LAPORAN LANGSUNG",
                   "Kejari dan Pemkab Lembah Hijau Teken Nota Kesepakatan",
                   "Selasa, 11 November 2025",
                   "08.55 WIB\nUndangan mulai memenuhi Aula Serbaguna Kantor Bupati Lembah Hijau. Panitia "
                   "membagikan buku acara.",
                   "09.20 WIB\nBupati Lembah Hijau Bambang Sutrisno tiba bersama Wakil Bupati Lembah Hijau "
                   "Siti Rahma.",
                   "09.40 WIB\n" + signing_entry,
                   "10.05 WIB\nAcara ditutup dengan foto bersama.",
                   "Reporter: Dewi Lestari")


def test_a_live_report_signing_takes_the_day_line_over_its_entries_and_the_scene_place():
    s = first_signing(_live_report())
    assert s.date is not None and s.date.value == "2025-11-11"
    assert s.date.evidence.text == "Selasa, 11 November 2025"
    assert s.venue is not None and s.venue.name == "Aula Serbaguna Kantor Bupati Lembah Hijau"


def test_a_timed_entry_that_names_its_own_place_keeps_it():
    s = first_signing(_live_report("Nota kesepakatan diteken di Ruang Rapat Kejaksaan Negeri Lembah Hijau oleh "
                                   "Bupati Lembah Hijau Bambang Sutrisno dan Kepala Kejaksaan Negeri Lembah Hijau "
                                   "Andi Wijaya."))
    assert s.venue.name == "Ruang Rapat Kejaksaan Negeri Lembah Hijau"


def test_a_chronology_intro_sets_the_scene_over_a_side_room_named_at_a_timestamp():
    text = article("Sehari Bersama Tim Satu Data Kota Sukamaju",
                   "Kamis, 6 November 2025 19:02 WIB",
                   "SUKAMAJU, kabarsukamaju.id \u2013 Berikut rangkaian kegiatan di Balai Kota Sukamaju, "
                   "Kamis (6/11/2025):",
                   "Pukul 08.00 WIB \u2013 Operator data kelurahan berkumpul di Ruang Melati untuk pelatihan.",
                   "Pukul 09.30 WIB \u2013 Kepala BPS Kota Sukamaju Hendra Gunawan memaparkan data kemiskinan.",
                   "Pukul 10.15 WIB \u2013 Wali Kota Sukamaju Rudi Hartono dan Hendra Gunawan menandatangani "
                   "nota kesepahaman tentang statistik sektoral.",
                   "Pukul 11.00 WIB \u2013 Acara selesai.")
    s = first_signing(text)
    assert s.venue is not None and s.venue.name == "Balai Kota Sukamaju"


def test_an_ordinary_report_without_a_signing_day_does_not_take_the_page_date():
    # (no clock-time entries: the page's date line dates the page, not the signing, and an
    # undated signing stays unread as before)
    text = article("Pemkab Lembah Hijau dan Kejari Teken Nota Kesepakatan",
                   "Selasa, 11 November 2025",
                   "Bupati Lembah Hijau Bambang Sutrisno dan Kepala Kejaksaan Negeri Lembah Hijau Andi Wijaya "
                   "menandatangani nota kesepakatan tentang pendampingan hukum perdata.",
                   "Menurut Bambang, kerja sama itu membantu pemkab menyelesaikan sengketa aset.")
    rec = extract_text(text, id="t")
    assert not any(s.date is not None and s.date.evidence.text == "Selasa, 11 November 2025"
                   for s in rec.signings)


# --- a building visited, and an event's hall in the lead paragraph

def test_a_dated_visit_to_a_building_for_the_signing_gives_the_venue():
    text = article("Pemkot Sukamaju dan Ombudsman Sepakat Perkuat Pengawasan",
                   "SUKAMAJU \u2013 Wali Kota Sukamaju Rudi Hartono mengunjungi Kantor Ombudsman RI Perwakilan "
                   "Jawa Barat di Jalan Kenanga, Rabu 12 November 2025. Kunjungan itu untuk menandatangani nota "
                   "kesepahaman antara Pemerintah Kota Sukamaju dan Ombudsman RI Perwakilan Jawa Barat.",
                   "Nota kesepahaman ditandatangani Rudi Hartono dan Kepala Ombudsman RI Perwakilan Jawa Barat "
                   "Dedi Kurnia.")
    s = first_signing(text)
    assert s.venue is not None and s.venue.name == "Kantor Ombudsman RI Perwakilan Jawa Barat"


def test_a_visit_verb_needs_a_building_after_it():
    assert venue_of("Pemkab berupaya memenuhi Standar Pelayanan Minimal bidang kesehatan.") is None
    v = venue_of("Ratusan warga memadati Gedung Olahraga Sukamaju sejak pagi.")
    assert v is not None and v[0] == "Gedung Olahraga Sukamaju"


def test_an_event_hall_in_the_dated_lead_paragraph_is_the_venue():
    text = article("Pemkab Lembah Hijau dan RSUD Teken PKS Rujukan",
                   "LEMBAH HIJAU \u2013 Suasana haru mewarnai acara di Aula Kantor Bupati Lembah Hijau, "
                   "Kamis (13/11/2025), saat ratusan kader kesehatan berkumpul.",
                   "Perjanjian kerja sama layanan rujukan diteken oleh Bupati Lembah Hijau Bambang Sutrisno dan "
                   "Direktur Rumah Sakit Harapan Sehat Lina Marlina.")
    s = first_signing(text)
    assert s.venue is not None and s.venue.name == "Aula Kantor Bupati Lembah Hijau"


def test_an_undated_event_hall_in_the_lead_paragraph_is_not_taken():
    text = article("Pemkab Lembah Hijau dan RSUD Teken PKS Rujukan",
                   "LEMBAH HIJAU \u2013 Suasana haru mewarnai acara di Aula Kantor Bupati Lembah Hijau saat "
                   "ratusan kader kesehatan berkumpul.",
                   "Perjanjian kerja sama layanan rujukan diteken, Kamis (13/11/2025), oleh Bupati Lembah Hijau Bambang Sutrisno dan "
                   "Direktur Rumah Sakit Harapan Sehat Lina Marlina.")
    s = first_signing(text)
    assert s.venue is None or s.venue.name != "Aula Kantor Bupati Lembah Hijau"


# --- a speech's transcript announcing the signing, an editor's note telling it

def _speech(opening="Assalamu'alaikum warahmatullahi wabarakatuh.",
            address="Yang saya hormati Kepala Kejaksaan Negeri Boalemo, Bapak Andi Wijaya;"):
    return ("SAMBUTAN BUPATI BOALEMO\n"
            "pada Penandatanganan Nota Kesepakatan dengan Kejaksaan Negeri Boalemo\n"
            "Tilamuta, Senin, 17 November 2025\n\n"
            + opening + "\n\n" + address + "\nPara camat dan hadirin sekalian.\n\n"
            "Alhamdulillah, pada pagi ini kita bisa berkumpul di Pendopo Agung Boalemo dalam keadaan sehat.\n\n"
            "Sengketa aset daerah masih banyak. Kita sepakat meminta pendampingan hukum perdata dan tata usaha "
            "negara dari kejaksaan.\n\n"
            "Mari kita saksikan bersama penandatanganan nota kesepakatan ini.\n\n"
            "Bupati Boalemo,\nBambang Sutrisno\n\n"
            "Catatan redaksi: Usai sambutan, nota kesepakatan ditandatangani Bupati Boalemo Bambang "
            "Sutrisno dan Kepala Kejaksaan Negeri Boalemo Andi Wijaya. (Humas)\n")


def test_a_speech_transcript_signing_takes_the_speech_day_and_the_hall_it_is_given_in():
    s = first_signing(_speech())
    assert s.date is not None and s.date.value == "2025-11-17"
    assert s.venue is not None and s.venue.name == "Pendopo Agung Boalemo"


def test_one_form_of_address_does_not_make_a_speech():
    # (a report quoting a greeting once is no transcript: its hall and page day are not read so)
    rec = extract_text(_speech(opening="Bismillah.", address="Para tamu undangan;"), id="t")
    assert not any(s.venue is not None and s.venue.name == "Pendopo Agung Boalemo" for s in rec.signings)
