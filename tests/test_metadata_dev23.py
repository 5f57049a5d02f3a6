"""Session 14, second fix round (issue 13, extract_dev23/dev21 first runs):
a mobile menu bar, breaking-news tickers and a series label over the
headline, a styled headline on a page without headings, a desk in the byline
field, an agency's copy reprinted by a paper, a correspondent's byline with
its 송고 stamp, a glued Hangul-Latin masthead and a past-tense sign-off."""

from __future__ import annotations

import pytest
from test_metadata_layouts import BODY, meta
from test_page_meta import PARAGRAPHS

from summarizer.broadcast import on_air
from summarizer.extract import extract_article
from summarizer.holders import copyright_holder
from summarizer.reprints import desk_name, printed_by
from summarizer.title_lines import menu_line, series_line

HEADLINE = "엔비디아, 새 AI 칩 공개…공급 늘린다"
DATE = "입력 2026.06.02 07:30"


def test_a_menu_bar_of_section_words_is_no_title() -> None:
    assert menu_line("홈 경제 산업 IT 국제 더보기")
    assert not menu_line("삼성 SK 엔비디아 AMD 인텔")
    assert not menu_line("반도체 경제 산업")  # three words: a section path's length
    found = meta(
        f"매일경제\n홈 뉴스 증권 산업 부동산 더보기\n{HEADLINE}\n김민수 기자\n{DATE}\n\n{BODY}"
    )
    assert found.title == HEADLINE


def test_breaking_news_tickers_above_the_headline_are_no_title() -> None:
    run = f"[속보] 코스피 3,000 돌파\n[속보] 내일 전국 비\n{HEADLINE}\n{DATE}\n\n{BODY}"
    assert meta(run).title == HEADLINE
    single = f"[속보] 코스피 3,000 돌파\n뉴스 > 경제\n{HEADLINE}\n{DATE}\n\n{BODY}"
    assert meta(single).title == HEADLINE


def test_a_breaking_headline_stays_the_title() -> None:
    text = f"[속보] 엔비디아, 중국 수출 재개\n{DATE}\n김민수 기자\n\n{BODY}"
    assert meta(text).title == "[속보] 엔비디아, 중국 수출 재개"


def test_a_series_label_over_the_headline_is_no_title() -> None:
    label = "[연중기획] 칩 전쟁 ③ 일본의 반격"
    text = f"중앙일보\n{label}\n{HEADLINE}\n도쿄=김민수 특파원\n{DATE}\n\n{BODY}"
    assert meta(text).title == HEADLINE
    # a tagged headline over its byline keeps its label
    assert meta(f"중앙일보\n{label}\n김민수 기자\n{DATE}\n\n{BODY}").title == label


def test_a_series_label_needs_an_episode_and_a_byline_under_the_headline() -> None:
    never = lambda line: False  # noqa: E731
    always = lambda line: True  # noqa: E731
    assert not series_line("[기획] 칩 전쟁 일본의 반격", [HEADLINE, DATE], always, always)
    assert not series_line("칩 전쟁 ③ 일본의 반격", [HEADLINE, DATE], always, always)
    assert not series_line("[기획] 칩 전쟁 ③", [HEADLINE, DATE], always, never)


def test_a_styled_headline_wins_over_a_shorter_page_title() -> None:
    html = f"""<html><head><meta charset="utf-8"><title>리벨리온 양산 - 칩데일리</title>
<meta property="og:title" content="리벨리온 양산"></head><body>
<div class="menu"><a>뉴스</a></div>
<div class="view-title" style="font-size:30px">{HEADLINE}</div>
<div class="info">홍길동 기자 | 입력 2025.03.05 14:00</div>
<div class="body">{PARAGRAPHS}</div></body></html>"""
    assert extract_article(html).title == HEADLINE
    bold = html.replace('class="view-title" style="font-size:30px"', 'style="font-weight:700"')
    assert extract_article(bold).title == HEADLINE


@pytest.mark.parametrize("name", ["반도체·디스플레이부", "산업1부", "IT/과학부", "디지털뉴스팀"])
def test_a_desk_is_no_outlet(name: str) -> None:
    assert desk_name(name)


@pytest.mark.parametrize("name", ["과학기술정보통신부", "국방부", "전자신문", "칩뉴스"])
def test_a_ministry_or_an_outlet_is_no_desk(name: str) -> None:
    assert not desk_name(name)


def test_the_desk_in_a_byline_field_leaves_the_masthead_the_publisher() -> None:
    text = f"전자신문\n{HEADLINE}\n김민수 기자 | 반도체·디스플레이부\n{DATE}\n\n{BODY}"
    assert (meta(text).publisher, meta(text).author) == ("전자신문", "김민수")


def test_an_agency_copy_reprinted_by_a_paper_is_the_paper() -> None:
    assert printed_by("연합뉴스", "경북일보", None) == "경북일보"
    assert printed_by("연합뉴스", None, "광주일보") == "광주일보"
    assert printed_by("연합뉴스", "뉴시스", None) is None  # a photo credit of another agency
    assert printed_by("전자신문", "경북일보", None) is None
    lead = "(서울=연합뉴스) 김민수 기자 = " + BODY
    paper = f"경북일보\n{HEADLINE}\n{DATE}\n{lead}\n저작권자 © 경북일보 무단전재 및 재배포 금지"
    assert meta(paper).publisher == "경북일보"
    assert meta(f"{HEADLINE}\n{DATE}\n{lead}\n(끝)").publisher == "연합뉴스"


def test_a_footer_names_its_holder_without_the_mark_after_it() -> None:
    assert copyright_holder("광주일보 · 무단전재 재배포 금지") == "광주일보"


def test_a_correspondent_byline_with_its_stamp_gives_the_date() -> None:
    text = f"뉴스1\n{HEADLINE}\n김민수 특파원 송고 2026.07.15 16:20 최종수정 2026.07.15 18:02\n\n{BODY}"
    assert (meta(text).author, meta(text).published) == ("김민수", "2026-07-15")


def test_a_glued_masthead_and_a_past_sign_off() -> None:
    assert on_air("지금까지 한국경제TV 손우진이었습니다.") == ("손우진", "한국경제TV")
    assert on_air("지금까지 YTN 김하나였습니다.") == ("김하나", "YTN")
    assert on_air("지금까지 최고 기록이었습니다.") is None
    text = f"연합뉴스TV\n\n{HEADLINE}\n\n{DATE}\n\n{BODY}\n\n지금까지 연합뉴스TV 김민수였습니다."
    assert (meta(text).publisher, meta(text).author) == ("연합뉴스TV", "김민수")
