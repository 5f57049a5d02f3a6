"""Metadata of pages as users save or receive them (session 23, dev96's
misses, invented text): a print view's head, a saved feed's channel line,
counter and writer field, a clipping's head and its entries, a chat post's
outlet tag, a portal copy's transmission line, a newsletter's issue date and
an outlet's short name."""

from __future__ import annotations

import pytest

from summarizer.clean import clean_article
from summarizer.dated_credits import outlet_dated
from summarizer.last_fields import feed_writer
from summarizer.letter_issue import issue_article_date
from summarizer.never_heads import carrier_line, kind_of
from summarizer.odd_forms import (
    clipping_head,
    digest_entry,
    feed_channel,
    feed_field,
    print_head,
)
from summarizer.outlet_domains import korean_name, outlet_of_host

_BODY = (
    "첫 문단은 칩 업계의 움직임을 길게 전한다고 업계 관계자가 밝혔다.\n\n"
    "두 번째 문단은 업계 반응을 전한다고 밝혔다.\n\n"
    "세 번째 문단도 길게 이어진다고 한다."
)
_HEADLINE = "칩랩스, 차세대 추론칩 'X7' 양산 돌입…국내 데이터센터 첫 공급"


@pytest.mark.parametrize(
    "line",
    [
        "칩데일리 :: 인쇄하기",
        "반도체투데이 | 인쇄",
        "인쇄하기 - 칩데일리",
        "Chip Daily - Print view",
    ],
)
def test_a_print_views_head(line: str) -> None:
    assert print_head(line)
    assert kind_of(line) == "running head"


@pytest.mark.parametrize(
    "line", ["인쇄 : 2026-04-08 17:25", "삼성, 인쇄회로기판 증설", "칩랩스 - 인쇄 장비 수주"]
)
def test_no_print_head(line: str) -> None:
    assert not print_head(line)


@pytest.mark.parametrize(
    "line",
    [
        "[피드] 칩데일리 - 반도체 (https://www.chipdaily.example/rss/semi.xml)",
        "■ 칩데일리 | 산업 RSS (수집 2026-04-10 06:00)",
        "칩데일리 - 전체 (https://chipdaily.example/feed)",
    ],
)
def test_a_saved_feeds_channel_line(line: str) -> None:
    assert feed_channel(line)
    assert carrier_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "삼성, 새 칩 공개 (https://chipdaily.example/news/1)",
        "칩랩스 X7 공개 (사진)",
        "칩데일리 - 반도체",
    ],
)
def test_no_feed_channel(line: str) -> None:
    assert not feed_channel(line)


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("항목 3/50", True),
        ("Item 12 of 40", True),
        ("마지막 갱신: Fri, 10 Apr 2026 09:00:03 +0900", True),
        ("lastBuildDate: Fri, 10 Apr 2026 09:00:03 +0900", True),
        ("3/50 매출 급증", False),
    ],
)
def test_a_feed_dumps_fields(line: str, field: bool) -> None:
    assert feed_field(line) is field


def test_a_feed_items_writer_field() -> None:
    assert feed_writer(["title: 제목", "dc:creator: 한누리", "category: 산업"]) == "한누리"
    assert feed_writer(["author: 모서진 기자"]) == "모서진"
    assert feed_writer(["author: 칩데일리 편집국"]) is None


def test_a_saved_feed_item_as_text() -> None:
    text = (
        "[피드] 칩데일리 - 반도체 (https://www.chipdaily.example/rss/semi.xml)\n"
        "마지막 갱신: Fri, 10 Apr 2026 09:00:03 +0900\n항목 2/30\n\n"
        f"title: {_HEADLINE}\nlink: https://www.chipdaily.example/view/123\n"
        "pubDate: Tue, 07 Apr 2026 16:45:00 +0900\ndc:creator: 한누리\ncategory: 산업\n"
        f"description: {_BODY}\n"
    )
    meta = clean_article(text).metadata
    assert (meta.title, meta.author, meta.published) == (_HEADLINE, "한누리", "2026-04-07")


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("[칩랩스 기획팀] 4월 10일(금) 반도체 뉴스 클리핑", True),
        ("2026.04.10 언론 스크랩", True),
        ("칩랩스, 4월 10일 노후 장비 스크랩", False),  # scrapping, not a clipping
        ("2026.04.10 반도체 기사 스크랩", True),
        ("삼성, 4월 10일 실적 발표", False),
        ("클리핑 서비스 업체 칩랩스, 투자 유치", False),
    ],
)
def test_a_clippings_head(line: str, head: bool) -> None:
    assert clipping_head(line) is head


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("칩랩스, 추론칩 양산 돌입 (칩데일리, 4/9)", True),
        ("칩랩스, 추론칩 양산 돌입 (칩데일리, 4/9) ← 전문 첨부", True),
        ("칩랩스, 추론칩 양산 돌입 (연합뉴스, 2026.04.09)", True),
        ("칩랩스, 추론칩 양산 돌입 (사진, 4/9)", False),
        ("칩랩스 X7 (3세대, 7나노)", False),
    ],
)
def test_a_digests_entry(line: str, entry: bool) -> None:
    assert digest_entry(line) is entry


def test_a_clipping_carrying_one_article() -> None:
    text = (
        "[칩랩스 기획팀] 4월 10일(금) 반도체·AI 뉴스 클리핑\n\n■ 오늘의 헤드라인\n"
        "1. 정부, 반도체 장비 지원 확대 (연합뉴스, 4/9)\n"
        f"2. {_HEADLINE} (칩데일리, 4/9) ← 전문 첨부\n\n■ 전문\n\n"
        f"{_HEADLINE}\n\n입력 2026-04-09 16:40\n\n{_BODY}\n"
    )
    assert clean_article(text).metadata.title == _HEADLINE


def test_a_chat_posts_outlet_tag_goes() -> None:
    text = (
        "반도체 스터디 님과 카카오톡 대화\n저장한 날짜 : 2026-04-10 21:14:30\n\n"
        "--------------- 2026년 4월 9일 목요일 ---------------\n"
        f"[한누리] [오전 8:12] [연합뉴스] {_HEADLINE}\n"
        "[한누리] [오전 8:13] 본문 붙여요\n"
        f"[서울=연합뉴스] 모서진 기자 = {_BODY}\n"
    )
    assert clean_article(text).metadata.title == _HEADLINE


def test_a_print_view_over_the_headline() -> None:
    text = (
        "칩데일리 :: 인쇄하기\nhttps://www.chipdaily.example/arti/123.html\n"
        "인쇄 : 2026-04-08 17:25\n\n경제 > 산업\n\n"
        f"{_HEADLINE}\n\n등록 2026-04-06 19:02\n\n모서진 기자\n\n{_BODY}\n"
    )
    meta = clean_article(text).metadata
    assert (meta.title, meta.published) == (_HEADLINE, "2026-04-06")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("파이낸셜뉴스 원문 기사전송 2026-04-08 14:32 최종수정 2026-04-08 15:10", "2026-04-08"),
        ("머니투데이 기사원문 입력 2026.04.07 09:00", "2026-04-07"),
    ],
)
def test_a_portals_transmission_line(line: str, day: str) -> None:
    found = outlet_dated(line)
    assert found is not None and found[1] == day


def test_a_newsletters_issue_date_is_not_the_articles() -> None:
    lines = [
        "칩데일리 뉴스레터 | 이번 주 반도체",
        "2026년 4월 10일 (금)",
        "구독 관리 | 웹에서 보기",
        "",
        "안녕하세요, 이번 주 반도체입니다.",
        _HEADLINE,
        "모서진 기자 | 칩데일리 2026.04.08",
        *_BODY.split("\n"),
    ]
    assert issue_article_date(lines, _HEADLINE) == "2026-04-08"
    assert issue_article_date(lines, "━━━━━━━━━━━━") is None  # a rule is no headline
    assert issue_article_date(lines[3:], _HEADLINE) is None  # no letter's head
    meta = clean_article("\n".join(lines)).metadata
    assert meta.published == "2026-04-08"


def test_an_outlets_short_name_is_its_name() -> None:
    assert outlet_of_host("www.sisajournal-e.com") == "시사저널e"
    assert korean_name("시사저널이코노미") == "시사저널e"
