"""Session 21 (extract_dev84, dev86, dev87, dev88): a vendor's common word
("아톰", "아이온") is its chip where the article names another chip of the
vendor, a launch is spoken of, an AI-chip noun stands beside it or it is an
item of a counted list of chips; Intel's Atom, a cartoon and a game stay out.
A codename that is a common word (Ironwood) listed beside other chips in a
row or a list is tied to chips; the Kunlun line's maker (쿤룬신, 昆仑芯)
printed alone is the company. Wire bylines "도시=이름 특파원  입력 …" and
"매체 도시=이름 특파원 | 기사입력 …" name the writer (and the outlet).
All texts invented."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.bylines import Byline, read_byline


@pytest.mark.parametrize(
    ("text", "chip"),
    [
        # a counted list whose other items are chips
        ("AI 데이터센터 1단계에는 △H100 900장 △B200 300장 △아톰 200장이 들어간다.", "ATOM"),
        ("데이터센터 장비는 ▲B200 640장 ▲RNGD 128장 ▲아톰 128장으로 꾸린다.", "ATOM"),
        # an AI-chip noun beside the word, in an article naming other chips
        ("센터는 엔비디아 H200을 들여오고, 국산 NPU인 아톰과 워보이로 추론 구역을 만든다.", "ATOM"),
        ("센터는 H100 서버를 늘린다. 추론에는 아톰 NPU 카드 40장을 쓴다.", "ATOM"),
        # a chip of home make set beside it (one rule with the AI-chip nouns: r23fold)
        ("센터는 H100 서버를 늘린다. 추론 구역에는 토종 반도체인 아톰을 들인다.", "ATOM"),
        ("센터는 B200 옆에 국산 칩 아톰으로 추론 서버를 꾸린다.", "ATOM"),
        # another chip of the vendor named in the article, and a launch spoken of
        (
            "국내 스타트업이 차세대 칩 리벨 쿼드를 중동에 공급한다. 대표는 "
            '"2023년 출시한 아톰은 누적 2만장이 팔렸다"고 말했다.',
            "ATOM",
        ),
        # the Korean spelling of ION, where the vendor is named
        ("리벨리온은 금융 거래용 첫 칩 아이온을 증권사에 공급했다.", "ION"),
    ],
)
def test_a_vendor_word_shown_to_be_its_chip(text: str, chip: str) -> None:
    assert chip in chips(text)


@pytest.mark.parametrize(
    "text",
    [
        "리벨리온은 리벨 쿼드를 공개했다. 인텔이 2008년 출시한 아톰 프로세서는 넷북에 쓰였다.",
        "리벨리온은 리벨 쿼드를 공개했다. 인텔의 저전력 아톰 칩은 산업용 기기에 들어간다.",
        "리벨리온은 리벨 쿼드를 공개했다. 한편 게임사가 지난해 출시한 아이온은 흥행했다.",
        "엔비디아 H100 서버실을 본다. 로비에는 만화 캐릭터 아톰 피규어 300개가 놓인다.",
        "엔비디아 H100이 팔린다. 국산 AI 칩도 우주소년 아톰처럼 자라길 바란다.",
        "엔비디아 H100이 팔린다. 국산 칩 아톰처럼 자라길 바란다.",
        "기념품은 △뽀로로 500개 △아톰 300개 △타요 200개다. H100 서버실 견학도 있다.",
        "H100 서버를 늘린다. 원자 모형 아톰(원자) 200개를 나눠준다.",
    ],
)
def test_intel_atom_a_cartoon_or_a_game_is_no_chip(text: str) -> None:
    found = chips(text)
    assert "ATOM" not in found and "ION" not in found


@pytest.mark.parametrize(
    "text",
    [
        "MS가 2세대 AI 칩 마이아 200을 배치했다. 구분 | 마이아 200 | 트레이니엄3 | 아이언우드",
        "삼성전자는 HBM3E를 공급한다. 고객 | MI355X·아이언우드 | 루빈",
        "AWS는 트레이니엄3를 늘린다. 경쟁 칩은 마이아 200과 아이언우드다.",
    ],
)
def test_a_common_codename_listed_beside_chips_is_a_chip(text: str) -> None:
    assert "Ironwood" in chips(text)


@pytest.mark.parametrize(
    "text",
    [
        "AI 서버용 H100 수요가 늘었다. 정원에는 아이언우드 나무와 티크를 심었다.",
        "H100 서버를 들였다. 가구 자재는 △아이언우드 300개 △티크 200개 △H100 상자 10개다.",
    ],
)
def test_a_tree_beside_no_chip_stays_a_tree(text: str) -> None:
    assert "Ironwood" not in chips(text)


def test_the_kunlun_maker_printed_alone_is_the_company() -> None:
    text = "캄브리콘은 MLU590을 판다. 바이두의 칩 자회사 쿤룬신(昆仑芯)이 상장을 추진한다."
    assert chips(text) == ["MLU590"]
    assert "Kunlun" not in chips("캄브리콘의 MLU590이 팔린다. 자회사 昆仑芯이 상장한다.")
    assert "Kunlun P800" in chips("바이두는 昆仑芯 P800 3만 개를 묶었다.")
    assert "Kunlun M100" in chips("쿤룬신은 AI 칩 쿤룬신 M100을 새로 내놨다.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "오스틴=백서율 특파원  입력2026.11.26 09:12:40  수정2026.11.26 10:05:03",
            ("백서율", None),
        ),
        ("칩헤럴드 샌프란시스코=노하진 특파원 | 기사입력 2026.11.26 06:30", ("노하진", "칩헤럴드")),
        ("칩뉴스=한유진 기자 | 2026.03.01", ("한유진", "칩뉴스")),
    ],
)
def test_a_dateline_byline_with_its_dates_on_one_line(
    line: str, expected: tuple[str, str | None]
) -> None:
    assert read_byline(line) == Byline(*expected)


def test_a_photo_credit_with_a_date_names_no_writer() -> None:
    assert read_byline("사진=김하람 기자 | 2026-03-01") == Byline(None, None)


@pytest.mark.parametrize(
    ("text", "chip"),
    [
        # a chip maker owns the word, and the sentence lists it beside another chip
        (
            "데이터센터는 H200 위주다. 국내 팹리스의 아톰이나 워보이 같은 칩은 시범 도입에 그친다.",
            "ATOM",
        ),
        ("연구소는 B200을 샀다. 토종 스타트업의 아톰·워보이는 추론 서버에 시험 중이다.", "ATOM"),
        # a chip word right before the word: "… 전용 칩 소후"
        ("H100 가격이 또 올랐다. 언어모델 전용 칩 소후의 시제품이 나왔다.", "Sohu"),
    ],
)
def test_a_word_listed_or_named_as_a_chip(text: str, chip: str) -> None:
    assert chip in chips(text)


@pytest.mark.parametrize(
    "text",
    [
        "H100 서버를 늘린다. 국내 게임 회사의 아톰과 워보이 인형이 인기다.",
        "H100 서버를 늘린다. 인텔의 아톰과 워보이가 나란히 전시됐다.",
        "H100 서버를 늘린다. 국내 스타트업의 아톰과 협력사들이 행사를 열었다.",
    ],
)
def test_a_listed_word_no_chip_maker_owns_stays_out(text: str) -> None:
    assert "ATOM" not in chips(text)
