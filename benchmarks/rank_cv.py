"""Does anything beat the ranking's equal-weight average? Cross-validated
experiments on the dev half of sci-news-sum-kr-50.

    uv run python benchmarks/rank_cv.py [DIR]

The reference is the four signals of summarizer/rank.py (centrality,
headline, lead, substance) with equal weights, as the ranker was before
round three (it now also adds ½ lead-biased PageRank and ½ quote mark, see
rank_combo.py); nothing is fitted, so its dev F1 is already a
held-out figure for the weights (not for the choice of signals, which was
made by studying the dev half). Every other row is compared with it file by
file (25 files: a one-sentence swap in one file moves the mean by 0.01):

* a candidate feature added with a weight picked among {0, ¼, ½, 1} on 24
  files and scored on the 25th (nested leave-one-file-out); the best fixed
  weight chosen on all 25 is shown too, as the optimistic bound;
* variants of the four signals and other fusions (reciprocal-rank fusion,
  maximal marginal relevance), which fit nothing;
* learned models, always leave-one-file-out: logistic regression (pointwise
  and pairwise) on per-article standardized features with a fixed, strong
  L2 penalty, and the best weights of a 0.1 grid.

Prints a Markdown table: F1, its change against equal weights, files
better/worse, the paired standard error and a two-sided sign-test p.
"""

from __future__ import annotations

import itertools
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rank_features import (
    BASE,
    CANDIDATES,
    cosine_graph,
    feature_table,
    lead_pagerank,
    title_bm25,
)

from summarizer.evaluate import Article, load_articles

DEV = Path(__file__).resolve().parents[2] / "shared/data/sci-news-sum-kr-50/dev"
WEIGHTS = (0.0, 0.25, 0.5, 1.0)
Scorer = Callable[[int], np.ndarray]


@dataclass
class Data:
    articles: list[Article]
    base: list[np.ndarray]  # (n, 4) signals of summarizer/rank.py
    extra: list[np.ndarray]  # (n, len(CANDIDATES))
    gold: list[np.ndarray]  # (n,) 0/1

    def f1(self, index: int, scores: np.ndarray) -> float:
        article = self.articles[index]
        order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[: article.k]
        return len(set(order) & set(article.gold)) / article.k

    def per_file(self, scorer: Scorer) -> np.ndarray:
        return np.array([self.f1(i, scorer(i)) for i in range(len(self.articles))])


def load(folder: Path) -> Data:
    articles = load_articles(folder)
    return Data(
        articles=articles,
        base=[feature_table(a, BASE) for a in articles],
        extra=[feature_table(a, CANDIDATES) for a in articles],
        gold=[np.array([i in a.gold for i in range(len(a.sentences))], float) for a in articles],
    )


# ------------------------------------------------------------- statistics
def sign_test(wins: int, losses: int) -> float:
    """Two-sided exact binomial p of wins vs losses (ties dropped)."""
    n = wins + losses
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, i) for i in range(min(wins, losses) + 1)) / 2**n
    return min(1.0, 2 * tail)


def table_row(name: str, files: np.ndarray, reference: np.ndarray) -> str:
    diff = files - reference
    wins, losses = int((diff > 1e-9).sum()), int((diff < -1e-9).sum())
    se = diff.std(ddof=1) / math.sqrt(len(diff))
    p = sign_test(wins, losses)
    cells = [name, f"{files.mean():.3f}", f"{diff.mean():+.3f}", f"{wins}/{losses}"]
    return "| " + " | ".join([*cells, f"{se:.3f}", f"{p:.2f}"]) + " |"


# ------------------------------------------------------------ experiments
def nested_choice(by_weight: dict[float, np.ndarray]) -> np.ndarray:
    """Per held-out file, the F1 of the weight that did best on the other
    files (ties go to the smaller weight)."""
    files = len(next(iter(by_weight.values())))
    out = []
    for held in range(files):
        means = {w: float(np.delete(f, held).mean()) for w, f in by_weight.items()}
        best = max(by_weight, key=lambda w: (means[w], -w))
        out.append(by_weight[best][held])
    return np.array(out)


def candidate_rows(data: Data) -> list[tuple[str, np.ndarray]]:
    """Each candidate added to the four signals; weight nested-LOO."""
    rows = []
    for c, name in enumerate(CANDIDATES):
        by_weight = {
            w: data.per_file(lambda i, w=w, c=c: data.base[i].sum(1) + w * data.extra[i][:, c])
            for w in WEIGHTS
        }
        optimistic = max(WEIGHTS[1:], key=lambda w: float(by_weight[w].mean()))
        rows.append((f"+ {name}, weight nested-LOO", nested_choice(by_weight)))
        rows.append(
            (f"+ {name}, best fixed weight {optimistic} (in-sample)", by_weight[optimistic])
        )
    return rows


def percentile(values: np.ndarray) -> np.ndarray:
    ranks = np.argsort(np.argsort(-values, kind="stable"), kind="stable")
    return 1 - ranks / max(1, len(values) - 1)


def reciprocal_rank(matrix: np.ndarray, k: float) -> np.ndarray:
    ranks = np.column_stack([1 - percentile(col) for col in matrix.T]) * (len(matrix) - 1)
    return (1 / (k + ranks)).sum(1)


def mmr(data: Data, index: int, weight: float) -> np.ndarray:
    """Greedy maximal marginal relevance on the equal-weight scores; returns
    scores whose top k are the MMR picks."""
    relevance = data.base[index].mean(1)
    sims = cosine_graph(data.articles[index].terms)
    picked: list[int] = []
    for _ in range(data.articles[index].k):
        rest = [i for i in range(len(relevance)) if i not in picked]
        penalty = [max((sims[i, p] for p in picked), default=0.0) for i in rest]
        gain = [
            weight * relevance[i] - (1 - weight) * q for i, q in zip(rest, penalty, strict=True)
        ]
        picked.append(rest[int(np.argmax(gain))])
    scores = np.zeros(len(relevance))
    scores[picked] = np.arange(len(picked), 0, -1)
    return scores


def variant_rows(data: Data) -> list[tuple[str, np.ndarray]]:
    """Other shapes and fusions of the same signals (nothing fitted)."""
    rows = []
    for drop, name in enumerate(BASE):
        keep = [j for j in range(len(BASE)) if j != drop]
        rows.append((f"without {name}", data.per_file(lambda i, k=keep: data.base[i][:, k].sum(1))))
    relative = list(CANDIDATES).index("position / body length")

    def swapped(i: int, column: int, values: np.ndarray) -> np.ndarray:
        matrix = data.base[i].copy()
        matrix[:, column] = values
        return matrix.sum(1)

    rows += [
        (
            "lead → position / body length",
            data.per_file(lambda i: swapped(i, 2, data.extra[i][:, relative])),
        ),
        (
            "centrality as percentile, not min-max",
            data.per_file(lambda i: swapped(i, 0, percentile(data.base[i][:, 0]))),
        ),
        (
            "headline cosine → BM25",
            data.per_file(lambda i: swapped(i, 1, title_bm25(data.articles[i]))),
        ),
        (
            "all four as percentiles (Borda)",
            data.per_file(
                lambda i: np.column_stack([percentile(c) for c in data.base[i].T]).sum(1)
            ),
        ),
    ]
    for k in (10.0, 60.0):
        rows.append(
            (
                f"reciprocal-rank fusion, k={k:g}",
                data.per_file(lambda i, k=k: reciprocal_rank(data.base[i], k)),
            )
        )
    for w in (0.9, 0.8):
        rows.append(
            (f"MMR redundancy penalty, λ={w}", data.per_file(lambda i, w=w: mmr(data, i, w)))
        )
    return rows


def sensitivity_rows(data: Data) -> list[tuple[str, np.ndarray]]:
    """The best candidate with its neighbouring settings: a real effect
    should not vanish next door."""
    rows = []
    for damping in (0.85, 0.5):
        feats = [lead_pagerank(a, damping) for a in data.articles]
        for w in (0.25, 0.5, 0.75, 1.0):
            files = data.per_file(lambda i, w=w, f=feats: data.base[i].sum(1) + w * f[i])
            rows.append((f"+ lead-biased PageRank, damping {damping}, weight {w}", files))
    return rows


# ---------------------------------------------------------------- learned
def standardize(matrix: np.ndarray) -> np.ndarray:
    """Per-article z-scores: the model compares sentences of one article."""
    spread = matrix.std(0)
    return (matrix - matrix.mean(0)) / np.where(spread < 1e-9, 1, spread)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Pointwise L2 logistic regression by gradient descent; no bias returned."""
    x = np.c_[x, np.ones(len(x))]
    w = np.zeros(x.shape[1])
    for _ in range(1500):
        p = 1 / (1 + np.exp(-x @ w))
        w -= 0.5 * (x.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0])
    return w[:-1]


def fit_pairwise(xs: Sequence[np.ndarray], ys: Sequence[np.ndarray], l2: float = 1.0) -> np.ndarray:
    """RankNet-style: logistic loss on (picked − not picked) within an article."""
    diffs = np.vstack(
        [
            (x[y == 1][:, None, :] - x[y == 0][None, :, :]).reshape(-1, x.shape[1])
            for x, y in zip(xs, ys, strict=True)
        ]
    )
    w = np.zeros(diffs.shape[1])
    for _ in range(1500):
        p = 1 / (1 + np.exp(-diffs @ w))
        w -= 0.5 * (-(diffs.T @ (1 - p)) / len(diffs) + l2 * w)
    return w


def learned_rows(data: Data) -> list[tuple[str, np.ndarray]]:
    """Leave-one-file-out fits: train on 24 files, score the 25th."""
    n = len(data.articles)
    feature_sets = {
        "4 signals": [standardize(b) for b in data.base],
        f"4 signals + {len(CANDIDATES)} candidates": [
            standardize(np.c_[b, e]) for b, e in zip(data.base, data.extra, strict=True)
        ],
    }
    grid = [np.array(w) / 10 for w in itertools.product(range(11), repeat=4) if sum(w) == 10]
    grid_means = [data.per_file(lambda i, g=g: data.base[i] @ g) for g in grid]
    rows = []
    for label, feats in feature_sets.items():
        pointwise, pairwise = [], []
        for held in range(n):
            train = [j for j in range(n) if j != held]
            w = fit_logistic(
                np.vstack([feats[j] for j in train]), np.hstack([data.gold[j] for j in train])
            )
            pointwise.append(data.f1(held, feats[held] @ w))
            w = fit_pairwise([feats[j] for j in train], [data.gold[j] for j in train])
            pairwise.append(data.f1(held, feats[held] @ w))
        rows.append((f"logistic regression, {label}, LOO", np.array(pointwise)))
        rows.append((f"pairwise logistic ranking, {label}, LOO", np.array(pairwise)))
    picks = [
        max(range(len(grid)), key=lambda g: np.delete(grid_means[g], h).mean()) for h in range(n)
    ]
    rows.append(
        (
            "best 0.1-grid weights of the 4 signals, LOO",
            np.array([grid_means[g][h] for h, g in enumerate(picks)]),
        )
    )
    return rows


def main(folder: Path) -> None:
    data = load(folder)
    reference = data.per_file(lambda i: data.base[i].sum(1))
    sentences = sum(len(a.sentences) for a in data.articles)
    se = reference.std(ddof=1) / math.sqrt(len(reference))
    print(f"{len(data.articles)} files, {sentences} sentences; equal weights F1 ± se {se:.3f}")
    print("| ranking | F1 | Δ | files +/− | paired se | sign p |")
    print("|---|---|---|---|---|---|")
    print(
        table_row(
            "**four equal-weight signals (rank.py before round three)**", reference, reference
        )
    )
    for section in (variant_rows, candidate_rows, sensitivity_rows, learned_rows):
        for name, files in section(data):
            print(table_row(name, files, reference), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEV)
