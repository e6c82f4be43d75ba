"""Round 31 scope cases (helper C): a programme named for preventing maladministration ("Desa
Antimaladministrasi") is that prevention, not a training; "Selain itu, <agreement> mencakup ..."
adds to what the agreed programme is aimed at in the sentence before; what a party is responsible
for under the agreement, and an agreement carrying a relative clause ("Dalam perjanjian yang
berlaku ... ini, X berkomitmen ..."); a labelled activity the speaker adds "will be carried out"
(a passive); a long description of who the agreement lets do something ("Melalui kerja sama
ini, masyarakat di ... dapat ...")."""
from variety_helpers import scope_labels as _selected


LEAD = ("Pemerintah Kabupaten Sukamaju dan Ombudsman RI Perwakilan Jawa Tengah menandatangani nota "
        "kesepahaman di Pendopo Kabupaten Sukamaju, Senin (2/3/2026).\n\n")


def test_programme_named_for_preventing_maladministration():
    text = LEAD + ("Nota kesepahaman itu mengatur dua hal. Pertama, riset bersama tentang layanan kependudukan. "
                   "Kedua, pendampingan Kelurahan Antimaladministrasi di tiga kecamatan.")
    assert _selected(text) == {"other", "maladministration_prevention"}
    text2 = LEAD + ("Ruang lingkup kerja sama meliputi pembentukan Sekolah Anti-Maladministrasi di sepuluh SMP "
                    "negeri serta pertukaran data dan informasi.")
    assert _selected(text2) == {"maladministration_prevention", "data_exchange"}
    # (help of any other kind stays a training)
    text3 = LEAD + "Ruang lingkup kerja sama meliputi pendampingan penyusunan standar pelayanan di kelurahan."
    assert "capacity_building" in _selected(text3)


def test_besides_that_the_agreement_covers():
    text = LEAD + ("Program Kelurahan Antimaladministrasi ditujukan untuk pencegahan maladministrasi dalam "
                   "layanan surat keterangan dan bantuan sosial. Selain itu, kesepakatan tersebut mencakup "
                   "pelatihan bagi lurah serta pemantauan berkala oleh Ombudsman.")
    assert _selected(text) == {"maladministration_prevention", "capacity_building", "monitoring_evaluation"}
    # (an aim told without such an addition after it is not read as covered)
    text2 = text.replace("Selain itu, kesepakatan tersebut mencakup", "Ruang lingkup kesepakatan mencakup")
    assert _selected(text2) == {"capacity_building", "monitoring_evaluation"}


def test_what_a_party_is_responsible_for():
    text = LEAD.replace("Ombudsman RI Perwakilan Jawa Tengah", "Pemerintah Desa Sukamukti") + (
        "Bupati menjelaskan, dalam perjanjian itu pemkab bertanggung jawab atas pembangunan jaringan "
        "irigasi, sedangkan desa menyediakan lahan dan tenaga kerja.")
    assert "other" in _selected(text)
    # (the duty is read only as what the agreement sets: outside it, no statement)
    text2 = LEAD + "Bupati menjelaskan, pemkab bertanggung jawab atas pembangunan jaringan irigasi."
    assert _selected(text2) == set()


def test_agreement_with_a_relative_clause():
    text = LEAD.replace("Ombudsman RI Perwakilan Jawa Tengah", "BPJS Kesehatan Cabang Sukamaju") + (
        "Dalam perjanjian yang berlaku dua tahun ini, rumah sakit berkomitmen memberikan pelayanan "
        "hemodialisis bagi peserta JKN tanpa biaya tambahan.")
    assert _selected(text) == {"other"}


def test_speaker_adds_a_passive_will_be_carried_out():
    text = LEAD + ("Kedua pihak juga sepakat melakukan pertukaran data pengaduan secara berkala.\n\n"
                   "Siti Aminah menambahkan, pemantauan standar pelayanan di kecamatan akan dilakukan "
                   "setiap triwulan.")
    assert _selected(text) == {"data_exchange", "monitoring_evaluation"}
    # (a passive whose subject names no label adds nothing)
    text2 = text.replace("pemantauan standar pelayanan di kecamatan", "rapat koordinasi kedua pihak")
    assert _selected(text2) == {"data_exchange"}


def test_long_description_of_who_may_do_something():
    text = LEAD.replace("Ombudsman RI Perwakilan Jawa Tengah", "Pengadilan Agama Sukamaju") + (
        "Melalui kerja sama ini, warga di desa-desa yang jauh dari ibu kota kabupaten dapat mengajukan "
        "permohonan isbat nikah secara daring dari kantor desa.")
    assert _selected(text) == {"other"}
