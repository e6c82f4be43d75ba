"""Round 29 rules from the unseen sets' failures (variety132, variety139): a relative clause
that names an agreement's signers and an older bare year tells of an earlier signing; where
two documents are named together before a passive verb ("Nota kesepahaman dan perjanjian
kerja sama ... diteken") the first one named is the type; a foreign country's mission
("Konsulat Jenderal Australia di Bali") is a party."""
from mou_extract import extract_text
from mou_extract import parties as P
from variety_helpers import article, first_signing


def _dispute(clause: str) -> str:
    return article(
        "Warga Tuntut Kebun Plasma, Datangi Kantor DPRD Siak",
        "Kamis, 5 Juni 2025 - 10:40 WIB",
        "SIAK, Riau Pos - Puluhan petani Kampung Teluk Lanus mendatangi Gedung DPRD Kabupaten Siak, "
        "Kamis (5/6/2025). Mereka menagih kebun plasma yang dijanjikan perusahaan.",
        f"Ketua kelompok tani, Ramli, mengatakan janji itu tertuang dalam nota kesepahaman {clause}, "
        "disaksikan camat setempat. Hingga kini, katanya, lahan itu belum juga diserahkan.",
        "Ketua Komisi II DPRD Siak, Hasan Basri, berjanji memanggil manajemen perusahaan pekan depan.",
    )


def test_relative_clause_with_an_older_bare_year_far_from_the_verb_is_an_earlier_signing():
    rec = extract_text(_dispute(
        "yang ditandatangani PT Sawit Makmur Sentosa dengan Koperasi Produsen Tani Sejahtera Bersama pada 2018"), id="t")
    assert not rec.is_signing


def test_year_of_another_matter_in_the_relative_clause_does_not_make_it_earlier():
    # (the year dates the assessment the clause turns to, not the signing told)
    text = article(
        "Pemkab Kampar dan Ombudsman Riau Teken Nota Kesepakatan",
        "Bangkinang - Pemerintah Kabupaten Kampar dan Ombudsman RI Perwakilan Riau menandatangani "
        "nota kesepakatan, Selasa (3/6/2025), di Aula Kantor Bupati Kampar.",
        "Nota kesepakatan yang ditandatangani Bupati Kampar Ahmad Yuzar dan Kepala Ombudsman Riau "
        "Bambang Pratama untuk menindaklanjuti hasil penilaian pada 2024 itu berlaku tiga tahun.",
    )
    assert extract_text(text, id="t").is_signing


def test_first_of_two_documents_named_before_a_passive_verb_is_the_type():
    text = article(
        "Pemkab Gresik Gandeng Universitas Gresik",
        "GRESIK - Pemerintah Kabupaten Gresik menjalin kerja sama dengan Universitas Gresik. Nota "
        "kesepahaman dan perjanjian kerja sama kedua lembaga diteken di Pendopo Kabupaten Gresik, "
        "Rabu (9/7/2025) siang.",
        "Penandatanganan dilakukan Bupati Gresik Fandi Akhmad Yani dan Rektor Universitas Gresik "
        "Hadi Susanto.",
    )
    assert first_signing(text).document_type == "nota_kesepahaman"
    swapped = text.replace("Nota kesepahaman dan perjanjian kerja sama", "Perjanjian kerja sama dan nota kesepahaman")
    assert swapped != text
    assert first_signing(swapped).document_type == "perjanjian_kerja_sama"


def _names(text: str) -> list[str]:
    return [m.name for m in P.find_parties(text, 0, len(text), None)]


def test_a_foreign_mission_with_its_host_city_is_a_party():
    assert "Konsulat Jenderal Australia di Bali" in _names(
        "Pemerintah Provinsi Bali menggandeng Konsulat Jenderal (Konjen) Australia di Bali untuk pelatihan vokasi.")
    # (the city a place the gazetteer knows, or one word: no weekday after it)
    assert "Konsulat Jenderal Jepang di Surabaya" in _names(
        "Pemkot Surabaya dan Konsulat Jenderal Jepang di Surabaya Selasa meneken nota kesepahaman.")
    assert "Kedutaan Besar Belanda" in _names("Pemprov Sumut bekerja sama dengan Kedutaan Besar Belanda.")


def test_a_mission_word_without_a_country_is_no_party():
    assert not [n for n in _names("Rombongan berkunjung ke Konsulat Jenderal di kota itu.") if "Konsulat" in n]
    assert not [n for n in _names("Kedutaan Besar Republik Indonesia di Tokyo menggelar pameran.") if "Kedutaan" in n]


def _in_turn(sequence: str) -> str:
    return article(
        "Empat Kepala Daerah Teken Nota Kesepakatan dengan Ombudsman Jambi",
        "JAMBI - Ombudsman RI Perwakilan Jambi menggelar penganugerahan predikat kepatuhan di Hotel "
        "Swiss-Belhotel Jambi, Rabu (11/12/2024). Di sela acara, empat pemerintah daerah menandatangani "
        "nota kesepakatan dengan Ombudsman Jambi secara bergiliran.",
        f"Satu per satu kepala daerah naik ke panggung. {sequence}",
        "Nota kesepakatan itu mengatur pencegahan maladministrasi dan penyelesaian laporan masyarakat.",
    )


def test_heads_named_one_after_another_after_a_counted_signing_are_its_signers():
    sg = first_signing(_in_turn(
        "Pertama Bupati Kerinci Monadi Saputra, disusul Pj Bupati Merangin Agus Salim, kemudian Bupati Tebo "
        "Vario Hidayat dan Wali Kota Sungai Penuh Ahmadi Zubir."))
    assert {"Pemerintah Kabupaten Kerinci", "Pemerintah Kabupaten Merangin", "Pemerintah Kabupaten Tebo",
            "Pemerintah Kota Sungai Penuh"} <= {p.name for p in sg.parties}
    assert {"Monadi Saputra", "Agus Salim", "Vario Hidayat", "Ahmadi Zubir"} <= {p.name for p in sg.signatories}


def test_a_sequence_naming_one_government_names_no_list():
    # (two governments at least: "disusul" alone in a sentence is no list of the counted ones)
    sg = first_signing(_in_turn("Acara dibuka Bupati Kerinci Monadi Saputra, disusul penyerahan piagam."))
    assert "Pemerintah Kabupaten Merangin" not in {p.name for p in sg.parties}


def _points(count_sentence: str) -> str:
    return article(
        "Pemkab Maros dan Ombudsman Sulsel Teken Nota Kesepakatan",
        "MAROS - Pemerintah Kabupaten Maros dan Ombudsman RI Perwakilan Sulawesi Selatan menandatangani "
        "nota kesepakatan tentang pengawasan pelayanan publik di Ruang Rapat Bupati Maros, Senin (2/6/2025).",
        f"Menurut Kepala Ombudsman Sulsel Andi Ruslan, kesepakatan itu bukan formalitas. {count_sentence}",
        '"Pertama, pencegahan maladministrasi di puskesmas dan kantor kecamatan. Kedua, penyelesaian laporan '
        'masyarakat secara cepat. Ketiga, pelatihan bagi petugas layanan pengaduan," ujarnya.',
    )


def test_points_the_parties_will_carry_out_open_the_ordinal_list():
    sg = first_signing(_points("Ada tiga hal pokok yang akan dilaksanakan kedua pihak selama dua tahun ke depan."))
    assert {"maladministration_prevention", "complaint_handling", "capacity_building"} <= {h.label for h in sg.scope}
    assert "other" not in {h.label for h in sg.scope}


def test_points_of_someone_else_open_no_list():
    # (the points a third party carries out are no content of the agreement)
    sg = first_signing(_points("Ada tiga hal pokok yang akan dilaksanakan tim teknis Inspektorat tahun ini."))
    assert "complaint_handling" not in {h.label for h in sg.scope}
