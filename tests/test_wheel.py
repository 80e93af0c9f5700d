"""The built wheel carries the rule files and runs on its own."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLES


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_extracts(tmp_path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist),
                    str(ROOT)], check=True)
    wheel = next(dist.glob("bulletin_extract-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # Dependencies come from this environment; the package itself only from the wheel.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True)
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([str(venv / "bin" / "bulletin"), "extract", str(SAMPLES[0]), "-o", str(out)],
                            cwd=tmp_path, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    where = subprocess.run([str(python), "-c", "import extract.rules as r; print(r.default_directory())"],
                           cwd=tmp_path, capture_output=True, text=True, env=env, check=True)
    assert Path(where.stdout.strip()).is_relative_to(site)
    assert (out / "facts.csv").read_text(encoding="utf-8-sig").count("\n") > 100
