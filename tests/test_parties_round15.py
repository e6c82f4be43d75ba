"""Round 15: names of parties (parties.py, data/institutions.tsv).

Courts and prisons named after a town below the regency level, Basarnas's regional
offices, BMKG stations, regional companies' legal form "(Perseroda)", "Perumda" kept as
written unless the article writes the full form, acronyms glossed inside a university's
name and used alone later, unit acronyms with digits ("(UP3)"), and a company's other
name after "atau". Sentences written for these tests.
"""
from mou_extract import parties as P


def names(text, province=None, aliases=None):
    return [pm.name for pm in P.find_parties(text, 0, len(text), province, aliases)]


def test_court_named_after_a_town_below_the_regency():
    s = "Pengadilan Negeri (PN) Cibinong dan Pemkab Bogor meneken perjanjian kerja sama."
    assert names(s)[0] == "Pengadilan Negeri Cibinong"
    assert names("Berkas ditandatangani Ketua PN Mungkid, Budi Santoso, di Magelang.") == ["Pengadilan Negeri Mungkid"]
    # (a common word that also names a kecamatan is no town)
    assert names("Ia menggugat ke Pengadilan Negeri Kota pekan lalu.") == []


def test_prison_named_after_a_town_keeps_its_class():
    s = "Rutan Kelas IIB Praya menandatangani kerja sama dengan Pemkab Lombok Tengah."
    assert names(s)[0] == "Rumah Tahanan Negara Kelas IIB Praya"


def test_search_and_rescue_office():
    s = "Pemkab Buton dan Kantor Pencarian dan Pertolongan (Basarnas) Kendari meneken nota kesepakatan."
    assert "Kantor Pencarian dan Pertolongan Kendari" in names(s)
    assert names("Kepala Kantor SAR Mataram, Lalu Hamdani, hadir.") == ["Kantor Pencarian dan Pertolongan Mataram"]


def test_bmkg_station_is_the_party():
    s = "Pemkab Grobogan dan BMKG Stasiun Klimatologi Jawa Tengah meneken nota kesepahaman."
    assert names(s) == ["Pemerintah Kabupaten Grobogan", "Stasiun Klimatologi Jawa Tengah"]
    assert names("Kepala Stasiun Geofisika Sleman, Rina, menjelaskan.") == ["Stasiun Geofisika Sleman"]


def test_perseroda_is_kept_like_persero():
    s = "Direktur Utama PT BPR Bank Klaten (Perseroda), Wahyu Hidayat, ikut menandatangani."
    assert names(s) == ["PT BPR Bank Klaten (Perseroda)"]


def test_unit_acronym_with_a_digit_inside_the_name():
    s = "PT PLN (Persero) Unit Pelaksana Pelayanan Pelanggan (UP3) Madiun meneken PKS dengan Pemkot Madiun."
    assert names(s)[0] == "PT PLN (Persero) Unit Pelaksana Pelayanan Pelanggan Madiun"


def test_other_name_after_atau_is_the_same_party():
    s = ("Pemkab meneken nota kesepahaman dengan PT Hutama Karya Infrastruktur (Persero) atau "
         "Sumatra Toll Development Corporation di Medan.")
    assert names(s) == ["PT Hutama Karya Infrastruktur (Persero)"]


def _article_aliases(text):
    spans = [(0, len(text))]
    al = P.article_aliases(text, spans, None)
    al.update(P.named_bodies(text, spans, None))
    return al


def test_acronym_glossed_inside_a_university_name_is_used_alone_later():
    text = ("Universitas Islam Negeri (UIN) Sunan Ampel Surabaya menandatangani nota kesepahaman dengan "
            "Pemprov Jawa Timur. Naskah diteken Rektor UIN Sunan Ampel, Ahmad Fauzi, di Surabaya.")
    al = _article_aliases(text)
    s = "Rektor UIN Sunan Ampel, Ahmad Fauzi, hadir."
    assert names(s, aliases=al) == ["Universitas Islam Negeri Sunan Ampel Surabaya"]
    assert names("Kampus IAIN Sunan Ampel Surabaya", aliases=al) == ["IAIN Sunan Ampel Surabaya"]


def test_perumda_kept_as_written_unless_the_article_writes_it_out():
    assert names("Direktur Perumda Air Minum Tirta Marta, Agus, hadir.") == ["Perumda Air Minum Tirta Marta"]
    text = ("Perusahaan Umum Daerah (Perumda) Air Minum Tirta Kencana menandatangani perjanjian kerja sama "
            "dengan Kejari Samarinda. Direktur Utama Perumda Air Minum Tirta Kencana, Nor Wahid, hadir.")
    al = _article_aliases(text)
    s = "Direktur Utama Perumda Air Minum Tirta Kencana, Nor Wahid, hadir."
    assert names(s, aliases=al) == ["Perusahaan Umum Daerah Air Minum Tirta Kencana"]
    # the acronym with some of the name's words, in order
    s = "Naskah diteken Direktur Perumda Tirta Kencana, Nor Wahid."
    assert names(s, aliases=al) == ["Perusahaan Umum Daerah Air Minum Tirta Kencana"]
    assert names("Direktur Perumda Pasar Segiri, Rudi, hadir.", aliases=al) == ["Perumda Pasar Segiri"]
