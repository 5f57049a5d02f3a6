"""Chips of round nine (issue 13, extract_dev10/dev11's first runs): a
count or rank after a memory family is no model number; Jetson and DRIVE
modules are not AI chips."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips


@pytest.mark.parametrize(
    "text",
    [
        "HBM 3강 구도가 흔들린다.",
        "HBM 3사가 증설에 나섰다.",
        "삼성전자는 HBM 2위를 지켰다.",
        "엔비디아 젯슨 오린 모듈보다 전력을 덜 쓴다.",
    ],
)
def test_no_chip_in_a_count_a_rank_or_a_module(text: str) -> None:
    assert chips(text) == []


def test_the_model_number_is_still_read_before_a_space_or_particle() -> None:
    assert chips("SK하이닉스는 HBM3 12단과 HBM3E를 공급했다.") == ["HBM3", "HBM3E"]
    assert chips("MTIA 2세대 칩") != ["MTIA 2"]


def test_a_model_numbers_generation_is_a_mention_of_the_chip() -> None:
    # "H100 세대": the generation of a named chip (dev15 z30); "MTIA 2세대" stays a family
    said = '리사 수 CEO는 "엔비디아 H100 세대에는 뒤졌지만 B200 세대부터는 대등하다"고 말했다.'
    assert chips(said) == ["H100", "B200"]
    assert "MTIA 2" not in chips("메타의 MTIA 2세대 칩")
