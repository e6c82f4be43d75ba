"""Scope labels of round 16: quoted programme names, lists under a cue with nothing after
it, acronyms of services that go on, help with a process on things, relative clauses,
titles after "mengatur tentang", additions ("Selain X, ...", "Selain itu, ... akan ..."),
and a few cue and vocabulary shapes (English included)."""
from mou_extract.scope import find_scope, select_scope


def _labels(text, spans=None):
    return sorted({h.label for h in select_scope(find_scope(text, spans))})


def _others(text, spans=None):
    return [h.text for h in select_scope(find_scope(text, spans)) if h.label == "other"]


def test_a_quoted_programme_name_does_not_end_the_list():
    text = ('Ruang lingkup perjanjian itu meliputi penyiaran talkshow "Suara Warga Bicara" tiap pekan '
            'di Radio Suara Kendari, pertukaran informasi, serta pelatihan penyiar.')
    assert _labels(text) == ["capacity_building", "data_exchange", "other"]
    # the closing quote of someone's words still ends it
    text = ('"Kerja sama ini meliputi pertukaran data," kata Bupati, yang juga membahas pelatihan.')
    assert _labels(text) == ["data_exchange"]


def test_bullets_under_a_cue_with_nothing_after_it():
    text = ("Kepala perwakilan menjelaskan, nota kesepakatan ini menjadi landasan bagi kedua pihak untuk "
            "bekerja sama dalam\n• percepatan penanganan pengaduan masyarakat,\n• pencegahan maladministrasi,"
            "\n• pelatihan aparatur desa, serta\n• kegiatan lain yang disepakati para pihak.\n")
    assert _labels(text) == ["capacity_building", "complaint_handling", "maladministration_prevention",
                             "other_agreed"]


def test_acronyms_of_services_go_on_from_the_item_before():
    text = ("Ruang lingkup kesepakatan meliputi pencegahan maladministrasi dalam layanan KTP, KIA dan "
            "perekaman, serta pertukaran data.")
    assert _labels(text) == ["data_exchange", "maladministration_prevention"]


def test_two_services_after_a_preposition():
    text = ("Nota kesepahaman itu mencakup pencegahan maladministrasi dalam layanan penerbitan dan "
            "perpanjangan izin usaha, serta pertukaran data.")
    assert _labels(text) == ["data_exchange", "maladministration_prevention"]


def test_a_capitalised_label_word_inside_a_programme_name():
    text = ("Dalam PKS tersebut, kedua pihak bersepakat untuk:\n"
            "1. Menggelar Sekolah Rakyat Pengawasan Pelayanan Publik di kelurahan binaan;\n"
            "2. Melakukan pertukaran data dan informasi.\n")
    assert _labels(text) == ["data_exchange", "other"]
    # a label word in a title-case item is still the label
    text = ("Ruang lingkup kesepakatan meliputi:\na. Peningkatan Pengawasan Pelayanan Publik;\n"
            "b. Pertukaran Data dan Informasi.\n")
    assert _labels(text) == ["data_exchange", "monitoring_evaluation"]


def test_help_with_a_process_on_things_is_that_process():
    text = ("Ruang lingkup kesepakatan meliputi bantuan hukum di bidang perdata dan tata usaha negara serta "
            "pendampingan dalam pengamanan aset tanah milik daerah.")
    assert _labels(text) == ["legal_assistance", "other"]
    # help for people is still training and assistance
    text = "Ruang lingkup kesepakatan meliputi pendampingan bagi petugas layanan di kelurahan."
    assert _labels(text) == ["capacity_building"]


def test_a_relative_clause_on_another_noun_is_not_a_list():
    text = ("Dengan kesepakatan ini, keluhan yang berkaitan dengan layanan air bersih dapat ditindaklanjuti "
            "lebih cepat oleh perusahaan daerah.")
    assert _others(text) == []
    # on the agreement itself it is
    text = "Bupati meneken nota kesepakatan yang meliputi penelitian bersama dan pertukaran data."
    assert _labels(text) == ["data_exchange", "other"]


def test_the_title_after_mengatur_tentang_gives_way_to_the_scope():
    text = ("Nota kesepakatan itu mengatur tentang Sinergi Pengawasan dan Peningkatan Kualitas Pelayanan "
            "Publik di Kabupaten Sambas. Ruang lingkupnya mencakup pertukaran data dan bimbingan teknis.")
    assert _labels(text) == ["capacity_building", "data_exchange"]


def test_what_is_agreed_besides():
    text = ("Selain pertimbangan hukum, kedua pihak bersepakat untuk melakukan pertukaran data "
            "dan informasi.")
    assert _labels(text) == ["data_exchange", "legal_assistance"]
    text = ("Ruang lingkup kesepakatan meliputi pertukaran data kepesertaan. Pendaftaran dilakukan "
            "bertahap. Selain itu, BPJS Kesehatan bersama dinkes akan melakukan pemantauan kepatuhan "
            "fasilitas kesehatan.")
    assert _labels(text) == ["data_exchange", "monitoring_evaluation"]


def test_cue_shapes():
    # no comma after "Melalui ... ini"
    text = ("Melalui kesepakatan ini Kejari Sambas akan memberikan bantuan hukum, termasuk pendampingan "
            "hukum atas proyek daerah serta upaya penertiban aset daerah.")
    assert _labels(text) == ["legal_assistance", "other"]
    # a verb of providing needs no "akan"
    text = "Melalui PKS ini, Pemkot Bitung membiayai iuran jaminan sosial bagi 3.000 nelayan."
    assert _labels(text) == ["other"]
    # "diwujudkan dalam"
    text = ("Rektor menjelaskan, kerja sama itu akan diwujudkan dalam pelatihan guru, beasiswa bagi "
            "siswa berprestasi, serta kegiatan lain yang disepakati kedua pihak.")
    assert _labels(text) == ["capacity_building", "other", "other_agreed"]
    # ... but not in a further document
    text = "Nota kesepahaman itu akan diwujudkan dalam perjanjian kerja sama teknis dengan tiap polres."
    assert _others(text) == []
    # "dimaksudkan untuk"
    text = "Ia menyebut kerja sama ini dimaksudkan untuk meningkatkan kualitas pelayanan publik di pesisir."
    assert _labels(text) == ["service_quality"]
    # "memuat rincian ...": how, not what
    text = "Perjanjian kerja sama memuat rincian kegiatan yang dijalankan selama dua tahun."
    assert _others(text) == []


def test_access_to_data():
    text = ("Ruang lingkup PKS meliputi penerbitan kartu identitas anak serta pemanfaatan akses data "
            "kependudukan untuk verifikasi nasabah.")
    assert _labels(text) == ["data_exchange", "other"]


def test_english_cooperation_list():
    text = ("Under the MoU, the two firms will carry out a joint market survey, share sales and "
            "logistics data, and train local technicians in Osaka.")
    assert _labels(text) == ["capacity_building", "data_exchange", "other"]
    assert _others(text)[0].startswith("joint market survey")


def test_other_items_end_before_the_full_stop():
    text = "Ruang lingkup kesepakatan meliputi pertukaran data dan penataan pasar tradisional."
    assert _others(text) == ["penataan pasar tradisional"]
