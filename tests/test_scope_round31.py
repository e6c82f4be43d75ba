"""Round 31 scope cases (helper A): what the agreement is the basis for setting up or widening
("menjadi dasar pembentukan / perluasan ..."); a programme of public service developed; help to
farmers' groups and with harmonising draft regulations is no training; a student's grade is no
oversight; records opened to or data handed to the other party (passive); what "will be"
watched (passive); an item taken up again after the statement ("Hasil pendataan ...",
"Pemanfaatannya ..."); the parties' clause after "sedangkan"; two parties named together who
"also will" do something besides an activity."""
from variety_helpers import scope_labels as _selected


def test_basis_for_setting_up_or_widening():
    text = ('Perjanjian kerja sama itu menjadi dasar pembentukan Pos Bantuan Hukum di setiap kelurahan '
            'di Kota Sukamaju.')
    assert _selected(text) == {"legal_assistance"}
    text2 = ('Wali kota mengatakan nota kesepakatan ini menjadi dasar bagi perluasan layanan parkir '
             'nontunai di seluruh pasar tradisional.')
    assert _selected(text2) == {"other"}
    # (the basis for drawing up a document is no area of the agreement)
    text3 = 'Kesepakatan ini menjadi dasar penyusunan perjanjian kerja sama teknis antarperangkat daerah.'
    assert _selected(text3) == set()


def test_programme_of_public_service_developed():
    text = ('Ruang lingkup nota kesepakatan meliputi pengembangan program Desa Pelayanan Publik di lima '
            'kecamatan, serta pertukaran data dan informasi.')
    assert _selected(text) == {"service_quality", "data_exchange"}


def test_help_to_farmers_groups_and_with_harmonising_rules_is_no_training():
    text = ('Ruang lingkup kerja sama meliputi pengamanan distribusi pupuk dan pendampingan kelompok tani '
            'dalam pengolahan lahan kering.')
    assert _selected(text) == {"other"}
    text2 = ('Nota kesepakatan itu mencakup pendampingan harmonisasi rancangan peraturan wali kota dan '
             'penyuluhan hukum kepada warga.')
    assert _selected(text2) == {"other"}
    # the staff's assistance stays training
    text3 = 'Ruang lingkup kerja sama meliputi pendampingan teknis bagi penyuluh pertanian.'
    assert _selected(text3) == {"capacity_building"}


def test_students_grade_is_no_oversight():
    text = ('Perjanjian itu juga mengatur penyediaan tempat praktik bagi siswa serta penilaian tertulis '
            'oleh pembimbing di akhir masa praktik.')
    assert _selected(text) == {"other"}
    text2 = 'Ruang lingkup kerja sama meliputi magang mahasiswa dan penilaian terhadap mahasiswa magang.'
    assert _selected(text2) == {"other"}
    # the assessment of a service stays oversight
    text3 = 'Ruang lingkup kerja sama meliputi penilaian kepatuhan standar pelayanan di setiap puskesmas.'
    assert _selected(text3) == {"monitoring_evaluation"}


def test_records_opened_to_the_other_party():
    text = ('Melalui kesepakatan ini, rekaman kamera di terminal dapat diakses langsung oleh petugas '
            'Dinas Perhubungan.')
    assert _selected(text) == {"data_exchange"}
    # (opened to the public: publication, an area of its own)
    text2 = ('Kesepakatan itu mencakup layanan informasi jadwal kapal yang dapat diakses oleh masyarakat '
             'melalui aplikasi pelabuhan.')
    assert _selected(text2) == {"other"}


def test_item_taken_up_again_after_the_statement():
    text = ('Melalui nota kesepahaman itu, kampus akan melakukan pendataan keluarga rawan gizi di desa '
            'binaan. Hasil pendataan akan dibagikan kepada dinas kesehatan setiap triwulan.')
    assert _selected(text) == {"other", "data_exchange"}
    text2 = ('Perjanjian itu mengatur pemanfaatan gudang milik koperasi untuk cadangan pangan daerah.\n'
             '"Warga sudah lama menunggu," kata bupati.\n'
             'Pemanfaatannya akan diawasi bersama oleh dinas dan pengurus koperasi.')
    assert _selected(text2) == {"other", "monitoring_evaluation"}
    # (the running of the whole agreement reviewed is no item of it)
    text3 = ('Perjanjian itu mengatur pemanfaatan gudang milik koperasi untuk cadangan pangan daerah.\n'
             '"Warga sudah lama menunggu," kata bupati.\n'
             'Pelaksanaannya akan dievaluasi setiap akhir tahun.')
    assert _selected(text3) == {"other"}


def test_parties_clause_after_sedangkan():
    text = ('Dalam kesepakatan itu, kepolisian akan memberikan pengamanan dalam razia pedagang liar, '
            'sedangkan kedua pihak akan saling bertukar data mengenai lokasi rawan.')
    assert _selected(text) == {"other", "data_exchange"}


def test_two_parties_also_will_besides_an_activity():
    lead = ('Dalam kesepakatan itu, Kodim akan membantu penertiban pedagang kaki lima di alun-alun.\n'
            '"Kami ingin alun-alun kembali tertib," kata bupati.\n'
            'Kepala Satpol PP menambahkan, penertiban dimulai pekan depan.\n')
    text = lead + 'Selain penertiban, Pemkab dan Kodim juga akan menggelar pelatihan kewirausahaan bagi pedagang.'
    assert _selected(text) == {"other", "capacity_building"}
    # (besides the signing itself: no addition to the agreement)
    text2 = lead + ('Selain penandatanganan nota kesepakatan, Pemkab dan Kodim juga akan menggelar pelatihan '
                    'kewirausahaan bagi pedagang.')
    assert _selected(text2) == {"other"}
