"""Round 32: the people a photo shows holding up the document beside the signers the text
names ("Foto: (dari kiri ke kanan) Wakil Rektor A, Rektor B, Bupati C dan Wakil Bupati D
memperlihatkan naskah ... usai penandatanganan") as guests, a community elder's standing
written before the name ("tetua adat Ompu X", "pemangku adat Y"), a post cut in two by a
page's ad lines ("Pemimpin Bank X / ADVERTISEMENT / Cabang Y, Name"), and a table of the
officials present with its cells split by bare pipes ("No | Nama | Jabatan | Instansi")."""
from mou_extract import tables
from variety_helpers import article, first_signing
from variety_helpers import named_in as _named


def _names(people) -> list[str]:
    return [p.name for p in people]


# --- a photo of the signers and the guests posing with them ---------------------------

_SIGNING = ("Pemerintah Kabupaten Gianyar dan Universitas Udayana menandatangani nota "
            "kesepahaman tentang Pengembangan Desa Wisata, Selasa (4/11/2025), di Ruang Rapat "
            "Kantor Bupati Gianyar.")
_SIGNERS = ("Nota kesepahaman ditandatangani oleh Made Sutarja Wirawan selaku Bupati Gianyar "
            "dan Prof. Dr. Ketut Arsana Putra, M.T. selaku Rektor Universitas Udayana.")


def test_people_shown_holding_up_the_document_beside_the_named_signers_are_guests():
    t = article(
        "Gianyar Gandeng Unud Kembangkan Desa Wisata", _SIGNING, _SIGNERS,
        "Foto: (dari kiri ke kanan) Wakil Rektor Bidang Akademik Unud Nyoman Gede Suarjana, "
        "Rektor Unud Ketut Arsana Putra, Bupati Gianyar Made Sutarja Wirawan dan Wakil Bupati "
        "Gianyar Anak Agung Mayun Putra memperlihatkan naskah nota kesepahaman usai "
        "penandatanganan. (Humas Gianyar)")
    sg = first_signing(t)
    assert sorted(_names(sg.signatories)) == ["Ketut Arsana Putra", "Made Sutarja Wirawan"]
    assert {"Nyoman Gede Suarjana", "Anak Agung Mayun Putra"} <= set(_names(sg.attendees))


def test_people_holding_up_the_document_sign_when_the_text_names_no_signers():
    # (guard) the usual caption: the two shown are the signers the body does not name
    t = article(
        "Gianyar Gandeng Unud Kembangkan Desa Wisata", _SIGNING,
        "Kerja sama itu meliputi pendampingan desa wisata dan penelitian terapan.",
        "Foto: Bupati Gianyar Made Sutarja Wirawan (kiri) dan Rektor Unud Ketut Arsana Putra "
        "menunjukkan naskah nota kesepahaman usai penandatanganan. (Humas Gianyar)")
    sg = first_signing(t)
    assert sorted(_names(sg.signatories)) == ["Ketut Arsana Putra", "Made Sutarja Wirawan"]
    # nor when the body's signing sentence has only a pronoun and a town for subjects
    t2 = article(
        "Gianyar Gandeng Unud Kembangkan Desa Wisata",
        "GIANYAR - Pemerintah Kabupaten Gianyar menggandeng Universitas Udayana. Keduanya "
        "menandatangani nota kesepahaman di Balai Budaya Gianyar, Ubud, kemarin.",
        "Foto: Bupati Gianyar Made Sutarja Wirawan (kiri) dan Rektor Unud Ketut Arsana Putra "
        "menunjukkan naskah nota kesepahaman usai penandatanganan di Ubud. (Humas Gianyar)",
        "Penandatanganan disaksikan Wakil Bupati Gianyar Anak Agung Mayun Putra.")
    sg2 = first_signing(t2)
    assert sorted(_names(sg2.signatories)) == ["Ketut Arsana Putra", "Made Sutarja Wirawan"]


def test_people_exchanging_the_documents_stay_signers():
    # (guard) exchanging the signed copies is what the signers themselves do
    t = article(
        "Gianyar Gandeng Unud Kembangkan Desa Wisata", _SIGNING, _SIGNERS,
        "Foto: Wakil Rektor Unud Nyoman Gede Suarjana dan Bupati Gianyar Made Sutarja Wirawan "
        "saling bertukar dokumen nota kesepahaman usai penandatanganan. (Humas Gianyar)")
    sg = first_signing(t)
    assert "Nyoman Gede Suarjana" in _names(sg.signatories)


# --- a community elder's standing before the name --------------------------------------

def test_elder_written_with_lower_case_standing_is_a_guest():
    t = article(
        "Pemkab Toba dan IT Del Teken Nota Kesepahaman Digitalisasi Cerita Rakyat",
        "Nota kesepahaman antara Pemerintah Kabupaten Toba dan Institut Teknologi Del "
        "ditandatangani Bupati Toba Martin Hutasoit dan Rektor Institut Teknologi Del Jonatan "
        "Siahaan, disaksikan Ketua DPRD Toba Rudi Simanjuntak serta tetua adat Ompu Raja "
        "Sihombing, Kamis (6/11/2025), di Balerong Kantor Bupati Toba.")
    sg = first_signing(t)
    assert "Ompu Raja Sihombing" in _names(sg.attendees)
    assert "Ompu Raja Sihombing" not in _names(sg.signatories)


def test_other_elders_standings_give_the_role():
    for standing in ("pemangku adat", "sesepuh adat", "pemuka agama"):
        t = f"Penandatanganan turut disaksikan {standing} Ahmad Dahlan Nasution."
        m = _named(t)["Ahmad Dahlan Nasution"]
        assert m.role is not None and m.role.title == standing.title()
        assert m.cue == "attendee"
    # (guard) the words in a group named in lower case give nobody a role
    assert _named("Para tetua adat menyambut Bupati Toba Martin Hutasoit.")["Martin Hutasoit"].role.title == "Bupati"


# --- a post cut in two by the page's ad lines ----------------------------------------

def test_post_cut_by_ad_lines_goes_on_before_the_name():
    t = ("PKS diteken Bupati Sinjai, Andi Rahmat Sanusi, dan Kepala Dinas Kesehatan\n\n"
         "ADVERTISEMENT\n\nScroll untuk melanjutkan\n\nKabupaten Sinjai, dr. Nurul Hikmah Aziz. "
         "Turut hadir para camat.")
    m = _named(t, t.index("Kabupaten Sinjai, dr."))["Nurul Hikmah Aziz"]
    assert m.role is not None and m.role.title == "Kepala Dinas"
    assert m.role.org_text() == "Kesehatan Kabupaten Sinjai"
    assert m.cue == "signer"


def test_words_after_ad_lines_that_go_on_with_no_post_give_nothing():
    # (guard) a new sentence after the ads, its opening word no part of a post
    t = ("PKS diteken Bupati Sinjai, Andi Rahmat Sanusi, dan Kepala Dinas Kesehatan\n\n"
         "ADVERTISEMENT\n\nMenurut Nurul Hikmah Aziz, kerja sama ini penting.")
    m = _named(t, t.index("Menurut"))["Nurul Hikmah Aziz"]
    assert m.role is None


# --- a table of the officials present, cells split by bare pipes --------------------

_PRESENT_TABLE = (
    "Pejabat yang hadir dalam penandatanganan tersebut sebagai berikut:\n\n"
    "No | Nama | Jabatan | Instansi\n"
    "1 | H. Ahmad Jaelani | Bupati Tapin | Pemkab Tapin\n"
    "2 | Dr. Rina Kusumawati, M.Si. | Kepala Kantor Pertanahan Kabupaten Tapin | BPN Tapin\n"
    "3 | Hj. Nur Aisyah Rahmi | Wakil Bupati Tapin | Pemkab Tapin\n"
    "4 | Muhammad Rizal Fahmi, S.Kom. | Kepala Dinas Kominfo Tapin | Pemkab Tapin\n")


def test_bare_pipe_table_rows():
    t = "Berikut daftarnya:\n" + _PRESENT_TABLE.split(":\n\n", 1)[1]
    rows = tables.rows_after(t, t.index(":"))
    assert [t[a:b] for a, b in rows[0]] == ["H. Ahmad Jaelani", "Bupati Tapin", "Pemkab Tapin"]
    assert len(rows) == 4
    # (guard) a line with one pipe is no table, and the table ends at the first line
    # with another number of pipes
    t2 = "Diposting oleh:\nAdmin Prokopim | Dilihat 318 kali\nBupati Tapin | Pemkab Tapin\n"
    assert tables.rows_after(t2, t2.index(":")) == []
    t3 = t + "Sumber: Prokopim | Tapin\n5 | Rahmat | Camat Tapin Utara | Pemkab Tapin\n"
    assert len(tables.rows_after(t3, t3.index(":"))) == 4


def test_table_of_officials_present_gives_guests_beside_the_signers():
    t = article(
        "Pemkab Tapin dan BPN Teken PKS Sertifikasi Aset",
        "Rantau - Pemerintah Kabupaten Tapin dan Kantor Pertanahan Kabupaten Tapin menandatangani "
        "perjanjian kerja sama tentang Sertifikasi Barang Milik Daerah, Senin (2/11/2026), di "
        "Ruang Rapat Bupati Tapin.",
        "Penandatanganan dilakukan oleh Bupati Tapin, H. Ahmad Jaelani, dan Kepala Kantor "
        "Pertanahan Kabupaten Tapin, Dr. Rina Kusumawati, M.Si.",
        _PRESENT_TABLE.rstrip("\n"),
        "Kerja sama itu meliputi pengukuran dan pendaftaran tanah aset daerah.")
    sg = first_signing(t)
    assert sorted(_names(sg.signatories)) == ["Ahmad Jaelani", "Rina Kusumawati"]
    assert sorted(_names(sg.attendees)) == ["Muhammad Rizal Fahmi", "Nur Aisyah Rahmi"]
    roles = {p.name: p.role for p in sg.attendees}
    assert roles["Nur Aisyah Rahmi"] == "Wakil Bupati Tapin"  # (not "... Pemkab Tapin")
