"""Round 16b: institution names (parties.py).

A company named after its regency and written without "PT", English provincial
governments with a glossed acronym, governments named only as a company's owner, a
city in a street address, a state company's acronym written alone, short forms of two
words in brackets inside a name, programme names that are no body's name, and village
cooperatives followed by their chair's name. Sentences written for these tests.
"""
from mou_extract import parties as P


def names(text, province=None, aliases=None):
    return [pm.name for pm in P.find_parties(text, 0, len(text), province, aliases)]


def bodies(text, province=None):
    return P.named_bodies(text, [(0, len(text))], province)


def test_company_named_after_its_regency_is_not_the_regency():
    intro = "PT Kendal Mitra Energi (Perseroda) dan PT Gas Bumi Sentosa meneken perjanjian di Kendal."
    al = bodies(intro, "Jawa Tengah")
    for role in ("Direktur Utama Kendal Mitra Energi", "Direktur Utama Kabupaten Kendal Mitra Energi"):
        got = names(role, "Jawa Tengah", al)
        assert got == ["PT Kendal Mitra Energi (Perseroda)"], (role, got)
    # the regency itself is still read
    assert names("Bupati Kendal dan Pemkab Kendal", "Jawa Tengah", al) == ["Pemerintah Kabupaten Kendal"] * 2


def test_english_provincial_government_with_a_glossed_acronym():
    got = names("The Central Java (Jateng) provincial administration and UNICEF signed a memorandum.")
    assert got[0] == "Pemerintah Provinsi Jawa Tengah"


def test_a_government_named_as_owner_is_no_party():
    got = names("PT Sarana Pembangunan Riau (Perseroda), BUMD milik Pemprov Riau, meneken PKS dengan PT X.")
    assert "Pemerintah Provinsi Riau" not in got
    got = names("PT Sumber Daya Jateng, a company owned by the Central Java provincial government, signed it.")
    assert "Pemerintah Provinsi Jawa Tengah" not in got
    # a hospital of the government is its unit: the owner signs through it
    assert "Pemerintah Kabupaten Jepara" in names("RSUD Kartini adalah rumah sakit rujukan milik Pemkab Jepara.")
    # named as a signer it still is one
    assert names("Pemprov Riau dan PT X meneken PKS.")[0] == "Pemerintah Provinsi Riau"


def test_city_in_a_street_address_is_no_party():
    got = names("Penandatanganan berlangsung di Hotel Santika, Jalan Pajajaran No. 12, Kota Bogor, Senin.")
    assert "Pemerintah Kota Bogor" not in got
    assert names("Pemkab Bogor, Kota Bogor dan BPJS meneken PKS.")[:2] == [
        "Pemerintah Kabupaten Bogor", "Pemerintah Kota Bogor"]


def test_state_company_acronym_written_alone():
    intro = ("PT DLRS Bahari Nusantara (Persero) memperluas layanan. PT DLRS Bahari Nusantara (Persero) "
             "Cabang Bitung dan PT Sulut Dermaga Jaya (Perseroda) menandatangani PKS.")
    al = bodies(intro, "Sulawesi Utara")
    assert names("Direktur Utama DLRS", "Sulawesi Utara", al) == ["PT DLRS Bahari Nusantara (Persero)"]
    assert names("General Manager DLRS Cabang Bitung", "Sulawesi Utara", al) == [
        "PT DLRS Bahari Nusantara (Persero) Cabang Bitung"]


def test_short_form_of_two_words_then_the_town():
    s = "Pemkab Lebak menggandeng Universitas Islam Negeri Sultan Maulana Hasanuddin (UIN SMH) Serang. Keduanya"
    got = names(s)
    assert got[-1] == "Universitas Islam Negeri Sultan Maulana Hasanuddin Serang"
    s = "Politeknik Kesehatan Kementerian Kesehatan (Poltekkes Kemenkes) Malang menandatangani nota kesepahaman."
    assert names(s) == ["Politeknik Kesehatan Kementerian Kesehatan Malang"]


def test_short_form_of_two_words_is_an_alias_of_the_full_name():
    text = "Pemkab Lebak dan Universitas Islam Negeri Sultan Maulana Hasanuddin (UIN SMH) Serang meneken MoU."
    al = P.article_aliases(text, [(0, len(text))], "Banten")
    got = names("Rektor UIN SMH Serang", "Banten", al)
    assert got == ["Universitas Islam Negeri Sultan Maulana Hasanuddin Serang"]


def test_programme_and_generic_names_are_no_bodies():
    s = ("Pemkab Sigi meneken nota kesepakatan dengan bank anggota Himpunan Bank Milik Negara (Himbara) "
         "untuk pembiayaan Koperasi Desa Merah Putih di 120 desa.")
    assert names(s) == ["Pemerintah Kabupaten Sigi"]


def test_village_cooperative_then_its_chair():
    s = "yakni Ketua KDMP Sukamaju Siti Rahmawati Lestari, dan Ketua KDMP Banyuurip Ahmad Fauzi, S.E."
    assert names(s) == ["Koperasi Desa Merah Putih Sukamaju", "Koperasi Desa Merah Putih Banyuurip"]


def test_legal_form_in_brackets_is_no_alias():
    text = "PT Kendal Mitra Energi (Perseroda) meneken perjanjian dengan PT Gas Bumi Sentosa."
    assert "perseroda" not in P.article_aliases(text, [(0, len(text))], "Jawa Tengah")
