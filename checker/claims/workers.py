"""Per-text work in worker processes: a story's texts are read one per core.

Reading a text (its figures, dates, names, quotes and every rule's mentions) needs nothing
from the other texts, so it is the part spread over processes; everything that compares
texts runs after, in the calling process, on the results in the sources' order. A run with
workers gives the same result as one without (tested). Small stories stay in-process: a
pool costs more to start than a few texts cost to read.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

PARALLEL_FROM = 48        # texts in a story from which a pool pays for itself
_SHARED: tuple = ()       # what every job of the current pool needs, set once per worker


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def default_workers(jobs: int) -> int:
    return min(cores(), 8) if jobs >= PARALLEL_FROM else 1


def _share(shared: tuple) -> None:
    global _SHARED
    _SHARED = shared


def _call(job: tuple[Callable, int]):
    function, index = job
    return function(_SHARED, index)


def map_jobs(function: Callable, shared: tuple, count: int, workers: int | None = None) -> Iterator:
    """function(shared, i) for i in range(count), in order; in `workers` processes when more than one.
    `shared` reaches each worker once (by fork where the platform has it, else pickled once per worker)."""
    workers = default_workers(count) if workers is None else workers
    if workers <= 1 or count <= 1:
        yield from (function(shared, i) for i in range(count))
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=min(workers, count), mp_context=multiprocessing.get_context(method),
                             initializer=_share, initargs=(shared,)) as pool:
        chunk = max(1, min(32, count // (workers * 4)))
        yield from pool.map(_call, ((function, i) for i in range(count)), chunksize=chunk)


class _Now:
    """A result worked out in this process, when asked for."""

    def __init__(self, function: Callable, args: tuple):
        self._function, self._args = function, args

    def result(self):
        return self._function(*self._args)


class _Forked:
    """A result worked out in a forked process while this one goes on; the child sees this process's memory as it
    was at the fork, so only the result crosses (pickled, through a pipe)."""

    def __init__(self, function: Callable, args: tuple):
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_send_result, args=(send, function, args), daemon=True)
        self._process.start()
        send.close()

    def result(self):
        try:
            failed, value = self._receive.recv()
        finally:
            self._receive.close()
            self._process.join()
        if failed:
            raise value
        return value


def _send_result(send, function: Callable, args: tuple) -> None:
    try:
        outcome = (False, function(*args))
    except Exception as exc:  # noqa: BLE001 (raised again in the parent, where it is handled as any error is)
        outcome = (True, exc)
    send.send(outcome)
    send.close()


def in_background(function: Callable, args: tuple, jobs: int, workers: int | None = None):
    """function(*args), worked out beside the caller's next steps when the story is read in workers (a forked
    process, where the platform forks), else in this process when its `.result()` is asked for."""
    workers = default_workers(jobs) if workers is None else workers
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        return _Forked(function, args)
    return _Now(function, args)


class OverBudget(Exception):
    """A text took longer to read than its time budget."""


def _over_budget(signum, frame):
    raise OverBudget()


@contextmanager
def time_budget(seconds: float):
    """Stop the work inside after `seconds` (by an alarm signal: where there is none, or off the main thread,
    as in a thread-based cluster worker, the work runs unbounded)."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _over_budget)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
