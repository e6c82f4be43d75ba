"""Build models/ner-id: a small spaCy NER (PERSON, ORG, LOC) trained on IndoNLU NERGrit.

usage: python train/nergrit.py NERGRIT_DIR [--out models/ner-id] [--build build/ner]
                                [--config train/ner.cfg] [--annotations FILE]

NERGRIT_DIR holds train_preprocess.txt and valid_preprocess.txt (`token<TAB>label`
lines, sentences separated by blank lines, labels B-/I-PERSON, PLACE, ORGANISATION).
The project's own news-style sentences (train/annotations.txt, `[text|LABEL]` markup)
are added to the training part.
Every 10th training sentence is held out to pick the best checkpoint, so the NERGrit
valid set stays unseen and its scores (printed per label at the end) are honest.
Intermediate files go to the build folder (gitignored); only the model is copied to
--out. Runs on one CPU thread.
"""
from __future__ import annotations

import os

# One core: the machine is shared, and a small CNN gains little from more threads.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
# NERGrit label -> model label; PLACE is kept (as LOC) because learning it stops the
# model from calling places people or organisations.
LABELS = {"PERSON": "PERSON", "ORGANISATION": "ORG", "PLACE": "LOC"}
HOLDOUT_EVERY = 10
# The own annotations are ~80 sentences against ~1,500 NERGrit ones; repeating them
# gives the news register enough weight to matter without drowning NERGrit.
ANNOTATION_REPEAT = 3
_MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]")

Sentence = tuple[list[str], list[str]]  # tokens, IOB tags with model labels


# --- reading ------------------------------------------------------------------------


def read_conll(text: str) -> list[Sentence]:
    """Sentences of a CoNLL-like `token<TAB>label` text; labels mapped to model labels."""
    out: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            if toks:
                out.append((toks, fix_iob(tags)))
                toks, tags = [], []
            continue
        tok, _, tag = line.rstrip("\n").rpartition("\t")
        toks.append(tok)
        tags.append(map_tag(tag.strip()))
    if toks:
        out.append((toks, fix_iob(tags)))
    return out


def read_conll_file(path: Path) -> list[Sentence]:
    return read_conll(path.read_text(encoding="utf-8"))


def map_tag(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    return f"{prefix}-{LABELS.get(label, label)}"


def fix_iob(tags: list[str]) -> list[str]:
    """An I- tag that does not continue an entity of its label opens one (NERGrit has a
    few of these, and spaCy rejects them)."""
    out: list[str] = []
    for tag in tags:
        if tag.startswith("I-") and (not out or out[-1] == "O" or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def read_marked(text: str, tokenizer) -> list[Sentence]:
    """Sentences of `[text|LABEL]`-marked lines (# comments and blank lines skipped),
    tokenised by `tokenizer`; a mark that does not fall on token boundaries is an error."""
    out: list[Sentence] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        plain, marks = unmark(line)
        doc = tokenizer(plain)
        tags = ["O"] * len(doc)
        for start, end, label in marks:
            span = doc.char_span(start, end)
            if span is None:
                raise ValueError(f"line {n}: {plain[start:end]!r} does not fall on token boundaries")
            tags[span.start] = f"B-{label}"
            for i in range(span.start + 1, span.end):
                tags[i] = f"I-{label}"
        out.append(([t.text for t in doc], tags))
    return out


def unmark(line: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The line without its marks, and the (start, end, label) spans they made."""
    plain: list[str] = []
    marks = []
    pos = length = 0
    for m in _MARK.finditer(line):
        plain.append(line[pos:m.start()])
        length += m.start() - pos
        marks.append((length, length + len(m.group(1)), m.group(2)))
        plain.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    plain.append(line[pos:])
    return "".join(plain), marks


def entity_spans(tokens: list[str], tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) character spans of the entities in " ".join(tokens)."""
    spans: list[list] = []
    pos = 0
    for tok, tag in zip(tokens, fix_iob(tags)):
        start, end = pos, pos + len(tok)
        if tag.startswith("B-"):
            spans.append([start, end, tag[2:]])
        elif tag.startswith("I-"):
            spans[-1][1] = end
        pos = end + 1
    return [tuple(s) for s in spans]


# --- spaCy data -----------------------------------------------------------------------


def to_doc(vocab, tokens: list[str], tags: list[str]):
    """A Doc with the tokens as given (one space between them) and the entities set."""
    from spacy.tokens import Doc

    return Doc(vocab, words=tokens, spaces=[True] * len(tokens), ents=fix_iob(tags))


def write_docbin(vocab, sents: list[Sentence], path: Path) -> None:
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    for toks, tags in sents:
        db.add(to_doc(vocab, toks, tags))
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)


def split_holdout(sents: list[Sentence], every: int = HOLDOUT_EVERY) -> tuple[list[Sentence], list[Sentence]]:
    """(train, held out): every `every`-th sentence is held out, deterministically."""
    keep = [s for i, s in enumerate(sents) if i % every != every - 1]
    held = [s for i, s in enumerate(sents) if i % every == every - 1]
    return keep, held


# --- training and scoring -------------------------------------------------------------


def train(config: Path, build: Path, out: Path) -> float:
    """Train with the spaCy config; copy the best checkpoint to `out`. Returns seconds."""
    from spacy.cli.train import train as spacy_train

    t0 = time.perf_counter()
    runs = build / "runs"
    shutil.rmtree(runs, ignore_errors=True)
    spacy_train(config, runs, use_gpu=-1, overrides={
        "paths.train": str(build / "train.spacy"), "paths.dev": str(build / "heldout.spacy")})
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(runs / "model-best", out)
    return time.perf_counter() - t0


def evaluate(model: Path, sents: list[Sentence]) -> dict:
    """Entity P/R/F overall and per label of the model on pre-tokenised sentences."""
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example

    nlp = spacy.load(model)
    examples = [Example(Doc(nlp.vocab, words=t, spaces=[True] * len(t)), to_doc(nlp.vocab, t, g))
                for t, g in sents]
    return nlp.evaluate(examples)


def format_scores(scores: dict) -> str:
    rows = [("all", scores["ents_p"], scores["ents_r"], scores["ents_f"])]
    rows += [(label, s["p"], s["r"], s["f"]) for label, s in sorted(scores["ents_per_type"].items())]
    return "\n".join(f"{name:<8} P {p:.3f}  R {r:.3f}  F {f:.3f}" for name, p, r, f in rows)


def write_meta(model: Path, valid_scores: dict) -> None:
    """Name the model and record where it comes from and its NERGrit valid scores."""
    import json

    path = model / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.update({
        "name": "ner_id", "version": "1.0.0", "license": "MIT",
        "description": "mou-extract NER (PERSON, ORG, LOC): IndoNLU NERGrit + train/annotations.txt",
        "sources": [{"name": "IndoNLU NERGrit", "url": "https://github.com/IndoNLP/indonlu", "license": "MIT"}],
        "nergrit_valid": {k: valid_scores[k] for k in ("ents_p", "ents_r", "ents_f", "ents_per_type")},
    })
    path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("nergrit", type=Path)
    ap.add_argument("--out", type=Path, default=Path("models/ner-id"))
    ap.add_argument("--build", type=Path, default=Path("build/ner"))
    ap.add_argument("--config", type=Path, default=HERE / "ner.cfg")
    ap.add_argument("--annotations", type=Path, default=HERE / "annotations.txt",
                    help="own [text|LABEL]-marked training sentences ('' for none)")
    args = ap.parse_args(argv)

    import spacy

    blank = spacy.blank("id")
    vocab = blank.vocab
    train_sents, held = split_holdout(read_conll_file(args.nergrit / "train_preprocess.txt"))
    if args.annotations and args.annotations.is_file():
        own = read_marked(args.annotations.read_text(encoding="utf-8"), blank.tokenizer)
        train_sents += own * ANNOTATION_REPEAT
        print(f"own annotations: {len(own)} sentences (x{ANNOTATION_REPEAT})")
    valid = read_conll_file(args.nergrit / "valid_preprocess.txt")
    write_docbin(vocab, train_sents, args.build / "train.spacy")
    write_docbin(vocab, held, args.build / "heldout.spacy")
    print(f"train {len(train_sents)} sentences, held out {len(held)}, valid {len(valid)}", flush=True)

    seconds = train(args.config, args.build, args.out)
    scores = evaluate(args.out, valid)
    write_meta(args.out, scores)
    print(f"\ntrained in {seconds:.0f} s; {args.out}: {dir_size(args.out) / 1e6:.1f} MB")
    print(f"NERGrit valid ({len(valid)} sentences):\n{format_scores(scores)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
