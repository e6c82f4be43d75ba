"""The variety set (tests/corpus/variety) as a regression guard: extracted with the
real pipeline and scored with the project's evaluator, like `make eval`."""
import json
from pathlib import Path

from mou_extract import evaluate as ev
from mou_extract import extract_text

HERE = Path(__file__).resolve().parent / "corpus" / "variety"


def test_variety_set_scores_hold(tmp_path):
    for txt in sorted(HERE.glob("*.txt")):
        rec = extract_text(txt.read_text(encoding="utf-8"), id=txt.stem, source=str(txt))
        (tmp_path / f"{txt.stem}.json").write_text(json.dumps(rec.model_dump(mode="json")), encoding="utf-8")
    golds = ev.load_gold(HERE)
    assert len(golds) == 25
    scores = ev.score_records(golds, ev.load_sys(tmp_path)).scores
    assert scores["missing_outputs"] == 0
    assert scores["is_signing"]["f1"] == 1.0
    assert scores["core_micro"]["f1"] >= 0.97
