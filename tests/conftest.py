from __future__ import annotations

from pathlib import Path

import pytest
from pg_server import pg_server, pg_url, store_target  # noqa: F401  (fixtures)

from handlers import Context
from summarizer.corpus import Corpus, open_corpus
from summarizer.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


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
