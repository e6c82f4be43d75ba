"""Round 32 scope cases (helper A): the use of population data (NIK, KTP-el data) by another
body; a hope after an item ("dengan harapan ...") is no item; "Kerja sama itu berupa X"; a scope
called wide and then its range ("cukup luas, mulai dari A hingga B"); a scope in groups told one
group a sentence ("Kelompok pertama ..., yakni A. Kelompok kedua ..., yakni B"); the parties'
roles split and told as what each does, one sentence a party ("Pemkab menyediakan A ...
Sedangkan kampus mengirimkan B ...")."""
from variety_helpers import scope_labels as _selected


def test_use_of_population_data_is_data_exchange():
    text = ('Ruang lingkup perjanjian meliputi pemanfaatan NIK dan data KTP elektronik untuk verifikasi '
            'calon debitur, serta pelatihan bagi petugas kredit.')
    assert _selected(text) == {"data_exchange", "capacity_building"}
    text2 = ('PKS itu mencakup penggunaan nomor induk kependudukan sebagai nomor peserta dan penyuluhan '
             'kepada warga.')
    assert _selected(text2) == {"data_exchange", "other"}
    text3 = 'Kesepakatan itu meliputi memanfaatkan data KTP-el untuk pembukaan rekening di desa.'
    assert _selected(text3) == {"data_exchange"}


def test_the_card_itself_is_no_data():
    # (using the card, not the registry's data: an area of its own)
    text = ('Ruang lingkup kerja sama meliputi penggunaan KTP elektronik sebagai kartu layanan '
            'perpustakaan daerah.')
    assert _selected(text) == {"other"}


def test_a_hope_after_an_item_is_no_item():
    text = ('Ruang lingkup nota kesepakatan meliputi pencegahan maladministrasi dan percepatan '
            'penyelesaian pengaduan masyarakat, dengan harapan tidak ada lagi aduan yang terbengkalai '
            'di kantor kecamatan.')
    assert _selected(text) == {"maladministration_prevention", "complaint_handling"}
    text2 = ('Kesepakatan itu mencakup pertukaran data kepesertaan, harapannya warga tidak perlu lagi '
             'bolak-balik mengurus berkas.')
    assert _selected(text2) == {"data_exchange"}


def test_an_item_with_harapan_in_it_stays():
    # ("harapan" as a word of the item, not a clause of hope after it)
    text = 'Ruang lingkup kerja sama meliputi pendampingan keluarga harapan dan pertukaran data penerima bantuan.'
    assert _selected(text) == {"other", "data_exchange"}


def test_agreement_takes_the_form_of():
    text = ('Kerja sama itu berupa dukungan pembangunan jaringan air bersih di Kabupaten Sukamaju, '
            'seperti pemasangan pipa transmisi ke desa-desa, serta penyediaan meter air prabayar.')
    assert _selected(text) == {"other"}
    text2 = 'MoU ini berbentuk pendampingan hukum bagi perangkat daerah dan pertukaran data perkara.'
    assert _selected(text2) == {"legal_assistance", "data_exchange"}


def test_the_documents_form_or_a_past_tie_is_no_scope():
    text = ('Ombudsman dan Pemkot Sukamaju resmi menjalin kerja sama itu dalam bentuk nota kesepakatan '
            'yang diteken di balai kota.')
    assert _selected(text) == set()
    text2 = 'Sebelumnya kedua kampus sudah menjalin kerja sama dalam bentuk KKN dan penelitian bersama.'
    assert _selected(text2) == set()


def test_scope_called_wide_then_its_range():
    text = ('Ruang lingkup MoU cukup luas, mulai dari praktik kerja lapangan siswa di perangkat daerah, '
            'riset terapan di bidang perikanan, hingga bimbingan teknis bagi ASN.')
    assert _selected(text) == {"other", "capacity_building"}
    text2 = ('Ruang lingkup kerja sama ini sangat beragam, dari pertukaran data kependudukan sampai '
             'penanganan pengaduan warga.')
    assert _selected(text2) == {"data_exchange", "complaint_handling"}
    text3 = 'Ruang lingkupnya luas mulai dari pelatihan guru hingga beasiswa mahasiswa.'
    assert _selected(text3) == {"capacity_building", "other"}


def test_scope_widened_from_a_place_to_another_is_no_range():
    # (a comment on the scope with a verb: where it will be widened, no items)
    text = ('Ruang lingkup kerja sama akan diperluas dari tingkat kabupaten hingga desa pada tahun '
            'depan.')
    assert _selected(text) == set()
    # (the scope itself, then a time span: no range of items)
    text2 = 'Ruang lingkup kerja sama itu berlaku dari Januari hingga Desember.'
    assert _selected(text2) == set()


def test_scope_in_groups_one_sentence_a_group():
    text = ('Ia menjelaskan, ruang lingkup nota kesepakatan terbagi dalam dua kelompok. Kelompok pertama '
            'menyangkut pengaduan, yakni percepatan penyelesaian laporan masyarakat di setiap kecamatan. '
            'Kelompok kedua bersifat pembinaan, yakni pencegahan maladministrasi serta bimbingan teknis '
            'bagi petugas layanan.')
    assert _selected(text) == {"complaint_handling", "maladministration_prevention", "capacity_building"}
    text2 = ('Ruang lingkup PKS dibagi menjadi tiga klaster. Klaster pertama adalah pertukaran data '
             'pasien rujukan. Klaster kedua menyangkut pelatihan perawat desa. Klaster ketiga berisi '
             'pengembangan layanan ambulans gratis.')
    assert _selected(text2) == {"data_exchange", "capacity_building", "other"}


def test_group_ordinals_with_no_scope_statement_before_are_no_scope():
    text = ('Peserta dibagi dalam dua kelompok. Kelompok pertama mengikuti pelatihan penanganan '
            'pengaduan. Kelompok kedua mengunjungi Mal Pelayanan Publik.')
    assert _selected(text) == set()


def test_roles_split_and_told_party_by_party():
    text = ('Dalam perjanjian itu, peran masing-masing pihak dibagi cukup jelas. Pemkab Sukamaju '
            'menyediakan rumah singgah bagi relawan di sembilan desa, berbagi data sasaran bantuan, '
            'serta menugaskan penyuluh pertanian sebagai pendamping.\n\n'
            'Sedangkan universitas mengirimkan mahasiswa praktik secara bergiliran dan melatih kelompok '
            'tani dalam pembukuan usaha.')
    assert _selected(text) == {"other", "data_exchange", "capacity_building"}
    # (both parties in one sentence, no "akan")
    text2 = ('Kedua pihak membagi tugas. Dinas Kesehatan menyiapkan tenaga medis, sementara rumah sakit '
             'menyelenggarakan pelatihan bagi kader posyandu.')
    assert _selected(text2) == {"other", "capacity_building"}


def test_roles_split_then_a_speaker_is_no_part():
    # (a verb of saying after the split, and a next sentence that opens no other party's part)
    text = ('Dalam PKS tersebut, tugas kedua pihak dibagi dengan jelas. Bupati mengatakan pembagian itu '
            'memudahkan pelatihan bagi aparatur.\n\n'
            'Sementara itu, Kepala Dinas menjelaskan jadwal pelatihan akan diumumkan pekan depan.')
    assert _selected(text) == set()
    # (one party's part alone is no split)
    text2 = ('Peran masing-masing pihak dibagi jelas. Pemkab menyediakan gedung pelatihan bagi perangkat '
             'desa.\n\nAcara ditutup dengan foto bersama.')
    assert _selected(text2) == set()
