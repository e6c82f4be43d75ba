"""Round 31 (speed): fastre's rewrite of case-insensitive patterns (their first
character read case-sensitively, an alternation grouped by first character) must find
exactly what re finds; people's cue patterns by id; signings._town_after_short_form."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mou_extract import fastre

_CI_PATTERNS = [
    r"\b(?:kerja\s*sama|bekerja\s*sama|kesepakatan|nota|mou|sign(?:ed)?)\b",
    r"(?<![\w-])(?:akan|bakal|(?<!keluarga\s)berencana|(?:se)?mestinya|tinggal)(?![\w-])",
    r"\b(?:juga|selain|pada\s+kesempatan)\b|\bresmi\s+(?:menjalin|membangun)\s+kerja\s*sama\b",
    r"(?:[—–-]{1,2}\s*[^\n()]{1,20}\(@\w{1,9}\)|(?:posted by|diposting oleh)\s+\w+|♬\s*\w+)$",
    r"\bkota\b", r"kesepakatan", r"(?:kota|kab)(?P<x>\s\w+)?", r"\b(?:i|is|k|s)\b",
]


def _matches(rx, text, pos=0, endpos=None):
    endpos = len(text) if endpos is None else endpos
    return [(m.span(), m.groups()) for m in rx.finditer(text, pos, endpos)]


def _parsed(pattern, flags):
    p = re._parser.parse(pattern, flags)
    return list(p.data), p.state


def test_case_insensitive_alternations_are_rewritten():
    for p in _CI_PATTERNS[:4]:
        data, state = _parsed(p, re.I)
        assert fastre._rewrite_ci_branch(data, state, re.I) is not None, p
    # (a capturing group first, or two alternatives whose first characters overlap: as written)
    for p in (r"\b(?:(a)x|b)", r"(?:[-a]x|ab)"):
        data, state = _parsed(p, re.I)
        assert fastre._rewrite_ci_branch(data, state, re.I) is None, p


def test_odd_case_letters_and_ascii_flag():
    text = "\u0130stanbul \u0131s \u017fama \u212aota KOTA kota Kota is I s K"
    for p in _CI_PATTERNS:
        for flags in (re.I, re.I | re.A):
            assert _matches(fastre.compile(p, flags), text) == _matches(re.compile(p, flags), text), (p, flags)


_ALPHABET = st.sampled_from(list("aiksnot -—\n.(@)") + ["\u0130", "\u0131", "\u017f", "\u212a", "♬", "K", "I", "S",
                                                      "kota", "KERJA sama", "nota", "MoU", "akan", "posted by",
                                                      "keluarga ", "berencana", "semestinya", "juga"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join), st.integers(0, 40), st.integers(0, 60))
def test_generated_text_matches_as_written(text, pos, endpos):
    for p in _CI_PATTERNS:
        fast, plain = fastre.compile(p, re.I), re.compile(p, re.I)
        assert _matches(fast, text, pos, endpos) == _matches(plain, text, pos, endpos), p
        assert [m.span() for m in [fast.match(text, pos, endpos)] if m] == \
               [m.span() for m in [plain.match(text, pos, endpos)] if m]


def test_cue_ids_are_the_cue_patterns():
    from mou_extract import people
    for s in ("Bupati X dan Y", "ditandatangani oleh A, disaksikan B", "dıwakılı"):
        assert people._cue_ids_in(s) == {id(rx) for rx in people._cue_patterns_in(s)}


@pytest.mark.parametrize("org, full", [
    ("BRK Syariah Siak", "Bank Riau Kepri Syariah"),
    ("PT KPI RU II Dumai", "PT Kilang Pertamina Internasional Refinery Unit II Dumai"),
    ("Bank Nagari Padang", "Bank Nagari"),
    ("BNI Semarang", "Bank Negara Indonesia"),
])
def test_town_after_short_form_as_before(org, full):
    from mou_extract import signings
    org, full = org.split(), full.split()
    before = next((k for k in range(len(org) - 1, 0, -1)
                   if all(w[:1].isupper() and not w.isupper() for w in org[k:])
                   and signings._abbreviates(org[:k], full)), None)
    assert signings._town_after_short_form(org, full) == before
