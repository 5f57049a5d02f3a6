"""Where ingest's own Python goes, with Kiwi taken out: Kiwi's answers for
every paragraph of a folder are recorded first (real Kiwi), then
``briefbot ingest DIR`` runs in this process with a stand-in that replays
them, under cProfile. Prints milliseconds per article by stage.

    uv run python benchmarks/scale_articles.py 1000 /tmp/a1k
    uv run python benchmarks/ingest_replay.py /tmp/a1k [--out /tmp/p.out]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import cli  # noqa: E402
from summarizer import (  # noqa: E402
    analysis,
    batch,
    clean,
    corpus,
    entities,
    rank,
    store,
    store_index,
    stories,
    story_link,
)

# stage name -> functions whose cumulative time it is (the first found wins)
STAGES = {
    "screen: clean + metadata": ("clean_article",),
    "screen: MinHash signature": ("signature",),
    "screen: same-text lookup": ("_same_text",),
    "Kiwi tokens -> ours": ("_sentences", "_to_tokens", "kiwi_sentences", "_analysed"),
    "rank": ("rank",),
    "mentions": ("mentions",),
    "write: SQLite": ("save_article",),
    "write: stories": ("link_article",),
}


# stage -> (module, attribute) timed by a wrapper (few calls per article)
TIMED = {
    "clean + metadata": (batch, "clean_article"),
    "MinHash signature": (batch, "signature"),
    "same-text lookup": (corpus, "same_text"),
    "rank (TextRank, headline)": (batch, "rank"),
    "entity mentions": (batch, "mentions"),
    "SQLite: article, sentences, mentions": (store.Store, "save_article"),
    "stories (features, assignment)": (corpus, "link_article"),
    # written once per write transaction (session 19), outside the stages above
    "SQLite: held entity aggregates saved": (store_index, "release"),
    "stories: a batch's document counts saved": (stories.StoryIndex, "_save_counts"),
    # parts of the stages above (their time is in them too)
    "  of clean: metadata": (clean, "extract_metadata"),
    "  of rank: TextRank": (rank, "textrank_scores"),
    "  of rank: headline similarity": (rank, "headline_similarity"),
    "  of rank: lead centrality": (rank, "lead_centrality"),
    "  of mentions: catalogue names": (entities.EntityIndex, "_catalogued"),
    "  of SQLite: entity aggregates": (store_index, "add_article"),
    "  of stories: features": (story_link, "article_features"),
    "  of stories: document counts": (stories.StoryIndex, "_count_document"),
    "  of stories: candidates": (stories.StoryIndex, "_candidates"),
    "  of stories: decide (idf, cosines, MinHash)": (stories.StoryIndex, "_decide"),
}
SPENT: dict[str, float] = {}


def timed(stage: str, function: Any) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[stage] = SPENT.get(stage, 0.0) + time.process_time() - start

    return wrapper


def time_stages() -> None:
    for stage, (owner, name) in TIMED.items():
        if name is not None and hasattr(owner, name):
            setattr(owner, name, timed(stage, getattr(owner, name)))


class Replay:
    """Kiwi's batch calls (``split_into_sents`` before r17kiwi, ``tokenize``
    since) answered from a recording."""

    def __init__(self, kiwi: Any) -> None:
        self.kiwi = kiwi
        self.answers: dict[tuple[str, str], Any] = {}
        self.replaying = False

    def split_into_sents(self, texts: Iterable[str] | str, **kwargs: Any) -> Any:
        return self._answer("split_into_sents", texts, kwargs)

    def tokenize(self, texts: Iterable[str] | str, **kwargs: Any) -> Any:
        return self._answer("tokenize", texts, kwargs)

    def _answer(self, method: str, texts: Iterable[str] | str, kwargs: dict[str, Any]) -> Any:
        call = getattr(self.kiwi, method)
        if isinstance(texts, str):
            if (method, texts) not in self.answers:
                self.answers[method, texts] = call(texts, **kwargs)
            return self.answers[method, texts]
        if self.replaying:
            return (self.answers[method, text] for text in texts)
        fed: list[str] = []

        def tap() -> Iterator[str]:
            for text in texts:
                fed.append(text)
                yield text

        def record() -> Iterator[Any]:
            for index, answer in enumerate(call(tap(), **kwargs)):
                self.answers[method, fed[index]] = answer
                yield answer

        return record()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.kiwi, name)


def fmt(runs: list[float], count: int) -> str:
    return " / ".join(f"{1000 * r / count:.2f}" for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder")
    parser.add_argument("--out", help="profile a last pass, write its cProfile stats here")
    parser.add_argument("--passes", type=int, default=2, help="unprofiled passes")
    args = parser.parse_args()
    replay = Replay(analysis.get_kiwi())
    analysis._kiwi = replay
    folder = Path(args.folder)
    count = len(list(folder.glob("*.txt")))
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "warm.sqlite3")  # a first pass records Kiwi's answers
        cli.main(["ingest", str(folder), "--store", store])
        replay.replaying = True
        cache = getattr(analysis, "PARAGRAPHS", None)  # None: before the cache
        if cache is not None:
            cache.clear()  # each pass as a fresh process
        time_stages()
        runs = []
        for run in range(args.passes):
            SPENT.clear()
            start = time.process_time()
            cli.main(["ingest", str(folder), "--store", str(Path(tmp) / f"plain{run}.sqlite3")])
            runs.append(time.process_time() - start)
            if cache is not None:
                print(f"paragraph cache: {cache.hits} hits, {cache.misses} misses", file=sys.stderr)
                cache.clear()
        print(f"{count} articles, ms CPU per article without Kiwi: {fmt(runs, count)}")
        rest = runs[-1] - sum(v for k, v in SPENT.items() if not k.startswith(" "))
        for stage, secs in [
            *SPENT.items(),
            ("the rest (Kiwi tokens -> ours, reading files, ...)", rest),
        ]:
            print(f"  {stage:52s} {1000 * secs / count:5.2f} ms (last pass)")
        if not args.out:
            return
        store = str(Path(tmp) / "x.sqlite3")
        profile = cProfile.Profile(time.process_time)  # CPU: the machine is shared
        start = time.process_time()
        profile.enable()
        cli.main(["ingest", str(folder), "--store", store])
        profile.disable()
        total = time.process_time() - start
    stats = pstats.Stats(profile)
    if args.out:
        stats.dump_stats(args.out)
    cumulative: dict[str, float] = {}
    for (file, _, name), row in stats.stats.items():  # type: ignore[attr-defined]
        if "summarizer" in file:
            cumulative[name] = cumulative.get(name, 0.0) + row[3]
    print(f"profiled: {1000 * total / count:.2f} ms per article; stages (profiled):")
    for stage, names in STAGES.items():
        secs = next((cumulative[n] for n in names if n in cumulative), 0.0)
        print(f"  {stage:28s} {1000 * secs / count:6.2f} ms")


if __name__ == "__main__":
    main()
