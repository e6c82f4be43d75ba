"""Round 32 scope cases (helper B): the points an agreement sets out told with a passive verb
("Dalam PKS tersebut diatur A, B, serta C"); what a party will do as the agreement's follow-up
("sebagai tindak lanjut nota kesepahaman, pihaknya akan ..."); an escort by security forces is no
training ("pendampingan personel kepolisian saat penertiban"); an addition announced with "Selain
itu, X juga akan ..." a few sentences after the statement; the other side's clause after
"sedangkan" and what the agreement gives people ("Melalui kerja sama ini, X mendapat ..."); what
"its content" is for ("Isinya supaya ...") after a sentence naming the agreement."""
from variety_helpers import scope_labels as _selected


def test_points_set_out_with_a_passive_verb():
    text = ('Dalam perjanjian itu diatur penyediaan ruang layanan di rumah sakit, pertukaran data '
            'pasien rujukan, serta penanganan pengaduan pasien melalui kanal khusus.')
    assert _selected(text) == {"other", "data_exchange", "complaint_handling"}
    text2 = 'Di dalam MoU tersebut juga dimuat soal pelatihan kader posyandu dan pendataan balita.'
    assert _selected(text2) == {"capacity_building", "other"}
    # (a rule it points to, what is set out later, a "bahwa" clause or the formal clauses: no list)
    assert _selected('Tata cara pembayaran diatur dalam perjanjian kerja sama itu.') == set()
    assert _selected('Dalam MoU tersebut diatur lebih lanjut soal jadwal rapat.') == set()
    assert _selected('Dalam perjanjian itu diatur hak dan kewajiban kedua pihak serta jangka waktu '
                     'kerja sama.') == set()


def test_what_a_party_will_do_as_the_follow_up():
    text = ('Kepala Dinas Kominfo Kota Sukamaju Rina Kartika Dewi menambahkan, sebagai tindak lanjut nota '
            'kesepakatan, pihaknya akan menggelar pelatihan bagi operator kelurahan.')
    assert _selected(text) == {"capacity_building"}
    text2 = ('Untuk menindaklanjuti MoU itu, BPS juga akan melakukan pemantauan kualitas data di setiap '
             'perangkat daerah.')
    assert _selected(text2) == {"monitoring_evaluation"}
    # (another signing that follows it, or a party that does nothing labelled: nothing)
    assert _selected('Sebagai tindak lanjut MoU itu, kedua pihak menandatangani perjanjian kerja sama '
                     'tentang pengawasan pelayanan publik.') == set()
    assert _selected('Sebagai tindak lanjut MoU itu, kedua pihak akan menyusun perjanjian teknis.') == set()


def test_escort_by_security_forces_is_no_training():
    text = ('Ruang lingkup kesepakatan meliputi penertiban lapak liar, pendampingan personel Polres saat '
            'pembongkaran, serta pertukaran informasi.')
    assert _selected(text) == {"other", "data_exchange"}
    text2 = ('Kesepakatan itu mencakup pengosongan lahan milik daerah dan pendampingan oleh anggota TNI '
             'dalam pengosongan tersebut.')
    assert _selected(text2) == {"other"}
    # (help given to the staff stays training, whoever they are)
    assert _selected('Ruang lingkup meliputi pendampingan teknis bagi petugas Satpol PP.') == {"capacity_building"}
    assert _selected('Ruang lingkup meliputi pendampingan anggota Satpol PP dalam penyusunan SOP.') \
        == {"capacity_building"}


LEAD = ('Ruang lingkup nota kesepahaman meliputi pengembangan aplikasi informasi wisata desa.\n'
        'Bupati mengatakan wisatawan kerap kesulitan mencari informasi. "Informasinya tersebar di '
        'mana-mana. Kami ingin satu pintu," ujarnya.\n'
        'Direktur Politeknik Sukamaju Budi Santoso menyebut kampusnya akan melibatkan mahasiswa dalam '
        'pembuatan aplikasi. ')


def test_addition_announced_a_few_sentences_after_the_statement():
    text = LEAD + 'Selain itu, politeknik juga akan menggelar pelatihan bagi pengelola pokdarwis.'
    assert _selected(text) == {"other", "capacity_building"}
    text2 = LEAD + 'Di samping itu, kampus akan memberikan bimbingan teknis kepada perangkat desa.'
    assert _selected(text2) == {"other", "capacity_building"}
    # (what someone only asks for, no "akan": no addition)
    text3 = LEAD + 'Selain itu, bupati juga meminta warga mengikuti pelatihan pemandu wisata.'
    assert _selected(text3) == {"other"}
    # (besides the signing itself: no addition to the agreement)
    text4 = LEAD + 'Selain penandatanganan MoU, politeknik juga akan menggelar pelatihan bagi pengelola pokdarwis.'
    assert _selected(text4) == {"other"}


def test_the_other_sides_clause_and_what_people_get():
    text = ('Melalui kerja sama ini, petani mendapat benih unggul, sedangkan penyuluh desa dapat '
            'mengikuti pelatihan budidaya di kampus.')
    assert _selected(text) == {"other", "capacity_building"}
    text2 = ('Dalam MoU itu, dinas menyediakan lahan percontohan, sementara kampus akan melakukan '
             'pemantauan hasil panen.')
    assert "monitoring_evaluation" in _selected(text2)
    # (a clause on something done before, or a benefit in general: nothing of its own)
    text3 = ('Melalui kerja sama ini, petani mendapat benih unggul, sedangkan pelatihan penyuluh sudah '
             'digelar tahun lalu.')
    assert _selected(text3) == {"other"}
    assert _selected('Melalui kerja sama ini, pemkab mendapat dukungan penuh dari kampus.') == set()


def test_what_its_content_is_for():
    text = ('"Tadi pagi kami sudah teken MoU dengan BPJS Kesehatan. Isinya supaya semua nelayan terdaftar '
            'sebagai peserta JKN," ujarnya.')
    assert _selected(text) == {"other"}
    # (the content of something else: no statement)
    text2 = 'Bupati menerima surat dari warga. Isinya agar jalan desa segera diperbaiki.'
    assert _selected(text2) == set()


def test_a_party_named_by_its_place_in_the_agreement():
    lead = 'Ruang lingkup perjanjian meliputi pertukaran data kependudukan.\n'
    text = lead + 'Pihak kedua menyediakan ruang pelayanan di setiap kantor kecamatan.'
    assert _selected(text) == {"data_exchange", "other"}
    text2 = lead + 'Sementara itu, pihak pertama berkewajiban memberikan pelatihan bagi operator desa.'
    assert _selected(text2) == {"data_exchange", "capacity_building"}
    # (the signing itself, what it says, or any third party: nothing more)
    assert _selected(lead + 'Pihak kedua menandatangani naskah di hadapan bupati.') == {"data_exchange"}
    assert _selected(lead + 'Pihak kedua berharap kerja sama berjalan lancar.') == {"data_exchange"}
    assert _selected(lead + 'Pihak ketiga menguasai sebagian lahan itu sejak 2010.') == {"data_exchange"}


def test_what_the_agreement_is_the_basis_for():
    text = ('Nota kesepakatan itu menjadi dasar agar pembayaran pajak daerah dan retribusi parkir bisa '
            'dilakukan lewat kanal digital. Bank juga akan memberikan pelatihan bagi petugas pemungut.')
    assert _selected(text) == {"other", "capacity_building"}
    # (how the parties will work, or better service hoped for: no item)
    assert _selected('Kesepakatan ini menjadi dasar agar kedua pihak bisa bekerja sama lebih erat.') == set()
    assert _selected('MoU ini menjadi landasan supaya koordinasi kedua lembaga berjalan baik.') == set()
    assert _selected('Nota kesepahaman itu menjadi dasar agar pelayanan makin cepat.') == set()
    # (a wish for how it goes: no item of its own)
    text2 = ('Menurutnya, nota kesepakatan menjadi payung agar penanganan keluhan warga tidak berlarut-larut.')
    assert _selected(text2) == set()


def test_speakers_addition_after_a_purpose_between():
    text = ('Melalui kerja sama ini, warga dapat mendaftarkan perkara dari kantor kecamatan.\n'
            '"Tujuan kerja sama ini untuk meningkatkan kualitas pelayanan publik. Warga tidak perlu '
            'lagi jauh-jauh ke kota," kata ketua pengadilan.\n'
            'Bupati menyambut baik inisiatif itu. Ia meminta petugas kecamatan disiapkan.\n'
            'Ketua PN Sukamaju Hendra memastikan bimbingan teknis bagi petugas kecamatan akan digelar akhir bulan.')
    assert _selected(text) == {"other", "service_quality", "capacity_building"}
    # (what was done before is no addition, purpose between or not)
    text2 = text.replace('akan digelar akhir bulan', 'sudah digelar tahun lalu')
    assert _selected(text2) == {"other", "service_quality"}
