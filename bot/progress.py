"""What ``briefbot ingest`` shows while it works: one line per file, page or
feed item as soon as it is stored (so a pipe or a log sees progress), and
when stderr is a terminal and there is much to do, a tqdm progress bar there
too (the lines are written above it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any

from handlers.services import ADDED, DUPLICATE, FAILED, UNCHANGED, IngestItem

# Fewer items than this finish too soon for a bar to help.
BAR_FROM = 20


def item_line(item: IngestItem) -> tuple[str, bool]:
    """The line for one item and whether it belongs on stderr."""
    label = f"[{item.article_id}] " if item.article_id else ""
    if item.status == ADDED:
        story = f" (same story as {', '.join(f'[{i}]' for i in item.story)})" if item.story else ""
        return f"added {label}{item.title} — {item.target}{story}", False
    if item.status == DUPLICATE:
        return f"already stored {label}{item.title} — {item.target}", False
    if item.status == UNCHANGED:
        return f"unchanged feed — {item.target}", False
    return f"failed: {item.target}: {item.reason}", True


class Progress:
    """Receives every item as it is done (``Ingester.progress``)."""

    def __init__(self, out: IO[str], err: IO[str]) -> None:
        self.out, self.err = out, err
        self.items: list[IngestItem] = []
        self._bar: Any = None

    def expect(self, total: int) -> None:
        """``total`` more items are coming (a folder's files)."""
        if self._bar is None and total >= BAR_FROM and _is_terminal(self.err):
            from tqdm import tqdm

            self._bar = tqdm(total=total, file=self.err, unit="file", dynamic_ncols=True)
        elif self._bar is not None:
            self._bar.total += total
            self._bar.refresh()

    def __call__(self, item: IngestItem) -> None:
        self.items.append(item)
        line, to_err = item_line(item)
        stream = self.err if to_err else self.out
        if self._bar is not None:
            self._bar.write(line, file=stream)
            self._bar.update(1)
        else:
            print(line, file=stream, flush=True)

    def settle(self, items: list[IngestItem]) -> None:
        """Report the ones of ``items`` not reported yet (failures found
        before anything was added)."""
        reported = {id(i) for i in self.items}
        for item in items:
            if id(item) not in reported:
                self(item)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def summary(self) -> str:
        statuses = [i.status for i in self.items]
        counts = {s: statuses.count(s) for s in (ADDED, DUPLICATE, FAILED)}
        return f"{counts[ADDED]} added, {counts[DUPLICATE]} already stored, {counts[FAILED]} failed"


def _is_terminal(stream: IO[str]) -> bool:
    isatty: Callable[[], bool] | None = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
