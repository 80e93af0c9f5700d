"""The README stays true: its command help is the command's help."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from .conftest import ROOT

HELP_BLOCK = re.compile(r"<!-- help: (?P<command>[^>]+?) -->\n```\n(?P<text>.*?)```\n<!-- /help -->",
                        re.S)


def test_readme_help_blocks_match_the_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = list(HELP_BLOCK.finditer(readme))
    assert blocks, "README has no help blocks"
    for block in blocks:
        args = block["command"].split()[1:]
        result = subprocess.run([sys.executable, "-m", "extract", *args, "--help"],
                                capture_output=True, text=True, check=True,
                                env={**os.environ, "COLUMNS": "100"})
        assert block["text"] == result.stdout, f"README help for '{block['command']}' is stale"


def test_readme_names_the_two_setup_commands_first() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.index("```sh")
    assert readme.index("make run", first_block) < readme.index("make test", first_block)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
