"""Tests for mou_extract.dedup."""
import random

import mou_extract.dedup as dd
from mou_extract.clean import clean
from mou_extract.dedup import dedup


def texts_of(c, kind):
    return [c.text[p.start:p.end] for p in c.paragraphs if p.kind == kind]


HEAD = "Pemkab Lorem dan Ombudsman Teken Nota Kesepakatan Layanan Publik\n"
P1 = "LOREM - Pemerintah Kabupaten Lorem dan Ombudsman RI menandatangani nota kesepakatan tentang pengawasan pelayanan publik di aula kantor bupati."
P2 = "\"Kami ingin warga tidak lagi bolak-balik mengurus dokumen yang sama di kantor yang berbeda,\" kata bupati dalam sambutannya."
P3 = "Ruang lingkup kesepakatan meliputi pencegahan maladministrasi, percepatan penyelesaian laporan, dan pertukaran data."
P4 = "Kepala perwakilan Ombudsman menyebut kerja sama serupa akan diperluas ke kabupaten lain tahun depan."


def test_exact_repeat_marked_first_copy_kept():
    t = HEAD + "\n".join([P1, P2, P3, P2, P4]) + "\n"
    c = dedup(clean(t))
    dups = [p for p in c.paragraphs if p.kind == "duplicate"]
    assert len(dups) == 1 and c.text[dups[0].start:dups[0].end] == P2
    assert dups[0].start == t.rindex(P2)
    assert c.counts["duplicates_removed"] == 1
    assert texts_of(c, "body") == [P1, P2, P3, P4]


def test_repeat_with_case_space_punctuation_changes():
    variant = "  " + P2.upper().replace(",", " ,").replace(".", "") + "  "
    t = HEAD + "\n".join([P1, P2, P3, variant]) + "\n"
    c = dedup(clean(t))
    assert len(texts_of(c, "duplicate")) == 1


def test_near_duplicate_and_containment():
    near = P3.replace("dan pertukaran", "serta pertukaran")
    contained = "Kepala perwakilan Ombudsman menyebut kerja sama serupa akan diperluas ke kabupaten lain"
    t = HEAD + "\n".join([P1, P2, P3, P4, near, contained]) + "\n"
    c = dedup(clean(t))
    assert texts_of(c, "duplicate") == [near, contained]


def test_short_and_different_paragraphs_are_kept():
    t = HEAD + "\n".join([P1, "Selesai.", P2, "Selesai.", P3, P4]) + "\n"
    c = dedup(clean(t))
    assert texts_of(c, "duplicate") == []


def test_whole_block_repeated():
    block = [P1, P2, P3, P4]
    t = HEAD + "\n".join(block + block[1:]) + "\nPewarta: Lorem\n"
    c = dedup(clean(t))
    assert texts_of(c, "duplicate") == block[1:]
    assert texts_of(c, "body") == block


def test_headline_repeated_in_body_and_caption_repeating_lead():
    title = "Pemkab Lorem Resmi Teken Nota Kesepakatan dengan Ombudsman RI"
    caption = ("Pemerintah Kabupaten Lorem resmi menandatangani nota kesepakatan dengan "
               "Ombudsman Republik Indonesia. (Foto: Prokopim Lorem)")
    lead = ("LOREM, loremnews.com - Pemerintah Kabupaten Lorem resmi menandatangani nota kesepakatan "
            "dengan Ombudsman Republik Indonesia di Jakarta, Selasa (10/6).")
    t = f"{title}\n\nfoto-mou.jpeg\n{caption}\n\n{lead}\n\n{P2}\n\n{title}\n"
    c = dedup(clean(t))
    assert c.title == title
    dups = texts_of(c, "duplicate")
    assert caption in dups and title in dups
    assert texts_of(c, "body") == [lead, P2]
    for p in c.paragraphs:
        assert c.text[p.start:p.end].strip() == c.text[p.start:p.end]


def test_200_paragraphs_do_few_sequence_matcher_calls(monkeypatch):
    calls = {"n": 0}
    real = dd.SequenceMatcher

    class Counting(real):
        def __init__(self, *a, **k):
            calls["n"] += 1
            super().__init__(*a, **k)

    monkeypatch.setattr(dd, "SequenceMatcher", Counting)
    rng = random.Random(7)
    vocab = ("pemerintah kabupaten kota ombudsman layanan publik warga laporan data kerja sama "
             "bupati kepala dinas rapat evaluasi pengaduan standar aparatur anggaran desa").split()
    paras = [" ".join(rng.choice(vocab) for _ in range(25)) + "." for _ in range(200)]
    t = HEAD + "\n".join(paras + paras[:50]) + "\n"
    c = dedup(clean(t))
    assert len(texts_of(c, "duplicate")) >= 50
    assert calls["n"] < 2000


# --- fast paths (speed only) equal the straightforward versions -----------------------

def _shingles_plain(toks):
    if len(toks) < 3:
        return {hash(tuple(toks))} if toks else set()
    return {hash((toks[i], toks[i + 1], toks[i + 2])) for i in range(len(toks) - 2)}


def _shared_plain(sh, index):
    from collections import Counter
    shared = Counter()
    for h in sh:
        lst = index.get(h)
        if lst and len(lst) <= dd.MAX_POSTING:
            shared.update(lst)
    return shared


def _corpus_paragraphs():
    from pathlib import Path
    out = []
    for f in sorted(Path(__file__).parent.glob("corpus/*/*.txt")):
        c = clean(f.read_text("utf-8"))
        out.append([c.norm[p.start:p.end] for p in c.paragraphs])
    return out


def test_fast_shingles_and_counts_equal_plain_versions():
    rnd = random.Random(11)
    articles = _corpus_paragraphs()
    vocab = "a b c d e f".split()
    articles += [[" ".join(rnd.choice(vocab) for _ in range(rnd.randint(0, 30)))
                  for _ in range(rnd.randint(1, 60))] for _ in range(200)]
    assert articles
    for paras in articles:
        index = {}
        for i, p in enumerate(paras):
            toks = dd._tokens(p)
            sh = dd._shingles(toks)
            assert sh == _shingles_plain(toks)
            got, want = dd._shared_counts(sh, index), _shared_plain(sh, index)
            assert got == want
            # same tie order: most_common picks the same candidates
            assert got.most_common() == want.most_common()
            for h in sh:
                lst = index.setdefault(h, [])
                if len(lst) <= dd.MAX_POSTING:
                    lst.append(i)
