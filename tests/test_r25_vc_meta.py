"""Session 25 (r25vc, the metadata errors of dev124's first run: venture and
deal press): a bilingual masthead with a product word after it or whose
Korean name the page's closing lines print again, an issue's date line with
the span it covers, and a listed outlet's service or desk brand in a byline
or on the first line. All texts invented."""

from __future__ import annotations

import pytest

from summarizer.brand_lines import footer_prints, product_free, span_date_line
from summarizer.byline_outlets import outlet
from summarizer.clean import clean_article

_BODY = (
    "국내 반도체 스타트업 세 곳이 이번 주 후속 투자를 유치했다. 투자 규모는 모두 합쳐 "
    "800억원으로 집계됐다.\n\n"
    "가장 큰 거래는 메모리 컨트롤러 설계 기업의 시리즈 B였다. 회사는 조달한 자금으로 "
    "양산 검증을 마칠 계획이다."
)


def test_a_bilingual_masthead_with_its_product_word() -> None:
    text = (
        "DEALNOTE 딜노트 리포트\n"
        "[주간 딜 리뷰] 반도체 스타트업 세 곳에 800억…설계 기업 몸값 올랐다\n"
        "2026.05.08 발행 · 5월 첫째 주 (5/2~5/8)\n\n"
        f"{_BODY}\n\n"
        "※ 딜노트 데이터베이스에 공개된 거래만 집계했습니다.\n\n"
        "© DEALNOTE. All rights reserved."
    )
    meta = clean_article(text).metadata
    assert meta.publisher == "딜노트"
    assert meta.published == "2026-05-08"
    assert meta.title is not None and meta.title.startswith("[주간 딜 리뷰]")


def test_a_korean_first_masthead_the_closing_note_names() -> None:
    text = (
        "칩인사이더 CHIPINSIDER\n"
        "산업 > 스타트업\n"
        "설계 스타트업 몸값 1조, 남은 과제는 양산 물량\n"
        "한다온 기자 · 2026년 5월 6일\n\n"
        f"{_BODY}\n\n"
        "이 기사는 칩인사이더 유료 회원에게 먼저 공개됐습니다."
    )
    meta = clean_article(text).metadata
    assert meta.title == "설계 스타트업 몸값 1조, 남은 과제는 양산 물량"
    assert meta.publisher == "칩인사이더"


def test_a_bilingual_line_the_footer_does_not_name_stays_unread() -> None:
    text = (
        "칩인사이더 CHIPINSIDER\n"
        "설계 스타트업 몸값 1조, 남은 과제는 양산 물량\n"
        "한다온 기자 · 2026년 5월 6일\n\n"
        f"{_BODY}\n\n"
        "회사는 하반기 상장 심사를 청구할 예정이다."
    )
    assert clean_article(text).metadata.publisher is None


def test_the_closing_lines_print_the_name_as_a_word() -> None:
    lines = ["딜노트 DEALNOTE", "본문 첫 줄이다.", "", "※ 딜노트의 집계 기준을 따랐습니다."]
    assert footer_prints("딜노트", lines)
    assert not footer_prints("딜노트", ["딜노트 DEALNOTE", "※ 딜노트스 집계 기준을 따랐다."])
    assert not footer_prints("딜노트", ["딜노트 DEALNOTE", "본문뿐이다."])  # the masthead only
    assert product_free("DEALNOTE 딜노트 뉴스레터") == "DEALNOTE 딜노트"
    assert product_free("DEALNOTE 딜노트") == "DEALNOTE 딜노트"


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("2026.05.08 발행 · 5월 첫째 주 (5/2~5/8)", True),
        ("발행 2026-05-08 | 제214호", True),
        ("2026.05.08 게재 · 5월 마지막 주", True),
        ("2026.05.08 발행 · 반도체 투자 세 건", False),  # a note, not a span
        ("2026.05.08 · 5월 첫째 주", False),  # no label says the date is the issue's
        ("5월 첫째 주 (5/2~5/8)", False),
    ],
)
def test_an_issue_date_with_its_span(line: str, dated: bool) -> None:
    assert span_date_line(line) is dated


@pytest.mark.parametrize(
    ("tag", "name"),
    [
        ("한국경제 딥테크in", "한국경제"),  # a listed outlet's service brand
        ("머니투데이 스타트업판", "머니투데이"),
        ("매일경제 베이징", "매일경제"),  # a place is skipped as before
        ("칩데일리", "칩데일리"),
        ("연합뉴스 뉴스1", "뉴스1"),  # two listed names: the last signs, as before
    ],
)
def test_a_listed_outlet_before_its_service_brand(tag: str, name: str) -> None:
    assert outlet(tag) == name


def test_a_service_brand_byline_and_first_line() -> None:
    text = (
        "한국경제 딥테크in\n"
        "[딥테크in]정책펀드, AI 반도체 운용사 세 곳 뽑았다\n"
        "등록 2026-05-07 오전 8:40:12\n\n"
        "[한국경제 딥테크in 서다인 기자] 정책펀드 운용사가 AI 반도체 펀드 운용사 세 곳을 "
        "선정했다.\n\n"
        f"{_BODY}"
    )
    meta = clean_article(text).metadata
    assert meta.publisher == "한국경제"
    assert meta.author == "서다인"
    unsigned = "머니투데이 스타트업판\n설계 스타트업 세 곳, 정책펀드 출자 받았다\n\n" + _BODY
    assert clean_article(unsigned).metadata.publisher == "머니투데이"
