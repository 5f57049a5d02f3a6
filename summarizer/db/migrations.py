"""Numbered schema migrations, the same on SQLite and PostgreSQL.

Each module that owns tables registers its steps once, at import::

    MIGRATIONS = register("ledger", STEP_1, STEP_2)          # versions 1, 2
    MIGRATIONS = register("search", ("sqlite DDL", "postgres DDL"))

A step is SQLite DDL (``;``-separated statements, translated for PostgreSQL by
:func:`summarizer.db.translate.ddl`) or a pair (SQLite, PostgreSQL) where the
dialects differ. ``schema_migrations`` records (component, version); a step
runs once, in one transaction with its record, under the write lock, so two
processes starting at once apply it once. Steps are append-only: change a
schema by registering the next version, never by editing an applied one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from .base import Database

_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "component TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL, "
    "PRIMARY KEY (component, version))"
)


@dataclass(frozen=True)
class Migration:
    component: str
    version: int
    sqlite: str
    postgres: str | None = None  # None: the SQLite text, translated

    @property
    def key(self) -> tuple[str, int]:
        return self.component, self.version

    def statements(self, dialect: str) -> list[str]:
        text = self.postgres if dialect == "postgres" and self.postgres else self.sqlite
        return [s.strip() for s in text.split(";") if s.strip()]


_REGISTRY: dict[tuple[str, int], Migration] = {}


def register(component: str, *steps: str | tuple[str, str]) -> tuple[Migration, ...]:
    """Register ``component``'s steps as versions 1, 2, …; returns them."""
    out = []
    for version, step in enumerate(steps, start=1):
        sqlite, postgres = step if isinstance(step, tuple) else (step, None)
        migration = Migration(component, version, sqlite, postgres)
        _REGISTRY[migration.key] = migration
        out.append(migration)
    return tuple(out)


def registered() -> list[Migration]:
    """Every registered step, components in registration order."""
    return list(_REGISTRY.values())


def applied(db: Database) -> set[tuple[str, int]]:
    if "schema_migrations" not in db.tables():
        return set()
    rows = db.query("SELECT component, version FROM schema_migrations")
    return {(str(c), int(v)) for c, v in rows}


def pending(db: Database, migrations: Iterable[Migration]) -> list[Migration]:
    done = applied(db)
    return [m for m in migrations if m.key not in done]


def apply(db: Database, migrations: Sequence[Migration]) -> list[Migration]:
    """Run the steps not applied yet, in order; returns those it ran."""
    if not pending(db, migrations):
        return []  # the common case, without taking the write lock
    with db.transaction() as conn:
        conn.execute(_TABLE)
        done = {(str(c), int(v)) for c, v in conn.fetchall(_SELECT)}
        todo = [m for m in migrations if m.key not in done]
        for migration in todo:
            for statement in migration.statements(conn.dialect):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations(component, version, applied_at) VALUES (?,?,?)",
                (migration.component, migration.version, datetime.now(UTC).isoformat()),
            )
    return todo


_SELECT = "SELECT component, version FROM schema_migrations"
