"""Round 18: venues of a hospital named after a doctor ("RSUD dr. X Sampit"), a room of
"kantor tersebut" named earlier, a hamlet after a venue that names its regency, an
English venue "of the X District Secretariat", a provincial office whose capital has
another name, and a street after an embedded "di"."""
from mou_extract import extract_text


def _signing(text, published="2026-03-20"):
    rec = extract_text(text, id="t", published=published)
    assert rec.is_signing, rec
    return rec.signings[0]


def test_hospital_named_after_a_doctor_keeps_the_title_and_its_town():
    s = _signing(
        "SAMPIT - Rumah Sakit Umum Daerah dr. Murjani menandatangani perjanjian kerja sama "
        "dengan BPJS Kesehatan Cabang Sampit, Rabu (11/3/2026), di Ruang Rapat Lantai II RSUD "
        "dr. Murjani Sampit. Kerja sama ini mengatur pelayanan peserta JKN.")
    assert s.venue is not None and s.venue.name == "Ruang Rapat Lantai II RSUD dr. Murjani Sampit"
    assert s.venue.city == "Sampit"


def test_room_of_the_office_named_before():
    s = _signing(
        "MATARAM - Bupati Lombok Barat Rizal Hakim mendatangi Kantor Badan Pusat Statistik "
        "Provinsi Nusa Tenggara Barat di Jalan Gunung Rinjani, Senin (9/3/2026).\n\n"
        "Nota kesepahaman tentang pemanfaatan data statistik sektoral itu ditandatangani Rizal "
        "bersama Kepala BPS NTB Wahyudin di ruang rapat lantai tiga kantor tersebut.")
    assert s.venue is not None
    assert s.venue.name == "Kantor Badan Pusat Statistik Provinsi Nusa Tenggara Barat"
    assert s.venue.city == "Mataram"


def test_hamlet_after_a_venue_that_names_its_regency():
    s = _signing(
        "BANTUL - Dinas Kesehatan Kabupaten Bantul dan Universitas Ahmad Dahlan menandatangani "
        "perjanjian kerja sama di Gedung Induk Parasamya Kabupaten Bantul, Ngentak, Selasa "
        "(10/3/2026). Kerja sama mencakup praktik lapangan mahasiswa.")
    assert s.venue is not None and s.venue.name == "Gedung Induk Parasamya Kabupaten Bantul"
    assert s.venue.city == "Bantul"


def test_english_venue_of_a_district_secretariat():
    s = _signing(
        "Purworejo district, bank sign MoU on regional finance\n\n"
        "Semarang, Central Java (ANTARA) - The Purworejo District Government and Bank Jateng "
        "signed a memorandum of understanding (MoU) on Tuesday (March 10, 2026) on regional "
        "cash management.\n\nThe MoU was signed by Purworejo District Head Yuli Hastuti and "
        "Bank Jateng director Rahmat Dwi Saputra at the Bagelen Hall of the Purworejo District "
        "Secretariat.")
    assert s.venue is not None and s.venue.name == "Bagelen Hall"
    assert s.venue.city == "Purworejo"


def test_provincial_office_whose_capital_is_named_otherwise():
    s = _signing(
        "DENPASAR - Pemerintah Kabupaten Tabanan dan Ombudsman RI menandatangani nota "
        "kesepakatan di Aula Kantor Ombudsman RI Perwakilan Bali, Kamis (12/3/2026). "
        "Kesepakatan itu mengatur penanganan pengaduan pelayanan publik.")
    assert s.venue is not None and s.venue.name == "Aula Kantor Ombudsman RI Perwakilan Bali"
    assert s.venue.city == "Denpasar"
    # without a dateline the province's name is still no city
    s = _signing(
        "Pemerintah Kabupaten Tabanan dan Ombudsman RI menandatangani nota kesepakatan di Aula "
        "Kantor Ombudsman RI Perwakilan Bali, Kamis (12/3/2026).")
    assert s.venue is not None and s.venue.city != "Bali"
    # a capital that shares its province's name stays
    s = _signing(
        "Pemerintah Kabupaten Bungo dan Ombudsman RI menandatangani nota kesepakatan di Aula "
        "Kantor Ombudsman RI Perwakilan Jambi, Kamis (12/3/2026).")
    assert s.venue is not None and s.venue.city == "Jambi"


def test_street_after_an_embedded_di_is_no_town():
    s = _signing(
        "Pemerintah Kabupaten Agam dan Bank Nagari menandatangani perjanjian kerja sama, Jumat "
        "(13/3/2026), di Aula Kantor Bank Nagari Cabang Lubuk Basung di Jalan Sudirman untuk "
        "memperluas layanan transaksi nontunai.")
    assert s.venue is not None and s.venue.name == "Aula Kantor Bank Nagari Cabang Lubuk Basung"
    assert s.venue.city != "Jalan Sudirman"
