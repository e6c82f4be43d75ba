"""Round 30: a role's office written with a short form the article spells out elsewhere
("Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)", "Institut Agama Islam Darussalam
(IAIDA) Blokagung", "PT SMI" beside "PT Sarana Multi Infrastruktur"), a body's short form
in mixed case read as a person ("Bapemperda"), "kepala sekolah" heading the one school the
article names, a village enterprise's name that goes on past its first word ("BUMDes
Bumbung Mandiri" before the director's name), and a vice rector's field list that ends at
the university's short form with the name right after it."""
from mou_extract.people import glossed_short_forms, restore_role_case
from variety_helpers import named_in as _named
from variety_helpers import named_in_second_sentence as _last_sentence


def test_glossed_short_forms_read_from_the_article():
    t = ("Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Cilacap dan Universitas 17 Agustus 1945 "
         "(Untag) Surabaya bekerja sama. Ketua Badan Pembentukan Peraturan Daerah (Bapemperda) hadir.")
    g = glossed_short_forms(t)
    assert g["PUPR"][1] == ("Pekerjaan", "Umum", "dan", "Penataan", "Ruang")
    assert g["Untag"][1] == ("Universitas", "17", "Agustus", "1945")
    assert g["Untag"][0] == g["Untag"][1]  # (the town after the brackets is where it sits)
    assert g["Bapemperda"][1] == ("Badan", "Pembentukan", "Peraturan", "Daerah")
    # a name's own word in brackets is no short form
    assert "Ahmad" not in glossed_short_forms("Bupati Ahmad Sulaiman (Ahmad) membuka acara.")
    # each capitalised word gives the short form its first letter: "Polda" is not the
    # ombudsman's office and the police together
    t2 = "Ombudsman RI Perwakilan Kalimantan Barat dan Kepolisian Daerah (Polda) Kalimantan Barat bekerja sama."
    assert "Polda" not in glossed_short_forms(t2)
    # a region's short form is left to the gazetteer and the parties
    assert "Batola" not in glossed_short_forms("Pemerintah Kabupaten Barito Kuala (Batola) bekerja sama.")


def test_office_short_form_spelled_out_in_the_role():
    t = ("Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Cilacap meneken perjanjian dengan Kejari Cilacap. "
         "Perjanjian ditandatangani Kepala Dinas PUPR Kabupaten Cilacap Bambang Susilo.")
    m = _last_sentence(t)["Bambang Susilo"]
    assert m.role.org_text() == "Pekerjaan Umum dan Penataan Ruang Kabupaten Cilacap"
    t2 = ("Balai Latihan Kerja Industri (BLKI) Makassar menjalin kerja sama dengan perusahaan. "
          "Kesepakatan diteken Kepala BLKI Makassar Andi Rahman.")
    assert _last_sentence(t2)["Andi Rahman"].role.org_text() == "Balai Latihan Kerja Industri Makassar"
    # a short form the records keep as written stays so
    t3 = ("Rumah Sakit Umum Daerah (RSUD) Sayang Rakyat bekerja sama dengan kampus. "
          "Dokumen diteken Direktur RSUD Sayang Rakyat, dr. Hasan Basri.")
    assert _last_sentence(t3)["Hasan Basri"].role.org_text().startswith("RSUD")
    # ... and so does a body the institutions list knows (its party is named by parties)
    t4 = ("Pemprov NTB dan United Nations Children's Fund (UNICEF) bekerja sama. "
          "Dokumen diteken Kepala Kantor UNICEF Kupang Clara Mendes.")
    assert _last_sentence(t4)["Clara Mendes"].role.org_text() == "UNICEF Kupang"


def test_campus_short_form_last_takes_the_name_after_the_brackets():
    t = ("Kerja sama melibatkan Institut Keguruan dan Ilmu Pendidikan (IKIP) Siliwangi, dan pemerintah kota. "
         "Naskah ditandatangani Rektor IKIP, Dr. Husain Insawan.")
    assert _last_sentence(t)["Husain Insawan"].role.org_text() == "Institut Keguruan dan Ilmu Pendidikan Siliwangi"
    # a town after the brackets is where the campus sits, not its name
    t2 = ("Kerja sama melibatkan Institut Agama Islam Negeri (IAIN) Kendari, dan pemerintah kota. "
          "Naskah ditandatangani Rektor IAIN, Dr. Husain Insawan.")
    assert _last_sentence(t2)["Husain Insawan"].role.org_text() == "Institut Agama Islam Negeri"


def test_company_short_form_spelled_by_the_initials():
    t = ("Pemerintah Kota Medan dan PT Sarana Multigriya Finansial (Persero) meneken perjanjian kerja sama. "
         "Perjanjian diteken Direktur Operasional PT SMF Ratna Dewi.")
    assert _last_sentence(t)["Ratna Dewi"].role.org_text() == "Operasional PT Sarana Multigriya Finansial"


def test_mixed_case_body_short_form_is_no_person():
    t = ("Penandatanganan disaksikan Ketua DPRD Kabupaten Sumbawa serta anggota Badan Musyawarah Daerah (Banmusda). "
         "Ketua Banmusda, Rahmat Hidayat, berharap kerja sama segera berjalan.")
    assert "Banmusda" not in _named(t, 0, t.index("Ketua Banmusda"))
    names = _last_sentence(t)
    assert "Banmusda" not in names
    assert names["Rahmat Hidayat"].role.org_text() == "Badan Musyawarah Daerah"


def test_school_head_heads_the_one_school_named():
    t = ("PT Bank Negara Indonesia dan SMA Negeri 3 Palu menandatangani perjanjian kerja sama di aula sekolah. "
         "Perjanjian diteken pemimpin cabang dan kepala sekolah, Dra. Hj. Nurhayati Lamba, M.Pd.")
    # (signings reads the article with the lower-case post restored: "Kepala Sekolah")
    m = _named(restore_role_case(t))["Nurhayati Lamba"]
    assert m.role.title == "Kepala" and m.role.org_text() == "SMA Negeri 3 Palu"
    # two schools named: the post stays as written
    t2 = ("SMA Negeri 3 Palu dan SMK Negeri 1 Palu menerima bantuan. "
          "Berita acara diteken kepala sekolah, Dra. Nurhayati Lamba, M.Pd.")
    assert _named(restore_role_case(t2))["Nurhayati Lamba"].role.title == "Kepala Sekolah"


def test_village_enterprise_name_written_elsewhere():
    t = ("Badan Usaha Milik Desa (BUMDes) Maju Bersama Desa Karanganyar ikut menandatangani kesepakatan. "
         "Dokumen diteken Direktur BUMDes Maju Bersama Slamet Riyadi.")
    m = _last_sentence(t)["Slamet Riyadi"]
    assert m.role.org_text() == "Badan Usaha Milik Desa Maju Bersama"
    # the same person written again with the same title: the name is not taken in
    t2 = ("Direktur BUMDes Maju Slamet Riyadi hadir. Kepala desa memuji BUMDes Maju Slamet Riyadi.")
    assert "Slamet Riyadi" in _named(t2, 0, t2.index(" Kepala"))


def test_field_list_ends_at_the_university_short_form_before_the_name():
    t = ("Universitas Mulawarman (Unmul) dan Pemkot Samarinda meneken nota kesepahaman. "
         "Turut hadir Wakil Rektor Bidang Perencanaan, Kerja Sama dan Hubungan Masyarakat Unmul Rina Astuti.")
    m = _last_sentence(t)["Rina Astuti"]
    assert m.cue == "attendee" and m.role.title == "Wakil Rektor"
    # (a university the institutions list knows keeps its short form: parties name it)
    assert m.role.org_text() == "Bidang Perencanaan, Kerja Sama dan Hubungan Masyarakat Unmul"
