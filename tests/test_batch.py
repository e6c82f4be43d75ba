"""Batch runs of `extract`: every input accounted for, resuming, interruption, partitioned
output, Parquet input, and the Dask engine against the local one."""
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mou_extract import writers
from mou_extract.cli import app

ENTRY = Path(sys.executable).parent / "mou-extract"
SIGNING = ("{place}, {day}/{month}/2025 - Pemerintah Kabupaten {regency} dan Ombudsman RI Perwakilan "
           "{province} menandatangani nota kesepakatan tentang pengawasan pelayanan publik di aula kantor "
           "bupati. Bupati {regency}, {name}, mengatakan kerja sama ini untuk meningkatkan kualitas "
           "pelayanan publik.\n")
PLACES = [("Kotabaru", "Kotabaru", "Kalimantan Selatan"), ("Sleman", "Sleman", "DI Yogyakarta"),
          ("Bantul", "Bantul", "DI Yogyakarta"), ("Batang", "Batang", "Jawa Tengah")]
NAMES = ["Sutrisno", "Rahmat Hidayat", "Dewi Lestari", "Agus Salim"]
NEWS = "Harga cabai di pasar tradisional naik menjelang akhir tahun, kata pedagang di Sleman.\n"
ENGLISH = ("The city council discussed the new bus routes on Monday. Residents asked for more "
           "frequent services and the mayor said the plan would be reviewed next month. The "
           "transport agency will publish the timetable later this year, officials said.\n")
HTML = ("<!doctype html><html><head><title>Pemkab Sleman teken MoU</title><script>var x=1;</script>"
        "</head><body><nav>Beranda | Berita</nav><article><h1>Pemkab Sleman teken MoU</h1>"
        "<p>Sleman, 3/6/2025 - Pemerintah Kabupaten Sleman dan Ombudsman RI menandatangani nota "
        "kesepakatan di Pendopo Parasamya.</p></article><footer>(c) 2025</footer></body></html>")

cli = CliRunner()


def article(i: int) -> str:
    place, regency, province = PLACES[i % len(PLACES)]
    return SIGNING.format(place=place, regency=regency, province=province, name=NAMES[i % len(NAMES)],
                          day=1 + i % 28, month=1 + i % 12)


def write_jsonl(path: Path, n: int, offset: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(offset, offset + n):
            f.write(json.dumps({"id": f"art{i:04d}", "text": article(i) if i % 3 else NEWS}) + "\n")
    return path


def run(*args):
    return cli.invoke(app, [str(a) for a in args])


def jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def no_temps(out: Path) -> bool:
    return not [n for n in os.listdir(out) if n.endswith(".tmp")]


# ------------------------------------------------------------------ every input accounted for

def test_every_bad_input_ends_as_one_record_or_one_error_line(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    files = {
        "empty": b"",
        "whitespace": b"  \n\t\n   \n",
        "random": random.Random(1).randbytes(4000),
        "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        "utf16_nobom": article(1).encode("utf-16-le"),
        "cp1252": ("Kata “kutip” — " + article(2)).encode("cp1252"),
        "huge": b"Pemerintah Kabupaten Sleman. " * 700_000,  # ~20 MB
        "html": HTML.encode("utf-8"),
        "english": ENGLISH.encode("utf-8"),
        "good": article(3).encode("utf-8"),
    }
    for name, data in files.items():
        (d / f"{name}.txt").write_bytes(data)
    lines = tmp_path / "lines.jsonl"
    lines.write_text("{not json\n" + json.dumps({"id": "notext", "body": "x"}) + "\n"
                     + json.dumps({"id": "ok", "text": article(4)}) + "\n" + "[1, 2]\n", encoding="utf-8")
    out = tmp_path / "out"
    res = run("extract", d, lines, "--out", out)
    assert res.exit_code == 1, res.output
    recs = {r["article"]["id"]: r for r in jsonl(out / "records.jsonl")}
    errs = {e["id"]: e for e in jsonl(out / "errors.jsonl")}
    assert not set(recs) & set(errs)
    assert len(recs) + len(errs) == len(files) + 4  # in = out
    assert set(errs) == {"empty", "whitespace", "random", "png", "huge", "lines_1", "notext", "lines_4"}
    assert "over the limit" in errs["huge"]["error"] and "--max-bytes" in errs["huge"]["error"]
    assert "not valid JSON" in errs["lines_1"]["error"] and errs["lines_1"]["source"] == f"{lines}:1"
    assert '"text"' in errs["notext"]["error"]
    # decoded, converted or recognised rather than lost
    assert recs["utf16_nobom"]["is_signing"] and any("UTF-16-LE" in w for w in recs["utf16_nobom"]["warnings"])
    assert recs["cp1252"]["is_signing"]
    assert recs["html"]["is_signing"] and "converted from HTML" in recs["html"]["warnings"]
    assert not recs["english"]["is_signing"] and any("not Indonesian" in w for w in recs["english"]["warnings"])
    assert f"{len(files) + 4} articles" in res.stderr and f"{len(errs)} errors" in res.stderr


# ------------------------------------------------------------------ resuming

def test_rerun_reuses_unchanged_records_and_force_redoes_them(tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", 6)
    out = tmp_path / "out"
    assert run("extract", src, "-o", out).exit_code == 0
    first = (out / "records.jsonl").read_bytes()
    mtimes = {p.name: p.stat().st_mtime_ns for p in out.glob("art*.json")}
    time.sleep(0.01)

    res = run("extract", src, "-o", out)
    assert res.exit_code == 0 and "6 unchanged since the last run" in res.stderr
    assert (out / "records.jsonl").read_bytes() == first
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("art*.json")} == mtimes

    rows = jsonl(src)
    rows[2]["text"] = article(40)  # one article changed
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = run("extract", src, "-o", out)
    assert "5 unchanged" in res.stderr
    changed = {p.name for p in out.glob("art*.json") if p.stat().st_mtime_ns != mtimes[p.name]}
    assert changed == {"art0002.json"}
    assert json.loads((out / "art0002.json").read_text())["provenance"]["input_sha256"] != \
        json.loads(first.splitlines()[2])["provenance"]["input_sha256"]

    res = run("extract", src, "-o", out, "--force")
    assert "unchanged since" not in res.stderr


def test_a_new_pipeline_version_redoes_every_record(tmp_path, monkeypatch):
    src = write_jsonl(tmp_path / "a.jsonl", 3)
    out = tmp_path / "out"
    run("extract", src, "-o", out)
    monkeypatch.setattr(writers, "PIPELINE_VERSION", "999")
    assert "unchanged since" not in run("extract", src, "-o", out).stderr


def test_damaged_earlier_record_is_extracted_again(tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", 3)
    out = tmp_path / "out"
    run("extract", src, "-o", out)
    (out / "art0001.json").write_text('{"schema_version": "1", "artic', encoding="utf-8")
    res = run("extract", src, "-o", out)
    assert "2 unchanged" in res.stderr
    assert json.loads((out / "art0001.json").read_text())["article"]["id"] == "art0001"


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_partitioned_output_and_its_resume(tmp_path, fmt):
    src = write_jsonl(tmp_path / "a.jsonl", 7)
    out = tmp_path / "out"
    assert run("extract", src, "-o", out, "--format", fmt, "--part-size", 3).exit_code == 0
    parts = sorted(p.name for p in out.glob("part-*"))
    assert parts == [f"part-0000{k}.{fmt}" for k in range(3)]
    assert not list(out.glob("art*.json")) and not (out / "records.jsonl").exists()
    recs = [r for k in range(3) for r in writers.read_part(writers.part_path(out, k, fmt)).values()]
    assert [r["article"]["id"] for r in recs] == [f"art{i:04d}" for i in range(7)]
    res = run("extract", src, "-o", out, "--format", fmt, "--part-size", 3)
    assert "7 unchanged" in res.stderr
    # a shorter input: the stale third part goes
    write_jsonl(src, 4)
    run("extract", src, "-o", out, "--format", fmt, "--part-size", 3)
    assert sorted(p.name for p in out.glob("part-*")) == parts[:2]


def test_parquet_input(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({"id": ["p1", "p2", None], "text": [article(1), NEWS, None],
                      "published": ["2025-06-03", None, None]})
    pq.write_table(table, tmp_path / "in.parquet")
    out = tmp_path / "out"
    res = run("extract", tmp_path / "in.parquet", "-o", out)
    assert res.exit_code == 1
    recs = jsonl(out / "records.jsonl")
    assert [r["article"]["id"] for r in recs] == ["p1", "p2"]
    assert recs[0]["article"]["source"] == f"{tmp_path / 'in.parquet'}:1" and recs[0]["is_signing"]
    (err,) = jsonl(out / "errors.jsonl")
    assert err["id"] == "in_3" and "row 3" in err["error"]


def test_parquet_without_text_column_is_one_clear_error(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "bad.parquet")
    res = run("extract", tmp_path / "bad.parquet", "-o", tmp_path / "out")
    assert res.exit_code == 1
    (err,) = jsonl(tmp_path / "out" / "errors.jsonl")
    assert 'no "text" column' in err["error"]


# ------------------------------------------------------------------ interruption

def _default_sigint() -> None:
    # a shell's background job (CI run with `&`) starts with Ctrl-C ignored, and Python
    # then installs no KeyboardInterrupt handler: give the run Ctrl-C as a terminal has it
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(src: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([str(ENTRY), "extract", str(src), "-o", str(out), "-w", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            preexec_fn=_default_sigint)


def _wait_for_records(out: Path, n: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while len(list(out.glob("art*.json"))) < n and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_interrupted_run_leaves_only_complete_files_and_resumes(tmp_path, sig):
    src = write_jsonl(tmp_path / "a.jsonl", 200)
    out = tmp_path / "out"
    proc = _start(src, out)
    _wait_for_records(out, 5, proc)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"interrupted" in err
    assert no_temps(out) and not (out / "records.jsonl").exists()
    done = list(out.glob("art*.json"))
    for p in done:
        json.loads(p.read_text(encoding="utf-8"))  # complete JSON, never half-written
    res = run("extract", src, "-o", out)
    assert res.exit_code == 0 and f"{len(done)} unchanged" in res.stderr
    assert len(jsonl(out / "records.jsonl")) == 200


def test_temp_files_of_a_killed_run_are_removed_by_the_next(tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", 400)
    out = tmp_path / "out"
    proc = _start(src, out)
    _wait_for_records(out, 3, proc)
    proc.kill()
    proc.wait(timeout=60)
    assert not (out / "records.jsonl").exists()
    assert list(out.glob(".records.jsonl.*.tmp"))  # SIGKILL cannot be cleaned up after ...
    src.write_text("".join(src.read_text().splitlines(keepends=True)[:5]), encoding="utf-8")
    assert run("extract", src, "-o", out).exit_code == 0
    assert no_temps(out)  # ... but the next run removes what it left


# ------------------------------------------------------------------ engines

def test_worker_counts_and_dask_engine_write_identical_output(tmp_path):
    """A real LocalCluster with two worker processes on loopback against the local engine
    with one and two worker processes: the same bytes, record for record."""
    src = write_jsonl(tmp_path / "a.jsonl", 90)
    outs = {}
    for name, args in {"w1": ["-w", 1], "w2": ["-w", 2], "dask": ["--engine", "dask", "-w", 2]}.items():
        outs[name] = tmp_path / name
        res = run("extract", src, "-o", outs[name], *args)
        assert res.exit_code == 0, res.output
    ref = (outs["w1"] / "records.jsonl").read_bytes()
    assert len(ref.splitlines()) == 90
    for name in ("w2", "dask"):
        assert (outs[name] / "records.jsonl").read_bytes() == ref
        for p in outs["w1"].glob("art*.json"):
            assert (outs[name] / p.name).read_bytes() == p.read_bytes()


def test_dask_scheduler_that_cannot_be_reached_is_a_usage_error(tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", 2)
    res = run("extract", src, "-o", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:9")
    assert res.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in res.stderr


def test_unknown_engine_and_format_are_usage_errors(tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", 1)
    assert run("extract", src, "-o", tmp_path / "o", "--engine", "spark").exit_code == 2
    assert run("extract", src, "-o", tmp_path / "o", "--format", "xml").exit_code == 2


def test_the_pipeline_version_changes_with_any_rule_or_lexicon(tmp_path):
    """A rerun after an upgrade must not reuse records the old rules made: the version
    carries a digest of the package's code and data files."""
    import shutil

    from mou_extract import pipeline

    pkg = Path(pipeline.__file__).resolve().parent
    copy = tmp_path / "pkg"
    shutil.copytree(pkg, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert pipeline._code_digest(copy) == pipeline._code_digest()
    assert pipeline.PIPELINE_VERSION.endswith("+" + pipeline._code_digest())
    lex = copy / "data" / "venue_heads.txt"
    lex.write_text(lex.read_text(encoding="utf-8") + "Pasanggrahan\n", encoding="utf-8")
    assert pipeline._code_digest(copy) != pipeline._code_digest()
