"""Chips of round eleven from the blind set dev12 (issue 13; r13fix9):
DDR4/DDR5 are memory generations; a name glued after a Latin word and a
hyphen is another product ("CMM-DDR5"); MI500, a generation with no model
named yet, is the chip; "MI500 시리즈" stays a family."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.entities import load_index


def test_server_memory_generations_are_chips() -> None:
    found = chips("서버용 DDR5와 모바일용 LPDDR5X 가격이 올랐다. 구형 DDR4도 올랐다.")
    assert found == ["DDR5", "LPDDR5X", "DDR4"]
    index = load_index()
    assert index.vendor_of("DDR5") is None and index.entities["DDR5"].kind == "chip"


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 CXL 메모리 모듈 CMM-DDR5 공급을 늘린다.",
        "DGX-H100 서버를 들였다.",
        "AMD는 MI500 시리즈를 2027년 내놓는다.",
    ],
)
def test_no_chip_in_another_product_or_a_series(text: str) -> None:
    assert chips(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("엔비디아-H100 칩을 샀다.", ["H100"]),  # a vendor before the hyphen
        ("GDDR6-AiM 칩을 공개했다.", ["GDDR6-AiM"]),
        (
            "AMD는 MI450에 이어 나올 MI500에 HBM4E를 쓸 것으로 예상된다.",
            ["MI450X", "MI500", "HBM4E"],
        ),
    ],
)
def test_chips_beside_a_hyphen_or_a_generation(text: str, expected: list[str]) -> None:
    assert chips(text) == expected
