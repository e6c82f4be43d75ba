"""Round 28 scope cases (second half): the parties "sepakat akan" do something; "Secara
rinci, kedua pihak akan A, B, serta C" (only a list); what a training or an assistance is
about ("terutama di bidang ...", "bagi kader dan bidan desa tentang ...", "dalam menyusun dan
menerapkan ..."); "Ketiga hal itu adalah:" and "Ada tiga poin utama:" before a list; a longer
"Isi perjanjian ..., yakni:"; the forms a legal act takes ("berupa A dan B"); a party "juga
akan dilibatkan dalam" an activity; a long subject after "Selain itu,"; developing the public
service as service quality; a joint activity after a field; "menyalurkan" as a verb of
providing."""
from mou_extract.scope import find_scope, select_scope
from variety_helpers import scope_labels as _selected


def _others(text):
    return [h.text for h in select_scope(find_scope(text)) if h.label == "other"]


LEAD = ("Pemerintah Kabupaten Sigi dan Universitas Tadulako menandatangani nota kesepahaman di "
        "Aula Kantor Bupati Sigi, Senin (3/3/2025).\n\n")


def test_parties_agree_they_will():
    text = LEAD + ("Kedua pihak sepakat akan menyelenggarakan penelitian bersama tentang ketahanan pangan, "
                   "pertukaran data pertanian, serta pelatihan bagi penyuluh lapangan.")
    assert _selected(text) == {"other", "data_exchange", "capacity_building"}
    assert any(o.startswith("penelitian bersama") for o in _others(text))


def test_in_detail_the_parties_will_a_list():
    text = LEAD + ("Kerja sama ini bertujuan menurunkan angka kemiskinan di desa. Secara rinci, kedua pihak "
                   "akan melakukan kajian bersama tentang pola konsumsi warga, menempatkan mahasiswa KKN di "
                   "20 desa, serta menggelar pelatihan bagi perangkat desa tentang pemantauan anggaran.")
    got = _selected(text)
    assert {"other", "capacity_building"} <= got
    # (what the training is about, across "dan" as well, gives no label of its own)
    assert "monitoring_evaluation" not in got
    text2 = LEAD + ("Kedua pihak akan mendaftarkan warga miskin sebagai peserta JKN, melakukan pemadanan "
                    "data kependudukan, serta menggelar monitoring dan evaluasi setiap semester.")
    assert _selected(text2) == {"other", "data_exchange", "monitoring_evaluation"}
    # (one thing they will do is how the agreement is run, not what it covers)
    text3 = LEAD + ("Perjanjian tersebut berlaku tiga tahun. Kedua belah pihak akan melakukan evaluasi "
                    "pelaksanaan setiap akhir tahun.")
    assert _selected(text3) == set()


def test_training_about_across_dan():
    text = ("Ruang lingkup kerja sama meliputi penelitian gizi, serta pelatihan bagi kader posyandu dan "
            "bidan desa tentang pemantauan tumbuh kembang anak.")
    assert _selected(text) == {"other", "capacity_building"}


def test_what_an_item_is_chiefly_about():
    text = ("Ruang lingkup nota kesepahaman meliputi magang mahasiswa, serta pelatihan aparatur sipil "
            "negara, terutama di bidang penyusunan kebijakan berbasis data.")
    assert _selected(text) == {"other", "capacity_building"}


def test_assistance_in_drafting_and_applying_standards():
    text = ("Ruang lingkup kesepakatan meliputi penanganan pengaduan masyarakat, serta asistensi bagi "
            "perangkat daerah dalam menyusun dan menerapkan standar pelayanan.")
    assert _selected(text) == {"complaint_handling", "capacity_building"}


def test_counted_points_pointed_back_to_before_a_list():
    text = LEAD + ('"Ada tiga hal yang kami sepakati hari ini," ujar rektor. Ketiga hal itu adalah:\n'
                   "- penempatan mahasiswa magang di kantor bupati;\n"
                   "- pelatihan aparatur tentang tata naskah dinas;\n"
                   "- pertukaran data kependudukan.\n\n"
                   "Bupati menyambut baik kerja sama itu.")
    assert _selected(text) == {"other", "capacity_building", "data_exchange"}


def test_count_of_points_with_a_colon():
    text = LEAD + ("So what's in the MoU? Ada tiga poin utama:\n\n"
                   "- Data sharing: pemkab membuka akses data perizinan untuk riset kampus.\n"
                   "- Joint research tentang energi terbarukan di desa.\n"
                   "- Capacity building: pelatihan analisis data untuk ASN.\n")
    assert _selected(text) == {"data_exchange", "other", "capacity_building"}


def test_contents_of_the_agreement_with_a_longer_lead_in():
    text = LEAD + ("Isi perjanjian itu terbagi atas tiga bagian, yaitu:\n"
                   "a. pemberian bantuan hukum oleh jaksa pengacara negara;\n"
                   "b. pelatihan hukum bagi aparatur desa;\n"
                   "c. pertukaran data perkara.\n")
    assert _selected(text) == {"legal_assistance", "capacity_building", "data_exchange"}


def test_forms_a_legal_act_takes():
    text = ("Ruang lingkup perjanjian meliputi pemberian pertimbangan hukum, serta tindakan hukum lain "
            "berupa mediasi dan pendampingan penyelesaian sengketa aset.")
    assert _selected(text) == {"legal_assistance"}


def test_party_will_also_be_involved_in_an_activity():
    text = LEAD + ("Ruang lingkup kerja sama meliputi penanganan pengaduan dan pertukaran data. "
                   "Ombudsman juga akan dilibatkan dalam pemantauan standar pelayanan di puskesmas.")
    assert _selected(text) == {"complaint_handling", "data_exchange", "monitoring_evaluation"}


def test_addition_with_a_long_subject():
    text = LEAD + ("Lewat nota kesepakatan ini, Ombudsman akan melakukan pengawasan berkala di seluruh gerai "
                   "MPP. Selain itu, petugas loket di setiap gerai pelayanan akan mendapat bimbingan teknis "
                   "tentang etika melayani.")
    assert _selected(text) == {"monitoring_evaluation", "capacity_building"}


def test_developing_the_public_service():
    text = ("Ruang lingkup kerja sama meliputi pengembangan inovasi pelayanan publik, serta pelatihan "
            "aparatur.")
    assert _selected(text) == {"service_quality", "capacity_building"}
    text2 = ("Ruang lingkup kerja sama meliputi pengembangan sistem pelayanan publik berbasis digital "
             "dan pertukaran data.")
    assert _selected(text2) == {"service_quality", "data_exchange"}


def test_joint_activity_after_a_field_is_an_item():
    text = ("Ruang lingkup kerja sama meliputi pelatihan aparatur di bidang teknologi informasi, "
            "penelitian bersama, serta pertukaran data.")
    assert _selected(text) == {"capacity_building", "other", "data_exchange"}
    assert "penelitian bersama" in _others(text)


def test_disbursing_under_the_agreement():
    text = LEAD + ("Melalui kerja sama ini, Bank NTT menyalurkan kredit usaha rakyat bagi nelayan kecil "
                   "di pesisir Sigi.")
    assert _selected(text) == {"other"}


def test_comment_between_a_count_and_its_list_is_no_item():
    text = LEAD + ('"Ada tiga hal yang kami sepakati. Semuanya sama penting," ujar bupati. Ketiga hal itu adalah:\n'
                   "- penanganan pengaduan masyarakat;\n"
                   "- pencegahan maladministrasi;\n"
                   "- pelatihan petugas layanan.\n")
    assert _selected(text) == {"complaint_handling", "maladministration_prevention", "capacity_building"}
    assert _others(text) == []
