"""Where to set the story thresholds (summarizer.stories.JOIN and MERGE).

Ingests a labelled day (``DIR/labels.json``, see summarizer/story_eval.py)
once, then re-clusters it for every pair of thresholds on a grid and prints
B-cubed and pairwise F1. Tune on one day, check the choice on another:

    uv run python benchmarks/story_threshold.py tests/data/day1 tests/data/day2
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from summarizer import stories
from summarizer.analysis import query_terms
from summarizer.corpus import Corpus
from summarizer.store import Store
from summarizer.story_eval import bcubed, load_labels, pairwise
from summarizer.story_link import rebuild

JOINS = (0.16, 0.18, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3)
MERGES = (0.3, 0.35, 0.4, 0.5)


def load(folder: Path, work: Path) -> tuple[Corpus, dict[str, str]]:
    corpus = Corpus(Store(work / f"{folder.name}.sqlite3"))
    corpus.sync_folder(folder)
    return corpus, load_labels(folder)


def score(corpus: Corpus, gold: dict[str, str]) -> tuple[float, float]:
    rebuild(corpus.stories, query_terms)
    files = {s.id: s.file for s in corpus.sources() if s.file}
    story = corpus.store.stories(list(files))
    predicted = {files[i]: story[i] for i in files}
    return bcubed(gold, predicted).f1, pairwise(gold, predicted).f1


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or [Path("tests/data/day1")]
    with tempfile.TemporaryDirectory() as work:
        days = [load(f, Path(work)) for f in folders]
        print(
            "join  merge  " + "  ".join(f"{f.name:>14}" for f in folders) + "   (B3 F1 / pair F1)"
        )
        for join in JOINS:
            for merge in MERGES:
                if merge < join:
                    continue
                stories.JOIN, stories.MERGE = join, merge
                cells = [score(c, g) for c, g in days]
                row = "  ".join(f"{b:.3f} / {p:.3f}" for b, p in cells)
                print(f"{join:.2f}  {merge:.2f}   {row}")


if __name__ == "__main__":
    main()
