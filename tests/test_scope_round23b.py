"""Round 23 scope cases (b): "salah satu fokus kerja sama adalah ...", an agreement "di
bidang A, B, dan C", "nota kesepakatan ini kami arahkan untuk ...", "klausul baru tentang
...", "Melalui kerja sama ini, X dapat <verb> ...", a policy the data is "bahan" for, a
title-case short form ending a run of acronyms ("SPKT, SKCK, dan Satpas"), "Selain A, X
juga akan B" with no agreement word, and the speaker's addition "X juga akan <verb> ...
serta memberikan <activity>" after a purpose sentence."""
from variety_helpers import scope_labels as _selected


def test_one_focus_of_the_agreement_is_a_scope_statement():
    text = ("Pemkab Pidie dan Universitas Syiah Kuala menandatangani nota kesepahaman, Senin. "
            "Menurut rektor, salah satu fokus kerja sama adalah peningkatan kapasitas perangkat "
            "gampong dalam pengelolaan dana desa.")
    assert _selected(text) == {"capacity_building"}
    # a focus of someone's speech is not one of the agreement
    text2 = ("Pemkab Pidie dan Universitas Syiah Kuala menandatangani nota kesepahaman, Senin. "
             "Menurut rektor, salah satu fokus kampus adalah peningkatan kapasitas dosen muda.")
    assert _selected(text2) == set()


def test_agreement_in_the_fields_enumerates():
    text = ("Pemkot Kendari dan Universitas Halu Oleo menandatangani nota kesepahaman di bidang "
            "kesehatan, penelitian, dan pelatihan tenaga pendidik, Selasa (4/2/2025).")
    assert _selected(text) == {"other", "capacity_building"}
    # "di bidang ini" points back, it names no field
    text2 = ("Pemkot Kendari sudah punya nota kesepahaman di bidang ini sejak lama, kata dia.")
    assert _selected(text2) == set()


def test_agreement_aimed_at_by_the_speaker_is_scope_beside_a_scope_statement():
    text = ("Bupati mengatakan, nota kesepakatan ini kami arahkan untuk pencegahan "
            "maladministrasi di kecamatan. Kepala Ombudsman menjelaskan, ruang lingkup "
            "kesepakatan meliputi percepatan penyelesaian laporan masyarakat dan pertukaran data.")
    assert _selected(text) == {"maladministration_prevention", "complaint_handling", "data_exchange"}


def test_new_clause_about_an_activity_is_an_item():
    text = ("Ruang lingkup kerja sama meliputi bantuan hukum dan pertimbangan hukum di bidang "
            "perdata dan tata usaha negara. Ada pula klausul baru tentang penagihan piutang "
            "retribusi pasar yang belum tertagih.")
    assert _selected(text) == {"legal_assistance", "other"}


def test_what_the_agreement_lets_people_do_is_what_it_covers():
    text = ("Pemkab Tabalong dan Bank Kalsel meneken PKS, Kamis. Melalui kerja sama ini, warga "
            "Tabalong dapat membayar pajak kendaraan melalui aplikasi bank, QRIS hingga agen desa.")
    assert "other" in _selected(text)
    # a change the agreement should bring is not an area it covers
    text2 = ("Pemkab Tabalong dan Bank Kalsel meneken PKS, Kamis. Melalui kerja sama ini, "
             "pendapatan asli daerah dapat meningkat tahun depan.")
    assert "other" not in _selected(text2)
    text3 = ("Pemkab Tabalong dan Bank Kalsel meneken PKS, Kamis. Melalui kerja sama ini, "
             "diharapkan warga dapat membayar pajak lebih mudah.")
    assert "other" not in _selected(text3)


def test_policy_the_shared_data_is_material_for_is_no_service_quality():
    text = ("Ruang lingkup kerja sama mencakup riset tanaman pangan. Kedua pihak juga sepakat "
            "saling berbagi data hasil penelitian untuk bahan perumusan kebijakan daerah.")
    assert _selected(text) == {"other", "data_exchange"}


def test_title_case_short_form_ends_a_run_of_acronyms():
    text = ("Dalam kesepakatan itu, kedua pihak sepakat melakukan pencegahan maladministrasi "
            "dalam penerbitan SIM, SKCK, dan Satpas, serta pelatihan bagi petugas loket.")
    assert _selected(text) == {"maladministration_prevention", "capacity_building"}
    # an activity after the acronyms is still an item of its own
    text2 = ("Dalam kesepakatan itu, kedua pihak sepakat melakukan pencegahan maladministrasi "
             "dalam penerbitan SIM, SKCK, dan penelitian bersama.")
    assert _selected(text2) == {"maladministration_prevention", "other"}


def test_besides_one_activity_a_party_also_will_do_another():
    text = ("Polres Dompu dan Dinas Dukcapil Dompu meneken PKS pemanfaatan data kependudukan. "
            "Selain pertukaran data, Dukcapil juga akan memberikan pelatihan kepada petugas SPKT.")
    assert _selected(text) == {"data_exchange", "capacity_building"}
    # with no label in the "selain" part it is no statement
    text2 = ("Polres Dompu dan Dinas Dukcapil Dompu meneken PKS pemanfaatan data kependudukan. "
             "Selain hadir di acara itu, Kapolres juga akan memberikan pelatihan kepada petugas.")
    assert _selected(text2) == set()


def test_speaker_adds_a_second_activity_after_a_purpose_sentence():
    text = ("Kerja sama tersebut mencakup penyediaan kanal pembayaran retribusi. Ia menjelaskan, "
            "kerja sama ini bertujuan meningkatkan kualitas pelayanan publik. Rini Susanti "
            "menambahkan, bank juga akan menempatkan petugas di MPP serta memberikan pelatihan "
            "kepada staf dinas.")
    assert "capacity_building" in _selected(text)


def test_day_and_venue_after_the_fields_are_not_items():
    text = ("Pemkab Tapin dan Kejari Tapin menandatangani perjanjian kerja sama di bidang "
            "perdata dan tata usaha negara, Kamis (15/5/2025), di Aula Kantor Bupati Tapin.")
    assert _selected(text) == {"legal_assistance"}


def test_agreement_in_the_field_of_public_service_names_no_area():
    text = ("Pemkab Bondowoso dan Ombudsman RI resmi terikat nota kesepakatan di bidang "
            "pelayanan publik. Ruang lingkupnya meliputi pencegahan maladministrasi.")
    assert _selected(text) == {"maladministration_prevention"}


def test_what_we_can_do_with_the_partner_is_no_area():
    text = ("Ruang lingkup kesepakatan meliputi pencegahan maladministrasi. \"Lewat kerja sama ini, "
            "mereka bisa berkonsultasi lebih dulu dengan kami,\" ujarnya.")
    assert _selected(text) == {"maladministration_prevention"}
