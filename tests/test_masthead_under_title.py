"""A masthead printed right under the headline names the publisher (issue 13,
extract_dev27 p05/p14: "헤드라인 / 조선비즈 / 입력 … / 이름 기자")."""

from __future__ import annotations

from summarizer.metadata import extract_metadata


def _read(text: str) -> tuple[str | None, str | None]:
    meta = extract_metadata(text.splitlines())
    return meta.title, meta.publisher


def test_an_outlet_line_under_the_headline_is_the_publisher() -> None:
    text = "엔비디아, 한국에 신형 서버 공급 확대\n조선비즈\n입력 2026.12.15 06:00\n차현우 기자\n\n본문이다."
    assert _read(text) == ("엔비디아, 한국에 신형 서버 공급 확대", "조선비즈")


def test_a_byline_outlet_still_wins_over_the_line_under_the_headline() -> None:
    text = (
        "헤드라인이 여기 있다\n조선비즈\n입력 2026.12.15 06:00\n[한국경제 차현우 기자]\n\n본문이다."
    )
    assert _read(text)[1] == "한국경제"


def test_a_sentence_under_the_headline_is_no_outlet() -> None:
    text = "헤드라인이 여기 있다\n정부가 새 정책을 발표했다.\n입력 2026.12.15 06:00\n\n본문이다."
    assert _read(text)[1] is None
