"""Integrity of the labelled extraction set in tests/data/extract (see its README)."""

import json
import re
from pathlib import Path

from summarizer.outlet_domains import korean_name, outlet_in_text

DATA = Path(__file__).parent / "data" / "extract"
KINDS = {"GPU", "TPU", "NPU", "LPU", "wafer-scale", "ASIC", "HBM", "memory", "CPU", "SoC"}
KINDS |= {"FPGA", "VPU"}  # programmable logic and Movidius's vision processors (session 22)
KINDS |= {"DPU"}  # Kalray's Coolidge data-processing units, as dev114 labels them (session 25)
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# Korean / Chinese spellings used in the articles, for the loose "is it in the text" check.
ALIASES: dict[str, list[str]] = {
    "Kunlun 735-100": ["쿤룬 735-100"],
    "Zhenwu 810E": ["진무 810E"],
    "Lake Crest": ["레이크 크레스트"],
    "Grayskull": ["그레이스컬"],
    "RTX 4070 SUPER": ["RTX 4070 슈퍼"],
    "RTX 5000 Ada": ["RTX 5000 에이다"],
    "Radeon PRO W7800": ["라데온 프로 W7800"],
    "Arc Pro A60": ["아크 프로 A60"],
    "Arc B580": ["아크 B580"],
    "Arc A750": ["아크 A750"],
    "Enflame S60": ["엔플레임도 자사 S60"],
    "Hygon Z100": ["하이곤 Z100"],
    "Arc B770": ["아크 B770"],
    "Ascend 910B": ["910B"],
    "AKD1000": ["Akida 1000"],
    "HBM-PIM": ["Aquabolt-XL"],
    "Journey 6E": ["저니 6E"],
    # session 17: 征程 read as 정청; DeepX models after the vendor's name alone
    "Journey 5": ["정청(征程) 5"],
    "Journey 6": ["정청6"],
    "Journey 6M": ["정청6M"],
    "DX-V3": ["딥엑스의 V3"],
    "DX-L1": ["딥엑스는 L1"],
    "Goya": ["고야"],
    "Europa": ["유로파"],
    "Metis": ["메티스"],  # session 25: start-ups' chips written in Korean only
    "Pulsar": ["펄사"],
    "Titania": ["티타니아"],
    "Raptor": ["랩터"],
    "Coolidge": ["쿨리지"],
    "Coolidge 2": ["쿨리지2"],
    "Akida Pico": ["아키다 피코"],
    "Ascend 910C": ["910C"],
    "Ascend 950PR": ["950PR"],
    "ATOM": ["아톰"],
    "ION": ["아이온"],
    "Bertha": ["베르타"],
    # session 25: AMD dies in Korean, China parts with the letter set apart
    "Navi 48": ["나비 48"],
    "Navi 44": ["나비 44"],
    # session 25 (r25car): Telechips' car SoCs in Korean
    "Dolphin5": ["돌핀5"],
    "Dolphin3": ["돌핀3"],
    "RTX 4090D": ["RTX 4090 D"],
    "RTX 5090D V2": ["RTX 5090 D v2"],
    "Sohu 2": ["소후 2"],
    "Envise 2": ["엔바이즈 2"],
    "Suisi 4.0": ["수이스 4.0"],
    "Suisi 2.0": ["수이스 2.0", "쑤이쓰 2.0"],
    "Suisi 3.0": ["쑤이쓰(邃思) 3.0"],
    "Chana": ["찰나"],
    "RTX PRO 6000D": ["RTX 프로 6000D"],
    "MetaX C700": ["시윈 C700"],
    "MetaX N260": ["시쓰(曦思) N260"],
    "REBEL": ["리벨"],
    "Warboy": ["워보이"],
    "RNGD": ["레니게이드"],
    "ARIES": ["에리스"],
    "REGULUS": ["레귤러스"],
    "Blackwell": ["블랙웰"],
    "Rubin": ["루빈"],
    "Rubin CPX": ["루빈 CPX"],
    # session 22: model numbers read aloud in radio transcripts (chip_readings)
    "H100": ["에이치백"],
    "H200": ["에이치이백"],
    "B300": ["비삼백"],
    "Grace": ["그레이스"],
    "Vera": ["베라"],
    "Trillium": ["트릴리움"],
    "Ironwood": ["아이언우드"],
    "Axion": ["액시온"],
    "Trainium2": ["트레이니엄2"],
    "Trainium3": ["트레이니엄3"],
    "Trainium4": ["트레이니엄4"],
    "Inferentia2": ["인퍼런시아2"],
    "Graviton4": ["그래비톤4"],
    "Gaudi 2": ["가우디2"],
    "Gaudi 3": ["가우디3"],
    "Falcon Shores": ["팔콘 쇼어스", "팰컨 쇼어스"],
    "HyperAccel LPU": ["LPU"],
    "Rubin Ultra": ["루빈 울트라"],
    "Corsair": ["코세어", "코르세어", "커세어"],
    "Asimov": ["아시모프"],
    "Envise": ["엔바이즈"],
    "Jaguar Shores": ["재규어 쇼어스"],
    "Maia 100": ["마이아 100"],
    "Maia 200": ["마이아 200"],
    "Cobalt 100": ["코발트 100"],
    "Mach-1": ["마하-1"],
    "Mach-2": ["마하-2"],
    "MLU590": ["思元590", "思元)590"],
    "Kunlun P800": ["P800"],
    "Hanguang 800": ["含光800", "含光)800"],
    "Blackhole": ["블랙홀"],
    "Wormhole": ["웜홀"],
    "Sohu": ["소후"],
    "Bodhi 2": ["보디 2"],
    "Hailo-8": ["하일로-8"],
    "Hailo-10H": ["하일로-10H"],
    "GC200": ["콜로서스 MK2"],
    "Cloud AI 100 Ultra": ["클라우드 AI 100 울트라"],
    "Xiyun C600": ["시윈 C600"],
    "Suisi 1.0": ["수이스 1.0"],
    "Enflame T10": ["T10"],
    "Blaize 1600": ["블레이즈 1600"],
    "Hygon K100": ["K100"],
    "Groq LPU": ["LPU"],
    "Radeon AI PRO R9700": ["라데온 AI 프로 R9700"],
    "Radeon PRO W7900": ["라데온 프로 W7900"],
    "MN-Core L1000": ["MN-코어 L1000"],
    "MI450X": ["MI450"],
    "REBEL-Quad": ["리벨 쿼드"],
    "Ascend 950DT": ["950DT"],
    "TPU v3": ["TPU3", "TPU 3세대"],
    "TPU v2": ["TPU 2.0", "2세대 TPU"],
    "TPU v4": ["v4", "4세대 TPU"],
    "MTIA v2": ["v2"],
    "Inferentia": ["인퍼런시아"],
    "Trainium": ["트레이니엄"],
    "Shensuan-1": ["深算一号"],
    "Shensuan-3": ["深算三号"],
    "FSD Chip": ["FSD 칩"],
    "Groq TSP": ["TSP"],
    "Stratix 10 NX": ["스트라틱스 10 NX"],
    "Myriad X": ["미리어드 X"],
    "MN-Core": ["MN-코어"],
}


def squash(text: str) -> str:
    return re.sub(r"[\s\-]", "", text).lower()


def read(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp949")


def _named_otherwise(text: str, publisher: object) -> bool:
    """An outlet named only by its domain ("jhn@etnews.com") or its English
    name ("ⓒ 자본시장 미디어 'thebell'") is stated too."""
    english = re.findall(r"[A-Za-z][A-Za-z&.' ]{1,30}[A-Za-z]", text)
    return outlet_in_text(text) == publisher or any(korean_name(e) == publisher for e in english)


def labels() -> dict[str, dict[str, object]]:
    data: dict[str, dict[str, object]] = json.loads(
        (DATA / "labels.json").read_text(encoding="utf-8")
    )
    return data


def test_every_file_is_labelled_and_decodes() -> None:
    files = {p.name for p in DATA.iterdir() if p.suffix in (".txt", ".html")}
    assert files == set(labels()) and len(files) >= 36
    encodings = {"utf-8": 0, "cp949": 0}
    for name in files:
        raw = (DATA / name).read_bytes()
        try:
            raw.decode("utf-8")
            encodings["utf-8"] += 1
        except UnicodeDecodeError:
            raw.decode("cp949")
            encodings["cp949"] += 1
    assert encodings["cp949"] >= 6


def test_fields_are_well_formed_and_stated() -> None:
    for name, label in labels().items():
        text = read(DATA / name)
        # a headline printed over two lines is labelled with its lines joined by a space
        flat = re.sub(r"\n(?=\S)", " ", text)
        glued = re.sub(r"(?<=[가-힣])\n(?=[가-힣])", "", text)  # a PDF dump's break in a word
        decks = re.sub(r"\n(?=…)", "", text)  # a second deck "…中 …" glued to the first
        assert isinstance(label["title"], str) and label["title"] in flat + glued + decks, name
        publisher, author = label["publisher"], label["author"]
        # an outlet named only by its domain ("jhn@etnews.com") is stated too
        assert publisher is None or publisher in text or _named_otherwise(text, publisher), name
        # several writers are labelled joined by "·" whatever mark the page prints
        assert author is None or all(part in text for part in author.split("·")), name
        published = label["published"]
        assert published is None or (isinstance(published, str) and DATE.fullmatch(published))
        for item in label["not_chips"]:  # type: ignore[attr-defined]
            assert squash(item) in squash(text), (name, item)


def test_chips_are_in_the_text() -> None:
    total = 0
    for name, label in labels().items():
        text = squash(read(DATA / name))
        for chip in label["chips"]:  # type: ignore[attr-defined]
            assert chip["kind"] in KINDS, (name, chip)
            assert isinstance(chip["mentions"], int) and chip["mentions"] >= 1
            spellings = [chip["name"], *ALIASES.get(chip["name"], [])]
            assert any(squash(s) in text for s in spellings), (name, chip["name"])
            total += chip["mentions"]
    assert total >= 120
