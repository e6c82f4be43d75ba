"""Output of a run: records and error lines, written as they finish, atomically.

Formats (`extract --format`):
  files    OUT/<id>.json per article + OUT/records.jsonl (all records, input order)
  jsonl    OUT/part-00000.jsonl, part-00001.jsonl ... (`part_size` inputs each)
  parquet  OUT/part-00000.parquet ... (columns id, source, is_signing, signings, record)
and always OUT/errors.jsonl: one {"id", "source", "error"} line per input without a record.

Every file is written to a temp file beside it and renamed into place when complete, so
a killed run leaves the previous files, never a half-written one; temp files a hard kill
left behind are removed by the next run (`remove_stale_temps`).

Resuming: `Prior.lookup(index, item)` returns the record an earlier run wrote for the same
input (same `provenance.input_sha256` and pipeline version), so it is not extracted
again. Parts are numbered by input position, so the same input maps to the same part.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from . import io
from .pipeline import PIPELINE_VERSION, input_sha256
from .runner import Outcome

FORMATS = ("files", "jsonl", "parquet")
DEFAULT_PART_SIZE = 10_000


def remove_stale_temps(out: Path) -> int:
    """Remove temp files (`.<name>.<random>.tmp`) left by a run that was killed."""
    n = 0
    for p in out.glob(".*.tmp"):
        try:
            p.unlink()
            n += 1
        except OSError:
            pass
    return n


def part_path(out: Path, k: int, fmt: str) -> Path:
    return out / f"part-{k:05d}.{fmt}"


# ------------------------------------------------------------------ earlier records

def _reusable(data: Optional[dict], item: io.Item) -> bool:
    prov = (data or {}).get("provenance") or {}
    return (prov.get("pipeline_version") == PIPELINE_VERSION
            and prov.get("input_sha256") == input_sha256(item.text, item.id, item.source,
                                                         item.published, item.warnings))


def _read_json(path: Path) -> Optional[dict]:
    try:
        with path.open(encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def read_part(path: Path) -> dict[str, dict]:
    """Records of an earlier part file, by article id (empty if missing or unreadable)."""
    out: dict[str, dict] = {}
    try:
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            rows = pq.read_table(path, columns=["record"]).column("record").to_pylist()
        else:
            rows = path.read_text(encoding="utf-8").splitlines()
    except Exception:  # a damaged part is simply not reused
        return out
    for line in rows:
        try:
            data = json.loads(line)
            out[data["article"]["id"]] = data
        except (ValueError, KeyError, TypeError):
            continue
    return out


class Prior:
    """Records of an earlier run in OUT, looked up per input (see module docstring)."""

    def __init__(self, out: Path, fmt: str, part_size: int = DEFAULT_PART_SIZE):
        self.out, self.fmt, self.part_size = out, fmt, part_size
        self.parts: dict[int, dict[str, dict]] = {}  # a few parts around the current one

    def lookup(self, index: int, item: io.Item) -> Optional[Outcome]:
        if item.error is not None:
            return None
        if self.fmt == "files":
            data = _read_json(self.out / f"{item.id}.json")
        else:
            k = index // self.part_size
            if k not in self.parts:
                self.parts = {j: v for j, v in self.parts.items() if j >= k - 1}
                self.parts[k] = read_part(part_path(self.out, k, self.fmt))
            data = self.parts[k].get(item.id)
        if not _reusable(data, item):
            return None
        return Outcome(item.id, item.source, record=data, reused=True)


# ------------------------------------------------------------------ writer

class Writer:
    """Writes outcomes in input order; use as a context manager. Counts what it wrote."""

    def __init__(self, out: Path, fmt: str = "files", part_size: int = DEFAULT_PART_SIZE):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        self.out, self.fmt, self.part_size = out, fmt, part_size
        self.n = self.n_records = self.n_errors = self.n_reused = 0
        self.n_signing = self.n_signings = 0
        self._stack = []
        self._part: list[dict] = []
        self._part_k = 0
        self._parts_written: set[Path] = set()

    def __enter__(self):
        self._err = self._open(self.out / "errors.jsonl")
        self._rec = self._open(self.out / "records.jsonl") if self.fmt == "files" else None
        return self

    def _open(self, path: Path):
        cm = io.atomic_open(path)
        f = cm.__enter__()
        self._stack.append(cm)
        return f

    def __exit__(self, exc_type, exc, tb):
        try:
            if exc_type is None and self.fmt != "files":
                self._flush_part()
                self._drop_old_parts()
        finally:
            for cm in reversed(self._stack):  # on an exception: temps removed, old files kept
                cm.__exit__(exc_type, exc, tb)
        return False

    def write(self, o: Outcome) -> Outcome:
        """Write one outcome; a record that cannot be written becomes an error."""
        k = self.n // self.part_size
        self.n += 1
        if self.fmt != "files" and k != self._part_k:
            self._flush_part()
            self._part_k = k
        if o.record is not None and self.fmt == "files" and not o.reused:
            path = self.out / f"{o.id}.json"
            try:
                io.write_text_atomic(path, io.dumps_record(o.record))
            except OSError as e:
                o = Outcome(o.id, o.source, error=f"cannot write {path} ({e.strerror or e}); "
                            "check free space and permissions")
        if o.record is None:
            self.n_errors += 1
            self._err.write(io.dumps_line({"id": o.id, "source": o.source, "error": o.error}))
            return o
        self.n_records += 1
        self.n_reused += o.reused
        self.n_signing += bool(o.record.get("is_signing"))
        self.n_signings += len(o.record.get("signings") or [])
        if self._rec is not None:
            self._rec.write(io.dumps_line(o.record))
        else:
            self._part.append(o.record)
        return o

    def _flush_part(self) -> None:
        path = part_path(self.out, self._part_k, self.fmt)
        rows, self._part = self._part, []
        if not rows:
            return
        if self.fmt == "jsonl":
            with io.atomic_open(path) as f:
                f.writelines(io.dumps_line(r) for r in rows)
        else:
            _write_parquet(path, rows)
        self._parts_written.add(path)

    def _drop_old_parts(self) -> None:
        """Parts of an earlier, longer run would mix stale records into this one."""
        for p in self.out.glob(f"part-*.{self.fmt}"):
            if p not in self._parts_written:
                p.unlink()


def _write_parquet(path: Path, rows: list[dict]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({
        "id": [r["article"]["id"] for r in rows],
        "source": [r["article"].get("source") for r in rows],
        "is_signing": [bool(r.get("is_signing")) for r in rows],
        "signings": [len(r.get("signings") or []) for r in rows],
        "record": [json.dumps(r, ensure_ascii=False) for r in rows],
    })
    with io.atomic_open(path, "wb") as f:
        pq.write_table(table, f, compression="zstd")
