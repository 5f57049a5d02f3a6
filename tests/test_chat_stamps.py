"""The one chat-stamp table (summarizer.chat_stamps) and the readers it
feeds — headline, writer and outlet — with invented text."""

from __future__ import annotations

import re

import pytest

from summarizer.chat_stamps import CHAT_STAMP_FORMS, chat_stamp
from summarizer.copy_heads import copy_chrome, copy_lines
from summarizer.credit_lines import credit_fields
from summarizer.wrapper_people import wrapper_name, wrapper_person

# one invented line per form of the table, in its order
_FORM_EXAMPLES = (
    (
        "stamp, sender",
        ["오후 4:07 한별", "[오전 8:15] 도하람 (영업팀)", "[11/04/2026, 07:31:05] 누리"],
    ),
    ("sender, time", ["서하율  오후 12:40", "Mina Park  AM 9:03"]),
    (
        "sender, dash, day and time",
        ["소식봇 앱 — 2026-04-11 오후 9:15", "다솜 – 2026.04.11 21:15", "다솜 — 오늘 오전 7:40"],
    ),
    (
        "sender, comma, bracketed stamp",
        ["바이오 속보방, [11.04.26 09:10]", "다솜, [11.04.2026 21:15:02]"],
    ),
)
_STAMPS = [line for _, lines in _FORM_EXAMPLES for line in lines]
_NOT_STAMPS = [
    "정부 — 2026년 예산안 확정",
    "풍력 단지 착공…내년 가동",
    "오후 4시 발표 예정",
    "입력 2026-04-11 오후 9:15",
    "가나일보, 신약 임상 3상 돌입",
    "14:02",
]


def test_the_table_names_each_form_once() -> None:
    assert [name for name, _ in CHAT_STAMP_FORMS] == [name for name, _ in _FORM_EXAMPLES]


@pytest.mark.parametrize(("name", "lines"), _FORM_EXAMPLES)
def test_each_form_reads_its_own_lines(name: str, lines: list[str]) -> None:
    form = re.compile(f"^(?:{dict(CHAT_STAMP_FORMS)[name]})$", re.I)
    assert all(form.match(line) for line in lines)


@pytest.mark.parametrize("line", _STAMPS)
def test_a_stamp_is_no_headline_and_credits_the_wrapper(line: str) -> None:
    assert chat_stamp(line)
    assert copy_chrome(line)
    assert wrapper_person(line)
    assert wrapper_name(line)


@pytest.mark.parametrize("line", _NOT_STAMPS)
def test_lines_of_near_shapes_are_no_stamps(line: str) -> None:
    assert not chat_stamp(line)
    assert not wrapper_name(line)


def test_a_dashed_stamp_credits_no_outlet() -> None:
    author, outlet, _ = credit_fields("소식봇 앱 — 2026-04-11 오후 9:15")
    assert (author, outlet) == (None, None)


def test_a_message_under_any_stamp_goes() -> None:
    lines = ["다솜 — 오늘 오전 7:40", "이 기사 좀 보세요~", "가나전자, 새 배터리 공장 착공"]
    assert copy_lines(lines) == ["다솜 — 오늘 오전 7:40", "가나전자, 새 배터리 공장 착공"]
