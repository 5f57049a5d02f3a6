"""A whole ``briefbot ask`` process for the start-up tests: its own cache
folder and Python's import trace on stderr (which shows whether Kiwi was
loaded)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ask(store: Path, cache: Path, *words: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-X", "importtime", "-m", "bot.cli", "ask", "--store", str(store)]
    return subprocess.run(
        [*argv, "--corpus", str(cache / "no-folder"), *words],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
        timeout=120,
    )
