"""Round 23, the newest-chip and device sets (dev97, dev98; issue 13):
quoted names on both sides of a company, a product said to use a chip,
a masthead over its "… 뉴스" section."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.bylines import read_byline
from summarizer.metadata import extract_metadata


def _meta(text: str):  # type: ignore[no-untyped-def]
    return extract_metadata([line.strip() for line in text.strip().splitlines()])


@pytest.mark.parametrize(
    "text",
    [
        "[이슈] 구글 'TPU'가 앞서고 하이퍼엑셀 '베르타'가 쫓는다",
        "엔비디아 'H200'을 제치고 하이퍼엑셀 '베르타'가 떴다",
    ],
)
def test_a_company_between_two_quoted_names_is_no_quoted_thing(text: str) -> None:
    assert "Bertha" in chips(text)


def test_a_quoted_name_of_several_words_is_still_that_thing() -> None:
    assert chips("시민들은 '베르타 정원'에 모였다. 하이퍼엑셀은 칩을 만든다.") == []


def test_a_named_chip_wins_over_the_vendors_kind_word_across_lines() -> None:
    text = "하이퍼엑셀 '베르타'가 뜬다\n\n하이퍼엑셀의 LPU 칩이 4나노 공정으로 나온다."
    assert chips(text) == ["Bertha"]


@pytest.mark.parametrize(
    "text",
    [
        "에이수스도 같은 칩을 쓴 어센트 ZX20을 내놨다.",
        "레노버는 이 슈퍼칩을 탑재한 씽크스테이션 PGX9를 선보였다.",
        "델은 GPU를 넣은 프리시전 T7960을 출시했다.",
    ],
)
def test_a_product_said_to_use_a_chip_is_no_chip(text: str) -> None:
    assert chips(text) == []


def test_a_chip_noun_after_the_name_keeps_it_a_chip() -> None:
    assert chips("같은 칩을 쓴 ZX20 칩도 나왔다.") == ["ZX20"]


def test_a_masthead_over_its_news_section_names_no_writer() -> None:
    assert read_byline("칩벤치 | 하드웨어 뉴스") is None
    meta = _meta(
        """
        칩벤치 | 하드웨어 뉴스

        새 그래픽카드 잇따라 출시…업계 가격 경쟁

        나예린 기자 | 2026.03.02 09:10

        그래픽카드 신제품이 잇따라 나왔다. 가격 경쟁도 붙었다.

        Copyright ⓒ 칩벤치. 무단전재 및 재배포 금지
        """
    )
    assert meta.author == "나예린"
    assert meta.publisher == "칩벤치"


def test_a_name_over_a_listed_outlet_is_still_read() -> None:
    assert read_byline("오세진 | CIO KR") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("샤오펑은 새 SUV에 자체 설계한 '튜링' 칩 두 개를 넣었다.", ["Turing"]),
        ("샤오펑은 오린 대신 자체 칩 튜링(Turing)을 쓴다.", ["Turing", "Turing"]),
        ("앨런 튜링의 이름은 컴퓨터 과학의 상징이다.", []),
        ("그래픽 아키텍처 '튜링'을 데이터센터로 넓혔다.", []),
        ("엔비디아 튜링 GPU 기반 T4가 나왔다.", ["T4"]),
    ],
)
def test_turing_is_xpengs_chip_only_where_xpeng_is_named(text: str, expected: list[str]) -> None:
    assert chips(text) == expected
