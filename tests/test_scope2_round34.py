"""Round 34 (scope, second pass): documents signed "sekaligus" (at once) with one another, a
programme a party "membuka" (opens) as the second of its acts, and a speaker's report of what
one party will do told beside the agreement's subject."""
from mou_extract.documents import document_type_of, find_documents
from variety_helpers import signing_labels, stated_labels, article, first_signing


def _doc_type(sentence):
    return document_type_of(find_documents(sentence))


# --- "nota kesepahaman sekaligus perjanjian kerja sama": the first one named ---

def test_mou_sekaligus_pks_is_the_first_named():
    s = ("Kerja sama itu dituangkan dalam nota kesepahaman (MoU) sekaligus perjanjian kerja sama "
         "(PKS) yang diteken kedua rektor. Perjanjian kerja sama itu berlaku lima tahun.")
    assert _doc_type(s) == "nota_kesepahaman"


def test_mou_beserta_pks_is_the_first_named():
    s = ("Bupati menandatangani nota kesepakatan beserta perjanjian kerja sama dengan rektor. "
         "Perjanjian kerja sama itu mengatur magang mahasiswa.")
    assert _doc_type(s) == "nota_kesepakatan"


def test_sekaligus_in_signing_article():
    text = article(
        "Politeknik Negeri Kupang Gandeng PT Flobamora Cetak Teknisi Kapal",
        "Kupang - Politeknik Negeri Kupang menggandeng PT Flobamora untuk mengembangkan pendidikan "
        "vokasi di bidang perkapalan.",
        "Kesepakatan itu dituangkan dalam nota kesepahaman sekaligus perjanjian kerja sama yang "
        "ditandatangani Direktur Politeknik Negeri Kupang Nonce Tuati dan Direktur PT Flobamora "
        "Yosef Lede di Aula Politeknik Negeri Kupang, Senin (3/2/2025).",
        "Kerja sama ini meliputi magang mahasiswa di kapal milik perusahaan.")
    assert first_signing(text).document_type == "nota_kesepahaman"


def test_sekaligus_not_between_documents_guard():
    # ("sekaligus" far from the next document: two mentions told apart, the most named wins)
    s = ("Perjanjian kerja sama diteken, sekaligus menandai ulang tahun kampus. Perjanjian kerja "
         "sama itu berlaku lima tahun, menindaklanjuti nota kesepahaman tahun lalu.")
    assert _doc_type(s) == "perjanjian_kerja_sama"


# --- a speaker reports what one party will do: "... dan membuka pelatihan bagi guru" ---

def _subject_mou(*rest):
    return article(
        "Untad dan Pemkab Sigi Teken Nota Kesepahaman",
        "Palu - Universitas Tadulako (Untad) dan Pemerintah Kabupaten Sigi menandatangani Nota "
        "Kesepahaman tentang Kerja Sama di Bidang Pendidikan dan Kesehatan di Ruang Senat Untad, "
        "Selasa (11/2/2025).",
        "Nota kesepahaman diteken Rektor Untad Amar Akbar dan Bupati Sigi Rizal Intjenae.",
        *rest)


def test_reported_will_second_act_opens_training():
    text = _subject_mou("Amar mengatakan, Untad akan mengirim dosen ke puskesmas di Sigi dan membuka "
                        "pelatihan bagi kader posyandu.")
    assert signing_labels(text) == ["capacity_building", "other"]


def test_reported_will_second_act_light_verb_guard():
    # (the light verb read before: unchanged)
    text = _subject_mou("Amar mengatakan, Untad akan mengirim dosen ke puskesmas di Sigi dan memberikan "
                        "pelatihan bagi kader posyandu.")
    assert signing_labels(text) == ["capacity_building", "other"]


def test_reported_will_opens_a_post_guard():
    # ("membuka posko pengaduan": a post opened, no act of the agreement)
    text = _subject_mou("Amar mengatakan, Untad akan mengirim dosen ke Sigi dan membuka posko "
                        "pengaduan di kampus.")
    assert "complaint_handling" not in stated_labels(text)


def test_reported_will_through_agreement_keeps_subject_out_guard():
    # ("melalui kesepakatan itu Untad akan ...": what the agreement itself brings, told in full;
    # the subject is not added beside it)
    text = _subject_mou("Amar menjelaskan, melalui kesepakatan itu Untad akan melakukan pelatihan bagi "
                        "kader posyandu di setiap desa.")
    assert signing_labels(text) == ["capacity_building"]


# --- "menjalin kerja sama dengan X dalam <field>": the subject when nothing states a scope ---

def _entered(lead, *rest):
    return article(
        "Desa Tinalah dan BPD DIY Teken PKS",
        "Kulon Progo - " + lead,
        "Perjanjian kerja sama diteken di Balai Desa Tinalah, Senin (7/4/2025).",
        "Kepala Desa Tinalah Sumarno menandatangani perjanjian bersama Pemimpin BPD DIY Cabang "
        "Wates Ratna Dewi.",
        *rest)


def test_entered_field_is_the_subject():
    text = _entered("Pemerintah Desa Tinalah menjalin kerja sama dengan PT BPD DIY dalam penyaluran "
                    "kredit usaha bagi pelaku wisata desa.")
    assert signing_labels(text) == ["other"]


def test_entered_field_with_party_will_also():
    text = _entered("Pemerintah Desa Tinalah menjalin kerja sama dengan PT BPD DIY dalam layanan "
                    "tabungan pelajar di desa.",
                    "Ke depan, semua sekolah di Tinalah akan membuka rekening pelajar. BPD DIY juga "
                    "akan memberikan pelatihan literasi keuangan bagi guru.")
    assert signing_labels(text) == ["capacity_building", "other"]


def test_entered_in_bidang_is_the_subject():
    text = _entered("Pemerintah Desa Tinalah menjalin kerja sama dengan PT BPD DIY di bidang "
                    "pemberdayaan UMKM.")
    assert signing_labels(text) == ["other"]


def test_entered_in_order_to_guard():
    # ("dalam rangka": why, not a field)
    text = _entered("Pemerintah Desa Tinalah menjalin kerja sama dengan PT BPD DIY dalam rangka "
                    "hari jadi desa.")
    assert signing_labels(text) == []


def test_entered_in_the_form_of_guard():
    # ("dalam bentuk perjanjian kerja sama": the form, not a field)
    text = _entered("Pemerintah Desa Tinalah menjalin kerja sama dengan PT BPD DIY dalam bentuk "
                    "perjanjian kerja sama.")
    assert signing_labels(text) == []


def test_entered_field_beside_scope_statement_guard():
    # (a scope statement is there: it says what the agreement covers, the field adds nothing)
    text = _entered("Pemerintah Desa Tinalah menjalin kerja sama dengan PT BPD DIY dalam penyaluran "
                    "kredit usaha.",
                    "Ruang lingkupnya meliputi pelatihan bagi pengelola homestay dan pertukaran data.")
    assert signing_labels(text) == ["capacity_building", "data_exchange"]


# --- a party named back at length ("... (Persero) Tbk itu juga akan ..."): what it also does ---

def _mou(*rest):
    return article(
        "Pemkab Lampung Barat dan BPJS Ketenagakerjaan Teken Nota Kesepakatan",
        "Liwa - Pemerintah Kabupaten Lampung Barat dan BPJS Ketenagakerjaan Cabang Liwa "
        "menandatangani nota kesepakatan di Aula Setda Lampung Barat, Selasa (4/3/2025).",
        "Nota kesepakatan ditandatangani Bupati Lampung Barat Parosil Mabsus dan Kepala BPJS "
        "Ketenagakerjaan Cabang Liwa Andi Saputra.",
        *rest)


def _agent(*rest):
    return _mou("Melalui nota kesepakatan itu, koperasi desa menjadi agen layanan pembayaran iuran.", *rest)


def test_long_named_back_subject_also_will():
    text = _agent("Kantor cabang PT Bank Negara Indonesia (Persero) Tbk itu juga akan memberikan "
                  "pelatihan pengelolaan keuangan bagi pengurus koperasi.")
    assert stated_labels(text) == ["capacity_building"]


def test_long_named_back_subject_tersebut_also_will():
    text = _agent("Badan penyelenggara jaminan sosial milik negara (BPJS) tersebut juga akan membantu "
                  "penyaluran bantuan iuran bagi nelayan serta memberikan pelatihan bagi kader desa.")
    assert stated_labels(text) == ["capacity_building", "other"]


def test_long_subject_without_demonstrative_guard():
    # (no "itu / tersebut": no party named back, the subject stays short as before)
    text = _agent("Kantor cabang PT Bank Negara Indonesia (Persero) Tbk juga akan memberikan "
                  "pelatihan pengelolaan keuangan bagi pengurus koperasi.")
    assert stated_labels(text) == []


def test_event_with_relative_clause_also_does_guard():
    # (a meeting told with "yang ...", doing something without "akan": no party's commitment)
    text = _agent("Rapat yang diikuti para camat se-Lampung Barat itu juga membahas hasil penilaian "
                  "pelayanan publik tahun lalu.")
    assert "monitoring_evaluation" not in stated_labels(text)


# --- the side's wish for the agreement, right after its scope: "Kami juga ingin kerja sama ini
# meningkatkan kualitas pelayanan publik" ---

def _scoped(last):
    return _mou("Melalui kerja sama ini, BPJS Ketenagakerjaan akan bertukar data kepesertaan dengan "
                "pemkab setiap bulan dan melakukan pemantauan kepatuhan pemberi kerja.", last)


def test_wished_aim_after_scope_counts_service():
    text = _scoped('"Kami juga ingin kerja sama ini meningkatkan kualitas pelayanan publik di kantor '
                   'cabang, supaya peserta tidak dipersulit," katanya.')
    assert signing_labels(text) == ["data_exchange", "monitoring_evaluation", "service_quality"]


def test_wished_aim_mou_can_counts_service():
    text = _scoped('"Kita berharap nota kesepakatan ini dapat meningkatkan kualitas pelayanan publik '
                   'bagi pekerja rentan," ujar Parosil.')
    assert "service_quality" in signing_labels(text)


def test_hope_about_someone_elses_service_guard():
    # (a hope about a body's own service, not what the agreement brings)
    text = _scoped('"Kami berharap kantor cabang terus meningkatkan kualitas pelayanan publik," katanya.')
    assert "service_quality" not in signing_labels(text)


def test_wished_aim_without_scope_before_guard():
    # (no scope statement right before it: no statement of its own)
    text = _mou("Bupati meminta camat aktif.",
                '"Kami ingin kerja sama ini meningkatkan kualitas pelayanan publik," ujarnya.')
    assert "service_quality" not in stated_labels(text)


# --- the work split among the named parties, right after the agreement pointed back at ---

def _four(last):
    return _mou("Nota kesepakatan ini dibuat sebagai satu naskah bersama untuk empat pihak.", last)


def test_named_parts_after_agreement():
    text = _four("Pemkab menyiapkan anggaran beasiswa, Unila menyusun modul pelatihan bagi operator "
                 "desa, sementara BPJS Ketenagakerjaan mendata pekerja rentan.")
    assert stated_labels(text) == ["capacity_building", "other"]


def test_named_parts_sedangkan_after_agreement():
    text = _four("Pemkab menanggung iuran pekerja rentan, sedangkan BPJS Ketenagakerjaan melatih "
                 "kader desa.")
    assert stated_labels(text) == ["capacity_building", "other"]


def test_document_parts_after_agreement_guard():
    # (articles of the document and what they contain, no party's part)
    text = _four("Pasal 1 memuat ketentuan umum, sedangkan Pasal 2 mengatur hak dan kewajiban.")
    assert stated_labels(text) == []


def test_unnamed_actors_after_agreement_guard():
    # (a clause of someone unnamed, in lower case: told of the scene, no party's part)
    text = _four("Pemkab menyiapkan tenda, sementara warga membantu menata kursi di aula.")
    assert stated_labels(text) == []


def test_parts_without_agreement_before_guard():
    # (no agreement pointed back at in the sentence before)
    text = _mou("Hujan turun sejak pagi di Liwa.",
                "Pemkab menyiapkan anggaran beasiswa, sementara BPJS Ketenagakerjaan mendata pekerja rentan.")
    assert stated_labels(text) == []
