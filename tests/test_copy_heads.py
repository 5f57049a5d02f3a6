"""Lines over a copied page that are no headline (issue 13, session 17 last
fix; extract_dev48 p03–p06 p08 p14–p16, extract_dev51 b03–b05 b08 b09 b14
b18 b22; tuning 456–465).

A subscribe call, cut site chrome, a messenger room and its stamps, a
clipping's section, a company/ticker line, a report number, a correction's
outlet line, a show-notes header, a tagged issuer line and a digest's dated
head are no headline; a repost's own head, a roundup's numbers and a digest's
item marks go; a headline broken over two lines is read whole (a one-line
copy is r18fix44's run_on). Headlines of the same shapes stay."""

from __future__ import annotations

import pytest

from summarizer.copy_heads import copy_chrome, copy_lines
from summarizer.mail import letter_title
from summarizer.metadata import extract_metadata


def _title(text: str) -> str | None:
    return extract_metadata([ln.strip() for ln in text.strip().splitlines()]).title


@pytest.mark.parametrize(
    "line",
    [
        "이 언론사를 지금 바로 구독해보세요!",
        "om.co.kr 로그인 | 회원가입",
        "[텔레그램] 2차전지 스터디",
        "오후 11:02 최민재",
        "4. 조선",
        "한미반도체 (042700)",
        "STEPI 인사이트 리포트 제2026-3호",
        "국민일보 | 바로잡습니다",
        "▶ 한경 팟캐스트 〈머니 톡〉 쇼노트",
        "[보도자료] 딥엑스 (DEEPX Co., Ltd.)",
        "[머니투데이 뉴스 브리핑] 5월 2일 오후 증권",
    ],
)
def test_copy_chrome_lines(line: str) -> None:
    assert copy_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "구독경제 시장, 올해 20조 넘는다",
        "한미반도체: TC본더 수주, 하반기에도 이어진다",
        "1. 한미반도체, TC본더 300대 수주…역대 최대",
        "[보도자료] 딥엑스, 엣지 NPU 2세대 칩 공개",
        "[단독] 카카오톡 선물하기 거래액 4조 돌파",
        "'바로잡습니다' 코너 10년…정정 보도 늘었다",
    ],
)
def test_headlines_stay(line: str) -> None:
    assert not copy_chrome(line)


def test_roundup_numbers_and_item_marks_go() -> None:
    lines = [
        "1. 첫 헤드라인이 여기 있다",
        "본문",
        "2. 둘째 헤드라인",
        "● 셋째 헤드라인이 여기에 있습니다",
    ]
    assert copy_lines(lines) == ["첫 헤드라인이 여기 있다", "본문", "둘째 헤드라인", lines[3][2:]]
    assert copy_lines(["1. 반도체", "본문"]) == ["1. 반도체", "본문"]  # no item 2: a section


def test_chat_message_under_stamp_goes() -> None:
    lines = [
        "오후 3:01 이도윤",
        "이거 보셨어요? 꽤 크네요",
        "오후 3:02 이도윤",
        "[매체] 헤드라인 자리",
    ]
    assert copy_lines(lines) == ["오후 3:01 이도윤", "오후 3:02 이도윤", "[매체] 헤드라인 자리"]


def test_repost_head_goes() -> None:
    text = """
[자유게시판] 요즘 메모리 값 (펌)
작성자: 램덕후 | 조회 88
블로터 기사 가져왔습니다. 참고하세요.
D램 고정가 3개월째 상승…서버용 수요 견조
본문 첫 문장이 여기에 있습니다.
"""
    assert _title(text) == "D램 고정가 3개월째 상승…서버용 수요 견조"


def test_wrapped_headline_joined() -> None:
    text = """
리벨리온 아톰 맥스, 일본
통신사 서버에 첫 탑재
등록 2026.07.01 10:00
리벨리온이 자사 NPU 아톰 맥스를
일본 통신사 서버에 공급한다고 1일 밝혔다. 첫 물량은
서버 200대 규모로 연내 설치를 마치고 회사는 이번 계약을
계기로 중동 시장에도 진출한다.
"""
    assert _title(text) == "리벨리온 아톰 맥스, 일본 통신사 서버에 첫 탑재"


def test_unwrapped_headline_keeps_its_subtitle_apart() -> None:
    text = """
리벨리온 아톰 맥스, 일본 통신사 서버에 첫 탑재
중동 진출도 추진
등록 2026.07.01 10:00
리벨리온이 자사 NPU 아톰 맥스를 일본 통신사 서버에 공급한다고 1일 밝혔다.
"""
    assert _title(text) == "리벨리온 아톰 맥스, 일본 통신사 서버에 첫 탑재"


def test_letter_tag_gives_way_to_printed_headline() -> None:
    subject = "[한경 모닝 칩스] 이번 주 한 가지 이야기"
    assert (
        letter_title(subject, lambda: "인텔, 파운드리 고객 두 곳 확보")
        == "인텔, 파운드리 고객 두 곳 확보"
    )
    assert letter_title(subject, lambda: None) == subject
    assert letter_title("삼성 HBM4 통과", lambda: "다른 줄") == "삼성 HBM4 통과"
