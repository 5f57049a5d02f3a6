"""What the store keeps up to date at ingest so that commands read a few rows:
per-entity aggregates (mention count, sources, vendor, a context sentence)
and a full-text index over the sentences' Kiwi lemmas.

Both are maintained inside the transaction that writes an article, so they
are never out of step with the articles. The aggregates are a fold over an
entity's mentions in (article, sentence) order; adding an article continues
the fold, removing or re-analysing one refolds the entities it named, and
:func:`refold` over every entity gives the same rows.

The full-text index is SQLite FTS5 (a contentless table over the
sentences' lemmas, kept by :mod:`summarizer.store_text`); a PostgreSQL store answers
:meth:`summarizer.store.Store.search_terms` with its own index.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .store_text import Texts, fts_fill
from .store_text import fts_query as fts_query  # re-exported

INDEX_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS entity_agg (
        entity      TEXT PRIMARY KEY,
        kind        TEXT NOT NULL,
        mentions    INTEGER NOT NULL,
        vendor      TEXT,
        surfaces    TEXT NOT NULL,
        ctx_article INTEGER,
        ctx_idx     INTEGER,
        ctx_score   REAL,
        ctx_fit     INTEGER,
        first_id    INTEGER,
        first_day   TEXT,
        last_id     INTEGER,
        last_day    TEXT,
        source_count INTEGER NOT NULL,
        recent      BLOB NOT NULL,
        sources     BLOB NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS entity_agg_kind ON entity_agg(kind, mentions)",
    # a discovered chip's name to its key (store_reads.entity_keys): the folded
    # ASCII keys, and the few keys SQLite's lower() cannot fold
    "CREATE INDEX IF NOT EXISTS entity_agg_folded "
    "ON entity_agg(kind, lower(replace(entity, ' ', '')))",
    "CREATE INDEX IF NOT EXISTS entity_agg_wide ON entity_agg(kind) WHERE entity GLOB '*[^ -~]*'",
    # the same-text check at ingest looks a signature up by its size
    "CREATE INDEX IF NOT EXISTS article_extra_shingles ON article_extra(shingles)",
    # contentless: the lemmas are read from the sentences (store_text), which
    # feeds and prunes this index itself
    """CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
        terms, content='', detail=none, columnsize=0,
        tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M* P* S*'"
    )""",
)
# The full-text index merges its segments sooner than FTS5's default (4): 12%
# smaller at 1,000 articles written 64 at a time, no CPU to speak of at ingest.
# Set when the index is built (a setting kept in the index's own config table).
_FTS_MERGE = "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('automerge', 2)"
# Bump when the statements above change: the store then rebuilds what they hold.
# The full-text index keeps which sentences hold a term, nothing more (no
# positions, no sizes): keyword search asks for nothing else.
# 4: the first and last mention (day, article) per entity, the count and the
# newest RECENT of its sources, and every source last in the row: an article
# id array runs over several pages, which a read of the other columns (or of
# the newest few) then never walks.
# 5: the full-text index is contentless, fed from Python (store_text): the
# sentences' lemmas may live in a packed body, out of a trigger's reach.
INDEX_VERSION = "5"
RECENT = 32
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
        "ctx_idx, ctx_score, ctx_fit, first_day, first_id, last_day, last_id, source_count, "
        "recent) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(entity) DO UPDATE SET kind = excluded.kind, mentions = excluded.mentions, "
        "vendor = excluded.vendor, surfaces = excluded.surfaces, sources = excluded.sources, "
        "source_count = excluded.source_count, recent = excluded.recent, "
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
            len(fold.sources),
            fold.sources[-RECENT:].tobytes(),
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
    held = _HELD.get(id(db))  # the write transaction's folds, saved at its end
    folds: dict[str, _Fold] = {} if held is None else held
    day = None
    for idx, key, kind, surface, vendor in mentions:
        if day is None:
            day = _article_day(db, article_id)
        fold = folds.get(key) or _load(db, key) or _new_fold(kind, vendor)
        folds[key] = fold
        text, score = texts[idx] if 0 <= idx < len(texts) else ("", 0.0)  # -1: headline
        fold.add(article_id, idx, surface, text, score, day)
    if held is None:
        save_held(db, folds)


# The folds of the entities a write transaction's articles named, by the
# connection's id: loaded once and saved once per transaction (a batch of
# 64 articles names the same chips and companies again and again), in the
# order they were first named, so new rows get the rowids they got when
# every article saved its own. Nothing reads the aggregates inside the
# writing transaction; a refold saves them first.
_HELD: dict[int, dict[str, _Fold]] = {}


def hold(db: Any) -> None:
    """From now until :func:`release`, keep ``db``'s folds in memory."""
    _HELD.setdefault(id(db), {})


def release(db: Any, save: bool) -> None:
    """Save ``db``'s held folds (``save``: the transaction commits) and stop holding."""
    held = _HELD.pop(id(db), None)
    if held and save:
        save_held(db, held)


def save_held(db: Any, folds: dict[str, _Fold]) -> None:
    for key, fold in folds.items():
        _save(db, key, fold)
    folds.clear()


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
    if held := _HELD.get(id(db)):  # the transaction's folds first: refolded rows are newer
        save_held(db, held)
    if keys is None:
        db.execute("DELETE FROM entity_agg")
        keys = [str(r[0]) for r in db.execute("SELECT DISTINCT entity FROM mentions")]
    texts = Texts(db)
    for key in sorted(set(keys)):
        rows = db.execute(
            "SELECT m.article_id, m.sentence_idx, m.kind, m.surface, m.vendor, "
            f"s.text, coalesce(s.score, 0), {_DAY} FROM mentions m "
            "LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx "
            "JOIN articles a ON a.id = m.article_id "
            "WHERE m.entity = ? ORDER BY m.article_id, m.sentence_idx",
            (key,),
        ).fetchall()
        if not rows:
            db.execute("DELETE FROM entity_agg WHERE entity = ?", (key,))
            continue
        fold = _new_fold(str(rows[0][2]), rows[0][4])
        for article_id, idx, _kind, surface, _vendor, stored, score, day in rows:
            text = texts.text(int(article_id), int(idx), stored)
            fold.add(int(article_id), int(idx), str(surface), text, float(score), str(day))
        _save(db, key, fold)


def entities_of(db: Any, article_id: int) -> list[str]:
    rows = db.execute("SELECT DISTINCT entity FROM mentions WHERE article_id = ?", (article_id,))
    return [str(r[0]) for r in rows]


# PostgreSQL counts rows by reading them all: a PostgreSQL store keeps its
# article count in ``meta`` (changed in the transaction that adds or removes
# an article; filled from count(*) when missing, e.g. after copy-store).
# SQLite counts a table from its b-tree pages, a few microseconds here.
_COUNT_KEY = "article_count"


def count_articles(db: Any, dialect: str, delta: int, article_id: int | None = None) -> None:
    """Keep the article count of a PostgreSQL store (inside the write
    transaction): ``delta`` +1 for an article inserted, -1 for ``article_id``
    about to be deleted (if it exists)."""
    if dialect == "sqlite":
        return
    sql = "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + ? AS TEXT) WHERE key = ?"
    params: list[object] = [delta, _COUNT_KEY]
    if article_id is not None:
        sql += " AND EXISTS (SELECT 1 FROM articles WHERE id = ?)"
        params.append(article_id)
    db.execute(sql, params)


def ensure_index(db: Any, version: str | None) -> bool:
    """Create the index tables; when ``version`` (the store's record) is
    not :data:`INDEX_VERSION`, fill them from the stored articles. Returns
    whether they were rebuilt (the caller records the new version)."""
    if version == INDEX_VERSION:
        for statement in INDEX_SCHEMA:
            db.execute(statement)
        return False
    for statement in (*_OLD, *INDEX_SCHEMA, _FTS_MERGE):
        db.execute(statement)
    fts_fill(db)
    refold(db)
    return True
