"""Round 21 (lead): signing detection and events.

- a listing page (tag, category, search) of headlines, date stamps and cut-off snippets
  reports no signing of its own (clean.py marks its items as furniture);
- "yang kala itu diteken", "sejak Maret 2024 ... sudah terikat nota kesepakatan" and a
  deadline ("paling lambat", "selambat-lambatnya") tell of no new signing;
- a date range dates the longer event a signing was part of, not the signing;
- the host of an event the signing followed ("seusai rapat paripurna DPRD X") is no party;
- "Di Ruang X, ia meneken ...": the pronoun after an opening phrase is the person of the
  sentence before, also when that sentence names them without their role;
- "Kesepakatan bersama itu" after a "Nota Kesepakatan Bersama" is that document again.
"""
from mou_extract import documents
from mou_extract import extract_text
from variety_helpers import article


def _record(*paragraphs, title="Kerja Sama Pelayanan Publik", date="Jumat, 24 Oktober 2025 | 10:15 WIB"):
    return extract_text(article(title, date, *paragraphs), id="t")


# --- listing pages -------------------------------------------------------------------

_ITEMS = [
    ("Pemkab Sigi dan Ombudsman Sulteng Teken Nota Kesepakatan", "Senin, 20 Oktober 2025 | 11:05 WIB",
     "Bupati Sigi dan Kepala Ombudsman RI Perwakilan Sulawesi Tengah menandatangani nota kesepakatan di Palu…"),
    ("Kejari Poso Jalin PKS Bidang Datun dengan Pemkab", "Jumat, 17 Oktober 2025 | 15:40 WIB",
     "Perjanjian kerja sama itu ditandatangani Kepala Kejari Poso dan Sekda Poso di aula kantor bupati…"),
    ("Universitas Tadulako Teken MoU dengan Pemkot Palu", "Kamis, 16 Oktober 2025 | 09:12 WIB",
     "Rektor dan Wali Kota Palu meneken nota kesepahaman tentang riset kebijakan daerah..."),
    ("Harga Cabai Turun Jelang Akhir Pekan", "Rabu, 15 Oktober 2025 | 08:00 WIB",
     "Harga cabai rawit di Pasar Inpres Manonda turun menjadi Rp40.000 per kilogram…"),
]


def _listing(items):
    blocks = ["\n".join(it) for it in items]
    return "palupos.id\nBeranda » Tag » nota kesepakatan\n\nTag: nota kesepakatan\n\n" + "\n\n".join(blocks) \
        + "\n\n« Sebelumnya 1 2 3 Berikutnya »\n"


def test_a_tag_page_of_signing_snippets_reports_no_signing():
    rec = extract_text(_listing(_ITEMS), id="tag")
    assert not rec.is_signing
    assert rec.signings == []
    # (the page has no headline of its own: the first item's is not the title)
    assert rec.article.title is None


def test_an_article_with_a_related_block_of_snippets_is_still_a_signing():
    body = [
        "PALU, palupos.id - Ombudsman RI Perwakilan Sulawesi Tengah dan Pemerintah Kabupaten Sigi menandatangani "
        "nota kesepakatan tentang pengawasan penyelenggaraan pelayanan publik, Senin (20/10/2025), di Aula Kantor "
        "Bupati Sigi. Nota kesepakatan ditandatangani Bupati Sigi dan Kepala Ombudsman Sulteng.",
        "Kerja sama itu mencakup percepatan penyelesaian laporan masyarakat dan pencegahan maladministrasi di "
        "seluruh organisasi perangkat daerah, serta pertukaran data pengaduan melalui kanal SP4N-LAPOR.",
        "Bupati Sigi meminta seluruh kepala dinas segera menindaklanjuti saran perbaikan dari Ombudsman agar "
        "pelayanan kepada warga di desa-desa terpencil tidak lagi tertunda karena urusan administrasi.",
        "Kepala Ombudsman Sulteng menyebut Sigi menjadi daerah kelima di provinsi itu yang meneken nota "
        "kesepakatan serupa, setelah Kota Palu, Donggala, Parigi Moutong dan Poso pada tahun-tahun sebelumnya.",
        "BERITA TERKAIT",
    ] + ["\n".join(it) for it in _ITEMS[1:]]
    rec = _record(*body, title="Pemkab Sigi dan Ombudsman Sulteng Teken Nota Kesepakatan")
    assert rec.is_signing


# --- an earlier signing, a target ----------------------------------------------------

def test_a_signing_at_that_time_in_a_relative_clause_is_an_earlier_one():
    rec = _record(
        "KENDARI - Kepala Ombudsman RI Perwakilan Sulawesi Tenggara yang baru dilantik, Andi Rahmat, memaparkan "
        "program kerjanya di Kendari, Kamis (23/10/2025).",
        "Ia pernah mengawal nota kesepakatan dengan Pemerintah Kabupaten Konawe pada Juli 2022 yang kala itu "
        "diteken Bupati Konawe.")
    assert not rec.is_signing


def test_a_state_since_an_earlier_month_is_no_new_signing():
    rec = _record(
        "SELONG - Pemerintah Kabupaten Lombok Timur memperluas layanan kesehatan gratis bagi warga miskin, "
        "kata Kepala Dinas Kesehatan di Selong, Kamis (23/10/2025).",
        "Sejak Februari 2025, Pemkab Lombok Timur sudah terikat nota kesepakatan dengan BPJS Kesehatan tentang "
        "perluasan kepesertaan JKN, yang diteken di Mataram bersama sejumlah pemda lain.")
    assert not rec.is_signing


def test_a_deadline_for_signing_is_a_plan():
    rec = _record(
        "MAMUJU - Ombudsman RI Perwakilan Sulawesi Barat mendorong enam kabupaten di provinsi itu bekerja sama "
        "dalam pengawasan pelayanan publik.",
        "Kepala Ombudsman Sulbar menyebut Kabupaten Mamasa dan Pasangkayu diharapkan sudah menandatangani nota "
        "kesepakatan paling lambat akhir tahun ini.")
    assert not rec.is_signing


# --- events --------------------------------------------------------------------------

def test_a_date_range_of_a_national_meeting_does_not_split_the_signing():
    rec = _record(
        "LUWUK - Pemerintah Kabupaten Banggai Laut memanfaatkan Rapat Kerja Nasional di Jakarta untuk memperkuat "
        "kerja sama dengan Ombudsman RI.",
        "Di sela rakernas yang berlangsung 20–22 Oktober itu, Bupati Banggai Laut Rusli Moidady menandatangani "
        "nota kesepakatan tentang pengawasan pelayanan publik bersama Anggota Ombudsman RI Hery Susanto. "
        "Penandatanganan berlangsung di Hotel Sahid, Jakarta, Selasa (21/10).")
    assert rec.is_signing
    assert len(rec.signings) == 1
    assert rec.signings[0].date.value == "2025-10-21"


def test_the_host_of_the_plenary_a_signing_followed_is_no_party():
    rec = _record(
        "PELAIHARI - Pemerintah Kota Banjarbaru dan Pemerintah Kabupaten Tanah Laut menandatangani perjanjian kerja "
        "sama pengelolaan sampah, Senin (20/10/2025).",
        "Penandatanganan dilakukan oleh Wali Kota Banjarbaru, Lisa Halaby, dan Bupati Tanah Laut, Rahmat Trianto, "
        "di Gedung Balairung, Pelaihari, seusai rapat paripurna istimewa DPRD Tanah Laut.")
    parties = [p.name for p in rec.signings[0].parties]
    assert "Pemerintah Kabupaten Tanah Laut" in parties
    assert not any("DPRD" in p for p in parties)


def test_a_pronoun_after_an_opening_place_phrase_is_the_person_named_before():
    rec = _record(
        "KENDARI - Ombudsman RI Perwakilan Sulawesi Tenggara meneken dua nota kesepakatan dalam sepekan.",
        "Penandatanganan pertama berlangsung di Aula Kantor Bupati Muna, Senin (20/10/2025). Nota kesepakatan "
        "ditandatangani Kepala Ombudsman RI Perwakilan Sulawesi Tenggara, Mastri Susilo, dan Bupati Muna, Bachrun Labuta.",
        "Tiga hari kemudian, Kamis (23/10/2025), Mastri Susilo bertolak ke Baubau. Di Ruang Rapat Wali Kota Baubau, "
        "ia meneken nota kesepakatan serupa bersama Wali Kota Baubau, Yusran Fahim.")
    assert len(rec.signings) == 2
    assert {p.name for p in rec.signings[1].signatories} == {"Mastri Susilo", "Yusran Fahim"}


def test_a_short_back_reference_keeps_the_documents_type():
    text = ("Pemprov Jambi dan Pemprov Bengkulu menandatangani Nota Kesepakatan Bersama tentang jalan perbatasan. "
            "Kesepakatan bersama itu diteken kedua gubernur.")
    docs = documents.find_documents(text)
    assert [d.doc_type for d in docs] == ["nota_kesepakatan", "nota_kesepakatan"]
    # on its own, a Kesepakatan Bersama stays `other`
    assert [d.doc_type for d in documents.find_documents("Kesepakatan bersama itu diteken kedua gubernur.")] == ["other"]


def test_the_bank_the_signing_sentence_names_is_the_party_not_the_branch_in_the_role():
    rec = _record(
        "PRINGSEWU - Pemerintah Kabupaten Pringsewu bersama PT Bank Pembangunan Daerah Lampung (Bank Lampung) "
        "menandatangani perjanjian kerja sama layanan kas daerah, Kamis (23/10/2025), di Aula Pemkab Pringsewu.",
        "Dari pihak Pemkab, PKS ditandatangani Bupati Pringsewu, Riyanto Pamungkas, sedangkan dari Bank Lampung "
        "ditandatangani Pemimpin Bank Lampung Kantor Cabang Pringsewu, Hendra Wijaya.")
    parties = {p.name for p in rec.signings[0].parties}
    assert "PT Bank Pembangunan Daerah Lampung" in parties
    assert not any("Cabang" in p for p in parties)


def test_a_branch_named_as_the_party_stays_the_party():
    rec = _record(
        "METRO - Pemerintah Kota Metro dan BPJS Kesehatan Kantor Cabang Metro menandatangani perjanjian kerja "
        "sama tentang Universal Health Coverage, Kamis (23/10/2025).",
        "PKS ditandatangani Wali Kota Metro, Bambang Iman Santoso, dan Kepala BPJS Kesehatan Kantor Cabang Metro, "
        "Rina Astuti.")
    assert "BPJS Kesehatan Kantor Cabang Metro" in {p.name for p in rec.signings[0].parties}


def test_the_documents_opening_read_out_in_the_next_paragraph_dates_the_signing():
    rec = _record(
        "Universitas Tadulako dan Pemerintah Kabupaten Parigi Moutong menandatangani nota kesepahaman tentang "
        "kerja sama pendidikan dan penelitian. Prosesi diawali pembacaan naskah oleh pembawa acara.",
        "\"Pada hari ini, Selasa, tanggal dua puluh satu bulan Oktober tahun dua ribu dua puluh lima, bertempat "
        "di Aula Rektorat Universitas Tadulako, kami yang bertanda tangan di bawah ini ...\"",
        "Kedua pimpinan lalu membubuhkan tanda tangan, disaksikan para dekan.")
    assert rec.signings[0].date.value == "2025-10-21"


def test_regions_listed_after_dari_are_places_not_parties():
    rec = _record(
        "JAKARTA - Pemerintah Kota Ambon menandatangani nota kesepakatan dengan Ombudsman Republik Indonesia "
        "di Gedung Ombudsman RI, Jakarta, Kamis (23/10/2025).",
        "Pada hari yang sama, beberapa daerah dari Provinsi Maluku Utara dan Papua Barat Daya juga melakukan "
        "penandatanganan di tempat yang sama.")
    parties = {p.name for p in rec.signings[0].parties}
    assert "Pemerintah Kota Ambon" in parties
    assert not any("Papua" in p or "Maluku Utara" in p for p in parties)


def test_the_headline_gives_the_scope_when_the_body_states_none():
    rec = _record(
        "JAKARTA - Pemerintah Kota Ternate menandatangani Memorandum of Understanding (MoU) dengan Ombudsman "
        "Republik Indonesia di Gedung Ombudsman RI, Jakarta, Kamis (23/10/2025).",
        "MoU diteken langsung Wali Kota Ternate dan Anggota Ombudsman RI.",
        title="MoU Pencegahan Maladministrasi, Pemkot Ternate Teken Kesepakatan dengan Ombudsman RI")
    assert [s.label for s in rec.signings[0].scope] == ["maladministration_prevention"]


def test_the_day_a_speaker_was_reached_does_not_date_the_signing():
    rec = _record(
        "CILEGON - Ombudsman RI Perwakilan Banten dan PT ASDP Indonesia Ferry (Persero) Cabang Utama Merak "
        "menandatangani perjanjian kerja sama penanganan pengaduan penumpang.",
        "\"Dengan PKS ini, aduan penumpang langsung kami teruskan,\" kata Kepala Ombudsman Banten saat dihubungi, "
        "Kamis (23/10/2025).",
        "Penandatanganan PKS turut disaksikan manajer usaha ASDP.")
    assert rec.signings[0].date is None or rec.signings[0].date.value != "2025-10-23"


def test_a_range_of_years_is_an_earlier_signing():
    rec = _record(
        "MEDAN - Ombudsman RI Perwakilan Sumatera Utara mengevaluasi 14 nota kesepahaman dengan instansi vertikal, "
        "Kamis (23/10/2025).",
        "Kepala Ombudsman Sumut mengatakan sebagian besar nota kesepahaman tersebut ditandatangani pada rentang "
        "2021 hingga 2023.")
    assert not rec.is_signing
