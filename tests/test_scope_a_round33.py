"""Round 33 scope cases (helper A): the agreement as the basis for a list of activities ("kerja
sama ini menjadi dasar A, B, serta C"); guidance given to staff ("bimbingan dari dosen bagi
perawat"); a clause the speaker adds that is a label phrase with its "akan" ("Ia menambahkan, data
kunjungan pasien juga akan dibagikan kepada kampus"); a besides-phrase that names in short what was
told in full before ("Selain pemanfaatan data, kedua pihak sepakat ..."); the sentences that go on
telling the ceremony do not count in the few read for additions to the agreement's subject."""
from variety_helpers import article, first_signing, scope_labels as _selected


def _signing_labels(text: str) -> set[str]:
    return {h.label for h in first_signing(text).scope}


# --- the agreement as the basis for a list of activities ------------------------------

def test_agreement_is_the_basis_for_a_list_of_activities():
    text = ('Kepala dinas menjelaskan, kerja sama ini menjadi dasar pemetaan potensi wisata desa, '
            'pertukaran data kunjungan wisatawan, serta pelatihan pemandu wisata lokal.')
    assert _selected(text) == {"other", "data_exchange", "capacity_building"}
    text2 = ('Nota kesepahaman tersebut akan menjadi landasan bagi pendampingan penyusunan peraturan desa, '
             'penyuluhan hukum bagi warga, serta pertukaran informasi perkara.')
    assert _selected(text2) == {"capacity_building", "other", "data_exchange"}


def test_one_activity_after_the_basis_gives_only_its_labels():
    # (one activity alone is often the aim in general words: no `other` from it)
    text = 'Kesepakatan itu menjadi pijakan percepatan pembangunan jalan desa di wilayah perbatasan.'
    assert _selected(text) == set()
    text2 = 'Kerja sama ini menjadi payung bagi pendampingan aparatur desa dalam mengelola keuangan.'
    assert _selected(text2) == {"capacity_building"}


def test_the_basis_made_of_it_or_for_a_document_is_no_list():
    # (what someone asks the agreement be made, "menjadikan ... sebagai pijakan")
    text = ('Gubernur meminta para bupati menjadikan nota kesepakatan ini sebagai pijakan pembenahan '
            'layanan dasar, terutama kesehatan, pendidikan dan administrasi kependudukan.')
    assert _selected(text) == set()
    # (a document or budget drawn up after it)
    text2 = 'Kesepakatan ini menjadi dasar penyusunan rancangan APBD, rencana kerja, serta jadwal pembahasan.'
    assert _selected(text2) == set()
    # (the basis named by something other than the agreement)
    text3 = 'Hasil pemetaan itu menjadi dasar pembenahan rambu, perbaikan marka, serta penataan parkir.'
    assert _selected(text3) == set()


# --- guidance given to staff -------------------------------------------------------------

def test_guidance_given_to_staff_is_capacity_building():
    text = ('Ruang lingkup kerja sama meliputi praktik klinik mahasiswa serta bimbingan dari dosen '
            'fakultas kepada perawat puskesmas.')
    assert _selected(text) == {"other", "capacity_building"}
    text2 = 'Kerja sama itu mencakup bimbingan bagi tenaga kesehatan di rumah sakit daerah.'
    assert _selected(text2) == {"capacity_building"}


def test_guidance_to_residents_or_under_supervision_stays_other():
    text = 'Ruang lingkup kerja sama meliputi layanan bimbingan perkawinan bagi calon pengantin.'
    assert _selected(text) == {"other"}
    text2 = ('Ruang lingkup kerja sama meliputi penelitian mahasiswa di bawah bimbingan dosen dan '
             'perawat senior.')
    assert _selected(text2) == {"other"}


# --- a clause the speaker adds -----------------------------------------------------------

def test_speaker_adds_a_labelled_clause_that_will_be_done():
    text = article('Ruang lingkup perjanjian meliputi praktik kerja lapangan mahasiswa di rumah sakit daerah.',
                   '"Kami senang mahasiswa bisa belajar di sini," kata direktur rumah sakit.',
                   'Ia menambahkan, data kunjungan pasien juga akan dibagikan kepada kampus untuk keperluan riset.')
    assert _selected(text) == {"other", "data_exchange"}


def test_a_label_that_is_only_the_subject_of_what_follows_is_not_added():
    text = article('Ruang lingkup perjanjian meliputi praktik kerja lapangan mahasiswa di rumah sakit daerah.',
                   'Ia menambahkan, pemantauan harga di pasar akan membuat pedagang lebih disiplin.')
    assert _selected(text) == {"other"}
    # (no "akan": what the speaker says has been, not what will be done)
    text2 = article('Ruang lingkup perjanjian meliputi praktik kerja lapangan mahasiswa di rumah sakit daerah.',
                    'Ia menambahkan, data kunjungan pasien selama ini dibagikan kepada dinas setiap bulan.')
    assert _selected(text2) == {"other"}


# --- a besides-phrase in short ---------------------------------------------------------------

def test_besides_phrase_in_short_has_the_label_told_in_full_before():
    text = ('Disdukcapil Kabupaten Contoh menandatangani perjanjian kerja sama pemanfaatan data kependudukan '
            'dengan Bank Contoh. Selain pemanfaatan data, kedua pihak sepakat melakukan penyuluhan bersama '
            'tentang pentingnya memperbarui KTP elektronik kepada warga.')
    assert _selected(text) == {"data_exchange", "other"}


def test_besides_phrase_with_no_labelled_phrase_before_stays_other():
    text = ('Pemkab Contoh menandatangani perjanjian kerja sama penyaluran kredit usaha rakyat dengan Bank '
            'Contoh. Selain penyaluran kredit, kedua pihak sepakat melakukan pelatihan bagi pelaku usaha.')
    assert _selected(text) == {"other", "capacity_building"}
    # (a labelled phrase before that does not begin with the besides-phrase's words)
    text2 = ('Pemkab Contoh menandatangani perjanjian kerja sama pertukaran data kependudukan dengan Bank '
             'Contoh. Selain pemanfaatan lahan, kedua pihak sepakat melakukan pelatihan bagi pelaku usaha.')
    assert _selected(text2) == {"other", "capacity_building"}


# --- the ceremony's account before an addition to the subject ---------------------------------

_HEAD = "Polres Contoh Gandeng Dinas Pendidikan Cegah Kekerasan di Sekolah"
_SIGNED = ("Polres Contoh dan Dinas Pendidikan Kabupaten Contoh menandatangani perjanjian kerja sama tentang "
           "Pencegahan Kekerasan di Sekolah, Senin (14/7/2025).")
_CEREMONY = ("Penandatanganan berlangsung di Pendopo Kabupaten Contoh. Dokumen diteken oleh Kapolres Contoh AKBP "
             "Budi Santoso dan Kepala Dinas Pendidikan Kabupaten Contoh Sri Lestari.")
_WITNESS = "Bupati Contoh Ahmad Fauzi turut menyaksikan penandatanganan itu."
_SPEECH = ("Dalam sambutannya, Ahmad meminta kerja sama tidak berhenti di atas kertas. \u201cAnak-anak harus aman "
           "di sekolah. Kalau ada kasus, tangani cepat,\u201d tegasnya.")
_ADDED = ("Budi menjelaskan, kepolisian akan menempatkan polisi sahabat anak di sekolah dasar. Selain itu, "
          "anggota Unit PPA akan memberikan pelatihan penanganan kekerasan bagi guru.")


def test_the_ceremonys_account_does_not_count_before_an_addition():
    text = article(_HEAD, _SIGNED, _CEREMONY, _WITNESS, _SPEECH, _ADDED)
    assert _signing_labels(text) == {"other", "capacity_building"}


def test_an_addition_after_many_sentences_of_comment_stays_out():
    # (comment, not the ceremony's account: the few sentences read end before the addition)
    comment = ("Menurut data dinas, kasus kekerasan di sekolah naik tahun lalu. Sebagian terjadi di grup "
               "percakapan siswa. Sebagian lagi di lingkungan sekitar sekolah. Orang tua diminta lebih waspada.")
    text = article(_HEAD, _SIGNED, _SPEECH, comment, _ADDED)
    assert _signing_labels(text) == {"other"}


# --- a second object after "atas" / "terhadap" ----------------------------------------------

def test_a_second_object_after_atas_is_no_item():
    text = ('Ruang lingkup kesepakatan meliputi pengawasan atas penyaluran bantuan sosial dan pemanfaatan '
            'dana desa, serta pelatihan bagi perangkat desa.')
    assert _selected(text) == {"monitoring_evaluation", "capacity_building"}
    text2 = ('Kerja sama itu mencakup pemantauan terhadap pemenuhan standar waktu layanan sambungan baru dan '
             'penanganan gangguan listrik.')
    assert _selected(text2) == {"monitoring_evaluation"}


def test_a_nominal_after_dan_with_no_object_preposition_stays_an_item():
    text = ('Ruang lingkup kesepakatan meliputi peningkatan kompetensi tenaga kesehatan dan penguatan sistem '
            'rujukan, serta pertukaran data pasien.')
    assert _selected(text) == {"capacity_building", "other", "data_exchange"}


# --- whom a training is for, and the turn to the other party ------------------------------------

def test_the_last_of_the_people_a_training_is_for_is_no_item():
    text = 'Kerja sama itu mencakup pelatihan berkala bagi dokter umum, bidan, dan perawat puskesmas.'
    assert _selected(text) == {"capacity_building"}
    # (an activity after them is an item of its own)
    text2 = 'Kerja sama itu mencakup pelatihan berkala bagi dokter umum, bidan, dan penelitian bersama.'
    assert _selected(text2) == {"capacity_building", "other"}


def test_the_turn_to_the_other_party_is_no_item():
    from mou_extract.scope import find_scope

    text = ('Dengan perjanjian ini, mahasiswa kedokteran akan menjalani praktik klinik di puskesmas. '
            'Sebaliknya, kampus menyediakan pelatihan berkala bagi perawat puskesmas.')
    others = [h.text for h in find_scope(text) if h.label == "other"]
    assert others and "Sebaliknya" not in others


# --- the parties' parts under the agreement, told as what each does ------------------------------

def test_named_parties_parts_under_the_agreement_are_items():
    text = ('Dalam kesepakatan tersebut, Dinas Perhubungan mengoperasikan armada bus sekolah, Dinas Pendidikan '
            'menyusun jadwal antar-jemput siswa, sedangkan Organisasi Angkutan Darat melatih pengemudi.')
    assert _selected(text) == {"other", "capacity_building"}
    text2 = ('Dalam perjanjian itu, Pengadilan Negeri menggelar sidang keliling di kecamatan, sementara Kantor '
             'Kementerian Agama dan Dinas Sosial langsung menerbitkan buku nikah.')
    assert _selected(text2) == {"other"}


def test_one_party_or_what_they_say_under_the_agreement_is_no_list():
    text = 'Dalam perjanjian itu, Dinas Perhubungan mengoperasikan armada bus sekolah di kawasan perkotaan.'
    assert _selected(text) == set()
    text2 = ('Dalam perjanjian itu, Bupati Contoh menegaskan pentingnya layanan yang cepat, sementara Kepala '
             'Dinas Sosial mengatakan anggaran sudah disiapkan.')
    assert _selected(text2) == set()
