"""How long the Telegram renderer takes, and how many messages it makes.

    uv run python benchmarks/telegram_render.py

Uses a throw-away store under the system temp folder (the bundled corpus is
analysed on the first run).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bot.adapters.telegram_adapter import render, utf16_units
from handlers import Context, Line, Reply, Section, SourceRef, answer
from summarizer.corpus import open_corpus

ROOT = Path(__file__).resolve().parent.parent


def timed(make: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        make()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    store = Path(tempfile.gettempdir()) / "briefbot-bench-telegram.sqlite3"
    corpus, _ = open_corpus(store, ROOT / "corpus")
    context = Context(corpus)
    cases: list[tuple[str, Reply]] = []
    for text in ("/chips", "/summary", "/sources"):
        reply = answer(text, context)
        assert reply is not None
        cases.append((text, reply))
    line = "엔비디아 H800 🚀 칩이 화웨이 昇騰과 경쟁한다 & <비교>. " * 3
    cases.append(
        (
            "300 long lines",
            Reply(
                "summary",
                title="📰",
                sections=(Section(None, tuple(Line(line, cites=(1,)) for _ in range(300))),),
                sources=(SourceRef(1, "t", "https://example.com/a?b=1&c=2"),),
            ),
        )
    )
    cases.append(
        (
            "one 100k-emoji word",
            Reply("summary", sections=(Section(None, (Line("😀" * 100_000),)),)),
        )
    )
    print(f"{'reply':22} {'ms (median)':>11} {'messages':>8} {'largest (units)':>15}")
    for name, reply in cases:
        payloads = render(reply)
        runs = 200 if len(payloads) < 3 else 10
        ms = timed(lambda reply=reply: render(reply), runs)
        largest = max(utf16_units(p["text"]) for p in payloads)
        print(f"{name:22} {ms:11.2f} {len(payloads):8d} {largest:15d}")


if __name__ == "__main__":
    main()
