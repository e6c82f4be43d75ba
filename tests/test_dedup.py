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


def _dedup_plain(cleaned):
    """dedup as it was before the posting bit sets (lists of paragraphs per shingle, every
    shingle looked up one by one): the fast version must mark exactly the same."""
    from collections import Counter
    from difflib import SequenceMatcher

    def tokens(s):
        return dd._TOKEN_RE.findall(s.lower())

    def shared_counts(sh, index):
        return _shared_plain(sh, index)

    def near_match(toks, sh, index, info):
        if not sh:
            return None
        shared = shared_counts(sh, index)
        if not shared:
            return None
        n = len(toks)
        for j, cnt in shared.most_common(dd.MAX_CANDIDATES):
            jtoks, jsh = info[j]
            if n >= dd.CONTAIN_MIN_WORDS and cnt >= dd.CONTAIN_SHARE * len(sh) and n <= len(jtoks):
                return j
            m = len(jtoks)
            if min(n, m) / max(n, m) < 0.8:
                continue
            if cnt < 0.5 * min(len(sh), len(jsh)):
                continue
            if SequenceMatcher(None, toks, jtoks, autojunk=False).ratio() >= dd.NEAR_RATIO:
                return j
        return None

    norm, paras = cleaned.norm, cleaned.paragraphs
    exact, index, info = {}, {}, {}
    title_key = None
    if cleaned.title_span:
        title_key = " ".join(tokens(norm[cleaned.title_span[0]:cleaned.title_span[1]]))
    for i, p in enumerate(paras):
        if p.kind != "body":
            continue
        toks = tokens(norm[p.start:p.end])
        if len(toks) < dd.MIN_WORDS:
            continue
        key = " ".join(toks)
        if title_key and key == title_key:
            p.kind, p.reason = "duplicate", "repeated headline"
            continue
        if key in exact:
            p.kind, p.reason = "duplicate", f"repeats paragraph at {paras[exact[key]].start}"
            continue
        sh = _shingles_plain(toks)
        j = near_match(toks, sh, index, info)
        if j is not None:
            p.kind, p.reason = "duplicate", f"near copy of paragraph at {paras[j].start}"
            continue
        exact[key] = i
        info[i] = (toks, sh)
        for h in sh:
            lst = index.setdefault(h, [])
            if len(lst) <= dd.MAX_POSTING:
                lst.append(i)
    seen_captions = set()
    for i, p in enumerate(paras):
        if p.kind != "caption":
            continue
        toks = tokens(dd._CREDIT_TAIL_RE.sub("", norm[p.start:p.end]))
        if len(toks) < dd.MIN_WORDS:
            continue
        key = " ".join(toks)
        if key in seen_captions:
            p.kind, p.reason = "duplicate", "repeated caption"
            continue
        seen_captions.add(key)
        sh = _shingles_plain(toks)
        if key in exact:
            j = exact[key]
        else:
            j = None
            if len(toks) >= 6:
                shared = shared_counts(sh, index)
                if shared:
                    j, cnt = shared.most_common(1)[0]
                    j = j if cnt >= dd.CONTAIN_SHARE * len(sh) else None
        if j is not None:
            p.kind, p.reason = "duplicate", f"caption repeats paragraph at {paras[j].start}"
    return cleaned


def _marks(c):
    return [(p.start, p.end, p.kind, p.reason) for p in c.paragraphs]


def _dedup_cases():
    from pathlib import Path
    texts = [f.read_text("utf-8") for f in sorted(Path(__file__).parent.glob("corpus/*/*.txt"))]
    rnd = random.Random(5)
    vocab = ("pemerintah kabupaten kota ombudsman layanan publik warga laporan data kerja sama "
             "bupati kepala dinas").split()
    for n in (5, 39, 40, 41, 42, 60, 130):  # around MAX_POSTING (40 paragraphs to a shingle)
        base = [" ".join(rnd.choice(vocab) for _ in range(rnd.randint(3, 30))) + "." for _ in range(n)]
        paras = []
        for x in base:  # near copies, containments, exact repeats, shared common phrases
            paras.append("Kerja sama pelayanan publik ini penting. " + x)
            r = rnd.random()
            if r < 0.2:
                w = x.split()
                w[rnd.randrange(len(w))] = rnd.choice(vocab)
                paras.append(" ".join(w))
            elif r < 0.3:
                paras.append(x)
            elif r < 0.4:
                paras.append("Foto: " + x[: len(x) // 2] + " (Foto: Humas)")
        texts.append(HEAD + "\n".join(paras) + "\n")
    return texts


def test_dedup_marks_what_the_plain_version_marks():
    cases = _dedup_cases()
    assert len(cases) > 50
    for t in cases:
        assert _marks(dedup(clean(t))) == _marks(_dedup_plain(clean(t)))


def test_ascii_tokens_equal_findall():
    samples = ["Rp1.000.000,- per_orang (12/3) e-KTP “kutip” café ÉCOLE K\u212a ß",
               "".join(chr(c) for c in range(128)), "tab\tand\x1fsep", ""]
    for p in _corpus_paragraphs():
        samples += p
    for s in samples:
        assert dd._tokens(s) == dd._TOKEN_RE.findall(s.lower())


def test_fast_shingles_and_counts_equal_plain_versions():
    rnd = random.Random(11)
    articles = _corpus_paragraphs()
    vocab = "a b c d e f".split()
    articles += [[" ".join(rnd.choice(vocab) for _ in range(rnd.randint(0, 30)))
                  for _ in range(rnd.randint(1, 60))] for _ in range(200)]
    # shingles in more than MAX_POSTING paragraphs
    articles += [[" ".join(rnd.choice("a b".split()) for _ in range(rnd.randint(3, 12)))
                  for _ in range(rnd.randint(45, 90))] for _ in range(20)]
    assert articles
    capped = False
    for paras in articles:
        index, plain = {}, {}
        for i, p in enumerate(paras):
            toks = dd._tokens(p)
            sh = dd._shingles(toks)
            assert sh == _shingles_plain(toks)
            seen = list(filter(index.__contains__, sh))
            got, want = dd._shared_counts(seen, index), _shared_plain(sh, plain)
            assert got == want
            # same tie order: most_common picks the same candidates
            assert got.most_common() == want.most_common()
            dd._index_add(index, sh, seen, i)
            for h in sh:
                lst = plain.setdefault(h, [])
                if len(lst) <= dd.MAX_POSTING:
                    lst.append(i)
        assert {h: dd._paragraphs_of(m) for h, m in index.items()} == plain
        capped |= any(len(lst) > dd.MAX_POSTING for lst in plain.values())
    assert capped
