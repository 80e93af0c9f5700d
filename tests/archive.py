"""A generated archive of bulletins: the samples under many names, regions and years.

Used by the batch tests and by ``bench/bench.py``. Every document is a sample
with its region and year changed in the title (and the year throughout) and
every decimal figure scaled by a factor of its own, so that no two documents
are the same file. Deterministic: the same arguments give the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import regex

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))

REGIONS = ("无锡市", "苏州市", "南通市", "扬州市", "镇江市", "泰州市", "徐州市", "淮安市",
           "盐城市", "宿迁市", "连云港市", "常州市", "江苏省", "浙江省", "安徽省")
YEARS = tuple(range(2015, 2025))
BAD_FILES = {
    "empty": b"",
    "binary": b"\x00\x01\x02\x03PK" * 200,
    "undecodable": b"\x80\x81\xfe\xff garbled \xc3\x28 bytes \xa0\xa1" * 20,
}
"""The three files that cannot be read, by the error kind they give."""

_DECIMAL = regex.compile(r"(?<![\d.])(\d+)\.(\d+)(?![\d.])")
_TITLE_REGION = regex.compile(r"常州市|全国")


@dataclass
class Archive:
    folder: Path
    good: list[Path] = field(default_factory=list)
    bad: list[Path] = field(default_factory=list)

    @property
    def doc_ids(self) -> list[str]:
        return sorted(path.stem for path in self.good)


def build_archive(folder: Path, documents: int, bad: bool = True) -> Archive:
    """Write ``documents`` files into ``folder`` (the last three unreadable if ``bad``)."""
    archive = Archive(folder)
    templates = [path.read_text(encoding="utf-8") for path in SAMPLES]
    good = documents - len(BAD_FILES) if bad else documents
    for number in range(good):
        region = REGIONS[number % len(REGIONS)]
        year = YEARS[(number // len(REGIONS)) % len(YEARS)]
        text = vary(templates[number % len(templates)], region, year, number)
        path = folder / str(year) / f"{region}-{year}-{number:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        # Every tenth file in GB18030, as many archives hold.
        path.write_bytes(text.encode("gb18030" if number % 10 == 9 else "utf-8"))
        archive.good.append(path)
    if bad:
        for name, data in BAD_FILES.items():
            path = folder / "incoming" / f"{name}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            archive.bad.append(path)
    return archive


def vary(text: str, region: str, year: int, number: int) -> str:
    """A sample as another region's bulletin of another year, figures scaled.

    >>> vary("2024年度常州市公报\\n参保人数 272.42万人，增长2.68%。", "苏州市", 2019, 7)
    '2019年度苏州市公报\\n参保人数 274.60万人，增长2.70%。'
    """
    factor = 1 + (number % 97 + 1) / 1000

    def scale(match: regex.Match[str]) -> str:
        decimals = len(match.group(2))
        return f"{float(match.group()) * factor:.{decimals}f}"

    lines = text.replace("2024", str(year)).replace("2023", str(year - 1)).split("\n")
    title = next(i for i, line in enumerate(lines) if line.strip())
    lines[title] = _TITLE_REGION.sub(region, lines[title], count=1)
    return _DECIMAL.sub(scale, "\n".join(lines))
