"""Chip rules of round eight from the blind set dev9 (issue 13; r13fix7)."""

import pytest

from summarizer.analysis import analyse_paragraphs
from summarizer.entities import load_index


def article_chips(*paragraphs: str) -> set[str]:
    index = load_index()
    sentences = [(s.text, s.tokens) for s in analyse_paragraphs(list(paragraphs))]
    return {m.key for ms in index.article_mentions(sentences) for m in ms if m.kind == "chip"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("엔비디아는 GB300 NVL72 랙을 출하했다.", set()),
        ("연구소는 HGX H100 보드를 샀다.", set()),
        ("GB200-NVL72 랙이 들어왔다.", set()),
        ("GPU B300 8개를 넣은 DGX B300 시스템이 나왔다.", {"B300"}),
        ("GB300 칩 72개를 묶은 GB300 NVL72 랙이다.", {"GB300"}),
    ],
)
def test_a_system_named_after_its_chip_is_no_mention(text: str, expected: set[str]) -> None:
    assert article_chips(text) == expected


def test_a_common_word_is_the_chip_where_the_article_names_its_vendor() -> None:
    found = article_chips(
        "텐스토렌트가 판교에 설계센터를 연다.",
        "주력 제품은 블랙홀 칩이다. 전작 웜홀과 달리 호스트 없이 돌아간다.",
    )
    assert found == {"Blackhole", "Wormhole"}


def test_a_latin_name_needs_no_chip_word_beside_it() -> None:
    assert article_chips("텐스토렌트는 설계를 공개했다.", "Blackhole은 올해 나왔다.") == {
        "Blackhole"
    }


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the vendor named, but the word is used figuratively
        (
            "텐스토렌트가 판교에 설계센터를 연다.",
            "실리콘밸리가 국내 인재를 빨아들이는 블랙홀이 됐다.",
        ),
        # chip talk, but no vendor anywhere in the article
        ("예산이 해외 칩 구매라는 블랙홀로 빨려 들어간다.",),
        # another maker named right before the word: its product
        ("리벨리온은 국내 NPU 업체다.", "과거 넷북에는 인텔 아톰 프로세서가 쓰였다."),
        # a Korean gloss: the common word
        ("리벨리온은 국내 NPU 업체다.", "전작 아톰(원자)의 이야기가 나왔다."),
    ],
)
def test_a_figurative_common_word_is_no_chip(paragraphs: tuple[str, ...]) -> None:
    assert article_chips(*paragraphs) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AMD 라데온 AI 프로 R9700은 32GB 메모리를 단다.", {"Radeon AI PRO R9700"}),
        ("PFN의 학습용 칩 MN-코어 2가 1위에 올랐다.", {"MN-Core 2"}),
        ("키나라의 Ara-2는 감시 카메라에 들어간다.", {"Ara-2"}),
    ],
)
def test_round_eight_catalogue(text: str, expected: set[str]) -> None:
    assert article_chips(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "주력 제품은 데이터센터 추론용 NPU 아톰과 새 칩이다.",
        "기존 제품 아톰은 통신사 클라우드에서 쓰인다.",
    ],
)
def test_a_chip_kind_or_product_word_before_the_common_word(sentence: str) -> None:
    # the vendor named two sentences earlier (round ten: dev10/dev12 misses)
    found = article_chips("리벨리온은 국내 AI 반도체 스타트업이다.", "투자를 마쳤다.", sentence)
    assert found == {"ATOM"}


def test_a_chip_word_before_a_figure_of_speech_needs_the_vendor() -> None:
    assert article_chips("예산이 해외 칩 블랙홀로 빨려 들어간다.") == set()
