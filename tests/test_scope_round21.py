"""Round 21 scope cases: ordinal points opened by a quote, "tindakan hukum lain yang
disepakati", forwarding complaints, "Isi PKS antara lain ...", "Ada tiga hal pokok dalam
nota kesepakatan ini, yaitu ...", an indirect question after "memuat", a team formed to
carry the agreement out, teaching words before "dan" + training, beneficiaries after
"serta", English capacity wording, glued sentences and posts opened."""
from mou_extract.scope import sentences
from variety_helpers import scope_labels as _selected


def test_ordinal_points_opened_by_a_quote():
    text = ("Kejari Polewali Mandar dan Pemkab Polewali Mandar meneken nota kesepakatan, Kamis.\n\n"
            "Kajari menjelaskan, ruang lingkup nota kesepakatan itu terdiri atas tiga hal.\n\n"
            "\"Pertama, pemberian bantuan hukum kepada pemerintah daerah. Kedua, pelatihan bagi "
            "bendahara desa soal pengelolaan anggaran. Ketiga, tindakan hukum lain yang disepakati,\" "
            "kata Andi.")
    got = _selected(text)
    assert got == {"legal_assistance", "capacity_building", "other_agreed"}


def test_other_legal_acts_agreed_are_other_agreed():
    text = ("Nota kesepakatan antara Kejari Sinjai dan Pemkab Sinjai meliputi bantuan hukum di bidang "
            "perdata, pertimbangan hukum kepada kepala dinas, serta tindakan hukum lainnya yang disepakati "
            "kedua pihak.")
    assert _selected(text) == {"legal_assistance", "other_agreed"}


def test_forwarding_complaints_is_complaint_handling():
    text = ("Ruang lingkup perjanjian kerja sama ini meliputi pelimpahan aduan warga kepada inspektorat, "
            "serta pelatihan bagi petugas loket di kecamatan.")
    assert _selected(text) == {"complaint_handling", "capacity_building"}


def test_isi_pks_antara_lain_opens_the_list():
    text = ("Pemkab Mappi dan BPJS Kesehatan Cabang Merauke meneken PKS di Kepi, Senin. Isi PKS antara "
            "lain pendaftaran warga miskin sebagai peserta JKN, pertukaran data kepesertaan dengan "
            "Disdukcapil, serta penyuluhan JKN di kampung-kampung.")
    assert _selected(text) == {"other", "data_exchange"}


def test_count_of_points_in_the_agreement_then_yaitu():
    text = ("Wali Kota Dumai dan Ombudsman Riau menandatangani nota kesepakatan. \"Ada empat hal utama "
            "dalam kesepakatan ini, yaitu percepatan penanganan pengaduan masyarakat, pencegahan "
            "maladministrasi, pertukaran data, dan bimbingan teknis bagi petugas,\" kata Hendra.")
    assert _selected(text) == {"complaint_handling", "maladministration_prevention", "data_exchange",
                               "capacity_building"}
    # a count that opens no list is not a statement
    text2 = ("Wali Kota Dumai dan Ombudsman Riau menandatangani nota kesepakatan. Tiga hal dalam kerja "
             "sama ini masih dibahas tim teknis kedua pihak.")
    assert _selected(text2) == set()


def test_indirect_question_after_memuat_is_no_list():
    text = ("Ombudsman Sulawesi Tengah dan Pemkab Sigi meneken PKS. Ruang lingkupnya meliputi "
            "percepatan penyelesaian laporan masyarakat.\n\n"
            "\"PKS ini memuat siapa mengerjakan apa dan kapan tenggatnya, jadi tidak ada lagi saling "
            "lempar,\" ujar Yusuf.\n\n"
            "Bupati meminta setiap camat membuka kanal pengaduan di kantornya.")
    assert _selected(text) == {"complaint_handling"}


def test_team_formed_to_carry_it_out_is_no_area():
    text = ("Ruang lingkup kesepakatan meliputi pertukaran data dan informasi serta pencegahan "
            "maladministrasi. Kedua pihak juga sepakat membentuk tim kerja gabungan yang menyusun "
            "rencana aksi tahunan.\n\nBaca juga: Ombudsman Terima 200 Laporan Masyarakat")
    assert _selected(text) == {"data_exchange", "maladministration_prevention"}


def test_teaching_word_before_dan_training_shares_it():
    text = ("Pemkot Bitung dan Ombudsman Sulut bersepakat untuk:\n"
            "1. mempercepat penyelesaian laporan masyarakat;\n"
            "2. melaksanakan sosialisasi dan bimbingan teknis pengelolaan pengaduan bagi OPD; dan\n"
            "3. kegiatan lain yang disepakati para pihak.")
    assert _selected(text) == {"complaint_handling", "capacity_building", "other_agreed"}


def test_more_people_served_after_serta_is_no_item():
    text = ("Ruang lingkup nota kesepahaman meliputi pelatihan bagi kader posyandu serta petugas "
            "puskesmas pembantu, dan pemantauan standar pelayanan di desa.")
    assert _selected(text) == {"capacity_building", "monitoring_evaluation"}
    # an area after a training item is still one
    text2 = ("Ruang lingkup nota kesepahaman meliputi pelatihan bagi kader posyandu serta beasiswa "
             "untuk mahasiswa keperawatan.")
    assert _selected(text2) == {"capacity_building", "other"}


def test_english_capacity_wording():
    text = ("The scope of the cooperation includes speeding up the handling of public complaints and "
            "increasing the capacity of local government officers.")
    assert _selected(text) == {"complaint_handling", "capacity_building"}


def test_developing_public_service_policy_studies_is_service_quality():
    text = ("Ruang lingkup nota kesepahaman meliputi pelatihan bagi aparatur desa. Selain itu, para "
            "pihak sepakat mengembangkan kajian kebijakan pelayanan publik bersama.")
    assert _selected(text) == {"capacity_building", "service_quality"}


def test_glued_sentences_split():
    text = "Kami minta bantuan Ombudsman,\" ucapnya.Ramlah menjelaskan, isi kerja sama ada tiga."
    got = [text[a:b] for a, b in sentences(text)]
    assert got[-1] == "Ramlah menjelaskan, isi kerja sama ada tiga."
    text = "di setiap OPD.Menurut dia, laporan naik."
    assert [text[a:b] for a, b in sentences(text)] == ["di setiap OPD.", "Menurut dia, laporan naik."]
    # an abbreviation stays inside its sentence
    text = "Sambutan Prof.Hadi dibacakan."
    assert len(sentences(text)) == 1


def test_post_opened_is_no_area():
    text = ("Dasril menuturkan, nota kesepakatan mengatur pertukaran data dan informasi serta pelatihan "
            "bagi petugas. Ombudsman juga akan membuka posko pengaduan di Mal Pelayanan Publik.")
    assert _selected(text) == {"data_exchange", "capacity_building"}
