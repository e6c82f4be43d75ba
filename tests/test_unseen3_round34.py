"""Round 34 (held-out sets 183 and 190, scope): examples after "seperti" of a labelled item,
the last of a run of acronyms after "dan", education given to the staff, the two activities an
assistance covers ("asistensi penyusunan dan penerapan standar"), and a list verb in a relative
clause on the instrument that follows the agreement up."""
from mou_extract.scope import find_scope, select_scope


def _stated(text):
    return sorted({h.label for h in select_scope(find_scope(text))})


def _others(text):
    return [h.text for h in select_scope(find_scope(text)) if h.label == "other"]


# --- ", seperti X, Y dan Z" after a labelled item: where it applies, no `other` ---

def test_examples_after_seperti_of_a_labelled_item_are_no_area():
    s = ("Kepala Ombudsman menjelaskan, nota kesepakatan itu menitikberatkan pada pencegahan "
         "maladministrasi di kantor layanan yang paling ramai dikunjungi, seperti kantor desa, "
         "rumah sakit dan layanan perizinan.")
    assert _stated(s) == ["maladministration_prevention"]


def test_examples_after_seperti_of_an_unlabelled_item_stay_areas():
    s = ("Ruang lingkup nota kesepahaman itu meliputi pertukaran data dan informasi, serta kerja "
         "sama di bidang lain, seperti pendidikan vokasi dan penyediaan air bersih.")
    assert "other" in _stated(s)


def test_termasuk_still_opens_examples():
    s = ("Ruang lingkup kesepakatan meliputi pencegahan maladministrasi di seluruh unit layanan, "
         "termasuk puskesmas dan kantor kecamatan.")
    assert _stated(s) == ["maladministration_prevention"]


# --- "di seluruh SMA, SMK, dan SLB negeri": the last acronym after "dan" goes on ---

def test_last_acronym_after_dan_with_a_word_of_its_own_is_a_place():
    s = ("Kerja sama tersebut meliputi pemantauan penerimaan siswa baru di seluruh SMP, SMA, dan "
         "SLB swasta, serta pencegahan maladministrasi.")
    assert _stated(s) == ["maladministration_prevention", "monitoring_evaluation"]


def test_an_activity_after_acronyms_stays_an_item():
    s = ("Kerja sama tersebut meliputi pemantauan pelayanan di seluruh SMP, SMA, dan "
         "penyediaan beasiswa bagi siswa miskin.")
    assert "other" in _stated(s)


# --- "edukasi ... bagi pegawai": education of the staff is capacity building ---

def test_education_given_to_the_staff_is_capacity_building():
    s = ("Kedua pihak juga sepakat melakukan pertukaran data nasabah secara berkala dan menggelar "
         "edukasi perencanaan keuangan bagi pegawai di setiap dinas.")
    assert _stated(s) == ["capacity_building", "data_exchange"]


def test_education_given_to_asn_is_capacity_building():
    s = "Ruang lingkup MoU meliputi pengelolaan kas daerah serta edukasi keamanan data kepada ASN."
    assert "capacity_building" in _stated(s)


def test_education_given_to_pupils_is_no_training():
    s = "Ruang lingkup MoU meliputi pengelolaan kas daerah serta edukasi keuangan bagi pelajar SMA."
    assert "capacity_building" not in _stated(s)


# --- "asistensi penyusunan dan penerapan standar pelayanan": what the assistance covers ---

def test_assisted_drafting_and_applying_of_standards_is_capacity_building_only():
    s = ("Ia menjelaskan bahwa kerja sama ini mencakup pencegahan maladministrasi, asistensi "
         "penyusunan dan penerapan standar pelayanan di setiap puskesmas, serta pemantauan tindak "
         "lanjut hasil penilaian.")
    assert _stated(s) == ["capacity_building", "maladministration_prevention", "monitoring_evaluation"]


def test_drafting_and_applying_standards_without_assistance_is_service_quality():
    s = ("Ia menjelaskan bahwa kerja sama ini mencakup pencegahan maladministrasi serta penyusunan "
         "dan penerapan standar pelayanan di setiap puskesmas.")
    assert "service_quality" in _stated(s)


def test_applying_standards_alone_is_service_quality():
    s = ("Ia menjelaskan bahwa kerja sama ini mencakup pencegahan maladministrasi serta penerapan "
         "standar pelayanan di setiap kantor kecamatan.")
    assert "service_quality" in _stated(s)


# --- "ditindaklanjuti dengan rencana aksi yang memuat ...": the follow-up's content ---

def test_relative_list_verb_on_the_follow_up_instrument_is_no_scope():
    s = ("Ombudsman berharap nota kesepakatan itu segera ditindaklanjuti dengan rencana kerja "
         "yang memuat jadwal dan penanggung jawab di setiap kecamatan.")
    assert _others(s) == []


def test_list_verb_of_the_agreement_itself_still_enumerates():
    s = ("Nota kesepakatan itu memuat pertukaran data pengaduan dan pembangunan pusat layanan "
         "terpadu di setiap kecamatan.")
    assert "data_exchange" in _stated(s) and _others(s)


def test_relative_list_verb_on_a_follow_up_agreement_still_enumerates():
    s = ("Nota kesepahaman itu akan ditindaklanjuti dengan perjanjian kerja sama yang memuat "
         "pertukaran data kependudukan dan pembangunan pusat layanan terpadu.")
    assert "data_exchange" in _stated(s)
