"""Row counts a SQLite store keeps by trigger, so that a command's total
(``/sources``' article count, ``/chips``' chip count) is one row read
instead of a ``count(*)`` over an index that grows with the store.

``row_counts`` holds one row per counted set: ``articles``, and
``entity_agg KIND`` for the aggregates of each entity kind
(:mod:`summarizer.store_index`). Triggers change them in the transaction
that inserts or deletes the rows, so they are exact for every writer (an
older version of briefbot, another process, ``sqlite3`` by hand).
``entity_agg`` is dropped and rebuilt with its triggers when the index
version changes; a store from before these counts, or one whose index was
just rebuilt, lacks a trigger, and :func:`ensure` (when the store is opened)
creates them and counts every set once. A PostgreSQL store keeps its
article count in ``meta`` (:func:`summarizer.store_index.count_articles`)
and folds the mentions on reading: it has none of this.
"""

from __future__ import annotations

from typing import Any

TABLE = "CREATE TABLE IF NOT EXISTS row_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL)"
ARTICLES = "articles"
_KIND = "'entity_agg ' || {row}.kind"
_ADD = (
    "INSERT INTO row_counts(name, n) VALUES ({name}, 1) ON CONFLICT(name) DO UPDATE SET n = n + 1"
)
_TAKE = "UPDATE row_counts SET n = n - 1 WHERE name = {name}"
TRIGGERS = {
    "row_counts_articles_add": "AFTER INSERT ON articles BEGIN "
    + _ADD.format(name=f"'{ARTICLES}'")
    + "; END",
    "row_counts_articles_take": "AFTER DELETE ON articles BEGIN "
    + _TAKE.format(name=f"'{ARTICLES}'")
    + "; END",
    "row_counts_entities_add": "AFTER INSERT ON entity_agg BEGIN "
    + _ADD.format(name=_KIND.format(row="NEW"))
    + "; END",
    "row_counts_entities_take": "AFTER DELETE ON entity_agg BEGIN "
    + _TAKE.format(name=_KIND.format(row="OLD"))
    + "; END",
    "row_counts_entities_kind": "AFTER UPDATE OF kind ON entity_agg "
    "WHEN OLD.kind IS NOT NEW.kind BEGIN "
    + _TAKE.format(name=_KIND.format(row="OLD"))
    + "; "
    + _ADD.format(name=_KIND.format(row="NEW"))
    + "; END",
}


def entity_name(kind: str) -> str:
    """The ``row_counts`` name of the aggregates of entity ``kind``."""
    return f"entity_agg {kind}"


def ensure(db: Any) -> bool:
    """Inside a write transaction of a SQLite store whose ``entity_agg``
    exists: create the table and any missing trigger and, when one was
    missing, count every set from its rows. Returns whether it counted."""
    found = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'row_counts_%'"
    ).fetchall()
    if {str(r[0]) for r in found} >= set(TRIGGERS):
        return False
    db.execute(TABLE)
    for name, body in TRIGGERS.items():
        db.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
    recount(db)
    return True


def recount(db: Any) -> None:
    """Count every set from its rows (inside a write transaction)."""
    db.execute("DELETE FROM row_counts")
    db.execute("INSERT INTO row_counts(name, n) SELECT ?, count(*) FROM articles", (ARTICLES,))
    db.execute(
        "INSERT INTO row_counts(name, n) SELECT 'entity_agg ' || kind, count(*) "
        "FROM entity_agg GROUP BY kind"
    )


def read(db: Any, name: str) -> int | None:
    """The kept count of ``name`` (``db.query``); None when it is not kept
    (a store opened without its index, or a kind never counted: then the
    caller counts the rows)."""
    rows = db.query("SELECT n FROM row_counts WHERE name = ?", (name,))
    return int(rows[0][0]) if rows else None
