"""Round 18: English forms of Ombudsman offices, English lists of governments, and
national bodies whose full name differs from the short form."""
from mou_extract import parties as P


def _names(text, province=None):
    return [pm.name for pm in P.find_parties(text, 0, len(text), province)]


def test_en_office_of_the_ombudsman():
    t = ("Semarang (ANTARA) - The Central Java office of the Indonesian Ombudsman (ORI) and "
         "the Batang District Government signed a memorandum on Tuesday.")
    assert _names(t) == ["Ombudsman RI Perwakilan Jawa Tengah", "Pemerintah Kabupaten Batang"]


def test_en_office_with_gloss_before_office():
    t = "The West Nusa Tenggara (NTB) office of the Ombudsman RI visited Mataram."
    assert _names(t) == ["Ombudsman RI Perwakilan Nusa Tenggara Barat"]


def test_en_possessive_ombudsman_office():
    t = "said the head of the Ombudsman's South Sulawesi office, Andi Rahman, on Friday."
    assert _names(t)[0] == "Ombudsman RI Perwakilan Sulawesi Selatan"


def test_en_ombudsman_then_province():
    t = "The deal was signed by Ombudsman West Java head Rina Kusuma and the regent."
    assert _names(t) == ["Ombudsman RI Perwakilan Jawa Barat"]


def test_en_list_of_governments_with_plural():
    t = "The MoU was signed with the Sleman district and Yogyakarta city governments in March."
    assert _names(t) == ["Pemerintah Kabupaten Sleman", "Pemerintah Kota Yogyakarta"]


def test_kejaksaan_agung_full_name():
    t = "Ombudsman RI menjalin kerja sama dengan Kejaksaan Agung RI (Kejagung) di Jakarta."
    names = _names(t)
    assert "Kejaksaan Agung Republik Indonesia" in names
    assert "Kejaksaan Agung" not in names


def test_komisi_informasi_pusat():
    t = "Nota kesepakatan diteken Komisi Informasi Pusat dan Komisi Informasi Provinsi Jambi."
    assert _names(t) == ["Komisi Informasi Pusat", "Komisi Informasi Provinsi Jambi"]
