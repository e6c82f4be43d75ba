"""Round 26 (parties helper): a company written with a short form of its legal form
("Perumda Tirta X") is the one the article names in full; a bank written short with a town, where the article names
the company with its legal form, is that company; a numbered unit is one party whatever its
place is written as ("Kodim 0712/Tegal", "Kodim 0712/TGL"); a grade word after a military
rank ("Laksamana Muda TNI") is no party either; a national tourism authority, Aisyiyah's
boards, a regional tax office of two provinces, a body glossed before its ministry, a
company's other name after "atau" with its acronym, BPN named with a region (its land
office) and a pesantren followed by its address are read as such. Roles: an Indonesian
body's acronym after a unit is spelled out as the party's name spells it, a body named in
another language keeps its acronym, a short form whose full form the company's name writes
out is written so, and a region's syllable acronym ("Kaltim") spells its words."""
from mou_extract import parties as P
from mou_extract import signings as S

from variety_helpers import article, first_signing
from variety_helpers import article_aliases as _article_aliases
from variety_helpers import party_names as names


def _role_of(sg, name: str) -> str:
    return next(p.role for p in sg.signatories if p.name == name)


# --- a bank written short with a town: the company the article names -------------------------

def test_bank_with_town_is_the_company_named_with_its_legal_form():
    s = ("PT Bank Negara Indonesia (Persero) Tbk atau BNI dan Pemerintah Kabupaten Pati menandatangani "
         "nota kesepahaman. Dokumen diteken Pemimpin Cabang BNI Pati, Rudi Santoso.")
    al = _article_aliases(s)
    got = P.find_parties(s, s.index("Dokumen"), len(s), None, al)
    assert [pm.name for pm in got] == ["PT Bank Negara Indonesia (Persero) Tbk"]


def test_bank_with_town_stays_a_branch_when_a_unit_of_it_is_named():
    s = ("PT Bank Negara Indonesia (Persero) Tbk Kantor Cabang Pati menandatangani nota kesepahaman. "
         "Dokumen diteken Pemimpin Cabang BNI Pati, Rudi Santoso.")
    al = _article_aliases(s)
    got = P.find_parties(s, s.index("Dokumen"), len(s), None, al)
    assert [pm.name for pm in got] != ["PT Bank Negara Indonesia (Persero) Tbk"]


# --- a numbered unit, its place written two ways ------------------------------------------------

def test_numbered_unit_is_one_party_whatever_its_place_is_written_as():
    a = P.PartyMention(0, 1, "Komando Distrik Militer 0712/Tegal", "national_institution")
    b = P.PartyMention(0, 1, "Komando Distrik Militer 0712/TGL", "national_institution")
    assert a.key == b.key
    c = P.PartyMention(0, 1, "Komando Distrik Militer 0713/Brebes", "national_institution")
    assert c.key != a.key


def test_signer_of_a_numbered_unit_written_short_signs_for_the_unit_named_in_full():
    text = article(
        "Pemkot Tegal dan Kodim Teken Nota Kesepakatan Ketahanan Pangan",
        "TEGAL - Pemerintah Kota Tegal dan Komando Distrik Militer 0712/Tegal menandatangani nota "
        "kesepakatan tentang Pendampingan Program Ketahanan Pangan di Balai Kota Tegal, Senin (3/3/2025).",
        "Nota kesepakatan itu ditandatangani Wali Kota Tegal Dedy Yon Supriyono dan Dandim 0712/TGL "
        "Letkol Inf Hendra Kusuma.",
    )
    sg = first_signing(text)
    assert [p.name for p in sg.parties].count("Komando Distrik Militer 0712/Tegal") == 1
    assert "Komando Distrik Militer 0712/TGL" not in [p.name for p in sg.parties]
    # (round 34: the unit as the article spells it out, whatever short forms it also writes)
    assert _role_of(sg, "Hendra Kusuma") == "Komandan Komando Distrik Militer 0712/Tegal"


# --- a rank of two words before "TNI" ------------------------------------------------------------

def test_rank_with_its_grade_word_before_tni_is_no_party():
    s = ("Nota kesepahaman diteken Wali Kota Blitar dan Deputi Bidang Operasi BSSN, Laksamana Muda TNI "
         "Agus Salim.")
    assert "Tentara Nasional Indonesia" not in names(s)
    assert "Tentara Nasional Indonesia" in names("Pemerintah Kota Blitar dan TNI menandatangani nota kesepahaman.")


# --- bodies the list did not know ----------------------------------------------------------------

def test_national_tourism_authority_by_its_area():
    s = "Pemerintah Kabupaten Toba dan Badan Pelaksana Otorita Danau Toba (BPODT) meneken nota kesepahaman."
    assert names(s) == ["Pemerintah Kabupaten Toba", "Badan Pelaksana Otorita Danau Toba"]


def test_aisyiyah_boards_by_their_region():
    s = ("Pimpinan Daerah Aisyiyah (PDA) Kabupaten Grobogan dan RSUD dr. R. Soedjati Soemodiardjo "
         "menandatangani nota kesepakatan.")
    assert names(s)[0] == "Pimpinan Daerah Aisyiyah Kabupaten Grobogan"
    assert names("Ketua Pimpinan Wilayah Aisyiyah Jawa Timur, Siti Aminah, hadir.") == \
        ["Pimpinan Wilayah Aisyiyah Jawa Timur"]


def test_regional_tax_office_of_two_provinces():
    s = "Kanwil DJP Sumatera Barat dan Jambi menandatangani PKS dengan Pemerintah Kota Padang."
    assert names(s)[0] == "Kantor Wilayah Direktorat Jenderal Pajak Sumatera Barat dan Jambi"


def test_body_glossed_before_its_ministry_is_known_by_its_acronym():
    s = ("Pemerintah Kota Jambi dan Direktorat Jenderal Perimbangan Keuangan (DJPK) Kementerian "
         "Keuangan menandatangani PKS optimalisasi pajak daerah.")
    al = _article_aliases(s)
    assert al["djpk"].name == "Direktorat Jenderal Perimbangan Keuangan Kementerian Keuangan"
    # a unit's acronym inside a company's name is no name of the whole
    s2 = "PT PLN (Persero) Unit Induk Distribusi (UID) Suluttenggo menandatangani PKS."
    assert "uid" not in _article_aliases(s2)


def test_company_named_again_after_atau_with_its_acronym_and_region():
    s = ("PT Agro Jabar Mandiri Jawa Barat (Perseroda) atau AJM Jabar menandatangani perjanjian kerja "
         "sama dengan Pemerintah Kabupaten Garut.")
    al = _article_aliases(s)
    assert al["ajm jabar"].name == "PT Agro Jabar Mandiri Jawa Barat (Perseroda)"
    assert al["ajm"].name == "PT Agro Jabar Mandiri Jawa Barat (Perseroda)"
    # letters that do not spell the name are no alias of it
    s2 = "PT Agro Jabar Mandiri Jawa Barat (Perseroda) atau BUMD Jabar menandatangani PKS."
    assert "bumd jabar" not in _article_aliases(s2)


def test_bpn_named_with_a_region_is_its_land_office():
    assert names("Pemerintah Kota Bogor dan BPN Kota Bogor meneken PKS.") == \
        ["Pemerintah Kota Bogor", "Kantor Pertanahan Kota Bogor"]
    assert names("Pemerintah Kabupaten Garut menandatangani PKS dengan BPN Garut.")[-1] == \
        "Kantor Pertanahan Kabupaten Garut"


def test_pesantren_name_stops_before_its_address():
    s = ("PT Bank Jateng dan Pondok Pesantren Darul Ulum Desa Karangrejo, Kecamatan Kras, Kabupaten "
         "Kediri menandatangani PKS.")
    assert "Pondok Pesantren Darul Ulum" in names(s)
    # a name with a village word and no address after it is kept whole
    assert names("Pengurus Koperasi Desa Merah Putih Sukamaju menandatangani PKS.")[0] == \
        "Koperasi Desa Merah Putih Sukamaju"


# --- roles ---------------------------------------------------------------------------------------

def test_acronym_after_a_unit_is_spelled_as_the_partys_name():
    assert P.acronym_run("BSSN", "Badan Siber dan Sandi Negara".split()) == (0, 5)
    assert P.acronym_run("DJPK", "Direktorat Jenderal Perimbangan Keuangan Kementerian Keuangan".split()) == (0, 4)
    assert P.acronym_run("BNN", "Badan Pusat Statistik".split()) is None
    text = article(
        "Pemkab Donggala dan BNPB Teken PKS Ketangguhan Bencana",
        "DONGGALA - Pemerintah Kabupaten Donggala dan Badan Nasional Penanggulangan Bencana (BNPB) "
        "menandatangani perjanjian kerja sama tentang Penguatan Ketangguhan Desa di Kantor Bupati "
        "Donggala, Selasa (8/7/2025).",
        "PKS diteken Bupati Donggala Vera Laruni dan Deputi Bidang Rehabilitasi dan Rekonstruksi BNPB, "
        "Ir. Rudi Hartanto, M.T.",
    )
    sg = first_signing(text)
    assert _role_of(sg, "Rudi Hartanto") == \
        "Deputi Bidang Rehabilitasi dan Rekonstruksi Badan Nasional Penanggulangan Bencana"


def test_body_named_in_another_language_keeps_its_acronym():
    assert P.foreign_name("United States Agency for International Development")
    assert not P.foreign_name("Badan Nasional Penanggulangan Bencana")
    assert not P.foreign_name("PT Kilang Pertamina Internasional")
    text = article(
        "USAID dan Pemkot Ambon Teken Nota Kesepahaman Air Bersih",
        "AMBON - United States Agency for International Development (USAID) dan Pemerintah Kota Ambon "
        "menandatangani nota kesepahaman tentang penyediaan air bersih di Balai Kota Ambon, Rabu (5/3/2025).",
        "Nota kesepahaman diteken Kepala Perwakilan USAID Indonesia, Michael Turner, dan Wali Kota Ambon "
        "Bodewin Wattimena.",
    )
    sg = first_signing(text)
    assert _role_of(sg, "Michael Turner") == "Kepala Perwakilan USAID Indonesia"


def test_short_form_the_companys_name_spells_out():
    full = "Perusahaan Umum Daerah Air Minum Tirta Kahuripan Kabupaten Bogor".split()
    assert P.short_form_spelled(["Perumda", "Tirta", "Kahuripan"], full)
    assert not P.short_form_spelled(["Perumda", "Tirta", "Pakuan"], full)
    assert not P.short_form_spelled(["Bank", "Kahuripan"], full)


def test_region_syllable_acronym_in_a_company_short_name():
    assert S._abbreviates(["AJM", "Jabar"], "Agro Jaya Mandiri Jawa Barat".split())
    assert not S._abbreviates(["AJM", "Jatim"], "Agro Jaya Mandiri Jawa Barat".split())


def test_director_of_a_perumda_named_in_full_elsewhere():
    text = article(
        "Perumda Tirta Kahuripan dan IPB Teken PKS Riset Air Baku",
        "BOGOR - Perusahaan Umum Daerah Air Minum Tirta Kahuripan Kabupaten Bogor dan Institut Pertanian "
        "Bogor menandatangani perjanjian kerja sama tentang Riset Kualitas Air Baku di Kampus IPB Dramaga, "
        "Kamis (6/3/2025).",
        "Perjanjian diteken Direktur Utama Perumda Tirta Kahuripan, Reza Pahlevi, dan Rektor IPB, "
        "Prof. Dr. Arif Satria.",
    )
    sg = first_signing(text)
    # (one party: the short form is the company named in full)
    assert [p.name for p in sg.parties] == [
        "Perusahaan Umum Daerah Air Minum Tirta Kahuripan Kabupaten Bogor", "Institut Pertanian Bogor"]
    assert _role_of(sg, "Reza Pahlevi") == \
        "Direktur Utama Perusahaan Umum Daerah Air Minum Tirta Kahuripan Kabupaten Bogor"
