"""A self-contained HTML report of a run: charts, events, articles with their evidence.

    html = build_report(records, out_path=Path("report.html"), records_dir=Path("data/out"))

Charts (inline SVG, see charts.py): signings (events) per month, per province (ranked by
Kemendagri province code), parties by kind, scope labels, top signatories. Then a table
of events (one per real-world signing, see events.py) linking to each source article;
each article shows its record and its text with the evidence highlighted (highlight.py).
Everything is inline (template, CSS, JS in data/report.*); the page loads nothing.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from html import escape
from pathlib import Path
from string import Template
from typing import Optional

from . import charts
from .evaluate import same_person
from .events import build_events, event_of, signing_id
from .highlight import TextFinder, render

DATA = Path(__file__).parent / "data"
TOP_SIGNATORIES = 15
KIND_LABELS = {"national_institution": "national institution", "regional_government": "regional government",
               "university": "university", "enterprise": "enterprise", "other": "other"}


def _data(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# ---------------------------------------------------------------- counts

def _provinces(e: dict) -> set[tuple[str, str]]:
    out = set()
    for p in e["parties"]:
        r = p.get("region")
        if r and r.get("code"):
            out.add((r["code"].split(".")[0], r.get("province") or r.get("name") or ""))
    return out


def chart_data(events: list[dict]) -> dict[str, list[tuple[str, int]]]:
    """The (label, count) series of every chart; counts are events (real signings)."""
    months = Counter(e["date"]["value"][:7] for e in events if e["date"])
    month_axis = charts.months_between(min(months), max(months)) if months else []
    prov = Counter(p for e in events for p in _provinces(e))
    kinds = Counter(p["kind"] for e in events for p in e["parties"])
    scope = Counter(s["label"] for e in events for s in e["scope"])
    people: list[list] = []  # [event ids, role counts, name counts]; spelling variants merged
    for e in events:
        for p in e["signatories"]:
            g = next((g for g in people if same_person(g[2].most_common(1)[0][0], p["name"])), None)
            if g is None:
                g = [set(), Counter(), Counter()]
                people.append(g)
            g[0].add(e["event_id"])
            g[1][p.get("role") or ""] += 1
            g[2][p["name"]] += 1
    top = sorted(people, key=lambda v: (-len(v[0]), v[2].most_common(1)[0][0]))[:TOP_SIGNATORIES]
    return {
        "month": [(m, months.get(m, 0)) for m in month_axis],
        "province": [(f"{code} {name}", n) for (code, name), n in sorted(prov.items(), key=lambda x: (-x[1], x[0]))],
        "kind": [(KIND_LABELS.get(k, k), n) for k, n in sorted(kinds.items(), key=lambda x: (-x[1], x[0]))],
        "scope": sorted(scope.items(), key=lambda x: (-x[1], x[0])),
        "signatory": [(_person_label(v[2].most_common(1)[0][0], v[1].most_common(1)[0][0]), len(v[0]))
                      for v in top],
    }


def _person_label(name: str, role: str) -> str:
    return f"{name} ({role})" if role else name


# ---------------------------------------------------------------- sections

def _summary(records: list[dict], events: list[dict]) -> str:
    n_sign = sum(len(r.get("signings") or []) for r in records)
    multi = sum(len(e["sources"]) > 1 for e in events)
    cards = [("articles", len(records)), ("articles reporting a signing", sum(bool(r.get("is_signing")) for r in records)),
             ("signings reported", n_sign), ("real signings (events)", len(events)),
             ("events with several sources", multi)]
    return "".join(f'<div class="card"><b>{n}</b><span>{escape(label)}</span></div>' for label, n in cards)


def _charts(events: list[dict]) -> str:
    d = chart_data(events)
    no_region = sum(not _provinces(e) for e in events)
    blocks = [
        ("Signings per month", charts.vbar(d["month"], "month"), "events by the date of signing"),
        ("Signings per province", charts.hbar(d["province"], "province"),
         f"by Kemendagri province code; an event counts once per province of its regional parties"
         f"{f'; {no_region} without a regional party' if no_region else ''}"),
        ("Parties by kind", charts.hbar(d["kind"], "kind"), "distinct parties per event"),
        ("Scope labels", charts.hbar(d["scope"], "scope"), "events whose agreement covers the label"),
        ("Top signatories", charts.hbar(d["signatory"], "signatory", label_w=330), "number of events signed"),
    ]
    return "".join(f'<figure class="panel"><figcaption><h3>{escape(t)}</h3><small>{escape(note)}</small>'
                   f'</figcaption>{svg}</figure>' for t, svg, note in blocks)


def _party_names(e: dict) -> str:
    return "<br>".join(escape(p["name"] or "") + (f' <small>{escape(p["region"]["code"])}</small>'
                                                   if p.get("region") else "") for p in e["parties"])


def _events_table(events: list[dict]) -> str:
    rows = []
    for e in events:
        d, v = e["date"] or {}, e["venue"] or {}
        sources = "<br>".join(
            f'<a href="#art-{escape(s["article_id"])}">{escape(s["outlet"] or s["article_id"])}</a>'
            for s in e["sources"])
        people = "<br>".join(escape(p["name"]) + (f' <small>{escape(p["role"])}</small>' if p.get("role") else "")
                             for p in e["signatories"])
        rows.append(
            f'<tr id="{escape(e["event_id"])}"><td class="nowrap">{escape(d.get("value") or "?")}'
            f'<br><small class="id">{escape(e["event_id"])}</small></td>'
            f'<td>{_party_names(e)}</td><td>{people}</td>'
            f'<td>{escape((e["document_type"] or "").replace("_", " "))}</td>'
            f'<td>{escape(" · ".join(x for x in (v.get("name"), v.get("city")) if x))}</td>'
            f'<td>{escape(", ".join(s["label"] for s in e["scope"]))}</td>'
            f'<td class="num">{len(e["sources"])}</td><td>{sources}</td></tr>')
    return "".join(rows)


def _record_href(rec: dict, records_dir: Optional[Path], out_path: Optional[Path]) -> Optional[str]:
    if records_dir is None:
        return None
    f = Path(records_dir) / f"{rec['article']['id']}.json"
    if not f.is_file():
        return None
    base = Path(out_path).resolve().parent if out_path else Path.cwd()
    return Path(os.path.relpath(f.resolve(), base)).as_posix()


def _article(rec: dict, text: Optional[str], eids: dict[str, str], href: Optional[str]) -> str:
    a = rec["article"]
    meta = " · ".join(escape(x) for x in (a.get("outlet"), a.get("published"), a.get("source")) if x)
    links = [f'<a href="#{escape(eids[signing_id(a["id"], i)])}">event {escape(eids[signing_id(a["id"], i)])}</a>'
             for i in range(len(rec.get("signings") or []))]
    if href:
        links.append(f'<a href="{escape(href)}">record {escape(a["id"])}.json</a>')
    if text is not None:
        body = f'<div class="text">{render(text, rec)}</div>'
    else:
        from .highlight import spans

        items = "".join(f'<li><mark class="k-{k}">{escape(t)}</mark> <small>{escape(label)} [{s}:{e}]</small></li>'
                        for s, e, t, k, label in spans(rec))
        body = (f'<p class="missing">The article text was not found at its source (give its folder with '
                f'--inputs); the evidence alone:</p><ul class="evidence">{items}</ul>')
    record_json = escape(json.dumps(rec, ensure_ascii=False, indent=1))
    return (f'<section class="article" id="art-{escape(a["id"])}"><h3>{escape(a.get("title") or a["id"])}</h3>'
            f'<p class="meta">{meta}</p><p class="links">{" · ".join(links)}</p>{body}'
            f'<details><summary>record</summary><pre>{record_json}</pre></details></section>')


def build_report(records: list[dict], out_path: Optional[Path] = None, records_dir: Optional[Path] = None,
                 inputs: Optional[list[Path]] = None, title: str = "Agreement signings") -> str:
    """The report page as one HTML string."""
    events = build_events(records)
    eids = event_of(events)
    finder = TextFinder(inputs)
    signing_recs = [r for r in records if r.get("signings")]
    texts = {r["article"]["id"]: finder.load_text(r) for r in signing_recs}
    articles = "".join(_article(r, texts[r["article"]["id"]], eids, _record_href(r, records_dir, out_path))
                       for r in signing_recs)
    n_missing = sum(t is None for t in texts.values())
    note = (f'<p class="missing">{n_missing} of {len(texts)} article texts were not found; their evidence is '
            f'listed without context.</p>' if n_missing else "")
    page = Template(_data("report.html")).substitute(
        title=escape(title), css=_data("report.css"), js=_data("report.js"),
        summary=_summary(records, events), charts=_charts(events), events=_events_table(events),
        n_events=len(events), articles=note + articles)
    return page

