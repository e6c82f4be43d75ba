"""Round 22: customary (adat) councils as parties, a short form the article defines for a
body of its own over the list's body of that short form, a unit named both in full and
with a syllable acronym ("Sumatera Bagian Utara" / "Sumbagut"), and the sides of the
earlier agreement a signing follows up ("menindaklanjuti nota kesepahaman antara A dan
B")."""
from mou_extract import parties as P


from variety_helpers import article_aliases as _article_aliases
from variety_helpers import party_names as names


# --- customary councils -------------------------------------------------------------------

def test_minangkabau_customary_council_by_its_regency():
    s = ("Pemerintah Kabupaten Agam dan Lembaga Kerapatan Adat Alam Minangkabau (LKAAM) Kabupaten "
         "Agam meneken nota kesepakatan penyelesaian sengketa tanah ulayat.")
    assert names(s) == ["Pemerintah Kabupaten Agam", "Lembaga Kerapatan Adat Alam Minangkabau Kabupaten Agam"]
    pm = P.find_parties(s, 0, len(s))[1]
    assert pm.kind == "other" and pm.region is None
    # the short form with the place written without its level word, as in a signer's post
    assert names("Naskah diteken Ketua LKAAM Pasaman Barat, Syafri.") == \
        ["Lembaga Kerapatan Adat Alam Minangkabau Kabupaten Pasaman Barat"]


def test_other_customary_councils():
    assert names("Majelis Adat Aceh Kota Lhokseumawe menandatangani MoU dengan Pemko Lhokseumawe.") == \
        ["Majelis Adat Aceh Kota Lhokseumawe", "Pemerintah Kota Lhokseumawe"]
    assert names("Ketua Lembaga Adat Melayu Riau (LAMR) Kabupaten Bengkalis, Datuk Wan Amir, hadir.") == \
        ["Lembaga Adat Melayu Riau Kabupaten Bengkalis"]
    assert names("PKS diteken Dewan Adat Dayak Kabupaten Kapuas Hulu dan Pemkab Kapuas Hulu.") == \
        ["Dewan Adat Dayak Kabupaten Kapuas Hulu", "Pemerintah Kabupaten Kapuas Hulu"]


# --- a short form the article defines -----------------------------------------------------

def test_short_form_glossed_by_the_article_beats_the_list():
    text = ("Pemerintah Kota Metro dan Universitas Muhammadiyah Metro (UMM) menandatangani nota "
            "kesepahaman bidang pendidikan.")
    al = _article_aliases(text)
    s = "Kegiatan disaksikan Wakil Rektor I UMM, Dr. Agus Salim."
    assert names(s, aliases=al) == ["Universitas Muhammadiyah Metro"]
    # (without the article's gloss the list's body of that short form)
    assert names(s) == ["Universitas Muhammadiyah Malang"]
    # "(UMM)" glossing a company: the university of the list stays
    al = _article_aliases("PT Usaha Mandiri Makmur (UMM) meneken PKS dengan Pemkab Malang.")
    assert names("Rektor UMM hadir.", aliases=al) == ["Universitas Muhammadiyah Malang"]


# --- a unit written in full and with a syllable acronym ----------------------------------

def test_syllable_acronym():
    assert P._syllable_acronym("Sumbagsel", ["Sumatera", "Bagian", "Selatan"])
    assert P._syllable_acronym("Jateng", ["Jawa", "Tengah"])
    assert not P._syllable_acronym("Sumbagsel", ["Sumatera", "Bagian", "Utara"])
    assert not P._syllable_acronym("Bandung", ["Bagian", "Dunia"])
    assert P._written_short("PT Pertamina Patra Niaga Regional Sumbagsel",
                            "PT Pertamina Patra Niaga Regional Sumatera Bagian Selatan")
    assert not P._written_short("PT Pertamina Patra Niaga Regional Sulawesi",
                                "PT Pertamina Patra Niaga Regional Sumatera Bagian Selatan")


def test_unit_with_acronym_is_the_unit_the_article_spells_out():
    text = ("Bank Sumsel Babel dan PT Pertamina Patra Niaga Regional Sumatera Bagian Selatan menandatangani "
            "perjanjian kerja sama layanan pembayaran. Dokumen diteken Executive General Manager PT Pertamina "
            "Patra Niaga Regional Sumbagsel, Andi Wijaya. Kerja sama ini mendukung mitra distribusi Pertamina.")
    al = _article_aliases(text)
    full = "PT Pertamina Patra Niaga Regional Sumatera Bagian Selatan"
    assert names("Executive General Manager PT Pertamina Patra Niaga Regional Sumbagsel, Andi Wijaya",
                 aliases=al) == [full]
    # the company written short stands for that one unit, written two ways
    assert names("Kerja sama ini mendukung mitra distribusi Pertamina.", aliases=al) == [full]


# --- the sides of an earlier agreement ----------------------------------------------------

def test_sides_of_the_agreement_followed_up_are_not_named_as_parties():
    s = ("PKS ini menindaklanjuti nota kesepahaman antara Kementerian Kesehatan dan Kementerian Dalam "
         "Negeri yang diteken pada 2022.")
    assert names(s) == []
    s = ("Dinas Kesehatan Kabupaten Sleman dan BPJS Kesehatan Cabang Sleman meneken PKS sebagai turunan "
         "dari MoU antara Pemkab Sleman, BPJS Kesehatan RI serta Kejaksaan Negeri Sleman.")
    assert names(s) == ["Pemerintah Kabupaten Sleman", "BPJS Kesehatan Cabang Sleman"]
    # (a new agreement between them, told after the follow-up verb, is no earlier one)
    s = ("Kedua pihak akan menindaklanjuti nota kesepahaman ini dengan perjanjian kerja sama antara "
         "Dinas Pendidikan dan Universitas Negeri Yogyakarta.")
    assert "Universitas Negeri Yogyakarta" in names(s)
