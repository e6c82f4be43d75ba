"""Scoring (mou_extract.evaluate): known P/R/F1 on synthetic records, and the same numbers
as the shared scorer (shared/tools/score.py) on synthetic record folders."""
import copy
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mou_extract import evaluate as ev
from mou_extract.cli import app

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
SHARED = Path(os.environ.get("SHARED", REPO.parent / "shared"))
if not SHARED.is_absolute():
    SHARED = REPO / SHARED
SCORE_PY = SHARED / "tools" / "score.py"


def rec(aid, is_signing, signings=(), **article):
    return {"schema_version": "1", "article": {"id": aid, **article}, "is_signing": is_signing,
            "signings": list(signings), "warnings": []}


GOLD = {
    "a": rec("a", True, [{
        "document_type": "nota_kesepakatan",
        "date": {"value": "2024-04-04"},
        "venue": {"name": "Gedung Ombudsman RI", "city": "Jakarta"},
        "parties": [{"name": "Pemerintah Kabupaten Muaro Jambi", "kind": "regional_government",
                     "region": {"level": "kabupaten", "name": "Kabupaten Muaro Jambi", "code": "15.05"}},
                    {"name": "Ombudsman Republik Indonesia", "kind": "national_institution"}],
        "signatories": [{"name": "Bambang Bayu Suseno", "role": "Penjabat Bupati Muaro Jambi"},
                        {"name": "Mokhammad Najih", "role": "Ketua Ombudsman RI"}],
        "attendees": [],
        "scope": [{"label": "complaint_handling"}, {"label": "capacity_building"}]}],
        title="MoU Muaro Jambi", outlet="ANTARA"),
    "b": rec("b", False),
    "c": rec("c", True, [{
        "document_type": "mou", "date": {"value": "2023-05-26"},
        "parties": [{"name": "Universitas Jambi", "kind": "university"}],
        "signatories": [{"name": "Sutrisno", "role": "Rektor"}],
        "scope": [{"label": "other"}]}]),
}
SYS = {
    "a": rec("a", True, [{
        "document_type": "mou",  # wrong: fp + fn
        "date": {"value": "2024-04-04"},  # right
        "venue": {"name": "Gedung Ombudsman", "city": None},  # name right (contained), city missed
        "parties": [{"name": "Pemkab Muaro Jambi", "kind": "regional_government"},  # right (abbrev.)
                    {"name": "Universitas Jambi", "kind": "university"}],  # extra; Ombudsman missed
        "signatories": [{"name": "Dr. H. Bambang Bayu Suseno, S.H.", "role": "Pj Bupati Muaro Jambi"}],
        "attendees": [],
        "scope": [{"label": "complaint_handling"}, {"label": "data_exchange"}]}],
        title="MoU Muaro Jambi", outlet=None),
    "b": rec("b", True, [{
        "document_type": "mou", "date": {"value": "2024-01-01"},
        "parties": [{"name": "PT Bank X", "kind": "enterprise"}]}]),
    # "c": no output at all
}


def test_known_scores():
    r = ev.score_records(GOLD, SYS)
    s = r.scores
    assert s["date"] == {"p": 0.5, "r": 0.5, "f1": 0.5}
    assert s["venue_name"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert s["venue_city"] == {"p": 1.0, "r": 0.0, "f1": 0.0}
    assert s["document_type"] == {"p": 0.0, "r": 0.0, "f1": 0.0}
    assert s["parties"] == {"p": 0.333, "r": 0.333, "f1": 0.333}
    assert s["signatories"] == {"p": 1.0, "r": 0.333, "f1": 0.5}
    assert s["signatory_roles"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert s["scope"] == {"p": 0.5, "r": 0.333, "f1": 0.4}
    assert s["is_signing"] == {"p": 0.5, "r": 0.5, "f1": 0.5}
    assert s["attendees"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert s["meta"] == {"p": 1.0, "r": 0.5, "f1": 0.667}  # title right, outlet missed
    # core: tp 5, fp 6, fn 10
    assert s["core_micro"] == {"p": 0.455, "r": 0.333, "f1": 0.385}
    assert (s["articles"], s["missing_outputs"], r.missing) == (3, 1, ["c"])
    assert "document_type: gold='nota_kesepakatan' sys='mou'" in r.notes["a"]
    assert any(n.startswith("parties: missed=['Ombudsman Republik Indonesia'] extra=['Universitas Jambi']")
               for n in r.notes["a"])
    assert r.notes["b"][0] == "is_signing: gold=False sys=True"


def test_perfect_and_empty():
    golds = ev.load_gold(FIXTURES)
    assert len(golds) == 5
    perfect = ev.score_records(golds, copy.deepcopy(golds)).scores
    assert perfect["core_micro"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    empty = ev.score_records(golds, {}).scores
    assert empty["core_micro"]["r"] == 0.0 and empty["missing_outputs"] == 5


@pytest.mark.parametrize("a,b,same", [
    ("Dr. H. Bambang Bayu Suseno, S.H.", "Bambang Bayu Suseno", True),
    ("Zukri", "H. Zukri", True),
    ("Eka Saprudin, A.P., M.AP.", "Eka Saprudin", True),
    ("Nurochman", "Mokhammad Najih", False),
])
def test_same_person(a, b, same):
    assert ev.same_person(a, b) is same


def test_same_party_by_code_or_name():
    assert ev.same_party({"name": "Pemkot Batu"}, {"name": "Pemerintah Kota Batu"})
    assert ev.same_party({"name": "X", "region": {"code": "35.79"}}, {"name": "Y", "region": {"code": "35.79"}})
    assert not ev.same_party({"name": "Pemkot Batu"}, {"name": "Pemkab Malang"})


def write_dir(d: Path, records: dict, jsonl: bool = False, suffix: str = ".json"):
    d.mkdir(parents=True, exist_ok=True)
    if jsonl:
        (d / "records.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                                 for r in records.values()), encoding="utf-8")
    else:
        for aid, r in records.items():
            (d / f"{aid}{suffix}").write_text(json.dumps(r, ensure_ascii=False), encoding="utf-8")


def test_cli_evaluate_json_and_exit_codes(tmp_path):
    write_dir(tmp_path / "gold", GOLD, suffix=".gold.json")
    write_dir(tmp_path / "out", SYS, jsonl=True)
    runner = CliRunner()
    res = runner.invoke(app, ["evaluate", str(tmp_path / "gold"), str(tmp_path / "out"), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["scores"]["core_micro"] == {"p": 0.455, "r": 0.333, "f1": 0.385}
    assert data["errors"] is None
    res = runner.invoke(app, ["evaluate", str(tmp_path / "gold"), str(tmp_path / "out"), "--verbose"])
    assert res.exit_code == 0 and "a: document_type: gold='nota_kesepakatan' sys='mou'" in res.stdout
    assert "core_micro       {'p': 0.455, 'r': 0.333, 'f1': 0.385}" in res.stdout
    assert runner.invoke(app, ["evaluate", str(tmp_path / "nope"), str(tmp_path / "out")]).exit_code == 2
    assert runner.invoke(app, ["evaluate", str(tmp_path / "out"), str(tmp_path / "out")]).exit_code == 2


# ------------------------------------------------------------------ same numbers as score.py

def mutate(record: dict, rng: random.Random) -> dict:
    """A plausible system output: gold with random slips."""
    r = copy.deepcopy(record)
    if rng.random() < 0.15:
        r["is_signing"] = not r["is_signing"]
    for k in ("title", "outlet", "dateline"):
        if rng.random() < 0.3:
            r["article"][k] = rng.choice([None, "Lain", (r["article"].get(k) or "") + " x"])
    for sg in r.get("signings") or []:
        if rng.random() < 0.3:
            sg["date"] = rng.choice([None, {"value": "2020-01-01"}])
        if rng.random() < 0.3 and sg.get("venue"):
            sg["venue"]["city"] = rng.choice([None, "Kota " + (sg["venue"].get("city") or ""), "Bogor"])
        if rng.random() < 0.3:
            sg["document_type"] = rng.choice(["mou", "other", "perjanjian_kerja_sama"])
        for key in ("parties", "signatories", "attendees"):
            xs = sg.get(key) or []
            if xs and rng.random() < 0.4:
                xs.pop(rng.randrange(len(xs)))
            if rng.random() < 0.3:
                xs.append({"name": rng.choice(["Pemkab Bogor", "Budi Santoso", "Ir. H. Joko, M.T."])})
            for x in xs:
                if rng.random() < 0.2 and x.get("role"):
                    x["role"] = "Kepala Dinas"
            rng.shuffle(xs)
            sg[key] = xs
        sc = sg.get("scope") or []
        if rng.random() < 0.4:
            sc.append({"label": rng.choice(["other", "data_exchange", "legal_assistance"])})
        if sc and rng.random() < 0.3:
            sc.pop(0)
        sg["scope"] = sc
    if r.get("signings") and rng.random() < 0.2:
        r["signings"].append(copy.deepcopy(r["signings"][0]))
    return r


@pytest.mark.skipif(not SCORE_PY.exists(), reason=f"{SCORE_PY} not found")
@pytest.mark.parametrize("seed", range(6))
def test_same_numbers_as_shared_scorer(tmp_path, seed):
    rng = random.Random(seed)
    golds = ev.load_gold(FIXTURES)
    golds.update({f"syn{k}": v for k, v in GOLD.items()})
    syss = {aid: mutate(g, rng) for aid, g in golds.items() if rng.random() > 0.1}
    syss.update({k: v for k, v in SYS.items()})
    syss = {f"syn{k}" if k in SYS else k: v for k, v in syss.items()}
    for k in list(syss):
        if k.startswith("syn"):
            syss[k] = copy.deepcopy(syss[k])
            syss[k]["article"]["id"] = k
    write_dir(tmp_path / "gold", golds, suffix=".gold.json")
    write_dir(tmp_path / "out", syss, jsonl=bool(seed % 2))
    for flags in (["--json"], ["--json", "--verbose"], ["--verbose"], []):
        want = subprocess.run([sys.executable, str(SCORE_PY), str(tmp_path / "gold"), str(tmp_path / "out"),
                               *flags], capture_output=True, text=True, check=True).stdout
        got = CliRunner().invoke(app, ["evaluate", str(tmp_path / "gold"), str(tmp_path / "out"), *flags])
        assert got.exit_code == 0
        assert got.stdout == want, flags
