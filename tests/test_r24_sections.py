"""A section breadcrumb over the headline ("IT/과학 | 통신", "산업 > 반도체")
names no outlet, however its last word ends like an outlet's name ("통신",
"경제", "리포트"): the dateline's outlet is the publisher (invented text)."""

from __future__ import annotations

import pytest

from summarizer.byline_words import section_words_only
from summarizer.clean import clean_article
from summarizer.title_shape import is_outlet_line

_BODY = (
    "첫 문단은 새 칩의 규모와 일정을 길게 설명한다고 회사가 밝혔다.\n\n"
    "두 번째 문단은 업계 반응을 전하며 시장 전망도 덧붙였다고 한다.\n\n"
    "세 번째 문단도 길게 이어지며 공급망에 미칠 영향을 짚었다고 전했다."
)


@pytest.mark.parametrize(
    "crumb",
    [
        "IT/과학 | 통신",
        "경제 > 산업",
        "국제 · 글로벌",
        "정치/사회",
        "문화 | 생활",
        "오피니언",
        "통신",
    ],
)
def test_a_section_breadcrumb_is_no_outlet_line(crumb: str) -> None:
    assert section_words_only(crumb)
    assert not is_outlet_line(crumb)


@pytest.mark.parametrize("name", ["반도체위클리", "한국경제", "뉴시스통신", "IT조선", "전자신문"])
def test_an_outlet_ending_like_a_section_stays_one(name: str) -> None:
    assert not section_words_only(name)


@pytest.mark.parametrize("crumb", ["IT/과학 | 통신", "산업 > 반도체 > 통신", "국제 / 경제"])
def test_the_datelines_outlet_wins_over_a_section_breadcrumb(crumb: str) -> None:
    text = (
        f"{crumb}\n\n"
        "[현장] 새 통신칩 전시장에 몰린 관람객들\n\n"
        "한가람 기자 | 2026-05-04 09:10 송고\n\n"
        "(부산=뉴시스) 한가람 기자 = 새 통신칩을 소개하는 전시회가 4일 열렸다.\n\n"
        f"{_BODY}"
    )
    meta = clean_article(text).metadata
    assert meta.publisher == "뉴시스"
    assert meta.author == "한가람"
