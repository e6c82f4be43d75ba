"""The `mou-extract` command: inputs, outputs, errors, exit codes (mou_extract.cli)."""
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import mou_extract
from mou_extract import io
from mou_extract.cli import app
from mou_extract.models import Record

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"
SEED_IDS = sorted(p.stem for p in RAW.glob("*.txt"))
ENTRY = Path(sys.executable).parent / "mou-extract"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(random.Random(7).randrange(256) for _ in range(3000))
TEXT = "Pemerintah Kota Batu dan Ombudsman RI menandatangani nota kesepakatan.\n"

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def check_out(out: Path, ids: list[str]) -> list[dict]:
    """records.jsonl holds `ids` in order; each <id>.json is the same record; no temp files."""
    recs = lines(out / "records.jsonl")
    assert [r["article"]["id"] for r in recs] == ids
    for r in recs:
        Record.model_validate(r)
        f = out / f"{r['article']['id']}.json"
        assert json.loads(f.read_text(encoding="utf-8")) == r
        assert f.read_text(encoding="utf-8") == io.dumps_record(r)
    assert not [n for n in os.listdir(out) if n.startswith(".") or n.endswith(".tmp")]
    return recs


def test_folder(tmp_path):
    out = tmp_path / "out"
    res = run("extract", RAW, "--out", out)
    assert res.exit_code == 0, res.output
    recs = check_out(out, SEED_IDS)
    assert recs[0]["article"]["source"] == str(RAW / f"{SEED_IDS[0]}.txt")
    assert (out / "errors.jsonl").read_text() == ""
    assert f"{len(SEED_IDS)} articles" in res.stderr and "0 errors" in res.stderr
    assert res.stdout == ""
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    assert run("extract", RAW, "--out", out).exit_code == 0  # deterministic
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first


def test_single_files_in_given_order(tmp_path):
    b, a = tmp_path / "b.txt", tmp_path / "a.txt"
    b.write_text(TEXT)
    a.write_text(TEXT)
    res = run("extract", b, a, RAW / f"{SEED_IDS[0]}.txt", "--out", tmp_path / "out")
    assert res.exit_code == 0, res.output
    check_out(tmp_path / "out", ["b", "a", SEED_IDS[0]])


def test_jsonl_file(tmp_path):
    src = tmp_path / "batch.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in [
        {"id": "x1", "text": TEXT, "published": "2024-04-04", "url": "https://contoh.id/1"},
        {"id": "x2", "text": TEXT},
    ]) + "\n", encoding="utf-8")
    res = run("extract", src, "--out", tmp_path / "out")
    assert res.exit_code == 0, res.output
    r1, r2 = check_out(tmp_path / "out", ["x1", "x2"])
    assert r1["article"]["source"] == f"{src}:1" and r2["article"]["source"] == f"{src}:2"
    assert r1["article"]["published"] == "2024-04-04"


def test_stdin(tmp_path):
    data = "".join(json.dumps({"id": f"s{i}", "text": TEXT}) + "\n" for i in range(3))
    res = run("extract", "-", "--out", tmp_path / "out", input=data)
    assert res.exit_code == 0, res.output
    recs = check_out(tmp_path / "out", ["s0", "s1", "s2"])
    assert recs[2]["article"]["source"] == "<stdin>:3"


def test_bad_inputs_do_not_stop_the_batch(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_good.txt").write_text(TEXT, encoding="utf-8")
    (d / "b_empty.txt").write_bytes(b"")
    (d / "c_image.txt").write_bytes(PNG)
    (d / "d_cp1252.txt").write_bytes(("Kata “café” " + TEXT).encode("cp1252"))
    (d / "e_good.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    res = run("extract", d, "--out", out)
    assert res.exit_code == 1, res.output
    recs = check_out(out, ["a_good", "d_cp1252", "e_good"])
    assert io.WARN_CP1252 in recs[1]["warnings"]
    errs = lines(out / "errors.jsonl")
    assert errs == [
        {"id": "b_empty", "source": str(d / "b_empty.txt"), "error": io.ERR_EMPTY},
        {"id": "c_image", "source": str(d / "c_image.txt"), "error": io.ERR_BINARY},
    ]
    assert "5 articles" in res.stderr and "2 errors" in res.stderr


def test_too_large_and_bad_jsonl_lines(tmp_path):
    src = tmp_path / "b.jsonl"
    src.write_text(json.dumps({"id": "big", "text": "x" * 500}) + "\nnot json\n"
                   + json.dumps({"id": "ok", "text": TEXT}) + "\n", encoding="utf-8")
    res = run("extract", src, "--out", tmp_path / "out", "--max-bytes", 200)
    assert res.exit_code == 1
    check_out(tmp_path / "out", ["ok"])
    big, bad = lines(tmp_path / "out" / "errors.jsonl")
    assert big["id"] == "big" and "500 bytes" in big["error"] and "--max-bytes" in big["error"]
    assert bad["id"] == "b_2" and bad["source"] == f"{src}:2" and "not valid JSON" in bad["error"]


def test_crash_in_pipeline_is_an_error_line(tmp_path, monkeypatch):
    real = mou_extract.extract_text

    def flaky(text, id, **kw):
        if id == "boom":
            raise ValueError("pathological input")
        return real(text, id=id, **kw)

    monkeypatch.setattr(mou_extract, "extract_text", flaky)
    data = "".join(json.dumps({"id": i, "text": TEXT}) + "\n" for i in ["a", "boom", "c"])
    res = run("extract", "-", "--out", tmp_path / "out", input=data)
    assert res.exit_code == 1
    check_out(tmp_path / "out", ["a", "c"])
    (err,) = lines(tmp_path / "out" / "errors.jsonl")
    assert err["id"] == "boom" and err["source"] == "<stdin>:2"
    assert "ValueError: pathological input" in err["error"] and "report" in err["error"]
    assert not (tmp_path / "out" / "boom.json").exists()


def test_interrupt_keeps_previous_outputs_and_leaves_no_temp(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run("extract", RAW, "--out", out).exit_code == 0
    before = (out / "records.jsonl").read_bytes()
    calls = []

    def interrupted(text, **kw):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return Record(article={"id": kw["id"]}, is_signing=False)

    monkeypatch.setattr(mou_extract, "extract_text", interrupted)
    res = run("extract", RAW, "--out", out, "--force")
    assert res.exit_code == 130 and "interrupted" in res.stderr
    assert len(calls) == 2
    assert (out / "records.jsonl").read_bytes() == before
    assert not [n for n in os.listdir(out) if n.startswith(".")]


def test_ids_sanitised_and_unique(tmp_path):
    out = tmp_path / "out"
    ids = ["../../escape", "/abs/path", "dup", "dup", "a" * 300]
    data = "".join(json.dumps({"id": i, "text": TEXT}) + "\n" for i in ids)
    res = run("extract", "-", "--out", out, input=data)
    assert res.exit_code == 0, res.output
    recs = lines(out / "records.jsonl")
    got = [r["article"]["id"] for r in recs]
    assert got[2:4] == ["dup", "dup-2"]
    assert len(set(got)) == 5 and all(len(g) <= io.MAX_ID_LEN for g in got)
    check_out(out, got)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # nothing escaped --out


@pytest.mark.parametrize("args", [
    ["extract", "no/such/path", "--out", "OUT"],
    ["extract", "EMPTYDIR", "--out", "OUT"],
    ["extract", "RAW"],  # --out missing
    ["extract", "RAW", "--out", "OUT", "--max-bytes", "0"],
    ["extract", "RAW", "--out", "OUT", "--bogus"],
    ["extract", "RAW", "--out", "AFILE"],
    ["extract", "EMPTYJSONL", "--out", "OUT"],
    ["nosuchcommand"],
])
def test_usage_errors_exit_2(tmp_path, args):
    (tmp_path / "emptydir").mkdir()
    (tmp_path / "afile").write_text("x")
    (tmp_path / "empty.jsonl").write_text("\n")
    subst = {"OUT": tmp_path / "out", "EMPTYDIR": tmp_path / "emptydir", "RAW": RAW,
             "AFILE": tmp_path / "afile", "EMPTYJSONL": tmp_path / "empty.jsonl"}
    res = run(*[subst.get(a, a) for a in args])
    assert res.exit_code == 2, res.output


def test_schema_and_help():
    res = run("schema")
    assert res.exit_code == 0
    schema = json.loads(res.stdout)
    assert {"article", "is_signing", "signings", "warnings"} <= set(schema["properties"])
    assert schema == Record.model_json_schema()
    for cmd in (["--help"], ["extract", "--help"], ["evaluate", "--help"], ["schema", "--help"]):
        res = run(*cmd)
        assert res.exit_code == 0 and "Example" in res.stdout, cmd


@pytest.mark.skipif(not ENTRY.exists(), reason="mou-extract entry point not installed in this venv")
def test_installed_entry_point_subprocess(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(RAW / f"{SEED_IDS[0]}.txt", d)
    (d / "zz_empty.txt").write_text("   \n")
    out = tmp_path / "out"
    p = subprocess.run([str(ENTRY), "extract", str(d), "--out", str(out)],
                       capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300)
    assert p.returncode == 1, p.stderr
    assert p.stdout == ""
    assert p.stderr.strip().startswith("mou-extract: 2 articles")  # summary only, no progress bar
    check_out(out, [SEED_IDS[0]])
    assert lines(out / "errors.jsonl")[0]["id"] == "zz_empty"

    data = json.dumps({"id": "piped", "text": TEXT, "published": "2025-11-10"}) + "\n"
    p = subprocess.run([str(ENTRY), "extract", "-", "--out", str(out)], input=data,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    check_out(out, ["piped"])

    p = subprocess.run([sys.executable, "-m", "mou_extract", "extract", str(tmp_path / "nope"),
                        "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 2 and "no such file or folder" in p.stderr
