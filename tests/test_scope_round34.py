"""Round 34 (scope): "sepakat pula untuk", care given to residents after "bagi", a dash that
opens a list, an English "and" before a second act, what is paid from a public budget, and
the agreement's aim told as such beside its scope statements."""
from variety_helpers import signing_labels, stated_labels, article


def _mou(*rest):
    return article(
        "Pemkab Lampung Barat dan BPJS Ketenagakerjaan Teken Nota Kesepakatan",
        "Liwa - Pemerintah Kabupaten Lampung Barat dan BPJS Ketenagakerjaan Cabang Liwa "
        "menandatangani nota kesepakatan di Aula Setda Lampung Barat, Selasa (4/3/2025).",
        "Nota kesepakatan ditandatangani Bupati Lampung Barat Parosil Mabsus dan Kepala BPJS "
        "Ketenagakerjaan Cabang Liwa Andi Saputra.",
        *rest)


# --- "sepakat pula untuk": the "also" put after the verb ---

def test_agreed_also_after_verb_to_exchange():
    text = _mou("Kedua belah pihak sepakat pula untuk saling bertukar data kepesertaan dan data "
                "warga miskin agar bantuan tepat sasaran.")
    assert "data_exchange" in signing_labels(text)


def test_agreed_juga_after_verb_to_train():
    text = _mou("Kedua pihak sepakat juga menggelar pelatihan bagi petugas kecamatan.")
    assert stated_labels(text) == ["capacity_building"]


def test_agreed_pula_guard_no_label():
    # (no label in what they agree: nothing read, as before)
    text = _mou("Kedua pihak sepakat pula untuk bertemu lagi bulan depan.")
    assert stated_labels(text) == []


# --- "pendampingan bagi warga": care given to residents, not training the staff ---

def test_assistance_for_residents_is_no_training():
    text = _mou("Ruang lingkupnya meliputi penerbitan kartu identitas anak, serta pendampingan bagi "
                "warga yang belum memiliki akta kelahiran.")
    assert stated_labels(text) == ["other"]


def test_assistance_to_families_is_no_training():
    text = _mou("Ruang lingkupnya meliputi pertukaran data, serta pendampingan kepada keluarga "
                "penerima bantuan sosial.")
    assert stated_labels(text) == ["data_exchange", "other"]


def test_assistance_for_staff_is_training_guard():
    text = _mou("Ruang lingkupnya meliputi pertukaran data, serta pendampingan bagi petugas "
                "pelayanan di kecamatan.")
    assert stated_labels(text) == ["capacity_building", "data_exchange"]


# --- a dash right after the cue opens the list ---

def test_dash_after_agreed_fields_opens_list():
    text = _mou("Ada tiga hal yang disepakati \u2013 kajian bersama tentang banjir rob, magang "
                "mahasiswa di dinas, serta pelatihan bagi aparatur kelurahan.")
    assert stated_labels(text) == ["capacity_building", "other"]


def test_dash_after_agreed_fields_em_dash():
    text = _mou("Ada dua bidang yang disepakati \u2014 pertukaran data kepesertaan dan bimbingan "
                "teknis bagi operator desa.")
    assert stated_labels(text) == ["capacity_building", "data_exchange"]


def test_dash_later_in_sentence_guard():
    # (a dash further on is an aside, not the list's colon: the list verb opens it)
    text = _mou("Ruang lingkup kerja sama meliputi pertukaran data kepesertaan \u2013 termasuk data "
                "warga miskin \u2013 dan pelatihan bagi operator desa.")
    assert stated_labels(text) == ["capacity_building", "data_exchange"]


# --- English: "and" before a second act ---

def test_english_and_second_act_is_read():
    text = _mou("Under the agreement, BPJS Ketenagakerjaan will share membership data with the "
                "regency and train village staff to register claims.")
    assert stated_labels(text) == ["capacity_building", "data_exchange"]


def test_english_and_inside_noun_phrase_guard():
    # ("rainfall and drainage data from its monitoring stations": the stations only say
    # where the data comes from)
    text = _mou("Under the agreement, the university will share rainfall and drainage data from "
                "its monitoring stations with the city government.")
    assert stated_labels(text) == ["data_exchange"]


# --- what will be paid from a public budget ---

def test_premiums_paid_from_budget_is_covered():
    text = _mou("Melalui nota kesepakatan ini, iuran jaminan kematian bagi 2.500 pekerja rentan, "
                "mulai dari petani kopi hingga buruh pasar, akan dibayarkan melalui APBD Lampung "
                "Barat tahun 2025.")
    assert stated_labels(text) == ["other"]


def test_premiums_covered_by_regency():
    text = _mou("Melalui kerja sama ini, iuran peserta bagi 900 nelayan akan ditanggung pemkab.")
    assert stated_labels(text) == ["other"]


def test_paid_by_each_side_guard():
    # (who pays the meeting's costs names no area)
    text = _mou("Melalui kerja sama ini, biaya rapat koordinasi akan dibayarkan oleh masing-masing "
                "pihak.")
    assert stated_labels(text) == []


# --- the agreement's aim told as such, beside its scope ---

def test_aim_after_scope_statement_counts_service():
    text = _mou("Ia menguraikan ruang lingkup nota kesepakatan, yakni pencegahan maladministrasi "
                "dan percepatan penanganan pengaduan masyarakat.",
                '"Tujuannya satu: meningkatkan kualitas pelayanan publik sampai ke desa," ujarnya.')
    assert signing_labels(text) == ["complaint_handling", "maladministration_prevention", "service_quality"]


def test_aims_cue_beside_scope_counts_service():
    text = _mou("Bupati mengatakan nota kesepakatan ini bertujuan meningkatkan kualitas pelayanan publik "
                "di Lampung Barat.",
                "Ruang lingkupnya meliputi pertukaran data pengaduan dan pelatihan operator desa.")
    assert signing_labels(text) == ["capacity_building", "data_exchange", "service_quality"]


def test_frame_for_service_beside_scope_guard():
    # ("kerja sama ... untuk meningkatkan kualitas pelayanan publik", "dalam rangka": the frame
    # a lead sentence puts it in, not its aim told as such)
    text = _mou("Kerja sama antara pemkab dengan BPJS Ketenagakerjaan itu untuk meningkatkan kualitas "
                "pelayanan publik di daerah, kata Bupati.",
                "Ruang lingkupnya meliputi pencegahan maladministrasi dan pertukaran data.")
    assert signing_labels(text) == ["data_exchange", "maladministration_prevention"]


def test_aim_sentence_without_scope_before_guard():
    # (a "Tujuannya" far from any scope statement is no statement of its own)
    text = _mou("Bupati meminta camat aktif.",
                '"Tujuannya satu: meningkatkan kualitas pelayanan publik," ujarnya.')
    assert "service_quality" not in stated_labels(text)


# --- the renewed agreement named by its renewal ---

def test_in_this_renewal_party_will_give():
    text = _mou("Dalam pembaruan ini, Kejari Lampung Barat akan memberikan bantuan hukum dan "
                "pertimbangan hukum kepada perangkat daerah.")
    assert stated_labels(text) == ["legal_assistance"]


def test_through_that_extension_party_will_train():
    text = _mou("Melalui perpanjangan itu, BPJS Ketenagakerjaan akan menggelar bimbingan teknis bagi "
                "operator desa.")
    assert stated_labels(text) == ["capacity_building"]


def test_renewal_without_demonstrative_guard():
    # ("dalam pembaruan data": no agreement named)
    text = _mou("Dalam pembaruan data kependudukan, petugas akan melakukan pengecekan ulang.")
    assert stated_labels(text) == []


# --- the people a party sends, and the work they are sent for ---

def _chain(last):
    return _mou("Lewat kerja sama ini, kedua pihak sepakat melakukan pertukaran data gizi balita. "
                "Universitas juga akan memberikan pelatihan bagi kader posyandu. " + last)


def test_students_placed_for_work_is_an_item():
    text = _chain("Mahasiswa KKN akan diterjunkan ke desa prioritas untuk pendampingan ibu hamil.")
    assert stated_labels(text) == ["capacity_building", "data_exchange", "other"]


def test_staff_placed_for_labelled_work():
    text = _chain("Dua dosen akan ditempatkan di dinas untuk pemantauan data gizi setiap bulan.")
    assert "monitoring_evaluation" in stated_labels(text)


def test_placed_without_activity_guard():
    # (sent to a place with no work named: nothing added)
    text = _chain("Mahasiswa KKN akan ditempatkan di kalurahan prioritas untuk dua bulan.")
    assert stated_labels(text) == ["capacity_building", "data_exchange"]


def test_through_agreement_students_placed_for_items():
    text = _mou("Melalui kerja sama itu, 400 mahasiswa akan diterjunkan ke 25 desa untuk pendampingan "
                "ibu hamil berisiko, sekaligus pelatihan kader posyandu.")
    assert stated_labels(text) == ["capacity_building", "other"]


def test_through_agreement_placed_without_work_guard():
    # ("untuk dua bulan": how long, no work named)
    text = _mou("Melalui kerja sama itu, 400 mahasiswa akan diterjunkan ke 25 desa untuk dua bulan.")
    assert "other" not in stated_labels(text)
