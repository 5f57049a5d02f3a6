"""``briefbot ingest PATH_OR_URL...``: one line per file, page or feed item,
as each is stored (bot/progress.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from handlers.services import FAILED

from .ingester import Ingester
from .progress import Progress


def run_cli(ingester: Ingester, targets: Sequence[str], out: IO[str], err: IO[str]) -> int:
    """``briefbot ingest``: one line per file, page or feed item as soon as
    it is done (with a progress bar on a terminal), then a count. Exit status
    1 only when nothing at all could be ingested."""
    progress = Progress(out, err)
    ingester.progress = progress
    try:
        for target in targets:
            progress.settle(ingester.ingest(target))
    finally:
        progress.close()
        ingester.progress = None
    print(progress.summary(), file=out)
    ok = any(i.status != FAILED for i in progress.items)
    return 0 if ok else 1
