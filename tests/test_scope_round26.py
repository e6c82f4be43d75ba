"""Round 26 scope cases (helper A): "Ruang lingkupnya A, B, serta C" with no verb or colon
after the cue; "Isi perjanjian mengatur A, B, serta C" (even when A is a "tata cara");
"Melalui kerja sama ini, <service ...> akan dilakukan secara ..." with a long subject; the
besides-phrase after who says it ("X menjelaskan, selain A, PKS juga mengatur B"); a
speaker's report that a party stands ready to do a labelled thing ("siap ... serta
memberikan pelatihan"), and the form a party's support takes ("dukungan X akan berupa ...")."""
from variety_helpers import scope_labels as _selected


def test_scope_named_without_a_verb():
    text = ('"Ruang lingkupnya penyuluhan hukum bagi kepala desa, pendampingan penyusunan peraturan desa, '
            'serta penelitian bersama soal tata kelola dana desa," kata Rektor.')
    assert _selected(text) == {"capacity_building", "other"}
    # the agreement's name between the cue and the list
    text2 = ("Ruang lingkup kerja sama ini pelatihan guru PAUD, beasiswa bagi mahasiswa daerah, serta "
             "pengembangan kurikulum muatan lokal.")
    assert _selected(text2) == {"capacity_building", "other"}
    # a comment on the scope, or a single word with no list, is no statement
    text3 = "Ruang lingkup kerja sama ini cukup luas, kata Sekda, dan akan dibahas lagi bulan depan."
    assert _selected(text3) == set()
    text4 = "Ruang lingkupnya pelatihan, kata dia."
    assert _selected(text4) == set()


def test_content_of_agreement_sets_out_a_list():
    text = ("Isi perjanjian mengatur tata cara penyaluran dana bergulir, pelaporan keuangan koperasi "
            "kepada dinas setiap triwulan, serta program peningkatan kapasitas pengurus koperasi.")
    assert _selected(text) == {"other", "capacity_building"}
    # a lone "tata cara" names no area
    text2 = "Isi kesepakatan itu mengatur tata cara penyaluran dana bergulir."
    assert _selected(text2) == set()


def test_through_the_agreement_a_service_will_be_done_so():
    text = ("Melalui kerja sama tersebut, seluruh pembayaran di lingkungan kampus, mulai dari uang kuliah, "
            "sewa asrama, biaya wisuda hingga denda perpustakaan, akan dilakukan secara nontunai "
            "menggunakan kartu mahasiswa.")
    assert _selected(text) == {"other"}
    # an expected benefit is not what the agreement covers
    text2 = "Melalui kerja sama tersebut, pelayanan kepada mahasiswa akan semakin cepat."
    assert _selected(text2) == set()


def test_besides_phrase_after_who_says_it():
    text = ("Penandatanganan dilakukan di kantor bupati. Kepala Cabang Ratna Dewi menjelaskan, selain penjaminan "
            "persalinan, PKS juga mengatur pertukaran data kepesertaan setiap bulan.")
    assert _selected(text) == {"other", "data_exchange"}
    text2 = ("Menurut Bupati Hendra, selain pengadaan bibit, kesepakatan itu juga mencakup pelatihan "
             "petani muda.")
    assert _selected(text2) == {"other", "capacity_building"}


def test_speaker_reports_what_a_party_stands_ready_to_do():
    text = ("Melalui PKS ini, bank akan menyalurkan kredit usaha bagi nelayan anggota koperasi. "
            "Ketua koperasi menyambut baik kerja sama itu. "
            "Pemimpin Cabang Rudi Hartono menyebut bank siap membuka gerai di tempat pelelangan ikan serta "
            "memberikan pelatihan pembukuan kepada pengurus koperasi.")
    assert _selected(text) == {"other", "capacity_building"}
    # what the speaker's side stands ready to do with no label adds nothing
    text2 = ("Melalui PKS ini, bank akan menyalurkan kredit usaha bagi nelayan anggota koperasi. "
             "Pemimpin cabang Rudi menyebut bank siap membuka gerai di tempat pelelangan ikan.")
    assert _selected(text2) == {"other"}


def test_form_of_a_partys_support():
    text = ("Ruang lingkup nota kesepakatan meliputi pelatihan pedagang pasar tradisional. "
            "Kepala dinas menyambut baik langkah itu. "
            "Menurutnya, dukungan kantor perwakilan bank sentral akan berupa sosialisasi kepada pedagang "
            "dan pemantauan transaksi nontunai setiap triwulan.")
    assert _selected(text) == {"capacity_building", "monitoring_evaluation"}

def test_reported_party_will_at_the_verb_not_the_speakers_own_side():
    text = ("Ruang lingkup nota kesepakatan meliputi pelatihan pedagang pasar. Kepala dinas menyambut baik "
            "langkah itu. Wakil Bupati Sri Rahayu menambahkan, Ombudsman akan memantau langsung kinerja tiap dinas.")
    assert _selected(text) == {"capacity_building", "monitoring_evaluation"}
    # the speaker's own side watching its own offices is not the agreement's
    text2 = text.replace("Ombudsman akan", "pihaknya akan")
    assert _selected(text2) == {"capacity_building"}
