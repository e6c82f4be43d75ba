"""Scope labels of round 15: service quality as the stated purpose beside a scope
statement, additions after a scope statement ("Selain itu, ... juga akan ...", "...
juga sepakat ..."), what the PKS "mengatur teknis", topics and co-heads inside items,
and a few vocabulary shapes."""
from mou_extract.scope import find_scope, select_scope


def _labels(text, spans=None):
    return sorted({h.label for h in select_scope(find_scope(text, spans))})


def _others(text, spans=None):
    return [h.text for h in select_scope(find_scope(text, spans)) if h.label == "other"]


def test_service_quality_as_purpose_beside_a_scope_statement():
    text = ("Nota kesepahaman tersebut bertujuan untuk meningkatkan kualitas pelayanan publik di "
            "Kabupaten Sumbawa. Ruang lingkupnya meliputi pencegahan maladministrasi dan pertukaran data.")
    assert _labels(text) == ["data_exchange", "maladministration_prevention", "service_quality"]
    # in the same sentence, before the list verb
    text = ("Kesepakatan itu diteken Bupati dan bertujuan meningkatkan kualitas pelayanan publik, "
            "mencakup percepatan penyelesaian laporan masyarakat serta pencegahan maladministrasi.")
    assert "service_quality" in _labels(text)
    # a quoted purpose a sentence before the scope statement
    text = ('"Kerja sama ini untuk meningkatkan kualitas pelayanan publik di daerah kami, bukan '
            'seremoni," ujarnya. Ia menyebut ruang lingkup kesepakatan meliputi penilaian kepatuhan.')
    assert _labels(text) == ["monitoring_evaluation", "service_quality"]
    # not from the agreement's title
    text = ("Bupati meneken nota kesepakatan tentang Sinergi dalam Rangka Peningkatan Kualitas Pelayanan "
            "Publik. Ruang lingkupnya meliputi pencegahan maladministrasi.")
    assert _labels(text) == ["maladministration_prevention"]


def test_mal_administrasi_written_apart():
    text = "Ruang lingkup kesepakatan meliputi pencegahan mal administrasi dan pertukaran data."
    assert _labels(text) == ["data_exchange", "maladministration_prevention"]


def test_what_the_pks_settles_technically_is_not_scope():
    text = ("Ruang lingkup kesepakatan meliputi bantuan hukum di bidang perdata dan tata usaha negara. "
            "Adapun PKS mengatur teknis pelaksanaan, termasuk jadwal, penilaian berkala dan pelaporan.")
    assert _labels(text) == ["legal_assistance"]
    text = ("Ruang lingkup kesepakatan meliputi pencegahan maladministrasi. Kedua pihak akan menyusun "
            "perjanjian kerja sama teknis yang mengatur tata cara penerusan laporan dan penunjukan petugas.")
    assert _labels(text) == ["maladministration_prevention"]


def test_sepakat_bahwa_and_an_addition_with_selain_itu():
    text = ("Dalam perjanjian itu, kedua pihak sepakat bahwa kejaksaan memberikan pertimbangan hukum "
            "kepada perusahaan daerah. Selain itu, kejaksaan juga akan memberikan pelatihan bagi staf "
            "hukum perusahaan, agar penagihan piutang berjalan tertib.")
    assert _labels(text) == ["capacity_building", "legal_assistance"]
    # what someone is reported to add is no addition to the agreement
    text = ("Ruang lingkup kesepakatan meliputi pertukaran data. Ia menambahkan, Ombudsman juga akan "
            "membuka pos konsultasi di kantor kecamatan.")
    assert _labels(text) == ["data_exchange"]


def test_addition_after_a_sentence_of_comment():
    text = ("Melalui perjanjian ini, kejaksaan akan memberikan bantuan hukum kepada rumah sakit. "
            "Bantuan itu dapat berupa pendapat hukum maupun mewakili rumah sakit di pengadilan. "
            "Selain pendampingan perkara, kejaksaan juga akan memberikan pelatihan bagi pejabat pengadaan.")
    assert _labels(text) == ["capacity_building", "legal_assistance"]


def test_an_agreed_act_announced_as_an_addition():
    text = ("Ruang lingkup kesepakatan meliputi pemberian bantuan hukum. Selain itu, para pihak sepakat "
            "melakukan penertiban aset daerah yang dikuasai pihak ketiga.")
    assert _labels(text) == ["legal_assistance", "other"]
    text = ("Ruang lingkup kesepakatan meliputi pertukaran data pertanahan. Kedua lembaga juga sepakat "
            "mengembangkan layanan mediasi berbasis desa.")
    assert _labels(text) == ["data_exchange", "other"]
    # a condition after the agreed act is no item
    text = ("Ruang lingkup kesepakatan meliputi pertukaran data pertanahan. Kedua pihak juga sepakat "
            "melaksanakan kegiatan lain yang disepakati sepanjang sesuai dengan tugas dan fungsi masing-masing.")
    assert _labels(text) == ["data_exchange", "other_agreed"]


def test_a_count_before_the_colon():
    text = ("PKS dengan fakultas itu mengatur tiga hal: penerimaan dan pendampingan laporan warga "
            "melalui klinik hukum, penelitian bersama tentang layanan desa, dan magang mahasiswa.")
    assert _labels(text) == ["complaint_handling", "other"]
    assert not any("hal" in o.split() for o in _others(text))


def test_a_label_word_as_the_topic_of_another_activity():
    text = ("Kerja sama itu meliputi penyelenggaraan pelatihan tentang pengawasan pelayanan publik bagi "
            "pamong desa, serta pencegahan maladministrasi.")
    assert _labels(text) == ["capacity_building", "maladministration_prevention"]
    text = ("Ruang lingkupnya mencakup edukasi dan sosialisasi pengawasan pelayanan publik bagi pelajar, "
            "serta pertukaran data.")
    assert _labels(text) == ["data_exchange", "other"]


def test_a_teaching_word_before_a_training_item():
    text = ("Para pihak bersepakat untuk:\n"
            "a. melaksanakan pencegahan maladministrasi;\n"
            "b. menyelenggarakan sosialisasi, bimbingan teknis dan asistensi bagi perangkat desa.\n")
    assert _labels(text) == ["capacity_building", "maladministration_prevention"]


def test_two_objects_under_a_preposition():
    text = ("Ruang lingkup kesepakatan meliputi pendampingan hukum dalam penyusunan rancangan peraturan "
            "desa dan kebijakan keuangan desa, serta pelatihan aparatur.")
    assert _labels(text) == ["capacity_building", "legal_assistance"]


def test_vocabulary_shapes():
    text = ("Kerja sama itu meliputi pertukaran data curah hujan serta penyelenggaraan Sekolah Lapang "
            "Iklim bagi kelompok tani.")
    assert _labels(text) == ["capacity_building", "data_exchange"]
    text = "MoU tersebut mencakup penerapan standar pelayanan di semua loket serta penanganan pengaduan."
    assert _labels(text) == ["complaint_handling", "service_quality"]
    # applying standards as what is watched is monitoring only
    text = "MoU tersebut mencakup pengawasan penerapan standar pelayanan di semua loket."
    assert _labels(text) == ["monitoring_evaluation"]
    text = "Dokumen perpanjangan memuat satu ruang lingkup tambahan, yakni pertukaran data kependudukan."
    assert _labels(text) == ["data_exchange"]


def test_english_items_after_agreed_to_cooperate():
    text = ("Under the agreement, both sides agreed to cooperate in flood forecasting, the exchange of "
            "data, and training for local staff.")
    assert _labels(text) == ["capacity_building", "data_exchange", "other"]
    assert not any("agreed" in o for o in _others(text))
