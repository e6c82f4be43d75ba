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


# --- a signing told only in the headline and a credited photo caption -------------------------------

_CAPTION = ("Bupati Paser Andi Rahmat Syarif (kanan) dan Kepala Kantor Cabang BPJS Kesehatan Tanah Grogot "
            "Mariana Lumban Gaol usai menandatangani perjanjian kerja sama di Ruang Rapat Bupati Paser, "
            "Senin (3/11/2025). (Dok Diskominfo)")
_BODY = ("TANA PASER - Sebanyak 12.000 warga miskin akan didaftarkan sebagai peserta jaminan kesehatan "
         "yang iurannya ditanggung APBD mulai Januari.",
         "Pendataan dilakukan oleh dinas sosial bersama pemerintah desa.")


def test_caption_credited_dok_under_a_signing_headline_is_the_report():
    rec = _record(article("Pemkab Paser dan BPJS Kesehatan Teken PKS Jaminan Warga Miskin",
                          "foto_pks_bpjs.jpg", _CAPTION, *_BODY))
    assert rec.is_signing
    s = rec.signings[0]
    assert s.document_type == "perjanjian_kerja_sama"
    assert str(s.date.value) == "2025-11-03"


def test_caption_credited_dok_under_a_headline_without_signing_stays_a_file_photo():
    rec = _record(article("Pemkab Paser Tanggung Iuran Jaminan Kesehatan 12.000 Warga Miskin",
                          "foto_pks_bpjs.jpg", _CAPTION, *_BODY))
    assert not rec.is_signing


def test_caption_credited_dok_showing_another_kind_of_agreement_stays_a_file_photo():
    # the headline reports a nota kesepahaman; the photo shows an earlier PKS
    rec = _record(article("Pemkab Paser dan Universitas Mulawarman Teken Nota Kesepahaman",
                          "foto_pks_bpjs.jpg", _CAPTION, *_BODY))
    assert not rec.is_signing


# --- a lead giving each signer its own agreement ("kerja sama masing-masing") -----------------------

def _two_pairs(lead: str) -> str:
    return article(
        "Dua Kabupaten Teken Kerja Sama di Mamuju",
        lead,
        "Yang pertama adalah Pemerintah Kabupaten Majene. Bupati Majene, Andi Tenri Ajeng, menandatangani "
        "Perjanjian Kerja Sama tentang Kredit Usaha Nelayan dengan PT Bank Pembangunan Daerah Sulawesi "
        "Selatan dan Sulawesi Barat.",
        "Setelah itu, Bupati Polewali Mandar, Hasanuddin Lamasi, menandatangani Nota Kesepahaman dengan "
        "Universitas Sulawesi Barat. Rektor Unsulbar, Prof. Dr. Yusuf Kalla Rahim, membubuhkan tanda tangan "
        "untuk pihak kampus.")


def test_lead_giving_each_its_own_agreement_does_not_take_the_second_signing_first():
    rec = _record(_two_pairs(
        "MAMUJU - Dua kabupaten di Sulawesi Barat memanfaatkan rapat koordinasi untuk meneken kerja sama "
        "masing-masing, Rabu (12/11/2025), di Aula Kantor Gubernur Sulawesi Barat."))
    assert [s.document_type for s in rec.signings] == ["perjanjian_kerja_sama", "nota_kesepahaman"]
    assert "Andi Tenri Ajeng" in _names(rec.signings[0].signatories)


def test_each_own_guard_masing_masing_naming_no_agreement():
    # "masing-masing" about the officials, not the agreements, leaves the lead as before
    from mou_extract import signings
    assert not signings._EACH_OWN.search("Kepala dinas masing-masing kabupaten hadir dalam rapat kerja sama itu.")
    assert signings._EACH_OWN.search("Keduanya menandatangani nota kesepahaman dengan mitranya masing-masing.")
    assert signings._EACH_OWN.search("Para bupati masing-masing meneken PKS dengan bank daerah.")


# --- the lead scene of the signers side by side at a place, before the signing paragraph -------------

def test_signers_seated_side_by_side_at_a_place_in_the_lead_give_the_venue():
    rec = _record(article(
        "Pemkab Lumajang Gandeng Kejari Tangani Aset",
        "LUMAJANG - Dua pejabat itu duduk berdampingan di meja panjang Pendopo Arya Wiraraja, "
        "Kamis (19/6/2025) pagi.",
        "Keduanya lalu membubuhkan tanda tangan pada Perjanjian Kerja Sama tentang Penanganan Masalah "
        "Hukum Perdata antara Pemerintah Kabupaten Lumajang dan Kejaksaan Negeri Lumajang."))
    assert rec.is_signing
    assert rec.signings[0].venue is not None and rec.signings[0].venue.name == "Pendopo Arya Wiraraja"


def test_lead_scene_before_the_document_named_for_a_bare_signing_noun_gives_the_venue():
    rec = _record(article(
        _HEAD,
        "SALATIGA - Wali kota dan dua kepala desa berdiri berjajar di Aula Kantor Wali Kota Salatiga, "
        "Rabu (8/10/2025). Di tangan mereka ada naskah Perjanjian Kerja Sama tentang Pengelolaan Sampah.",
        "Volume sampah kota mencapai 120 ton per hari.",
        "Penandatanganan dilakukan oleh Wali Kota Salatiga Hendra Kusumawati bersama Kepala Desa "
        "Kumpulrejo Bambang Suryadi."))
    assert rec.is_signing
    assert rec.signings[0].venue is not None and rec.signings[0].venue.name == "Aula Kantor Wali Kota Salatiga"


def test_a_lead_scene_at_a_place_on_another_matter_gives_no_venue():
    # a meeting place two paragraphs before, with no document of the signing in it
    rec = _record(article(
        "Pemkab Lumajang Gandeng Kejari Tangani Aset",
        "LUMAJANG - Para camat duduk berjajar di Pendopo Arya Wiraraja, Senin (16/6/2025), mendengarkan "
        "arahan bupati soal aset desa.",
        "Rapat itu membahas ratusan bidang tanah yang belum bersertifikat.",
        "Bupati Lumajang Indah Permatasari dan Kepala Kejaksaan Negeri Lumajang Dodi Kurniawan "
        "menandatangani Perjanjian Kerja Sama tentang Penanganan Masalah Hukum Perdata, Kamis (19/6/2025)."))
    assert rec.is_signing
    v = rec.signings[0].venue
    assert v is None or v.name != "Pendopo Arya Wiraraja"


def test_signing_noun_only_placed_does_not_reach_back_a_paragraph():
    # "Penandatanganan berlangsung di ..." says where, not who signed: the lead's
    # document is not taken across the break (as "Penandatanganan dihadiri ..." is not)
    rec = _record(article(
        _HEAD,
        "SALATIGA - Pemkot Salatiga dan Desa Kumpulrejo sepakat bekerja sama yang dituangkan dalam "
        "Perjanjian Kerja Sama tentang Pengelolaan Sampah.",
        "Penandatanganan berlangsung di Aula Kantor Wali Kota Salatiga, Rabu (8/10/2025)."))
    assert not rec.is_signing


# --- "Pak Bupati sendiri, Pak X": the post, the emphatic "sendiri", then the person ------------------

def test_post_himself_then_the_name_is_one_person():
    from variety_helpers import people
    assert people("Pak Wali Kota sendiri, Pak Hendra Kusumawati.")[0][:2] == ("Hendra Kusumawati", "Wali Kota")
    assert people("Bupati sendiri, Andi Tenri Ajeng, hadir langsung.")[0][:2] == ("Andi Tenri Ajeng", "Bupati")


def test_post_himself_then_a_source_is_not_the_post():
    # "Bupati sendiri, menurut Rudi, ...": Rudi is who says so, not the regent
    from variety_helpers import people
    ms = people("Bupati sendiri, menurut Rudi Hartono, belum memberi arahan.")
    assert ("Rudi Hartono", "Bupati") not in [m[:2] for m in ms]
