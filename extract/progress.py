"""A one-line progress bar for a terminal, and the summary line of a run.

Hand-written (a dozen lines do not justify a dependency): the bar redraws
itself in place with a carriage return, at most ten times a second.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from typing import TextIO

BAR_WIDTH = 24
REDRAW_SECONDS = 0.1
ESTIMATE_AFTER = 10
"""Files done before the bar estimates the time left."""


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a run is, passed to ``run``'s ``on_progress`` after each file."""

    done: int
    """Files finished (extracted or failed)."""
    total: int
    """Files to extract (not counting those skipped as unchanged)."""
    facts: int
    errors: int
    skipped: int
    seconds: float


class ProgressBar:
    """Files done, facts, errors and rate, redrawn in place on ``stream``."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._drawn = ""
        self._last = 0.0

    def update(self, state: Progress) -> None:
        now = time.monotonic()
        if now - self._last < REDRAW_SECONDS and state.done < state.total:
            return
        self._last = now
        self._draw(progress_line(state))

    def message(self, text: str) -> None:
        """Print a line of its own above the bar."""
        drawn = self._drawn
        self._draw("")
        print(text, file=self.stream)
        self._draw(drawn)

    def close(self) -> None:
        self._draw("")

    def _draw(self, line: str) -> None:
        # A line wider than the terminal would wrap, and \r would not go back far enough.
        line = line[:shutil.get_terminal_size().columns - 1]
        padding = " " * max(0, len(self._drawn) - len(line))
        self.stream.write(f"\r{line}{padding}\r" if padding else f"\r{line}")
        self.stream.flush()
        self._drawn = line


def progress_line(state: Progress) -> str:
    """``[#######-----]  512/1000  48,210 facts  3 errors  41.2 docs/s  12 s left``

    >>> from types import SimpleNamespace as S
    >>> progress_line(S(done=50, total=100, facts=1200, errors=1, skipped=0, seconds=20.0))
    '[############------------]  50/100  1,200 facts  1 errors  2.5 docs/s  20 s left'
    """
    share = state.done / state.total if state.total else 1.0
    filled = round(BAR_WIDTH * share)
    rate = state.done / state.seconds if state.seconds > 0 else 0.0
    # The first files carry the start-up time: no estimate until the rate settles.
    settled = rate and share < 1 and state.done >= ESTIMATE_AFTER
    left = f"  {(state.total - state.done) / rate:.0f} s left" if settled else ""
    skipped = f"  {state.skipped} unchanged" if state.skipped else ""
    return (f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}]  {state.done}/{state.total}  "
            f"{state.facts:,} facts  {state.errors} errors{skipped}  {rate:.1f} docs/s{left}")
