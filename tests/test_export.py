"""Records flattened into tables, and the writers (mou_extract.export, `export` command)."""
import csv
import json
import random
from collections import Counter

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from mou_extract import export as ex
from mou_extract.cli import app
from signing_fixtures import EVENT_A, EVENT_B, NOT_SIGNING, records, write_run

runner = CliRunner()
ITEMS = {"parties": "parties", "signatories": "signatories", "attendees": "attendees", "scope": "scope"}


def flat(output: str) -> str:
    """Click's error box without its frame and line breaks."""
    return " ".join(output.replace("│", " ").split())


def dicts(table):
    return [dict(zip(table.names, row)) for row in table.rows]


@pytest.fixture(scope="module")
def recs():
    return records()


@pytest.fixture(scope="module")
def tables(recs):
    return ex.build_tables(recs)


def test_row_counts_match_the_records(recs, tables):
    assert len(tables["articles"].rows) == len(recs) == len(EVENT_A + EVENT_B + NOT_SIGNING)
    signings = [(r["article"]["id"], i, sg) for r in recs for i, sg in enumerate(r["signings"])]
    assert len(tables["signings"].rows) == len(signings) == 5
    for name, field in ITEMS.items():
        assert len(tables[name].rows) == sum(len(sg[field]) for _, _, sg in signings), name
    assert len(tables["events"].rows) == 2
    assert len(tables["event_sources"].rows) == 5
    assert sorted(r["n_sources"] for r in dicts(tables["events"])) == [2, 3]


def test_keys_are_unique_and_link(tables):
    for name, t in tables.items():
        keys = [tuple(r[k] for k in t.key) for r in dicts(t)]
        assert len(keys) == len(set(keys)), name
        assert all(None not in k for k in keys), name
    articles = {r["article_id"] for r in dicts(tables["articles"])}
    signings = {r["signing_id"]: r for r in dicts(tables["signings"])}
    events = {r["event_id"] for r in dicts(tables["events"])}
    parties = {r["party_id"]: r for r in dicts(tables["parties"])}
    assert {s["article_id"] for s in signings.values()} <= articles
    assert {s["event_id"] for s in signings.values()} == events
    for name in ("parties", "signatories", "attendees", "scope"):
        for row in dicts(tables[name]):
            s = signings[row["signing_id"]]
            assert (row["article_id"], row["event_id"]) == (s["article_id"], s["event_id"]), name
    for name in ("signatories", "attendees"):
        for row in dicts(tables[name]):
            if row["party_id"] is not None:
                assert parties[row["party_id"]]["name"] == row["party"]
    # every merged item is backed by as many per-source rows as it has sources
    for merged, per_source, key in (("event_parties", "parties", "party_key"),
                                    ("event_signatories", "signatories", "person_key"),
                                    ("event_scope", "scope", "label")):
        n = Counter((r["event_id"], r[key]) for r in dicts(tables[per_source]))
        assert {(r["event_id"], r[key]): r["n_sources"] for r in dicts(tables[merged])} == dict(n), merged
    for r in dicts(tables["event_sources"]):
        assert signings[r["signing_id"]]["event_id"] == r["event_id"]


def test_values_come_from_the_records(recs, tables):
    by_id = {r["article"]["id"]: r for r in recs}
    for row in dicts(tables["parties"]):
        p = by_id[row["article_id"]]["signings"][int(row["signing_id"].split("#")[1])]["parties"][row["party_index"]]
        assert (row["name"], row["kind"], row["evidence_text"], row["evidence_start"], row["evidence_end"]) == \
            (p["name"], p["kind"], p["evidence"]["text"], p["evidence"]["start"], p["evidence"]["end"])
    banyumas = {r["signing_id"]: r for r in dicts(tables["parties"]) if r["party_key"] == "region:33.02"}
    assert len(banyumas) == 5
    assert {(r["region_code"], r["region_level"], r["region_name"], r["province"], r["province_code"])
            for r in banyumas.values()} == {("33.02", "kabupaten", "Kabupaten Banyumas", "Jawa Tengah", "33")}
    sig = {r["person_key"]: r for r in dicts(tables["event_signatories"])}
    assert sig["hendra wiratama"]["role"] == "Bupati Banyumas" and sig["hendra wiratama"]["n_sources"] == 3
    art = {r["article_id"]: r for r in dicts(tables["articles"])}
    assert art["c1_rencana"]["is_signing"] is False and art["c1_rencana"]["n_signings"] == 0
    assert art["a1_antara"]["outlet"] == by_id["a1_antara"]["article"]["outlet"]
    ev = [r for r in dicts(tables["events"]) if r["n_sources"] == 3][0]
    assert ev["article_ids"] == "; ".join(EVENT_A)
    assert ev["date"] == "2026-03-09" and ev["month"] == "2026-03" and ev["provinces"] == "Jawa Tengah"


def test_deterministic_whatever_the_input_order(recs, tables):
    shuffled = recs[:]
    random.Random(5).shuffle(shuffled)
    again = ex.build_tables(shuffled)
    assert {n: t.rows for n, t in again.items()} == {n: t.rows for n, t in tables.items()}


def test_duckdb(tmp_path, tables):
    path = tmp_path / "x.duckdb"
    ex.WRITERS["duckdb"](tables, path)
    con = duckdb.connect(str(path), read_only=True)
    try:
        for name, t in tables.items():
            assert con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == len(t.rows), name
        assert dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                "WHERE table_name = 'events'").fetchall())["date"] == "DATE"
        # the join a dashboard makes: signings per province over real events
        rows = con.execute("""SELECT ep.province, count(DISTINCT e.event_id) FROM events e
                              JOIN event_parties ep USING (event_id) WHERE ep.province IS NOT NULL
                              GROUP BY 1""").fetchall()
        assert rows == [("Jawa Tengah", 2)]
        with pytest.raises(duckdb.Error):  # primary keys are declared
            con.execute("INSERT INTO articles (article_id) VALUES ('a1_antara')")
    finally:
        con.close()
    assert [p.name for p in tmp_path.iterdir()] == ["x.duckdb"]  # no temp or WAL left


def test_parquet_and_csv(tmp_path, tables):
    ex.WRITERS["parquet"](tables, tmp_path / "pq")
    ex.WRITERS["csv"](tables, tmp_path / "csv")
    for name, t in tables.items():
        pt = pq.read_table(tmp_path / "pq" / f"{name}.parquet")
        assert pt.num_rows == len(t.rows) and pt.column_names == t.names
        with open(tmp_path / "csv" / f"{name}.csv", encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        assert rows[0] == t.names and len(rows) == len(t.rows) + 1
    assert str(pq.read_table(tmp_path / "pq" / "signings.parquet").schema.field("date").type) == "date32[day]"


def test_load_records_from_each_layout(tmp_path, recs):
    run = write_run(tmp_path / "files", recs)
    ids = sorted(r["article"]["id"] for r in recs)
    assert [r["article"]["id"] for r in ex.load_records(run)] == ids
    (run / "records.jsonl").unlink()  # <id>.json files only
    (run / "notes.json").write_text(json.dumps({"not": "a record"}))
    assert [r["article"]["id"] for r in ex.load_records(run)] == ids
    parts = tmp_path / "parts"
    parts.mkdir()
    (parts / "part-00000.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs[:3]))
    (parts / "part-00001.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs[3:]))
    assert [r["article"]["id"] for r in ex.load_records(parts)] == ids
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "records.jsonl").write_text('{"article": {"id": "x"}}\nnot json\n')
    with pytest.raises(ex.RecordsError, match="line 2"):
        ex.load_records(bad)


def test_cli(tmp_path):
    run = write_run(tmp_path / "out")
    res = runner.invoke(app, ["export", str(run)])
    assert res.exit_code == 0, res.output
    assert (run / "mou.duckdb").is_file() and "events 2" in res.stderr
    res = runner.invoke(app, ["export", str(run), "--to", "csv", "-o", str(tmp_path / "t"), "-q"])
    assert res.exit_code == 0 and res.stderr == ""
    assert sorted(p.stem for p in (tmp_path / "t").iterdir()) == sorted(ex.TABLES)
    (tmp_path / "empty").mkdir()
    for args, msg in ((["export", str(tmp_path / "nope")], "no such folder"),
                      (["export", str(tmp_path / "empty")], "no records"),
                      (["export", str(run), "--to", "xml"], "unknown format"),
                      (["export", str(run), "--to", "duckdb", "-o", str(tmp_path)], "is a folder")):
        res = runner.invoke(app, args)
        assert res.exit_code == 2 and msg in flat(res.output), (args, res.output)
