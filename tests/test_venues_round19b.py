"""Venues, round 19b: venues stated in a sentence the signing sentences do not carry: a
lead paragraph saying where the signing was held before the signers are named, a dated
scene without "di" ("Aula X, Senin (3/3/2025), dipenuhi ..."), an evaluation meeting the
signing followed ("agenda berlanjut dengan penandatanganan"), a first-person "saya tanda
tangan ... di Aula X" naming a venue given in full earlier."""
from variety_helpers import article, first_signing


def _venue(*paras: str) -> tuple:
    v = first_signing(article(*paras)).venue
    return (v.name, v.city) if v else None


def test_lead_paragraph_says_where_before_the_signers_are_named():
    assert _venue(
        "Lima Bupati Teken Nota Kesepakatan dengan Ombudsman Jambi",
        "Semua kabupaten di Provinsi Jambi kini terikat nota kesepakatan dengan Ombudsman RI "
        "Perwakilan Jambi. Penandatanganan lima nota kesepakatan itu digelar di Aula Rumah Dinas "
        "Bupati Muaro Jambi, Sengeti, Kamis (4/9/2025).",
        "Nota kesepakatan tersebut ditandatangani Bupati Muaro Jambi Bambang Sutrisno dan Kepala "
        "Ombudsman RI Perwakilan Jambi, Dedi Kurniawan.",
    ) == ("Aula Rumah Dinas Bupati Muaro Jambi", "Sengeti")


def test_a_dated_scene_opens_the_signing_paragraph():
    assert _venue(
        "Tiga Wali Kota Teken MoU dengan Ombudsman Sumbar",
        "Ruang Rapat Istana Gubernur Sumatera Barat, Senin 8 September 2025, dipadati pejabat "
        "daerah. Mereka datang untuk menandatangani MoU dengan Ombudsman RI Perwakilan Sumatera Barat.",
        "MoU diteken Wali Kota Padang Andi Saputra dan Kepala Ombudsman RI Perwakilan Sumatera "
        "Barat, Yusuf Hakim.",
    ) == ("Ruang Rapat Istana Gubernur Sumatera Barat", "Padang")


def test_a_dated_scene_as_object_then_the_signing_rides_along():
    assert _venue(
        "Pemkab Sanggau dan BPJS Ketenagakerjaan Teken PKS",
        "Suasana meriah menyelimuti Aula Kantor Bupati Sanggau, Selasa (5/8/2025). Puluhan "
        "pekerja menerima kartu kepesertaan dari Bupati Sanggau.",
        "Acara itu dirangkai dengan penandatanganan perjanjian kerja sama antara Pemerintah "
        "Kabupaten Sanggau dan BPJS Ketenagakerjaan Cabang Sanggau. Dokumen ditandatangani "
        "Sekretaris Daerah Sanggau, Markus Ali, dan Kepala BPJS Ketenagakerjaan Cabang Sanggau, "
        "Budi Santoso.",
    ) == ("Aula Kantor Bupati Sanggau", "Sanggau")


def test_the_signing_that_followed_an_evaluation_meeting():
    assert _venue(
        "Ombudsman Sulteng Evaluasi Kerja Sama dengan Pemkab Donggala",
        "Ombudsman RI Perwakilan Sulawesi Tengah menggelar rapat evaluasi kerja sama dengan "
        "Pemerintah Kabupaten Donggala. Rapat digelar di Aula Kantor Ombudsman RI Perwakilan "
        "Sulawesi Tengah, Palu, Rabu (8/10/2025).",
        "Kepala Ombudsman menilai kerja sama itu berjalan baik dan layak diperpanjang.",
        "Usai sesi evaluasi itu, agenda berlanjut dengan penandatanganan nota kesepakatan baru "
        "antara Ombudsman RI Perwakilan Sulawesi Tengah dan Pemerintah Kabupaten Sigi. Dokumen "
        "diteken Kepala Ombudsman RI Perwakilan Sulawesi Tengah, Amran Lamato, dan Wakil Bupati "
        "Sigi, Ahmad Yani.",
    ) == ("Aula Kantor Ombudsman RI Perwakilan Sulawesi Tengah", "Palu")


def test_first_person_signing_names_the_venue_written_in_full_earlier():
    v = first_signing(article(
        "Bupati Kapuas Hulu: Kami Teken MoU dengan Kejaksaan",
        "PUTUSSIBAU, kalbarnews.id – Kami menemui Bupati Kapuas Hulu di ruang kerjanya, beberapa "
        "jam setelah ia menghadiri acara di Aula Lantang Kantor Bupati.",
        "Iya, pagi tadi Pemkab Kapuas Hulu menandatangani nota kesepakatan dengan Kejaksaan Negeri "
        "Kapuas Hulu. Saya tanda tangan langsung dengan Pak Kajari, Pak Rudi Hartono, di Aula Lantang. "
        "Disaksikan Pak Sekda dan para kepala dinas.",
    )).venue
    assert v is not None and v.name == "Aula Lantang Kantor Bupati"



def test_the_service_hall_opening_its_doors_is_where_the_occasion_was():
    assert _venue(
        "MPP Lombok Barat Buka Sampai Malam",
        "GERUNG – Mulai bulan ini, Mal Pelayanan Publik (MPP) Kabupaten Lombok Barat di Jalan "
        "Soekarno Hatta, Gerung, membuka layanan hingga pukul 20.00 Wita. Perpanjangan jam layanan "
        "itu diresmikan Bupati Lombok Barat, Senin (2/6/2025).",
        "Pada kesempatan yang sama, Pemerintah Kabupaten Lombok Barat dan Kantor Imigrasi Mataram "
        "menandatangani perjanjian kerja sama tentang layanan paspor di MPP. Perjanjian diteken "
        "Bupati Lombok Barat, Lalu Ahmad Zaini, dan Kepala Kantor Imigrasi Mataram, Made Sudana.",
    ) == ("Mal Pelayanan Publik (MPP) Kabupaten Lombok Barat", "Gerung")
