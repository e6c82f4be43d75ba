"""Round 29 scope cases (second half): the Ombudsman's frame "sinergi pengawasan pelayanan publik" names none; "Selain itu,
kedua pihak akan ..." adds without "juga"; a list verb in a clause of reason ("karena ...
berkaitan dengan") is not the agreement's; an aim named before a colon ("dengan satu tujuan:");
an activity said to be set down in the agreement ("X juga diatur dalam ..."), and the list told
before an "also" statement; "sebagai bagian dari kerja sama itu, ..."; a class that raises
understanding is training; the services an item names go on after a comma; a long besides-phrase."""
from mou_extract.scope import find_scope, select_scope
from variety_helpers import scope_labels as _selected


def _others(text):
    return [h.text for h in select_scope(find_scope(text)) if h.label == "other"]


LEAD = ("Pemerintah Kabupaten Sumbawa dan Universitas Teknologi Sumbawa menandatangani nota kesepahaman di "
        "Aula Kantor Bupati Sumbawa, Kamis (6/3/2025).\n\n")


def test_synergy_frame_names_no_area():
    text = ("Kesepakatan tersebut mengatur sinergi pengawasan penyelenggaraan pelayanan publik di Kota Bima. "
            "Ruang lingkupnya meliputi pencegahan maladministrasi dan pertukaran data pengaduan.")
    assert _selected(text) == {"maladministration_prevention", "data_exchange"}
    # oversight itself, not the synergy's frame, is an area
    text2 = ("Kesepakatan tersebut mengatur pengawasan terhadap pungutan liar di pasar. Ruang lingkupnya "
             "meliputi pencegahan maladministrasi dan pertukaran data pengaduan.")
    assert "monitoring_evaluation" in _selected(text2)
    # as one item of a listed scope, the synergy of oversight is an area
    text3 = ("Ruang lingkup kesepakatan mencakup sinergi pengawasan penyelenggaraan pelayanan publik, percepatan "
             "penyelesaian laporan masyarakat, serta pertukaran data.")
    assert _selected(text3) == {"monitoring_evaluation", "complaint_handling", "data_exchange"}


def test_besides_that_the_parties_will():
    text = LEAD + ("Ruang lingkup nota kesepakatan meliputi pencegahan maladministrasi di kantor desa. Selain "
                   "itu, kedua belah pihak akan melakukan pemantauan bersama setiap triwulan.")
    assert _selected(text) == {"maladministration_prevention", "monitoring_evaluation"}


def test_list_verb_in_a_clause_of_reason():
    text = ("Bupati mengatakan kerja sama dengan Ombudsman penting karena banyak keluhan warga berkaitan "
            "dengan layanan air bersih dan perizinan. Ruang lingkup kerja sama meliputi pertukaran data.")
    assert _selected(text) == {"data_exchange"}


def test_aim_named_before_a_colon():
    text = ("Ruang lingkup kesepakatan meliputi pertukaran data pengaduan. \"Nota kesepakatan ini kami teken "
            "dengan satu tujuan: meningkatkan kualitas pelayanan publik bagi warga kepulauan,\" ujarnya.")
    assert _selected(text) == {"data_exchange", "service_quality"}


def test_activity_set_down_in_the_agreement():
    text = LEAD + ("Rektor menjelaskan, kampus akan mengirim dosen untuk pendampingan kader posyandu, pelatihan "
                   "bidan desa, serta riset gizi keluarga nelayan. Pertukaran data kesehatan antara dinas dan "
                   "kampus juga diatur dalam nota kesepahaman itu.")
    assert _selected(text) == {"capacity_building", "other", "data_exchange"}
    assert any(o.startswith("riset gizi") for o in _others(text))
    # what a later document will set down is no scope
    text2 = LEAD + "Pertukaran data kesehatan akan diatur dalam perjanjian kerja sama teknis."
    assert _selected(text2) == set()


def test_list_told_before_an_also_statement():
    text = ("Rumah sakit dan BPJS Kesehatan menandatangani perjanjian kerja sama, Senin. Direktur menyebut "
            "layanan bagi peserta meliputi rawat jalan, rawat inap dan cuci darah. \"Tidak ada pasien yang "
            "ditolak,\" ujarnya. Kepala cabang menjelaskan perjanjian itu juga mengatur penanganan pengaduan "
            "peserta di loket rumah sakit.")
    assert _selected(text) == {"other", "complaint_handling"}


def test_part_of_the_agreement_after_a_comma():
    text = ("Ruang lingkup PKS meliputi pencegahan maladministrasi di kantor pertanahan. Ia juga menyebut, "
            "sebagai bagian dari kerja sama itu, petugas loket akan mengikuti kelas penguatan pemahaman "
            "standar pelayanan yang digelar setiap bulan.")
    assert _selected(text) == {"maladministration_prevention", "capacity_building"}


def test_services_named_go_on():
    text = ("Perjanjian itu mengatur penanganan pengaduan atas layanan kepolisian, keimigrasian dan "
            "pertanahan, serta pencegahan maladministrasi.")
    assert _selected(text) == {"complaint_handling", "maladministration_prevention"}
    # an activity after the services is an item of its own
    text2 = ("Perjanjian itu mengatur penanganan pengaduan atas layanan kesehatan, penelitian bersama, serta "
             "pencegahan maladministrasi.")
    assert _selected(text2) == {"complaint_handling", "other", "maladministration_prevention"}


def test_long_besides_phrase():
    text = ("Ia menjelaskan, selain pendaftaran pekerja bukan penerima upah yang belum terdaftar di desa, kerja "
            "sama ini juga mencakup pertukaran data kepesertaan dengan dinas.")
    assert _selected(text) == {"other", "data_exchange"}
