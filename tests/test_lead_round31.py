"""Round 31 rules from the unseen sets' failures (variety148, variety155): a sentence saying
no agreement was signed ("tidak ada nota kesepahaman baru yang ditandatangani", "belum ada
satu pun MoU yang diteken") denies the signing its verb tells; a host waiting for or
inviting others "untuk teken MoU" tells a signing still to come; a signing noun pointed
back to as the subject of another verb ("Penandatanganan ini melanjutkan Nota Kesepahaman
... yang diteken pada 2023") does not sign the document that verb names; and a village
head's title that writes its village word keeps it before a village name opening with
another village word ("Kepala Desa Kampung Panjang")."""
from mou_extract import extract_text
from variety_helpers import article


def _coordination_meeting(denial: str) -> str:
    return article(
        "KPK Gelar Rakor Pencegahan Korupsi dengan Pemda se-Sulawesi Tengah",
        "Selasa, 14 Oktober 2025 10:20 WITA",
        "PALU - Komisi Pemberantasan Korupsi menggelar rapat koordinasi pencegahan korupsi "
        "terintegrasi bersama Pemerintah Provinsi Sulawesi Tengah dan pemerintah kabupaten/kota "
        "di Palu, Selasa (14/10/2025).",
        "Dalam rapat itu Gubernur Sulawesi Tengah Yohanis Lamba dan para bupati menandatangani "
        "pakta integritas serta rencana aksi perbaikan tata kelola pemerintahan daerah.",
        denial + " Kepala Satuan Tugas Koordinasi Supervisi KPK, Bima Prasetyo, menyebut rencana "
        "aksi itu akan dipantau melalui aplikasi pemantauan.",
    )


def test_no_agreement_signed_at_the_meeting_is_no_signing():
    rec = extract_text(_coordination_meeting(
        "Dalam rakor tersebut tidak ada nota kesepahaman baru yang ditandatangani antara KPK dan "
        "pemerintah daerah."), id="t")
    assert not rec.is_signing and rec.signings == []


def test_not_a_single_mou_signed_yet_is_no_signing():
    # (a "belum" further back than the verb's own clause)
    rec = extract_text(_coordination_meeting(
        "Hingga rakor ditutup, belum ada satu pun nota kesepahaman kerja sama baru yang resmi diteken KPK dengan pemerintah daerah."), id="t")
    assert not rec.is_signing


def test_a_signed_agreement_at_the_meeting_still_counts():
    # guard: the same meeting where an agreement was signed
    rec = extract_text(_coordination_meeting(
        "Dalam rakor tersebut, nota kesepahaman antara KPK dan Pemerintah Provinsi Sulawesi Tengah "
        "juga ditandatangani oleh Gubernur Yohanis Lamba dan Deputi Pencegahan KPK Arif Santoso."), id="t")
    assert rec.is_signing and rec.signings[0].document_type == "nota_kesepahaman"


def _investment_forum(invitation: str) -> str:
    return article(
        "Bupati Jeneponto Ajak Investor Masuk Kawasan Industri",
        "Kamis, 13 November 2025 09:00 WITA",
        "JENEPONTO - Bupati Jeneponto Muhammad Haris memaparkan peluang investasi di hadapan puluhan "
        "pengusaha dalam Forum Investasi Jeneponto di Hotel Aryaduta, Makassar, Rabu (12/11/2025).",
        f'"Lahan sudah siap dan perizinan kami permudah. {invitation}," ujarnya.',
        "Sejumlah perusahaan pengolahan garam menyatakan minat, namun penjajakan masih berlangsung.",
    )


def test_waiting_for_investors_to_sign_is_a_signing_to_come():
    rec = extract_text(_investment_forum(
        "Kami tunggu bapak dan ibu untuk teken MoU dengan pemerintah daerah, bahkan bisa bulan depan"), id="t")
    assert not rec.is_signing


def test_inviting_investors_to_sign_is_a_signing_to_come():
    rec = extract_text(_investment_forum(
        "Kami mengundang bapak dan ibu pengusaha untuk teken nota kesepahaman investasi dengan pemkab"), id="t")
    assert not rec.is_signing


def test_a_signing_noun_pointed_back_to_does_not_sign_the_older_document():
    text = article(
        "Ombudsman Jateng dan Kanwil BPN Teken PKS Pengawasan Layanan Pertanahan",
        "Rabu, 11 Juni 2025",
        "SEMARANG - Ombudsman RI Perwakilan Jawa Tengah dan Kantor Wilayah Badan Pertanahan Nasional "
        "Provinsi Jawa Tengah menandatangani Perjanjian Kerja Sama tentang pengawasan pelayanan "
        "pertanahan di Semarang, Rabu (11/6/2025).",
        "Perjanjian ditandatangani Kepala Perwakilan Ombudsman Jawa Tengah Dian Lestari dan Kepala "
        "Kantor Wilayah BPN Provinsi Jawa Tengah Hendro Susilo.",
        "Penandatanganan ini melanjutkan Nota Kesepahaman antara Ombudsman RI dan Kementerian ATR/BPN "
        "yang diteken di tingkat pusat pada 2023.",
    )
    rec = extract_text(text, id="t")
    assert rec.is_signing and len(rec.signings) == 1
    assert rec.signings[0].document_type == "perjanjian_kerja_sama"


def test_a_village_head_title_keeps_its_village_word():
    text = article(
        "Pemkab Rokan Hulu Teken PKS Air Bersih dengan Dua Desa",
        "Senin, 8 September 2025",
        "PASIR PENGARAIAN - Pemerintah Kabupaten Rokan Hulu menandatangani perjanjian kerja sama "
        "penyediaan air bersih dengan dua pemerintah desa di Aula Kantor Bupati, Senin (8/9/2025).",
        "Perjanjian ditandatangani Bupati Rokan Hulu Anton Saputra, Kepala Desa Kampung Baru Rudi "
        "Hartono dan Kepala Desa Pematang Tebih Siti Aminah.",
    )
    rec = extract_text(text, id="t")
    parties = {p.name for p in rec.signings[0].parties}
    assert "Pemerintah Desa Kampung Baru" in parties
    assert "Pemerintah Kampung Baru" not in parties
