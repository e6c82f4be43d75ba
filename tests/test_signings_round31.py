"""Round 31: signings, documents, classify. From the held-out sets variety150 and
variety152: "menorehkan / menggoreskan tanda tangan pada perjanjian ..." is a signing verb;
a signing told with "Insyaallah" before it, or as one "yang kami rencanakan", is still to
come, and so is one that bounds a time ("mendampingi ... hingga nota kesepakatan baru
ditandatangani."); a lead counting the documents signed at one event ("meneken dua dokumen
kerja sama sekaligus") goes with the first signing told after it, so the entries follow the
text; a person who steps up "ke meja penandatanganan" in a signing sentence signed (and "meja
penandatanganan" then tells a signing, not a thing made for it); bodies after "setelah" are
the subject of the signing verb in the same clause ("Hal itu setelah X, Y dan Z
menandatangani ..."), not governments that signed before; a role read without its name
followed by "1, dr. Nama" is that person's; a unit of a regional government named without
its regency ("Kepala UPTD Puskesmas X") belongs to the one regency or city the article
names. Sentences written for these tests; none comes from a corpus article."""
from mou_extract import extract_text
from variety_helpers import article, names as _names


def _record(text):
    return extract_text(text, id="t")


# --- other verbs of putting a signature ------------------------------------------------------

def _marked(verb: str) -> str:
    return article(
        "Wali Kota dan Kepala BPN Tegal Sepakati Percepatan Sertifikasi Aset",
        "Selasa, 12 Agustus 2025 - 14:05 WIB",
        "TEGAL - Wali Kota Tegal Dedy Yon Supriyono dan Kepala Kantor Pertanahan Kota Tegal Rudi "
        f"Hartanto {verb} tanda tangan pada perjanjian kerja sama tentang Percepatan Sertifikasi "
        "Barang Milik Daerah, Senin (11/8/2025), di Ruang Rapat Wali Kota Tegal.",
        "Sebanyak 120 bidang tanah milik pemkot ditargetkan bersertifikat sampai akhir tahun.",
    )


def test_menorehkan_tanda_tangan_is_a_signing():
    rec = _record(_marked("menorehkan"))
    assert rec.is_signing
    assert rec.signings[0].document_type == "perjanjian_kerja_sama"
    assert rec.signings[0].date.value == "2025-08-11"


def test_menggoreskan_tanda_tangan_is_a_signing():
    assert _record(_marked("menggoreskan")).is_signing


def test_a_headline_torehkan_alone_in_the_body_is_a_signing_too():
    rec = _record(_marked("torehkan"))
    assert rec.is_signing


# --- a signing still to come -----------------------------------------------------------------

def _evaluation(last: str) -> str:
    return article(
        "Kerja Sama Pemkab Barito Kuala dan Kanwil Kemenkum Dievaluasi",
        "Rabu, 8 Oktober 2025",
        "MARABAHAN - Pemerintah Kabupaten Barito Kuala dan Kantor Wilayah Kementerian Hukum Kalimantan "
        "Selatan menggelar rapat evaluasi kerja sama pembentukan produk hukum daerah di Aula Bappeda "
        "Barito Kuala, Selasa (7/10/2025).",
        "Kepala Bagian Hukum Setda Barito Kuala, Rina Marlina, menyebut 18 rancangan perda telah "
        "diharmonisasi tahun ini.",
        last,
    )


def test_insyaallah_before_the_signing_noun_tells_one_still_to_come():
    rec = _record(_evaluation(
        "\"Insyaallah penandatanganan nota kesepakatan dengan Kanwil kami gelar bersamaan dengan hari "
        "jadi kabupaten,\" ujar Rina."))
    assert not rec.is_signing


def test_a_signing_the_speaker_says_we_plan_is_still_to_come():
    rec = _record(_evaluation(
        "\"Penandatanganan perjanjian kerja sama yang baru kami rencanakan bersamaan dengan hari jadi "
        "kabupaten,\" ujar Rina."))
    assert not rec.is_signing


def test_until_the_new_agreement_is_signed_bounds_a_time():
    rec = _record(_evaluation(
        "Kanwil siap menugaskan perancang peraturan untuk mendampingi Bagian Hukum setiap bulan hingga "
        "nota kesepakatan baru ditandatangani."))
    assert not rec.is_signing


def test_until_the_agreement_is_signed_by_named_people_on_a_day_is_still_a_report():
    # the verb goes on with its signers and day: the signing is told, not awaited
    rec = _record(_evaluation(
        "Pembahasan berlangsung alot hingga nota kesepakatan ditandatangani Bupati Barito Kuala Bahrul "
        "Ilmi dan Kepala Kanwil, Selasa (7/10/2025) sore."))
    assert rec.is_signing


# --- two documents at one event: a counting lead, the first signing told after it -------------

TWO_DOCUMENTS = article(
    "Pemkab Balangan Teken Dua Kerja Sama Sekaligus",
    "PARINGIN - Bupati Balangan Abdul Hadi meneken dua dokumen kerja sama sekaligus pada Kamis "
    "(14/8/2025) di Aula Benteng Tundakan, Kantor Bupati Balangan. Mitra pertama adalah Badan Pusat "
    "Statistik Kabupaten Balangan, disusul Kejaksaan Negeri Balangan.",
    "Dengan BPS, pemkab menandatangani Perjanjian Kerja Sama tentang Penyelenggaraan Statistik "
    "Sektoral. Dokumen tersebut ditandatangani Abdul Hadi bersama Kepala BPS Kabupaten Balangan, "
    "Yuliani Safitri.",
    "Selang beberapa menit, giliran Kepala Kejaksaan Negeri Balangan, Hendra Gunawan, S.H., M.H., "
    "yang maju ke meja penandatanganan. \"Hari ini pihaknya bersama Pemerintah Kabupaten Balangan "
    "menandatangani nota kesepakatan di bidang perdata dan tata usaha negara,\" kata Hendra dalam "
    "sambutannya.",
    "Nota kesepakatan itu memuat pemberian bantuan hukum dan pertimbangan hukum kepada pemkab.",
    "Kegiatan dihadiri Wakil Bupati Balangan Akhmad Fauzi.",
)


def test_two_documents_counted_in_the_lead_are_two_entries_in_the_text_s_order():
    rec = _record(TWO_DOCUMENTS)
    assert [s.document_type for s in rec.signings] == ["perjanjian_kerja_sama", "nota_kesepakatan"]
    assert rec.signings[0].date.value == "2025-08-14"


def test_who_steps_up_to_the_signing_table_signs_for_their_body():
    rec = _record(TWO_DOCUMENTS)
    nk = next(s for s in rec.signings if s.document_type == "nota_kesepakatan")
    assert "Hendra Gunawan" in _names(nk.signatories)
    assert "Hendra Gunawan" not in _names(nk.attendees)
    assert "Kejaksaan Negeri Balangan" in _names(nk.parties)


# --- bodies after "setelah" that sign in that clause ------------------------------------------

def test_bodies_after_setelah_that_sign_in_the_same_clause_are_the_parties():
    text = article(
        "Tenun Ikat Sikka Segera Dijual Lewat Marketplace",
        "MAUMERE - Tenun ikat khas Sikka bakal lebih mudah dibeli secara daring. Hal itu setelah "
        "Pemerintah Kabupaten Sikka, Dewan Kerajinan Nasional Daerah Kabupaten Sikka dan PT Nian "
        "Tana Digital menandatangani nota kesepahaman, Rabu (3/9/2025).",
        "Penandatanganan berlangsung di Aula Sikesa, Kantor Bupati Sikka.",
    )
    rec = _record(text)
    assert rec.is_signing
    names = _names(rec.signings[0].parties)
    assert "Pemerintah Kabupaten Sikka" in names
    assert any(n.startswith("PT Nian Tana") for n in names)


def test_governments_after_setelah_that_signed_before_stay_out():
    # guard: the clause after "setelah" tells an earlier signing of others
    text = article(
        "Pemkab Ende Teken Nota Kesepakatan dengan Ombudsman NTT",
        "ENDE - Pemerintah Kabupaten Ende menandatangani nota kesepakatan dengan Ombudsman RI "
        "Perwakilan Nusa Tenggara Timur, Rabu (3/9/2025), setelah Kabupaten Sikka dan Kabupaten Nagekeo "
        "pada tahun 2024.",
    )
    rec = _record(text)
    assert rec.is_signing
    names = _names(rec.signings[0].parties)
    assert "Pemerintah Kabupaten Sikka" not in names
    assert "Pemerintah Kabupaten Nagekeo" not in names


# --- a unit of the regency signs for it --------------------------------------------------------

def test_a_puskesmas_head_with_a_numbered_unit_and_dr_signs_for_the_regency():
    text = article(
        "Siswa SMK Farmasi Praktik di Puskesmas Leksono 2",
        "WONOSOBO - UPTD Puskesmas Leksono 2 dan SMK Farmasi Cendekia Wonosobo menandatangani perjanjian "
        "kerja sama praktik kerja lapangan bagi siswa jurusan farmasi, Rabu (7/5/2025).",
        "Kerja sama diteken oleh Kepala UPTD Puskesmas Leksono 2, dr. Sri Handayani, dan Kepala SMK "
        "Farmasi Cendekia, Budi Santoso, S.Pd., di aula puskesmas. Kepala Dinas Kesehatan Kabupaten "
        "Wonosobo, Heru Prasetyo, hadir menyaksikan.",
    )
    rec = _record(text)
    sg = rec.signings[0]
    assert "Sri Handayani" in _names(sg.signatories)
    assert "Pemerintah Kabupaten Wonosobo" in _names(sg.parties)
    who = next(p for p in sg.signatories if p.name == "Sri Handayani")
    assert who.party == "Pemerintah Kabupaten Wonosobo"


def test_a_unit_without_its_regency_takes_no_government_when_the_article_names_two():
    # guard: two regencies named, the unit's is not known
    text = article(
        "Siswa SMK Farmasi Praktik di Puskesmas Leksono 2",
        "WONOSOBO - UPTD Puskesmas Leksono 2 dan SMK Farmasi Cendekia menandatangani perjanjian "
        "kerja sama praktik kerja lapangan bagi siswa dari Kabupaten Temanggung, Rabu (7/5/2025).",
        "Kerja sama diteken oleh Kepala UPTD Puskesmas Leksono 2, dr. Sri Handayani, dan Kepala SMK "
        "Farmasi Cendekia, Budi Santoso, S.Pd., di aula puskesmas. Kepala Dinas Kesehatan Kabupaten "
        "Wonosobo, Heru Prasetyo, hadir menyaksikan.",
    )
    sg = _record(text).signings[0]
    who = next((p for p in sg.signatories if p.name == "Sri Handayani"), None)
    assert who is None or who.party is None


def test_insyaallah_hoping_for_what_the_signing_brings_is_no_plan():
    # guard: "Insyaallah, dengan ditandatanganinya ..." hopes for the results of a signing
    # just made
    from mou_extract import classify
    s = "Insyaallah, dengan ditandatanganinya nota kesepakatan ini, aset daerah lebih terlindungi."
    verb = classify.signing_verbs(s, 0, len(s))[0]
    assert classify.anchor_status(s, 0, len(s), verb, [], [], None) != "planned"


def test_insyaallah_alone_before_the_signing_makes_no_report_of_it():
    from mou_extract import classify
    s = "Insyaallah penandatanganan nota kesepakatan dilaksanakan bersama Kejari Tapin."
    verb = classify.signing_verbs(s, 0, len(s))[0]
    assert classify.anchor_status(s, 0, len(s), verb, [], [], None) == "planned"
