"""Copy a SQLite store into PostgreSQL without loss (``briefbot copy-store``).

Every table of the source except ``schema_migrations`` is copied with its
ids (``COPY … FROM STDIN``), parents before children, into the target's
tables, which must exist (the migrations create them) and be empty. Identity
sequences are then moved past the copied ids, and each table is vacuumed
and analysed. Each table is compared after
the copy: the row count and an order-independent checksum (the sum, modulo
2**64, of a SHA-256 of every row's values) on both sides.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..store_pack import unpack_sentences
from .base import Database, Row, StoreError
from .postgres import PostgresDatabase
from .sqlite import SqliteDatabase

# Not copied: the migrations record, and what a SQLite store keeps for its own
# reads (store_index: the FTS5 index and the entity aggregates, which a
# PostgreSQL store computes on reading, and their row counts, store_counts;
# the corpus folder's file sizes and times, which only make a start-up skip
# reading unchanged files).
SKIP = frozenset({"schema_migrations", "entity_agg", "row_counts", "file_state", "sentence_pack"})
SKIP_PREFIXES = ("sentences_fts",)
# A SQLite store keeps each article's sentence texts and lemmas packed
# (``sentence_pack``, store migration 5); PostgreSQL keeps them in every
# sentence row, where its GIN index reads them: the copy unpacks them.
_PACKED = "sentences"


@dataclass(frozen=True)
class TableReport:
    table: str
    source_rows: int
    target_rows: int
    source_checksum: str
    target_checksum: str

    @property
    def ok(self) -> bool:
        return (self.source_rows, self.source_checksum) == (self.target_rows, self.target_checksum)


def _value(value: object) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        return "b:" + bytes(value).hex()
    if isinstance(value, float) and value.is_integer():
        return f"n:{int(value)}"
    if isinstance(value, int | float):
        return f"n:{value!r}"
    return "null" if value is None else "s:" + str(value)


def checksum(rows: Iterable[Row]) -> tuple[int, str]:
    """(row count, order-independent checksum) of ``rows``."""
    total, count = 0, 0
    for row in rows:
        digest = hashlib.sha256("\x1f".join(_value(v) for v in row).encode()).digest()
        total = (total + int.from_bytes(digest[:8], "big")) % 2**64
        count += 1
    return count, f"{total:016x}"


def _ordered(source: SqliteDatabase, tables: list[str]) -> list[str]:
    """Parents before children (foreign keys)."""
    done: list[str] = []
    pending = list(tables)
    while pending:
        ready = [t for t in pending if source.references(t) - {t} <= set(done) | SKIP]
        if not ready:  # a cycle: keep the remaining order
            ready = pending[:1]
        for table in ready:
            done.append(table)
            pending.remove(table)
    return done


def _check_target(target: PostgresDatabase, table: str, columns: list[str]) -> None:
    have = set(target.columns(table))
    if not have:
        raise StoreError(
            f"the target has no table {table}: run `briefbot migrate` against it, "
            "with the version of briefbot that wrote the source"
        )
    missing = [c for c in columns if c not in have]
    if missing:
        raise StoreError(f"the target's {table} lacks the columns {', '.join(missing)}")
    if target.query(f"SELECT 1 FROM {table} LIMIT 1"):
        raise StoreError(f"the target's {table} is not empty: copy into a fresh database")


def copy_store(source: Database, target: Database) -> list[TableReport]:
    if not isinstance(source, SqliteDatabase) or not isinstance(target, PostgresDatabase):
        raise StoreError("copy-store copies a SQLite store (FROM) into PostgreSQL (TO)")
    copied = [t for t in source.tables() if t not in SKIP and not t.startswith(SKIP_PREFIXES)]
    tables = _ordered(source, copied)
    plan = {t: source.columns(t) for t in tables}
    for table, columns in plan.items():
        _check_target(target, table, columns)
    reports = []
    for table, columns in plan.items():
        select = f"SELECT {', '.join(columns)} FROM {table}"
        target.bulk_insert(table, columns, _rows(source, table, columns))
        target.after_copy(table)
        rows, digest = checksum(_rows(source, table, columns))
        target_rows, target_digest = checksum(target.stream(select))
        reports.append(TableReport(table, rows, target_rows, digest, target_digest))
    return reports


def _rows(source: SqliteDatabase, table: str, columns: list[str]) -> Iterator[Row]:
    """The rows of ``table`` as PostgreSQL keeps them (sentences unpacked)."""
    select = f"SELECT {', '.join(columns)} FROM {table}"
    if table != _PACKED or "sentence_pack" not in source.tables():
        yield from source.stream(select)
        return
    article, text, terms, idx = (columns.index(c) for c in ("article_id", "text", "terms", "idx"))
    bodies: dict[int, tuple[list[str], list[str]]] = {}
    for row in source.stream(select + " ORDER BY article_id, idx"):
        if row[text] != "":
            yield row
            continue
        key = int(row[article])
        if key not in bodies:
            bodies.clear()  # rows come article by article: keep one body
            found = source.query("SELECT body FROM sentence_pack WHERE article_id = ?", (key,))
            bodies[key] = unpack_sentences(bytes(found[0][0])) if found else ([], [])
        texts, lemmas = bodies[key]
        if row[idx] >= len(texts):
            yield row
            continue
        out = list(row)
        out[text], out[terms] = texts[row[idx]], lemmas[row[idx]]
        yield tuple(out)
