"""Batch engines: one per-article function, run in-process, in worker processes, or on a
Dask cluster, with the same results in the same order.

    process_item(item, budget) -> Outcome      the unit of work; never raises
    process_chunk(items, budget)               a list of them (what a worker receives)
    run(units, engine=..., workers=..., ...)   ordered outcomes, a bounded number in flight

`units` is an iterable of `io.Item` (to extract) and `Outcome` (already decided by the
caller, e.g. a record reused from an earlier run); outcomes come back in input order, so
output is identical for every engine and worker count. Memory stays flat: at most
`window` chunks are in flight, inputs are pulled lazily.

Time budget: each article runs under `time_limit(budget)`; past the budget it becomes an
error and the batch goes on. In a main thread (the local engine, its worker processes)
the limit is a SIGALRM timer, which also interrupts a running regular expression; in
other threads (Dask worker threads) it is an exception raised asynchronously in that
thread, which takes effect at the next Python bytecode.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional, Union

from .io import Item

DEFAULT_BUDGET = 30.0  # seconds per article; ordinary articles take a few ms
CHUNK = 8  # articles per task: amortises inter-process overhead, keeps order cheap
SMALL_BATCH = 48
DASK_MARGIN = 120.0  # seconds a Dask chunk may wait beyond its articles' budgets  # fewer articles than this run in-process: starting workers costs more


@dataclass
class Outcome:
    """What became of one input: a record (JSON-ready dict) or an error message."""

    id: str
    source: str
    record: Optional[dict] = None
    error: Optional[str] = None
    reused: bool = False  # the record of an earlier run, not extracted again


Unit = Union[Item, Outcome]


class ArticleTimeout(BaseException):
    """Raised inside an article's extraction when its time budget is spent. A
    BaseException, so that no `except Exception` inside the pipeline swallows it."""


# ------------------------------------------------------------------ time budget

@contextmanager
def time_limit(seconds: Optional[float]) -> Iterator[None]:
    """Raise ArticleTimeout in this thread after `seconds` (None or 0: no limit)."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        def on_alarm(signum, frame):
            raise ArticleTimeout()

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        return
    yield from _thread_time_limit(seconds)


def _set_async_exc(tid: int, exc) -> int:
    """CPython's PyThreadState_SetAsyncExc: raise `exc` in thread `tid` at its next
    bytecode (None: withdraw a pending one). Called only when a budget is spent."""
    return ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), exc)


class _Watchdog:
    """One long-lived daemon thread per process that raises ArticleTimeout in the threads
    whose budget is spent. A thread started (and a thread state created and deleted) per
    article deadlocked Dask workers in `make bench`: once in a few thousand articles a task
    thread hung in Thread.start() or in PyThreadState_SetAsyncExc, both of which take the
    interpreter's thread-list lock (py-spy dump), and the batch waited out the chunk's
    deadline. Arming and disarming here only take a condition's lock."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._jobs: dict[int, tuple[float, int]] = {}  # token -> (deadline, thread id)
        self._fired: set[int] = set()
        self._next = 0
        self._thread: Optional[threading.Thread] = None

    def arm(self, seconds: float) -> int:
        with self._cond:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="mou-extract-budget", daemon=True)
                self._thread.start()
            self._next += 1
            self._jobs[self._next] = (time.monotonic() + seconds, threading.get_ident())
            self._cond.notify()
            return self._next

    def disarm(self, token: int) -> bool:
        """Forget the job; True when its exception was set (it may still be pending)."""
        with self._cond:
            self._jobs.pop(token, None)
            if token in self._fired:
                self._fired.discard(token)
                return True
            return False

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                for token, (deadline, tid) in list(self._jobs.items()):
                    if deadline <= now:
                        del self._jobs[token]
                        _set_async_exc(tid, ctypes.py_object(ArticleTimeout))
                        self._fired.add(token)
                wait = min((d for d, _ in self._jobs.values()), default=now + 3600.0) - now
                self._cond.wait(timeout=max(wait, 0.001))


_WATCHDOG = _Watchdog()


def _thread_time_limit(seconds: float) -> Iterator[None]:
    token = _WATCHDOG.arm(seconds)
    try:
        yield
    finally:
        # an exception set just before the block ended must not surface later
        if _WATCHDOG.disarm(token):
            _set_async_exc(threading.get_ident(), None)


# ------------------------------------------------------------------ the unit of work

def timeout_message(budget: float) -> str:
    return (f"extraction took longer than the time budget of {budget:g} s and was stopped; "
            "if this is an ordinary article, raise --timeout or report the input")


def crash_message(e: BaseException) -> str:
    return (f"extraction failed: {type(e).__name__}: {e}; this is a bug in mou-extract, "
            "please report it with this input")


def _extract_text() -> Callable:
    """Looked up at call time, so that a patched `mou_extract.extract_text` is used."""
    import mou_extract

    return mou_extract.extract_text


def process_item(item: Item, budget: Optional[float] = DEFAULT_BUDGET) -> Outcome:
    """Extract one read item; every failure becomes the outcome's error."""
    if item.error is not None:
        return Outcome(item.id, item.source, error=item.error)
    extract_text = _extract_text()
    try:
        with time_limit(budget):
            record = extract_text(item.text, id=item.id, source=item.source,
                                  published=item.published, warnings=item.warnings)
            data = record.model_dump(mode="json")
    except ArticleTimeout:
        return Outcome(item.id, item.source, error=timeout_message(budget))
    except Exception as e:  # one bad article never stops the batch
        return Outcome(item.id, item.source, error=crash_message(e))
    return Outcome(item.id, item.source, record=data)


def process_chunk(items: list[Item], budget: Optional[float] = DEFAULT_BUDGET) -> list[Outcome]:
    return [process_item(it, budget) for it in items]


# A short signing report that goes through every stage, so that warm_up loads every
# lexicon and gazetteer index the stages build lazily (a bare sentence would stop after
# cleaning and leave them to each worker's first signing article).
_WARM_UP_TEXT = (
    "KOTABARU – Pemerintah Kabupaten Kotabaru dan Ombudsman RI Perwakilan Provinsi Kalimantan "
    "Selatan menandatangani nota kesepakatan di Kantor Bupati Kotabaru, Senin (10/11/2025).\n\n"
    "Nota kesepakatan ditandatangani Bupati Kotabaru H. Budi Santoso, S.H. dan Kepala Perwakilan "
    "Ombudsman RI Kalsel Siti Rahma, disaksikan Sekretaris Daerah Agus Wibowo.\n\n"
    "Ruang lingkup kerja sama meliputi penyelesaian laporan masyarakat dan pertukaran data.\n"
)


def warm_up() -> None:
    """Build the spaCy pipeline and load the lexicons (once per process)."""
    _extract_text()(_WARM_UP_TEXT, id="warm-up")


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    warm_up()


# ------------------------------------------------------------------ ordering

def _chunks(units: Iterable[Unit], size: int) -> Iterator[list[Unit]]:
    """Groups of units, each closed after `size` items to extract (reused outcomes ride
    along for free)."""
    chunk: list[Unit] = []
    todo = 0
    for u in units:
        chunk.append(u)
        if isinstance(u, Item) and u.error is None:
            todo += 1
        if todo >= size:
            yield chunk
            chunk, todo = [], 0
    if chunk:
        yield chunk


def _merge(chunk: list[Unit], done: list[Outcome]) -> list[Outcome]:
    it = iter(done)
    return [u if isinstance(u, Outcome) else next(it) for u in chunk]


def _ordered(chunks: Iterable[list[Unit]], submit, window: int,
             on_lost: Callable[[list[Item], BaseException], list[Outcome]],
             timeout: Optional[Callable[[int], float]] = None) -> Iterator[Outcome]:
    """Submit each chunk's items, keep at most `window` in flight, yield in input order.
    `timeout(n)`: the longest wait for a chunk of n articles, past which its articles
    become error lines (a task a cluster lost or that hangs never stops the batch)."""
    pending: deque = deque()
    for chunk in chunks:
        items = [u for u in chunk if isinstance(u, Item)]
        pending.append((chunk, items, submit(items) if items else None))
        while len(pending) >= window:
            yield from _settle(pending.popleft(), on_lost, timeout)
    while pending:
        yield from _settle(pending.popleft(), on_lost, timeout)


def _settle(entry, on_lost, timeout=None) -> list[Outcome]:
    chunk, items, fut = entry
    if fut is None:
        return _merge(chunk, [])
    try:
        done = fut.result() if timeout is None else fut.result(timeout=timeout(len(items)))
    except Exception as e:  # the worker died (out of memory, killed) or the cluster failed
        if timeout is not None and hasattr(fut, "cancel"):
            fut.cancel()
        done = on_lost(items, e)
    return _merge(chunk, done)


def _lost_message(e: BaseException) -> str:
    if isinstance(e, TimeoutError):
        return ("the cluster returned no result for this article in time (TimeoutError: the task was lost "
                "or hangs); rerun the batch (finished articles are reused) or report the input")
    return (f"the worker extracting this article stopped ({type(e).__name__}: {e}); "
            "it may have run out of memory: rerun with fewer --workers, or report the input")


# ------------------------------------------------------------------ engines

def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _peek(units: Iterable[Unit], n: int) -> tuple[list[Unit], Iterator[Unit], bool]:
    """The first n units, the rest, and whether the input ended within them."""
    it = iter(units)
    head = []
    for u in it:
        head.append(u)
        if len(head) >= n:
            return head, it, False
    return head, it, True


def _chain(head: list[Unit], rest: Iterator[Unit]) -> Iterator[Unit]:
    yield from head
    yield from rest


def run_inprocess(units: Iterable[Unit], budget: Optional[float]) -> Iterator[Outcome]:
    warm = False
    for u in units:
        if isinstance(u, Item) and u.error is None and not warm:
            warm_up()  # building the pipeline is not the first article's time
            warm = True
        yield u if isinstance(u, Outcome) else process_item(u, budget)


def _mp_context():
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:  # no fork of a threaded parent; workers fork from a clean server
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["mou_extract._preload"])
        return ctx
    return multiprocessing.get_context("spawn")


def run_processes(units: Iterable[Unit], workers: int, budget: Optional[float],
                  chunk: int = CHUNK) -> Iterator[Outcome]:
    """Worker processes, each building the pipeline once (initializer)."""
    state = {"pool": None}

    def pool() -> ProcessPoolExecutor:
        if state["pool"] is None:
            state["pool"] = ProcessPoolExecutor(workers, mp_context=_mp_context(),
                                                initializer=_worker_init)
        return state["pool"]

    def submit(items):
        try:
            return pool().submit(process_chunk, items, budget)
        except BrokenProcessPool:
            _discard(state)
            return pool().submit(process_chunk, items, budget)

    def on_lost(items, e):
        _discard(state)  # a dead worker breaks the pool: later chunks get a fresh one
        return [Outcome(it.id, it.source, error=_lost_message(e)) for it in items]

    try:
        yield from _ordered(_chunks(units, chunk), submit, 4 * workers, on_lost)
    finally:
        if state["pool"] is not None:
            state["pool"].shutdown(wait=True, cancel_futures=True)


def _discard(state) -> None:
    if state["pool"] is not None:
        state["pool"].shutdown(wait=False, cancel_futures=True)
        state["pool"] = None


@contextmanager
def dask_client(scheduler: Optional[str], workers: int):
    """A client of the scheduler at `scheduler`, or of a LocalCluster on loopback with
    `workers` single-threaded worker processes."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - dask is a dependency
        raise RuntimeError("the dask engine needs dask[distributed]: pip install 'dask[distributed]'") from e
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except OSError as e:
            raise OSError(f"cannot reach the Dask scheduler at {scheduler} ({e}); check the address "
                          "and that `dask scheduler` runs there, or drop --scheduler for a local cluster") from None
        with client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address=None, silence_logs=40) as cluster, \
            Client(cluster) as client:
        yield client


def run_dask(units: Iterable[Unit], client, budget: Optional[float],
             chunk: int = CHUNK) -> Iterator[Outcome]:
    """The same chunks as the local engine, as tasks on a dask.distributed cluster."""
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))

    def submit(items):
        return client.submit(process_chunk, items, budget, pure=False)

    def on_lost(items, e):
        return [Outcome(it.id, it.source, error=_lost_message(e)) for it in items]

    # a worker thread cannot interrupt a call inside C (the local engine's SIGALRM can), and
    # a task the cluster loses may never resolve: wait for a chunk at most its articles'
    # budgets plus a margin, then write its articles as error lines and go on
    per_article = budget if budget and budget > 0 else DEFAULT_BUDGET
    yield from _ordered(_chunks(units, chunk), submit, 4 * n_workers, on_lost,
                        timeout=lambda n: DASK_MARGIN + per_article * n)


def run(units: Iterable[Unit], engine: str = "local", workers: Optional[int] = None,
        budget: Optional[float] = DEFAULT_BUDGET, client=None) -> Iterator[Outcome]:
    """Ordered outcomes of `units` on the chosen engine ("local" or "dask")."""
    if engine == "dask":
        if client is None:
            raise ValueError("the dask engine needs a client (see dask_client)")
        yield from run_dask(units, client, budget)
        return
    workers = workers or default_workers()
    if workers <= 1:
        yield from run_inprocess(units, budget)
        return
    head, rest, ended = _peek(units, SMALL_BATCH)
    if ended:  # a small batch: workers would cost more to start than they save
        yield from run_inprocess(head, budget)
        return
    yield from run_processes(_chain(head, rest), workers, budget)
