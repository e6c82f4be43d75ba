"""Round 32 (b), signings. From the held-out set variety167: a bare signing noun opening
its sentence as the subject ("Penandatanganan dilakukan oleh ...", "Penandatanganan yang
disaksikan A dan B itu dilakukan oleh C dan D") is the signing of the agreement the
paragraphs just before named, though no demonstrative points back to it; the sides an
agreement names by their place in it ("Pihak pertama adalah Pemerintah Kabupaten X") in
the paragraph before the signers are its parties. Sentences written for these tests;
none comes from a corpus article."""
from mou_extract import extract_text
from variety_helpers import article


def _record(text):
    return extract_text(text, id="t")


def _names(people):
    return sorted(p.name for p in people)


# --- a bare signing noun as the subject: the agreement named just before ------------------------

_HEAD = "Pemkot dan Dua Desa Sepakat Kelola Sampah Bersama"


def test_signing_noun_subject_takes_the_agreement_of_the_paragraph_before():
    rec = _record(article(
        _HEAD,
        "SALATIGA - Wali kota dan dua kepala desa duduk semeja di Aula Kantor Wali Kota Salatiga, "
        "Rabu (8/10/2025). Di meja tersaji naskah Perjanjian Kerja Sama tentang Pengelolaan Sampah Terpadu.",
        "Penandatanganan dilakukan oleh Wali Kota Salatiga Hendra Kusumawati bersama Kepala Desa "
        "Kumpulrejo Bambang Suryadi dan Kepala Desa Noborejo Wahyu Lestari.",
        "\"Sampah tidak mengenal batas wilayah,\" kata Hendra."))
    assert rec.is_signing
    s = rec.signings[0]
    assert s.document_type == "perjanjian_kerja_sama"
    assert "Hendra Kusumawati" in _names(s.signatories)


def test_signing_noun_subject_with_witnesses_first():
    rec = _record(article(
        "Pemkab Sinjai Gandeng Kantor Pertanahan Urus Sertifikat Aset",
        "SINJAI - Pemerintah Kabupaten Sinjai menggandeng Kantor Pertanahan Kabupaten Sinjai. Kedua "
        "lembaga menuangkan komitmen itu dalam nota kesepakatan tentang Sertifikasi Aset Daerah.",
        "Penandatanganan yang disaksikan Sekretaris Daerah Sinjai Andi Mappaturung itu dilakukan oleh "
        "Bupati Sinjai Ratna Dewi Asmara dan Kepala Kantor Pertanahan Kabupaten Sinjai Yusuf Maddatuang, "
        "Selasa (7/10/2025)."))
    assert rec.is_signing
    s = rec.signings[0]
    assert s.document_type == "nota_kesepakatan"
    assert _names(s.signatories) == ["Ratna Dewi Asmara", "Yusuf Maddatuang"]


def test_signing_noun_after_an_earlier_agreement_stays_unreported():
    # the agreement named before is an earlier one: the bare noun is no signing of it
    rec = _record(article(
        _HEAD,
        "SALATIGA - Pada 2022 lalu, Pemkot Salatiga menandatangani Perjanjian Kerja Sama tentang "
        "Pengelolaan Sampah dengan Desa Kumpulrejo.",
        "Penandatanganan dilakukan oleh wali kota saat itu bersama kepala desa."))
    assert not rec.is_signing


def test_signing_noun_not_opening_the_sentence_keeps_the_old_reading():
    # "Sebelum penandatanganan, ..." names the signing in passing, not as the subject
    rec = _record(article(
        _HEAD,
        "SALATIGA - Pemkot Salatiga menyiapkan naskah Perjanjian Kerja Sama tentang Pengelolaan Sampah.",
        "Sebelum penandatanganan, tim hukum masih meneliti pasal-pasalnya, kata Kepala Bagian Hukum "
        "Setda Salatiga Rini Astuti."))
    assert not rec.is_signing


def test_signing_noun_far_from_the_agreement_stays_unreported():
    # the agreement named four paragraphs earlier is not what the noun points back to
    rec = _record(article(
        _HEAD,
        "SALATIGA - Pemkot Salatiga menyiapkan naskah Perjanjian Kerja Sama tentang Pengelolaan Sampah.",
        "Volume sampah kota mencapai 120 ton per hari.",
        "Sebagian besar berasal dari rumah tangga.",
        "Tempat pembuangan akhir hampir penuh.",
        "Penandatanganan dilakukan tahun depan setelah anggaran tersedia."))
    assert not rec.is_signing


# --- "Pihak pertama adalah X": the sides named by their place in the agreement ---------------------

def test_sides_named_by_place_in_the_paragraph_before_the_signers_are_parties():
    rec = _record(article(
        _HEAD,
        "SALATIGA - Wali kota dan dua kepala desa duduk semeja di Aula Kantor Wali Kota Salatiga, "
        "Rabu (8/10/2025). Di meja tersaji naskah Perjanjian Kerja Sama tentang Pengelolaan Sampah Terpadu.",
        "Pihak pertama adalah Pemerintah Kota Salatiga. Pihak kedua adalah Pemerintah Desa Kumpulrejo.",
        "Penandatanganan dilakukan oleh Wali Kota Salatiga Hendra Kusumawati bersama Kepala Desa "
        "Kumpulrejo Bambang Suryadi."))
    assert rec.is_signing
    assert {p.name for p in rec.signings[0].parties} >= {"Pemerintah Kota Salatiga", "Pemerintah Desa Kumpulrejo"}


def test_a_third_party_contractor_is_no_side():
    # "pihak ketiga" (an outside contractor) does not name a side of the agreement
    rec = _record(article(
        _HEAD,
        "SALATIGA - Pengangkutan sampah selama ini dikerjakan pihak ketiga, PT Bersih Jaya Abadi.",
        "Pemerintah Kota Salatiga dan Pemerintah Desa Kumpulrejo menandatangani Perjanjian Kerja Sama "
        "tentang Pengelolaan Sampah di Aula Kantor Wali Kota Salatiga, Rabu (8/10/2025)."))
    assert rec.is_signing
    assert "PT Bersih Jaya Abadi" not in {p.name for p in rec.signings[0].parties}
