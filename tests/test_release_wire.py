"""Press releases sent by a release wire: the wire is the publisher, its
dateline the date (summarizer.release_wire; extract_dev13's r38)."""

from __future__ import annotations

import pytest
from test_metadata_layouts import BODY, meta

from summarizer.release_wire import release_dateline, release_wire

HEADLINE = "딥엑스, 서버용 NPU 공개…엣지 칩 누적 출하 100만개"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "서울--(뉴스와이어) 2026년 03월 18일 -- 딥엑스가 18일 밝혔다.",
            ("뉴스와이어", "2026-03-18"),
        ),
        (
            "캘리포니아주 새너제이--(Business Wire / 뉴스와이어) 2026년 03월 18일 -- 본문",
            ("뉴스와이어", "2026-03-18"),
        ),
        ("SAN JOSE, Calif.--(BUSINESS WIRE)--Nvidia today announced", ("비즈니스와이어", None)),
        (
            "SAN JOSE, Calif., March 18, 2026 /PRNewswire/ -- Acme today said",
            ("PR뉴스와이어", "2026-03-18"),
        ),
    ],
)
def test_a_release_wires_dateline(line: str, expected: tuple[str, str | None]) -> None:
    assert release_dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "서울--(연합뉴스) 본문",  # no dashes after a date: an agency tag, not a wire
        "삼성전자--(주)하이닉스 합병설 -- 부인",
        "(서울=뉴스와이어) 본문",
    ],
)
def test_other_lines_are_no_wire_dateline(line: str) -> None:
    assert release_dateline(line) is None


def test_a_release_names_its_wire_and_date_and_no_author() -> None:
    text = (
        f"{HEADLINE}\n\n서울--(뉴스와이어) 2026년 03월 18일 -- {BODY}\n\n연락처\n딥엑스 홍보팀\n"
        "02-0000-0000\n\n이 뉴스는 기업·기관·단체가 뉴스와이어를 통해 배포한 보도자료입니다."
    )
    found = meta(text)
    assert (found.title, found.publisher, found.author, found.published) == (
        HEADLINE,
        "뉴스와이어",
        None,
        "2026-03-18",
    )


def test_the_wires_footer_names_it_without_a_dateline() -> None:
    lines = [HEADLINE, BODY, "이 뉴스는 기업·기관·단체가 뉴스와이어를 통해 배포한 보도자료입니다."]
    assert release_wire(lines) == ("뉴스와이어", None)


def test_an_outlets_copyright_wins_over_the_wire() -> None:
    text = (
        f"{HEADLINE}\n\n서울--(뉴스와이어) 2026년 03월 18일 -- {BODY}\n\n"
        "Copyright ⓒ 칩데일리 무단전재 및 재배포 금지"
    )
    assert meta(text).publisher == "칩데일리"
