"""Two-digit-year stamps in a page's head, and a release wire's bracketed dateline."""

from summarizer.clean import clean_article
from summarizer.head_stamps import head_stamp_date, short_year_stamp
from summarizer.release_wire import release_dateline


def test_short_year_after_byline_or_outlet() -> None:
    assert short_year_stamp("[칩뉴스 하지온 기자]  23.07.14 09:05") == "2023-07-14"
    assert short_year_stamp("영서일보 ’24.2.29(목) 21:40") == "2024-02-29"
    assert short_year_stamp("’25.10.1") == "2025-10-01"  # an apostrophe marks the year
    assert short_year_stamp("산업 | 25-06-30 오후 3:15") == "2025-06-30"


def test_short_year_needs_time_or_mark_and_a_bare_line() -> None:
    assert short_year_stamp("[칩뉴스 하지온 기자]  23.07.14") is None  # no time, no mark
    assert short_year_stamp("버전 2.1.3 18:00") is None  # not two digits . month . day
    assert short_year_stamp("점유율은 25.3.4 18:20 기준으로 집계했다 그 뒤") is None
    assert short_year_stamp("영서일보 ’24.2.30(금) 21:40") is None  # no such day
    assert short_year_stamp("2025.03.05 06:00") is None  # four digits: the ordinary reader's


def test_head_stamp_date_reads_the_head_only() -> None:
    lines = ["헤드라인", *["본문 문장입니다."] * 12, "[칩뉴스 하지온 기자]  23.07.14 09:05"]
    assert head_stamp_date(lines) is None
    assert head_stamp_date(["영서일보 ’24.2.29(목) 21:40", "헤드라인"]) == "2024-02-29"


def test_stamp_is_read_last() -> None:
    text = (
        "[칩뉴스 하지온 기자]  23.07.14 09:05\n입력 2023.07.13 18:00\n\n엔비디아가 H100을 출하했다."
    )
    assert clean_article(text).metadata.published == "2023-07-13"


def test_release_dateline_with_place_and_wire_in_one_bracket() -> None:
    assert release_dateline("(부산=뉴스와이어) 2024년 11월 05일 -- 본문이 이어진다.") == (
        "뉴스와이어",
        "2024-11-05",
    )
    assert release_dateline("(서울=칩신문) 오다솜 기자 = 본문 -- 인용") is None  # not a wire
