"""A cache on disk for what every process would otherwise build again.

Compiling the rules takes a few tenths of a second, since the regex module
parses patterns in Python, and every command and batch worker would pay it.
A compiled pattern pickles with its compiled code, so a pickled rule set
loads in a hundredth of that time.

A value is kept under a key made of everything it is built from, so a
change to any of those makes a new entry, never a stale answer; the newest
few entries of a name are kept and older ones removed. The cache is
an optimisation only: an entry that cannot be read is built again, and one
that cannot be written is not kept, silently.

The directory is ``$BULLETIN_CACHE_DIR``, else ``$XDG_CACHE_HOME/bulletin``,
else ``~/.cache/bulletin``; ``BULLETIN_CACHE_DIR`` set empty turns the cache
off. Like Python's ``__pycache__``, it holds pickles that are loaded without
question: it must be writable by its user only.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

KEEP = 8
"""Entries of one name kept in the directory (older ones are removed)."""


def cache_directory() -> Path | None:
    """The cache directory, or None when the cache is off."""
    configured = os.environ.get("BULLETIN_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "bulletin"


def cached(name: str, parts: list[bytes], build: Callable[[], T], kind: type[T]) -> T:
    """The value of ``build()``, from the cache when an entry of ``name`` was
    built from the same ``parts``; else built, and kept."""
    directory = cache_directory()
    if directory is None:
        return build()
    digest = hashlib.sha256()
    for part in parts:  # length-prefixed: no two lists of parts share a key
        digest.update(len(part).to_bytes(8, "big") + part)
    path = directory / f"{name}-{digest.hexdigest()[:24]}.pickle"
    try:
        value = pickle.loads(path.read_bytes())
        if isinstance(value, kind):
            return value
    except Exception:  # absent, unreadable, or from another version: build it
        pass
    value = build()
    _keep(path, value)
    return value


def _keep(path: Path, value: object) -> None:
    """Write an entry atomically (a reader never sees half of one); drop old entries."""
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".", delete=False) as file:
            temporary = Path(file.name)
            pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        name = path.name.rsplit("-", 1)[0]
        entries = sorted(path.parent.glob(f"{name}-*.pickle"),
                         key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
