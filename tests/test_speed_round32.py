"""Round 32 (speed): every cache and prefilter gives what the slow path gives."""
import re

import pytest

from mou_extract import people

_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060]")


def _slow_views(text):
    # Tok's views as computed before the cache (round 31)
    low = (text if text.isascii() else _INVISIBLE.sub("", text)).lower().rstrip(".")
    if text == "&":
        low = "dan"
    first = text[:1]
    return low, first.isupper(), first.isalpha()


TOKEN_TEXTS = ["Bupati", "bupati", "Dr.", "dr.", "M.Si.", "&", "and", ",", "(", "2024", "",
               "Kali\u00admantan", "Pe\u200bmkab", "ÉCOLE", "école", "İstanbul", "ſ", "Ωmega",
               "...", "S.H.,M.H", "\u2060Kota", "'s", "Rp1,5", "✅", "ORI", "KEMENKUMHAM."]


@pytest.mark.parametrize("text", TOKEN_TEXTS)
def test_tok_views_cached_equal_computed(text):
    fresh = people.Tok(text, 3, 3 + len(text))  # (the first may compute, the second reads the cache)
    again = people.Tok(text, 10, 10 + len(text))
    for t in (fresh, again):
        assert (t.low, t.is_cap, t.is_word) == _slow_views(text)
    assert (again.text, again.start, again.end) == (text, 10, 10 + len(text))


def test_tok_views_cache_bounded(monkeypatch):
    monkeypatch.setattr(people, "_TOK_VIEWS", {})
    monkeypatch.setattr(people, "_TOK_VIEWS_MAX", 3)
    words = [f"Kata{i}" for i in range(10)] + TOKEN_TEXTS
    for w in words:
        t = people.Tok(w, 0, len(w))
        assert (t.low, t.is_cap, t.is_word) == _slow_views(w)
        assert len(people._TOK_VIEWS) <= 3


def test_tokenize_equal_after_cache():
    text = "Bupati Paser, dr. H. Fahmi Fadli, M.Si. & Kepala Ombudsman RI Perwakilan Kaltim."
    people._tokenize.cache_clear()
    a = [(t.text, t.start, t.end, t.low, t.is_cap, t.is_word) for t in people.tokenize(text, 0, len(text))]
    people._TOK_VIEWS.clear()
    people._tokenize.cache_clear()
    b = [(t.text, t.start, t.end, t.low, t.is_cap, t.is_word) for t in people.tokenize(text, 0, len(text))]
    assert a == b
    assert all((low, cap, word) == _slow_views(tx) for tx, _, _, low, cap, word in a)
