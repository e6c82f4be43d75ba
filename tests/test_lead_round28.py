"""Round 28 rules from the unseen sets' failures (variety124, variety131): the regencies a
list names after "bupati dan wali kota atau pejabat yang mewakili dari ..." are the bodies
those officials come from (parties), not places; "sebelum kesepakatan diteken" sets a time
by a signing, it reports none."""
from mou_extract import extract_text
from variety_helpers import article, first_signing


def _regencies_article(officials: str) -> str:
    return article(
        "Gubernur dan Enam Kepala Daerah se-Jambi Teken Nota Kesepakatan dengan Ombudsman",
        "Jambi - Ombudsman Republik Indonesia dan Pemerintah Provinsi Jambi menandatangani nota "
        "kesepakatan tentang pengawasan penyelenggaraan pelayanan publik, Rabu (16/7/2025), di "
        "Rumah Dinas Gubernur Jambi.",
        "Nota kesepakatan ditandatangani Ketua Ombudsman RI Hendarto Wibisono dan Gubernur Jambi "
        "Rahmat Hidayat. Pada kesempatan yang sama, kesepakatan serupa ditandatangani "
        f"{officials} dari Kabupaten Kerinci, Merangin, Sarolangun dan Tebo, Kota Jambi serta Kota "
        "Sungai Penuh.",
    )


def test_regencies_after_officials_or_their_stand_ins_are_parties():
    sg = first_signing(_regencies_article("bupati dan wali kota atau pejabat yang mewakili"))
    got = {p.name for p in sg.parties}
    assert {"Pemerintah Kabupaten Kerinci", "Pemerintah Kabupaten Merangin", "Pemerintah Kabupaten Sarolangun",
            "Pemerintah Kabupaten Tebo", "Pemerintah Kota Jambi", "Pemerintah Kota Sungai Penuh"} <= got


def test_regencies_after_a_shorter_stand_in_phrase_are_parties():
    sg = first_signing(_regencies_article("para bupati atau yang mewakilinya"))
    assert {"Pemerintah Kabupaten Kerinci", "Pemerintah Kota Sungai Penuh"} <= {p.name for p in sg.parties}


def test_a_place_after_dari_without_officials_is_still_no_party():
    # (the rule needs the officials: a delegation arriving "dari Kabupaten X" is not X signing)
    text = article(
        "Pemkab Tebo dan Ombudsman Jambi Teken Nota Kesepakatan",
        "Muara Tebo - Pemerintah Kabupaten Tebo dan Ombudsman RI Perwakilan Jambi menandatangani nota "
        "kesepakatan tentang pengelolaan pengaduan, Senin (14/7/2025), di Aula Kantor Bupati Tebo. "
        "Rombongan Ombudsman datang dari Kota Jambi sejak pagi.",
    )
    assert "Pemerintah Kota Jambi" not in {p.name for p in first_signing(text).parties}


def test_a_time_set_by_a_signing_still_to_come_reports_none():
    text = article(
        "Pemkab Wajo dan Ombudsman Sulsel Bahas Draf Nota Kesepakatan",
        "Sengkang - Pemerintah Kabupaten Wajo menggelar rapat persiapan bersama Ombudsman RI Perwakilan "
        "Sulawesi Selatan, Rabu (8/10/2025), membahas draf nota kesepakatan tentang pengawasan pelayanan "
        "publik yang direncanakan ditandatangani bulan depan.",
        "Kepala Bagian Hukum Andi Rahmat mengatakan, sebelum kesepakatan diteken, setiap perangkat daerah "
        "diminta melengkapi standar pelayanan di unit masing-masing.",
        "Rapat ditutup dengan pembagian tugas tim penyusun rencana aksi.",
    )
    assert extract_text(text, id="t").is_signing is False


def test_a_signing_told_beside_a_before_clause_is_still_reported():
    text = article(
        "Pemkab Wajo dan Ombudsman Sulsel Teken Nota Kesepakatan",
        "Sengkang - Pemerintah Kabupaten Wajo dan Ombudsman RI Perwakilan Sulawesi Selatan menandatangani "
        "nota kesepakatan tentang pengawasan pelayanan publik, Rabu (8/10/2025), di Aula Kantor Bupati Wajo.",
        "Sebelum nota kesepakatan ditandatangani, Bupati Wajo Amran Mahmud memaparkan capaian kepatuhan "
        "daerahnya.",
    )
    sg = first_signing(text)
    assert sg.document_type == "nota_kesepakatan"
