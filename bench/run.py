#!/usr/bin/env python3
"""Throughput and memory of mou-extract on synthetic articles.

    python bench/run.py [--n 2000] [--seed 13] [--keep]

Builds N synthetic articles by recombining the paragraphs of the seed articles
(data/raw/*.txt) and varying person names and dates (fixed random seed), writes them to
a temporary JSONL file, then measures, each in its own subprocess so that peak memory
does not mix:

  tokenizer  spaCy's blank("id") tokenizer over the same texts (a floor to compare with)
  extract    mou_extract.extract_text over every article, in-process
  cli        the `extract` command in-process: read the JSONL, extract, write the files

and prints articles/s, the ratio and peak RSS (ru_maxrss). Timing starts after imports
and a warm-up article; import time is reported apart. Results also go to
bench/out/results.json.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
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


# ------------------------------------------------------------------ workers (own process)

def _load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def worker(mode: str, path: str) -> None:
    arts = _load(path)
    t0 = time.perf_counter()
    if mode == "tokenizer":
        import spacy

        nlp = spacy.blank("id")
        run = lambda a: len(nlp.tokenizer(a["text"]))  # noqa: E731
    else:
        from mou_extract import extract_text

        run = lambda a: extract_text(a["text"], id=a["id"], source=f"bench:{a['id']}")  # noqa: E731
    run(arts[0])  # warm-up: lazy loading inside the pipeline
    t_import = time.perf_counter() - t0
    errors = 0
    t1 = time.perf_counter()
    if mode == "cli":  # the whole command: read JSONL, extract, write files
        from mou_extract.cli import app

        with tempfile.TemporaryDirectory() as out:
            code = app(["extract", path, "--out", out, "--quiet"], standalone_mode=False)
            errors = sum(1 for _ in open(Path(out) / "errors.jsonl")) if code else 0
    else:
        for a in arts:
            try:
                run(a)
            except Exception:
                errors += 1
    secs = time.perf_counter() - t1
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"mode": mode, "n": len(arts), "seconds": secs, "import_seconds": t_import,
                      "errors": errors, "peak_rss_mb": rss_kb / 1024}))


def measure(mode: str, path: str) -> dict:
    p = subprocess.run([sys.executable, __file__, "--worker", mode, path],
                       capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"{mode} worker failed:\n{p.stderr}")
    return json.loads(p.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="number of synthetic articles (default 2000)")
    ap.add_argument("--seed", type=int, default=13, help="random seed (default 13)")
    ap.add_argument("--keep", action="store_true", help="keep the JSONL in bench/out/articles.jsonl")
    ap.add_argument("--worker", nargs=2, metavar=("MODE", "JSONL"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(*args.worker)
        return

    arts = synthesize(args.n, args.seed)
    outdir = HERE / "out"
    outdir.mkdir(exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8",
                                     dir=outdir if args.keep else None) as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
        path = f.name
    try:
        res = {m: measure(m, path) for m in ("tokenizer", "extract", "cli")}
    finally:
        if args.keep:
            Path(path).replace(outdir / "articles.jsonl")
        else:
            Path(path).unlink()
    chars = sum(len(a["text"]) for a in arts)
    for r in res.values():
        r["articles_per_s"] = r["n"] / r["seconds"] if r["seconds"] else float("inf")
    ratio = res["tokenizer"]["articles_per_s"] / res["extract"]["articles_per_s"]
    print(f"{args.n} synthetic articles (seed {args.seed}), {chars / len(arts):.0f} chars on average")
    print(f"{'stage':<11}{'articles/s':>12}{'seconds':>10}{'startup s':>11}{'peak RSS MB':>13}{'errors':>8}")
    for m, r in res.items():
        print(f"{m:<11}{r['articles_per_s']:>12.1f}{r['seconds']:>10.2f}{r['import_seconds']:>11.2f}"
              f"{r['peak_rss_mb']:>13.0f}{r['errors']:>8}")
    print(f"ratio tokenizer/extract articles/s: {ratio:.2f} (above 1: extract is slower than tokenizing)")
    (outdir / "results.json").write_text(json.dumps(
        {"n": args.n, "seed": args.seed, "avg_chars": chars / len(arts), "ratio": ratio, **res},
        indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
