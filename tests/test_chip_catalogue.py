"""The chip catalogue (summarizer/data/chips.toml) and discovery beyond it."""

from pathlib import Path

import pytest

from summarizer.analysis import analyse_paragraphs
from summarizer.chip_catalogue import catalogue_from_toml
from summarizer.entities import load_index


def chips(text: str) -> list[str]:
    """Chip keys of one article, with the article-level family rules."""
    index = load_index()
    sentences = analyse_paragraphs([text])
    found = index.article_mentions([(s.text, s.tokens) for s in sentences])
    return [m.key for ms in found for m in ms if m.kind == "chip"]


def test_catalogue_covers_every_major_vendor() -> None:
    index = load_index()
    for name, vendor in [
        ("P100", "Nvidia"), ("H20", "Nvidia"), ("GB300", "Nvidia"), ("Rubin", "Nvidia"),
        ("MI355X", "AMD"), ("Falcon Shores", "Intel"), ("Ironwood", "Google"),
        ("Inferentia2", "Amazon"), ("Maia 100", "Microsoft"), ("MTIA v2", "Meta"),
        ("WSE-3", "Cerebras"), ("LPU", "Groq"), ("SN40L", "SambaNova"),
        ("Wormhole", "Tenstorrent"), ("Ascend 910C", "Huawei"), ("MLU590", "Cambricon"),
        ("BR100", "Biren"), ("MTT S4000", "Moore Threads"), ("Kunlun P800", "Baidu"),
        ("Hanguang 800", "Alibaba"), ("Mach-1", "Samsung Electronics"), ("ATOM", "Rebellions"),
        ("RNGD", "FuriosaAI"), ("DX-M1", "DeepX"), ("X330", "Sapeon"),
    ]:  # fmt: skip
        key = index.resolve(name)
        assert key is not None, name
        assert index.vendor_of(key) == vendor, name
    assert index.entities["HBM3E"].chip_kind == "HBM" and index.vendor_of("HBM3E") is None


def test_aliases_in_three_scripts_resolve_to_one_chip() -> None:
    index = load_index()
    assert {index.resolve(n) for n in ("昇腾910C", "어센드 910C", "Ascend-910C")} == {"Ascend 910C"}
    assert index.resolve("트레이니엄2") == index.resolve("Trainium 2") == "Trainium2"
    assert index.resolve("아이언우드") == "Ironwood" and index.resolve("TPU v7") == "Ironwood"


def test_catalogue_rejects_bad_data() -> None:
    with pytest.raises(ValueError):
        catalogue_from_toml('[[family]]\nhead = { key = "X", bare = "sometimes" }\nchips = []')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AMD는 MI350 시리즈의 MI355X와 MI350X를 공개했다.", ["MI355X", "MI350X"]),
        ("구글의 TPU v5p와 트릴리움, 아이언우드 칩이 나왔다.", ["TPU v5p", "Trillium", "Ironwood"]),
        ("구글 TPU 수요가 늘었다.", []),
        ("B300과 GB300 출하가 시작됐다.", ["B300", "GB300"]),
        ("삼성전자 마하-1 칩과 엔비디아 루빈 GPU.", ["Mach-1", "Rubin"]),
        ("쓰위안(思元)590 칩이 주력이다.", ["MLU590"]),
        ("화웨이는 어센드 950 시리즈를 예고했다.", []),
        # a system named after its chip is no mention of the chip (round eight)
        ("엔비디아 GB200 NVL72 랙과 DGX B200 서버.", []),
        ("B200 8개를 넣은 DGX B200 서버.", ["B200"]),
        ("엔비디아의 최신 GPU XB900이 공개됐다.", ["XB900"]),
        ("Trainium4 칩을 개발 중이다.", ["Trainium4"]),
    ],
)
def test_chips_found(text: str, expected: list[str]) -> None:
    assert chips(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "갤럭시 S25에 탑재된 칩으로 GPT-4o와 EXAONE 3.5를 돌린다.",
        "현대차 GV80과 아이오닉 5에 반도체가 들어간다.",
        "TSMC N3 공정과 A16 공정, FY25 반도체 실적.",
        "자율주행 L4 단계가 온다.",
        "HBM 시장이 커지고 고대역폭메모리(HBM) 256GB 제품이 나왔다.",
        "테슬라는 슈퍼컴퓨터 도조(Dojo)를 중단했다.",
    ],
)
def test_no_false_chips(text: str) -> None:
    assert chips(text) == []


def test_bare_family_only_when_the_article_names_none_of_its_chips() -> None:
    assert chips("화웨이의 어센드 칩이 주목받는다.") == ["Ascend"]
    assert chips("화웨이 어센드 제품군 가운데 어센드 910C가 주력이다.") == ["Ascend 910C"]
    assert chips("블랙웰 GPU인 B200 두 개.") == ["Blackwell", "B200"]
    assert chips("아마존은 트레이니엄 칩을 늘린다. Trainium4 칩을 개발 중이다.") == ["Trainium4"]


def test_unknown_vendor_stays_null_and_vendor_comes_from_the_catalogue() -> None:
    index = load_index()
    assert index.vendor_of("B300") == "Nvidia"
    assert index.vendor_of("XB900") is None


def test_a_name_shown_to_be_a_chip_counts_in_the_whole_article() -> None:
    text = "테슬라는 차량용 추론 칩 AI5를 개발한다. AI5는 삼성전자가 생산한다. 노바의 NPU NV-200이 나왔다. NV-200은 LPDDR5X를 쓴다."
    assert chips(text) == ["AI5", "AI5", "NV-200", "NV-200", "LPDDR5X"]
    assert chips("AI5는 삼성전자가 생산한다.") == []


def test_unknown_noun_and_particle_kept_together_by_kiwi() -> None:
    assert chips("구글은 트릴리움이 이전 TPU보다 효율이 높다고 했다.") == ["Trillium"]
    assert chips("구글은 액시온이 x86 CPU보다 효율이 높다고 했다.") == []  # a CPU
    assert chips("메타버스 시장이 커진다.") == []


def test_chip_named_only_in_the_headline_is_a_mention(tmp_path: Path) -> None:
    from summarizer.corpus import Corpus
    from summarizer.store import Store

    (tmp_path / "a.txt").write_text(
        '인텔, 가우디2로 中 공략…"H20보다 싸다"\n입력 2025-07-14\n'
        "인텔이 중국에 가우디2 수출형을 내놓았다. 성능을 낮춘 제품이다.",
        "utf-8",
    )
    corpus = Corpus(Store(tmp_path / "s.sqlite3"))
    corpus.sync_folder(tmp_path)
    found = {c.key: c.sources for c in corpus.entity_stats("chip")}
    assert found["H20"] == (1,) and found["Gaudi 2"] == (1,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LPU, NPU 같은 추론 특화 반도체 수요가 늘고 있다.", []),
        ("그로크의 LPU는 S램만 쓴다. LPU는 추론에 강하다.", ["LPU", "LPU"]),
        ("하이퍼엑셀이 LPU 양산에 들어간다. LPU는 4나노로 만든다.", ["HyperAccel LPU"] * 2),
        ("AI 반도체 시장이 자금을 빨아들이는 블랙홀이 됐다.", []),
        ("텐스토렌트는 블랙홀 칩을 공급했다.", ["Blackhole"]),
        ("디매트릭스의 코세어는 추론 칩이다.", ["Corsair"]),
        ("SK하이닉스는 M15X 팹에서 HBM 반도체를 만든다. 평택 P4 라인도 가동된다.", []),
        ("기존 P4만으로는 HBM 수요를 감당하기 어렵다.", []),
        ("엔비디아 L4 GPU와 A30 GPU를 빌려 쓴다.", ["L4", "A30"]),
        ("삼성전자는 PM1743 SSD를, 퀄컴은 X85 모뎀 칩을 공개했다.", []),
        ("애플은 AI 서버 칩 발트라를 개발 중이다.", ["Baltra"]),
        ("KAI는 KF-21 전투기에 국산 AI 반도체를 탑재한다.", []),
        ("SK하이닉스는 이천 M16에서 반도체를 생산한다.", []),
        ("Chip stocks ascend as orders for H100s and MI300Xs grow.", ["H100", "MI300X"]),
        ("Xavier Niel said Thor would be a hit.", []),
        ("TOP500 슈퍼컴퓨터 순위에서 엔비디아 GPU 기반 시스템이 1위를 했다.", []),
        ("볼보 XC90에 엔비디아 드라이브 칩이 들어간다.", []),
        ("갤럭시 탭 S10에는 미디어텍 칩이 들어간다.", []),
        ("엔비디아 그레이스 CPU와 구글 액시온은 Arm 기반이다.", []),
    ],
)
def test_kind_words_factories_and_products(text: str, expected: list[str]) -> None:
    assert chips(text) == expected


def test_cpus_are_recognised_but_not_chips() -> None:
    index = load_index()
    key = index.resolve("그래비톤4")
    assert key == "Graviton4" and index.entities[key].kind == "cpu"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AMD의 MI355 GPU와 MI325 GPU.", ["MI355X", "MI325X"]),
        ("인텔 데이터센터 GPU 맥스 1550과 아크 프로 B60.", ["Ponte Vecchio", "Arc Pro B60"]),
        # round nine: a Jetson module is an SoC board, not an AI chip
        ("엔비디아 젯슨 AGX 토르와 RTX PRO 6000 블랙웰 GPU.", ["RTX Pro 6000"]),
        ("화웨이 升腾910C와 바이두 쿤룬 2 칩.", ["Ascend 910C", "Kunlun 2"]),
        (
            "엔플레임 T21과 i20 가속기, 무어스레드 MTT X300.",
            ["Enflame T21", "Enflame i20", "MTT X300"],
        ),
        (
            "미식 AI의 M1076과 블레이즈 P1600, 하일로 Hailo-10 칩.",
            ["M1076", "Pathfinder P1600", "Hailo-10H"],
        ),
        ("보스반도체 이글-N과 하이퍼엑셀 베르타 칩.", ["Eagle-N", "Bertha"]),
        ("테슬라 HW4 칩과 SK하이닉스 LPDDR5T.", ["AI4", "LPDDR5T"]),
    ],
)
def test_chips_added_in_the_audit_are_found(text: str, expected: list[str]) -> None:
    assert chips(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "퀄컴 스냅드래곤 8 엘리트 칩과 오픈AI의 GPT-5.",
        "엔비디아 젯슨 오린 모듈과 드라이브 토르 칩.",
        "애플 M5 칩과 구글 텐서 G5 칩, 인텔 제온 6900P 프로세서.",
        "엔비디아 블루필드-3 DPU와 스펙트럼-X 스위치 칩, DGX 스파크.",
        "삼성전자 SOCAMM2와 CMM-D CXL 메모리 반도체.",
        "베르타 씨는 현대차 i20을 탄다.",
    ],
)
def test_audit_traps_are_not_chips(text: str) -> None:
    assert chips(text) == []


def test_catalogue_files_load_as_one() -> None:
    index = load_index()
    assert index.vendor_of("Eagle-N") == "BOS Semiconductors"  # chips_asia.toml
    assert index.vendor_of("Alveo V70") == "AMD"  # chips.toml
    two = catalogue_from_toml('not_chips = ["^A"]', 'not_chips = ["^B"]')
    assert two.not_chips == ("^A", "^B")
