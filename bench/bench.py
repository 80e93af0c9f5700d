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
import compileall
import statistics
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


def _median_seconds(action: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def text_throughput(setting: Setting) -> Measured:
    """The text pipeline in this process, after warm-up, with a profile by stage.

    Every timed document is one the process has not seen (the archive's
    samples with their figures, region and year changed), as in a batch: the
    stages cache what they learn of a line or a clause, and a document timed
    again would find its own lines cached."""
    from extract.link import link_footnotes
    from extract.match import match
    from extract.normalise import normalise
    from extract.read import read_path
    from extract.rules import load_rules
    from extract.segment import segment
    from extract.tables import TABLE_DTYPES, document_rows, joined_rows
    from extract.write import TableWriter

    rules = load_rules()
    per_pass, passes = 20, 3
    utf8 = [path for path in setting.archive.good if _is_utf8(path)]
    if len(utf8) < per_pass * (passes + 1):
        raise SystemExit(f"text_throughput needs {per_pass * (passes + 1)} UTF-8 documents "
                         "in the archive: raise --documents")
    batches = [utf8[k * per_pass:(k + 1) * per_pass] for k in range(passes + 1)]
    stages = dict.fromkeys(("read", "normalise", "segment", "match", "write"), 0.0)

    def one_pass(paths: list[Path]) -> float:
        started = clock = time.perf_counter()
        rows = []
        for path in paths:
            clock = time.perf_counter()
            raw = read_path(path)
            stages["read"] += (now := time.perf_counter()) - clock
            norm = normalise(raw, rules)
            stages["normalise"] += (clock := time.perf_counter()) - now
            sectioned = segment(norm, rules)
            stages["segment"] += (now := time.perf_counter()) - clock
            matched = link_footnotes(match(sectioned, rules))
            stages["match"] += (clock := time.perf_counter()) - now
            rows.append(document_rows(matched, rules))
            stages["write"] += time.perf_counter() - clock
        clock = time.perf_counter()
        with TableWriter(setting.work / "text-throughput", TABLE_DTYPES) as writer:
            for name, table_rows in joined_rows(rows).items():
                writer.append(name, table_rows)
            writer.commit()
        stages["write"] += time.perf_counter() - clock
        return time.perf_counter() - started

    one_pass(batches[0])  # warm-up: rules, jieba's dictionary, OpenCC
    for stage in stages:
        stages[stage] = 0.0
    timed = [(sum(path.stat().st_size for path in paths), one_pass(paths))
             for paths in batches[1:]]
    megabytes_per_second = statistics.median(size / seconds / 1e6 for size, seconds in timed)
    documents_per_second = statistics.median(per_pass / seconds for _, seconds in timed)
    profile = ", ".join(f"{stage} {1000 * spent / passes / per_pass:.1f}"
                        for stage, spent in stages.items())
    return Measured(megabytes_per_second, "MB/s",
                    f"{documents_per_second:.1f} documents/s; ms per document: {profile}")


def _is_utf8(path: Path) -> bool:
    """(The archive writes every tenth file in GB18030; MB/s counts UTF-8 bytes.)"""
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _hundred_page_pdf(setting: Setting, pages: int) -> tuple[Path, int]:
    from tests.pdf_fixtures import bulletin_blocks, render_bulletin

    path = setting.work / f"bulletin-{pages}.pdf"
    if not path.exists():
        blocks = bulletin_blocks((ROOT / "samples" / "changzhou-2024.txt").read_text("utf-8"))
        copies = []
        while True:  # enough copies of the bulletin for the pages wanted
            copies += blocks
            render_bulletin(copies, path)
            if _pdf_pages(path) >= pages:
                break
    return path, _pdf_pages(path)


def _pdf_pages(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def pdf_seconds_per_page(setting: Setting) -> Measured:
    """`bulletin extract` on a 100-page PDF, against pdfplumber's bare text extraction."""
    import pdfplumber

    path, pages = _hundred_page_pdf(setting, 100)

    def bare() -> None:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()  # as pdfplumber advises for long files (and as we read them)

    def ours() -> None:
        subprocess.run([sys.executable, "-m", "extract", "extract", str(path),
                        "-o", str(setting.work / "pdf-out"), "-q"], check=True)

    from extract.pdf import read_pdf
    from extract.pipeline import process
    from extract.rules import load_rules

    rules = load_rules()
    process(read_pdf(path), rules)  # warm-up: dictionaries load once per process
    # The three take turns, round by round, so that a change in the machine's
    # load falls on all of them; each ratio is the median of the rounds' ratios.
    rounds = [(_median_seconds(bare, repeat=1), _median_seconds(ours, repeat=1),
               _median_seconds(lambda: process(read_pdf(path), rules), repeat=1))
              for _ in range(3)]
    floor = statistics.median(r[0] for r in rounds)
    seconds = statistics.median(r[1] for r in rounds)
    inside = statistics.median(r[2] for r in rounds)
    ratio = statistics.median(r[1] / r[0] for r in rounds)
    inside_ratio = statistics.median(r[2] / r[0] for r in rounds)
    return Measured(seconds / pages, "s/page",
                    f"{pages} pages in {seconds:.1f} s; bare extract_text {floor / pages:.3f} "
                    f"s/page; ratio {ratio:.2f} (in-process, start-up excluded: "
                    f"{inside / pages:.3f} s/page, ratio {inside_ratio:.2f}); the three "
                    f"alternated, three rounds")


def startup(setting: Setting) -> Measured:
    """`bulletin --help`: the command's start-up, imports included."""
    seconds = _median_seconds(lambda: subprocess.run(
        [sys.executable, "-m", "extract", "--help"], capture_output=True, check=True), repeat=5)
    return Measured(seconds, "s", "bulletin --help, median of 5")


def _peak_memory_mb(args: list[str]) -> float:
    """Peak resident memory of a command with all its worker processes, in MB,
    sampled from /proc every 20 ms. (ru_maxrss would not do: Linux carries a
    parent's peak over fork and exec, so a child of this big process reports it.)"""
    process = subprocess.Popen([sys.executable, "-m", "extract", *args],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, sum(_resident_kb(pid) for pid in _tree(process.pid)))
        time.sleep(0.02)
    return peak / 1024


def _tree(root: int) -> list[int]:
    """A process and its descendants."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _resident_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def memory_pdf(setting: Setting) -> Measured:
    """Peak memory for a 100-page PDF, against a 25-page one (flat: about equal)."""
    small, _ = _hundred_page_pdf(setting, 25)
    large, pages = _hundred_page_pdf(setting, 100)
    at_small = _peak_memory_mb(["extract", str(small), "-o", str(setting.work / "m1"), "-q"])
    at_large = _peak_memory_mb(["extract", str(large), "-o", str(setting.work / "m2"), "-q"])
    return Measured(at_large, "MB", f"{pages} pages; 25 pages: {at_small:.0f} MB")


def memory_batch(setting: Setting) -> Measured:
    """Peak memory of a one-process batch of the whole archive, against a fifth of it."""
    folder = setting.archive.folder
    fifth = setting.work / "fifth"
    if not fifth.exists():
        fifth.mkdir()
        for path in sorted(setting.archive.good)[: max(1, len(setting.archive.good) // 5)]:
            (fifth / path.name).write_bytes(path.read_bytes())
    whole = _peak_memory_mb(["extract", str(folder), "-o", str(setting.work / "m3"),
                             "--jobs", "1", "-q"])
    part = _peak_memory_mb(["extract", str(fifth), "-o", str(setting.work / "m4"),
                            "--jobs", "1", "-q"])
    count = len(setting.archive.good)
    return Measured(whole, "MB", f"{count} documents, --jobs 1; {count // 5} documents: "
                                 f"{part:.0f} MB")


MEASUREMENTS: dict[str, Callable[[Setting], Measured]] = {
    "text_throughput": text_throughput,
    "pdf_seconds_per_page": pdf_seconds_per_page,
    "startup": startup,
    "batch_jobs_1": _batch(1),
    "batch_jobs_2": _batch(2),
    "memory_pdf": memory_pdf,
    "memory_batch": memory_batch,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000,
                        help="documents in the generated archive (default: 1000)")
    parser.add_argument("--only", action="append", choices=sorted(MEASUREMENTS),
                        help="run only this measurement (repeatable)")
    args = parser.parse_args(argv)
    # The command as installed: pip compiles an installed package's bytecode,
    # which a checkout where PYTHONDONTWRITEBYTECODE is set (as on the project's
    # machines) would otherwise recompile on every run, a tenth of a second.
    compileall.compile_dir(ROOT / "extract", quiet=1)
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
