"""Round 33 event splitting: a lead that counts the governments signed with, then one
paragraph per government telling its signing at a place of its own, is one signing per
government (the paragraphs' signing sentences need not name the document); told at one
place, it stays one ceremony. "Usai acara di X," leaves the place of the signing just told.
A scope sentence about the agreements together ("Isi kedua nota kesepakatan itu sama: ...")
is each signing's scope. Sentences written for these tests."""
from mou_extract import extract_text

from variety_helpers import article


def _signings(text):
    return extract_text(text, id="t").signings


def _parties(s):
    return sorted(p.name for p in s.parties)


def _signers(s):
    return sorted(p.name for p in s.signatories)


# --- a counting lead, then one paragraph per government, each at its own place

def _two_towns(bridge="Selepas makan siang, rombongan Ombudsman bertolak ke Luwuk."):
    return article(
        "Ombudsman Sulteng Teken Kesepakatan dengan Dua Daerah",
        "PALU - Ombudsman RI Perwakilan Sulawesi Tengah menandatangani nota kesepakatan dengan dua "
        "pemerintah daerah sekaligus pada Kamis (10/4/2025), yakni Pemerintah Kabupaten Donggala dan "
        "Pemerintah Kabupaten Banggai.",
        "Di Donggala, penandatanganan berlangsung di Aula Kantor Bupati Donggala pukul 09.00 Wita. "
        "Dokumen diteken Kepala Ombudsman RI Perwakilan Sulawesi Tengah, Yusuf Pratama, dan Bupati "
        "Donggala, Rahmat Lasandi.",
        bridge + " Penandatanganan dengan Pemkab Banggai digelar di Ruang Rapat Bupati Banggai pukul 16.00 "
        "Wita dan diteken Wakil Bupati Banggai, Hendra Tanuwijaya, atas nama bupati.",
        "Kedua kesepakatan itu memuat hal yang sama: penanganan laporan masyarakat dan pertukaran data.")


def test_a_counting_lead_then_one_paragraph_per_government_at_its_own_place_is_two_signings():
    sigs = _signings(_two_towns())
    assert len(sigs) == 2
    first, second = sigs
    assert "Pemerintah Kabupaten Donggala" in _parties(first) and "Pemerintah Kabupaten Banggai" not in _parties(first)
    assert "Pemerintah Kabupaten Banggai" in _parties(second) and "Pemerintah Kabupaten Donggala" not in _parties(second)
    assert first.venue.name == "Aula Kantor Bupati Donggala"
    assert second.venue.name == "Ruang Rapat Bupati Banggai"
    assert "Rahmat Lasandi" in _signers(first) and "Hendra Tanuwijaya" not in _signers(first)
    assert "Hendra Tanuwijaya" in _signers(second) and "Rahmat Lasandi" not in _signers(second)
    # (the host the lead opens with signed both)
    assert "Yusuf Pratama" in _signers(second)
    assert second.date is not None and second.date.value == "2025-04-10"


def test_the_paragraph_of_its_own_needs_no_sentence_that_moves_on():
    sigs = _signings(_two_towns(bridge="Siang itu juga cuaca di Teluk Tomini cerah."))
    assert len(sigs) == 2


def test_counted_governments_signing_at_one_place_stay_one_ceremony():
    # (guard: one place, then who signed for which government, paragraph by paragraph)
    text = article(
        "Bank Daerah Teken Kesepakatan dengan Tiga Pemda",
        "PALU - PT Bank Sulteng menandatangani nota kesepahaman dengan tiga pemerintah daerah, yakni "
        "Pemerintah Kabupaten Donggala, Pemerintah Kabupaten Banggai dan Pemerintah Kabupaten Poso.",
        "Penandatanganan berlangsung di Ballroom Hotel Santika Palu, Kamis (10/4/2025).",
        "Dari Donggala, nota kesepahaman diteken Bupati Donggala, Rahmat Lasandi. Ia kemudian kembali "
        "menandatangani dokumen kedua sebagai Penjabat Bupati Poso.",
        "Dari Banggai, nota kesepahaman ditandatangani Wakil Bupati Banggai, Hendra Tanuwijaya.")
    sigs = _signings(text)
    assert len(sigs) == 1
    assert {"Pemerintah Kabupaten Donggala", "Pemerintah Kabupaten Banggai"} <= set(_parties(sigs[0]))


def test_one_signing_told_over_several_paragraphs_stays_one():
    # (guard: the later paragraphs name the same partner again, no count, one place)
    text = article(
        "Ombudsman dan Pemkab Donggala Teken Kesepakatan",
        "PALU - Ombudsman RI Perwakilan Sulawesi Tengah dan Pemerintah Kabupaten Donggala "
        "menandatangani nota kesepakatan, Kamis (10/4/2025).",
        "Penandatanganan berlangsung di Aula Kantor Bupati Donggala. Dokumen diteken Kepala Ombudsman "
        "RI Perwakilan Sulawesi Tengah, Yusuf Pratama, dan Bupati Donggala, Rahmat Lasandi.",
        "Usai acara di Donggala, Yusuf mengatakan penandatanganan dengan Pemkab Donggala itu "
        "disaksikan puluhan kepala desa.")
    assert len(_signings(text)) == 1


def test_a_count_of_governments_whose_paragraphs_name_the_same_place_stays_one():
    # (guard: two paragraphs, but the second is at the place of the first)
    text = article(
        "Ombudsman Sulteng Teken Kesepakatan dengan Dua Daerah",
        "PALU - Ombudsman RI Perwakilan Sulawesi Tengah menandatangani nota kesepakatan dengan dua "
        "pemerintah daerah sekaligus pada Kamis (10/4/2025), yakni Pemerintah Kabupaten Donggala dan "
        "Pemerintah Kabupaten Banggai.",
        "Penandatanganan dengan Pemkab Donggala berlangsung di Aula Hotel Mercure Palu. Dokumen diteken "
        "Bupati Donggala, Rahmat Lasandi.",
        "Penandatanganan dengan Pemkab Banggai juga berlangsung di Aula Hotel Mercure Palu dan diteken "
        "Wakil Bupati Banggai, Hendra Tanuwijaya.")
    assert len(_signings(text)) == 1


def test_weak_signing_sentences_repeating_one_partner_do_not_split():
    # (guard: after the count, both paragraphs tell of the same government, each naming
    # a room; no other partner is named, so nothing splits)
    text = article(
        "Ombudsman Sulteng Teken Kesepakatan dengan Dua Daerah",
        "PALU - Ombudsman RI Perwakilan Sulawesi Tengah menandatangani nota kesepakatan dengan dua "
        "pemerintah daerah sekaligus pada Kamis (10/4/2025), yakni Pemerintah Kabupaten Donggala dan "
        "Pemerintah Kabupaten Banggai.",
        "Penandatanganan dengan Pemkab Donggala berlangsung di Aula Kantor Bupati Donggala.",
        "Penandatanganan dengan Pemkab Donggala itu kemudian dilanjutkan dengan diskusi di Ruang Rapat "
        "Sekda Donggala.")
    assert len(_signings(text)) == 1


# --- "Usai acara di X,": leaving the place of the signing just told (one paragraph: the
# cue alone tells the story moves on)

def _day_trip(bridge):
    return article(
        "Ombudsman Sulteng Keliling Dua Daerah",
        "PALU - Ombudsman RI Perwakilan Sulawesi Tengah dan Pemerintah Kabupaten Donggala "
        "menandatangani nota kesepakatan di Aula Kantor Bupati Donggala, Kamis (10/4/2025). Kesepakatan "
        "diteken Kepala Ombudsman RI Perwakilan Sulawesi Tengah, Yusuf Pratama, dan Bupati Donggala, "
        "Rahmat Lasandi. " + bridge + " Yusuf dan Wali Kota Palu, Andi Mallarangeng Putra, menandatangani nota kesepakatan "
        "antara Ombudsman RI Perwakilan Sulawesi Tengah dan Pemerintah Kota Palu di Ruang Polibu, Kantor "
        "Wali Kota Palu.")


def test_leaving_the_named_place_of_the_signing_just_told_moves_on():
    sigs = _signings(_day_trip("Usai acara di Donggala, rombongan menyeberang ke Palu."))
    assert len(sigs) == 2
    assert "Pemerintah Kota Palu" in _parties(sigs[1]) and "Pemerintah Kabupaten Donggala" not in _parties(sigs[1])


def test_after_the_event_without_a_place_moves_nowhere():
    # (guard: "Usai acara, ..." names no place left; the story has not moved on)
    sigs = _signings(_day_trip("Usai acara, rombongan beristirahat sejenak."))
    assert len(sigs) == 1


# --- a scope statement about the agreements of several signings together

def _labels(s):
    return {x.label for x in s.scope}


def test_a_scope_sentence_about_both_agreements_is_each_signings_scope():
    first, second = _signings(_two_towns())
    assert {"complaint_handling", "data_exchange"} <= _labels(first)
    assert {"complaint_handling", "data_exchange"} <= _labels(second)


def test_a_scope_sentence_naming_both_partners_counted_is_each_signings_scope():
    text = _two_towns().replace(
        "Kedua kesepakatan itu memuat hal yang sama:",
        "Nota kesepakatan dengan kedua kabupaten memuat ruang lingkup yang sama, yakni")
    first, second = _signings(text)
    assert "data_exchange" in _labels(first) and "data_exchange" in _labels(second)


def test_the_two_sides_of_one_signing_do_not_share_its_scope_with_another():
    # (guard: "kedua pihak" are the sides of the signing just told, not both agreements)
    text = article(
        "Ombudsman Sulteng Keliling Dua Daerah",
        "PALU - Ombudsman RI Perwakilan Sulawesi Tengah dan Pemerintah Kabupaten Donggala "
        "menandatangani nota kesepakatan di Aula Kantor Bupati Donggala, Kamis (10/4/2025).",
        "Sore harinya, Ombudsman RI Perwakilan Sulawesi Tengah menandatangani nota kesepakatan dengan "
        "Pemerintah Kota Palu di Ruang Polibu, Kantor Wali Kota Palu. Kedua pihak sepakat bertukar data "
        "pengaduan.")
    first, second = _signings(text)
    assert "data_exchange" in _labels(second)
    assert "data_exchange" not in _labels(first)


# --- without a count or a sentence that moves on: a paragraph per partner, each at its own place

def _no_count(second_place="di Ruang Polibu, Kantor Wali Kota Palu"):
    return article(
        "Ombudsman Sulteng Teken Kesepakatan di Donggala dan Palu",
        "DONGGALA - Ombudsman RI Perwakilan Sulawesi Tengah menandatangani nota kesepakatan dengan "
        "Pemerintah Kabupaten Donggala di Aula Kantor Bupati Donggala, Kamis (10/4/2025). Dokumen diteken "
        "Kepala Ombudsman RI Perwakilan Sulawesi Tengah, Yusuf Pratama, dan Bupati Donggala, Rahmat Lasandi.",
        "Ombudsman RI Perwakilan Sulawesi Tengah juga menandatangani nota kesepakatan dengan Pemerintah "
        "Kota Palu " + second_place + ". Kesepakatan itu diteken Yusuf dan Wali Kota Palu, Andi "
        "Mallarangeng Putra.")


def test_a_paragraph_per_partner_each_at_its_own_place_is_a_signing_each():
    sigs = _signings(_no_count())
    assert len(sigs) == 2
    assert "Pemerintah Kota Palu" in _parties(sigs[1]) and "Pemerintah Kabupaten Donggala" not in _parties(sigs[1])
    assert sigs[1].venue.name == "Ruang Polibu, Kantor Wali Kota Palu"


def test_a_paragraph_per_partner_at_the_same_place_stays_one():
    # (guard: the second partner signs where the first did)
    assert len(_signings(_no_count("di Aula Kantor Bupati Donggala"))) == 1
