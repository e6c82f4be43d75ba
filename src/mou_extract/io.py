"""Readers (folders, files, JSONL, stdin) and atomic writers.

Readers yield `Item`s lazily, one per article: either `text` (decoded, HTML converted
to plain text) or `error` (what went wrong and what the user can do). Evidence offsets
in a record refer to `Item.text`, i.e. to the text *after* decoding and, for HTML
input, after conversion to plain text.

Decoding bytes: UTF-8 (a BOM is stripped), UTF-16/32 with BOM, else cp1252 with a
warning, latin-1 last. Rejected as errors: empty input, binary data, input over the
size limit, JSONL lines that are not JSON objects with a string "text".
"""
from __future__ import annotations

import codecs
import datetime
import hashlib
import json
import os
import re
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, BinaryIO, Iterable, Iterator, Optional

DEFAULT_MAX_BYTES = 5_000_000
MAX_ID_LEN = 150
STDIN = "-"

ERR_EMPTY = "input is empty: no article text to extract; check that the scraper saved the article's text"
ERR_BINARY = ("input is not text (binary data such as an image, a PDF or an archive); "
              "pass the article as text or HTML")
WARN_CP1252 = "decoded as cp1252 (not valid UTF-8)"
WARN_LATIN1 = "decoded as latin-1 (not valid UTF-8 or cp1252)"
WARN_HTML = "converted from HTML"


class InputError(Exception):
    """An input that cannot be turned into text; the message goes to errors.jsonl."""


class UsageError(Exception):
    """The inputs named on the command line cannot be used at all (exit code 2)."""


@dataclass
class Item:
    """One article as read: `text` is set, or `error` says why it could not be read."""

    id: str
    source: str
    text: Optional[str] = None
    error: Optional[str] = None
    published: Optional[str] = None
    warnings: list[str] = field(default_factory=list)
    url: Optional[str] = None


# ---------------------------------------------------------------- decoding and checks

_MAGIC = (b"\x89PNG", b"PK\x03\x04", b"PK\x05\x06", b"%PDF", b"\x1f\x8b", b"\xff\xd8\xff",
          b"GIF87a", b"GIF89a", b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"\x7fELF", b"Rar!")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL_SHARE = 0.05
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
# Unicode category Cc (U+0000-001F, U+007F-009F) except the five whitespace controls \t\n\v\f\r
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# a character that is neither whitespace (str.isspace, as str.strip uses) nor invisible
_VISIBLE = re.compile(f"[^\\s{_INVISIBLE}]")


def too_large_message(n: int, limit: int) -> str:
    return f"input is {n} bytes, over the limit of {limit} bytes; split it or raise --max-bytes"


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode an input file's bytes; returns (text, warnings) or raises InputError."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), []
            except UnicodeDecodeError:
                if codec != "utf-8-sig":
                    raise InputError(f"input starts with a {codec.upper()} byte-order mark but "
                                     f"is not valid {codec.upper()}; re-save it as UTF-8") from None
                data = data[len(bom):]
                break
    if any(data.startswith(m) for m in _MAGIC):
        raise InputError(ERR_BINARY)
    if b"\x00" in data[:65536]:
        codec = utf16_without_bom(data)
        if codec is None:
            raise InputError(ERR_BINARY)
        try:
            return data.decode(codec), [f"decoded as {codec.upper()} (no byte-order mark)"]
        except UnicodeDecodeError:
            raise InputError(ERR_BINARY) from None
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), [WARN_CP1252]
    except UnicodeDecodeError:
        return data.decode("latin-1"), [WARN_LATIN1]


def utf16_without_bom(data: bytes) -> Optional[str]:
    """"utf-16-le"/"utf-16-be" when the bytes look like UTF-16 text without a BOM: mostly
    Latin script, so nearly every high byte is NUL and nearly no low byte is."""
    sample = data[:65536]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.7 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.7 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def is_binary_text(text: str) -> bool:
    """NUL characters, or a high share of control characters among the first 64k."""
    sample = text[:65536]
    if "\x00" in sample:
        return True
    controls = len(_CONTROL.findall(sample))
    return controls > _CONTROL_SHARE * max(len(sample), 1)


def is_blank(text: str) -> bool:
    """Nothing but whitespace and invisible characters (BOM, zero-width, soft hyphen)."""
    return _VISIBLE.search(text) is None


def prepare_text(text: str, warnings: list[str]) -> str:
    """Checks shared by every input kind; converts HTML. Raises InputError."""
    if is_blank(text):
        raise InputError(ERR_EMPTY)
    if is_binary_text(text):
        raise InputError(ERR_BINARY)
    if looks_like_html(text):
        text = html_to_text(text)
        warnings.append(WARN_HTML)
        if is_blank(text):
            raise InputError(ERR_EMPTY + " (no text was left after converting the HTML)")
    return text


# ---------------------------------------------------------------- HTML

_TAG = re.compile(r"<(?:[A-Za-z][A-Za-z0-9-]*|/[A-Za-z][A-Za-z0-9-]*|!--)[^>]*>", re.S)
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
                         re.I | re.S)
_DROP = {"script", "style", "nav", "footer", "noscript", "template", "svg", "iframe",
         "head", "form", "button", "select", "aside"}
_KEEP_IN_DROP = {"title"}  # the <title> inside <head> is kept
_BLOCK = {"p", "div", "section", "article", "header", "main", "h1", "h2", "h3", "h4", "h5",
          "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
          "figure", "figcaption", "title", "hr", "address", "center", "body"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed",
         "source", "track", "wbr", "param"}


def looks_like_html(text: str) -> bool:
    """Starts with <!doctype html> / <html>, or is mostly tags."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    tags = _TAG.findall(text[:65536])
    if len(tags) < 3:
        return False
    markup = sum(len(t) for t in tags)
    return markup >= 0.3 * len(text[:65536].strip())


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[str] = []  # open dropped elements
        self.keep = 0  # depth inside a kept element within a dropped one (<title>)

    def _dropping(self) -> bool:
        return bool(self.stack) and not self.keep

    def handle_starttag(self, tag, attrs):
        if tag == "body" and "head" in self.stack:  # <head> left unclosed
            del self.stack[self.stack.index("head"):]
        if tag in _KEEP_IN_DROP and self.stack:
            self.keep += 1
        elif tag in _DROP:
            if tag not in _VOID:
                self.stack.append(tag)
            return
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _KEEP_IN_DROP and self.keep:
            self.keep -= 1
            self.parts.append("\n\n")
            return
        if tag in _DROP:
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        if tag in _BLOCK and not self._dropping():
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self._dropping():
            self.parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))


def html_to_text(html: str) -> str:
    """Plain text of an HTML page: script/style/nav/footer dropped, blocks on their own
    lines separated by a blank line, inline whitespace collapsed."""
    p = _TextExtractor()
    p.feed(html)
    p.close()
    text = "".join(p.parts)
    lines = [ln.strip(" ") for ln in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


# ---------------------------------------------------------------- ids

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


def safe_id(raw: str) -> str:
    """A file stem that cannot escape the output folder: characters other than
    [A-Za-z0-9._-] become "_", no leading dot, at most 150 characters; when the id had to
    change, a short hash of the original keeps different ids apart."""
    raw = str(raw)
    s = _UNSAFE.sub("_", raw)
    if s == raw and not s.startswith(".") and 0 < len(s) <= MAX_ID_LEN:
        return s
    digest = hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    s = re.sub(r"^[._]+|_+$", "", s)[: MAX_ID_LEN - 9] or "article"
    return f"{s}-{digest}"


class IdRegistry:
    """Makes ids unique within one run: the second "x" becomes "x-2", then "x-3" ...
    (compared case-insensitively, for case-insensitive file systems)."""

    def __init__(self):
        self.seen: set[str] = set()

    def claim(self, raw: str) -> str:
        base = safe_id(raw)
        cand, n = base, 1
        while cand.lower() in self.seen:
            n += 1
            cand = f"{base}-{n}"
        self.seen.add(cand.lower())
        return cand


# ---------------------------------------------------------------- readers

_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|[T ])")


def _published(value, warnings: list[str]) -> Optional[str]:
    if value in (None, ""):
        return None
    m = _ISO_DATE.match(value) if isinstance(value, str) else None
    if not m:
        warnings.append(f"ignored published value {value!r} (not an ISO date YYYY-MM-DD)")
        return None
    return m.group(1)


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Optional[str], Optional[str], list[str]]:
    """(text, error, warnings) of one text or HTML file."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return None, too_large_message(size, max_bytes), []
        data = path.read_bytes()
    except OSError as e:
        return None, f"cannot read the file ({e.strerror or e}); check the path and its permissions", []
    if len(data) > max_bytes:
        return None, too_large_message(len(data), max_bytes), []
    try:
        text, warnings = decode_bytes(data)
        return prepare_text(text, warnings), None, warnings
    except InputError as e:
        return None, str(e), []
    except Exception as e:  # a reader bug must not stop the batch
        return None, _bug_message(e), []


def _bug_message(e: BaseException) -> str:
    return (f"reading failed: {type(e).__name__}: {e}; this is a bug in mou-extract, "
            "please report it with this input")


def _jsonl_item(raw: bytes, lineno: int, name: str, stem: str, max_bytes: int) -> Optional[Item]:
    """One JSONL line -> Item with a *raw* id (made unique later); None for blank lines."""
    source = f"{name}:{lineno}"
    fallback = f"{stem}_{lineno}"
    if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    if not raw.strip():
        return None
    if len(raw) > 6 * max_bytes + 65536:  # not worth parsing: its text must be over the limit
        return Item(fallback, source, error=f"line {lineno} of {name}: "
                    + too_large_message(len(raw), max_bytes))
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Item(fallback, source, error=f"line {lineno} of {name} is not valid UTF-8; "
                    "JSONL must be UTF-8: re-encode the file")
    except json.JSONDecodeError as e:
        return Item(fallback, source, error=f"line {lineno} of {name} is not valid JSON ({e.msg} at "
                    f"column {e.colno}); fix or remove the line")
    if not isinstance(obj, dict):
        return Item(fallback, source, error=f"line {lineno} of {name} is not a JSON object; "
                    'each line must be {"id": ..., "text": ...}')
    return _object_item(obj, f"line {lineno} of {name}", source, fallback, max_bytes)


def _object_item(obj: dict, where: str, source: str, fallback: str, max_bytes: int) -> Item:
    """An Item from one {"id", "text", "published"?, "url"?} object (a JSONL line, a
    Parquet row); `where` names it in error messages."""
    rid = obj.get("id")
    rid = fallback if rid in (None, "") or isinstance(rid, (dict, list)) else str(rid)
    text = obj.get("text")
    if not isinstance(text, str):
        what = "has no" if text is None else "has a non-string"
        return Item(rid, source, error=f'{where} {what} "text" field; '
                    'each input must be {"id": ..., "text": "..."}')
    warnings: list[str] = []
    published = _published(obj.get("published"), warnings)
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return Item(rid, source, error=too_large_message(size, max_bytes))
    try:
        text = prepare_text(text, warnings)
    except InputError as e:
        return Item(rid, source, error=str(e), published=published, url=url)
    return Item(rid, source, text=text, published=published, warnings=warnings, url=url)


def read_jsonl(stream: BinaryIO, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Items of a JSONL stream, one per non-blank line (ids not yet unique)."""
    stem = Path(name).stem if name != "<stdin>" else "stdin"
    for lineno, raw in enumerate(stream, 1):
        try:
            item = _jsonl_item(raw, lineno, name, stem, max_bytes)
        except Exception as e:  # a reader bug must not stop the batch
            item = Item(f"{stem}_{lineno}", f"{name}:{lineno}", error=_bug_message(e))
        if item is not None:
            yield item


PARQUET_COLUMNS = ("id", "text", "published", "url")


def read_parquet(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, batch_rows: int = 1024) -> Iterator[Item]:
    """Items of a Parquet file with a `text` column (and optional id, published, url),
    read in row batches so memory stays flat."""
    name, stem = str(path), path.stem
    try:
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(path)
        cols = [c for c in PARQUET_COLUMNS if c in pf.schema_arrow.names]
        if "text" not in cols:
            raise InputError(f'{name} has no "text" column; a Parquet input needs one '
                             '(and optionally id, published, url)')
        batches = pf.iter_batches(batch_size=batch_rows, columns=cols)
    except InputError as e:
        yield Item(stem, name, error=str(e))
        return
    except Exception as e:
        yield Item(stem, name, error=f"cannot read {name} as Parquet ({type(e).__name__}: {e}); "
                   "check that the file is a complete Parquet file")
        return
    row = 0
    for batch in batches:
        for obj in batch.to_pylist():
            row += 1
            source = f"{name}:{row}"
            try:
                if isinstance(obj.get("published"), (datetime.date, datetime.datetime)):
                    obj["published"] = obj["published"].isoformat()
                yield _object_item(obj, f"row {row} of {name}", source, f"{stem}_{row}", max_bytes)
            except Exception as e:  # a reader bug must not stop the batch
                yield Item(f"{stem}_{row}", source, error=_bug_message(e))


@dataclass
class Source:
    """One thing to read: a text file, a JSONL file, or stdin."""

    kind: str  # "file" | "jsonl" | "parquet" | "stdin"
    path: Optional[Path] = None

    @property
    def name(self) -> str:
        return "<stdin>" if self.kind == "stdin" else str(self.path)


_SUFFIX_KINDS = {".jsonl": "jsonl", ".parquet": "parquet"}


def resolve_inputs(specs: Iterable[str]) -> list[Source]:
    """Expand command-line inputs into sources (folders -> their *.txt files, sorted by
    name). Raises UsageError for a path that does not exist or when nothing is found."""
    sources: list[Source] = []
    stdin_seen = False
    for spec in specs:
        if spec == STDIN:
            if stdin_seen:
                raise UsageError("'-' (stdin) given more than once")
            stdin_seen = True
            sources.append(Source("stdin"))
            continue
        p = Path(spec)
        if p.is_dir():
            found = sorted((f for f in p.iterdir()
                            if f.suffix.lower() == ".txt" and not f.name.startswith(".") and f.is_file()),
                           key=lambda f: f.name)
            if not found:
                raise UsageError(f"no .txt files in folder {spec}")
            sources.extend(Source("file", f) for f in found)
        elif p.exists():
            sources.append(Source(_SUFFIX_KINDS.get(p.suffix.lower(), "file"), p))
        else:
            raise UsageError(f"no such file or folder: {spec}")
    if not sources:
        raise UsageError("no inputs given")
    return sources


def iter_items(sources: Iterable[Source], max_bytes: int = DEFAULT_MAX_BYTES,
               stdin: Optional[BinaryIO] = None) -> Iterator[Item]:
    """Lazily read every source; ids are sanitised and unique within the run."""
    ids = IdRegistry()
    for src in sources:
        if src.kind == "file":
            text, error, warnings = read_file(src.path, max_bytes)
            items: Iterable[Item] = [Item(src.path.stem, str(src.path), text=text, error=error,
                                          warnings=warnings)]
        elif src.kind == "jsonl":
            items = _read_jsonl_path(src.path, max_bytes)
        elif src.kind == "parquet":
            items = read_parquet(src.path, max_bytes)
        else:
            items = read_jsonl(stdin if stdin is not None else sys.stdin.buffer, "<stdin>", max_bytes)
        for item in items:
            item.id = ids.claim(item.id)
            yield item


def _read_jsonl_path(path: Path, max_bytes: int) -> Iterator[Item]:
    try:
        f = path.open("rb")
    except OSError as e:
        yield Item(path.stem, str(path), error=f"cannot read the file ({e.strerror or e}); "
                   "check the path and its permissions")
        return
    with f:
        yield from read_jsonl(f, str(path), max_bytes)


# ---------------------------------------------------------------- writers

def dumps_record(data: dict) -> str:
    """The pretty, deterministic JSON of one record file."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def dumps_line(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False) + "\n"


_UMASK: list[int] = []


def _umask() -> int:
    if not _UMASK:
        _UMASK.append(os.umask(0o022))
        os.umask(_UMASK[0])
    return _UMASK[0]


@contextmanager
def atomic_open(path: Path, mode: str = "w") -> Iterator[IO]:
    """Write to a temp file in the same folder, then os.replace() it onto `path`; on an
    exception the temp file is removed and `path` is left as it was."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8",
                       newline=None if "b" in mode else "\n") as f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_text_atomic(path: Path, text: str) -> None:
    with atomic_open(path) as f:
        f.write(text)
