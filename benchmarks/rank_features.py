"""Candidate sentence features for the ranking experiments of rank_cv.py.

Each function takes one article of sci-news-sum-kr-50 (summarizer.evaluate.
Article) and returns one value per sentence, in [0, 1] unless it is a 0/1
flag. The first four are the signals summarizer/rank.py averages; the others
are the candidates measured against them (docs/summary-quality.md); since
round three summarizer/rank.py also adds lead_pagerank and a quote mark.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from summarizer.evaluate import Article
from summarizer.rank import (
    _FULL_LENGTH,
    _LONG,
    _unit_scale,
    first_body_sentence,
    headline_similarity,
    lead_centrality,
    textrank_scores,
)

Feature = Callable[[Article], np.ndarray]
_REPORTED = re.compile(r"(말했|밝혔|전했|설명했|강조했|덧붙였|지적했)다[.!?”\"’']*\s*$")
_PAST = re.compile(r"(했|였|았|었)다[.!?”\"’']*\s*$")


def _lead_offsets(article: Article) -> np.ndarray:
    """Position counted from the first body sentence (negative before it)."""
    first = first_body_sentence(article.sentences)
    return np.arange(len(article.sentences)) - first


def graph(article: Article) -> np.ndarray:
    return np.array(_unit_scale(textrank_scores(article.terms)))


def headline(article: Article) -> np.ndarray:
    return np.array(headline_similarity(article.terms, article.title_terms))


def lead(article: Article) -> np.ndarray:
    j = _lead_offsets(article)
    return np.where(j >= 0, 1 / np.sqrt(1 + np.maximum(j, 0)), 0.0)


def substance(article: Article) -> np.ndarray:
    chars = np.array([max(1, len(s)) for s in article.sentences], float)
    return np.minimum(chars, _FULL_LENGTH) / _FULL_LENGTH * np.minimum(1.0, _LONG / chars)


def relative_position(article: Article) -> np.ndarray:
    """1 at the first body sentence falling linearly to 0 at the end."""
    j = _lead_offsets(article)
    body = max(1, int((j >= 0).sum()))
    return np.where(j >= 0, 1 - np.maximum(j, 0) / body, 0.0)


def tfidf_matrix(terms: Sequence[Sequence[str]]) -> np.ndarray:
    """Rows: sentences; tf × log(1 + n/df), df over the article's sentences."""
    n = len(terms)
    df = Counter(t for words in terms for t in set(words))
    vocabulary = {t: i for i, t in enumerate(df)}
    matrix = np.zeros((n, len(vocabulary) + 1))
    for i, words in enumerate(terms):
        for t, c in Counter(words).items():
            matrix[i, vocabulary[t]] = c * math.log(1 + n / df[t])
    return matrix


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def cosine_graph(terms: Sequence[Sequence[str]]) -> np.ndarray:
    """Sentence × sentence tf-idf cosine, zero diagonal."""
    unit = _unit_rows(tfidf_matrix(terms))
    sims = unit @ unit.T
    np.fill_diagonal(sims, 0.0)
    return sims


def centroid(article: Article) -> np.ndarray:
    """tf-idf cosine with the whole article (its summed vector)."""
    matrix = tfidf_matrix(article.terms)
    total = matrix.sum(0)
    norm = np.linalg.norm(total) or 1.0
    return _unit_rows(matrix) @ total / norm


def lead_similarity(article: Article) -> np.ndarray:
    """tf-idf cosine with the first body sentence (1 for that sentence)."""
    first = first_body_sentence(article.sentences)
    sims = cosine_graph(article.terms)[first].copy()
    sims[first] = 1.0
    return sims


def personalized_pagerank(
    weights: np.ndarray, teleport: np.ndarray, damping: float = 0.85
) -> np.ndarray:
    n = len(weights)
    rows = weights.sum(1, keepdims=True)
    walk = weights / np.where(rows == 0, 1, rows)
    jump = teleport / teleport.sum() if teleport.sum() > 0 else np.full(n, 1 / n)
    rank = np.full(n, 1 / n)
    for _ in range(100):
        rank = (1 - damping) * jump + damping * walk.T @ rank
    return rank


def lead_pagerank(article: Article, damping: float = 0.85) -> np.ndarray:
    """PageRank on the tf-idf cosine graph whose random jumps land on the
    lead (∝ the lead signal): centrality around the article's opening. The
    signal summarizer/rank.py adds with weight ½ (its own code)."""
    return np.array(lead_centrality(article.terms, list(lead(article)), damping))


def title_bm25(article: Article) -> np.ndarray:
    """BM25 (k1 = 1.2, b = 0.75) of the sentence for the headline's terms."""
    terms, n = article.terms, len(article.terms)
    df = Counter(t for words in terms for t in set(words))
    average = float(np.mean([len(w) for w in terms])) or 1.0
    out = []
    for words in terms:
        counts, score = Counter(words), 0.0
        for t in set(article.title_terms) & set(counts):
            idf = math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5))
            norm = counts[t] + 1.2 * (0.25 + 0.75 * len(words) / average)
            score += idf * counts[t] * 2.2 / norm
        out.append(score)
    return np.array(_unit_scale(out))


def luhn(article: Article) -> np.ndarray:
    """How many of the article's recurring terms (in 3+ sentences) it holds."""
    df = Counter(t for words in article.terms for t in set(words))
    return np.array(_unit_scale([sum(df[t] >= 3 for t in set(w)) for w in article.terms]))


def entity_salience(article: Article) -> np.ndarray:
    """Proper nouns and Latin words (NNP, SL) the rest of the article repeats."""
    names = [{t.form.lower() for t in toks if t.tag in ("NNP", "SL")} for toks in article.tokens]
    df = Counter(t for group in names for t in group)
    return np.array(_unit_scale([sum(df[t] - 1 for t in group) for group in names]))


def noun_textrank(article: Article) -> np.ndarray:
    """sumy TextRank on common and proper nouns only."""
    nouns = [[t.form.lower() for t in toks if t.tag in ("NNG", "NNP")] for toks in article.tokens]
    return np.array(_unit_scale(textrank_scores(nouns)))


def _flag(pattern: re.Pattern[str]) -> Feature:
    return lambda a: np.array([float(bool(pattern.search(s))) for s in a.sentences])


BASE: dict[str, Feature] = {
    "centrality": graph,
    "headline": headline,
    "lead": lead,
    "substance": substance,
}
CANDIDATES: dict[str, Feature] = {
    "position / body length": relative_position,
    "similarity to centroid (idf)": centroid,
    "similarity to lead sentence": lead_similarity,
    "lead-biased PageRank (cosine graph)": lead_pagerank,
    "TextRank on nouns only": noun_textrank,
    "BM25 headline overlap": title_bm25,
    "recurring terms (Luhn)": luhn,
    "repeated proper nouns (NNP/SL)": entity_salience,
    "has a number": _flag(re.compile(r"\d")),
    "has a quote mark": _flag(re.compile(r"[“”\"‘’']")),
    "reported speech (…말했다/밝혔다)": _flag(_REPORTED),
    "past-tense ending (…했다/었다)": _flag(_PAST),
}


def feature_table(article: Article, features: dict[str, Feature]) -> np.ndarray:
    """(sentences, features) matrix."""
    return np.column_stack([f(article) for f in features.values()])


def _llr(k1: float, n1: float, k2: float, n2: float) -> float:
    """Dunning's log-likelihood ratio of a term's rate in the article
    (k1 of n1 tokens) against the background (k2 of n2)."""

    def ll(k: float, n: float, p: float) -> float:
        p = min(max(p, 1e-12), 1 - 1e-12)
        return k * math.log(p) + (n - k) * math.log(1 - p)

    p, p1, p2 = (k1 + k2) / (n1 + n2), k1 / n1, k2 / n2
    return 2 * (ll(k1, n1, p1) + ll(k2, n2, p2) - ll(k1, n1, p) - ll(k2, n2, p))


def signatures(articles: Sequence[Article]) -> list[np.ndarray]:
    """Lin & Hovy (2000) topic signature of each article against the other
    articles (LLR > 10.83, more frequent here): per sentence, how many
    signature terms it holds, scaled to [0, 1]."""
    counts = [Counter(w for t in a.terms for w in t) for a in articles]
    total = Counter[str]()
    for c in counts:
        total.update(c)
    size = sum(total.values())
    out = []
    for a, c in zip(articles, counts, strict=True):
        n1 = sum(c.values())
        n2 = size - n1
        sig = {
            w
            for w, k in c.items()
            if k / n1 > (total[w] - k) / n2 and _llr(k, n1, total[w] - k, n2) > 10.83
        }
        out.append(np.array(_unit_scale([len(sig & set(t)) for t in a.terms])))
    return out
