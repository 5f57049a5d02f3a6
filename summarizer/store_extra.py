"""The store's ``article_extra`` rows: each article's signature and story.

:class:`ExtraRows` holds the methods that write and read the table (its
:class:`ExtraRow`, the story of some articles, a story's members, the
articles stored without a row); :class:`summarizer.store.Store` inherits
them, and :mod:`summarizer.store` re-exports :class:`ExtraRow`. Articles,
sentences and mentions stay in :mod:`summarizer.store`; the aggregates'
reads live in :mod:`summarizer.store_reads`.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .db import Connection


@dataclass(frozen=True)
class ExtraRow:
    article_id: int
    overrides: str | None  # JSON object of the metadata a page stated
    shingles: int
    signature: bytes
    story: int
    similarity: float | None  # containment with the story's closest article


_EXTRA_COLUMNS = "article_id, overrides, shingles, signature, story, similarity"


class ExtraRows:
    """The ``article_extra`` table, as :class:`summarizer.store.Store` methods."""

    if TYPE_CHECKING:  # what Store provides

        def query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]: ...

        def transaction(self) -> AbstractContextManager[Connection]: ...

    def save_extra(self, extra: ExtraRow) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO article_extra(article_id, overrides, shingles, signature, "
                "story, similarity) VALUES (?,?,?,?,?,?)",
                (
                    extra.article_id,
                    extra.overrides,
                    extra.shingles,
                    extra.signature,
                    extra.story,
                    extra.similarity,
                ),
            )

    def extra(self, article_id: int) -> ExtraRow | None:
        rows = self.query(
            f"SELECT {_EXTRA_COLUMNS} FROM article_extra WHERE article_id = ?", (article_id,)
        )
        return ExtraRow(*rows[0]) if rows else None

    def articles_without_extra(self) -> list[int]:
        """Articles stored without their extra row (by a version before
        stories). Asked at every start-up: the two counts (each from a small
        index) settle the usual case without reading every article; the
        extra rows belong to stored articles (a foreign key, cascading)."""
        counts = self.query(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_extra)"
        )
        if counts and counts[0][0] == counts[0][1]:
            return []
        rows = self.query(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM article_extra) "
            "ORDER BY id"
        )
        return [int(r[0]) for r in rows]

    def stories(self, article_ids: Sequence[int]) -> dict[int, int]:
        """article id → story id (articles without a row are their own story)."""
        out = {int(i): int(i) for i in article_ids}
        if not article_ids:
            return out
        rows = self.query(
            f"SELECT article_id, story FROM article_extra "
            f"WHERE article_id IN ({','.join('?' * len(article_ids))})",
            list(article_ids),
        )
        out.update({int(a): int(s) for a, s in rows})
        return out

    def story_members(self, story: int) -> list[int]:
        rows = self.query(
            "SELECT article_id FROM article_extra WHERE story = ? ORDER BY article_id", (story,)
        )
        return [int(r[0]) for r in rows]
