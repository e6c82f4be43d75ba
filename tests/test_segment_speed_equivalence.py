"""segment.sentences (guard tried only where a rule can apply, spans read from the
sentence starts) gives exactly what the token-by-token guard over nlp().pipe gave.

The reference below is the code the fast path replaced; it runs on its own pipeline
(same tokenizer special cases and sentencizer, no guard component) so the two share
nothing but spaCy."""
import re
from pathlib import Path

import pytest

from mou_extract import segment
from mou_extract.clean import clean
from mou_extract.segment import Sentence, _INITIAL


@pytest.fixture(scope="module")
def plain_nlp():
    import spacy
    from spacy.symbols import ORTH

    pipe = spacy.blank("id")
    for tok in segment._abbrev_tokens():
        pipe.tokenizer.add_special_case(tok, [{ORTH: tok}])
        pipe.tokenizer.add_special_case(tok + ",", [{ORTH: tok}, {ORTH: ","}])
    pipe.add_pipe("sentencizer")
    return pipe


TITLE_WORDS = segment._title_words()  # data (lexicon.titles), shared
MIXED_CASE_END = re.compile(r"[A-Za-z]*[a-z][A-Z]+\.")


def _guard_plain(doc):
    toks = list(doc)
    texts = [t.text for t in toks]
    for i in range(1, len(toks)):
        tok, text, prev = toks[i], texts[i], texts[i - 1]
        if not tok.is_sent_start:
            if (prev.endswith(".") and prev.count(".") >= 2 and text[:1].isupper()
                    and i + 1 < len(toks) and (texts[i + 1][:1].islower() or text.lower() in TITLE_WORDS)):
                tok.is_sent_start = True
            elif MIXED_CASE_END.fullmatch(prev) and toks[i - 1].whitespace_ and text[:1].isupper():
                tok.is_sent_start = True
            continue
        if _INITIAL.match(prev) and len(prev) <= 8 and prev.count(".") < 2:
            tok.is_sent_start = False
        elif prev == "." and i >= 2 and len(texts[i - 2]) == 1 and texts[i - 2].isupper():
            tok.is_sent_start = False
        elif prev == "." and i >= 3 and re.fullmatch(r"[A-Z][bcdfghjklmnpqrstvwxz]", texts[i - 2]) \
                and re.fullmatch(r"[A-Z][a-z]+", texts[i - 3]):
            tok.is_sent_start = False  # "Albert Ch. Sumampouw"
        elif prev in (",", ";"):
            tok.is_sent_start = False
        elif text[:1].islower() and prev not in {"!", "?", "”", '"'} and prev != "\n":
            tok.is_sent_start = False
    return doc


def _sentences_plain(nlp, norm, paragraphs):
    out = []
    texts = [norm[s:e] for s, e in paragraphs]
    for pi, ((ps, _pe), doc) in enumerate(zip(paragraphs, nlp.pipe(texts, batch_size=64))):
        _guard_plain(doc)
        for sent in doc.sents:
            s, e = sent.start_char, sent.end_char
            seg = norm[ps + s: ps + e]
            stripped = seg.strip()
            if not stripped:
                continue
            lead = len(seg) - len(seg.lstrip())
            out.append(Sentence(ps + s + lead, ps + s + lead + len(stripped), pi))
    return out


EDGE = [
    "Bupati Lorem, H. Ahmad Yani, S.H., M.H. Dalam kesempatan itu ia menandatangani nota kesepahaman.",
    "Penandatanganan dilakukan oleh Drs. H. Muh. Arif, M.Si. dan Dr. Ir. Budi Santoso, M.T. di aula.",
    "Kegiatan dihadiri Sekda, Ir. A. B. Cahyono. Ia berharap kerja sama berjalan baik.",
    "Wakil ketua, Prof. Dr. dr. Siti Aminah, Sp.PD., Ph.D. Kemudian acara ditutup doa.",
    "Dia berkata: sudah selesai. kemudian rapat ditutup! lalu semua pulang? ya. “Terima kasih.” kata dia.",
    "Kerja sama senilai Rp1.000.000.000. Dana itu dari APBD. Nilainya 2.500.000 rupiah.",
    "Situs www.lorem.go.id. Ia juga membuka lorem.co.id. Sementara itu warga antusias.",
    "Acara di Jl. Merdeka No. 5, Kec. Baru, Kab. Lorem. Penandatanganan berlangsung lancar.",
    "A. Dia datang. B. Dia pergi. C.D. Ia kembali.",
    "Tamat. S.H., M.H. Selanjutnya dibahas. M.AP. Kami setuju. Ph.D. Jadi begitu.",
    "Sentence with\u00a0non-breaking\u00a0spaces. Another\u202fone here. And S.H.\u00a0Lalu ini.",
    "Baris satu.\r\nBaris dua S.Sos. Dengan teks. Baris tiga.\r\nAkhir H. Umar.",
    "  Spasi  ganda.   Kalimat  berikut  di sini.  ",
    "x", ".", "S.H.", "S.H. A b", "S.H. A", "H. a. B. c.", "...", "Dr. ...", "1.2.3. A b c.",
    "PT. Lorem Tbk. bersama CV. Ipsum. menandatangani MoU. Ini baru.",
    "\"Kami siap,\" ujarnya. \"Ya!\" balasnya? entah. Oke.",
]


def _norm_paragraphs(text):
    c = clean(text)
    return c.norm, [(p.start, p.end) for p in c.paragraphs]


def _cases():
    cases = [_norm_paragraphs(t) for t in EDGE]
    cases.append(_norm_paragraphs("\n".join(EDGE)))
    # every paragraph shape of the corpora, with and without the rest of the article
    for f in sorted(Path(__file__).parent.glob("corpus/*/*.txt")):
        cases.append(_norm_paragraphs(f.read_text("utf-8")))
    return cases


def test_sentences_equal_the_token_by_token_guard(plain_nlp):
    n = 0
    for norm, paras in _cases():
        got = segment.sentences(norm, paras)
        assert got == _sentences_plain(plain_nlp, norm, paras)
        n += len(got)
    assert n > 1000


def test_guard_component_in_the_pipeline_equals_the_plain_guard(plain_nlp):
    """nlp() itself (the guard reading doc.text) sets the same sentence starts."""
    nlp = segment.nlp()
    for norm, paras in _cases()[:len(EDGE) + 1] + _cases()[-20:]:
        for s, e in paras:
            got = [t.is_sent_start for t in nlp(norm[s:e])]
            want = [t.is_sent_start for t in _guard_plain(plain_nlp(norm[s:e]))]
            assert got == want


def test_guard_without_sentencizer_annotation(plain_nlp):
    """No sentence starts set at all: every token is a candidate for a degree rule."""
    for text in EDGE:
        a = plain_nlp.make_doc(text)
        b = plain_nlp.make_doc(text)
        segment._guard(a, None)
        _guard_plain(b)
        assert [t.is_sent_start for t in a] == [t.is_sent_start for t in b]


def test_multidot_scan_finds_every_token_with_two_dots(plain_nlp):
    for norm, paras in _cases():
        for s, e in paras:
            text = norm[s:e]
            doc = plain_nlp.make_doc(text)
            hit = {doc.char_span(m.start(), m.start() + 1, alignment_mode="expand").start
                   for m in segment._MULTIDOT.finditer(text)}
            assert {t.i for t in doc if t.text.count(".") >= 2} <= hit
