"""Round 28's speed helpers give what the code they shortcut gave."""
import re

import pytest

from mou_extract import fastre, parties, people, scope, segment

TEXTS = [
    "Kepala Dinas Perumahan dan Kawasan Permukiman (Dinperkim) Kabupaten Banyumas, "
    "Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) Lingga. Lalu (14/10) Dinas X.",
    "Nota kesepahaman (MoU) ditandatangani di Aula Dinas Pendidikan (Disdik), Kamis.",
    "Tanpa kurung sama sekali: Dinas Kesehatan Kota Malang dan RSUD dr. Iskak.",
    "( BPBD ) Badan Penanggulangan Bencana Daerah ( BPBD ) Kota X, Bupati H. M. ZAINAL ARIFIN, S.Sos. hadir.",
    "Kata dia.Hasnawati menjelaskan, di setiap OPD.Menurut dia ada MoU. Lalu PhD.\nBaris baru! \"Kami sadar",
    "Ia berkata... ya?! Tidak. DPRD.Kemudian; JUMRIANSYAH, S.STP dan O'NEIL-SMITH hadir. x-ABC D'ARC",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_unit_gloss_stretches_find_every_match(text):
    want = [(m.span(), m.groups()) for m in parties._UNIT_GLOSS.finditer(text)]
    assert [(m.span(), m.groups()) for m in parties._unit_gloss_matches(text)] == want


@pytest.mark.parametrize("text", TEXTS)
def test_moved_look_behinds_match_the_same(text):
    end = re.compile(r"[.!?]+[\"”’')]*(?=\s)|\n|(?:(?<=[a-z]{2})|(?<=[A-Z]{3}))[.!?]+(?=[\"“]?[A-Z][a-z])")
    assert [m.span() for m in scope._END.finditer(text)] == [m.span() for m in end.finditer(text)]
    caps = re.compile(r"(?<![\w.'’-])" + people._CAPS_WORD + r"(?:[ \t]+(?:[A-Z]\.[ \t]*)?" + people._CAPS_WORD
                      + r")*(?![\w'’-])")
    assert [m.span() for m in people._CAPS_RUN.finditer(text)] == [m.span() for m in caps.finditer(text)]
    if segment._MIXED_CASE_END.search(text):
        assert segment._MIXED_CASE_HINT.search(text)


def test_matches_at_is_finditer_at():
    rx = re.compile(r"ab+|b")
    low = "abbb b ab xb abab"
    starts = [i for i, c in enumerate(low) if c in "ab"]
    for s, e in [(0, len(low)), (2, 12), (5, 6)]:
        inside = [p for p in starts if s <= p < e]
        assert [m.span() for m in scope._matches_at(rx, low, inside, e)] == \
            [m.span() for m in fastre.finditer_at(rx, low, starts, s, e)]


def test_sentence_statement_memo_hands_out_copies():
    text = ("Ruang lingkup nota kesepahaman ini meliputi pendidikan, pelatihan, serta penelitian. "
            "Kedua pihak sepakat bekerja sama.")
    agree = scope._vocab().cues.get("@agreement", [])
    ss, se = 0, text.index(".") + 1
    first = scope._sentence_statement(text, ss, se, agree)
    assert first is not None
    want = (first.start, first.end, first.kind, first.enumerates, list(first.segments))
    first.segments.append((0, 1))  # a caller extends the segments of its copy
    again = scope._sentence_statement(text, ss, se, agree)
    assert again is not first
    assert (again.start, again.end, again.kind, again.enumerates, again.segments) == want
    scope._candidates.cache_clear()
    fresh = scope._sentence_statement(text, ss, se, agree)
    assert (fresh.start, fresh.end, fresh.kind, fresh.enumerates, fresh.segments) == want
