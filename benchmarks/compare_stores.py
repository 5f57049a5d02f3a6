"""Compare two SQLite stores row by row: every table (FTS5 shadow tables
included), every column except timestamps. Exit status 1 on a difference.

    uv run python benchmarks/compare_stores.py A.sqlite3 B.sqlite3
"""

from __future__ import annotations

import sqlite3
import sys

TIMESTAMPS = (
    "t",
    "mtime_ns",
    "added_at",
    "created_at",
    "updated_at",
    "applied_at",
    "mtime",
    "synced_at",
)
SKIP_META = ("created", "updated", "last_")  # meta keys holding times


def tables(db: sqlite3.Connection) -> list[str]:
    rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return [str(r[0]) for r in rows]


def rows(db: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    columns = [str(r[1]) for r in db.execute(f'PRAGMA table_info("{table}")')]
    kept = [c for c in columns if c not in TIMESTAMPS and not c.endswith("_at")]
    if not kept:
        return []
    listed = ", ".join(f'"{c}"' for c in kept)
    out = db.execute(f'SELECT {listed} FROM "{table}"').fetchall()
    if table == "meta":
        out = [r for r in out if not str(r[0]).startswith(SKIP_META)]
    return sorted(out, key=repr)


def main() -> int:
    a, b = (sqlite3.connect(p) for p in sys.argv[1:3])
    names = tables(a)
    if names != tables(b):
        print("tables differ:", set(names) ^ set(tables(b)))
        return 1
    bad = 0
    for name in names:
        try:
            left, right = rows(a, name), rows(b, name)
        except sqlite3.OperationalError as exc:  # a contentless FTS5 table
            print(f"{name}: not scanned ({exc}); its shadow tables are compared")
            continue
        if left != right:
            bad += 1
            diff = [r for r in left if r not in set(right)][:3]
            print(f"{name}: {len(left)} vs {len(right)} rows differ, e.g. {diff}")
        else:
            print(f"{name}: {len(left)} rows equal")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
