"""Replies stay bounded on a corpus larger than a page: paging, capped source
lists in /chips, recent-only reads."""

import pytest

from handlers import Context, dispatch, parse
from handlers.chips import LISTED_SOURCES as _LISTED_SOURCES
from summarizer.corpus import Corpus
from summarizer.store import Store

COUNT = 12


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    corpus = Corpus(Store(tmp_path_factory.mktemp("many") / "s.sqlite3"))
    texts = [
        f"엔비디아 H100 소식 {n}호\n\n엔비디아는 {n}번째 H100 GPU 물량을 중국 밖 고객에게 공급한다고 밝혔다. "
        f"업계는 {n}분기 전력 수요가 늘 것으로 본다."
        for n in range(1, COUNT + 1)
    ]
    corpus.add_texts(texts)
    return corpus


def run(corpus: Corpus, text: str, per_page: int = 5):  # type: ignore[no-untyped-def]
    command = parse(text)
    assert command is not None
    return dispatch(command, Context(corpus, sources_per_page=per_page))


def test_sources_pages_newest_first(many: Corpus) -> None:
    first = run(many, "/sources")
    assert [s["id"] for s in first.data["sources"]] == [8, 9, 10, 11, 12]
    assert "/sources 2" in first.notices[0]
    third = run(many, "/sources 3쪽")
    assert [s["id"] for s in third.data["sources"]] == [1, 2]
    assert not third.notices
    beyond = run(many, "/sources 9쪽")
    assert beyond.data["sources"] == [] and "3" in beyond.notices[0]


def test_chips_text_lists_newest_sources_json_keeps_all(many: Corpus) -> None:
    reply = run(many, "/chips")
    chip = reply.data["chips"][0]
    assert chip["name"] == "H100" and chip["sources"] == list(range(1, COUNT + 1))
    text = reply.sections[0].lines[0].text
    assert f"외 {COUNT - _LISTED_SOURCES}건" in text
    assert "[1]," not in text and f"[{COUNT}]" in text
    assert len(reply.sources) <= _LISTED_SOURCES + 1


def test_recent_reads_are_bounded(many: Corpus) -> None:
    assert len(many.mention_sentences("H100", limit=3)) == 3
    assert {s.article_id for s in many.mention_sentences("H100", limit=3)} == {10, 11, 12}
    assert len(many.mention_sentences("H100", limit=None)) == COUNT


def test_unknown_source_names_the_highest_id(many: Corpus) -> None:
    reply = run(many, "/summary 99")
    assert not reply.ok and f"1–{COUNT}" in reply.notices[0]
