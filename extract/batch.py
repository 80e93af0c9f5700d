"""Run a function over many items in worker processes, results in the items' order.

This module knows nothing of bulletins: ``pipeline.run`` gives it the
per-file function. Results come back in input order whatever order the
workers finish in, so outputs do not depend on ``jobs``; at most a few items
per worker are in flight, so memory does not grow with the number of items.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

IN_FLIGHT_PER_JOB = 4
"""Items submitted ahead per worker: enough to keep workers busy while the
parent writes, few enough that out-of-order results stay a small buffer."""


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def ordered_map(function: Callable[[Item], Result], items: Iterable[Item], jobs: int,
                initializer: Callable[..., None] | None = None,
                initargs: tuple[Any, ...] = (),
                on_crash: Callable[[Item, BaseException], Result] | None = None
                ) -> Iterator[Result]:
    """``function(item)`` for each item, yielded in the items' order.

    With ``jobs`` > 1 the calls run in that many worker processes; each runs
    ``initializer(*initargs)`` once when it starts. ``function`` and the
    items must be picklable (a module-level function). Closing the iterator
    early (the consumer stops) cancels the items not yet started.

    A worker that dies (a crash in native code, the memory killer) breaks
    the whole pool. Then the items in flight are run again, the first one
    alone in a worker of its own: if that dies too, ``on_crash(item, error)``
    gives its result (without ``on_crash`` the error is raised).
    """
    if jobs <= 1:
        if initializer:
            initializer(*initargs)
        yield from map(function, items)
        return
    pool = _Pool(jobs, initializer, initargs)
    pending: deque[tuple[Item, Future[Result]]] = deque()
    try:
        for item in items:
            pending.append((item, pool.submit(function, item)))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield _next_result(pending, pool, function, on_crash)
        while pending:
            yield _next_result(pending, pool, function, on_crash)
    finally:
        pool.shutdown()


def _next_result(pending: deque[tuple[Item, Future[Result]]], pool: _Pool,
                 function: Callable[[Item], Result],
                 on_crash: Callable[[Item, BaseException], Result] | None) -> Result:
    item, future = pending.popleft()
    try:
        return future.result()
    except BrokenProcessPool:
        if on_crash is None:
            raise
    pool.restart()
    for index, (other, other_future) in enumerate(pending):
        if not _succeeded(other_future):
            pending[index] = (other, pool.submit(function, other))
    alone = _Pool(1, pool.initializer, pool.initargs)
    try:
        return alone.submit(function, item).result()
    except BrokenProcessPool as exc:
        return on_crash(item, exc)
    finally:
        alone.shutdown()


def _succeeded(future: Future[Any]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


class _Pool:
    """A process pool that can be replaced by a fresh one when a worker dies."""

    def __init__(self, jobs: int, initializer: Callable[..., None] | None,
                 initargs: tuple[Any, ...]) -> None:
        self.jobs, self.initializer, self.initargs = jobs, initializer, initargs
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=_context(),
                                   initializer=self.initializer, initargs=self.initargs)

    def submit(self, function: Callable[[Item], Result], item: Item) -> Future[Result]:
        return self.executor.submit(function, item)

    def restart(self) -> None:
        self.shutdown()
        self.executor = self._start()

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _context() -> multiprocessing.context.BaseContext:
    """Fresh worker processes that do not inherit the parent's threads.

    ``forkserver`` (POSIX) forks workers from a small server process that
    has imported the pipeline once; ``spawn`` elsewhere. Plain ``fork`` is
    avoided: the parent may hold threads (pyarrow's pools) whose locks a
    forked child would inherit in a locked state.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["extract.pipeline"])
        _start_forkserver()
        return context
    return multiprocessing.get_context("spawn")


def _start_forkserver() -> None:
    """Start the fork server, if it is not running, without the current folder
    on its path. It runs as ``python -c``, which puts that folder first, and
    (before Python 3.13) keeps that path when it imports the preloaded
    pipeline: a user's ``extract.py`` or ``extract/`` where the command runs
    would be imported, and run, in place of this package."""
    from multiprocessing import forkserver

    saved = os.environ.get("PYTHONSAFEPATH")
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        forkserver.ensure_running()
    finally:
        if saved is None:
            del os.environ["PYTHONSAFEPATH"]
        else:
            os.environ["PYTHONSAFEPATH"] = saved
