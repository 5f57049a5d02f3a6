"""Heads of the families session 17 fixed, in other shapes (issue 13, session
17 final fix; extract_dev53 a01 a03 a05 a07 a11 a13; tuning 487–494).

An app bar with a back control, a chat export's head of any messenger, a
channel's name with or without ``#``, a Slack-style ``이름  오전 9:14`` stamp,
a letter's subject naming only its issue, a reading-mode or reading-time
line in any order, and the masthead in front of a run-on copy are no
headline. Headlines of near shapes stay."""

from __future__ import annotations

import pytest

from summarizer.copy_heads import copy_chrome, copy_lines
from summarizer.metadata import extract_metadata
from summarizer.odd_heads import letter_subject
from summarizer.page_chrome import app_bar
from summarizer.run_on import run_on_lines
from summarizer.title_lines import reader_status_line


def _title(text: str) -> str | None:
    return extract_metadata([ln.strip() for ln in text.strip().splitlines()]).title


@pytest.mark.parametrize(
    "line",
    [
        "<  뒤로   경제   공유  글자크기",
        "←  정치  가가  공유하기  ⋮",
        "‹ 이전  스크랩  인쇄",
        "뒤로 ≡",
    ],
)
def test_app_bars_with_a_back_control(line: str) -> None:
    assert app_bar(line)


@pytest.mark.parametrize(
    "line", ["< 삼성전자 엔비디아 납품 >", "뒤로 물러선 반도체 업계", "공유 경제의 그늘 뒤로"]
)
def test_lines_with_back_words_are_no_bar(line: str) -> None:
    assert not app_bar(line)


@pytest.mark.parametrize(
    "line",
    [
        "[반도체 스터디방] 카카오톡 대화",
        "소부장 투자 모임 님과 카카오톡 대화",
        "장비주 연구회 텔레그램 대화 내용",
        "Telegram chat with 팹리스 모임",
        "저장한 날짜 : 2026-11-18 21:40:12",
        "ai-infra-watch",
        "#반도체-공유",
        "# fab_equipment-news",
        "정해린  오전 9:14",
    ],
)
def test_chat_and_channel_heads(line: str) -> None:
    assert copy_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "카카오톡 대화 내용도 증거로…반도체 기술 유출 재판",
        "SK-하이닉스",
        "GB300-NVL72 랙 첫 출하",
        "삼성, 텔레그램 대화방 통해 기술 유출 정황",
    ],
)
def test_headlines_of_near_shapes_stay(line: str) -> None:
    assert not copy_chrome(line)


def test_exported_message_heads_go() -> None:
    lines = [
        "[박준형] [오전 10:02] [속보] 헤드라인이 여기 있다",
        "2026년 6월 9일 오전 9:02, 민서후 : 링크",
    ]
    assert copy_lines(lines) == ["[속보] 헤드라인이 여기 있다", "링크"]


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        ("[더밀크 위클리] 11월 셋째 주 | 웹에서 보기", True),
        ("[반도체 데일리 브리핑] 제212호 | 웹에서 보기", True),
        ("[칩 레터] 2026.11.20 (금)", True),
        ("[테크 위클리] #31", True),
        ("[더밀크 위클리] 엔비디아 루빈, 내년 1분기 조기 출하", False),
    ],
)
def test_letter_subjects_naming_the_issue(line: str, subject: bool) -> None:
    assert letter_subject(line) is subject


@pytest.mark.parametrize(
    "line",
    [
        "읽기 모드 · 약 3분",
        "약 4분 · 읽기 화면",
        "5 min read · Reader view",
        "리더 모드 | 3분 읽기",
    ],
)
def test_reading_lines(line: str) -> None:
    assert reader_status_line(line)


def test_reading_time_in_a_headline_stays() -> None:
    assert not reader_status_line("3분 만에 읽는 HBM 시장")


def test_run_on_copy_loses_its_masthead() -> None:
    body = " ".join(["장비 수출이 늘었다고 회사가 밝혔다."] * 20)
    line = f"서울경제 이오테크닉스, 레이저 장비 일본 수출 입력2026.06.18 09:31 {body}"
    assert run_on_lines([line])[:2] == ["서울경제", "이오테크닉스, 레이저 장비 일본 수출"]


def test_titles_under_the_heads() -> None:
    app = "다음 뉴스\n<  뒤로   경제   공유  글자크기\n\n[1보] 한미반도체 장비 수주…300억 규모\n\n연합뉴스 | 입력 2026. 6. 4. 07:12\n"
    assert _title(app) == "[1보] 한미반도체 장비 수주…300억 규모"
    reader = "biz.chosun.com\n읽기 모드 · 약 3분\n\n원익IPS, 미국 장비 법인 설립\n\n조선비즈 | 이름 기자\n2026.06.09. 14:10\n"
    assert _title(reader) == "원익IPS, 미국 장비 법인 설립"


def test_a_letter_without_a_headline_keeps_its_subject() -> None:
    letter = (
        "[반도체 레터] 6월 셋째 주\n2026.06.19\n\n구독자님, 안녕하세요. 이번 주 소식을 모았습니다.\n\n"
        "1) 장비 — 수출이 다섯 달째 늘었습니다.\n2) 소재 — 국산 비중이 올랐습니다.\n"
    )
    assert _title(letter) == "[반도체 레터] 6월 셋째 주"
