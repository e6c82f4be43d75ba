"""Round 32 (parties helper): a polite address word ("Bapak", "Ibu", "Bpk.") opens the
person's name and ends a body's name before it; the river-basin offices of the public
works ministry (BBWS, BWS) are bodies named by their rivers; a short head title before a
region ("Kapolres Wajo", "Kajari Sleman", "Kapolda Sulsel") stands for its office, as
"Bupati X" stands for the regency's government."""
from variety_helpers import article, first_signing, people
from variety_helpers import party_names as names


# --- an address word opens the person's name ----------------------------------------------------

def test_address_word_ends_a_university_name():
    s = "Rektor Universitas Halu Oleo Bapak Prof. Dr. Muhammad Zamrun, M.Si. menandatangani naskah itu."
    assert names(s) == ["Universitas Halu Oleo"]
    assert people(s)[0][:3] == ("Muhammad Zamrun", "Rektor", "Universitas Halu Oleo")
    # (after the university's short form in brackets, too)
    s = "Rektor Universitas Negeri Gorontalo (UNG) Ibu Prof. Dr. Eduart Wolok menandatangani naskah itu."
    assert people(s)[0][:3] == ("Eduart Wolok", "Rektor", "Universitas Negeri Gorontalo")


def test_address_word_ends_a_company_or_foundation_name():
    s = "Direktur PT Sumber Alam Lestari Bapak Hendra Wijaya menandatangani perjanjian itu."
    assert names(s) == ["PT Sumber Alam Lestari"]
    s = "Ketua Yayasan Pendidikan Harapan Bangsa Ibu Hj. Rosmiati hadir dalam acara itu."
    assert names(s) == ["Yayasan Pendidikan Harapan Bangsa"]
    s = "Direktur Bank Sulutgo Bpk. Revino Pepah menandatangani perjanjian itu."
    assert people(s)[0][:3] == ("Revino Pepah", "Direktur", "Bank Sulutgo")


def test_abbreviated_address_is_not_the_audit_board():
    s = "Dekan Fakultas Hukum Bpk. Andi Pangerang menandatangani perjanjian itu."
    assert "Badan Pemeriksa Keuangan" not in names(s)
    # (the audit board written in capitals stays the audit board)
    s = "Turut hadir Kepala Perwakilan BPK RI Provinsi Banten Dr. Rudi Hartono, Ak."
    assert people(s)[0][:3] == ("Rudi Hartono", "Kepala Perwakilan", "BPK RI Provinsi Banten")


def test_ibu_inside_a_hospital_name_stays():
    s = "Direktur RS Kasih Ibu Surakarta dr. Bambang Wibowo menandatangani perjanjian itu."
    assert names(s) == ["Rumah Sakit Kasih Ibu Surakarta"]


# --- river-basin offices ----------------------------------------------------------------------------

def test_river_basin_offices_are_named_by_their_rivers():
    s = ("Balai Besar Wilayah Sungai (BBWS) Serayu Opak, Pemkab Sleman dan Universitas Gadjah Mada "
         "meneken nota kesepahaman pengelolaan sungai.")
    assert names(s) == ["Balai Besar Wilayah Sungai Serayu Opak", "Pemerintah Kabupaten Sleman",
                        "Universitas Gadjah Mada"]
    assert names("Pemkot Samarinda dan BWS Kalimantan IV menandatangani perjanjian kerja sama.") == [
        "Pemerintah Kota Samarinda", "Balai Wilayah Sungai Kalimantan IV"]
    # (the bare words name no office)
    assert names("Pemkab Klaten menata kembali wilayah sungai bersama warga.") == ["Pemerintah Kabupaten Klaten"]


def test_head_of_a_river_basin_office_named_without_a_person():
    s = "Bupati bertemu Kepala Balai Besar Wilayah Sungai Bengawan Solo terkait normalisasi sungai."
    assert all(p[0] != "Bengawan Solo" for p in people(s))
    # (the person after a comma, or before the name's end, is still read)
    s = "Kepala Balai Besar Wilayah Sungai Brantas, Dwi Sugiarto, menandatangani naskah itu."
    assert people(s)[0][:3] == ("Dwi Sugiarto", "Kepala", "Balai Besar Wilayah Sungai Brantas")


def test_river_basin_office_signs_in_an_article():
    text = article(
        "BBWS dan Pemkab Sidrap Teken Kerja Sama Irigasi",
        "SIDRAP - Balai Besar Wilayah Sungai (BBWS) Pompengan Jeneberang dan Pemerintah Kabupaten "
        "Sidenreng Rappang menandatangani perjanjian kerja sama pemeliharaan jaringan irigasi di "
        "Kantor Bupati Sidrap, Kamis (12/3/2026).",
    )
    assert "Balai Besar Wilayah Sungai Pompengan Jeneberang" in [p.name for p in first_signing(text).parties]


# --- a short head title stands for its office ------------------------------------------------------

def test_short_head_title_before_a_region_names_the_office():
    assert names("Bupati Soppeng dan Kapolres Soppeng menandatangani nota kesepakatan.") == [
        "Pemerintah Kabupaten Soppeng", "Kepolisian Resor Soppeng"]
    assert names("Wali Kota Kendari dan Kajari Kendari meneken perjanjian kerja sama.") == [
        "Pemerintah Kota Kendari", "Kejaksaan Negeri Kendari"]
    assert names("Gubernur Sumatera Barat dan Kapolda Sumbar menandatangani nota kesepahaman.") == [
        "Pemerintah Provinsi Sumatera Barat", "Kepolisian Daerah Sumatera Barat"]


def test_short_head_title_without_a_region_names_no_office():
    # (a bare title, a rank and name, or the head's first name)
    assert names("Kapolres menandatangani nota kesepakatan itu.") == []
    assert names("Kapolres AKBP Rudi Hartono menandatangani nota kesepakatan itu.") == []
    assert names("Kapolda Bambang menambahkan, kerja sama itu berlaku lima tahun.") == []
    # (and a head title with no office of a region is no party: "Kabag Hukum")
    assert names("Kabag Hukum Setda Soppeng membacakan naskah.") == []


def test_police_chief_signs_for_the_police_in_an_article():
    text = article(
        "Pemkab Soppeng dan Polres Teken Kesepakatan Pengamanan Aset",
        "WATANSOPPENG (ANTARA) - Bupati Soppeng dan Kapolres Soppeng menandatangani nota kesepakatan "
        "tentang pengamanan barang milik daerah di Ruang Pola Kantor Bupati Soppeng, Senin (9/3/2026).",
        "Kapolres Soppeng AKBP Aditya Pradana, S.I.K. mengatakan personelnya siap mendampingi penertiban.",
    )
    assert [p.name for p in first_signing(text).parties] == ["Pemerintah Kabupaten Soppeng",
                                                             "Kepolisian Resor Soppeng"]


# --- a police resort serving the city: "Polres X Kota" ----------------------------------------------

def test_police_resort_of_the_city_keeps_kota():
    s = "Pemkot Blitar dan Polres Blitar Kota menandatangani perjanjian kerja sama."
    assert names(s) == ["Pemerintah Kota Blitar", "Kepolisian Resor Blitar Kota"]
    s = "Wali Kota Probolinggo dan Kapolres Probolinggo Kota AKBP Wadi Sa'bani meneken PKS."
    assert names(s)[1] == "Kepolisian Resor Probolinggo Kota"
    s = "Kapolresta Malang Kota Kombes Pol Budi Hermanto hadir."
    assert names(s) == ["Kepolisian Resor Kota Malang Kota"]


def test_police_resort_of_the_regency_or_before_a_city_name_stays():
    assert names("Pemkab Blitar dan Polres Blitar meneken PKS.") == [
        "Pemerintah Kabupaten Blitar", "Kepolisian Resor Blitar"]
    # ("Kota" opening the next place's name, or after a place with no city of that name)
    assert names("Polres Blitar Kota Blitar hadir.")[0] == "Kepolisian Resor Blitar"
    assert names("Polres Wajo Kota Sengkang hadir.") == ["Kepolisian Resor Wajo"]


# --- bodies of another event or another agreement ---------------------------------------------------

def test_hosts_of_a_coordination_meeting_are_no_parties():
    text = article(
        "Pemkab Batu Bara dan Bank Sumut Teken Kerja Sama Transaksi Nontunai",
        "LIMA PULUH - Pemerintah Kabupaten Batu Bara dan PT Bank Pembangunan Daerah Sumatera Utara "
        "menandatangani perjanjian kerja sama tentang transaksi nontunai, Rabu (8/4/2026), di Medan.",
        "Penandatanganan dilakukan di sela Rapat Koordinasi Percepatan Digitalisasi Daerah yang digelar "
        "Bank Indonesia bersama Pemerintah Provinsi Sumatera Utara.",
    )
    assert [p.name for p in first_signing(text).parties] == [
        "Pemerintah Kabupaten Batu Bara", "PT Bank Pembangunan Daerah Sumatera Utara"]


def test_others_signing_with_other_partners_are_no_parties():
    text = article(
        "Pemkab Bantaeng dan PLN Teken Nota Kesepahaman",
        "BANTAENG - Pemerintah Kabupaten Bantaeng dan PT PLN (Persero) menandatangani nota kesepahaman "
        "tentang penyediaan listrik desa di sela Rakernas Apkasi di Jakarta, Kamis (9/4/2026).",
        "Selain Bantaeng, Kabupaten Jeneponto dan Takalar juga menjalin kerja sama, namun dengan mitra "
        "yang berbeda.",
    )
    assert [p.name for p in first_signing(text).parties] == [
        "Pemerintah Kabupaten Bantaeng", "PT PLN (Persero)"]


def test_bodies_signing_at_the_same_time_are_still_parties():
    # (the same partner, "juga" and no other partner: a party of this signing)
    text = article(
        "Dua Kabupaten Teken Nota Kesepahaman dengan PLN",
        "BANTAENG - Pemerintah Kabupaten Bantaeng dan PT PLN (Persero) menandatangani nota kesepahaman "
        "tentang penyediaan listrik desa di Jakarta, Kamis (9/4/2026).",
        "Pada kesempatan yang sama, Pemerintah Kabupaten Jeneponto juga menandatangani nota kesepahaman "
        "dengan PT PLN (Persero).",
    )
    assert "Pemerintah Kabupaten Jeneponto" in [p.name for p in first_signing(text).parties]


# --- posts whose office is a list of fields, or given in brackets -----------------------------------

def test_bureau_named_by_a_list_of_fields():
    s = ("Penandatanganan disaksikan Kepala Biro Perekonomian, Administrasi Pembangunan dan Pengadaan "
         "Setda Provinsi Bali, I Made Wirawan.")
    assert people(s)[0][:3] == ("I Made Wirawan", "Kepala Biro",
                                "Perekonomian, Administrasi Pembangunan dan Pengadaan Setda Provinsi Bali")
    # (a bureau of one field keeps its own name)
    s = "Hadir pula Kepala Biro Hukum, Rina Susanti, dan Kepala Biro Umum, Budi Hartono."
    assert [p[:3] for p in people(s)] == [("Rina Susanti", "Kepala Biro", "Hukum"),
                                          ("Budi Hartono", "Kepala Biro", "Umum")]


def test_post_in_brackets_after_the_name_is_all_office():
    s = ("PKS itu disaksikan KH. Muhammad Ilyas (Ketua Lembaga Bahtsul Masail PCNU Tuban) serta "
         "Yusuf Hidayat (Wakil Bupati Tuban).")
    assert [p[:3] for p in people(s)] == [("Muhammad Ilyas", "Ketua", "Lembaga Bahtsul Masail PCNU Tuban"),
                                          ("Yusuf Hidayat", "Wakil Bupati", "Tuban")]
    # (a name in brackets after a post is still the name)
    s = "PKS itu diteken Ahmad Fauzi (Bupati Tuban) dan Siti Rahma (Kepala BPJS Kesehatan Cabang Tuban)."
    assert [p[:3] for p in people(s)] == [("Ahmad Fauzi", "Bupati", "Tuban"),
                                          ("Siti Rahma", "Kepala", "BPJS Kesehatan Cabang Tuban")]


def test_a_body_signing_twice_with_different_partners_keeps_its_party():
    text = article(
        "Ombudsman Jambi Teken Dua Kesepakatan",
        "JAMBI - Ombudsman RI Perwakilan Jambi menandatangani dua kesepakatan dengan mitra berbeda pada "
        "Selasa (7/4/2026). Pagi hari, Ombudsman Jambi meneken nota kesepakatan dengan Pemerintah "
        "Kabupaten Muaro Jambi di Sengeti.",
    )
    sg = first_signing(text)
    assert "Ombudsman RI Perwakilan Jambi" in [p.name for p in sg.parties]
    assert any(p.evidence.text == "Ombudsman RI Perwakilan Jambi" for p in sg.parties)


# --- a regional tax office named after an area of several provinces ---------------------------------

def test_regional_tax_office_of_an_area_of_provinces():
    s = "Pemprov NTT dan Kantor Wilayah Direktorat Jenderal Pajak Nusa Tenggara meneken perjanjian kerja sama."
    assert names(s) == ["Pemerintah Provinsi Nusa Tenggara Timur",
                        "Kantor Wilayah Direktorat Jenderal Pajak Nusa Tenggara"]
    assert names("Pemkab Bima dan Kanwil DJP Nusa Tenggara meneken PKS.")[1] == \
        "Kantor Wilayah Direktorat Jenderal Pajak Nusa Tenggara"
    s = "Dokumen diteken Kepala Kanwil DJP Nusa Tenggara Agus Salim Wibowo."
    assert people(s)[0][:3] == ("Agus Salim Wibowo", "Kepala", "Kanwil DJP Nusa Tenggara")


def test_a_province_of_the_area_written_in_full_is_the_province():
    s = "Kepala Kanwil DJP Nusa Tenggara Timur Agus Salim Wibowo hadir."
    assert people(s)[0][:3] == ("Agus Salim Wibowo", "Kepala", "Kanwil DJP Nusa Tenggara Timur")
    assert names("Pemprov NTB dan Kanwil DJP Nusa Tenggara Barat meneken PKS.")[1] == \
        "Kantor Wilayah Direktorat Jenderal Pajak Nusa Tenggara Barat"
    # (the area alone is no body)
    assert names("Festival budaya se-Nusa Tenggara digelar di Kupang.") == []


# --- a foreign city described before its name --------------------------------------------------------

def test_foreign_city_described_in_lower_case_signs_by_its_mayor():
    text = article(
        "Manado dan Kota Kembar dari Jepang Teken MoU",
        "MANADO - Hubungan Manado dengan kota pelabuhan Kagoshima, Prefektur Kagoshima, Jepang, makin "
        "erat. Kedua kota menandatangani Memorandum of Understanding (MoU) sister city di Kantor Wali "
        "Kota Manado, Senin (6/4/2026).",
        "Penandatanganan dilakukan oleh Wali Kota Manado Andrei Angouw dan Wali Kota Kagoshima Shimozuru Kazuhiro.",
    )
    sg = first_signing(text)
    assert [p.name for p in sg.parties] == ["Pemerintah Kota Manado", "Pemerintah Kota Kagoshima"]
    city = [s for s in sg.signatories if s.party == "Pemerintah Kota Kagoshima"]
    assert [(s.name, s.role) for s in city] == [("Shimozuru Kazuhiro", "Wali Kota Kagoshima")]


def test_lower_case_city_without_a_country_is_no_foreign_city():
    # (a town of the country described so, no country after it: no foreign government)
    s = "Pemkot Bitung mempromosikan kota pelabuhan Bitung, yang kini ramai kapal ikan."
    assert names(s) == ["Pemerintah Kota Bitung"]
