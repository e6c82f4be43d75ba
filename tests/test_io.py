"""Readers, decoding, HTML conversion, ids and atomic writes (mou_extract.io)."""
import io as stdio
import json
import os
import random
from pathlib import Path

import pytest

from mou_extract import io

PNG = b"\x89PNG\r\n\x1a\n" + bytes(random.Random(1).randrange(256) for _ in range(2000))


def item_of(tmp_path: Path, name: str, data: bytes, **kw) -> io.Item:
    p = tmp_path / name
    p.write_bytes(data)
    (item,) = list(io.iter_items(io.resolve_inputs([str(p)]), **kw))
    return item


# ------------------------------------------------------------------ decoding

def test_utf8_with_bom_is_stripped(tmp_path):
    it = item_of(tmp_path, "a.txt", "\ufeffPemkot Batu".encode("utf-8"))
    assert it.text == "Pemkot Batu" and it.error is None and it.warnings == []


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_32_with_bom(tmp_path, codec):
    data = "Kerja sama “pelayanan” café".encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    it = item_of(tmp_path, "a.txt", data)
    assert it.text == "Kerja sama “pelayanan” café" and it.warnings == []


def test_cp1252_decoded_with_warning(tmp_path):
    it = item_of(tmp_path, "a.txt", "Kata “café” di Batu".encode("cp1252"))
    assert it.text == "Kata “café” di Batu"
    assert it.warnings == [io.WARN_CP1252]


def test_latin1_last(tmp_path):
    # 0x81 is undefined in cp1252
    it = item_of(tmp_path, "a.txt", b"Batu \x81 caf\xe9 " + b"kata " * 50)
    assert it.error is None and it.warnings == [io.WARN_LATIN1]
    assert "café" in it.text


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\u00a0\n\u200b\ufeff".encode()])
def test_empty_is_error(tmp_path, data):
    it = item_of(tmp_path, "a.txt", data)
    assert it.text is None and it.error == io.ERR_EMPTY


@pytest.mark.parametrize("data", [PNG, b"PK\x03\x04rest of a zip", b"some text\x00with a NUL",
                                  bytes(range(1, 9)) * 100 + b"a few letters"])
def test_binary_is_error(tmp_path, data):
    it = item_of(tmp_path, "a.bin", data)
    assert it.text is None and it.error == io.ERR_BINARY


def test_too_large_names_size_and_remedy(tmp_path):
    it = item_of(tmp_path, "a.txt", b"x" * 101, max_bytes=100)
    assert it.text is None
    assert "101 bytes" in it.error and "--max-bytes" in it.error


def test_unreadable_file_is_error_not_crash(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_text("teks")

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    (it,) = io.iter_items(io.resolve_inputs([str(p)]))
    assert it.text is None
    assert it.error.startswith("cannot read the file (Permission denied)")


# ------------------------------------------------------------------ HTML

HTML = """<!DOCTYPE html>
<html><head><title>MoU Pemkot Batu</title><style>p {color: red}</style>
<script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Beranda</a> <a>Berita</a></nav>
<article><h1>Penandatanganan MoU</h1>
<p>Batu &ndash; Pemerintah   Kota Batu dan
Ombudsman RI menandatangani <b>Nota Kesepakatan</b>.</p><p>Kedua<br>baris</p></article>
<footer>Hak cipta 2025</footer></body></html>"""


def test_html_converted_with_warning(tmp_path):
    it = item_of(tmp_path, "a.html", HTML.encode())
    assert it.warnings == [io.WARN_HTML]
    t = it.text
    assert "Batu – Pemerintah Kota Batu dan Ombudsman RI menandatangani Nota Kesepakatan." in t
    assert "MoU Pemkot Batu" in t and "Penandatanganan MoU" in t
    for dropped in ("color", "not text", "Beranda", "Hak cipta", "<"):
        assert dropped not in t
    paras = t.strip().split("\n\n")
    assert paras[0] == "MoU Pemkot Batu" and paras[1] == "Penandatanganan MoU"
    assert "Kedua\nbaris" in t


def test_unclosed_head_does_not_swallow_body():
    t = io.html_to_text("<html><head><title>Judul</title><meta charset=utf-8><body><p>Isi berita</p>")
    assert t == "Judul\n\nIsi berita\n"


def test_mostly_tags_is_html_but_text_with_a_tag_is_not():
    assert io.looks_like_html("<div><p>Satu</p><p>Dua</p></div>")
    plain = "Wali Kota menandatangani <MoU> dengan Ombudsman. " * 5
    assert not io.looks_like_html(plain)


def test_html_without_text_is_empty_error(tmp_path):
    it = item_of(tmp_path, "a.html", b"<html><script>x()</script></html>")
    assert it.text is None and it.error.startswith(io.ERR_EMPTY)


# ------------------------------------------------------------------ JSONL

def jsonl_items(lines, **kw):
    data = "".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) + "\n"
                   for line in lines).encode()
    return list(io.iter_items([io.Source("stdin")], stdin=stdio.BytesIO(data), **kw))


def test_jsonl_lines_and_errors():
    items = jsonl_items([
        {"id": "a", "text": "Teks A", "published": "2024-04-04", "url": "http://x"},
        "not json\n",
        "\n",
        {"id": "b"},
        {"id": "c", "text": 5},
        {"text": "Tanpa id", "published": "2024-04-04T10:00:00+07:00"},
        [1, 2],
        {"id": "d", "text": "Teks D", "published": "kemarin"},
    ])
    assert [i.id for i in items] == ["a", "stdin_2", "b", "c", "stdin_6", "stdin_7", "d"]
    a, bad, b, c, noid, arr, d = items
    assert (a.text, a.published, a.url, a.source) == ("Teks A", "2024-04-04", "http://x", "<stdin>:1")
    assert "line 2 of <stdin> is not valid JSON" in bad.error and bad.source == "<stdin>:2"
    assert 'no "text"' in b.error and "line 4" in b.error
    assert 'non-string "text"' in c.error
    assert noid.text == "Tanpa id" and noid.published == "2024-04-04"
    assert "not a JSON object" in arr.error
    assert d.published is None and "kemarin" in d.warnings[0]


def test_jsonl_text_checks_apply():
    items = jsonl_items([{"id": "e", "text": "  "}, {"id": "big", "text": "x" * 50},
                         {"id": "h", "text": "<html><body><p>Isi</p></body></html>"}], max_bytes=40)
    assert items[0].error == io.ERR_EMPTY
    assert "over the limit" in items[1].error
    assert items[2].text == "Isi\n" and items[2].warnings == [io.WARN_HTML]


def test_jsonl_file_source_names_path_and_line(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text('{"id": "x", "text": "Satu"}\n{oops\n', encoding="utf-8")
    items = list(io.iter_items(io.resolve_inputs([str(p)])))
    assert [i.source for i in items] == [f"{p}:1", f"{p}:2"]
    assert str(p) in items[1].error and "line 2" in items[1].error


# ------------------------------------------------------------------ ids

@pytest.mark.parametrize("raw", ["../../etc/passwd", "/etc/passwd", "a/b\\c", "x\x00y", "..", ".",
                                 "", "a" * 400, "C:\\Windows\\x", "~/.ssh/id"])
def test_safe_id_stays_inside(tmp_path, raw):
    s = io.safe_id(raw)
    assert s and len(s) <= io.MAX_ID_LEN
    assert "/" not in s and "\\" not in s and "\x00" not in s and not s.startswith(".")
    target = (tmp_path / f"{s}.json").resolve()
    assert target.parent == tmp_path.resolve()


def test_safe_id_keeps_good_ids_and_separates_changed_ones():
    assert io.safe_id("000_c014fffb75e2940a") == "000_c014fffb75e2940a"
    assert io.safe_id("dev-01.v2") == "dev-01.v2"
    assert io.safe_id("a/b") != io.safe_id("a_b") and io.safe_id("a/b") != io.safe_id("a:b")
    assert io.safe_id("a" * 400) != io.safe_id("a" * 401)


def test_duplicate_ids_get_suffixes():
    reg = io.IdRegistry()
    assert [reg.claim(x) for x in ["a", "a", "b", "A", "a"]] == ["a", "a-2", "b", "A-3", "a-4"]


def test_folder_sorted_txt_only(tmp_path):
    for name in ["b.txt", "a.txt", "c.md", ".hidden.txt", "C.TXT"]:
        (tmp_path / name).write_text("teks")
    (tmp_path / "sub").mkdir()
    srcs = io.resolve_inputs([str(tmp_path)])
    assert [s.path.name for s in srcs] == ["C.TXT", "a.txt", "b.txt"]


def test_resolve_usage_errors(tmp_path):
    with pytest.raises(io.UsageError, match="no such file"):
        io.resolve_inputs([str(tmp_path / "nope")])
    with pytest.raises(io.UsageError, match="no .txt files"):
        io.resolve_inputs([str(tmp_path)])
    with pytest.raises(io.UsageError):
        io.resolve_inputs(["-", "-"])


def test_readers_are_lazy(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"teks {i}")
    it = io.iter_items(io.resolve_inputs([str(tmp_path)]))
    assert next(it).text == "teks 0"
    (tmp_path / "2.txt").write_text("diubah")  # read only when reached
    assert [i.text for i in it] == ["teks 1", "diubah"]


# ------------------------------------------------------------------ atomic writes

def test_atomic_write_replaces_and_leaves_no_temp(tmp_path):
    p = tmp_path / "x.json"
    p.write_text("old")
    io.write_text_atomic(p, "new “ü”\n")
    assert p.read_text(encoding="utf-8") == "new “ü”\n"
    assert sorted(os.listdir(tmp_path)) == ["x.json"]
    assert (p.stat().st_mode & 0o777) == 0o666 & ~io._umask()


def test_atomic_write_failure_keeps_old_and_no_temp(tmp_path):
    p = tmp_path / "x.json"
    p.write_text("old")
    with pytest.raises(RuntimeError):
        with io.atomic_open(p) as f:
            f.write("half")
            raise RuntimeError("boom")
    assert p.read_text() == "old"
    assert sorted(os.listdir(tmp_path)) == ["x.json"]


def test_dumps_record_deterministic():
    d = {"b": "é", "a": [1, {"z": None}]}
    assert io.dumps_record(d) == io.dumps_record(json.loads(io.dumps_record(d)))
    assert "é" in io.dumps_record(d) and io.dumps_line(d).count("\n") == 1


def test_reader_bug_becomes_error_item(tmp_path, monkeypatch):
    def broken(text):
        raise AssertionError("parser state")

    monkeypatch.setattr(io, "html_to_text", broken)
    (tmp_path / "a.txt").write_text("<html><p>x</p></html>")
    (tmp_path / "b.txt").write_text("teks biasa")
    a, b = io.iter_items(io.resolve_inputs([str(tmp_path)]))
    assert a.text is None and "AssertionError: parser state" in a.error
    assert b.text == "teks biasa"
    (item,) = jsonl_items([{"id": "h", "text": "<html><p>x</p></html>"}])
    assert item.id == "stdin_1" and "AssertionError" in item.error


def test_control_and_blank_classes_match_their_unicode_definitions():
    """is_binary_text counts Unicode category Cc minus the whitespace controls; is_blank is
    'nothing left after removing invisibles and str.strip()': both checked on every code
    point, so the compiled classes cannot drift from the definitions."""
    import sys
    import unicodedata

    allowed = set("\t\n\r\f\v")
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        is_control = unicodedata.category(c) == "Cc" and c not in allowed
        assert bool(io._CONTROL.fullmatch(c)) == is_control, hex(cp)
        blank = not c.translate({ord(x): None for x in io._INVISIBLE}).strip()
        assert io.is_blank(c) == blank, hex(cp)
    assert io.is_blank(" \u00a0\ufeff\u200b\n") and not io.is_blank(" \u00a0x ")
    text = "Nota kesepakatan " * 40
    assert not io.is_binary_text(text + "\x07")            # one bell in 700 characters
    assert io.is_binary_text(text[:60] + "\x01\x02\x03\x04")  # over 5 % controls
