"""Metadata rules of round eight from the blind set dev9 (issue 13; r13fix7)."""

from __future__ import annotations

import pytest
from test_metadata_layouts import BODY, meta

from summarizer.broadcast import call_sign, on_air
from summarizer.bylines import read_byline
from summarizer.extract import extract_article

HEADLINE = "엔비디아, 새 AI 칩 공개…공급 늘린다"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("YTN 김민수입니다.", ("김민수", "YTN")),
        ("G1뉴스 박도윤입니다.", ("박도윤", "G1")),
        ("kbc 최하람입니다.", ("최하람", "kbc")),
        ("지금까지 춘천에서 G1 한서온입니다.", ("한서온", "G1")),
    ],
)
def test_sign_offs_by_call_signs(line: str, expected: tuple[str, str]) -> None:
    assert on_air(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "저는 김민수입니다.",
        "그는 김민수입니다.",
        "사장 김민수입니다. 반갑습니다.",
        "올해 목표는 1위입니다.",
    ],
)
def test_no_sign_off(line: str) -> None:
    assert on_air(line) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("KNN 부산경남방송", "KNN"),
        ("EBN 산업경제신문", "EBN"),
        ("G1 강원민방", "G1"),
        ("KOTRA 해외시장뉴스", None),  # a product's name, no company name
        ("SBS Biz", None),
        ("kbc광주방송", None),
    ],
)
def test_call_sign_before_a_company_name(name: str, expected: str | None) -> None:
    assert call_sign(name) == expected


@pytest.mark.parametrize(
    ("line", "author", "publisher"),
    [
        ("칩와이드 (홍서준 기자)", "홍서준", "칩와이드"),
        ("김철수 (인턴 기자)", "김철수", None),
        ("오세진 | CIO KR", "오세진", "CIO KR"),
        ("정하람 | 테크뉴스", "정하람", "테크뉴스"),
        ("[EBN 산업경제신문 안서윤 기자]", "안서윤", "EBN"),
        ("출처: 칩데일리뉴스 (chipdailynews.kr) · 11월 2일 오후 3:20", None, "칩데일리뉴스"),
    ],
)
def test_round_eight_bylines(line: str, author: str | None, publisher: str | None) -> None:
    byline = read_byline(line)
    assert byline is not None and (byline.author, byline.publisher) == (author, publisher)


@pytest.mark.parametrize(
    "line",
    [
        "반도체 | 삼성전자",
        "본사 전경 (홍서준 기자)",
        "출처: 회사 제공",
        "출처: 연합뉴스",
        "사진 (홍서준 기자)",
    ],
)
def test_not_bylines(line: str) -> None:
    byline = read_byline(line)
    assert byline is None or byline.publisher is None


def test_a_trailing_outlet_tag_is_the_site_not_the_headline() -> None:
    found = meta(f"{HEADLINE} [칩타임스]\n2025.10.14 10:00\nBy 류하은 기자\n\n{BODY}")
    assert (found.title, found.publisher) == (HEADLINE, "칩타임스")
    kept = meta(f"{HEADLINE} [종합]\n2025.10.14 10:00\n\n{BODY}")
    assert kept.title == f"{HEADLINE} [종합]"


def test_an_outlet_and_date_line_above_the_headline() -> None:
    found = meta(f"UBC 울산방송 | 2025.12.09 (화) 20:05\n\n{HEADLINE}\n\n{BODY}")
    assert (found.title, found.publisher, found.published) == (HEADLINE, "UBC", "2025-12-09")


def test_a_saved_mail_subject_is_the_title() -> None:
    text = f"보낸사람: 칩레터 <a@chipletter.kr>\n받는사람: 구독자\n제목: {HEADLINE}\n\n{BODY}"
    assert meta(text).title == HEADLINE


def test_a_digest_mail_takes_its_main_story() -> None:
    text = (
        "From: 칩레터 <a@chipletter.kr>\nTo: 구독자\n"
        "Subject: [칩레터 #12] 엔비디아 새 칩 외 2건\nDate: 2025년 10월 14일 (화) 오전 6:30\n\n"
        f"안녕하세요, 칩레터입니다. 오늘 소식입니다.\n\n━━ 메인 ━━\n{HEADLINE}\n\n{BODY}"
    )
    found = meta(text)
    assert (found.title, found.published) == (HEADLINE, "2025-10-14")


def test_a_feed_reader_counter_is_no_title() -> None:
    assert meta(f"반도체 · 안 읽음 7\n{HEADLINE}\n2025.11.02 15:20\n\n{BODY}").title == HEADLINE


PAGE = """<html><head><title>chipwire</title>
<meta name="author" content="chipwire">
<meta property="article:published_time" content="2025-09-05T18:20:00+09:00"></head>
<body><div id="logo">chipwire 칩와이어</div>
<h1>{headline}</h1>
<div class="writer">남도윤 기자 · 기사입력 2025.09.03 08:30 · 최종수정 2025.09.05 18:20</div>
<div class="body"><p>{body}</p><p>{body}</p><p>{body}</p><p>{body}</p></div>
<div class="footer">Copyright by chipwire All rights reserved.</div></body></html>"""


def test_html_visible_labelled_date_logo_pair_and_outlet_author() -> None:
    body = BODY + " 국내 클라우드 업체들도 도입을 서두르고 있다. 가격은 아직 공개되지 않았다."
    article = extract_article(PAGE.format(headline=HEADLINE, body=body))
    assert (article.published, article.publisher, article.author) == (
        "2025-09-03",
        "칩와이어",
        "남도윤",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("공급 부족이 이어질 것으로 봅니다. SBS Biz 이서윤입니다.", ("이서윤", "SBS Biz")),
        ("당분간 이어질 전망입니다. YTN 김민수입니다.", ("김민수", "YTN")),
        ("목표는 1위입니다. 사장 김민수입니다.", None),  # no listed broadcaster
        ("설명을 들어보겠습니다. 저는 김민수입니다.", None),
    ],
)
def test_a_sign_off_ending_a_long_turn(line: str, expected: tuple[str, str] | None) -> None:
    found = read_byline(line)
    got = (found.author, found.publisher) if found else None
    assert got == expected
