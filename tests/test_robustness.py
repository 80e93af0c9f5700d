"""Hostile input: anything goes through, nothing hangs.

Speed is measured by `make bench`; here each pathological input only has to
finish (a subprocess with a generous guard, so a regression cannot hang CI)
and give a sensible result.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.errors import UnreadableInput
from extract.read import read_path

from .conftest import ROOT, read_whole


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_goes_through(text) -> None:
    tables = read_whole(text, "any")
    facts = tables["facts"]
    assert (facts["start"] <= facts["end"]).all()
    assert set(tables) >= {"facts", "documents", "sections", "footnotes", "unexplained"}


BULLETINISH = st.text(alphabet=st.sampled_from(list(
    "参保人数比上年增长下降其中分别为、，。；：（）()[]《》0123456789.%万亿元个百分点 \n|#-第年月日")),
    max_size=400)


@settings(max_examples=200, deadline=None)
@given(BULLETINISH)
def test_bulletin_shaped_noise_goes_through(text) -> None:
    tables = read_whole(text, "noise")
    assert len(tables["documents"]) == 1


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_read_or_fail_with_a_documented_error(tmp_path_factory, data) -> None:
    path = tmp_path_factory.mktemp("bytes") / "doc.txt"
    path.write_bytes(data)
    try:
        raw = read_path(path)
    except UnreadableInput as exc:
        assert str(path) in str(exc)
        return
    read_whole(raw.text, "bytes")


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=1, max_size=400))
def test_bytes_decoded_as_gb18030_go_through(data) -> None:
    read_whole(data.decode("gb18030", errors="replace"), "gb")


PATHOLOGICAL = {
    "5 MB of digits on one line": ("'1' * 5_000_000", 0),
    "100k 、 separators": ("'参保人数' + '、'.join(['1万人'] * 100_000)", 100_000),
    "100k bare 、": ("'、' * 100_000", 0),
    "deeply nested brackets": ("'（' * 50_000 + '参保人数1万人' + '）' * 50_000", 1),
    "NUL bytes": ("'参保\\x00人数1万人\\x00' * 10_000", 10_000),
    "1 MB line without punctuation": ("'参保人数增长' * 170_000", 0),
    "1 MB of numbers and spaces": ("'1 ' * 500_000", 0),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_pathological_input_finishes(name) -> None:
    expression, facts = PATHOLOGICAL[name]
    script = ("import json, extract\n"
              f"tables = extract.extract_text({expression}, doc_id='p')\n"
              "print(json.dumps({'facts': len(tables['facts']), 'errors': len(tables['errors']),"
              " 'numbers': int(tables['documents']['numbers'][0])}))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=300, check=True, cwd=ROOT)
    assert json.loads(result.stdout)["facts"] == facts
    assert json.loads(result.stdout)["errors"] == 0


FUZZ_CRASHES = sorted((ROOT / "tests" / "cases" / "fuzz_crashes").glob("*.txt"))


@pytest.mark.parametrize("path", FUZZ_CRASHES, ids=lambda p: p.stem)
def test_fuzz_crash_stays_fixed(path) -> None:
    """Inputs the fuzzer once crashed on (make fuzz)."""
    tables = read_whole(path.read_bytes().decode("utf-8", errors="replace"), path.stem)
    assert len(tables["documents"]) == 1
