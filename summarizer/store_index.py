"""What the store keeps up to date at ingest so that commands read a few rows:
per-entity aggregates (mention count, sources, vendor, a context sentence)
and a full-text index over the sentences' Kiwi lemmas.

Both are maintained inside the transaction that writes an article, so they
are never out of step with the articles. The aggregates are a fold over an
entity's mentions in (article, sentence) order; adding an article continues
the fold, removing or re-analysing one refolds the entities it named, and
:func:`refold` over every entity gives the same rows.

The full-text index is SQLite FTS5 (an external-content table over
``sentences.terms``, kept by triggers); a PostgreSQL store answers
:meth:`summarizer.store.Store.search_terms` with its own index.
"""

from __future__ import annotations

import itertools
import threading
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .db import Database

INDEX_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS entity_agg (
        entity      TEXT PRIMARY KEY,
        kind        TEXT NOT NULL,
        mentions    INTEGER NOT NULL,
        vendor      TEXT,
        surfaces    TEXT NOT NULL,
        sources     BLOB NOT NULL,
        ctx_article INTEGER,
        ctx_idx     INTEGER,
        ctx_score   REAL,
        ctx_fit     INTEGER,
        first_id    INTEGER,
        first_day   TEXT,
        last_id     INTEGER,
        last_day    TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS entity_agg_kind ON entity_agg(kind, mentions)",
    # the same-text check at ingest looks a signature up by its size
    "CREATE INDEX IF NOT EXISTS article_extra_shingles ON article_extra(shingles)",
    """CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
        terms, content='sentences', content_rowid='rowid', detail=none, columnsize=0,
        tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M* P* S*'"
    )""",
    """CREATE TRIGGER IF NOT EXISTS sentences_fts_insert AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, terms) VALUES (new.rowid, new.terms);
    END""",
    """CREATE TRIGGER IF NOT EXISTS sentences_fts_delete AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, terms)
        VALUES ('delete', old.rowid, old.terms);
    END""",
)
# Bump when the statements above change: the store then rebuilds what they hold.
# The full-text index keeps which sentences hold a term, nothing more (no
# positions, no sizes): keyword search asks for nothing else.
INDEX_VERSION = "3"  # 3: the first and last mention (day, article) per entity
_OLD = (
    "DROP TABLE IF EXISTS entity_agg",
    "DROP TRIGGER IF EXISTS sentences_fts_insert",
    "DROP TRIGGER IF EXISTS sentences_fts_delete",
    "DROP TABLE IF EXISTS sentences_fts",
)

# A context sentence reads well on its own at this length; a newer sentence
# takes over from a slightly better older one, so the context follows the news.
_FIT_CHARS = (25, 260)
_NEWER_WINS_BY = 0.1
_SEP = "\n"
_SENTENCE_COLUMNS = "s.article_id, s.idx, s.paragraph, s.text, s.terms, s.score, s.rank"
# The day an article happened: the date it states, else the day it was added.
_DAY = "coalesce(a.published, substr(a.added_at, 1, 10))"


@dataclass(frozen=True)
class EntityAggregate:
    key: str
    kind: str
    mentions: int
    vendor: str | None
    surfaces: tuple[str, ...]
    sources: tuple[int, ...]  # ascending article ids (the newest ``tail`` when read so)
    context: tuple[Any, ...] | None  # a sentence row (see store._sentence)
    source_count: int = -1  # every source, also those not read; -1: len(sources)
    first: tuple[int, str] | None = None  # (article, day) of the first mention by day
    last: tuple[int, str] | None = None  # ... and of the last

    def __post_init__(self) -> None:
        if self.source_count < 0:
            object.__setattr__(self, "source_count", len(self.sources))


@dataclass
class _Fold:
    kind: str
    mentions: int
    vendor: str | None
    surfaces: set[str]
    sources: array[int]
    ctx: tuple[int, int, float, int] | None  # (article, idx, score, fit)
    first: tuple[str, int] | None = None  # (day, article): the first mention by day
    last: tuple[str, int] | None = None

    def add(
        self, article_id: int, idx: int, surface: str, text: str, score: float, day: str = ""
    ) -> None:
        self.mentions += 1
        if self.first is None or (day, article_id) < self.first:
            self.first = (day, article_id)
        if self.last is None or (day, article_id) > self.last:
            self.last = (day, article_id)
        self.surfaces.add(surface)
        if not self.sources or self.sources[-1] != article_id:
            self.sources.append(article_id)
        fit = int(_FIT_CHARS[0] <= len(text) <= _FIT_CHARS[1])
        if (
            self.ctx is None
            or fit > self.ctx[3]
            or (fit == self.ctx[3] and score >= self.ctx[2] - _NEWER_WINS_BY)
        ):
            self.ctx = (article_id, idx, score, fit)


def _new_fold(kind: str, vendor: str | None) -> _Fold:
    return _Fold(kind, 0, vendor, set(), array("I"), None)


def _load(db: Any, key: str) -> _Fold | None:
    row = db.execute(
        "SELECT kind, mentions, vendor, surfaces, sources, ctx_article, ctx_idx, ctx_score, "
        "ctx_fit, first_day, first_id, last_day, last_id FROM entity_agg WHERE entity = ?",
        (key,),
    ).fetchone()
    if row is None:
        return None
    kind, mentions, vendor, surfaces, blob, c_article, c_idx, c_score, c_fit, *span = row
    ctx = None if c_article is None else (int(c_article), int(c_idx), float(c_score), int(c_fit))
    sources = array("I")
    sources.frombytes(bytes(blob))
    fold = _Fold(str(kind), int(mentions), vendor, set(surfaces.split(_SEP)), sources, ctx)
    if span[1] is not None:
        fold.first, fold.last = (str(span[0]), int(span[1])), (str(span[2]), int(span[3]))
    return fold


def _save(db: Any, key: str, fold: _Fold) -> None:
    ctx = fold.ctx or (None, None, None, None)
    first = fold.first or (None, None)
    last = fold.last or (None, None)
    db.execute(
        "INSERT INTO entity_agg(entity, kind, mentions, vendor, surfaces, sources, ctx_article, "
        "ctx_idx, ctx_score, ctx_fit, first_day, first_id, last_day, last_id) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(entity) DO UPDATE SET kind = excluded.kind, mentions = excluded.mentions, "
        "vendor = excluded.vendor, surfaces = excluded.surfaces, sources = excluded.sources, "
        "ctx_article = excluded.ctx_article, ctx_idx = excluded.ctx_idx, "
        "ctx_score = excluded.ctx_score, ctx_fit = excluded.ctx_fit, "
        "first_day = excluded.first_day, first_id = excluded.first_id, "
        "last_day = excluded.last_day, last_id = excluded.last_id",
        (
            key,
            fold.kind,
            fold.mentions,
            fold.vendor,
            _SEP.join(sorted(fold.surfaces)),
            fold.sources.tobytes(),
            *ctx,
            *first,
            *last,
        ),
    )


def add_article(
    db: Any,
    article_id: int,
    texts: Sequence[tuple[str, float]],
    mentions: Iterable[tuple[int, str, str, str, str | None]],
) -> None:
    """Continue the fold of every entity the new article names. ``texts``
    are its sentences' (text, score) by index; ``mentions`` (sentence idx,
    entity, kind, surface, vendor) in sentence order. The article's id is
    above every stored one."""
    folds: dict[str, _Fold] = {}
    day = ""
    for idx, key, kind, surface, vendor in mentions:
        if not folds:
            day = _article_day(db, article_id)
        fold = folds.get(key) or _load(db, key) or _new_fold(kind, vendor)
        folds[key] = fold
        text, score = texts[idx] if 0 <= idx < len(texts) else ("", 0.0)  # -1: headline
        fold.add(article_id, idx, surface, text, score, day)
    for key, fold in folds.items():
        _save(db, key, fold)


def _article_day(db: Any, article_id: int) -> str:
    row = db.execute(f"SELECT {_DAY} FROM articles a WHERE a.id = ?", (article_id,)).fetchone()
    return str(row[0]) if row and row[0] is not None else ""


def article_saved(
    db: Any,
    article_id: int,
    named: Sequence[str],
    replace_id: int | None,
    sentences: Sequence[Any],
    mentions: Sequence[Any],
) -> None:
    """Bring the aggregates up to date with an article just written (rows
    of ``store.SentenceRow`` and ``store.MentionRow``); ``named`` are the
    entities a replaced version of it named."""
    if replace_id is not None:
        refold(db, [*named, *(m.entity for m in mentions)])
        return
    add_article(
        db,
        article_id,
        [(s.text, s.score) for s in sentences],
        [(m.sentence_idx, m.entity, m.kind, m.surface, m.vendor) for m in mentions],
    )


def refold(db: Any, keys: Iterable[str] | None = None) -> None:
    """Recompute the aggregates of ``keys`` (every entity when None) from
    their mentions: after an article is removed or re-analysed in place."""
    if keys is None:
        db.execute("DELETE FROM entity_agg")
        keys = [str(r[0]) for r in db.execute("SELECT DISTINCT entity FROM mentions")]
    for key in sorted(set(keys)):
        rows = db.execute(
            "SELECT m.article_id, m.sentence_idx, m.kind, m.surface, m.vendor, "
            f"coalesce(s.text, ''), coalesce(s.score, 0), {_DAY} FROM mentions m "
            "LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx "
            "JOIN articles a ON a.id = m.article_id "
            "WHERE m.entity = ? ORDER BY m.article_id, m.sentence_idx",
            (key,),
        ).fetchall()
        if not rows:
            db.execute("DELETE FROM entity_agg WHERE entity = ?", (key,))
            continue
        fold = _new_fold(str(rows[0][2]), rows[0][4])
        for article_id, idx, _kind, surface, _vendor, text, score, day in rows:
            fold.add(int(article_id), int(idx), str(surface), str(text), float(score), str(day))
        _save(db, key, fold)


def entities_of(db: Any, article_id: int) -> list[str]:
    rows = db.execute("SELECT DISTINCT entity FROM mentions WHERE article_id = ?", (article_id,))
    return [str(r[0]) for r in rows]


def _aggregate(row: Sequence[Any]) -> EntityAggregate:
    key, kind, mentions, vendor, surfaces, blob, count, f_id, f_day, l_id, l_day, *sentence = row
    sources = array("I")
    sources.frombytes(bytes(blob))
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
    sources = "e.sources" if tail is None else f"substr(e.sources, -{4 * max(1, int(tail))})"
    rows = db.execute(
        f"SELECT e.entity, e.kind, e.mentions, e.vendor, e.surfaces, {sources}, "
        "length(e.sources) / 4, e.first_id, e.first_day, e.last_id, e.last_day, "
        f"{_SENTENCE_COLUMNS} FROM entity_agg e LEFT JOIN sentences s "
        f"ON s.article_id = e.ctx_article AND s.idx = e.ctx_idx WHERE {where}",
        params,
    ).fetchall()
    return [_aggregate(r) for r in rows]


def fts_query(terms: Sequence[str]) -> str:
    """An FTS5 query matching any of ``terms`` exactly (each quoted)."""
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)


def search_rows(db: Any, terms: Sequence[str], limit: int) -> list[tuple[Any, ...]]:
    """Sentences whose terms include any of ``terms``, newest first."""
    if not terms:
        return []
    rows: list[tuple[Any, ...]] = db.execute(
        f"SELECT {_SENTENCE_COLUMNS} FROM (SELECT rowid AS r FROM sentences_fts "
        "WHERE sentences_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f "
        "JOIN sentences s ON s.rowid = f.r ORDER BY s.article_id DESC, s.idx",
        (fts_query(terms), limit),
    ).fetchall()
    return rows


def search_keys(db: Any, terms: Sequence[str], limit: int) -> list[tuple[int, int, float, str]]:
    """:func:`search_rows` without the text: (article, idx, score, terms)
    of each match, in the same order; a caller reads the text of the few
    it keeps (:func:`sentence_rows`)."""
    if not terms:
        return []
    rows = db.execute(
        "SELECT s.article_id, s.idx, s.score, s.terms FROM (SELECT rowid AS r FROM sentences_fts "
        "WHERE sentences_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f "
        "JOIN sentences s ON s.rowid = f.r ORDER BY s.article_id DESC, s.idx",
        (fts_query(terms), limit),
    ).fetchall()
    return [(int(a), int(i), float(score), str(t)) for a, i, score, t in rows]


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


def ensure_index(db: Any, version: str | None) -> bool:
    """Create the index tables; when ``version`` (the store's record) is
    not :data:`INDEX_VERSION`, fill them from the stored articles. Returns
    whether they were rebuilt (the caller records the new version)."""
    if version == INDEX_VERSION:
        for statement in INDEX_SCHEMA:
            db.execute(statement)
        return False
    for statement in (*_OLD, *INDEX_SCHEMA):
        db.execute(statement)
    db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")
    refold(db)
    return True


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

    def _ensure_index(self) -> None:
        """Create (or rebuild) the aggregates and the FTS5 index of a SQLite store."""
        if not self._indexed:
            return
        store: Any = self
        with store.transaction() as db:
            if ensure_index(db, store.get_meta("index")):
                store.set_meta("index", INDEX_VERSION)

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
        if folded is not None and self._indexed:
            sql += " AND (lower(replace(entity, ' ', '')) = ? OR entity GLOB '*[^ -~]*')"
            params.append(folded)
        return [str(r[0]) for r in self.db.query(sql, params)]

    def entity_aggregates(self, kind: str, tail: int | None = None) -> list[EntityAggregate]:
        """Every entity of ``kind``: mention count, sources (the newest
        ``tail``), vendor, context sentence and first and last mention,
        kept up to date at ingest (a few rows read)."""
        if not self._indexed:
            return _folded(self.db, tail, kind=kind)
        return read_aggregates(self._reader(), kind=kind, tail=tail)

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

    def sentence_rows(self, keys: Sequence[tuple[int, int]]) -> list[tuple[Any, ...]]:
        """The stored rows of these (article, idx) sentences (any order)."""
        return sentence_rows(self._reader(), keys)

    def top_entity_aggregates(
        self, kind: str, limit: int, tail: int | None = None
    ) -> tuple[list[EntityAggregate], int]:
        """The ``limit`` most mentioned entities of ``kind`` (and any tied
        with the last of them), and how many entities of ``kind`` there are:
        two indexed reads, however many the store names."""
        if not self._indexed:
            found = _folded(self.db, tail, kind=kind)
            return sorted(found, key=lambda a: -a.mentions)[:limit], len(found)
        total = int(self.db.query("SELECT count(*) FROM entity_agg WHERE kind = ?", (kind,))[0][0])
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
