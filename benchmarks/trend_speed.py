"""How long ``/trend`` takes: the first chart in a process (matplotlib is
imported and the Korean font registered) and the ones after it.

    uv run python benchmarks/trend_speed.py

Uses a throw-away store under the system temp folder (the bundled corpus is
analysed first, not timed).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from handlers import Command, Context, dispatch
from summarizer.corpus import open_corpus

ROOT = Path(__file__).resolve().parent.parent
RUNS = 10


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        corpus, _ = open_corpus(Path(folder) / "s.sqlite3", ROOT / "corpus")
        context = Context(corpus)
        start = time.perf_counter()
        reply = dispatch(Command("trend", "엔비디아 30"), context)
        first = time.perf_counter() - start
        samples = []
        for _ in range(RUNS):
            start = time.perf_counter()
            dispatch(Command("trend", "H800 30"), context)
            samples.append(time.perf_counter() - start)
        corpus.store.close()
    size = len(reply.image.data) if reply.image else 0
    print(f"first /trend in a process: {first * 1000:.0f} ms (matplotlib import, font)")
    print(
        f"then: median {statistics.median(samples) * 1000:.0f} ms, "
        f"max {max(samples) * 1000:.0f} ms over {RUNS}; PNG {size} bytes, 1000x500"
    )


if __name__ == "__main__":
    main()
