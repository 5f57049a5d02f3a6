"""The long soak: the simulation of tests/test_soak.py (real scheduler,
ledger and store; fake platforms injecting 429s, 5xx, timeouts after the
request went out, 403s and migrations; kills; two instances) over more days
and subscribers than CI runs.

    uv run python benchmarks/soak.py [--days 90] [--subscribers 600] [--seed 7]

Prints the tally: expected briefings, delivered, lost (must be 0), sent
twice (must be 0), refused for good by the platform, faults injected, and
the real time taken.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from soak_sim import run_soak  # noqa: E402

from summarizer.corpus import Corpus  # noqa: E402
from summarizer.store import Store  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--subscribers", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--kills", type=int, default=12)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Corpus(Store(Path(tmp) / "corpus.sqlite3"))
        started = time.perf_counter()
        tally = run_soak(
            Path(tmp) / "bot.sqlite3",
            corpus,
            days=args.days,
            subscribers=args.subscribers,
            seed=args.seed,
            kills=args.kills,
        )
        took = time.perf_counter() - started
    print(f"{args.days} days, {args.subscribers} subscribers: {tally.line()}")
    print(f"real time {took:.1f} s")
    return 0 if tally.lost == 0 and tally.twice == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
