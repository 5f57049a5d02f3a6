"""Metadata layouts of round six (issue 13, extract_dev6's first run)."""

from __future__ import annotations

import pytest
from test_metadata_layouts import BODY, meta

from summarizer.bylines import read_byline
from summarizer.holders import copyright_holder
from summarizer.outlet_domains import korean_name, outlet_in_text

HEADLINE = "엔비디아, 새 AI 칩 공개…공급 늘린다"


@pytest.mark.parametrize(
    ("line", "author", "publisher"),
    [
        ("강다온·여민재 기자 daon@chip.example.kr, minjae@chip.example.kr", "강다온·여민재", None),
        ("류하진 기자 (칩시그널)", "류하진", "칩시그널"),
        ("한소율 | Reporter", "한소율", None),
        ("타나카 미오 | Reporter Apr. 9, 2025 11:30", "타나카 미오", None),
        ("글: Daniel Brooks, Semi Review / 번역: 편집팀", "Daniel Brooks", None),
        ("설나래 기자 ─ 2025년 8월 12일 화요일 오후 4시 20분", "설나래", None),
        ("[칩웨이브ㅣ문다인 기자] 마이크로소프트가 칩을 늘린다.", "문다인", "칩웨이브"),
        ("발행 2025년 5월 9일 오후 3시 5분 · 글 남궁서진 편집장", "남궁서진", None),
        ("방송일 2025.10.02 | KNN 뉴스", None, "KNN"),
        ("주간칩스 제208호 | 입력 2025-06-30 06:00:12", None, "주간칩스"),
        ("2025-03-04 14:20:05 출처: 동방통신", None, "동방통신"),
        ("【상하이 3월4일 동방통신】 하이곤이 생산을 늘린다고 전했다.", None, "동방통신"),
        ("오지안 Reporter | 2025.09.09 10:10", "오지안", None),
        ("글·사진: Lena Hoffmann", "Lena Hoffmann", None),
        ("진서하 기자 ㅡ 2025년 10월 14일 화요일 오전 7시 30분", "진서하", None),
        ("한다온 기자입력2025.07.21 14:30", "한다온", None),
        ("글 우서윤 기자 · 사진 이태오 기자", "우서윤", None),
        ("편하율 기자 · 칩파크 · 2025.09.15", "편하율", "칩파크"),
        ("Olivia Han | September 3, 2025", "Olivia Han", None),
        ("칩라인코리아 | 서지호 | 2025.10.20", "서지호", "칩라인코리아"),
        ("윤채린 에디터 | 2025.11.03", "윤채린", None),
    ],
)
def test_round_six_bylines(line: str, author: str | None, publisher: str | None) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.author, byline.publisher) == (author, publisher)


@pytest.mark.parametrize(
    "line",
    [
        "김철수 기자 (인턴)",  # a role or a place in parentheses is no outlet
        "김철수 기자 (해운대구)",
    ],
)
def test_round_six_guards(line: str) -> None:
    byline = read_byline(line)
    assert byline is None or byline.publisher is None


@pytest.mark.parametrize(
    "line",
    [
        "칩뉴스 | 반도체부 | 2025.10.20",
        "칩뉴스 | 인터뷰 | 2025.10.20",
        "Chip Street Journal | May 2, 2025",
    ],
)
def test_a_section_or_an_outlet_in_a_field_is_no_author(line: str) -> None:
    byline = read_byline(line)
    assert byline is None or byline.author is None


def test_a_two_letter_word_before_news_is_no_broadcaster() -> None:
    byline = read_byline("IT 뉴스 | 2025-06-30")
    assert byline is None or byline.publisher != "IT"


def test_the_source_after_an_english_byline_is_no_author() -> None:
    assert meta(f"{HEADLINE}\nBy Maria Keller, EE Times\n\n{BODY}").author == "Maria Keller"
    assert meta(f"{HEADLINE}\nBy Emily Post\n\n{BODY}").author == "Emily Post"


def test_an_outlet_printed_in_english_is_named_in_korean() -> None:
    assert copyright_holder("ⓒ Chip Harbor Times. 칩하버타임스") == "칩하버타임스"
    assert copyright_holder("Copyrights ⓒ Semi World (세미월드)") == "세미월드"
    assert copyright_holder("[ⓒ 칩데스크 / 무단전재·재배포 금지]") == "칩데스크"
    assert copyright_holder("ⓒ Chip Harbor (사진=칩하버)") == "Chip Harbor"
    assert copyright_holder("Copyright ⓒ TV CHOSUN. 무단전재 및 재배포 금지") == "TV조선"
    assert korean_name("the korea herald") == "코리아헤럴드"
    assert korean_name("ZDNet Korea") == "지디넷코리아"  # the blind sets label it so


def test_a_domain_names_the_outlet_it_belongs_to() -> None:
    assert outlet_in_text("hjlee@aitimes.kr") == "인공지능신문"
    assert outlet_in_text("kim@aitimes.com") == "AI타임스"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Friday, March 7, 2025, 09:12", "2025-03-07"),
        ("Thurs. Mar 6, 2025 10:00 KST", "2025-03-06"),
        ("2025-03-04 14:20:05 출처: 동방통신", "2025-03-04"),
        ("설나래 기자 ─ 2025년 8월 12일 화요일 오후 4시 20분", "2025-08-12"),
    ],
)
def test_round_six_date_lines(line: str, published: str) -> None:
    assert meta(f"{HEADLINE}\n{line}\n\n{BODY}").published == published


def test_an_update_date_alone_is_the_date() -> None:
    """Convention kept (day3's labels): a page that shows only its update date
    is dated by it; a publication date, where printed, wins."""
    assert meta(f"{HEADLINE}\n업데이트 2025.10.28 08:15\n\n{BODY}").published == "2025-10-28"
    text = f"{HEADLINE}\n업데이트 2025.10.28 08:15 / 입력 2025.10.27 07:00\n\n{BODY}"
    assert meta(text).published == "2025-10-27"
