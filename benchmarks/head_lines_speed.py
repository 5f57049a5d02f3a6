"""CPU of the title reader's page pass (``page_lines``) and of a repost's
credited source (asked three times per article), two code versions side by
side on the same articles (min of several rounds: the machine is shared).

    mkdir -p /tmp/old && git archive main summarizer | tar -x -C /tmp/old
    mv /tmp/old/summarizer /tmp/old/summarizer_old
    uv run python benchmarks/head_lines_speed.py /tmp/a1k /tmp/old [--articles 300]
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

Step = Callable[[list[str]], object]


def steps(package: str) -> tuple[dict[str, Step], Callable[[str], str]]:
    """The two timed steps of a version, and its text normaliser."""
    try:
        heads: Any = importlib.import_module(f"{package}.never_heads")
    except ImportError:  # before the table: page_lines lived in odd_heads
        heads = importlib.import_module(f"{package}.odd_heads")
    credits: Any = importlib.import_module(f"{package}.late_credits")
    text: Any = importlib.import_module(f"{package}.text")

    def three(lines: list[str]) -> object:
        return [credits.credited_source(lines) for _ in range(3)]

    return {"page_lines": heads.page_lines, "credited_source × 3": three}, text.normalize


def best_ms(step: Step, docs: list[list[str]], rounds: int, package: str) -> float:
    best = float("inf")
    for _ in range(rounds):
        for module in [m for n, m in sys.modules.items() if n.startswith(package + ".")]:
            cached = getattr(module, "_credited", None)  # a memo: each round starts empty
            if cached is not None and hasattr(cached, "cache_clear"):
                cached.cache_clear()
        start = time.process_time()
        for lines in docs:
            step(lines)
        best = min(best, time.process_time() - start)
    return 1000 * best / len(docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder")
    parser.add_argument("old", help="a folder holding summarizer_old/")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, args.old)
    files = sorted(Path(args.folder).glob("*.txt"))[: args.articles]
    table: dict[str, list[float]] = {}
    for package in ("summarizer_old", "summarizer"):
        timed, normalize = steps(package)
        docs = [[ln.strip() for ln in normalize(p.read_text("utf-8")).splitlines()] for p in files]
        for name, step in timed.items():
            table.setdefault(name, []).append(best_ms(step, docs, args.rounds, package))
    print(f"{len(files)} articles, ms CPU per article (best of {args.rounds} rounds)")
    print("| step | before | after |\n|---|---|---|")
    for name, (before, after) in table.items():
        print(f"| {name} | {before:.4f} | {after:.4f} |")


if __name__ == "__main__":
    main()
