"""Round 26's speed helpers: each prefilter lets through everything its pattern matches."""
import pytest

from mou_extract import parties, people, pipeline, scope


@pytest.mark.parametrize("text, word", [
    ("melalui aplikasi milik ", 1), ("sistem MİLİK \n", 1), ("nota kesepahaman antara ", 2),
    ("MoU ANTARA\t", 2), ("pernah punya MoU dengan ", 3), ("Dengan  ", 3), ("dengan", 3),
    ("kerja sama Pemprov ", 0), ("berdengan", 3), ("", 0), ("milik" + " " * 200, 0),
])
def test_word_before_the_party(text, word):
    assert parties._word_before(text + "X", len(text)) == word


def test_owner_and_agreement_sides_still_dropped():
    # the patterns behind the prefilter still run where their word ends the text
    text = ("Tanda tangan dibubuhkan melalui aplikasi milik Balai Sertifikasi Elektronik (BSrE). "
            "Kerja sama ini menindaklanjuti nota kesepahaman antara BPS RI dan Kementerian Dalam Negeri.")
    names = [pm.name for pm in parties.find_parties(text, 0, len(text))]
    assert not any("Sertifikasi" in n for n in names)


# every alternative of each cue pattern, prefixed forms included
_CUE_EXAMPLES = {
    people.CLAUSE_BREAK: ["a; b", "a: b", "sedangkan", "sementara itu", "adapun", "namun", "while"],
    people.SIGN_PASSIVE: ["ditandatangani", "diteken", "ditandatanganinya", "ditekan", "signed by",
                          "dibubuhkan juga tanda tangan oleh", "dibubuhi tandatangan"],
    people.SIGN_ACTIVE: ["menandatangani", "menandatanganinya", "tandatangani", "meneken", "teken",
                         "membubuhkan", "bubuhkan tanda tangan", "bertanda tangan", "tanda tangan dengan X",
                         "sign", "signs", "signed",
                         "menunjukkan nota kesepakatan usai penandatanganan",
                         "bertukar dokumen setelah diteken"],
    people.ATTEND: ["didampingi", "mendampingi", "disaksikan", "menyaksikan", "dihadiri", "menghadiri",
                    "hadir", "diikuti", "datang bersama", "tiba bersama", "turut bergabung",
                    "juga mengikuti", "accompanied", "witnessed", "attended", "attending", "present"],
    people.REP_PASSIVE: ["diwakili", "represented by"],
    people.REP_SENT: ["mengutus"],
    people.ABSENT: ["berhalangan", "tidak hadir", "tak hadir", "absent", "unable to attend"],
    people._WITNESS_SELF: ["menyaksikan", "menghadiri", "mendampingi", "witnessed"],
    people._HADIR_TOO: ["turut hadir", "pun ikut hadir"],
    people._TAKES_PART: ["turut serta dalam", "ikut mengikuti"],
    people._HADIR: ["hadir"],
    people._OWN_SPEECH: ["dalam sambutannya", "saat memberikan sambutan"],
    people.SIGN_DONE_BY: ["dilakukan langsung oleh", "dilaksanakan oleh", "berlangsung di Aula X, oleh",
                          "digelar pada Senin, oleh", "dilangsungkan di sini, oleh"],
    people.SIGNING_BY: ["penandatanganan nota kesepahaman oleh"],
}


def test_cue_words_cover_every_alternative():
    assert set(_CUE_EXAMPLES) == {rx for rx, _ in people._CUE_WORDS}
    for rx, examples in _CUE_EXAMPLES.items():
        for ex in examples:
            for text in (ex, ex.upper(), ex.title()):
                assert rx.search(text), (rx.pattern, text)
                assert rx in people._cue_patterns_in(text), (rx.pattern, text)


def test_sign_words_cover_the_cue():
    from mou_extract import classify
    for ex in ["menandatangani", "penandatanganan", "meneken", "diteken", "ditanda tanganinya",
               "sudah tanda tangan", "membubuhkan paraf", "signing", "kesepakatan itu resmi diresmikan",
               "resmi menjalin kerja sama antara A dan B melalui nota kesepahaman"]:
        text = "Kemarin " + ex.upper() + " di sini"
        spans = [m.span() for m in classify.cue("sign").finditer(text)]
        assert spans and [m.span() for m in classify.signing_verbs(text, 0, len(text))] == spans
    text = "Kemarin mereka bertemu di sini"
    assert classify.signing_verbs(text, 0, len(text)) == []


@pytest.mark.parametrize("pattern, words", [
    (r"abc", ("abc",)), (r"\bab(?=x)cd\b", ("abcd",)), (r"x?y", ("y",)), (r"(?:foo|ba+r)\s+q", ("b", "foo")),
    (r"(?:foo|bar)\s+qq", ("bar", "foo")), (r"a*|b", None), (r"[;:]|\bnamun\b", (":", ";", "namun")),
    (r"(?:x|y)+zz", ("zz",)), (r"[a-z]+", None), (r"(?i)MoU", ("mou",)), (r"é+", None),
])
def test_required_words(pattern, words):
    import re

    from mou_extract import fastre
    assert fastre.required_words(re.compile(pattern)) == words


def test_may_match():
    from mou_extract import fastre
    assert fastre.may_match(("mou",), "x MoU y", 0, 7)
    assert not fastre.may_match(("mou",), "x MoU y", 3, 7)
    assert fastre.may_match(("milik",), "MİLİK", 0, 5)  # (an odd letter: maybe)
    assert fastre.may_match(None, "", 0, 0)


def test_cue_words_odd_case_tries_every_pattern():
    # IGNORECASE reads "dıwakılı" as "diwakili"; lower() does not
    assert people.REP_PASSIVE.search("dıwakılı")
    assert people.REP_PASSIVE in people._cue_patterns_in("dıwakılı")
    assert people._cue_patterns_in("Bupati X dan Y") == set()


def test_cues_of_a_sentence():
    s = "Nota kesepakatan ditandatangani Bupati Kotabaru H. Budi Santoso dan disaksikan Sekda Agus Wibowo."
    cues = {m.name: m.cue for m in people.find_mentions(s, 0, 0, len(s)) if m.name}
    assert cues == {"Budi Santoso": "signer", "Agus Wibowo": "attendee"}
    s = "Wali Kota Ahmad Arslan dan Kapolres AKBP Doni Saputra menandatangani perjanjian kerja sama."
    assert [m.cue for m in people.find_mentions(s, 0, 0, len(s)) if m.name] == ["signer", "signer"]


@pytest.mark.parametrize("sample", [
    "Kerja sama yang dan di ini, Itu DARI juga.", "The MoU was signed by the two sides and will run",
    "dan_x dan2 xdan dan", "İni ıtu ſome İS is", "", "ber-dan dan-dan",
])
def test_word_counts_equal_the_patterns(sample):
    assert pipeline._word_counts(sample) == (len(pipeline._ID_WORDS.findall(sample)),
                                             len(pipeline._EN_WORDS.findall(sample)))


def test_statement_patterns_in_vocabulary_order():
    v = scope._vocab()
    rxs, at_of = scope._statement_rxs()
    assert rxs == [(name, rx) for name in scope._STATEMENT_CUES for rx in v.cues.get(name, [])]
    if v.scan is not None:
        assert sorted(i for ks in at_of.values() for i in ks) == list(range(len(rxs)))


def test_document_words_cover_the_patterns():
    from mou_extract import documents
    text = ("Nota Kesepakatan, PKS, nota kesepakan, MoU, MoA, ADENDUM dan Addendum, NPHD, KUA-PPAS, "
            "Memorandum of Understanding, Partnership Agreement, APBD-P, Raperda, Peraturan Daerah")
    low = text.lower()
    for (kind, lang, rx, fold), words in zip(documents._vocab().docs, documents._doc_words()):
        for m in rx.finditer(low if fold else text):
            assert words is None or any(w in low[m.start():m.end()] for w in words), (rx.pattern, m.group())
    assert documents._raw_mentions(text) and documents._raw_mentions("Rapat koordinasi digelar hari ini.") == []


def test_court_report_words():
    from mou_extract import classify
    assert classify.is_court_report("Terdakwa divonis oleh majelis hakim dalam persidangan.")
    assert classify.is_court_report("TERDAKWA diperiksa, DAKWAAN dibacakan.")
    assert not classify.is_court_report("Gugatan itu dibacakan dalam persidangan.")  # no word only trials use


@pytest.mark.parametrize("text", [
    "Pemerintah Kota Kitakyushu, Jepang", "kota yeosu, KOREA SELATAN", "Universiti X, Malaysia.",
    "Kerja sama dengan Pemkab Sleman", "Jepangan", "xJepang", "",
])
def test_country_prefilter(text):
    found = bool(parties._country_rx().search(text))
    assert not found or parties._may_name_country(text, 0, len(text))
    if parties._country_leads() is not None and not found and text in ("Kerja sama dengan Pemkab Sleman", ""):
        assert not parties._may_name_country(text, 0, len(text))
