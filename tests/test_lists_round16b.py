"""Round 16b: a host signing with a counted number of schools or companies that a later
sentence names; a signing sentence a scraper broke with a line break before its date; a
venue stated for the signing after the setting of a wider event. Sentences written for
these tests; none comes from a corpus article."""
from variety_helpers import article, first_signing


def _parties(sg) -> set[str]:
    return {p.name for p in sg.parties}


SCHOOLS = article(
    "Politeknik Lorem Gandeng Sepuluh Sekolah Swasta",
    "Kamis, 6 Maret 2025 | 09:10 WIB",
    "SEMARANG - Politeknik Negeri Semarang menandatangani nota kesepahaman dengan 10 SMA dan SMK swasta "
    "di Kota Semarang, Rabu (5/3/2025). Penandatanganan berlangsung di Gedung Serbaguna kampus.",
    "Sekolah mitra itu antara lain SMK Teknologi Nusantara Semarang, SMA Kristen Tirta Kencana Semarang "
    "dan SMK Bina Insani Ungaran, serta tujuh sekolah lain dari Kabupaten Demak.",
    "Direktur politeknik mengatakan siswa sekolah mitra bisa mengikuti kelas praktik di bengkel kampus.")


def test_counted_schools_named_in_the_next_paragraph_are_parties_without_the_regions_around():
    names = _parties(first_signing(SCHOOLS))
    assert {"SMK Teknologi Nusantara Semarang", "SMA Kristen Tirta Kencana Semarang", "SMK Bina Insani Ungaran"} <= names
    # "sekolah lain dari Kabupaten Demak": where the others come from, not a party
    assert not any("Demak" in n for n in names)


COMPANIES = article(
    "SMK Lorem Teken MoU dengan Sejumlah Perusahaan",
    "Selasa, 11 Februari 2025 - 14:00 WIB",
    "PATI - SMK Harapan Bangsa Pati menandatangani memorandum of understanding (MoU) bersama 9 perusahaan "
    "mitra magang, Senin (10/2/2025), di aula sekolah.",
    "Perusahaan yang bergabung di antaranya PT Kencana Baja Pratama, CV Mitra Elektrik Pati dan "
    "PT Sumber Rejeki Garmen.",
    "Kepala sekolah berharap siswa yang magang bisa langsung direkrut setelah lulus.")


GUESTS = article(
    "SMK Lorem Teken MoU dengan Sejumlah Perusahaan",
    "Selasa, 11 Februari 2025 - 14:00 WIB",
    "PATI - SMK Harapan Bangsa Pati menandatangani memorandum of understanding (MoU) bersama 9 perusahaan "
    "mitra magang, Senin (10/2/2025), di aula sekolah.",
    "Turut hadir perwakilan perusahaan lain, antara lain PT Kencana Baja Pratama dan PT Sumber Rejeki Garmen.",
    "Kepala sekolah berharap siswa yang magang bisa langsung direkrut setelah lulus.")


def test_counted_companies_named_with_di_antaranya_are_parties_but_not_companies_named_as_guests():
    names = _parties(first_signing(COMPANIES))
    assert {"PT Kencana Baja Pratama", "CV Mitra Elektrik Pati", "PT Sumber Rejeki Garmen"} <= names
    names = _parties(first_signing(GUESTS))
    assert "PT Kencana Baja Pratama" not in names and "PT Sumber Rejeki Garmen" not in names


BROKEN_LINE = article(
    "Ombudsman Jambi Teken Kesepakatan dengan Dua Kabupaten",
    "JAMBI - Ombudsman RI Perwakilan Jambi menandatangani nota kesepakatan dengan Pemerintah Kabupaten "
    "Kerinci dan Pemerintah\nKabupaten Merangin tentang pelayanan publik, Kamis (6/3/2025).",
    "Kepala perwakilan mengatakan kedua kabupaten akan menunjuk narahubung untuk laporan warga.")


def test_a_date_after_a_line_break_inside_the_signing_sentence_dates_the_signing():
    sg = first_signing(BROKEN_LINE)
    assert sg.date is not None and sg.date.value == "2025-03-06"


FAIR = article(
    "Pemkab Lorem Teken MoU dengan Bank di Arena Pameran",
    "Minggu, 9 Maret 2025",
    "Keramaian Pameran Pembangunan Jawa Tengah di Lapangan Simpang Lima, Semarang, dimanfaatkan "
    "Pemerintah Kabupaten Wonosobo untuk meneken nota kesepahaman dengan PT Bank Jateng. "
    "Penandatanganan berlangsung di Gedung Pameran Kabupaten Wonosobo, Sabtu (8/3/2025) malam.",
    "Bupati Wonosobo mengatakan kerja sama itu untuk digitalisasi retribusi pasar.")


def test_the_venue_stated_for_the_signing_beats_the_setting_of_the_fair():
    sg = first_signing(FAIR)
    assert sg.venue is not None and sg.venue.name.startswith("Gedung Pameran")


SIGNATURES_PUT = article(
    "SMK Lorem Teken MoU dengan Sejumlah Perusahaan",
    "Selasa, 11 Februari 2025 - 14:00 WIB",
    "PATI - SMK Harapan Bangsa Pati menandatangani memorandum of understanding (MoU) dengan 9 perusahaan "
    "mitra magang, Senin (10/2/2025), di aula sekolah.",
    "Dari pihak perusahaan, tanda tangan di antaranya dibubuhkan Direktur PT Kencana Baja Pratama, "
    "Hendra Wijayakusuma, dan Manajer Personalia PT Sumber Rejeki Garmen, Rina Maharani, S.E.",
    "Kepala sekolah berharap siswa yang magang bisa langsung direkrut setelah lulus.")


def test_people_named_after_tanda_tangan_dibubuhkan_signed_for_their_companies():
    sg = first_signing(SIGNATURES_PUT)
    signers = {p.name: p.party for p in sg.signatories}
    assert signers.get("Hendra Wijayakusuma") == "PT Kencana Baja Pratama"
    assert signers.get("Rina Maharani") == "PT Sumber Rejeki Garmen"
