"""Round seven: today's ranker and the framing predicate on a second,
blind labelled set (issue 13).

    uv run python benchmarks/rank_blind.py [DIR]

DIR (default tests/data/summary_blind) holds invented Korean science and IT
articles in the sci-news-sum-kr-50 format, each with the picks of two
annotators who worked independently and never saw the project:
``summaries`` (annotator 1) and ``summaries_2`` (annotator 2). The plan was
written before the articles existed (docs/summary-quality.md, round seven):

* A: today's ranker (summarizer.rank.score_sentences);
* B: A + 1 x the framing predicate of round four (``_FRAMING`` in
  rank_round4.py, the list as committed since then);
* C: A + 0.5 x the same.

Each ranker picks k = the annotator's count; sentence F1 per file, against
each annotator separately. The annotators' agreement (one scored against
the other) is the ceiling. Nothing is fitted on this set.

Calibration: a third annotator, briefed the same way, picked sentences of
the dev half of sci-news-sum-kr-50 without seeing its human picks
(``calibration/dev_llm_picks.json``); their agreement with the human picks
says how far such labels stand in for the benchmark's annotators.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from rank_combo import top_k
from rank_cv import DEV, sign_test
from rank_round4 import PRIOR, signals

from summarizer.evaluate import Article, load_articles, sentence_prf
from summarizer.rank import score_sentences

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "tests" / "data" / "summary_blind"

Picker = Callable[[int, Article], list[int]]


def second_gold(folder: Path, articles: Sequence[Article]) -> list[Article]:
    """The same articles with annotator 2's picks as the gold."""
    out = []
    for article in articles:
        data = json.loads((folder / f"{article.name}.json").read_text("utf-8"))
        gold = tuple(sorted(int(i) for i in data["summaries_2"]))
        out.append(dataclasses.replace(article, gold=gold))
    return out


def f1(article: Article, picked: Sequence[int]) -> float:
    return sentence_prf(picked, article.gold)[2]


def pickers(articles: Sequence[Article]) -> dict[str, Picker]:
    sig = [signals(a) for a in articles]

    def linear(framing: float) -> Picker:
        def pick(i: int, article: Article) -> list[int]:
            s = sig[i]
            return top_k(s.six @ PRIOR + framing * s.new["framing"], article.k)

        return pick

    def lead(i: int, article: Article) -> list[int]:
        return list(range(min(article.k, len(article.sentences))))

    def today(i: int, article: Article) -> list[int]:
        return today_picks(article)

    return {
        "A: today's ranker": today,
        "A (rebuilt from the six signals)": linear(0.0),
        "B: A + 1 x framing": linear(1.0),
        "C: A + 0.5 x framing": linear(0.5),
        "lead-k": lead,
    }


def row(name: str, files: np.ndarray, reference: np.ndarray) -> str:
    diff = files - reference
    wins, losses = int((diff > 1e-9).sum()), int((diff < -1e-9).sum())
    se = diff.std(ddof=1) / np.sqrt(len(diff)) if len(diff) > 1 else 0.0
    return (
        f"| {name} | {files.mean():.3f} | {diff.mean():+.3f} | {wins}/{losses} "
        f"| {se:.3f} | {sign_test(wins, losses):.2f} |"
    )


def today_picks(article: Article) -> list[int]:
    scores = score_sentences(article.terms, article.title_terms, article.sentences)
    return top_k(np.array(scores), article.k)


def calibration(folder: Path) -> None:
    """The third annotator's dev picks against the human ones (F1 per file),
    beside today's ranker against the same human picks."""
    path = folder / "calibration" / "dev_llm_picks.json"
    if not path.exists() or not DEV.is_dir():
        print("calibration: skipped (no picks file or no dev half)")
        return
    picks = json.loads(path.read_text("utf-8"))
    dev = load_articles(DEV)
    human = np.array([sentence_prf(picks[a.name], a.gold)[2] for a in dev])
    ours = np.array([sentence_prf(today_picks(a), a.gold)[2] for a in dev])
    given, gold = sum(len(picks[a.name]) for a in dev), sum(a.k for a in dev)
    print(
        f"calibration on the dev half ({len(dev)} files): annotator 3 against the human "
        f"picks F1 {human.mean():.3f} ({given} picks, human {gold}); "
        f"today's ranker against them {ours.mean():.3f}"
    )


def print_table(title: str, table: dict[str, np.ndarray]) -> None:
    print(f"\n### {title}\n")
    print("| ranking | F1 | Δ vs A | files +/− | paired se | sign p |")
    print("|---|---|---|---|---|---|")
    for name, files in table.items():
        print(row(name, files, table["A: today's ranker"]))


def main(argv: list[str]) -> None:
    folder = Path(argv[0]) if argv else DEFAULT
    first = load_articles(folder)
    second = second_gold(folder, first)
    picks = pickers(first)
    pairs = list(zip(first, second, strict=True))
    print(
        f"{len(first)} articles; picks: annotator 1 {sum(a.k for a in first)}, "
        f"annotator 2 {sum(a.k for a in second)}"
    )
    agree = np.array([sentence_prf(a.gold, b.gold)[2] for a, b in pairs])
    print(f"agreement: annotator 1's picks scored against annotator 2's: F1 {agree.mean():.3f}")
    tables = {}
    for label, gold in (("annotator 1", first), ("annotator 2", second)):
        tables[label] = {
            name: np.array([f1(a, p(i, a)) for i, a in enumerate(gold)])
            for name, p in picks.items()
        }
        print_table(f"gold = {label}", tables[label])
    both = {name: (tables["annotator 1"][name] + tables["annotator 2"][name]) / 2 for name in picks}
    print_table("both annotators (a file's F1 = mean over the two)", both)
    print()
    calibration(folder)


if __name__ == "__main__":
    main(sys.argv[1:])
