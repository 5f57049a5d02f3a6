"""Round four, idea 11: a *learned* prior on how a sentence ends (its final
predicate, e.g. 나오+다 "…결과가 나왔다", 기대+되 "…기대된다", 말+하
"…말했다"), fitted on training files only and cross-validated like
rank_round4.py's rows. This tests the hand-written framing list of
rank_round4.py (row 9) without its selection bias: the list was written
after reading the dev misses, the learned lexicon never sees the held-out
file.

    uv run python benchmarks/rank_endings.py [DIR]
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from rank_combo import top_k
from rank_cv import DEV
from rank_round4 import PRIOR, Bench, _cells, f1_of_a, signals

from summarizer.analysis import Token
from summarizer.evaluate import load_articles

_LIGHT = frozenset({"XSV", "XSA", "VCP", "VX", "VCN"})
WEIGHTS = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0)


def ending_key(tokens: Sequence[Token]) -> str:
    """The sentence's final predicate: its last morpheme that is not an
    ending, particle or symbol, with the one before it when that last
    morpheme is a light verb (되, 하, 이)."""
    core = [t for t in tokens if not t.tag.startswith(("E", "S", "J"))]
    if not core:
        return ""
    last = core[-1]
    if last.tag.split("-")[0] in _LIGHT and len(core) > 1:
        return f"{core[-2].form}+{last.form}"
    return last.form


class EndingPrior:
    """Per-file counts of (ending key → sentences, picked)."""

    def __init__(self, bench: Bench, smoothing: float = 5.0) -> None:
        self.keys = [[ending_key(t) for t in a.tokens] for a in bench.articles]
        self.seen = [Counter(k) for k in self.keys]
        self.picked = [
            Counter(k[j] for j in a.gold) for k, a in zip(self.keys, bench.articles, strict=True)
        ]
        self.smoothing = smoothing

    def feature(self, f: int, train: Sequence[int]) -> np.ndarray:
        """Smoothed pick rate of each sentence's ending in ``train`` minus
        the base rate (0 for an ending not seen there); ``f`` never counts."""
        seen, picked = Counter[str](), Counter[str]()
        for t in train:
            if t != f:
                seen.update(self.seen[t])
                picked.update(self.picked[t])
        base = sum(picked.values()) / max(1, sum(seen.values()))
        a = self.smoothing
        return np.array(
            [(picked[k] + a * base) / (seen[k] + a) - base if k else 0.0 for k in self.keys[f]]
        )


def held_out(bench: Bench, prior: EndingPrior, held: Sequence[int]) -> dict[int, float]:
    """Weight chosen on the other files (each scored with the lexicon of
    the rest of the training files), then the held-out files' F1."""
    files = len(bench.articles)
    train = [f for f in range(files) if f not in held]

    def f1(f: int, w: float, fit_on: Sequence[int]) -> float:
        score = bench.sig[f].six @ PRIOR + w * prior.feature(f, fit_on)
        return f1_of_a(bench.articles[f], top_k(score, bench.articles[f].k))

    totals = [sum(f1(f, w, train) for f in train) for w in WEIGHTS]
    best = WEIGHTS[int(np.argmax(np.round(totals, 9)))]
    return {h: f1(h, best, train) for h in held}


def run(bench: Bench, groups: list[list[int]]) -> np.ndarray:
    files = len(bench.articles)
    prior = EndingPrior(bench)
    total, count = np.zeros(files), np.zeros(files)
    for held in groups:
        for h, v in held_out(bench, prior, held).items():
            total[h] += v
            count[h] += 1
    return total / count


def main(folder: Path) -> None:
    articles = load_articles(folder)
    bench = Bench(articles, [signals(a) for a in articles])
    today = bench.table([bench.linear(PRIOR)])[0]
    files = len(articles)
    loo = run(bench, [[f] for f in range(files)])
    rng = np.random.default_rng(13)
    splits = [list(h) for _ in range(20) for h in np.array_split(rng.permutation(files), 5)]
    kfold = run(bench, splits)
    prior = EndingPrior(bench)
    top = Counter[str]()
    for s in prior.seen:
        top.update(s)
    rates = {k: sum(p[k] for p in prior.picked) / n for k, n in top.items() if n >= 5}
    print(f"today's ranker F1 {today.mean():.3f}; endings seen 5+ times, pick rate:")
    for k, v in sorted(rates.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {k}: {v:.2f} of {top[k]}")
    name = "11. + learned final-predicate prior (lexicon and weight fitted on training files)"
    print(_cells(name, "fit", loo, kfold, float("nan"), today))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEV)
