"""The `mou-extract` command: thin typer wrappers around io, pipeline and evaluate.

Exit codes of `extract`: 0 every input gave a record; 1 some inputs went to
errors.jsonl; 2 usage error (no such path, no inputs found, bad option).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Optional

import typer

from . import io
from .models import Record

app = typer.Typer(
    name="mou-extract",
    help="Evidence-grounded records of agreement signings (MoU, nota kesepakatan, PKS) "
         "from Indonesian news articles.\n\n"
         "Example: mou-extract extract data/raw --out data/out",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXTRACT_HELP = """Extract one record per article and write them to OUT.

INPUT is a folder (its *.txt files, sorted by name), a text or HTML file, a .jsonl file with one {"id", "text", "published"?, "url"?} object per line, or - for JSONL on stdin.

Writes OUT/<id>.json per article, OUT/records.jsonl (all records, in input order) and OUT/errors.jsonl (one {"id", "source", "error"} line per input that could not be read or processed). HTML input is converted to plain text first; evidence offsets then refer to the converted text.

Exit codes: 0 all inputs gave records, 1 some went to errors.jsonl, 2 usage error.

Examples:

  mou-extract extract data/raw --out data/out

  cat articles.jsonl | mou-extract extract - --out out
"""


def _extract_text():
    """The pipeline entry point, looked up at call time (imports spaCy on first use)."""
    import mou_extract

    return mou_extract.extract_text


def _crash_message(e: BaseException) -> str:
    return (f"extraction failed: {type(e).__name__}: {e}; this is a bug in mou-extract, "
            "please report it with this input")


class _Progress:
    """A progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, total: Optional[int]):
        self.bar = None
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeElapsedColumn)

            self.bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                                TimeElapsedColumn(), console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task("extract", total=total)

    def __enter__(self):
        if self.bar:
            self.bar.start()
        return self

    def advance(self):
        if self.bar:
            self.bar.advance(self.task)

    def __exit__(self, *exc):
        if self.bar:
            self.bar.stop()


@app.command(help=EXTRACT_HELP, no_args_is_help=True)
def extract(
    inputs: list[str] = typer.Argument(..., metavar="INPUT",
                                       help="Folders of .txt files, files, .jsonl files, or - for JSONL on stdin."),
    out: Path = typer.Option(..., "--out", "-o", metavar="DIR",
                             help="Output folder (created if missing); existing files of the same names are replaced."),
    max_bytes: int = typer.Option(io.DEFAULT_MAX_BYTES, "--max-bytes", min=1, metavar="N",
                                  help="Inputs larger than N bytes go to errors.jsonl instead of being read."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary line on stderr."),
) -> None:
    try:
        sources = io.resolve_inputs(inputs)
    except io.UsageError as e:
        raise typer.BadParameter(str(e), param_hint="INPUT") from None
    if out.exists() and not out.is_dir():
        raise typer.BadParameter(f"{out} exists and is not a folder", param_hint="--out")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise typer.BadParameter(f"cannot create {out} ({e.strerror or e})", param_hint="--out") from None

    extract_text = _extract_text()
    start = time.monotonic()
    n = n_signing = n_events = n_errors = 0
    total = None if any(s.kind != "file" for s in sources) else len(sources)
    with io.atomic_open(out / "records.jsonl") as rec_f, io.atomic_open(out / "errors.jsonl") as err_f, \
            _Progress(total) as progress:
        for item in io.iter_items(sources, max_bytes):
            n += 1
            error = item.error
            if error is None:
                try:
                    record = extract_text(item.text, id=item.id, source=item.source,
                                          published=item.published, warnings=item.warnings)
                    data = record.model_dump(mode="json")
                except Exception as e:  # one bad article never stops the batch
                    error = _crash_message(e)
            if error is None:
                try:
                    io.write_text_atomic(out / f"{item.id}.json", io.dumps_record(data))
                except OSError as e:
                    error = f"cannot write {out / (item.id + '.json')} ({e.strerror or e}); check free space and permissions"
            if error is None:
                rec_f.write(io.dumps_line(data))
                n_signing += bool(data.get("is_signing"))
                n_events += len(data.get("signings") or [])
            else:
                n_errors += 1
                err_f.write(io.dumps_line({"id": item.id, "source": item.source, "error": error}))
            progress.advance()
    if n == 0:
        raise typer.BadParameter("no articles found in the inputs (empty JSONL?)", param_hint="INPUT")
    if not quiet:
        secs = time.monotonic() - start
        typer.echo(f"mou-extract: {n} articles, {n_signing} with signings ({n_events} signings), "
                   f"{n_errors} errors, {secs:.1f} s -> {out}", err=True)
    raise typer.Exit(1 if n_errors else 0)


@app.command(help="Print the JSON Schema of a record (models.Record).\n\nExample: mou-extract schema > record.schema.json")
def schema() -> None:
    typer.echo(json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2))


@app.command(help="Score records against gold records: per-field precision, recall and F1 "
                  "(slot filling; a wrong value is one false positive and one false negative), "
                  "plus core_micro over the core fields.\n\n"
                  "GOLD_DIR holds <id>.gold.json; OUT_DIR holds <id>.json or records.jsonl.\n\n"
                  "Example: mou-extract evaluate ../shared/corpus/seeds data/out --verbose")
def evaluate(
    gold_dir: Path = typer.Argument(..., metavar="GOLD_DIR", help="Folder of <id>.gold.json files."),
    out_dir: Path = typer.Argument(..., metavar="OUT_DIR", help="Folder written by `mou-extract extract`."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also list what differs, article by article."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON: {\"scores\": ..., \"errors\": notes or null}."),
) -> None:
    from . import evaluate as ev

    for p, hint in ((gold_dir, "GOLD_DIR"), (out_dir, "OUT_DIR")):
        if not p.is_dir():
            raise typer.BadParameter(f"no such folder: {p}", param_hint=hint)
    golds = ev.load_gold(gold_dir)
    if not golds:
        raise typer.BadParameter(f"no *.gold.json files in {gold_dir}", param_hint="GOLD_DIR")
    result = ev.score_records(golds, ev.load_sys(out_dir))
    fmt = ev.format_json if as_json else ev.format_text
    sys.stdout.write(fmt(result, verbose))


def main() -> None:  # pragma: no cover - console entry
    app()
