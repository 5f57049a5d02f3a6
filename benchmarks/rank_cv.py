"""How well do the ranking's weights generalise? Leave-one-file-out on the
dev half of sci-news-sum-kr-50.

    uv run python benchmarks/rank_cv.py [DIR]

The ranking averages four signals with equal weights (summarizer/rank.py).
This script compares, on the same signals:

* equal weights (nothing fitted: the dev figure *is* a held-out figure for
  the weights, though the signals were chosen by looking at the dev half);
* weights fitted by logistic regression on 24 files, scored on the 25th;
* the best weights of a 0.1 grid picked on 24 files, scored on the 25th.
"""

from __future__ import annotations

import itertools
import math
import sys
from pathlib import Path

import numpy as np

from summarizer.evaluate import Article, load_articles
from summarizer.rank import (
    _FULL_LENGTH,
    _LONG,
    _unit_scale,
    first_body_sentence,
    headline_similarity,
    textrank_scores,
)

DEV = Path(__file__).resolve().parents[2] / "shared/data/sci-news-sum-kr-50/dev"


def signals(article: Article) -> np.ndarray:
    """(n, 4): centrality, headline, lead, substance — as in score_sentences."""
    terms = article.terms
    graph = _unit_scale(textrank_scores(terms))
    headline = headline_similarity(terms, article.title_terms)
    first = first_body_sentence(article.sentences)
    rows = []
    for i, text in enumerate(article.sentences):
        lead = 1 / math.sqrt(1 + i - first) if i >= first else 0.0
        substance = min(len(text), _FULL_LENGTH) / _FULL_LENGTH * min(1.0, _LONG / len(text))
        rows.append([graph[i], headline[i], lead, substance])
    return np.array(rows)


def f1(scores: np.ndarray, article: Article) -> float:
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[: article.k]
    return len(set(order) & set(article.gold)) / article.k


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    x = np.c_[x, np.ones(len(x))]
    w = np.zeros(x.shape[1])
    for _ in range(3000):  # plain gradient descent; 4 features, 500 rows
        p = 1 / (1 + np.exp(-x @ w))
        w -= 0.5 * (x.T @ (p - y) + l2 * np.r_[w[:-1], 0]) / len(y)
    return w[:-1]


def main(folder: Path) -> None:
    articles = load_articles(folder)
    feats = [signals(a) for a in articles]
    golds = [np.array([i in a.gold for i in range(len(a.sentences))], float) for a in articles]
    equal = np.mean([f1(x.mean(1), a) for x, a in zip(feats, articles, strict=True)])
    grid = [np.array(w) / 10 for w in itertools.product(range(11), repeat=4) if sum(w) == 10]
    loo_lr, loo_grid = [], []
    for held in range(len(articles)):
        train = [j for j in range(len(articles)) if j != held]
        w = fit_logistic(np.vstack([feats[j] for j in train]), np.hstack([golds[j] for j in train]))
        loo_lr.append(f1(feats[held] @ w, articles[held]))
        best = max(grid, key=lambda g: np.mean([f1(feats[j] @ g, articles[j]) for j in train]))
        loo_grid.append(f1(feats[held] @ best, articles[held]))
    full_lr = fit_logistic(np.vstack(feats), np.hstack(golds))
    print(f"{len(articles)} files")
    print(f"equal weights (ours), dev F1:                {equal:.3f}")
    print(f"logistic regression, leave-one-file-out F1:  {np.mean(loo_lr):.3f}")
    print(f"best 0.1-grid weights, leave-one-file-out F1: {np.mean(loo_grid):.3f}")
    shares = full_lr / full_lr.sum()
    print("logistic weights fitted on all files, as shares:", np.round(shares, 2))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEV)
