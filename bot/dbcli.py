"""``briefbot migrate [--check]`` and ``briefbot copy-store FROM TO``."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from typing import TextIO

from summarizer.db import Migration, StoreError, pending, redact, registered
from summarizer.store import Store

# Every module that registers schema migrations (imported for its registration).
MIGRATING_MODULES = (
    "summarizer.store",
    "summarizer.stories",  # issue 12
    "summarizer.query_vocab",  # issue 14: a keyword question without Kiwi
    "summarizer.chat_prefs",  # issues 12 and 15: topics, alerts, /lang
    "bot.subscription_store",
    "bot.ledger",
    "bot.ingester",
    "bot.feeds",
    "bot.buttons",
)


def all_migrations() -> list[Migration]:
    for name in MIGRATING_MODULES:
        importlib.import_module(name)
    return registered()


def add_verbs(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    migrate = sub.add_parser(
        "migrate",
        help="apply the store's schema migrations",
        description="Apply the numbered schema migrations not applied yet (the bot also "
        "applies them at start). --check lists them and exits 1 if any is pending.",
    )
    common(migrate)
    migrate.add_argument("--check", action="store_true", help="only report; exit 1 if pending")
    copy = sub.add_parser(
        "copy-store",
        help="copy a SQLite store into PostgreSQL",
        description="Copy every table of a SQLite store (FROM, a file) into an empty "
        "PostgreSQL database (TO, a postgresql:// URL), ids kept; compares the row count "
        "and a checksum of every table. Exit 1 if any differs.",
    )
    common(copy)
    copy.add_argument("source", metavar="FROM")
    copy.add_argument("target", metavar="TO")


def migrate(target: str, check: bool, out: TextIO = sys.stdout) -> int:
    migrations = all_migrations()
    try:
        store = Store(target, migrate=False)
    except StoreError as exc:
        print(f"briefbot: {exc}", file=sys.stderr)
        return 2
    try:
        todo = pending(store.db, migrations)
        for m in todo:
            print(f"{'pending' if check else 'applying'}: {m.component} {m.version}", file=out)
        if check:
            print(f"{len(todo)} pending migration(s) in {store.path}", file=out)
            return 1 if todo else 0
        store.migrate(migrations)
        print(f"{len(todo)} migration(s) applied to {store.path}", file=out)
        return 0
    finally:
        store.close()


def copy_store(source: str, target: str, out: TextIO = sys.stdout) -> int:
    from summarizer.db.copy import copy_store as copy

    if not target.startswith(("postgresql://", "postgres://")):
        print("briefbot: copy-store TO must be a postgresql:// URL", file=sys.stderr)
        return 2
    try:
        src = Store(source, migrate=False)
        dst = Store(target)
    except StoreError as exc:
        print(f"briefbot: {exc}", file=sys.stderr)
        return 2
    try:
        dst.migrate(all_migrations())
        reports = copy(src.db, dst.db)
    except StoreError as exc:
        print(f"briefbot: {exc}", file=sys.stderr)
        return 2
    finally:
        src.close()
        dst.close()
    width = max((len(r.table) for r in reports), default=5)
    for r in reports:
        mark = "ok" if r.ok else "DIFFERENT"
        print(
            f"{r.table:<{width}}  {r.source_rows:>9} → {r.target_rows:>9} rows  "
            f"{r.source_checksum} {r.target_checksum}  {mark}",
            file=out,
        )
    bad = [r.table for r in reports if not r.ok]
    print(f"copied {len(reports)} tables into {redact(target)}", file=out)
    if bad:
        print(f"briefbot: tables differ after the copy: {', '.join(bad)}", file=sys.stderr)
    return 1 if bad else 0
