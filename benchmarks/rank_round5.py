"""Fifth round of ranking experiments (issue 13, branch r13sum, session 13):
new cues added to today's ranker with a nested weight (detail density,
numbers with units, keyword coverage, neighbour smoothing, relative length,
character n-gram headline similarity and centrality, quote interactions),
and learned models fitted across files (a naive-Bayes lexical prior over
content terms, morphemes, function morphemes or POS tags; boosted stumps on
today's score and twelve sentence features). Dev half of sci-news-sum-kr-50
only; rank_round5_learned.py holds the fitted rows.

    uv run python benchmarks/rank_round5.py [DIR]

The reference is *today's* ranker (summarizer.rank.score_sentences), and
every family's first configuration (weight 0) *is* today's ranker, so a
family gains only by choosing something else on training files. Protocol as
in rank_round4.py: nested leave-one-file-out (24 files choose the weight,
the 25th scores) and repeated 5-fold (20 random splits), files better/worse
against today's ranker; "fixed w" are the in-sample F1 at each weight.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from rank_combo import nested_loo, repeated_kfold, top_k
from rank_cv import DEV
from rank_round4 import PRIOR, Signals, signals

from summarizer.evaluate import Article, load_articles
from summarizer.rank import _unit_scale, score_sentences

WEIGHTS = (0.0, 0.25, 0.5, 1.0)
# A number followed by a unit or a counter word (figures of a result).
_UNIT = re.compile(
    r"\d[\d,.]*\s*(%|퍼센트|배|명|개|원|달러|년|개월|일|시간|분|초|도|℃|nm|mm|cm|km|m|g|kg|t|톤|"
    r"mg|ml|ℓ|W|kW|MW|GW|Wh|kWh|V|Hz|GHz|MHz|GB|TB|MB|bps|마력|리터|건|곳|종|가지|세|살)"
)


class Harness:
    """Today's score and F1 for every dev file."""

    def __init__(self, articles: list[Article], sig: list[Signals]) -> None:
        self.articles, self.sig = articles, sig
        self.base = [s.six @ PRIOR for s in sig]
        self.gold = [set(a.gold) for a in articles]
        self.today = np.array([self.f1(i, self.base[i]) for i in range(len(articles))])

    def f1(self, i: int, scores: np.ndarray) -> float:
        k = self.articles[i].k
        return len(set(top_k(scores, k)) & self.gold[i]) / k

    def table(self, feats: Sequence[np.ndarray], weights: Sequence[float]) -> np.ndarray:
        """(weights, files) F1 of today's score + w × the feature, scaled to
        [0, 1] within the article (the six signals are in [0, 1] too)."""
        scaled = [np.array(_unit_scale(list(f))) for f in feats]
        return np.array(
            [[self.f1(i, self.base[i] + w * s) for i, s in enumerate(scaled)] for w in weights]
        )

    def raw_table(self, deltas: Sequence[np.ndarray], weights: Sequence[float]) -> np.ndarray:
        """As :meth:`table` but the deltas are added unscaled (a swap of one
        signal for another at weight 1)."""
        return np.array(
            [[self.f1(i, self.base[i] + w * d) for i, d in enumerate(deltas)] for w in weights]
        )

    def row(self, name: str, table: np.ndarray, weights: Sequence[float]) -> str:
        loo, kfold = nested_loo(table), repeated_kfold(table)
        diff, kdiff = loo - self.today, kfold - self.today
        wins, losses = int((diff > 1e-9).sum()), int((diff < -1e-9).sum())
        fixed = ", ".join(
            f"{w:g}: {t.mean():.3f} ({int((t > self.today + 1e-9).sum())}/"
            f"{int((t < self.today - 1e-9).sum())})"
            for w, t in zip(weights, table, strict=True)
            if w
        )
        return (
            f"| {name} | {loo.mean():.3f} | {diff.mean():+.3f} | {wins}/{losses} | "
            f"{kfold.mean():.3f} ({kdiff.mean():+.3f}) | {fixed} |"
        )


# ------------------------------------------------------------ cues
def digit_density(a: Article) -> np.ndarray:
    return np.array([len(re.findall(r"\d+", t)) / max(1, len(t)) for t in a.sentences])


def parentheses(a: Article) -> np.ndarray:
    return np.array([float(t.count("(")) for t in a.sentences])


def units(a: Article) -> np.ndarray:
    return np.array([float(len(_UNIT.findall(t))) for t in a.sentences])


def keyword_coverage(a: Article, top: int) -> np.ndarray:
    """Share of the article's ``top`` most widespread content terms (by the
    number of sentences holding them) that the sentence holds."""
    spread = Counter(t for terms in a.terms for t in set(terms))
    keys = {t for t, _ in spread.most_common(top)}
    return np.array([len(set(terms) & keys) / max(1, len(keys)) for terms in a.terms])


def neighbour_mean(score: np.ndarray) -> np.ndarray:
    """Mean of today's score of the sentences before and after."""
    n = len(score)
    return np.array(
        [np.mean([score[x] for x in (j - 1, j + 1) if 0 <= x < n] or [0.0]) for j in range(n)]
    )


def relative_length(a: Article) -> np.ndarray:
    mean = np.mean([len(t) for t in a.sentences])
    return np.array([min(2.0, len(t) / mean) for t in a.sentences])


def char_grams(text: str, n: int) -> Counter[str]:
    words = re.sub(r"[^\w]", " ", text.lower()).split()
    return Counter(w[i : i + n] for w in words for i in range(max(1, len(w) - n + 1)))


def gram_matrix(a: Article, n: int) -> tuple[np.ndarray, dict[str, int], np.ndarray]:
    """Unit tf-idf rows of character n-grams (idf over the sentences)."""
    grams = [char_grams(t, n) for t in a.sentences]
    df = Counter(g for v in grams for g in v)
    index = {g: i for i, g in enumerate(df)}
    idf = np.array([math.log1p(len(grams) / df[g]) for g in df])
    rows = np.zeros((len(grams), len(index)))
    for i, v in enumerate(grams):
        for g, c in v.items():
            rows[i, index[g]] = c
    rows *= idf
    rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)
    return rows, index, idf


def gram_headline(a: Article, n: int) -> np.ndarray:
    """Cosine of each sentence with the headline on character n-grams:
    matches 한·중·일 with 한국·중국·일본 where Kiwi's morphemes differ."""
    rows, index, idf = gram_matrix(a, n)
    query = np.zeros(len(index))
    for g, c in char_grams(a.title, n).items():
        if g in index:
            query[index[g]] = c * idf[index[g]]
    norm = np.linalg.norm(query)
    return rows @ query / norm if norm else np.zeros(len(rows))


def gram_pagerank(a: Article, n: int) -> np.ndarray:
    rows, _, _ = gram_matrix(a, n)
    graph = rows @ rows.T
    np.fill_diagonal(graph, 0.0)
    graph /= np.maximum(graph.sum(1, keepdims=True), 1e-12)
    size = len(rows)
    return np.linalg.solve(np.eye(size) - 0.85 * graph.T, np.full(size, 0.15 / size))


# ------------------------------------------------------------ rows
def cue_rows(h: Harness) -> list[str]:
    arts = h.articles
    signed = (0.0, -0.25, -0.5, -1.0)
    cues: list[tuple[str, list[np.ndarray], Sequence[float]]] = [
        ("− digit density (digit runs per character)", [digit_density(a) for a in arts], signed),
        ("− parentheses", [parentheses(a) for a in arts], signed),
        ("+ numbers with units", [units(a) for a in arts], WEIGHTS),
        ("− numbers with units", [units(a) for a in arts], signed),
        ("+ coverage of the top-5 keywords", [keyword_coverage(a, 5) for a in arts], WEIGHTS),
        ("+ coverage of the top-10 keywords", [keyword_coverage(a, 10) for a in arts], WEIGHTS),
        ("+ neighbours' mean score", [neighbour_mean(b) for b in h.base], WEIGHTS),
        ("+ length ÷ article's mean length", [relative_length(a) for a in arts], WEIGHTS),
        ("+ headline cosine, character bigrams", [gram_headline(a, 2) for a in arts], WEIGHTS),
        ("+ headline cosine, character trigrams", [gram_headline(a, 3) for a in arts], WEIGHTS),
        ("+ PageRank on character bigrams", [gram_pagerank(a, 2) for a in arts], WEIGHTS),
        ("+ PageRank on character trigrams", [gram_pagerank(a, 3) for a in arts], WEIGHTS),
    ]
    out = [h.row(name, h.table(feats, ws), ws) for name, feats, ws in cues]
    for n in (2, 3):
        swap = [gram_headline(a, n) - s.six[:, 1] for a, s in zip(arts, h.sig, strict=True)]
        ws = (0.0, 0.5, 1.0)
        out.append(h.row(f"headline ← character {n}-grams (mix ½, 1)", h.raw_table(swap, ws), ws))
    quote = [s.six[:, 5] for s in h.sig]
    late = [-q * (1 - s.six[:, 2]) for q, s in zip(quote, h.sig, strict=True)]
    long_quote = [-q * (s.six[:, 3] >= 1) for q, s in zip(quote, h.sig, strict=True)]
    out.append(h.row("− quote × (1 − lead)", h.raw_table(late, WEIGHTS), WEIGHTS))
    out.append(h.row("− quote of 150+ characters", h.raw_table(long_quote, WEIGHTS), WEIGHTS))
    return out


def load(folder: Path) -> Harness:
    articles = load_articles(folder)
    h = Harness(articles, [signals(a) for a in articles])
    today = [
        h.f1(i, np.array(score_sentences(a.terms, a.title_terms, a.sentences)))
        for i, a in enumerate(articles)
    ]
    assert np.allclose(today, h.today), "the harness differs from score_sentences"
    return h


def main(folder: Path) -> None:
    h = load(folder)
    print(f"{len(h.articles)} files; today's ranker F1 {h.today.mean():.3f} (in-sample)")
    print("| ranking | F1 nested LOO | Δ | files +/− | F1 5-fold ×20 (Δ) | fixed w: F1 (+/−) |")
    print("|---|---|---|---|---|---|")
    for line in cue_rows(h):
        print(line, flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEV)
