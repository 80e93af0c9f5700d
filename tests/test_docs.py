"""The README stays true: its command help is the command's help.

``pytest tests/test_docs.py --update-golden`` rewrites the help blocks.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

from .conftest import ROOT

HELP_BLOCK = re.compile(r"(?P<head><!-- help: (?P<command>[^>]+?) -->\n```\n)(?P<text>.*?)"
                        r"(?P<tail>```\n<!-- /help -->)", re.S)


def _help(command: str) -> str:
    args = command.split()[1:]
    return subprocess.run([sys.executable, "-m", "extract", *args, "--help"],
                          capture_output=True, text=True, check=True,
                          env={**os.environ, "COLUMNS": "100"}).stdout


def test_readme_help_blocks_match_the_commands(update_golden) -> None:
    path = ROOT / "README.md"
    readme = path.read_text(encoding="utf-8")
    blocks = list(HELP_BLOCK.finditer(readme))
    assert blocks, "README has no help blocks"
    if update_golden:
        path.write_text(HELP_BLOCK.sub(lambda m: m["head"] + _help(m["command"]) + m["tail"],
                                       readme), encoding="utf-8")
        return
    for block in blocks:
        assert block["text"] == _help(block["command"]), (
            f"README help for '{block['command']}' is stale; "
            "run pytest tests/test_docs.py --update-golden")


def test_readme_names_the_two_setup_commands_first() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.index("```sh")
    assert readme.index("make run", first_block) < readme.index("make test", first_block)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
