"""Round 30 scope cases (helper A): what a party "also stands ready to" do after a statement;
the legal escort of procurement work packages; help with a procedure, a project or students'
study is no training; a team formed "yang akan melakukan" a labelled task; a party's task
("bertugas") under the agreement; a besides-item named by an activity noun without the pe-/ke-
prefix ("kajian"); one side's own quoted promise of better service."""
from variety_helpers import scope_labels as _selected


def test_also_stands_ready_to_do():
    text = ('Ruang lingkup perjanjian meliputi bantuan hukum dan pertimbangan hukum di bidang perdata. '
            'Kejaksaan juga siap memberikan pendampingan hukum terhadap proyek strategis daerah di '
            'kabupaten itu.')
    assert _selected(text) == {"legal_assistance", "other"}
    # "siap untuk" + a labelled verb
    text2 = ('Kesepakatan itu mencakup pertukaran data kependudukan. Dinas juga siap untuk melatih '
             'operator di setiap kelurahan.')
    assert _selected(text2) == {"data_exchange", "capacity_building"}


def test_legal_escort_of_work_packages():
    text = ('Melalui perjanjian ini, kejaksaan akan memberikan bantuan hukum kepada dinas. Selain itu, '
            'kejaksaan juga akan melakukan pendampingan hukum atas paket pekerjaan irigasi yang dibiayai '
            'APBD.')
    assert _selected(text) == {"legal_assistance", "other"}
    # (not the legal assistance itself)
    text2 = 'Ruang lingkup kerja sama meliputi pendampingan hukum bagi pemerintah desa.'
    assert _selected(text2) == {"legal_assistance"}


def test_help_with_a_procedure_or_project_is_no_training():
    text = ('Ruang lingkup kerja sama meliputi pendampingan pendaftaran sertifikat tanah wakaf, serta '
            'pelatihan nazir.')
    assert _selected(text) == {"other", "capacity_building"}
    text2 = ('Dalam perjanjian itu, bank akan memberikan pendampingan penyiapan proyek pasar rakyat dan '
             'kredit bagi pedagang.')
    assert _selected(text2) == {"other"}
    text3 = ('Ruang lingkup kerja sama meliputi beasiswa bagi mahasiswa, pendampingan akademik penerima '
             'beasiswa, serta pertukaran data calon penerima.')
    assert _selected(text3) == {"other", "data_exchange"}
    # the staff's assistance stays training
    text4 = 'Ruang lingkup kerja sama meliputi pendampingan teknis bagi operator puskesmas.'
    assert _selected(text4) == {"capacity_building"}


def test_team_formed_to_carry_out_a_labelled_task():
    text = ('Kedua pihak juga sepakat membentuk tim bersama yang akan melakukan pemantauan setiap '
            'semester.')
    assert _selected(text) == {"monitoring_evaluation"}
    # the team alone names no area
    text2 = 'Kedua pihak sepakat membentuk tim bersama yang akan menyusun jadwal rapat.'
    assert _selected(text2) == set()


def test_a_partys_task_under_the_agreement():
    text = ('Dalam perjanjian itu, yayasan bertugas melatih relawan tentang pengolahan limbah, koperasi '
            'mengelola gudang hasil panen, sedangkan desa menyediakan lahan.')
    assert _selected(text) == {"capacity_building", "other"}


def test_besides_item_named_by_a_plain_activity_noun():
    text = ('Menurut dia, selain kajian kebijakan pangan, kerja sama itu juga meliputi pelatihan '
            'penyuluh pertanian.')
    assert _selected(text) == {"other", "capacity_building"}
    # (a noun that names no activity is no item)
    text2 = ('Menurut dia, selain bupati, kerja sama itu juga meliputi pelatihan penyuluh pertanian.')
    assert _selected(text2) == {"capacity_building"}


def test_own_quoted_promise_of_better_service():
    text = ('Ruang lingkup kerja sama meliputi pertukaran data peserta. Kepala cabang menyebut cakupan '
            'peserta sudah tinggi. "Kami juga akan meningkatkan kualitas layanan di klinik mitra," '
            'ujarnya.')
    assert _selected(text) == {"data_exchange"}
    # a quoted promise of another labelled activity still counts
    text2 = ('Ruang lingkup kerja sama meliputi pertukaran data peserta. Kepala cabang menyebut cakupan '
             'peserta sudah tinggi. "Kami juga akan memberikan pelatihan bagi petugas klinik," ujarnya.')
    assert _selected(text2) == {"data_exchange", "capacity_building"}
