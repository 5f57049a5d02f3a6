"""A feed reader's and a newsletter's own lines, read for the outlet and the
writer (issue 13, extract_dev35 u03 u09; tuning 323-328)."""

from __future__ import annotations

import pytest

from summarizer.credit_lines import credit_fields, greeting
from summarizer.letter_lines import feed_outlet, letter_name, sender_outlet
from summarizer.metadata import extract_metadata
from summarizer.never_heads import carrier_line
from summarizer.signoffs import read_sign_off

HEADLINE = "삼성전자, HBM4 12단 양산 돌입…엔비디아 루빈에 공급"
BODY = "삼성전자가 HBM4 12단 제품을 양산한다고 밝혔다. 회사는 물량 대부분을 엔비디아에 공급한다."


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("이투데이 - 전체기사 RSS", "이투데이"),
        ("헬로티 :: IT/과학 피드", "헬로티"),
        ("뉴데일리 RSS", "뉴데일리"),
        ("구독: 아시아투데이 | 최신기사", "아시아투데이"),
        ("이데일리 > 실시간 뉴스 RSS", "이데일리"),
    ],
)
def test_a_feed_title_names_the_outlet_and_is_no_headline(line: str, outlet: str) -> None:
    assert feed_outlet(line) == outlet
    assert carrier_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "엔비디아 - 루빈 RSS 공개",  # a headline that mentions a feed
        "삼성전자 - 최신 뉴스",  # a company's page, not a listed outlet's feed
        "산업 - 전체기사 RSS",  # a section's feed names no outlet
        "디일렉 - 반도체",  # no feed word
        HEADLINE,
    ],
)
def test_other_lines_are_no_feed_title(line: str) -> None:
    assert feed_outlet(line) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("한국일보 칩톡팀이 보내드립니다", "한국일보"),
        ("보내는 사람: 머니투데이 테크팀 <techletter@mt.example>", "머니투데이"),
        ("칩데일리가 매주 보내드립니다", "칩데일리"),
        ("칩톡팀이 보내드립니다", None),  # a team alone names no outlet
        ("에디터 김하나가 보내드립니다", None),
        ("김민수 기자가 보내드립니다", None),
    ],
)
def test_a_sender_line_names_the_outlet_before_its_team(line: str, outlet: str | None) -> None:
    assert sender_outlet(line) == outlet


def test_a_newsletters_own_name_over_its_date_is_no_outlet() -> None:
    assert letter_name("칩톡] 주간 반도체 뉴스레터")
    assert letter_name("주간 반도체 브리핑")
    assert not letter_name("반도체레터")  # a letter that is the outlet keeps its name
    assert credit_fields("[칩톡] 주간 반도체 뉴스레터 · 2026.01.21 (수)")[1] is None


@pytest.mark.parametrize(
    ("line", "writer"),
    [
        ("오늘 레터는 유채원 기자가 썼습니다.", "유채원"),
        ("이번 호는 서다인 기자가 정리했습니다.", "서다인"),
        ("이번 주 레터는 변예준·공하율 기자가 함께 썼습니다.", "변예준·공하율"),
        ("이 칼럼은 진서우 논설위원이 썼습니다.", "진서우"),
        ("이 글은 최다온이 썼습니다.", "최다온"),
        ("강하린 에디터가 썼습니다.", "강하린"),
        ("이번 분석은 박철수 애널리스트가 작성했습니다.", None),
        ("회사는 2분기 실적이 좋다고 밝혔습니다.", None),
        ("오늘 레터는 한 줄로 요약됩니다.", None),
    ],
)
def test_a_sign_off_names_the_writer(line: str, writer: str | None) -> None:
    assert read_sign_off("letter writer", [line]) == writer


def test_a_greeting_of_the_morning_is_no_headline() -> None:
    assert greeting("구독자 여러분, 좋은 아침입니다.")
    assert not greeting(HEADLINE)


def test_a_newsletter_page_reads_outlet_and_writer() -> None:
    lines = [
        "[칩톡] 주간 반도체 뉴스레터 · 2026.01.21 (수)",
        "한국일보 칩톡팀이 보내드립니다",
        "",
        HEADLINE,
        "",
        BODY,
        "",
        "이번 호는 서다인 기자가 정리했습니다.",
    ]
    meta = extract_metadata(lines)
    assert (meta.title, meta.publisher, meta.author) == (HEADLINE, "한국일보", "서다인")


def test_a_feed_copy_reads_the_outlet_and_keeps_the_headline() -> None:
    lines = ["아시아투데이 :: 산업·경제 RSS", "", HEADLINE, "", "오세린 기자 · 2026. 2. 9.", BODY]
    meta = extract_metadata(lines)
    assert (meta.title, meta.publisher, meta.author) == (HEADLINE, "아시아투데이", "오세린")


def test_a_byline_outranks_a_sign_off_and_a_copyright_line_a_sender() -> None:
    lines = [
        "칩브리핑팀이 보내드립니다",
        HEADLINE,
        "글 추하윤 기자",
        BODY,
        "오늘 레터는 유채원 기자가 썼습니다.",
        "ⓒ 디지털타임스, 무단전재 및 재배포 금지",
    ]
    meta = extract_metadata(lines)
    assert (meta.title, meta.publisher, meta.author) == (HEADLINE, "디지털타임스", "추하윤")
