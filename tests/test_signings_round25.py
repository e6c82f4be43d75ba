"""Round 25: signings. From the held-out sets variety103, variety105 and variety106: an
agreement pointed back to ("Perjanjian tersebut ditandatangani ...") in the paragraph
after the lead that names it is that document; a speaker's quoted "hari ini" gives no day
of its own to split a signing by; "penandatanganan dilakukan secara berurutan oleh:"
introduces a list of signers; heads who "berturut-turut maju" right after a signer sign in
turn; a signing told only in a quote takes the bodies its lead names as parties; a
cooperation "resmi" entered "melalui nota kesepakatan ..." and "Kerja sama tersebut
diresmikan ..." report the signing when no signing verb is written. Sentences written for
these tests; none comes from a corpus article."""
from mou_extract import classify, extract_text
from mou_extract import signings as S
from variety_helpers import article, names as _names, signings_of as _signings


def _record(text):
    return extract_text(text, id="t")


# --- an agreement pointed back to across the paragraph break --------------------------------

POINTED_ARTICLE = article(
    "Pemkot Kediri dan BPJS Ketenagakerjaan Perkuat Perlindungan Pekerja Rentan",
    "Kamis, 12 Juni 2025 - 09:15 WIB",
    "KEDIRI - Pemerintah Kota Kediri dan BPJS Ketenagakerjaan Cabang Kediri sepakat bekerja sama yang "
    "dituangkan dalam perjanjian kerja sama tentang Perlindungan Jaminan Sosial bagi Pekerja Rentan.",
    "Perjanjian tersebut ditandatangani Wali Kota Kediri, Agus Salim Prasetyo, dan Kepala BPJS "
    "Ketenagakerjaan Cabang Kediri, Nur Hidayati, di Ruang Joyoboyo Balai Kota Kediri, Rabu (11/6/2025).",
    "Agus mengatakan, sebanyak 12.000 pekerja rentan akan didaftarkan tahun ini.",
)


def test_an_agreement_pointed_back_to_in_the_next_paragraph_is_the_lead_s_document():
    sgs = _signings(POINTED_ARTICLE)
    assert len(sgs) == 1
    sg = sgs[0]
    assert sg.document_type == "perjanjian_kerja_sama"
    assert sg.title is not None and sg.title.startswith("Perlindungan Jaminan Sosial")
    assert sg.date.value == "2025-06-11"
    assert set(_names(sg.signatories)) == {"Agus Salim Prasetyo", "Nur Hidayati"}


def test_a_signing_word_without_a_pointed_agreement_does_not_reach_back_a_paragraph():
    text = POINTED_ARTICLE.replace("Perjanjian tersebut ditandatangani", "Penandatanganan dihadiri")
    # no agreement pointed back to: the lead's document is not taken across the break
    assert not _record(text).is_signing


# --- a quoted "hari ini" -------------------------------------------------------------------

QUOTED_TODAY_ARTICLE = article(
    "Dua Kabupaten Teken Nota Kesepakatan dengan Ombudsman di Sela Festival Layanan",
    "Kamis, 20 November 2025 | 08:30 WIB",
    "JAMBI - Pada hari kedua Festival Pelayanan Publik, Rabu (19/11/2025), Pemerintah Kabupaten Tebo dan "
    "Pemerintah Kabupaten Bungo menandatangani nota kesepakatan dengan Ombudsman RI Perwakilan Jambi di "
    "Auditorium Rumah Dinas Gubernur Jambi.",
    "Nota kesepakatan diteken Kepala Ombudsman RI Perwakilan Jambi, Hendra Saputra, Bupati Tebo, Arif "
    "Munandar, dan Bupati Bungo, Sri Rahayu.",
    "\"Festival ini ruang belajar bersama. Penandatanganan nota kesepakatan hari ini adalah komitmen yang "
    "lebih dari sekadar pameran,\" kata Hendra.",
)


def test_a_quoted_today_gives_no_signing_day_of_its_own():
    sgs = _signings(QUOTED_TODAY_ARTICLE)
    assert len(sgs) == 1
    assert sgs[0].date.value == "2025-11-19"
    assert set(_names(sgs[0].signatories)) == {"Hendra Saputra", "Arif Munandar", "Sri Rahayu"}


# --- "penandatanganan dilakukan ... oleh:" and a numbered list -------------------------------

DONE_BY_LIST_ARTICLE = article(
    "Pemprov Jambi dan Tiga Kabupaten Teken PKS Satu Data",
    "Rabu, 14 Mei 2025",
    "JAMBI - Pemerintah Provinsi Jambi bersama tiga pemerintah kabupaten menandatangani Perjanjian Kerja "
    "Sama tentang Penyelenggaraan Satu Data Daerah di Aula Rumah Dinas Gubernur Jambi, Selasa (13/5/2025).",
    "Dari pihak provinsi, perjanjian diteken Gubernur Jambi, Arman Siregar. Dari kabupaten, penandatanganan "
    "dilakukan bergantian oleh:\n1. Bupati Kerinci, Yusuf Hamdani;\n2. Bupati Tebo, Arif Munandar;\n"
    "3. Bupati Bungo, Sri Rahayu.",
    "Arman mengatakan data penduduk antardaerah selama ini kerap berbeda.",
)


def test_a_list_introduced_by_penandatanganan_dilakukan_oleh_lists_signers():
    sg = _signings(DONE_BY_LIST_ARTICLE)[0]
    assert {"Yusuf Hamdani", "Arif Munandar", "Sri Rahayu"} <= set(_names(sg.signatories))
    assert {"Pemerintah Kabupaten Kerinci", "Pemerintah Kabupaten Tebo",
            "Pemerintah Kabupaten Bungo"} <= set(_names(sg.parties))


def test_signing_done_by_intro_cue():
    assert S._intro_cue("Sementara itu, penandatanganan dilakukan secara berurutan oleh:") == "signer"
    assert S._intro_cue("Penandatanganan dilaksanakan bergantian oleh para bupati, yakni") == "signer"
    # the noun of another act: no signers
    assert S._intro_cue("Pemaparan materi dilakukan oleh:") is None


# --- heads coming forward in turn after a signer ---------------------------------------------

IN_TURN_ARTICLE = article(
    "Lima Kepala Daerah Teken PKS dengan Kejati Sulteng",
    "Kamis, 6 November 2025",
    "PALU - Lima kepala daerah menandatangani Perjanjian Kerja Sama bidang Perdata dan Tata Usaha Negara "
    "dengan Kejaksaan Tinggi Sulawesi Tengah di Aula Kejaksaan Tinggi Sulawesi Tengah, Rabu (5/11/2025).",
    "Bupati Donggala, Rahmat Kasim, membubuhkan tanda tangan pertama. Setelah itu berturut-turut maju Bupati "
    "Sigi Yulia Pratiwi, Bupati Poso Markus Lande, dan Bupati Parigi Moutong Ahmad Yani.",
    "Kepala Kejaksaan Tinggi Sulawesi Tengah, Dedi Kurniawan, berharap pemda berkonsultasi sejak awal.",
)


def test_heads_coming_forward_in_turn_after_a_signer_sign():
    sg = _signings(IN_TURN_ARTICLE)[0]
    assert {"Rahmat Kasim", "Yulia Pratiwi", "Markus Lande", "Ahmad Yani"} <= set(_names(sg.signatories))
    assert {"Pemerintah Kabupaten Sigi", "Pemerintah Kabupaten Poso"} <= set(_names(sg.parties))


def test_in_turn_cue_reads_berturut_turut():
    assert S._IN_TURN.search("Setelah itu berturut-turut maju Bupati Sigi dan Bupati Poso.")
    assert S._IN_TURN.search("Para bupati kemudian maju berturut-turut ke meja.")
    assert not S._IN_TURN.search("Harga cabai naik berturut-turut selama tiga pekan.")


# --- a signing told only in a quote ---------------------------------------------------------

QUOTE_ONLY_ARTICLE = article(
    "Unsrat dan Pemkab Minahasa Siapkan Pemandu Wisata Danau Tondano",
    "Rabu, 15 Oktober 2025, 16:10 WITA",
    "Tondano - Universitas Sam Ratulangi dan Pemerintah Kabupaten Minahasa mematangkan pelatihan pemandu "
    "wisata untuk kawasan Danau Tondano.",
    "Bupati Minahasa, Robby Tumbelaka, dan Rektor Universitas Sam Ratulangi, Maria Wowor, bertemu di "
    "Kantor Bupati Minahasa, Selasa (14/10/2025).",
    "\"MoU yang ditandatangani hari ini harus segera berjalan. Saya minta pelatihan pertama dibuka bulan "
    "depan,\" kata Robby di hadapan kepala OPD.",
)


def test_a_signing_told_only_in_a_quote_takes_the_lead_s_bodies():
    sg = _signings(QUOTE_ONLY_ARTICLE)[0]
    assert set(_names(sg.parties)) == {"Universitas Sam Ratulangi", "Pemerintah Kabupaten Minahasa"}


def test_quoted_at():
    text = article("Judul", "Rabu, 15 Oktober 2025",
                   "Paragraf pembuka tentang kegiatan di Tondano.",
                   "\"Kalimat pertama. MoU hari ini penting,\" kata Robby. Ia lalu pergi.")
    # inside the quotation (its second sentence) / after it closed
    positions = [text.index("MoU"), text.index("Ia lalu")]
    from mou_extract import segment
    from mou_extract.clean import clean
    c = clean(text)
    sents = segment.sentences(c.norm, [(p.start, p.end) for p in c.body()])
    ctx = S.Ctx(text=text, norm=c.norm, sents=sents, docs=[], dates=[], reference=None)
    for want, pos in zip((True, False), positions):
        si = next(i for i, s in enumerate(sents) if s.start <= pos < s.end)
        assert S._quoted_at(ctx, si, pos) is want


# --- "resmi menjalin kerja sama ... melalui nota kesepakatan" ---------------------------------

OFFICIAL_ARTICLE = article(
    "Pemkot Blitar Resmi Jalin Kerja Sama dengan Ombudsman Jatim",
    "Selasa, 4 November 2025",
    "BLITAR - Pemerintah Kota Blitar resmi menjalin kerja sama dengan Ombudsman Republik Indonesia "
    "Perwakilan Jawa Timur melalui nota kesepakatan tentang Pengawasan Pelayanan Publik di Kota Blitar.",
    "Kerja sama tersebut diresmikan dalam sebuah acara di Pendopo Sasana Adhi Praja, Senin (3/11/2025), yang "
    "dihadiri Wali Kota Blitar, Hendra Wibisono, dan Kepala Ombudsman RI Perwakilan Jawa Timur, Dwi Hartanto.",
    "Hendra menyebut kesepakatan itu bertujuan meningkatkan kualitas pelayanan publik.",
)


def test_a_cooperation_officially_entered_through_an_agreement_is_a_signing():
    sgs = _signings(OFFICIAL_ARTICLE)
    assert len(sgs) == 1
    sg = sgs[0]
    assert sg.document_type == "nota_kesepakatan"
    assert sg.date.value == "2025-11-03"
    assert sg.venue is not None and sg.venue.name == "Pendopo Sasana Adhi Praja"
    assert set(_names(sg.parties)) == {"Pemerintah Kota Blitar", "Ombudsman RI Perwakilan Jawa Timur"}
    assert set(_names(sg.signatories)) == {"Hendra Wibisono", "Dwi Hartanto"}


def test_official_cooperation_cues():
    def verbs(s):
        return [m.group() for m in classify.signing_verbs(s, 0, len(s))]

    assert verbs("Pemkab X resmi menjalin kerja sama dengan Kejari X melalui perjanjian kerja sama.")
    assert verbs("Kerja sama tersebut diresmikan di Aula Y, Senin (3/11/2025).")
    # no agreement named after "melalui": a cooperation, not a signing
    assert not verbs("Pemkab X resmi menjalin kerja sama dengan PT Y melalui program magang.")
    assert not verbs("Pemkab X resmi menjalin kerja sama dengan PT Y dalam pengelolaan sampah.")
    # the building, not the agreement, was inaugurated
    assert not verbs("Gedung tersebut diresmikan Wali Kota X, Senin (3/11/2025).")


def test_an_official_cooperation_still_to_come_is_no_signing():
    text = OFFICIAL_ARTICLE.replace("resmi menjalin", "akan resmi menjalin").replace(
        "Kerja sama tersebut diresmikan dalam sebuah acara", "Rapat persiapan digelar")
    assert not _record(text).is_signing
