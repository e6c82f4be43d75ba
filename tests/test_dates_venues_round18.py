"""Round 18: venues of a hospital named after a doctor ("RSUD dr. X Sampit"), a room of
"kantor tersebut" named earlier, a hamlet after a venue that names its regency, an
English venue "of the X District Secretariat", a provincial office whose capital has
another name, and a street after an embedded "di"."""
import pytest

from mou_extract import extract_text
from variety_helpers import assert_venue


def _signing(text, published="2026-03-20"):
    rec = extract_text(text, id="t", published=published)
    assert rec.is_signing, rec
    return rec.signings[0]


VENUES = [
    pytest.param(
        "SAMPIT - Rumah Sakit Umum Daerah dr. Murjani menandatangani perjanjian kerja sama "
        "dengan BPJS Kesehatan Cabang Sampit, Rabu (11/3/2026), di Ruang Rapat Lantai II RSUD "
        "dr. Murjani Sampit. Kerja sama ini mengatur pelayanan peserta JKN.",
        "Ruang Rapat Lantai II RSUD dr. Murjani Sampit", "Sampit", None, id="hospital-named-after-a-doctor"),
    pytest.param(
        "MATARAM - Bupati Lombok Barat Rizal Hakim mendatangi Kantor Badan Pusat Statistik "
        "Provinsi Nusa Tenggara Barat di Jalan Gunung Rinjani, Senin (9/3/2026).\n\n"
        "Nota kesepahaman tentang pemanfaatan data statistik sektoral itu ditandatangani Rizal "
        "bersama Kepala BPS NTB Wahyudin di ruang rapat lantai tiga kantor tersebut.",
        "Kantor Badan Pusat Statistik Provinsi Nusa Tenggara Barat", "Mataram", None,
        id="room-of-the-office-named-before"),
    pytest.param(
        "BANTUL - Dinas Kesehatan Kabupaten Bantul dan Universitas Ahmad Dahlan menandatangani "
        "perjanjian kerja sama di Gedung Induk Parasamya Kabupaten Bantul, Ngentak, Selasa "
        "(10/3/2026). Kerja sama mencakup praktik lapangan mahasiswa.",
        "Gedung Induk Parasamya Kabupaten Bantul", "Bantul", None, id="hamlet-after-a-venue-naming-its-regency"),
    pytest.param(
        "Purworejo district, bank sign MoU on regional finance\n\n"
        "Semarang, Central Java (ANTARA) - The Purworejo District Government and Bank Jateng "
        "signed a memorandum of understanding (MoU) on Tuesday (March 10, 2026) on regional "
        "cash management.\n\nThe MoU was signed by Purworejo District Head Yuli Hastuti and "
        "Bank Jateng director Rahmat Dwi Saputra at the Bagelen Hall of the Purworejo District "
        "Secretariat.",
        "Bagelen Hall", "Purworejo", None, id="english-district-secretariat"),
    pytest.param(
        "DENPASAR - Pemerintah Kabupaten Tabanan dan Ombudsman RI menandatangani nota "
        "kesepakatan di Aula Kantor Ombudsman RI Perwakilan Bali, Kamis (12/3/2026). "
        "Kesepakatan itu mengatur penanganan pengaduan pelayanan publik.",
        "Aula Kantor Ombudsman RI Perwakilan Bali", "Denpasar", None, id="provincial-office-in-the-dateline-town"),
    pytest.param(
        "Pemerintah Kabupaten Tabanan dan Ombudsman RI menandatangani nota kesepakatan di Aula "
        "Kantor Ombudsman RI Perwakilan Bali, Kamis (12/3/2026).",
        None, None, "Bali", id="provincial-office-without-dateline"),
    pytest.param(
        "Pemerintah Kabupaten Bungo dan Ombudsman RI menandatangani nota kesepakatan di Aula "
        "Kantor Ombudsman RI Perwakilan Jambi, Kamis (12/3/2026).",
        None, "Jambi", None, id="capital-sharing-its-provinces-name"),
    pytest.param(
        "Pemerintah Kabupaten Agam dan Bank Nagari menandatangani perjanjian kerja sama, Jumat "
        "(13/3/2026), di Aula Kantor Bank Nagari Cabang Lubuk Basung di Jalan Sudirman untuk "
        "memperluas layanan transaksi nontunai.",
        "Aula Kantor Bank Nagari Cabang Lubuk Basung", None, "Jalan Sudirman", id="street-after-an-embedded-di"),
]


@pytest.mark.parametrize("text,name,city,not_city", VENUES)
def test_venue(text, name, city, not_city):
    assert_venue(_signing(text).venue, name, city, not_city)
