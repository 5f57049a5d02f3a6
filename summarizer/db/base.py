"""What every backend offers the store and the modules that own tables.

A :class:`Database` runs SQL written in the SQLite dialect with ``?``
placeholders (see :mod:`summarizer.db.translate` for what is rewritten on
PostgreSQL). Inside :meth:`Database.transaction` the caller gets a
:class:`Connection`; write transactions are serialised (SQLite's
``BEGIN IMMEDIATE``; a transaction-scoped advisory lock on PostgreSQL), so a
read-then-write inside one transaction behaves the same on both.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from ..store_faults import StoreError as StoreError  # one class for every backend

Row = tuple[Any, ...]
Params = Sequence[object]


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """One transaction's connection (what ``Store.transaction()`` yields)."""

    @property
    def dialect(self) -> str: ...

    def execute(self, sql: str, params: Params = ()) -> Cursor: ...

    def executemany(self, sql: str, rows: Iterable[Params]) -> Cursor: ...

    def fetchone(self, sql: str, params: Params = ()) -> Row | None: ...

    def fetchall(self, sql: str, params: Params = ()) -> list[Row]: ...


class Database(Protocol):
    @property
    def dialect(self) -> str: ...

    @property
    def target(self) -> str: ...

    def transaction(self) -> AbstractContextManager[Connection]: ...

    def query(self, sql: str, params: Params = ()) -> list[Row]: ...

    def script(self, statements: Sequence[str]) -> None: ...

    def tables(self) -> list[str]: ...

    def columns(self, table: str) -> list[str]: ...

    def stream(self, sql: str) -> Iterator[Row]: ...

    def bulk_insert(self, table: str, columns: Sequence[str], rows: Iterable[Row]) -> int: ...

    def close(self) -> None: ...


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def sqlite_path(target: str) -> str:
    """``sqlite:///abs/path``, ``sqlite:///:memory:`` or a plain path → the path."""
    if target.startswith("sqlite:///"):
        return target[len("sqlite:///") - 1 :] if target[10:] != ":memory:" else ":memory:"
    if target.startswith("sqlite://"):
        return target[len("sqlite://") :]
    return target


def redact(url: str) -> str:
    """A database URL without its password, for messages and logs."""
    if "@" not in url or "://" not in url:
        return url
    scheme, _, rest = url.partition("://")
    credentials, _, host = rest.rpartition("@")
    user = credentials.partition(":")[0]
    return f"{scheme}://{user}@{host}" if user else f"{scheme}://{host}"
