"""Session 19's ingest speed cuts give the answers of the plain code they
replace (issue 14): invented lines, every listed outlet; the entity
aggregates and the story tables' document counts held per write transaction."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import store_index, store_text
from summarizer.batch import NewArticle
from summarizer.corpus import Corpus
from summarizer.outlet_domains import known_outlets
from summarizer.run_on import _HEAD_MIN, _masthead_off
from summarizer.store import Store
from summarizer.text import decode_bytes

DAY = Path(__file__).parent / "data" / "day1"


def _plain_masthead_off(first: str) -> list[str]:
    """The loop the length lookup replaced: every outlet, longest first."""
    for name in sorted(known_outlets(), key=len, reverse=True):
        rest = first[len(name) :]
        if first.startswith(name) and rest[:1] in (" ", "|") and len(rest.strip(" |")) >= _HEAD_MIN:
            return [name, rest.strip(" |")]
        head = first[: -len(name)]
        if first.endswith(name) and head[-1:] in (" ", "|") and len(head.strip(" |")) >= _HEAD_MIN:
            return [head.strip(" |"), name]
    return [first]


def test_masthead_off_matches_the_plain_loop_for_every_outlet() -> None:
    head = "반도체 장비 수출이 석 달째 늘었다"
    for name in sorted(known_outlets()):
        for line in (
            f"{name} {head}",
            f"{name}| {head}",
            f"{head} {name}",
            f"{head} | {name}",
            f"{name} {head} {name}",
            f"{name}{head}",
            f"{name} 짧은 제목",
            name,
            f"{name} {name}",
        ):
            assert _masthead_off(line) == _plain_masthead_off(line), line


def test_masthead_off_keeps_a_line_without_an_outlet() -> None:
    for line in ("", "가", "반도체 장비 수출이 석 달째 늘었다", "| 반도체 장비 수출이 석 달째 |"):
        assert _masthead_off(line) == _plain_masthead_off(line) == [line]


def _aggregate_rows(path: Path) -> list[tuple[object, ...]]:
    """The entity aggregates (with their rowids), the story tables' document
    counts and each article's story: what a batch keeps in memory until its end."""
    store = Store(path)
    try:
        return [
            *store.query("SELECT rowid, * FROM entity_agg ORDER BY rowid"),
            *store.query("SELECT * FROM story_df ORDER BY term"),
            *store.query("SELECT value FROM meta WHERE key = 'story_documents'"),
            *store.query("SELECT article_id, story, similarity FROM article_extra"),
        ]
    finally:
        store.close()


def test_counts_held_per_transaction_equal_one_save_per_article(tmp_path: Path) -> None:
    texts = [decode_bytes(p.read_bytes()) for p in sorted(DAY.glob("*.txt"))[:12]]
    batched = Corpus(Store(tmp_path / "batched.sqlite3"))
    batched.add_articles([NewArticle(t) for t in texts], batch=5)
    batched.store.close()
    single = Corpus(Store(tmp_path / "single.sqlite3"))
    for text in texts:
        single.add_text(text)
    single.store.close()
    rows = _aggregate_rows(tmp_path / "batched.sqlite3")
    assert len(rows) >= 8
    assert rows == _aggregate_rows(tmp_path / "single.sqlite3")  # rowids too


def test_a_failed_transaction_keeps_no_held_aggregate(tmp_path: Path) -> None:
    corpus = Corpus(Store(tmp_path / "s.sqlite3"))
    corpus.add_text("엔비디아 H100\n\n엔비디아는 H100 공급을 늘린다고 밝혔다.")
    before = corpus.store.query("SELECT * FROM entity_agg ORDER BY entity")
    with pytest.raises(RuntimeError), corpus.store.transaction():
        corpus.add_text("AMD MI300X\n\nAMD는 MI300X와 H100을 비교했다고 밝혔다.")
        raise RuntimeError
    assert not store_index._HELD
    assert corpus.store.query("SELECT * FROM entity_agg ORDER BY entity") == before
    corpus.add_text("인텔 가우디3\n\n인텔은 가우디3와 H100을 비교했다고 밝혔다.")
    assert not store_index._HELD
    assert _recounted(corpus.store) == {
        str(r[0]): int(r[1]) for r in corpus.store.query("SELECT entity, mentions FROM entity_agg")
    }


def _recounted(store: Store) -> dict[str, int]:
    rows = store.query("SELECT entity, count(*) FROM mentions GROUP BY entity")
    return {str(r[0]): int(r[1]) for r in rows}


def _postings(store: Store) -> dict[str, list[int]]:
    """Every indexed term's sentence rowids: what the full-text index answers."""
    with store.transaction() as db:
        db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'sentences_fts', 'row')")
        terms = [str(r[0]) for r in db.execute("SELECT term FROM temp.vocab").fetchall()]
        db.execute("DROP TABLE temp.vocab")
    return {
        term: [
            int(r[0])
            for r in store.query(
                "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rowid",
                ['"' + term.replace('"', '""') + '"'],
            )
        ]
        for term in terms
    }


def test_the_index_written_at_ingest_answers_as_one_built_from_the_sentences(
    tmp_path: Path,
) -> None:
    texts = [decode_bytes(p.read_bytes()) for p in sorted(DAY.glob("*.txt"))[:8]]
    corpus = Corpus(Store(tmp_path / "s.sqlite3"))
    corpus.add_articles([NewArticle(t) for t in texts], batch=3)
    written = _postings(corpus.store)
    assert len(written) > 100
    with corpus.store.transaction() as db:
        db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('delete-all')")
        store_text.fts_fill(db)
    assert _postings(corpus.store) == written
