"""Round 31 (parties helper): a main naval base and an air base are named by what follows
their form (number and town, a person's or a place's name), and "matra TNI" speaks of the
services in general; the family-welfare board and the scout movement's boards spelled out;
a pesantren's name ends before its leader's title and takes the town the article writes it
with elsewhere; a ministry's Kantor Wilayah keeps "Provinsi" as written; the national-road
offices (BPJN) and the fisheries polytechnics (Politeknik KP) are bodies of their own; a
technical unit given to a provincial agency after a comma is the province's, not the city's;
a body whose regional meeting a signing is held beside is no party; a role keeps a unit's
short form only when the article writes it, and a unit's glossed short form is spelled out."""
from variety_helpers import article, article_aliases, first_signing
from variety_helpers import party_names as names


# --- military bases ---------------------------------------------------------------------------

def test_main_naval_base_and_air_base_are_named_by_number_town_or_name():
    s = ("Nota kesepahaman itu diteken Pemkot Sorong, Pangkalan Utama TNI Angkatan Laut XIV Sorong dan "
         "Pangkalan TNI Angkatan Udara Dominicus Dumatubun.")
    assert names(s) == ["Pemerintah Kota Sorong", "Pangkalan Utama TNI Angkatan Laut XIV Sorong",
                        "Pangkalan TNI Angkatan Udara Dominicus Dumatubun"]
    # (written short, a rank after the name begins the commander's own name)
    s = "Dokumen diteken Komandan Lanud Sultan Hasanuddin Marsma TNI Budi Santoso."
    assert names(s) == ["Pangkalan TNI Angkatan Udara Sultan Hasanuddin"]
    s = "Komandan Lantamal VI Makassar Laksamana Pertama TNI Andi Rahman hadir."
    assert names(s) == ["Pangkalan Utama TNI Angkatan Laut VI Makassar"]
    # (the bare word names no base)
    assert names("Sejumlah personel Lanud setempat ikut membersihkan pantai.") == []


def test_matra_tni_is_the_services_in_general():
    s = "Pemerintah Kabupaten Natuna menjalin kerja sama dengan tiga matra TNI di wilayahnya."
    assert names(s) == ["Pemerintah Kabupaten Natuna"]
    # (the armed forces named as a side stay one)
    s = "Pemerintah Kabupaten Natuna dan TNI menandatangani nota kesepahaman."
    assert names(s) == ["Pemerintah Kabupaten Natuna", "Tentara Nasional Indonesia"]


# --- social bodies spelled out ----------------------------------------------------------------

def test_family_welfare_board_spelled_out_keeps_its_name():
    s = ("Tim Penggerak Pemberdayaan Kesejahteraan Keluarga (TP PKK) Kabupaten Cilacap dan Universitas "
         "Nahdlatul Ulama Al Ghazali meneken nota kesepahaman.")
    assert names(s)[0] == "Tim Penggerak Pemberdayaan Kesejahteraan Keluarga Kabupaten Cilacap"
    # (written short it stays short)
    assert names("Ketua TP PKK Kabupaten Cilacap, Ny. Rina, hadir.") == ["Tim Penggerak PKK Kabupaten Cilacap"]


def test_scout_boards_are_named_in_full():
    s = "Pemkab Sleman dan Kwartir Cabang Gerakan Pramuka Kabupaten Sleman meneken nota kesepahaman."
    assert names(s) == ["Pemerintah Kabupaten Sleman", "Kwartir Cabang Gerakan Pramuka Kabupaten Sleman"]
    s = "Naskah diteken Ketua Kwarcab Pramuka Sleman, Drs. Agus Widodo."
    assert names(s) == ["Kwartir Cabang Gerakan Pramuka Kabupaten Sleman"]
    s = "Kwarda Pramuka Jawa Tengah menyiapkan 500 anggota."
    assert names(s) == ["Kwartir Daerah Gerakan Pramuka Jawa Tengah"]


def test_craft_council_spelled_out():
    s = "Perjanjian itu diteken Ketua Dewan Kerajinan Nasional Daerah Kabupaten Jepara, Ny. Siti Aminah."
    assert names(s) == ["Dewan Kerajinan Nasional Daerah Kabupaten Jepara"]


# --- pesantren ----------------------------------------------------------------------------------

def test_pesantren_name_ends_before_its_leaders_title():
    s = "Dokumen diteken Pimpinan Pondok Pesantren Darul Falah AGH. Abdul Rahman Said."
    assert names(s) == ["Pondok Pesantren Darul Falah"]
    s = "Pimpinan Pondok Pesantren Nurul Huda Anregurutta Muhammad Amin hadir."
    assert names(s) == ["Pondok Pesantren Nurul Huda"]


def test_pesantren_takes_the_town_the_article_writes_it_with():
    text = ("Pemkab Wajo menggandeng Pondok Pesantren Darul Falah Sengkang untuk pelatihan santri. "
            "Dokumen diteken Pimpinan Pondok Pesantren Darul Falah AGH. Abdul Rahman Said.")
    s = "Dokumen diteken Pimpinan Pondok Pesantren Darul Falah AGH. Abdul Rahman Said."
    assert names(s, aliases=article_aliases(text)) == ["Pondok Pesantren Darul Falah Sengkang"]


# --- a ministry's provincial office -----------------------------------------------------------

def test_kantor_wilayah_keeps_provinsi_as_written():
    s = "Kantor Wilayah Kementerian Hukum Provinsi Sulawesi Tengah dan Pemkab Poso menandatangani nota kesepakatan."
    assert names(s) == ["Kantor Wilayah Kementerian Hukum Provinsi Sulawesi Tengah", "Pemerintah Kabupaten Poso"]
    # (written without the level word, without it)
    assert names("Kanwil Kemenkum Sulawesi Tengah hadir.") == ["Kantor Wilayah Kementerian Hukum Sulawesi Tengah"]


# --- national-road offices and fisheries polytechnics ------------------------------------------

def test_national_road_office_is_a_body_of_its_own():
    s = "Pemprov Kalbar dan Balai Pelaksanaan Jalan Nasional (BPJN) Kalimantan Barat meneken nota kesepakatan."
    assert names(s) == ["Pemerintah Provinsi Kalimantan Barat", "Balai Pelaksanaan Jalan Nasional Kalimantan Barat"]
    assert names("Kepala BPJN Kalimantan Barat, Ir. Budi, hadir.") == [
        "Balai Pelaksanaan Jalan Nasional Kalimantan Barat"]


def test_fisheries_polytechnic_is_named_in_full():
    assert names("Direktur Politeknik KP Sorong, Dr. Maria, hadir.") == ["Politeknik Kelautan dan Perikanan Sorong"]
    s = "Pemkot Dumai dan Politeknik Kelautan dan Perikanan Dumai menandatangani nota kesepahaman."
    assert names(s) == ["Pemerintah Kota Dumai", "Politeknik Kelautan dan Perikanan Dumai"]


# --- a technical unit of a provincial agency -----------------------------------------------------

def test_technical_unit_given_to_a_provincial_agency_is_the_provinces():
    s = ("Ombudsman Sumbar meneken perjanjian dengan UPTD Samsat Kota Padang, Badan Pendapatan Daerah "
         "Provinsi Sumatera Barat, Senin.")
    assert "Pemerintah Kota Padang" not in names(s)
    assert "Pemerintah Provinsi Sumatera Barat" in names(s)
    # (named alone later, the unit is still the province's)
    s2 = "Dokumen diteken Kepala UPTD Samsat Kota Padang, Rina Wati."
    assert names(s2, aliases=article_aliases(s + " " + s2)) == ["Pemerintah Provinsi Sumatera Barat"]
    # (with no agency after it, the unit is read as before: the city's)
    assert names("UPTD Samsat Kota Padang menandatangani perjanjian itu.") == ["Pemerintah Kota Padang"]


# --- the host of a regional meeting --------------------------------------------------------------

def test_body_holding_the_regional_meeting_is_no_party():
    text = article(
        "Pemkab Gowa dan BPJS Ketenagakerjaan Teken PKS Pekerja Rentan",
        "GOWA - Pemerintah Kabupaten Gowa dan BPJS Ketenagakerjaan Cabang Gowa menandatangani perjanjian "
        "kerja sama perlindungan pekerja rentan di Hotel Remcy Makassar, Rabu (15/1/2025), di sela rapat "
        "kerja daerah BPJS Ketenagakerjaan wilayah Sulawesi Maluku.",
        "Perjanjian diteken Bupati Gowa Adnan Purichta dan Kepala BPJS Ketenagakerjaan Cabang Gowa Rudi Hartono.",
    )
    parties = [p.name for p in first_signing(text).parties]
    assert parties == ["Pemerintah Kabupaten Gowa", "BPJS Ketenagakerjaan Cabang Gowa"]


# --- role spelling -------------------------------------------------------------------------------

def _role_of(sg, name):
    return next(p.role for p in sg.signatories if p.name == name)


def test_role_spells_out_a_unit_whose_short_form_the_article_never_writes():
    text = article(
        "Pemkab Barru Teken Nota Kesepahaman Ketahanan Pangan",
        "BARRU - Pemerintah Kabupaten Barru dan Komando Distrik Militer 1405/Mallusetasi menandatangani "
        "nota kesepahaman tentang ketahanan pangan, Senin (3/3/2025).",
        "Nota kesepahaman diteken Bupati Barru Andi Ina Kartika dan Dandim 1405/Mallusetasi Letkol Inf "
        "Rahmat Hidayat.",
    )
    assert _role_of(first_signing(text), "Rahmat Hidayat") == "Komandan Komando Distrik Militer 1405/Mallusetasi"
    # (round 34: an article that glosses the unit with its short form spells it out too, as
    # most records do: "Komandan Komando Distrik Militer 0723/Klaten" after "Komando Distrik
    # Militer (Kodim) 0723/Klaten" and "Dandim 0723/Klaten")
    text = article(
        "Pemkab Barru dan Kodim Teken Nota Kesepahaman Ketahanan Pangan",
        "BARRU - Pemerintah Kabupaten Barru dan Komando Distrik Militer (Kodim) 1405/Mallusetasi "
        "menandatangani nota kesepahaman tentang ketahanan pangan, Senin (3/3/2025).",
        "Nota kesepahaman diteken Bupati Barru Andi Ina Kartika dan Dandim 1405/Mallusetasi Letkol Inf "
        "Rahmat Hidayat.",
    )
    assert _role_of(first_signing(text), "Rahmat Hidayat") == "Komandan Komando Distrik Militer 1405/Mallusetasi"


def test_role_spells_out_a_unit_glossed_as_a_whole():
    text = article(
        "Pemkab Kutai Barat dan PLN Teken Nota Kesepakatan Jaringan Transmisi",
        "SENDAWAR - Pemerintah Kabupaten Kutai Barat dan PT PLN (Persero) Unit Induk Pembangunan "
        "Kalimantan Bagian Tengah (UIP KLT) menandatangani nota kesepakatan pembebasan lahan jalur "
        "transmisi, Selasa (5/8/2025).",
        "Nota kesepakatan diteken Bupati Kutai Barat Frederick Edwin dan General Manager PLN UIP KLT "
        "Budi Santoso.",
    )
    assert _role_of(first_signing(text), "Budi Santoso") == (
        "General Manager PT PLN (Persero) Unit Induk Pembangunan Kalimantan Bagian Tengah")
