"""Shapes found by the held-out set of round 10 (tests/corpus/variety9, written by someone
who had not read the code): signings that are denied, rumoured or a year old, told in
interviews and clarifications. Sentences written for these tests; none comes from a
corpus article."""
import pytest

from mou_extract import extract_text
from variety_helpers import article


# articles that mention a signing and report none (RECORD.md is_signing)
NOT_SIGNINGS = [
    pytest.param((
        "Evaluasi Setahun Kesepakatan Ombudsman dan Pemprov Maluku",
        "Rabu, 10 September 2025",
        "AMBON – Setahun lalu, Ombudsman RI Perwakilan Maluku menandatangani nota kesepakatan dengan "
        "Pemerintah Provinsi Maluku. Kepala Ombudsman Maluku Hasan Latuconsina menilai pelaksanaannya "
        "baru separuh jalan, Selasa (9/9/2025).",
        "Nota kesepakatan itu diteken Oktober tahun lalu di Ambon."), id="a-year-ago-opening"),
    pytest.param((
        "Pemkot Bantah Teken Perjanjian dengan Pengembang",
        "BITUNG – Pemerintah Kota Bitung membantah telah menandatangani perjanjian kerja sama dengan "
        "PT Lembeh Permai terkait reklamasi pantai, Jumat (12/9/2025).",
        "Menurut Kabag Hukum Setda Bitung, Rinto Pangemanan, dokumen yang beredar itu hanya draf."), id="denied"),
    pytest.param((
        "Foto Bupati Teken Dokumen Ramai di Media Sosial",
        "SINJAI – Sebuah akun media sosial mengunggah foto Bupati Sinjai yang sedang menandatangani "
        "nota kesepahaman dengan sebuah perusahaan sawit, Selasa (2/9/2025).",
        "Pemkab Sinjai menyatakan foto itu diambil saat bupati mengisi buku tamu."), id="rumoured-post"),
    pytest.param((
        "Yang Diteken Bupati Ternyata Daftar Hadir",
        "MAROS – Kabag Prokopim Setda Maros Rusdi Amir menjelaskan, dokumen yang ditandatangani bupati "
        "saat menerima rombongan investor, Kamis (4/9/2025), adalah daftar hadir, bukan nota kesepahaman.",
        "Pertemuan itu hanya perkenalan."), id="not-the-document"),
    pytest.param((
        "Ombudsman Sidak RSUD Tidore",
        "Selasa, 21 Januari 2025",
        "TIDORE – Ombudsman RI Perwakilan Maluku Utara melakukan inspeksi mendadak ke RSUD Tidore, Senin (20/1).",
        "Ia mengingatkan bahwa Pemerintah Kota Tidore Kepulauan dan Ombudsman Malut telah menandatangani nota "
        "kesepakatan peningkatan kualitas pelayanan publik pada Mei 2023."), id="recalled-with-month-and-year"),
]


@pytest.mark.parametrize("paras", NOT_SIGNINGS)
def test_articles_that_report_no_signing(paras):
    rec = extract_text(article(*paras), id="t")
    assert not rec.is_signing, [s.document_type for s in rec.signings]


def test_a_recent_signing_with_last_year_elsewhere_is_still_a_signing():
    rec = extract_text(article(
        "Ombudsman dan Pemkab Seram Bagian Barat Teken Kesepakatan",
        "PIRU – Ombudsman RI Perwakilan Maluku dan Pemerintah Kabupaten Seram Bagian Barat menandatangani "
        "nota kesepakatan di Kantor Bupati, Selasa (9/9/2025).",
        "Tahun lalu, laporan warga soal pelayanan kesehatan di kabupaten itu naik dua kali lipat."), id="t")
    assert rec.is_signing and rec.signings[0].date.value == "2025-09-09"


def test_counted_governments_named_with_ialah_and_hyphenated_regency_names():
    rec = extract_text(article(
        "Ombudsman Sulbar Teken Kesepakatan dengan Empat Pemda",
        "MAMUJU – Ombudsman RI Perwakilan Sulawesi Barat menandatangani nota kesepakatan dengan empat "
        "pemerintah kabupaten di Mamuju, Kamis (11/9/2025).",
        "Keempat daerah itu ialah Kabupaten Majene, Polewali Mandar, Mamasa dan Pasangkayu."), id="t")
    names = [p.name for p in rec.signings[0].parties]
    assert {"Pemerintah Kabupaten Majene", "Pemerintah Kabupaten Polewali Mandar",
            "Pemerintah Kabupaten Mamasa", "Pemerintah Kabupaten Pasangkayu"} <= set(names)
    rec = extract_text(article(
        "Pemkab Tojo Una-Una dan Ombudsman Sulteng Teken MoU",
        "AMPANA – Pemerintah Kabupaten Tojo Una-Una dan Ombudsman RI Perwakilan Sulawesi Tengah "
        "menandatangani nota kesepakatan di Kantor Bupati Tojo Una-Una, Senin (8/9/2025)."), id="t")
    gov = [p for p in rec.signings[0].parties if p.region]
    assert [(p.name, p.region.code) for p in gov] == [("Pemerintah Kabupaten Tojo Una Una", "72.09")]


def test_a_venue_given_only_as_the_town_before_the_date():
    text = article(
        "Pemkab Garut dan Ombudsman Jabar Teken Kesepakatan",
        "GARUT – Pemerintah Kabupaten Garut dan Ombudsman RI Perwakilan Jawa Barat menandatangani nota "
        "kesepakatan tentang pengelolaan pengaduan pelayanan publik di Bandung, Rabu (10/9/2025).")
    venue = extract_text(text, id="t").signings[0].venue
    assert (venue.name, venue.city, venue.evidence.text) == (None, "Bandung", "Bandung")
    # a place inside the agreement's subject is not where it was signed
    text = article(
        "Pemkab Garut dan Ombudsman Jabar Teken Kesepakatan",
        "GARUT – Pemerintah Kabupaten Garut dan Ombudsman RI Perwakilan Jawa Barat menandatangani nota "
        "kesepakatan tentang pelayanan publik di Kabupaten Garut. Penandatanganan berlangsung Rabu (10/9/2025).")
    assert extract_text(text, id="t").signings[0].venue is None


def _scope_labels(*paras):
    return [h.label for h in extract_text(article(*paras), id="t").signings[0].scope]


LEAD = ("PANGKALPINANG – Ombudsman RI Perwakilan Bangka Belitung dan Pemerintah Kota Pangkalpinang "
        "menandatangani nota kesepakatan di Kantor Wali Kota Pangkalpinang, Senin (15/9/2025).")


def test_the_venue_as_the_subject_of_the_lead():
    rec = extract_text(article(
        "Pemkab Bangka Barat dan Ombudsman Teken Kesepakatan",
        "MUNTOK – Aula Kantor Bupati Bangka Barat menjadi saksi penandatanganan nota kesepakatan antara "
        "Pemerintah Kabupaten Bangka Barat dan Ombudsman RI Perwakilan Bangka Belitung, Selasa (16/9/2025)."),
        id="t")
    venue = rec.signings[0].venue
    assert (venue.name, venue.city) == ("Aula Kantor Bupati Bangka Barat", "Muntok")


def test_an_earlier_similar_signing_opened_by_sebelumnya_adds_no_party():
    rec = extract_text(article(
        "Pemkab Belitung Timur dan Ombudsman Teken Kesepakatan", LEAD.replace(
            "Pemerintah Kota Pangkalpinang", "Pemerintah Kabupaten Belitung Timur").replace(
            "Kantor Wali Kota Pangkalpinang", "Kantor Bupati Belitung Timur"),
        "Sebelumnya, pada Mei lalu, Ombudsman Babel telah meneken nota kesepakatan serupa dengan "
        "Pemkab Bangka Tengah dan Pemkab Bangka Selatan."), id="t")
    names = {p.name for s in rec.signings for p in s.parties}
    assert "Pemerintah Kabupaten Belitung Timur" in names
    assert not names & {"Pemerintah Kabupaten Bangka Tengah", "Pemerintah Kabupaten Bangka Selatan"}


def test_a_long_field_role_with_dan_before_the_office():
    rec = extract_text(article(
        "Pemkot dan Ombudsman Babel Teken Kesepakatan", LEAD,
        "Hadir pula Kepala Bidang Pengendalian dan Penanganan Sengketa Kantor Wilayah Badan Pertanahan "
        "Nasional Provinsi Kepulauan Bangka Belitung Rudi Hartono Situmorang."), id="t")
    att = {p.name: p.role for p in rec.signings[0].attendees}
    assert att.get("Rudi Hartono Situmorang") == ("Kepala Bidang Pengendalian dan Penanganan Sengketa Kantor "
                                                  "Wilayah Badan Pertanahan Nasional Provinsi Kepulauan Bangka Belitung")


def test_a_numbered_list_after_yaitu_and_a_javanese_hall():
    text = article(
        "Pemkab Sumenep dan Ombudsman Jatim Teken MoU",
        "SUMENEP – Pemerintah Kabupaten Sumenep dan Ombudsman RI Perwakilan Jawa Timur menandatangani nota "
        "kesepahaman pada Rabu 10 Juli 2024 di Mandhapa Agung Keraton Sumenep.",
        "Nota kesepahaman itu memuat tiga hal, yaitu 1) pertukaran data, 2) pencegahan maladministrasi, "
        "dan 3) pelatihan petugas layanan.")
    sg = extract_text(text, id="t").signings[0]
    assert [h.label for h in sg.scope] == ["data_exchange", "maladministration_prevention", "capacity_building"]
    assert sg.venue.name == "Mandhapa Agung Keraton Sumenep"


def test_a_bare_kepala_perwakilan_takes_the_office_the_headline_names():
    rec = extract_text(article(
        "Ombudsman Babel dan Pemkab Bangka Tengah Teken Kesepakatan",
        "KOBA – Pemerintah Kabupaten Bangka Tengah menandatangani nota kesepakatan tentang pengawasan "
        "pelayanan publik di Kantor Bupati Bangka Tengah, Rabu (17/9/2025).",
        "Nota kesepakatan ditandatangani Bupati Bangka Tengah Algafry Rahman dan Yuliani Pratiwi, Kepala "
        "Perwakilan, disaksikan para kepala OPD."), id="t")
    sg = rec.signings[0]
    assert "Ombudsman RI Perwakilan Kepulauan Bangka Belitung" in [p.name for p in sg.parties]
    roles = {p.name: (p.role, p.party) for p in sg.signatories}
    assert roles["Yuliani Pratiwi"] == ("Kepala Ombudsman RI Perwakilan Kepulauan Bangka Belitung",
                                        "Ombudsman RI Perwakilan Kepulauan Bangka Belitung")


def test_sentences_end_after_mou_and_after_a_degree_before_a_title():
    from mou_extract import segment

    t = ("Yang diteken hanya daftar hadir, bukan MoU. Pemkab belum pernah meneken apa pun. "
         "Nota ditandatangani Kepala Perwakilan, Siti Rahma, S.H., M.H. Bupati Sinjai, Andi Kasim, "
         "berhalangan hadir. Ia diwakili Sekda Drs. H. Budi Santoso, M.Si. yang membacakan sambutan.")
    got = [t[s.start:s.end] for s in segment.sentences(t, [(0, len(t))])]
    assert got == ["Yang diteken hanya daftar hadir, bukan MoU.",
                   "Pemkab belum pernah meneken apa pun.",
                   "Nota ditandatangani Kepala Perwakilan, Siti Rahma, S.H., M.H.",
                   "Bupati Sinjai, Andi Kasim, berhalangan hadir.",
                   "Ia diwakili Sekda Drs. H. Budi Santoso, M.Si. yang membacakan sambutan."]


def test_the_signer_before_an_absent_head_in_the_next_sentence_still_signs():
    rec = extract_text(article(
        "Pemkab Sinjai dan Ombudsman Sulsel Teken Kesepakatan",
        "SINJAI – Pemerintah Kabupaten Sinjai dan Ombudsman RI Perwakilan Sulawesi Selatan menandatangani "
        "nota kesepakatan di Pendopo Bupati Sinjai, Kamis (18/9/2025).",
        "Nota kesepakatan ditandatangani Wakil Bupati Sinjai Andi Mahyanto atas nama Bupati Sinjai, dan "
        "Kepala Ombudsman RI Perwakilan Sulawesi Selatan, Siti Rahma Yusuf, S.H., M.H. Bupati Sinjai, "
        "Andi Kasim, berhalangan hadir karena mengikuti rapat di Makassar."), id="t")
    assert {p.name for p in rec.signings[0].signatories} == {"Andi Mahyanto", "Siti Rahma Yusuf"}


def test_name_abbreviations_and_an_ombudsman_office_in_lower_case():
    from mou_extract import parties, people

    t = "Turut hadir Ketua PCNU Sampang, KH. Abd. Rahman Hasyim, serta Sekda Sampang, Ach. Mukhlis."
    names = [m.name for m in people.find_mentions(t, 0, 0, len(t)) if m.name]
    assert names == ["Abd. Rahman Hasyim", "Ach. Mukhlis"]
    t = "Dokumen diteken plt kepala ombudsman ri perwakilan sulteng, Rahmat Said."
    assert [p.name for p in parties.find_parties(t, 0, len(t))] == ["Ombudsman RI Perwakilan Sulawesi Tengah"]


def test_a_regional_enterprise_keeps_its_city_and_an_example_is_no_item():
    rec = extract_text(article(
        "Kejari Bantu Perumda Tirta Kahuripan",
        "CIBINONG – Kejaksaan Negeri Kabupaten Bogor dan Perusahaan Umum Daerah Air Minum Tirta Kahuripan "
        "Bogor menandatangani perjanjian kerja sama di Aula Kejari, Senin (22/9/2025).",
        "Perjanjian diteken Kepala Kejari Kabupaten Bogor, Andi Saputra, dan Direktur Utama Perumda Air "
        "Minum Tirta Kahuripan, Rudi Hartono.",
        "Ruang lingkup perjanjian meliputi bantuan hukum dan pertimbangan hukum di bidang perdata, termasuk "
        "pendampingan dalam penagihan piutang pelanggan."), id="t")
    sg = rec.signings[0]
    assert "Perusahaan Umum Daerah Air Minum Tirta Kahuripan Bogor" in [p.name for p in sg.parties]
    assert [h.label for h in sg.scope] == ["legal_assistance"]


def test_a_role_ending_in_an_institution_the_article_glossed_then_a_comma_and_the_name():
    rec = extract_text(article(
        "BPJS Kesehatan dan Ombudsman RI Teken MoU",
        "JAKARTA – Ombudsman Republik Indonesia dan Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan "
        "menandatangani nota kesepahaman di Kantor Pusat BPJS Kesehatan, Senin (22/9/2025).",
        "Nota kesepahaman diteken Ketua Ombudsman RI Hendra Wijaya dan Direktur Utama BPJS Kesehatan Rina "
        "Kartika. Penandatanganan disaksikan Direktur Jaminan Pelayanan Kesehatan BPJS Kesehatan, Andreas "
        "Kurniawan Hadi."), id="t")
    sg = rec.signings[0]
    assert {p.name for p in sg.signatories} == {"Hendra Wijaya", "Rina Kartika"}
    assert [p.name for p in sg.attendees] == ["Andreas Kurniawan Hadi"]


def test_a_venue_written_in_lower_case_up_to_its_proper_name():
    rec = extract_text(article(
        "Ombudsman Babel Gandeng DPRD Pangkalpinang",
        "PANGKALPINANG – Ombudsman RI Perwakilan Bangka Belitung dan DPRD Kota Pangkalpinang "
        "menandatangani nota kesepahaman di ruang rapat pimpinan DPRD Kota Pangkalpinang, kemarin."), id="t")
    assert rec.signings[0].venue.name == "ruang rapat pimpinan DPRD Kota Pangkalpinang"
    rec = extract_text(article(
        "Ombudsman Babel Gandeng DPRD Pangkalpinang",
        "PANGKALPINANG – Ombudsman RI Perwakilan Bangka Belitung dan DPRD Kota Pangkalpinang "
        "menandatangani nota kesepahaman di kantor masing-masing, Senin (22/9/2025)."), id="t")
    assert rec.signings[0].venue is None


def test_unit_heads_named_before_a_comma_and_a_press_release_place_and_date_line():
    from mou_extract.clean import clean
    from mou_extract import people

    t = ("Penandatanganan disaksikan Kepala Divisi Keimigrasian, Ketut Wirawan, dan Kepala Bidang "
         "Perbendaharaan, Drs. Yosef Lamak.")
    got = [(m.name, m.role.title, [x.text for x in m.role.org]) for m in people.find_mentions(t, 0, 0, len(t))]
    assert got == [("Ketut Wirawan", "Kepala Divisi", ["Keimigrasian"]),
                   ("Yosef Lamak", "Kepala Bidang", ["Perbendaharaan"])]
    # a unit whose name ends in an office the lexicon knows: the name after it is the person's
    t = "Turut hadir Kepala Seksi Survei dan Pemetaan Kantah Maros Andi Rahman, serta para camat."
    got = [(m.name, [x.text for x in m.role.org]) for m in people.find_mentions(t, 0, 0, len(t))]
    assert got == [("Andi Rahman", ["Survei", "dan", "Pemetaan", "Kantah", "Maros"])]
    res = clean("Siaran Pers\n\nKanwil dan Ombudsman Teken Nota Kesepahaman\n\nKupang, 14 Agustus 2025\n\n"
                "Kantor Wilayah dan Ombudsman menandatangani nota kesepahaman.\n")
    assert (res.dateline, res.published) == ("Kupang", "2025-08-14")


def test_police_titles_before_ranks_and_names():
    from mou_extract import people

    t = ("MoU ditandatangani Wakapolda Sultra Brigjen Pol Dr. Agus Salim, S.I.K., yang mewakili Kapolda "
         "Sultra. Tampak hadir Dirlantas Polda Sultra Kombes Pol Rudi Hartono, S.I.K.")
    got = [(m.name, m.role.title) for m in people.find_mentions(t, 0, 0, len(t)) if m.name]
    assert got == [("Agus Salim", "Wakil Kepala Kepolisian Daerah"), ("Rudi Hartono", "Direktur Lalu Lintas")]


def test_a_hospital_named_after_a_doctor_then_a_comma_and_a_branch_office_role():
    rec = extract_text(article(
        "RSUD dr. Soedono Perpanjang PKS dengan BPJS Kesehatan",
        "MADIUN – RSUD dr. Soedono Madiun dan BPJS Kesehatan Cabang Madiun menandatangani perjanjian kerja "
        "sama pelayanan kesehatan bagi peserta JKN di Aula RSUD dr. Soedono, Selasa (23/9/2025).",
        "PKS diteken Direktur RSUD dr. Soedono Madiun, dr. Hj. Rina Wulandari, Sp.PD., dan Kepala BPJS "
        "Kesehatan Cabang Madiun, Agus Priyanto."), id="t")
    got = {(p.name, p.role) for p in rec.signings[0].signatories}
    assert got == {("Rina Wulandari", "Direktur RSUD dr. Soedono Madiun"),
                   ("Agus Priyanto", "Kepala BPJS Kesehatan Cabang Madiun")}


def test_a_company_name_holding_another_company_and_a_gloss():
    from mou_extract import parties

    t = ("Pemerintah Kota Dumai dan PT Kilang Pertamina Internasional (KPI) Refinery Unit II Dumai "
         "menandatangani nota kesepahaman, sedangkan Universitas Abdurachman Saleh (UNARS) Situbondo hadir.")
    names = [p.name for p in parties.find_parties(t, 0, len(t))]
    assert names[:2] == ["Pemerintah Kota Dumai", "PT Kilang Pertamina Internasional Refinery Unit II Dumai"]
    assert "Universitas Abdurachman Saleh" in names


def test_a_company_written_by_its_initials_is_the_party_the_article_spelled_out():
    from mou_extract.signings import _abbreviates

    assert _abbreviates("PT KPI RU II Dumai".split(), "PT Kilang Pertamina Internasional Refinery Unit II Dumai".split())
    assert not _abbreviates("PT KPI Dumai".split(), "PT Kilang Pertamina Internasional Refinery Unit II Dumai".split())
    rec = extract_text(article(
        "Pemkab Kampar dan BRK Syariah Teken PKS",
        "BANGKINANG – Pemerintah Kabupaten Kampar dan PT Bank Riau Kepri Syariah (BRK Syariah) menandatangani "
        "perjanjian kerja sama pengelolaan kas daerah di Kantor Bupati Kampar, Senin (22/9/2025).",
        "PKS diteken Bupati Kampar Ahmad Yuzar dan Direktur Utama BRK Syariah, Rudi Hartono."), id="t")
    sg = rec.signings[0]
    assert [p.name for p in sg.parties] == ["Pemerintah Kabupaten Kampar", "PT Bank Riau Kepri Syariah"]
    assert ("Rudi Hartono", "Direktur Utama Bank Riau Kepri Syariah") in {(p.name, p.role) for p in sg.signatories}


def test_a_venue_in_a_city_district_and_an_outlet_before_the_publication_date():
    from mou_extract.clean import parse_date_line

    assert parse_date_line("Kompas.com - 05/11/2025, 10:20 WIB") == ("2025-11-05", False)
    rec = extract_text(article(
        "Kompas.com - 09/09/2025, 08:15 WIB",
        "Pemkot Tangsel dan Ombudsman Banten Teken Nota Kesepakatan",
        "TANGERANG SELATAN, KOMPAS.com - Pemerintah Kota Tangerang Selatan dan Ombudsman RI Perwakilan "
        "Banten meneken nota kesepakatan di Gedung Pusat Pemerintahan Kota Tangerang Selatan, Ciputat, "
        "Senin (8/9)."), id="t")
    sg = rec.signings[0]
    assert (rec.article.published, sg.date.value) == ("2025-09-09", "2025-09-08")
    assert sg.venue.city == "Tangerang Selatan"


def test_bumd_alone_is_a_class_of_companies_not_a_party():
    from mou_extract import parties

    t = "Kerja sama itu akan ditindaklanjuti dengan perjanjian antara Kejari dan BUMD dalam waktu dekat."
    assert "Badan Usaha Milik Daerah" not in [p.name for p in parties.find_parties(t, 0, len(t))]
    t = "Pemkab dan BUMD Bangun Sarana Jaya menandatangani perjanjian."
    assert "Badan Usaha Milik Daerah Bangun Sarana Jaya" in [p.name for p in parties.find_parties(t, 0, len(t))]


def test_a_numbered_military_unit_before_a_comma_and_a_rank():
    from mou_extract import people

    t = "Turut hadir Dandim 1601/Sumba Timur, Letkol Inf Rudy Manurung, dan Dandim 0809/Kediri Agus Salim."
    got = [(m.name, " ".join(x.text for x in m.role.org)) for m in people.find_mentions(t, 0, 0, len(t))]
    assert got == [("Rudy Manurung", "1601 / Sumba Timur"), ("Agus Salim", "0809 / Kediri")]


def test_roles_written_in_lower_case_before_names():
    from mou_extract.people import restore_role_case

    t = ("Dokumen diteken plt kepala ombudsman ri perwakilan sulbar, Rahmat Said, dan bupati majene, H. "
         "Andi Achmad Syukri. Kami berbincang dengan warga, Budi Santoso mengatakan.")
    r = restore_role_case(t)
    assert len(r) == len(t)
    assert r.startswith("Dokumen diteken Plt Kepala Ombudsman RI Perwakilan Sulbar, Rahmat Said, dan Bupati Majene, H.")
    assert r.endswith("Kami berbincang dengan warga, Budi Santoso mengatakan.")
    rec = extract_text(article(
        "Ombudsman Sulbar dan Pemkab Majene Teken Kesepakatan",
        "MAJENE – Ombudsman RI Perwakilan Sulawesi Barat dan Pemerintah Kabupaten Majene menandatangani nota "
        "kesepakatan di Kantor Bupati Majene, Senin (22/9/2025).",
        t), id="t")
    got = {(p.name, p.role) for p in rec.signings[0].signatories}
    assert got == {("Rahmat Said", "Pelaksana Tugas Kepala Ombudsman RI Perwakilan Sulawesi Barat"),
                   ("Andi Achmad Syukri", "Bupati Majene")}


def test_a_signing_on_the_sidelines_of_an_opening_takes_the_opened_building_as_venue():
    rec = extract_text(article(
        "MPP Bangka Tengah Resmi Beroperasi",
        "KOBA – Mal Pelayanan Publik (MPP) Kabupaten Bangka Tengah resmi beroperasi, Rabu (17/9/2025).",
        "Di sela peresmian, Pemerintah Kabupaten Bangka Tengah dan Ombudsman RI Perwakilan Bangka Belitung "
        "menandatangani nota kesepakatan tentang pengawasan pelayanan publik."), id="t")
    assert rec.signings[0].venue.name == "Mal Pelayanan Publik (MPP) Kabupaten Bangka Tengah"


def test_an_earlier_similar_signing_with_juga_telah_adds_no_party():
    rec = extract_text(article(
        "Ombudsman Sulteng dan Pemkab Banggai Teken Kesepakatan",
        "LUWUK – Ombudsman RI Perwakilan Sulawesi Tengah dan Pemerintah Kabupaten Banggai menandatangani nota "
        "kesepakatan di Ruang Rapat Bupati Banggai, Kamis (11/9/2025).",
        "Ia menambahkan, pada 2025 Ombudsman Sulteng juga telah menandatangani nota kesepakatan serupa dengan "
        "Pemkab Poso dan Pemkot Palu."), id="t")
    assert {p.name for p in rec.signings[0].parties} == {
        "Ombudsman RI Perwakilan Sulawesi Tengah", "Pemerintah Kabupaten Banggai"}


def test_partners_named_where_the_lead_says_they_resmi_menjalin_kerja_sama():
    rec = extract_text(article(
        "Ombudsman Maluku Gandeng Pemprov",
        "AMBON – Warga pulau-pulau kecil kerap kesulitan mengadukan layanan publik.",
        "Untuk itu, Ombudsman RI Perwakilan Maluku resmi menjalin kerja sama dengan Pemerintah Provinsi Maluku.",
        "Kepala Ombudsman Maluku menyebut aduan terbanyak soal administrasi kependudukan.",
        "Gubernur Maluku berhalangan hadir dan diwakili Sekretaris Daerah Maluku, Johanis Latupeirissa. Nota "
        "kesepakatan ditandatangani di Ambon, Rabu (12/3/2025)."), id="t")
    sg = rec.signings[0]
    assert "Pemerintah Provinsi Maluku" in {p.name for p in sg.parties}
    assert "Johanis Latupeirissa" in {p.name for p in sg.signatories}


def test_an_institution_named_inside_a_scope_list_is_not_a_party():
    rec = extract_text(article(
        "UNG dan Kodim Teken Nota Kesepahaman",
        "GORONTALO – Universitas Negeri Gorontalo dan Komando Distrik Militer 1304/Gorontalo menandatangani "
        "nota kesepahaman di Aula Rektorat UNG, Senin (15/9/2025).",
        "Ruang lingkup nota kesepahaman meliputi pembinaan bela negara bagi mahasiswa dan pelibatan mahasiswa "
        "KKN dalam program Karya Bakti TNI."), id="t")
    assert "Tentara Nasional Indonesia" not in {p.name for p in rec.signings[0].parties}


def test_numbered_units_in_roman_numerals():
    from mou_extract import people

    t = ("Inspektur didampingi Inspektur Pembantu Wilayah I, Yuni Marlina, S.H., dan Kepala Unit II Andi Rahman. "
         "Bupati I Nyoman Giri juga hadir.")
    got = [(m.name, m.role.title, [x.text for x in m.role.org]) for m in people.find_mentions(t, 0, 0, len(t)) if m.name]
    assert got == [("Yuni Marlina", "Inspektur Pembantu", ["Wilayah", "I"]), ("Andi Rahman", "Kepala Unit", ["II"]),
                   ("I Nyoman Giri", "Bupati", [])]


def test_a_venue_named_after_the_dateline_town_the_gazetteer_does_not_know():
    rec = extract_text(article(
        "Pemkab Mabar dan Ombudsman NTT Teken Kesepakatan",
        "LABUAN BAJO – Pemerintah Kabupaten Manggarai Barat dan Ombudsman RI Perwakilan Nusa Tenggara Timur "
        "menandatangani nota kesepakatan di ruang pertemuan MPP Labuan Bajo, Senin (15/9/2025)."), id="t")
    assert rec.signings[0].venue.city == "Labuan Bajo"


_BABEL = "Pemkot dan Ombudsman Babel Teken Kesepakatan"
_KEJARI_LEAD = LEAD.replace("Ombudsman RI Perwakilan Bangka Belitung", "Kejaksaan Negeri Pangkalpinang")
_LISTED = ("percepatan penyelesaian pengaduan warga, pertukaran data, serta pelatihan bagi petugas layanan.")

# (headline, lead, the paragraphs after it, the scope labels the signing must get)
SCOPES = [
    # scope introduced without an agreement word
    pytest.param(_BABEL, LEAD, ("Di dalamnya diatur soal " + _LISTED,),
                 ["complaint_handling", "data_exchange", "capacity_building"], id="di-dalamnya-diatur"),
    pytest.param(_BABEL, LEAD, ("Poin-poinnya antara lain " + _LISTED,),
                 ["complaint_handling", "data_exchange", "capacity_building"], id="poin-poinnya"),
    pytest.param(_BABEL, LEAD, ("Isinya antara lain " + _LISTED,),
                 ["complaint_handling", "data_exchange", "capacity_building"], id="isinya"),
    pytest.param(_BABEL, LEAD, ("Isi nota kesepakatan itu ringkas: pertukaran data pengaduan dan pencegahan "
                                "maladministrasi.",), ["data_exchange", "maladministration_prevention"], id="isi-nota"),
    # counts, ordinals, places listed on
    pytest.param(_BABEL, LEAD, ('"Isinya ada dua. Pertama, pemantauan standar pelayanan. Kedua, pelatihan '
                                'petugas pengaduan," kata Kepala Ombudsman Babel.',),
                 ["monitoring_evaluation", "capacity_building"], id="count-then-ordinals"),
    pytest.param(_BABEL, LEAD, ("Ruang lingkupnya meliputi pencegahan maladministrasi di kelurahan, kecamatan "
                                "dan puskesmas, serta pertukaran data pengaduan.",),
                 ["maladministration_prevention", "data_exchange"], id="places-after-di"),
    # a sentence adding what a party also takes on
    pytest.param(_BABEL, LEAD, ("Kesepakatan itu mencakup penanganan pengaduan masyarakat dan pertukaran data. "
                                "Ombudsman juga akan memberikan asistensi kepada perangkat daerah.",),
                 ["complaint_handling", "data_exchange", "capacity_building"], id="juga-akan"),
    # a counted statement, then one with its own cue, then the items
    pytest.param(_BABEL, LEAD, ("Ia menyebut ada beberapa poin utama yang disepakati.",
                                '"Isinya ada tiga. Pertukaran data pengaduan, pencegahan maladministrasi, lalu '
                                'kegiatan lain yang nanti disepakati bersama," katanya.'),
                 ["data_exchange", "maladministration_prevention", "other_agreed"], id="own-cue-next"),
    # services named after an item
    pytest.param("Polres dan Ombudsman Babel Teken Kesepakatan", LEAD,
                 ("Nota kesepakatan itu memuat sejumlah komitmen. Di antaranya pengawasan pelayanan "
                  "SIM, SKCK, dan SPKT, serta pertukaran informasi pengaduan.",),
                 ["monitoring_evaluation", "data_exchange"], id="acronym-services"),
    # fields after "di bidang"; assistance to families
    pytest.param("Kanwil dan Ombudsman Babel Teken Nota Kesepahaman", LEAD,
                 ("Ruang lingkupnya meliputi pengawasan pelayanan di bidang keimigrasian, pemasyarakatan, "
                  "serta administrasi hukum umum; pertukaran data dan informasi.",),
                 ["monitoring_evaluation", "data_exchange"], id="fields-after-di-bidang"),
    pytest.param("Pemkot dan Kilang Teken MoU CSR", LEAD,
                 ("Ruang lingkupnya meliputi pendampingan keluarga berisiko stunting serta pertukaran data "
                  "penerima manfaat.",), ["other", "data_exchange"], id="assistance-to-families"),
    # no `other` from counts, pronouns, data or units
    pytest.param(_BABEL, LEAD, ("Nota kesepakatan itu memuat tiga hal pokok. Ruang lingkupnya meliputi pertukaran "
                                "data pengaduan.",), ["data_exchange"], id="count-with-adjective"),
    pytest.param(_BABEL, LEAD, ("Ruang lingkupnya meliputi komitmen umum, pertukaran data pengaduan dan pencegahan "
                                "maladministrasi.",), ["data_exchange", "maladministration_prevention"], id="komitmen-umum"),
    pytest.param(_BABEL, LEAD, ("Nota kesepakatan itu mengatur percepatan penyelesaian laporan masyarakat dan "
                                "pertukaran data serta informasi antara para pihak.",),
                 ["complaint_handling", "data_exchange"], id="data-serta-informasi"),
    pytest.param(_BABEL, LEAD, ("Sasaran kerja sama meliputi Dinas Kesehatan, RSUD Kota, serta sejumlah puskesmas "
                                "dengan kunjungan tertinggi. Ruang lingkupnya meliputi pencegahan maladministrasi.",),
                 ["maladministration_prevention"], id="units-reached"),
    pytest.param(_BABEL, LEAD, ("Ruang lingkupnya meliputi layanan kas daerah dan pertukaran data.",),
                 ["other", "data_exchange"], id="a-service-is-an-area"),
    # "Dengan PKS ini, ..."; a prosecutor's assistance
    pytest.param(_BABEL, LEAD, ('"Dengan PKS ini, Ombudsman akan memberikan asistensi penyusunan standar pelayanan '
                                'dan mempercepat penyelesaian laporan warga," ujarnya.',),
                 ["capacity_building", "complaint_handling"], id="dengan-pks-ini"),
    pytest.param("Pemkab dan Kejari Teken Kesepakatan", _KEJARI_LEAD,
                 ('"Dengan adanya kesepakatan ini, pemkot bisa meminta pendampingan dari jaksa pengacara '
                  'negara," ujarnya.',), ["legal_assistance"], id="jaksa-pengacara-negara"),
]


@pytest.mark.parametrize("headline,lead,paras,labels", SCOPES)
def test_scope_labels(headline, lead, paras, labels):
    assert _scope_labels(headline, lead, *paras) == labels
