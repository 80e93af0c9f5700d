"""Benchmarks: named measurements in one run, printed as a small table.

    make bench                                # or: .venv/bin/python bench/bench.py
    .venv/bin/python bench/bench.py --documents 500 --only batch_jobs_1

Each measurement is a function registered in MEASUREMENTS that returns a
value and its unit; add one by writing a function and listing it there.
The archive is generated (tests/archive.py: the samples under many names,
figures altered, three unreadable files), so the figures are comparable from
run to run on the same machine. Timings are wall-clock seconds of the whole
command, start-up included, as a user would see them.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.archive import Archive, build_archive  # noqa: E402


@dataclass(frozen=True)
class Measured:
    value: float
    unit: str
    note: str = ""


@dataclass(frozen=True)
class Setting:
    archive: Archive
    work: Path


def _batch(jobs: int) -> Callable[[Setting], Measured]:
    def measure(setting: Setting) -> Measured:
        out = setting.work / f"out-jobs-{jobs}"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "extract", "extract", str(setting.archive.folder),
                        "-o", str(out), "--jobs", str(jobs), "-q"],
                       stderr=subprocess.DEVNULL, check=False)
        seconds = time.perf_counter() - started
        documents = len(setting.archive.good)
        return Measured(documents / seconds, "documents/s",
                        f"{documents} documents in {seconds:.1f} s")
    return measure


MEASUREMENTS: dict[str, Callable[[Setting], Measured]] = {
    "batch_jobs_1": _batch(1),
    "batch_jobs_2": _batch(2),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=300,
                        help="documents in the generated archive (default: 300)")
    parser.add_argument("--only", action="append", choices=sorted(MEASUREMENTS),
                        help="run only this measurement (repeatable)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bulletin-bench-") as work:
        setting = Setting(build_archive(Path(work) / "archive", args.documents), Path(work))
        rows = [(name, MEASUREMENTS[name](setting))
                for name in (args.only or list(MEASUREMENTS))]
    width = max(len(name) for name, _ in rows)
    print(f"{'measurement':<{width}}  {'value':>10}  unit          note")
    for name, measured in rows:
        print(f"{name:<{width}}  {measured.value:>10.2f}  {measured.unit:<12}  {measured.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
