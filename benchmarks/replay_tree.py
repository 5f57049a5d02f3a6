"""A tree's own ``benchmarks/ingest_replay.py`` (an old checkout, or this
one) with the whole write phase timed as well: every outermost
``Store.transaction``, its commit included (what a write costs moves
between the stages and the commit: FTS5 writes its segments there).

    git archive 459e64d | tar -x -C /tmp/old
    uv run python benchmarks/replay_tree.py /tmp/old /tmp/a1k --passes 2
    uv run python benchmarks/replay_tree.py . /tmp/a1k --passes 2
"""

from __future__ import annotations

import importlib.util
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

WRITES = "  (all write transactions, commit included)"


def main() -> None:
    root = str(Path(sys.argv[1]).resolve())
    sys.path.insert(0, root)
    sys.argv = ["ingest_replay.py", *sys.argv[2:]]
    spec = importlib.util.spec_from_file_location("replay", root + "/benchmarks/ingest_replay.py")
    assert spec is not None and spec.loader is not None
    replay = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(replay)
    from summarizer import store

    plain = store.Store.transaction

    @contextmanager
    def timed(self: Any) -> Iterator[Any]:
        outer = self._tx is None
        start = time.process_time()
        with plain(self) as db:
            yield db
        if outer:
            spent = replay.SPENT
            spent[WRITES] = spent.get(WRITES, 0.0) + time.process_time() - start

    store.Store.transaction = timed  # type: ignore[method-assign,assignment]
    print("code from", store.__file__, file=sys.stderr)
    replay.main()


if __name__ == "__main__":
    main()
