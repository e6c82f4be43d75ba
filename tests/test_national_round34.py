"""Round 34 (national bodies): the ministries of the 2024 cabinet and their ministers.

A minister's portfolio is the ministry's name without "Kementerian" ("Menteri Pendidikan
Dasar dan Menengah" heads the Kementerian Pendidikan Dasar dan Menengah), and the names
of the 2024 cabinet carry "dan" and commas ("Pendidikan Tinggi, Sains, dan Teknologi"):
the role reads the portfolio whole, the minister's party is the ministry, and the
coordinating ministries are read with all their fields."""
from mou_extract import people as PE
from variety_helpers import article, first_signing, people
from variety_helpers import party_names as names


# --- a minister's portfolio with "dan" and commas ------------------------------------------------

def test_a_portfolio_with_dan_is_one_role_not_a_name():
    s = "Menteri Pendidikan Dasar dan Menengah, Prof. Dr. Rina Kusumawati, M.Pd., menandatangani nota itu."
    assert [(p[0], p[1], p[2]) for p in people(s)] == [
        ("Rina Kusumawati", "Menteri", "Pendidikan Dasar dan Menengah")]
    s = "Acara disaksikan Wakil Menteri Pendidikan Dasar dan Menengah, Anton Wibisono."
    assert [(p[0], p[2]) for p in people(s)] == [("Anton Wibisono", "Pendidikan Dasar dan Menengah")]


def test_a_portfolio_with_commas_is_read_whole():
    s = "Menteri Pendidikan Tinggi, Sains, dan Teknologi, Budi Santoso, menandatangani nota kesepahaman."
    assert [(p[0], p[2]) for p in people(s)] == [("Budi Santoso", "Pendidikan Tinggi, Sains, dan Teknologi")]
    # (no comma before the name: the ministry's name says where the portfolio ends)
    s = "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Yandri Hidayat meneken perjanjian."
    assert [(p[0], p[2]) for p in people(s)] == [
        ("Yandri Hidayat", "Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi")]
    s = "Turut hadir Wakil Menteri Usaha Mikro, Kecil, dan Menengah Helmi Saputra."
    assert [(p[0], p[2]) for p in people(s)] == [("Helmi Saputra", "Usaha Mikro, Kecil, dan Menengah")]


def test_a_ministry_with_commas_inside_an_officer_role_is_read_whole():
    s = "Sekretaris Jenderal Kementerian Pendidikan Tinggi, Sains, dan Teknologi, Togar Siregar, hadir."
    assert [(p[0], p[2]) for p in people(s)] == [
        ("Togar Siregar", "Kementerian Pendidikan Tinggi, Sains, dan Teknologi")]


def test_ministers_listed_with_commas_stay_apart():
    # (guard: a list of ministers is no one ministry's name)
    s = "Menteri Kesehatan, Budi Gunawan, Menteri Sosial, Saiful Yusuf, dan Menteri Agama, Nasrul Umar, hadir."
    assert [(p[0], p[2]) for p in people(s)] == [
        ("Budi Gunawan", "Kesehatan"), ("Saiful Yusuf", "Sosial"), ("Nasrul Umar", "Agama")]
    s = "Menteri Kesehatan dan Menteri Sosial hadir dalam acara itu."
    assert [(p[1], p[2]) for p in people(s)] == [("Menteri", "Kesehatan"), ("Menteri", "Sosial")]


def test_portfolio_len_needs_a_known_ministry():
    toks = PE.tokenize("Pendidikan Tinggi, Sains, dan Teknologi", 0, 39)
    assert PE._portfolio_len(toks, 0, "Menteri") == 7
    assert PE._portfolio_len(toks, 0, "Wakil Menteri") == 7
    # (no minister's title, or a portfolio no ministry is named by)
    assert PE._portfolio_len(toks, 0, "Kepala Dinas") == 0
    toks = PE.tokenize("Urusan Rumah Tangga, Budi", 0, 25)
    assert PE._portfolio_len(toks, 0, "Menteri") == 0


# --- the coordinating ministries and other 2024 names ------------------------------------------

def test_the_2024_coordinating_ministries_are_read_whole():
    assert names("Kementerian Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan "
                 "menandatangani nota kesepahaman.") == [
        "Kementerian Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan"]
    assert names("Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan meneken MoU.") == [
        "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan"]
    assert names("Kemenko PMK dan Pemprov Jawa Barat meneken MoU.")[0] == \
        "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan"
    assert names("Kemenko Polkam meneken MoU.") == ["Kementerian Koordinator Bidang Politik dan Keamanan"]


def test_the_village_and_planning_ministries_are_read_whole():
    assert names("Kementerian Desa dan Pembangunan Daerah Tertinggal meneken MoU.") == [
        "Kementerian Desa dan Pembangunan Daerah Tertinggal"]
    assert names("Kementerian PPN/Bappenas meneken MoU.") == ["Kementerian Perencanaan Pembangunan Nasional/Bappenas"]
    assert names("Kementerian Pariwisata dan Ekonomi Kreatif meneken MoU.") == [
        "Kementerian Pariwisata dan Ekonomi Kreatif"]
    # (guard: the 2024 tourism ministry on its own)
    assert names("Kementerian Pariwisata meneken MoU.") == ["Kementerian Pariwisata"]


# --- the minister's party -----------------------------------------------------------------------

def _minister_signs(minister: str, witness: str = "") -> str:
    return article(
        "Ombudsman dan Kementerian Teken Nota Kesepahaman",
        f"Jakarta - Ketua Ombudsman Republik Indonesia, Arif Nugroho, dan {minister}, Dewi Lestari, "
        "menandatangani Nota Kesepahaman tentang Pengawasan Pelayanan Publik di Jakarta, Rabu (15/1/2025)."
        + (f" Penandatanganan disaksikan {witness}, Hendra Gunawan." if witness else ""),
        "Ruang lingkup nota kesepahaman meliputi pertukaran data dan informasi.")


def test_a_signing_minister_brings_the_ministry_as_party():
    sig = first_signing(_minister_signs("Menteri Pendidikan Dasar dan Menengah",
                                        "Wakil Menteri Pendidikan Dasar dan Menengah"))
    assert [p.name for p in sig.parties] == ["Ombudsman Republik Indonesia", "Kementerian Pendidikan Dasar dan Menengah"]
    minister = next(s for s in sig.signatories if s.name == "Dewi Lestari")
    assert (minister.role, minister.party) == ("Menteri Pendidikan Dasar dan Menengah",
                                               "Kementerian Pendidikan Dasar dan Menengah")
    assert [(a.name, a.role, a.party) for a in sig.attendees] == [
        ("Hendra Gunawan", "Wakil Menteri Pendidikan Dasar dan Menengah", "Kementerian Pendidikan Dasar dan Menengah")]


def test_a_minister_of_an_older_ministry_too():
    sig = first_signing(_minister_signs("Menteri Kesehatan"))
    assert [p.name for p in sig.parties] == ["Ombudsman Republik Indonesia", "Kementerian Kesehatan"]
    assert [(s.role, s.party) for s in sig.signatories if s.name == "Dewi Lestari"] == [
        ("Menteri Kesehatan", "Kementerian Kesehatan")]
    sig = first_signing(_minister_signs("Menteri Pendidikan Tinggi, Sains, dan Teknologi"))
    assert [p.name for p in sig.parties] == ["Ombudsman Republik Indonesia",
                                             "Kementerian Pendidikan Tinggi, Sains, dan Teknologi"]


def test_a_portfolio_that_names_no_ministry_whole_gives_no_party():
    # (guard: "Kementerian Urusan Khusus" is no ministry of the list; a generic read of
    # part of it would be a wrong party)
    sig = first_signing(_minister_signs("Menteri Pariwisata dan Urusan Khusus"))
    assert [p.name for p in sig.parties] == ["Ombudsman Republik Indonesia"]


def test_a_witnessing_minister_is_not_the_unit_that_signs():
    # (guard: a directorate general of the ministry signs; the minister watching heads the
    # whole ministry, not that unit)
    text = article(
        "Ditjen Bina Bangda dan Pemprov Kalbar Teken Nota Kesepakatan",
        "JAKARTA - Menteri Dalam Negeri Hadi Prasetyo menyaksikan penandatanganan nota kesepakatan antara "
        "Direktorat Jenderal Bina Pembangunan Daerah Kementerian Dalam Negeri dan Pemerintah Provinsi "
        "Kalimantan Barat di Jakarta, Selasa (2/7/2024).",
        "Nota kesepakatan ditandatangani Direktur Jenderal Bina Pembangunan Daerah, Rudi Harahap, dan "
        "Gubernur Kalimantan Barat, Sutan Rahman.")
    sig = first_signing(text)
    assert [(a.name, a.role, a.party) for a in sig.attendees] == [("Hadi Prasetyo", "Menteri Dalam Negeri", None)]


# --- a directorate general of the Supreme Court -------------------------------------------------

def test_a_court_directorate_general_is_read_with_its_court():
    assert names("Direktorat Jenderal Badan Peradilan Agama Mahkamah Agung meneken MoU.") == [
        "Direktorat Jenderal Badan Peradilan Agama Mahkamah Agung"]
    # (its short form in mixed case between the unit and the court)
    assert names("Ombudsman RI dan Direktorat Jenderal Badan Peradilan Umum (Badilum) Mahkamah Agung "
                 "menandatangani perjanjian kerja sama.") == [
        "Ombudsman Republik Indonesia", "Direktorat Jenderal Badan Peradilan Umum Mahkamah Agung"]


def test_a_ministry_directorate_general_with_its_gloss_as_before():
    # (guard: an acronym gloss before the ministry, read as before)
    assert names("Direktorat Jenderal Perimbangan Keuangan (DJPK) Kementerian Keuangan meneken MoU.") == [
        "Direktorat Jenderal Perimbangan Keuangan Kementerian Keuangan"]
    # (guard: "dan" between the unit and the court: two bodies)
    assert names("Direktorat Jenderal Badan Peradilan Umum dan Mahkamah Agung meneken MoU.") == [
        "Direktorat Jenderal Badan Peradilan Umum", "Mahkamah Agung"]
    # (guard: a mixed-case gloss with no parent after it stays out of the name)
    assert names("Direktorat Jenderal Pajak (Ditjen) Jakarta meneken MoU.") == ["Direktorat Jenderal Pajak"]


# --- "Pada:" as the publication date's label -----------------------------------------------------

def test_pada_with_its_colon_labels_the_publication_date():
    from mou_extract.clean import parse_date_line
    assert parse_date_line("Pada: Selasa, 10 Jun 2025, 09:45 WIB") == ("2025-06-10", False)
    assert parse_date_line("Pada : Kamis, 3 Juli 2025 | 14:20 WIB") == ("2025-07-03", False)
    # (guard: "Pada" opening a sentence with no colon is no label)
    assert parse_date_line("Pada Selasa, 10 Juni 2025") is None
    assert parse_date_line("Pada: rapat itu hadir 20 orang pada 2025") is None


def test_the_byline_block_with_pada_gives_the_published_date():
    from mou_extract import extract_text
    text = article(
        "Ombudsman dan BPJS Sepakat Perkuat Layanan",
        "Penulis: Andi Saputra\nPada: Rabu, 11 Jun 2025, 10:15 WIB",
        "Ombudsman Republik Indonesia dan BPJS Kesehatan menandatangani perjanjian kerja sama di Jakarta, "
        "Selasa (10/6/2025).")
    assert extract_text(text, id="t").article.published == "2025-06-11"


# --- scope: what the sides "also will" do with each other; a focus after the partner ----------------

def _labels(text: str) -> list[str]:
    return [h.label for h in first_signing(text).scope]


def _renewal(addition: str) -> str:
    return article(
        "LKPP dan Ombudsman Perpanjang Nota Kesepahaman",
        "JAKARTA - Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah (LKPP) dan Ombudsman Republik Indonesia "
        "menandatangani nota kesepahaman di Jakarta, Kamis (30/10/2025).",
        "Selain pencegahan maladministrasi, kedua lembaga menambahkan klausul penanganan pengaduan penyedia "
        "usaha kecil.",
        '"Keluhan pelaku usaha itu nyata," kata Wisnu.',
        addition)


def test_what_the_sides_also_will_do_with_each_other_is_agreed_too():
    labels = _labels(_renewal("Tegar menambahkan, kedua lembaga juga akan saling berbagi data dan informasi "
                              "serta menggelar pelatihan bagi pejabat pengadaan."))
    assert "data_exchange" in labels and "capacity_building" in labels


def test_an_also_will_without_saling_as_before():
    # (guard: the same without "saling" was read before)
    labels = _labels(_renewal("Tegar menambahkan, kedua lembaga juga akan menggelar pelatihan bagi pejabat pengadaan."))
    assert "capacity_building" in labels
    # (guard: "saling" in a sentence that adds nothing the agreement does)
    labels = _labels(_renewal("Tegar menambahkan, kedua lembaga saling menghormati kewenangan masing-masing."))
    assert "data_exchange" not in labels and "capacity_building" not in labels


def _two_signings(focus: str) -> str:
    return article(
        "Sehari, Ombudsman Aceh Teken Dua Kerja Sama",
        "BANDA ACEH - Ombudsman RI Perwakilan Aceh menandatangani dua dokumen kerja sama sekaligus, Senin (8/9/2025).",
        "Pagi hari, Kepala Ombudsman RI Perwakilan Aceh Teuku Rahman bersama Ketua Pengadilan Tinggi Banda Aceh "
        "Syahrial Lubis meneken nota kesepahaman di Ruang Sidang Utama Pengadilan Tinggi Banda Aceh. Dalam "
        "kesepahaman itu, kedua lembaga bersepakat mempercepat penyelesaian pengaduan masyarakat.",
        "Siang harinya, Teuku Rahman menandatangani perjanjian kerja sama dengan Pemerintah Kota Banda Aceh di "
        "Balai Kota Banda Aceh. PKS diteken Sekretaris Daerah Kota Banda Aceh, Cut Intan, atas nama wali kota.",
        focus)


def test_a_focus_told_after_the_agreement_and_its_partner_is_its_scope():
    text = _two_signings("PKS dengan Pemko Banda Aceh menitikberatkan pada pemantauan standar pelayanan serta "
                         "bimbingan teknis bagi petugas pengaduan.")
    from mou_extract import extract_text
    second = extract_text(text, id="t").signings[1]
    assert [h.label for h in second.scope] == ["monitoring_evaluation", "capacity_building"]


def test_a_focus_in_a_relative_clause_after_the_partner_is_not_this_statement():
    # (guard: "... dengan Pemkab X yang menitikberatkan pada ...": the lead's parties stay read there)
    from mou_extract import scope as S
    t = ("Ombudsman menandatangani nota kesepakatan dengan Pemerintah Kabupaten Seluma yang menitikberatkan "
         "pada peningkatan kapasitas sumber daya manusia.")
    assert all(h.statement is None or h.statement[0] > t.index("yang") for h in S.find_scope(t) if h.cue)


def test_an_agreement_that_governs_how_an_activity_is_done_covers_it():
    from mou_extract import scope as S
    t = ('"Nah, perjanjian ini mengatur bagaimana laporan warga soal layanan itu diteruskan dan '
         'diselesaikan oleh kantor wilayah," ujar Rina.')
    assert [(h.label, h.cue) for h in S.find_scope(t)] == [("complaint_handling", True)]
    t = "PKS ini mengatur bagaimana kedua pihak saling bertukar data kependudukan."
    assert [(h.label, h.cue) for h in S.find_scope(t)] == [("data_exchange", True)]


def test_governing_how_without_a_label_or_agreement_gives_nothing():
    from mou_extract import scope as S
    # (guard: the how names no area; no `other` from the clause)
    assert S.find_scope("PKS ini mengatur bagaimana pembagian hasil dihitung.") == []
    # (guard: no agreement named: a speaker explaining, no statement)
    assert [(h.label, h.cue) for h in S.find_scope("Ia menjelaskan bagaimana laporan itu diselesaikan.")] == [
        ("complaint_handling", False)]


# --- a ministry joined to the agency its minister also heads ------------------------------------------

def test_a_ministry_and_its_agency_joined_by_a_slash_are_one_party():
    assert names("Kementerian Kependudukan dan Pembangunan Keluarga/BKKBN menandatangani nota kesepahaman.") == [
        "Kementerian Kependudukan dan Pembangunan Keluarga/Badan Kependudukan dan Keluarga Berencana Nasional"]
    assert names("Kementerian Investasi dan Hilirisasi/BKPM meneken MoU.") == [
        "Kementerian Investasi dan Hilirisasi/Badan Koordinasi Penanaman Modal"]
    # (a name that already holds the agency: the agency is not a second party)
    assert names("Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional meneken MoU.") == [
        "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"]


def test_bodies_set_apart_by_a_spaced_slash_or_dan_stay_two():
    # (guard: a slash with spaces, a company, "dan")
    assert names("Kementerian Kesehatan / BKKBN meneken MoU.") == ["Kementerian Kesehatan", "BKKBN"]
    assert names("Kementerian Kesehatan/BPJS Kesehatan meneken MoU.") == ["Kementerian Kesehatan", "BPJS Kesehatan"]
    assert names("Kementerian Kesehatan dan BKKBN meneken MoU.") == ["Kementerian Kesehatan", "BKKBN"]
