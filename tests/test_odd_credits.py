"""Credits and heads of odd pages (session 16 second round, dev42/dev43):
analysts, outlets between name and role, aggregator sources, photo-and-text
credits, letter senders, magazine and column heads, forwarded mail dates."""

from __future__ import annotations

from summarizer.anchor_intro import introduced_reporter
from summarizer.clean import clean_article
from summarizer.forwards import forward_free
from summarizer.odd_credits import (
    head_outlet,
    newsroom_issuer,
    odd_credit,
    plain_credit,
    sender_outlet,
    sent_date,
)

_BODY = "엔비디아가 새 칩을 내놨다고 밝혔다. 업계는 반응이 뜨겁다고 말했다.\n\n두 번째 문단도 길게 이어진다고 한다."


def test_analyst_lines_name_firm_and_analyst() -> None:
    assert odd_credit("대신증권 | 애널리스트 모지안 | 2026.03.02") == (
        "모지안",
        "대신증권",
        "2026-03-02",
    )
    assert odd_credit("삼성증권 차유진 / 작성일 2026.02.11") == ("차유진", "삼성증권", "2026-02-11")
    assert odd_credit("한국투자증권 | 연구원 봉서하 | 2025.12.30")[0] == "봉서하"  # type: ignore[index]


def test_an_analyst_line_needs_a_date() -> None:
    assert odd_credit("대신증권 | 애널리스트 모지안 | 반도체") is None
    assert odd_credit("미래에셋증권 이번 주 추천 종목") is None


def test_outlet_between_name_and_role() -> None:
    assert odd_credit("공서윤 테크데일리 기자 승인 2026.01.08 10:00") == (
        "공서윤",
        None,
        "2026-01-08",
    )
    assert odd_credit("공서윤 산업부 기자") is None  # a desk, not an outlet
    assert odd_credit("공서윤 경제 기자") is None


def test_aggregator_source_line() -> None:
    got = odd_credit("출처: 뉴스핌 · 2026. 1. 9. · 금하람 기자")
    assert got == ("금하람", "뉴스핌", "2026-01-09")
    assert odd_credit("출처: 뉴스핌 · 3시간 전 · 금하람 기자") is None  # no date: not this line


def test_plain_credits_in_the_head() -> None:
    assert plain_credit(["제목", "", "사진·글 여하율", "", "본문"]) == "여하율"
    assert plain_credit(["제목", "", "탁지온 전문위원", "", "본문"]) == "탁지온"
    assert plain_credit(["제목", "", "반도체 전문위원", "", "본문"]) is None


def test_letter_sender_with_its_letter_in_brackets() -> None:
    lines = ["칩노트 #3 — 제목", "보낸 사람: 우서진 (칩노트 편집장)", "본문"]
    assert odd_credit(lines[1]) == ("우서진", None, None)
    assert sender_outlet(lines) == "칩노트"
    assert sent_date(["2026년 3월 1일 일요일 아침에 보내드립니다"]) == "2026-03-01"
    assert sent_date(["다음 주에도 보내드립니다"]) is None


def test_heads_of_magazines_and_columns() -> None:
    assert head_outlet("매일신문 오피니언") == "매일신문"
    assert head_outlet("주간조선 제2890호 | 경제") == "주간조선"
    assert head_outlet("월간중앙 제201호 | 산업") == "월간중앙"  # unlisted, with its issue
    assert head_outlet("엔비디아 오피니언") is None  # no outlet
    assert head_outlet("매일신문 반도체 공장 가보니") is None  # a headline


def test_a_forwards_own_date_is_no_articles_date() -> None:
    lines = ["---------- Forwarded message ---------", "From: 가 <a@b.c>", "Date: 2026년 1월 2일"]
    assert forward_free(lines)[2] == ""
    plain = ["From: 가 <a@b.c>", "Date: 2026년 1월 2일", "Subject: 레터"]
    assert forward_free(plain) == plain  # a letter's own date stays


def test_reporter_the_anchor_talks_with() -> None:
    lines = ["[앵커]", "어떻게 된 일인지 경제부 남하린 기자와 짚어보겠습니다.", "[기자]", "네."]
    assert introduced_reporter(lines) == "남하린"


def test_end_to_end_column_signed_with_a_slash() -> None:
    text = f"경인일보 오피니언\n\n[칼럼] 칩의 시대\n\n{_BODY}\n\n/허다온 인하대 전자공학과 교수\n"
    meta = clean_article(text).metadata
    assert (meta.publisher, meta.author) == ("경인일보", "허다온")


def test_end_to_end_forward_keeps_the_articles_date() -> None:
    text = (
        "---------- Forwarded message ---------\nFrom: 가나다 <a@b.c>\n"
        "Date: 2026년 1월 16일 (금) 오전 8:12\nSubject: 칩 기사, 공유합니다 길게\nTo: 팀 <t@b.c>\n\n"
        f"칩 기사, 공유합니다 길게\n입력 : 2026-01-15 17:42:10\n[서울경제 홍길동 기자]\n\n{_BODY}\n"
    )
    assert clean_article(text).metadata.published == "2026-01-15"


def test_newsroom_release_names_its_issuer_in_hangul() -> None:
    lines = [
        "NPUCO  제품  뉴스룸",
        "뉴스룸 > 보도자료",
        "헤드라인",
        "미디어 문의: 엔피유코 홍보팀 pr@x.ai",
    ]
    assert newsroom_issuer("NPUCO", lines) == "엔피유코"
    assert newsroom_issuer("NPUCO", lines[2:]) is None  # no newsroom path: a news page
    assert newsroom_issuer("엔피유코", lines) is None  # already in Hangul
