"""Session 23 (r23china, the errors of dev91 and dev93): China's AI chips as
Korean press prints them (Cambricon's 스위안, Hygon's 선쏸 N호, Nvidia's RTX
6000D), Nvidia's roadmap name 파인만, a kind word that describes a named chip
of its vendor, a phone's quoted model number. All text invented."""

from summarizer.entities import load_index


def _chips(text: str) -> set[str]:
    found = load_index().article_vendored([(text, ())])
    return {m.key for _, m, _ in found if m.kind == "chip"}


def test_cambricon_siyuan_in_its_korean_reading() -> None:
    text = "캠브리콘은 추론 칩 '스위안 370'에 이어 학습 칩 스위안590을 내놨다."
    assert _chips(text) == {"MLU370", "MLU590"}


def test_hygon_generations_numbered_ho() -> None:
    text = "하이곤은 새 가속기 '선쏸(深算)3호'를 시험 중이다. 앞서 나온 선쏸 2호는 팔리고 있다."
    assert _chips(text) == {"Shensuan-3", "Shensuan-2"}
    assert _chips("하이곤은 선쑤안1호를 서버 업체에 공급했다.") == {"Shensuan-1"}
    # a unit's number after a family name is no generation ("3호기": the third unit)
    assert _chips("캠브리콘은 스위안 3호기 라인을 가동했다.") == set()
    # "N호" the catalogue does not list is an ordinal: "1호 고객" is the first customer
    assert _chips("SK하이닉스는 엔비디아가 HBM 1호 고객이라고 밝혔다.") == set()
    assert _chips("구글은 TPU 1호 고객으로 한 스타트업을 꼽았다.") == set()


def test_nvidia_china_part_rtx_6000d() -> None:
    text = "중국 당국은 엔비디아 그래픽카드 'RTX 6000D'의 주문을 멈추라고 했다."
    assert _chips(text) == {"RTX Pro 6000"}


def test_feynman_bare_is_nvidia_roadmap_not_the_physicist() -> None:
    assert "Feynman" in _chips("엔비디아는 루빈 울트라 다음 세대 GPU로 파인만을 예고했다.")
    assert _chips("전시에는 리처드 파인만의 강의 노트와 튜링의 논문이 나온다.") == set()


def test_a_kind_word_beside_its_vendors_named_chip() -> None:
    named = "알리바바의 핑터우거는 '전우 810E'가 병렬처리장치(PPU) 구조로 설계됐다고 밝혔다."
    assert _chips(named) == {"Zhenwu 810E"}
    # the vendor's unit named only by the kind word stays its chip
    alone = "알리바바는 자회사가 설계한 PPU를 클라우드에 넣었다. 알리바바의 PPU는 H20급이다."
    assert "PPU" in _chips(alone)


def test_a_phones_quoted_model_number() -> None:
    text = "샤오미는 스마트폰 'K90'에 자체 설계한 AI 칩과 모뎀 칩을 넣었다."
    assert _chips(text) == set()
    assert "K90" in _chips("샤오미는 자체 설계한 AI 칩 'K90'을 데이터센터에 넣었다.")
