"""Records of tests/fixtures/events (see its README.md), made by the real pipeline once
per test process; shared by test_events.py, test_export.py and test_report.py."""
from __future__ import annotations

import copy
import functools
from pathlib import Path

from mou_extract import extract_text, io

EVENTS_DIR = Path(__file__).resolve().parent / "fixtures" / "events"
EVENT_A = ["a1_antara", "a2_banyumaskini", "a3_diskominfo"]  # Pemkab Banyumas + Kejari Banyumas
EVENT_B = ["b1_radarbanyumas", "b2_suarabanyumas"]  # Pemkab Banyumas + BPJS Kesehatan, same day
NOT_SIGNING = ["c1_rencana"]
DAY = "2026-03-09"


@functools.lru_cache(maxsize=1)
def _records() -> tuple[dict, ...]:
    out = []
    for path in sorted(EVENTS_DIR.glob("*.txt")):
        text, error, warnings = io.read_file(path)
        assert error is None, error
        rec = extract_text(text, id=path.stem, source=str(path), warnings=warnings)
        out.append(rec.model_dump(mode="json"))
    return tuple(out)


def records() -> list[dict]:
    """Fresh deep copies (tests may change them), in file-name order."""
    return copy.deepcopy(list(_records()))


def write_run(folder: Path, recs: list[dict] | None = None) -> Path:
    """An `extract`-style output folder: <id>.json per record and records.jsonl."""
    folder.mkdir(parents=True, exist_ok=True)
    recs = records() if recs is None else recs
    for r in recs:
        (folder / f"{r['article']['id']}.json").write_text(io.dumps_record(r), encoding="utf-8")
    (folder / "records.jsonl").write_text("".join(io.dumps_line(r) for r in recs), encoding="utf-8")
    (folder / "errors.jsonl").write_text("", encoding="utf-8")
    return folder
