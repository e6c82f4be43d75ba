#!/usr/bin/env python3
"""Throughput and memory of mou-extract on synthetic articles.

    python bench/run.py [--n 10000] [--seed 13] [--modes tokenizer,w1,w2,dask] [--keep]

Builds N synthetic articles by recombining the paragraphs of the seed articles
(data/raw/*.txt) and varying person names and dates (fixed random seed), writes them to
a JSONL file, then measures, each in its own process tree:

  tokenizer  spaCy's blank("id") tokenizer over the same texts: the baseline of the run
  w1         `mou-extract extract ARTICLES.jsonl --out DIR --workers 1` (read, extract, write)
  w2         the same with --workers 2
  dask       the same with --engine dask --workers 2 (a LocalCluster on loopback)

For each: articles/s over the wall-clock time of the whole command (startup included;
it is also reported apart), the ratio to the tokenizer pass, and the peak RSS of every
process in the tree (VmHWM from /proc, sampled while it runs), so that memory per
worker shows. Timings are not comparable across machines or runs; the ratios within
one run are. Results also go to bench/out/results.json.
"""
from __future__ import annotations

import argparse
import os
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RAW = REPO / "data" / "raw"
GOLD = REPO / "tests" / "fixtures"

FIRST = ["Ahmad", "Budi", "Siti", "Dewi", "Rudi", "Agus", "Nur", "Hendra", "Rina", "Yusuf",
         "Andi", "Made", "Wayan", "Fitri", "Joko", "Sri", "Bambang", "Lukman", "Eka", "Ratna"]
LAST = ["Santoso", "Wijaya", "Saputra", "Hidayat", "Lestari", "Kurniawan", "Pratama", "Nasution",
        "Siregar", "Harahap", "Wibowo", "Setiawan", "Rahman", "Utami", "Gunawan", "Putri"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
NUM_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})(/\d{2,4})?\b")
LONG_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")


def seed_names() -> list[str]:
    """Person names in the seed gold records (to be replaced by others)."""
    names = set()
    for f in GOLD.glob("*.gold.json"):
        for sg in json.loads(f.read_text(encoding="utf-8")).get("signings") or []:
            for p in (sg.get("signatories") or []) + (sg.get("attendees") or []):
                if p.get("name") and len(p["name"]) >= 4:
                    names.add(p["name"])
    return sorted(names, key=len, reverse=True)


def paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def synthesize(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    seeds = [paragraphs(p.read_text(encoding="utf-8")) for p in sorted(RAW.glob("*.txt"))]
    if not seeds:
        sys.exit(f"no seed articles in {RAW}")
    names = seed_names()
    pool = [p for s in seeds for p in s[2:]]  # body paragraphs of every seed
    out = []
    for i in range(n):
        base = rng.choice(seeds)
        body = list(base[2:])
        for _ in range(rng.randint(0, 4)):  # swap in paragraphs of other articles
            if body:
                body[rng.randrange(len(body))] = rng.choice(pool)
        if rng.random() < 0.3:
            body += rng.sample(pool, k=min(len(pool), rng.randint(1, 6)))  # longer articles
        text = "\n\n".join(base[:2] + body) + "\n"
        for name in names:
            if name in text:
                text = text.replace(name, f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        year = rng.randint(2019, 2025)
        text = NUM_DATE.sub(lambda m: f"{rng.randint(1, 28)}/{rng.randint(1, 12)}"
                            + (f"/{year}" if m.group(3) else ""), text)
        text = LONG_DATE.sub(lambda m: f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year}", text)
        text = re.sub(r"\b(" + "|".join(DAYS) + r")\b", lambda m: rng.choice(DAYS), text)
        out.append({"id": f"bench_{i:05d}", "text": text})
    return out


# ------------------------------------------------------------------ measuring

def tokenizer_pass(path: str) -> None:
    """Run in its own process: spaCy's tokenizer over every text, timed after import."""
    import spacy

    t0 = time.perf_counter()
    nlp = spacy.blank("id")
    arts = [json.loads(line) for line in open(path, encoding="utf-8")]
    startup = time.perf_counter() - t0
    t1 = time.perf_counter()
    for a in arts:
        len(nlp.tokenizer(a["text"]))
    secs = time.perf_counter() - t1
    print(json.dumps({"n": len(arts), "seconds": secs, "startup_seconds": startup}))


def _children(pid: int) -> list[int]:
    """Children of every thread of the process (Dask starts its workers from threads)."""
    out = []
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                out += [int(x) for x in f.read().split()]
        except OSError:
            pass
    return out


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(_children(p))
    return out


def _hwm_mb(pid: int) -> tuple[str, float] | None:
    """(command name, peak resident set size in MB) of a live process."""
    try:
        with open(f"/proc/{pid}/status") as f:
            fields = dict(line.split(":", 1) for line in f if ":" in line)
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None
    if "VmHWM" not in fields:  # a process that has exited and not been reaped (a zombie)
        return None
    return cmd, int(fields["VmHWM"].split()[0]) / 1024


def run_tree(cmd: list[str]) -> dict:
    """Run a command, sampling the peak RSS of every process in its tree."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, tuple[str, float]] = {}
    seen: dict[int, int] = {}
    with_children: dict[int, int] = {}
    while proc.poll() is None:
        for pid in _tree(proc.pid):
            got = _hwm_mb(pid)
            if got:
                peaks[pid] = (got[0], max(got[1], peaks.get(pid, ("", 0.0))[1]))
            seen[pid] = seen.get(pid, 0) + 1
            if _children(pid):
                with_children[pid] = with_children.get(pid, 0) + 1
        time.sleep(0.2)
    # a parent (forkserver, nanny) has children in most samples; a worker that starts a
    # short-lived child now and then stays a worker
    parents = {pid for pid, n in with_children.items() if 2 * n >= seen[pid]}
    secs = time.perf_counter() - t0
    out, err = proc.communicate()
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    roles = [(_role(cmd, pid in parents, pid == proc.pid), mb) for pid, (cmd, mb) in peaks.items()]
    return {"wall_seconds": secs, "stdout": out, "stderr": err,
            "peaks": sorted(roles, key=lambda x: -x[1])}


def _role(cmd: str, has_children: bool, is_root: bool) -> str:
    """main (the command), helper (forkserver, resource tracker, Dask nanny) or worker."""
    if is_root:
        return "main"
    if has_children or "resource_tracker" in cmd:
        return "helper"
    return "worker"


def measure(mode: str, path: str, n: int) -> dict:
    cli = [str(Path(sys.executable).parent / "mou-extract"), "extract", path, "-q"]
    if mode == "tokenizer":
        r = run_tree([sys.executable, __file__, "--tokenizer", path])
        res = json.loads(r["stdout"].strip().splitlines()[-1])
        res["wall_seconds"] = r["wall_seconds"]
    else:
        args = {"w1": ["-w", "1"], "w2": ["-w", "2"], "dask": ["--engine", "dask", "-w", "2"]}[mode]
        with tempfile.TemporaryDirectory() as out:
            r = run_tree(cli + ["--out", out, *args])
            errors = sum(1 for _ in open(Path(out) / "errors.jsonl"))
            records = sum(1 for _ in open(Path(out) / "records.jsonl"))
        res = {"n": n, "seconds": r["wall_seconds"], "wall_seconds": r["wall_seconds"],
               "errors": errors, "records": records}
    main_mb = max((mb for role, mb in r["peaks"] if role == "main"), default=0.0)
    # (a process under 5 MB at its peak is a short-lived child of a worker, no worker)
    workers_mb = [mb for role, mb in r["peaks"] if role == "worker" and mb >= 5]
    res.update(mode=mode, peak_rss_main_mb=main_mb, peak_rss_workers_mb=workers_mb,
               articles_per_s=res["n"] / res["seconds"])
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10000, help="number of synthetic articles (default 10000)")
    ap.add_argument("--seed", type=int, default=13, help="random seed (default 13)")
    ap.add_argument("--modes", default="tokenizer,w1,w2,dask", help="what to measure (default: all)")
    ap.add_argument("--keep", action="store_true", help="keep the JSONL in bench/out/articles.jsonl")
    ap.add_argument("--tokenizer", metavar="JSONL", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.tokenizer:
        tokenizer_pass(args.tokenizer)
        return

    arts = synthesize(args.n, args.seed)
    outdir = HERE / "out"
    outdir.mkdir(exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8",
                                     dir=outdir if args.keep else None) as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
        path = f.name
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    res = {}
    try:
        for m in modes:
            print(f"measuring {m} ...", file=sys.stderr, flush=True)
            res[m] = measure(m, path, len(arts))
    finally:
        if args.keep:
            Path(path).replace(outdir / "articles.jsonl")
        else:
            Path(path).unlink()
    chars = sum(len(a["text"]) for a in arts)
    base = res.get("tokenizer", {}).get("articles_per_s")
    print(f"{args.n} synthetic articles (seed {args.seed}), {chars / len(arts):.0f} chars on average")
    print(f"{'mode':<10}{'articles/s':>11}{'per core':>10}{'vs tokenizer':>14}{'seconds':>9}"
          f"{'RSS main MB':>13}{'RSS per worker MB':>19}")
    for m, r in res.items():
        cores = {"w2": 2, "dask": 2}.get(m, 1)
        ratio = f"1/{base / r['articles_per_s']:.1f}" if base and m != "tokenizer" else "-"
        workers = ", ".join(f"{x:.0f}" for x in r["peak_rss_workers_mb"][:4]) or "-"
        print(f"{m:<10}{r['articles_per_s']:>11.1f}{r['articles_per_s'] / cores:>10.1f}{ratio:>14}"
              f"{r['seconds']:>9.1f}{r['peak_rss_main_mb']:>13.0f}{workers:>19}")
    if "w1" in res and "w2" in res:
        print(f"speed-up 2 workers / 1 worker: {res['w2']['articles_per_s'] / res['w1']['articles_per_s']:.2f}x")
    if "w1" in res and "dask" in res:
        print(f"dask (2 workers) / local 1 worker: {res['dask']['articles_per_s'] / res['w1']['articles_per_s']:.2f}x")
    (outdir / "results.json").write_text(json.dumps(
        {"n": args.n, "seed": args.seed, "avg_chars": chars / len(arts), **res}, indent=2) + "\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
