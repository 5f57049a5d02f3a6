"""The embedded backend: one SQLite file, one connection shared by threads
under a lock (WAL lets other processes read while one writes)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from ..store_faults import open_sqlite, retry_busy
from .base import Cursor, Params, Row


class SqliteConnection:
    dialect = "sqlite"

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        return self._db.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> Cursor:
        return self._db.executemany(sql, rows)

    def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        row = self._db.execute(sql, params).fetchone()
        return tuple(row) if row is not None else None

    def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        return [tuple(r) for r in self._db.execute(sql, params)]


class SqliteDatabase:
    dialect = "sqlite"

    def __init__(self, path: str) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._db = open_sqlite(path)  # WAL, busy timeout; faults as one StoreError
        self._conn = SqliteConnection(self._db)

    @property
    def target(self) -> str:
        return self.path

    @property
    def raw(self) -> sqlite3.Connection:
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[SqliteConnection]:
        with self._lock:
            retry_busy(lambda: self._db.execute("BEGIN IMMEDIATE"))
            try:
                yield self._conn
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        with self._lock:
            return [tuple(r) for r in self._db.execute(sql, params)]

    def script(self, statements: Sequence[str]) -> None:
        with self.transaction() as db:
            for statement in statements:
                db.execute(statement)

    def tables(self) -> list[str]:
        rows = self.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        return [str(r[0]) for r in rows]

    def columns(self, table: str) -> list[str]:
        return [str(r[1]) for r in self.query(f"PRAGMA table_info({table})")]

    def references(self, table: str) -> set[str]:
        """The tables ``table``'s foreign keys point to."""
        return {str(r[2]) for r in self.query(f"PRAGMA foreign_key_list({table})")}

    def stream(self, sql: str) -> Iterator[Row]:
        with self._lock:
            cursor = self._db.execute(sql)
            while batch := cursor.fetchmany(2000):
                yield from (tuple(r) for r in batch)

    def bulk_insert(self, table: str, columns: Sequence[str], rows: Iterable[Row]) -> int:
        marks = ",".join("?" * len(columns))
        sql = f"INSERT INTO {table}({', '.join(columns)}) VALUES ({marks})"
        with self.transaction() as db:
            return db.executemany(sql, rows).rowcount

    def close(self) -> None:
        with self._lock:
            self._db.close()
