"""Per-article sentence ranking.

The graph part is sumy's TextRank (Mihalcea & Tarau, 2004) run on Kiwi
content morphemes; it is combined with the position of the sentence in the
article and its overlap with the headline, the two signals that news
summaries lean on most (lead bias, Nenkova 2005).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.summarizers.text_rank import TextRankSummarizer


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
    """A sumy document whose i-th sentence has the given content terms."""
    tokenizer = _PrecomputedTokenizer(terms)
    sentences = [Sentence(str(i), tokenizer) for i in range(len(terms))]
    return ObjectDocumentModel([Paragraph(sentences)])


def textrank_scores(terms: Sequence[Sequence[str]]) -> list[float]:
    """sumy TextRank rating of each sentence (in order)."""
    if not terms:
        return []
    if len(terms) == 1:
        return [1.0]
    document = sumy_document(terms)
    ratings = TextRankSummarizer().rate_sentences(document)
    return [float(ratings[s]) for s in document.sentences]


def score_sentences(terms: Sequence[Sequence[str]], title_terms: Sequence[str] = ()) -> list[float]:
    """Importance of each sentence of one article, in [0, 1]-ish, higher is
    better. ``terms`` are the content morphemes of each sentence in article
    order."""
    n = len(terms)
    if n == 0:
        return []
    graph = _unit_scale(textrank_scores(terms))
    title = set(title_terms)
    scores = []
    for i, words in enumerate(terms):
        position = 1.0 / math.sqrt(1 + i)
        overlap = len(title & set(words)) / len(title) if title else 0.0
        length = min(len(words), 12) / 12
        score = 0.45 * graph[i] + 0.35 * position + 0.2 * overlap
        scores.append(score * (0.5 + 0.5 * length))
    return scores


def _unit_scale(values: Sequence[float]) -> list[float]:
    if not values:
        return []
    low, high = min(values), max(values)
    if high - low < 1e-12:
        return [1.0 for _ in values]
    return [(v - low) / (high - low) for v in values]
