"""Round 18 scope rules: focus cues, "salah satu poin", the rest of a counted list,
examples after "termasuk", a quoted paragraph after a complete statement, English
"technical guidance"."""
from mou_extract.scope import find_scope, select_scope


def _labels(text):
    return sorted(h.label for h in select_scope(find_scope(text)))


def test_passive_focus_names_scope():
    t = ("Pemkab Lebak dan Ombudsman Banten meneken nota kesepakatan, Senin (3/3/2025). "
         "Menurut Kepala Ombudsman, kerja sama dengan Pemkab Lebak difokuskan pada "
         "percepatan penanganan pengaduan warga.")
    assert "complaint_handling" in _labels(t)


def test_english_focus_and_technical_guidance():
    t = ("The agreement focuses on providing technical guidance to village officials in "
         "Gianyar.")
    assert _labels(t) == ["capacity_building"]


def test_one_of_the_points_names_scope():
    t = ("Bupati Sleman dan Kepala Ombudsman DIY meneken nota kesepahaman di Pendopo. "
         "Bupati menyebut, salah satu poin terpenting ialah pertukaran data pengaduan "
         "antarinstansi.")
    assert "data_exchange" in _labels(t)


def test_rest_of_counted_list_in_quote():
    t = ("Ketua Ombudsman mengatakan MoU dengan kementerian itu berisi empat ruang lingkup. "
         "Di antaranya penyelesaian laporan masyarakat dan pencegahan maladministrasi.\n\n"
         "\"Dua lainnya yaitu pelatihan bagi pegawai serta monitoring dan evaluasi standar "
         "layanan,\" kata dia.")
    got = _labels(t)
    assert "capacity_building" in got and "monitoring_evaluation" in got


def test_examples_after_termasuk_are_not_other():
    t = ("Ruang lingkup kesepakatan meliputi pertukaran data, serta pengawasan bersama "
         "atas layanan di unit milik daerah, termasuk Samsat, panti sosial dan balai benih "
         "ikan.")
    assert "other" not in _labels(t)


def test_quoted_paragraph_after_complete_statement_is_not_its_list():
    t = ("Menurut Kepala Ombudsman, nota kesepahaman hanya memuat komitmen umum, "
         "sedangkan perjanjian kerja sama nanti mengatur pelaksanaannya.\n\n"
         "\"Kesepahaman itu ibarat pintu masuk,\" ujarnya.")
    assert "other" not in _labels(t)
