"""Round 22 scope cases (a): a cue inside an opening condition, a count of duties, "aduan"
for "pengaduan", one party's data given to the other, a chain of additions ("Sebaliknya,
...", "juga akan ...", "Selain itu, ..." after a quote), a commitment as an addition,
"juga akan membantu X mengembangkan ...", what a facility is used for, "<X> itu
dituangkan dalam perjanjian" naming the thing of the sentence before, "mengatur langkah
teknis" and a project named after "termasuk"."""
from variety_helpers import scope_labels as _selected


def test_cue_inside_an_opening_condition_is_no_statement():
    text = ("Pemkab Barito Utara dan Ombudsman Kalteng meneken PKS, Selasa. PKS ini menindaklanjuti "
            "nota kesepakatan tahun 2021. Kalau nota kesepakatan hanya memuat arah umum, PKS mengatur "
            "hal-hal teknis yang dikerjakan tiap bidang.\n\n"
            "Ruang lingkupnya meliputi percepatan penyelesaian laporan masyarakat dan pelatihan bagi "
            "petugas loket.")
    assert _selected(text) == {"complaint_handling", "capacity_building"}
    # the main clause after the condition keeps its own cue
    text2 = ("Jika penandatanganan sudah selesai, kesepakatan itu meliputi pertukaran data dan "
             "pendidikan pemilih bagi pelajar.")
    assert _selected(text2) == {"data_exchange", "other"}


def test_count_of_duties_is_no_item():
    text = ("PKS itu memuat beberapa kewajiban. Pemda wajib mendorong setiap dinas memakai layanan "
            "aduan yang terhubung ke SP4N-LAPOR!, dan melakukan pertukaran data pengaduan setiap "
            "bulan.")
    assert _selected(text) == {"complaint_handling", "data_exchange"}


def test_aduan_channel_is_complaint_handling():
    text = ("Ruang lingkup kesepakatan meliputi penyatuan saluran aduan warga di seluruh kecamatan "
            "serta pelatihan petugas.")
    assert _selected(text) == {"complaint_handling", "capacity_building"}


def test_data_given_to_the_other_party_is_data_exchange():
    text = ("Ruang lingkup kerja sama meliputi penyediaan data kemiskinan untuk penelitian dosen, "
            "serta magang mahasiswa di kantor bupati.")
    assert _selected(text) == {"data_exchange", "other"}
    # using data is not exchanging it
    text2 = ("Ruang lingkup kerja sama meliputi pemanfaatan data kemiskinan untuk penelitian dosen.")
    assert _selected(text2) == {"other"}


def test_chain_of_additions_after_a_scope_statement():
    text = ("Kepala BPS menjelaskan, nota kesepahaman mengatur pertukaran data dan informasi statistik. "
            "Sebaliknya, pemkab wajib menyerahkan data sektoral dari setiap dinas.\n\n"
            "BPS juga akan melakukan pendampingan bagi petugas statistik di kecamatan.\n\n"
            "\"Kami ingin angka yang dipakai sama. Itu target kami,\" katanya.\n\n"
            "Selain itu, kedua lembaga akan menerbitkan buku profil desa setiap tahun.")
    assert _selected(text) == {"data_exchange", "capacity_building", "other"}
    # after a sentence of comment only an announced addition goes on
    text2 = ("Nota kesepahaman mengatur pertukaran data dan informasi statistik. Kedua pihak juga "
             "akan berbagi data kemiskinan. Penandatanganan berlangsung khidmat. Wali kota juga akan "
             "meresmikan gedung baru pekan depan.")
    assert _selected(text2) == {"data_exchange"}


def test_addition_after_an_addition():
    text = ("Ruang lingkup PKS meliputi pertukaran data pengaduan. Kedua pihak juga akan menyusun "
            "standar waktu tanggapan laporan. Selain itu, Ombudsman akan melakukan pemantauan "
            "tindak lanjut laporan setiap triwulan.")
    assert "monitoring_evaluation" in _selected(text)


def test_commitment_announced_as_an_addition():
    text = ("Kerja sama tersebut mencakup pengelolaan rekening kas daerah dan penyaluran gaji pegawai.\n\n"
            "Selain itu, bank berkomitmen menyelenggarakan pelatihan pengelolaan keuangan bagi "
            "bendahara desa.")
    assert _selected(text) == {"other", "capacity_building"}


def test_said_also_will_help_develop_policy():
    text = ("Kepala Ombudsman menjelaskan, kesepakatan itu meliputi pencegahan maladministrasi dan "
            "pertukaran informasi. Ia menambahkan, Ombudsman juga akan membantu pemkot mengembangkan "
            "kebijakan pelayanan di mal pelayanan publik.")
    assert _selected(text) == {"maladministration_prevention", "data_exchange", "service_quality"}


def test_what_a_facility_is_used_for_is_no_label():
    text = ("Perjanjian kerja sama itu mencakup layanan setoran pajak melalui kanal digital dan "
            "fasilitas aplikasi kas untuk pemantauan saldo harian.")
    assert _selected(text) == {"other"}
    # monitoring as an activity of its own stays
    text2 = ("Perjanjian kerja sama itu mencakup layanan setoran pajak melalui kanal digital dan "
             "pemantauan kepatuhan wajib pajak.")
    assert _selected(text2) == {"other", "monitoring_evaluation"}


def test_thing_set_down_in_the_agreement():
    text = ("Sebanyak 800 nelayan kini terdaftar sebagai peserta. Mereka mendapat perlindungan jaminan "
            "kecelakaan kerja dan jaminan hari tua selama melaut.\n\n"
            "Perlindungan tersebut dituangkan dalam perjanjian kerja sama yang diteken bupati siang itu.")
    assert _selected(text) == {"other"}
    # the agreement itself set down in a document says nothing of what it covers
    text2 = ("Pemkab dan BPJS sepakat melindungi nelayan. Kesepakatan itu dituangkan dalam perjanjian "
             "kerja sama yang diteken bupati.")
    assert _selected(text2) == set()


def test_technical_steps_are_no_list():
    text = ("Pemkot Tidore dan Ombudsman Malut meneken PKS. PKS itu mengatur langkah teknis yang akan "
            "dikerjakan bersama selama tiga tahun.\n\n"
            "PKS diteken Kepala Ombudsman Malut dan Sekda Tidore atas nama wali kota.")
    assert _selected(text) == set()
    # a list after "mengatur" is still one
    text2 = "PKS itu mengatur pertukaran data laporan serta beasiswa bagi anak nelayan."
    assert _selected(text2) == {"data_exchange", "other"}


def test_project_named_after_termasuk_is_an_example():
    text = ("Ruang lingkup nota kesepakatan meliputi bantuan hukum serta pendampingan hukum dalam proyek "
            "strategis daerah, termasuk pembangunan terminal penumpang di Pelabuhan Bastiong.")
    assert _selected(text) == {"legal_assistance"}
    # a task after a legal-assistance item is still one
    text2 = ("Ruang lingkup nota kesepakatan meliputi bantuan hukum di bidang perdata, termasuk "
             "penyelamatan aset daerah yang dikuasai pihak lain.")
    assert _selected(text2) == {"legal_assistance", "other"}
