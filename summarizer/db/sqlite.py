"""The embedded backend: one SQLite file, one connection shared by threads
under a lock (WAL lets other processes read while one writes)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..store_faults import describe
from .base import Cursor, Params, Row

BUSY_ATTEMPTS = 8
BUSY_TIMEOUT_MS = 5000


def retry_busy(step: Callable[[], object]) -> None:
    """Run ``step()`` again while another process holds the write lock past
    the busy timeout (two ingests, an ingest and a bot)."""
    for attempt in range(1, BUSY_ATTEMPTS + 1):
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if attempt == BUSY_ATTEMPTS or ("locked" not in text and "busy" not in text):
                raise
            time.sleep(0.05 * attempt)


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
        try:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                path, check_same_thread=False, isolation_level=None, timeout=5.0
            )
            self._db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            retry_busy(lambda: self._db.execute("PRAGMA journal_mode=WAL"))
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
        except (sqlite3.DatabaseError, OSError) as exc:
            raise describe(path, exc) from None
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
