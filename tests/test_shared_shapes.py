"""Shapes several readers share, each written once (branch r21debt), with
invented text: a mail address (summarizer.byline_words.MAIL), a board
post's counter field (summarizer.chrome_fields.POST_COUNTER) and a video
page's view count (summarizer.wrapper_heads.VIEWS)."""

from __future__ import annotations

import re

import pytest

from summarizer.byline_words import MAIL
from summarizer.chrome_fields import POST_COUNTER
from summarizer.credit_lines import post_header
from summarizer.wrapper_heads import VIEWS, wrapper_head
from summarizer.wrapper_people import report_head, video_day, wrapper_person

_MAIL = re.compile(f"^{MAIL}$")
_COUNTER = re.compile(f"^{POST_COUNTER}$")


@pytest.mark.parametrize("text", ["dasol@example.kr", "kim.ha-ram+news@mail.ga-na.co.kr"])
def test_a_mail_address(text: str) -> None:
    assert _MAIL.match(text)


@pytest.mark.parametrize("text", ["dasol@", "@example.kr", "dasol@example", "dasol at example.kr"])
def test_no_mail_address(text: str) -> None:
    assert not _MAIL.match(text)


def test_a_caption_signed_by_its_photo_desk_mail() -> None:
    assert wrapper_person("[부산=가나일보] 도하람 기자 = 부두 전경. 2026.4.11. photo@ga-na.co.kr")


@pytest.mark.parametrize(
    "text",
    [
        "조회 1,204",
        "조회수: 88",
        "추천 7",
        "댓글 3",
        "공감 12",
        "Views 1.2K",
        "hits 40",
        "조회 3.1만",
    ],
)
def test_a_post_counter(text: str) -> None:
    assert _COUNTER.match(text)


@pytest.mark.parametrize("text", ["조회", "추천 도서", "댓글 달기", "views", "2026.04.11"])
def test_no_post_counter(text: str) -> None:
    assert not _COUNTER.match(text)


def test_every_post_header_reader_knows_every_counter() -> None:
    for counter in ("조회 1,204", "추천 7", "views 1.2K"):
        assert post_header(f"솔빛나래 | 26.04.11 13:22 | {counter}") == ("솔빛나래", "2026-04-11")
        assert report_head(f"작성일 2026-04-11 (토) 09:40  {counter}")


def test_a_video_pages_view_count() -> None:
    assert re.match(VIEWS, "조회수 4.4만회")
    assert wrapper_head("조회수 4.4만회  2026. 4. 11.")
    assert video_day("조회수 1,204회 · 2026.04.11.") == "2026.04.11."
