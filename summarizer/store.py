"""The SQLite store: articles, their analysed sentences and entity mentions.

Analysis happens once per article, at ingest; the store keeps the result keyed
by the article's content hash, so a restart on an unchanged corpus analyses
nothing. WAL mode lets a running bot read while ``briefbot ingest`` writes.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import store_index
from .store_faults import AlreadyStored, describe, open_sqlite, retry_busy
from .store_index import pack_text as _pack
from .store_index import unpack_text as _unpack

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    file         TEXT UNIQUE,
    url          TEXT,
    title        TEXT NOT NULL,
    publisher    TEXT,
    author       TEXT,
    published    TEXT,
    added_at     TEXT NOT NULL,
    raw          BLOB NOT NULL  -- zlib-compressed UTF-8 (older stores: TEXT)
);
CREATE TABLE IF NOT EXISTS sentences (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    paragraph  INTEGER NOT NULL,
    text       TEXT NOT NULL,
    terms      TEXT NOT NULL,
    score      REAL NOT NULL,
    rank       INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS articles_added ON articles(added_at, id);
DROP INDEX IF EXISTS sentences_rank;
CREATE TABLE IF NOT EXISTS mentions (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_idx INTEGER NOT NULL,
    entity       TEXT NOT NULL,
    kind         TEXT NOT NULL,
    surface      TEXT NOT NULL,
    vendor       TEXT
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity, article_id);
-- /chips reads the aggregates (store_index), not the mentions: no covering index
DROP INDEX IF EXISTS mentions_kind_cover;
DROP INDEX IF EXISTS mentions_kind;
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
-- Per-article facts beyond the analysis (issue 7): the metadata a page stated
-- (kept for re-analysis), the MinHash signature of the body, and the story the
-- article belongs to (the id of the story's first article, its own id if alone).
CREATE TABLE IF NOT EXISTS article_extra (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    overrides  TEXT,
    shingles   INTEGER NOT NULL,
    signature  BLOB NOT NULL,
    story      INTEGER NOT NULL,
    similarity REAL
);
CREATE INDEX IF NOT EXISTS article_extra_story ON article_extra(story);
"""


@dataclass(frozen=True)
class ArticleRow:
    id: int
    content_hash: str
    file: str | None
    url: str | None
    title: str
    publisher: str | None
    author: str | None
    published: str | None
    added_at: str


@dataclass(frozen=True)
class SentenceRow:
    article_id: int
    idx: int
    paragraph: int
    text: str
    terms: tuple[str, ...]
    score: float
    rank: int


@dataclass(frozen=True)
class MentionRow:
    article_id: int
    sentence_idx: int
    entity: str
    kind: str
    surface: str
    vendor: str | None


_ARTICLE_COLUMNS = "id, content_hash, file, url, title, publisher, author, published, added_at"


class Store(store_index.IndexReads):
    """A thin, typed layer over one SQLite file. Safe to share between
    threads: one connection, serialised by a lock."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._db = open_sqlite(self.path)
        self._depth = 0  # nesting of transaction()
        self._commits = 0  # this connection's (PRAGMA data_version counts the others')
        try:
            self.ensure_schema(_SCHEMA)
            with self.transaction() as db:
                if store_index.ensure_index(db, self.get_meta("index")):
                    self.set_meta("index", store_index.INDEX_VERSION)
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise describe(self.path, exc) from None

    def ensure_schema(self, script: str) -> None:
        """Run ``CREATE … IF NOT EXISTS`` statements (separated by ``;``) in
        one transaction: how a module that owns tables in this store sets them
        up (subscriptions, delivery ledger, feed state)."""
        with self.transaction() as db:
            for statement in script.split(";"):
                if statement.strip():
                    db.execute(statement)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for modules that own their own tables
        (subscriptions, delivery ledger). Use under :meth:`transaction`."""
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; a transaction opened inside another joins
        it (a batch of articles is written in one)."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._db
                finally:
                    self._depth -= 1
                return
            retry_busy(lambda: self._db.execute("BEGIN IMMEDIATE"))
            self._depth = 1
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            else:
                self._db.execute("COMMIT")
                self._commits += 1
            finally:
                self._depth = 0

    def query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return list(self._db.execute(sql, params))

    # ---------------------------------------------------------------- meta
    def get_meta(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # ------------------------------------------------------------ articles
    def articles(self) -> list[ArticleRow]:
        return [
            ArticleRow(*r)
            for r in self.query(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY id")
        ]

    def file_articles(self) -> list[ArticleRow]:
        """The articles that came from a file of the corpus folder."""
        rows = self.query(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE file IS NOT NULL")
        return [ArticleRow(*r) for r in rows]

    def article(self, article_id: int) -> ArticleRow | None:
        rows = self.query(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        return ArticleRow(*rows[0]) if rows else None

    def articles_by_ids(self, article_ids: Sequence[int]) -> list[ArticleRow]:
        """The stored ones of ``article_ids``, by id (in chunks: SQLite caps
        the number of parameters)."""
        out: list[ArticleRow] = []
        for start in range(0, len(article_ids), 500):
            chunk = list(article_ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks})"
            rows = self.query(sql, chunk)
            out.extend(ArticleRow(*r) for r in rows)
        return sorted(out, key=lambda a: a.id)

    def article_by_hash(self, content_hash: str) -> ArticleRow | None:
        rows = self.query(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE content_hash = ?", (content_hash,)
        )
        return ArticleRow(*rows[0]) if rows else None

    def article_by_url(self, url: str) -> ArticleRow | None:
        rows = self.query(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE url = ? ORDER BY id LIMIT 1", (url,)
        )
        return ArticleRow(*rows[0]) if rows else None

    def articles_page(self, offset: int, limit: int) -> list[ArticleRow]:
        """``limit`` articles, newest (highest id) first, after skipping ``offset``."""
        rows = self.query(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY id DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [ArticleRow(*r) for r in rows]

    def max_article_id(self) -> int:
        return int(self.query("SELECT coalesce(max(id), 0) FROM articles")[0][0])

    def article_count(self) -> int:
        return int(self.query("SELECT count(*) FROM articles")[0][0])

    def raw_text(self, article_id: int) -> str | None:
        rows = self.query("SELECT raw FROM articles WHERE id = ?", (article_id,))
        return _unpack(rows[0][0]) if rows else None

    def set_file(self, article_id: int, file: str | None) -> None:
        with self.transaction() as db:
            db.execute("UPDATE articles SET file = ? WHERE id = ?", (file, article_id))

    def delete_article(self, article_id: int) -> None:
        with self.transaction() as db:
            named = store_index.entities_of(db, article_id)
            db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            store_index.refold(db, named)

    def save_article(
        self,
        article: ArticleRow,
        raw: str,
        sentences: Sequence[SentenceRow],
        mentions: Sequence[MentionRow],
        *,
        replace_id: int | None = None,
    ) -> int:
        """Insert an analysed article (or replace ``replace_id`` in place,
        keeping its id) in one transaction. Returns the article id."""
        with self.transaction() as db:
            values = (
                article.content_hash,
                article.file,
                article.url,
                article.title,
                article.publisher,
                article.author,
                article.published,
                article.added_at,
                _pack(raw),
            )
            named = store_index.entities_of(db, replace_id) if replace_id is not None else []
            if replace_id is not None:
                db.execute("DELETE FROM sentences WHERE article_id = ?", (replace_id,))
                db.execute("DELETE FROM mentions WHERE article_id = ?", (replace_id,))
                db.execute(
                    "UPDATE articles SET content_hash=?, file=?, url=?, title=?, publisher=?, "
                    "author=?, published=?, added_at=?, raw=? WHERE id=?",
                    (*values, replace_id),
                )
                article_id = replace_id
            else:
                article_id = self._insert_new(db, values, article.content_hash, article.file)
            db.executemany(
                "INSERT INTO sentences(article_id, idx, paragraph, text, terms, score, rank) "
                "VALUES (?,?,?,?,?,?,?)",
                [
                    (article_id, s.idx, s.paragraph, s.text, " ".join(s.terms), s.score, s.rank)
                    for s in sentences
                ],
            )
            db.executemany(
                "INSERT INTO mentions(article_id, sentence_idx, entity, kind, surface, vendor) "
                "VALUES (?,?,?,?,?,?)",
                [
                    (article_id, m.sentence_idx, m.entity, m.kind, m.surface, m.vendor)
                    for m in mentions
                ],
            )
            store_index.article_saved(db, article_id, named, replace_id, sentences, mentions)
        return article_id

    @classmethod
    def _insert_new(
        cls, db: sqlite3.Connection, values: tuple[object, ...], content_hash: str, file: str | None
    ) -> int:
        """Insert, the duplicate check and the insert being one atomic step:
        another process may have stored the same text (or file) since we looked."""
        row = db.execute(
            "INSERT INTO articles(content_hash, file, url, title, publisher, author, "
            "published, added_at, raw) VALUES (?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT DO NOTHING RETURNING id",
            values,
        ).fetchone()
        if row is None:
            raise AlreadyStored(cls._conflicting(db, content_hash, file))
        return int(row[0])

    @staticmethod
    def _conflicting(db: sqlite3.Connection, content_hash: str, file: str | None) -> int:
        row = db.execute(
            "SELECT id FROM articles WHERE content_hash = ? OR (file IS NOT NULL AND file = ?)",
            (content_hash, file),
        ).fetchone()
        return int(row[0]) if row else 0

    # ----------------------------------------------------------- sentences
    def sentences(self, article_id: int) -> list[SentenceRow]:
        rows = self.query(
            "SELECT article_id, idx, paragraph, text, terms, score, rank FROM sentences "
            "WHERE article_id = ? ORDER BY idx",
            (article_id,),
        )
        return [sentence_row(r) for r in rows]

    def top_sentences(
        self, max_rank: int, article_ids: Sequence[int] | None = None
    ) -> list[SentenceRow]:
        """The best ``max_rank`` sentences of every article (or of the given ones)."""
        sql = (
            "SELECT article_id, idx, paragraph, text, terms, score, rank FROM sentences "
            "WHERE rank < ?"
        )
        params: list[object] = [max_rank]
        if article_ids is not None:
            sql += f" AND article_id IN ({','.join('?' * len(article_ids))})"
            params.extend(article_ids)
        return [sentence_row(r) for r in self.query(sql, params)]

    def entity_sentences(self, entity: str, limit: int | None = None) -> list[SentenceRow]:
        """Sentences that mention ``entity``, each once, in corpus order; with
        ``limit``, only those of the newest articles (the cost of a command
        must not grow with the corpus)."""
        rows = self.query(
            "SELECT s.article_id, s.idx, s.paragraph, s.text, s.terms, s.score, s.rank "
            "FROM (SELECT DISTINCT article_id, sentence_idx FROM mentions "
            "      WHERE entity = ? AND sentence_idx >= 0 "  # -1: the headline
            "      ORDER BY article_id DESC, sentence_idx LIMIT ?) m "
            "JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx "
            "ORDER BY s.article_id, s.idx",
            (entity, -1 if limit is None else limit),
        )
        return [sentence_row(r) for r in rows]

    def search_terms(self, terms: Sequence[str], limit: int) -> list[SentenceRow]:
        """Sentences whose content terms include any of ``terms``, newest
        first, through the full-text index (the cost follows the matches
        read, not the store)."""
        with self._lock:
            return [sentence_row(r) for r in store_index.search_rows(self._db, terms, limit)]

    # ------------------------------------------------------------ mentions
    def mentions(
        self,
        *,
        entity: str | None = None,
        kind: str | None = None,
        article_ids: Sequence[int] | None = None,
    ) -> list[MentionRow]:
        sql = "SELECT article_id, sentence_idx, entity, kind, surface, vendor FROM mentions"
        clauses: list[str] = []
        params: list[object] = []
        if entity is not None:
            clauses.append("entity = ?")
            params.append(entity)
        if kind is not None:
            clauses.append("kind = ?")
            params.append(kind)
        if article_ids is not None:
            clauses.append(f"article_id IN ({','.join('?' * len(article_ids))})")
            params.extend(article_ids)
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return [
            MentionRow(*r) for r in self.query(sql + " ORDER BY article_id, sentence_idx", params)
        ]

    # ------------------------------------------- signatures and stories
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


@dataclass(frozen=True)
class ExtraRow:
    article_id: int
    overrides: str | None  # JSON object of the metadata a page stated
    shingles: int
    signature: bytes
    story: int
    similarity: float | None  # containment with the story's closest article


_EXTRA_COLUMNS = "article_id, overrides, shingles, signature, story, similarity"


def sentence_row(row: tuple[Any, ...]) -> SentenceRow:
    article_id, idx, paragraph, text, terms, score, rank = row
    return SentenceRow(
        int(article_id),
        int(idx),
        int(paragraph),
        str(text),
        tuple(str(terms).split()),
        float(score),
        int(rank),
    )
