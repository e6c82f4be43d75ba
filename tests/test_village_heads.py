"""Village heads by their regional titles (Keuchik in Aceh, Wali Nagari in West Sumatra,
Kuwu in Cirebon and Indramayu, Hukum Tua in Minahasa, Kepala Lembang in Toraja, Peratin
and Kepala Pekon in Lampung, Penghulu Kampung in Riau): the head signs for the village's
own government, named by the village's regional word. Sentences written for these tests."""
import pytest

from mou_extract import extract_text
from variety_helpers import article, first_signing

CASES = [
    pytest.param((
        "Gampong dan Unsyiah Teken Nota Kesepahaman",
        "BANDA ACEH - Pemerintah Gampong Lamteumen Barat menandatangani nota kesepahaman dengan "
        "Universitas Syiah Kuala, Senin (9/3/2026). Penandatanganan dilakukan oleh Keuchik Gampong "
        "Lamteumen Barat Tgk. Muhammad Yusri dan Rektor Universitas Syiah Kuala, Prof. Dr. Marwan.",
    ), "Muhammad Yusri", "Keuchik Gampong Lamteumen Barat", "Pemerintah Gampong Lamteumen Barat",
        id="keuchik-then-honorific"),
    pytest.param((
        "Nagari Sungai Pua Gandeng Bank",
        "AGAM - Perjanjian kerja sama layanan pembayaran pajak diteken Wali Nagari Sungai Pua, Rahmat "
        "Hidayat, dan Pemimpin Cabang Bank Nagari Bukittinggi, Fadli Zulkarnain, Selasa (10/3/2026).",
    ), "Rahmat Hidayat", "Wali Nagari Sungai Pua", "Pemerintah Nagari Sungai Pua", id="wali-nagari"),
    pytest.param((
        "Desa dan Puskesmas Sepakat Tangani Stunting",
        "INDRAMAYU - Kuwu Desa Juntinyuat, Carsa, menandatangani nota kesepahaman pelayanan kesehatan "
        "ibu dan anak dengan Kepala Puskesmas Juntinyuat, dr. Nining Suryani, Rabu (11/3/2026).",
    ), "Carsa", "Kuwu Desa Juntinyuat", "Pemerintah Desa Juntinyuat", id="kuwu-with-village-word"),
    pytest.param((
        "Lembang Pangli Jalin Kerja Sama",
        "TORAJA UTARA - Kepala Lembang Pangli, Yohanis Rante, meneken perjanjian kerja sama dengan "
        "PT Bank Sulselbar Cabang Rantepao, Jumat (13/3/2026).",
    ), "Yohanis Rante", "Kepala Lembang Pangli", "Pemerintah Lembang Pangli", id="kepala-lembang"),
    pytest.param((
        "Dua Pekon Kelola Air Bersih Bersama",
        "LIWA - Peratin Pekon Hujung, Sahrial, dan Kepala Pekon Sukamaju, Edi Susanto, menandatangani "
        "perjanjian kerja sama pengelolaan air bersih, Selasa (17/3/2026).",
    ), "Sahrial", "Peratin Pekon Hujung", "Pemerintah Pekon Hujung", id="peratin"),
    pytest.param((
        "Kampung Dayun Gandeng Koperasi",
        "SIAK - Penghulu Kampung Dayun, Suhardi, menandatangani nota kesepakatan pengelolaan gerai "
        "sembako dengan Ketua Koperasi Desa Merah Putih Dayun, Amir Hamzah, Senin (16/3/2026).",
    ), "Suhardi", "Penghulu Kampung Dayun", "Pemerintah Kampung Dayun", id="penghulu-kampung"),
]


@pytest.mark.parametrize("paras,name,role,party", CASES)
def test_village_head_signs_for_the_village(paras, name, role, party):
    s = first_signing(article(*paras))
    signer = next(p for p in s.signatories if p.name == name)
    assert (signer.role, signer.party) == (role, party)
    assert party in [p.name for p in s.parties]
    assert next(p for p in s.parties if p.name == party).kind == "other"


def test_kepala_desa_still_names_the_village_government():
    s = first_signing(article(
        "Desa Wisata Gandeng Kampus",
        "MAGELANG - Kepala Desa Candirejo Sugeng Riyadi dan Rektor Universitas Tidar, Prof. Dr. Sugiyarto, "
        "menandatangani nota kesepahaman pengembangan desa wisata, Kamis (12/3/2026).",
    ))
    signer = next(p for p in s.signatories if p.name == "Sugeng Riyadi")
    assert (signer.role, signer.party) == ("Kepala Desa Candirejo", "Pemerintah Desa Candirejo")
