"""Round 30's speed helpers give what the code they shortcut gave."""
import random

import pytest

from mou_extract import people, scope, segment
from mou_extract.people import Tok

_TRICKY = ("a__b _x_ M.Nur S.H., M.Si. Sp.A(K) dr. Ch. Sumampouw H.M. Y\u00a0Z Hadi\u200bwibowo "
           "Kusuma\u00adwardhani e\u0301 \u00b2 \u00b3x __ 1.000,5 a-b-c \u2019s don't & ( ) M.Ked(Ped) x.y.z\t_\n"
           "Drs.H.Ahmad,S.Sos.M.Si S.STP. S.IP, Ph.D. Bupati  Tanah Laut, H. M. Zainal")


def _tokenize_by_finditer(text, start, end):
    """people._tokenize as it was, reading match objects (offsets from the matches)."""
    people._tokenize(text, start, end)  # (fills people._ABBREV)
    out = []
    for m in people._TOKEN.finditer(text, start, end):
        t, s = m.group(), m.start()
        if "." in t:
            if people._DOTLESS_DEGREE.fullmatch(t) and t.replace(".", "").lower() not in people.DEGREE_WORDS:
                dot = t.index(".") + 1
                out.append(Tok(t[:dot], s, s + dot))
                out.append(Tok(t[dot:], s + dot, m.end()))
                continue
            if t.endswith(".") and len(t) > 1 and t.count(".") == 1 and t[:1].isalpha():
                stem = t[:-1]
                if not (len(stem) == 1 or stem.lower() in people._ABBREV or stem.lower() in people.DEGREE_WORDS
                        or people._NAME_INITIAL2.fullmatch(stem) and people._NEXT_CAP.match(text, m.end(), end)):
                    out.append(Tok(stem, s, s + len(stem)))
                    out.append(Tok(".", s + len(stem), s + len(t)))
                    continue
        out.append(Tok(t, s, m.end()))
        if t == ")" and len(out) >= 4 and out[-3].text == "(" and out[-4].end == out[-3].start \
                and out[-2].end == out[-1].start and people._SPECIALTY.fullmatch(out[-2].text) \
                and people.is_degree(out[-4]):
            d = out[-4]
            out[-4:] = [Tok(text[d.start:out[-1].end], d.start, out[-1].end)]
    return out


def _view(toks):
    return [(t.text, t.start, t.end, t.low, t.is_cap, t.is_word) for t in toks]


def test_tokenize_offsets_from_find_are_the_matches():
    text = _TRICKY
    for i in range(len(text) + 1):
        for j in range(i, len(text) + 1, 3):
            assert _view(people._tokenize.__wrapped__(text, i, j)) == _view(_tokenize_by_finditer(text, i, j))


def test_tokens_start_after_blanks_and_underscores_only():
    # (what the find in _tokenize relies on: every other character starts a token)
    rnd = random.Random(30)
    chars = [chr(c) for c in range(0x20, 0x250)] + list("\u00ad\u200b\u2060\u2019\u201c\u2013\u0301\u00a0")
    for c in chars:
        starts = people._TOKEN.match(c + "x") is not None
        assert starts == (not (c.isspace() or c == "_")), c
    for _ in range(200):
        s = "".join(rnd.choice(chars) for _ in range(40))
        assert _view(people._tokenize.__wrapped__(s, 0, len(s))) == _view(_tokenize_by_finditer(s, 0, len(s)))


def test_punctuation_scan_with_the_ascii_class_finds_the_same():
    punct = segment._fast_steps()
    if punct is None:
        pytest.skip("the pipeline is not the tokenizer + sentencizer + guard")
    ascii_rx, others = segment._ascii_punct(punct)
    assert others | {c for c in punct if ascii_rx.fullmatch(c)} == punct
    full = segment._punct_rx(punct)
    for text in ("Ia berkata. Lalu? Ya! Selesai", "Harga Rp1.000.000, kata dia... “Oke.”", "Tanpa tanda"):
        assert [m.start() for m in ascii_rx.finditer(text)] == [m.start() for m in full.finditer(text)]
    doc_text = "Kalimat satu\u3002Kalimat dua. Tiga"
    assert not others.isdisjoint(doc_text)  # (a text with one of the others is scanned with the full class)


def test_field_lists_skip_only_sentences_without_the_word():
    text = ("Mereka menandatangani nota kesepahaman di bidang pendidikan, penelitian, dan pengabdian "
            "kepada masyarakat. Kerja sama di BIDANG wisata dan pertanian. Tanpa itu.")
    sents = scope.sentences(text)
    got = scope._field_lists(text, sents)
    want = [m.span(1) for a, b in sents for m in scope._FIELD_LIST.finditer(text, a, b)]
    assert [st.segments[0] for st in got] == want and len(want) == 2


def test_scope_prefilters_keep_what_the_patterns_find():
    assert scope._SET_DOWN_WORDS and scope._SPLITS_ROLES_WORDS
    text = ("Pengawasan pelayanan publik juga diatur dalam nota kesepahaman itu. Keduanya sepakat "
            "MEMBAGI PERAN dalam program ini. Pemkab akan membangun jalan, sementara USU akan melatih guru.")
    sents = scope.sentences(text)
    assert [m.span() for a, b in sents for m in [scope._SET_DOWN.search(text, a, b)] if m] \
        and all(scope._SET_DOWN.search(text, a, b) is None for a, b in sents
                if not scope.fastre.may_match(scope._SET_DOWN_WORDS, text, a, b))
    assert any(scope.fastre.may_match(scope._SPLITS_ROLES_WORDS, text, a, b) and scope._SPLITS_ROLES.search(text, a, b)
               for a, b in sents)
