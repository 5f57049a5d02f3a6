from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from event_loop import loop_in_thread
from pg_server import pg_server, pg_url, store_target  # noqa: F401  (fixtures)

from handlers import Context
from summarizer.corpus import Corpus, open_corpus
from summarizer.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session", autouse=True)
def own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """``briefbot ask`` keeps analysed query words in the user's cache folder:
    the tests keep theirs in a temporary one, never the real home's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="session")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """The bundled corpus, analysed once for the whole test session."""
    path = tmp_path_factory.mktemp("store") / "bundled.sqlite3"
    corpus, report = open_corpus(path, CORPUS)
    assert len(report.added) == 5
    return corpus


@pytest.fixture()
def context(bundled: Corpus) -> Context:
    return Context(bundled)


@pytest.fixture()
def empty_corpus(tmp_path: Path) -> Corpus:
    return Corpus(Store(tmp_path / "empty.sqlite3"))


DAY1 = ROOT / "tests" / "data" / "day1"


@pytest.fixture(scope="session")
def day1_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the labelled day tests/data/day1 ingested (issue 12),
    analysed once for the session; open it with ``Corpus(Store(path))``."""
    path = tmp_path_factory.mktemp("day1") / "day1.sqlite3"
    corpus, report = open_corpus(path, DAY1)
    assert len(report.added) >= 50
    corpus.store.close()
    return path


@pytest.fixture()
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    """The runtime's event loop, in a thread, so the test body stays synchronous."""
    with loop_in_thread() as running:
        yield running
