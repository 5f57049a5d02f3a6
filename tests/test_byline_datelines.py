"""Datelines before a byline's "=": a city the place lists lack, named a place
by the country in brackets after it; "=" in a one-line byline's field read in
one place, :func:`dateline_fields` (session 22, r23fold). Invented text."""

from __future__ import annotations

import pytest

from summarizer.bylines import read_byline
from summarizer.datelines import dateline_fields, is_dateline


@pytest.mark.parametrize(
    "before", ["산호세(미국)", "프로보(미국)", "로테르담(유럽)", "하이파 (독일)"]
)
def test_an_unlisted_city_with_a_listed_country_is_a_dateline(before: str) -> None:
    assert is_dateline(before)


@pytest.mark.parametrize("before", ["산호세", "칩한마당(사진)", "테크노트(연구)"])
def test_without_a_listed_country_it_is_not_read_as_one(before: str) -> None:
    assert not is_dateline(before)


@pytest.mark.parametrize(
    "line",
    [
        "[산호세(미국)=윤바다 특파원]",
        "산호세(미국)=윤바다 특파원",
        "산호세(미국)=윤바다 특파원 | 입력 2026-02-03 09:10",
        "산호세(미국)=윤바다 특파원 bada@example.kr",
    ],
)
def test_the_city_and_country_are_no_outlet(line: str) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert byline.author == "윤바다"
    assert byline.publisher is None


def test_the_outlet_before_the_dateline_is_kept() -> None:
    byline = read_byline("[칩소식 산호세(미국)=윤바다 특파원]")
    assert byline is not None and (byline.author, byline.publisher) == ("윤바다", "칩소식")
    assert dateline_fields("칩소식 산호세(미국)=윤바다 특파원") == ["칩소식", "윤바다 특파원"]


def test_an_outlet_before_equals_is_still_an_outlet() -> None:
    byline = read_byline("칩소식뉴스=윤바다 기자")
    assert byline is not None and byline.publisher == "칩소식뉴스"


@pytest.mark.parametrize(
    ("line", "author", "publisher"),
    [
        ("칩소식=윤바다 기자 | 입력 2026-02-03 09:10", "윤바다", "칩소식"),
        ("칩소식 뭄바이=윤바다 특파원 | 입력 2026-02-03 09:10", "윤바다", "칩소식"),
        ("뭄바이=윤바다 특파원 | 칩소식 | 입력 2026-02-03 09:10", "윤바다", "칩소식"),
        ("글=윤바다 기자 | 칩소식 | 입력 2026-02-03 09:10", "윤바다", "칩소식"),
        # a label before "=" names no outlet
        ('원문: "Chips Ahoy" / 번역=윤바다 기자', "윤바다", None),
    ],
)
def test_equals_in_a_one_line_byline(line: str, author: str, publisher: str | None) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.author, byline.publisher) == (author, publisher)


def test_a_photo_credit_field_gives_no_writer() -> None:
    byline = read_byline("사진=윤바다 기자 | 입력 2026-02-03 09:10")
    assert byline is None or byline.author is None
