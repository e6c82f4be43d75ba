"""Round 32 rules of the lead: renewing or extending an agreement ("memperbarui nota
kesepakatan", "memperpanjang PKS") is signing its new text, so the sentence that tells it
is the signing's event sentence (its date and venue); agreeing to extend one that is about
to end ("sepakat memperpanjang") is not."""
from mou_extract import extract_text
from variety_helpers import article, first_signing


def _renewal(lead: str) -> str:
    return article(
        "Pemkab dan Kejari Perkuat Pendampingan Hukum Perdata dan TUN",
        "Kamis, 6 Februari 2025 15:10 WIB",
        lead,
        "Bupati berhalangan hadir. Penandatanganan dari pihak pemerintah daerah dilakukan oleh "
        "Sekretaris Daerah, Dr. H. Rahmat Hidayat, M.Si., atas nama bupati, sedangkan dari pihak "
        "kejaksaan oleh Kepala Kejaksaan Negeri Tapin, Bagus Saputra, S.H., M.H.",
        "Kerja sama tersebut meliputi pendampingan hukum, pertimbangan hukum dan tindakan hukum "
        "lain di bidang perdata dan tata usaha negara.",
    )


def test_renewing_an_agreement_in_the_lead_gives_its_venue_and_date():
    rec = extract_text(_renewal(
        "RANTAU - Pemerintah Kabupaten Tapin dan Kejaksaan Negeri Tapin memperbarui nota "
        "kesepakatan tentang Penanganan Masalah Hukum Bidang Perdata dan Tata Usaha Negara, "
        "Kamis (6/2/2025), bertempat di Aula Kejaksaan Negeri Tapin."), id="t")
    assert rec.is_signing
    sg = rec.signings[0]
    assert sg.document_type == "nota_kesepakatan"
    assert sg.date.value == "2025-02-06"
    assert sg.venue is not None and sg.venue.name == "Aula Kejaksaan Negeri Tapin"


def test_extending_a_pks_is_a_signing():
    rec = extract_text(article(
        "RSUD dan BPJS Kesehatan Perpanjang Kerja Sama",
        "Rabu, 21 Mei 2025 09:00 WIB",
        "MARTAPURA - RSUD Ratu Zalecha Martapura memperpanjang perjanjian kerja sama dengan BPJS "
        "Kesehatan Cabang Banjarmasin di Ruang Rapat Direksi RSUD, Selasa (20/5/2025).",
        "Direktur RSUD Ratu Zalecha, dr. Nia Kurnia, menyebut kerja sama itu menjamin layanan "
        "rujukan bagi peserta JKN.",
    ), id="t")
    assert rec.is_signing
    sg = rec.signings[0]
    assert sg.document_type == "perjanjian_kerja_sama"
    assert sg.date.value == "2025-05-20"
    assert sg.venue is not None and sg.venue.name.startswith("Ruang Rapat Direksi")


def test_agreeing_to_extend_an_agreement_is_no_signing():
    # guard: a decision to extend one that ends next month, its signing still planned
    rec = extract_text(article(
        "Pemprov dan Ombudsman Sepakat Perpanjang Kerja Sama",
        "Kamis, 20 November 2025 14:00 WITA",
        "GORONTALO - Pemerintah Provinsi Gorontalo dan Ombudsman RI Perwakilan Gorontalo sepakat "
        "memperpanjang nota kesepakatan kerja sama pengawasan pelayanan publik yang akan berakhir "
        "bulan depan.",
        "Kesepakatan itu dicapai dalam rapat koordinasi di Kantor Gubernur Gorontalo, Kamis "
        "(20/11/2025). Penandatanganan perpanjangan direncanakan pada pertengahan Desember 2025.",
    ), id="t")
    assert not rec.is_signing


def _dated_by_caption(caption_day: str) -> str:
    return article(
        "Ombudsman Jambi dan Kantor Imigrasi Sepakat Perbaiki Layanan Paspor",
        "jambiupdate.co",
        "Jumat, 12 September 2025 - 10:15 WIB",
        f"[Foto: Kepala Ombudsman RI Perwakilan Jambi Dedi Saputra (kanan) dan Kepala Kantor "
        f"Imigrasi Kelas I TPI Jambi Rizal Hamdani menunjukkan naskah perjanjian kerja sama di "
        f"Kantor Imigrasi Jambi, {caption_day}. (Dok. Humas)]",
        "JAMBI - Antrean permohonan paspor yang panjang menjadi alasan Ombudsman RI Perwakilan "
        "Jambi menjalin kerja sama dengan Kantor Imigrasi Kelas I TPI Jambi.",
        "Kedua instansi meneken perjanjian kerja sama tentang Pengawasan Pelayanan Keimigrasian "
        "awal pekan ini. Dokumen ditandatangani Kepala Ombudsman Jambi, Dedi Saputra, dan Kepala "
        "Kantor Imigrasi Jambi, Rizal Hamdani.",
        "Kerja sama itu meliputi percepatan penyelesaian pengaduan dan pertukaran data.",
    )


def test_a_caption_showing_the_document_dates_a_signing_the_body_leaves_vague():
    rec = extract_text(_dated_by_caption("Senin (8/9/2025)"), id="t")
    assert rec.is_signing
    assert rec.signings[0].date is not None and rec.signings[0].date.value == "2025-09-08"


def test_a_caption_day_long_before_the_report_does_not_date_the_signing():
    # guard: the photo is of an older occasion, a month before the report
    rec = extract_text(_dated_by_caption("Senin (11/8/2025)"), id="t")
    assert rec.is_signing
    assert rec.signings[0].date is None or rec.signings[0].date.value != "2025-08-11"


# --- a national body's regional office named as written -------------------------------

def test_a_national_body_keeps_the_province_word_it_writes():
    from variety_helpers import party_names
    assert party_names("Pemkot Denpasar bersama Kantor Perwakilan Bank Indonesia Provinsi Bali "
                       "meneken nota kesepakatan.")[1] == "Kantor Perwakilan Bank Indonesia Provinsi Bali"
    assert party_names("Pemkab Seluma dan Badan Pemeriksa Keuangan Perwakilan Provinsi Bengkulu "
                       "menandatangani nota kesepahaman.")[1] == \
        "Badan Pemeriksa Keuangan Perwakilan Provinsi Bengkulu"
    # guard: without the word, none is added
    assert party_names("Pemkot Bogor dan Kantor Perwakilan Bank Indonesia Jawa Barat meneken "
                       "nota kesepakatan.")[1] == "Kantor Perwakilan Bank Indonesia Jawa Barat"


def test_an_ojk_office_is_named_by_its_town_as_written():
    # OJK's offices outside the provincial capitals are named by a town ("OJK Jember" covers
    # several regencies): no regency's level word is added; a provincial office keeps its own
    from variety_helpers import party_names
    assert party_names("Pemkab Banyuwangi dan Otoritas Jasa Keuangan (OJK) Jember menandatangani "
                       "nota kesepahaman.")[1] == "Otoritas Jasa Keuangan Jember"
    assert party_names("Otoritas Jasa Keuangan (OJK) Provinsi Jambi dan Pemerintah Kabupaten Tebo "
                       "meneken kesepakatan.")[0] == "Otoritas Jasa Keuangan Provinsi Jambi"


# --- two signings at one event, each side with its own partner ----------------------------

def _two_pairs() -> str:
    return article(
        "Sumbawa dan Dompu Teken Kerja Sama di Mataram",
        "MATARAM - Dua kabupaten tetangga Kota Mataram memanfaatkan Musrenbang Provinsi Nusa "
        "Tenggara Barat untuk meneken kerja sama masing-masing, Selasa (4/3/2025), di Graha Bhakti "
        "Praja, Kantor Gubernur NTB.",
        "Pertama, Bupati Sumbawa Hendra Wijaya menandatangani Perjanjian Kerja Sama tentang "
        "Penyaluran Kredit Usaha bagi Peternak dengan PT Bank NTB Syariah, yang diwakili Direktur "
        "Utama Fadli Rahman.",
        "Berikutnya, Bupati Dompu Arif Setiawan menandatangani Nota Kesepahaman dengan Universitas "
        "Mataram. Rektor Universitas Mataram, Bambang Hidayat, membubuhkan tanda tangan untuk kampus.",
        "Kedua penandatanganan itu disaksikan Gubernur Nusa Tenggara Barat.",
    )


def test_a_lead_giving_each_its_own_agreement_places_every_signing_it_sums_up():
    rec = extract_text(_two_pairs(), id="t")
    assert len(rec.signings) == 2
    for sg in rec.signings:
        assert sg.venue is not None and sg.venue.name.startswith("Graha Bhakti Praja")


def test_a_neighbouring_city_is_no_party():
    rec = extract_text(_two_pairs(), id="t")
    names = {p.name for sg in rec.signings for p in sg.parties}
    assert "Pemerintah Kota Mataram" not in names
    from variety_helpers import party_names
    assert party_names("Kabupaten Sigi yang berbatasan langsung dengan Kota Palu meneken "
                       "kerja sama.") == ["Pemerintah Kabupaten Sigi"]
    # guard: a city that signs beside its neighbour stays a party
    assert party_names("Kabupaten Sigi dan Kota Palu meneken kerja sama.") == [
        "Pemerintah Kabupaten Sigi", "Pemerintah Kota Palu"]


def _land_deal(closing: str) -> str:
    return article(
        "Pemkot Kendari dan Kanwil BPN Sultra Percepat Sertifikasi Aset",
        "Jumat, 26 September 2025 - 10:12 WITA",
        "KENDARI - Pemerintah Kota Kendari menggandeng Kantor Wilayah Badan Pertanahan Nasional "
        "Provinsi Sulawesi Tenggara. Kedua lembaga menuangkan komitmen itu dalam nota kesepakatan "
        "tentang Percepatan Sertifikasi Barang Milik Daerah.",
        "Penandatanganan dilakukan oleh Wali Kota Kendari Siska Karina dan Kepala Kanwil BPN "
        "Sulawesi Tenggara Andi Basri, disaksikan Sekretaris Kota Kendari Ridwansyah.",
        closing,
        "Siska menargetkan seluruh bidang tanah milik pemkot bersertifikat pada 2027.",
    )


def test_the_paragraph_after_the_signing_pointing_back_to_it_dates_it():
    rec = extract_text(_land_deal("Kegiatan itu berlangsung di Ruang Rapat Wali Kota Kendari, "
                                  "Kamis (25/9/2025) siang."), id="t")
    sg = rec.signings[0]
    assert sg.date is not None and sg.date.value == "2025-09-25"


def test_another_event_in_the_next_paragraph_does_not_date_the_signing():
    # guard: the next paragraph tells of another occasion (no pointing back)
    rec = extract_text(_land_deal("Sosialisasi kepada lurah digelar di Aula Kecamatan Mandonga, "
                                  "Senin (22/9/2025)."), id="t")
    sg = rec.signings[0]
    assert sg.date is None or sg.date.value != "2025-09-22"


# --- "Kepala Perwakilan" without its office --------------------------------------------------

def _regional_office(side_clause: str) -> str:
    return article(
        "Ombudsman Sultra dan Pemkab Kolaka Teken Nota Kesepakatan",
        "KOLAKA, SULTRAKINI.COM - Ombudsman RI Perwakilan Provinsi Sulawesi Tenggara (ORI Sultra) "
        "dan Pemerintah Kabupaten Kolaka menandatangani nota kesepakatan di Aula Setda Kolaka, "
        "Kamis (20/11/2025).",
        "Nota kesepakatan ditandatangani Bupati Kolaka, Amri Jamaluddin. " + side_clause,
        "Kerja sama itu meliputi percepatan penyelesaian laporan masyarakat.",
    )


def test_a_head_of_office_written_without_the_office_signs_for_the_regional_office():
    rec = extract_text(_regional_office(
        "Dari pihak ORI Sultra, dokumen diteken Kepala Perwakilan, Siti Rahmawati, S.H."), id="t")
    signer = next(p for p in rec.signings[0].signatories if p.name == "Siti Rahmawati")
    assert signer.party == "Ombudsman RI Perwakilan Sulawesi Tenggara"
    assert signer.role == "Kepala Ombudsman RI Perwakilan Sulawesi Tenggara"


def _lampung(clause: str) -> str:
    return article(
        "Dua Pemkab Teken Nota Kesepakatan dengan Ombudsman Lampung",
        "BANDAR LAMPUNG - Ombudsman RI Perwakilan Lampung menandatangani nota kesepakatan dengan "
        "Pemerintah Kabupaten Pesawaran dan Pemerintah Kabupaten Lampung Timur di Aula Ombudsman "
        "Lampung, Senin (10/11/2025).",
        "Untuk Kabupaten Pesawaran, penandatanganan dilakukan Bupati Pesawaran, Nanda Indira. " + clause,
    )


def test_a_regency_represented_by_its_deputy_written_as_a_possessive_post():
    rec = extract_text(_lampung("Adapun Pemkab Lampung Timur diwakili oleh wakil bupatinya, "
                                "Agustina Rahmawati."), id="t")
    signer = next((p for p in rec.signings[0].signatories if p.name == "Agustina Rahmawati"), None)
    assert signer is not None
    assert signer.role == "Wakil Bupati Lampung Timur"
    assert signer.party == "Pemerintah Kabupaten Lampung Timur"


def test_a_possessive_post_that_heads_no_region_gives_no_regional_role():
    # guard: "sekdanya" is no head of the region: no "Bupati"-like role is made up
    rec = extract_text(_lampung("Adapun Pemkab Lampung Timur diwakili oleh kepala dinasnya, "
                                "Agustina Rahmawati."), id="t")
    roles = [p.role for sg in rec.signings for p in sg.signatories + sg.attendees if p.name == "Agustina Rahmawati"]
    assert all(r is None or not r.startswith(("Bupati", "Wakil Bupati")) for r in roles)


# --- a regional unit whose area spans two provinces ---------------------------------------

def test_a_unit_spanning_two_provinces_does_not_split_its_head_from_the_name():
    from variety_helpers import people
    got = people("Nota ditandatangani Sekretaris Daerah Provinsi Maluku, Johanis Tuhumury, dan General "
                 "Manager PLN Unit Induk Wilayah Maluku dan Maluku Utara (UIW MMU), Bambang Harahap.")
    assert ("Bambang Harahap", "General Manager", "PLN Unit Induk Wilayah Maluku dan Maluku Utara", "signer") in got
    assert not any(name and ("Induk" in name or "Wilayah" in name) for name, *_ in got)


def test_two_governors_joined_by_dan_stay_two_people():
    # guard: "dan" between two posts of two provinces still parts them
    from variety_helpers import people
    got = people("Nota ditandatangani Gubernur Maluku Hendrik Lewerissa dan Gubernur Maluku Utara Sherly Laos.")
    assert [(n, r, o) for n, r, o, _ in got] == [("Hendrik Lewerissa", "Gubernur", "Maluku"),
                                                   ("Sherly Laos", "Gubernur", "Maluku Utara")]


# --- a Kodam named by its Roman numeral and name -------------------------------------------

def test_a_kodam_with_its_numeral_and_name_is_a_party_and_its_commander_signs():
    rec = extract_text(article(
        "Kodam V/Brawijaya dan Pemprov Jatim Jalin Nota Kesepahaman Ketahanan Pangan",
        "Surabaya – Komando Daerah Militer V/Brawijaya bersama Pemerintah Provinsi Jawa Timur "
        "menandatangani nota kesepahaman tentang ketahanan pangan di Makodam V/Brawijaya, Surabaya, "
        "Senin (15/9/2025).",
        "Nota kesepahaman ditandatangani langsung oleh Pangdam V/Brawijaya Mayjen TNI Rudi Hartono, "
        "S.E., M.Han. dan Gubernur Jawa Timur Siti Aminah. Turut hadir Kasdam V/Brawijaya Brigjen TNI "
        "Agus Salim.",
    ), id="t")
    sg = rec.signings[0]
    assert "Komando Daerah Militer V/Brawijaya" in [p.name for p in sg.parties]
    signer = next(p for p in sg.signatories if p.name == "Rudi Hartono")
    assert signer.role == "Panglima Komando Daerah Militer V/Brawijaya"
    assert signer.party == "Komando Daerah Militer V/Brawijaya"
    assert ("Agus Salim", "Kepala Staf Komando Daerah Militer V/Brawijaya") in [(p.name, p.role) for p in sg.attendees]


def test_a_roman_numeral_without_a_slash_is_no_unit_number():
    # guard: "Lantai II" and "Wilayah IV" are no military unit
    from mou_extract.people import tokenize, unit_slash
    toks = tokenize("di Lantai II Balai Kota", 0, 23)
    assert not any(unit_slash(toks, j) for j in range(len(toks)))


# --- a university named by a syllable acronym in its rector's title ----------------------

def test_a_rector_titled_with_a_syllable_acronym_signs_for_the_university_named_in_full():
    sg = first_signing(article(
        "Pemkab Kampar dan UIN Suska Riau Teken PKS KKN Tematik",
        "PEKANBARU - Pemerintah Kabupaten Kampar menandatangani perjanjian kerja sama dengan "
        "Universitas Islam Negeri Sultan Syarif Kasim Riau tentang Kuliah Kerja Nyata Tematik, "
        "Kamis (30/10/2025). Penandatanganan dilakukan di Gedung Rektorat UIN Suska Riau oleh "
        "Bupati Kampar Ahmad Yani dan Rektor UIN Suska Riau Prof. Dr. Syamsul Bahri, M.Ag.",
    ))
    assert [p.name for p in sg.parties] == ["Pemerintah Kabupaten Kampar",
                                            "Universitas Islam Negeri Sultan Syarif Kasim Riau"]
    rector = next(p for p in sg.signatories if p.name == "Syamsul Bahri")
    assert rector.party == "Universitas Islam Negeri Sultan Syarif Kasim Riau"


def test_a_one_letter_syllable_is_allowed_only_after_the_first_word():
    from mou_extract import parties as P
    assert P._syllable_acronym("Suska", ["Sultan", "Syarif", "Kasim"], 1)
    assert not P._syllable_acronym("Suska", ["Sultan", "Syarif", "Kasim"])  # the default: two letters each
    assert not P._syllable_acronym("Ska", ["Sultan", "Kasim"], 1)            # the first word gives two
