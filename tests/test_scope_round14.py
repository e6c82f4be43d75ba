"""Scope statements and items of round 14: list shapes, page furniture, tables,
interviews, what the parties will do ("sepakat melakukan ...", "Dalam MoU ini, X akan
...") and item boundaries."""
from mou_extract.scope import find_scope, select_scope


def _labels(text, spans=None):
    return sorted({h.label for h in select_scope(find_scope(text, spans))})


def _others(text, spans=None):
    return [h.text for h in select_scope(find_scope(text, spans)) if h.label == "other"]


def test_symbol_bullets_are_list_items():
    text = ("Adapun ruang lingkup perjanjian kerja sama meliputi:\n"
            "► pemberian pertimbangan hukum kepada direksi;\n"
            "► pendampingan dalam sengketa perdata;\n"
            "► pelatihan hukum bagi pegawai perusahaan daerah.\n")
    assert "capacity_building" in _labels(text)


def test_lettered_items_end_at_the_next_numbered_paragraph():
    text = ("2. Ruang lingkup kesepakatan meliputi:\n"
            "   a. pertukaran data dan informasi kependudukan;\n"
            "   b. peningkatan kapasitas petugas registrasi.\n"
            "3. Kesepakatan berlaku selama dua tahun dan dapat diperpanjang atas persetujuan kedua pihak.\n")
    assert _labels(text) == ["capacity_building", "data_exchange"]


def test_table_rows_after_a_scope_statement():
    text = ("Ruang lingkup nota kesepahaman dan pelaksananya diuraikan sebagai berikut:\n\n"
            "Bidang Kerja Sama\tPenanggung Jawab\n"
            "Pencegahan maladministrasi\tBagian Organisasi\n"
            "Pertukaran data dan informasi\tDinas Kominfo\n"
            "Bimbingan teknis petugas layanan\tBadan Kepegawaian\n")
    assert _labels(text) == ["capacity_building", "data_exchange", "maladministration_prevention"]
    # the cleaner may have turned the tabs into spaces: one row a line
    assert _labels(text.replace("\t", "  ")) == ["capacity_building", "data_exchange",
                                                 "maladministration_prevention"]


def test_statement_cut_by_page_furniture_goes_on_after_it():
    first = "Ruang lingkup nota kesepakatan itu meliputi pencegahan maladministrasi,"
    furniture = "Baca juga: Harga cabai di pasar induk kembali naik"
    rest = "pertukaran data dan informasi, serta pelatihan bagi petugas pengaduan."
    text = first + "\n" + furniture + "\n" + rest
    a = len(first) + 1 + len(furniture) + 1
    spans = [(0, len(first)), (a, len(text))]
    assert _labels(text, spans) == ["capacity_building", "data_exchange", "maladministration_prevention"]


def test_soft_hyphens_inside_words():
    text = "Kesepakatan itu mencakup pencegahan maladminis\u00adtrasi dan pertukaran da\u00adta."
    hits = select_scope(find_scope(text))
    assert sorted(h.label for h in hits) == ["data_exchange", "maladministration_prevention"]
    assert all(text[h.start:h.end] == h.text for h in hits)
    assert "maladminis\u00adtrasi" in next(h.text for h in hits if h.label == "maladministration_prevention")


def test_nouns_joined_under_a_preposition_or_a_bare_label_word_are_one_item():
    text = ("Kesepakatan tersebut meliputi pencegahan maladministrasi dalam pendaftaran dan "
            "penerbitan izin usaha, serta pelatihan dan penyuluhan hukum bagi aparatur kecamatan.")
    assert _others(text) == []
    assert _labels(text) == ["capacity_building", "maladministration_prevention"]


def test_the_means_of_an_item_is_an_item_of_its_own():
    text = ("Perjanjian itu mengatur dua hal. Pertama, pencegahan maladministrasi melalui "
            "pemantauan waktu layanan di loket. Kedua, pertukaran data pengaduan.")
    assert "monitoring_evaluation" in _labels(text)


def test_capability_is_capacity():
    text = "MoU ini mencakup peningkatan kapabilitas auditor inspektorat daerah."
    assert _labels(text) == ["capacity_building"]


def test_what_the_parties_will_do_together_after_a_purpose():
    text = ('"Kerja sama ini untuk meningkatkan kualitas pelayanan publik di seluruh puskesmas. '
            'Kami akan bersama-sama mempercepat penyelesaian pengaduan warga dan mencegah '
            'maladministrasi di loket pendaftaran," ujar Kepala Dinas.')
    assert _labels(text) == ["complaint_handling", "maladministration_prevention", "service_quality"]


def test_interview_answer_with_a_count_and_ordinals():
    text = ("Apa saja isi kesepakatannya?\n\n"
            "Ada tiga hal pokok. Pertama, percepatan penyelesaian laporan warga. Untuk itu "
            "setiap dinas menunjuk penghubung. Kedua, pertukaran data dan informasi. Ketiga, "
            "bimbingan teknis bagi petugas layanan.")
    assert _labels(text) == ["capacity_building", "complaint_handling", "data_exchange"]


def test_a_list_of_what_the_parties_agree_to_do():
    text = ("Dalam kesepakatan itu, kedua pihak sepakat melakukan penertiban reklame liar, "
            "pertukaran informasi perizinan, serta pelatihan petugas lapangan.")
    assert _labels(text) == ["capacity_building", "data_exchange", "other"]
    # one thing agreed, not a list: no `other` from it
    single = "Pemkab dan kampus sepakat menambah anggaran beasiswa pada tahun depan."
    assert _others(single) == []


def test_what_a_party_will_do_under_the_agreement():
    text = ("Melalui perjanjian kerja sama tersebut, rumah sakit akan memberikan pelayanan "
            "persalinan gratis bagi ibu dari keluarga miskin yang terdaftar di dinas sosial.")
    assert _labels(text) == ["other"]
    text2 = ("Dalam MoU ini, PT Sinar Tani berkomitmen membeli gabah petani binaan dengan harga "
             "di atas harga pokok, serta melatih petani dalam penanganan pascapanen.")
    assert _labels(text2) == ["capacity_building", "other"]


def test_what_a_party_also_will_do_after_a_scope_statement():
    text = ("Kesepakatan itu mencakup bantuan hukum dan pertimbangan hukum kepada pemkab. "
            "Kejaksaan juga akan membantu penyelamatan aset daerah yang dikuasai pihak ketiga.")
    assert _labels(text) == ["legal_assistance", "other"]
    said = ("Kesepakatan itu mencakup bantuan hukum dan pertimbangan hukum kepada pemkab. "
            "Ia juga meminta semua dinas berkonsultasi sebelum menandatangani kontrak.")
    assert _labels(said) == ["legal_assistance"]


def test_where_an_item_applies_is_not_an_item():
    text = ("Ruang lingkup nota kesepakatan meliputi bantuan hukum, pertimbangan hukum, dan "
            "tindakan hukum lain, baik di dalam maupun di luar pengadilan.")
    assert _labels(text) == ["legal_assistance"]
