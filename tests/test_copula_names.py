"""A chip name ending in a vowel with the copula glued on, closing the sentence
("대상은 모빌린트의 에리스다."): Kiwi reads one word, the name still counts."""

from pathlib import Path

import pytest

from summarizer.corpus import Corpus
from summarizer.entities import CHIP
from summarizer.store import Store

ARTICLE = (
    "시험센터 문 열어\n입력 2026-03-02\n\n"
    "첫 시험 대상은 모빌린트의 {name} 두 칩은 지역 업체의 카메라에 들어가 석 달간 시험을 거친다. "
    "업계는 국산 NPU 검증이 빨라질 것으로 본다. 센터는 메모리와 NPU를 묶은 시험 보드도 갖췄다."
)


def chips(tmp_path: Path, text: str) -> set[str]:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    corpus = Corpus(Store(tmp_path / "s.sqlite3"))
    corpus.sync_folder(tmp_path)
    return {m.entity for m in corpus.store.mentions(kind=CHIP)}


@pytest.mark.parametrize("tail", ["에리스다.", "에리스였다.", "에리스다.”"])
def test_copula_after_a_vowel_name(tmp_path: Path, tail: str) -> None:
    assert "ARIES" in chips(tmp_path, ARTICLE.format(name=tail))
