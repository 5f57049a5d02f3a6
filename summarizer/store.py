"""The store: articles, their analysed sentences and entity mentions.

Analysis happens once per article, at ingest; the store keeps the result keyed
by the article's content hash, so a restart on an unchanged corpus analyses
nothing. The database is SQLite (a path; WAL lets a running bot read while
``briefbot ingest`` writes) or PostgreSQL (a ``postgresql://`` URL, shared by
several processes); see :mod:`summarizer.db`.

This module keeps the connection, transactions and migrations, the meta
table, articles, sentences and mentions. The ``article_extra`` rows (each
article's signature and story) are in :mod:`summarizer.store_extra`, the
reads of the SQLite aggregates and full-text index in
:mod:`summarizer.store_reads`; :class:`Store` inherits both.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import figure_rows, store_index, store_reads, store_text
from .db import Connection, Migration, apply, open_database
from .store_extra import ExtraRow as ExtraRow  # re-exported
from .store_extra import ExtraRows
from .store_faults import AlreadyStored, describe
from .store_pack import pack_raw, unpack_raw
from .store_schema import MIGRATIONS as MIGRATIONS  # re-exported
from .store_schema import SCHEMA_VERSION as SCHEMA_VERSION


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


class Store(store_reads.IndexReads, ExtraRows):
    """A thin, typed layer over one database (:func:`summarizer.db.open_database`):
    a SQLite path or ``sqlite:///…``, or a ``postgresql://…`` URL. Safe to
    share between threads. ``migrate=False`` opens without applying the
    schema migrations (``briefbot migrate --check``)."""

    def __init__(self, path: str | Path, *, migrate: bool = True) -> None:
        self.db = open_database(str(path))
        self.dialect = self.db.dialect
        self.path = self.db.target  # the SQLite file, or the URL without its password
        self._lock = threading.RLock()
        self._tx: Connection | None = None  # the open transaction (nested ones join it)
        self._commits = 0
        self._migrated: set[tuple[str, int]] = set()  # steps seen applied (they stay so)
        self._indexed = self.dialect == "sqlite"  # store_index: aggregates and FTS5
        if migrate:
            try:
                self.migrate(MIGRATIONS)
                self._ensure_index()
            except sqlite3.DatabaseError as exc:  # a corrupt or read-only file: one line
                self.db.close()
                raise describe(self.path, exc) from None
            except BaseException:
                self.db.close()
                raise

    def migrate(self, migrations: Sequence[Migration]) -> list[Migration]:
        """Apply the given registered steps not applied yet (how a module
        that owns tables sets them up); returns those that ran. A step seen
        applied stays applied, so a module that asks on every call (a
        chat's language, on every command) costs no query after the first."""
        if all(m.key in self._migrated for m in migrations):
            return []
        ran = apply(self.db, migrations)
        self._migrated.update(m.key for m in migrations)
        return ran

    def ensure_schema(self, script: str) -> None:
        """Run idempotent ``CREATE … IF NOT EXISTS`` statements (separated by
        ``;``) in one transaction. Prefer :meth:`migrate` with registered,
        numbered steps; this stays for modules not converted yet."""
        self.db.script([s for s in script.split(";") if s.strip()])

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction (serialised with every other writer, in this
        and other processes; one opened inside another joins it); yields a
        connection with ``execute``, ``executemany``, ``fetchone``, ``fetchall``."""
        with self._lock:
            if self._tx is not None:
                yield self._tx
                return
            with self.db.transaction() as db:
                self._tx = db
                store_index.hold(db)  # the aggregates are saved once, before the commit
                try:
                    yield db
                    store_index.release(db, save=True)
                finally:
                    self._tx = None
                    store_index.release(db, save=False)
            self._committed()  # counts it, then the hooks of on_commit

    def query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        return self.db.query(sql, params)

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
        """The articles that came from a file of the corpus folder: a
        relative name (an absolute one was ingested from elsewhere). Read
        at every start-up, so on SQLite through the ``file`` index's two
        ranges around ``'/'`` (byte order): the folder's few rows, not every
        article ingested by path."""
        where = "file IS NOT NULL AND file NOT LIKE '/%'"
        if self.dialect == "sqlite":
            where = "(file < '/' OR file >= '0')"
        rows = self.query(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE {where}")
        return [ArticleRow(*r) for r in rows]

    def articles_by_ids(self, article_ids: Sequence[int]) -> list[ArticleRow]:
        """The stored ones of ``article_ids``, by id (in chunks of 500)."""
        out: list[ArticleRow] = []
        for start in range(0, len(article_ids), 500):
            chunk = list(article_ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks})"
            out.extend(ArticleRow(*r) for r in self.query(sql, chunk))
        return sorted(out, key=lambda a: a.id)

    def article(self, article_id: int) -> ArticleRow | None:
        rows = self.query(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        return ArticleRow(*rows[0]) if rows else None

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

    def article_ids_added(self, after: str, upto: str, limit: int) -> list[int]:
        """Ids of the ``limit`` newest articles with ``after < added_at <= upto``
        (ISO strings), ascending."""
        rows = self.query(
            "SELECT id FROM articles WHERE added_at > ? AND added_at <= ? "
            "ORDER BY added_at DESC, id DESC LIMIT ?",
            (after, upto, limit),
        )
        return sorted(int(r[0]) for r in rows)

    def added_at(self, article_ids: Sequence[int]) -> dict[int, str]:
        """article id → its ``added_at``, for the given ids that exist."""
        out: dict[int, str] = {}
        ids = list(dict.fromkeys(int(i) for i in article_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.query(
                f"SELECT id, added_at FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            out.update({int(i): str(a) for i, a in rows})
        return out

    def max_article_id(self) -> int:
        return int(self.query("SELECT coalesce(max(id), 0) FROM articles")[0][0])

    def raw_text(self, article_id: int) -> str | None:
        """The text as ingested (packed against its sentences, or as it was
        stored before packing: store migration 3)."""
        rows = self.query("SELECT raw, raw_z FROM articles WHERE id = ?", (article_id,))
        if not rows or rows[0][1] is None:
            return str(rows[0][0]) if rows else None
        texts = [s.text for s in self.sentences(article_id)]
        return unpack_raw(bytes(rows[0][1]), texts)

    def set_file(self, article_id: int, file: str | None) -> None:
        with self.transaction() as db:
            db.execute("UPDATE articles SET file = ? WHERE id = ?", (file, article_id))

    def delete_article(self, article_id: int) -> None:
        with self.transaction() as db:
            named = store_index.entities_of(db, article_id) if self._indexed else []
            if self._indexed:
                store_text.fts_remove(db, article_id)
            store_index.count_articles(db, self.dialect, -1, article_id)
            db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            if self._indexed:
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
                "",  # the text is kept packed against its sentences (store_pack)
                pack_raw(raw, [x.text for x in sorted(sentences, key=lambda x: x.idx)]),
            )
            indexed = self._indexed and replace_id is not None
            named = store_index.entities_of(db, replace_id) if indexed else []  # type: ignore[arg-type]
            if replace_id is not None:
                if self._indexed:  # its lemmas leave the full-text index first
                    store_text.fts_remove(db, replace_id)
                db.execute("DELETE FROM sentences WHERE article_id = ?", (replace_id,))
                db.execute("DELETE FROM mentions WHERE article_id = ?", (replace_id,))
                db.execute(
                    "UPDATE articles SET content_hash=?, file=?, url=?, title=?, publisher=?, "
                    "author=?, published=?, added_at=?, raw=?, raw_z=? WHERE id=?",
                    (*values, replace_id),
                )
                article_id = replace_id
            else:
                article_id = self._insert(db, article, values)
                store_index.count_articles(db, self.dialect, +1)
            store_text.write_rows(db, article_id, sentences, mentions, packed=self._indexed)
            figure_rows.write(db, article_id, sentences, mentions)
            if self._indexed:
                store_index.article_saved(db, article_id, named, replace_id, sentences, mentions)
        return article_id

    def _insert(self, db: Connection, article: ArticleRow, values: tuple[object, ...]) -> int:
        # Another process may have stored the same text (or file) since we
        # looked. Checked first (write transactions are serialised, so this
        # is exact, and a PostgreSQL id is not burnt by a refused insert);
        # ON CONFLICT DO NOTHING stays as the backstop.
        if taken := self._conflicting(db, article.content_hash, article.file):
            raise AlreadyStored(taken)
        row = db.execute(
            "INSERT INTO articles(content_hash, file, url, title, publisher, author, "
            "published, added_at, raw, raw_z) VALUES (?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT DO NOTHING RETURNING id",
            values,
        ).fetchone()
        if row is None:
            raise AlreadyStored(self._conflicting(db, article.content_hash, article.file))
        return int(row[0])

    @staticmethod
    def _conflicting(db: Connection, content_hash: str, file: str | None) -> int:
        row = db.execute(
            "SELECT id FROM articles WHERE content_hash = ? OR (file IS NOT NULL AND file = ?)",
            (content_hash, file),
        ).fetchone()
        return int(row[0]) if row else 0

    # ----------------------------------------------------------- sentences
    def _sentence_rows(self, sql: str, params: Sequence[object]) -> list[SentenceRow]:
        rows = self.query(sql, params)
        if self._indexed:  # text and terms from the packed bodies (store_text)
            rows = store_text.fill(self._reader(), rows)
        return [sentence_row(r) for r in rows]

    def sentences(self, article_id: int) -> list[SentenceRow]:
        return self._sentence_rows(
            "SELECT article_id, idx, paragraph, text, terms, score, rank FROM sentences "
            "WHERE article_id = ? ORDER BY idx",
            (article_id,),
        )

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
        return self._sentence_rows(sql, params)

    def entity_sentences(self, entity: str, limit: int | None = None) -> list[SentenceRow]:
        """Sentences that mention ``entity``, each once, in corpus order; with
        ``limit``, only those of the newest articles (the cost of a command
        must not grow with the corpus)."""
        return self._sentence_rows(
            "SELECT s.article_id, s.idx, s.paragraph, s.text, s.terms, s.score, s.rank "
            "FROM (SELECT DISTINCT article_id, sentence_idx FROM mentions "
            "      WHERE entity = ? AND sentence_idx >= 0 "  # -1: the headline
            f"      ORDER BY article_id DESC, sentence_idx{'' if limit is None else ' LIMIT ?'}) m "
            "JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx "
            "ORDER BY s.article_id, s.idx",
            (entity,) if limit is None else (entity, limit),
        )

    def search_terms(
        self, terms: Sequence[str], limit: int, recent_articles: int | None = None
    ) -> list[SentenceRow]:
        """Sentences whose content terms include any of ``terms``, newest
        articles first; with ``recent_articles``, only the newest articles are
        scanned (a bounded cost on a large store)."""
        if not terms:
            return []
        if self._indexed:  # the FTS5 index: reads only the matches it returns
            with self._lock:
                rows = store_reads.search_rows(self._reader(), terms, limit)
            return [sentence_row(r) for r in rows]
        # PostgreSQL: the GIN index over the terms (migration store 2)
        clause = "string_to_array(terms, ' ') && ?::text[]"
        params: list[object] = [list(terms)]
        scope = ""
        if recent_articles is not None:
            # A range on the key, so both databases read only those articles'
            # sentences (an IN list lets PostgreSQL walk the whole key for a rare term).
            scope = (
                " AND article_id >= (SELECT coalesce(min(id), 0) FROM "
                "(SELECT id FROM articles ORDER BY id DESC LIMIT ?) AS recent)"
            )
            params.append(recent_articles)
        rows = self.query(
            "SELECT article_id, idx, paragraph, text, terms, score, rank FROM sentences "
            f"WHERE ({clause}){scope} ORDER BY article_id DESC, idx LIMIT ?",
            [*params, limit],
        )
        return [sentence_row(r) for r in rows]

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
