"""What keeps commands flat on a large store behaves like the slow way it
replaced: batched ingest stores what one-by-one ingest stores, the full-text
index finds what a LIKE scan finds, and the entity aggregates kept at ingest
equal a recount from the mentions."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from summarizer.batch import NewArticle
from summarizer.chip_card import mention_span
from summarizer.corpus import Corpus, open_corpus
from summarizer.store import SentenceRow, Store
from summarizer.store_index import refold
from summarizer.text import decode_bytes

DAY = Path(__file__).parent / "data" / "day1"


def _texts(count: int) -> list[str]:
    return [decode_bytes(p.read_bytes()) for p in sorted(DAY.glob("*.txt"))[:count]]


@pytest.fixture(scope="module")
def batched(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    corpus = Corpus(Store(tmp_path_factory.mktemp("batched") / "s.sqlite3"))
    corpus.add_articles([NewArticle(t) for t in _texts(14)], batch=5)
    return corpus


def _snapshot(corpus: Corpus) -> tuple[object, ...]:
    store = corpus.store
    articles = [(a.id, a.title, a.publisher, a.author, a.published) for a in store.articles()]
    sentences = [
        (s.article_id, s.idx, s.text, s.terms, s.score, s.rank)
        for a in store.articles()
        for s in store.sentences(a.id)
    ]
    mentions = store.query("SELECT * FROM mentions ORDER BY article_id, sentence_idx, entity")
    stories = store.query("SELECT article_id, story FROM article_extra ORDER BY article_id")
    return articles, sorted(sentences), mentions, stories, corpus.entity_stats("chip")


def test_batches_store_what_one_by_one_stores(batched: Corpus, tmp_path: Path) -> None:
    single = Corpus(Store(tmp_path / "one.sqlite3"))
    for text in _texts(14):
        single.add_text(text)
    assert _snapshot(single) == _snapshot(batched)


def test_a_batch_stores_a_repeated_text_once(tmp_path: Path) -> None:
    corpus = Corpus(Store(tmp_path / "s.sqlite3"))
    first, second = _texts(2)
    added = corpus.add_articles([NewArticle(first), NewArticle(second), NewArticle(first + "\n")])
    assert [a.added for a in added] == [True, True, False]
    assert added[2].article_id == added[0].article_id
    assert corpus.store.article_count() == 2


def _every_sentence(store: Store) -> list[SentenceRow]:
    return [s for a in store.articles() for s in store.sentences(a.id)]


def _like(store: Store, terms: list[str]) -> set[tuple[int, int]]:
    """What a LIKE scan over every sentence's terms found (the old search)."""
    padded = [f" {t} " for t in terms]
    return {
        (s.article_id, s.idx)
        for s in _every_sentence(store)
        if any(p in f" {' '.join(s.terms)} " for p in padded)
    }


def test_full_text_index_finds_what_like_found(batched: Corpus) -> None:
    store = batched.store
    words = [t for s in store.sentences(3)[:4] for t in s.terms]
    queries = [[w] for w in dict.fromkeys(words)] + [["전력", "수요"], ["h100"], ["tsmc", "2나노"]]
    for terms in queries:
        found = {(s.article_id, s.idx) for s in store.search_terms(terms, 10_000)}
        assert found == _like(store, terms), terms


def test_search_reads_newest_first_and_stops_at_the_limit(batched: Corpus) -> None:
    counts = Counter(t for s in _every_sentence(batched.store) for t in set(s.terms))
    common = counts.most_common(1)[0][0]
    everything = batched.store.search_terms([common], 10_000)
    assert len(everything) == counts[common] > 5
    hits = batched.store.search_terms([common], 5)
    assert len(hits) == 5
    assert hits[0].article_id == max(s.article_id for s in everything)


def _recount(store: Store) -> dict[str, tuple[int, list[int], str | None, set[str]]]:
    out = {}
    for (entity,) in store.query("SELECT DISTINCT entity FROM mentions"):
        rows = store.query(
            "SELECT article_id, vendor, surface FROM mentions WHERE entity = ? "
            "ORDER BY article_id, sentence_idx",
            (entity,),
        )
        ids = sorted({int(r[0]) for r in rows})
        out[str(entity)] = (len(rows), ids, rows[0][1], {str(r[2]) for r in rows})
    return out


def _kept(store: Store) -> dict[str, tuple[int, list[int], str | None, set[str]]]:
    kinds = [str(k) for (k,) in store.query("SELECT DISTINCT kind FROM entity_agg")]
    rows = [a for kind in kinds for a in store.entity_aggregates(kind)]
    return {a.key: (a.mentions, list(a.sources), a.vendor, set(a.surfaces)) for a in rows}


def test_aggregates_equal_a_recount_after_adds_changes_and_removals(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    texts = _texts(8)
    for n, text in enumerate(texts):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    store_path = tmp_path / "s.sqlite3"
    corpus, _ = open_corpus(store_path, folder)
    assert _kept(corpus.store) == _recount(corpus.store)
    (folder / "2.txt").unlink()  # removed
    changed = texts[5] + "\n\n엔비디아는 H200과 B300을 AMD MI355X와 비교했다고 밝혔다.\n"
    (folder / "5.txt").write_text(changed, encoding="utf-8")
    corpus.store.close()
    corpus, report = open_corpus(store_path, folder)
    assert report.removed == ["2.txt"] and report.updated == ["5.txt"]
    assert _kept(corpus.store) == _recount(corpus.store)
    for a in corpus.store.entity_aggregates("chip"):  # first and last mention by day
        assert (a.first, a.last) == mention_span(corpus.store, a.key)
    # the context sentences too: a fold from scratch gives the same rows
    before = sorted(corpus.store.entity_aggregates("chip"), key=lambda a: a.key)
    with corpus.store.transaction() as db:
        refold(db)  # the rows come back in no set order (the read has no ORDER BY)
    assert sorted(corpus.store.entity_aggregates("chip"), key=lambda a: a.key) == before


def test_remembered_chip_list_follows_every_write(tmp_path: Path) -> None:
    from handlers import Context, dispatch, parse

    path = tmp_path / "s.sqlite3"
    corpus = Corpus(Store(path))
    corpus.add_text("엔비디아 H100\n\n엔비디아는 H100 공급을 늘린다고 밝혔다.")

    def names() -> list[str]:
        command = parse("/chips")
        assert command is not None
        return [c["name"] for c in dispatch(command, Context(corpus)).data["chips"]]

    assert names() == ["H100"] == names()
    corpus.add_text("AMD MI300X\n\nAMD는 MI300X 출하를 시작했다고 밝혔다.")  # this process
    assert sorted(names()) == ["H100", "MI300X"]
    other = Corpus(Store(path))  # another writer on the same file
    other.add_text("인텔 가우디3\n\n인텔은 가우디3를 데이터센터에 공급한다고 밝혔다.")
    assert len(names()) == 3
