"""Batch engines and the per-article time budget (mou_extract.runner)."""
import threading
import time

import pytest

import mou_extract
from mou_extract import runner
from mou_extract.io import Item
from mou_extract.runner import Outcome, process_item, time_limit

TEXT = ("Bupati Kapuas Hulu dan Kepala Ombudsman RI Perwakilan Kalimantan Barat menandatangani "
        "nota kesepakatan di Putussibau, Selasa (3/6/2025).\n")


def items(n, text=TEXT):
    return [Item(f"a{i}", f"t:{i}", text=text) for i in range(n)]


def test_time_limit_stops_a_slow_python_loop_in_the_main_thread():
    with pytest.raises(runner.ArticleTimeout):
        with time_limit(0.2):
            while True:
                pass


def test_time_limit_stops_a_catastrophic_regex():
    import re

    with pytest.raises(runner.ArticleTimeout):
        with time_limit(0.3):
            re.match(r"(a+)+$", "a" * 40 + "b")


def test_time_limit_in_a_worker_thread_and_no_late_exception():
    """Dask runs tasks in threads: the budget is enforced there too, and an article that
    finished in time never gets a stray exception afterwards."""
    seen = []

    def slow():
        try:
            with time_limit(0.2):
                while True:
                    pass
        except runner.ArticleTimeout:
            seen.append("timeout")

    def fast():
        with time_limit(0.05):
            pass
        deadline = time.monotonic() + 0.3  # keep running past the old limit
        while time.monotonic() < deadline:
            pass
        seen.append("ok")

    for fn in (slow, fast):
        t = threading.Thread(target=fn)
        t.start()
        t.join(5)
    assert seen == ["timeout", "ok"]


def test_a_thread_that_finished_in_time_makes_no_async_exception_call(monkeypatch):
    """A timer thread started per article, and PyThreadState_SetAsyncExc called after each
    to withdraw an exception never set, deadlocked Dask workers in `make bench` (task threads
    blocked in Thread.start() or in that call, the batch waiting for the chunk's deadline).
    One watchdog thread serves every article, and the call is made only when the budget is
    spent."""
    calls = []
    real = runner._set_async_exc
    monkeypatch.setattr(runner, "_set_async_exc", lambda tid, exc: calls.append(exc) or real(tid, exc))
    outcomes = []

    def fast():
        for _ in range(50):
            with time_limit(5):
                sum(range(1000))
        outcomes.append("ok")

    def slow():
        try:
            with time_limit(0.1):
                while True:
                    pass
        except runner.ArticleTimeout:
            outcomes.append("timeout")

    def warm_up():
        with time_limit(5):  # starts the watchdog thread, once per process
            pass

    warm = threading.Thread(target=warm_up)
    warm.start()
    warm.join(10)
    before = threading.active_count()
    t = threading.Thread(target=fast)
    t.start()
    t.join(10)
    assert outcomes == ["ok"] and calls == []
    assert threading.active_count() <= before  # no timer thread left per article
    t = threading.Thread(target=slow)
    t.start()
    t.join(10)
    # the budget spent: the exception is set, then withdrawn in case it is still pending
    assert outcomes == ["ok", "timeout"] and len(calls) == 2 and calls[1] is None


def test_article_over_the_budget_becomes_an_error_and_the_batch_goes_on(monkeypatch):
    real = mou_extract.extract_text

    def stuck(text, id, **kw):
        if id == "a1":
            while True:
                pass
        return real(text, id=id, **kw)

    monkeypatch.setattr(mou_extract, "extract_text", stuck)
    out = list(runner.run(items(3), workers=1, budget=0.5))
    assert [o.id for o in out] == ["a0", "a1", "a2"]
    assert out[0].record["is_signing"] and out[2].record["is_signing"]
    assert out[1].record is None and "time budget of 0.5 s" in out[1].error
    assert "--timeout" in out[1].error


def test_crash_becomes_an_error_naming_the_exception(monkeypatch):
    monkeypatch.setattr(mou_extract, "extract_text", lambda *a, **k: 1 / 0)
    o = process_item(Item("x", "s", text=TEXT))
    assert o.record is None and "ZeroDivisionError" in o.error and "report" in o.error


def test_read_errors_pass_through_without_extracting():
    o = process_item(Item("x", "s", error="input is empty"))
    assert o == Outcome("x", "s", error="input is empty")


ADVERSARIAL = [
    "Nama Besar " * 15_000,  # long runs of capitalised words
    "Bupati Wali Kota Ketua Kepala " * 5_000,  # role words with no name
    "." * 150_000,
    "/" * 150_000,
    " " * 150_000 + "nota kesepakatan",
    "\n\n".join(["Penandatanganan"] * 20_000),
    "Dr. H. " * 20_000 + "menandatangani",
    "(" * 50_000 + "MoU" + ")" * 50_000,
    "Pemkab " * 20_000 + "menandatangani nota kesepakatan",
    "12/12/" * 25_000,
    "a" * 150_000 + "!",
    "A" * 150_000,
    "1" * 150_000,
    "-" * 150_000,
    "ab." * 50_000 + "com",
    "aB" * 75_000,
    "Senin (" * 20_000,
    "Jakarta, " * 20_000,
    "Foto: " * 25_000,
    "x\n" * 75_000,
    "Kabupaten A, " * 10_000 + "dan Kota B menandatangani MoU",
    "Kabupaten/kota yang menandatangani nota kesepakatan ialah" + " ,  " * 20_000 + "x",
    "Bupati Kotabaru Budi Santoso " + "(A) " * 38 + "x menandatangani nota kesepakatan",
    "menandatangani di Aula X" + " \t " * 20_000 + "di Kota",
]


@pytest.mark.parametrize("blob", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_text_finishes_inside_the_budget(blob):
    """Catastrophic backtracking would show as a timeout error instead of a record."""
    o = process_item(Item("adv", "adv", text=blob), budget=10)
    assert o.error is None, o.error
    assert o.record["article"]["id"] == "adv"


def test_outcomes_keep_input_order_and_reused_outcomes_are_not_extracted(monkeypatch):
    calls = []
    real = mou_extract.extract_text
    monkeypatch.setattr(mou_extract, "extract_text",
                        lambda text, id, **kw: calls.append(id) or real(text, id=id, **kw))
    done = Outcome("r1", "s", record={"article": {"id": "r1"}}, reused=True)
    units = [items(1)[0], done, Item("bad", "s", error="input is empty"), *items(2)[1:]]
    out = list(runner.run(units, workers=1))
    assert [o.id for o in out] == ["a0", "r1", "bad", "a1"]
    assert out[1] is done and [c for c in calls if c != "warm-up"] == ["a0", "a1"]


def test_chunks_count_only_articles_to_extract():
    units = [Outcome("r", "s", reused=True)] * 5 + items(3)
    chunks = list(runner._chunks(units, 2))
    assert [len(c) for c in chunks] == [7, 1]


def test_worker_processes_give_the_same_outcomes_as_in_process():
    texts = [TEXT, "Berita cuaca hari ini: hujan ringan di Pontianak.\n",
             "Kota Batu dan Ombudsman RI menandatangani MoU pada 10 November 2025.\n"]
    units = [Item(f"p{i}", f"t:{i}", text=texts[i % 3]) for i in range(60)]
    one = [(o.id, o.record, o.error) for o in runner.run(units, workers=1)]
    two = [(o.id, o.record, o.error) for o in runner.run(units, workers=2)]
    assert one == two
    assert len(one) == 60 and sum(r["is_signing"] for _, r, _ in one) == 40


def test_small_batches_stay_in_process(monkeypatch):
    def no_pool(*a, **k):
        raise AssertionError("a worker pool was started for a small batch")

    monkeypatch.setattr(runner, "run_processes", no_pool)
    out = list(runner.run(items(5), workers=4))
    assert len(out) == 5 and all(o.record for o in out)


def test_a_dead_worker_loses_only_its_chunk():
    def lost(items_, e):
        return [Outcome(it.id, it.source, error=runner._lost_message(e)) for it in items_]

    class Dead:
        def result(self):
            raise runner.BrokenProcessPool("killed")

    class Fine:
        def __init__(self, items_):
            self.items = items_

        def result(self):
            return [Outcome(it.id, it.source, record={"ok": 1}) for it in self.items]

    def submit(items_):
        return Dead() if items_[0].id == "a2" else Fine(items_)

    out = list(runner._ordered(runner._chunks(items(6), 2), submit, 2, lost))
    assert [o.error is None for o in out] == [True, True, False, False, True, True]
    assert "memory" in out[2].error and "--workers" in out[2].error


def test_a_chunk_that_never_resolves_becomes_error_lines_past_its_timeout():
    # a task a cluster lost: its future never completes; the batch goes on
    import concurrent.futures as cf

    def lost(items_, e):
        return [Outcome(it.id, it.source, error=runner._lost_message(e)) for it in items_]

    class Fine:
        def __init__(self, items_):
            self.items = items_

        def result(self, timeout=None):
            return [Outcome(it.id, it.source, record={"ok": 1}) for it in self.items]

    def submit(items_):
        return cf.Future() if items_[0].id == "a2" else Fine(items_)

    out = list(runner._ordered(runner._chunks(items(6), 2), submit, 2, lost, timeout=lambda n: 0.05 * n))
    assert [o.error is None for o in out] == [True, True, False, False, True, True]
    assert "TimeoutError" in out[2].error
