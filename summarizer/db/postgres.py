"""The shared backend: PostgreSQL through psycopg 3 and a psycopg_pool pool.

Several bot and ingest processes use one database. Reads run on any pooled
connection in autocommit; :meth:`PostgresDatabase.transaction` takes a
transaction-scoped advisory lock first, so write transactions are serialised
across processes exactly as SQLite's ``BEGIN IMMEDIATE`` serialises them (a
read-then-write inside one transaction never races). Work that does not need
that — the analysis of an article, building a briefing — happens outside
transactions, so it runs in parallel.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from .base import Cursor, Params, Row, StoreError, redact
from .translate import to_postgres

WRITE_LOCK = 0x62726965666276  # "briefbv": the key of the write-transaction advisory lock
POOL_SIZE = int(os.environ.get("BRIEFBOT_DATABASE_POOL", "8"))


class PgConnection:
    dialect = "postgres"

    def __init__(self, conn: psycopg.Connection[tuple[object, ...]], owner: PostgresDatabase):
        self._conn = conn
        self._owner = owner

    @property
    def raw(self) -> psycopg.Connection[tuple[object, ...]]:
        return self._conn

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        return self._conn.execute(self._owner.translate(sql, self._conn), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Params]) -> Cursor:
        cursor = self._conn.cursor()
        cursor.executemany(self._owner.translate(sql, self._conn), [tuple(r) for r in rows])
        return cursor

    def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        row = self.execute(sql, params).fetchone()
        return tuple(row) if row is not None else None

    def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        cursor = self.execute(sql, params)
        if cursor.description is None:  # type: ignore[attr-defined]
            return []
        return [tuple(r) for r in cursor.fetchall()]


class PostgresDatabase:
    dialect = "postgres"

    def __init__(self, url: str, *, pool_size: int = POOL_SIZE, timeout: float = 15.0) -> None:
        self.url = url
        self._local = threading.local()
        self._sql: dict[str, str] = {}
        self._keys: dict[str, list[str]] = {}
        self.pool: ConnectionPool[psycopg.Connection[tuple[object, ...]]] = ConnectionPool(
            url,
            min_size=1,
            max_size=max(2, pool_size),
            kwargs={"autocommit": True},
            open=False,
            name="briefbot",
        )
        try:
            self.pool.open(wait=True, timeout=timeout)
        except (PoolTimeout, psycopg.Error) as exc:
            self.pool.close()
            raise StoreError(
                f"cannot reach the PostgreSQL store {redact(url)} ({exc}): check that the "
                "server runs and that store.url / BRIEFBOT_DATABASE_URL is right"
            ) from None

    @property
    def target(self) -> str:
        return redact(self.url)

    def translate(self, sql: str, conn: psycopg.Connection[tuple[object, ...]]) -> str:
        done = self._sql.get(sql)
        if done is None:
            done = self._sql[sql] = to_postgres(sql, lambda table: self._primary_key(table, conn))
        return done

    def _primary_key(self, table: str, conn: psycopg.Connection[tuple[object, ...]]) -> list[str]:
        if table not in self._keys:
            rows = conn.execute(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a "
                "ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
                "WHERE i.indrelid = to_regclass(%s) AND i.indisprimary "
                "ORDER BY array_position(i.indkey::int2[], a.attnum)",
                (table,),
            ).fetchall()
            self._keys[table] = [str(r[0]) for r in rows]
        return self._keys[table]

    @contextmanager
    def transaction(self) -> Iterator[PgConnection]:
        current: PgConnection | None = getattr(self._local, "conn", None)
        if current is not None:  # nested: join the thread's open transaction
            yield current
            return
        with self.pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            self._local.conn = wrapper = PgConnection(conn, self)
            try:
                yield wrapper
            finally:
                self._local.conn = None

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        current: PgConnection | None = getattr(self._local, "conn", None)
        if current is not None:  # inside this thread's transaction: see its writes
            return current.fetchall(sql, params)
        with self.pool.connection() as conn:
            return PgConnection(conn, self).fetchall(sql, params)

    def script(self, statements: Sequence[str]) -> None:
        with self.transaction() as db:
            for statement in statements:
                db.execute(statement)

    def tables(self) -> list[str]:
        rows = self.query(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        )
        return [str(r[0]) for r in rows]

    def columns(self, table: str) -> list[str]:
        rows = self.query(
            "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(?) "
            "AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
            (table,),
        )
        return [str(r[0]) for r in rows]

    def stream(self, sql: str) -> Iterator[Row]:
        """Rows through a server-side cursor (constant memory)."""
        with self.pool.connection() as conn, conn.transaction():
            with conn.cursor(name="briefbot_stream") as cursor:
                cursor.itersize = 2000
                cursor.execute(self.translate(sql, conn))
                yield from (tuple(r) for r in cursor)

    def bulk_insert(self, table: str, columns: Sequence[str], rows: Iterable[Row]) -> int:
        """``COPY … FROM STDIN``: the fast path for copy-store and bulk loads."""
        count = 0
        with self.transaction() as db:
            conn = db.raw
            with conn.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
        return count

    def after_copy(self, table: str) -> None:
        """After a bulk load with ids: the next id follows the largest, and
        the planner gets statistics and a visibility map (index-only scans)."""
        self.reset_identity(table)
        self.query(f"VACUUM (ANALYZE) {table}")

    def reset_identity(self, table: str) -> None:
        """After rows were inserted with their ids: the next id follows the largest."""
        for (column,) in self.query(
            "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(?) "
            "AND attidentity <> ''",
            (table,),
        ):
            self.query(
                f"SELECT setval(pg_get_serial_sequence(?, ?), coalesce(max({column}), 0) + 1, "
                f"false) FROM {table}",
                (table, column),
            )

    def close(self) -> None:
        self.pool.close()
