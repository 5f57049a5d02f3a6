"""Chip codenames that are the names of places, plants, animals, food and
other things of the world (issue 13, session 20, extract_dev76).

Chip lines are named after flowers (Trillium), trees (Ironwood), towns and
bridges (Maia, Ponte Vecchio), mountains (Kunlun) and stars (Regulus), and
news names those things too: ``야생화 '트릴리움'``, ``교외 도시 마이아``,
``아이언우드 나무``, ``곤충 호퍼``. A codename printed bare (a word, no
model number) right after the category noun of such a thing, or right
before one of its nouns, is that thing (:func:`names_nature`). The bare
name elsewhere in the same article is that thing too unless the article
speaks of the chip (``chip_namesakes.namesakes_named``).
"""

from __future__ import annotations

import re

_OPEN = "'\"‘“「『"
# after the name: a particle, a quote, a space or a mark ends the noun
_ENDS = r"(?=[은는이가을를의에과와도로으만,.'\"’”)\s·…]|$)"
# "야생화 '트릴리움'", "교외 도시 마이아", "곤충 호퍼", "여신 마이아", "원료 호퍼":
# the category noun of a plant, an animal, a food or drink, a star, a
# landform or a landmark, or of a hopper's trade, right before the name
_KIND_BEFORE = re.compile(
    r"(?<![가-힣])(?:야생화|들꽃|봄꽃|꽃|화초|식물|나무|수목|목재|원목|관목|교목|다년초|여러해살이풀|약초|"
    r"허브|품종|작물|동물|조류|곤충|메뚜기|나비|어류|물고기|어종|견종|와인|맥주|위스키|칵테일|"
    r"커피|원두|디저트|음료|항성|행성|소행성|별자리|성단|여신|신화|산맥|호수|해변|해안|공항|"
    r"광장|다리|교량|거리|지역|교외|휴양지|관광지|명소|고원|사막|협곡|계곡|숲|원료|사료|투입)"
    r"\s+[" + _OPEN + r"]?$"
)
# "트릴리움 꽃", "아이언우드 나무", "마이아역", "쿤룬산맥", "폰테 베키오 다리",
# "호퍼 설비": a noun of that thing right after the name
_KIND_AFTER = re.compile(
    r"['\"’”]?(?:\s(?:꽃|꽃잎|나무|목재|원목|숲|열매|씨앗|구근|잎|뿌리|줄기|화분|묘목|종자|군락|자생지|"
    r"꽃말|산|산맥|강|호수|해변|해안|섬|공항|광장|다리|거리|지역|시내|교외|구시가지|항구|와인|맥주|"
    r"커피|원두|위스키|칵테일|성단|별자리|설비|트럭|화차|트레일러|FC)"
    r"|(?:산맥|섬|역|항|공항|광장|다리|호수|시내|꽃|나무|숲|와인|맥주|축제|성단|별자리))" + _ENDS
)
# a codename printed bare: a word, no model number ("마이아", "Trillium",
# "아이언 우드"; not "HBM" nor "H100")
_WORD_NAME = re.compile(r"[가-힣]{2,}(?:\s[가-힣]{2,})?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")


def names_nature(text: str, start: int, end: int) -> bool:
    """ "야생화 '트릴리움'", "교외 도시 마이아", "아이언우드 나무", "호퍼 설비":
    a bare name (no model number) used for a plant, an animal, a food or
    drink, a star, a landform, a landmark or a machine's part."""
    if _WORD_NAME.fullmatch(text, start, end) is None:
        return False
    return bool(
        _KIND_BEFORE.search(text, max(0, start - 10), start) or _KIND_AFTER.match(text, end)
    )
