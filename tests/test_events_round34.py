"""Round 34 events: several signings at one event. A sentence counting the signings
before they are told one by one ("Di sela rapat kerja, dua kesepakatan berbeda
diteken ...") tells of each: its occasion's place is each signing's place, and its own
place, when it names one, too (the witness of both then joins each). Sentences written for
these tests."""
from mou_extract import extract_text

from variety_helpers import article


def _signings(text):
    return extract_text(text, id="t").signings


def _names(people):
    return sorted(p.name for p in people)


# --- a counting sentence before the signings told one by one

def _two_pairs(lead, witness="Kedua penandatanganan disaksikan Gubernur Jambi, Rahmat Hidayat."):
    return article(
        "Dua Kesepakatan Diteken di Rakor Pembangunan Jambi",
        lead,
        "Kesepakatan pertama adalah nota kesepakatan tentang Pengelolaan Air Minum Lintas Daerah antara "
        "Pemerintah Kota Jambi dan Pemerintah Kabupaten Muaro Jambi. Nota itu diteken Wali Kota Jambi "
        "Budi Santoso dan Bupati Muaro Jambi Hasan Basri.",
        "Setelah itu, giliran Pemerintah Kabupaten Batanghari dan PT Bank Pembangunan Daerah Jambi meneken "
        "Perjanjian Kerja Sama tentang Layanan Kas Daerah. PKS ditandatangani Bupati Batanghari Yusuf "
        "Efendi dan Direktur Utama Bank Jambi Andi Pratama.",
        witness,
        "\"Kami ingin rakor ini menghasilkan kerja sama nyata,\" kata Rahmat.")


_FORUM = ("JAMBI - Forum Investasi Jambi 2025 di Jambi Convention Center, Rabu (14/5/2025), tak hanya "
          "berisi paparan peluang usaha.")
_AT_OCCASION = _FORUM + " Di sela forum, dua kesepakatan berbeda ditandatangani oleh dua pasang pihak yang berbeda pula."



def test_the_counting_sentence_at_an_occasion_gives_each_signing_its_place():
    sigs = _signings(_two_pairs(_AT_OCCASION))
    assert len(sigs) == 2
    for s in sigs:
        assert s.venue is not None and s.venue.name == "Jambi Convention Center"
        assert s.date is not None and s.date.value == "2025-05-14"


def test_the_witness_of_both_told_after_them_attends_each():
    sigs = _signings(_two_pairs(_AT_OCCASION))
    assert [_names(s.attendees) for s in sigs] == [["Rahmat Hidayat"], ["Rahmat Hidayat"]]


def test_the_counting_sentence_naming_the_place_itself_gives_each_signing_its_place():
    # (guard: read before this round)
    lead = ("JAMBI - Dua kesepakatan berbeda ditandatangani di Aula Kantor Gubernur Jambi, Rabu (14/5/2025), "
            "oleh dua pasang pihak yang berbeda.")
    sigs = _signings(_two_pairs(lead))
    assert len(sigs) == 2
    assert [s.venue and s.venue.name for s in sigs] == ["Aula Kantor Gubernur Jambi"] * 2


def test_a_signing_with_its_own_place_keeps_it_after_a_counting_lead():
    text = _two_pairs(_AT_OCCASION).replace(
        "Setelah itu, giliran Pemerintah Kabupaten Batanghari",
        "Sore harinya di Rumah Dinas Gubernur Jambi, giliran Pemerintah Kabupaten Batanghari")
    sigs = _signings(text)
    assert len(sigs) == 2
    assert sigs[0].venue.name == "Jambi Convention Center"
    assert sigs[1].venue.name == "Rumah Dinas Gubernur Jambi"


def test_a_counting_sentence_without_the_occasion_word_gives_no_place_of_the_forum():
    # (nothing ties the signings to the forum told before: "Dua kesepakatan ... ditandatangani")
    sigs = _signings(_two_pairs(_FORUM + " Dua kesepakatan berbeda ditandatangani oleh dua pasang pihak."))
    assert len(sigs) == 2
    assert all(s.venue is None for s in sigs)


# --- a signing with counted regency and city governments, some heads named present

def _counted(count="dengan sebanyak delapan kabupaten/kota di Jawa Tengah", present=None,
             signed="dengan para kepala daerah atau pejabat yang mewakili"):
    present = present or ("Tampak hadir di antaranya Bupati Klaten Sri Mulyani dan Wali Kota Salatiga "
                          "Robby Hernawan.")
    return article(
        "Kanwil BPN Jateng Teken Nota Kesepakatan dengan Delapan Daerah",
        "SEMARANG - Kantor Wilayah Badan Pertanahan Nasional Provinsi Jawa Tengah menandatangani nota "
        f"kesepakatan tentang Percepatan Sertifikasi Aset Daerah {count}, Kamis (12/6/2025). "
        "Penandatanganan berlangsung di Aula Kanwil BPN Jawa Tengah, Semarang.",
        f"Nota kesepakatan diteken Kepala Kanwil BPN Jawa Tengah, Dwi Purnama, {signed}. " + present,
        "\"Masih banyak aset daerah yang belum bersertifikat,\" kata Dwi.")


def test_the_heads_present_of_counted_governments_sign_for_them():
    s = _signings(_counted())[0]
    parties = sorted(p.name for p in s.parties)
    assert "Pemerintah Kabupaten Klaten" in parties and "Pemerintah Kota Salatiga" in parties
    assert _names(s.signatories) == ["Dwi Purnama", "Robby Hernawan", "Sri Mulyani"]
    assert s.attendees == []
    klaten = next(p for p in s.parties if p.name == "Pemerintah Kabupaten Klaten")
    assert klaten.evidence.text == "Bupati Klaten"


def test_counted_heads_written_as_the_heads_themselves():
    s = _signings(_counted(count="bersama para bupati dan wali kota se-Jawa Tengah"))[0]
    assert "Robby Hernawan" in _names(s.signatories)


def test_a_governor_present_at_a_signing_with_counted_regencies_stays_a_guest():
    present = "Tampak hadir Gubernur Jawa Tengah Ahmad Luthfi dan Bupati Klaten Sri Mulyani."
    s = _signings(_counted(present=present))[0]
    assert "Pemerintah Provinsi Jawa Tengah" not in [p.name for p in s.parties]
    assert "Ahmad Luthfi" in _names(s.attendees) and "Sri Mulyani" in _names(s.signatories)


def test_heads_present_at_a_signing_with_counted_provinces_or_villages_stay_guests():
    for count in ("dengan empat pemerintah provinsi di Jawa", "dengan tiga pemerintah desa di Klaten"):
        s = _signings(_counted(count=count, signed="bersama pejabat yang ditunjuk"))[0]
        assert "Pemerintah Kabupaten Klaten" not in [p.name for p in s.parties]
        assert "Sri Mulyani" in _names(s.attendees)


def test_heads_present_at_a_signing_with_one_named_partner_stay_guests():
    s = _signings(_counted(count="dengan Pemerintah Kabupaten Boyolali", signed="bersama Sekda Boyolali, Agus Salim"))[0]
    assert "Pemerintah Kabupaten Klaten" not in [p.name for p in s.parties]
    assert "Sri Mulyani" in _names(s.attendees)


# --- a sentence naming the agreement by its counterpart goes back to that signing

def _two_partners(scope_sentence="Ruang lingkup nota kesepakatan dengan BPJS Kesehatan meliputi pertukaran "
                                 "data kepesertaan dan peningkatan kapasitas petugas puskesmas."):
    return article(
        "Pemkab Sumedang dan BPJS Kesehatan Teken Nota Kesepakatan",
        "SUMEDANG - Pemerintah Kabupaten Sumedang dan BPJS Kesehatan Cabang Sumedang menandatangani nota "
        "kesepakatan tentang Optimalisasi Jaminan Kesehatan di Pendopo Kabupaten Sumedang, Senin (3/3/2025). "
        "Nota kesepakatan ditandatangani Bupati Sumedang Dony Ahmad dan Kepala BPJS Kesehatan Cabang "
        "Sumedang Rina Marlina.",
        "Ini kerja sama kedua yang diteken pemkab dalam sepekan. Selasa (25/2/2025) lalu, Dony lebih dulu "
        "menandatangani nota kesepakatan tentang Penanganan Masalah Hukum Bidang Perdata dan Tata Usaha "
        "Negara dengan Kepala Kejaksaan Negeri Sumedang, Arif Budiman, di Kantor Kejaksaan Negeri Sumedang. "
        "Melalui kesepakatan itu, jaksa pengacara negara memberikan bantuan hukum kepada pemerintah daerah.",
        scope_sentence,
        "Rina mengatakan, sebagian warga miskin belum terdaftar sebagai peserta JKN.")


def test_the_scope_of_the_agreement_named_by_its_counterpart_is_that_signings():
    sigs = _signings(_two_partners())
    assert len(sigs) == 2
    kejari, bpjs = sigs   # (in date order)
    assert "Kejaksaan Negeri Sumedang" in [p.name for p in kejari.parties]
    assert sorted(x.label for x in bpjs.scope) == ["capacity_building", "data_exchange"]
    assert [x.label for x in kejari.scope] == ["legal_assistance"]


def test_a_scope_sentence_naming_no_counterpart_stays_with_the_signing_told_before():
    # (guard: "Ruang lingkupnya" names no counterpart: the Kejari signing told just before)
    sigs = _signings(_two_partners("Ruang lingkupnya juga meliputi pertukaran data kepesertaan."))
    kejari, bpjs = sigs
    assert "data_exchange" in [x.label for x in kejari.scope]
    assert "data_exchange" not in [x.label for x in bpjs.scope]


def test_a_counterpart_both_signings_name_names_no_one_signing():
    # (guard: Ombudsman signed with both regencies: the sentence stays with the signing told
    # before it)
    text = article(
        "Ombudsman Jatim Teken Nota Kesepakatan dengan Ngawi dan Magetan",
        "NGAWI - Ombudsman RI Perwakilan Jawa Timur menandatangani nota kesepakatan dengan Pemerintah "
        "Kabupaten Ngawi di Pendopo Wedya Graha, Ngawi, Senin (3/3/2025). Nota diteken Kepala Ombudsman "
        "RI Perwakilan Jawa Timur Agus Widodo dan Bupati Ngawi Ony Anwar.",
        "Sehari kemudian, Selasa (4/3/2025), Ombudsman RI Perwakilan Jawa Timur menandatangani nota "
        "kesepakatan dengan Pemerintah Kabupaten Magetan di Pendopo Surya Graha, Magetan. Nota diteken "
        "Agus Widodo dan Bupati Magetan Nanik Sumantri.",
        "Nota kesepakatan dengan Ombudsman itu meliputi pertukaran data pengaduan.")
    ngawi, magetan = _signings(text)
    assert "data_exchange" in [x.label for x in magetan.scope]
    assert "data_exchange" not in [x.label for x in ngawi.scope]


def test_a_counterpart_named_in_another_signings_paragraph_leaves_it_there():
    # (guard: told inside the Kejari signing's paragraph, the sentence is about that one)
    text = _two_partners("Rina mengatakan, warga miskin akan segera didaftarkan.").replace(
        "kepada pemerintah daerah.",
        "kepada pemerintah daerah. Berbeda dari nota kesepakatan dengan BPJS Kesehatan, kerja sama ini "
        "juga meliputi pertukaran data aset.")
    kejari, bpjs = _signings(text)
    assert "data_exchange" in [x.label for x in kejari.scope]
    assert "data_exchange" not in [x.label for x in bpjs.scope]


# --- "mengatur teknisnya": how the work is done, not an area it covers

def test_the_technical_side_a_pks_regulates_is_no_scope():
    text = article(
        "Pemkab Ngawi dan Kejari Ngawi Teken Nota Kesepakatan",
        "NGAWI - Pemerintah Kabupaten Ngawi dan Kejaksaan Negeri Ngawi menandatangani nota kesepakatan "
        "tentang Penanganan Masalah Hukum Bidang Perdata dan Tata Usaha Negara di Pendopo Wedya Graha, "
        "Ngawi, Kamis (6/3/2025). Nota ditandatangani Bupati Ngawi Ony Anwar dan Kepala Kejaksaan Negeri "
        "Ngawi Dwi Hartanto.",
        "\"Nota kesepakatan itu payungnya, PKS nanti yang mengatur teknisnya per dinas,\" kata Ony.")
    s = _signings(text)[0]
    assert [x.label for x in s.scope] == ["legal_assistance"]


# --- a partner with its own signing is no party of another whose signers are named

def _morning_and_afternoon(quote="\"Kebetulan pagi tadi pemkab sudah teken dengan BPJS Kesehatan. Warga yang "
                                 "dipersulit soal layanan JKN bisa melapor ke kami,\" ujar Dewi."):
    return article(
        "Sehari, Pemkab Kendal Teken Kerja Sama dengan BPJS Kesehatan dan Ombudsman Jateng",
        "KENDAL - Pemerintah Kabupaten Kendal menjalin dua kerja sama sekaligus, Rabu (9/4/2025). Pagi hari, "
        "Pemkab Kendal meneken perjanjian kerja sama dengan BPJS Kesehatan Cabang Kendal. Siangnya, giliran "
        "nota kesepakatan dengan Ombudsman RI Perwakilan Jawa Tengah yang ditandatangani.",
        "PKS dengan BPJS Kesehatan tentang Penjaminan Kesehatan Penduduk ditandatangani di Ruang Rapat Bupati "
        "Kendal oleh Kepala Dinas Kesehatan Kendal, Ahmad Fauzi, dan Kepala BPJS Kesehatan Cabang Kendal, "
        "Lina Marlina.",
        "Nota kesepakatan dengan Ombudsman ditandatangani di Pendopo Tumenggungan oleh Bupati Kendal Dyah "
        "Kartika dan Kepala Ombudsman RI Perwakilan Jawa Tengah, Dewi Sekar.",
        quote)


def test_a_partner_told_signed_in_the_morning_is_no_party_of_the_afternoon_signing():
    pks, nk = sorted(_signings(_morning_and_afternoon()), key=lambda s: s.document_type != "perjanjian_kerja_sama")
    assert "BPJS Kesehatan Cabang Kendal" in [p.name for p in pks.parties]
    assert not any(p.name.startswith("BPJS") for p in nk.parties)
    assert sorted(p.name for p in nk.parties) == ["Ombudsman RI Perwakilan Jawa Tengah", "Pemerintah Kabupaten Kendal"]


def test_an_earlier_signing_told_without_signers_keeps_the_host_that_signed_the_reported_one():
    # (guard: no one is named signing in March: the Ombudsman office stays its party)
    text = article(
        "Ombudsman Jateng Teken Nota Kesepakatan dengan Empat Daerah",
        "SEMARANG - Ombudsman RI Perwakilan Jawa Tengah menandatangani nota kesepakatan dengan Pemerintah "
        "Kabupaten Demak dan Pemerintah Kabupaten Grobogan di Kantor Ombudsman RI Perwakilan Jawa Tengah, "
        "Kamis (22/5/2025). Nota diteken Kepala Ombudsman RI Perwakilan Jawa Tengah Dewi Sekar, Bupati Demak "
        "Eisti Anggraeni dan Bupati Grobogan Setyo Hadi.",
        "Sebelumnya, pada Kamis (6/3/2025), Ombudsman RI Perwakilan Jawa Tengah lebih dulu menandatangani nota "
        "kesepakatan dengan Pemerintah Kota Semarang dan Pemerintah Kabupaten Kudus di Gedung Gradhika Bhakti "
        "Praja.")
    for s in _signings(text):
        assert "Ombudsman RI Perwakilan Jawa Tengah" in [p.name for p in s.parties]
