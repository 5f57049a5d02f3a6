"""Mentions over time: how often a chip, company or keyword appears per day,
by outlet (``/trend``).

A mention is a sentence naming the entity (any alias) or, for a keyword,
containing all its content terms. An article counts on the day it was
published, or the day it was added when it states no date. The window is the
``days`` days ending at the newest article's day, so an archive charts the
news it holds rather than an empty "today".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from .corpus import Corpus

MAX_ARTICLES = 3000  # newest articles read for one chart: a bounded cost
MAX_OUTLETS = 6  # more are summed as "other" (None outlet stays "unknown")
OTHER = "\x00other"  # the key of the summed rest


@dataclass(frozen=True)
class Trend:
    name: str  # what was charted: the entity's name or the keyword as given
    is_entity: bool
    days: tuple[date, ...]
    # outlet (None: not stated; OTHER: the rest) → mentions per day, aligned with days
    series: dict[str | None, tuple[int, ...]]

    @property
    def total(self) -> int:
        return sum(sum(counts) for counts in self.series.values())


def mention_trend(corpus: Corpus, name: str, days: int) -> Trend | None:
    """The trend of ``name`` over ``days`` days; None when ``name`` is
    neither a known entity nor has content words."""
    key = corpus.resolve_entity(name)
    if key is not None:
        per_article = _entity_counts(corpus, key)
        label, is_entity = corpus.index.display_name(key), True
    else:
        terms = set(corpus.terms_of(name))
        if not terms:
            return None
        per_article = _keyword_counts(corpus, terms)
        label, is_entity = name, False
    end = _newest_day(corpus)
    window = tuple(end - timedelta(days=offset) for offset in range(days - 1, -1, -1))
    by_outlet: dict[str | None, Counter[date]] = defaultdict(Counter)
    for article_id, count in per_article.items():
        source = corpus.source(article_id)
        if source is None:
            continue
        day = _day(source.published) or _day(source.added_at[:10])
        if day is not None and window[0] <= day <= end:
            by_outlet[source.publisher][day] += count
    return Trend(label, is_entity, window, _top_outlets(by_outlet, window))


def _entity_counts(corpus: Corpus, key: str) -> Counter[int]:
    rows = corpus.store.query(
        "SELECT article_id, count(*) FROM mentions WHERE entity = ? "
        "GROUP BY article_id ORDER BY article_id DESC LIMIT ?",
        (key, MAX_ARTICLES),
    )
    return Counter({int(a): int(n) for a, n in rows})


def _keyword_counts(corpus: Corpus, terms: set[str]) -> Counter[int]:
    counts: Counter[int] = Counter()
    for row in corpus.search_terms(sorted(terms), limit=20_000):
        if terms <= set(row.terms):
            counts[row.article_id] += 1
    return counts


def _newest_day(corpus: Corpus) -> date:
    rows = corpus.store.query(
        "SELECT max(coalesce(published, substr(added_at, 1, 10))) FROM articles"
    )
    newest = _day(rows[0][0]) if rows and rows[0][0] else None
    return newest or date.today()


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _top_outlets(
    by_outlet: dict[str | None, Counter[date]], window: tuple[date, ...]
) -> dict[str | None, tuple[int, ...]]:
    ranked = sorted(by_outlet, key=lambda o: (-sum(by_outlet[o].values()), o or ""))
    series: dict[str | None, tuple[int, ...]] = {}
    for outlet in ranked[:MAX_OUTLETS]:
        series[outlet] = tuple(by_outlet[outlet][d] for d in window)
    rest = ranked[MAX_OUTLETS:]
    if rest:
        series[OTHER] = tuple(sum(by_outlet[o][d] for o in rest) for d in window)
    return series
