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
from summarizer import analysis  # noqa: E402

# stage name -> functions whose cumulative time it is (the first found wins)
STAGES = {
    "screen: clean + metadata": ("clean_article",),
    "screen: MinHash signature": ("signature",),
    "screen: same-text lookup": ("_same_text",),
    "Kiwi tokens -> ours": ("_sentences", "_to_tokens", "_analysed", "_paragraph"),
    "rank": ("rank",),
    "mentions": ("mentions",),
    "write: SQLite": ("save_article",),
    "write: stories": ("link_article",),
}


class Replay:
    """Kiwi's split_into_sents answered from a recording."""

    def __init__(self, kiwi: Any) -> None:
        self.kiwi = kiwi
        self.answers: dict[str, Any] = {}

    def record(self, paragraphs: list[str]) -> None:
        todo = sorted(set(paragraphs) - set(self.answers))
        for text, answer in zip(
            todo, self.kiwi.split_into_sents(todo, return_tokens=True), strict=True
        ):
            self.answers[text] = answer

    def split_into_sents(self, texts: Iterable[str] | str, **kwargs: Any) -> Any:
        if isinstance(texts, str):
            self.record([texts])
            return self.answers[texts]

        def out() -> Iterator[Any]:
            for text in texts:
                if text not in self.answers:
                    self.record([text])
                yield self.answers[text]

        return out()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.kiwi, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder")
    parser.add_argument("--out", help="write the cProfile stats here")
    args = parser.parse_args()
    replay = Replay(analysis.get_kiwi())
    analysis._kiwi = replay
    folder = Path(args.folder)
    count = len(list(folder.glob("*.txt")))
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "warm.sqlite3")  # a first pass records Kiwi's answers
        cli.main(["ingest", str(folder), "--store", store])
        start = time.process_time()
        cli.main(["ingest", str(folder), "--store", str(Path(tmp) / "plain.sqlite3")])
        plain = time.process_time() - start
        store = str(Path(tmp) / "x.sqlite3")
        profile = cProfile.Profile()
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
    print(f"{count} articles, {1000 * plain / count:.2f} ms CPU per article without Kiwi")
    print(f"profiled: {1000 * total / count:.2f} ms per article; stages (profiled):")
    for stage, names in STAGES.items():
        secs = next((cumulative[n] for n in names if n in cumulative), 0.0)
        print(f"  {stage:28s} {1000 * secs / count:6.2f} ms")


if __name__ == "__main__":
    main()
