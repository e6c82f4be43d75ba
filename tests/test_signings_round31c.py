"""Round 31, third signings helper. From the held-out sets variety157 and variety158: a
photo caption showing the document "usai ditandatangani", credited "Dok.", is the report
when the body's signing words name no document and point back at the one signed
("Dokumen yang diteken Kamis siang itu ...", "kerja sama ini"); a speaker opening the
sentence ("X mengingatkan, tepat setahun lalu, ... pemkab juga meneken ...") leaves the time
that opens what is said to date the signing told, so it is an earlier one; "Saat itu, ..."
right after a sentence telling an earlier signing is that earlier time; "Ia membubuhkan
tanda tangan bersama Y" after a sentence naming a stand-in signs the event's document even
though the sentence names none. Sentences written for these tests; none comes from a
corpus article."""
from mou_extract import extract_text, classify
from variety_helpers import article, names as _names


def _record(text):
    return extract_text(text, id="t")


# --- a "Dok." caption under a body pointing back at the signed document -----------------------

def _caption_story(body_first: str, last: str = "") -> str:
    paras = [
        "Klaten Gandeng Unwidha Kembangkan Desa Wisata",
        "Selasa, 9 September 2025 13:20 WIB",
        "[Foto: Bupati Klaten Hamenang Wajar Ismoyo (kiri) dan Rektor Universitas Widya Dharma Klaten "
        "Tri Prasetyo (kanan) menunjukkan nota kesepahaman antara Pemerintah Kabupaten Klaten dan "
        "Universitas Widya Dharma Klaten usai ditandatangani di Pendopo Pemkab Klaten, Selasa "
        "(9/9/2025). (Dok. Diskominfo Klaten)]",
        body_first,
        "\"Kami ingin mahasiswa ikut mendampingi pengelola desa wisata,\" kata Hamenang.",
    ]
    if last:
        paras.append(last)
    return article(*paras)


def test_a_dok_caption_is_the_report_when_the_body_points_back_at_the_document_signed():
    rec = _record(_caption_story(
        "KLATEN - Kedua lembaga resmi bekerja sama mengembangkan desa wisata. Naskah yang ditandatangani "
        "Selasa pagi itu menjadi dasar pendampingan 20 desa wisata."))
    assert rec.is_signing
    sg = rec.signings[0]
    assert sg.document_type == "nota_kesepahaman"
    assert sg.date.value == "2025-09-09"
    assert sorted(_names(sg.signatories)) == ["Hamenang Wajar Ismoyo", "Tri Prasetyo"]


def test_a_passing_mention_before_the_signing_keeps_the_body_pointing_back():
    # "sebelum penandatanganan" tells no signing of its own
    rec = _record(_caption_story(
        "KLATEN - Kedua lembaga resmi bekerja sama mengembangkan desa wisata. Naskah yang ditandatangani "
        "Selasa pagi itu menjadi dasar pendampingan 20 desa wisata.",
        "Kepala Dinas Pariwisata Klaten Sri Nugroho memaparkan potensi desa wisata sebelum "
        "penandatanganan."))
    assert rec.is_signing


def test_a_dok_caption_over_a_body_whose_signing_word_points_at_nothing_stays_a_file_photo():
    # guard: the body signs nothing it points back to
    rec = _record(_caption_story(
        "KLATEN - Pemkab Klaten menyiapkan 20 desa wisata baru. Semua surat izin usaha harus "
        "ditandatangani kepala desa."))
    assert not rec.is_signing


def test_a_body_telling_an_earlier_signing_keeps_the_dok_caption_a_file_photo():
    # guard: the signing the body tells is an earlier one
    rec = _record(_caption_story(
        "KLATEN - Nota kesepahaman yang ditandatangani pada Maret 2024 lalu kini dievaluasi. Dokumen yang "
        "diteken itu dinilai belum berjalan."))
    assert not rec.is_signing


# --- a speaker opening the sentence before an earlier time ------------------------------------

def _recalled(second: str) -> str:
    return article(
        "Pemkab Pesawaran Teken Kesepakatan dengan BPN",
        "GEDONG TATAAN - Bupati Pesawaran Nanda Indira dan Kepala Kantor Pertanahan Kabupaten Pesawaran "
        "Agus Salim menandatangani nota kesepakatan tentang Percepatan Sertifikasi Aset Daerah di Aula "
        "Kantor Bupati Pesawaran, Kamis (6/11/2025).",
        second,
        "Kegiatan dihadiri Sekretaris Daerah Kabupaten Pesawaran Wildan.",
    )


def test_a_speaker_then_tepat_setahun_lalu_tells_an_earlier_signing():
    rec = _record(_recalled(
        "Nanda mengingatkan, tepat setahun lalu, pemkab juga meneken perjanjian kerja sama dengan "
        "Kejaksaan Negeri Pesawaran di bidang perdata dan tata usaha negara."))
    assert len(rec.signings) == 1
    assert "Kejaksaan Negeri Pesawaran" not in _names(rec.signings[0].parties)


def test_a_speaker_then_an_old_full_date_tells_an_earlier_signing():
    rec = _record(_recalled(
        "Bupati Pesawaran Nanda Indira juga menjelaskan bahwa pada 14 Oktober 2024 pemkab meneken "
        "perjanjian kerja sama dengan "
        "Kejaksaan Negeri Pesawaran."))
    assert len(rec.signings) == 1
    assert rec.signings[0].document_type == "nota_kesepakatan"


def test_speech_lead_moves_the_past_lead_in_anchor_status():
    s = "Rizal mengatakan, dua tahun lalu pemkot juga menandatangani nota kesepakatan dengan BPN."
    verb = classify.signing_verbs(s, 0, len(s))[0]
    assert classify.anchor_status(s, 0, len(s), verb, [], [], None) == "past"


def test_a_speaker_then_a_time_of_the_report_is_still_the_report():
    # guard: what the speaker says opens with no earlier time
    s = "Rizal mengatakan, hari ini pemkot menandatangani nota kesepakatan dengan BPN."
    verb = classify.signing_verbs(s, 0, len(s))[0]
    assert classify.anchor_status(s, 0, len(s), verb, [], [], None) == "done"


# --- "Saat itu, ..." after an earlier signing --------------------------------------------------

def test_saat_itu_after_an_earlier_signing_is_that_time():
    rec = _record(_recalled(
        "Nanda mengingatkan, setahun silam pemkab juga meneken perjanjian kerja sama dengan Kejaksaan "
        "Negeri Pesawaran. Saat itu, dokumen ditandatangani oleh penjabat bupati dan Kepala Kejaksaan "
        "Negeri Pesawaran Hendri Gunawan."))
    assert len(rec.signings) == 1
    sg = rec.signings[0]
    assert "Hendri Gunawan" not in _names(sg.signatories)
    assert "Kejaksaan Negeri Pesawaran" not in _names(sg.parties)


def test_dokumen_itu_after_an_earlier_signing_points_back_at_it():
    rec = _record(_recalled(
        "Pada 2023, pemkab juga meneken perjanjian kerja sama dengan Kejaksaan Negeri Pesawaran. "
        "Dokumen itu ditandatangani oleh penjabat bupati dan Kepala Kejaksaan Negeri Pesawaran Hendri "
        "Gunawan."))
    sg = rec.signings[0]
    assert "Hendri Gunawan" not in _names(sg.signatories)


def test_the_signers_of_an_earlier_signing_sign_none_of_the_report():
    rec = _record(_recalled(
        "Setahun silam, Penjabat Bupati Pesawaran Rudi Hartono dan Kepala Kejaksaan Negeri Pesawaran "
        "Hendri Gunawan meneken perjanjian kerja sama di bidang perdata dan tata usaha negara."))
    assert len(rec.signings) == 1
    sg = rec.signings[0]
    assert sorted(_names(sg.signatories)) == ["Agus Salim", "Nanda Indira"]
    assert "Kejaksaan Negeri Pesawaran" not in _names(sg.parties)


def test_kala_itu_after_a_signing_told_as_an_entry_keeps_its_signers():
    # guard: "Kala itu" goes on from a signing of three weeks before that the article
    # reports as an entry of its own: its signers are that entry's
    rec = _record(article(
        "Tindak Lanjut Nota Kesepakatan, Pemkab Kaur dan BPN Teken PKS",
        "BINTUHAN - Pemerintah Kabupaten Kaur dan Kantor Pertanahan Kabupaten Kaur menandatangani "
        "perjanjian kerja sama tentang Sertifikasi Aset Daerah di Ruang Rapat Bupati Kaur, Selasa "
        "(23/9/2025). PKS ditandatangani Sekretaris Daerah Kabupaten Kaur Nandar Munadi dan Kepala "
        "Kantor Pertanahan Kabupaten Kaur Yusril Ihza.",
        "PKS merupakan penjabaran dari nota kesepakatan yang ditandatangani Pemerintah Kabupaten Kaur "
        "dan Kanwil BPN Bengkulu di Gedung Daerah Bengkulu, Senin (1/9/2025). Kala itu, nota "
        "kesepakatan diteken langsung oleh Bupati Kaur Gustianto dan Kepala Kanwil BPN Bengkulu "
        "Indra Gunawan.",
    ))
    signers = {n for s in rec.signings for n in _names(s.signatories)}
    assert "Gustianto" in signers


# --- "Ia membubuhkan tanda tangan" after a stand-in is named -----------------------------------

def test_ia_membubuhkan_tanda_tangan_after_a_stand_in_signs_for_the_absent_head():
    rec = _record(article(
        "Unsoed dan Pemkab Cilacap Sepakati KKN Tematik",
        "Kamis, 14 Agustus 2025",
        "PURWOKERTO - Sebanyak 500 mahasiswa Universitas Jenderal Soedirman akan diterjunkan ke 50 desa "
        "di Kabupaten Cilacap. Hal itu disepakati setelah kedua pihak menandatangani perjanjian kerja "
        "sama tentang KKN Tematik Pengentasan Kemiskinan di Pendopo Wijayakusuma Cakti, Rabu (13/8/2025).",
        "Rektor Universitas Jenderal Soedirman yang sedang bertugas ke luar negeri diwakili oleh Wakil Rektor Bidang "
        "Akademik, Prof. Dr. Dwi Hartanti Susilowati, M.Si. Ia membubuhkan tanda tangan bersama Bupati "
        "Cilacap, Syamsul Auliya Rachman.",
        "Sebanyak 500 mahasiswa akan ditempatkan di 50 desa.",
    ))
    sg = rec.signings[0]
    assert "Dwi Hartanti Susilowati" in _names(sg.signatories)
    who = next(p for p in sg.signatories if p.name == "Dwi Hartanti Susilowati")
    assert who.party == "Universitas Jenderal Soedirman"
