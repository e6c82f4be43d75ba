"""Round 29's speed work: each faster path gives what the path it replaced gave."""
import re

from mou_extract import clean, fastre, people

_LINES = [
    "", "Baca juga: Bupati teken MoU", "Halaman 2 dari 3", "halaman 12 / 14", "Page 1 of 2",
    "Dapatkan berita terbaru, berlangganan newsletter kami gratis langsung ke email Anda",
    "Kami menggunakan cookie untuk pengalaman terbaik. Dengan melanjutkan Anda setuju.",
    "We use cookies to improve your experience; by continuing you agree.",
    "Baca tanpa iklan di aplikasi kami", "Klik di sini", "Unduh aplikasi kami di Google Play",
    "Kami tidak akan mengirim spam. Berhenti berlangganan kapan saja.",
    "Copyright © 2025 Kabar Daerah. All rights reserved.", "Bagikan artikel ini",
    "Penandatanganan nota kesepakatan berlangsung di Aula Kantor Bupati, Senin (17/11/2025).",
    "DAFTAR HADIR PESERTA RAPAT", "HALAMAN 3 DARI 5", "İstanbul halaman 2 dari 3", "ſubscribe",
    "1.234 kali dibaca", "Tinggalkan komentar", "Sebelumnya Berikutnya", "« Sebelumnya",
]


def _reference_reason(s):
    if len(s) > clean._MAX_FURNITURE:
        return None
    m = clean.BOILERPLATE_RE.fullmatch(s)
    return clean._BOILER_REASONS[int(m.lastgroup[1:])] if m else None


def test_boiler_reason_same_as_the_whole_pattern():
    lines = _LINES + [s.upper() for s in _LINES] + [s.lower() for s in _LINES]
    assert [clean._boiler_reason(s) for s in lines] == [_reference_reason(s) for s in lines]
    assert any(_reference_reason(s) for s in lines)  # (the lines do reach the gated parts)
    assert _reference_reason("Halaman 2 dari 3") is not None


def test_boiler_gate_words_are_required_words():
    for i in clean._BOILER_GATED:
        words = fastre.required_words(fastre.compile(clean._boiler_parts[i], re.IGNORECASE))
        assert words and set(words) <= set(clean._BOILER_GATE_WORDS)


def test_plain_case_same_as_the_set_test():
    for text in ["", "abc", "Kota Bandung", "“MoU” diteken", "\u0130stanbul", "ayd\u0131n", "\u017fs", "x\u0131"]:
        assert fastre.plain_case(text) == frozenset("\u0130\u0131\u017f").isdisjoint(text)


def _shouting_reference(line):
    up = sum(map(str.isupper, line))
    return up >= 20 and 10 * sum(map(str.islower, line)) < up and len(line.split()) >= people._MIN_PROSE_WORDS \
        and people._PROSE_END.search(line) is not None


def test_shouting_and_caps_prose_same_as_the_counts():
    prose = "BUPATI TANAH LAUT MENANDATANGANI NOTA KESEPAKATAN DENGAN OMBUDSMAN DI AULA KANTOR BUPATI."
    lines = [prose, prose.lower(), prose.title(), prose + " x", prose[:19], prose[:20], "A" * 19, "A" * 20 + ".",
             "ÀÉÎÕÜ" * 5 + " kata kata kata kata kata kata kata.", prose.replace("A", "a", 8), ""]
    for line in lines:
        assert people._shouting(line) == _shouting_reference(line), line
    for text in [prose, "Sedikit Huruf Besar di sini.", "ÀÉÎÕÜ" * 5, "A" * 19, "A" * 20, prose + "\n" + prose.lower()]:
        if sum(map(str.isupper, text)) < 20:
            assert people.restore_caps_prose(text) is text
    assert people.restore_caps_prose(prose) != prose


def test_token_pattern_same_as_without_the_guard():
    old = re.compile(people._TOKEN.pattern.replace(r"(?=[A-Za-z]{1,4}\.)(?:", "", 1).replace(r"\b(?!\.))", r"\b(?!\.)", 1))
    assert old.pattern != people._TOKEN.pattern
    text = ("Bupati H. M. Zainal Arifin, S.Sos., M.Si. dan dr. Ani, Sp.A(K), M.Ked(Ped), Ph.D. bersama S.STP "
            "M.Nur, Drs. Ir. K.H. Abc. Moh. Syafii Dg. Matona, 1.000.000, 12/11 a.b.c.d.e. AB.CD x.Y.z")
    assert [m.span() for m in old.finditer(text)] == [m.span() for m in people._TOKEN.finditer(text)]
