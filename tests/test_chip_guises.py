"""Round fifteen, second pass (session 14, r15fix15): a chip's name inside a
cloud instance's or virtual machine's name, after a computer or device noun,
on a golf club, hotel, ship, racehorse or person, and a chip named by a plain
Hangul word in an article that speaks of no chip, are no chips."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.chip_guises import after_device
from summarizer.chip_instances import in_instance
from summarizer.chip_traps import is_person, is_venue


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("애저는 ND GB300 v6 가상머신을 판다.", "GB300"),
        ("애저의 NC A100 v4를 쓴다.", "A100"),
        ("애저 ND96isr H100 v5 VM", "H100"),
        ("AWS의 P6-B200 인스턴스", "B200"),
        ("AWS는 P6e-GB200 울트라서버를 연다.", "GB200"),
        ("오라클 BM.GPU.H100.8 셰이프", "H100"),
        ("가상머신 'H200 v5'를 출시했다.", "H200"),
    ],
)
def test_a_name_inside_an_instance_name(text: str, name: str) -> None:
    assert in_instance(text, *_span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("엔비디아 H100 인스턴스 가격이 내렸다.", "H100"),
        ("GB300 기반 인스턴스를 연다.", "GB300"),
        ("구글 TPU v5p 가상머신", "TPU v5p"),
        ("AMD MI300X 기반 가상머신도 고를 수 있다.", "MI300X"),
    ],
)
def test_a_chip_an_instance_runs_on_is_still_named(text: str, name: str) -> None:
    assert not in_instance(text, *_span(text, name))


def test_cloud_instances_keep_only_the_chips_they_run_on() -> None:
    text = (
        "애저는 NC H100 v5와 ND MI300X v5 가상머신을, AWS는 P6e-GB200 울트라서버를 연다. "
        "스타트업은 엔비디아 B200 인스턴스 대신 트레이니엄2 기반 인스턴스를 쓴다."
    )
    assert chips(text) == ["B200", "Trainium2"]


def test_a_name_after_a_computer_or_device_noun_is_the_device() -> None:
    text = "테슬라는 자율주행 컴퓨터 HW4를 얹은 차량에 새 소프트웨어를 배포한다."
    assert after_device(text, text.index("HW4"))
    assert chips(text) == []
    assert chips("산업용 제어기 L40을 만드는 업체가 로봇 라인업을 늘린다.") == []
    assert chips("테슬라는 자율주행 칩 AI5를 내년형 차량에 넣는다.") == ["AI5"]
    # Tesla's HW4 is its computer; where the text calls it a chip, it is AI4
    assert chips("테슬라는 차량에 HW4를 얹었다.") == []
    assert chips("테슬라 HW4 칩의 후속은 AI5다.") == ["AI4", "AI5"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("행사는 아이언우드 CC에서 열렸다.", "아이언우드"),
        ("트릴리움 컨트리클럽 패키지", "트릴리움"),
        ("뉴욕의 루빈 호텔은 만실이다.", "루빈"),
        ("벌크선 블랙웰호를 인도받았다.", "블랙웰"),
        ("우승한 경주마 루빈 이야기", "루빈"),
        ("LNG운반선 블랙웰을 인도했다.", "블랙웰"),
        ("블랙웰 캐피털이 지분을 샀다.", "블랙웰"),
        ("아이언우드자산운용이 펀드를 냈다.", "아이언우드"),
    ],
)
def test_venues_ships_and_horses(text: str, name: str) -> None:
    assert is_venue(text, *_span(text, name))


def test_people_with_their_titles() -> None:
    text = "로버트 루빈 전 재무장관은 엔비디아 H20 수출 통제를 비판했다."
    assert is_person(text, *_span(text, "루빈"))
    assert chips(text) == ["H20"]
    assert chips("건축가 가우디의 작품과 인텔 가우디 3 칩") == ["Gaudi 3"]
    # a Western given name right before: the person ("그레이스 블랙웰" stays Nvidia's)
    assert chips("엔비디아 H100이 늘었다. 로버트 루빈은 금리 인하를 주장했다.") == ["H100"]
    assert chips("엔비디아 B300 칩 옆에 데이비드 블랙웰의 논문을 걸었다.") == ["B300"]
    assert chips("엔비디아 B200 칩이 나왔다. 루빈스타인의 협주곡이 흘렀다.") == ["B200"]
    # glued particles and suffixes keep the chip
    assert chips("엔비디아 B200 칩과 루빈보다 빠른 블랙웰급 GPU") == ["B200", "Rubin", "Blackwell"]


def test_hangul_word_names_need_an_article_about_chips() -> None:
    travel = (
        "바르셀로나에서는 가우디의 사그라다 파밀리아 성당이 인기다. "
        "숙박은 아이언우드 골프 리조트 패키지가 잘 팔린다. 마이아 레지던스도 만실이다."
    )
    assert chips(travel) == []
    # the vendor named, a chip word beside it, or another chip: it is the chip
    assert chips("구글은 아이언우드를 서울 리전에 들였다.") == ["Ironwood"]
    assert chips("블랙웰 GPU 공급이 늘었다.") == ["Blackwell"]
    assert chips("MI300X보다 블랙웰이 빠르다.") == ["MI300X", "Blackwell"]
    # two names that may be other things vouch for neither (see chip_support)
    assert chips("H100보다 블랙웰이 빠르다.") == []
    # a Latin spelling is no ordinary Korean word
    assert chips("Google sells Ironwood by the pod.") == ["Ironwood"]
    assert chips("삼성전자는 샤인볼트 D램을 공급한다.") == ["HBM3E"]
    assert chips("샤인볼트 시리즈 가구를 들였다.") == []
