"""``briefbot ingest PATH_OR_URL...``: one line per file, page or feed item."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from handlers.services import ADDED, DUPLICATE, FAILED, UNCHANGED

from .ingester import Ingester


def run_cli(ingester: Ingester, targets: Sequence[str], out: IO[str], err: IO[str]) -> int:
    """``briefbot ingest``: one line per file, page or feed item. Exit status
    1 only when nothing at all could be ingested."""
    items = [item for target in targets for item in ingester.ingest(target)]
    for item in items:
        label = f"[{item.article_id}] " if item.article_id else ""
        if item.status == ADDED:
            story = (
                f" (same story as {', '.join(f'[{i}]' for i in item.story)})" if item.story else ""
            )
            print(f"added {label}{item.title} — {item.target}{story}", file=out)
        elif item.status == DUPLICATE:
            print(f"already stored {label}{item.title} — {item.target}", file=out)
        elif item.status == UNCHANGED:
            print(f"unchanged feed — {item.target}", file=out)
        else:
            print(f"failed: {item.target}: {item.reason}", file=err)
    counts = {s: sum(1 for i in items if i.status == s) for s in (ADDED, DUPLICATE, FAILED)}
    print(
        f"{counts[ADDED]} added, {counts[DUPLICATE]} already stored, {counts[FAILED]} failed",
        file=out,
    )
    ok = any(i.status != FAILED for i in items)
    return 0 if ok else 1
