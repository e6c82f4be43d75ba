"""The HTML report (mou_extract.report, `report` command), also in a real headless Chromium."""
import html
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chromium_cdp import Chromium, find_chromium
from mou_extract import events as ev
from mou_extract.cli import app
from mou_extract.highlight import spans
from mou_extract.report import build_report, chart_data
from signing_fixtures import EVENT_A, EVENT_B, EVENTS_DIR, NOT_SIGNING, records, write_run

runner = CliRunner()


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """(records folder, report path, html) written by the `report` command."""
    tmp = tmp_path_factory.mktemp("report")
    run = write_run(tmp / "out")
    out = tmp / "site" / "report.html"
    res = runner.invoke(app, ["report", str(run), "-o", str(out)])
    assert res.exit_code == 0, res.output
    return run, out, out.read_text(encoding="utf-8")


def section(page_html: str, article_id: str) -> str:
    m = re.search(rf'<section class="article" id="art-{re.escape(article_id)}">(.*?)</section>', page_html, re.S)
    assert m, article_id
    return m.group(1)


def plain(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_chart_data_counts_events():
    d = chart_data(ev.build_events(records()))
    assert d["month"] == [("2026-03", 2)]  # five articles, two real signings
    assert d["province"] == [("33 Jawa Tengah", 2)]
    assert dict(d["kind"]) == {"regional government": 2, "national institution": 1, "enterprise": 1}
    # (event B: "perjanjian kerja sama tentang penyelenggaraan program jaminan kesehatan" + "kerja
    # sama itu juga mencakup pertukaran data": the statement adds to the subject, `other` counts too)
    assert dict(d["scope"]) == {"legal_assistance": 1, "data_exchange": 1, "other": 1}
    assert ("Hendra Wiratama (Bupati Banyumas)", 1) in d["signatory"]


def test_events_table_links_every_source(page):
    _, _, text = page
    rows = re.findall(r'<tr id="(ev-[0-9a-f]{12})">(.*?)</tr>', text, re.S)
    assert len(rows) == 2
    linked = {eid: re.findall(r'href="#art-([^"]+)"', row) for eid, row in rows}
    assert sorted(sorted(v) for v in linked.values()) == sorted([EVENT_A, EVENT_B])
    for aid in EVENT_A + EVENT_B:
        assert f'id="art-{aid}"' in text
    assert f'id="art-{NOT_SIGNING[0]}"' not in text


def test_article_text_with_every_evidence_highlighted(page):
    run, out, text = page
    for rec in records():
        if not rec["signings"]:
            continue
        aid = rec["article"]["id"]
        body = section(text, aid)
        source_text = (EVENTS_DIR / f"{aid}.txt").read_text(encoding="utf-8")
        shown = re.search(r'<div class="text">(.*?)</div>', body, re.S).group(1)
        assert plain(shown) == source_text  # the whole text, unchanged
        marked = "".join(re.findall(r"<mark[^>]*>(.*?)</mark>", shown, re.S))
        for start, end, ev_text, kind, label in spans(rec):
            assert html.escape(label) in shown, label  # each span has its tooltip
        for p in rec["signings"][0]["parties"]:
            assert html.unescape(p["evidence"]["text"]) in html.unescape(marked)
        href = re.search(r'href="([^"#]+\.json)"', body).group(1)
        assert (out.parent / href).resolve() == (run / f"{aid}.json").resolve()


def test_self_contained(page):
    _, _, text = page
    assert "Content-Security-Policy" in text and "default-src 'none'" in text
    assert not re.search(r'\s(src|href)="(https?:)?//', text)
    assert not re.search(r"<link[^>]+stylesheet|<script[^>]+src=", text)
    assert text.count('<svg class="chart"') == 5


def test_missing_text_falls_back_to_evidence_then_inputs(tmp_path):
    recs = records()
    for r in recs:  # as if extracted elsewhere: the recorded source path does not exist here
        r["article"]["source"] = "elsewhere/" + Path(r["article"]["source"]).name
    page_html = build_report(recs, tmp_path / "r.html")
    body = section(page_html, "a1_antara")
    assert 'class="text"' not in body and "not found" in body
    assert html.escape(recs[0]["signings"][0]["parties"][0]["evidence"]["text"]) in body
    found = build_report(recs, tmp_path / "r.html", inputs=[EVENTS_DIR])
    assert 'class="text"' in section(found, "a1_antara") and "not found" not in found
    changed = tmp_path / "in"
    changed.mkdir()
    for p in EVENTS_DIR.glob("*.txt"):  # an input edited since: offsets no longer match
        (changed / p.name).write_text("Berita lain.\n" + p.read_text(encoding="utf-8"), encoding="utf-8")
    assert 'class="text"' not in section(build_report(recs, None, inputs=[changed]), "a1_antara")


def test_cli_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    for args in (["report", str(tmp_path / "nope")], ["report", str(tmp_path / "empty")]):
        res = runner.invoke(app, args)
        assert res.exit_code == 2, res.output
    run = write_run(tmp_path / "out")
    res = runner.invoke(app, ["report", str(run), "-q"])
    assert res.exit_code == 0 and (run / "report.html").is_file()


# ---------------------------------------------------------------- in a real browser

CHECK_JS = """(() => {
  const charts = [...document.querySelectorAll('svg.chart')].map(svg => ({
    name: svg.dataset.chart,
    bars: [...svg.querySelectorAll('rect.bar')].map(r => {
      const b = r.getBoundingClientRect(); return [b.width, b.height]; }),
    labels: [...svg.querySelectorAll('text.label')].map(t => t.textContent)}));
  const rows = document.querySelectorAll('table.events tbody tr');
  const f = document.getElementById('filter');
  f.value = 'BPJS'; f.dispatchEvent(new Event('input'));
  const shown = [...rows].filter(r => !r.hidden).length;
  const status = document.getElementById('shown').textContent;
  f.value = ''; f.dispatchEvent(new Event('input'));
  return {charts, rows: rows.length, shown, status,
          marks: document.querySelectorAll('.text mark').length,
          width: document.documentElement.scrollWidth};
})()"""


@pytest.fixture(scope="module")
def chromium():
    exe = find_chromium()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is required in CI (.ci/run installs it)")
        pytest.skip("chromium not installed (apt-get install chromium); the browser test needs it")
    return exe


def test_report_in_chromium(page, chromium, tmp_path):
    _, out, _ = page
    with Chromium(chromium) as browser:
        browser.open(out.resolve().as_uri())
        assert browser.errors() == []
        got = browser.evaluate(CHECK_JS)
        png = browser.screenshot(tmp_path / "report.png")
    d = chart_data(ev.build_events(records()))
    charts = {c["name"]: c for c in got["charts"]}
    assert set(charts) == {"month", "province", "kind", "scope", "signatory"}
    for name, chart in charts.items():
        assert len(chart["bars"]) == len(d[name]), name
        assert all(w > 0 and h > 0 for w, h in chart["bars"]), name  # drawn, not just in the DOM
    assert charts["province"]["labels"] == ["33 Jawa Tengah"]
    assert got["rows"] == 2 and got["shown"] == 1 and got["status"] == "1 of 2 events shown"
    assert got["marks"] > 20
    assert got["width"] <= 1280  # no horizontal overflow at 1280 px
    assert png.startswith(b"\x89PNG") and len(png) > 50_000
