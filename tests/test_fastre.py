"""fastre.compile must find exactly what re.compile finds: same spans, same groups, at
every pos/endpos window, for the patterns the stages use and for generated text."""
import importlib
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mou_extract import fastre, scope

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
MODULES = ["classify", "clean", "dates", "documents", "people", "pipeline", "scope", "signings",
           "dedup", "segment", "parties", "regions"]


def _texts():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/*.txt"))[:40]]
    texts += [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.glob("corpus/*/*.txt"))[:30]]
    return texts or ["Pengaduan masyarakat dan pertukaran data, sosialisasi."]


def _module_patterns():
    """(name, pattern, flags) of every module-level pattern and every vocabulary pattern."""
    out = []
    for m in MODULES:
        mod = importlib.import_module("mou_extract." + m)
        for k, v in vars(mod).items():
            if isinstance(v, re.Pattern) and v.pattern is not None:
                out.append((f"{m}.{k}", v.pattern, v.flags))
    from mou_extract import dates

    for k, v in vars(dates._lex()).items():
        if isinstance(v, re.Pattern):
            out.append((f"dates.lex.{k}", v.pattern, v.flags))
    from mou_extract import documents

    out += [(f"documents.{kind}.{i}", rx.pattern, rx.flags)
            for i, (kind, _lang, rx, _fold) in enumerate(documents._vocab().docs)]
    v = scope._vocab()
    for label, rx, row in v.labels:
        out.append((f"scope.{label}.{row}", rx.pattern, rx.flags))
    for name, rxs in v.cues.items():
        out += [(f"scope.{name}.{i}", rx.pattern, rx.flags) for i, rx in enumerate(rxs)]
    return out


def _matches(rx, text, pos=0, endpos=None):
    endpos = len(text) if endpos is None else endpos
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text, pos, endpos)]


def test_most_vocabulary_patterns_are_rewritten():
    """The rewrite is what makes `\\b`-led patterns fast: it must apply to most of them."""
    # (case-insensitive alternations are left as written by design: see fastre's docstring)
    led = [(n, p, f) for n, p, f in _module_patterns() if p.startswith(r"\b") and not f & re.IGNORECASE]
    rewritten = [n for n, p, f in led
                 if fastre._rewrite(list(re._parser.parse(p, f).data), None, f) is not None]
    assert len(led) >= 20
    assert len(rewritten) >= 0.6 * len(led)


def test_stage_patterns_match_as_written_on_corpus_text():
    texts = _texts()
    lowered = [t.lower() for t in texts]
    for name, pattern, flags in _module_patterns():
        fast, plain = fastre.compile(pattern, flags), re.compile(pattern, flags)
        for t, low in zip(texts, lowered):
            for x in (t, low):
                assert _matches(fast, x) == _matches(plain, x), name
                # windows cut anywhere (the stages search sentence and clause spans)
                a, b = len(x) // 3, 2 * len(x) // 3 + 7
                assert _matches(fast, x, a, b) == _matches(plain, x, a, b), name


@pytest.mark.parametrize("pattern,rewritten", [
    (r"\bpengaduan\b", True),
    (r"\b(?:laporan|pengaduan|aduan)\s+masyarakat\b", True),
    (r"\bdata\s+sharing\b|exchang\w+\s+data|\bbimtek\b", True),
    (r"\b(pengaduan)\b", False),          # a capturing group would change its span
    (r"\b\d{4}\b", False),                # not a literal after the boundary
    (r"pengaduan\b", False),              # nothing to move
    (r"\b-x", False),                     # a non-word character after the boundary
])
def test_what_is_rewritten(pattern, rewritten):
    got = fastre._rewrite(list(re._parser.parse(pattern).data), None, 0) is not None
    assert got is rewritten
    assert fastre.compile(pattern).pattern == pattern


def test_a_look_behind_before_a_literal_is_checked_after_it():
    for p in (r"(?<![\w/_-])M[oO]U", r"(?<=penandatanganan\s)komitmen"):
        assert fastre._rewrite(list(re._parser.parse(p).data), None, 0) is not None
        t = "MoU xMoU /MoU -MoU penandatanganan komitmen komitmen"
        assert [m.span() for m in fastre.compile(p).finditer(t)] == [m.span() for m in re.compile(p).finditer(t)]


def test_ignorecase_rewrites_single_literals_only():
    assert fastre._rewrite(list(re._parser.parse(r"\bkemarin\b", re.I).data), None, re.I) is not None
    assert fastre._rewrite(list(re._parser.parse(r"\b(?:kemarin|lusa)\b", re.I).data), None, re.I) is None


_ALPHABET = st.sampled_from(list("aknpd ") + ["  ", "\n", ".", ",", "_", "é", "1", "K", "P",
                                              "pengaduan", "aduan", "kesepakatan", "data", "xdata"])
_PATTERNS = [r"\bpengaduan\b", r"\b(?:laporan|pengaduan|aduan)\s*masyarakat?\b",
             r"\bnota\s+kesepa\w+|\bkesepakatan\b|\bkerja\s*sama\b", r"\bdata\b|\bpk\b|x\bdata",
             r"\b(?:a|an|ana)(?P<n>\d)?", r"\bk(?:esepakatan|ak)\b",
             r"(?<![\w/_-])d[aA]ta(?![\w_]|-\w)", r"(?<=aduan\s)data", r"(?<!\w)ana\b"]


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join), st.integers(0, 60), st.integers(0, 80),
       st.sampled_from([0, re.I]))
def test_generated_text_matches_as_written(text, pos, endpos, flags):
    for p in _PATTERNS:
        fast, plain = fastre.compile(p, flags), re.compile(p, flags)
        assert _matches(fast, text, pos, endpos) == _matches(plain, text, pos, endpos), p
        assert [m.span() for m in [fast.match(text, pos, endpos)] if m] == \
               [m.span() for m in [plain.match(text, pos, endpos)] if m]
