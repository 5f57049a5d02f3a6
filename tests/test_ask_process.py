"""Whole-process `briefbot ask` (issue 14): Kiwi only when the question needs
it, its words' terms kept between processes, and no start-up work that
grows with the store. No timings here: benchmarks/ask_process.py measures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ask_process import ask

from bot import ask_ahead
from handlers.commands import COMMANDS
from summarizer.corpus import Corpus
from summarizer.store import Store

ROOT = Path(__file__).resolve().parent.parent


def test_the_analysed_commands_are_those_of_the_handlers() -> None:
    names = {
        name
        for key in ("summary", "stories", "trend")
        for name in (COMMANDS[key].name, *COMMANDS[key].aliases)
    }
    assert names == ask_ahead.ANALYSED


def test_which_texts_a_question_gives_kiwi() -> None:
    texts = ask_ahead.analysed_texts
    assert texts("/summary 전력  수요") == ["전력 수요", "전력", "수요"]
    assert texts("전력 수요") == ["전력 수요", "전력", "수요"]  # plain text: a summary
    assert texts("/요약 전력") == ["전력", "전력"]
    assert texts("/stories@briefbot 전력") == ["전력", "전력"]
    for nothing in ("/summary", "/summary 12", "/summary [#3]", "/chips H100", "/sources 2", ""):
        assert texts(nothing) == []
    assert ask_ahead.needed("/summary 엔비디아") == []  # a catalogued entity
    assert ask_ahead.needed("/summary XB900") == []  # maybe a chip the store discovered
    assert ask_ahead.needed("/summary 엔비디아 실적") == ["엔비디아 실적", "실적"]


@pytest.mark.slow
def test_kept_terms_answer_again_without_kiwi(day1_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "day1.sqlite3"
    store.write_bytes(day1_store.read_bytes())
    first = ask(store, tmp_path, "--json", "/summary 전력이 수요")  # 전력이: not a stored word
    assert "kiwipiepy" in first.stderr  # analysed by Kiwi, then kept
    kept = json.loads((tmp_path / "briefbot" / "query-terms.json").read_text("utf-8"))
    assert kept["terms"]["전력이 수요"] == ["전력", "수요"]
    again = ask(store, tmp_path, "--json", "/summary 전력이 수요")
    assert "kiwipiepy" not in again.stderr
    assert again.stdout == first.stdout
    # the ingest pipeline and the HTTP client are not loaded to answer
    for module in ("summarizer.batch", "summarizer.clean", "summarizer.extract", "bot.fetching"):
        assert f" {module}\n" not in again.stderr
    entity = ask(store, tmp_path / "other", "/summary 엔비디아")
    assert "kiwipiepy" not in entity.stderr


def test_a_kept_file_of_other_versions_or_broken_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = ask_ahead.cache_file()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"version": "other", "terms": {"전력": ["x"]}}), "utf-8")
    assert ask_ahead._read() == {}
    path.write_text("{not json", "utf-8")
    assert ask_ahead._read() == {}
    payload = {"version": ask_ahead._version(), "terms": {"전력": ["전력"], "bad": [1]}}
    path.write_text(json.dumps(payload), "utf-8")
    assert ask_ahead._read() == {"전력": ["전력"]}


def test_start_up_reads_only_the_folders_articles(tmp_path: Path) -> None:
    corpus = Corpus(Store(tmp_path / "s.sqlite3"))
    texts = [
        "엔비디아 새 칩\n\n엔비디아가 새 칩을 공개했다. 성능이 두 배로 늘었다.",
        "전력 수요\n\n여름철 전력 수요가 크게 늘었다. 정부는 대책을 내놓았다.",
        "반도체 수출\n\n지난달 반도체 수출이 증가했다. 메모리 가격도 올랐다.",
        "데이터센터\n\n데이터센터 투자가 이어진다. 냉각 기술이 관심을 끈다.",
    ]
    names = ["/elsewhere/a.txt", "folder.txt", "-dash.txt", "0zero.txt"]
    ids = [corpus.add_text(text, file=name)[0] for text, name in zip(texts, names, strict=True)]
    files = sorted(a.file or "" for a in corpus.store.file_articles())
    assert files == ["-dash.txt", "0zero.txt", "folder.txt"]
    assert corpus.store.articles_without_extra() == []
    with corpus.store.transaction() as db:
        db.execute("DELETE FROM article_extra WHERE article_id = ?", (ids[1],))
    assert corpus.store.articles_without_extra() == [ids[1]]
