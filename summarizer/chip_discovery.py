"""Chips beyond the catalogue: model numbers spoken of as chips.

A model-number shape ("B300", "MI450X", "XR-M7") is a chip candidate when a
chip word (칩, 가속기, GPU, NPU, 반도체 …) stands close to it, or when it
follows a chip vendor's name directly ("엔비디아 B300"). A name followed by
시리즈/series is a product line, not a chip, and the catalogue's ``not_chips``
patterns (AI models, phones, cars, racks, process nodes) are never chips.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from .chip_booths import DEVICE_NOUNS, booth_number, device_named
from .chip_brands import brand_device
from .chip_instances import in_instance
from .chip_lines import laptop_part, line_models
from .chip_sites import is_facility
from .chip_traps import (
    built_on_chip,
    carries_chip,
    chip_cue,
    in_subline,
    names_other,
    names_part,
)

# Words that make a sentence speak of chips.
# ("양성자 가속기 PT-235": a particle accelerator is no chip)
_PARTICLE = "".join(
    f"(?<!{w})(?<!{w} )" for w in ("양성자", "중입자", "입자", "선형", "방사광", "원형", "이온")
)
CHIP_CUES = re.compile(
    r"칩|GPU|NPU|TPU|LPU|(?-i:IPU|RDU)|"
    + _PARTICLE
    + r"가속기|반도체|프로세서|그래픽\s*(?:처리\s*장치|카드)|"
    r"accelerator|chip|processor|semiconductor|芯片",
    re.IGNORECASE,
)
# A chip-like model name: letters then digits, optional suffix (B200, MI300X),
# or letters, a hyphen and a short code (DX-M1, WSE-3), or a line's code, a
# hyphen and a model code (CV3-AD685, QX7-MP250): one name, never its parts.
_MODEL_NAME = re.compile(
    r"(?<![A-Za-z0-9.\-&/])"
    r"([A-Z]{2,4}\d{1,2}-[A-Z]{1,3}\d{2,4}[A-Z]?"
    r"|[A-Z]{1,4}\d{2,4}[A-Z]{0,3}|[A-Z]{2,4}-[A-Z]?\d{1,3}[A-Z]?|[A-Z]{2,3}\d)"
    r"(?=s?(?![A-Za-z0-9\-]))"  # "H30s": an English plural
)
# What every model name holds: a capital, then a digit after at most a hyphen
# and three capitals; a cheap test before _MODEL_NAME (issue 14: ingest CPU)
_MODEL_SHAPE = re.compile(r"[A-Z][A-Z\-]{0,4}\d")
# How close (in characters) a chip word must stand to a model name for the
# name to count as a chip: "B200 GPU", "가속기 MI300X", "MI300X를 탑재한 가속기".
_CUE_WINDOW = 30
# A model number after a family name: "Ascend 910C", "Gaudi 3", "TPU v8".
VARIANT = re.compile(
    r"[ \-]?(?:\([^)]{1,12}\)\s*)?"
    # a version is one number: "Suisi 3.0", "HiBL 1.0" (never cut to "Suisi 3")
    # a model's numbered suffix stays on it: "쿤룬 818-300" (never cut to "Kunlun 818")
    r"(\d{1,2}\.\d{1,2}(?![.\d])|v\d{1,2}[a-z]{0,2}|[A-Z]?\d{1,4}[A-Z]{0,2}(?:-\d{2,4})?)"
    r"(?![A-Za-z0-9])"
)
# "선쏸(深算)1호", "선쏸 2호는": a generation's number, not "1호기" (a unit) or "2호점"
_NUMBERED = re.compile(
    r"[ \-]?(?:\([^)]{1,12}\)\s*)?(\d{1,2})호(?=[은는이가을를의와과도로에'\"’”)\s,.·]|$)"
)
# A number that is a quantity, not a model: "910개", "3세대", "3배", "12단".
QUANTITY_AFTER = re.compile(
    r"\s*(?:개|세대|배|년|월|일|%|만|억|조|천|달러|위안|원|위|명|차|단|층|사|분기|종|대|곳|건|"
    r"호|장|시간|나노|nm|GB|TB|W\b)"
)
_UNIT = re.compile(r"\d(?:GB|TB|MB|GW|MW|KW|W|V|nm|GHz)$", re.IGNORECASE)
# "MI350 시리즈", "X100 series": the product line, not a chip of that name.
_SKU_END = re.compile(r"\d[A-Za-z]$")
_GENERATION_END = re.compile(r"(?<![A-Za-z])(?:HBM|GDDR|LPDDR|DDR)\d[A-Za-z]?$", re.IGNORECASE)
_SERIES_AFTER = re.compile(r"\s*(?:시리즈|series|계열|제품군|라인업|패밀리|family)", re.IGNORECASE)
# "PM1743 SSD", "X85 모뎀", "IMX989 센서": a product that is not an AI chip.
_PRODUCT_AFTER = re.compile(
    r"\s*(?:SSD|모뎀|modem|스마트폰|폰|노트북|랩톱|태블릿|TV|모니터|서버|랙|인스턴스|카메라|"
    r"이미지\s*센서|센서|sensor|워치|장비|로봇|세단|SUV|드론|전투기|항공기|여객기|헬기|미사일|위성|"
    r"로켓|발사체|잠수함|전차|열차|선박|캐비닛|cabinet|섀시|블레이드|노드|시스템|system|보드|board|"
    r"카드|card|모듈|module|키트|어플라이언스|appliance|워크스테이션|슈퍼컴|"
    # "VCU118 FPGA 보드": a board carrying programmable logic (a research chip's test bed)
    r"FPGA\s?(?:보드|board|카드|card|모듈|module|키트|kit)|"
    # vehicles named as compounds: "EMU-320 고속열차", "X 수소트램", "X 정지궤도위성"
    r"[가-힣]{1,4}(?:열차|트램|전동차|기관차|여객기|화물기|항공기|위성|발사체|로켓|선박|트럭|버스))",
    re.IGNORECASE,
)
# "HL-338은 PCIe 카드다", "MN-9는 PFN의 슈퍼컴퓨터다": a name its clause says is a
# card, a system or a device (not "NX-7은 서버용 칩이다")
_SAID_TO_BE = re.compile(
    r"(?:은|는)\s[^.!?\n]{0,30}?(?:카드|보드|모듈|서버|랙|어플라이언스|워크스테이션|슈퍼\s?컴퓨터|"
    r"노트북|스마트폰|태블릿|로봇|전투기|항공기|헬기|미사일|위성|자동차|세단|SUV)"
    r"(?:이다|다|입니다|이며|이고)(?![가-힣])"
)
# A phone, a car or a tablet of that name: "갤럭시 S25", "아이오닉 5", "Model Y".
_PRODUCT_BEFORE = re.compile(
    r"(?:갤럭시|Galaxy|아이폰|iPhone|픽셀|Pixel|아이패드|iPad|맥북|MacBook|아이오닉|IONIQ|"
    r"제네시스|Genesis|모델|Model|스마트폰|폰|차량|자동차|전기차|탭|Tab|워치|Watch|메이트|Mate|"
    r"볼보|Volvo|BMW|벤츠|Mercedes|아우디|Audi|포르쉐|Porsche|도요타|토요타|Toyota|혼다|Honda|"
    r"폭스바겐|Volkswagen|리비안|Rivian|루시드|Lucid|BYD|기아|Kia|현대차|"
    # aircraft makers: "에어버스 A350", "코맥 C919", "록히드마틴 F-35A"
    r"에어버스|Airbus|보잉|Boeing|코맥|COMAC|엠브라에르|Embraer|봄바디어|Bombardier|"
    r"록히드\s?마틴|Lockheed(?:\sMartin)?|노스롭\s?그루먼|Northrop(?:\sGrumman)?|"
    # server and supercomputer lines: "HPE 크레이 EX4000", "씽크시스템 SR675"
    r"크레이|Cray|파워엣지|PowerEdge|씽크시스템|ThinkSystem|프로라이언트|ProLiant|"
    r"불세쿼나|BullSequana|프라이머지|PRIMERGY|슈퍼돔|Superdome|"
    # phone, watch and modem processors and network and interconnect parts in
    # Hangul (their Latin names are the catalogue's not_chips): "스냅드래곤 X85",
    # "엑시노스 W1000", "헬리오 G99", "패시지 M1000", "필로직 MT7927"
    r"스냅드래곤|엑시노스|디멘시티|헬리오|패시지|토마호크|제리코|블루필드|커넥트\s?X|"
    r"패스트커넥트|필로직)"
    # the name may be quoted: "스마트폰 'P30'", "갤럭시 ‘S10’"
    r"\s*['\"‘“]?\s*$",
    re.IGNORECASE,
)
# "열압착 본더 HMB-5", "불량 검사기 VC-200", "게임기 X1": a model number right
# after a machine or a device that is not a chip names that product
# "PCIe 카드 X", "M.2 모듈 X", "개발자용 보드 X": a card, a module or a kit
# named by its form or its use for developers is that product; a card named
# for what it computes ("가속 카드 스파이어", "그래픽카드 RTX 5090") is not
FORM_CARD = (
    r"(?:PCIe|PCI\s?익스프레스|M\.2|USB|OCP|개발자?\s?용?|확장|평가용?|레퍼런스)\s*"
    r"(?:카드|보드|모듈|키트)"
)
_MACHINE_BEFORE = re.compile(
    r"(?:" + DEVICE_NOUNS + r"|" + FORM_CARD + r"|장비|노광장비|서버|프린터|모듈|보드|키트|기기|"
    r"기체|편의점|매장|"
    r"세탁기|에어컨|스피커|"
    # "영상분석 장치 X", not "신경망 처리 장치 X" (an NPU) or "가속 장치"
    r"(?<!처리)(?<!처리\s)(?<!연산)(?<!연산\s)(?<!가속)(?<!가속\s)장치)\s*['\"‘“]?\s*$"
)
# "로봇용 프로세서 QRB5165", "모바일 AP X", "게임기용 SoC": a device's processor,
# like a phone's, a PC's or a car's, is not an AI chip
_DEVICE_PROCESSOR_BEFORE = re.compile(
    r"(?:로봇|모바일|스마트폰|폰|차량|자동차|전장|게임기|콘솔|PC|노트북|태블릿|드론|가전|TV|"
    r"웨어러블|IoT)\s*용?\s*(?:애플리케이션\s*)?(?:프로세서|AP|SoC|칩셋)\s*['\"‘“]?\s*$",
    re.IGNORECASE,
)
# "후지쓰의 CPU A64FX", "A64FX CPU", "CPU 'A64FX'": a processor, which is not
# an AI chip; so is one named with its maker's name ("서버 CPU '하이곤 C86'")
_CPU_BEFORE = re.compile(r"(?:CPU|중앙처리장치)\s*(?:인|은|는|의)?\s*['\"‘“]?\s*$", re.IGNORECASE)
_CPU_AFTER = re.compile(r"['\"’”]?\s*(?:CPU|중앙처리장치)", re.IGNORECASE)
# "GB300 NVL72", "HGX H100", "DGX B200": a system named after the chip inside it
# (a rack, a board, a server) is no mention of the chip; so are the vendors'
# named systems "트레이니엄3 울트라서버", "Trainium3 UltraServer", "X 슈퍼포드",
# "X SuperCluster" (not a plain "H100 서버", which speaks of the chip)
_SYSTEM_BEFORE = re.compile(r"\b(?:DGX|HGX|MGX)[\s-]?$")
_SYSTEM_AFTER = re.compile(
    r"[\s-]?NVL\s?\d|\s?(?:울트라\s?(?:서버|클러스터)|슈퍼\s?(?:포드|클러스터|노드)|"
    r"Ultra\s?(?:Server|Cluster)|Super\s?(?:PoD|Pod|Cluster|Node))",
    re.IGNORECASE,
)
# "NX-1", "KL720", "AX-3000E": a model number's stem, number and suffix
_SIBLING = re.compile(r"(?P<stem>[A-Z]{2,4}-?)(?P<number>\d{1,4})[A-Z]{0,2}")
# "NX-7 칩을 탑재한 서버": the chip word right after a model number names it,
# even where the chip is fitted into something (chip_traps.chip_cue)
_CHIP_RIGHT_AFTER = re.compile(r"\s?(?:AI\s?)?(?:칩(?![셋렛])|반도체|프로세서|가속기|NPU|GPU)")
# "MX3", "EX2": two or three capitals and one digit, too short to trust a
# chip word 30 characters away; a chip only with the chip word right beside
# it ("칩 MX3", "MX3 칩", "MX3는 칩을") or once the article has shown it
_ONE_DIGIT = re.compile(r"[A-Z]{2,3}\d")
_CHIP_WORD_BEFORE = re.compile(r"(?:칩|NPU|GPU|가속기|프로세서)\s?['\"‘“]?$")
_CHIP_WORD_NEXT = re.compile(r"(?:은|는|이|가)?\s?(?:AI\s?)?(?:칩(?![셋렛])|NPU|가속기)")
# How far (in characters) a vendor's name may stand before a model number.
_VENDOR_GAP = 4
# "NPU 칩 문라이트-2(MoonLight-2)": a product named in Hangul and in Latin letters,
# the same model number in both, right after a chip word
_PAIRED_MODEL = re.compile(
    r"(?<![가-힣])[가-힣]{2,8}[-\s]?(?P<n>\d{1,3}[A-Z]?)\s?"
    r"\((?P<name>[A-Z][A-Za-z]{2,15}[-\s]?(?P=n))\)"
)
_PAIR_GAP = 3
# "엔비디아 H 200": a vendor's model number with a space inside (resolved by the caller)
# "RecAccel N3000", "Pathfinder P1600": a product line's Latin word (mixed
# case, not all capitals) right before a model number is part of its name
_LINE_WORD = re.compile(r"(?<![A-Za-z0-9.\-])([A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]{3,}) $")
# "스피드AI240(speedAI240)": the Latin name after a Hangul spelling glued to the number
_HANGUL_GLUED = re.compile(r"\((?P<name>[A-Za-z][A-Za-z\-]{1,15}\d{2,4}[A-Za-z]{0,2})\)")
_SPACED_MODEL = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,2}) (\d{3})(?![A-Za-z0-9])")


@dataclass(frozen=True)
class Candidate:
    name: str
    start: int
    end: int
    spaced: bool = False  # "H 200" read as "H200": a chip only if catalogued


def discover(
    text: str,
    taken: Sequence[tuple[int, int]],
    vendor_spans: Sequence[tuple[int, int]],
    is_excluded: Callable[[str], bool],
    known: AbstractSet[str] = frozenset(),
) -> list[Candidate]:
    """Model-number chips in ``text`` outside the ``taken`` spans.
    ``vendor_spans``: where chip vendors are named in the sentence; ``known``:
    names the article has already shown to be chips."""
    lines = _line_chips(text, taken, vendor_spans, is_excluded)
    if lines:  # "지포스 RTX 4060", "그래픽카드 RX 9070 XT": a GPU line's model
        taken = [*taken, *((c.start, c.end) for c in lines)]
    return lines + _discover(text, taken, vendor_spans, is_excluded, known)


def _discover(
    text: str,
    taken: Sequence[tuple[int, int]],
    vendor_spans: Sequence[tuple[int, int]],
    is_excluded: Callable[[str], bool],
    known: AbstractSet[str],
) -> list[Candidate]:
    if not model_shaped(text) and "(" not in text:
        # no model number, no paired name: only a spaced one after a vendor,
        # which needs no chip word (issue 14: the cues are not looked for)
        return _paired_or_spaced(text, taken, (), vendor_spans)
    if not cue_spans(text) and not vendor_spans and not known:
        return []
    cues = [(s, e) for s, e in cue_spans(text) if chip_cue(text, s, e)]  # not "칩을 달아"
    found: list[Candidate] = []
    for match in _MODEL_NAME.finditer(text) if _MODEL_SHAPE.search(text) else ():
        start, end = match.span(1)
        name = match.group(1)
        if any(s <= start < e or s < end <= e for s, e in taken) or is_excluded(name):
            continue
        if QUANTITY_AFTER.match(text, end) or _SERIES_AFTER.match(text, end):
            continue
        if is_facility(text, start, end) or _PRODUCT_AFTER.match(text, end):
            continue
        if _SAID_TO_BE.match(text, end):
            continue  # "HL-338은 PCIe 카드다": a card
        if in_system(text, start, end) or in_instance(text, start, end):
            continue  # "GB300 NVL72", "ND H200 v5 가상머신": a rack, an instance
        if _PRODUCT_BEFORE.search(text, max(0, start - 12), start):
            continue
        if is_cpu(text, _vendor_lead(start, vendor_spans), end):
            continue
        if is_device_product(text, start) or built_on_chip(text, start):
            continue
        if booth_number(text, start, end) or device_named(text, start, end):
            continue  # "C홀 C302", "엣지 PC 'MLX-A1'", "태블릿 'ROG 플로우 Z13 GZ302'"
        if carries_chip(text, start, end):  # "같은 칩을 쓴 어센트 GX10"
            continue
        if names_other(text, start, end) or names_part(text, start, end):
            continue  # "'X100 프로젝트'", "소도시 X100", "모뎀 칩 X85": a project, a place, a part
        if in_subline(text, start):
            continue  # "엑시노스 오토 V920": part of a phone's or a car's processor name
        if brand_device(text, start, end, taken, vendor_spans):
            continue  # "젠북 S16은 AMD 칩을 넣었다", "X360 G11", "i7 M70": a product
        name, start, end = full_model(text, start, end, taken)
        if is_excluded(name):
            continue  # "Jetson T5000": the line word names a module
        near_cue = any(cs - end <= _CUE_WINDOW and start - ce <= _CUE_WINDOW for cs, ce in cues)
        near_cue = near_cue or _CHIP_RIGHT_AFTER.match(text, end) is not None  # "NX-7 칩을 단"
        if _ONE_DIGIT.fullmatch(name):
            near_cue = _beside_chip_word(text, start, end)
        after_vendor = any(0 <= start - ve <= _VENDOR_GAP for _, ve in vendor_spans)
        if near_cue or name in known or (after_vendor and sum(c.isdigit() for c in name) >= 3):
            found.append(Candidate(name, start, end))
        elif any(is_sibling(name, other) for other in known):
            found.append(Candidate(name, start, end))  # "NX-1 … 후속 NX-2"
    return found + _paired_or_spaced(text, taken, cues, vendor_spans)


def _beside_chip_word(text: str, start: int, end: int) -> bool:
    """ "칩 MX3", "MX3 칩", "MX3는 칩을": a one-digit model number with a chip
    word right beside it (not a memory generation: "DDR5 칩")."""
    if _GENERATION_END.search(text, start, end):
        return False
    before = _CHIP_WORD_BEFORE.search(text, max(0, start - 6), start) is not None
    return before or _CHIP_WORD_NEXT.match(text, end) is not None


def _line_chips(
    text: str,
    taken: Sequence[tuple[int, int]],
    vendor_spans: Sequence[tuple[int, int]],
    is_excluded: Callable[[str], bool],
) -> list[Candidate]:
    """GPU models named by their line (:mod:`summarizer.chip_lines`), with
    the guards every discovered name passes: not a laptop, a phone or a
    system of that name, not a product line (시리즈), not a quantity."""
    cues = [(s, e) for s, e in cue_spans(text) if chip_cue(text, s, e)]
    found = []
    for name, start, end in line_models(text, cues, vendor_spans):
        if any(s < end and start < e for s, e in taken) or is_excluded(name):
            continue
        if QUANTITY_AFTER.match(text, end) or _SERIES_AFTER.match(text, end):
            continue
        if _PRODUCT_AFTER.match(text, end) and not laptop_part(text, end):
            continue  # "RTX 5070 노트북" is a laptop; "RTX 5070 노트북 GPU" its chip
        if _PRODUCT_BEFORE.search(text, max(0, start - 12), start) or in_system(text, start, end):
            continue
        if is_device_product(text, start) or names_other(text, start, end):
            continue
        if booth_number(text, start, end) or device_named(text, start, end):
            continue
        found.append(Candidate(name, start, end))
    return found


def full_model(
    text: str, start: int, end: int, taken: Sequence[tuple[int, int]]
) -> tuple[str, int, int]:
    """A model number's whole name: with the Latin line word right before it
    ("EvoAccel N5000", not a vendor's name the index has read), or the Latin
    name printed after its Hangul spelling ("라피드AI300(rapidAI300)")."""
    name = text[start:end]
    if glued := _HANGUL_GLUED.match(text, end):
        if text[start - 1 : start].isalpha() and glued["name"].casefold().endswith(name.casefold()):
            return glued["name"], glued.start("name"), glued.end("name")
    line = _LINE_WORD.search(text, max(0, start - 24), start)
    if line and not any(s < line.end(1) and line.start(1) < e for s, e in taken):
        return f"{line[1]} {name}", line.start(1), end
    return name, start, end


def model_shaped(text: str) -> bool:
    """Whether ``text`` holds something :func:`discover` may take for a
    model number (and so, for a chip the article knows or its sibling).
    Without one, ``known`` changes nothing here: the paired and spaced
    shapes need cues or vendors, which ``known`` does not give."""
    return _MODEL_SHAPE.search(text) is not None


@lru_cache(maxsize=4096)  # a sentence is asked again in the article's second pass
def cue_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` names a chip word (:data:`CHIP_CUES`)."""
    return tuple(m.span() for m in CHIP_CUES.finditer(text))


def _paired_or_spaced(
    text: str,
    taken: Sequence[tuple[int, int]],
    cues: Sequence[tuple[int, int]],
    vendor_spans: Sequence[tuple[int, int]],
) -> list[Candidate]:
    """ "NPU 칩 문라이트-2(MoonLight-2)": the Latin name of a product printed in
    both scripts right after a chip word; "엔비디아 H 200": a model number
    with a space inside right after its vendor (the caller keeps it only when
    the catalogue lists it)."""
    found = []
    for m in _PAIRED_MODEL.finditer(text) if "(" in text else ():
        start, end = m.span("name")
        free = not any(s < end and start < e for s, e in taken)
        if free and any(0 <= m.start() - ce <= _PAIR_GAP for _, ce in cues):
            found.append(Candidate(m["name"], start, end))
    for m in _SPACED_MODEL.finditer(text) if vendor_spans else ():
        start, end = m.span()
        if any(0 <= start - ve <= _VENDOR_GAP for _, ve in vendor_spans):
            if not any(s < end and start < e for s, e in taken):
                found.append(Candidate(m[1] + m[2], start, end, spaced=True))
    return found


def is_sibling(name: str, other: str) -> bool:
    """ "NX-2" beside the chip "NX-1": the same letters (two or more, with
    the hyphen) before a number of as many digits, another number. A model
    number of a line the article has shown to be chips is its next model."""
    mine, theirs = _SIBLING.fullmatch(name), _SIBLING.fullmatch(other)
    if mine is None or theirs is None or name == other:
        return False
    return mine["stem"] == theirs["stem"] and len(mine["number"]) == len(theirs["number"])


def variant_after(
    text: str, end: int, family: str = "", resolve: Callable[[str], str | None] | None = None
) -> tuple[str, int] | None:
    """The model number right after a family name, and where it ends; a
    generation numbered "N호" (Chinese 一号, 二号) that the catalogue lists is
    its number N ("선쏸(深算)1호"; not "HBM 1호 고객", the first customer)."""
    numbered = _NUMBERED.match(text, end)
    if numbered and resolve is not None and resolve(f"{family} {numbered[1]}") is not None:
        return numbered.group(1), numbered.end()
    match = VARIANT.match(text, end)
    if not match or QUANTITY_AFTER.match(text, match.end()) or _SERIES_AFTER.match(text, end):
        return None
    if _UNIT.search(match.group(1)):
        return None  # "HBM 192GB" is a capacity
    return match.group(1), match.end()


def series_after(text: str, end: int) -> bool:
    """ "MI350 시리즈", "어센드 950 시리즈": a product line. A name ending in a
    model's letter after its number ("MI300X 계열", "B30A 계열") names one
    chip, and the line around it is that chip's; so does a memory generation
    ("GDDR7 라인업", "HBM4 제품군": products of that generation)."""
    if _SKU_END.search(text, max(0, end - 2), end) or _GENERATION_END.search(
        text, max(0, end - 8), end
    ):
        return False
    return _SERIES_AFTER.match(text, end) is not None


def is_cpu(text: str, start: int, end: int) -> bool:
    """A model number with the word CPU right beside it names a processor."""
    return _CPU_AFTER.match(text, end) is not None or bool(
        _CPU_BEFORE.search(text, max(0, start - 10), start)
    )


def _vendor_lead(start: int, vendor_spans: Sequence[tuple[int, int]]) -> int:
    """Where a model number's name begins with its maker's name right before
    it ("하이곤 C86" from 하이곤), else the model number's own start."""
    return min((vs for vs, ve in vendor_spans if 0 <= start - ve <= _VENDOR_GAP), default=start)


def in_system(text: str, start: int, end: int) -> bool:
    """A chip's name inside a system's ("GB300 NVL72", "HGX H100"): the
    rack, board or server, not a mention of the chip."""
    return _SYSTEM_AFTER.match(text, end) is not None or bool(
        _SYSTEM_BEFORE.search(text, max(0, start - 5), start)
    )


def names_product(text: str, start: int, end: int) -> bool:
    """A model number named as a product that is not a chip: a product word
    after it ("X85 모뎀", "MN-9 슈퍼컴"), a phone's, a car's or a part's line
    before it ("패시지 M1000"), its clause saying what it is ("HL-338은 PCIe
    카드다"), a machine or device right before it ("슈퍼컴퓨터 MN-9")."""
    return bool(
        _PRODUCT_AFTER.match(text, end)
        or _SAID_TO_BE.match(text, end)
        or _PRODUCT_BEFORE.search(text, max(0, start - 12), start)
        or is_device_product(text, start)
    )


def is_device_product(text: str, start: int) -> bool:
    """A model number right after a machine or device that is not a chip
    ("열압착 본더 HMB-5", "검사기 VC-200") names that product; after a
    device's processor ("로봇용 프로세서 QRB5165") it names that processor."""
    before = text[max(0, start - 24) : start]
    return bool(_MACHINE_BEFORE.search(before) or _DEVICE_PROCESSOR_BEFORE.search(before))
