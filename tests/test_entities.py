from summarizer.analysis import analyse_paragraphs
from summarizer.entities import load_index


def found(text: str) -> list[tuple[str, str]]:
    index = load_index()
    out = []
    for sentence in analyse_paragraphs([text]):
        out += [(m.key, m.kind) for m in index.find(sentence.text, sentence.tokens)]
    return out


def test_aliases_in_three_scripts() -> None:
    assert ("Ascend", "chip") in found("화웨이의 어센드 칩이 주목받는다.")
    assert ("Ascend", "chip") in found("昇騰 칩을 쓴다.")
    assert ("Kunlun", "chip") in found("바이두의 崑崙 칩.")
    assert ("nvidia", "company") in found("NVIDIA가 발표했다.")
    assert ("deepseek", "company") in found("Deep Seek이 공개했다.")


def test_token_boundaries() -> None:
    keys = [k for k, _ in found("엔비디아는 H200과 H20을 판매한다.")]
    assert keys.count("H20") == 1 and keys.count("H200") == 1
    assert ("meta", "company") not in found("메타버스 시장이 커진다.")


def test_not_chips() -> None:
    chips = [
        k
        for k, kind in found(
            "딥시크 R1은 MoE 구조로 ChatGPT와 경쟁하고 SK하이닉스는 AI 칩을 만든다."
        )
        if kind == "chip"
    ]
    assert chips == []


def test_unknown_chips_spoken_of_as_chips() -> None:
    result = found(
        "AMD의 MI300X와 엔비디아 B300 GPU, 화웨이 어센드 910C 칩, 인텔 가우디 3 가속기가 경쟁한다."
    )
    chips = [k for k, kind in result if kind == "chip"]
    assert chips == ["MI300X", "B300", "Ascend 910C", "Gaudi 3"]


def test_model_number_without_chip_talk_is_not_a_chip() -> None:
    assert [k for k, kind in found("XR500 요금제가 출시됐다.") if kind == "chip"] == []


def test_discovery_needs_a_chip_word_nearby_and_skips_standards() -> None:
    assert ("B300", "chip") in found("엔비디아의 최신 GPU B300이 공개됐다.")
    assert [
        k for k, kind in found("인증 ISO9001을 받은 회사가 반도체 장비를 만든다.") if kind == "chip"
    ] == []
    far = "XJ500 모델은 작년에 출시되어 많은 소비자에게 오랫동안 사랑받아 왔으며 회사는 올해 새 반도체 공장을 짓는다."
    assert [k for k, kind in found(far) if kind == "chip"] == []
