"""Page chrome, newsletters, group names and newsrooms (issue 13, session 16,
extract_dev36 m02 m07 m08 m10 m11 m13 m14 m16; tuning 337–340, 343–346).

An app bar, a ``>`` breadcrumb, a release's field line, a messenger channel's
line and a print page's running head are no headline; headlines carrying the
same words stay titles."""

from __future__ import annotations

import pytest

from summarizer.headers import issued_by, issuer_publisher, two_line_title
from summarizer.holders import copyright_holder
from summarizer.mail import letter_sender, letter_title
from summarizer.metadata import extract_metadata
from summarizer.never_heads import head_line
from summarizer.outlet_names import magazine_named
from summarizer.page_chrome import (
    app_bar,
    breadcrumb,
    picto_channel,
    release_field,
    running_head,
)


@pytest.mark.parametrize(
    "line",
    ["≡ 메뉴 아이뉴스24 🔍", "☰ 전체메뉴 뉴스핌 🔔 검색", "메뉴 칩데일리 로그인", "☰ 🔍"],
)
def test_app_bars(line: str) -> None:
    assert app_bar(line)


@pytest.mark.parametrize(
    "line", ["메뉴 개편한 카카오, AI 검색 강화", "엔비디아 메뉴얼 공개", "≡ 메뉴 칩 데일리 뉴스 🔍"]
)
def test_no_app_bar(line: str) -> None:
    assert not app_bar(line)


@pytest.mark.parametrize(
    "line", ["오피니언 > 바로잡습니다", "뉴스 › 알려드립니다", "홈 » IT » 반도체", "IT > 반도체"]
)
def test_breadcrumbs(line: str) -> None:
    assert breadcrumb(line)


@pytest.mark.parametrize(
    "line",
    [
        "삼성 HBM4, 엔비디아 기대치 > 마이크론",
        '"수요 > 공급" AI 칩 품귀 계속된다',
        "엔비디아 H100 > 가우디 3? 가격이 답한다",
    ],
)
def test_headlines_with_marks_are_no_breadcrumbs(line: str) -> None:
    assert not breadcrumb(line)


@pytest.mark.parametrize(
    "line",
    [
        "담당 부서 인공지능기반정책관 인공지능기반정책과",
        "문의 : 반도체과 사무관 홍길순 (044-000-0000)",
        "담당자: 김아무개 주무관",
        "배포일시 2025. 2. 12.(수) 10:00",
    ],
)
def test_release_fields(line: str) -> None:
    assert release_field(line)


@pytest.mark.parametrize(
    "line", ["문의 쏟아진 HBM4, 공급은 내년에", "담당 부처 바뀐 AI 반도체 예산, 550억원 투입"]
)
def test_headlines_are_no_release_fields(line: str) -> None:
    assert not release_field(line)


@pytest.mark.parametrize(
    "line", ["📢 반도체 속보방", "🔥🔥 삼성 HBM 관련 속보", "⚡ 오늘의 메모리 소식"]
)
def test_channel_lines(line: str) -> None:
    assert picto_channel(line)


@pytest.mark.parametrize(
    "line",
    [
        "🔥 삼성전자, HBM3E 12단 엔비디아 품질 테스트 막바지",
        "삼성 HBM 관련 속보",
        '📢 "루빈 앞당긴다" 엔비디아 발표',
    ],
)
def test_no_picto_channel(line: str) -> None:
    assert not picto_channel(line)


def test_running_heads() -> None:
    assert running_head("34  주간동아 2025. 3. 11  1482호") == "주간동아"
    assert running_head("이코노미스트 2025. 2. 17 제1776호  52") == "이코노미스트"
    assert running_head("주간동아 2025. 3. 11") is None  # no page, no issue: a dated stamp
    assert running_head("34 엔비디아, 2025년 3월 11일 GTC서 루빈 공개") is None
    assert head_line("34  주간동아 2025. 3. 11  1482호")


def test_magazine_named_by_running_head() -> None:
    lines = ["34  주간동아 2025. 3. 11  1482호", "ECONOMY", "헤드라인", "윤채원 기자 ycw@donga.com"]
    assert magazine_named(lines) == "주간동아"
    assert magazine_named(["12  경제 2025. 3. 11  1482호", "헤드라인"]) is None


def test_ocr_headline_over_two_lines_with_byline_under() -> None:
    lines = ["엔비디아 독주에 맞서는", "국산 NPU의 셈법", "남궁은솔 기자 nge@x.kr", "본문이다."]
    assert two_line_title(lines, lines[0]) == "엔비디아 독주에 맞서는 국산 NPU의 셈법"
    plain = ["삼성전자, HBM4 양산", "부제목이 여기에 있다", "본문이다."]
    assert two_line_title(plain, plain[0]) == plain[0]


def test_group_affiliation_is_no_part_of_the_outlet() -> None:
    assert copyright_holder("ⓒ 머니투데이 계열 더벨, 무단전재 및 재배포 금지") == "더벨"
    assert copyright_holder("ⓒ 조선미디어그룹 계열사 조선비즈, 무단전재") == "조선비즈"
    assert copyright_holder("Copyright ⓒ 테크월드뉴스. All rights reserved.") == "테크월드뉴스"


def test_english_newsroom_gives_way_to_the_stated_issuer() -> None:
    lines = [
        "LX Semicon NEWSROOM",
        "PRESS RELEASE",
        "헤드라인",
        "※ 본 보도자료는 LX세미콘이 배포한 자료입니다.",
        "© LX Semicon Co., Ltd. All rights reserved.",
    ]
    issued = issued_by(lines)
    assert issued.publisher == "LX세미콘"
    assert issuer_publisher(issued, "LX Semicon") == "LX세미콘"
    assert issued_by(lines[:3]).publisher == "LX Semicon NEWSROOM"  # nothing else stated


LETTER = [
    "보낸사람: 디지털데일리 <brief@ddaily.co.kr>",
    "받는사람: 구독자님",
    "제목: [디디 칩브리핑 #23] 이번 주 세 가지 이야기",
    "",
    "칩브리핑 · 2025년 2월 15일 토요일",
    "",
    "구글은 왜 트릴리움을 외부에 빌려주나",
    "",
    "구글이 트릴리움 물량을 늘리고 있습니다.",
    "",
    "(주)디지털데일리 | 서울시",
]


def test_tagged_subject_gives_way_to_the_letters_headline() -> None:
    assert letter_title("[칩레터 #52] 스타트업", lambda: "헤드라인") == "헤드라인"
    assert letter_title("[칩레터 #52] 스타트업", lambda: None) == "[칩레터 #52] 스타트업"
    assert letter_title("헤드라인 그 자체", lambda: "다른 줄") == "헤드라인 그 자체"
    meta = extract_metadata(LETTER)
    assert meta.title == "구글은 왜 트릴리움을 외부에 빌려주나"
    assert meta.publisher == "디지털데일리"


def test_letter_sender_only_when_stated_again() -> None:
    assert letter_sender(LETTER) == "디지털데일리"
    forwarded = ["보낸사람: 홍길동 <hong@mail.kr>", "받는사람: 나", "제목: 기사", "본문"]
    assert letter_sender(forwarded) is None
