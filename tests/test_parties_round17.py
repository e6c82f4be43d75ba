"""Round 17: institution names (parties.py).

A company written short after the article gave its legal name, a university whose
acronym shortens only its proper name, a name going on past "dan" when its bracketed
acronym spells it, a school's name followed by its head's name, directorates general
and units named with their parent body, regional tax offices of several provinces, and
the food and drug offices named "... di <place>". Sentences written for these tests.
"""
from mou_extract import parties as P


def names(text, province=None, aliases=None):
    return [pm.name for pm in P.find_parties(text, 0, len(text), province, aliases)]


def aliases(text, province=None):
    al = P.article_aliases(text, [(0, len(text))], province)
    al.update(P.named_bodies(text, [(0, len(text))], province))
    return al


def test_short_company_mention_takes_the_legal_name_given_earlier():
    intro = "Pemkab Jember menggandeng PT Telkom Indonesia (Persero) Tbk dalam program desa digital."
    al = aliases(intro, "Jawa Timur")
    assert names("General Manager Telkom Witel Jember Budi Santoso", "Jawa Timur", al) == [
        "PT Telkom Indonesia (Persero) Tbk"]
    # a unit keeps its name as read, with the legal form the article gives the company (round
    # 34: "PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang X", as the records write units)
    assert names("EVP Telkom Regional V, Andi Wijaya", "Jawa Timur", al) == [
        "PT Telkom Indonesia (Persero) Tbk Regional V"]
    # without the legal name in the article the short form stays
    assert names("General Manager Telkom Witel Jember Budi Santoso", "Jawa Timur") == ["PT Telkom Indonesia"]


def test_acronym_of_the_proper_name_keeps_the_town_and_gives_a_short_form():
    text = ("Rektor UIN Kiai Ageng Muhammad Besari (KAMB) Ponorogo menandatangani nota kesepahaman. "
            "Menurut Rektor UIN KAMB, kerja sama ini penting.")
    al = aliases(text, "Jawa Timur")
    got = names(text, "Jawa Timur", al)
    assert got == ["UIN Kiai Ageng Muhammad Besari Ponorogo"] * 2
    # an acronym of the whole name leaves the town out
    assert names("Universitas Samudra (UNSAM) Langsa dan Pemko Langsa")[0] == "Universitas Samudra"


def test_name_goes_on_past_dan_when_its_acronym_spells_it():
    got = names("Direktur Politeknik Pertanian dan Peternakan (Politeknik PP) Kupang Dr. Yosef Neno, M.Si. hadir")
    assert got == ["Politeknik Pertanian dan Peternakan Kupang"]
    got = names("Universitas Sains dan Teknologi Jayapura (USTJ) menjalin kerja sama")
    assert got == ["Universitas Sains dan Teknologi Jayapura"]
    # a list of two bodies spells no such acronym
    got = names("Universitas Cenderawasih dan Pemkab Jayapura (Pemkab) meneken MoU")
    assert got[0] == "Universitas Cenderawasih"


def test_numbered_school_ends_at_its_town_before_the_heads_name():
    got = names("Kepala SMA Muhammadiyah 3 Garut Budi Santoso Wijaya, S.Pd., hadir")
    assert got == ["SMA Muhammadiyah 3 Garut"]
    got = names("Kepala SMK Negeri 2 Kota Bandung Rina Lestari, M.Pd. dan ketua komite")
    assert got == ["SMK Negeri 2 Kota Bandung"]


def test_directorate_general_and_unit_with_their_parent_body():
    got = names("antara Direktorat Jenderal Kependudukan dan Pencatatan Sipil (Ditjen Dukcapil) Kemendagri "
                "dan PT Bank Jateng")
    assert got[0] == "Direktorat Jenderal Kependudukan dan Pencatatan Sipil Kementerian Dalam Negeri"
    got = names("Pemkot Palu bekerja sama dengan Balai Besar Sertifikasi Elektronik (BSrE) BSSN.")
    assert got[1] == "Balai Besar Sertifikasi Elektronik Badan Siber dan Sandi Negara"
    assert names("Kepala BSrE Hadi Prasetyo") == ["Balai Besar Sertifikasi Elektronik Badan Siber dan Sandi Negara"]


def test_regional_tax_office_of_several_provinces_or_numbered():
    got = names("Kantor Wilayah DJP Kalimantan Selatan dan Tengah bersama Pemprov Kalsel meneken PKS")
    assert got[0] == "Kantor Wilayah Direktorat Jenderal Pajak Kalimantan Selatan dan Tengah"
    assert names("Kepala Kanwil DJP Jawa Timur II Sigit Danang")[0] == "Kantor Wilayah Direktorat Jenderal Pajak Jawa Timur II"


def test_food_and_drug_offices_are_named_with_di():
    assert names("Kepala BBPOM Pontianak Sri Ayu menandatangani") == ["Balai Besar Pengawas Obat dan Makanan di Pontianak"]
    assert names("Loka Pengawas Obat dan Makanan (POM) di Kabupaten Mimika dan Pemkab") == [
        "Loka Pengawas Obat dan Makanan di Kabupaten Mimika"]


def test_state_mint_by_its_full_name():
    assert names("Direktur Utama Peruri Dwi Handoko") == ["Perum Percetakan Uang Republik Indonesia"]
