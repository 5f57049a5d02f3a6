"""Extractive summaries over the stored, ranked sentences.

* :func:`briefing` — the corpus briefing: the best sentences across recent
  articles, near-copies read once (one outlet running another's text is read
  once), near-repeats (the same fact told by two outlets) dropped, each
  citing its source;
* :func:`article_summary` — one article's best sentences, in article order;
* :func:`focused` — sentences about an entity or keywords.

Redundancy removal is greedy Maximal Marginal Relevance (Carbonell &
Goldstein, 1998) with a term-overlap similarity.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .corpus import Corpus
from .store import SentenceRow

# Sentences that open by pointing back ("그는", "이는", "이같은") read badly
# out of context; they are kept out of cross-article briefings when possible.
_DANGLING = re.compile(
    r"^(그는|그녀는|그의|이는|이에|이같은|이 같은|이러한|이처럼|이와|그러나|하지만"
    r"|또한|또|따라서|게다가|이를|이 때문에)[\s,]"
)
# ... and so do sentences that quote what came before ("이렇게 평가했다").
_BACK_REFERENCE = re.compile(r"(이렇게|이같이|이와 같이|다음과 같이|위와 같이)\s")
_MIN_CHARS, _MAX_CHARS = 25, 260
NEAR_REPEAT = 0.5


@dataclass(frozen=True)
class Focus:
    """What a focused summary was about."""

    entity: str | None  # resolved entity key, if the words name one
    terms: tuple[str, ...]


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """Overlap of two sentences' content terms: |A∩B| / min(|A|, |B|)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def _readable(s: SentenceRow) -> bool:
    return _MIN_CHARS <= len(s.text) <= _MAX_CHARS and not s.text.rstrip().endswith("?")


def select(
    candidates: Sequence[tuple[SentenceRow, float]], count: int, per_source: int | None
) -> list[SentenceRow]:
    """Greedy MMR: take the best; skip near-repeats of what is taken."""
    picked: list[SentenceRow] = []
    used: Counter[int] = Counter()
    for sentence, _ in sorted(candidates, key=lambda c: -c[1]):
        if len(picked) >= count:
            break
        if per_source is not None and used[sentence.article_id] >= per_source:
            continue
        if any(similarity(sentence.terms, p.terms) >= NEAR_REPEAT for p in picked):
            continue
        if any(sentence.text == p.text for p in picked):
            continue
        picked.append(sentence)
        used[sentence.article_id] += 1
    return picked


def briefing(
    corpus: Corpus,
    count: int = 5,
    *,
    per_source: int = 2,
    article_ids: Sequence[int] | None = None,
    recent: int = 30,
) -> list[SentenceRow]:
    """The corpus briefing, most important first. Only the ``recent`` newest
    articles (or ``article_ids``) are read, so the cost does not grow with
    the corpus."""
    if article_ids is None:
        article_ids = corpus.store_recent_ids(recent)
    # A near-copy (one outlet running another's text) is read once; retellings
    # of a story in other words stay, their repeated facts removed below.
    copies = corpus.near_copies(article_ids)
    article_ids = sorted(a for a in article_ids if a not in copies)
    if not article_ids:
        return []
    pool = [s for s in corpus.store.top_sentences(4, article_ids) if _readable(s)]
    # Cross-article salience: terms that several articles share are the story.
    df: Counter[str] = Counter()
    for article_id in set(s.article_id for s in pool):
        df.update({t for s in pool if s.article_id == article_id for t in s.terms})
    articles = max(1, len(set(s.article_id for s in pool)))
    candidates = []
    for s in pool:
        shared = sum(df[t] for t in set(s.terms)) / (max(1, len(set(s.terms))) * articles)
        value = s.score * (0.6 + 0.4 * shared)
        if _DANGLING.match(s.text) or _BACK_REFERENCE.search(s.text):
            value *= 0.6
        candidates.append((s, value))
    return select(candidates, count, per_source)


def article_summary(corpus: Corpus, article_id: int, count: int | None = None) -> list[SentenceRow]:
    """One article's best sentences, in article order. ``count`` defaults to
    about a fifth of the article, between 2 and 5."""
    sentences = corpus.sentences(article_id)
    if not sentences:
        return []
    if count is None:
        count = max(2, min(5, math.ceil(len(sentences) / 5)))
    candidates = [(s, s.score) for s in sentences if len(s.text) <= _MAX_CHARS * 2]
    picked = select(candidates or [(s, s.score) for s in sentences], count, None)
    return sorted(picked, key=lambda s: s.idx)


def _search_terms(terms: Sequence[str]) -> tuple[str, ...]:
    """Keywords worth searching for: bare numbers and single characters
    ("1" in "alert(1)") match almost anything, so they count only when the
    query has nothing else."""
    unique = tuple(dict.fromkeys(terms))
    meaningful = tuple(t for t in unique if len(t) > 1 and not t.isdigit())
    return meaningful or unique


def focused(corpus: Corpus, words: str, count: int = 5) -> tuple[Focus, list[SentenceRow]]:
    """Sentences about ``words``: an entity (any alias) or keywords."""
    key = corpus.resolve_entity(words)
    if key is not None:
        pool = corpus.mention_sentences(key)
        focus = Focus(key, ())
        candidates = [(s, s.score + 0.5) for s in pool if _readable(s)] or [
            (s, s.score) for s in pool
        ]
        return focus, select(candidates, count, 2)
    terms = _search_terms(corpus.terms_of(words))
    focus = Focus(None, terms)
    if not terms:
        return focus, []
    return focus, _select_read(corpus, _keyword_ranking(corpus, terms), count, 2)


Ranking = Callable[[int], list[tuple[int, int, float]]]
# a keyword summary picks among the best READ_AT_MOST × count of its pool
# (the newest corpus.SEARCHED matching sentences): 80 for five sentences
READ_AT_MOST = 16


def _keyword_ranking(corpus: Corpus, terms: Sequence[str]) -> Ranking:
    """The best ``take`` (article, idx, value) of the newest matches: value
    is the share of ``terms`` the sentence holds plus half its score; ties
    keep the newest first. The store ranks them where it can (only the few
    asked for leave it); else every match is ranked here."""
    ranked: list[tuple[int, int, float]] = []

    def best(take: int) -> list[tuple[int, int, float]]:
        found = corpus.search_ranked(terms, take)
        if found is not None:
            return found
        if not ranked:
            for article_id, idx, score, sentence_terms in corpus.search_keys(terms):
                present = sentence_terms.split()
                hits = sum([t in present for t in terms])
                if hits:
                    ranked.append((article_id, idx, hits / len(terms) + 0.5 * score))
            ranked.sort(key=lambda r: -r[2])  # stable: the newest first on a tie
        return ranked[:take]

    return best


def mention_contexts(
    corpus: Corpus, window: Sequence[tuple[int, int, float]], count: int, per_source: int
) -> list[SentenceRow]:
    """:func:`select` by score over an entity's newest mention sentences
    (``window``: :meth:`Corpus.mention_keys`), or its ``count`` best when it
    picks none, in corpus order; only the best few are read (the greedy
    choice over a prefix of the ranking is the choice over all of it when
    it fills ``count`` there)."""
    ranked = sorted(window, key=lambda k: -k[2])  # ties: corpus order
    read = 4 * count  # near-repeats and per-source caps skipped: rarely more
    while True:
        best = corpus.sentences_at([(a, i) for a, i, _ in ranked[:read]])
        picked = select([(s, s.score) for s in best], count, per_source) or best[:count]
        if len(picked) >= count or read >= len(ranked):
            return sorted(picked, key=lambda s: (s.article_id, s.idx))
        read *= 4


def _select_read(corpus: Corpus, best: Ranking, count: int, per_source: int) -> list[SentenceRow]:
    """:func:`select` over the best ``READ_AT_MOST * count`` of a ranking
    known by key (asked for once), reading the text only of those it needs:
    the greedy choice over the best few is the choice over all of them
    whenever it fills ``count`` from those few (each longer head extends the
    shorter; a text is read once). Sentences ranked below the cap are never
    read, so the work does not grow with the matches (issue 14): when nearly
    all the best are near-repeats of a few, fewer than ``count`` are picked."""
    ranked = best(READ_AT_MOST * count)
    read = 4 * count
    rows: dict[tuple[int, int], SentenceRow] = {}
    while True:
        head = ranked[:read]
        unread = [(a, i) for a, i, _ in head if (a, i) not in rows]
        rows.update(((s.article_id, s.idx), s) for s in corpus.sentences_at(unread))
        found = [(rows[(a, i)], v) for a, i, v in head if (a, i) in rows]
        picked = select(found, count, per_source)
        if len(picked) >= count or read >= len(ranked):
            return picked
        read *= 4
