"""Round five, fitted rows (issue 13, branch r13sum, session 13): models
learned across files, each scored only on files it never saw.

* **Lexical prior** (naive Bayes): each key's smoothed pick rate on the
  training files as a log-odds against the base rate, averaged over the
  sentence's keys (keys seen in fewer than two training files count 0),
  scaled to [0, 1] and added to today's score with a weight in
  {0, ¼, ½, 1}. Keys: content terms, all morphemes (form/tag), function
  morphemes only (endings, particles, copula, auxiliaries: the style of a
  gist sentence, not its topic), or POS tags and tag bigrams.
* **Boosted stumps**: a logistic model of "picked" whose start is a + c ×
  today's score, then M depth-1 trees (shrinkage 0.1, leaves of 10+
  sentences) on today's six signals, today's score, position from the body
  start, relative position, sentences in the article, k/n, digit runs,
  parentheses and length; M ∈ {0, 10, 30}. M = 0 ranks exactly as today.

Fully nested: for the held-out file f, the weight (or M) is chosen by an
inner cross-validation over the other files in which every inner file's
feature is fitted without it (inner leave-one-out for the prior, inner
5-fold for the stumps); then the model is refitted on all the other files
and scored on f. Repeated 5-fold (5 splits of 5 folds) the same way.

    uv run python benchmarks/rank_round5_learned.py [DIR]   # ~4 min
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from rank_cv import DEV
from rank_round5 import WEIGHTS, Harness, load

from summarizer.rank import _unit_scale, first_body_sentence

Feature = Callable[[int, Sequence[int]], np.ndarray]
_FUNCTION = ("E", "J", "X", "VCP", "VX", "MAJ")


def keys_of(h: Harness, kind: str) -> list[list[set[str]]]:
    """Per file, per sentence: the set of keys the lexical prior counts."""
    out = []
    for a in h.articles:
        per = []
        for tokens, terms in zip(a.tokens, a.terms, strict=True):
            if kind == "content terms":
                keys = set(terms)
            elif kind == "morphemes":
                keys = {f"{t.form}/{t.tag}" for t in tokens if not t.tag.startswith("S")}
            elif kind == "function morphemes":
                keys = {f"{t.form}/{t.tag}" for t in tokens if t.tag.startswith(_FUNCTION)}
            else:
                tags = [t.tag.split("-")[0] for t in tokens]
                keys = set(tags) | {f"{x}_{y}" for x, y in zip(tags, tags[1:], strict=False)}
            per.append(keys)
        out.append(per)
    return out


class LexicalPrior:
    def __init__(self, h: Harness, kind: str, smoothing: float = 5.0) -> None:
        self.keys, self.smoothing = keys_of(h, kind), smoothing
        self.seen = [Counter(k for ks in per for k in ks) for per in self.keys]
        self.picked = [
            Counter(k for j, ks in enumerate(per) if j in gold for k in ks)
            for per, gold in zip(self.keys, h.gold, strict=True)
        ]
        self.files = [{k for ks in per for k in ks} for per in self.keys]
        self.golds = [len(g) for g in h.gold]

    def feature(self, f: int, train: Sequence[int]) -> np.ndarray:
        seen, picked, files = Counter[str](), Counter[str](), Counter[str]()
        for t in train:
            seen.update(self.seen[t])
            picked.update(self.picked[t])
            files.update(self.files[t])
        rate = sum(self.golds[t] for t in train) / sum(len(self.keys[t]) for t in train)
        out = []
        for keys in self.keys[f]:
            odds = []
            for k in keys:
                if files[k] >= 2:
                    p = (picked[k] + self.smoothing * rate) / (seen[k] + self.smoothing)
                    odds.append(math.log(p / (1 - p)) - math.log(rate / (1 - rate)))
            out.append(sum(odds) / len(odds) if odds else 0.0)
        return np.array(_unit_scale(out))


def nested_weight(h: Harness, feature: Feature, f: int, train: Sequence[int]) -> float:
    """F1 on f of today's score + w × feature, w chosen by inner LOO on train."""
    inner = np.zeros(len(WEIGHTS))
    for t in train:
        ft = feature(t, [u for u in train if u != t])
        inner += [h.f1(t, h.base[t] + w * ft) for w in WEIGHTS]
    w = WEIGHTS[int(np.argmax(np.round(inner, 9)))]
    return h.f1(f, h.base[f] + w * feature(f, train))


def splits(files: int, repeats: int = 5) -> list[list[int]]:
    rng = np.random.default_rng(13)
    return [
        [int(x) for x in held]
        for _ in range(repeats)
        for held in np.array_split(rng.permutation(files), 5)
    ]


def held_out(h: Harness, score: Callable[[int, list[int]], float]) -> tuple[float, float, str]:
    """(nested LOO F1, repeated 5-fold F1, files +/− under LOO)."""
    files = len(h.articles)
    loo = np.array([score(f, [t for t in range(files) if t != f]) for f in range(files)])
    folds, total = splits(files), np.zeros(files)
    for held in folds:
        train = [t for t in range(files) if t not in held]
        for f in held:
            total[f] += score(f, train)
    kfold = total / (len(folds) / 5)
    diff = loo - h.today
    return loo.mean(), kfold.mean(), f"{int((diff > 1e-9).sum())}/{int((diff < -1e-9).sum())}"


# ------------------------------------------------------------ stumps
def stump_features(h: Harness) -> list[np.ndarray]:
    out = []
    for a, s, b in zip(h.articles, h.sig, h.base, strict=True):
        n, first = len(a.sentences), first_body_sentence(a.sentences)
        extra = [
            [j - first, j / n, n, a.k / n, len(re.findall(r"\d+", t)), t.count("("), len(t)]
            for j, t in enumerate(a.sentences)
        ]
        out.append(np.column_stack([s.six, b, np.array(extra, float)]))
    return out


Stump = tuple[int, float, float, float]


def best_stump(x: np.ndarray, grad: np.ndarray, hess: np.ndarray, leaf: int = 10) -> Stump:
    best: tuple[float, Stump] = (-1.0, (0, 0.0, 0.0, 0.0))
    for c in range(x.shape[1]):
        order = np.argsort(x[:, c], kind="stable")
        xs, g, w = x[order, c], np.cumsum(grad[order]), np.cumsum(hess[order])
        for i in range(leaf, len(xs) - leaf):
            if xs[i] == xs[i - 1]:
                continue
            left, right = g[i - 1] / (w[i - 1] + 1), (g[-1] - g[i - 1]) / (w[-1] - w[i - 1] + 1)
            gain = g[i - 1] * left + (g[-1] - g[i - 1]) * right
            if gain > best[0]:
                best = (gain, (c, (xs[i] + xs[i - 1]) / 2, left, right))
    return best[1]


def fit_stumps(xs: list[np.ndarray], ys: list[np.ndarray], rounds: int) -> list[Stump]:
    """Start a + c × today's score (column 6) by Newton, then ``rounds``
    boosted stumps with shrinkage 0.1; the start is monotone in today's
    score, so it is dropped from the ranking (the stumps are offsets)."""
    x, y = np.vstack(xs), np.concatenate(ys)
    z = np.column_stack([np.ones(len(x)), x[:, 6]])
    theta = np.zeros(2)
    for _ in range(25):
        p = 1 / (1 + np.exp(-z @ theta))
        hess = (z * (p * (1 - p))[:, None]).T @ z + 1e-6 * np.eye(2)
        theta += np.linalg.solve(hess, z.T @ (y - p))
    margin, stumps = z @ theta, []
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-margin))
        c, cut, left, right = best_stump(x, y - p, p * (1 - p))
        stumps.append((c, cut, 0.1 * left, 0.1 * right))
        margin = margin + np.where(x[:, c] <= cut, 0.1 * left, 0.1 * right)
    scale = theta[1]
    return [(c, cut, left / scale, right / scale) for c, cut, left, right in stumps]


def boosted(x: np.ndarray, stumps: Sequence[Stump]) -> np.ndarray:
    score = x[:, 6].copy()
    for c, cut, left, right in stumps:
        score += np.where(x[:, c] <= cut, left, right)
    return score


def stump_scorer(h: Harness, rounds: Sequence[int] = (0, 10, 30)) -> Callable[..., float]:
    xs = stump_features(h)
    ys = [np.array([j in g for j in range(len(x))], float) for x, g in zip(xs, h.gold, strict=True)]

    def score(f: int, train: list[int]) -> float:
        inner = np.zeros(len(rounds))
        rng = np.random.default_rng(f)
        for held in np.array_split(rng.permutation(train), 5):
            fit_on = [t for t in train if t not in set(held)]
            stumps = fit_stumps([xs[t] for t in fit_on], [ys[t] for t in fit_on], max(rounds))
            for i, m in enumerate(rounds):
                inner[i] += sum(h.f1(int(t), boosted(xs[t], stumps[:m])) for t in held)
        m = rounds[int(np.argmax(np.round(inner, 9)))]
        stumps = fit_stumps([xs[t] for t in train], [ys[t] for t in train], m)
        return h.f1(f, boosted(xs[f], stumps))

    return score


def main(folder: Path) -> None:
    h = load(folder)
    print(f"{len(h.articles)} files; today's ranker F1 {h.today.mean():.3f} (in-sample)")
    print("| model | F1 nested LOO | files +/− | F1 5-fold ×5 | fixed w, LOO-fitted |")
    print("|---|---|---|---|---|")
    for kind in ("content terms", "morphemes", "function morphemes", "POS tags and bigrams"):
        prior = LexicalPrior(h, kind)
        loo, kfold, wl = held_out(h, lambda f, tr, p=prior: nested_weight(h, p.feature, f, tr))
        files = range(len(h.articles))
        fixed = [
            np.mean(
                [
                    h.f1(f, h.base[f] + w * prior.feature(f, [t for t in files if t != f]))
                    for f in files
                ]
            )
            for w in WEIGHTS[1:]
        ]
        at = ", ".join(f"{w:g}: {v:.3f}" for w, v in zip(WEIGHTS[1:], fixed, strict=True))
        print(f"| lexical prior, {kind} | {loo:.3f} | {wl} | {kfold:.3f} | {at} |", flush=True)
    loo, kfold, wl = held_out(h, stump_scorer(h))
    print(f"| boosted stumps, M ∈ {{0, 10, 30}} | {loo:.3f} | {wl} | {kfold:.3f} | {fixed_m(h)} |")


def fixed_m(h: Harness, rounds: Sequence[int] = (10, 30)) -> str:
    """Leave-one-file-out F1 of the stumps at each fixed M."""
    xs = stump_features(h)
    ys = [np.array([j in g for j in range(len(x))], float) for x, g in zip(xs, h.gold, strict=True)]
    total = np.zeros(len(rounds))
    for f in range(len(xs)):
        train = [t for t in range(len(xs)) if t != f]
        stumps = fit_stumps([xs[t] for t in train], [ys[t] for t in train], max(rounds))
        total += [h.f1(f, boosted(xs[f], stumps[:m])) for m in rounds]
    return ", ".join(f"M={m}: {v / len(xs):.3f}" for m, v in zip(rounds, total, strict=True))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEV)
