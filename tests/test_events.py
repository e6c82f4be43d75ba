"""One event per real-world signing (mou_extract.events), on pipeline output."""
import copy
import random

from mou_extract import events as ev
from signing_fixtures import DAY, EVENT_A, EVENT_B, records


def by_articles(events):
    return {tuple(sorted(s["article_id"] for s in e["sources"])): e for e in events}


def test_three_outlets_one_event_and_another_event_the_same_day():
    recs = records()
    events = ev.build_events(recs)
    groups = by_articles(events)
    assert set(groups) == {tuple(EVENT_A), tuple(EVENT_B)}  # the planned signing makes no event
    a, b = groups[tuple(EVENT_A)], groups[tuple(EVENT_B)]
    assert a["event_id"] != b["event_id"]
    assert a["date"] == b["date"] == {"value": DAY, "precision": "day"}
    # both share Pemkab Banyumas (33.02): overlap alone does not merge
    assert {p["key"] for p in a["parties"]} == {"region:33.02", "kejaksaan negeri banyumas"}
    assert {p["key"] for p in b["parties"]} == {"region:33.02", "bpjs kesehatan"}
    assert [s["outlet"] for s in a["sources"]] == [
        next(r["article"]["outlet"] for r in recs if r["article"]["id"] == aid) for aid in EVENT_A]


def test_merged_items_keep_evidence_per_source():
    recs = {r["article"]["id"]: r for r in records()}
    a = by_articles(ev.build_events(recs.values()))[tuple(EVENT_A)]
    for field in ("parties", "signatories", "scope"):
        for item in a[field]:
            for src in item["sources"]:
                aid, i = src["signing_id"].split("#")
                original = recs[aid]["signings"][int(i)][field][src["index"]]
                assert src["evidence"] == original["evidence"]
    kejari = next(p for p in a["parties"] if p["key"] == "kejaksaan negeri banyumas")
    assert len(kejari["sources"]) == 3
    # the outlets wrote it differently; each source keeps its own span
    assert len({s["evidence"]["text"] for s in kejari["sources"]}) >= 2
    signers = {p["name"]: len(p["sources"]) for p in a["signatories"]}
    assert signers == {"Hendra Wiratama": 3, "Rina Puspitasari": 3}
    assert [s["label"] for s in a["scope"]] == ["legal_assistance"]
    assert len(a["scope"][0]["sources"]) == 3


def test_event_ids_do_not_depend_on_input_order_and_survive_a_new_source():
    recs = records()
    first = ev.build_events(recs)
    shuffled = recs[:]
    random.Random(3).shuffle(shuffled)
    assert ev.build_events(shuffled) == first
    ids = ev.event_of(first)
    assert all(e.startswith("ev-") and len(e) == 15 for e in ids.values())
    without_a3 = ev.event_of(ev.build_events([r for r in recs if r["article"]["id"] != "a3_diskominfo"]))
    assert without_a3["a1_antara#0"] == ids["a1_antara#0"]


def test_a_different_day_is_a_different_event():
    recs = records()
    other = copy.deepcopy(next(r for r in recs if r["article"]["id"] == "a2_banyumaskini"))
    other["article"]["id"] = "a4_nextday"
    other["signings"][0]["date"]["value"] = "2026-03-10"
    events = ev.build_events(recs + [other])
    assert by_articles(events)[("a4_nextday",)]
    assert tuple(EVENT_A) in by_articles(events)


def _undated(rec, new_id, text=None):
    r = copy.deepcopy(rec)
    r["article"]["id"] = new_id
    for sg in r["signings"]:
        sg["date"] = None
    if text is not None:  # rewrite the title and every evidence text: nothing left in common
        r["article"]["title"] = text
        for sg in r["signings"]:
            items = [sg] + [sg["venue"] or {}] + [x for f in ("parties", "signatories", "attendees", "scope")
                                                  for x in sg[f]]
            for x in items:
                if x.get("evidence"):
                    x["evidence"]["text"] = text
    return r


def test_near_duplicate_text_links_an_undated_copy():
    recs = records()
    a1 = next(r for r in recs if r["article"]["id"] == "a1_antara")
    copy_ = _undated(a1, "a5_syndicated")
    unrelated = _undated(a1, "a6_unrelated", "Warga gotong royong membersihkan saluran air di desa setempat")
    groups = by_articles(ev.build_events(recs + [copy_, unrelated]))
    assert tuple(sorted(EVENT_A + ["a5_syndicated"])) in groups  # same text, no date: merged
    assert ("a6_unrelated",) in groups  # same parties, no date, other text: left alone


def test_two_signings_of_one_article_stay_apart():
    recs = records()
    a1 = next(r for r in recs if r["article"]["id"] == "a1_antara")
    a1["signings"].append(copy.deepcopy(a1["signings"][0]))
    events = ev.build_events(recs)
    assert len(events) == 3
    assert ev.event_of(events)["a1_antara#0"] != ev.event_of(events)["a1_antara#1"]


def test_rules():
    day = {"value": DAY, "precision": "day"}
    assert ev.dates_relation(day, dict(day)) == "same"
    assert ev.dates_relation(day, {"value": "2026-03-10", "precision": "day"}) == "conflict"
    assert ev.dates_relation(day, {"value": "2026-03-01", "precision": "month"}) == "compatible"
    assert ev.dates_relation(day, {"value": "2026-04-01", "precision": "month"}) == "conflict"
    assert ev.dates_relation(day, None) == "compatible"
    assert ev.parties_match({"a", "b"}, {"a", "b"})
    assert ev.parties_match({"a", "b"}, {"a", "b", "c", "d"})  # an outlet naming fewer parties
    assert not ev.parties_match({"a", "b"}, {"a", "c"})  # one institution, two partners
    assert not ev.parties_match({"a"}, {"a", "b", "c"})
    assert not ev.parties_match(set(), set())
    assert ev.party_key({"name": "Pemkab X", "region": {"code": "33.02"}}) == "region:33.02"
    assert ev.party_key({"name": "Ombudsman RI", "region": None}) == "ombudsman republik indonesia"


def test_no_records_no_events():
    assert ev.build_events([]) == []
    assert ev.build_events([r for r in records() if not r["signings"]]) == []


def test_merged_keys_are_unique_within_an_event():
    recs = records()
    for r in recs:
        if r["article"]["id"] in EVENT_A[:2]:  # a name that folds to nothing, in two outlets
            r["signings"][0]["attendees"] = [dict(r["signings"][0]["signatories"][0], name="Dr.")]
    a = by_articles(ev.build_events(recs))[tuple(EVENT_A)]
    keys = [p["key"] for p in a["attendees"]]
    assert len(keys) == len(set(keys)) >= 2
