"""Session 25 (r25foreign, the first run of extract_dev114): start-ups' chips
from outside the US, Korea and China that the catalogue lacked (Kalray's
Coolidge line, BrainChip's Akida Pico, Axelera's Titania, Innatera's Pulsar,
GrAI Matter Labs' GrAI VIP, Neuchips' Raptor), the common-word names among
them only beside their vendor or a chip noun; two makers' chips that share a
name (Raptor); and copyright notices that name the outlet before a possessive
("ⓒ 매체의 소중한 저작물입니다"). All texts invented."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.chip_catalogue import catalogue_from_toml
from summarizer.entities import load_index
from summarizer.evaluate_extract import ExtractReport, _score_chips
from summarizer.holders import copyright_holder


def _vendored(*sentences: str) -> dict[str, str | None]:
    found = load_index().article_vendored([(s, ()) for s in sentences])
    return {m.key: vendor for _, m, vendor in found if m.kind == "chip"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("프랑스 칼레이는 새 DPU 쿨리지 2(Coolidge 2)를 공개했다.", {"Coolidge 2"}),
        ("칼레이의 1세대 쿨리지는 80코어 칩이다.", {"Coolidge"}),
        ("브레인칩(BrainChip)은 초소형 신경망 코어 아키다 피코를 선보였다.", {"Akida Pico"}),
        ("그라이매터랩스의 GrAI One 후속 칩이 나왔다.", {"GrAI One"}),
        ("네덜란드 스타트업의 영상 칩 GrAI VIP가 눈길을 끌었다.", {"GrAI VIP"}),
    ],
)
def test_start_up_chips_are_catalogued(text: str, found: set[str]) -> None:
    assert set(chips(text)) == found


def test_a_common_word_chip_needs_its_vendor() -> None:
    assert set(chips("이나테라(Innatera)는 센서용 칩 펄사를 내놨다.")) == {"Pulsar"}
    assert set(chips("액셀러라AI는 추론 칩렛 티타니아(Titania)를 만든다.")) == {"Titania"}
    # the star, the moon, the fairy queen, the fighter, the president
    for text, real in (
        ("전파망원경은 펄사(Pulsar) 신호를 GPU H100으로 분석했다.", ["H100"]),
        ("천왕성의 위성 티타니아를 찍은 사진을 AI 칩 B200으로 복원했다.", ["B200"]),
        ("연극 한여름 밤의 꿈에서 티타니아 역을 맡았다. 조명은 AI 칩이 제어한다.", []),
        ("F-22 랩터 전투기의 임무 컴퓨터에 엔비디아 H100 칩은 없다.", ["H100"]),
        ("쿨리지 대통령 시절의 경제를 다룬 책이다. 엔비디아 H100 칩도 나온다.", ["H100"]),
    ):
        assert chips(text) == real


def test_two_makers_raptors_are_each_their_makers() -> None:
    assert _vendored("대만 뉴칩스는 생성형 AI 칩 랩터(Raptor)를 선보였다.") == {
        "Neuchips Raptor": "Neuchips"
    }
    assert _vendored("디매트릭스는 코세어의 후속 랩터를 공개했다.") == {
        "Corsair": "d-Matrix",
        "Raptor": "d-Matrix",
    }
    index = load_index()
    assert index.display_name("Neuchips Raptor") == "Raptor"
    assert index.resolve("Raptor") == "Raptor"  # the label's name stays d-Matrix's key


def test_a_chip_may_show_a_name_apart_from_its_key() -> None:
    raw = """
vendors = [{ key = "acme", name = "Acme", aliases = ["Acme"] }]
[[family]]
head = { key = "Acme X", vendor = "acme", kind = "ASIC" }
chips = [{ key = "Acme Falcon", name = "Falcon", vendor_words = ["Falcon", "팰컨"] }]
"""
    chip = catalogue_from_toml(raw).entities[-1]
    assert (chip.key, chip.name) == ("Acme Falcon", "Falcon")
    assert "Falcon" not in chip.aliases[:1]  # the key leads; the shared name is a vendor word


def test_the_evaluator_scores_a_chip_by_its_shown_name() -> None:
    report = ExtractReport()
    label = {"chips": [{"name": "Raptor"}], "families": []}
    _score_chips(report, "a.txt", label, {"Neuchips Raptor"}, load_index())
    assert (report.tp, report.fp, report.fn) == (1, 0, 0)


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        ("ⓒ 칩리포트의 소중한 저작물입니다. 무단전재와 재배포를 금합니다.", "칩리포트"),
        ("Copyright ⓒ 반도체로의 소중한 자산입니다", "반도체로"),
        ("저작권자 ⓒ 엣지와이어의 모든 콘텐츠는 보호됩니다", "엣지와이어"),
        ("ⓒ 팹인사이드의 저작물입니다", "팹인사이드"),
        ("ⓒ 칩포럼의 기사와 사진", "칩포럼"),
    ],
)
def test_a_notice_names_the_outlet_before_its_possessive(footer: str, holder: str) -> None:
    assert copyright_holder(footer) == holder
