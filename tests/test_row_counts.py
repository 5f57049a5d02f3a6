"""Totals a SQLite store keeps by trigger (summarizer.store_counts, issue
14): ``/sources``' article count and ``/chips``' chip count read one row,
and stay exact through ingest, removal, re-indexing, other writers and an
older store opened for the first time; PostgreSQL keeps its own count."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from handlers import Context, dispatch, parse
from summarizer import store_counts
from summarizer.corpus import Corpus
from summarizer.entities import CHIP
from summarizer.store import Store

CHIPS = ["H100", "H200", "B200", "GB200", "A100", "L40S", "MI300X", "HBM4"]


def _article(n: int, chip: str) -> str:
    return (
        f"{chip} 공급 소식 제{n}호\n\n"
        f"엔비디아는 {n}일 {chip} 가속기 {n * 7}대를 데이터센터 고객 {n + 3}곳에 공급한다고 밝혔다. "
        f"업계는 {chip} 수요가 {n}분기에도 이어질 것으로 본다.\n"
    )


def _corpus(target: str | Path, chips: list[str]) -> Corpus:
    corpus = Corpus(Store(target))
    added = corpus.add_texts([_article(n, chip) for n, chip in enumerate(chips, 1)])
    assert all(ok for _, ok in added)
    return corpus


def _counted(store: Store) -> tuple[int, int]:
    """(articles, chips) counted from the rows."""
    articles = int(store.query("SELECT count(*) FROM articles")[0][0])
    chips = len(store.entity_keys(CHIP))
    return articles, chips


def _kept(store: Store) -> tuple[int, int]:
    """(articles, chips) as the commands read them."""
    return store.article_count(), store.top_entity_aggregates(CHIP, 3)[1]


def _replies(corpus: Corpus) -> list[str]:
    context = Context(corpus)
    out = []
    for text in ("/chips", "/sources", "/sources 2"):
        reply = dispatch(parse(text), context)  # type: ignore[arg-type]
        out.append(repr(replace(reply, data=dict(reply.data))))  # a LazyData has an address
    return out


def test_totals_follow_ingest_and_removal(store_target: str) -> None:
    corpus = _corpus(store_target, CHIPS)
    store = corpus.store
    assert _kept(store) == _counted(store) == (len(CHIPS), len(CHIPS))
    store.delete_article(store.max_article_id())  # its chip goes with it
    assert _kept(store) == _counted(store) == (len(CHIPS) - 1, len(CHIPS) - 1)
    corpus.add_texts([_article(50, "H100"), _article(51, "Rubin")])
    assert _kept(store) == _counted(store)
    store.close()


def test_an_older_store_is_counted_once_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    corpus = _corpus(path, CHIPS)
    before = _replies(corpus)
    corpus.store.close()
    with sqlite3.connect(path) as db:  # as a store from before the counts
        for name in store_counts.TRIGGERS:
            db.execute(f"DROP TRIGGER {name}")
        db.execute("DROP TABLE row_counts")
    store = Store(path)
    assert store.query("SELECT n FROM row_counts WHERE name = 'articles'") == [(len(CHIPS),)]
    assert _kept(store) == _counted(store)
    assert _replies(Corpus(store)) == before
    version = store.query("PRAGMA data_version")
    store.close()
    store = Store(path)  # counted already: nothing to do
    assert store.query("PRAGMA data_version") == version
    store.close()


def test_other_writers_and_a_rebuilt_index_keep_them_exact(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    corpus = _corpus(path, CHIPS)
    with sqlite3.connect(path) as db:  # another program, without briefbot's code
        db.execute("DELETE FROM articles WHERE id = (SELECT min(id) FROM articles)")
        db.execute("DELETE FROM entity_agg WHERE entity = (SELECT min(entity) FROM entity_agg)")
        db.execute("UPDATE entity_agg SET kind = 'card' WHERE entity = 'HBM4'")
    assert _kept(corpus.store) == _counted(corpus.store)
    corpus.store.set_meta("index", "old")  # the next open rebuilds the index
    corpus.store.close()
    store = Store(path)
    assert store.get_meta("index") != "old"
    assert _kept(store) == _counted(store)
    store.close()


def test_a_store_opened_without_its_index_counts_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    _corpus(path, CHIPS[:3]).store.close()
    store = Store(path, migrate=False)
    assert _kept(store) == (3, 3)
    store.close()


@pytest.mark.parametrize("kind", ["company", "chip"])
def test_every_kind_is_counted(tmp_path: Path, kind: str) -> None:
    corpus = _corpus(tmp_path / "s.sqlite3", CHIPS)
    store = corpus.store
    rows = store.query("SELECT count(*) FROM entity_agg WHERE kind = ?", (kind,))
    assert store_counts.read(store.db, store_counts.entity_name(kind)) == rows[0][0] > 0
    store.close()
