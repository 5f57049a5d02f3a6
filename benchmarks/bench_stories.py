"""Speed of stories at 10,000 articles: assignment at ingest, ``briefbot
stories`` and the daily briefing.

    uv run python benchmarks/bench_stories.py [--size 10000]

The labelled days (tests/data/day1, day2: 95 real articles) go through the
whole pipeline once; the store then grows to ``--size`` with copies of their
analysed rows (sentences, terms, mentions) under new ids, each copy made a
story of its own by a few story-specific terms, 1–6 copies per story,
arriving over 30 days (about 330 a day). Every copy is assigned to its story
exactly as at ingest (``story_link.link_article``: document counts, inverted
index, candidates, similarities, merges) and timed. Kiwi is not timed: it
runs before assignment and is measured in bench_core.py.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from handlers import Context
from handlers.briefing import BRIEFING_SCAN, daily_briefing, new_article_ids
from summarizer.analysis import query_terms
from summarizer.corpus import Corpus
from summarizer.minhash import Signature
from summarizer.store import ArticleRow, Store
from summarizer.story_link import link_article
from summarizer.story_view import Period, recent_stories

ROOT = Path(__file__).resolve().parents[1]
START = datetime(2026, 11, 1, tzinfo=UTC)
SPAN = timedelta(days=30)


def templates(corpus: Corpus) -> list[tuple[ArticleRow, list[str], Signature]]:
    out = []
    for article in corpus.store.articles():
        extra = corpus.store.extra(article.id)
        if extra is not None:
            sig = Signature(extra.shingles, extra.signature)
            out.append((article, query_terms(article.title), sig))
    return out


def grow(corpus: Corpus, size: int, checkpoints: list[int]) -> dict[int, list[tuple[float, float]]]:
    """Grow the store to ``size`` articles; assignment times (ms, wall and
    CPU) of the 200 articles before each checkpoint."""
    rng = random.Random(12)
    pool = templates(corpus)
    store = corpus.store
    timings: dict[int, list[tuple[float, float]]] = {c: [] for c in checkpoints}
    n, story = store.article_count(), 0
    while n < size:
        story += 1
        article, title_terms, template_sig = rng.choice(pool)
        marks = [f"사건{story}표지{j}" for j in range(4)]
        # another story from the same template: most of its words renamed,
        # its own body shingles
        renamed = {t: f"{t}{story}" for t in _terms(store, article.id) if rng.random() < 0.85}
        values = bytes(rng.getrandbits(8) for _ in range(len(template_sig.values)))
        sig = Signature(template_sig.shingles, values)
        title_terms = [renamed.get(t, t) for t in title_terms]
        for _ in range(rng.randint(1, 6)):
            n += 1
            when = START + SPAN * (n / size)
            row = replace(
                article, id=0, content_hash=f"bench-{n}", file=None, added_at=when.isoformat()
            )
            sentences = [
                replace(s, terms=(*(renamed.get(t, t) for t in s.terms), *marks[: 1 + s.idx % 4]))
                for s in store.sentences(article.id)
            ]
            mentions = store.mentions(article_ids=[article.id])
            new_id = store.save_article(row, "", sentences, mentions)
            started, cpu = time.perf_counter(), time.process_time()
            link_article(
                corpus.stories,
                replace(row, id=new_id),
                [*title_terms, *marks[:2]],
                sentences,
                mentions,
                sig,
                None,
            )
            elapsed = (time.perf_counter() - started) * 1000
            used = (time.process_time() - cpu) * 1000
            for checkpoint in checkpoints:
                if checkpoint - 200 < n <= checkpoint:
                    timings[checkpoint].append((elapsed, used))
    return timings


def _terms(store: Store, article_id: int) -> set[str]:
    return {t for s in store.sentences(article_id) for t in s.terms}


def timed(fn: object, repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--keep", metavar="FILE", help="keep the grown store here")
    args = parser.parse_args()
    size = args.size
    checkpoints = sorted({c for c in (1000, 2500, 5000, size) if c <= size})
    with tempfile.TemporaryDirectory() as work:
        path = Path(args.keep or Path(work) / "bench.sqlite3")
        corpus = Corpus(Store(path))
        for day in ("day1", "day2"):
            corpus.sync_folder(ROOT / "tests/data" / day)
        timings = grow(corpus, size, checkpoints)
        print("assignment per article (ms), the 200 articles before each size:")
        for checkpoint, values in timings.items():
            wall = sorted(v[0] for v in values)
            cpu = sorted(v[1] for v in values)
            p95 = wall[int(len(wall) * 0.95) - 1]
            print(
                f"  {checkpoint:>6} articles: wall median {statistics.median(wall):.1f}, "
                f"p95 {p95:.1f}; CPU median {statistics.median(cpu):.1f}"
            )
        end = START + SPAN
        since = end - timedelta(days=1)
        context = Context(corpus)
        period = Period(since=since)
        found = recent_stories(corpus, period)
        ms = timed(lambda: recent_stories(corpus, period))
        print(f"stories since the last day ({len(found)} stories): {ms:.0f} ms in process")
        ids = new_article_ids(corpus, since, BRIEFING_SCAN, until=end)
        brief = timed(lambda: daily_briefing(context, article_ids=ids, day=end.date(), since=since))
        print(f"daily briefing over {len(ids)} new articles: {brief:.0f} ms in process")
        corpus.store.close()
        command = [
            sys.executable, "-m", "bot.cli", "stories", "--json", "--store", str(path),
            "--corpus", work + "/none", "--since", since.isoformat(),
        ]  # fmt: skip
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        total = (time.perf_counter() - started) * 1000
        print(f"briefbot stories --since … --json, whole process: {total:.0f} ms")


if __name__ == "__main__":
    main()
