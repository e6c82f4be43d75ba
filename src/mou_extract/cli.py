"""The `mou-extract` command: thin typer wrappers around io, pipeline and evaluate.

Exit codes of `extract`: 0 every input gave a record; 1 some inputs went to
errors.jsonl; 2 usage error (no such path, no inputs found, bad option, scheduler not
reachable); 130 interrupted (Ctrl-C or SIGTERM).
"""
from __future__ import annotations

import json
import signal
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import typer

from . import io, runner, writers
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

INPUT is a folder (its *.txt files, sorted by name), a text or HTML file, a .jsonl file with one {"id", "text", "published"?, "url"?} object per line, a .parquet file with those columns, or - for JSONL on stdin.

Writes, with --format files (the default), OUT/<id>.json per article and OUT/records.jsonl (all records, in input order); with --format jsonl or parquet, OUT/part-00000.jsonl|parquet ... of --part-size inputs each. Always OUT/errors.jsonl: one {"id", "source", "error"} line per input that could not be read or processed. HTML input is converted to plain text first; evidence offsets then refer to the converted text.

Reruns are incremental: an article whose record in OUT was made from the same input by the same pipeline version is not extracted again (--force redoes all). Files are written atomically: an interrupted run leaves complete files only.

Exit codes: 0 all inputs gave records, 1 some went to errors.jsonl, 2 usage error, 130 interrupted.

Examples:

  mou-extract extract data/raw --out data/out

  mou-extract extract news-2026-*.jsonl --out out --workers 8 --format parquet

  mou-extract extract big.parquet --out out --engine dask --scheduler tcp://10.0.0.5:8786

  cat articles.jsonl | mou-extract extract - --out out
"""


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


def _on_sigterm(signum, frame):
    raise KeyboardInterrupt  # unwinds like Ctrl-C: temp files removed, old outputs kept


def _units(items, prior):
    """Items to extract, or the Outcome of an earlier run that can be reused."""
    for i, item in enumerate(items):
        reused = prior.lookup(i, item) if prior is not None else None
        yield reused if reused is not None else item


@app.command(help=EXTRACT_HELP, no_args_is_help=True)
def extract(
    inputs: list[str] = typer.Argument(..., metavar="INPUT",
                                       help="Folders of .txt files, files, .jsonl or .parquet files, or - for JSONL on stdin."),
    out: Path = typer.Option(..., "--out", "-o", metavar="DIR",
                             help="Output folder (created if missing); existing files of the same names are replaced."),
    workers: int = typer.Option(0, "--workers", "-w", min=0, metavar="N",
                                help="Worker processes (local engine) or LocalCluster workers (dask engine); "
                                     "0 = the machine's cores. Batches under 48 articles run in-process."),
    engine: str = typer.Option("local", "--engine", metavar="local|dask",
                               help="local: this process and worker processes. dask: tasks on a "
                                    "dask.distributed cluster (--scheduler, else a LocalCluster)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="Dask scheduler address, e.g. tcp://host:8786 (implies --engine dask)."),
    fmt: str = typer.Option("files", "--format", "-f", metavar="files|jsonl|parquet",
                            help="files: OUT/<id>.json + records.jsonl. jsonl / parquet: partitioned OUT/part-NNNNN.*"),
    part_size: int = typer.Option(writers.DEFAULT_PART_SIZE, "--part-size", min=1, metavar="N",
                                  help="Inputs per part file (--format jsonl|parquet)."),
    timeout: float = typer.Option(runner.DEFAULT_BUDGET, "--timeout", min=0, metavar="SECONDS",
                                  help="Time budget per article; an article over it becomes an error line (0 = none)."),
    force: bool = typer.Option(False, "--force", help="Extract every article again, even if OUT has its record from the same input and pipeline version."),
    max_bytes: int = typer.Option(io.DEFAULT_MAX_BYTES, "--max-bytes", min=1, metavar="N",
                                  help="Inputs larger than N bytes go to errors.jsonl instead of being read."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary line on stderr."),
) -> None:
    if scheduler:
        engine = "dask"
    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"unknown engine {engine!r}; use local or dask", param_hint="--engine")
    if fmt not in writers.FORMATS:
        raise typer.BadParameter(f"unknown format {fmt!r}; use one of {', '.join(writers.FORMATS)}",
                                 param_hint="--format")
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
    writers.remove_stale_temps(out)

    start = time.monotonic()
    total = None if any(s.kind != "file" for s in sources) else len(sources)
    prior = None if force else writers.Prior(out, fmt, part_size)
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        with _engine(engine, scheduler, workers) as client, \
                writers.Writer(out, fmt, part_size) as w, _Progress(total) as progress:
            units = _units(io.iter_items(sources, max_bytes), prior)
            for outcome in runner.run(units, engine, workers, timeout or None, client):
                w.write(outcome)
                progress.advance()
    except KeyboardInterrupt:
        writers.remove_stale_temps(out)  # a signal between creating a temp file and its cleanup
        typer.echo(f"mou-extract: interrupted; {out} keeps only complete files", err=True)
        raise typer.Exit(130) from None
    except OSError as e:  # the scheduler cannot be reached, OUT became unwritable ...
        typer.echo(f"mou-extract: {e}", err=True)
        raise typer.Exit(2) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    if w.n == 0:
        raise typer.BadParameter("no articles found in the inputs (empty JSONL?)", param_hint="INPUT")
    if not quiet:
        secs = time.monotonic() - start
        reused = f", {w.n_reused} unchanged since the last run" if w.n_reused else ""
        typer.echo(f"mou-extract: {w.n} articles, {w.n_signing} with signings ({w.n_signings} signings), "
                   f"{w.n_errors} errors{reused}, {secs:.1f} s -> {out}", err=True)
    raise typer.Exit(1 if w.n_errors else 0)


@contextmanager
def _engine(engine: str, scheduler: Optional[str], workers: int):
    """The Dask client for the dask engine (None for the local engine)."""
    if engine != "dask":
        yield None
        return
    with runner.dask_client(scheduler, workers or runner.default_workers()) as client:
        yield client


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


EXPORT_HELP = """Flatten the records of a run into tables that a BI tool joins without parsing JSON.

DIR is an output folder of `mou-extract extract` (records.jsonl, part-*.jsonl, part-*.parquet or <id>.json files).

Tables: articles, signings, parties (with Kemendagri region code, level, province), signatories, attendees, scope; and events (one per real-world signing, merged over the articles that report it), event_sources, event_parties, event_signatories, event_scope. Keys: article_id, signing_id ("<article_id>#<index>"), event_id, party_id / person_id / scope_id (see README.md).

--to duckdb (default): one DuckDB file, DIR/mou.duckdb unless --out. --to parquet or csv: one file per table in a folder, DIR/parquet or DIR/csv unless --out.

Exit codes: 0 written, 2 usage error (no such folder, no records, bad option).

Examples:

  mou-extract export data/out

  mou-extract export data/out --to parquet --out build/tables
"""


def _records_or_usage(records_dir: Path) -> list[dict]:
    from .export import RecordsError, load_records

    try:
        return load_records(records_dir)
    except RecordsError as e:
        raise typer.BadParameter(str(e), param_hint="DIR") from None


@app.command(help=EXPORT_HELP, no_args_is_help=True)
def export(
    records_dir: Path = typer.Argument(..., metavar="DIR", help="Folder written by `mou-extract extract`."),
    to: str = typer.Option("duckdb", "--to", "-t", metavar="duckdb|parquet|csv", help="Output format."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", metavar="PATH",
                                       help="DuckDB file, or folder for parquet/csv (default: in DIR)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary line on stderr."),
) -> None:
    from . import export as ex

    if to not in ex.FORMATS:
        raise typer.BadParameter(f"unknown format {to!r}; use one of {', '.join(ex.FORMATS)}", param_hint="--to")
    records = _records_or_usage(records_dir)
    out = out or ex.default_out(records_dir, to)
    if to == "duckdb" and out.is_dir():
        raise typer.BadParameter(f"{out} is a folder; --to duckdb writes one file", param_hint="--out")
    if to != "duckdb" and out.exists() and not out.is_dir():
        raise typer.BadParameter(f"{out} exists and is not a folder", param_hint="--out")
    tables = ex.build_tables(records)
    ex.WRITERS[to](tables, out)
    if not quiet:
        counts = ", ".join(f"{name} {len(t.rows)}" for name, t in tables.items())
        typer.echo(f"mou-extract: {len(tables)} tables ({counts}) -> {out}", err=True)


REPORT_HELP = """Write a self-contained HTML report of a run: signings per month and per province, parties by kind, scope labels, top signatories, and a table of events (one per real-world signing) linking to each source article with its evidence highlighted in the text.

DIR is an output folder of `mou-extract extract`. Records hold evidence offsets, not the text: the article text is read again from each record's source path (as written, relative to the current folder), else from the same file name in the --inputs folders or files. Where it cannot be found, or no longer matches the evidence, the evidence is listed without context.

Exit codes: 0 written, 2 usage error (no such folder, no records).

Examples:

  mou-extract report data/out -o report.html

  mou-extract report build/out -o build/report.html --inputs data/raw
"""


@app.command(help=REPORT_HELP, no_args_is_help=True)
def report(
    records_dir: Path = typer.Argument(..., metavar="DIR", help="Folder written by `mou-extract extract`."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", metavar="FILE",
                                       help="The HTML file to write (default: DIR/report.html)."),
    inputs: Optional[list[Path]] = typer.Option(None, "--inputs", "-i", metavar="PATH",
                                                help="Where the input articles are, if not at their recorded "
                                                     "source path (repeatable)."),
    title: str = typer.Option("Agreement signings", "--title", help="Page title."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary line on stderr."),
) -> None:
    from .io import write_text_atomic
    from .report import build_report

    records = _records_or_usage(records_dir)
    out = out or records_dir / "report.html"
    if out.is_dir():
        raise typer.BadParameter(f"{out} is a folder; give the HTML file to write", param_hint="--out")
    html = build_report(records, out, records_dir, inputs, title)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(out, html)
    if not quiet:
        typer.echo(f"mou-extract: report of {len(records)} articles -> {out}", err=True)


def main() -> None:  # pragma: no cover - console entry
    app()
