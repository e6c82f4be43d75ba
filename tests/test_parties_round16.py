"""Round 16 party forms: village-level bodies, schools, broadcasters, companies with their
legal forms, and a party's name running on into a title or a person's name."""
from mou_extract.parties import find_parties


def names(text, aliases=None):
    return [p.name for p in find_parties(text, 0, len(text), None, aliases)]


def test_village_governments_of_aceh_and_papua():
    t = "Kejari Aceh Besar meneken PKS dengan Pemerintah Gampong Lam Ara, Gampong Meunasah Baro dan Gampong Lhok Seudu."
    assert names(t)[1:] == ["Pemerintah Gampong Lam Ara", "Pemerintah Gampong Meunasah Baro",
                            "Pemerintah Gampong Lhok Seudu"]
    t = "Perjanjian itu diteken bersama Pemerintah Kampung Hitigima, Distrik Asolokobal, pekan lalu."
    assert names(t) == ["Pemerintah Kampung Hitigima"]


def test_village_cooperative_and_its_chair():
    t = "Dokumen diteken Ketua KDMP Wonoasri Muh. Saiful Bahri dan Ketua Koperasi Kelurahan Merah Putih (KKMP) Gebang."
    assert names(t) == ["Koperasi Desa Merah Putih Wonoasri", "Koperasi Kelurahan Merah Putih Gebang"]


def test_village_heads_association_branch():
    t = ("antara Kejari Maros dan Dewan Pimpinan Cabang Asosiasi Pemerintah Desa Seluruh Indonesia "
         "(DPC Apdesi) Kabupaten Maros di aula")
    assert names(t)[1] == "Dewan Pimpinan Cabang Asosiasi Pemerintah Desa Seluruh Indonesia Kabupaten Maros"


def test_pesantren_and_private_schools():
    t = "Pondok Pesantren Darul Hikmah di Desa Cibeureum menggandeng SMK Bina Karya Mandiri dan SMA Kristen Petra Ambon."
    assert names(t) == ["Pondok Pesantren Darul Hikmah", "SMK Bina Karya Mandiri", "SMA Kristen Petra Ambon"]


def test_public_broadcaster_station():
    t = "Lembaga Penyiaran Publik Radio Republik Indonesia (LPP RRI) Jambi dan Kepala LPP TVRI Maluku hadir."
    assert names(t) == ["Lembaga Penyiaran Publik Radio Republik Indonesia Jambi",
                        "Lembaga Penyiaran Publik Televisi Republik Indonesia Maluku"]


def test_state_company_keeps_its_legal_form():
    t = "Pemkab Cilacap dan PT Telkom Indonesia (Persero) Tbk meneken nota kesepakatan bersama PT PLN (Persero)."
    assert names(t)[1:] == ["PT Telkom Indonesia (Persero) Tbk", "PT PLN (Persero)"]


def test_foreign_company_forms_with_dots_and_titles_before():
    t = ("Chief Executive Officer Nordic Blue Aqua Pte Ltd Lars Henriksen dan CEO Shandong Lianhe Battery "
         "Co., Ltd. Wang Lei, serta Korea's Hanbit Marine Co. Ltd. menandatangani")
    assert names(t) == ["Nordic Blue Aqua Pte Ltd", "Shandong Lianhe Battery Co., Ltd.", "Hanbit Marine Co. Ltd."]


def test_listed_company_name_ends_at_tbk():
    t = "Presiden Direktur PT Borneo Karya Tambang Tbk (BKTA) Hendra Wijaya dan Bupati Kutai Barat"
    assert names(t)[0] == "PT Borneo Karya Tambang Tbk"


def test_cooperative_named_bersama():
    t = "Bupati Sanggau dan Koperasi Petani Karet Maju Bersama, yang beranggotakan 900 petani, meneken PKS."
    assert names(t)[1] == "Koperasi Petani Karet Maju Bersama"


def test_bank_branch_then_person_and_unit_of_two_provinces():
    t = "Area Head PT Bank Mandiri (Persero) Tbk Area Kendari Yusuf Halim Tanjung di aula"
    assert names(t) == ["PT Bank Mandiri (Persero) Tbk Area Kendari"]
    t = "dengan BPJS Kesehatan Kantor Wilayah Jawa Tengah dan DIY. Kedua pihak"
    assert names(t) == ["BPJS Kesehatan Kantor Wilayah Jawa Tengah dan DIY"]


def test_company_name_then_signer_name_cut_at_article_form():
    pt = find_parties("dengan PT Tomini Agro Lestari.", 0, 29)[0]
    t = "Direktur Utama PT Tomini Agro Lestari Benny Santoso Wijaya dan Gubernur Gorontalo"
    assert names(t, {"pt tomini agro lestari": pt})[0] == "PT Tomini Agro Lestari"


def test_provincial_narcotics_office_glossed():
    t = "antara Badan Narkotika Nasional Provinsi (BNNP) Sulawesi Barat dan Kepala BNNP Bali"
    assert names(t) == ["Badan Narkotika Nasional Provinsi Sulawesi Barat", "Badan Narkotika Nasional Provinsi Bali"]


def test_pelni_short_form():
    t = "Direktur Utama PT Pelni meneken PKS dengan Bupati Kepulauan Anambas."
    assert names(t)[0] == "PT Pelayaran Nasional Indonesia"
