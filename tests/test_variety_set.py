"""The written variety sets (tests/corpus/variety*) as regression guards: each set is
extracted with the real pipeline and scored with the project's evaluator, like `make eval`.
The floors sit just under what each set reached when its rules were generalised."""
import json
from pathlib import Path

import pytest

from mou_extract import evaluate as ev
from mou_extract import extract_text

CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.mark.parametrize("name, n, floor", [
    ("variety", 25, 0.97), ("variety2", 25, 0.97), ("variety3", 15, 0.97), ("variety4", 18, 0.93),
    ("variety5", 18, 0.95), ("variety6", 16, 0.97), ("variety7", 14, 0.97), ("variety8", 14, 0.95),
    ("variety9", 16, 0.93), ("variety10", 18, 0.94), ("variety11", 12, 0.96),
    ("variety12", 14, 0.94), ("variety13", 14, 0.94), ("variety14", 14, 0.93), ("variety15", 12, 0.80),
    ("variety16", 12, 0.94), ("variety17", 12, 0.94), ("variety18", 12, 0.94), ("variety19", 12, 0.94),
    ("variety20", 12, 0.96), ("variety21", 12, 0.90),
    ("variety22", 12, 0.97), ("variety23", 12, 0.96), ("variety24", 12, 0.97), ("variety25", 12, 0.97),
    ("variety26", 12, 0.97), ("variety27", 12, 0.94), ("variety28", 12, 0.96), ("variety29", 12, 0.94),
    ("variety30", 12, 0.98), ("variety31", 12, 0.96), ("variety32", 12, 0.94), ("variety33", 12, 0.92),
    ("variety34", 12, 0.85), ("variety35", 12, 0.95), ("variety36", 12, 0.98), ("variety37", 12, 0.94),
    ("variety38", 12, 0.98), ("variety39", 12, 0.98), ("variety40", 12, 0.98), ("variety41", 12, 0.92),
    ("variety42", 12, 0.98), ("variety43", 12, 0.96), ("variety44", 12, 0.98), ("variety45", 12, 0.98),
    ("variety46", 12, 0.98), ("variety47", 12, 0.96), ("variety48", 12, 0.96), ("variety49", 12, 0.94),
    ("variety50", 12, 0.94), ("variety51", 12, 0.98), ("variety52", 12, 0.96), ("variety53", 12, 0.94),
    ("variety54", 10, 0.98), ("variety55", 10, 0.98), ("variety56", 10, 0.98), ("variety57", 10, 0.98),
    ("variety58", 12, 0.98), ("variety59", 12, 0.98), ("variety60", 12, 0.98), ("variety61", 12, 0.98),
    ("variety62", 12, 0.97), ("variety63", 12, 0.92), ("variety64", 12, 0.96), ("variety65", 12, 0.92),
    ("variety66", 12, 0.98), ("variety67", 12, 0.98), ("variety68", 12, 0.96), ("variety69", 12, 0.98),
    ("variety70", 12, 0.98), ("variety71", 12, 0.97), ("variety72", 12, 0.94), ("variety73", 12, 0.90),
    ("variety74", 12, 0.98), ("variety75", 12, 0.98), ("variety76", 12, 0.97), ("variety77", 12, 0.98),
    ("variety78", 12, 0.97), ("variety79", 12, 0.98), ("variety80", 12, 0.97), ("variety81", 12, 0.96),
    ("variety82", 12, 0.96), ("variety83", 12, 0.93), ("variety84", 12, 0.98), ("variety85", 12, 0.97),
    ("variety86", 12, 0.97), ("variety87", 12, 0.95), ("variety88", 12, 0.98), ("variety89", 12, 0.94),
    ("variety90", 12, 0.97), ("variety91", 12, 0.96), ("variety92", 12, 0.96), ("variety93", 12, 0.96),
    ("variety94", 12, 0.98), ("variety95", 12, 0.98), ("variety96", 12, 0.97), ("variety97", 12, 0.98),
    ("variety98", 12, 0.98), ("variety99", 12, 0.97), ("variety100", 12, 0.98), ("variety101", 12, 0.98),
    ("variety102", 12, 0.98), ("variety103", 12, 0.98), ("variety104", 12, 0.99), ("variety105", 12, 0.98),
    ("variety106", 12, 0.99), ("variety107", 12, 0.97), ("variety108", 12, 0.99), ("variety109", 12, 0.96),
    ("variety110", 12, 0.96), ("variety111", 12, 0.99), ("variety112", 12, 0.99), ("variety113", 12, 0.99),
    ("variety114", 12, 0.98), ("variety115", 12, 0.97), ("variety116", 12, 0.99), ("variety117", 12, 0.98),
    ("variety118", 12, 0.99), ("variety119", 12, 0.97), ("variety120", 12, 0.98), ("variety121", 12, 0.98),
    ("variety122", 12, 0.98), ("variety123", 12, 0.98), ("variety124", 12, 0.98), ("variety125", 12, 0.97),
    ("variety126", 12, 0.99), ("variety127", 12, 0.96), ("variety128", 12, 0.97), ("variety129", 12, 0.98),
    ("variety130", 12, 0.99), ("variety131", 12, 0.98), ("variety132", 12, 0.99), ("variety133", 12, 0.99),
    ("variety134", 12, 0.97), ("variety135", 12, 0.99), ("variety136", 12, 0.99), ("variety137", 12, 0.99),
    ("variety138", 12, 0.99), ("variety139", 12, 0.97), ("variety140", 12, 0.97), ("variety141", 12, 0.96),
    ("variety142", 12, 0.98), ("variety143", 12, 0.99), ("variety144", 12, 0.99), ("variety145", 12, 0.98),
    ("variety146", 12, 0.98), ("variety148", 12, 0.96), ("variety149", 12, 0.99), ("variety150", 12, 0.98),
    ("variety151", 12, 0.99), ("variety152", 12, 0.96), ("variety153", 12, 0.99), ("variety154", 12, 0.99),
    ("variety155", 12, 0.98), ("variety156", 12, 0.97), ("variety157", 12, 0.98), ("variety158", 12, 0.99),
    ("variety159", 12, 0.98), ("variety160", 12, 0.99), ("variety161", 12, 0.98), ("variety162", 12, 0.98),
    ("variety163", 12, 0.99), ("variety164", 12, 0.99), ("variety165", 12, 0.98), ("variety166", 12, 0.98),
    ("variety167", 12, 0.96), ("variety168", 12, 0.99), ("variety169", 12, 0.98), ("variety170", 12, 0.98),
    ("variety171", 12, 0.98), ("variety172", 12, 0.99), ("variety173", 12, 0.99), ("variety174", 12, 0.99),
    ("variety175", 12, 0.97), ("variety176", 12, 0.98), ("variety177", 12, 0.99), ("variety178", 12, 0.97),
    ("variety179", 12, 0.99), ("variety180", 12, 0.99), ("variety181", 12, 0.99), ("variety182", 12, 0.99),
    ("variety183", 12, 0.99), ("variety184", 12, 0.99), ("variety185", 12, 0.99), ("variety186", 12, 0.99),
    ("variety187", 12, 0.97), ("variety188", 12, 0.99), ("variety189", 12, 0.99), ("variety190", 12, 0.99),
    ("variety191", 12, 0.95), ("variety192", 12, 0.97)])
def test_variety_set_scores_hold(tmp_path, name, n, floor):
    here = CORPUS / name
    for txt in sorted(here.glob("*.txt")):
        # bytes, so that CRLF line endings reach the pipeline as written
        text = txt.read_bytes().decode("utf-8")
        rec = extract_text(text, id=txt.stem, source=str(txt))
        (tmp_path / f"{txt.stem}.json").write_text(json.dumps(rec.model_dump(mode="json")), encoding="utf-8")
    golds = ev.load_gold(here)
    assert len(golds) == n
    scores = ev.score_records(golds, ev.load_sys(tmp_path)).scores
    assert scores["missing_outputs"] == 0
    assert scores["is_signing"]["f1"] == 1.0
    assert scores["core_micro"]["f1"] >= floor


@pytest.mark.parametrize("name, is_signing_floor, floor", [("variety147", 0.94, 0.93)])
def test_sets_with_one_disputed_signing_hold(tmp_path, name, is_signing_floor, floor):
    """variety147 holds one article the pipeline does not read as a signing, where the
    writer's gold parts from older golds: vf08, a football club's sponsorship contract (the
    procurement contracts of older sets, eb06 and w13, are no signings). Every other article
    is judged right. (variety178 li12, an opinion column recalling a signing dated days before
    the column, is read as one since round 34 and holds its floor with the other sets.)"""
    here = CORPUS / name
    for txt in sorted(here.glob("*.txt")):
        rec = extract_text(txt.read_bytes().decode("utf-8"), id=txt.stem, source=str(txt))
        (tmp_path / f"{txt.stem}.json").write_text(json.dumps(rec.model_dump(mode="json")), encoding="utf-8")
    golds = ev.load_gold(here)
    assert len(golds) == 12
    scores = ev.score_records(golds, ev.load_sys(tmp_path)).scores
    assert scores["missing_outputs"] == 0
    assert scores["is_signing"]["f1"] >= is_signing_floor
    assert scores["core_micro"]["f1"] >= floor
