"""Round 23: a regional general hospital (RSUD) named by its regency or the regency's seat
signs as that regency's government; a foreign city named with its region before its
country, and later by its head's title alone ("Wali Kota Yeosu"); the owner of a tool
used at the signing ("aplikasi milik BSrE") is no party."""
from mou_extract import parties as P


from variety_helpers import article_aliases as _article_aliases
from variety_helpers import party_names as names


# --- regional hospitals ---------------------------------------------------------------------

def test_regional_hospital_named_by_its_regency():
    s = ("RSUD dr. Haryoto Lumajang dan BPJS Kesehatan Cabang Lumajang meneken perjanjian kerja "
         "sama pelayanan rujukan, Senin (6/1/2025).")
    got = P.find_parties(s, 0, len(s))
    assert [pm.name for pm in got] == ["Pemerintah Kabupaten Lumajang", "BPJS Kesehatan Cabang Lumajang"]
    assert got[0].region is not None and got[0].region.level == "kabupaten"
    assert s[got[0].start:got[0].end] == "RSUD dr. Haryoto Lumajang"
    # the long form with its acronym glossed, a person's title after the place
    s2 = "Direktur Rumah Sakit Umum Daerah (RSUD) Dr. Soeroto Ngawi dr. Hj. Maya, Sp.A., hadir."
    assert names(s2) == ["Pemerintah Kabupaten Ngawi"]


def test_regional_hospital_named_by_the_regency_seat():
    # Selong is the seat of Lombok Timur, Atambua of Belu (data/region_seats.tsv)
    assert names("Rumah Sakit Umum Daerah (RSUD) dr. R. Soedjono Selong menandatangani PKS.") == \
        ["Pemerintah Kabupaten Lombok Timur"]
    assert names("PKS diteken Direktur RSUD Mgr. Gabriel Manek Atambua dan Kepala BPJS.") == \
        ["Pemerintah Kabupaten Belu"]


def test_regional_hospital_of_a_city_or_shared_name_is_not_read():
    # a hospital named after a city may be the city's or the province's
    assert names("RSUD Ulin Banjarmasin dan Universitas Lambung Mangkurat menandatangani PKS.") == \
        ["Universitas Lambung Mangkurat"]
    # Malang is both a regency and a city
    assert names("RSUD Dr. Saiful Anwar Malang menandatangani nota kesepahaman.") == []
    # no place at all
    assert names("Direktur RSUD, dr. Ratna, menandatangani dokumen.") == []
    # the level word is read by the rules for it, as before
    assert names("RSUD Kota Kediri menandatangani nota kesepahaman.") == ["Pemerintah Kota Kediri"]


# --- foreign city governments ---------------------------------------------------------------

def test_foreign_city_with_its_region_before_the_country():
    s = "Kerja sama Kabupaten Batang dengan Kota Changwon, Provinsi Gyeongsang Selatan, Korea Selatan, diteken."
    got = P.find_parties(s, 0, len(s))
    assert [(pm.name, pm.kind) for pm in got] == [
        ("Pemerintah Kabupaten Batang", "regional_government"), ("Pemerintah Kota Changwon", "other")]
    assert s[got[1].start:got[1].end] == "Kota Changwon"
    # a short form is named in full as well
    assert names("Pemkot Toyama, Jepang, dan Pemkab Kudus meneken MoU sister city.") == \
        ["Pemerintah Kota Toyama", "Pemerintah Kabupaten Kudus"]


def test_foreign_city_head_named_later_without_the_country():
    text = ("Hubungan Kabupaten Batang dengan Kota Changwon, Provinsi Gyeongsang Selatan, Korea Selatan, "
            "makin erat. MoU diteken Bupati Batang Rahmat Hidayat dan Wali Kota Changwon Kim Dong-su.")
    al = _article_aliases(text)
    s = text.index("MoU")
    got = P.find_parties(text, s, len(text), None, al)
    assert [(pm.name, pm.kind) for pm in got] == [
        ("Pemerintah Kabupaten Batang", "regional_government"), ("Pemerintah Kota Changwon", "other")]
    assert text[got[1].start:got[1].end] == "Wali Kota Changwon"
    # without the article's mention the name is no known place and no party
    assert names(text[s:]) == ["Pemerintah Kabupaten Batang"]


# --- the owner of a tool ----------------------------------------------------------------------

def test_owner_of_the_signing_tool_is_no_party():
    s = ("Wali Kota Madiun meneken naskah secara elektronik melalui aplikasi tanda tangan milik "
         "Balai Sertifikasi Elektronik (BSrE) bersama Kepala Badan Pusat Statistik.")
    assert names(s) == ["Pemerintah Kota Madiun", "Badan Pusat Statistik"]
    assert names("Data peserta dikirim lewat sistem informasi milik BPJS Kesehatan ke Pemkab Sleman.") == \
        ["Pemerintah Kabupaten Sleman"]
    # the body itself, named as a side, stays; its earlier name is read
    assert names("Pemkab Sleman dan Balai Sertifikasi Elektronik (BSrE) meneken MoU.") == \
        ["Pemerintah Kabupaten Sleman", "Balai Besar Sertifikasi Elektronik Badan Siber dan Sandi Negara"]
