"""Wrapper people, names and dates (summarizer.wrapper_people), with invented text."""

from __future__ import annotations

from summarizer.credit_lines import credit_fields, wrapper_author
from summarizer.extract import _publisher
from summarizer.mail import letter_sender
from summarizer.metadata import extract_metadata
from summarizer.wrapper_people import (
    platform_site,
    report_head,
    video_day,
    wrapper_name,
    wrapper_person,
)


def test_wrapper_people() -> None:
    assert wrapper_person("윤가람 드림")
    assert wrapper_person("작성자 마서윤 (총무팀)")
    assert wrapper_person("[대전=가나일보] 천소율 기자 = 시험장 전경. 2026.3.2. photo@example.kr")
    assert not wrapper_person("[대전=가나일보] 천소율 기자 = 시험장이 문을 열었다.")
    assert not wrapper_person("천소율 기자")


def test_a_wrapper_person_yields_to_a_byline() -> None:
    lines = ["작성자 마서윤 (총무팀)", "", "풍력 단지 착공…내년 가동", "천소율 기자", "본문이다."]
    assert credit_fields(lines[0])[0] is None
    assert wrapper_author(lines) == "마서윤"
    assert extract_metadata(lines).author == "천소율"
    assert extract_metadata(["공지 올립니다", "윤가람 드림"]).author == "윤가람"


def test_wrapper_names() -> None:
    assert wrapper_name("바람 레터 · 제31호 · 2026년 3월 2일(월)")
    assert wrapper_name("바람 레터 Vol. 7 · 2026.03.02")
    assert not wrapper_name("가나일보 · 2026년 3월 2일")
    assert not wrapper_name("주간소식 제31호 | 입력 2026-03-02 06:00")  # a magazine's own


def test_letter_reprinting_a_partner() -> None:
    head = ["From: 바람 레터 <hi@baram.example.kr>", "Date: Mon, 2 Mar 2026 07:00:00 +0900", ""]
    body = ["풍력 단지 착공…내년 가동", *["본문이다."] * 10]
    foot = ["이 메일은 바람 레터 구독자께 발송됩니다."]
    assert letter_sender(head + body + foot) == "바람 레터"
    reprint = ["ⓒ 한국경제, 무단 전재 및 재배포 금지"]
    assert letter_sender(head + body + reprint + foot) is None


def test_platform_site() -> None:
    assert platform_site("네이버 블로그 | 퇴근길 노트")
    assert platform_site("Daum 카페")
    assert platform_site("티스토리")
    assert not platform_site("블로터")
    assert _publisher("네이버 블로그 | 퇴근길 노트", None, "본문") is None


def test_video_day_and_report_heads() -> None:
    assert video_day("조회수 5.1만회  2026. 3. 2.  #풍력") == "2026. 3. 2."
    assert video_day("조회수 1,204회 · 2026.03.02.") == "2026.03.02."
    assert credit_fields("조회수 1,204회 · 2026.03.02.")[2] == "2026-03-02"
    assert video_day("2026.03.02 조회수 12") is None
    assert report_head("고객사 : 가나전자 홍보팀  발행 : 2026년 3월 3일(화) 07:00")
    assert report_head("작성일 2026-03-03 (화) 09:40  조회 31")
    assert not report_head("발행일 2026.03.03")
    lines = [
        "고객사 : 가나전자 홍보팀  발행 : 2026년 3월 3일(화) 07:00",
        "",
        "가나일보 | 경제 | 입력 : 2026-03-02 18:00:00",
        "",
        "풍력 단지 착공…내년 가동",
    ]
    assert extract_metadata(lines).published == "2026-03-02"
