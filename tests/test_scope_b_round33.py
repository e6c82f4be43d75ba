"""Round 33 scope cases (helper B): the new agreement's focus set against the old one it
replaces ("nota kesepahaman yang baru menitikberatkan pada riset ..., pelatihan ..."); the aim
told in a relative clause on the agreement ("... yang salah satu tujuannya mencegah
maladministrasi") counted by a later "Poin lain ..."; the civil service's "sumber daya aparatur"
developed is capacity building; the agreement named again as "nota itu" after a count of its
points; what the sides "will" do with each other, told by a signer, and the rest of that quote;
a speaker's "X menambahkan, selain A, Y juga siap B" after a quote; an addition whose sentence a
line break cut ("Bank juga" + "akan memberikan pelatihan ...")."""
from variety_helpers import scope_labels as _selected

from mou_extract.scope import find_scope


def test_new_agreement_focus_against_the_old_one():
    text = ('Jika nota kesepahaman lama lebih banyak mengatur beasiswa, MoU yang baru menitikberatkan pada '
            'riset bersama bidang perikanan, pelatihan bagi penyuluh, serta pertukaran data produksi.')
    assert _selected(text) == {"other", "capacity_building", "data_exchange"}
    text2 = 'Kerja sama yang baru ini berfokus pada pengembangan desa wisata dan pelatihan pemandu.'
    assert _selected(text2) == {"other", "capacity_building"}
    # (a focus on the places it reaches, not an activity: only its labels count)
    text3 = ('Kesepakatan baru itu menitikberatkan pada kantor kecamatan dan kelurahan yang paling sering '
             'dikeluhkan, termasuk pelatihan petugas loket.')
    assert _selected(text3) == {"capacity_building"}
    # (a party's new staff, not the agreement: no statement)
    assert _selected('Pegawai yang baru menitikberatkan pada riset pasar.') == set()


def test_aim_in_a_relative_clause_counted_by_another_point():
    text = ('Pemerintah Kota Sukamaju menandatangani nota kesepakatan dengan Ombudsman RI Perwakilan Jawa Barat '
            'yang salah satu tujuannya mencegah maladministrasi di kantor kelurahan.\n\n'
            'Wali kota mengatakan, pelayanan di kelurahan masih dikeluhkan warga. Ia berjanji membenahi '
            'jam layanan. Kepala perwakilan menyebut ada 30 laporan tahun lalu. Sebagian besar soal '
            'administrasi kependudukan. Menurutnya, angka itu turun dibanding tahun sebelumnya.\n\n'
            'Poin lain dalam nota kesepakatan itu adalah pertukaran data pengaduan masyarakat.')
    assert _selected(text) == {"maladministration_prevention", "data_exchange"}
    # (alone, the aim is a purpose statement, as "bertujuan" is)
    alone = ('Pemkab Sukamaju meneken MoU dengan Ombudsman yang tujuan utamanya mempercepat penyelesaian '
             'laporan masyarakat.')
    assert _selected(alone) == {"complaint_handling"}
    hits = [h for h in find_scope(alone) if h.cue]
    assert hits and all(h.kind == "purpose" for h in hits)
    # (a scope statement that is no "other point" leaves the purpose out, as before)
    plain = text.replace("Poin lain dalam nota kesepakatan itu adalah", "Nota kesepakatan itu mengatur")
    assert _selected(plain) == {"data_exchange"}


def test_civil_service_resources_developed_are_capacity_building():
    text = 'Kerja sama ini difokuskan pada penguatan sumber daya aparatur di seluruh perangkat daerah.'
    assert _selected(text) == {"capacity_building"}
    text2 = 'Ruang lingkup MoU meliputi pengembangan sumber daya aparatur sipil negara dan pengelolaan arsip.'
    assert _selected(text2) == {"capacity_building", "other"}
    # (the region's natural resources stay an area of their own)
    assert _selected('Ruang lingkup MoU meliputi pengembangan sumber daya alam daerah.') == {"other"}


def test_agreement_named_again_as_nota_with_a_demonstrative():
    text = ('Dokumen itu akhirnya dituangkan dalam nota kesepakatan. Ada tiga hal yang diatur dalam nota '
            'tersebut: pencegahan maladministrasi, penanganan pengaduan masyarakat, serta pelatihan petugas.')
    assert _selected(text) == {"maladministration_prevention", "complaint_handling", "capacity_building"}
    # (a bare "nota", a receipt: no statement)
    assert _selected('Ada tiga hal yang dicatat dalam nota pembelian: harga, jumlah, dan tanggal.') == set()


QUOTE = ('Begitu dokumen diteken, Bupati Sukamaju menjelaskan apa yang akan dikerjakan kedua lembaga.\n\n'
         '"Kami akan saling berbagi data pengaduan. Aduan warga yang masuk ke Ombudsman akan kami tangani '
         'paling lama tujuh hari kerja," kata bupati.')


def test_what_the_sides_will_do_with_each_other_and_the_rest_of_the_quote():
    assert _selected(QUOTE) == {"data_exchange", "complaint_handling"}
    text2 = 'Bupati mengatakan, kita akan saling berbagi data kependudukan setiap bulan.'
    assert _selected(text2) == {"data_exchange"}
    # (support for each other names no area; a quote not opened by the sides' mutual work is not read on)
    assert _selected('"Kami akan saling mendukung. Itu komitmen kami," ujarnya.') == set()
    assert _selected('"Kami senang sekali. Aduan warga akan kami tangani segera," ujarnya.') == set()


LEAD = ('Dengan kesepakatan ini, Kejari Sukamaju selaku Jaksa Pengacara Negara dapat memberikan bantuan '
        'hukum dan pertimbangan hukum kepada pemkab.\n\n'
        '"Banyak aset daerah yang belum tuntas. Di situ kami butuh jaksa," kata bupati.\n\n')


def test_speaker_adds_besides_then_stands_ready():
    text = LEAD + ('Kajari menambahkan, selain pendampingan perkara, kejaksaan juga siap membantu '
                   'penertiban dan pengamanan aset milik daerah.')
    assert _selected(text) == {"legal_assistance", "other"}
    text2 = LEAD + ('Selain pendampingan perkara, kejaksaan juga siap membantu penertiban aset daerah.')
    assert _selected(text2) == {"legal_assistance", "other"}
    # (what someone else adds, with no "selain", after a quote: a remark, not read)
    text3 = LEAD + 'Kajari menambahkan, kejaksaan juga siap membantu penertiban aset daerah.'
    assert _selected(text3) == {"legal_assistance"}


def test_addition_cut_by_a_line_break():
    text = ('Melalui PKS itu, seluruh retribusi pasar\n'
            'dikelola lewat rekening bank daerah. Bank juga\n'
            'akan memberikan pelatihan literasi\n'
            'keuangan bagi bendahara dinas.')
    assert _selected(text) == {"capacity_building"}
    # (the same sentence on one line was read before)
    one = ('Melalui PKS itu, seluruh retribusi pasar dikelola lewat rekening bank daerah. Bank juga akan '
           'memberikan pelatihan literasi keuangan bagi bendahara dinas.')
    assert _selected(one) == {"capacity_building"}
    # (a next sentence cut into lines that is no addition stays out, as on one line)
    text3 = ('Melalui PKS itu, seluruh retribusi pasar\n'
             'dikelola lewat rekening bank daerah. Bupati\n'
             'menyambut baik kerja sama itu dan\n'
             'berharap pelatihan bendahara terus berjalan.')
    assert _selected(text3) == set()
