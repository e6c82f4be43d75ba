"""Scoring records against gold records: per-field precision / recall / F1.

The same semantics as the shared scorer (shared/tools/score.py), as library functions:
slot filling, where a wrong value counts as one false positive and one false negative;
list fields (parties, signatories, attendees, scope) are matched greedily in gold order;
signings are aligned by date first, then in order. `core_micro` pools the core fields.

    from mou_extract.evaluate import evaluate_dirs
    result = evaluate_dirs(Path("gold"), Path("out"))
    result.scores["core_micro"]["f1"]
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Callable, Optional

DEGREES = (r"(drs|dra|dr|ir|prof|h|hj|kh|s\.?h|s\.?e|s\.?pd|s\.?sos|s\.?ip|s\.?stp|s\.?t|s\.?kom|"
           r"s\.?ag|s\.?hi|m\.?hum|m\.?h|m\.?si|m\.?ap|m\.?m|m\.?pd|m\.?kes|m\.?eng|m\.?sc|m\.?t|"
           r"a\.?p|ph\.?d|mba|se|sh|mh|msi|mm|ak|cpa)")
_DEGREE = re.compile(DEGREES + r"\.?")
ABBR = {
    "pemkab": "pemerintah kabupaten", "pemkot": "pemerintah kota", "pemprov": "pemerintah provinsi",
    "pemda": "pemerintah daerah", "ri": "republik indonesia", "kab": "kabupaten", "prov": "provinsi",
    "sekda": "sekretaris daerah", "setda": "sekretariat daerah", "setdakab": "sekretariat daerah kabupaten",
    "pj": "penjabat", "plt": "pelaksana tugas", "plh": "pelaksana harian", "kabag": "kepala bagian",
    "kadis": "kepala dinas", "walikota": "wali kota", "wawali": "wakil wali kota", "wabup": "wakil bupati",
    "kaltim": "kalimantan timur", "kalsel": "kalimantan selatan", "kalbar": "kalimantan barat",
    "kalteng": "kalimantan tengah", "kaltara": "kalimantan utara", "jateng": "jawa tengah",
    "jatim": "jawa timur", "jabar": "jawa barat", "sumbar": "sumatera barat", "sumut": "sumatera utara",
    "sumsel": "sumatera selatan", "sulsel": "sulawesi selatan", "sulut": "sulawesi utara",
    "sulteng": "sulawesi tengah", "sultra": "sulawesi tenggara", "sulbar": "sulawesi barat",
    "ntb": "nusa tenggara barat", "ntt": "nusa tenggara timur", "diy": "daerah istimewa yogyakarta",
    "babel": "kepulauan bangka belitung", "kepri": "kepulauan riau", "ugm": "universitas gadjah mada",
}
CORE = ["date", "venue_name", "venue_city", "document_type", "parties", "signatories", "scope"]
FIELDS = CORE + ["attendees", "signatory_roles", "is_signing", "meta"]
META = ("title", "outlet", "published", "dateline")


# ---------------------------------------------------------------- normalisation, equality

def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def fold(s: Optional[str]) -> str:
    """Lower-case ASCII, punctuation dropped, common abbreviations expanded."""
    s = _ascii(s or "").lower()
    s = re.sub(r"[^a-z0-9./ -]+", " ", s)
    words = [ABBR.get(w.strip(".-"), w.strip(".-")) for w in s.split()]
    return " ".join(w for w in words if w)


def person(s: Optional[str]) -> str:
    """A person's name without degrees, honorifics and punctuation."""
    s = re.sub(r",.*$", "", s or "")  # degrees after a comma
    s = _ascii(s).lower()
    toks = [t for t in re.split(r"[\s]+", s) if t]
    toks = [t for t in toks if not _DEGREE.fullmatch(t.strip(","))]
    return " ".join(re.sub(r"[^a-z]", "", t) for t in toks if re.sub(r"[^a-z]", "", t))


def sim(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def same_person(a: Optional[str], b: Optional[str]) -> bool:
    a, b = person(a), person(b)
    if not a or not b:
        return False
    if a == b or sim(a, b) >= 0.85:
        return True
    ta, tb = set(a.split()), set(b.split())
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return small <= big and any(len(t) >= 4 for t in small)


def party_key(s: Optional[str]) -> str:
    s = re.sub(r"^(pemerintah )", "", fold(s))
    return s.replace(".", "").strip()


def same_party(a: dict, b: dict) -> bool:
    code = (a.get("region") or {}).get("code")
    if code and code == (b.get("region") or {}).get("code"):
        return True
    x, y = party_key(a.get("name")), party_key(b.get("name"))
    return bool(x) and (x == y or sim(x, y) >= 0.9)


def same_text(a: Optional[str], b: Optional[str], t: float = 0.8) -> bool:
    x, y = fold(a).replace(".", ""), fold(b).replace(".", "")
    return bool(x) and bool(y) and (x == y or x in y or y in x or sim(x, y) >= t)


def city_key(s: Optional[str]) -> str:
    return re.sub(r"^(kota|kabupaten|kab) ", "", fold(s)).strip()


def same_city(a: Optional[str], b: Optional[str]) -> bool:
    x, y = city_key(a), city_key(b)
    return bool(x) and bool(y) and (x == y or x in y or y in x)


def _equal(a, b) -> bool:
    return a == b


def _same_meta(a, b) -> bool:
    return same_text(str(a), str(b), 0.9)


def _same_named_person(a: dict, b: dict) -> bool:
    return same_person(a["name"], b["name"])


# ---------------------------------------------------------------- counting

class Tally:
    """True positives, false positives, false negatives of one field."""

    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def match_sets(gold: list, sys_: list, eq: Callable) -> tuple[int, int, int, list]:
    """Greedy matching in gold order: (tp, fp, fn, matched pairs)."""
    used, tp, pairs = set(), 0, []
    for g in gold:
        for j, s in enumerate(sys_):
            if j not in used and eq(g, s):
                used.add(j)
                tp += 1
                pairs.append((g, s))
                break
    return tp, len(sys_) - tp, len(gold) - tp, pairs


def single(g, s, eq: Callable) -> tuple[int, int, int]:
    """Slot with one value: (tp, fp, fn); a wrong value is one fp and one fn."""
    if g in (None, "") and s in (None, ""):
        return 0, 0, 0
    if g in (None, ""):
        return 0, 1, 0
    if s in (None, ""):
        return 0, 0, 1
    return (1, 0, 0) if eq(g, s) else (0, 1, 1)


def signing_fields(sg: Optional[dict]) -> dict:
    sg = sg or {}
    venue = sg.get("venue") or {}
    return {
        "date": (sg.get("date") or {}).get("value"),
        "venue_name": venue.get("name"),
        "venue_city": venue.get("city"),
        "document_type": sg.get("document_type"),
        "parties": [p for p in sg.get("parties") or [] if p.get("name")],
        "signatories": [p for p in sg.get("signatories") or [] if p.get("name")],
        "attendees": [p for p in sg.get("attendees") or [] if p.get("name")],
        "scope": sorted({x.get("label") for x in sg.get("scope") or [] if x.get("label")}),
    }


_SINGLE_SLOTS = (("date", _equal), ("venue_name", same_text), ("venue_city", same_city),
                 ("document_type", _equal))
_LIST_SLOTS = (("parties", same_party), ("signatories", _same_named_person),
               ("attendees", _same_named_person))


def score_signing(g: Optional[dict], s: Optional[dict], T: dict[str, Tally], notes: list[str]) -> None:
    """Add one aligned pair of signings (either may be None) to the tallies."""
    G, S = signing_fields(g), signing_fields(s)
    for k, eq in _SINGLE_SLOTS:
        r = single(G[k], S[k], eq)
        T[k].add(*r)
        if r not in ((1, 0, 0), (0, 0, 0)):
            notes.append(f"{k}: gold={G[k]!r} sys={S[k]!r}")
    for k, eq in _LIST_SLOTS:
        tp, fp, fn, pairs = match_sets(G[k], S[k], eq)
        T[k].add(tp, fp, fn)
        if fp or fn:
            matched_s = {id(s_) for _, s_ in pairs}
            matched_g = {id(g_) for g_, _ in pairs}
            notes.append(f"{k}: missed={[x['name'] for x in G[k] if id(x) not in matched_g]} "
                         f"extra={[x['name'] for x in S[k] if id(x) not in matched_s]}")
        if k == "signatories":
            for gp, sp in pairs:
                ok = same_text(gp.get("role") or "", sp.get("role") or "", 0.75)
                T["signatory_roles"].add(int(ok), int(not ok), int(not ok))
                if not ok:
                    notes.append(f"role of {gp['name']}: gold={gp.get('role')!r} sys={sp.get('role')!r}")
    tp, fp, fn, _ = match_sets(G["scope"], S["scope"], _equal)
    T["scope"].add(tp, fp, fn)
    if fp or fn:
        notes.append(f"scope: gold={G['scope']} sys={S['scope']}")


def score_article(g: dict, s: Optional[dict], T: dict[str, Tally]) -> list[str]:
    """Add one article to the tallies; returns notes on what differed."""
    notes: list[str] = []
    if s is None:
        s = {"is_signing": False, "signings": [], "article": {}}
    gi, si = bool(g.get("is_signing")), bool(s.get("is_signing"))
    T["is_signing"].add(int(gi and si), int(si and not gi), int(gi and not si))
    if gi != si:
        notes.append(f"is_signing: gold={gi} sys={si}")
    ga, sa = g.get("article") or {}, s.get("article") or {}
    for k in META:
        r = single(ga.get(k), sa.get(k), _same_meta)
        T["meta"].add(*r)
        if r not in ((1, 0, 0), (0, 0, 0)):
            notes.append(f"article.{k}: gold={ga.get(k)!r} sys={sa.get(k)!r}")
    gs = (g.get("signings") or []) if gi else []
    rest = list((s.get("signings") or []) if si else [])
    for gsg in gs:  # align signings: by date first, then in order
        gdate = (gsg.get("date") or {}).get("value")
        pick = next((x for x in rest if (x.get("date") or {}).get("value") == gdate), None)
        pick = pick or (rest[0] if rest else None)
        if pick is not None:
            rest.remove(pick)
        score_signing(gsg, pick, T, notes)
    for extra in rest:
        score_signing(None, extra, T, notes)
    return notes


# ---------------------------------------------------------------- whole sets

@dataclass
class EvalResult:
    scores: dict  # field -> {"p", "r", "f1"}; plus core_micro, articles, missing_outputs
    notes: dict[str, list[str]] = field(default_factory=dict)  # article id -> differences
    missing: list[str] = field(default_factory=list)  # gold ids without a system record


def _prf(t: Tally) -> dict:
    return dict(zip(("p", "r", "f1"), (round(x, 3) for x in t.prf())))


def score_records(golds: dict[str, dict], syss: dict[str, dict]) -> EvalResult:
    """Score system records against gold records, both keyed by article id."""
    T = {k: Tally() for k in FIELDS}
    missing, notes = [], {}
    for aid, g in golds.items():
        s = syss.get(aid)
        if s is None:
            missing.append(aid)
        notes[aid] = score_article(g, s, T)
    scores = {k: _prf(t) for k, t in T.items()}
    core = Tally()
    for k in CORE:
        core.add(T[k].tp, T[k].fp, T[k].fn)
    scores["core_micro"] = _prf(core)
    scores["articles"], scores["missing_outputs"] = len(golds), len(missing)
    return EvalResult(scores, notes, missing)


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """GOLD_DIR/<id>.gold.json, keyed by id, sorted by file name."""
    return {f.name[: -len(".gold.json")]: json.loads(f.read_text(encoding="utf-8"))
            for f in sorted(Path(gold_dir).glob("*.gold.json"))}


def load_sys(out_dir: Path) -> dict[str, dict]:
    """System records: OUT_DIR/<id>.json keyed by article.id, or else records.jsonl."""
    out_dir = Path(out_dir)
    out: dict[str, dict] = {}
    for f in sorted(out_dir.glob("*.json")):
        try:
            r = json.loads(f.read_text(encoding="utf-8"))
            out[(r.get("article") or {}).get("id") or f.stem] = r
        except Exception:  # unreadable or not a record: skipped, as the shared scorer does
            pass
    jl = out_dir / "records.jsonl"
    if not out and jl.exists():
        for line in jl.read_text(encoding="utf-8").splitlines():
            try:
                r = json.loads(line)
                out[r["article"]["id"]] = r
            except Exception:
                pass
    return out


def evaluate_dirs(gold_dir: Path, out_dir: Path) -> EvalResult:
    return score_records(load_gold(gold_dir), load_sys(out_dir))


def format_text(result: EvalResult, verbose: bool = False) -> str:
    """The report as the shared scorer prints it."""
    lines = []
    if verbose:
        for aid, notes in result.notes.items():
            lines.extend(f"{aid}: {n}" for n in notes)
        lines.append("")
    lines.extend(f"{k:16} {v}" for k, v in result.scores.items())
    return "\n".join(lines) + "\n"


def format_json(result: EvalResult, verbose: bool = False) -> str:
    return json.dumps({"scores": result.scores, "errors": result.notes if verbose else None},
                      ensure_ascii=False, indent=1) + "\n"
