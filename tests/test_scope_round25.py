"""Round 25 scope cases: "di sepanjang <place>" is a place, not the condition "sepanjang ...";
an interviewer's question on what the agreement holds and the count in the answer ("Intinya
dua."), and what the interviewee's side "will" do at the start of an answer; "pokok yang
disepakati"; two exchange nouns sharing "data" and two legal nouns sharing "hukum"; a shared
data centre is no data exchange; "Melalui kerja sama ini, <service> dapat dilakukan ..."; "Dengan
perjanjian yang ..., <subject> akan ..."; not "Dengan kesepakatan ini, kami bisa ..."; a party
that "also will" do a labelled thing, reported or not, after the statement; a quoted "Kami juga
..." right after it; a counted list after a sentence naming the agreement; the examples after
"seperti" go on; "sinergi dalam penyelenggaraan" is the frame of the cooperation."""
from variety_helpers import scope_labels as _selected


def test_along_a_river_is_a_place_not_a_condition():
    text = ("Kesepakatan ini meliputi penertiban dermaga nelayan di sepanjang Sungai Siak, serta "
            "pertukaran data kunjungan kapal untuk perencanaan kota.")
    assert _selected(text) == {"other", "data_exchange"}
    # the condition still ends the item
    text2 = ("Ruang lingkup kerja sama meliputi pelatihan aparatur serta kegiatan lain yang disepakati, "
             "sepanjang sesuai dengan tugas dan kewenangan masing-masing.")
    assert _selected(text2) == {"capacity_building", "other_agreed"}


def test_interview_question_and_answer_count():
    text = ("Bupati dan Kepala Ombudsman meneken perjanjian kerja sama, Senin.\n\n"
            "T: Apa saja yang diatur dalam kesepakatan tersebut?\n\n"
            "J: Intinya tiga. Pertama, kanal pengaduan kedua lembaga dihubungkan. Kedua, pertukaran "
            "data laporan setiap triwulan. Ketiga, penelitian bersama tentang layanan desa.")
    assert _selected(text) == {"complaint_handling", "data_exchange", "other"}


def test_interview_answer_commitment():
    text = ("T: Apa yang diatur dalam perjanjian ini?\n\n"
            "J: Isinya dua hal. Pertama, percepatan penyelesaian laporan warga. Kedua, pertukaran data "
            "pengaduan.\n\n"
            "T: Selama ini bagaimana?\n\n"
            "J: Banyak laporan yang tertahan di dinas. Warga bolak-balik.\n\n"
            "T: Apakah pegawai dinas juga dibekali?\n\n"
            "J: Tentu. Kami akan menggelar bimbingan teknis bagi petugas layanan di semua kecamatan.")
    assert _selected(text) == {"complaint_handling", "data_exchange", "capacity_building"}
    # not an answer: a party's "kami akan" in running text after the statement
    text2 = ("Ruang lingkup perjanjian meliputi percepatan penyelesaian laporan warga. Ia mengaku "
             "kantornya kekurangan pegawai. Kami akan menggelar bimbingan teknis bagi petugas pada "
             "tahun depan.")
    assert _selected(text2) == {"complaint_handling"}


def test_points_agreed_named_pokok():
    text = ("Kepala perwakilan menjelaskan, ada tiga pokok yang disepakati kedua pihak. Pertama, "
            "pencegahan maladministrasi di puskesmas. Kedua, pelatihan bagi petugas loket. Ketiga, "
            "pertukaran data pengaduan.")
    assert _selected(text) == {"maladministration_prevention", "capacity_building", "data_exchange"}


def test_two_exchange_nouns_share_data():
    text = "Selain itu, kedua pihak sepakat melakukan sinkronisasi dan pemadanan data penerima bantuan."
    assert _selected(text) == {"data_exchange"}


def test_two_legal_nouns_share_hukum():
    text = ("Kesepakatan itu mencakup pendampingan dan pertimbangan hukum kepada desa dalam pengelolaan "
            "dana desa.")
    assert _selected(text) == {"legal_assistance"}
    # teaching about the law is not legal assistance
    text2 = "Kesepakatan itu mencakup penyuluhan dan penerangan hukum kepada pelajar."
    assert _selected(text2) == {"other"}


def test_shared_data_centre_is_not_data_exchange():
    text = ("Ruang lingkup kerja sama meliputi pemanfaatan bersama pusat data kabupaten, serta "
            "pertukaran informasi antardinas.")
    assert _selected(text) == {"other", "data_exchange"}


def test_service_the_agreement_opens_in_the_passive():
    text = ("Melalui kerja sama ini, pembayaran retribusi sampah dan air bersih di Kabupaten Kampar dapat "
            "dilakukan lewat kanal digital bank.")
    assert _selected(text) == {"other"}
    # a hope is not what it covers
    text2 = ("Melalui kerja sama ini, diharapkan pembayaran retribusi dapat dilakukan lebih cepat.")
    assert _selected(text2) == set()


def test_what_will_happen_under_the_agreement_named_with_dengan():
    text = ('"Dengan perjanjian yang kami teken bersama bank tadi, seluruh setoran parkir akan masuk '
            'langsung ke rekening kas daerah," kata bupati.')
    assert _selected(text) == {"other"}
    # an expected benefit is not
    text2 = ('"Dengan perjanjian yang kami teken tadi, pelayanan akan semakin cepat," kata bupati.')
    assert _selected(text2) == set()


def test_what_the_speakers_side_can_do_is_not_scope():
    text = ('"Dengan kesepakatan ini, kami bisa mendampingi dinas sejak awal, termasuk dalam '
            'pemantauan standar pelayanan," ujarnya.')
    assert _selected(text) == set()
    # a plain clause after the phrase still is
    text2 = "Dengan kesepakatan ini, Ombudsman melakukan pemantauan standar pelayanan di setiap dinas."
    assert _selected(text2) == {"monitoring_evaluation"}


def test_party_also_will_after_the_statement():
    text = ("Melalui PKS ini, perusahaan akan mengelola instalasi air bersih milik desa. "
            '"Aset tetap milik desa," ujar kepala desa. '
            "Direktur menyebut perusahaan juga akan melatih pengelola BUMDes agar tetap terlibat.")
    assert _selected(text) == {"other", "capacity_building"}
    text2 = ("Kedua pihak sepakat melakukan pertukaran data wajib pajak. Kepala cabang menyebut bank "
             "siap menempatkan petugas di kecamatan. Bank juga akan menyelenggarakan pelatihan bagi "
             "petugas pajak.")
    assert _selected(text2) == {"data_exchange", "capacity_building"}
    # a verb with no label of its own, its object no label right away: nothing added
    text3 = ("Kedua pihak sepakat melakukan pertukaran data wajib pajak. Kepala cabang menyebut bank "
             "siap menempatkan petugas di kecamatan. Bank juga akan membangun gedung baru untuk "
             "pelatihan karyawan.")
    assert _selected(text3) == {"data_exchange"}


def test_quoted_we_also_after_the_statement():
    text = ("Ia menjelaskan, kerja sama mencakup pertukaran data kepesertaan. "
            '"Kami juga membuka kanal pengaduan khusus di setiap puskesmas," kata Rahman.')
    assert _selected(text) == {"data_exchange", "complaint_handling"}
    # a quoted "juga akan" gives only its labels, its unlabelled activity is no `other`
    text2 = ("Ia menjelaskan, kerja sama mencakup pertukaran data kepesertaan. "
             '"Kami juga akan melakukan survei kepuasan di rumah sakit. Hasilnya kami umumkan," kata Rahman.')
    assert _selected(text2) == {"data_exchange"}


def test_counted_list_after_a_sentence_naming_the_agreement():
    text = ('"Nota kesepahaman ini menjadi awal. Ada tiga hal pokok, yaitu percepatan penanganan '
            'pengaduan, pencegahan maladministrasi, serta pelatihan aparatur," jelasnya.')
    assert _selected(text) == {"complaint_handling", "maladministration_prevention", "capacity_building"}
    # with no agreement before it, a count is no statement
    text2 = ('"Banyak warga mengeluh. Ada tiga hal pokok, yaitu percepatan penanganan pengaduan, '
             'pencegahan maladministrasi, serta pelatihan aparatur," jelasnya.')
    assert _selected(text2) == set()


def test_examples_after_seperti_go_on():
    text = ("Kesepakatan itu mengatur pertukaran data pengaduan, serta pemantauan standar pelayanan pada "
            "kantor layanan seperti kelurahan, Bapenda dan Disnaker.")
    assert _selected(text) == {"data_exchange", "monitoring_evaluation"}


def test_frame_of_the_cooperation_sharing_its_object():
    text = "Nota kesepakatan itu mengatur sinergi dalam penyelenggaraan dan pengawasan pelayanan publik."
    assert _selected(text) == {"monitoring_evaluation"}


def test_consequence_after_jadi_is_no_item():
    text = ("Kesepakatan itu meliputi dua hal. Pertama, pelatihan petugas loket. Kedua, pertukaran data "
            "pengaduan setiap bulan, jadi kami tahu dinas mana yang paling banyak dikeluhkan.")
    assert _selected(text) == {"capacity_building", "data_exchange"}
