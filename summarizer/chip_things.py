"""Chip names that name another thing (issue 13, round fifteen, dev27 pass).

* ``'루빈 라운지'``, ``'서울 가우디'``: a quoted name of several words whose
  other words are no chip-line words (울트라, 프로, 시리즈, 칩 …) names
  that thing; ``퍼즐 게임 '호퍼'``, ``재건축 단지 블랙웰 파크``, ``'마하1'
  전기 SUV``: a name after (or a quoted name before) the category noun of a
  game, a team, a film, a housing complex or a car is that thing
  (:func:`names_thing`);
* ``H200동``, ``84㎡ B200 타입``, ``포카칩 H200g``, ``꼬북칩 B200``, ``A100
  도시고속도로``: a model number glued to or followed by a unit or a road, or
  right after a snack's name, and a spaced number counting things (``퀄컴 AI
  100개``), is no chip (:func:`names_unit`);
* ``리벨 서버 R8``: a vendor's chip word before a server or box and its
  model number names that product.
"""

from __future__ import annotations

import re

_OPEN = "'\"‘“「『"
_CLOSE = "'\"’”」』"
_OPENER = re.compile("[" + re.escape(_OPEN) + "]")
# words of a chip's own line inside its quoted name ("'블랙웰 울트라'")
_LINE_WORD = re.compile(
    r"(?:울트라|플러스|프로|맥스|미니|라이트|시리즈|칩|칩셋|슈퍼칩|반도체|프로세서|가속기|메모리|"
    r"아키텍처|플랫폼|세대|차세대|신형|최신|후속|차기|기반|서버|카드|모듈|보드|제품군|라인업|"
    r"엔비디아|인텔|구글|퀄컴|삼성|화웨이|애플|테슬라|메타|아마존|리벨리온|퓨리오사|딥엑스|"
    r"[A-Za-z0-9].*)"
)
_HANGUL = re.compile(r"[가-힣]")
# a word of quoted speech ("'블랙웰 쓴다'"): a verb's ending or a particle
# "'아톰(ATOM)'", "'선피시·제브라피시'": two spellings or a list, not one name
_LISTED = re.compile(r"[(·,/]")
_ENDING = re.compile(r"(?:다|요|까|죠)$")
# "'아이언우드 사가'·'호퍼'": the quoted names before and after in one list
_ITEM_BEFORE = re.compile(r"[‘'\"“]([^'\"‘’“”\n]{1,14})['’\"”]\s?(?:·|,|와|과)\s?$")
_ITEM_AFTER = re.compile(r"\s?(?:·|,|와|과)\s?[‘'\"“]([^'\"‘’“”\n]{1,14})['’\"”]")
# weapons, aircraft and armoured vehicles (also as compounds: "경공격기",
# "구조헬기", "지대공미사일", "무인수상정"): "전투기 KF-21", "KF-21 전투기"
WEAPON_NOUNS = (
    r"전투기|공격기|훈련기|폭격기|수송기|정찰기|초계기|급유기|조기경보기|무인기|헬기|헬리콥터|"
    r"전차|장갑차|자주포|미사일|유도탄|유도무기|요격체계|방공체계|구축함|호위함|잠수함|상륙함|수상정|"
    r"잠수정|소총|기관총|어뢰"
)
_CATEGORY = (
    r"(?:게임|MMORPG|RPG|e?스포츠\s?팀|(?<![가-힣])팀|구단|영화|드라마|웹툰|소설|앨범|뮤지컬|애니메이션|"
    r"재건축\s?단지|단지|아파트|오피스텔|차종|전기차|승용차|세단|SUV|해치백|픽업트럭|"
    + WEAPON_NOUNS
    + r")"
)
# "퍼즐 게임 '호퍼'", "e스포츠 팀 '서울 가우디'", "단지 블랙웰 파크"
_CATEGORY_BEFORE = re.compile(_CATEGORY + r"\s*(?:[" + _OPEN + r"]\s*(?:[가-힣]{1,6}\s)?)?$")
# "'마하1' 전기 SUV", "'블랙웰 GT' 게임"
_CATEGORY_AFTER = re.compile(r"\s?[" + _CLOSE + r"]\s?(?:[가-힣]{1,4}\s)?" + _CATEGORY)
# "KF-21 전투기", "FA-50 경공격기", "K9A2 자주포": a weapon's noun after its code
_WEAPON_AFTER = re.compile(
    r"\s?(?:[가-힣]{1,4})?(?:" + WEAPON_NOUNS + r")(?=[은는이가을를의에과와도로,.'\"’”)\s·]|$)"
)
# "KF-21 블록2", "F-16V 블록70", "KF-21 블록Ⅱ", "KSS-III 배치-II", "KF-21 양산 1호기": a
# weapon system's block or batch, an aircraft's or a machine's serial unit (no chip has
# one; not a bare "B200 1호기", the first one delivered)
_BUILD_AFTER = re.compile(
    r"\s?(?:(?:블록|Block)\s?-?(?:\d{1,2}|IV|I{1,3}|[ⅠⅡⅢⅣⅤ])|(?:배치|Batch)\s?-\s?(?:\d|IV|I{1,3}|[ⅠⅡⅢⅣ])|"
    r"(?:배치|Batch)\s?(?:IV|I{1,3}|[ⅠⅡⅢⅣ])|(?:양산|시제|초도)\s?\d{1,3}\s?호기)(?![A-Za-z0-9])"
)
# "Aries 6 리타이머", "X85 모뎀", "CX8 슈퍼NIC": a part that is no AI chip (Astera
# Labs' Aries retimer is not Mobilint's ARIES NPU)
_PART_AFTER = re.compile(
    r"\s?(?:리타이머|retimer|모뎀|modem|슈퍼\s?NIC|SuperNIC|NIC|DPU|PMIC)(?![A-Za-z])",
    re.IGNORECASE,
)
# "H200동", "B200g", "H100㎡": a block of flats or a unit glued on
_UNIT_AFTER = re.compile(
    r"(?:동(?!급|일|시|등|작|력|형|반|향|기|종|료)|g|kg|mg|ml|mL|ℓ|㎖|㎏|㎡|그램|킬로그램)(?![A-Za-z0-9])"
)
# "퀄컴 AI 100개 과제", "AI 200대 기업": a spaced number counting things, no model
_SPACED_NUMBER = re.compile(r"\s\d+$")
_COUNTER_AFTER = re.compile(r"(?:개|대|곳|명|건|선|위|종|년|억|만|조|배|번|회|등|%)")
# "전용 84㎡ B200 타입": a flat's floor plan
_AREA_BEFORE = re.compile(r"\d\s?(?:㎡|m²|평형?)\s?$")
# "독일 A100 도시고속도로", "A7 고속도로": a road
_ROAD_AFTER = re.compile(r"\s?(?:도시\s?)?(?:고속\s?도로|고속국도|국도|도로|아우토반)")
# "꼬북칩 B200": a snack's name (a Hangul word glued to 칩) before its variant
_SNACK_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{1,5})칩\s?$")
_CHIP_MAKER = re.compile(
    r"반도체|메모리|추론|학습|웨이퍼|슈퍼|엣지|자체|엔비디아|인텔|퀄컴|구글|삼성|화웨이|애플|테슬라|"
    r"리벨리온|퓨리오사|딥엑스|인공지능|[가-힣]용$"
)
# "리벨 서버 R8": the vendor's word naming its server or box by model number
_PRODUCT_AFTER = re.compile(r"\s?(?:서버|어플라이언스|박스|랙|워크스테이션)\s[A-Z]{1,3}-?\d")


def names_thing(text: str, start: int, end: int) -> bool:
    """ "'루빈 라운지'", "퍼즐 게임 '호퍼'", "'마하1' 전기 SUV": the name of
    a venue, a game, a team, a housing complex or a car."""
    if _CATEGORY_BEFORE.search(text, max(0, start - 16), start):
        return True
    if _CATEGORY_AFTER.match(text, end) or _WEAPON_AFTER.match(text, end):
        return True
    if _BUILD_AFTER.match(text, end) or _PART_AFTER.match(text, end):
        return True  # "KF-21 블록2": a weapon system's block; "Aries 6 리타이머": a part
    if _quoted_other(text, start, end) or _in_listed_things(text, start, end):
        return True
    return _PRODUCT_AFTER.match(text, end) is not None


def _in_listed_things(text: str, start: int, end: int) -> bool:
    """ "'아이언우드 사가'·'호퍼'": a quoted name listed beside a quoted name
    of several words none of which is a chip-line word."""
    if text[start - 1 : start] not in _OPEN or text[end : end + 1] not in _CLOSE:
        return False
    items = (
        _ITEM_BEFORE.search(text, max(0, start - 22), start - 1),
        _ITEM_AFTER.match(text, end + 1),
    )
    return any(m is not None and _other_words(m[1].split()) for m in items)


def _other_words(words: list[str]) -> bool:
    """Several words, none of a chip's line, a vendor, Latin or a verb."""
    return len(words) >= 2 and not any(_LINE_WORD.fullmatch(w) or _ENDING.search(w) for w in words)


def names_unit(text: str, start: int, end: int) -> bool:
    """ "H200동", "84㎡ B200 타입", "포카칩 H200g", "꼬북칩 B200", "A100
    도시고속도로", "퀄컴 AI 100개": a block, a floor plan, a pack size, a snack,
    a road, a count."""
    if _UNIT_AFTER.match(text, end) or _ROAD_AFTER.match(text, end):
        return True
    if _SPACED_NUMBER.search(text, start, end) and _COUNTER_AFTER.match(text, end):
        return True  # "퀄컴 AI 100개": a count
    if _AREA_BEFORE.search(text, max(0, start - 8), start):
        return True
    snack = _SNACK_BEFORE.search(text, max(0, start - 8), start)
    return snack is not None and _CHIP_MAKER.search(snack[1]) is None


def _closes(text: str, at: int) -> bool:
    """A straight quote glued to the word before it ("'AI6'가") closes a
    quoted name; it opens none."""
    return text[at] in "'\"" and at > 0 and text[at - 1].isalnum()


def _quoted_other(text: str, start: int, end: int) -> bool:
    """A quoted name of several words around the chip's name whose other
    words are not chip-line words ("'루빈 라운지'", not "'블랙웰 울트라'"); a
    model number quoted with a word is the chip talked about ("'HBM4E 추격'")."""
    if _OPENER.search(text, max(0, start - 12), start) is None:
        return False  # no quote opens before the name (most mentions; issue 14)
    if any(c.isdigit() for c in text[start:end]):
        return False
    left = max(text.rfind(c, max(0, start - 12), start) for c in _OPEN)
    rights = [i for c in _CLOSE if (i := text.find(c, end, end + 12)) >= 0]
    if not rights:
        return False
    right = min(rights)
    if "\n" in text[left:right] or any(c in text[left + 1 : start] for c in _CLOSE):
        return False
    if _closes(text, left) or text[right - 1 : right].isspace():
        return False  # "'AI6'가 끌고 하이퍼엑셀 '베르타'": between two quoted names
    inner = text[left + 1 : right]
    glued = _HANGUL.match(text[start - 1 : start]) or _HANGUL.match(text[end : end + 1])
    others = (text[left + 1 : start] + " " + text[end:right]).split()
    if glued or not others or len(others) > 2 or len(inner) > 14 or _LISTED.search(inner):
        return False
    return not any(_LINE_WORD.fullmatch(w) or _ENDING.search(w) for w in others)
