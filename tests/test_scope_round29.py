"""Round 29 scope cases (helper A): a speech tag ("kata dia,") between an opener and what a
party will do; a party's own quoted "Kami juga akan ..."; the parties splitting their roles,
then each one's part or a spoken "ada A, ada B" list; what the sides will do with each other
("akan saling ..."); a speaker named after the office; guiding staff is training; the basis
for one party to carry out a labelled activity; a "Termasuk ..." sentence after a statement;
the escort of recovery projects; a letter of intent names the agreement; a joint database is
shared data; "Sementara itu, X dilibatkan untuk ..."; a passive focus on an activity; guarding
how money is managed is oversight."""
from variety_helpers import scope_labels as _selected


def test_speech_tag_after_an_addition_opener():
    text = ('"Ruang lingkup kerja sama ini meliputi pelatihan operator dan pertukaran data kependudukan," '
            'ujar Kepala Dinas. Selain itu, kata dia, kedua pihak akan melakukan evaluasi berkala terhadap '
            'layanan di kantor kecamatan.')
    assert _selected(text) == {"capacity_building", "data_exchange", "monitoring_evaluation"}
    # ("lanjutnya" as the tag)
    text2 = ('Nota kesepakatan itu mencakup pelatihan bagi petugas loket. Selain itu, lanjutnya, Ombudsman '
             'akan melakukan pemantauan kepatuhan standar pelayanan.')
    assert _selected(text2) == {"capacity_building", "monitoring_evaluation"}


def test_speech_tag_after_the_agreement_named_in_it():
    text = ('Dalam perjanjian tersebut, ujarnya, puskesmas berkomitmen meningkatkan mutu pelayanan kepada '
            'peserta JKN di seluruh kecamatan.')
    assert _selected(text) == {"service_quality"}


def test_a_partys_own_quoted_also_will():
    text = ('Dengan nota kesepakatan ini, pemkab dan kepolisian sepakat bekerja sama. Kapolres menegaskan '
            'pihaknya akan menindak tegas pelaku. "Kami juga akan bertukar data kejadian dengan BPBD setiap '
            'pekan," katanya.')
    assert _selected(text) == {"data_exchange"}


def test_roles_split_party_by_party():
    text = ('Kedua pihak membagi peran dengan jelas. Pemkot akan berbagi data penerima bantuan dan menyiapkan '
            'ruang kelas, sementara universitas akan menyusun kurikulum kewirausahaan dan melatih kader '
            'posyandu di setiap kelurahan.')
    assert _selected(text) == {"data_exchange", "other", "capacity_building"}
    # the parts named as a spoken list after "sepakat berbagi peran"
    text2 = ('Dengan kesepakatan ini, keempat lembaga sepakat berbagi peran. "Ada patroli gabungan, ada '
             'pemadaman dini, ada penyuluhan kepada petani," ujar Bupati.')
    assert _selected(text2) == {"other"}
    # one party's part alone is no split of roles told
    text3 = ('Kedua pihak membagi peran dengan jelas. Pemkot akan menyiapkan ruang kelas bagi peserta.')
    assert _selected(text3) == set()


def test_what_the_sides_will_do_with_each_other():
    text = ('Dengan PKS itu, seluruh klinik wajib memakai aplikasi antrean daring sebelum merujuk pasien. '
            '"Klinik dan rumah sakit akan saling berbagi data pasien setiap hari. Kami ingin rujukan lebih '
            'tertib," ujarnya.')
    assert _selected(text) == {"data_exchange"}


def test_guiding_the_staff_is_training():
    text = ('Melalui perjanjian itu, rumah sakit akan membimbing tenaga kesehatan di puskesmas dalam '
            'penanganan gawat darurat.')
    assert _selected(text) == {"capacity_building"}
    # a campus supervising its students is no training of staff
    text2 = 'Melalui perjanjian itu, dosen akan membimbing mahasiswa yang magang di kantor dinas.'
    assert "capacity_building" not in _selected(text2)


def test_speaker_named_after_the_office():
    text = ('Nota kesepahaman itu mencakup pelatihan bagi perawat. Kepala Dinas Kesehatan Kota, Marlina, '
            'menambahkan bahwa kedua pihak akan melakukan evaluasi bersama setiap enam bulan.')
    assert _selected(text) == {"capacity_building", "monitoring_evaluation"}


def test_basis_for_one_party_to_carry_out_an_activity():
    text = ('Ia mengatakan, perjanjian tersebut menjadi dasar bagi inspektorat provinsi untuk melakukan '
            'pengawasan atas belanja hibah di kabupaten.')
    assert _selected(text) == {"monitoring_evaluation"}
    # the basis for one side's own betterment stays no scope
    text2 = 'Kesepakatan ini menjadi pijakan bagi Pemkab untuk berbenah diri.'
    assert _selected(text2) == set()


def test_a_sentence_opened_with_termasuk_goes_on_the_statement():
    text = ('Menurut Kajari, lewat kerja sama itu jaksa pengacara negara dapat memberikan bantuan hukum '
            'kepada dinas. "Termasuk pendampingan untuk proyek rehabilitasi jembatan pascagempa," ujarnya.')
    assert _selected(text) == {"legal_assistance", "other"}


def test_a_letter_of_intent_names_the_agreement():
    text = ('Bank juga akan memberi pendampingan kepada bendahara desa. Selain digitalisasi retribusi, LoI '
            'juga memuat rencana penyaluran kredit bagi pelaku usaha kecil.')
    assert _selected(text) == {"capacity_building", "other"}


def test_a_joint_database_is_shared_data():
    text = ('Ketiga lembaga sepakat melakukan penyaluran bantuan serta penyusunan basis data penerima '
            'bersama agar tidak ada penerima ganda.')
    assert "data_exchange" in _selected(text)


def test_meanwhile_another_party_brought_in():
    text = ('"Lewat kerja sama ini kita lakukan pengukuran dan pendaftaran tanah secara bertahap," ucapnya. '
            'Sementara itu, bank daerah dilibatkan untuk layanan kredit bagi nasabah, termasuk pertukaran '
            'data agunan dengan kantor pertanahan.')
    assert _selected(text) == {"other", "data_exchange"}


def test_passive_focus_on_an_activity_is_an_area():
    text = 'Untuk bank daerah, kerja sama difokuskan pada perlindungan aplikasi perbankan daring milik bank.'
    assert _selected(text) == {"other"}
    # the services or places focused on stay no area
    text2 = 'Kerja sama itu difokuskan pada layanan dasar yang paling sering dikeluhkan warga.'
    assert _selected(text2) == set()


def test_guarding_the_management_of_funds_is_oversight():
    text = 'Kesepakatan ini difokuskan pada pengawalan pengelolaan dana desa di 40 desa.'
    assert _selected(text) == {"monitoring_evaluation"}


def test_splitting_the_roles_is_no_part_of_them():
    text = "Melalui nota kesepakatan itu, pemkab dan ketiga bank akan berbagi peran."
    assert _selected(text) == set()
