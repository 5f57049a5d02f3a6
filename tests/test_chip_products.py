"""Products named by how their model numbers are built (issue 13, session 16):
a laptop, a phone, a car, an aircraft or a cloud instance holding a chip is
no chip; an unknown start-up's chip after an ordinary noun stays one.

The table is r17fix31's battery (one sentence each, invented), plus the
lead's six false chips of session 16."""

from __future__ import annotations

import pytest

from summarizer.chip_brands import brand_device
from summarizer.chip_instances import in_instance
from summarizer.entities import load_index


def _chips(text: str) -> set[str]:
    found = load_index().article_vendored([(text, ())])
    return {m.key for _, m, _ in found if m.kind == "chip"}


PRODUCTS = (
    "HP 엘리트북 X360 G11과 델 XPS 14는 NPU 40TOPS 이상의 칩을 갖췄다.",
    "레노버 씽크패드 X1 카본 13세대는 인텔 칩을, 씽크패드 T14s는 AMD 칩을 택했다.",
    "에이서 스위프트 14 AI와 니트로 V16 게이밍 노트북에는 엔비디아 GPU가 달렸다.",
    "보잉 B737 맥스 조종석에는 새 프로세서 칩이 들어간다. 에어버스 A321neo도 비슷하다.",
    "포르쉐 타이칸 4S와 BMW i7 M70에는 고성능 칩이 들어간다.",
    "AWS의 EC2 P5e 인스턴스와 애저 ND H200 v5 가상머신은 GPU 자원을 빌려준다.",
    "델 래티튜드 7450 G2는 인텔 칩을 골랐다.",
    "HP 프로북 X460 G10은 AMD 프로세서를 얹었다.",
    "레노버 아이디어패드 S5x는 퀄컴 칩을 탑재했다.",
    "에이서 프레데터 H18 게이밍 노트북에는 엔비디아 GPU가 들어갔다.",
    "기가바이트 어로스 X16 노트북은 AI 칩 성능을 앞세웠다.",
    "MSI 스텔스 A18 AI 랩톱에는 새 프로세서가 달렸다.",
    "화웨이 메이트북 X14s는 자체 칩을 썼다.",
    "삼성 갤럭시북 P16 프로는 NPU를 갖춘 칩을 넣었다.",
    "비보 X300 울트라는 자체 이미지 칩을 달았다.",
    "오포 파인드 N5 폴드는 퀄컴 칩을 채택했다.",
    "원플러스 에이스 V7에는 스냅드래곤 칩이 들어갔다.",
    "낫싱 폰 M3 프로는 미디어텍 칩을 골랐다.",
    "레노버 탭 P13s는 AI 칩을 넣은 태블릿이다.",
    "샤오미 패드 K8 프로에는 고성능 칩이 들어갔다.",
    "화웨이 메이트패드 R12 에어는 기린 칩을 넣었다.",
    "기아 EV5 GT에는 자율주행 칩이 들어간다.",
    "현대차 넥쏘 N9에는 새 제어 칩이 들어간다.",
    "볼보 EX30 크로스컨트리에는 퀄컴 칩이 들어간다.",
    "지커 Z001 FR에는 엔비디아 칩이 실렸다.",
    "샤오펑 P7 플러스에는 자체 개발 칩이 들어간다.",
    "니오 ET9 세단에는 자체 설계 칩 두 개가 들어간다.",
    "에어버스 A350 1000 조종석에는 새 프로세서 칩이 들어간다.",
    "엠브라에르 E195 E2 여객기에는 항공용 칩이 쓰인다.",
    "록히드마틴 F35 라이트닝 전투기는 새 프로세서 칩을 받는다.",
    "보잉 K777 엑스 화물기 조종석에는 고성능 칩이 들어간다.",
    "DJI 에어 S3 드론에는 자체 AI 칩이 들어갔다.",
    "스카이디오 X10 D 드론은 엔비디아 칩으로 장애물을 피한다.",
    "오텔 에보 M4T 드론에도 비전 칩이 들어간다.",
    "캐논 EOS R7 마크2 카메라는 AI 칩으로 초점을 맞춘다.",
    "니콘 Z9 II 카메라에는 새 영상 처리 칩이 들어갔다.",
    "후지필름 X-T6 카메라는 자체 칩으로 색을 만든다.",
    "파나소닉 루믹스 S9 프로에는 AI 프로세서가 달렸다.",
    "마이크로소프트 엑스박스 X2 콘솔에는 AMD 칩이 들어간다.",
    "소니 PS6 포터블에는 AMD 칩이 들어갈 전망이다.",
    "밸브 스팀덱 S2 게임기에는 AMD 칩이 쓰인다.",
    "에이수스 ROG 앨리 X2 게임기는 새 AMD 칩을 넣었다.",
    "LG 휘센 W20 에어컨에는 AI 칩이 들어가 절전한다.",
    "삼성 비스포크 AI 세탁기 WF25에는 NPU 칩이 들어갔다.",
    "다이슨 V16 디텍트 청소기에는 새 프로세서가 들어갔다.",
    "로보락 Q8 울트라 로봇청소기에는 AI 칩이 들어간다.",
    "구글 클라우드 A4X 맥스 인스턴스는 엔비디아 GPU를 빌려준다.",
    "오라클 BM.GPU.H100.8 셰이프와 애저 NC H100 v5 가상머신은 GPU를 제공한다.",
    "애저 ND MI300X v5 가상머신은 AMD 가속기 8개를 묶는다.",
    "AWS EC2 G6e 인스턴스에는 엔비디아 GPU가 들어간다.",
    "델 파워엣지 R770 서버에는 인텔 칩이 들어간다.",
    "HPE 프로라이언트 DL380a Gen12 서버는 GPU 4장을 넣는다.",
    "레노버 씽크시스템 SR680a V3는 GPU 8개를 갖췄다.",
    "슈퍼마이크로 AS-4125GS 서버는 AMD 가속기를 넣었다.",
    "인스퍼 NF5688 M7 서버에는 GPU 8장이 들어간다.",
    "보스턴다이내믹스 아틀라스 E2 로봇에는 엔비디아 칩이 들어간다.",
    "유니트리 G1 휴머노이드에는 AI 칩이 들어갔다. 후속 H2도 같은 칩을 쓴다.",
    "피규어 F03 로봇에는 자체 AI 칩이 들어간다.",
    "애플 맥북 에어 M5 모델과 아이맥 24는 새 칩을 넣었다.",
    "서피스 프로 X12에는 퀄컴 칩이 들어갔다.",
    "갤럭시 워치 W8 클래식에는 저전력 칩이 들어갔다.",
    "가민 에픽스 P2 시계에는 새 칩이 들어갔다.",
    "메타 퀘스트 Q4 헤드셋에는 퀄컴 칩이 들어간다.",
    "고프로 히어로 H14 블랙은 새 영상 칩을 넣었다.",
    "포드 F150 라이트닝에는 새 반도체 칩이 들어간다.",
    "토요타 RAV4 하이브리드에는 차량용 반도체가 들어간다.",
    "삼성 네오 QLED QN95H TV에는 AI 프로세서가 들어갔다.",
    "벤츠 CLA 250 세단에는 엔비디아 칩이 들어간다.",
    "에이서 스위프트 S14s 노트북은 인텔 칩을 택했다.",
)

CHIPS = (
    ("신생 기업 뉴로웨이브가 추론용 NW300 칩을 공개했다.", "NW300"),
    ("스타트업 하이퍼코어는 QX-700 가속기를 내년에 양산한다.", "QX-700"),
    ("국내 팹리스 퀀텀엣지의 AI 칩 QE200이 시제품을 냈다.", "QE200"),
    ("미국 스타트업 렉시온은 LX900 추론 칩을 클라우드에 공급한다.", "LX900"),
    ("새 NPU VX-12는 전력을 절반으로 줄였다.", "VX-12"),
    ("중국 신생사 톈수가 학습용 가속기 TS500을 내놓았다.", "TS500"),
    ("반도체 설계사 아르카는 AR80 NPU를 차량에 공급한다.", "AR80"),
    ("팹리스 모빌린트의 후속 칩 MX200은 엣지 서버를 겨냥한다.", "MX200"),
    ("칩 스타트업 세레스는 CX400 칩을 데이터센터에 넣는다.", "CX400"),
    ("이스라엘 신생 기업이 만든 NR-5 가속기가 주목받았다.", "NR-5"),
    ("일본 스타트업 프리퍼드의 MN-4 칩은 학습 전용이다.", "MN-4"),
    ("신생 업체 오르비스의 OB220 칩에는 HBM 4개가 붙는다.", "OB220"),
    ("AI 반도체 기업 딥큐브가 DQ100 칩을 공개했다.", "DQ100"),
    ("엣지 AI용 NPU SL300을 실리콘랩이 내놨다.", "SL300"),
    ("국산 가속기 KX700은 추론 성능을 두 배로 높였다.", "KX700"),
    ("스타트업 에너지원은 EW40 칩으로 전력을 아꼈다.", "EW40"),
    ("팹리스 하이로직이 설계한 HL900 프로세서가 양산에 들어갔다.", "HL900"),
    ("새 칩 ZN300은 모바일 추론을 겨냥한다. 스타트업 제논이 만들었다.", "ZN300"),
    ("대만 신생사 포모사의 FM-8 가속기는 서버용이다.", "FM-8"),
    ("AI 칩 업체 바이트랩의 BL500 칩에는 자체 NPU 코어가 들어간다.", "BL500"),
)


@pytest.mark.parametrize("text", PRODUCTS)
def test_a_product_holding_a_chip_names_no_chip(text: str) -> None:
    assert _chips(text) == set()


@pytest.mark.parametrize(("text", "chip"), CHIPS)
def test_a_start_ups_chip_stays_a_chip(text: str, chip: str) -> None:
    assert chip in _chips(text)


def _at(text: str, name: str) -> tuple[int, int]:
    at = text.index(name)
    return at, at + len(name)


def test_how_the_name_is_built() -> None:
    for text, name in (
        ("HP 엘리트북 X360 G11은 칩을 갖췄다.", "X360"),  # a second code after
        ("보잉 B737 맥스 조종석", "B737"),  # a variant word after
        ("BMW i7 M70에는", "M70"),  # another model code before
        ("씽크패드 T14s는", "T14"),  # a letter glued after a line word
        ("니트로 V16 게이밍 노트북에는", "V16"),  # what the product is
        ("에어버스 A350 조종석에는 새 프로세서 칩이 들어간다.", "A350"),  # a part holds it
    ):
        assert brand_device(text, *_at(text, name), []), name


def test_a_chip_vendor_a_descriptor_or_a_chip_word_keeps_the_chip() -> None:
    text = "엔비디아 X300 울트라"
    assert not brand_device(text, *_at(text, "X300"), [], [(0, 4)])
    for text, name in (
        ("차세대 NX-9 맥스", "NX-9"),
        ("애플 M9 맥스 칩", "M9"),
        ("뉴로칩스 NC500 칩에는 HBM이 들어간다.", "NC500"),
        ("가속기 X500 SXM5 모듈", "X500"),
    ):
        assert not brand_device(text, *_at(text, name), []), name


def test_an_instance_name_found_by_its_number_is_the_instance() -> None:
    text = "애저 NC B300 v6 가상머신은 GPU를 빌려준다."
    assert in_instance(text, *_at(text, "B300"))
    assert _chips(text) == set()
    assert "B300" in _chips("B300 인스턴스는 GPU를 빌려준다.")
