"""Per-article sentence ranking.

Four base signals, each in [0, 1] with weight 1:

* **centrality** — sumy's TextRank (Mihalcea & Tarau, 2004) on Kiwi content
  morphemes, scaled to [0, 1] within the article: the sentences that share
  the most words with the rest of the article;
* **headline** — cosine similarity between the sentence and the headline,
  terms weighted by their inverse sentence frequency in the article (a word
  every sentence repeats says little);
* **lead** — 1/sqrt(1 + j), j the sentence's position counted from the first
  body sentence: news puts the gist first (Nenkova, 2005), but sub-headlines,
  bylines and photo captions that precede the body are not the lead;
* **substance** — length in characters, saturating at 150: in the human
  summaries of sci-news-sum-kr-50 a sentence of 100+ characters is picked
  about half the time, one under 30 characters almost never. Past 300
  characters the signal falls again, so run-on sentences do not win.

and two with weight ½ (issue 13, round three):

* **lead centrality** — PageRank on the sentences' tf-idf cosine graph whose
  random jumps land on the lead (in proportion to the lead signal), scaled
  to [0, 1]: the sentences central to the article's opening;
* **quote** — 1 when the sentence holds a mark of direct speech (a double
  quotation mark, straight, curly or full-width), else 0: the statements
  news reports in its sources' own words.

The score is the weighted mean, in [0, 1]. The four equal weights are a
prior, not a fit; the two half weights were chosen on the dev half of
sci-news-sum-kr-50 under nested leave-one-file-out (the same choice in 24
of 25 folds; held out +0.020 F1 under LOO, +0.011 under repeated 5-fold:
benchmarks/rank_combo.py, docs/summary-quality.md). No fitted weights,
learned model, rank fusion, redundancy penalty, submodular selection or
other graph did better than noise; nor, in round four, joint selection of
the k sentences, headline entities, background openers, position in
characters, headline-biased PageRank or a model shrunk towards these weights
(benchmarks/rank_round4.py).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .sentences import is_finished

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from sumy.models.dom import ObjectDocumentModel

# A finished Korean sentence (summarizer.sentences.is_finished) ends in a final
# ending; sub-headlines and captions ("KAIST 강정구 교수팀 특급 논문 게재") do not.
_BODY_MIN_CHARS = 25
_FULL_LENGTH, _LONG = 150, 300
# Weights of centrality, headline, lead, substance, lead centrality, quote.
_WEIGHTS = (1.0, 1.0, 1.0, 1.0, 0.5, 0.5)
# Marks of direct speech in Korean news: double quotation marks (straight,
# curly, full-width). Single marks are left out on purpose: Korean uses them
# for emphasis, terms and inner thoughts ('차세대 칩'), and ’ / ' is also the
# English apostrophe (Nvidia’s); so are the corner brackets, which mark titles
# and names (「H20」). With single marks the signal loses under
# cross-validation (docs/summary-quality.md, round three).
QUOTE_MARKS = '"“”＂'
_QUOTE = re.compile(f"[{re.escape(QUOTE_MARKS)}]")
_DAMPING = 0.85
# Bump when the scores change: a store ranked by another version is re-ranked.
RANKER_VERSION = "2"


class _PrecomputedTokenizer:
    """A sumy tokenizer whose "sentences" are keys into morphemes Kiwi has
    already produced, so sumy never tokenizes (its Korean tokenizer needs a
    JVM, its English one NLTK data downloads)."""

    def __init__(self, terms: Sequence[Sequence[str]]) -> None:
        self._terms = terms

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return (paragraph,)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(self._terms[int(sentence)])


def sumy_document(terms: Sequence[Sequence[str]]) -> ObjectDocumentModel:
    """A sumy document whose i-th sentence has the given content terms (the
    sentence's text is ``str(i)``)."""
    # sumy imports nltk, which costs about half a second: only when ranking.
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = _PrecomputedTokenizer(terms)
    sentences = [Sentence(str(i), tokenizer) for i in range(len(terms))]
    return ObjectDocumentModel([Paragraph(sentences)])


def textrank_scores(terms: Sequence[Sequence[str]]) -> list[float]:
    """sumy's TextRank rating of each sentence (in order), computed as sumy
    computes it (tests/test_textrank_parity.py pins the two together) but
    without importing sumy, whose nltk import costs every ingest about a
    second: sumy's word normalisation (lower case; no stemmer, no stop
    words), its similarity matrix (built by numpy in one product instead of
    n² Python calls) and its power method."""
    if not terms:
        return []
    if len(terms) == 1:
        return [1.0]
    matrix = _textrank_matrix([[w.lower() for w in t] for t in terms])
    return [float(r) for r in _power_method(matrix, _EPSILON)]


# sumy.summarizers.text_rank.TextRankSummarizer's constants (and its damping,
# _DAMPING above, which lead centrality shares)
_EPSILON, _ZERO_DIVISION_PREVENTION = 1e-4, 1e-7


def _textrank_matrix(words: Sequence[Sequence[str]]) -> npt.NDArray[np.float64]:
    """The edge weight of two sentences is Σ c_i(w)·c_j(w) / (log|s_i| +
    log|s_j|), rows normalised, damped."""
    import numpy as np

    vocabulary: dict[str, int] = {}
    n = len(words)
    width = 1 + sum(len(w) for w in words)
    columns = [vocabulary.setdefault(w, len(vocabulary)) for ws in words for w in ws]
    flat = np.repeat(np.arange(n), [len(ws) for ws in words]) * width + np.array(
        columns, dtype=np.int64
    )
    counts = np.bincount(flat, minlength=n * width).reshape(n, width).astype(np.float64)
    overlap = counts @ counts.T
    logs = np.log(np.maximum([len(w) for w in words], 1))
    norm = logs[:, None] + logs[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        weights = np.where(
            overlap == 0, 0.0, np.where(np.isclose(norm, 0.0), overlap, overlap / norm)
        )
    weights /= weights.sum(axis=1)[:, np.newaxis] + _ZERO_DIVISION_PREVENTION
    damped: npt.NDArray[np.float64] = np.full((n, n), (1.0 - _DAMPING) / n) + _DAMPING * weights
    return damped


def _power_method(matrix: npt.NDArray[np.float64], epsilon: float) -> npt.NDArray[np.float64]:
    import numpy as np

    transposed = matrix.T
    count = len(matrix)
    p_vector = np.array([1.0 / count] * count)
    lambda_val = 1.0
    while lambda_val > epsilon:
        next_p = np.dot(transposed, p_vector)
        lambda_val = float(np.linalg.norm(np.subtract(next_p, p_vector)))
        p_vector = next_p
    return p_vector


def score_sentences(
    terms: Sequence[Sequence[str]],
    title_terms: Sequence[str] = (),
    texts: Sequence[str] | None = None,
) -> list[float]:
    """Importance of each sentence of one article, in [0, 1], higher is
    better. ``terms`` are the content morphemes of each sentence in article
    order, ``texts`` the sentences themselves (without them, length is
    estimated from the terms, every sentence counts as body text and none
    as a quote)."""
    n = len(terms)
    if n == 0:
        return []
    if texts is not None and len(texts) != n:
        raise ValueError("texts and terms differ in length")
    chars = [len(t) for t in texts] if texts is not None else [5 * len(t) for t in terms]
    first = first_body_sentence(texts) if texts is not None else 0
    lead = [1.0 / math.sqrt(1 + i - first) if i >= first else 0.0 for i in range(n)]
    signals = (
        _unit_scale(textrank_scores(terms)),
        headline_similarity(terms, title_terms),
        lead,
        [min(c, _FULL_LENGTH) / _FULL_LENGTH * min(1.0, _LONG / max(1, c)) for c in chars],
        lead_centrality(terms, lead),
        quote_signal(texts) if texts is not None else [0.0] * n,
    )
    total = sum(_WEIGHTS)
    return [sum(w * v[i] for w, v in zip(_WEIGHTS, signals, strict=True)) / total for i in range(n)]


def quote_signal(texts: Sequence[str]) -> list[float]:
    """1.0 for a sentence holding any quotation mark (:data:`QUOTE_MARKS`)."""
    return [1.0 if _QUOTE.search(text) else 0.0 for text in texts]


def lead_centrality(
    terms: Sequence[Sequence[str]], lead: Sequence[float], damping: float = _DAMPING
) -> list[float]:
    """PageRank on the sentences' tf-idf cosine graph (no self loops) whose
    random jumps land on each sentence in proportion to ``lead`` (uniformly
    when it is all zero), scaled to [0, 1]. Solved exactly: the ranks r are
    the solution of (I − d·Wᵀ) r = (1 − d) · jump, W the row-normalised graph
    and d the damping."""
    import numpy as np

    n = len(terms)
    if n == 1:
        return [1.0]
    unit = _unit_rows(_tfidf_rows(terms))
    graph = unit @ unit.T
    np.fill_diagonal(graph, 0.0)
    rows = graph.sum(axis=1, keepdims=True)
    walk = graph / np.where(rows == 0, 1.0, rows)
    jump = np.asarray(lead, dtype=float)
    jump = jump / jump.sum() if jump.sum() > 0 else np.full(n, 1.0 / n)
    ranks = np.linalg.solve(np.eye(n) - damping * walk.T, (1 - damping) * jump)
    return _unit_scale([float(r) for r in ranks])


def _tfidf_rows(terms: Sequence[Sequence[str]]) -> npt.NDArray[np.float64]:
    """One row per sentence: tf × log(1 + n/df), df over the sentences."""
    import numpy as np

    n = len(terms)
    vocabulary: dict[str, int] = {}
    columns = [vocabulary.setdefault(t, len(vocabulary)) for words in terms for t in words]
    rows = np.repeat(np.arange(n), [len(words) for words in terms])
    width = len(vocabulary) + 1
    flat = rows * width + np.array(columns, dtype=np.int64)
    counts = np.bincount(flat, minlength=n * width).reshape(n, width).astype(np.float64)
    df = np.maximum((counts > 0).sum(axis=0), 1)
    idf: npt.NDArray[np.float64] = np.log1p(n / df)
    return counts * idf


def _unit_rows(matrix: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    import numpy as np

    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


def headline_similarity(terms: Sequence[Sequence[str]], title_terms: Sequence[str]) -> list[float]:
    """Cosine of each sentence with the headline; term weights are
    tf × log(1 + n/df), df counted over the article's sentences."""
    n = len(terms)
    title = Counter(title_terms)
    if not title:
        return [0.0] * n
    df = Counter(t for words in terms for t in set(words))
    logs = {t: math.log(1 + n / max(1, d)) for t, d in df.items()}  # each term's once

    def weight(term: str, count: int) -> float:
        found = logs.get(term)
        return count * (found if found is not None else math.log(1 + n))

    title_vec = {t: weight(t, c) for t, c in title.items()}
    title_norm = math.sqrt(sum(v * v for v in title_vec.values()))
    out = []
    for words in terms:
        vec = {t: weight(t, c) for t, c in Counter(words).items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        dot = sum(v * title_vec.get(t, 0.0) for t, v in vec.items())
        out.append(dot / (norm * title_norm) if norm and title_norm else 0.0)
    return out


def first_body_sentence(texts: Sequence[str]) -> int:
    """Index of the first finished sentence of some length: what precedes it
    is headline material (sub-headlines, bylines, captions)."""
    for i, text in enumerate(texts):
        if len(text) >= _BODY_MIN_CHARS and is_finished(text):
            return i
    return 0


def _unit_scale(values: Sequence[float]) -> list[float]:
    if not values:
        return []
    low, high = min(values), max(values)
    if high - low < 1e-12:
        return [1.0 for _ in values]
    return [(v - low) / (high - low) for v in values]
