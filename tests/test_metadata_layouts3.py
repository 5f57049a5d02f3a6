"""Metadata layouts of round five (issue 13, extract_dev5's first run)."""

from __future__ import annotations

import pytest

from summarizer.bylines import copyright_holder, read_byline


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
