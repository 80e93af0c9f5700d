"""Coverage-guided fuzzing of the text path (atheris / libFuzzer).

    make fuzz                      # 120 s, corpus grown in fuzz/work from fuzz/seeds
    make fuzz FUZZ_SECONDS=3600

Any exception other than the documented input errors is a crash: libFuzzer
writes the input to fuzz/crash-<hash>; move it to tests/cases/fuzz_crashes/
(the test suite replays every file there) and fix the cause.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from extract.errors import UnreadableInput
    from extract.normalise import normalise
    from extract.pipeline import process
    from extract.read import decode, read_text
    from extract.rules import load_rules

RULES = load_rules()


def check(data: bytes) -> None:
    """The property the fuzzer checks: bytes either fail to read with a
    documented error, or go through every stage with offsets in range."""
    try:
        text, _ = decode(data, "fuzz")
    except UnreadableInput:
        return
    raw = read_text(text, "fuzz")
    norm = normalise(raw, RULES)
    assert len(norm.to_raw) == len(norm.text) + 1
    matched = process(raw, RULES)
    assert not matched.failures, matched.failures  # (the pipeline goes on; a fuzzer must not)
    for fact in matched.facts:
        start, end = norm.raw_span(fact.start, fact.end)
        assert 0 <= start <= end <= len(text)


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
