"""Opening the SQLite store, and the store's faults as the user sees them.

* :func:`open_sqlite` — connect (WAL, busy timeout); a corrupt file or an
  unwritable path becomes one :class:`StoreError` naming the path and what to
  do about it.
* :func:`retry_busy` — a step retried while another process holds the
  write lock past the busy timeout (two ingests, an ingest and a bot).
* :class:`AlreadyStored` — an insert lost the race to an identical article.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

BUSY_ATTEMPTS = 8
BUSY_TIMEOUT_MS = 5000


class AlreadyStored(Exception):
    """The same text (or file) was stored meanwhile, maybe by another process."""

    def __init__(self, article_id: int) -> None:
        super().__init__(f"already stored as [{article_id}]")
        self.article_id = article_id


class StoreError(Exception):
    """The store cannot be used; the message names the path and the remedy."""


def retry_busy(step: Callable[[], object]) -> None:
    for attempt in range(1, BUSY_ATTEMPTS + 1):
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if attempt == BUSY_ATTEMPTS or ("locked" not in text and "busy" not in text):
                raise
            time.sleep(0.05 * attempt)


def describe(path: str, exc: BaseException) -> StoreError:
    """One line for a store that cannot be opened or written."""
    text = str(exc) or type(exc).__name__
    lowered = text.lower()
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return StoreError(
            f"the store {path} is not a readable SQLite database ({text}): move it aside "
            "(it will be rebuilt from the corpus) or choose another with --store"
        )
    if "readonly" in lowered or "read-only" in lowered:
        return StoreError(
            f"the store {path} is read-only ({text}): make it writable or choose "
            "another with --store"
        )
    return StoreError(
        f"cannot open the store {path} ({text}): check that its folder exists and is "
        "writable, or choose another path with --store (or BRIEFBOT_STORE_PATH)"
    )


def open_sqlite(path: str) -> sqlite3.Connection:
    try:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=5.0)
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA page_size=8192")  # a new file only: fewer half-empty pages
        retry_busy(lambda: db.execute("PRAGMA journal_mode=WAL"))
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        # A warm process keeps the pages commands read (up to 32 MB, allocated
        # as read): a command reading a few thousand rows then costs the same
        # on 1,000 or 30,000 articles, without a system call per page.
        db.execute("PRAGMA cache_size=-32768")
    except (sqlite3.DatabaseError, OSError) as exc:
        raise describe(path, exc) from None
    return db
