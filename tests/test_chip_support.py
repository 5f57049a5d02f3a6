"""An article that never speaks of chips names none (issue 13, session 15):
chip_support.py."""

from __future__ import annotations

import pytest

from summarizer.chip_catalogue import CHIP
from summarizer.chip_support import chips_supported, speaks_of_chips
from summarizer.entities import load_index
from summarizer.mention import Mention


def _chips(*sentences: str) -> set[str]:
    found = load_index().article_mentions([(s, ()) for s in sentences])
    return {m.key for ms in found for m in ms if m.kind == "chip"}


def test_train_numbers_in_a_rail_article_are_no_chips() -> None:
    assert _chips("주말 증편 편은 A100편과 B200편이다.", "막차는 자정에 닿는다.") == set()


def test_a_speed_in_a_defence_article_is_no_chip() -> None:
    assert _chips("표적기는 마하 1을 넘어 마하 1.2까지 냈다.") == set()


@pytest.mark.parametrize(
    "other",
    [
        "엔비디아는 공급을 늘린다.",  # a chip vendor
        "AI 학습 수요가 크다.",  # a word of computing
        "데이터센터 증설이 이어진다.",
        "반도체 업계가 주목했다.",  # a chip word
        "HBM 공급이 빠듯하다.",  # memory
    ],
)
def test_one_word_of_chips_anywhere_keeps_the_chip(other: str) -> None:
    assert "H100" in _chips("MS는 H100 10만 개를 확보했다.", other)


def test_a_chip_word_glued_into_a_snack_speaks_of_no_chip() -> None:
    assert not speaks_of_chips(["초코칩 쿠키가 잘 팔린다."], set(), set())
    assert speaks_of_chips(["AI 칩 수요가 늘었다."], set(), set())


def test_other_mentions_stay_when_the_chips_go() -> None:
    chip = Mention("A100", CHIP, "A100", 0, 4)
    company = Mention("korail", "company", "코레일", 10, 13)
    assert chips_supported([[chip, company]], ["A100편은 코레일이 운행한다."], set()) == [[company]]
    assert chips_supported([[chip, company]], ["A100 GPU를 코레일이 샀다."], set()) == [
        [chip, company]
    ]
