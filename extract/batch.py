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
                initargs: tuple[Any, ...] = ()) -> Iterator[Result]:
    """``function(item)`` for each item, yielded in the items' order.

    With ``jobs`` > 1 the calls run in that many worker processes; each runs
    ``initializer(*initargs)`` once when it starts. ``function`` and the
    items must be picklable (a module-level function). Closing the iterator
    early (the consumer stops) cancels the items not yet started.
    """
    if jobs <= 1:
        if initializer:
            initializer(*initargs)
        yield from map(function, items)
        return
    with ProcessPoolExecutor(jobs, mp_context=_context(), initializer=initializer,
                             initargs=initargs) as pool:
        pending: deque[Future[Result]] = deque()
        iterator = iter(items)
        try:
            for item in iterator:
                pending.append(pool.submit(function, item))
                if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


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
        return context
    return multiprocessing.get_context("spawn")
