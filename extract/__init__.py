"""Turn Chinese statistical bulletins (统计公报) into tidy, traceable tables.

>>> import extract
>>> tables = extract.extract_text("2024年全市参加职工医保人数272.42万人。", doc_id="demo")
>>> tables["facts"][["indicator", "kind", "value", "unit"]].values.tolist()
[['参加职工医保人数', 'level', 272.42, '万人']]
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pipeline import RunReport, extract_file, extract_text, run

try:
    __version__ = version("bulletin-extract")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0+unknown"

__all__ = ["RunReport", "__version__", "extract_file", "extract_text", "run"]


def __getattr__(name: str) -> Any:
    # pandas and friends load only when the pipeline is used, not on import.
    if name in ("extract_file", "extract_text", "run", "RunReport"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
