"""The store's reads of what :mod:`summarizer.store_index` keeps: entity
aggregates (a few rows per command, the newest sources only when asked),
the full-text index (ids, then the text of the few sentences kept), and the
article count, as :class:`IndexReads`, the base of
:class:`summarizer.store.Store`.

A PostgreSQL store keeps no aggregates and no FTS5 index: it folds the
mentions on reading (slower, same answers) and searches its own index.
"""

from __future__ import annotations

import itertools
import threading
from array import array
from collections.abc import Callable, Sequence
from typing import Any

from . import store_counts
from .db import Database
from .store_index import (
    _COUNT_KEY,
    _DAY,
    _SENTENCE_COLUMNS,
    _SEP,
    INDEX_VERSION,
    RECENT,
    EntityAggregate,
    _Fold,
    _new_fold,
    ensure_index,
    fts_query,
)
from .store_text import fill


def _aggregate(row: Sequence[Any], tail: int | None = None) -> EntityAggregate:
    key, kind, mentions, vendor, surfaces, blob, count, f_id, f_day, l_id, l_day, *sentence = row
    sources = array("I")
    sources.frombytes(bytes(blob))
    if tail is not None:
        sources = sources[-max(1, tail) :]
    return EntityAggregate(
        key=str(key),
        kind=str(kind),
        mentions=int(mentions),
        vendor=vendor,
        surfaces=tuple(s for s in str(surfaces).split(_SEP) if s),
        sources=tuple(sources),
        context=tuple(sentence) if sentence[0] is not None else None,
        source_count=int(count),
        first=None if f_id is None else (int(f_id), str(f_day)),
        last=None if l_id is None else (int(l_id), str(l_day)),
    )


def read_aggregates(
    db: Any,
    kind: str | None = None,
    key: str | None = None,
    tail: int | None = None,
    least: int = 0,
) -> list[EntityAggregate]:
    """The aggregate rows of one kind (those with at least ``least``
    mentions) or of one entity, with their context sentences, in one query;
    with ``tail``, only the newest ``tail`` sources of each are read
    (``source_count`` still counts them all)."""
    where, params = "e.kind = ? AND e.mentions >= ?", [kind, least]
    if key is not None:
        where, params = "e.entity = ?", [key]
    sources = "e.sources"
    if tail is not None:  # the newest few are kept apart: the whole array is never read
        sources = "e.recent" if tail <= RECENT else f"substr(e.sources, -{4 * max(1, int(tail))})"
    rows = db.execute(
        f"SELECT e.entity, e.kind, e.mentions, e.vendor, e.surfaces, {sources}, "
        "e.source_count, e.first_id, e.first_day, e.last_id, e.last_day, "
        f"{_SENTENCE_COLUMNS} FROM entity_agg e LEFT JOIN sentences s "
        f"ON s.article_id = e.ctx_article AND s.idx = e.ctx_idx WHERE {where}",
        params,
    ).fetchall()
    contexts = fill(db, [r[11:] for r in rows if r[11] is not None])  # sentences unpacked
    found = {(c[0], c[1]): c for c in contexts}
    return [_aggregate((*r[:11], *found.get((r[11], r[12]), r[11:])), tail) for r in rows]


def _pool(db: Any, terms: Sequence[str], limit: int) -> list[tuple[Any, ...]]:
    """The newest ``limit`` sentences whose terms include any of ``terms``
    (the full-text index), with text and terms, in no set order."""
    return fill(
        db,
        db.execute(
            f"SELECT {_SENTENCE_COLUMNS} FROM (SELECT rowid AS r FROM sentences_fts "
            "WHERE sentences_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f "
            "JOIN sentences s ON s.rowid = f.r",
            (fts_query(terms), limit),
        ).fetchall(),
    )


def search_rows(db: Any, terms: Sequence[str], limit: int) -> list[tuple[Any, ...]]:
    """Sentences whose terms include any of ``terms``, newest first."""
    if not terms:
        return []
    return sorted(_pool(db, terms, limit), key=lambda r: (-r[0], r[1]))


def search_keys(db: Any, terms: Sequence[str], limit: int) -> list[tuple[int, int, float, str]]:
    """:func:`search_rows` without the text: (article, idx, score, terms)
    of each match, in the same order; a caller reads the text of the few
    it keeps (:func:`sentence_rows`)."""
    return [(r[0], r[1], r[5], r[4]) for r in search_rows(db, terms, limit)]


def search_ranked(
    db: Any, terms: Sequence[str], limit: int, take: int
) -> list[tuple[int, int, float]]:
    """Of the newest ``limit`` sentences matching any of ``terms``, the
    ``take`` best by share of the terms they hold plus half their score, as
    (article, idx, value), best first (ties newest first): the ranking of a
    keyword summary (:func:`summarizer.summarize.focused`). Which terms a
    sentence holds is read from the full-text index, whose tokens are the
    lemmas themselves (:func:`summarizer.store_text.fts_token`).

    SQLite ranks the pool and returns only the ``take`` best: the pool never
    enters Python. The value is the same IEEE arithmetic as before
    (``hits * 1.0 / n + 0.5 * score``), the order the same (value, then the
    newest article, then the first sentence). With one distinct term every
    match holds it (``hits`` is ``n``); with several, each term's matches
    from the pool's oldest on are counted per sentence (every match from
    there on is in the pool: it is the newest ``limit`` of them all)."""
    if not terms:
        return []
    order = "ORDER BY v DESC, a DESC, i LIMIT ?"
    if len(set(terms)) == 1:
        rows = db.execute(
            "SELECT s.article_id AS a, s.idx AS i, ? * 1.0 / ? + 0.5 * s.score AS v FROM "
            "(SELECT rowid AS r FROM sentences_fts WHERE sentences_fts MATCH ? "
            f"ORDER BY rowid DESC LIMIT ?) f JOIN sentences s ON s.rowid = f.r {order}",
            (len(terms), len(terms), fts_query(terms), limit, take),
        ).fetchall()
        return [(int(a), int(i), float(v)) for a, i, v in rows]
    low = db.execute(
        "SELECT min(r) FROM (SELECT rowid AS r FROM sentences_fts WHERE sentences_fts MATCH ? "
        "ORDER BY rowid DESC LIMIT ?)",
        (fts_query(terms), limit),
    ).fetchone()[0]
    if low is None:
        return []
    each = " UNION ALL ".join(
        "SELECT rowid AS r FROM sentences_fts WHERE sentences_fts MATCH ? AND rowid >= ?"
        for _ in terms  # a repeated term counts twice, as before
    )
    rows = db.execute(
        "SELECT s.article_id AS a, s.idx AS i, f.h * 1.0 / ? + 0.5 * s.score AS v FROM "
        f"(SELECT r, count(*) AS h FROM ({each}) GROUP BY r) f "
        f"JOIN sentences s ON s.rowid = f.r {order}",
        [len(terms), *[v for t in terms for v in (fts_query([t]), low)], take],
    ).fetchall()
    return [(int(a), int(i), float(v)) for a, i, v in rows]


def sentence_rows(db: Any, keys: Sequence[tuple[int, int]]) -> list[tuple[Any, ...]]:
    """The sentence rows of these (article, idx) pairs, in no set order."""
    out: list[tuple[Any, ...]] = []
    for start in range(0, len(keys), 250):
        chunk = keys[start : start + 250]
        where = " OR ".join("(article_id = ? AND idx = ?)" for _ in chunk)
        out += db.execute(
            "SELECT article_id, idx, paragraph, text, terms, score, rank FROM sentences "
            f"WHERE {where}",
            [v for key in chunk for v in key],
        ).fetchall()
    return out


class _Rows(list[Any]):
    def fetchone(self) -> Any:
        return self[0] if self else None

    def fetchall(self) -> list[Any]:
        return list(self)


class _Reader:
    """``execute`` over ``Database.query``: the read functions above, outside
    a write transaction."""

    def __init__(self, db: Any) -> None:
        self._db = db

    def execute(self, sql: str, params: Sequence[object] = ()) -> _Rows:
        return _Rows(self._db.query(sql, params))


class IndexReads:
    """What this module keeps, as :class:`summarizer.store.Store` methods.
    A PostgreSQL store keeps no aggregates: it folds the mentions on reading
    (slower, same answers) and never serves a remembered reply."""

    db: Database
    _lock: threading.RLock
    _commits: int  # this connection's commits (data_version counts the others')
    _indexed: bool
    _counted = False  # store_counts' table and triggers are in place (SQLite, opened)
    _hooks: tuple[Callable[[], None], ...] = ()  # run after each commit (on_commit)

    def on_commit(self, hook: Callable[[], None]) -> None:
        """Call ``hook()`` after every commit of this connection, in the
        committing thread (a reader's cache drops what the write made stale
        there, not in the next command)."""
        self._hooks = (*self._hooks, hook)

    def _committed(self) -> None:
        self._commits += 1
        for hook in self._hooks:
            hook()

    def _ensure_index(self) -> None:
        """Create (or rebuild) the aggregates and the FTS5 index of a SQLite store."""
        if not self._indexed:
            return
        store: Any = self
        with store.transaction() as db:
            if ensure_index(db, store.get_meta("index")):
                store.set_meta("index", INDEX_VERSION)
            store_counts.ensure(db)  # after a rebuild too: its triggers went with entity_agg
        self._counted = True

    def article_count(self) -> int:
        """How many articles the store holds (a counter on PostgreSQL)."""
        if self.db.dialect == "sqlite":
            return self._count(store_counts.ARTICLES, "SELECT count(*) FROM articles", ())
        found = self.db.query("SELECT value FROM meta WHERE key = ?", (_COUNT_KEY,))
        if found:
            return int(found[0][0])
        store: Any = self
        with store.transaction() as db:  # writers are serialised: the count is exact
            count = int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
            db.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING",
                (_COUNT_KEY, str(count)),
            )
        return count

    def _count(self, name: str, sql: str, params: Sequence[object]) -> int:
        """A total of a SQLite store: the count its triggers keep
        (:mod:`summarizer.store_counts`: one row, however large the store),
        else the rows counted."""
        if self._counted:
            kept = store_counts.read(self.db, name)
            if kept is not None:
                return kept
        return int(self.db.query(sql, params)[0][0])

    def _reader(self) -> Any:
        return _Reader(self.db)

    def version(self) -> tuple[int, int]:
        """Changes whenever anything is committed, by this connection or
        another process's: what a reader may cache results under."""
        if not self._indexed:
            return next(_UNIQUE), 0
        return int(self.db.query("PRAGMA data_version")[0][0]), self._commits

    def entity_keys(self, kind: str, folded: str | None = None) -> list[str]:
        """The keys of every entity of ``kind`` the store names; with
        ``folded`` (spaces removed, casefolded), at least those that fold to
        it (a SQLite store leaves out the ASCII keys that do not)."""
        table = "entity_agg" if self._indexed else "mentions"
        sql, params = f"SELECT DISTINCT entity FROM {table} WHERE kind = ?", [kind]
        if folded is not None and self._indexed:  # two indexed reads (store_index)
            sql = (
                "SELECT entity FROM entity_agg WHERE rowid IN (SELECT rowid FROM entity_agg "
                "WHERE kind = ? AND lower(replace(entity, ' ', '')) = ? UNION SELECT rowid "
                "FROM entity_agg WHERE kind = ? AND entity GLOB '*[^ -~]*') "
                "ORDER BY mentions, rowid"  # the order of the kind's index, read whole before
            )
            params = [kind, folded, kind]
        return [str(r[0]) for r in self.db.query(sql, params)]

    def entity_aggregates(self, kind: str, tail: int | None = None) -> list[EntityAggregate]:
        """Every entity of ``kind``: mention count, sources (the newest
        ``tail``), vendor, context sentence and first and last mention,
        kept up to date at ingest (a few rows read)."""
        if not self._indexed:
            return _folded(self.db, tail, kind=kind)
        return read_aggregates(self._reader(), kind=kind, tail=tail)

    def kind_mentions(
        self, kind: str, article_ids: Sequence[int]
    ) -> list[tuple[int, int, str, str | None]]:
        """(article, sentence, entity, vendor) of every mention of ``kind``
        in these articles, in article and sentence order, read through the
        articles' index (never the whole kind's)."""
        ids = sorted(set(article_ids))
        out: list[tuple[int, int, str, str | None]] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            out += self.db.query(
                "SELECT article_id, sentence_idx, entity, vendor FROM mentions "
                f"WHERE article_id IN ({','.join('?' * len(chunk))}) AND kind || '' = ? "
                "ORDER BY article_id, sentence_idx",
                [*chunk, kind],
            )
        return out

    def sentence_mentions(
        self, kind: str, sentences: Sequence[tuple[int, int]]
    ) -> list[tuple[int, int, str, str]]:
        """(article, sentence, entity, surface) of the mentions of ``kind``
        in the given (article, sentence) pairs, read through the articles'
        index (never the whole kind's)."""
        wanted = set(sentences)
        ids = sorted({a for a, _ in wanted})
        out: list[tuple[int, int, str, str]] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.db.query(
                "SELECT article_id, sentence_idx, entity, surface FROM mentions "
                f"WHERE article_id IN ({','.join('?' * len(chunk))}) AND kind || '' = ?",
                [*chunk, kind],
            )
            out += [(int(a), int(i), str(e), str(s)) for a, i, e, s in rows if (a, i) in wanted]
        return out

    def search_keys(self, terms: Sequence[str], limit: int) -> list[tuple[int, int, float, str]]:
        """(article, idx, score, terms) of the sentences :meth:`search_terms`
        returns, in its order, without their text."""
        if self._indexed:
            with self._lock:
                return search_keys(self._reader(), terms, limit)
        store: Any = self
        rows = store.search_terms(terms, limit)
        return [(r.article_id, r.idx, r.score, " ".join(r.terms)) for r in rows]

    def search_ranked(
        self, terms: Sequence[str], limit: int, take: int
    ) -> list[tuple[int, int, float]] | None:
        """:func:`search_ranked` on a SQLite store; None on one without the
        full-text index (the caller ranks :meth:`search_keys` itself)."""
        if not self._indexed:
            return None
        with self._lock:
            return search_ranked(self._reader(), terms, limit, take)

    def sentence_rows(self, keys: Sequence[tuple[int, int]]) -> list[tuple[Any, ...]]:
        """The stored rows of these (article, idx) sentences (any order)."""
        rows = sentence_rows(self._reader(), keys)
        return fill(self._reader(), rows) if self._indexed else rows

    def top_entity_aggregates(
        self, kind: str, limit: int, tail: int | None = None
    ) -> tuple[list[EntityAggregate], int]:
        """The ``limit`` most mentioned entities of ``kind`` (and any tied
        with the last of them), and how many entities of ``kind`` there are:
        two indexed reads, however many the store names."""
        if not self._indexed:
            found = _folded(self.db, tail, kind=kind)
            return found, len(found)  # the caller orders them and keeps ``limit``
        every = "SELECT count(*) FROM entity_agg WHERE kind = ?"
        total = self._count(store_counts.entity_name(kind), every, (kind,))
        cut = self.db.query(
            "SELECT mentions FROM entity_agg WHERE kind = ? ORDER BY mentions DESC LIMIT 1 "
            "OFFSET ?",
            (kind, max(0, limit - 1)),
        )
        least = int(cut[0][0]) if cut and total > limit else 0
        return read_aggregates(self._reader(), kind=kind, tail=tail, least=least), total

    def entity_aggregate(self, key: str, tail: int | None = None) -> EntityAggregate | None:
        if self._indexed:
            rows = read_aggregates(self._reader(), key=key, tail=tail)
        else:
            rows = _folded(self.db, tail, key=key)
        return rows[0] if rows else None


_UNIQUE = itertools.count()


def _folded(
    db: Any, tail: int | None, kind: str | None = None, key: str | None = None
) -> list[EntityAggregate]:
    """The aggregates computed from the mentions (a store without them)."""
    where, param = ("m.kind = ?", kind) if key is None else ("m.entity = ?", key)
    rows = db.query(
        "SELECT m.entity, m.article_id, m.sentence_idx, m.kind, m.surface, m.vendor, "
        f"coalesce(s.text, ''), coalesce(s.score, 0), {_DAY} FROM mentions m "
        "LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx "
        f"JOIN articles a ON a.id = m.article_id WHERE {where} "
        "ORDER BY m.entity, m.article_id, m.sentence_idx",
        (param,),
    )
    folds: dict[str, _Fold] = {}
    for entity, article_id, idx, kind_, surface, vendor, text, score, day in rows:
        fold = folds.setdefault(str(entity), _new_fold(str(kind_), vendor))
        fold.add(int(article_id), int(idx), str(surface), str(text), float(score), str(day))
    return [_from_fold(db, entity, fold, tail) for entity, fold in folds.items()]


def _from_fold(db: Any, entity: str, fold: _Fold, tail: int | None) -> EntityAggregate:
    context = None
    if fold.ctx is not None:
        found = db.query(
            "SELECT article_id, idx, paragraph, text, terms, score, rank FROM sentences "
            "WHERE article_id = ? AND idx = ?",
            (fold.ctx[0], fold.ctx[1]),
        )
        context = tuple(found[0]) if found else None
    sources = tuple(fold.sources)
    return EntityAggregate(
        entity,
        fold.kind,
        fold.mentions,
        fold.vendor,
        tuple(sorted(fold.surfaces)),
        sources if tail is None else sources[-max(1, tail) :],
        context,
        source_count=len(sources),
        first=None if fold.first is None else (fold.first[1], fold.first[0]),
        last=None if fold.last is None else (fold.last[1], fold.last[0]),
    )
