"""Round 24 scope cases: the prosecutors' escort of strategic projects is a programme of its
own (`other`), "Sesuai perjanjian, X ..." says what a party does under the agreement, "membuka
ruang bagi X untuk ...", using the data the other party holds, the singular "poin
kesepakatan", "bersepakat saling ...", "menjadi payung hukum pelaksanaan ...", "Kerja sama
ini juga untuk ...", "dapat magang", a clause named by its activity noun, a second agreement
with "poin yang serupa" as one told before, "Isinya sederhana." / "Apa isinya?" before
ordinal points, reports handled in the passive with no modal, "tiga pokok kerja sama,
yaitu", what a training is about, and a review of how something is carried out."""
from mou_extract.scope import find_scope
from variety_helpers import scope_labels as _selected


def test_escort_of_strategic_projects_is_other():
    text = ("Ruang lingkup PKS meliputi bantuan hukum dan pertimbangan hukum kepada pemkab. Selain "
            "itu, kejaksaan juga akan memberikan pendampingan hukum terhadap proyek strategis daerah "
            "yang dibiayai APBD.")
    assert _selected(text) == {"legal_assistance", "other"}
    text2 = "Kesepakatan itu mencakup pengawalan proyek strategis nasional di wilayah kabupaten."
    assert _selected(text2) == {"other"}
    # legal assistance for the regency itself stays legal assistance
    text3 = "Kesepakatan itu mencakup pendampingan hukum bagi perangkat daerah."
    assert _selected(text3) == {"legal_assistance"}


def test_what_a_party_does_as_the_agreement_says():
    text = ("Bank Kalsel dan Pemkab Tapin meneken PKS layanan kas daerah. Sesuai perjanjian, bank "
            "juga menyelenggarakan pelatihan bagi bendahara pengeluaran di setiap dinas.")
    assert _selected(text) == {"capacity_building"}
    text2 = ("Sesuai dengan kesepakatan tersebut, Ombudsman melakukan pemantauan layanan di "
             "puskesmas setiap triwulan.")
    assert _selected(text2) == {"monitoring_evaluation"}


def test_agreement_opens_room_for_a_party_to_use_the_others_data():
    text = ("Perjanjian itu juga membuka ruang bagi Universitas Mulawarman untuk memanfaatkan data "
            "hasil tangkapan ikan yang dimiliki Dinas Kelautan sebagai bahan penelitian.")
    assert _selected(text) == {"data_exchange"}
    # room for the speaker's side is how they will work, not an area
    text3 = ("Ruang lingkupnya meliputi pencegahan maladministrasi. \"Kesepakatan ini memberi ruang "
             "bagi kami untuk hadir lebih awal di kecamatan,\" katanya.")
    assert _selected(text3) == {"maladministration_prevention"}
    # using data of one's own is no exchange
    text2 = ("Ruang lingkupnya meliputi pelatihan operator serta pemanfaatan data untuk perencanaan "
             "pembangunan.")
    assert "data_exchange" not in _selected(text2)


def test_singular_point_of_the_agreement_opens_a_list():
    text = ("Kepala perwakilan menjelaskan, poin kesepakatan antara lain pertukaran informasi "
            "pengaduan, pelatihan petugas loket, dan pemantauan standar pelayanan di kecamatan.")
    assert _selected(text) == {"data_exchange", "capacity_building", "monitoring_evaluation"}
    text2 = "Butir kesepakatan itu yakni penanganan pengaduan masyarakat secara terpadu."
    assert _selected(text2) == {"complaint_handling"}


def test_bersepakat_saling():
    text = ("Kerja sama itu diteken di pendopo. Kedua pihak bersepakat saling berbagi data "
            "kependudukan dan data perkara.")
    assert _selected(text) == {"data_exchange"}


def test_legal_umbrella_for_carrying_out_an_activity():
    text = ("Perjanjian tersebut menjadi payung hukum pelaksanaan pelayanan adminduk keliling di "
            "desa-desa terpencil.")
    assert _selected(text) == {"other"}
    text2 = "Nota kesepahaman ini menjadi dasar hukum bagi penyelenggaraan pelatihan aparatur desa."
    assert _selected(text2) == {"capacity_building"}


def test_purpose_with_juga():
    text = ('"Kesepakatan ini juga untuk meningkatkan kualitas pelayanan publik di kabupaten kami," '
            'ujar bupati.')
    assert _selected(text) == {"service_quality"}


def test_through_the_agreement_students_can_intern():
    text = ("Lewat nota kesepahaman itu, mahasiswa Fakultas Hukum dapat magang di kantor "
            "perwakilan Ombudsman.")
    assert _selected(text) == {"other"}
    text2 = ("Melalui kerja sama ini, lulusan SMK bisa kuliah di politeknik dengan beasiswa "
             "pemerintah daerah.")
    assert _selected(text2) == {"other"}


def test_clause_named_by_its_activity_noun():
    text = ("Adendum itu juga menambah klausul pertukaran data peserta secara daring antara "
            "kedua instansi.")
    assert _selected(text) == {"data_exchange"}
    # a count of clauses is no item
    text2 = "Adendum tersebut menambah klausul penyesuaian iuran peserta."
    assert _selected(text2) == {"other"}


def test_second_agreement_with_the_same_points():
    text = ("Nota kesepakatan dengan Kabupaten Merangin mencakup percepatan penyelesaian laporan "
            "masyarakat dan pencegahan maladministrasi. Kesepakatan dengan Kota Jambi memuat poin "
            "yang sama, ditambah pelatihan bagi petugas pengaduan.")
    hits = find_scope(text)
    second = text.index("Kesepakatan dengan Kota")
    labels = {h.label for h in hits if h.cue and h.statement and h.statement[0] >= second}
    assert labels == {"complaint_handling", "maladministration_prevention", "capacity_building"}
    assert all(text[h.start:h.end] == h.text for h in hits)
    # "poin yang sama" is no `other` item of its own
    assert not any(h.label == "other" for h in hits)


def test_short_comment_on_the_content_before_ordinal_points():
    text = ('"Isinya sederhana. Pertama, pertukaran data pengaduan setiap bulan. Kedua, kami akan '
            'memantau pelayanan di puskesmas," kata kepala perwakilan.')
    assert _selected(text) == {"data_exchange", "monitoring_evaluation"}
    text2 = ("Kami meneken nota kesepakatan dengan bupati. Isinya tidak rumit. Pertama, pencegahan "
             "maladministrasi di kecamatan. Kedua, riset bersama soal layanan air bersih.")
    assert _selected(text2) == {"maladministration_prevention", "other"}


def test_reports_handled_in_the_passive_without_a_modal():
    text = ("Ruang lingkupnya meliputi: aduan warga yang masuk ke kantor kami ditindaklanjuti "
            "bersama pemkot; pelatihan petugas loket.")
    assert _selected(text) == {"complaint_handling", "capacity_building"}


def test_count_of_points_naming_the_agreement_is_no_item():
    text = ("Kajari menerangkan, MoU tersebut memuat tiga pokok kerja sama, yaitu 1) pendampingan "
            "hukum bagi desa, 2) pengawasan dana desa, dan 3) bimbingan teknis bagi perangkat desa.")
    assert _selected(text) == {"legal_assistance", "monitoring_evaluation", "capacity_building"}


def test_what_does_it_hold_question_and_a_count_with_its_source():
    text = ("Apa isinya? Dari dokumen yang dibagikan, ada dua hal pokok. Pertama, kampus membantu "
            "pelatihan pegawai kecamatan. Kedua, dosen meneliti pola migrasi warga.")
    assert _selected(text) == {"capacity_building", "other"}


def test_what_a_training_is_about_gives_no_label():
    text = ("Kesepakatan itu mencakup pelatihan bagi aparatur kecamatan soal penanganan pengaduan "
            "masyarakat.")
    assert _selected(text) == {"capacity_building"}
    # complaint handling as an item of its own stays
    text2 = ("Kesepakatan itu mencakup pelatihan bagi aparatur kecamatan, serta penanganan "
             "pengaduan masyarakat.")
    assert _selected(text2) == {"capacity_building", "complaint_handling"}


def test_review_of_how_something_is_carried_out_is_evaluation():
    text = ("Ruang lingkup kerja sama mencakup kajian terhadap rencana tata ruang dan "
            "pelaksanaannya, serta magang mahasiswa.")
    assert _selected(text) == {"monitoring_evaluation", "other"}
