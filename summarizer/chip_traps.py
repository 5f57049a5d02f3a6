"""Chip-shaped names that name something else (issue 13, round fifteen).

* ``'A100 프로젝트'``, ``B200 펀드``: a name directly naming a project,
  programme, plan, operation or fund is that thing (:func:`names_programme`);
* ``소도시 블랙웰에``: a name right after a place word is a place
  (:func:`is_place`), ``수학자 데이비드 블랙웰`` a person (:func:`is_person`),
  and so is the bare name elsewhere in an article that shows it to be one
  (``가우디·호퍼 이어 …`` over ``건축가 안토니 가우디``:
  :func:`~summarizer.chip_namesakes.namesakes_named`); ``야생화 트릴리움``,
  ``교외 도시 마이아`` name a flower and a town (:mod:`~summarizer.chip_nature`);
* ``DX-M1을 넣은 영상분석 장치 DX-H1``: a name after a device noun that is
  said to carry another chip is that product (:func:`built_on_chip`);
* ``KD-40 … 기체에 AI 칩을 달아``: a chip word fitted into something
  (``칩을 달아``, ``칩을 탑재한``) makes no model number beside it a chip, and
  ``초코칩``, ``포카칩``: a chip word glued inside another compound is no chip
  word (:func:`chip_cue`);
* ``6세대 트릴리움은 v5e보다``: a bare version beside a chip of a line
  numbered by versions is that line's chip (:func:`bare_versions`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .chip_catalogue import CHIP, Entity
from .chip_events import names_event
from .chip_lines import line_generation
from .chip_nature import names_nature
from .chip_things import names_thing, names_unit
from .mention import Mention

# a quote may close the name before the noun: "'A100' 프로젝트", "'A100 프로젝트'"
_PROGRAMME_AFTER = re.compile(
    r"\s*['\"’”]?\s*(?P<noun>프로젝트|프로그램|사업|계획|작전|펀드|이니셔티브|캠페인|플랜|챌린지|"
    r"해커톤|얼라이언스|컨소시엄|아카데미|project|program(?:me)?|initiative|fund)",
    re.IGNORECASE,
)
_OPENING = ("'", '"', "‘", "“", "「", "『")
# "오클라호마주의 소도시 블랙웰에", "텍사스주 마을 호퍼": a town's name
_PLACE_BEFORE = re.compile(r"(?:소?도시|마을|시골|읍내?|카운티|타운|동네|항구|섬|지명)\s*$")
_PLACE_AFTER = re.compile(
    r"(?:시|군|읍|카운티|마을)(?=[에의은는이가로을를도,\s]|$)|\s+(?:카운티|County)"
)
# "수학자 데이비드 블랙웰", "블랙웰 교수", "블랙웰의 이름을 딴": a person
_PERSON_BEFORE = re.compile(
    r"(?:수학자|통계학자|과학자|천문학자|물리학자|화학자|발명가|제독|박사|교수|건축가|화가|작가|"
    r"작곡가|감독|배우|가수|선수|기수|조교사|장관|의원|총재|거장|미술가|조각가|예술가|사진가|"
    r"시인|소설가|철학자|사상가|공학자)\s+"
    r"(?:(?!연구|팀|랩|실험)[가-힣]{2,5}\s+)?$"
)
# "로버트 루빈", "안토니 가우디", "데이비드 블랙웰": a Western given name in Hangul
# right before (not 그레이스 or 베라: "그레이스 블랙웰", "베라 루빈" are Nvidia's)
_GIVEN_NAME_BEFORE = re.compile(
    r"(?<![가-힣])(?:로버트|데이비드|데이빗|존|제임스|마이클|윌리엄|리처드|토머스|토마스|찰스|조지|"
    r"피터|폴|마크|스티븐|스티브|에드워드|제프리|케빈|앤드루|대니얼|매튜|크리스토퍼|앨런|앨버트|"
    r"헨리|프랭크|조셉|잭|해리|벤저민|사라|메리|제인|엘리자베스|안토니|안토니오|호세|카를로스|"
    r"후안|루이스|미셸|피에르|한스|볼프강)\s+$"
)
# "블랙웰 교수", "루빈 전 재무장관", "루빈스타인" (a surname glued on), "블랙웰의 이름을 딴"
_PERSON_AFTER = re.compile(
    r"(?:스타인|슈타인|버그|베르크|스키|비치)(?=[은는이가의을를도와과에]|[^가-힣]|$)|"
    r"\s*(?:박사|교수|제독|(?:전\s)?(?:[가-힣]{2}\s?)?장관|의원|총재)(?:님|[은는이가의을를도와과])?(?![가-힣])"
    r"|(?:의|에서)?\s*(?:이름을\s*(?:따|땄|딴)|이름에서)|(?:을|를)\s*기리"
    # "가우디의 작품", "호퍼 그림", "가우디와 호퍼의 작품", "호퍼 회고전": a person's works
    r"|(?:(?:와|과|·|,)\s?[가-힣]{2,6})?의?\s?(?:작품|그림|회화|명화|걸작|화풍|화집|건축물?|"
    r"조각상?|자서전|평전|특별전|회고전|기획전|展)(?=[은는이가을를의에과와도로으,.'\"’”)\s·]|$)"
)
# "베라 C. 루빈", "Vera C. Rubin", "그레이스 M. 호퍼": a given name and an initial
# right before (not "Q." or "A.": a Q&A's marks, "A. 루빈은 …")
_INITIAL_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z가-힣]{2,}\s[B-PR-Z]\.\s?$")
# "루빈 천문대", "호퍼상", "블랙웰 메달", "Rubin Observatory": a thing named after
# the person a codename honours (an observatory, a telescope, a prize, a law …)
_NAMESAKE_AFTER = re.compile(
    r"\s?(?:(?:우주\s?)?(?:천문대|관측소|망원경|천문관)|상|메달|펠로십|펠로우십|장학금|기념관|센터|"
    r"기념\s?(?:재단|사업|행사|강좌|학회)|법칙|방정식|정리|부등식|연구소|도서관|대학교?|학교|병원|기념일)"
    r"(?=[은는이가을를의에과와도로으,.'\"’”)\s·]|$)"
    r"|\s(?:Observatory|Telescope|Award|Prize|Medal|Lecture|Fellowship|Theorem|Institute|"
    r"Foundation|Library|University|College|Hall|Center|Centre)(?![A-Za-z])"
)
# "아이언우드 CC", "블랙웰 호텔", "루빈호", "경주마 블랙웰": a venue, a ship, a horse
_VENUE_AFTER = re.compile(
    r"(?<=[가-힣])\s?(?:CC|C\.C\.?)(?![A-Za-z])|\s?(?:컨트리\s?클럽|골프\s?(?:클럽|장|리조트|코스|링크스)?|호텔|리조트|콘도|"
    r"레지던스|아파트|빌라|타워|빌딩|성당|교회|공원|카페|레스토랑|와이너리|농장|목장|크루즈|요트|"
    r"매장|부티크|쇼룸|미술관|박물관|극장|경기장|스타디움|아레나|파트너스|캐피털|캐피탈|자산운용|"
    r"인베스트먼트|홀딩스|벤처스|재단|증권|은행)"
    r"(?![A-Za-z])|호(?=[는가의를에와,.'\"’”\s]|$)",
)
_VENUE_BEFORE = re.compile(
    r"(?:경주마|씨수마|암말|수말|명마|선박|유조선|화물선|크루즈선|요트|여객선|군함|잠수함|함정|운반선|"
    r"컨테이너선|벌크선|LNG선|어선|구축함|호위함)\s+['\"‘“]?$"
)
# "X을 넣은 영상분석 장치 Y", "X를 탑재한 보드 Y": Y is the device carrying X
_BUILT_ON = re.compile(
    r"(?P<carried>[^\s을를]{0,12})(?:을|를)\s*(?:넣은|탑재한|장착한|단|얹은|품은|내장한|심은|결합한)\s+"
    r"[^.,;:!?]{0,16}?"
    r"(?:(?<!처리)(?<!처리\s)(?<!연산)(?<!연산\s)장치|기기|카드|보드|모듈|서버|시스템|단말기?|키트|"
    r"어플라이언스|장비)\s*['\"‘“]?\s*$"
)
# "X를 카드 형태로 만든 Y", "X를 PCIe 보드로 꾸린 Y": Y is X made into that form
_MADE_INTO = re.compile(
    r"(?P<carried>[^\s을를]{0,12})(?:을|를)\s*[^.,;:!?]{0,12}?"
    r"(?:카드|보드|모듈|키트|어플라이언스|장치|기기|서버)\s*(?:형태|형|폼\s?팩터)?\s*으?로\s*"
    r"(?:만든|꾸린|제작한|구성한|내놓은|개발한|제품화한|바꾼)\s*['\"‘“]?\s*$"
)
# "이 칩 4개를 카드 한 장에 얹은 서버용 제품 Y", "X 여러 개를 보드 하나에 담은 Y":
# Y is the card or board holding the chips
_ON_BOARD = re.compile(
    r"(?P<carried>[^\s을를]{0,12})(?:을|를)\s*(?:카드|보드|모듈|서버|랙)\s*"
    r"(?:한\s?(?:장|대|개)|하나)?\s*에\s*(?:넣은|탑재한|장착한|얹은|담은|꽂은|실은|집적한)\s+"
    r"[^.,;:!?]{0,16}?\s*['\"‘“]?\s*$"
)
# "같은 칩을 쓴 어센트 GX10", "GB10 슈퍼칩을 넣은 X": a product named up to two words
# after a chip noun it is said to use; not memory ("HBM 칩을 넣은")
_USES_CHIP = re.compile(
    r"(?P<before>[^\s]*)\s?(?:슈퍼칩|칩|GPU|NPU|프로세서|가속기)(?:을|를)\s*"
    r"(?:쓴|사용한|채용한|넣은|탑재한|장착한|얹은|품은|내장한|심은)\s+(?:[^\s.,;:!?]+\s+){0,2}$"
)
# "X를 쓴 GX10 칩": a chip noun right after the name makes it a chip again
_CHIP_NOUN_AFTER = re.compile(r"\s?(?:슈퍼칩|칩|GPU|NPU|프로세서|가속기)")
# "HBM4를 탑재한 AI 시스템 루빈": memory carried by a chip says nothing of it
_MEMORY = re.compile(r"(?:HBM|LPDDR|GDDR|DDR|SRAM|DRAM|D램|디램|메모리|램)", re.IGNORECASE)
# "기체에 AI 칩을 달아", "칩을 탑재한": the chip word is fitted into a product
_FITTED = re.compile(
    r"\s*(?:(?:AI\s*)?(?:칩|반도체|프로세서)\s*)?(?:을|를)\s*(?:달|단|탑재|장착|넣|얹|품|내장|심)"
)
# compounds that are chips: "추론칩", "웨이퍼칩", "슈퍼칩", "AI반도체칩", "차량용칩"
_CHIP_COMPOUND = re.compile(
    r"(?:반도체|메모리|추론|학습|웨이퍼|슈퍼|엣지|자체|통신|전력|시스템|낸드|디램|로직|두뇌|전용|맞춤|"
    r"설계|신경망|양자|광|저전력|고성능|서버|인공지능|뉴로모픽|그래픽|연산|가속|주력|신형|차세대|"
    r"국산|토종|범용|핵심|첨단|최신|구형|[가-힣]용|[가-힣]형)$"
)
# "모뎀 칩", "와이파이 7 칩", "스위치 칩", "광 인터커넥트 칩", "기지국용 칩", "전력 반도체":
# a chip word for what a chip that is no AI chip does (a modem, a radio, a network
# switch or card, a link between chips, a power or a sensor part) vouches for no
# model number beside it ("모뎀 칩 X85", "이더넷 칩 E830"); not "광 기반 AI 프로세서"
_OTHER_PARTS = (
    r"(?:모뎀|통신|무선|와이파이|Wi-?Fi|블루투스|Bluetooth|(?<!뉴럴\s)(?<!신경망\s)네트워크|"
    r"네트워킹|스위치|스위칭|이더넷|Ethernet|인터커넥트|광\s?연결|광\s?통신|광\s?I/O|리타이머|SerDes|"
    r"DSP|전력(?:\s?관리)?|전원|PMIC|센서|디스플레이\s?구동|DDI|터치|오디오|보안|RF|GPS|NFC|UWB|"
    r"5G|6G|LTE|기지국|RAN|NIC|SSD|CXL|컨트롤러)(?:\s?\d(?:\.\d)?)?\s?(?:용\s?)?"
)
_OTHER_PART_BEFORE = re.compile(r"(?<![가-힣A-Za-z])" + _OTHER_PARTS + "$", re.IGNORECASE)
# "모뎀 칩 X85", "광 인터커넥트 칩 PF-1", "스위치 칩 'TH6'": the name of that part
_PART_NAMED = re.compile(r"(?:칩|반도체|프로세서|가속기|chip)\s?['\"‘“]?\s?$", re.IGNORECASE)
# "BE200 와이파이 칩", "X100 5G RAN 가속기 카드": a model number before such a part's words
_PART_AFTER = re.compile(
    r"\s?"
    + _OTHER_PARTS
    + r"(?:[A-Za-z가-힣]{1,4}\s)?(?:칩|반도체|프로세서|가속기|카드|모듈|chip)",
    re.IGNORECASE,
)
# "엑시노스 오토 V920", "Exynos Auto V920", "스냅드래곤 라이드 SA8650P": a model code
# after a sub-line word (or two) of a phone, PC or car processor line is a cut-off
# part of that processor's name, never a chip of its own; a sub-line is a Latin
# word ("Auto", "Ride Flex", "AGX") or its Hangul spelling (not "엑시노스 대신 X")
_SUBLINES = (
    r"(?:오토|라이드|콕핏|플렉스|엘리트|프로|플러스|울트라|맥스|모바일|커넥트|엣지|에지|나노|"
    r"디지털\s?섀시|[A-Z][A-Za-z]{0,9})"
)
_SUBLINE_BEFORE = re.compile(
    r"(?<![가-힣A-Za-z])(?:스냅드래곤|엑시노스|디멘시티|헬리오|기린|테그라|젯슨|라이젠|제온|"
    r"Snapdragon|Exynos|Dimensity|Helio|Kirin|Tegra|Jetson|Ryzen|Xeon)"
    r"(?:\s+(?!(?:AI\s?)?(?:NPU|GPU)\b)" + _SUBLINES + r"(?![가-힣A-Za-z])){1,2}\s*['\"‘“]?\s*$"
)
# "칩 간 광연결", "칩 사이를 잇는": between chips, not a chip of that name
_BETWEEN_CHIPS = re.compile(r"\s?(?:간|사이|끼리)(?![가-힣])")
# "v5e", "v2": a bare version of a line named by versions ("TPU v4", "MTIA v1")
# (not a software's: "JAX v2", "v2.1")
_BARE_VERSION = re.compile(
    r"(?<![A-Za-z0-9.\-])(?<![A-Za-z0-9]\s)v\d{1,2}[a-z]{0,2}(?![A-Za-z0-9.\-])"
)


def names_other(text: str, start: int, end: int) -> bool:
    """ "'A100 프로젝트'", "H200 펀드", "소도시 블랙웰", "학회 'SC20'", "RTX PRO
    블랙웰": a name used for a project, a fund, a place, an event or a
    graphics line's generation."""
    return (
        names_programme(text, start, end)
        or is_place(text, start, end)
        or is_person(text, start, end)
        or is_venue(text, start, end)
        or names_thing(text, start, end)
        or names_nature(text, start, end)
        or names_unit(text, start, end)
        or names_event(text, start, end)  # "학회 'SC20'", "'ISC21' 콘퍼런스"
        or line_generation(text, start, end)  # "RTX PRO 블랙웰": a line's generation
    )


def is_venue(text: str, start: int, end: int) -> bool:
    """ "아이언우드 CC", "블랙웰 호텔", "루빈호", "경주마 블랙웰": a golf club,
    a hotel, a ship or a racehorse bearing a chip's name."""
    return bool(
        _VENUE_AFTER.match(text, end) or _VENUE_BEFORE.search(text, max(0, start - 6), start)
    )


def names_programme(text: str, start: int, end: int) -> bool:
    """ "'A100 프로젝트'", "H200 펀드": the name of a project or a fund;
    "'B200 사업'": of a business or a plan only inside quotes ("H20 사업을
    접었다" speaks of the chip)."""
    if (m := _PROGRAMME_AFTER.match(text, end)) is None:
        return False
    return m["noun"] not in ("사업", "계획") or text[max(0, start - 1) : start] in _OPENING


def is_place(text: str, start: int, end: int) -> bool:
    """ "소도시 블랙웰에", "블랙웰 카운티": a name used for a place."""
    return bool(
        _PLACE_BEFORE.search(text, max(0, start - 6), start) or _PLACE_AFTER.match(text, end)
    )


def is_person(text: str, start: int, end: int) -> bool:
    """ "수학자 데이비드 블랙웰", "베라 C. 루빈", "블랙웰의 이름을 딴", "루빈 천문대":
    the person a chip is named after, or a thing named after that person."""
    return bool(
        _PERSON_BEFORE.search(text, max(0, start - 16), start)
        or _GIVEN_NAME_BEFORE.search(text, max(0, start - 8), start)
        or _INITIAL_BEFORE.search(text, max(0, start - 16), start)
        or _PERSON_AFTER.match(text, end)
        or _NAMESAKE_AFTER.match(text, end)
    )


def built_on_chip(text: str, start: int) -> bool:
    """ "DX-M1을 넣은 영상분석 장치 DX-H1", "DX-M1을 카드 형태로 만든 DX-C1": a
    device said to carry another chip or to be that chip made into a card,
    "이 칩 4개를 카드 한 장에 얹은 서버용 제품 DX-H1": chips set on a card
    (not memory: "HBM4를 탑재한 AI 시스템 루빈" says nothing of Rubin)."""
    before = max(0, start - 40)
    match = (
        _BUILT_ON.search(text, before, start)
        or _MADE_INTO.search(text, before, start)
        or _ON_BOARD.search(text, before, start)
    )
    return match is not None and not _MEMORY.match(match["carried"])


def carries_chip(text: str, start: int, end: int) -> bool:
    """ "에이수스도 같은 칩을 쓴 어센트 GX10을 내놨다": a model number named
    as the product using a chip is that product, not a chip."""
    match = _USES_CHIP.search(text, max(0, start - 40), start)
    if match is None or _CHIP_NOUN_AFTER.match(text, end):
        return False
    return not _MEMORY.search(match["before"])


def names_part(text: str, start: int, end: int) -> bool:
    """ "모뎀 칩 X85", "이더넷 칩 E830", "광 인터커넥트 칩 PF-1", "BE200 와이파이
    칩": a model number right after or before a chip word for a part that is
    no AI chip names that part."""
    if _PART_AFTER.match(text, end):
        return True
    cue = _PART_NAMED.search(text, max(0, start - 8), start)
    return (
        cue is not None
        and _OTHER_PART_BEFORE.search(text, max(0, cue.start() - 16), cue.start()) is not None
    )


def in_subline(text: str, start: int) -> bool:
    """ "엑시노스 오토 V920": a model code after a processor line's sub-line
    word, part of a phone's, a PC's or a car's processor name."""
    return _SUBLINE_BEFORE.search(text, max(0, start - 32), start) is not None


def chip_cue(text: str, start: int, end: int) -> bool:
    """Whether the chip word at ``start:end`` speaks of a chip for a model
    number beside it: not fitted into something ("기체에 AI 칩을 달아": the
    thing carries a chip), not glued inside another compound ("초코칩"), not
    a part that is no AI chip ("모뎀 칩", "네트워크 스위치 칩")."""
    if _FITTED.match(text, end):
        return False
    if _OTHER_PART_BEFORE.search(text, max(0, start - 16), start):
        return False  # "모뎀 칩", "스위치 칩": a part that is no AI chip
    if _BETWEEN_CHIPS.match(text, end):
        return False  # "칩 간 광연결": between chips
    word = text[start:end]
    if word == "칩" and start and "\uac00" <= text[start - 1] <= "\ud7a3":
        return _CHIP_COMPOUND.search(text, max(0, start - 4), start) is not None
    return True


def bare_versions(
    text: str,
    mentions: Sequence[Mention],
    entities: dict[str, Entity],
    resolve: Callable[[str], str | None],
) -> list[Mention]:
    """Each bare version ("v5e") in ``text`` naming a catalogued chip of a
    version-numbered line ("TPU v4", "MTIA v1") whose chip the sentence names
    ("6세대 트릴리움은 v5e보다" → TPU v5e)."""
    lines = []
    for m in mentions:
        chip = entities.get(m.key)
        line = entities.get(chip.family_key or "") if chip is not None else None
        if line is not None and line.variants and line.name not in lines:
            lines.append(line.name)
    found = []
    for match in _BARE_VERSION.finditer(text) if lines else ():
        start, end = match.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        keys = (resolve(f"{line} {match.group()}") for line in lines)
        if (key := next((k for k in keys if k is not None), None)) is not None:
            found.append(Mention(key, CHIP, match.group(), start, end))
    return found
