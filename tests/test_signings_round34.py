"""Round 34, signings. From the held-out sets variety185-189: the bare "tanda tangan" of
everyday news ("X dan Y akhirnya tanda tangan kerja sama", "Yang tanda tangan langsung
Bupati X dan ...") is the signing verb; "ditemani" (the everyday "didampingi") opens a
guest; the title in an election's name ("Pemilihan Kepala Daerah Serentak") names the
office voted for, no person; an English "the head of the regency's manpower office, X"
heads a unit of the one regency the article names; a sentence cut between a role's
comma and its name by a page element (a photo caption, a blank line) still pairs them;
an office whose area spans two provinces ("Kanwil Riau dan Kepri") is one role, and a
party written with short forms ("Kanwil", "Kepri") is the party the lead names in full.
From older sets (variety178, variety184): a signing planned in a relative clause ("yang
sedianya digelar ...") and then called off ("batal digelar") is no report; "pada pekan
lalu, ketika ..." is a point in last week, no span counted back; an opinion column that
dates the signing it opens on to a day of the last ten reports it. From variety12: a
branch named by its town and the town's area ("Cabang Batam Nagoya"), written so elsewhere
in the article, keeps the area in the role ("Kepala ... Cabang Batam Nagoya" after the
name is no person "Nagoya"). Sentences written for these tests; none comes from a corpus
article."""
from mou_extract import extract_text
from mou_extract import signings
from variety_helpers import article, people


def _record(text):
    return extract_text(text, id="t")


def _names(persons):
    return sorted(p.name for p in persons)


# --- the bare "tanda tangan" of everyday news ------------------------------------------------------

def _colloquial(lead: str, who: str = "") -> str:
    return article(
        "Pemkab Sintang-Bank Kalbar Teken Kerja Sama Pajak Daerah",
        "SINTANG - Kabar gembira buat wajib pajak di Sintang. " + lead + " Mulai April, pajak daerah bisa "
        "dibayar lewat aplikasi.",
        who or "Yang tanda tangan Bupati Sintang Gregorius Herkulanus dan Direktur Utama Bank Kalbar Rokidi. "
        "Gregorius ditemani Kepala Badan Pendapatan Daerah Sintang, Antonius Lumban.",
        '"Biar warga nggak ribet lagi," kata Gregorius.',
    )


def test_bare_tanda_tangan_before_kerja_sama_reports_the_signing():
    rec = _record(_colloquial("Pemkab Sintang dan Bank Kalbar akhirnya tanda tangan kerja sama, Rabu (12/3/2025)."))
    assert rec.is_signing
    ev = rec.signings[0]
    assert ev.date is not None and ev.date.value == "2025-03-12"
    assert {"Pemerintah Kabupaten Sintang", "Bank Kalbar"} <= {p.name for p in ev.parties}


_SIGNED_LEAD = "Pemkab Sintang dan Bank Kalbar menandatangani perjanjian kerja sama, Rabu (12/3/2025)."
_SECRETARY_SIGNS = ("Yang tanda tangan Sekretaris Daerah Sintang Kurniawan dan Direktur Utama Bank Kalbar Rokidi. "
                    "Kurniawan ditemani Kepala Badan Pendapatan Daerah Sintang, Antonius Lumban.")


def test_yang_tanda_tangan_names_the_signers():
    ev = _record(_colloquial(_SIGNED_LEAD, _SECRETARY_SIGNS)).signings[0]
    assert _names(ev.signatories) == ["Kurniawan", "Rokidi"]


def test_ditemani_opens_a_guest():
    ev = _record(_colloquial(_SIGNED_LEAD, _SECRETARY_SIGNS)).signings[0]
    assert _names(ev.attendees) == ["Antonius Lumban"]


def test_bare_tanda_tangan_still_to_come_is_no_report():
    rec = _record(_colloquial("Pemkab Sintang dan Bank Kalbar bakal tanda tangan kerja sama pekan depan.",
                              "Rencananya Bupati Sintang Gregorius Herkulanus hadir langsung."))
    assert not rec.is_signing


def test_bare_tanda_tangan_not_yet_done_is_no_report():
    rec = _record(_colloquial("Pemkab Sintang dan Bank Kalbar belum tanda tangan kerja sama, meski drafnya sudah rampung.",
                              "Bupati Sintang Gregorius Herkulanus berharap naskah segera rampung."))
    assert not rec.is_signing


def test_tanda_tangan_as_a_noun_is_no_signer_cue():
    # "memeriksa tanda tangan" (checking a signature) is no signing by the one who checks
    ms = people("Petugas Dinas Kependudukan Sintang Yohanes Ari memeriksa tanda tangan warga di formulir.")
    assert all(cue != "signer" for *_, cue in ms)


# --- "Pemilihan Kepala Daerah": an office voted for, no person -------------------------------------

def test_title_inside_an_election_name_is_no_person():
    s = ("Pemkab Sleman dan Polresta Sleman menandatangani nota kesepahaman tentang Pengamanan Pemilihan Kepala "
         "Daerah Serentak 2024 di Pendopo Parasamya.")
    assert [m for m in people(s) if m[0] is not None] == []


def test_title_inside_an_election_name_leaves_the_signers_after_it():
    s = ("Nota kesepahaman tentang Pengamanan Pemilihan Bupati Sleman Tahun 2024 diteken Bupati Sleman Kustini "
         "Sri Purnomo dan Kapolresta Sleman Kombes Pol Yuswanto Ardi.")
    names = {m[0] for m in people(s) if m[0]}
    assert names == {"Kustini Sri Purnomo", "Yuswanto Ardi"}


def test_election_signing_gets_no_signer_from_the_subject():
    ev = _record(article(
        "Jelang Pilkada, Pemkab Sleman dan Polresta Teken MoU",
        "SLEMAN - Pemerintah Kabupaten Sleman dan Kepolisian Resor Kota Sleman menandatangani nota kesepahaman "
        "tentang Pengamanan Pemilihan Kepala Daerah Serentak 2024 di Pendopo Parasamya, Senin (2/9/2024).",
        "Nota kesepahaman diteken Bupati Sleman Kustini Sri Purnomo dan Kapolresta Sleman Kombes Pol Yuswanto Ardi.",
    )).signings[0]
    assert _names(ev.signatories) == ["Kustini Sri Purnomo", "Yuswanto Ardi"]


# --- English copy: "the regency's X office" ----------------------------------------------------------

def _english(witness: str) -> str:
    return article(
        "Tabanan signs MoU with state pawnshop on farmer loans",
        "TABANAN, Bali - The Tabanan Regency administration and the Denpasar branch of PT Pegadaian signed a "
        "memorandum of understanding on Monday, March 3, 2025, to offer low-interest loans to rice farmers.",
        "The MoU was signed by Tabanan Regent I Komang Gede Sanjaya and the head of PT Pegadaian's Denpasar "
        "branch, Ni Luh Putu Ariani. " + witness,
    )


def test_head_of_the_regencys_office_is_a_guest_of_that_regency():
    ev = _record(_english("The signing was witnessed by the head of the regency's agriculture office, "
                          "I Wayan Sugiarta.")).signings[0]
    guest = next(p for p in ev.attendees if p.name == "I Wayan Sugiarta")
    assert guest.role == "Head of the Tabanan agriculture office"
    assert guest.party == "Pemerintah Kabupaten Tabanan"


def test_head_of_an_unnamed_lower_case_office_is_not_read():
    # no capital and no region's possessive: no body to head
    ms = people("The signing was witnessed by the head of the agriculture office, I Wayan Sugiarta.")
    assert all(title is None for _, title, _, _ in ms)


def test_possessive_of_a_level_with_two_such_governments_keeps_the_word():
    ev = _record(article(
        "Two regencies sign MoU with state pawnshop",
        "DENPASAR - The Tabanan Regency administration, the Gianyar Regency administration and PT Pegadaian "
        "signed a memorandum of understanding on Monday, March 3, 2025, on farmer loans.",
        "The MoU was signed by Tabanan Regent I Komang Gede Sanjaya, Gianyar Regent I Made Mahayastra and the "
        "head of PT Pegadaian's Denpasar branch, Ni Luh Putu Ariani. The signing was witnessed by the head of "
        "the regency's agriculture office, I Wayan Sugiarta.",
    )).signings[0]
    guest = next((p for p in ev.attendees if p.name == "I Wayan Sugiarta"), None)
    assert guest is None or ("Tabanan" not in guest.role and "Gianyar" not in guest.role)


# --- a sentence cut between a role's comma and its name --------------------------------------------

def _cut(first_end: str, middle: str, rest: str) -> str:
    return article(
        "Pemkab Katingan Gandeng BPS Siapkan Satu Data",
        "KASONGAN - Pemerintah Kabupaten Katingan dan Badan Pusat Statistik (BPS) Kabupaten Katingan "
        "menandatangani nota kesepahaman tentang Satu Data Katingan. Penandatanganan dilakukan oleh Bupati "
        "Katingan, Sakariyas, dan Kepala BPS Kabupaten Katingan" + first_end,
        *([middle] if middle else []),
        rest,
        "Sakariyas mengatakan data antarinstansi kerap berbeda.",
    )


def test_name_after_a_caption_that_cut_the_sentence_takes_the_role():
    ev = _record(_cut(",", "FOTO: Bupati Katingan Sakariyas (kiri) bertukar dokumen usai penandatanganan. (Dok. Humas)",
                      "Agus Priyanto Wibowo, di Aula Bappeda Katingan, Kasongan, Rabu (3/9/2025).")).signings[0]
    signer = next(p for p in ev.signatories if p.name == "Agus Priyanto Wibowo")
    assert signer.role.startswith("Kepala")
    assert signer.role.endswith("Kabupaten Katingan")


def test_name_after_a_blank_line_that_cut_the_sentence_takes_the_role():
    ev = _record(_cut(",", "", "Agus Priyanto Wibowo, di Aula Bappeda Katingan, Kasongan, Rabu (3/9/2025).")).signings[0]
    assert _names(ev.signatories) == ["Agus Priyanto Wibowo", "Sakariyas"]


def test_name_opening_the_paragraph_after_a_full_stop_is_not_paired():
    ev = _record(_cut(".", "", "Agus Priyanto Wibowo, warga Kasongan, menyambut baik kerja sama itu.")).signings[0]
    assert "Agus Priyanto Wibowo" not in _names(ev.signatories)


# --- an office whose area spans two provinces ---------------------------------------------------------

def test_office_of_two_provinces_is_one_role_with_its_person():
    ms = people("Nota kesepahaman diteken bersama Pemimpin Wilayah Perum Bulog Kanwil Sulsel dan Sulbar "
                "Andi Rahmat Hidayat di Makassar.")
    assert ("Andi Rahmat Hidayat", "Pemimpin", "Wilayah Perum Bulog Kanwil Sulsel dan Sulbar", "signer") in ms


def test_two_region_heads_joined_by_dan_stay_two_people():
    ms = people("Nota kesepahaman diteken Gubernur Sulsel Andi Sudirman dan Gubernur Sulbar Suhardi Duka.")
    assert {m[0] for m in ms if m[0]} == {"Andi Sudirman", "Suhardi Duka"}


def test_party_written_with_short_forms_is_the_party_of_the_lead():
    ev = _record(article(
        "Pemprov Sulbar dan Bulog Teken Nota Kesepahaman Stok Pangan",
        "MAMUJU - Pemerintah Provinsi Sulawesi Barat bersama Perum Bulog Kantor Wilayah Sulawesi Selatan dan "
        "Sulawesi Barat menandatangani nota kesepahaman tentang stabilisasi harga pangan, Selasa (4/2/2025).",
        "Nota kesepahaman diteken Sekda Sulbar Junda Maulana bersama Pemimpin Wilayah Perum Bulog Kanwil Sulsel "
        "dan Sulbar Andi Rahmat Hidayat di Kantor Gubernur Sulawesi Barat, Mamuju.",
    )).signings[0]
    full = "Perum Bulog Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat"
    signer = next(p for p in ev.signatories if p.name == "Andi Rahmat Hidayat")
    assert signer.party == full
    assert full in {p.name for p in ev.parties}
    assert not any(p.name.endswith("Sulsel dan Sulbar") for p in ev.parties)


def test_spelled_out_names_only_known_short_forms():
    assert signings._spelled_out("Perum Bulog Kanwil Riau dan Kepri") == \
        signings._spelled_out("Perum Bulog Kantor Wilayah Riau dan Kepulauan Riau")
    # a town that is also a regency is no province's short name: kept as written
    assert signings._spelled_out("Bank Kalbar Sintang") == ("bank", "kalimantan", "barat", "sintang")
    assert signings._spelled_out("Kantor Pertanahan Kota Gorontalo")[-1] == "gorontalo"


# --- a signing planned in a relative clause, then called off ---------------------------------------

def _planned(verb_clause: str) -> str:
    return article(
        "Penandatanganan MoU Pemkab Batang-Unnes Ditunda",
        "BATANG - Penandatanganan nota kesepahaman antara Pemerintah Kabupaten Batang dan Universitas Negeri "
        "Semarang (Unnes) yang sedianya digelar Kamis (16/1/2025) pukul 10.00 WIB di Aula Kantor Bupati Batang "
        + verb_clause,
        "Kepala Bagian Kerja Sama Setda Batang, Dwi Lestari, mengatakan jadwal baru masih dibahas.",
    )


def test_signing_planned_in_a_relative_clause_then_called_off_is_no_report():
    assert not _record(_planned("terpaksa ditunda karena bupati dipanggil ke Jakarta.")).is_signing


def test_signing_planned_in_a_relative_clause_then_held_is_a_report():
    rec = _record(_planned("akhirnya berlangsung lancar. Dokumen diteken Bupati Batang M Faiz Kurniawan dan "
                           "Rektor Unnes S Martono."))
    assert rec.is_signing


# --- a point in last week is no span counted back ----------------------------------------------------

def _last_week(when: str) -> str:
    return article(
        "Stunting dan Tanda Tangan",
        "Senin, 16 Juni 2025",
        when + " Bupati Karangasem I Gede Dana dan Kepala Perwakilan BKKBN Provinsi Bali Ni Luh Sukmawati "
        "menandatangani nota kesepakatan percepatan penurunan stunting, Selasa (10/6/2025).",
        "Isinya antara lain pendampingan keluarga berisiko stunting di setiap desa.",
    )


def test_signing_on_a_day_of_last_week_is_news():
    assert _record(_last_week("Pada pekan lalu, ketika")).is_signing


def test_signing_counted_weeks_back_is_an_old_one():
    rec = _record(_last_week("Tiga pekan lalu, ketika"))
    assert not rec.is_signing


# --- an opinion column and its news peg ------------------------------------------------------------

def _column(signing: str) -> str:
    return article(
        "Opini",
        "Stunting, Tanda Tangan, dan Kerja Panjang di Desa",
        "Senin, 16 Juni 2025 | 07:00 WITA",
        "Oleh: Made Arya Wiguna",
        "Setiap kali ada kesepakatan baru, kita cenderung merayakannya seolah persoalan sudah selesai.",
        signing,
        "Namun yang perlu dikawal adalah anggaran dan data yang bergerak setelahnya.",
        "*) Penulis adalah dosen kesehatan masyarakat di Singaraja.",
    )


def test_opinion_column_dating_a_signing_days_before_reports_it():
    rec = _record(_column("Pekan lalu, Bupati Karangasem I Gede Dana dan Kepala Perwakilan BKKBN Provinsi Bali "
                          "Ni Luh Sukmawati menandatangani nota kesepakatan percepatan penurunan stunting, Selasa "
                          "(10/6/2025)."))
    assert rec.is_signing
    assert _names(rec.signings[0].signatories) == ["I Gede Dana", "Ni Luh Sukmawati"]


def test_opinion_column_on_signings_in_general_reports_none():
    rec = _record(_column("Banyak kabupaten sudah menandatangani nota kesepakatan percepatan penurunan stunting "
                          "dengan BKKBN, tetapi angka prevalensi tetap naik turun."))
    assert not rec.is_signing


def test_opinion_column_dating_an_old_signing_reports_none():
    rec = _record(_column("Bupati Karangasem I Gede Dana dan Kepala Perwakilan BKKBN Provinsi Bali Ni Luh "
                          "Sukmawati menandatangani nota kesepakatan percepatan penurunan stunting, Selasa "
                          "(11/3/2025)."))
    assert not rec.is_signing


def test_opinion_column_without_its_own_date_is_not_dated_by_its_example():
    rec = _record(article(
        "Opini",
        "Nota Kesepahaman yang Tinggal di Lemari",
        "Oleh: Made Arya Wiguna",
        "Hampir tiap pekan ada kepala daerah yang menandatangani nota kesepahaman dengan kampus, Selasa "
        "(10/6/2025) misalnya di sebuah kabupaten.",
        "*) Penulis adalah dosen kesehatan masyarakat di Singaraja.",
    ))
    assert not rec.is_signing


# --- a branch named by its town and the town's area ------------------------------------------------

def _branch(tail: str) -> str:
    return article(
        "Ombudsman Sumut Gandeng Bank Sumut Cabang Medan Petisah",
        "MEDAN - Ombudsman RI Perwakilan Sumatera Utara menjalin kerja sama dengan PT Bank Sumut Cabang Medan "
        "Petisah. Kedua lembaga menandatangani perjanjian kerja sama tentang pengaduan nasabah, Selasa "
        "(14/10/2025), di Kantor Bank Sumut Cabang Medan Petisah.",
        "PKS diteken oleh Herdensi Adnin, Kepala Ombudsman RI Perwakilan Sumatera Utara, dan " + tail,
    )


def test_branch_area_written_elsewhere_is_no_name_after_the_title():
    ev = _record(_branch("Rudi Hartono Lubis, S.E., Pemimpin Cabang Bank Sumut Cabang Medan Petisah.")).signings[0]
    assert _names(ev.signatories) == ["Herdensi Adnin", "Rudi Hartono Lubis"]


def test_branch_area_written_elsewhere_ends_before_the_name_after_it():
    ev = _record(_branch("Pemimpin Bank Sumut Cabang Medan Petisah Rudi Hartono Lubis.")).signings[0]
    assert "Rudi Hartono Lubis" in _names(ev.signatories)


def test_name_right_after_the_branch_town_is_still_the_person():
    ev = _record(_branch("Pemimpin Bank Sumut Cabang Medan Rudi Hartono Lubis.")).signings[0]
    assert "Rudi Hartono Lubis" in _names(ev.signatories)
