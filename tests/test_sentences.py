"""The shared "end of a Korean sentence" rules (summarizer/sentences.py)."""

import pytest

from summarizer.sentences import (
    SENTENCE_BREAK,
    is_finished,
    is_quoted_phrase,
    is_statement,
    looks_like_sentence,
)


@pytest.mark.parametrize(
    "text", ["삼성전자가 HBM4를 양산한다.", "출시됐어요", '그는 "곧 나온다"고 말했다.', "될까?"]
)
def test_finished_sentences(text: str) -> None:
    assert is_finished(text)
    assert looks_like_sentence(text)


@pytest.mark.parametrize("text", ["KAIST 강정구 교수팀 특급 논문 게재", "반도체 시장 전망"])
def test_headings_are_not_sentences(text: str) -> None:
    assert not is_finished(text)
    assert not looks_like_sentence(text)
    assert not is_statement(text)


def test_nominal_endings_look_like_sentences_but_are_not_finished() -> None:
    assert looks_like_sentence("성능 두 배 향상됨")
    assert not is_finished("성능 두 배 향상됨")


def test_a_headline_ending_in_a_bracket_is_not_a_statement() -> None:
    assert not is_statement("삼성전자, HBM4 양산 (종합)")
    assert is_quoted_phrase('서방언론 "엔비디아 칩 독보적, 당장 따라잡긴 힘들것"')
    assert not is_quoted_phrase('그는 "곧 나온다."')


def test_breaks_fall_after_the_punctuation_and_its_space() -> None:
    text = '첫 문장이다. "둘째다!" 셋째\n넷째'
    cuts = [m.end() for m in SENTENCE_BREAK.finditer(text)]
    assert [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)] == [
        "첫 문장이다. ",
        '"둘째다!" ',
        "셋째\n",
        "넷째",
    ]
