"""Two exact cuts of clean + metadata (issue 14, session 20): the page's
headline lines read once per article, and no credit line read once the
author, publisher and date are all known. Texts are invented."""

from __future__ import annotations

import pytest

from summarizer import metadata, never_heads
from summarizer.copy_heads import copy_lines
from summarizer.shared_heads import share_title

PAGE = [
    "테크누리",
    "",
    "# 나래전자, 차세대 추론 가속기 양산 착수",
    "[테크누리] 나래전자, 차세대 추론 가속기 양산 착수",
    "김도윤 기자 | 입력 2026.03.04 14:10",
    "나래전자가 차세대 추론 가속기의 양산에 착수했다고 4일 밝혔다.",
    "박서연 기자 | 가상일보 | 2026.03.05 09:00",
    "회사는 올해 하반기부터 국내 데이터센터에 가속기를 공급할 계획이다.",
    "이도윤 기자 | 다른일보 | 2026.03.06 10:00",
]


def _uncached(lines: list[str]) -> list[str]:
    page = copy_lines([never_heads._HEADING_MARK.sub("", share_title(ln)) for ln in lines if ln])
    reach = never_heads._ECHO_REACH
    return [never_heads._echoed(ln, page[i + 1 : i + 1 + reach]) for i, ln in enumerate(page)]


def test_page_lines_remembered_as_computed_and_never_shared() -> None:
    first = never_heads.page_lines(PAGE)
    assert first == _uncached(PAGE)
    first.append("a caller's own line")
    second = never_heads.page_lines(list(PAGE))
    assert second == _uncached(PAGE) and second is not first


def test_credit_lines_not_read_once_all_three_fields_are_known(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = metadata.extract_metadata(PAGE)
    asked: list[str] = []
    real = metadata.credit_fields

    def counted(line: str) -> tuple[str | None, str | None, str | None]:
        asked.append(line)
        return real(line)

    monkeypatch.setattr(metadata, "credit_fields", counted)
    found = metadata.extract_metadata(PAGE)
    assert found == expected
    assert (expected.author, expected.publisher, expected.published) == (
        "김도윤",
        "가상일보",
        "2026-03-04",
    )
    # the lines are read until the publisher is found too (the second byline);
    # below it none is read, and the first line to state each field still wins
    assert asked == [ln for ln in PAGE[:7] if ln]
