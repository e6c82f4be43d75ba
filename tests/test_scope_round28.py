"""Round 28 scope cases (helper A): an activity an agreement "berfokus pada" is an area of
its own; continuing professional education is training; the task a joint team is formed
for; a legal opinion is legal assistance; data reconciled or matched between the parties;
service standards drawn up; the forms a labelled item takes after "berupa"; "X juga
mencakup ..." lists after its verb; a pointing mark between a question and its list;
accompaniment paired with counselling is care, not training; legal counselling for civil
servants is training; "juga mencakup" adds what a party will do, told just before it."""
from variety_helpers import scope_labels as _selected


def test_focus_on_an_activity_is_an_area():
    text = ("Kerja sama ini berfokus pada pengembangan usaha tani organik di lereng gunung. Mulai tahun depan, "
            "mahasiswa akan ditempatkan di sepuluh desa. Perjanjian tersebut juga memuat pelatihan bagi "
            "penyuluh pertanian.")
    assert _selected(text) == {"other", "capacity_building"}
    # the statement is its own sentence: the next one is not read as its list
    from mou_extract.scope import find_scope
    others = [h.text for h in find_scope(text) if h.label == "other"]
    assert others == ["pengembangan usaha tani organik di lereng gunung"]
    # a focus on the services or places reached (no activity) stays no area
    text2 = "Kerja sama ini berfokus pada layanan dasar yang paling sering dikeluhkan warga."
    assert _selected(text2) == set()


def test_continuing_professional_education_is_training():
    text = ("Nota kesepahaman itu mengatur pendidikan profesi berkelanjutan bagi perawat di rumah sakit "
            "daerah dan puskesmas.")
    assert _selected(text) == {"capacity_building"}


def test_task_of_a_joint_team():
    text = ("Selain itu, kedua pihak sepakat membentuk tim gabungan untuk pemantauan mutu air sungai "
            "setiap triwulan.")
    assert _selected(text) == {"monitoring_evaluation"}
    # the team that carries the agreement out, with no labelled task, adds nothing
    text2 = "Kedua pihak sepakat membentuk tim kerja bersama yang menyusun rencana aksi tahunan."
    assert _selected(text2) == set()


def test_legal_opinion_is_legal_assistance():
    text = ("Melalui PKS ini, kejaksaan akan memberikan bantuan hukum kepada perusahaan daerah. Selain itu, "
            "jaksa juga akan memberikan pendapat hukum atas rencana penjualan aset milik perusahaan.")
    assert _selected(text) == {"legal_assistance"}


def test_data_reconciled_between_the_parties():
    text = "Kedua pihak juga sepakat melakukan rekonsiliasi data penerima bantuan setiap triwulan."
    assert _selected(text) == {"data_exchange"}
    text2 = ("Kerja sama itu meliputi pembayaran iuran peserta dan pencocokan data kepesertaan dengan "
             "catatan desa.")
    assert _selected(text2) == {"other", "data_exchange"}


def test_service_standards_drawn_up():
    text = ("Nota kesepakatan itu meliputi pencegahan maladministrasi dan penyusunan standar pelayanan di "
            "kantor kecamatan.")
    assert _selected(text) == {"maladministration_prevention", "service_quality"}
    # what assistance or training is about stays capacity building
    text2 = "Nota kesepakatan itu meliputi asistensi penyusunan standar pelayanan bagi perangkat daerah."
    assert _selected(text2) == {"capacity_building"}


def test_forms_after_berupa_go_on_the_item():
    text = ("Ruang lingkup perjanjian meliputi:\n1. Bantuan hukum dalam perkara perdata;\n2. Tindakan hukum "
            "lain berupa mediasi, konsiliasi dan negosiasi;\n3. Pembinaan koperasi desa.")
    assert _selected(text) == {"legal_assistance", "capacity_building"}
    # a ";" ends the forms: what follows is an item of its own
    text2 = ("Ruang lingkup perjanjian meliputi bantuan hukum berupa mediasi, negosiasi; serta penataan "
             "arsip perkara.")
    assert _selected(text2) == {"legal_assistance", "other"}


def test_also_covers_lists_after_its_verb():
    text = ("Melalui perjanjian ini, jaksa pengacara negara akan memberikan bantuan hukum kepada dinas. "
            "Bantuan itu juga mencakup penertiban aset tanah milik daerah yang dikuasai pihak lain.")
    assert _selected(text) == {"legal_assistance", "other"}
    from mou_extract.scope import find_scope
    assert any(h.label == "other" and h.text.startswith("penertiban aset") for h in find_scope(text))


def test_pointing_mark_between_question_and_list():
    text = ("Pemkot dan PDAM menandatangani perjanjian kerja sama. Apa saja isi perjanjiannya? 👇\n"
            "✅ Pelatihan bagi petugas loket\n✅ Pertukaran data pelanggan\n✅ Beasiswa bagi anak pegawai")
    assert _selected(text) == {"capacity_building", "data_exchange", "other"}
    # a mark alone with no list after it opens nothing
    text2 = "Pemkot dan PDAM menandatangani perjanjian kerja sama. Apa saja isi perjanjiannya? 👇\nSimak ulasannya."
    assert _selected(text2) == set()


def test_accompaniment_with_counselling_is_care():
    text = ("Ruang lingkup kesepakatan meliputi pendampingan dan konseling bagi korban kekerasan serta "
            "pertukaran data kasus.")
    assert _selected(text) == {"other", "data_exchange"}
    # accompaniment of the staff stays training
    text2 = "Ruang lingkup kesepakatan meliputi pendampingan dan bimbingan teknis bagi petugas."
    assert _selected(text2) == {"capacity_building"}


def test_legal_counselling_for_civil_servants_is_training():
    text = ("Kesepakatan itu meliputi bantuan hukum kepada pemkot dan penyuluhan hukum kepada aparatur sipil "
            "negara di lingkungan sekretariat daerah.")
    assert _selected(text) == {"legal_assistance", "capacity_building"}
    # counselling given to residents stays an area of its own
    text2 = "Kesepakatan itu meliputi bantuan hukum kepada pemkot dan penyuluhan hukum kepada warga desa."
    assert _selected(text2) == {"legal_assistance", "other"}


def test_also_covers_adds_to_what_a_party_will_do_before_it():
    text = ("Menurut Rina, yayasan akan melakukan pelatihan bagi guru PAUD di empat kecamatan. "
            "\"Kami ingin semua guru siap,\" ujarnya. Ruang lingkup nota kesepakatan juga mencakup "
            "pertukaran data peserta didik setiap semester.")
    assert _selected(text) == {"capacity_building", "data_exchange"}
    # without "juga" the statement adds nothing to what was told before it
    text2 = ("Menurut Rina, yayasan akan melakukan pelatihan bagi guru PAUD di empat kecamatan. "
             "Ruang lingkup nota kesepakatan mencakup pertukaran data peserta didik setiap semester.")
    assert _selected(text2) == {"data_exchange"}
