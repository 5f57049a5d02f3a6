"""Round fourteen (session 13, r13fix12): model numbers of machines and
devices are no chips, a device's processor is no AI chip, robot and console
SoCs are catalogued as not chips, and a breadcrumb page title does not name
the site."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.chip_discovery import is_device_product
from summarizer.extract import extract_article


@pytest.mark.parametrize(
    "text",
    [
        "한미반도체가 HBM 제조용 신형 열압착 본더 HMB-5를 공개했다.",
        "세진테크는 HBM4용 'FC본더 SJB-7'을 출하했다.",
        "딥엑스의 NPU DX-M1을 넣은 공장용 불량 검사기 VC-200을 내놨다.",
        "리벨리온 아톰 칩을 쓰는 산업용 제어기 IC-550을 선보였다.",
        "AI 반도체 업체는 노광장비 NXT-870 도입을 검토한다.",
    ],
)
def test_a_model_number_after_a_machine_names_the_machine(text: str) -> None:
    found = chips(text)
    assert not any(name[:2] in {"HM", "SJ", "VC", "IC", "NX"} for name in found), found


@pytest.mark.parametrize(
    "text",
    [
        "드론에는 퀄컴의 로봇용 프로세서 QRB5165와 국산 비전 칩이 함께 들어간다.",
        "완성차 업체들이 차량용 프로세서 SA8295P를 넣은 AI 칩 기반 콕핏을 내놓는다.",
        "미디어텍의 모바일 AP MT6991이 온디바이스 AI 칩 경쟁에 나섰다.",
        "게임기용 SoC X9A가 들어간 AI 칩 탑재 게임기가 나온다.",
    ],
)
def test_a_device_processor_is_no_ai_chip(text: str) -> None:
    assert chips(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "스위치 2에는 엔비디아가 설계한 맞춤형 칩 T239가 들어간다.",
        "누리로보틱스는 로봇 팔에 퀄컴 QCS6490 칩을 넣었다.",
        "경쟁사 제품에는 엔비디아가 설계한 T234 칩이 들어간다.",
    ],
)
def test_robot_and_console_socs_are_catalogued_as_not_chips(text: str) -> None:
    assert chips(text) == []


def test_real_chips_beside_machines_and_devices_stay() -> None:
    text = "검사기에는 딥엑스의 NPU DX-M1이 들어가고, 학습은 엔비디아 B200 GPU가 맡는다."
    assert chips(text) == ["DX-M1", "B200"]
    assert not is_device_product("가속기 MX-300", len("가속기 "))
    assert is_device_product("불량 검사기 VC-200", len("불량 검사기 "))


BREADCRUMB_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>AI 칩 수요 2.5배…"GPT-5.1 비용 절감" &lt; 클라우드 &lt; 뉴스 &lt; 기사본문 - 칩인사이드</title>
<meta property="og:title" content="AI 칩 수요 2.5배…&quot;GPT-5.1 비용 절감&quot;">
</head><body><header><a href="/" class="logo">칩인사이드</a></header>
<div class="article"><h2>AI 칩 수요 2.5배…"GPT-5.1 비용 절감"</h2>
<div class="info">염지후 기자 · 승인 2026.03.12 09:00</div>
<p>AMD의 추론용 가속기 MI355X 수요가 올해 2.5배 늘어날 것이라는 전망이 나왔다.
클라우드 기업들이 엔비디아 B300과 함께 AMD 제품을 나눠 사들이고 있기 때문이다.</p>
<p>변수는 메모리다. 차세대 제품은 HBM4를 쓴다. 공급 일정에 따라 출하량이 달라질 수 있다.
업계 관계자는 "추론 수요가 학습 수요를 앞지르는 시점이 빨라지고 있다"고 말했다.</p>
<p>클라우드 기업들은 올해 데이터센터 투자를 지난해보다 30% 늘릴 계획이다. 전력과 냉각 설비가
부족해 새 데이터센터를 짓는 데 시간이 걸리는 점은 부담이다. 업계는 내년 상반기까지
공급 부족이 이어질 것으로 본다.</p>
</div><footer><p>Copyright © 칩인사이드. All rights reserved.</p></footer></body></html>"""


def test_a_breadcrumb_page_title_does_not_name_the_site() -> None:
    page = extract_article(BREADCRUMB_PAGE)
    assert page.title == 'AI 칩 수요 2.5배…"GPT-5.1 비용 절감"'
    assert page.publisher == "칩인사이드"
