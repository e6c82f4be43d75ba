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
