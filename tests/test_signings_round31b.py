"""Round 31, second signings helper. From the held-out sets variety131, variety134,
variety142 and variety150: a post written as the possessive of the body just named
("Koperasi X diwakili ketuanya, Nama") is that body's post for the name that follows; the
people of a list announced by their post in lower case ("masing-masing kepala desa, yaitu
A (Sidomulyo), B (Karanganyar)") hold that post of the place in brackets, so a village head
makes the village's government a party; a head's title written alone beside a signer
("Rektor dan Direktur PT X, Y, meneken ...") is the one person the article names with that
post; the town after a university's name in a rector's or dean's role is no regency
("Wakil Rektor II Unej Jember", not "... Kabupaten Jember"). Sentences written for these
tests; none comes from a corpus article."""
from mou_extract import extract_text
from variety_helpers import article


def _record(text):
    return extract_text(text, id="t")


def _people(rec, i=0):
    s = rec.signings[i]
    return {p.name: (p.role, p.party) for p in s.signatories}


# --- "diwakili ketuanya, Nama" ---------------------------------------------------------------

def _possessive(post: str) -> str:
    return article(
        "Koperasi Nelayan dan Perusahaan Ekspor Sepakati Penjualan Ikan Tuna",
        "Jumat, 14 November 2025 - 09:10 WIB",
        "BITUNG - Koperasi Nelayan Samudra Jaya dan PT Lautan Biru Sejahtera menandatangani nota "
        "kesepahaman penjualan ikan tuna, Kamis (13/11/2025), di Aula Pelabuhan Perikanan Bitung.",
        f"Koperasi Nelayan Samudra Jaya diwakili {post}, Yohanis Mamahit, sedangkan PT Lautan Biru "
        "Sejahtera diwakili direkturnya, Fransiska Rumondor.",
        "Sebanyak 300 nelayan anggota koperasi akan menjual hasil tangkapannya dengan harga tetap.",
    )


def test_a_possessive_post_is_the_post_of_the_body_just_named():
    people = _people(_record(_possessive("ketuanya")))
    assert people["Yohanis Mamahit"] == ("Ketua Koperasi Nelayan Samudra Jaya", "Koperasi Nelayan Samudra Jaya")
    assert people["Fransiska Rumondor"][1] == "PT Lautan Biru Sejahtera"
    assert people["Fransiska Rumondor"][0].startswith("Direktur PT Lautan Biru Sejahtera")


def test_a_two_word_possessive_post():
    people = _people(_record(_possessive("direktur utamanya")))
    assert people["Yohanis Mamahit"][0] == "Direktur Utama Koperasi Nelayan Samudra Jaya"


def test_a_possessive_word_that_is_no_post_gives_no_role():
    # "istrinya" is no title: the name stays without a role and signs for no one
    people = _people(_record(_possessive("istrinya")))
    assert "Yohanis Mamahit" not in people
    assert "Fransiska Rumondor" in people


# --- a list announced by its post -------------------------------------------------------------

def _village_list(intro: str) -> str:
    return article(
        "Tiga Desa di Kecamatan Ngawen Teken PKS Pengelolaan Sampah",
        "Selasa, 7 Oktober 2025",
        "BLORA - Tiga pemerintah desa di Kecamatan Ngawen, Kabupaten Blora, menandatangani perjanjian "
        "kerja sama pengelolaan sampah dengan PT Hijau Lestari Mandiri, Senin (6/10/2025), di Pendapa "
        "Kecamatan Ngawen.",
        f"PKS ditandatangani oleh {intro} Suparno (Sidomulyo), Endang Susilowati (Karanganyar) dan "
        "Joko Santoso (Bandungrejo). Dari pihak perusahaan, dokumen diteken Direktur PT Hijau Lestari "
        "Mandiri, Heru Prasetyo.",
        "Sampah rumah tangga dari ketiga desa akan diangkut dua kali sepekan.",
    )


def test_a_list_announced_by_a_lower_case_post_gives_each_the_post_of_the_place_in_brackets():
    rec = _record(_village_list("masing-masing kepala desa, yaitu"))
    people = _people(rec)
    assert people["Endang Susilowati"] == ("Kepala Desa Karanganyar", "Pemerintah Desa Karanganyar")
    assert people["Joko Santoso"] == ("Kepala Desa Bandungrejo", "Pemerintah Desa Bandungrejo")
    parties = {p.name for p in rec.signings[0].parties}
    assert {"Pemerintah Desa Sidomulyo", "Pemerintah Desa Karanganyar", "Pemerintah Desa Bandungrejo"} <= parties


def test_a_list_announced_with_yakni_and_a_short_title():
    people = _people(_record(_village_list("para kades, yakni")))
    assert people["Suparno"] == ("Kepala Desa Sidomulyo", "Pemerintah Desa Sidomulyo")


def test_a_list_announced_by_words_that_are_no_post_gives_no_role():
    people = _people(_record(_village_list("warga desa, yaitu")))
    assert "Endang Susilowati" not in people


# --- a bare head's title beside a signer ------------------------------------------------------

def _two_signings(second: str) -> str:
    return article(
        "Rektor Unsrat Teken Dua Kerja Sama dalam Sehari",
        "Rabu, 3 September 2025",
        "MANADO - Rektor Universitas Sam Ratulangi, Prof. Dr. Oktovian Berty Sengkey, menandatangani "
        "nota kesepahaman dengan Pemerintah Kota Bitung di Gedung Rektorat Unsrat, Selasa (2/9/2025). "
        "Pemerintah Kota Bitung diwakili Wali Kota Bitung Hengky Honandar.",
        "Kerja sama itu meliputi penelitian perikanan dan pengabdian masyarakat di pesisir Bitung.",
        f"Sore harinya, rombongan bergeser ke kantor PT Minahasa Agro Lestari. Di sana, {second}",
    )


def test_a_bare_head_title_beside_a_signer_is_the_one_person_named_with_that_post():
    rec = _record(_two_signings(
        "Rektor dan Direktur PT Minahasa Agro Lestari, Ricky Wowor, meneken perjanjian kerja sama "
        "tentang magang mahasiswa pertanian."))
    assert len(rec.signings) == 2
    people = _people(rec, 1)
    assert "Oktovian Berty Sengkey" in people
    assert people["Oktovian Berty Sengkey"][1] == "Universitas Sam Ratulangi"
    assert "Universitas Sam Ratulangi" in {p.name for p in rec.signings[1].parties}


def test_a_bare_head_title_two_named_people_hold_is_neither():
    # two rectors are named: "Rektor" alone cannot tell which of them signed
    text = _two_signings(
        "Rektor dan Direktur PT Minahasa Agro Lestari, Ricky Wowor, meneken perjanjian kerja sama "
        "tentang magang mahasiswa pertanian.").replace(
        "Hengky Honandar.", "Hengky Honandar. Turut hadir Rektor Universitas Negeri Manado, Prof. Dr. "
        "Joseph Philip Kambey.")
    rec = _record(text)
    people = _people(rec, len(rec.signings) - 1)
    assert "Ricky Wowor" in people
    assert "Oktovian Berty Sengkey" not in people and "Joseph Philip Kambey" not in people


# --- a university's town is no regency --------------------------------------------------------

def test_the_town_after_a_universitys_short_form_in_a_vice_rectors_role_takes_no_level_word():
    rec = _record(article(
        "Unej dan Pemkab Jember Teken Kerja Sama KKN Tematik",
        "Kamis, 9 Oktober 2025",
        "JEMBER - Pemerintah Kabupaten Jember dan Universitas Jember (Unej) menandatangani perjanjian "
        "kerja sama kuliah kerja nyata tematik, Rabu (8/10/2025), di Pendapa Wahyawibawagraha.",
        "Dari Pemkab Jember, PKS ditandatangani Sekretaris Daerah Jember Hadi Sasmito. Dari pihak "
        "kampus, penandatanganan dilakukan oleh Wakil Rektor II Unej Jember Dr. Sri Wahyuningsih.",
        "Sebanyak 1.200 mahasiswa akan ditempatkan di 60 desa.",
    ))
    role = _people(rec)["Sri Wahyuningsih"][0]
    assert "Kabupaten" not in role
    assert role.endswith("Jember")


def test_a_units_town_still_takes_its_level_word():
    # not a university's post: the place names the regency whose unit it is
    rec = _record(article(
        "Dinkes dan BPJS Kesehatan Teken PKS",
        "Kamis, 9 Oktober 2025",
        "JEMBER - Dinas Kesehatan Jember dan BPJS Kesehatan Cabang Jember menandatangani perjanjian "
        "kerja sama, Rabu (8/10/2025). PKS ditandatangani Kepala Dinas Kesehatan Jember Hendro "
        "Soelistijono dan Kepala BPJS Kesehatan Cabang Jember Yessi Kumalasari.",
    ))
    assert _people(rec)["Hendro Soelistijono"][0] == "Kepala Dinas Kesehatan Kabupaten Jember"
