"""Metadata layouts of round seven (issue 13, extract_dev7's first run)."""

from __future__ import annotations

import pytest
from test_metadata_layouts import BODY, meta

from summarizer.bylines import read_byline
from summarizer.columnists import column_author
from summarizer.extract import extract_article
from summarizer.holders import copyright_holder

HEADLINE = "엔비디아, 새 AI 칩 공개…공급 늘린다"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("인터뷰·정리=장도윤 기자 doyun@chip.example.kr", "장도윤"),
        ("취재·정리 = 민채원 기자", "민채원"),
        ("대담·정리=하지호 기자", "하지호"),
        ("편집 서다온 | 이 뉴스레터는 매주 월요일 발송됩니다.", "서다온"),
        ("by 남궁윤 · 2025.09.09 · 4 min read", "남궁윤"),
    ],
)
def test_writer_labels(line: str, author: str) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.author == author and byline.publisher is None


def test_a_broadcast_crew_line_names_no_writer() -> None:
    assert read_byline("촬영 : 김기수 / 편집 : 이영희") is None
    assert read_byline("영상취재 : 김기수 / 영상편집 : 이영희") is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("정하람 서울대학교(SNU) 재료공학부 교수", "정하람"),
        ("문태오 한국나노기술원 반도체공정센터장", "문태오"),
        ("김상훈 한국반도체연구원 책임연구원", "김상훈"),
        ("권나윤 딥엑스 사업개발 이사", None),  # an interviewee, not a columnist
        ("신동주 모빌린트 대표", None),
    ],
)
def test_columnist_signatures(line: str, author: str | None) -> None:
    assert column_author(line) == author


def test_a_newsletter_issue_line_is_no_title_and_names_the_outlet() -> None:
    text = f"반도체노트 Daily · Vol.112\n{HEADLINE}\n2025-07-08 06:30\n\n{BODY}\n"
    found = meta(text)
    assert found.title == HEADLINE and found.publisher == "반도체노트"
    # "No.1" in a headline is no issue number
    assert meta(f"삼성 파운드리 No.1\n2025-07-08 06:30\n\n{BODY}\n").title == "삼성 파운드리 No.1"


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        ("© 반도체노트 2024-2025", "반도체노트"),
        ("ⓒ 칩포럼 2025", "칩포럼"),
        ("ⓒ 칩포럼 콘텐츠 무단 전재 및 재배포 금지", "칩포럼"),
        ("ⓒ 뉴스2000", "뉴스2000"),  # digits in the name stay
    ],
)
def test_a_holder_without_a_year_or_what_it_protects(footer: str, holder: str) -> None:
    assert copyright_holder(footer) == holder


def test_the_registration_date_wins_over_a_last_update_printed_above_it() -> None:
    text = f"{HEADLINE}\n최종 업데이트 2025-05-21 11:40\n등록 2025-05-20 18:25\n\n{BODY}\n"
    assert meta(text).published == "2025-05-20"
    text = f"{HEADLINE}\n마지막 수정 2025-05-21 11:40\n입력 2025-05-20 18:25\n\n{BODY}\n"
    assert meta(text).published == "2025-05-20"


def test_a_print_edition_date_line() -> None:
    text = f"{HEADLINE}\n2025년 6월 3일 화요일 제22면\n\n{BODY}\n"
    assert meta(text).published == "2025-06-03"


PAGE = """<html><head><title>{title}</title></head><body>
<div class="menu"><a href="/">{logo}</a></div>
<h1>인텔, 가우디 3 출하 늘린다…가격 경쟁력 앞세워</h1>
<p class="meta">by <a href="/w/1">주하린</a> · <time>2025.09.09</time></p>
<div><p>인텔이 AI 가속기 가우디 3의 출하량을 늘린다. 델과 슈퍼마이크로 서버에 기본 탑재되면서
기업 고객 문의가 늘었다는 설명이다. 인텔은 같은 예산으로 더 많은 추론 요청을 처리한다고 강조했다.</p>
<p>가우디 3는 HBM2E 128GB를 탑재했다. 후속 제품은 2027년 이후로 예상된다고 회사는 밝혔다.
업계에서는 가격을 앞세운 전략이 추론 시장에서 먼저 통할 것으로 본다. 클라우드 기업들도 시험
도입을 검토하고 있으며, 소프트웨어 생태계가 관건이라는 지적이 나온다.</p></div>
<footer>© 2025 {logo}. All rights reserved.</footer></body></html>"""


@pytest.mark.parametrize(
    ("title", "publisher"),
    [
        ("칩온 | ChipOn", "칩온"),  # the page's title pairs the two names
        ("ChipOn - 칩온", "칩온"),
        ("ChipOn", "ChipOn"),  # no Korean name printed: the English one stays
        ("칩스토리 | OtherSite", "ChipOn"),  # a pair naming another site says nothing
    ],
)
def test_an_english_only_outlet_takes_the_korean_name_its_page_title_pairs(
    title: str, publisher: str
) -> None:
    page = extract_article(PAGE.format(title=title, logo="ChipOn"))
    assert page.publisher == publisher and page.author == "주하린"


@pytest.mark.parametrize(
    "signature",
    ["― 오서윤 고려대학교 반도체공학과 교수", "(오서윤 고려대학교(KU) 반도체공학과 교수)"],
)
def test_a_column_signed_at_the_bottom(signature: str) -> None:
    text = f"[시평] {HEADLINE}\n2025.10.02 07:00\n\n{BODY}\n\n{signature}\n"
    assert meta(text).author == "오서윤"
    # without the dash or the parentheses a line at the bottom is body text
    assert meta(f"[시평] {HEADLINE}\n2025.10.02 07:00\n\n{BODY}\n").author is None


@pytest.mark.parametrize(
    ("footer", "holder"),
    [("ⓒ 2025. 세미칼럼 All rights reserved.", "세미칼럼"), ("ⓒ 칩포럼의 콘텐츠", "칩포럼")],
)
def test_a_holder_after_a_year_and_a_full_stop(footer: str, holder: str) -> None:
    assert copyright_holder(footer) == holder


def test_a_photo_credit_after_a_caption_is_no_writer() -> None:
    line = "(사진=칩전자) 직원이 클린룸에서 HBM4 웨이퍼를 살펴보고 있다. / 사진=김도현 기자"
    assert read_byline(line) is None


@pytest.mark.parametrize(
    "line", ["글 한서율 부산대학교 전자공학과 교수", "기고=한서율 부산대학교 전자공학과 교수"]
)
def test_a_label_before_a_columnists_signature(line: str) -> None:
    assert column_author(line) == "한서율"


def test_a_web_address_after_the_mark_is_no_holder() -> None:
    # dev17 a16: the outlet stands before the ⓒ, its address after it
    assert copyright_holder("강원일보 ⓒ www.kwnews.co.kr") == "강원일보"
    assert copyright_holder("ⓒ https://www.kwnews.co.kr") is None
