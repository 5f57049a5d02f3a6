"""Which articles a story has, read as cheaply as a reply allows.

:func:`members` reads every member of some stories as
:class:`StorySource` rows (what a story shown in a reply lists). A
command that shows only the stories about a topic reads less for the
others (issue 14: the stories of the window grow with the store):
:func:`newest_happened` gives the newest "when it happened" over all of
them in one aggregate query, which is all the ranking needs of a story
that is about none of the topics (:func:`summarizer.story_view.rank`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .corpus import Corpus
from .stories import added_time, article_time

_CHUNK = 500  # ids per IN list


@dataclass(frozen=True)
class StorySource:
    id: int
    file: str | None
    title: str
    publisher: str | None
    url: str | None
    published: str | None
    added_at: str
    t: float  # when it happened (stated date, else added): the timeline's order
    added: float  # when it was added: recency

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "file": self.file,
            "title": self.title,
            "publisher": self.publisher,
            "url": self.url,
            "published": self.published,
        }


def rows_in(
    corpus: Corpus, sql: str, ids: Sequence[int], params: Sequence[object] = ()
) -> list[tuple[Any, ...]]:
    """``sql`` (ending in ``IN ({marks})``) for the ids in chunks: plain
    placeholders, which every store backend understands."""
    unique = list(dict.fromkeys(int(i) for i in ids))
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows.extend(corpus.store.query(sql.format(marks=marks), [*params, *chunk]))
    return rows


def story_ids(corpus: Corpus, seeds: Sequence[int]) -> list[int]:
    """The stories the articles ``seeds`` belong to."""
    rows = rows_in(
        corpus, "SELECT DISTINCT story FROM article_extra WHERE article_id IN ({marks})", seeds
    )
    return [int(r[0]) for r in rows]


def members(corpus: Corpus, stories: Sequence[int]) -> dict[int, list[StorySource]]:
    """Every member of these stories, oldest first (by when it happened)."""
    rows = rows_in(
        corpus,
        "SELECT e.story, a.id, a.file, a.title, a.publisher, a.url, a.published, a.added_at "
        "FROM article_extra e JOIN articles a ON a.id = e.article_id WHERE e.story IN ({marks})",
        stories,
    )
    out: dict[int, list[StorySource]] = {}
    for story, article_id, file, title, publisher, url, published, added_at in rows:
        t, added = times(published, added_at)
        source = StorySource(article_id, file, title, publisher, url, published, added_at, t, added)
        out.setdefault(int(story), []).append(source)
    for sources in out.values():
        sources.sort(key=lambda s: (s.t, s.id))
    return out


# Per story, when it happened (``story_view._happened``): the newest stated
# date of its articles, or when none states one, the newest added. The story
# vector keeps both as numbers (``t`` added, ``published`` the stated date,
# NULL when unreadable: then an article that states one counts as added), so
# an article's own row is read only when its vector has no date. Membership
# needs no check against ``articles``: both tables cascade from it.
_HAPPENED = (
    "SELECT max(h), sum(missing) FROM (SELECT coalesce(max(CASE "
    "WHEN v.published IS NOT NULL THEN v.published "
    "WHEN (SELECT a.published FROM articles a WHERE a.id = e.article_id) <> '' THEN v.t "
    "END), max(v.t)) h, "
    "sum(CASE WHEN v.article_id IS NULL THEN 1 ELSE 0 END) missing "
    "FROM article_extra e LEFT JOIN story_vectors v ON v.article_id = e.article_id "
    "WHERE e.story IN (SELECT story FROM article_extra WHERE article_id IN ({marks})) "
    "GROUP BY e.story) x"
)


def newest_happened(corpus: Corpus, seeds: Sequence[int]) -> float | None:
    """The latest "when it happened" of the stories of ``seeds``, from the stored
    vectors, without reading their articles' rows into Python; None when
    an article has no stored vector (the caller then reads the members)."""
    newest: float | None = None
    for high, missing in rows_in(corpus, _HAPPENED, seeds):
        if missing:
            return None
        if high is not None:
            newest = float(high) if newest is None else max(newest, float(high))
    return newest


@functools.lru_cache(
    maxsize=8192
)  # a pure function; the window's articles are read again and again
def times(published: str | None, added_at: str) -> tuple[float, float]:
    """When an article happened, and when it was added (epoch seconds)."""
    return article_time(published, added_at), added_time(added_at)
