"""Signing detection shapes of round 16 (the held-out sets variety38-45, written by
people who had not read the code): agenda lines, rehearsals, retold signings, waiting
for a signing. Sentences written for these tests; none comes from a corpus article."""
import pytest

from mou_extract import extract_text
from variety_helpers import article, first_signing

NOT_SIGNINGS = [
    pytest.param((
        "Agenda Bupati Pekan Depan",
        "Jumat, 7 Maret 2025",
        "KENDAL - Bagian Protokol Setda Kendal merilis agenda bupati untuk pekan depan.",
        "Selasa, 11 Maret 2025",
        "Pukul 10.00 WIB – Penandatanganan Nota Kesepahaman antara Pemerintah Kabupaten Kendal dan "
        "Universitas Negeri Semarang tentang pengembangan desa wisata, di Pendopo Tumenggungan.",
    ), id='a-line-of-a-weekly-schedule'),
    pytest.param((
        "Kepala Desa Dilatih Menyusun Naskah Kerja Sama",
        "Kamis, 13 November 2025",
        "SENGKANG - Dinas PMD Kabupaten Wajo melatih 40 kepala desa menyusun naskah kerja sama desa, "
        "Kamis (13/11/2025), di Aula Kantor Bupati Wajo.",
        "Di akhir pelatihan, peserta mengikuti simulasi penandatanganan naskah kerja sama antara "
        "Kepala Desa Tosora dan Kepala Desa Pallimae yang disusun selama diskusi kelompok.",
    ), id='a-rehearsed-signing'),
    pytest.param((
        "Dinkes Sosialisasikan PKS Jaminan Kesehatan",
        "Rabu, 19 Maret 2025",
        "BARRU - Dinas Kesehatan Kabupaten Barru menyosialisasikan perjanjian kerja sama jaminan kesehatan "
        "kepada kepala puskesmas, Rabu (19/3/2025).",
        "PKS itu telah ditandatangani Bupati Barru dan Kepala BPJS Kesehatan Cabang Parepare pada "
        "10 Februari 2025 lalu di Kantor Bupati Barru.",
    ), id='a-signing-weeks-old-told-as-done'),
    pytest.param((
        "Laba Perseroan Naik 12 Persen",
        "Kamis, 30 Oktober 2025",
        "JAKARTA - PT Beton Nusantara Tbk membukukan laba bersih Rp210 miliar hingga kuartal III-2025.",
        "Kenaikan ditopang proyek jalan yang merupakan tindak lanjut nota kesepahaman yang diteken "
        "perseroan dengan Pemerintah Provinsi Jambi dan PT Jambi Prima Konstruksi (Perseroda) pada "
        "Desember 2024 di Kota Jambi.",
    ), id='a-follow-up-of-an-older-mou'),
    pytest.param((
        "Proyek Terminal Semen Menanti Kepastian",
        "Kamis, 30 Oktober 2025",
        "JAKARTA - PT Beton Nusantara Tbk menyiapkan terminal semen di Pelabuhan Talang Duku.",
        "Perseroan masih menunggu penandatanganan perjanjian kerja sama dengan PT Jambi Prima "
        "Konstruksi (Perseroda) dan Pemerintah Provinsi Jambi, kata direktur utama, Kamis (30/10/2025).",
    ), id='a-signing-awaited'),
    pytest.param((
        "Emiten Properti Bantah Kabar Kerja Sama dengan Investor Asing",
        "Selasa, 28 Oktober 2025",
        "JAKARTA - PT Graha Lestari Tbk membantah kabar kerja sama dengan investor asing.",
        "Satu-satunya kerja sama yang pernah diteken perseroan adalah perjanjian kerja sama pemanfaatan "
        "lahan dengan PT Sawit Makmur pada Maret 2024.",
    ), id='what-a-company-has-ever-signed'),
]


@pytest.mark.parametrize("paras", NOT_SIGNINGS)
def test_no_signing_is_reported(paras):
    assert not extract_text(article(*paras), id="t").is_signing


def test_a_follow_up_of_yesterdays_mou_is_still_news():
    # the PKS today follows up a nota kesepakatan signed the day before: both reported
    rec = extract_text(article(
        "Diskominfo dan BPS Teken PKS Data",
        "Kamis, 13 Maret 2025",
        "JAMBI - Pemerintah Provinsi Jambi dan Badan Pusat Statistik Provinsi Jambi menandatangani "
        "perjanjian kerja sama pertukaran data, Kamis (13/3/2025), di Kantor BPS Provinsi Jambi.",
        "PKS itu merupakan tindak lanjut nota kesepakatan yang diteken Gubernur Jambi dan Kepala BPS "
        "Provinsi Jambi pada Rabu (12/3/2025) di Rumah Dinas Gubernur.",
    ), id="t")
    assert rec.is_signing
    assert {s.date.value for s in rec.signings if s.date} == {"2025-03-12", "2025-03-13"}


def test_a_signing_told_days_later_is_still_reported():
    sg = first_signing(article(
        "Pemkab dan Kejari Teken Kerja Sama",
        "Senin, 17 Maret 2025",
        "PINRANG - Nota kesepakatan bidang perdata dan tata usaha negara telah ditandatangani Bupati "
        "Pinrang dan Kepala Kejaksaan Negeri Pinrang pada Kamis (13/3/2025) di Kantor Bupati Pinrang.",
    ))
    assert sg.date.value == "2025-03-13"


def test_before_signing_in_a_report_of_the_ceremony_still_counts():
    # "Sebelum menandatangani" (active) narrates the ceremony: it is no plan
    sg = first_signing(article(
        "Pemkot dan Ombudsman Teken Kesepakatan",
        "Rabu, 5 Maret 2025",
        "BITUNG - Sebelum menandatangani nota kesepakatan dengan Ombudsman RI Perwakilan Sulawesi Utara, "
        "Wali Kota Bitung menyampaikan sambutan di Ruang Sidang Kantor Wali Kota, Rabu (5/3/2025).",
    ))
    assert sg.date.value == "2025-03-05"
