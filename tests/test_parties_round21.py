"""Round 21: a directorate general of a ministry of the 2024 cabinet ("Kementerian Imigrasi
dan Pemasyarakatan"), ministry names written with commas, the national board of a
professional body ("Pengurus Besar Ikatan Dokter Indonesia (PB IDI)"), a government named
as a bank's owner, and the English "Ombudsman ... Representative of <province>"."""
from mou_extract import parties as P


def _names(text, province=None):
    return [pm.name for pm in P.find_parties(text, 0, len(text), province)]


def test_directorate_general_of_new_ministry_keeps_the_whole_ministry_name():
    t = ("Kantor Ombudsman menjalin kerja sama dengan Direktorat Jenderal Imigrasi Kementerian "
         "Imigrasi dan Pemasyarakatan untuk mempercepat aduan paspor.")
    assert _names(t) == ["Ombudsman Republik Indonesia",
                         "Direktorat Jenderal Imigrasi Kementerian Imigrasi dan Pemasyarakatan"]


def test_directorate_general_of_a_ministry_not_in_the_list_reads_its_name():
    # not the bare word: "Direktorat Jenderal X Kementerian"
    t = "PKS diteken Direktorat Jenderal Bina Usaha Kementerian Kelautan Nusantara pekan lalu."
    assert _names(t) == ["Direktorat Jenderal Bina Usaha Kementerian Kelautan Nusantara"]


def test_new_cabinet_ministries_by_full_and_short_name():
    t = "Nota kesepahaman diteken Kementerian Perumahan dan Kawasan Permukiman serta KemenHAM di Jakarta."
    assert _names(t) == ["Kementerian Perumahan dan Kawasan Permukiman", "Kementerian Hak Asasi Manusia"]


def test_ministry_name_with_commas():
    t = "Pemkab Bantul dan Kementerian Usaha Mikro, Kecil, dan Menengah meneken MoU pendampingan usaha."
    assert _names(t) == ["Pemerintah Kabupaten Bantul", "Kementerian Usaha Mikro, Kecil, dan Menengah"]


def test_national_board_of_doctors_association():
    t = ("Badan Gizi Nasional dan Pengurus Besar Ikatan Dokter Indonesia (PB IDI) menandatangani "
         "nota kesepahaman di Jakarta.")
    assert "Pengurus Besar Ikatan Dokter Indonesia" in _names(t)
    assert "Ikatan Dokter Indonesia" not in _names(t)
    assert _names("MoU diteken Ketua Umum PB IDI di kantornya.") == ["Pengurus Besar Ikatan Dokter Indonesia"]


def test_government_named_as_owner_of_a_bank_is_not_a_party():
    t = "Dari pihak bank perkreditan milik Pemkab Kudus itu, PKS ditandatangani direktur utamanya."
    assert _names(t) == []


def test_english_ombudsman_representative_of_a_province():
    t = ("The Ombudsman of the Republic of Indonesia Representative of West Java and the Bekasi "
         "Regency Government signed a memorandum of understanding on Monday.")
    assert _names(t)[0] == "Ombudsman RI Perwakilan Jawa Barat"
    t2 = "The MoU was signed by Head of Ombudsman RI Representative Office of Riau, Budi Santoso."
    assert _names(t2) == ["Ombudsman RI Perwakilan Riau"]
    # (no province after it: the national body)
    assert _names("The Ombudsman RI Representative of the people met the press.") == ["Ombudsman Republik Indonesia"]
