"""Round seventeen, second pass (dev30–dev32 leftovers): a section path's
Hangul head over a Latin copyright holder, ``이름 소속 기자``, a bracketed
byline with the mail inside, a listed outlet's section site, a section tag
alone over the headline, writers joined by commas."""

from __future__ import annotations

import pytest

from summarizer.broadcast import outlet_called
from summarizer.bylines import join_names
from summarizer.credit_lines import credit_fields
from summarizer.metadata import extract_metadata
from summarizer.title_lines import section_tag

_BODY = [
    "",
    "시청은 21일 새 제도를 발표했다. 시행은 다음 달부터다.",
    "",
    '담당자는 "현장 의견을 더 듣겠다"고 말했다.',
]


def test_section_path_head_in_hangul_beats_a_latin_holder() -> None:
    lines = [
        "누리게임즈 > 뉴스 > 리뷰",
        "",
        "인디 게임 '달빛 정원' 스팀 평가 '압도적 긍정'",
        "",
        "하도윤 기자",
        "2026-05-02 10:00",
        *_BODY,
        "",
        "Copyright ⓒ NuriGames. All rights reserved.",
    ]
    assert extract_metadata(lines).publisher == "누리게임즈"


def test_latin_holder_stays_without_a_hangul_masthead() -> None:
    lines = ["인디 게임 '달빛 정원' 스팀 평가 '압도적 긍정'", "", "하도윤 기자", *_BODY]
    assert extract_metadata([*lines, "", "Copyright ⓒ NuriGames."]).publisher == "NuriGames"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("윤서진 한빛사이언스 기자", "윤서진"),
        ("도은결 한국일보 기자", "도은결"),
        ("[코리아칩스/반하율 기자(hayul@koreachips.kr)]", "반하율"),
        ("[반하율 기자 hayul@koreachips.kr]", "반하율"),
        ("[반하율 기자(hayul@koreachips.kr)]", "반하율"),
    ],
)
def test_affiliated_and_mailed_bylines(line: str, author: str) -> None:
    assert credit_fields(line)[0] == author


def test_affiliation_names_no_publisher_and_outlet_first_stays() -> None:
    assert credit_fields("윤서진 한빛사이언스 기자")[1] is None
    assert credit_fields("[코리아칩스/반하율 기자(hayul@koreachips.kr)]")[1] == "코리아칩스"
    assert credit_fields("뉴스원 홍길동 기자")[:2] == ("홍길동", "뉴스원")


def test_two_names_before_the_role_are_no_affiliation() -> None:
    assert credit_fields("김민수 이영희 기자")[0] != "김민수"


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("뉴데일리 경제", "뉴데일리"),
        ("이데일리 마켓", "이데일리"),
        ("한국경제", "한국경제"),
        ("매일경제", "매일경제"),
        ("서울경제", "서울경제"),
        ("메타뷰 테크", "메타뷰 테크"),  # not listed: as printed
    ],
)
def test_listed_outlet_with_a_section_word(name: str, outlet: str) -> None:
    assert outlet_called(name) == outlet


def test_section_tag_alone_is_no_title() -> None:
    assert section_tag("[글로벌 테크]") and section_tag("【주간 모빌리티】")
    assert not section_tag("[CES 2026]") and not section_tag("[엔비디아, 새 칩 공개]")
    lines = [
        "[테크 인사이드]",
        "",
        "佛 스타트업, 태양광 청소 로봇 공개…사막 겨냥",
        "",
        "도가윤 기자",
    ]
    assert (
        extract_metadata([*lines, *_BODY]).title == "佛 스타트업, 태양광 청소 로봇 공개…사막 겨냥"
    )


def test_comma_joined_writers_use_the_middle_dot() -> None:
    assert join_names("남궁하람 기자, 여다솜 인턴기자") == "남궁하람·여다솜"
    assert credit_fields("남궁하람 기자, 여다솜 기자")[0] == "남궁하람·여다솜"
    assert join_names("Sarah Kim and Daniel Cho, Staff Reporters") == "Sarah Kim and Daniel Cho"
