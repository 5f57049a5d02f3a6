"""`briefbot ask` answers from the store without numpy (MinHash and TextRank
need it at ingest only) or httpx (fetching only): together they were half
of the command line's import time, and whole-process `ask` is measured
against Kiwi's load time (issue 14)."""

from __future__ import annotations

import subprocess
import sys


def test_the_command_line_imports_no_numpy_or_httpx() -> None:
    code = (
        "import sys, bot.cli, handlers.commands, summarizer.corpus; "
        "print(sorted(m for m in ('numpy', 'httpx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
