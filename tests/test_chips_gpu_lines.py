"""Session 15 (r16fix22, dev32's first run): consumer and workstation GPUs.
The catalogue's GeForce RTX 20–50, RTX professional, Radeon RX 6000–9000,
Radeon PRO and Arc lines (data/chips_gpu.toml); a GPU line's brand word
before a model number, or its code and four digits beside a chip word, is a
chip the catalogue may not list (summarizer/chip_lines.py)."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.chip_lines import line_models
from summarizer.entities import load_index


@pytest.mark.parametrize(
    ("name", "vendor", "key"),
    [
        ("지포스 RTX 4060", "Nvidia", "RTX 4060"), ("RTX4070Ti", "Nvidia", "RTX 4070 Ti"),
        ("RTX 4070 슈퍼", "Nvidia", "RTX 4070 SUPER"), ("RTX 2080 Ti", "Nvidia", "RTX 2080 Ti"),
        ("RTX A6000", "Nvidia", "RTX A6000"), ("RTX 5000 에이다", "Nvidia", "RTX 5000 Ada"),
        ("RTX PRO 4500 블랙웰", "Nvidia", "RTX Pro 4500"), ("라데온 RX 9070 XT", "AMD", "RX 9070 XT"),
        ("RX 7900 XTX", "AMD", "RX 7900 XTX"), ("라데온 프로 W7800", "AMD", "Radeon PRO W7800"),
        ("아크 B580", "Intel", "Arc B580"), ("아크 프로 A60", "Intel", "Arc Pro A60"),
        ("RTX 5090", "Nvidia", "RTX 5090"), ("RTX PRO 6000", "Nvidia", "RTX Pro 6000"),
    ],
)  # fmt: skip
def test_catalogue_has_consumer_and_workstation_gpus(name: str, vendor: str, key: str) -> None:
    index = load_index()
    assert index.resolve(name) == key
    assert index.vendor_of(key) == vendor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "권장 그래픽카드는 지포스 RTX 4060, 라데온 RX 9070 XT 급이다.",
            ["RTX 4060", "RX 9070 XT"],
        ),
        ("4K로 즐기려면 RTX 5070 이상이 필요하다.", ["RTX 5070"]),
        ("게이밍 모델에는 엔비디아 지포스 RTX 5070 노트북 GPU를 넣었다.", ["RTX 5070"]),
        ("RTX 4060과 RTX 4060 Ti를 비교했다.", ["RTX 4060", "RTX 4060 Ti"]),
        ("엔비디아가 지포스 RTX 6080을 먼저 내놓는다.", ["RTX 6080"]),
        ("AMD는 라데온 RX 9080 XT로 돌아온다.", ["RX 9080 XT"]),
        ("인텔은 보급형 아크 B770을 선보인다.", ["Arc B770"]),
        ("권장 그래픽카드는 GTX 1660 이상이다.", ["GTX 1660"]),
        ("AMD가 라데온 프로 W9900 GPU를 공개했다.", ["Radeon PRO W9900"]),
    ],
)
def test_gpu_models_named_by_their_line(text: str, expected: list[str]) -> None:
    assert chips(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "넥슨의 슈팅 게임 아크 레이더스가 다음 달 출시된다.",
        "중소기업이 아크 용접기 신모델 AW-350을 내놨다.",
        "RTX 6080 노트북이 잘 팔린다는 GPU 업계 얘기가 있다.",
        "엔비디아는 지포스 RTX 60 시리즈를 준비한다.",
        "GTX-A 노선 개통으로 반도체 단지 출퇴근이 빨라진다.",
        "그래픽카드 업체가 아크 B7 시제품을 보여줬다.",
        "프로세서는 라이젠 7 7800X3D와 코어 i5-14400F가 쓰인다.",
    ],
)
def test_no_gpu_from_words_laptops_series_or_cpus(text: str) -> None:
    assert [c for c in chips(text) if not c.startswith("GeForce")] == []


def test_line_models_keep_suffixes_and_drop_brand_words() -> None:
    text = "지포스 RTX 6070 Ti SUPER와 Radeon RX 9050 GRE"
    assert [name for name, _, _ in line_models(text, (), ())] == [
        "RTX 6070 Ti SUPER",
        "RX 9050 GRE",
    ]
    assert line_models("RX 9050 XT 재고가 많다", (), ()) == []  # no brand, cue or vendor
