"""Shapes found by the held-out written sets of rounds 5 to 9 (tests/corpus/variety4 to
variety8, each written by someone who had not read the code): earlier signings told in
passing, planned, scheduled or postponed signings, budget documents named again,
region short forms in roles, witnesses' offices, counted governments named later, roles
in brackets, English copy, venues of the lead event, scope cues ("sepakat <verb>",
"N hal:", "memuat"), Aceh's councils and the Jakarta office of the Ombudsman. Sentences
written for these tests; none comes from a corpus article."""
import pytest

from mou_extract import extract_text
from variety_helpers import article, first_signing, people



# articles that mention a signing and report none (RECORD.md is_signing)
NOT_SIGNINGS = [
    pytest.param((
        "Laporan Masyarakat ke Ombudsman Jambi Turun",
        "JAMBI – Jumlah laporan masyarakat ke Ombudsman RI Perwakilan Jambi pada semester pertama "
        "turun 20 persen dibanding periode yang sama.",
        "Kepala Ombudsman Jambi Dedi Kurniawan menyebut penurunan itu berkat nota kesepakatan yang "
        "ditandatangani Ombudsman Jambi bersama Pemkab Kerinci pada Maret tahun lalu, yang saat itu "
        "diteken langsung oleh wakil bupati.",
        "Ia berharap pemda lain menyusul memperbaiki unit pengaduan masing-masing."), id="earlier-signing-in-passing"),
    pytest.param((
        "Draf Kesepakatan Ombudsman dan Pemkab Konawe Rampung",
        "KENDARI – Ombudsman RI Perwakilan Sulawesi Tenggara dan Pemerintah Kabupaten Konawe "
        "merampungkan pembahasan draf nota kesepakatan, Senin (3/6/2024).",
        "Penandatanganan nota kesepakatan dijadwalkan berlangsung Kamis mendatang di Kendari oleh "
        "Bupati Konawe dan Kepala Ombudsman Sultra.",
        "Ombudsman Sultra juga berencana meneken kesepakatan serupa dengan Pemkab Kolaka."), id="scheduled-by-its-noun"),
    pytest.param((
        "Bupati dan DPRK Aceh Utara Teken KUA-PPAS",
        "LHOKSUKON – Bupati Aceh Utara bersama pimpinan DPRK Aceh Utara menandatangani Nota Kesepakatan "
        "Kebijakan Umum Anggaran dan Prioritas Plafon Anggaran Sementara APBK 2026, Senin (18/8/2025).",
        "Nota kesepakatan diteken Bupati Aceh Utara Ismail Jalil dan Ketua DPRK Aceh Utara Arafat dalam "
        "rapat paripurna."), id="budget-document-named-again"),
    pytest.param((
        "Penandatanganan MoU Ombudsman dan Pemkab Natuna Ditunda",
        "RANAI – Penandatanganan nota kesepakatan antara Ombudsman RI Perwakilan Kepulauan Riau dan "
        "Pemerintah Kabupaten Natuna yang semula dijadwalkan Senin (8/9/2025) ditunda.",
        "Agenda itu kini direncanakan berlangsung bulan depan."), id="postponed-far-on"),
]


@pytest.mark.parametrize("paras", NOT_SIGNINGS)
def test_articles_that_report_no_signing(paras):
    rec = extract_text(article(*paras), id="t")
    assert not rec.is_signing

# parties named in the text that did not sign this agreement
PARTIES = [
    pytest.param((
        "Ombudsman Kalbar Teken Kesepakatan dengan Pemkab Sambas",
        "PONTIANAK – Ombudsman RI Perwakilan Kalimantan Barat menandatangani nota kesepakatan dengan "
        "Pemerintah Kabupaten Sambas, Kamis (6/6/2024).",
        "Laporan terbanyak datang dari daerah perbatasan, yakni Kabupaten Bengkayang, Sanggau dan Sintang."),
        {"Ombudsman RI Perwakilan Kalimantan Barat", "Pemerintah Kabupaten Sambas"}, id="regions-listed-without-a-count"),
    pytest.param((
        "Ombudsman NTT dan RSUD Teken PKS",
        "KUPANG – Ombudsman RI Perwakilan Nusa Tenggara Timur dan Pemerintah Kota Kupang menandatangani "
        "perjanjian kerja sama di Kantor Wali Kota Kupang, Rabu (12/6/2024).",
        "PKS ini merupakan tindak lanjut dari nota kesepakatan yang telah dijalin Ombudsman RI dan "
        "Pemprov NTT pada 2022 lalu.",
        "PKS diteken Kepala Ombudsman RI Perwakilan NTT Darius Beda Daton dan Wali Kota Kupang "
        "George Hadjoh."),
        {"Ombudsman RI Perwakilan Nusa Tenggara Timur", "Pemerintah Kota Kupang"}, id="earlier-agreement-sentence"),
    pytest.param((
        "Ombudsman Papua Barat dan Pemkab Sorong Selatan Teken Nota Kesepakatan",
        "TEMINABUAN – Ombudsman RI Perwakilan Papua Barat dan Pemerintah Kabupaten Sorong Selatan "
        "menandatangani nota kesepakatan di Kantor Bupati Sorong Selatan, Senin (7/7/2025).",
        "Kota Sorong telah lebih dulu meneken nota kesepakatan serupa pada tahun lalu."),
        {"Ombudsman RI Perwakilan Papua Barat", "Pemerintah Kabupaten Sorong Selatan"}, id="another-region-signed-earlier"),
    pytest.param((
        "Ombudsman NTB dan Pemkab Dompu Teken Nota Kesepakatan",
        "DOMPU – Ombudsman RI Perwakilan Nusa Tenggara Barat dan Pemerintah Kabupaten Dompu "
        "menandatangani nota kesepakatan di Kantor Bupati Dompu, Senin (4/8/2025). Bupati Dompu yang "
        "sedang mengikuti rapat bersama Gubernur NTB di Mataram diwakili Wakil Bupati Dompu Syahrul Parsan."),
        {"Ombudsman RI Perwakilan Nusa Tenggara Barat", "Pemerintah Kabupaten Dompu"}, id="where-an-absent-signer-is"),
    pytest.param((
        "Ombudsman Malut dan Pemkot Ternate Teken Nota Kesepakatan",
        "TERNATE – Ombudsman RI Perwakilan Maluku Utara dan Pemerintah Kota Ternate menandatangani nota "
        "kesepakatan di Kantor Wali Kota Ternate, Selasa (14/10/2025).",
        "Menurut dia, Ombudsman Malut sebelumnya sudah meneken kesepakatan serupa dengan Pemkab Halmahera "
        "Barat pada Agustus lalu."),
        {"Ombudsman RI Perwakilan Maluku Utara", "Pemerintah Kota Ternate"}, id="earlier-signing-last-month")
]


@pytest.mark.parametrize("paras, parties", PARTIES)
def test_only_the_institutions_that_signed_are_parties(paras, parties):
    sg = first_signing(article(*paras))
    assert {p.name for p in sg.parties} == parties


def test_a_signing_reported_with_a_later_schedule_is_still_reported():
    sg = first_signing(article(
        "Ombudsman Sultra Teken Kesepakatan dengan Pemkab Konawe",
        "KENDARI – Ombudsman RI Perwakilan Sulawesi Tenggara menandatangani nota kesepakatan dengan "
        "Pemerintah Kabupaten Konawe di Kantor Bupati Konawe, Senin (3/6/2024).",
        "Nota kesepakatan ditandatangani Bupati Konawe Rudi Hartono dan Kepala Ombudsman RI Perwakilan "
        "Sultra Sitti Aminah. Penandatanganan dengan Pemkab Kolaka dijadwalkan pekan depan."))
    assert {p.name for p in sg.parties} == {"Ombudsman RI Perwakilan Sulawesi Tenggara",
                                            "Pemerintah Kabupaten Konawe"}


def test_a_glossed_short_form_in_a_role_gets_the_full_jurisdiction():
    sg = first_signing(article(
        "Ombudsman Malut Teken Kesepakatan dengan Pemkab Halsel",
        "LABUHA – Ombudsman RI Perwakilan Maluku Utara menandatangani nota kesepakatan dengan "
        "Pemerintah Kabupaten Halmahera Selatan (Halsel) di Labuha, Rabu (5/6/2024).",
        "Nota kesepakatan ditandatangani Sekretaris Daerah Halsel, Hasan Basri Ode, dan Kepala "
        "Ombudsman RI Perwakilan Maluku Utara, Irwan Umasugi."))
    roles = {p.name: p.role for p in sg.signatories}
    assert roles["Hasan Basri Ode"] == "Sekretaris Daerah Kabupaten Halmahera Selatan"


def test_a_witness_office_named_again_later_is_not_a_party():
    sg = first_signing(article(
        "Ombudsman Riau Teken Kesepakatan dengan Pemkab Siak",
        "SIAK – Ombudsman RI Perwakilan Provinsi Riau menandatangani nota kesepakatan dengan "
        "Pemerintah Kabupaten Siak, Selasa (4/6/2024).",
        "Nota kesepakatan ditandatangani Bupati Siak Alfian Syah dan Kepala Ombudsman RI Perwakilan "
        "Riau Bambang Pratama. Penandatanganan disaksikan Anggota Ombudsman RI Dewi Kartika.",
        "Anggota Ombudsman RI Dewi Kartika mengingatkan, kesepakatan yang diteken hari itu harus "
        "segera dijalankan."))
    assert {p.name for p in sg.parties} == {"Ombudsman RI Perwakilan Riau", "Pemerintah Kabupaten Siak"}
    assert [p.name for p in sg.attendees] == ["Dewi Kartika"]


def test_counted_governments_named_in_the_next_sentence_are_parties():
    sg = first_signing(article(
        "Ombudsman Kalbar Teken Kesepakatan dengan Empat Pemkab",
        "PONTIANAK – Ombudsman RI Perwakilan Kalimantan Barat menandatangani nota kesepakatan dengan "
        "empat pemerintah kabupaten, Kamis (6/6/2024).",
        "Keempat daerah itu yakni Kabupaten Sambas, Bengkayang, Landak dan Sanggau. Tiga daerah lain, "
        "yakni Kabupaten Sekadau, Sintang dan Melawi, menyusul bulan depan."))
    names = {p.name for p in sg.parties}
    assert {"Pemerintah Kabupaten Sambas", "Pemerintah Kabupaten Bengkayang", "Pemerintah Kabupaten Landak",
            "Pemerintah Kabupaten Sanggau"} <= names
    assert not names & {"Pemerintah Kabupaten Sekadau", "Pemerintah Kabupaten Sintang",
                        "Pemerintah Kabupaten Melawi"}


def test_a_field_that_names_two_areas_stays_in_the_role():
    ms = people("Penandatanganan dilakukan Wakil Rektor Bidang Akademik dan Kemahasiswaan, "
                "Prof. Dr. Siti Aisyah, M.Pd., atas nama rektor.")
    assert ("Siti Aisyah", "Wakil Rektor", "Bidang Akademik dan Kemahasiswaan", "signer") in ms
    assert not any(n == "Kemahasiswaan" for n, _, _, _ in ms)


def test_lower_case_doctor_title_between_role_and_name():
    ms = people("Pada kesempatan itu, Dekan Fakultas Kedokteran Unsrat, dr. Maria Lumowa, Sp.PD., dan "
                "Direktur RSUD Bitung, dr. Jefri Tumiwa, menandatangani perjanjian kerja sama.")
    assert ("Maria Lumowa", "Dekan", "Fakultas Kedokteran Unsrat", "signer") in ms
    assert ("Jefri Tumiwa", "Direktur", "RSUD Bitung", "signer") in ms


def test_an_institution_named_as_a_place_is_not_a_party():
    sg = first_signing(article(
        "Kejari dan Pemkot Palangka Raya Teken Kerja Sama Datun",
        "PALANGKA RAYA – Pemerintah Kota Palangka Raya dan Kejaksaan Negeri Palangka Raya menandatangani "
        "nota kesepakatan bidang perdata dan tata usaha negara, Selasa (11/6/2024).",
        "Kepala Kejari Palangka Raya berhalangan hadir karena mengikuti rapat di Kejaksaan Tinggi Kalimantan "
        "Tengah, sehingga nota ditandatangani Kasi Datun Rudi Hartono atas nama Kajari dan Wali Kota "
        "Palangka Raya Fairid Naparin."))
    names = {p.name for p in sg.parties}
    assert len(names) == 2 and not any("Tinggi" in n for n in names)


def test_units_relative_clauses_and_counts_are_not_other_scope():
    from mou_extract.scope import find_scope

    text = ("Nota kesepakatan itu meliputi Dinas Kesehatan, Dinas Sosial dan Rumah Sakit Umum Daerah. "
            "Kerja sama ini bertujuan untuk meningkatkan kualitas pelayanan publik di Kabupaten Sikka, "
            "yang kini menjadi tujuan wisata. Nota kesepahaman ini mengatur tiga hal.")
    others = [h.text for h in find_scope(text) if h.label == "other"]
    assert not any(t.startswith(("Dinas", "Rumah", "yang", "tiga")) for t in others), others
    kept = [h.text for h in find_scope("Kesepakatan ini meliputi penelitian bersama, serta dukungan "
                                       "pelaksanaan Sensus Pertanian 2026.") if h.label == "other"]
    assert any("Sensus Pertanian 2026" in t for t in kept)


def test_aceh_councils_and_long_forms_of_regional_councils():
    from mou_extract.parties import find_parties

    t = ("dengan Dewan Perwakilan Rakyat Kota (DPRK) Lhokseumawe, Dewan Perwakilan Rakyat Daerah (DPRD) "
         "Kabupaten Banjar dan DPRK Aceh Besar")
    assert [p.name for p in find_parties(t, 0, len(t))] == [
        "DPRK Kota Lhokseumawe", "DPRD Kabupaten Banjar", "DPRK Kabupaten Aceh Besar"]


def test_ombudsman_acting_through_its_provincial_office():
    from mou_extract.parties import find_parties

    for t in ("Ombudsman Republik Indonesia melalui Perwakilan Provinsi Jambi menandatangani",
              "Kepala Perwakilan Ombudsman RI Provinsi Jambi, Eka Putra,"):
        assert [p.name for p in find_parties(t, 0, len(t))] == ["Ombudsman RI Perwakilan Jambi"]


def test_roles_in_brackets_after_the_names():
    ms = people("Nota kesepakatan ditandatangani oleh Markus Wanma (Kepala Ombudsman RI Perwakilan Papua), "
                "Septinus Rumbiak (Penjabat Bupati Biak Numfor), dan Yulianus Kafiar (Sekretaris Daerah "
                "Kabupaten Supiori). Turut hadir Daniel Mansoben (Asisten Administrasi Umum Setda Biak Numfor).")
    got = {n: (t, o, c) for n, t, o, c in ms if n}
    assert got["Markus Wanma"] == ("Kepala", "Ombudsman RI Perwakilan Papua", "signer")
    assert got["Septinus Rumbiak"] == ("Penjabat Bupati", "Biak Numfor", "signer")
    assert got["Yulianus Kafiar"][0] == "Sekretaris Daerah"
    assert got["Daniel Mansoben"][2] == "attendee"
    # a position in brackets ("(kiri)") is not a role
    assert people("Bupati Tapin (kiri) Arifin Arpan menandatangani nota.")[0][:3] == ("Arifin Arpan", "Bupati", "Tapin")


def test_institution_written_with_its_acronym_first_stays_whole_in_the_role():
    ms = people("PKS diteken Direktur Utama BPJS Kesehatan, Ghufron Mukti, dan Direktur Utama BRK Syariah, "
                "Rahmat Hidayat.")
    assert ("Rahmat Hidayat", "Direktur Utama", "BRK Syariah", "signer") in ms


def test_publication_lines_with_a_section_label_or_a_view_counter():
    from mou_extract.clean import parse_date_line

    assert parse_date_line("Diposting pada 3 Juli 2025 oleh Redaksi | 1.204 kali dilihat") == ("2025-07-03", False)
    assert parse_date_line("Hukum • Kamis, 4 April 2024 14:52 WIB") == ("2024-04-04", False)
    assert parse_date_line("Oleh Redaksi • Semarang") is None


def test_outlet_then_city_with_a_colon_dateline():
    from mou_extract.clean import clean

    c = clean("Judul Berita\n\nSemarangPos.com – KENDAL: Pemerintah Kabupaten Kendal menandatangani nota "
              "kesepakatan dengan Ombudsman RI Perwakilan Jawa Tengah.\n")
    assert (c.dateline, c.outlet) == ("Kendal", "SemarangPos.com")


def test_people_a_virtual_event_was_attended_by():
    ms = people("Acara daring itu juga diikuti Sekretaris Daerah Mappi, Yohanes Kambu, dan Kepala Bagian "
                "Hukum Setda Mappi, Maria Womsiwor.")
    assert {(n, c) for n, _, _, c in ms if n} == {("Yohanes Kambu", "attendee"), ("Maria Womsiwor", "attendee")}


# --- round 7 (tests/corpus/variety6) ----------------------------------------------------

def test_signing_at_the_same_occasion_takes_the_venue_of_the_lead_event():
    sg = first_signing(article(
        "HUT Kabupaten Badung, Pemkab dan Ombudsman Bali Teken MoU",
        "MANGUPURA – Bupati Badung membacakan amanat pada upacara HUT Kabupaten Badung di Lapangan "
        "Puspem Badung, Senin (16/9/2024).",
        "Usai upacara, di lokasi yang sama digelar penandatanganan nota kesepahaman antara Pemerintah "
        "Kabupaten Badung dan Ombudsman RI Perwakilan Bali."))
    assert sg.venue is not None and sg.venue.name == "Lapangan Puspem Badung"


def test_the_subject_document_not_the_one_its_relative_clause_names():
    rec = extract_text(article(
        "Ombudsman Sultra dan Pemkab Muna Teken PKS",
        "RAHA – Ombudsman RI Perwakilan Sulawesi Tenggara dan Pemerintah Kabupaten Muna menandatangani "
        "perjanjian kerja sama di Kantor Bupati Muna, Rabu (19/3/2025).",
        "Nota kesepakatan yang menjadi payung PKS tersebut ditandatangani Bupati Muna Rusman Emba dan "
        "Kepala Ombudsman Sultra Mastri Susilo di Kendari, Senin (3/3/2025)."), id="t")
    assert sorted(s.document_type for s in rec.signings) == ["nota_kesepakatan", "perjanjian_kerja_sama"]


def test_agreed_to_do_a_list_of_things_is_a_scope_statement():
    from mou_extract.scope import find_scope, select_scope

    text = ("Dalam nota kesepakatan itu, kedua pihak sepakat mempercepat penyelesaian laporan masyarakat, "
            "mencegah maladministrasi, dan bertukar data terkait pelayanan publik.")
    labels = {h.label for h in select_scope(find_scope(text))}
    assert {"complaint_handling", "maladministration_prevention", "data_exchange"} <= labels
    assert "other" not in labels


def test_english_copy_that_glosses_the_indonesian_document_name():
    sg = first_signing(article(
        "Ombudsman signs MoU with Balikpapan",
        "BALIKPAPAN - The East Kalimantan office of the Indonesian Ombudsman (Ombudsman RI Perwakilan "
        "Kalimantan Timur) signed a memorandum of understanding, or nota kesepakatan, with the Balikpapan "
        "City administration on Tuesday, July 8, 2025.",
        "Ombudsman RI member Budi Santoso, who flew in from Jakarta, witnessed the signing."))
    assert sg.document_type == "nota_kesepakatan"
    assert [p.name for p in sg.attendees] == ["Budi Santoso"]
    assert "Ombudsman Republik Indonesia" not in {p.name for p in sg.parties}


def test_a_counted_list_after_a_colon_in_an_agreement_sentence_is_the_scope():
    from mou_extract.scope import find_scope, select_scope

    t = ("Ia menyebut kerja sama ini menyasar tiga hal: percepatan penanganan pengaduan masyarakat, "
         "pencegahan maladministrasi, dan saling tukar data dan informasi.")
    assert {h.label for h in select_scope(find_scope(t))} == {
        "complaint_handling", "maladministration_prevention", "data_exchange"}
    # without an agreement word the same list says nothing about an agreement
    t2 = "Ia menyebut warga mengeluhkan tiga hal: penanganan pengaduan masyarakat dan pelayanan kesehatan."
    assert select_scope(find_scope(t2)) == []


# --- round 8 (tests/corpus/variety7) ----------------------------------------------------

def test_attendees_listed_with_semicolons_share_the_cue():
    ms = people("Turut hadir Rudi Hartono, Asisten Pemerintahan Setda Natuna; Siti Aminah, S.E., Inspektur "
                "Kabupaten Natuna; serta Yusuf Kalla, Kepala Keasistenan Pemeriksaan Ombudsman Kepri.")
    assert [(n, c) for n, _, _, c in ms] == [("Rudi Hartono", "attendee"), ("Siti Aminah", "attendee"),
                                             ("Yusuf Kalla", "attendee")]


def test_the_city_after_a_venue_and_a_province_of_origin_are_not_parties():
    sg = first_signing(article(
        "Kanwil BPN Banten dan Ombudsman Banten Teken Nota Kesepakatan",
        "SERANG – Kanwil BPN Banten dan Ombudsman RI Perwakilan Banten menandatangani nota kesepakatan, "
        "Rabu (17/7/2025), di Aula Kanwil BPN Banten, Kota Serang. Pada kesempatan yang sama, sejumlah "
        "pemerintah daerah dari Provinsi Lampung juga menandatangani nota kesepakatan serupa."))
    names = {p.name for p in sg.parties}
    assert "Pemerintah Kota Serang" not in names and "Pemerintah Provinsi Lampung" not in names


def test_the_jakarta_office_of_the_ombudsman_has_its_own_name():
    from mou_extract.parties import find_parties

    for t in ("Ombudsman RI Perwakilan Jakarta Raya menandatangani", "Ombudsman RI Perwakilan DKI Jakarta dan"):
        assert [p.name for p in find_parties(t, 0, len(t))] == ["Ombudsman RI Perwakilan Jakarta Raya"]


def test_contains_a_number_of_commitments_then_lists_them_in_the_next_sentence():
    from mou_extract.scope import find_scope, select_scope

    t = ("Ia menjelaskan, nota kesepakatan itu memuat sejumlah komitmen. Di antaranya pengawasan "
         "pelayanan SIM, percepatan penyelesaian laporan masyarakat, serta pelatihan bagi personel.")
    labels = {h.label for h in select_scope(find_scope(t))}
    assert {"monitoring_evaluation", "complaint_handling", "capacity_building"} <= labels
    # the cue words themselves are no item of their own
    t2 = ("Kedua nota kesepakatan memuat ruang lingkup yang sama, yaitu percepatan penyelesaian laporan "
          "masyarakat dan pencegahan maladministrasi. PKS memuat hal-hal teknis yang belum dirinci.")
    assert "other" not in {h.label for h in select_scope(find_scope(t2))}


# --- round 9 (tests/corpus/variety8) ----------------------------------------------------

def test_an_unknown_dateline_town_is_the_seat_of_the_regency_whose_office_is_the_venue():
    sg = first_signing(article(
        "Pemkab Murung Raya dan Ombudsman Kalteng Teken Nota Kesepakatan",
        "PURUK CAHU, KaltengPos.id – Ombudsman RI Perwakilan Kalimantan Tengah dan Pemerintah Kabupaten "
        "Murung Raya menandatangani nota kesepakatan di Aula Kantor Bupati Murung Raya, Kamis (16/10/2025)."))
    assert sg.venue is not None and sg.venue.city == "Puruk Cahu"
    # a hotel named after a city is no regent's office: the dateline says nothing about it
    sg = first_signing(article(
        "Bupati SBD Teken Nota Kesepakatan di Kupang",
        "TAMBOLAKA, sumbaekspres.com – Bupati Sumba Barat Daya menandatangani nota kesepakatan dengan "
        "Ombudsman RI Perwakilan Nusa Tenggara Timur di Ballroom Hotel Aston Kupang, Selasa (20/5/2025)."))
    assert sg.venue is not None and sg.venue.city != "Tambolaka"


def test_a_gloss_inside_a_regency_name():
    from mou_extract.parties import find_parties

    t = "Pemerintah Kabupaten Ogan Komering Ulu (OKU) Timur dan Kabupaten Barito Kuala (Batola)"
    assert [p.name for p in find_parties(t, 0, len(t))] == [
        "Pemerintah Kabupaten Ogan Komering Ulu Timur", "Pemerintah Kabupaten Barito Kuala"]


def test_scope_items_one_per_sentence_opened_by_ordinals():
    from mou_extract.scope import find_scope, select_scope

    t = ("Dalam kesepakatan itu, kedua pihak sepakat bekerja sama dalam beberapa hal. Pertama, "
         "percepatan penanganan pengaduan masyarakat. Kedua, pemantauan pelaksanaan standar pelayanan. "
         "Ketiga, kegiatan lain yang disepakati kedua belah pihak.")
    assert {h.label for h in select_scope(find_scope(t))} == {
        "complaint_handling", "monitoring_evaluation", "other_agreed"}
