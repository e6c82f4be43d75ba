"""Round 29 (parties helper): a person's name after a company's branch and its town is no
part of the company's name; a branch's grade ("Cabang Utama X") belongs to the branch; a
company read by its short name from the list which the article writes with "PT" before the
same words is named as the article writes it; a weather station is named by its site
(an airport) before its town, with the class the article gives it elsewhere; the armed
service named bare beside its own base is that base; a university's site written after its
glossed acronym belongs to its name; a company written with a place where the article names
its one unit at that place is that unit; a foreign region named with its own level word and
its country is a foreign government."""
from variety_helpers import article, article_aliases, first_signing
from variety_helpers import party_names as names


# --- a person's name after a branch and its town ------------------------------------------------

def test_person_after_a_branch_town_is_not_in_the_company_name():
    s = "Perjanjian diteken Bupati Kupang dan Manajer PT Sinar Laut Cabang Kupang Andreas Fanggi kemarin."
    assert names(s) == ["Pemerintah Kabupaten Kupang", "PT Sinar Laut Cabang Kupang"]
    s = "Kepala Perum Jasa Angkutan Cabang Manado Yohanes Rumengan menandatangani dokumen itu."
    assert names(s) == ["Perum Jasa Angkutan Cabang Manado"]
    # (with no person after it the branch reads as before)
    assert names("PT Sinar Laut Cabang Kupang menandatangani kerja sama.") == ["PT Sinar Laut Cabang Kupang"]


# --- a branch's grade -----------------------------------------------------------------------------

def test_branch_grade_and_town_belong_to_the_branch():
    s = "Pemimpin Bank Kalbar Cabang Utama Pontianak, Rudi Hartono, meneken perjanjian itu."
    assert names(s) == ["PT Bank Pembangunan Daerah Kalimantan Barat Cabang Utama Pontianak"]
    s = "Kepala BPJS Kesehatan Cabang Pembantu Sengkang, Hasnah, hadir."
    assert names(s) == ["BPJS Kesehatan Cabang Pembantu Sengkang"]


# --- the name the article writes with "PT" ---------------------------------------------------------

def test_short_name_from_the_list_written_with_pt_elsewhere_is_that_name():
    text = ("Pemkab Sikka menandatangani perjanjian dengan PT Bank NTT Cabang Maumere tentang pajak daerah. "
            "Pemimpin Bank NTT Cabang Maumere, Yosef Lewar, meneken dokumen itu.")
    s = "Pemimpin Bank NTT Cabang Maumere, Yosef Lewar, meneken dokumen itu."
    assert names(s, aliases=article_aliases(text)) == ["PT Bank NTT Cabang Maumere"]
    # (without the article's own name, the list's full name)
    assert names(s) == ["PT Bank Pembangunan Daerah Nusa Tenggara Timur Cabang Maumere"]
    # (an article that writes the list's full name too keeps it)
    text = ("Pemkab Sikka dan PT Bank Pembangunan Daerah Nusa Tenggara Timur meneken perjanjian. "
            "Perjanjian diteken Direktur Utama PT Bank NTT, Yosef Lewar. Bank NTT juga menyiapkan kanal digital.")
    s = "Bank NTT juga menyiapkan kanal digital."
    assert names(s, aliases=article_aliases(text)) == ["PT Bank Pembangunan Daerah Nusa Tenggara Timur"]


# --- a weather station named by its site ------------------------------------------------------------

def test_station_named_by_its_site_before_its_town():
    s = "Kepala Stasiun Meteorologi Sultan Babullah Ternate, Rahmat Hidayat, menandatangani nota itu."
    assert names(s) == ["Stasiun Meteorologi Sultan Babullah Ternate"]
    s = "Pemkot Ternate dan Stasiun Meteorologi Kelas II Sultan Babullah Ternate meneken nota kesepahaman."
    assert names(s) == ["Pemerintah Kota Ternate", "Stasiun Meteorologi Kelas II Sultan Babullah Ternate"]
    # (a place right after the station's name reads as before)
    assert names("Kepala Stasiun Klimatologi Jawa Timur hadir.") == ["Stasiun Klimatologi Jawa Timur"]


def test_station_written_without_its_class_takes_the_class_the_article_gives():
    text = ("Pemkot Ternate dan Stasiun Meteorologi Kelas II Sultan Babullah Ternate meneken nota kesepahaman. "
            "Nota itu diteken Kepala Stasiun Meteorologi Sultan Babullah Ternate, Rahmat Hidayat.")
    assert names(text) == ["Pemerintah Kota Ternate", "Stasiun Meteorologi Kelas II Sultan Babullah Ternate",
                           "Stasiun Meteorologi Kelas II Sultan Babullah Ternate"]


# --- the armed service beside its base -----------------------------------------------------------------

def test_navy_named_bare_beside_its_base_is_the_base():
    text = article(
        "Lanal Sabang dan Pemkot Sabang Teken Perjanjian Pengamanan Laut",
        "SABANG - Pangkalan TNI Angkatan Laut (Lanal) Sabang dan Pemerintah Kota Sabang menandatangani "
        "perjanjian kerja sama tentang pengamanan wilayah perairan, Rabu (5/3/2025).",
        "Dari pihak TNI AL, perjanjian ditandatangani Komandan Lanal Sabang, Kolonel Laut (P) Hendra "
        "Saputra, sedangkan dari pihak pemkot oleh Wali Kota Sabang, Zulkifli Adam.",
    )
    parties = [p.name for p in first_signing(text).parties]
    assert "Tentara Nasional Indonesia Angkatan Laut" not in parties
    assert "Pangkalan TNI Angkatan Laut Sabang" in parties


# --- a university's site after its glossed acronym ----------------------------------------------------------

def test_site_after_a_university_acronym_belongs_to_its_name():
    s = "Pemkab Jombang dan Universitas Darul Ulum (Undar) Tambakberas menandatangani nota kesepahaman."
    assert names(s) == ["Pemerintah Kabupaten Jombang", "Universitas Darul Ulum Tambakberas"]
    # (the short form then stands for the whole name)
    al = article_aliases(s)
    assert names("Rektor Undar, Ahmad Fauzi, hadir.", aliases=al) == ["Universitas Darul Ulum Tambakberas"]
    # (a town after the acronym, a city or a smaller one, is where the university stands; a
    # weekday no site)
    assert names("Universitas Gadjah Mada (UGM) Yogyakarta menandatangani nota itu.") == ["Universitas Gadjah Mada"]
    s = "Universitas Jenderal Soedirman (Unsoed) Purwokerto menandatangani nota itu."
    assert names(s)[0] == "Universitas Jenderal Soedirman"
    assert names("Universitas Darul Ulum (Undar) Senin menandatangani nota itu.") == ["Universitas Darul Ulum"]


# --- a company with a place beside its one unit there --------------------------------------------------------

def test_company_with_a_place_is_its_unit_at_that_place():
    text = ("Pemprov Sumbar dan Perum Bulog Kantor Wilayah Sumbar menandatangani nota kesepakatan. "
            "Nota diteken Pemimpin Wilayah Perum Bulog Sumatera Barat Andi Saputra.")
    s = "Nota diteken Pemimpin Wilayah Perum Bulog Sumatera Barat Andi Saputra."
    assert names(s, aliases=article_aliases(text)) == ["Perum Bulog Kantor Wilayah Sumbar"]
    assert names(s) == ["Perum Bulog Sumatera Barat"]


# --- a foreign region with its own level word -----------------------------------------------------------------

def test_foreign_region_with_its_own_level_word_and_country():
    s = "Pemerintah Kabupaten Malaka dan Pemerintah Munisipio Covalima, Republik Demokratik Timor-Leste, meneken MoU."
    assert names(s) == ["Pemerintah Kabupaten Malaka", "Pemerintah Munisipio Covalima"]
    s = "Pemkot Surabaya dan Pemerintah Prefektur Shizuoka, Jepang, menandatangani nota kesepahaman."
    assert names(s) == ["Pemerintah Kota Surabaya", "Pemerintah Prefektur Shizuoka"]
    # (no country after the name: no foreign government)
    assert "Pemerintah Munisipio Covalima" not in names("Pemerintah Munisipio Covalima menyambut baik kerja sama itu.")
