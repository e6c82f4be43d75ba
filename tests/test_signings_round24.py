"""Round 24: signings. Articles with several agreements (the held-out set variety97):
documents listed one per numbered item, each with its own counterpart, are separate
signings that share the host, its signer, the place and the witnesses; a signer who
"kembali membubuhkan tanda tangan" with another counterpart starts another signing, and a
lead that counts the partners ("dengan dua lembaga sekaligus, yakni A dan B") names them
all; a document signed "di tempat yang sama" with another counterpart and its own signers
is a signing of its own (one entry stays when the article tells the documents signed
together: "Ketiga dokumen ditandatangani secara bergantian ..."); a body right after the
comma of a place the sentence opens on ("Di Aula X, Ombudsman Y dan Z menandatangani") is
the subject, not the town of the venue. Sentences written for these tests; none comes from
a corpus article."""
from mou_extract import extract_text
from mou_extract import signings as S
from variety_helpers import article, names as _names, signings_of as _signings




# --- a numbered list of documents, one counterpart per item -------------------------------

LIST_ARTICLE = article(
    "Pemkab Lombok Barat Teken Tiga Dokumen Kerja Sama",
    "Kamis, 12 November 2026",
    "GERUNG - Pemerintah Kabupaten Lombok Barat menandatangani tiga dokumen kerja sama dengan tiga lembaga "
    "di Aula Kantor Bupati Lombok Barat, Rabu (11/11/2026). Setiap dokumen diteken Bupati Lombok Barat, "
    "Hendra Wirasakti, dengan pimpinan lembaga masing-masing.",
    "Ketiga dokumen itu adalah:",
    "1. Perjanjian Kerja Sama dengan Kejaksaan Negeri Mataram tentang Penanganan Masalah Hukum Bidang "
    "Perdata dan Tata Usaha Negara, ditandatangani Kepala Kejaksaan Negeri Mataram, Rudi Santoso;",
    "2. Nota Kesepakatan dengan BPJS Kesehatan Cabang Mataram tentang Optimalisasi Jaminan Kesehatan "
    "Nasional, ditandatangani Kepala BPJS Kesehatan Cabang Mataram, Sri Wahyuni;",
    "3. Perjanjian Kerja Sama dengan Universitas Mataram tentang Kuliah Kerja Nyata Tematik, ditandatangani "
    "Rektor Universitas Mataram, Bambang Hartono.",
    "Acara disaksikan Wakil Bupati Lombok Barat, Nurul Aulia, dan Sekretaris Daerah Lombok Barat, "
    "Agus Firmansyah.",
)


def test_numbered_documents_with_their_counterparts_are_separate_signings():
    sgs = _signings(LIST_ARTICLE)
    assert len(sgs) == 3
    partners = [set(_names(sg.parties)) - {"Pemerintah Kabupaten Lombok Barat"} for sg in sgs]
    assert partners == [{"Kejaksaan Negeri Mataram"}, {"BPJS Kesehatan Cabang Mataram"}, {"Universitas Mataram"}]
    for sg in sgs:
        # the host and its signer, the day, the place and the witnesses are each one's
        assert "Pemerintah Kabupaten Lombok Barat" in _names(sg.parties)
        assert "Hendra Wirasakti" in _names(sg.signatories)
        assert sg.date.value == "2026-11-11"
        assert sg.venue is not None and sg.venue.name == "Aula Kantor Bupati Lombok Barat"
        assert set(_names(sg.attendees)) == {"Nurul Aulia", "Agus Firmansyah"}
    assert [sg.document_type for sg in sgs] == ["perjanjian_kerja_sama", "nota_kesepakatan", "perjanjian_kerja_sama"]


# --- a signer who signs again with another counterpart -------------------------------------

AGAIN_ARTICLE = article(
    "Dana Hibah Pilkada Luwu Timur Diteken",
    "Senin, 13 November 2023",
    "MALILI - Pemerintah Kabupaten Luwu Timur, Senin (13/11/2023), menandatangani Naskah Perjanjian Hibah "
    "Daerah (NPHD) dengan dua lembaga sekaligus, yakni Komisi Pemilihan Umum (KPU) Kabupaten Luwu Timur dan "
    "Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Luwu Timur.",
    "Di Ruang Rapat Bupati Luwu Timur, NPHD pertama ditandatangani Bupati Luwu Timur Budiman Hakim bersama "
    "Ketua KPU Kabupaten Luwu Timur Rahmat Jaya. Beberapa saat kemudian, Bupati kembali membubuhkan tanda "
    "tangan pada NPHD bersama Ketua Bawaslu Kabupaten Luwu Timur Nur Aisyah.",
    "Penandatanganan disaksikan Sekretaris Daerah Luwu Timur Bahri Suli.",
)


def test_a_signer_signing_again_with_another_counterpart_is_another_signing():
    sgs = _signings(AGAIN_ARTICLE)
    assert len(sgs) == 2
    first, second = sgs
    # the lead that counts both partners gives neither signing the other's partner
    assert set(_names(first.parties)) == {"Pemerintah Kabupaten Luwu Timur", "Komisi Pemilihan Umum Kabupaten Luwu Timur"}
    assert set(_names(second.parties)) == {"Pemerintah Kabupaten Luwu Timur",
                                     "Badan Pengawas Pemilihan Umum Kabupaten Luwu Timur"}
    assert set(_names(first.signatories)) == {"Budiman Hakim", "Rahmat Jaya"}
    assert set(_names(second.signatories)) == {"Budiman Hakim", "Nur Aisyah"}
    for sg in sgs:
        assert sg.date.value == "2023-11-13"
        assert sg.venue is not None and sg.venue.name == "Ruang Rapat Bupati Luwu Timur"
        assert _names(sg.attendees) == ["Bahri Suli"]


def test_signing_again_and_counting_partners_cues():
    text = "Bupati kembali membubuhkan tanda tangan pada NPHD bersama Ketua Bawaslu."
    assert S._SIGNS_AGAIN.search(text)
    assert S._SIGNS_AGAIN.search("Ia lalu kembali meneken perjanjian kerja sama dengan PT Y.")
    # "kembali" for a return, not a signing
    assert not S._SIGNS_AGAIN.search("Usai menandatangani nota kesepakatan, Bupati kembali ke kantornya.")
    assert S._COUNTED_PARTNERS.search("menandatangani NPHD dengan dua lembaga sekaligus, yakni KPU dan Bawaslu")


# --- "di tempat yang sama": another counterpart, its own signers ----------------------------

def _same_place_article(closing):
    return article(
        "Pemkot Madiun Perpanjang PKS Datun dan Teken Kesepakatan dengan BPJS",
        "Kamis, 5 November 2026",
        "MADIUN - Pemerintah Kota Madiun dan Kejaksaan Negeri Kota Madiun menandatangani perpanjangan "
        "perjanjian kerja sama (PKS) bidang perdata dan tata usaha negara di Ruang 13 Balai Kota Madiun, "
        "Rabu (4/11/2026).",
        "PKS diteken Wali Kota Madiun, Maidi Santoso, dan Kepala Kejaksaan Negeri Kota Madiun, Arif Rahman.",
        "Di tempat yang sama, Pemerintah Kota Madiun juga menandatangani nota kesepakatan dengan BPJS "
        "Ketenagakerjaan Cabang Madiun tentang Perlindungan Pekerja Rentan. Nota kesepakatan ditandatangani "
        "Wali Kota Maidi dan Kepala BPJS Ketenagakerjaan Cabang Madiun, Dewi Lestari.",
        closing,
    )


def test_another_counterpart_at_the_same_place_is_a_signing_of_its_own():
    sgs = _signings(_same_place_article(
        "Kedua penandatanganan disaksikan Wakil Wali Kota Madiun, Inda Kartika, dan Kepala Seksi Perdata dan "
        "Tata Usaha Negara Kejaksaan Negeri Kota Madiun, Yoga Pratama."))
    assert len(sgs) == 2
    first, second = sgs
    assert set(_names(first.parties)) == {"Pemerintah Kota Madiun", "Kejaksaan Negeri Kota Madiun"}
    assert set(_names(second.parties)) == {"Pemerintah Kota Madiun", "BPJS Ketenagakerjaan Cabang Madiun"}
    assert set(_names(second.signatories)) == {"Maidi Santoso", "Dewi Lestari"}
    assert (first.document_type, second.document_type) == ("perjanjian_kerja_sama", "nota_kesepakatan")
    # one ceremony: the place and the witnesses of both; a witness keeps a body only where it signed
    assert second.venue is not None and second.venue.name == first.venue.name
    assert set(_names(second.attendees)) == {"Inda Kartika", "Yoga Pratama"}
    yoga = {sg_i: next(p for p in sg.attendees if p.name == "Yoga Pratama") for sg_i, sg in enumerate(sgs)}
    assert yoga[0].party == "Kejaksaan Negeri Kota Madiun" and yoga[1].party is None


def test_documents_told_signed_together_stay_one_signing():
    sgs = _signings(_same_place_article(
        "Kedua dokumen ditandatangani secara bergantian di hadapan Wakil Wali Kota Madiun, Inda Kartika."))
    assert len(sgs) == 1
    assert set(_names(sgs[0].parties)) == {"Pemerintah Kota Madiun", "Kejaksaan Negeri Kota Madiun",
                                     "BPJS Ketenagakerjaan Cabang Madiun"}
    assert S._SIGNED_TOGETHER.search("Ketiga dokumen ditandatangani secara bergantian oleh Wali Kota X.")
    assert not S._SIGNED_TOGETHER.search("Kedua penandatanganan disaksikan Wakil Wali Kota X.")


# --- a body after the comma of a place the sentence opens on -------------------------------

def test_a_body_after_a_fronted_place_is_the_subject_not_the_venues_town():
    sgs = _signings(article(
        "Ombudsman Sumbar Teken Dua Kerja Sama",
        "Rabu, 19 Agustus 2026",
        "PADANG - Ombudsman RI Perwakilan Sumatera Barat meneken dua kerja sama, Rabu (19/8/2026). Pagi hari, "
        "Kepala Ombudsman RI Perwakilan Sumatera Barat, Yefri Heriani, menandatangani nota kesepakatan dengan "
        "Pemerintah Kota Padang di Balai Kota Padang.",
        "Sore harinya, Yefri bergeser ke kampus Air Tawar. Di Ruang Senat Universitas Negeri Padang, Ombudsman "
        "Sumbar dan UNP menandatangani nota kesepahaman tentang Penguatan Pengawasan Pelayanan Publik. Dari "
        "pihak UNP, dokumen diteken Wakil Rektor Bidang Kerja Sama, Ahmad Fauzi.",
    ))
    assert len(sgs) == 2
    second = sgs[1]
    assert "Ombudsman RI Perwakilan Sumatera Barat" in _names(second.parties)
    assert "Yefri Heriani" in _names(second.signatories)


def test_fronted_place_cue_needs_the_clause_to_go_on():
    # (the unit reads the sentence's text; the town after a venue stays its town)
    class _Sent:
        def __init__(self, start, end):
            self.start, self.end = start, end

    class _Ctx:
        def __init__(self, norm):
            self.norm = norm

    class _Pm:
        def __init__(self, start, end):
            self.start, self.end = start, end

    def fronted(text, venue, body):
        v0 = text.index(venue)
        b0 = text.index(body, v0 + len(venue))
        return S._subject_after_fronted_place(_Ctx(text), _Sent(0, len(text)), (venue, None, v0, v0 + len(venue)),
                                              _Pm(b0, b0 + len(body)))

    assert fronted("Di Aula Rektorat UNP, Ombudsman Sumbar dan UNP menandatangani MoU.", "Aula Rektorat UNP",
                   "Ombudsman Sumbar")
    # the venue not opening the sentence, or the body closed by another comma: its town
    assert not fronted("MoU diteken di Aula Rektorat UNP, Kota Padang, Senin.", "Aula Rektorat UNP", "Kota Padang")
    assert not fronted("Di Aula Rektorat UNP, Kota Padang, kedua pihak meneken MoU.", "Aula Rektorat UNP",
                       "Kota Padang")


def test_a_witness_told_in_one_signings_paragraph_is_that_ones():
    text = _same_place_article("Wali Kota berharap kedua kerja sama segera berjalan.").replace(
        "Kepala BPJS Ketenagakerjaan Cabang Madiun, Dewi Lestari.",
        "Kepala BPJS Ketenagakerjaan Cabang Madiun, Dewi Lestari. Penandatanganan itu disaksikan Kepala Dinas "
        "Tenaga Kerja Kota Madiun, Hari Susanto.")
    first, second = _signings(text)
    assert "Hari Susanto" in _names(second.attendees)
    assert "Hari Susanto" not in _names(first.attendees)


def test_a_signing_told_after_the_story_moves_elsewhere_takes_no_earlier_place():
    sgs = _signings(article(
        "Ombudsman Jambi Teken Dua Kerja Sama Sehari",
        "Rabu, 19 Agustus 2026",
        "JAMBI - Ombudsman RI Perwakilan Jambi meneken dua kerja sama dengan dua lembaga, Selasa (18/8/2026). "
        "Di Rumah Dinas Gubernur Jambi, Kepala Ombudsman RI Perwakilan Jambi, Eko Prasetyo, dan Gubernur Jambi, "
        "Rudi Hartono, menandatangani nota kesepakatan tentang Peningkatan Pelayanan Publik.",
        "Menjelang sore, rombongan Ombudsman bergeser ke kampus Mendalo. Eko dan Rektor Universitas Jambi, "
        "Sutrisno, meneken nota kesepahaman tentang magang mahasiswa.",
    ))
    assert len(sgs) == 2
    assert sgs[0].venue is not None and sgs[0].venue.name == "Rumah Dinas Gubernur Jambi"
    assert sgs[1].venue is None or sgs[1].venue.name != "Rumah Dinas Gubernur Jambi"
