"""Speed round 25: the shortcuts give what the code they bypass gives."""
from mou_extract import parties, people, segment

TEXTS = [
    "Bupati Lorem, H. Ahmad Yani, S.H., M.H. Dalam kesempatan itu ia menandatangani MoU.",
    "Kegiatan dihadiri Sekda, Ir. A. B. Cahyono. Ia berharap kerja sama berjalan baik.",
    "Dia berkata: sudah selesai. kemudian rapat ditutup! lalu semua pulang? ya. “Terima kasih.” kata dia.",
    "Ini bukan MoU. Pemkab Lorem menandatangani PKS. Ph.D. Jadi begitu.",
    "Kalimat pertama。Kalimat kedua！ ‼ Kalimat ketiga… (selesai). \"Ya!\" balasnya.",
    "  Spasi  ganda.   Kalimat  berikut  di sini.  ",
    "x", ".", "S.H.", "S.H. A b", "H. a. B. c.", "...", "1.2.3. A b c.",
    "Tamat. S.H., M.H. Bupati Landak, Y, berhalangan hadir. M.AP. Kami setuju.",
]


def test_sentence_bounds_equal_the_pipeline():
    """_sentence_bounds (offset arrays) gives the sentence starts nlp() sets on its Doc."""
    assert segment._fast_steps() is not None
    nlp = segment.nlp()
    for text in TEXTS:
        want = [s.start_char for s in nlp(text).sents]
        got = segment._sentence_bounds(text, nlp.make_doc(text), segment._fast_steps())
        assert got == want, text


def test_is_degree_without_dot():
    """Words without a dot or a bracket are degrees only by the word list."""
    for w in ["SH", "MSi", "Bupati", "sh", "ST", "Kepala", "SE", "PhD", "MM"]:
        tok = people.Tok(w, 0, len(w))
        assert people.is_degree(tok) == (tok.low in people.DEGREE_WORDS)


def test_hospital_first_words():
    first = parties._hospital_first_words()
    assert first is not None and all(f[0] in first for f in parties._hospital_forms())
    got = parties.find_parties("RSUD dr. Iskak Tulungagung meneken MoU.", 0, 38)
    assert got and got[0].kind == "regional_government"
