"""The NER training data converter (train/nergrit.py) and the optional model (ner.py).

The converter tests run on CoNLL and marked snippets written here; the model test runs
only when models/ner-id exists (`make train` builds it) and is skipped otherwise.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from mou_extract import ner

REPO = Path(__file__).resolve().parents[1]


def _load_trainer():
    spec = importlib.util.spec_from_file_location("nergrit", REPO / "train" / "nergrit.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


nergrit = _load_trainer()

CONLL = """Wali\tO
Kota\tO
Bima\tB-PLACE
Arahman\tB-PERSON
H.\tI-PERSON
Abidin\tI-PERSON
bertemu\tO
Dinas\tB-ORGANISATION
Sosial\tI-ORGANISATION
.\tO

Rapat\tO
dipimpin\tO
Sutomo\tI-PERSON
"""


def text_of(tokens):
    return " ".join(tokens)


# ------------------------------------------------------------------ CoNLL reading

def test_sentences_split_on_blank_lines_and_labels_are_mapped():
    sents = nergrit.read_conll(CONLL)
    assert len(sents) == 2
    toks, tags = sents[0]
    assert toks[:3] == ["Wali", "Kota", "Bima"]
    assert tags[2] == "B-LOC" and tags[3] == "B-PERSON" and tags[7] == "B-ORG"


def test_b_and_i_tags_become_entity_char_spans():
    toks, tags = nergrit.read_conll(CONLL)[0]
    text = text_of(toks)
    spans = [(text[s:e], label) for s, e, label in nergrit.entity_spans(toks, tags)]
    assert spans == [("Bima", "LOC"), ("Arahman H. Abidin", "PERSON"), ("Dinas Sosial", "ORG")]


def test_an_i_tag_without_its_b_opens_an_entity():
    toks, tags = nergrit.read_conll(CONLL)[1]
    assert tags == ["O", "O", "B-PERSON"]
    text = text_of(toks)
    assert [text[s:e] for s, e, _ in nergrit.entity_spans(toks, tags)] == ["Sutomo"]


def test_docs_keep_the_tokens_and_the_entities():
    import spacy

    toks, tags = nergrit.read_conll(CONLL)[0]
    doc = nergrit.to_doc(spacy.blank("id").vocab, toks, tags)
    assert [t.text for t in doc] == toks
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Bima", "LOC"), ("Arahman H. Abidin", "PERSON"), ("Dinas Sosial", "ORG")]


def test_holdout_takes_every_tenth_sentence():
    sents = [([str(i)], ["O"]) for i in range(25)]
    keep, held = nergrit.split_holdout(sents)
    assert [s[0][0] for s in held] == ["9", "19"]
    assert len(keep) == 23


# ------------------------------------------------------------------ own annotations

def test_marks_become_spans_of_the_plain_text():
    plain, marks = nergrit.unmark("Bupati [Karo|LOC] [Edy Rahmat|PERSON] hadir.")
    assert plain == "Bupati Karo Edy Rahmat hadir."
    assert [(plain[s:e], label) for s, e, label in marks] == [("Karo", "LOC"), ("Edy Rahmat", "PERSON")]


def test_marked_lines_become_iob_tags_and_comments_are_skipped():
    import spacy

    text = "# a comment\n\nKepala [Dinas Pendidikan|ORG], Drs. [Sri Lestari|PERSON], M.Pd., hadir.\n"
    [(toks, tags)] = nergrit.read_marked(text, spacy.blank("id").tokenizer)
    tagged = {t: g for t, g in zip(toks, tags) if g != "O"}
    assert tagged == {"Dinas": "B-ORG", "Pendidikan": "I-ORG", "Sri": "B-PERSON", "Lestari": "I-PERSON"}
    assert tags[toks.index("Drs.")] == "O"


def test_a_mark_inside_a_token_is_an_error():
    import spacy

    with pytest.raises(ValueError, match="line 1"):
        nergrit.read_marked("Kota[Batu|LOC]x hadir.", spacy.blank("id").tokenizer)


def test_the_shipped_annotations_are_well_formed():
    import spacy

    path = REPO / "train" / "annotations.txt"
    sents = nergrit.read_marked(path.read_text(encoding="utf-8"), spacy.blank("id").tokenizer)
    assert len(sents) >= 50
    assert all(any(t != "O" for t in tags) for _, tags in sents)


# ------------------------------------------------------------------ ner.py helpers

@pytest.mark.parametrize("value, uses", [
    ("", set()), ("0", set()), ("1", {"confirm"}), ("confirm", {"confirm"}),
    ("confirm,reject", {"confirm", "reject"}), ("reject", {"reject"}),
])
def test_the_flag_says_what_the_model_is_used_for(monkeypatch, value, uses):
    monkeypatch.setenv(ner.ENV_FLAG, value)
    assert ner.uses() == uses


def test_off_by_default(monkeypatch):
    monkeypatch.delenv(ner.ENV_FLAG, raising=False)
    assert not ner.enabled()


def test_a_window_cuts_at_spaces_inside_its_sentence():
    text = "Acara dihadiri oleh banyak pejabat daerah termasuk Rudi Hartono yang datang terlambat."
    start = text.index("Rudi")
    s, e = ner.window(text, 0, len(text), start, start + len("Rudi Hartono"), context=12)
    assert text[s:e] == "termasuk Rudi Hartono yang"
    assert ner.window(text, 10, 40, 12, 20, context=100) == (10, 40)


def test_overlapping_windows_merge():
    assert ner.merge_spans([(30, 40), (0, 10), (5, 20)]) == [(0, 20), (30, 40)]


def test_lower_case_words_are_the_common_ones():
    assert ner.lower_words("Penanganan laporan dan Laporan Rudi") == {"laporan", "dan"}


def mention(name, role=None, cue="signer", start=100):
    from types import SimpleNamespace

    return SimpleNamespace(name=name, role=role, cue=cue, name_start=start, name_end=start + len(name))


@pytest.mark.parametrize("m, ok", [
    (mention("Bagus Mahendra Putra"), True),
    (mention("Bagus Mahendra Putra", cue="attendee"), True),
    (mention("Bagus Mahendra Putra", cue=None), False),        # no cue: neither signer nor attendee
    (mention("Bagus Mahendra Putra", role="Bupati"), False),   # the rules keep it already
    (mention("Balige"), False),                               # one word without a role
    (mention("Pelayanan Publik"), False),                     # common words of the article
    (mention("Bagus Mahendra Putra", start=10), False),       # inside an agreement title
])
def test_which_names_the_model_is_asked_about(m, ok):
    assert ner._confirmable(m, frozenset({"pelayanan", "publik"}), [(0, 40)]) is ok


# ------------------------------------------------------------------ the model

needs_model = pytest.mark.skipif(not ner.available(), reason="models/ner-id missing (run `make train`)")


SIGNED = ("Nota kesepakatan ditandatangani oleh Bupati Pesisir Selatan, Hendri Kurniawan Saputra, "
          "dan Kepala Ombudsman Sumbar, Yudha Prasetyo.")


@needs_model
def test_the_model_finds_people_as_char_offsets():
    people = [SIGNED[e.start:e.end] for e in ner.entities(SIGNED) if e.label == "PERSON"]
    assert people == ["Hendri Kurniawan Saputra", "Yudha Prasetyo"]


@needs_model
def test_offsets_are_into_the_whole_text():
    prefix = "Judul berita.\n\n"
    text = prefix + SIGNED
    found = ner.entities(text, len(prefix), len(text))
    assert "Hendri Kurniawan Saputra" in [text[e.start:e.end] for e in found]
    assert all(e.start >= len(prefix) for e in found)


@needs_model
def test_confirm_keeps_a_cued_name_without_a_role(monkeypatch):
    from mou_extract.people import find_mentions
    from mou_extract.segment import Sentence

    text = "Nota kesepakatan itu ditandatangani oleh Sri Wulandari Hasibuan di Aula Kantor Camat."
    monkeypatch.setenv(ner.ENV_FLAG, "1")
    mentions = find_mentions(text, 0, 0, len(text))
    [m] = [m for m in mentions if m.name == "Sri Wulandari Hasibuan"]
    assert m.role is None and m.cue == "signer"
    kept, confirmed = ner.review_mentions(text, [Sentence(0, len(text), 0)], mentions)
    assert id(m) in confirmed and m in kept
