"""Metadata layouts of round five (issue 13, extract_dev5's first run)."""

from __future__ import annotations

import pytest
from test_metadata_layouts import BODY, meta

from summarizer.bylines import read_byline
from summarizer.holders import copyright_holder

HEADLINE = "엔비디아, 새 AI 칩 공개…공급 늘린다"


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        ("ⓒ 한빛일보 - www.hanbit.example.kr", "한빛일보"),
        ("ⓒ 새벽산업일보 디지털판", "새벽산업일보"),
        ("ⓒ 한빛일보 온라인판 - www.hanbit.example.kr", "한빛일보"),
        ("ⓒ 칩나루 ChipNaru", "칩나루"),
        ("[칩마당] 무단전재·재배포 금지", "칩마당"),
        ("© 2025 Chip Harbor. All rights reserved.", "Chip Harbor"),
    ],
)
def test_copyright_holder_without_its_tail(footer: str, holder: str) -> None:
    assert copyright_holder(footer) == holder


@pytest.mark.parametrize(
    ("line", "author", "publisher"),
    [
        ("여의도=최은하 기자", "최은하", None),  # a place before "=", not an outlet
        ("춘천시=박지훈 기자", "박지훈", None),
        ("송도=윤서진 기자", "윤서진", None),
        ("대담=문가영 기자", "문가영", None),  # a role
        ("인터뷰=장도하 기자", "장도하", None),
        ("칩뉴스=홍길동 기자", "홍길동", "칩뉴스"),  # an outlet
        ("테크아시아 = 왕지은 기자", "왕지은", "테크아시아"),
    ],
)
def test_dateline_or_role_before_the_writer(line: str, author: str, publisher: str | None) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.author, byline.publisher) == (author, publisher)


def test_section_line_with_a_date_names_no_outlet() -> None:
    byline = read_byline("부품 | 2025.04.03")
    assert byline is None or byline.publisher is None


@pytest.mark.parametrize(
    ("top", "footer", "publisher"),
    [
        ("칩마루 실시간", "ⓒ 칩마루", "칩마루"),  # the outlet and a series word
        ("칩마루 뉴스레터 | 반도체 브리핑 #31", "ⓒ 칩마루 ChipMaru", "칩마루"),
        ("동해매일신문 이슈추적", "ⓒ 동해매일신문 - www.donghae.example.kr", "동해매일신문"),
        ("CHIPHARBOR 칩하버", "© 2025 ChipHarbor Media. All rights reserved.", "칩하버"),
        ("Chip Harbor | 칩하버", "© 2025 Chip Harbor. All rights reserved.", "칩하버"),
    ],
)
def test_outlet_masthead_or_series_line_is_not_the_title(
    top: str, footer: str, publisher: str
) -> None:
    got = meta(f"{top}\n{HEADLINE}\n2025.04.04 07:30\n홍길동 기자\n\n{BODY}\n\n{footer}")
    assert (got.title, got.publisher, got.author) == (HEADLINE, publisher, "홍길동")


def test_short_headline_over_a_date_is_still_the_title() -> None:
    got = meta(f"칩마루 출범\n2025.04.04 07:30\n홍길동 기자\n\n{BODY}\n\nⓒ 칩마루")
    assert got.title == "칩마루 출범"


def test_a_place_before_the_writer_leaves_the_outlet_to_the_footer() -> None:
    got = meta(f"{HEADLINE}\n2025.04.05 10:20\n구룡포=서하늘 기자\n\n{BODY}\n\nⓒ 동해매일신문")
    assert (got.publisher, got.author) == ("동해매일신문", "서하늘")
