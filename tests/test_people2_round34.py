"""Round 34 (people2): person names cut by a sentence or paragraph break inside the name.

- A hard-wrapped line that ends in a short form opening a name ("Hj. St." / "Muh.") does
  not close its paragraph: the name goes on in the next line (clean._may_end_paragraph).
- A name's middle part shortened to a capital and a consonant ("Albert Ch. Sumampouw")
  ends no sentence (segment._inner_name_initial).
"""
from pathlib import Path

from mou_extract import extract_text
from mou_extract.clean import _may_end_paragraph
from mou_extract.segment import sentences

WRAPPED = """Pemkab Maros Teken Kerja Sama dengan Kejaksaan Negeri Maros

MAROS - Pemerintah Kabupaten Maros dan Kejaksaan Negeri Maros
menandatangani nota kesepakatan tentang penanganan masalah hukum
bidang perdata dan tata usaha negara di Ruang Pola Kantor Bupati
Maros, Senin (14/4/2025). Kesepakatan itu ditandatangani Bupati
Maros, Andi Syafril Chaidir, dan Kepala Kejaksaan Negeri Maros,
Budi Santoso Harahap. Turut menyaksikan Wakil Bupati Maros, Hj. St.
Rahmawati Daeng Caya, serta Kepala Bagian Hukum Setda Maros, Muh.
Arif Pallawa. Acara juga dihadiri para camat dan kepala perangkat
daerah lingkup Pemerintah Kabupaten Maros yang datang sejak pagi.

Bupati mengatakan kerja sama ini penting bagi pemerintah daerah
karena banyak persoalan aset dan perjanjian yang perlu pendampingan
hukum dari jaksa pengacara negara. Ia berharap kerja sama berjalan.
Menurut dia, pendampingan itu juga mencegah kerugian keuangan negara
dan membuat setiap perangkat daerah lebih berhati-hati bekerja.
"""


def _names(rec, field):
    return [p.name for s in rec.signings for p in getattr(s, field)]


def test_wrapped_line_ending_in_name_opener_keeps_the_name_whole():
    rec = extract_text(WRAPPED, id="t")
    att = _names(rec, "attendees")
    assert "St. Rahmawati Daeng Caya" in att
    assert "Muh. Arif Pallawa" in att
    assert "St." not in att
    assert _names(rec, "signatories") == ["Andi Syafril Chaidir", "Budi Santoso Harahap"]


def test_line_ending_in_honorific_or_shortened_name_goes_on():
    # (the next line is given by its first character, as _unwrap reads it)
    assert not _may_end_paragraph("Turut menyaksikan Wakil Bupati Maros, Hj. St.", "R")
    assert not _may_end_paragraph("serta Kepala Bagian Hukum Setda Maros, Muh.", "A")
    assert not _may_end_paragraph("ditandatangani Rektor Universitas Hasanuddin Prof.", "J")
    assert not _may_end_paragraph("ditandatangani Bupati Maros H.", "A")


def test_line_ending_a_sentence_still_may_end_its_paragraph():
    assert _may_end_paragraph("yang datang sejak pagi.", "B")
    assert _may_end_paragraph("meliputi air, listrik, jalan, dll.", "B")
    # a short word that is no name opener ends its sentence
    assert _may_end_paragraph("pertemuan itu dihadiri warga Ambon.", "K")
    assert _may_end_paragraph("kata Ketua Tim, Stefanus Ola.", "I")
    assert _may_end_paragraph("bantuan dari Pemprov NTT.", "K")


def _sents(t):
    return [t[s.start:s.end] for s in sentences(t, [(0, len(t))])]


def test_name_part_shortened_to_capital_and_consonant_ends_no_sentence():
    t = ("Wali Kota Bitung Ir. Albert Ch. Sumampouw, M.T. dan Direktur Politeknik Bitung "
         "Dr. Ratna Siregar menandatangani nota kesepahaman.")
    assert _sents(t) == [t]
    t2 = "Hadir pula Kepala Bagian Organisasi, Yuliana Th. Ngabalin, S.E. dan para camat."
    assert _sents(t2) == [t2]


def test_name_initial_reads_whole_signer():
    t = ("Pemkot Bitung Gandeng Politeknik\n\nWali Kota Bitung Ir. Albert Ch. Sumampouw, M.T. dan "
         "Direktur Politeknik Kelautan dan Perikanan Bitung Dr. Ratna Siregar menandatangani "
         "nota kesepahaman pengembangan SDM perikanan di Kota Bitung, Senin (17/2/2025).\n")
    rec = extract_text(t, id="t")
    assert "Albert Ch. Sumampouw" in _names(rec, "signatories")


def test_acronym_or_unit_before_full_stop_still_ends_the_sentence():
    t = "Kerja sama itu diteken bersama PT KAI. Kereta baru tiba pekan depan."
    assert len(_sents(t)) == 2
    t2 = "Kapasitasnya naik menjadi 5 Mb. Kemudian jaringan diperluas."
    assert len(_sents(t2)) == 2


# --- a guest named after a comma, behind a post the titles do not hold ----------------------

GUESTS = """Pemkot Manado dan Universitas Sam Ratulangi Teken Nota Kesepahaman

MANADO - Pemerintah Kota Manado dan Universitas Sam Ratulangi menandatangani nota kesepahaman tentang pengembangan pariwisata bahari di Ruang Rapat Wali Kota Manado, Selasa (3/6/2025).

Nota kesepahaman ditandatangani Wali Kota Manado Andrei Angouw dan Rektor Universitas Sam Ratulangi Oktovian Berty Sompie. {guests}

Kerja sama itu mencakup penelitian, pelatihan pemandu wisata, dan promosi destinasi.
"""


def _guests(sentence):
    return _names(extract_text(GUESTS.format(guests=sentence), id="t"), "attendees")


def test_guest_after_unread_post_and_comma_closing_the_list():
    att = _guests("Turut menyaksikan Ketua DPRD Kota Manado Aaltje Dondokambey dan Konsul "
                  "Kehormatan Filipina di Manado, Roberto Santiago Cruz.")
    assert att == ["Aaltje Dondokambey", "Roberto Santiago Cruz"]


def test_guest_after_unread_post_inside_the_list_stays_read():
    att = _guests("Penandatanganan disaksikan Deputi Direktur BPJS Ketenagakerjaan Wilayah Sulawesi "
                  "Utara dan Maluku Utara, Ni Made Ayu Lestari, dan Sekretaris Daerah Kota Manado "
                  "Micler Lakat.")
    assert "Ni Made Ayu Lestari" in att and "Micler Lakat" in att


def test_english_guest_after_post_and_comma():
    t = ("Manado and Sam Ratulangi University sign tourism MoU\n\nMANADO - The Manado city government "
         "and Sam Ratulangi University signed a memorandum of understanding on marine tourism on "
         "Tuesday (3/6/2025). The MoU was signed by Manado Mayor Andrei Angouw and Rector Oktovian "
         "Berty Sompie. The signing was witnessed by North Sulawesi Governor Yulius Selvanus and the "
         "Consul General of the Philippines in Manado, Roberto Santiago Cruz.\n")
    assert "Roberto Santiago Cruz" in _names(extract_text(t, id="t"), "attendees")


def test_place_set_off_by_commas_is_no_guest():
    att = _guests("Turut hadir Ketua DPRD Kota Manado Aaltje Dondokambey di Aula Kantor Wali Kota, "
                  "Tikala Baru, Wenang, pada hari yang sama.")
    assert att == ["Aaltje Dondokambey"]


def test_unposted_name_without_posted_guests_is_not_added():
    # (no guest of the sentence is named with a post: the list is not read as guests)
    assert _guests("Acara itu juga dihadiri warga Tikala, Johny Rumengan.") == []


def test_place_after_a_posted_guest_is_no_guest():
    att = _guests("Turut menyaksikan Ketua DPRD Kota Manado Aaltje Dondokambey, lalu rombongan "
                  "menuju Pantai Malalayang, Teluk Manado.")
    assert att == ["Aaltje Dondokambey"]


# --- the lone representative with a bare post signs for the one unsigned party -------------

REP = """Pemkab Poso Gandeng Bank Sulteng Salurkan Kredit Petani

PALU - Pemerintah Kabupaten Poso menandatangani perjanjian kerja sama penyaluran kredit usaha tani dengan PT Bank Pembangunan Daerah Sulawesi Tengah di Palu, Kamis (13/11/2025).

Perjanjian ditandatangani Bupati Poso Verna Inkiriwang. {rep}

Kredit berbunga rendah itu ditujukan bagi petani kakao dan cengkih di 19 kecamatan.
"""


def test_lone_rep_with_bare_post_signs_for_the_unsigned_party():
    rec = extract_text(REP.format(rep="Bank daerah itu diwakili Direktur Utama, Yohanes Lamadi."), id="t")
    sig = {p.name: p.party for s in rec.signings for p in s.signatories}
    assert sig.get("Yohanes Lamadi") == "PT Bank Pembangunan Daerah Sulawesi Tengah"
    assert "Verna Inkiriwang" in sig


def test_guest_standing_in_is_no_signer():
    rec = extract_text(REP.format(rep="Turut hadir Kepala Cabang, Yohanes Lamadi, yang hadir mewakili direksi."), id="t")
    assert "Yohanes Lamadi" not in _names(rec, "signatories")


def test_guest_after_post_and_comma_with_honorifics_and_degrees():
    att = _guests("Turut hadir Ketua DPRD Kota Manado Aaltje Dondokambey, Direktur Kemitraan dan Relasi "
                  "Global, Dr. Hj. Sri Wahyuni Pakaya, M.Si., serta Kepala Dinas Pariwisata Kota Manado "
                  "Hendrik Warokka.")
    assert "Sri Wahyuni Pakaya" in att and "Hendrik Warokka" in att


def test_guest_with_honorific_closing_the_sentence():
    att = _guests("Turut menyaksikan Ketua DPRD Kota Manado Aaltje Dondokambey dan Direktur Kemitraan "
                  "dan Relasi Global, Dr. Lestari Mamahit.")
    assert "Lestari Mamahit" in att
