"""Odd pages (dev33/dev34 leftovers, r16fix25): bilingual and desk-head
bylines, a foreign name in an agency's bracketed byline, a programme line
and a transcript's header, a portal's path, a release's kind word, a
byline's own date on an HTML page."""

from __future__ import annotations

import pytest

from summarizer.credit_lines import credit_fields
from summarizer.extract import extract_article
from summarizer.metadata import extract_metadata
from summarizer.odd_pages import desk_name, header_date, is_portal, odd_byline, programme_line

_BODY = [
    "",
    "시청은 21일 새 제도를 발표했다. 시행은 다음 달부터다.",
    "",
    '담당자는 "현장 의견을 더 듣겠다"고 말했다.',
    "",
    "업계는 제도가 자리 잡으려면 시간이 걸린다고 본다. 지원 예산도 늘려야 한다는 목소리가 나온다.",
]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Minji Cho (조민지 기자)", "조민지"),
        ("Kevin Lee (이케빈 특파원)", "이케빈"),
        ("나세윤 정치2부장 | 입력 2025.04.01 06:00", "나세윤"),
        ("여태오 편집국장 · 2025.04.01", "여태오"),
        ("[런던=뉴스핌] 올리비아 정 특파원 = 영국 정부가", "올리비아 정"),
    ],
)
def test_odd_bylines_name_the_writer(line: str, author: str) -> None:
    found = odd_byline(line)
    assert found is not None and found.author == author
    assert credit_fields(line)[0] == author


@pytest.mark.parametrize(
    "line",
    [
        "[서울=뉴스핌] 김민수 이영희 기자 = 정부가",  # two Korean names, not one
        "[서울=뉴스핌] 산업부 김민수 기자 = 정부가",  # a desk and a name
        "나세윤 정치2부장은 1일 회의에서 밝혔다",  # a sentence
        "By the numbers (숫자로 보기)",
    ],
)
def test_not_odd_bylines(line: str) -> None:
    found = odd_byline(line)
    assert found is None or found.author is None


def test_desk_name_drops_the_rank() -> None:
    assert desk_name("문태수 산업부장") == "문태수"
    assert desk_name("문태수 경제2부 차장") == "문태수"
    assert desk_name("산업부장") is None


def test_portal_and_programme_lines() -> None:
    assert is_portal("다음 뉴스") and is_portal("NAVER") and not is_portal("뉴스1")
    assert programme_line("SBS 라디오 <경제 읽기>")
    assert programme_line("■ 대담 : 이름 교수")
    assert not programme_line("엔비디아 <블랙웰> 출하 시작")


def test_header_dates() -> None:
    assert header_date(["■ 날짜 : 2024년 3월 5일 (화요일)"]) == "2024-03-05"
    assert header_date(["SBS 8뉴스  2025.02.03 (월) 20:10"]) == "2025-02-03"
    assert header_date(["날씨가 좋다 2025.02.03"]) is None


def test_portal_path_and_release_kind_word() -> None:
    reprint = extract_metadata(
        [
            "다음 뉴스 > 경제",
            "",
            "연합뉴스",
            "세금 신고 기한 연장",
            "",
            "(서울=연합뉴스) 오가람 기자 = 국세청이",
        ]
        + _BODY
    )
    assert reprint.publisher == "연합뉴스"
    release = extract_metadata(
        ["보도자료 | 뉴스와이어 배포 | 2025년 05월 02일", "", "가온랩, 신제품 출시", ""]
        + ["부산--(뉴스와이어)--가온랩이 신제품을 출시한다고 2일 밝혔다.", *_BODY]
    )
    assert release.publisher == "뉴스와이어"


def test_transcript_header_is_no_title() -> None:
    lines = [
        "SBS 라디오 <경제 읽기>",
        "■ 방송 : SBS 러브FM",
        "■ 날짜 : 2024년 3월 5일 (화요일)",
        "",
    ]
    found = extract_metadata(
        [*lines, "금리 인하, 언제 오나", "", "◇ 앵커> 금리가 내려갈까요?", *_BODY]
    )
    assert found.title == "금리 인하, 언제 오나"
    assert found.published == "2024-03-05"


def test_html_byline_date_and_desk_author() -> None:
    page = (
        "<html><body><article><h1>시내버스 노선 개편 첫날 혼잡</h1>"
        "<p class='byline'>하은솔 기자 · 2025.05.06 08:30 · 수정 2025.05.06 10:00</p>"
        + "".join(
            f"<p>{line} 시민들의 불편은 한동안 이어질 전망이다.</p>" for line in _BODY if line
        )
        + "</article></body></html>"
    )
    article = extract_article(page)
    assert article.author == "하은솔" and article.published == "2025-05-06"
