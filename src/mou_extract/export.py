"""The records of a run flattened into tables a BI tool can join without parsing JSON.

    records = load_records(Path("data/out"))     # records.jsonl, else *.json
    tables = build_tables(records)               # {name: Table}, rows sorted by key
    WRITERS["duckdb"](tables, Path("mou.duckdb"))  # or "parquet" / "csv": a folder

Per-article tables: articles, signings, parties, signatories, attendees, scope. Event
tables (one real-world signing reported by several articles, see events.py): events,
event_sources, event_parties, event_signatories, event_scope. `TABLES` lists every
table with its columns, types and primary key; README.md describes how they join.
"""
from __future__ import annotations

import csv
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from . import events as ev
from .io import atomic_open

FORMATS = ("duckdb", "parquet", "csv")
LIST_SEP = "; "  # list values (authors, warnings, article ids) in one string column

_EVIDENCE = [("evidence_text", "str"), ("evidence_start", "int"), ("evidence_end", "int")]
_PERSON = [("person_id", "str"), ("signing_id", "str"), ("article_id", "str"), ("event_id", "str"),
           ("person_index", "int"), ("person_key", "str"), ("name", "str"), ("role", "str"),
           ("party", "str"), ("party_id", "str"), ("on_behalf_of", "str")] + _EVIDENCE
_EVENT_PERSON = [("event_id", "str"), ("person_key", "str"), ("name", "str"), ("role", "str"),
                 ("party", "str"), ("on_behalf_of", "str"), ("n_sources", "int"), ("signing_ids", "str")]

# table -> (columns as (name, type), primary key); types: str, int, bool, date
TABLES: dict[str, tuple[list[tuple[str, str]], tuple[str, ...]]] = {
    "articles": ([("article_id", "str"), ("source", "str"), ("title", "str"), ("outlet", "str"),
                  ("published", "date"), ("dateline", "str"), ("authors", "str"), ("is_signing", "bool"),
                  ("n_signings", "int"), ("warnings", "str"), ("paragraphs_in", "int"),
                  ("paragraphs_kept", "int"), ("duplicates_removed", "int"),
                  ("boilerplate_removed", "int"), ("schema_version", "str")], ("article_id",)),
    "signings": ([("signing_id", "str"), ("article_id", "str"), ("signing_index", "int"),
                  ("event_id", "str"), ("document_type", "str"), ("title", "str"), ("date", "date"),
                  ("date_precision", "str"), ("date_year_inferred", "bool"), ("month", "str"),
                  ("venue_name", "str"), ("venue_city", "str"), ("n_parties", "int"),
                  ("n_signatories", "int"), ("n_attendees", "int"), ("n_scope", "int")] + _EVIDENCE
                 + [("date_evidence_text", "str"), ("date_evidence_start", "int"), ("date_evidence_end", "int"),
                    ("venue_evidence_text", "str"), ("venue_evidence_start", "int"),
                    ("venue_evidence_end", "int")], ("signing_id",)),
    "parties": ([("party_id", "str"), ("signing_id", "str"), ("article_id", "str"), ("event_id", "str"),
                 ("party_index", "int"), ("party_key", "str"), ("name", "str"), ("kind", "str"),
                 ("region_code", "str"), ("region_level", "str"), ("region_name", "str"),
                 ("province", "str"), ("province_code", "str")] + _EVIDENCE, ("party_id",)),
    "signatories": (_PERSON, ("person_id",)),
    "attendees": (_PERSON, ("person_id",)),
    "scope": ([("scope_id", "str"), ("signing_id", "str"), ("article_id", "str"), ("event_id", "str"),
               ("scope_index", "int"), ("label", "str")] + _EVIDENCE, ("scope_id",)),
    "events": ([("event_id", "str"), ("date", "date"), ("date_precision", "str"), ("month", "str"),
                ("document_type", "str"), ("title", "str"), ("venue_name", "str"), ("venue_city", "str"),
                ("n_sources", "int"), ("n_parties", "int"), ("n_signatories", "int"), ("n_scope", "int"),
                ("article_ids", "str"), ("outlets", "str"), ("party_names", "str"), ("province_codes", "str"),
                ("provinces", "str"), ("scope_labels", "str")], ("event_id",)),
    "event_sources": ([("event_id", "str"), ("signing_id", "str"), ("article_id", "str"), ("outlet", "str"),
                       ("title", "str"), ("published", "date")], ("event_id", "signing_id")),
    "event_parties": ([("event_id", "str"), ("party_key", "str"), ("name", "str"), ("kind", "str"),
                       ("region_code", "str"), ("region_level", "str"), ("region_name", "str"),
                       ("province", "str"), ("province_code", "str"), ("n_sources", "int"),
                       ("signing_ids", "str")], ("event_id", "party_key")),
    "event_signatories": (_EVENT_PERSON, ("event_id", "person_key")),
    "event_scope": ([("event_id", "str"), ("label", "str"), ("n_sources", "int"), ("signing_ids", "str")],
                    ("event_id", "label")),
}


class RecordsError(Exception):
    """The folder holds no usable records; the message says what to do."""


@dataclass
class Table:
    name: str
    columns: list[tuple[str, str]]
    key: tuple[str, ...]
    rows: list[tuple]

    @property
    def names(self) -> list[str]:
        return [c for c, _ in self.columns]


# ---------------------------------------------------------------- reading

def load_records(folder: Path) -> list[dict]:
    """The records of an `extract` output folder, sorted by article id: records.jsonl,
    else part-*.jsonl, else part-*.parquet (column `record`), else every <id>.json that
    is a record. Raises RecordsError."""
    folder = Path(folder)
    if not folder.is_dir():
        raise RecordsError(f"no such folder: {folder}")
    jl = folder / "records.jsonl"
    if jl.is_file() and jl.stat().st_size:
        records = _read_jsonl(jl)
    elif sorted(folder.glob("part-*.jsonl")):
        records = [r for p in sorted(folder.glob("part-*.jsonl")) for r in _read_jsonl(p)]
    elif sorted(folder.glob("part-*.parquet")):
        records = [r for p in sorted(folder.glob("part-*.parquet")) for r in _read_parquet(p)]
    else:
        records = []
        for f in sorted(folder.glob("*.json")):
            try:
                rec = json.loads(f.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError):
                continue
            if _is_record(rec):
                records.append(rec)
    if not records:
        raise RecordsError(f"no records in {folder} (records.jsonl, part-*.jsonl, part-*.parquet or "
                           f"<id>.json); write some with: mou-extract extract INPUT --out {folder}")
    records.sort(key=lambda r: r["article"]["id"])
    ids = [r["article"]["id"] for r in records]
    dup = next((a for a, b in zip(ids, ids[1:]) if a == b), None)
    if dup is not None:
        raise RecordsError(f"article id {dup!r} occurs twice in {folder}")
    return records


def _parse(line: str, where: str) -> dict:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        raise RecordsError(f"{where} is not JSON ({e.msg}); re-run `mou-extract extract`") from None
    if not _is_record(rec):
        raise RecordsError(f"{where} is not a mou-extract record")
    return rec


def _read_jsonl(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [_parse(line, f"{path} line {n}") for n, line in enumerate(lines, 1) if line.strip()]


def _read_parquet(path: Path) -> list[dict]:
    import pyarrow.parquet as pq

    try:
        rows = pq.read_table(path, columns=["record"]).column("record").to_pylist()
    except Exception as e:
        raise RecordsError(f"cannot read {path} ({e}); re-run `mou-extract extract`") from None
    return [_parse(r or "", f"{path} row {n}") for n, r in enumerate(rows, 1)]


def _is_record(rec) -> bool:
    return (isinstance(rec, dict) and isinstance(rec.get("article"), dict)
            and isinstance(rec["article"].get("id"), str) and isinstance(rec.get("signings", []), list))


# ---------------------------------------------------------------- flattening

def _ev(item: Optional[dict]) -> list:
    e = (item or {}).get("evidence") or {}
    return [e.get("text"), e.get("start"), e.get("end")]


def _join(values: Iterable) -> str:
    return LIST_SEP.join(str(v) for v in values if v not in (None, ""))


def _region(p: dict) -> list:
    r = p.get("region") or {}
    code = r.get("code")
    return [code, r.get("level"), r.get("name"), r.get("province"), code.split(".")[0] if code else None]


def _article_row(rec: dict) -> tuple:
    a, c = rec["article"], rec["article"].get("cleaning") or {}
    return (a["id"], a.get("source"), a.get("title"), a.get("outlet"), a.get("published"), a.get("dateline"),
            _join(a.get("authors") or []), bool(rec.get("is_signing")), len(rec.get("signings") or []),
            _join(rec.get("warnings") or []), c.get("paragraphs_in"), c.get("paragraphs_kept"),
            c.get("duplicates_removed"), c.get("boilerplate_removed"), rec.get("schema_version"))


def _signing_row(sid: str, aid: str, i: int, eid: str, sg: dict) -> tuple:
    d, v = sg.get("date") or {}, sg.get("venue") or {}
    n = {f: len(sg.get(f) or []) for f in ("parties", "signatories", "attendees", "scope")}
    return (sid, aid, i, eid, sg.get("document_type"), sg.get("title"), d.get("value"), d.get("precision"),
            d.get("year_inferred"), (d.get("value") or "")[:7] or None, v.get("name"), v.get("city"),
            n["parties"], n["signatories"], n["attendees"], n["scope"], *_ev(sg),
            *_ev(sg.get("date")), *_ev(sg.get("venue")))


def _item_keys(events: list[dict]) -> dict[tuple[str, str, int], str]:
    """(signing_id, field, index) -> the merged key of that item in its event."""
    keys = {}
    for e in events:
        for field in ("parties", "signatories", "attendees"):
            for item in e[field]:
                for s in item["sources"]:
                    keys[(s["signing_id"], field, s["index"])] = item["key"]
    return keys


def build_tables(records: list[dict], events: Optional[list[dict]] = None) -> dict[str, Table]:
    """Every table of `TABLES`, rows sorted by primary key."""
    events = ev.build_events(records) if events is None else events
    event_of, keys = ev.event_of(events), _item_keys(events)
    rows: dict[str, list[tuple]] = {name: [] for name in TABLES}
    for rec in records:
        aid = rec["article"]["id"]
        rows["articles"].append(_article_row(rec))
        for i, sg in enumerate(rec.get("signings") or []):
            sid = ev.signing_id(aid, i)
            eid = event_of[sid]
            rows["signings"].append(_signing_row(sid, aid, i, eid, sg))
            party_ids = {}
            for j, p in enumerate(sg.get("parties") or []):
                pid = f"{sid}/p{j}"
                party_ids.setdefault(p.get("name"), pid)
                rows["parties"].append((pid, sid, aid, eid, j, keys.get((sid, "parties", j)), p.get("name"),
                                        p.get("kind"), *_region(p), *_ev(p)))
            for field, tag in (("signatories", "s"), ("attendees", "a")):
                for j, p in enumerate(sg.get(field) or []):
                    rows[field].append((f"{sid}/{tag}{j}", sid, aid, eid, j, keys.get((sid, field, j)),
                                        p.get("name"), p.get("role"), p.get("party"),
                                        party_ids.get(p.get("party")), p.get("on_behalf_of"), *_ev(p)))
            for j, s in enumerate(sg.get("scope") or []):
                rows["scope"].append((f"{sid}/c{j}", sid, aid, eid, j, s.get("label"), *_ev(s)))
    for e in events:
        _event_rows(e, rows)
    tables = {}
    for name, (columns, key) in TABLES.items():
        idx = [[c for c, _ in columns].index(k) for k in key]
        order = _sort_index(name, columns)
        tables[name] = Table(name, columns, key,
                             sorted(rows[name], key=lambda r: tuple(_sortable(r[i]) for i in (order or idx))))
    return tables


def _sort_index(name: str, columns: list[tuple[str, str]]) -> list[int]:
    """Natural order: by signing and position for per-signing tables (p2 before p10)."""
    names = [c for c, _ in columns]
    by = {"signings": ("article_id", "signing_index"), "parties": ("article_id", "signing_id", "party_index"),
          "signatories": ("article_id", "signing_id", "person_index"),
          "attendees": ("article_id", "signing_id", "person_index"),
          "scope": ("article_id", "signing_id", "scope_index")}.get(name)
    return [names.index(c) for c in by] if by else []


def _sortable(v):
    return (v is None, v if v is not None else 0)


def _event_rows(e: dict, rows: dict[str, list[tuple]]) -> None:
    eid, d, venue = e["event_id"], e["date"] or {}, e["venue"] or {}
    regions = sorted({(p["region"]["code"].split(".")[0], p["region"].get("province") or p["region"]["name"])
                      for p in e["parties"] if p.get("region")})
    rows["events"].append((
        eid, d.get("value"), d.get("precision"), (d.get("value") or "")[:7] or None, e["document_type"],
        e["title"], venue.get("name"), venue.get("city"), len(e["sources"]), len(e["parties"]),
        len(e["signatories"]), len(e["scope"]), _join(sorted({s["article_id"] for s in e["sources"]})),
        _join(sorted({s["outlet"] for s in e["sources"] if s["outlet"]})), _join(p["name"] for p in e["parties"]),
        _join(c for c, _ in regions), _join(n for _, n in regions), _join(s["label"] for s in e["scope"])))
    for s in e["sources"]:
        rows["event_sources"].append((eid, s["signing_id"], s["article_id"], s["outlet"], s["title"],
                                      s["published"]))
    for p in e["parties"]:
        rows["event_parties"].append((eid, p["key"], p["name"], p["kind"], *_region(p),
                                      len(p["sources"]), _join(s["signing_id"] for s in p["sources"])))
    for p in e["signatories"]:
        rows["event_signatories"].append((eid, p["key"], p["name"], p["role"], p["party"], p["on_behalf_of"],
                                          len(p["sources"]), _join(s["signing_id"] for s in p["sources"])))
    for s in e["scope"]:
        rows["event_scope"].append((eid, s["label"], len(s["sources"]),
                                    _join(x["signing_id"] for x in s["sources"])))


# ---------------------------------------------------------------- writers

def to_arrow(table: Table):
    import datetime

    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "bool": pa.bool_(), "date": pa.date32()}
    schema = pa.schema([(c, types[t]) for c, t in table.columns])
    cols = list(zip(*table.rows)) if table.rows else [[] for _ in table.columns]
    arrays = []
    for (c, t), values in zip(table.columns, cols):
        if t == "date":
            values = [datetime.date.fromisoformat(v) if v else None for v in values]
        arrays.append(pa.array(list(values), type=types[t]))
    return pa.Table.from_arrays(arrays, schema=schema)


def write_parquet(tables: dict[str, Table], folder: Path) -> list[Path]:
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, t in tables.items():
        path = folder / f"{name}.parquet"
        with atomic_open(path, "wb") as f:
            pq.write_table(to_arrow(t), f)
        paths.append(path)
    return paths


def write_csv(tables: dict[str, Table], folder: Path) -> list[Path]:
    """One UTF-8 CSV per table with a header; null is empty, booleans true/false."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, t in tables.items():
        path = folder / f"{name}.csv"
        with atomic_open(path) as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(t.names)
            for row in t.rows:
                w.writerow(["" if v is None else ("true" if v is True else "false" if v is False else v)
                            for v in row])
        paths.append(path)
    return paths


_SQL_TYPES = {"str": "VARCHAR", "int": "BIGINT", "bool": "BOOLEAN", "date": "DATE"}


def write_duckdb(tables: dict[str, Table], path: Path) -> list[Path]:
    """One DuckDB file with every table (and its primary key); replaces `path` atomically."""
    import duckdb

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    os.unlink(tmp)  # duckdb wants to create the file itself
    try:
        con = duckdb.connect(tmp)
        try:
            for name, t in tables.items():
                cols = ", ".join(f'"{c}" {_SQL_TYPES[ty]}' for c, ty in t.columns)
                key = ", ".join(f'"{k}"' for k in t.key)
                con.execute(f'CREATE TABLE "{name}" ({cols}, PRIMARY KEY ({key}))')
                arrow = to_arrow(t)  # noqa: F841 (read by name in the query below)
                con.execute(f'INSERT INTO "{name}" SELECT * FROM arrow')
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, path)
    finally:
        for leftover in (tmp, tmp + ".wal"):
            if os.path.exists(leftover):
                os.unlink(leftover)
    return [path]


def default_out(folder: Path, fmt: str) -> Path:
    return folder / ("mou.duckdb" if fmt == "duckdb" else fmt)



WRITERS = {"duckdb": write_duckdb, "parquet": write_parquet, "csv": write_csv}
