"""One event per real-world signing: cluster the signings of many records.

The same signing is often reported by several outlets. Every signing of every record
(key: `signing_id` = "<article id>#<index>") is put into exactly one event. Two signings
of different articles are linked when their dates do not conflict and

  * same day and same parties: both dates are known to the day and equal, and their
    party sets match (Jaccard >= 0.5, or the smaller set has >= 2 parties and lies
    inside the larger one); or
  * near-duplicate text: word 3-gram shingles of the article title, the signing
    sentence and the signing's other evidence have Jaccard >= 0.5 (candidates found
    with MinHash/LSH from `datasketch`, then checked exactly), and the party sets
    share a party (or one of them is empty).

Dates conflict when both are known and differ at the coarser of the two precisions.
Two signings of the same article are never merged (the pipeline already split them).
Events are the connected components of the links, built in a fixed order, so the
result does not depend on the order of the input records.

`event_id` = "ev-" + the first 12 hex digits of SHA-1 of the event's smallest member
signing_id: deterministic, independent of input order, and unchanged when another
report of the same event is added later (unless its signing_id sorts first).

Merged parties, signatories, attendees and scope keep their evidence per source.
Parties are keyed by Kemendagri region code (regional governments) or folded name,
people by folded name (fuzzy, as in the evaluation), scope by label.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from itertools import combinations
from typing import Iterable, Optional

from .evaluate import fold, party_key as _name_key, person, same_person
from .lexicon import word_set

PARTY_JACCARD = 0.5
TEXT_JACCARD = 0.5
SHINGLE = 3
NUM_PERM = 128


# ---------------------------------------------------------------- keys

def signing_id(article_id: str, index: int) -> str:
    return f"{article_id}#{index}"


def event_id(members: Iterable[str]) -> str:
    return "ev-" + hashlib.sha1(min(members).encode("utf-8")).hexdigest()[:12]


def party_key(party: dict) -> str:
    """`region:<code>` for a party with a region, else its folded name without a branch
    ("BPJS Kesehatan Cabang Purwokerto" and "BPJS Kesehatan" are one party: outlets
    name the branch or only the body)."""
    code = (party.get("region") or {}).get("code")
    if code:
        return f"region:{code}"
    words = (party.get("name") or "").split()
    branch = word_set("branch_words.txt")
    cut = next((i for i, w in enumerate(words) if i and w.lower() in branch), len(words))
    return _name_key(" ".join(words[:cut]))


def iter_signings(records: Iterable[dict]) -> Iterable[tuple[str, dict, dict]]:
    """(signing_id, record, signing) for every signing of every record."""
    for rec in records:
        aid = (rec.get("article") or {}).get("id")
        for i, sg in enumerate(rec.get("signings") or []):
            yield signing_id(aid, i), rec, sg


# ---------------------------------------------------------------- similarity

def _evidence_texts(sg: dict) -> list[str]:
    out = [(sg.get("evidence") or {}).get("text") or "", sg.get("title") or ""]
    for field in ("date", "venue"):
        out.append(((sg.get(field) or {}).get("evidence") or {}).get("text") or "")
    for field in ("parties", "signatories", "attendees", "scope"):
        out.extend((x.get("evidence") or {}).get("text") or "" for x in sg.get(field) or [])
    return out


def shingles(rec: dict, sg: dict) -> set[str]:
    text = " ".join([(rec.get("article") or {}).get("title") or ""] + _evidence_texts(sg))
    toks = re.findall(r"\w+", fold(text))
    if len(toks) < SHINGLE:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i:i + SHINGLE]) for i in range(len(toks) - SHINGLE + 1)}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def dates_relation(a: Optional[dict], b: Optional[dict]) -> str:
    """'same' (both known to the day, equal), 'conflict', or 'compatible'."""
    if not a or not b:
        return "compatible"
    prec = {"day": 10, "month": 7, "year": 4}
    n = min(prec.get(a.get("precision"), 10), prec.get(b.get("precision"), 10))
    if a["value"][:n] != b["value"][:n]:
        return "conflict"
    return "same" if n == 10 else "compatible"


def parties_match(a: set, b: set) -> bool:
    if not a or not b:
        return False
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return jaccard(a, b) >= PARTY_JACCARD or (len(small) >= 2 and small <= big)


def _near_duplicates(nodes: dict[str, dict]) -> set[tuple[str, str]]:
    """Pairs whose shingle sets have Jaccard >= TEXT_JACCARD (MinHash/LSH candidates)."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=TEXT_JACCARD, num_perm=NUM_PERM)
    hashes = {}
    for sid in sorted(nodes):
        sh = nodes[sid]["shingles"]
        if not sh:
            continue
        m = MinHash(num_perm=NUM_PERM, seed=1)
        m.update_batch([s.encode("utf-8") for s in sorted(sh)])
        hashes[sid] = m
        lsh.insert(sid, m)
    pairs = set()
    for sid, m in hashes.items():
        for other in lsh.query(m):
            if other != sid:
                a, b = sorted((sid, other))
                if jaccard(nodes[a]["shingles"], nodes[b]["shingles"]) >= TEXT_JACCARD:
                    pairs.add((a, b))
    return pairs


def linked(x: dict, y: dict, near_duplicate: bool) -> bool:
    """Whether two signings (nodes) report the same event; see the module docstring."""
    if x["article_id"] == y["article_id"]:
        return False
    rel = dates_relation(x["date"], y["date"])
    if rel == "conflict":
        return False
    if rel == "same" and parties_match(x["parties"], y["parties"]):
        return True
    overlap = bool(x["parties"] & y["parties"]) or not x["parties"] or not y["parties"]
    return near_duplicate and overlap


# ---------------------------------------------------------------- clustering

def _nodes(records: Iterable[dict]) -> dict[str, dict]:
    nodes = {}
    for sid, rec, sg in iter_signings(records):
        nodes[sid] = {"article_id": rec["article"]["id"], "date": sg.get("date"),
                      "parties": {party_key(p) for p in sg.get("parties") or []},
                      "shingles": shingles(rec, sg), "record": rec, "signing": sg}
    return nodes


def clusters(nodes: dict[str, dict]) -> list[list[str]]:
    """Connected components of the links (lists of signing_ids, sorted)."""
    by_day: dict[str, list[str]] = {}
    for sid, n in nodes.items():
        if n["date"] and n["date"].get("precision", "day") == "day":
            by_day.setdefault(n["date"]["value"], []).append(sid)
    near = _near_duplicates(nodes)
    candidates = set(near)
    for sids in by_day.values():
        candidates.update(tuple(sorted(p)) for p in combinations(sids, 2))

    parent = {sid: sid for sid in nodes}
    articles = {sid: {n["article_id"]} for sid, n in nodes.items()}

    def root(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    for a, b in sorted(candidates):
        ra, rb = root(a), root(b)
        if ra == rb or articles[ra] & articles[rb]:  # never two signings of one article
            continue
        if linked(nodes[a], nodes[b], (a, b) in near):
            ra, rb = sorted((ra, rb))
            parent[rb] = ra
            articles[ra] |= articles.pop(rb)
    groups: dict[str, list[str]] = {}
    for sid in sorted(nodes):
        groups.setdefault(root(sid), []).append(sid)
    return list(groups.values())


# ---------------------------------------------------------------- merging

def _most_common(values: list, default=None):
    values = [v for v in values if v not in (None, "")]
    if not values:
        return default
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)  # ties: first in member order


def _source(sid: str, index: int, item: dict) -> dict:
    return {"signing_id": sid, "index": index, "evidence": item.get("evidence")}


def _merge_people(members: list[tuple[str, dict]], field: str) -> list[dict]:
    groups: list[dict] = []
    for sid, sg in members:
        for i, p in enumerate(sg.get(field) or []):
            g = next((g for g in groups if same_person(g["name"], p.get("name"))), None)
            if g is None:
                g = {"key": person(p.get("name")) or fold(p.get("name")), "name": p.get("name"),
                     "roles": [], "parties": [], "on_behalf_of": [], "sources": []}
                groups.append(g)
            g["roles"].append(p.get("role"))
            g["parties"].append(p.get("party"))
            g["on_behalf_of"].append(p.get("on_behalf_of"))
            g["sources"].append(_source(sid, i, p))
    seen: Counter = Counter()
    for g in groups:  # keys unique within the event (names that fold to nothing alike)
        seen[g["key"]] += 1
        if seen[g["key"]] > 1:
            g["key"] = f"{g['key']}#{seen[g['key']]}"
    return [{"key": g["key"], "name": g["name"], "role": _most_common(g["roles"]),
             "party": _most_common(g["parties"]), "on_behalf_of": _most_common(g["on_behalf_of"]),
             "sources": g["sources"]} for g in groups]


def _merge_parties(members: list[tuple[str, dict]]) -> list[dict]:
    groups: dict[str, dict] = {}
    for sid, sg in members:
        for i, p in enumerate(sg.get("parties") or []):
            g = groups.setdefault(party_key(p), {"names": [], "kinds": [], "region": None, "sources": []})
            g["names"].append(p.get("name"))
            g["kinds"].append(p.get("kind"))
            g["region"] = g["region"] or p.get("region")
            g["sources"].append(_source(sid, i, p))
    return [{"key": k, "name": _most_common(g["names"]), "kind": _most_common(g["kinds"]),
             "region": g["region"], "sources": g["sources"]} for k, g in groups.items()]


def _merge_scope(members: list[tuple[str, dict]]) -> list[dict]:
    groups: dict[str, list] = {}
    for sid, sg in members:
        for i, s in enumerate(sg.get("scope") or []):
            groups.setdefault(s.get("label"), []).append(_source(sid, i, s))
    return [{"label": k, "sources": v} for k, v in groups.items()]


def _event_date(sgs: list[dict]) -> Optional[dict]:
    rank = {"day": 0, "month": 1, "year": 2}
    dates = [sg["date"] for sg in sgs if sg.get("date")]
    if not dates:
        return None
    best = min(rank.get(d.get("precision"), 0) for d in dates)
    value = _most_common([d["value"] for d in dates if rank.get(d.get("precision"), 0) == best])
    return {"value": value, "precision": next(d.get("precision", "day") for d in dates
                                              if d["value"] == value)}


def merge(group: list[str], nodes: dict[str, dict]) -> dict:
    """One event dict from its member signing_ids."""
    members = [(sid, nodes[sid]["signing"]) for sid in group]
    sgs = [sg for _, sg in members]
    venues = [(v.get("name"), v.get("city")) for v in (sg.get("venue") for sg in sgs) if v]
    venue = _most_common(venues)
    sources = []
    for sid in group:
        art = nodes[sid]["record"].get("article") or {}
        sources.append({"signing_id": sid, "article_id": art.get("id"), "index": int(sid.rsplit("#", 1)[1]),
                        "outlet": art.get("outlet"), "title": art.get("title"),
                        "published": art.get("published"), "source": art.get("source")})
    return {
        "event_id": event_id(group),
        "date": _event_date(sgs),
        "document_type": _most_common([sg.get("document_type") for sg in sgs]),
        "title": _most_common([sg.get("title") for sg in sgs]),
        "venue": {"name": venue[0], "city": venue[1]} if venue else None,
        "sources": sources,
        "parties": _merge_parties(members),
        "signatories": _merge_people(members, "signatories"),
        "attendees": _merge_people(members, "attendees"),
        "scope": _merge_scope(members),
    }


def build_events(records: Iterable[dict]) -> list[dict]:
    """All events of the records, sorted by date (unknown last), then event_id."""
    nodes = _nodes(records)
    events = [merge(g, nodes) for g in clusters(nodes)]
    return sorted(events, key=lambda e: ((e["date"] or {}).get("value") or "9999", e["event_id"]))


def event_of(events: list[dict]) -> dict[str, str]:
    """signing_id -> event_id."""
    return {s["signing_id"]: e["event_id"] for e in events for s in e["sources"]}
