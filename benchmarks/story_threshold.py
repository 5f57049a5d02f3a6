"""Where to set the story thresholds (summarizer.stories.JOIN, AVERAGE).

Ingests each labelled day (``DIR/labels.json``, see summarizer/story_eval.py)
once, then re-clusters it (``briefbot stories --rebuild``) for every setting
on a grid and in three arrival orders — file order, reversed, shuffled —
since online clustering depends on the order articles arrive in. Prints
B-cubed F1 per day and order:

    uv run python benchmarks/story_threshold.py tests/data/day1 tests/data/day2 tests/data/day3
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from summarizer import stories
from summarizer.analysis import query_terms
from summarizer.corpus import Corpus
from summarizer.store import Store
from summarizer.story_eval import bcubed, load_labels
from summarizer.story_link import rebuild

AVERAGES = (0.0, 0.5, 1.0)
JOINS = (0.24, 0.26, 0.28, 0.3, 0.32, 0.34, 0.36, 0.38, 0.4)
ORDERS = ("file", "reversed", "shuffled")


def arrive(corpus: Corpus, order: str) -> None:
    """Rewrite added_at so that the articles arrive in ``order``."""
    ids = [int(r[0]) for r in corpus.store.query("SELECT id FROM articles ORDER BY id")]
    if order == "reversed":
        ids.reverse()
    elif order == "shuffled":
        random.Random(7).shuffle(ids)
    with corpus.store.transaction() as db:
        for i, article_id in enumerate(ids):
            stamp = f"2026-11-25T{i // 60:02d}:{i % 60:02d}:00+00:00"
            db.execute("UPDATE articles SET added_at = ? WHERE id = ?", (stamp, article_id))


def score(corpus: Corpus, gold: dict[str, str], order: str) -> float:
    arrive(corpus, order)
    rebuild(corpus.stories, query_terms)
    files = {s.id: str(s.file) for s in corpus.sources() if s.file in gold}
    story = corpus.store.stories(list(files))
    return bcubed(gold, {files[i]: story[i] for i in files}).f1


def main(folders: Sequence[Path]) -> None:
    with tempfile.TemporaryDirectory() as work:
        days = []
        for folder in folders:
            corpus = Corpus(Store(Path(work) / f"{folder.name}.sqlite3"))
            corpus.sync_folder(folder)
            days.append((folder.name, corpus, load_labels(folder)))
        head = "  ".join(f"{name}:{o[:4]}" for name, _, _ in days for o in ORDERS)
        print(f"avg   join  {head}   (B-cubed F1)")
        for average in AVERAGES:
            for join in JOINS:
                stories.AVERAGE, stories.JOIN = average, join
                stories.MERGE = max(0.37, join + 0.05)
                cells = [score(c, g, o) for _, c, g in days for o in ORDERS]
                print(f"{average:.1f}  {join:.2f}  " + "  ".join(f"{x:>9.3f}" for x in cells))


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or [Path("tests/data/day1")])
