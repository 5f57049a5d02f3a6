"""The corpus side of story clustering: an analysed article's features, its
assignment at ingest, and re-clustering the whole store (``--rebuild``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from .minhash import Signature
from .store import ArticleRow, MentionRow, SentenceRow, Store
from .stories import Assignment, StoryIndex, added_time, published_time
from .story_features import article_features
from .story_text import title_outlet

_WORD = re.compile(r"[\w]+")


def byline_words(*names: str | None) -> list[str]:
    """Words of the outlet's and author's names, kept out of the features."""
    return [w for name in names if name for w in _WORD.findall(name)]


def link_article(
    stories: StoryIndex,
    article: ArticleRow,
    title_terms: Sequence[str],
    sentences: Sequence[SentenceRow],
    mentions: Sequence[MentionRow],
    sig: Signature,
    overrides: str | None,
) -> Assignment:
    entities: Counter[str] = Counter()
    for mention in mentions:
        entities[mention.entity] += 1
    features = article_features(
        title_terms,
        [s.terms for s in sentences],
        entities,
        exclude=byline_words(article.publisher, article.author, title_outlet(article.title)),
    )
    added, published = added_time(article.added_at), published_time(article.published)
    return stories.assign(article.id, features, added, published, sig, overrides)


def same_text(store: Store, sig: Signature) -> int | None:
    """A stored article whose body has exactly the same shingles: the same
    text up to spacing, punctuation and page furniture."""
    if sig.shingles == 0:
        return None
    rows = store.query(
        "SELECT article_id FROM article_extra WHERE shingles = ? AND signature IN (?, ?) LIMIT 1",
        (sig.shingles, sig.stored(), sig.values),  # older stores kept all 32 bits
    )
    return int(rows[0][0]) if rows else None


def rebuild(stories: StoryIndex, terms_of: Callable[[str], list[str]]) -> int:
    """Re-cluster every stored article in the order they were added, from
    the stored analysis. Returns the number of stories."""
    store = stories.store
    rows = store.query(
        "SELECT a.id, e.overrides, e.shingles, e.signature FROM articles a "
        "JOIN article_extra e ON e.article_id = a.id"
    )
    extras = {int(r[0]): (r[1], Signature(int(r[2]), bytes(r[3]))) for r in rows}
    articles = [a for a in store.articles() if a.id in extras]
    articles.sort(key=lambda a: (a.added_at, a.id))
    stories.clear()
    for article in articles:
        overrides, sig = extras[article.id]
        link_article(
            stories,
            article,
            terms_of(article.title),
            store.sentences(article.id),
            store.mentions(article_ids=[article.id]),
            sig,
            overrides,
        )
    return int(store.query("SELECT count(DISTINCT story) FROM article_extra")[0][0])
