"""Venues, round 15: "Di <venue>, X menandatangani" opening a sentence, a floor before the
building, "Balairung" halls, English head-last halls after "di", a building known only by
its own name and the town after it, an address hamlet after the street, a regency seat
ending the venue, the seat of another regency as the dateline, a caption credit, a
lower-case "di kantor X" inside the scope, a body whose town the article writes elsewhere."""
from variety_helpers import article, first_signing


def _venue(*paras: str) -> tuple:
    v = first_signing(article(*paras)).venue
    return (v.name, v.city) if v else None


def test_a_sentence_opening_with_di_and_the_venue():
    assert _venue(
        "Ombudsman Teken Kesepakatan dengan Pemkab Katingan",
        "Di Aula Rumah Jabatan Bupati Katingan, Kepala Ombudsman RI Perwakilan Kalimantan Tengah "
        "menandatangani nota kesepakatan dengan Pemerintah Kabupaten Katingan, Kamis (6/3/2025).",
    ) == ("Aula Rumah Jabatan Bupati Katingan", "Kasongan")


def test_bertempat_di_opening_the_sentence_before_a_long_subject():
    # the words after the comma are the clause's subject, six capitalised words long
    assert _venue(
        "Ombudsman dan Pemkab Pulang Pisau Teken Kesepakatan",
        "Bertempat di Aula Kantor Bupati Pulang Pisau, Kepala Ombudsman RI Perwakilan Kalimantan "
        "Tengah dan Bupati Pulang Pisau menandatangani nota kesepakatan, Senin (10/3/2025).",
    ) == ("Aula Kantor Bupati Pulang Pisau", "Pulang Pisau")


def test_a_floor_before_the_building_is_not_part_of_the_name():
    assert _venue(
        "Pemkab Boyolali Gandeng Ombudsman",
        "Pemerintah Kabupaten Boyolali dan Ombudsman RI menandatangani nota kesepahaman di lantai "
        "tiga Gedung Pelayanan Terpadu Kabupaten Boyolali, Rabu (12/3/2025).",
    ) == ("Gedung Pelayanan Terpadu Kabupaten Boyolali", "Boyolali")


def test_a_balairung_is_a_venue():
    assert _venue(
        "Pemkab Teken MoU dengan Universitas",
        "Bupati Kapuas dan Rektor Universitas Palangka Raya menandatangani nota kesepahaman di "
        "Balairung Sanggar Budaya, Kuala Kapuas, Selasa (4/3/2025).",
    ) == ("Balairung Sanggar Budaya", "Kuala Kapuas")


def test_an_english_hall_after_di():
    assert _venue(
        "BKKBN dan Pemprov Teken Kesepakatan",
        "Perwakilan BKKBN Sulawesi Tengah dan Pemerintah Provinsi Sulawesi Tengah menandatangani nota "
        "kesepakatan di Swiss Garden Convention Hall, Kota Palu, Jumat (7/3/2025).",
    ) == ("Swiss Garden Convention Hall", "Palu")


def test_a_building_known_by_its_own_name_and_the_town_after_it():
    assert _venue(
        "Pemprov dan Kampus Teken MoU",
        "Pemerintah Provinsi Riau dan Universitas Riau menandatangani nota kesepahaman, Senin, 3 Maret "
        "2025, di Balai Serindit Cendana, Pekanbaru.",
    )[1] == "Pekanbaru"
    assert _venue(
        "Pemprov dan Kampus Teken MoU",
        "Pemerintah Provinsi Riau dan Universitas Riau menandatangani nota kesepahaman, Senin, 3 Maret "
        "2025, di Laman Bujang Mat Syam, Pekanbaru.",
    ) == ("Laman Bujang Mat Syam", "Pekanbaru")
    # "di Gampong X, Kecamatan Y": a village and its district, no building
    rec = first_signing(article(
        "Desa Teken Kerja Sama",
        "Pemerintah gampong dan PT Air Bersih menandatangani perjanjian kerja sama di Gampong Lam Ara "
        "Tunong, Kecamatan Kuta Baro, Senin (3/3/2025).",
    ))
    assert rec.venue is None or rec.venue.name != "Gampong Lam Ara Tunong"


def test_a_hamlet_after_the_street_is_no_town():
    assert _venue(
        "Kejari Bantul Teken PKS",
        "Kejaksaan Negeri Bantul dan RSUD Panembahan Senopati menandatangani perjanjian kerja sama, "
        "Kamis (6/3/2025). Penandatanganan berlangsung di Aula Kejari Bantul, Jalan Prof. Dr. "
        "Soepomo, Janten.",
    ) == ("Aula Kejari Bantul", "Bantul")


def test_a_venue_ending_in_a_regency_seat():
    assert _venue(
        "PN dan Disdukcapil Teken PKS",
        "Pengadilan Negeri Praya dan Disdukcapil Kabupaten Lombok Tengah menandatangani perjanjian "
        "kerja sama, Senin (3/3/2025). Penandatanganan berlangsung di Ruang Sidang Pengadilan Negeri "
        "Praya.",
    ) == ("Ruang Sidang Pengadilan Negeri Praya", "Praya")


def test_a_dateline_that_is_another_regencys_seat():
    # SAMPIT is the seat of Kotawaringin Timur; the venue is the regent of Seruyan's house
    assert _venue(
        "Ombudsman Teken Kesepakatan dengan Pemkab Seruyan",
        "SAMPIT - Kepala Ombudsman RI Perwakilan Kalimantan Tengah menandatangani nota kesepakatan "
        "dengan Pemerintah Kabupaten Seruyan di Aula Rumah Jabatan Bupati Seruyan, Rabu (5/3/2025).",
    ) == ("Aula Rumah Jabatan Bupati Seruyan", "Kuala Pembuang")


def test_a_caption_credit_is_not_part_of_the_venue():
    from mou_extract import signings, venues

    text = "Wali Kota Tegal menandatangani dokumen kerja sama di Balai Kota Tegal. (ist)"
    ctx = signings.Ctx(text=text, norm=text, sents=[], docs=[], dates=[], reference=None,
                       title_spans=[], province=None, caption_from=0, dateline=None, headline=None)
    v = venues.find_venue(ctx, 0, len(text))
    assert v is not None and v[0] == "Balai Kota Tegal" and v[1] == "Tegal"


def test_a_lower_case_office_in_the_scope_is_no_venue():
    from mou_extract import signings, venues

    text = ("Rektor dan Kepala Perwakilan meneken nota kesepahaman yang mencakup penelitian bersama "
            "serta program magang mahasiswa di kantor Ombudsman Jambi.")
    ctx = signings.Ctx(text=text, norm=text, sents=[], docs=[], dates=[], reference=None,
                       title_spans=[], province=None, caption_from=0, dateline=None, headline=None)
    assert venues.find_venue(ctx, 0, len(text)) is None


def test_a_body_whose_town_the_article_writes_elsewhere():
    assert _venue(
        "RSUD dan Kejari Teken PKS",
        "Kedua pihak menandatangani perjanjian kerja sama pada Senin (3/3/2025) di Ruang Rapat Gedung "
        "Direksi RSUD Soedono.",
        "Perjanjian ditandatangani Direktur RSUD Soedono Kota Madiun, dr. Agus Santoso, dan Kepala "
        "Kejaksaan Negeri Kota Madiun, Budi Hartono.",
    ) == ("Ruang Rapat Gedung Direksi RSUD Soedono", "Madiun")
