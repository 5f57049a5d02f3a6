"""Metadata layouts of round eight (issue 13, extract_dev8's first run):
newsrooms, press releases and blogs, captions, two-line headlines, wire
datelines without a reporter, hanja and Latin bylines."""

from __future__ import annotations

import pytest
from test_metadata_layouts import BODY, meta

from summarizer.bylines import read_byline
from summarizer.dates import parse_date
from summarizer.extract import extract_article
from summarizer.headers import issued_by, two_line_title

HEADLINE = "엔비디아, 새 AI 칩 공개…공급 늘린다"


@pytest.mark.parametrize(
    ("header", "publisher"),
    [
        (["카카오 뉴스룸", "보도자료"], "카카오 뉴스룸"),
        (["Hanwha Newsroom | 한화 뉴스룸"], "한화 뉴스룸"),
        (["KAIST 뉴스센터 > 연구성과"], "KAIST 뉴스센터"),
        (["한국전자기술연구원(KETI) 보도자료"], "한국전자기술연구원"),
        (["중소벤처기업부", "보도자료"], "중소벤처기업부"),
        (["국토교통부", "Press Release"], "국토교통부"),
    ],
)
def test_an_issuer_header_is_the_publisher_and_no_title(header: list[str], publisher: str) -> None:
    got = meta("\n\n".join([*header, HEADLINE, "2025.09.01", BODY]))
    assert (got.title, got.publisher, got.author) == (HEADLINE, publisher, None)


def test_a_newsroom_beats_its_company_but_not_another_outlet() -> None:
    text = "\n\n".join(
        ["카카오 뉴스룸", HEADLINE, "2025.09.01", BODY, "카카오 홍보팀 pr@kakao.example"]
    )
    assert meta(text).publisher == "카카오 뉴스룸"
    # a listed outlet's programme called 뉴스룸 is the outlet's (JTBC), no newsroom
    assert issued_by(["JTBC 뉴스룸", "", HEADLINE]).publisher is None


def test_a_press_release_header_needs_the_release_line() -> None:
    # a ministry's name alone above a headline is no issuer without "보도자료" under it
    assert issued_by(["중소벤처기업부", "", HEADLINE]).publisher is None
    # a statement above "보도자료" is no body's name
    assert issued_by(["정부가 새 정책을 발표했다.", "보도자료"]).publisher is None


def test_a_blog_names_itself_and_its_writer() -> None:
    text = "\n\n".join(
        [
            "티스토리",
            "메모리 수첩 | 반도체 공부 블로그",
            HEADLINE,
            "칩토끼 · 2025. 10. 2. 22:10",
            BODY,
        ]
    )
    got = meta(text)
    assert (got.title, got.publisher, got.author, got.published) == (
        HEADLINE,
        "메모리 수첩",
        "칩토끼",
        "2025-10-02",
    )


def test_a_news_byline_with_a_middle_dot_is_no_blog_writer() -> None:
    # without a blog's header "매체 · date" stays what it was: the outlet's field
    assert issued_by(["칩뉴스", HEADLINE, "칩뉴스 · 2025. 10. 2. 22:10"]).author is None


@pytest.mark.parametrize(
    "caption",
    [
        "[사진] 2025.09.01 서울 코엑스 반도체대전 현장 (사진=주최 측 제공)",
        "서울 코엑스 반도체대전에 전시된 웨이퍼 (사진=삼성전자 제공)",
        "<사진> 반도체대전 전시장",
    ],
)
def test_a_photo_caption_above_the_headline_is_no_title(caption: str) -> None:
    assert meta("\n\n".join([caption, HEADLINE, "입력 2025.09.01 10:00", BODY])).title == HEADLINE


def test_a_headline_over_two_lines_is_joined_when_it_runs_on() -> None:
    lines = [
        "칩뉴스",
        "",
        "삼성전자, HBM4 양산 앞두고",
        "엔비디아 인증 막바지",
        "",
        "입력 2025.09.01",
        "",
    ]
    joined = "삼성전자, HBM4 양산 앞두고 엔비디아 인증 막바지"
    assert two_line_title(lines, "삼성전자, HBM4 양산 앞두고") == joined
    assert meta("\n".join([*lines, BODY])).title == joined


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("인텔, 가우디 3 가격 인하", "데이터센터 고객 확보에 총력"),  # a full headline, then a deck
        ("삼성전자, 업계 최고", "- 16단 HBM4E 샘플 출하"),  # a noun in 고; a bullet
        ("마이크론, HBM4 공급 확대하며", "김하늘 기자 | 승인 2025.09.01 10:00"),  # a byline
        ("SK하이닉스, 실적 발표하며", "회사는 HBM 매출이 두 배 늘었다고 밝혔다."),  # a sentence
    ],
)
def test_a_deck_or_a_byline_under_the_headline_is_not_joined(first: str, second: str) -> None:
    lines = ["칩뉴스", "", first, second, "", "입력 2025.09.01", ""]
    assert two_line_title(lines, first) == first


def test_two_lines_are_not_joined_where_the_text_has_no_blank_lines() -> None:
    lines = ["칩뉴스", "삼성전자, HBM4 양산 앞두고", "엔비디아 인증 막바지", "입력 2025.09.01"]
    assert two_line_title(lines, lines[1]) == lines[1]


@pytest.mark.parametrize(
    ("line", "author", "publisher"),
    [
        ("【런던=뉴스핌】 배서진 특파원 = 영국 반도체 설계 회사가", "배서진", "뉴스핌"),
        ("(뉴욕 AP=뉴시스) 미국 반도체 업체가 새 칩을 공개했다.", None, "뉴시스"),
        ("崔秀賢 논설위원", "崔秀賢", None),
        ("李東俊 산업전문 논설위원", "李東俊", None),
        ("Grace Kim 기자 | 2025.09.01 09:10", "Grace Kim", None),
        ("작성자 마리아 곤잘레스(마드리드무역관)", "마리아 곤잘레스", None),
    ],
)
def test_round_eight_bylines(line: str, author: str | None, publisher: str | None) -> None:
    byline = read_byline(line)
    assert byline is not None and (byline.author, byline.publisher) == (author, publisher)


def test_a_dateline_tag_without_a_word_of_an_outlet_is_none() -> None:
    # "모임" after "=" is neither listed nor shaped like an outlet's name: no byline
    assert read_byline("(서울 현장=모임) 참석자들이 새 칩을 봤다.") is None


def test_a_report_s_labelled_fields_name_no_outlet() -> None:
    line = "작성일 2025-10-20 | 국가 독일 | 무역관 뮌헨무역관 | 작성자 한도윤(뮌헨무역관)"
    byline = read_byline(line)
    assert byline is not None and (byline.author, byline.publisher) == ("한도윤", None)


def test_an_agency_acronym_and_its_product_are_one_name() -> None:
    text = "\n\n".join(["KOTRA 해외시장뉴스", HEADLINE, "작성일 2025-10-20", BODY])
    assert meta(text).publisher == "KOTRA 해외시장뉴스"


def test_a_dated_agency_line_at_the_bottom_dates_the_article() -> None:
    text = "\n\n".join([HEADLINE, BODY, "【서울=뉴스핌】 2025.07.02 오전 9:10 송고"])
    assert meta(text).published == "2025-07-02"


def test_an_english_date_with_a_full_stop_after_the_day() -> None:
    assert parse_date("Dec 09. 2025") == "2025-12-09"
    assert parse_date("Mar 4. 2025") == "2025-03-04"


PAGE = """<html><head><meta charset="utf-8"><title>칩 소식</title>
<meta name="author" content="{author}"></head><body>
<h1>퀄컴, 데이터센터 추론 칩 공개…엔비디아와 정면 승부</h1>
<div class="byline"><span>하윤서 기자</span> <span>입력 2025.10.29 09:30</span></div>
<article><p>퀄컴이 데이터센터용 AI 추론 칩을 공개했다. 회사는 전력 효율을 가장 큰 강점으로 내세웠다.</p>
<p>첫 고객은 중동의 AI 기업이다. 퀄컴은 내년부터 랙 단위 시스템도 함께 공급할 계획이라고 밝혔다.</p>
<p>업계에서는 스마트폰 NPU에서 쌓은 저전력 설계 경험이 데이터센터에서도 통할지 주목하고 있다.</p>
<p>퀄컴은 새 칩이 메모리 용량을 크게 늘려 대형 언어모델을 한 장의 카드에서 돌릴 수 있다고 설명했다.
가격은 공개하지 않았지만 경쟁 제품보다 총소유비용이 낮다는 점을 강조했다.</p>
<p>시장조사업체들은 추론용 가속기 시장이 학습용보다 빠르게 커질 것으로 보고 있으며, 새로운 경쟁자가
늘어나면서 데이터센터 고객의 선택지도 넓어질 것이라고 전망했다.</p>
</article></body></html>"""


@pytest.mark.parametrize("outlet", ["Chip Daily", "칩리뷰뉴스"])
def test_meta_author_holding_an_outlet_s_name_is_no_writer(outlet: str) -> None:
    page = extract_article(PAGE.format(author=outlet))
    assert page.author == "하윤서"


def test_meta_author_holding_a_person_stays() -> None:
    assert extract_article(PAGE.format(author="문가온")).author == "문가온"
