"""Round 27 scope cases (helper A): a counted list with a relative clause between the count
and its list ("Ada tiga hal pokok yang akan dikerjakan bersama, yakni ..."); the
prosecutors' escort "pada proyek strategis" (`other`, not training); data as the subject
of a passive of exchange or integration ("data ... akan dipertukarkan", "data ... akan
terintegrasi langsung dengan sistem ..."); updating data against another body's
("pemutakhiran data ... dengan Dinas ..."); a besides-phrase with "juga akan" after who
says it; "Skema yang disepakati, ..." as a list of what was agreed; the besides-phrase
before the parties' agreed act ("selain soal A, kedua pihak sepakat melakukan B")."""
from variety_helpers import scope_labels as _selected


def test_counted_list_with_a_relative_clause():
    text = ("Kepala Ombudsman mengatakan, nota kesepakatan itu harus segera dijalankan. Ada dua hal utama "
            "yang akan dilaksanakan bersama, yaitu penanganan pengaduan masyarakat dan pencegahan "
            "maladministrasi di puskesmas.")
    assert _selected(text) == {"complaint_handling", "maladministration_prevention"}
    # without a sentence naming the agreement before it, a count is no statement
    text2 = ("Warga mengeluhkan layanan kesehatan. Ada dua hal utama yang akan dilaksanakan bersama, yaitu "
             "penanganan pengaduan masyarakat dan pencegahan maladministrasi.")
    assert _selected(text2) == set()


def test_escort_on_strategic_projects_is_other():
    text = ('Melalui PKS itu, kejaksaan akan memberikan pertimbangan hukum kepada pemkab. "Kami juga akan '
            'memberikan pendampingan pada proyek strategis daerah sejak tahap lelang," kata Kajari.')
    assert _selected(text) == {"legal_assistance", "other"}


def test_data_exchanged_as_a_passive_subject():
    text = ("Kepala dinas menjelaskan, kerja sama ini meliputi penataan parkir di pasar dan penertiban "
            "pedagang kaki lima. Data pelanggaran juga akan dipertukarkan antara kedua instansi setiap pekan.")
    assert _selected(text) == {"other", "data_exchange"}
    text2 = ("Melalui kerja sama ini, retribusi parkir bisa dibayar melalui aplikasi bank. Data setoran akan "
             "terintegrasi langsung dengan sistem keuangan daerah milik BPKAD.")
    assert _selected(text2) == {"other", "data_exchange"}
    # data said to be integrated, with no other side's system named, is no exchange
    text3 = "Kesepakatan itu meliputi pembangunan gudang arsip yang datanya terintegrasi."
    assert "data_exchange" not in _selected(text3)


def test_data_updated_against_another_body():
    text = ("Kedua pihak sepakat melakukan pemutakhiran data peserta setiap triwulan dengan Dinas Sosial "
            "agar bantuan tepat sasaran.")
    assert _selected(text) == {"data_exchange"}
    # one side's own update of its records stays an area of its own
    text2 = "Kerja sama itu meliputi pemutakhiran data objek pajak dan pelatihan petugas."
    assert _selected(text2) == {"other", "capacity_building"}


def test_besides_also_after_who_says_it():
    text = ("Kejari dan pemkot menandatangani perjanjian kerja sama di bidang perdata dan tata usaha negara. "
            "Kepala Kejari menyebut, selain bantuan hukum, pihaknya juga akan memberikan bimbingan teknis "
            "kepada bendahara desa.")
    assert _selected(text) == {"legal_assistance", "capacity_building"}


def test_agreed_scheme_lists_what_was_agreed():
    text = ("Skema yang disepakati, pemkot membiayai pembangunan tempat pengolahan sampah, sedangkan "
            "perusahaan menyediakan mesin pencacah plastik.")
    assert _selected(text) == {"other"}
    text2 = ("Mekanisme yang disepakati: bank menyalurkan kredit usaha dan pemkab menanggung bunga. "
             "Kerja sama juga mencakup pertukaran data debitur.")
    assert _selected(text2) == {"other", "data_exchange"}
    # a scheme still under discussion is no statement
    text3 = "Skema pembiayaan masih dibahas oleh kedua pihak."
    assert _selected(text3) == set()


def test_besides_phrase_before_the_agreed_act():
    text = ("Kepala Cabang Ratna menjelaskan, selain soal penyaluran kredit petani, kedua pihak sepakat melakukan "
            "pelatihan pengelolaan keuangan bagi kelompok tani.")
    assert _selected(text) == {"other", "capacity_building"}
    # the signing itself is no area
    text2 = ("Kepala Cabang Ratna menjelaskan, selain penandatanganan nota kesepahaman, kedua pihak sepakat "
             "melakukan pelatihan pengelolaan keuangan bagi kelompok tani.")
    assert _selected(text2) == {"capacity_building"}
