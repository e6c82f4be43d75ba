"""Round 23 scope cases (a): the scope named "cakupan" / "lingkup" without "ruang", the
agreement's main point ("pokok kesepakatan adalah ..."), designating who carries it out
("sepakat menunjuk ... sebagai ...") is no area, ordinals without their comma ("Pertama
percepatan ..."), an unlabelled besides-phrase the agreement "also" goes beyond, the
fields an agreement is in ("di bidang A, B, dan C"), "Kepastian itu tertuang dalam ..."
pointing back to what the sentence before says will happen, "kerja sama ini membuka jalan
bagi X untuk Y", and the speaker explaining each party's role right after a statement."""
from mou_extract.scope import find_scope
from variety_helpers import scope_labels as _selected


def test_cakupan_before_a_list_verb_is_a_scope_statement():
    text = ("Kepala Ombudsman Kalbar menjelaskan, nota kesepakatan ini bertujuan memperbaiki "
            "penyelenggaraan pelayanan di Kabupaten Sambas. Cakupannya meliputi percepatan "
            "penyelesaian laporan warga, pertukaran data pengaduan, serta pelatihan bagi petugas "
            "loket di kecamatan.")
    assert _selected(text) == {"complaint_handling", "data_exchange", "capacity_building"}
    # "Lingkup" with the agreement's name after it, possessive "-nya" on it
    text2 = ("Lingkup kerja samanya meliputi bantuan hukum bagi dinas dan penagihan piutang "
             "retribusi pasar.")
    assert _selected(text2) == {"legal_assistance", "other"}
    # a coverage rate is not a scope
    text3 = ("Perjanjian itu diteken Senin. Cakupan kepesertaan JKN di kabupaten itu kini mencapai "
             "96 persen, termasuk pelatihan kader.")
    assert _selected(text3) == set()


def test_main_point_of_the_agreement():
    text = ("Kepala kantor perwakilan itu menuturkan, pokok kesepakatan adalah pertukaran data "
            "pengaduan antara kedua lembaga setiap bulan.")
    assert _selected(text) == {"data_exchange"}
    text2 = "Inti kesepahaman tersebut yakni pendampingan hukum bagi desa dan pelatihan aparatur."
    assert _selected(text2) == {"legal_assistance", "capacity_building"}


def test_designating_who_carries_it_out_is_no_area():
    text = ("Nota kesepakatan itu mencakup percepatan penanganan pengaduan masyarakat. Para bupati "
            "juga sepakat menunjuk bagian hukum masing-masing sebagai penghubung dengan Ombudsman.")
    assert _selected(text) == {"complaint_handling"}
    # another agreed act announced as an addition is still an item
    text2 = ("Nota kesepakatan itu mencakup percepatan penanganan pengaduan masyarakat. Para bupati "
             "juga sepakat menyusun peta jalan pelayanan terpadu di perbatasan.")
    assert _selected(text2) == {"complaint_handling", "other"}


def test_ordinals_without_their_comma():
    text = ("Ia menyebut ada tiga hal yang disepakati. \"Pertama penyelesaian laporan warga. Kedua "
            "pemantauan bersama di puskesmas. Ketiga pertukaran data laporan,\" katanya.")
    assert _selected(text) == {"complaint_handling", "monitoring_evaluation", "data_exchange"}


def test_ordinal_before_a_unit_is_no_item():
    from mou_extract.scope import _ORDINAL_ITEM
    assert _ORDINAL_ITEM.match("Kedua kecamatan itu paling banyak dilaporkan.") is None
    assert _ORDINAL_ITEM.match("Kedua pihak sepakat.") is None
    assert _ORDINAL_ITEM.match("Kedua pengawasan bersama.") is not None


def test_unlabelled_besides_phrase_the_agreement_also_goes_beyond():
    text = ("Selain penyusunan rencana tata ruang desa, nota kesepahaman itu juga mencakup "
            "pelatihan bagi aparatur dinas.")
    assert _selected(text) == {"capacity_building", "other"}
    # the signing is no area, nor is it one without "juga"
    text2 = ("Selain penandatanganan nota kesepahaman, kedua pihak juga sepakat untuk: pelatihan "
             "aparatur.")
    assert "other" not in _selected(text2)
    text3 = ("Selain peresmian gedung baru, nota kesepahaman itu mencakup pelatihan bagi aparatur "
             "dinas.")
    assert _selected(text3) == {"capacity_building"}


def test_fields_the_agreement_is_in():
    text = ("Pemkab Sumbawa dan Universitas Teknologi Sumbawa meneken nota kesepahaman di bidang "
            "pendidikan, kesehatan, dan pengembangan pariwisata pada Kamis (3/7/2025). Kerja sama "
            "difokuskan pada peningkatan kapasitas aparatur desa.")
    labels = _selected(text)
    assert labels == {"capacity_building", "other"}
    others = [h.text for h in find_scope(text) if h.label == "other"]
    assert "pendidikan" in others and all("Kamis" not in o for o in others)
    # one field is the frame of the cooperation, not a list
    text2 = ("Ombudsman dan Pemkot meneken kerja sama di bidang pengawasan pelayanan publik. Ruang "
             "lingkupnya meliputi pertukaran data dan informasi.")
    assert _selected(text2) == {"data_exchange"}


def test_anaphoric_noun_points_back_to_what_will_happen():
    text = ("Sebanyak 2.300 nelayan di Kabupaten Rembang akan terdaftar sebagai peserta jaminan "
            "kecelakaan kerja yang iurannya dibayar pemkab. Kepastian itu tertuang dalam "
            "perjanjian kerja sama yang diteken bupati dan BPJS Ketenagakerjaan, Rabu.")
    assert _selected(text) == {"other"}
    # a sentence before that says nothing will happen gives nothing
    text2 = ("Nelayan di Kabupaten Rembang selama ini belum terlindungi. Kepastian itu tertuang dalam "
             "perjanjian kerja sama yang diteken bupati dan BPJS Ketenagakerjaan, Rabu.")
    assert _selected(text2) == set()


def test_agreement_opens_the_way_for_an_activity():
    text = ("Rektor mengatakan, kerja sama ini membuka peluang bagi mahasiswa hukum untuk praktik "
            "kerja lapangan di kantor kejaksaan.")
    assert _selected(text) == {"other"}
    # a prospect ("akan membuka kesempatan") is an expected benefit, not a statement
    text2 = ("Bupati mengatakan, kerja sama ini akan membuka kesempatan bagi lulusan SMK untuk "
             "kuliah di politeknik melalui beasiswa daerah.")
    assert _selected(text2) == set()


def test_speaker_explains_each_partys_role_after_a_statement():
    text = ("Kepala Ombudsman mengatakan kerja sama ini bertujuan meningkatkan kualitas pelayanan "
            "publik di Sulawesi Barat. Ia menjelaskan kampus akan dilibatkan dalam survei kepuasan "
            "masyarakat, sementara Ombudsman dan pemprov akan melakukan pemantauan bersama terhadap "
            "rumah sakit daerah.")
    assert _selected(text) == {"service_quality", "other", "monitoring_evaluation"}
    # a sentence that names no label adds nothing
    text2 = ("Kepala Ombudsman mengatakan kerja sama ini bertujuan meningkatkan kualitas pelayanan "
             "publik di Sulawesi Barat. Ia menjelaskan kampus akan dilibatkan dalam survei kepuasan "
             "masyarakat.")
    assert _selected(text2) == {"service_quality"}
    # one party's plan alone is no explanation of the roles: its unlabelled parts stay out
    text3 = ("Ruang lingkup nota kesepakatan mencakup pelatihan bagi petugas pelayanan. Ia menyebutkan, "
             "Ombudsman akan menggelar kelas pelayanan bagi petugas, yang mencakup etika melayani dan "
             "teknik menangani pengaduan.")
    assert "other" not in _selected(text3)
