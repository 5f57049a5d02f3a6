"""A keyword question asked the first time, answered from the words the
store analysed at ingest (issue 14, summarizer.query_vocab): the same
terms as Kiwi's, Kiwi not loaded; a word the store cannot vouch for
(inflected, unknown) still goes to Kiwi."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
from ask_process import ask

from summarizer import query_vocab
from summarizer.analysis import query_terms
from summarizer.corpus import Corpus
from summarizer.store import Store

ROOT = Path(__file__).resolve().parent.parent


def _rows(store: Path) -> dict[str, query_vocab.Known]:
    with sqlite3.connect(store) as db:
        rows = db.execute("SELECT word, terms, alone FROM query_vocab").fetchall()
    return {w: query_vocab.Known(t.split(), bool(a)) for w, t, a in rows}


@pytest.mark.slow
def test_every_kept_word_has_kiwis_terms(bundled: Corpus, day1_store: Path) -> None:
    for rows in (_rows(Path(bundled.store.path)), _rows(day1_store)):
        assert len(rows) > 150
        for word, known in rows.items():
            assert known.terms == query_terms(word), word
            assert query_vocab.answer(rows, [word]) == {word: query_terms(word)}
        latin = [w for w in rows if w.isascii()][:40]
        for word in latin:  # any case, the same term
            assert query_vocab.answer(rows, [word.upper()]) == {word.upper(): [word]}
        # several words: only dictionary nouns and Latin words, as Kiwi reads them together
        pairs = [f"{a} {b}" for a, b in zip(list(rows)[::7], list(rows)[3::7], strict=False)]
        found = query_vocab.answer(rows, pairs)
        assert all(rows[w].alone for text in found for w in text.split())


def test_what_the_store_cannot_vouch_for_is_left_to_kiwi() -> None:
    rows = {
        "전력": query_vocab.Known(["전력"], True),
        "수요": query_vocab.Known(["수요"], True),
        "데이터센터": query_vocab.Known(["데이터", "센터"], False),
        "ai": query_vocab.Known(["ai"], True),
    }
    texts = ["전력 수요", "전력", "데이터센터", "데이터센터 전력", "전력을", "AI", "H100"]
    assert query_vocab.answer(rows, texts) == {
        "전력 수요": ["전력", "수요"],
        "전력": ["전력"],
        "데이터센터": ["데이터", "센터"],
        "AI": ["ai"],
    }


def test_rows_of_another_version_or_no_store_are_not_read(tmp_path: Path) -> None:
    corpus = Corpus(Store(tmp_path / "s.sqlite3"))
    corpus.add_text("전력 수요\n\n여름철 전력 수요가 크게 늘었다. 정부는 대책을 내놓았다.")
    target = str(tmp_path / "s.sqlite3")
    assert query_vocab.known_terms(target, ["전력 수요"]) == {"전력 수요": ["전력", "수요"]}
    corpus.store.set_meta(query_vocab.KEY, "other")
    assert query_vocab.known_terms(target, ["전력"]) == {}
    corpus.add_text("반도체 수출\n\n지난달 반도체 수출이 증가했다. 메모리 가격도 올랐다.")
    assert query_vocab.known_terms(target, ["전력", "반도체"]) == {  # analysed again
        "전력": ["전력"],
        "반도체": ["반도체"],
    }
    assert query_vocab.known_terms(str(tmp_path / "none.sqlite3"), ["전력"]) == {}
    assert not (tmp_path / "none.sqlite3").exists()


def test_both_stores_keep_and_give_the_words(store_target: str) -> None:
    corpus = Corpus(Store(store_target))
    corpus.add_text("전력 수요\n\n여름철 전력 수요가 크게 늘었다. 정부는 대책을 내놓았다.")
    found = query_vocab.known_terms(store_target, ["전력 수요", "전력", "수요가"])
    assert found == {"전력 수요": ["전력", "수요"], "전력": ["전력"]}
    corpus.store.close()


@pytest.mark.slow
def test_a_first_question_is_answered_without_kiwi(day1_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "day1.sqlite3"
    store.write_bytes(day1_store.read_bytes())
    plain = tmp_path / "plain.sqlite3"  # the same store, its rows unread: Kiwi answers
    plain.write_bytes(day1_store.read_bytes())
    with sqlite3.connect(plain) as db:
        db.execute("DELETE FROM meta WHERE key = ?", (query_vocab.KEY,))
    for n, question in enumerate(["/summary 전력 수요", "/stories AI", "반도체 수출"]):
        first = _ask(store, tmp_path / f"new{n}", question)
        assert " kiwipiepy\n" not in first.stderr, question  # never imported
        kiwi = _ask(plain, tmp_path / f"kiwi{n}", question)
        assert " kiwipiepy\n" in kiwi.stderr
        assert json.loads(first.stdout) == json.loads(kiwi.stdout), question
    inflected = _ask(store, tmp_path / "inflected", "/stories 전력을")
    assert " kiwipiepy\n" in inflected.stderr


def _ask(store: Path, cache: Path, *words: str) -> subprocess.CompletedProcess[str]:
    return ask(store, cache, "--json", *words)
