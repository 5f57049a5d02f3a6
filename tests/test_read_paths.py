"""Read paths kept cheap for issue 14 (command latency flat in store size):
the remembered ``/sources`` follows every write, a migration seen applied is
not looked up again, and the story gist's bigram arithmetic is unchanged."""

from __future__ import annotations

import random
import weakref
from pathlib import Path

from handlers import Context, dispatch, parse
from handlers.reply import Reply
from summarizer.chat_prefs import LANGUAGE_MIGRATIONS
from summarizer.corpus import Corpus
from summarizer.store import Store
from summarizer.story_text import bigrams, is_headline, overlap, title_index


def _article(n: int) -> str:
    return (
        f"반도체 수출 소식 제{n}호\n\n"
        f"산업통상자원부는 {n}일 반도체 수출이 {n * 3}억달러로 늘었다고 밝혔다. "
        f"업계는 {n}분기에도 전력 수요가 이어질 것으로 본다.\n"
    )


def _ask(context: Context, text: str) -> Reply:
    command = parse(text)
    assert command is not None
    return dispatch(command, context)


def test_remembered_sources_follow_writes_here_and_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    corpus = Corpus(Store(path))
    corpus.add_texts([_article(n) for n in range(1, 4)])
    context = Context(corpus)
    first = _ask(context, "/sources")
    assert _ask(context, "/sources") is first  # remembered while nothing changes
    assert len(first.data["sources"]) == 3
    other = Corpus(Store(path))  # another connection, as another process
    other.add_text(_article(4))
    other.store.close()
    second = _ask(context, "/sources")
    assert len(second.data["sources"]) == 4 and second.title != first.title
    corpus.add_text(_article(5))  # and this connection's own writes
    assert len(_ask(context, "/sources").data["sources"]) == 5
    assert _ask(context, "/sources 2쪽") is _ask(context, "/sources 2쪽")
    corpus.store.close()


def test_a_migration_seen_applied_is_not_applied_again(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    store = Store(path)
    with store.transaction() as db:
        db.execute("DROP TABLE IF EXISTS chat_languages")
        db.execute("DELETE FROM schema_migrations WHERE component = 'chat_languages'")
    assert [m.key for m in store.migrate(LANGUAGE_MIGRATIONS)] == [("chat_languages", 1)]
    assert store.migrate(LANGUAGE_MIGRATIONS) == []
    assert "chat_languages" in store.db.tables()
    again = Store(path)  # another connection reads the record
    assert again.migrate(LANGUAGE_MIGRATIONS) == []
    again.close()
    store.close()


def test_bigram_overlap_is_the_jaccard_of_the_sets() -> None:
    rng = random.Random(14)
    letters = "가나다라마바abc12"
    for _ in range(500):
        a = bigrams("".join(rng.choice(letters) for _ in range(rng.randint(0, 12))))
        b = bigrams("".join(rng.choice(letters) for _ in range(rng.randint(0, 12))))
        expected = len(a & b) / len(a | b) if a and b else 0.0
        assert overlap(a, b) == expected


def test_a_headline_is_found_again_in_any_case_and_spacing() -> None:
    titles = title_index(["엔비디아, HBM4 공급 계약 체결", ""])
    assert is_headline("엔비디아 hbm4 공급계약 체결", titles)
    assert is_headline("엔비디아, HBM4 공급 계약 체결했다고 밝혔다", titles)
    assert not is_headline("삼성전자는 평택 공장의 투자를 늘린다고 밝혔다", titles)
    assert bigrams("AB") == {"ab"} and bigrams("") == set()


class _Kept:
    """A remembered value that can be watched for being freed."""


def test_a_commit_here_frees_what_it_made_stale_at_once(tmp_path: Path) -> None:
    corpus = Corpus(Store(tmp_path / "s.sqlite3"))
    corpus.add_texts([_article(1)])
    kept = weakref.ref(corpus.memoised(("kept",), _Kept))
    assert kept() is not None and corpus.memoised(("kept",), _Kept) is kept()
    corpus.store.set_meta("bench", "1")  # a commit of this connection: freed by it
    assert kept() is None
    again = corpus.memoised(("kept",), _Kept)  # made again for the new version
    assert corpus.memoised(("kept",), _Kept) is again
    gone = Corpus(corpus.store)  # a corpus freed before the store commits
    del gone
    corpus.store.set_meta("bench", "2")
    assert corpus.memoised(("kept",), _Kept) is not again
