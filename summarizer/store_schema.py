"""The store's own tables (articles, sentences, mentions, article_extra, meta)
as numbered migrations of the component ``store``."""

from __future__ import annotations

from .db import Migration, register

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
    raw          TEXT NOT NULL
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
CREATE INDEX IF NOT EXISTS sentences_rank ON sentences(rank, article_id);
CREATE TABLE IF NOT EXISTS mentions (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_idx INTEGER NOT NULL,
    entity       TEXT NOT NULL,
    kind         TEXT NOT NULL,
    surface      TEXT NOT NULL,
    vendor       TEXT
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity, article_id);
CREATE INDEX IF NOT EXISTS mentions_kind_cover
    ON mentions(kind, entity, article_id, surface, vendor);
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

# Keyword search on PostgreSQL: a GIN index over each sentence's Kiwi content
# terms as an array, used by ``&&`` (overlap) in :meth:`Store.search_terms`.
# SQLite scans the newest articles' sentences instead (bounded by
# ``recent_articles``), so it needs no index.
_TERMS_INDEX = (
    "SELECT 1",
    "CREATE INDEX IF NOT EXISTS sentences_terms ON sentences "
    "USING gin (string_to_array(terms, ' '))",
)

# A compact store (issue 14): an article's raw text packed against its own
# sentences (``raw_z``, :mod:`summarizer.store_pack`; ``raw`` stays for rows
# written before), and no mentions index nothing reads on SQLite (its
# entity figures come from ``entity_agg``; PostgreSQL folds mentions by kind).
_PACKED = (
    "ALTER TABLE articles ADD COLUMN raw_z BLOB; DROP INDEX IF EXISTS mentions_kind_cover",
    "ALTER TABLE articles ADD COLUMN IF NOT EXISTS raw_z BYTEA",
)

# No index on a sentence's rank on SQLite (issue 14, 0.1x the text): every
# read of the best sentences names its articles, and the primary key finds them.
_NO_RANK_INDEX = ("DROP INDEX IF EXISTS sentences_rank", "SELECT 1")

# Sentence text and lemmas packed per article on SQLite (issue 14; see
# summarizer.store_text): rows written from now on keep '' in ``text`` and
# ``terms``; rows written before keep theirs and are read as they are. A
# PostgreSQL store keeps both in every row (its GIN index reads the terms).
_SENTENCE_PACK = (
    "CREATE TABLE IF NOT EXISTS sentence_pack ("
    "article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, "
    "body BLOB NOT NULL)",
    "SELECT 1",
)

# Mentions clustered by article on SQLite (issue 14): ``seq`` numbers an
# article's mentions in the order they were written (the order rowids kept),
# so the article's index goes (the key starts with the article) and so does
# the rowid. PostgreSQL gets the column, for the same inserts and copy-store.
_MENTIONS_BY_ARTICLE = (
    """CREATE TABLE mentions_by_article (
        article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        sentence_idx INTEGER NOT NULL,
        entity       TEXT NOT NULL,
        kind         TEXT NOT NULL,
        surface      TEXT NOT NULL,
        vendor       TEXT,
        seq          INTEGER NOT NULL,
        PRIMARY KEY (article_id, seq)
    ) WITHOUT ROWID;
    INSERT INTO mentions_by_article SELECT article_id, sentence_idx, entity, kind, surface,
        vendor, row_number() OVER (PARTITION BY article_id ORDER BY rowid) - 1 FROM mentions;
    DROP TABLE mentions;
    ALTER TABLE mentions_by_article RENAME TO mentions;
    CREATE INDEX mentions_entity ON mentions(entity, article_id)""",
    "ALTER TABLE mentions ADD COLUMN IF NOT EXISTS seq INTEGER",
)

# The figures each chip's mention sentences state (issue 14,
# summarizer.figure_rows), written with the article's mentions, so
# ``/chips NAME`` reads the few rows of its window instead of the sentences.
_FIGURES_COLUMNS = """entity       TEXT NOT NULL,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_idx INTEGER NOT NULL,
    seq          INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (entity, article_id, sentence_idx, seq)"""
_FIGURES_INDEX = "CREATE INDEX IF NOT EXISTS chip_figures_article ON chip_figures(article_id)"
_CHIP_FIGURES = (
    f"CREATE TABLE IF NOT EXISTS chip_figures ({_FIGURES_COLUMNS}) WITHOUT ROWID; {_FIGURES_INDEX}",
    f"CREATE TABLE IF NOT EXISTS chip_figures ({_FIGURES_COLUMNS}); {_FIGURES_INDEX}",
)

MIGRATIONS: tuple[Migration, ...] = register(
    "store",
    _SCHEMA,
    _TERMS_INDEX,
    _PACKED,
    _NO_RANK_INDEX,
    _SENTENCE_PACK,
    _MENTIONS_BY_ARTICLE,
    _CHIP_FIGURES,
)
