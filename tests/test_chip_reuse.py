"""Chip names reused for other things (issue 13, dev27 pass): chip_things.py."""

from __future__ import annotations

import pytest

from summarizer.chip_discovery import cue_spans
from summarizer.chip_things import names_thing, names_unit
from summarizer.entities import load_index


def _span(text: str, name: str) -> tuple[str, int, int]:
    start = text.index(name)
    return text, start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("시설에는 '트릴리움 카페'가 있다", "트릴리움"),
        ("신축 단지 루빈 힐스가 입주했다", "루빈"),
        ("카드 게임 '마이아'가 나온다", "마이아"),
        ("구단 '대전 아이언우드'가 이겼다", "아이언우드"),
        ("소형 세단 '호퍼7' 인기", "호퍼7"),
        ("'마하1' 전기 SUV 대기", "마하1"),
        ("회사는 리벨 서버 RX4도 판다", "리벨"),
    ],
)
def test_names_thing(text: str, name: str) -> None:
    assert names_thing(*_span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("엔비디아 '블랙웰 울트라'를 쓴다", "블랙웰"),
        ("그는 '블랙웰은 빠르다'고 했다", "블랙웰"),
        ("엔비디아 'H100'을 쓴다", "H100"),
        ("게임용 GPU H100을 쓴다", "H100"),
    ],
)
def test_chip_not_named_thing(text: str, name: str) -> None:
    assert not names_thing(*_span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("인기 동은 B300동이었다", "B300"),
        ("전용 59㎡ H100 타입", "H100"),
        ("고구마칩 H20g 출시", "H20"),
        ("새우칩 B300 출시", "B300"),
        ("영국 A100 국도 주변", "A100"),
    ],
)
def test_names_unit(text: str, name: str) -> None:
    assert names_unit(*_span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [("추론칩 B300 출시", "B300"), ("H100과 동급이다", "H100"), ("B200 8개", "B200")],
)
def test_chip_not_unit(text: str, name: str) -> None:
    assert not names_unit(*_span(text, name))


def test_particle_accelerator_is_no_chip_word() -> None:
    assert not cue_spans("중입자 가속기 HX-300")
    assert not cue_spans("선형가속기 도입")
    assert cue_spans("AI 가속기 MI300X")


def _chips(*sentences: str) -> set[str]:
    found = load_index().article_mentions([(s, ()) for s in sentences])
    return {m.key for ms in found for m in ms if m.kind == "chip"}


def test_devices_and_accelerators_are_not_chips() -> None:
    assert _chips("양성자 가속기 PT-235 가동", "매트리스 MF-300 전시") == set()
    assert _chips("엣지 AI 박스 DX-H1 출시", "GPU H100 탑재") == {"H100"}
    assert "DX-H1" in _chips("딥엑스 NPU DX-H1 출시")


def test_vendor_word_before_server_is_the_server() -> None:
    assert "REBEL" not in _chips("NPU 리벨 쿼드 양산", "회사는 리벨 서버 R8도 판다.")


def test_name_in_two_scripts_inside_quotes_is_the_chip() -> None:
    assert not names_thing(*_span("차세대 칩 '리벨(REBEL)' 개발", "리벨"))
    assert not names_thing(*_span("NPU '에리스(ARIES)'로 도전", "ARIES"))


def test_quoted_name_listed_beside_a_thing() -> None:
    assert names_thing(*_span("대전…'아이언우드 사가'·'호퍼' 맞붙어", "호퍼"))
    assert names_thing(*_span("대전…'아이언우드 사가'·'호퍼' 맞붙어", "아이언우드"))
    assert not names_thing(*_span("'블랙웰 울트라'·'호퍼' 비교", "호퍼"))


def test_research_team_before_a_chip_is_no_team_name() -> None:
    assert not names_thing(*_span("교수 연구팀 B200 칩", "B200"))


def test_quoted_list_of_chips_is_no_name() -> None:
    assert not names_thing(*_span("8세대는 '선피시·제브라피시' 투트랙", "선피시"))


def test_a_model_number_quoted_with_a_word_is_still_the_chip() -> None:
    """Day3 015: "삼성은 'HBM4E 추격' 숙제" speaks of the chip (a headline)."""
    from summarizer.chip_things import names_thing

    text = "하이닉스, 엔비디아 내년 물량 선점…삼성은 'HBM4E 추격' 숙제"
    start = text.index("HBM4E")
    assert not names_thing(text, start, start + len("HBM4E"))
