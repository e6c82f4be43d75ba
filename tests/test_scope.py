import pytest

from mou_extract.scope import find_scope, scope_statements, select_scope


def _labels(text, cue_only=True):
    hits = find_scope(text)
    for h in hits:
        assert text[h.start:h.end] == h.text
    return {h.label for h in hits if h.cue or not cue_only}


def _selected(text):
    return {h.label for h in select_scope(find_scope(text))}


@pytest.mark.parametrize("phrase,label", [
    ("percepatan penanganan laporan masyarakat", "complaint_handling"),
    ("mempercepat penyelesaian aduan warga", "complaint_handling"),
    ("sistem pengaduan digital terintegrasi", "complaint_handling"),
    ("koordinasi penyelesaian laporan masyarakat", "complaint_handling"),
    ("pencegahan maladministrasi", "maladministration_prevention"),
    ("menghindari praktik maladministrasi", "maladministration_prevention"),
    ("pertukaran data dan/atau informasi", "data_exchange"),
    ("saling berbagi data kependudukan", "data_exchange"),
    ("pengembangan sumber daya manusia", "capacity_building"),
    ("penguatan kapasitas petugas loket", "capacity_building"),
    ("bimbingan teknis bagi operator", "capacity_building"),
    ("peningkatan kualitas penyelenggaraan pelayanan publik", "service_quality"),
    ("pengembangan kebijakan pelayanan publik", "service_quality"),
    ("pemantauan standar pelayanan", "monitoring_evaluation"),
    ("monitoring dan evaluasi berkala", "monitoring_evaluation"),
    ("pertimbangan hukum", "legal_assistance"),
    ("penanganan masalah hukum di bidang perdata dan tata usaha negara", "legal_assistance"),
    ("kegiatan lain yang disepakati kedua belah pihak", "other_agreed"),
])
def test_each_label_in_a_scope_statement(phrase, label):
    text = f"Pemkab Sukamaju dan Ombudsman RI menandatangani nota kesepakatan. Ruang lingkup kerja sama tersebut meliputi {phrase}."
    assert label in _labels(text)


def test_ruang_lingkup_list_with_other_items():
    text = ("Ruang lingkup PKS ini mencakup penyuluhan gizi bagi ibu hamil, pertukaran data "
            "pasien, pelatihan kader posyandu, serta kegiatan lain yang disepakati para pihak.")
    assert _labels(text) == {"other", "data_exchange", "capacity_building", "other_agreed"}
    other = [h for h in find_scope(text) if h.label == "other"]
    assert [h.text for h in other] == ["penyuluhan gizi bagi ibu hamil"]


def test_numbered_list_after_bersepakat_untuk():
    text = ("Dalam nota kesepakatan itu, para pihak bersepakat untuk:\n\n"
            "  1. mempercepat penyelesaian pengaduan masyarakat;\n"
            "  2. melakukan pengawasan kepatuhan standar pelayanan;\n"
            "  3. menyelenggarakan bimtek bagi petugas layanan; dan\n"
            "  4. melaksanakan kegiatan lain yang disepakati.\n\n"
            "Bupati berharap kerja sama berjalan baik.")
    assert _labels(text) == {"complaint_handling", "monitoring_evaluation",
                             "capacity_building", "other_agreed"}
    (st,) = scope_statements(text)
    assert "kegiatan lain yang disepakati" in text[st[0]:st[1]]
    assert "Bupati" not in text[st[0]:st[1]]


def test_lettered_list():
    text = ("Kedua pihak bersepakat untuk:\n"
            "a. mencegah maladministrasi;\n"
            "b. saling bertukar data dan informasi;\n"
            "c. mengembangkan kebijakan pelayanan publik.")
    assert _labels(text) == {"maladministration_prevention", "data_exchange", "service_quality"}


def test_announced_points_in_next_sentence():
    text = ('"Ada tiga hal yang kita sepakati hari ini. Pertama pencegahan maladministrasi, '
            'kedua percepatan penyelesaian laporan, dan ketiga pendampingan bagi perangkat daerah," ujarnya.')
    assert _labels(text) == {"maladministration_prevention", "complaint_handling", "capacity_building"}


def test_terkait_dengan_and_yang_meliputi():
    t1 = "Kesepakatan ini terkait dengan penanganan pengaduan masyarakat dan pencegahan maladministrasi."
    assert _labels(t1) == {"complaint_handling", "maladministration_prevention"}
    t2 = "Wali kota meneken nota kesepakatan dengan Ombudsman yang meliputi pencegahan maladministrasi serta percepatan penyelesaian pengaduan."
    assert _labels(t2) == {"maladministration_prevention", "complaint_handling"}


def test_purpose_statement_and_selection():
    text = ("Kerja sama ini bertujuan untuk meningkatkan kualitas pelayanan publik dan mencegah maladministrasi. "
            "Ruang lingkupnya mencakup percepatan penyelesaian laporan masyarakat serta pelatihan aparatur.")
    hits = find_scope(text)
    kinds = {h.label: h.kind for h in hits if h.cue}
    assert kinds["service_quality"] == "purpose"
    assert kinds["complaint_handling"] == "scope"
    # scope statements win over purpose statements
    assert _selected(text) == {"complaint_handling", "capacity_building"}
    # without a scope statement the purpose is used
    assert _selected(text.split(". ")[0] + ".") == {"service_quality", "maladministration_prevention"}


def test_purpose_enumeration_yields_other():
    text = ("Kerja sama ini bertujuan untuk memperkuat pengawasan layanan, memberikan pelatihan "
            "bagi petugas, serta mendorong penelitian tentang kepuasan warga.")
    assert _selected(text) == {"monitoring_evaluation", "capacity_building", "other"}


def test_english_statement():
    text = ("Under the agreement, the parties will cooperate on speeding up the resolution of public "
            "complaints, preventing maladministration, exchanging data and information, and training staff.")
    assert _labels(text) >= {"complaint_handling", "maladministration_prevention",
                             "data_exchange", "capacity_building"}


@pytest.mark.parametrize("text", [
    "Hasil penilaian kepatuhan tahun 2023 menunjukkan masih ada kabupaten di zona kuning.",
    "Ombudsman Jateng menerima 1.012 laporan masyarakat dan mendorong peningkatan kualitas pelayanan publik.",
    "Kepala Keasistenan Pencegahan Maladministrasi Ombudsman Kalsel turut hadir.",
    '"Kita harus terus meningkatkan kualitas pelayanan publik," kata Bupati dalam sambutannya.',
    "Bupati berharap nota kesepakatan ini tidak hanya di atas kertas, dan meminta pengawasan internal diperketat.",
    "Dorong Peningkatan Kualitas Pelayanan Publik, Ombudsman Gelar Sosialisasi",
    "Pemkab menggelar pelatihan bagi petugas puskesmas pekan lalu.",
])
def test_look_alikes_are_not_cue(text):
    hits = find_scope(text)
    assert hits  # the phrase is found ...
    assert not any(h.cue for h in hits)  # ... but not as a scope statement
    assert not any(h.label == "other" for h in hits)
    assert select_scope(hits) == []


def test_no_other_from_non_enumerating_or_vacuous_items():
    text = ("Melalui kesepakatan ini kita ingin jalurnya lebih pendek. "
            "Nota kesepakatan itu berisi komitmen bersama yang konkret, bukan sekadar seremoni.")
    assert not any(h.label == "other" for h in find_scope(text))


def test_truncated_ruang_lingkup_gives_nothing():
    text = "Adapun ruang lingkup nota kesepakatan tersebut, lanjut Firmansyah, me"
    assert select_scope(find_scope(text)) == []


def test_longest_match_wins():
    text = "Ruang lingkup PKS meliputi pendampingan dalam sengketa aset daerah."
    assert _labels(text) == {"legal_assistance"}


def test_spans_restrict_and_offsets():
    text = "Judul.\nRuang lingkup MoU meliputi pertukaran data. Lainnya pelatihan."
    s = text.index("Ruang")
    hits = find_scope(text, spans=[(s, text.index(" Lainnya"))])
    assert {h.label for h in hits} == {"data_exchange"}
    for h in hits:
        assert text[h.start:h.end] == h.text


def test_empty():
    assert find_scope("") == []
    assert scope_statements("") == []
