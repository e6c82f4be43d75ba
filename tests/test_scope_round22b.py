"""Round 22 scope cases (b): verbs of holding an event before a teaching word, a count of
the agreement's points ("enam butir kerja sama, antara lain ..."), "poin-poin kesepakatan
... yakni, pertama, A. Kedua, B.", a policy that something else is "for", the speaker's
additions after a scope statement ('"Kami juga akan ...', "Ia menambahkan, X akan ..."),
the parties' own addition ("Selain itu, kedua pihak juga akan ...", "Kedua lembaga juga
bersepakat ...") with the undertaking before it, "pendampingan dalam upaya pemulihan", a
focus on a count of fields, reports-first passives and a negated comment."""
from mou_extract.scope import find_scope, select_scope
from variety_helpers import scope_labels as _selected


def test_holding_verb_before_a_teaching_word_is_light():
    text = ("Pemkab Klaten dan Kejari Klaten meneken PKS bidang perdata. Melalui PKS ini, kejaksaan "
            "akan memberikan pertimbangan hukum kepada dinas. Selain itu, kedua pihak sepakat "
            "mengadakan penyuluhan dan pelatihan hukum bagi perangkat desa.")
    assert _selected(text) == {"legal_assistance", "capacity_building"}
    text2 = ("Pemkot Blitar dan Ombudsman Jatim sepakat menggelar sosialisasi dan bimbingan teknis "
             "bagi petugas kelurahan.")
    assert _selected(text2) == {"capacity_building"}


def test_count_of_points_of_the_agreement_opens_the_list():
    text = ("Pemkab Ende dan Universitas Flores menandatangani nota kesepahaman di Ende, Senin. "
            "Dokumen yang diteken memuat lima poin kerja sama, antara lain pemberian beasiswa bagi "
            "siswa berprestasi, riset bersama tentang tanaman pangan lokal, serta peningkatan "
            "kapasitas aparatur kecamatan.")
    assert _selected(text) == {"other", "capacity_building"}
    # a count that opens no list is not a statement
    text2 = ("Pemkab Ende dan Universitas Flores menandatangani nota kesepahaman di Ende, Senin. "
             "Dokumen yang diteken memuat lima poin kerja sama yang masih akan dirinci.")
    assert _selected(text2) == set()


def test_points_of_the_agreement_then_first_point_inline_and_ordinal_sentences():
    text = ("Pemkot Lubuklinggau dan Ombudsman Sumsel meneken PKS, Rabu. Adapun poin-poin "
            "kesepakatan dalam PKS tersebut yaitu, pertama, pencegahan maladministrasi di "
            "kelurahan. Kedua, percepatan penanganan pengaduan masyarakat. Ketiga, pemantauan "
            "standar pelayanan di puskesmas. Keempat, pelatihan bagi petugas loket.")
    assert _selected(text) == {"maladministration_prevention", "complaint_handling",
                               "monitoring_evaluation", "capacity_building"}


def test_policy_that_something_else_is_for_is_no_service_quality():
    text = ("Ruang lingkup nota kesepahaman meliputi penelitian bersama dan pertukaran data. "
            "Dengan nota kesepahaman ini, hasil kajian kampus bisa dipakai pemda untuk merumuskan "
            "kebijakan.")
    assert _selected(text) == {"other", "data_exchange"}
    # a policy named as an area still is one
    text2 = ("Ruang lingkup nota kesepahaman meliputi penelitian bersama dan penyusunan kebijakan "
             "daerah.")
    assert _selected(text2) == {"other", "service_quality"}


def test_speakers_quote_opening_with_kami_juga_akan_adds_after_page_furniture():
    first = ("Kepala Ombudsman menjelaskan, ada beberapa poin yang disepakati. Di antaranya "
             "pencegahan maladministrasi dan penyelesaian laporan masyarakat.")
    furniture = "Baca juga: Antrean KTP di Kecamatan Kota Mengular"
    quote = ("\"Kami juga akan melakukan pemantauan standar pelayanan di kecamatan. Hasilnya "
             "menjadi bahan perbaikan,\" kata Hendra.")
    text = first + "\n\n" + furniture + "\n\n" + quote
    b = len(first) + 2 + len(furniture) + 2
    hits = find_scope(text, [(0, len(first)), (b, len(text))])  # the body without the furniture
    assert {h.label for h in select_scope(hits)} == {"maladministration_prevention", "complaint_handling",
                                                     "monitoring_evaluation"}


def test_parties_also_will_with_the_undertaking_before():
    text = ("Pemprov Kaltara dan Kejati Kaltara meneken nota kesepakatan di Tanjung Selor, Senin.\n\n"
            "Kajati menjelaskan, kejaksaan akan memberikan bantuan hukum dan pertimbangan hukum "
            "kepada pemprov. Selain itu, kedua pihak juga akan saling bertukar data dan informasi "
            "terkait aset daerah.")
    assert _selected(text) == {"legal_assistance", "data_exchange"}
    # without the parties "also" doing it there is no statement
    text2 = ("Pemprov Kaltara dan Kejati Kaltara meneken nota kesepakatan di Tanjung Selor, Senin.\n\n"
             "Kajati menjelaskan, kejaksaan akan memberikan bantuan hukum dan pertimbangan hukum "
             "kepada pemprov. Kedua pihak bertemu lagi bulan depan untuk bertukar data.")
    assert _selected(text2) == set()


def test_assistance_in_an_asset_recovery_effort_is_not_training():
    text = ("Ruang lingkup nota kesepakatan meliputi bantuan hukum kepada pemda, serta pendampingan "
            "dalam upaya pemulihan aset daerah yang dikuasai pihak ketiga.")
    got = _selected(text)
    assert "capacity_building" not in got
    assert got == {"legal_assistance", "other"}


def test_focus_on_a_count_of_fields_then_yakni_enumerates():
    text = ("Pemkab Bone dan Universitas Negeri Makassar meneken MoU. Rektor menjelaskan, kerja sama "
            "akan difokuskan pada dua bidang utama, yakni pengembangan wisata bahari dan riset "
            "rumput laut.")
    assert _selected(text) == {"other"}


def test_speaker_adds_after_comment_and_a_page_break():
    first = ("Kepala Ombudsman Sultra menjelaskan ruang lingkup nota kesepakatan mencakup pencegahan "
             "maladministrasi dan percepatan penyelesaian laporan masyarakat.")
    rest = ("Ia mengingatkan agar kesepakatan itu dijalankan. Menurutnya, keluhan warga masih banyak.\n\n"
            "\"Kesepakatan ini harus nyata. Kami juga akan memberikan pelatihan bagi petugas di setiap "
            "OPD,\" ujarnya.\n\n"
            "Ia menambahkan, Ombudsman Sultra akan melakukan pemantauan secara berkala atas "
            "pelaksanaan kesepakatan tersebut.")
    text = first + "\n\nHalaman 2\n\n" + rest
    b = len(first) + len("\n\nHalaman 2\n\n")
    hits = find_scope(text, [(0, len(first)), (b, len(text))])
    assert {h.label for h in select_scope(hits)} == {"maladministration_prevention", "complaint_handling",
                                                     "capacity_building", "monitoring_evaluation"}
    # what someone only hopes for is not added
    rest2 = ("Ia mengingatkan agar kesepakatan itu dijalankan.\n\n"
             "Ia berharap pemkot menggelar pelatihan bagi petugas di setiap OPD.")
    text2 = first + "\n\n" + rest2
    assert _selected(text2) == {"maladministration_prevention", "complaint_handling"}


def test_reports_first_passive_is_complaint_handling_and_a_negated_comment_no_item():
    text = ("Gubernur menandatangani nota kesepakatan dengan Ombudsman. \"Intinya ada dua hal. Pertama, "
            "semua pengaduan warga yang masuk akan kami tangani lebih cepat, jangan sampai ada aduan "
            "yang terbengkalai. Kedua, pertukaran data antara OPD dan Ombudsman,\" kata Gubernur.")
    assert _selected(text) == {"complaint_handling", "data_exchange"}


def test_will_sentence_before_the_parties_also_agreeing_with_an_included_task():
    text = ("Gubernur dan Kajati menandatangani nota kesepakatan di Mataram.\n\n"
            "Isi kesepakatan itu tidak jauh berbeda dengan sebelumnya. Jaksa pengacara negara akan "
            "memberikan bantuan hukum dan pertimbangan hukum kepada pemprov, termasuk dalam upaya "
            "penyelamatan aset milik pemprov. Kedua lembaga juga bersepakat menggelar penyuluhan dan "
            "pelatihan hukum bagi aparatur.")
    assert _selected(text) == {"legal_assistance", "other", "capacity_building"}
