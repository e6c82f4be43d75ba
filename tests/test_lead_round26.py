"""Round 26 rules of the lead developer, each on text written for the test."""
from mou_extract.pipeline import extract_text
from mou_extract.softhyphen import Squeezed


def _evidence_holds(text, rec):
    def walk(o):
        if isinstance(o, dict):
            if {"text", "start", "end"} <= o.keys():
                assert text[o["start"]:o["end"]] == o["text"]
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(rec.model_dump())


def _party_names(text):
    """The names of the parties of the article's first signing."""
    return {p.name for p in extract_text(text, "t").signings[0].parties}


# a PDF copied as text: the only signing word of the story and the venue's sentence are
# broken across lines ("ditanda-" / "tangani", "penandata-" / "nganan")
_PDF = ("Pemkab Contoh Teken Kesepakatan dengan Ombudsman\n\n"
        "Kendal, 4 Maret 2025 - Pemerintah Kabupaten Kendal dan Ombudsman RI Perwakilan Jawa Tengah\n"
        "melaksanakan penandata-\nnganan nota kesepakatan tentang pengawasan pelayanan publik pada\n"
        "Selasa (4/3/2025) di Aula Kantor Bupati Kendal. Nota itu ditanda-\ntangani Bupati Kendal Hendra Wijaya dan\n"
        "Kepala Ombudsman RI Perwakilan Jawa Tengah Siti Rahma.\n\n"
        "Kesepakatan itu meliputi penanganan pengaduan masyarakat dan pencegahan maladmi-\n"
        "nistrasi, kata Hendra.\n")


def test_words_broken_across_lines_are_read_through():
    rec = extract_text(_PDF, "pdf")
    assert rec.is_signing
    sg = rec.signings[0]
    assert sg.venue is not None and sg.venue.name == "Aula Kantor Bupati Kendal"
    assert sg.date is not None and sg.date.value == "2025-03-04"
    assert {p.name for p in sg.signatories} == {"Hendra Wijaya", "Siti Rahma"}
    assert "maladministration_prevention" in {s.label for s in sg.scope}
    _evidence_holds(_PDF, rec)  # (evidence is the input's, hyphen and line break included)
    # (the signing sentence's evidence spans the broken word as the input writes it)
    assert "penandata-\nnganan" in sg.evidence.text


def test_the_only_signing_word_broken_across_lines_still_reports_a_signing():
    text = ("Kerja Sama Layanan Data\n\nKendal, 4 Maret 2025 - Dinas Kependudukan Kabupaten Kendal "
            "dan Universitas Contoh Nusantara hari ini menandata-\nngani perjanjian kerja sama tentang "
            "pemanfaatan data kependudukan di kampus universitas itu.\n")
    rec = extract_text(text, "one")
    assert rec.is_signing
    _evidence_holds(text, rec)


def test_squeezed_offsets_map_both_ways():
    sq = Squeezed("ab\u00ad\u00adcd e")
    assert sq.text == "abcd e"
    assert sq.fwd(4) == 2 and sq.fwd(6) == 4
    assert sq.back(0, 4) == (0, 6)  # (the soft hyphens inside stay inside)
    assert sq.back(2, 4) == (4, 6)
    assert sq.keep("AB--CD E") == "ABCD E"
    assert not Squeezed("\u00ad")


def test_what_an_agreement_covers_under_a_bare_image_name_is_the_story():
    from mou_extract.clean import clean
    head = ("Pemkab Kendal Teken Nota Kesepakatan dengan Kejari\n\n"
            "KENDAL – Pemerintah Kabupaten Kendal dan Kejaksaan Negeri Kendal menandatangani nota "
            "kesepakatan bidang perdata dan tata usaha negara, Senin (3/3/2025).\n\n"
            "nota-kesepakatan-kejari-2025.jpg\n\n")
    story = ("Ruang lingkup kesepakatan itu meliputi pemberian bantuan hukum, pertimbangan hukum dan "
             "tindakan hukum lain di bidang perdata dan tata usaha negara.\n\n")
    caption = "Bupati Kendal dan Kepala Kejari Kendal menunjukkan dokumen yang telah diteken.\n\n"
    tail = "Bupati berharap kerja sama itu berjalan baik, katanya.\n"

    def kind(c, start):
        return next(p.kind for p in c.paragraphs if c.text[p.start:p.end].startswith(start))

    assert kind(clean(head + story + tail), "Ruang lingkup") == "body"
    assert kind(clean(head + caption + tail), "Bupati Kendal dan") == "caption"


def test_a_name_broken_before_its_last_word_and_degrees_goes_on():
    from mou_extract.clean import normalise
    raw = ("KENDAL – Penjabat Bupati Kendal, Drs. Andi Muhammad Rizal\n"
           "Pratama, M.Si., dan Kepala Kejaksaan Negeri Kendal menandatangani nota kesepakatan.\n\n"
           "Pemkab Kendal Teken Kesepakatan dengan Kejari Kendal\n"
           "Kendal, 3 Maret 2025 – Nota kesepakatan itu ditandatangani kedua pihak.")
    norm = normalise(raw)
    assert len(norm) == len(raw)
    assert "Rizal Pratama, M.Si." in norm
    assert "Kejari Kendal\nKendal, 3 Maret" in norm  # (a headline over its dateline stays)
    rec = extract_text(raw.split("\n\n")[0] + "\n", "name")
    assert "Andi Muhammad Rizal Pratama" in {p.name for s in rec.signings for p in s.signatories}


def test_bodies_represented_in_the_sentence_after_the_signing_sign():
    text = ("Ombudsman Jateng Teken Kesepakatan dengan Dua Kabupaten\n\n"
            "SEMARANG – Dua pemerintah kabupaten di Jawa Tengah menjalin kerja sama pengawasan pelayanan "
            "publik dengan Ombudsman RI Perwakilan Jawa Tengah.\n\n"
            "Penandatanganan nota kesepakatan berlangsung di Aula Kantor Gubernur Jawa Tengah, Semarang, "
            "Senin (3/3/2025). Dari pihak Ombudsman, dokumen diteken Kepala Perwakilan, Siti Rahmawati.\n\n"
            "Kendal diwakili langsung Bupati Hendra Wijaya, sedangkan Batang oleh Bupati Yusuf Maulana.\n")
    sg = extract_text(text, "two").signings[0]
    assert {"Siti Rahmawati", "Hendra Wijaya", "Yusuf Maulana"} <= {p.name for p in sg.signatories}
    # (a guest's stand-in named the same way in a sentence of its own is no signer)
    guest = text.replace("Kendal diwakili langsung Bupati Hendra Wijaya, sedangkan Batang oleh Bupati Yusuf Maulana.",
                         "Acara itu ramai dihadiri warga. Kendal diwakili langsung Bupati Hendra Wijaya.")
    sg = extract_text(guest, "guest").signings[0]
    assert "Hendra Wijaya" not in {p.name for p in sg.signatories}


def test_a_body_named_as_the_grounds_of_a_later_activity_is_no_party():
    text = ("Pemkab Kendal Teken Nota Kesepakatan dengan Ombudsman\n\n"
            "KENDAL – Pemerintah Kabupaten Kendal menandatangani nota kesepakatan dengan Ombudsman RI "
            "Perwakilan Jawa Tengah di Pendopo Kabupaten Kendal, Rabu (5/3/2025).\n\n"
            "Seusai penandatanganan, Ombudsman langsung membuka klinik pengaduan di halaman Dekranasda "
            "yang dimanfaatkan puluhan warga.\n")
    names = _party_names(text)
    assert names == {"Pemerintah Kabupaten Kendal", "Ombudsman RI Perwakilan Jawa Tengah"}


def test_bodies_given_as_examples_from_one_to_another_are_no_parties():
    text = ("Pemkab Kendal Teken MoU dengan Ombudsman\n\n"
            "KENDAL – Pemerintah Kabupaten Kendal menandatangani nota kesepakatan dengan Ombudsman RI "
            "Perwakilan Jawa Tengah di Mal Pelayanan Publik Kendal, Rabu (5/3/2025), disaksikan pegawai "
            "dari 18 instansi, mulai dari Disdukcapil, Samsat, BPJS Kesehatan hingga kantor pertanahan.\n")
    names = _party_names(text)
    assert names == {"Pemerintah Kabupaten Kendal", "Ombudsman RI Perwakilan Jawa Tengah"}


def test_the_partner_of_a_similar_earlier_agreement_is_no_party():
    text = ("Pemkab Kendal Teken MoU dengan Universitas Diponegoro\n\n"
            "KENDAL – Pemerintah Kabupaten Kendal menandatangani nota kesepahaman dengan Universitas "
            "Diponegoro di Kendal, Rabu (5/3/2025).\n\n"
            "Penandatanganan nota kesepahaman tersebut merupakan yang kedua setelah pada 2023 Pemkab Kendal "
            "menjalin kerja sama serupa dengan Universitas Negeri Semarang (Unnes).\n")
    names = _party_names(text)
    assert names == {"Pemerintah Kabupaten Kendal", "Universitas Diponegoro"}
    # (one signed on the same occasion is a party)
    same = text.replace("merupakan yang kedua setelah pada 2023 Pemkab Kendal menjalin kerja sama serupa",
                        "berlangsung di pendopo. Pada kesempatan yang sama, Universitas Diponegoro juga "
                        "menandatangani nota kesepahaman serupa")
    names = _party_names(same)
    assert "Universitas Negeri Semarang" in names
