from pathlib import Path

from summarizer.corpus import Corpus
from summarizer.store import Store

A = "엔비디아, 중국용 H20 출하\n\n엔비디아가 중국 시장을 위한 H20 칩을 출하했다고 밝혔다. 업계는 수요가 크다고 본다."
B = "화웨이 어센드 910C 양산\n\n화웨이가 어센드 910C 칩의 양산에 들어갔다. 딥시크가 이 칩을 추론에 쓴다."


def test_add_texts_batches_like_add_text(tmp_path: Path) -> None:
    one = Corpus(Store(tmp_path / "one.sqlite3"))
    ids = [one.add_text(A), one.add_text(B)]
    many = Corpus(Store(tmp_path / "many.sqlite3"))
    assert many.add_texts([A, B, A], batch=2) == [(1, True), (2, True), (1, False)]
    assert ids == [(1, True), (2, True)]
    for article_id in (1, 2):
        assert many.sentences(article_id) == one.sentences(article_id)
    assert many.entity_stats("chip") == one.entity_stats("chip")
    assert [s.title for s in many.sources()] == [
        "엔비디아, 중국용 H20 출하",
        "화웨이 어센드 910C 양산",
    ]
    assert [s.article_id for s in many.mention_sentences("H20")] == [1]
