"""Turn Chinese statistical bulletins (统计公报) into tidy, traceable tables.

>>> import extract
>>> tables = extract.extract_text("2024年全市参加职工医保人数272.42万人。", doc_id="demo")
>>> tables["facts"][["indicator", "kind", "value", "unit"]].values.tolist()
[['参加职工医保人数', 'level', 272.42, '万人']]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pipeline import RunReport, extract_file, extract_text, run

__all__ = ["RunReport", "__version__", "extract_file", "extract_text", "run"]


def __getattr__(name: str) -> Any:
    # pandas and friends load only when the pipeline is used, not on import;
    # importlib.metadata (and the email package under it) only for the version.
    if name in ("extract_file", "extract_text", "run", "RunReport"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("bulletin-extract")
        except PackageNotFoundError:  # running from a source tree
            return "0+unknown"
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
