"""Round 22 (lead): documents and signing detection.

- a budget or legislative term that an action of the agreement applies to ("Penegakan
  Peraturan Daerah", "pengawasan pengelolaan APBD") is the agreement's subject, not a
  budget document: the agreement is no budget document, and the term inside its title is
  no document of its own;
- "Penandatanganan ditargetkan berlangsung ..." / "diharapkan dapat dilaksanakan ..."
  tell of a signing still to come.
"""
from mou_extract import documents
from mou_extract import extract_text
from variety_helpers import article


def _record(*paragraphs, title="Kerja Sama Keamanan dan Ketertiban", date="Rabu, 11 Juni 2025 | 10:15 WIB"):
    return extract_text(article(title, date, *paragraphs), id="t")


def _docs(text):
    return documents.find_documents(text, [(0, len(text))])


# --- budget words as an agreement's subject ---------------------------------------------

_POLICE = ("Nota Kesepahaman tentang Sinergi Pemeliharaan Ketertiban Umum serta Penegakan Peraturan Daerah "
           "itu ditandatangani Kapolres Tanggamus AKBP Rinaldi Saputra dan Bupati Tanggamus Hendra Wijaya "
           "di Aula Kantor Bupati, Selasa (10/6/2025).")


def test_perda_enforcement_in_a_title_is_no_budget_document():
    docs = _docs(_POLICE)
    assert [d.doc_type for d in docs] == ["nota_kesepahaman"]
    assert docs[0].title is not None and _POLICE[docs[0].title[0]:docs[0].title[1]].endswith("Peraturan Daerah")


def test_supervising_the_budget_is_an_agreement_subject():
    text = ("Nota kesepakatan tentang pengawasan pengelolaan APBD itu diteken Kepala Kejari Pesawaran "
            "dan Sekda Pesawaran.")
    assert [d.doc_type for d in _docs(text)] == ["nota_kesepakatan"]


def test_a_nota_kesepakatan_on_a_draft_perda_stays_a_budget_document():
    text = ("Nota Kesepakatan Rancangan Peraturan Daerah tentang APBD Tahun Anggaran 2026 ditandatangani "
            "Bupati Tanggamus dan Ketua DPRD Tanggamus.")
    assert _docs(text)[0].is_budget
    text = "Bupati dan pimpinan DPRD meneken nota kesepakatan KUA-PPAS Perubahan 2025."
    assert _docs(text)[0].is_budget


def test_an_agreement_on_perda_enforcement_is_a_signing():
    rec = _record(
        "Kota Agung - Kepolisian Resor Tanggamus dan Pemerintah Kabupaten Tanggamus menjalin kerja sama. " + _POLICE,
        "Kerja sama itu meliputi pertukaran data dan informasi serta pelatihan bagi anggota Satpol PP.")
    assert rec.is_signing
    assert rec.signings[0].document_type == "nota_kesepahaman"
    assert rec.signings[0].date.value == "2025-06-10"


# --- targets ---------------------------------------------------------------------------

def test_a_targeted_signing_is_no_signing():
    rec = _record(
        "Jakarta - Kementerian Agama dan Ombudsman Republik Indonesia membahas nota kesepahaman tentang "
        "pengawasan layanan haji dalam audiensi di Gedung Ombudsman RI, Jakarta, Selasa (10/6/2025).",
        "Rombongan Kementerian Agama dipimpin Sekretaris Jenderal Kementerian Agama, Ahmad Fauzi. Mereka "
        "diterima Anggota Ombudsman RI Ratna Sari.",
        "Ratna mengatakan draf nota kesepahaman masih dibahas tim kedua lembaga. Penandatanganan ditargetkan "
        "berlangsung pertengahan Juli, sebelum musim haji berakhir.",
        title="Kemenag dan Ombudsman Bahas Nota Kesepahaman")
    assert not rec.is_signing
    rec = _record(
        "Jakarta - Kementerian Agama dan Ombudsman Republik Indonesia membahas nota kesepahaman tentang "
        "pengawasan layanan haji dalam audiensi di Gedung Ombudsman RI, Jakarta, Selasa (10/6/2025).",
        "Rombongan Kementerian Agama dipimpin Sekretaris Jenderal Kementerian Agama, Ahmad Fauzi. Mereka "
        "diterima Anggota Ombudsman RI Ratna Sari.",
        "Ratna mengatakan draf nota kesepahaman masih dibahas. Penandatanganan diharapkan dapat dilaksanakan "
        "sebelum musim haji berakhir.",
        title="Kemenag dan Ombudsman Bahas Nota Kesepahaman")
    assert not rec.is_signing


def test_a_signing_that_met_its_target_is_a_signing():
    rec = _record(
        "Jakarta - Kementerian Pendidikan Dasar dan Menengah dan Ombudsman RI menandatangani nota kesepahaman "
        "tentang pengawasan penerimaan murid baru di Jakarta, Selasa (10/6/2025).",
        "Penandatanganan itu sesuai dengan target kedua lembaga sebelum pendaftaran dibuka.",
        title="Kemendikdasmen dan Ombudsman Teken Nota Kesepahaman")
    assert rec.is_signing


# --- a lead that counts the documents, then tells each signing ---------------------------

_COUNT_LEAD = (
    "Samarinda - Wali Kota Samarinda, Dr. H. Rahmat Hidayat, M.Si., menandatangani dua dokumen kerja sama "
    "sekaligus di Ruang Rapat Utama Balai Kota Samarinda, Selasa (10/6/2025).",
    "Dokumen pertama adalah nota kesepakatan dengan Ombudsman RI Perwakilan Kalimantan Timur tentang "
    "Pengawasan Pelayanan Publik. Nota kesepakatan itu ditandatangani Rahmat dan Kepala Ombudsman RI "
    "Perwakilan Kalimantan Timur, Dewi Anggraini.",
    "Setelah itu, wali kota meneken perjanjian kerja sama dengan Kejaksaan Negeri Samarinda tentang "
    "Penanganan Masalah Hukum Bidang Perdata dan Tata Usaha Negara. PKS itu ditandatangani wali kota "
    "bersama Kepala Kejaksaan Negeri Samarinda, Yoga Pratama.",
)


def test_each_counted_signing_has_the_leads_venue_and_signer():
    rec = _record(*_COUNT_LEAD, title="Wali Kota Samarinda Teken Dua Kerja Sama")
    assert rec.is_signing and len(rec.signings) == 2
    for sg in rec.signings:
        assert sg.date.value == "2025-06-10"
        assert sg.venue is not None and sg.venue.name.startswith("Ruang Rapat Utama Balai Kota Samarinda")
        assert "Rahmat Hidayat" in [p.name for p in sg.signatories]
        assert "Pemerintah Kota Samarinda" in [p.name for p in sg.parties]
    first, second = rec.signings  # (one day: in the order the article tells them)
    assert first.document_type == "nota_kesepakatan" and second.document_type == "perjanjian_kerja_sama"
    assert "Kejaksaan Negeri Samarinda" not in [p.name for p in first.parties]
    assert "Kejaksaan Negeri Samarinda" in [p.name for p in second.parties]


def test_signings_on_different_days_share_nothing_from_a_lead():
    rec = _record(
        "Samarinda - Wali Kota Samarinda, Rahmat Hidayat, menandatangani dua dokumen kerja sama pekan ini.",
        "Pada Senin (9/6/2025), nota kesepakatan dengan Ombudsman RI Perwakilan Kalimantan Timur "
        "ditandatangani Rahmat dan Kepala Ombudsman RI Perwakilan Kalimantan Timur, Dewi Anggraini, di "
        "Kantor Ombudsman RI Perwakilan Kalimantan Timur.",
        "Sehari kemudian, Selasa (10/6/2025), Sekretaris Daerah Kota Samarinda, Budi Santoso, meneken "
        "perjanjian kerja sama dengan Kejaksaan Negeri Samarinda bersama Kepala Kejaksaan Negeri "
        "Samarinda, Yoga Pratama, di Aula Kejaksaan Negeri Samarinda.",
        title="Wali Kota Samarinda Teken Dua Kerja Sama")
    assert len(rec.signings) == 2
    assert "Rahmat Hidayat" not in [p.name for p in rec.signings[1].signatories]


# --- colloquial verbs and sequence words -------------------------------------------------

def test_the_bare_verb_bubuhkan_tanda_tangan_is_a_signing_verb():
    from mou_extract import classify
    text = ("Di ruang rapat kantor bupati, Bupati Belitung dan Pemimpin Cabang Bank Sumsel Babel Tanjung Pandan "
            "bubuhkan tanda tangan di atas naskah PKS.")
    assert [m.group() for m in classify.signing_verbs(text, 0, len(text))] == ["bubuhkan tanda tangan"]


def test_setelah_itu_tells_the_next_step_not_a_condition():
    from mou_extract import classify
    done = "Setelah itu, wali kota meneken perjanjian kerja sama dengan Kejaksaan Negeri Samarinda."
    v = classify.signing_verbs(done, 0, len(done))[0]
    assert classify.anchor_status(done, 0, len(done), v, [], [], None) == "done"
    cond = "Setelah draf disetujui, nota kesepakatan ditandatangani kedua pihak."
    v = classify.signing_verbs(cond, 0, len(cond))[0]
    assert classify.anchor_status(cond, 0, len(cond), v, [], [], None) == "planned"


# --- held-out round: agreements pointed back to, sequence words, witnesses ----------------

def test_a_quoted_signing_of_the_agreement_reviewed_is_no_new_signing():
    rec = _record(
        "KUALA KURUN - Ombudsman RI Perwakilan Kalimantan Tengah menggelar rapat evaluasi nota kesepakatan "
        "dengan Pemerintah Kabupaten Gunung Mas di Aula Setda Gunung Mas, Selasa (10/6/2025). Rapat membahas isi "
        "kesepakatan yang diteken kedua pihak pada Maret 2023.",
        "Sekretaris Daerah Kabupaten Gunung Mas, Yansen Binti, mengakui sejumlah kegiatan tertunda.",
        '"Kesepakatan itu kami tandatangani dengan sadar, jadi harus kami jalankan," ujar Yansen.',
        title="Ombudsman Kalteng Evaluasi Kesepakatan dengan Pemkab Gunung Mas")
    assert not rec.is_signing


def test_what_followed_a_dated_signing_is_no_condition():
    rec = _record(
        "Pemirsa, dua puluh ribu pekerja rentan di Kota Balikpapan tahun ini didaftarkan sebagai peserta jaminan "
        "sosial. Kepastian itu didapat setelah Pemerintah Kota Balikpapan dan BPJS Ketenagakerjaan "
        "menandatangani perjanjian kerja sama, Selasa (10/6) siang.",
        "Perjanjian diteken Wali Kota Balikpapan Rahmad Mas'ud dan Kepala Kantor Cabang BPJS Ketenagakerjaan "
        "Balikpapan, Dewi Sartika.",
        title="Pekerja Rentan Balikpapan Dapat Jaminan Sosial")
    assert rec.is_signing
    assert rec.signings[0].date.value == "2025-06-10"


def test_a_witness_body_does_not_split_documents_signed_together():
    rec = _record(
        "AMBON - Gubernur Maluku, Markus Latuheru, dan Kepala Ombudsman RI Perwakilan Provinsi Maluku, Abdul "
        "Rahman, menandatangani Nota Kesepakatan dan Perjanjian Kerja Sama tentang Pengawasan Pelayanan Publik. "
        "Penandatanganan berlangsung di Lantai VII Kantor Gubernur Maluku, Selasa (10/6/2025), dan disaksikan "
        "Ketua DPRD Provinsi Maluku, Jefry Salakory.",
        title="Pemprov Maluku dan Ombudsman Teken Nota Kesepakatan serta PKS")
    assert len(rec.signings) == 1
    sg = rec.signings[0]
    assert sg.document_type == "nota_kesepakatan"
    assert sg.date.value == "2025-06-10"
    assert "Jefry Salakory" in [p.name for p in sg.attendees]


def test_a_dated_event_at_a_place_before_the_signing_gives_its_venue():
    rec = _record(
        "Harapan baru datang dari sebuah acara di Aula Setda Kabupaten Pangandaran, Parigi, Selasa (10/6/2025). "
        "Pemerintah Kabupaten Pangandaran dan Universitas Padjadjaran menandatangani nota kesepahaman tentang "
        "Pengembangan Ekonomi Biru.",
        "Nota kesepahaman itu diteken Bupati Pangandaran Citra Pitriyami dan Rektor Universitas Padjadjaran "
        "Arief Kartasasmita.",
        title="Pangandaran dan Unpad Teken Nota Kesepahaman Ekonomi Biru")
    sg = rec.signings[0]
    assert sg.venue is not None and sg.venue.name == "Aula Setda Kabupaten Pangandaran"
    assert sg.date.value == "2025-06-10"
