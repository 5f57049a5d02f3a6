"""Session 21 chip fixes (dev78, dev80): weapon systems, aircraft and vehicles
named by model numbers, and chips that are no AI chips (modems, radios,
network and interconnect parts) are not chips. Invented text throughout."""

from __future__ import annotations

import pytest

from summarizer.chip_brands import holds_chip
from summarizer.chip_things import names_thing
from summarizer.chip_traps import chip_cue, names_part
from summarizer.entities import load_index


def _chips(*sentences: str) -> set[str]:
    index = load_index()
    found = index.article_mentions([(s, ()) for s in sentences])
    return {m.key for ms in found for m in ms if m.kind == "chip"}


def _span(text: str, name: str) -> tuple[str, int, int]:
    start = text.index(name)
    return text, start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("공군은 KX-30 블록2에 새 임무 컴퓨터를 넣는다", "KX-30"),
        ("'HR-7 블록Ⅲ' 개량 사업", "HR-7"),
        ("해군은 KDX-IV 배치-II 설계를 마쳤다", "KDX-IV"),
        ("공군은 TR-40 시제 3호기를 출고했다", "TR-40"),
        ("수출형 경공격기 LA-70과", "LA-70"),
        ("LA-70 경공격기와", "LA-70"),
        ("WX-9 구조헬기에", "WX-9"),
        ("무인수상정 SV-3는", "SV-3"),
        ("장거리 지대공미사일 LR-80은", "LR-80"),
    ],
)
def test_weapons_aircraft_and_their_blocks_are_things(text: str, name: str) -> None:
    assert names_thing(*_span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("차세대 NPU 칩 NX-7은 전력을 줄였다", "NX-7"),
        ("NX-7 칩 2세대", "NX-7"),
        ("신형 가속기 QX-50의 블록 다이어그램", "QX-50"),
    ],
)
def test_chips_beside_such_words_stay_chips(text: str, name: str) -> None:
    assert not names_thing(*_span(text, name))


def test_a_weapon_code_beside_a_chip_word_is_no_chip() -> None:
    assert _chips('"KX-30 블록2에 국산 AI칩"…방산 시장 노크') == set()
    assert _chips("공군은 LA-70 경공격기에 들어갈 AI 반도체를 국산화한다.") == set()
    assert _chips("국산 정찰드론 RQ-7에 AI 칩 NX-7을 얹었다.") == {"NX-7"}


def test_a_code_the_article_shows_to_be_a_weapon_is_one_throughout() -> None:
    headline = '"KX-30에 국산 AI칩"…방산 시장 노크'
    body = "국산 전투기 KX-30의 임무 컴퓨터에 국산 AI 칩을 넣는다."
    assert _chips(headline, body) == set()
    # a chip word right beside it somewhere vouches for the chip
    assert _chips("NX-7 칩 양산", "뉴로칩은 NX-7 칩을 양산한다. 드론 NX-7도 나온다.") == {"NX-7"}


def test_a_code_that_holds_a_chip_is_the_product_holding_it() -> None:
    text = "KX-30에 들어가는 AI 칩은 국산이다."
    assert holds_chip(text, text.index("에"))
    assert _chips(text) == set()
    assert _chips("로보틱스의 RB-Z2에는 엔비디아 칩이 들어간다.") == set()
    # memory held by a chip says nothing of it
    text = "NX-9에는 HBM3E 칩이 들어간다."
    assert not holds_chip(text, text.index("에"))
    assert _chips("뉴로칩의 NPU NX-9에 들어가는 HBM3E 칩은 국산이다.") >= {"NX-9", "HBM3E"}


@pytest.mark.parametrize(
    "text",
    [
        "퀄컴은 최신 모뎀 칩 QM-85로 신호 처리를 앞세운다.",
        "한빛반도체는 와이파이 7 칩 WF7925를 내놨다.",
        "한빛반도체의 스위치 칩 SW6와 AI 가속기를 잇는다.",
        "한빛은 광 인터커넥트 칩 LX-1로 HBM과 GPU를 잇는다.",
        "한빛은 이더넷 칩 EN830과 GPU 서버를 내놓았다.",
        "한빛의 BE400 와이파이 칩은 노트북에 들어간다.",
        "한빛은 QX100 5G RAN 가속기 카드를 내놨다.",
        "한빛은 칩 간 광연결 제품 ML1000을 공개했다.",
    ],
)
def test_parts_that_are_no_ai_chips_are_not_chips(text: str) -> None:
    assert _chips(text) == set()


def test_part_words_and_their_limits() -> None:
    text = "모뎀 칩 QM-85"
    assert names_part(text, text.index("QM"), len(text))
    assert not chip_cue(text, text.index("칩"), text.index("칩") + 1)
    text = "광 기반 AI 프로세서 NX-7"
    assert not names_part(text, text.index("NX"), len(text))
    assert _chips("뉴로칩은 광 기반 AI 프로세서 NX-7을 공개했다.") == {"NX-7"}
    assert _chips("뉴로칩은 뉴럴 네트워크 프로세서 NX-7을 공개했다.") == {"NX-7"}
    # an interface names a form, not a part: "PCIe 가속기", "USB 가속기"
    assert _chips("뉴로칩은 PCIe 가속기 NX-700을 내놨다.") == {"NX-700"}


@pytest.mark.parametrize(
    "text",
    [
        "퀄컴은 모뎀 칩 스냅드래곤 X85로 신호 처리를 앞세운다.",
        "라이트매터 패시지 M1000은 AI 칩 사이를 빛으로 잇는다.",
        "라이트매터의 Passage M1000은 GPU 수천 개를 잇는다.",
        "삼성 엑시노스 W1000 칩은 웨어러블용이다.",
        "브로드컴 Tomahawk 6 스위치 칩은 GPU 10만 개를 잇는다.",
    ],
)
def test_product_lines_of_parts_that_are_no_ai_chips(text: str) -> None:
    assert _chips(text) == set()


def test_aircraft_trains_and_satellites_are_not_chips() -> None:
    assert _chips("에어버스 A350과 보잉 B787-10의 조종석 컴퓨터에 AI 칩이 들어간다.") == set()
    assert _chips("코맥 C919의 항전 장비 칩은 국산이다.") == set()
    assert _chips("EMU-320 고속열차의 제어 칩은 국산이다.") == set()
    assert _chips("F-35의 TR-3 업그레이드에는 인텔 칩이 들어간다.") == set()


def test_a_code_said_to_be_a_card_or_a_system_is_no_chip() -> None:
    assert _chips("한빛AI의 NX-7 가속기를 넣은 HBX-338은 PCIe 카드다.") == {"NX-7"}
    title = "칩·카드 이름이 헷갈린다…NX-7 카드 HBX-338"
    body = "한빛AI의 NX-7 가속기를 넣은 HBX-338은 PCIe 카드다."
    assert _chips(title, body) == {"NX-7"}
    # a supercomputer named by a code, then bare beside a chip word
    assert _chips("한빛의 슈퍼컴퓨터 HB-3에는 NX-7 칩이 들어간다.", "HB-3는 NX-7 칩으로 돈다.") == {
        "NX-7"
    }


def test_a_part_shown_once_is_that_part_throughout() -> None:
    first = "한빛은 칩 간 광연결 제품 패시지 ML1000을 공개했다."
    quote = '한 연구원은 "ML1000은 연산 칩이 아니라 칩과 칩을 잇는 통로"라고 말했다.'
    assert _chips(first, quote) == set()
    first = "한빛은 기지국용 QX100 5G RAN 가속기 카드를 내놨다."
    quote = '관계자는 "QX100은 통신 처리용이고 AI 연산은 GPU가 맡는다"고 말했다.'
    assert _chips(first, quote) == set()


def test_another_makers_part_named_like_a_chip_is_that_part() -> None:
    assert "ARIES" not in _chips(
        "아스테라랩스의 Aries 6 리타이머는 GPU와 CPU 사이 신호를 되살린다."
    )
    assert "ARIES" not in _chips("GB300 서버 한 대에 Aries 리타이머가 여러 개 들어간다.")
    assert "ARIES" in _chips("모빌린트의 NPU 에리스(ARIES)는 80TOPS를 낸다.")


@pytest.mark.parametrize(
    "name",
    ["BCM4390", "QCC5181", "QCN9274", "MT7925", "AX210", "BE200", "Passage L200", "GR00T"],
)
def test_connectivity_part_numbers_and_systems_are_never_chips(name: str) -> None:
    assert _chips(f"한빛전자는 새 칩 {name}을 공개했다.") == set()
    assert _chips("한빛전자는 새 칩 NX-7을 공개했다.") == {"NX-7"}
