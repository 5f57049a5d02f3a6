"""A common word that is also a start-up's chip (블랙홀, 웜홀): spoken of as a
product or not (:func:`summarizer.entities._vendor_named` asks)."""

from __future__ import annotations

import re

from .chip_discovery import CHIP_CUES

# "전 세대 웜홀보다", "후속작 블랙홀", "기존 제품 아톰", "추론용 NPU 아톰": a
# product word or a chip kind right before a common word ("반도체 블랙홀" may
# still be a figure of speech, so 반도체 is not one; "기존 주력인 아톰은": the
# maker's main product); a chip's use ("추론용
# 고야", "학습용 가우디") is product talk too
_PRODUCT_TALK = re.compile(
    r"(?:세대|후속작?|전작|(?:신|기존\s*)?제품|(?:주력|대표|간판)\s?(?:제품)?|차세대|NPU|GPU|칩|가속기|"
    r"(?:추론|학습|훈련|엣지|에지)\s?용)(?:인|이던|였던|이었던)?\s*$"
)  # "전작인 아톰은", "칩이던 웜홀": the product word as a copula before it
# "아톰 기반 서버", "웜홀 탑재 카드", "아톰 서버": a product built on it, right after
# "아톰 기반 ATOM-Max 서버", "아톰 기반 시스템": 기반/탑재, a Latin model
# name at most, then the system built on it
_PRODUCT_AFTER = re.compile(
    r"(?:(?:기반|탑재)\s*)?(?:서버|카드|랙|어플라이언스)|(?:기반|탑재)\s*(?:제품|시스템)"
    r"|(?:기반|탑재)\s*[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\s*(?:서버|카드|랙|어플라이언스|시스템)"
)
# "아톰 매출이 늘었고", "웜홀 출하량은", "아톰 양산에": the word's sales or
# shipments right after it, a product's trade (a story's is "아톰 만화 매출")
_TRADE_AFTER = re.compile(
    r"\s?(?:매출|판매|출하|공급|양산)(?:량|액)?(?:이|가|을|를|은|는|도|에|과|와)?(?![가-힣])"
)
# "현재 주력 제품은 블랙홀이다", "대표 칩은 아톰이며": the word as the predicate
# of a product word, the copula right after it
_PRODUCT_TOPIC = re.compile(r"(?:제품|칩|가속기|NPU)(?:은|는|이)\s*$")
_COPULA = re.compile(r"(?:이다|다|이며|이고|입니다)(?![가-힣])")
_BESIDE = 8
_STORY_AFTER = re.compile(r"\s*(?:만화|영화|캐릭터|소설|드라마|애니)")
_BUILT = 30  # "아톰 기반 ATOM-Max 서버": room for a model name
# "레니게이드나 아톰 같은 추론용 칩은", "아톰과 워보이 등 1세대 칩이": the word
# as an example of chips, first or inside the list
_EXAMPLE_OF = re.compile(
    r"(?:\s*(?:과|와|,|·|및)\s*[가-힣A-Za-z0-9\-]{1,12}){0,3}"
    r"\s*(?:같은|등의?|처럼)\s*(?:\d세대\s*)?(?:[가-힣]{1,4}용\s*|AI\s*)?"
)

# a case particle after a word, and its other spelling (을/를, 은/는, 이/가 …)
_CASE = re.compile(r"(을|를|은|는|이|가|으로|로|와|과)(?![가-힣])")
_SAME_CASE = {"를": "을", "는": "은", "가": "이", "로": "으로", "과": "와"}
# "X330을, ": a model number with its particle, closing a clause before the word
_MODEL_CLAUSE = re.compile(
    r"[A-Z][A-Za-z]{0,5}-?\d{1,4}[A-Za-z]{0,3}(을|를|은|는|이|가|으로|로|와|과),\s"
)
_CLAUSE_SPAN = 40


def _parallel(text: str, start: int, end: int) -> bool:
    """The word in the slot a model number holds in the clause before it
    ("영상 분석에는 X330을, 언어 모델 추론에는 아톰을 쓰는"): one of the
    products the sentence lists."""
    mine = _CASE.match(text, end)
    if mine is None:
        return False
    case = _SAME_CASE.get(mine[1], mine[1])
    return any(
        _SAME_CASE.get(m[1], m[1]) == case
        for m in _MODEL_CLAUSE.finditer(text, max(0, start - _CLAUSE_SPAN), start)
    )


def product_talk(text: str, start: int, end: int, surface: str) -> bool:
    """ "블랙홀 칩", "전작 웜홀", "전 세대 웜홀보다", "아톰 기반 서버", the Latin
    "Blackhole": a common word spoken of as a product (a chip word or a product
    built on it right after it, or a chip word after 같은/등: "아톰 같은 추론용
    칩"; a product word right before it), not "인재를 빨아들이는 블랙홀"."""
    if re.match(r"\(\s*[가-힣]{1,10}\s*\)", text[end:]):
        return False  # "아톰(원자)": glossed as the common word
    if _STORY_AFTER.match(text, end):
        return False  # "전작인 아톰 만화", "웜홀 영화": a story's title
    if re.fullmatch(r"[A-Z][A-Za-z]+", surface):
        return True  # "Blackhole" in a Korean text is the name
    # "전 세대 칩 '아톰'을": a quote between the product word and the name
    before = text[max(0, start - _BESIDE - 1) : start].rstrip("'\"‘’“” ")
    after = text[end : end + _BESIDE]
    if _parallel(text, start, end):
        return True  # "영상 분석에는 X330을, 언어 모델 추론에는 아톰을 쓰는"
    if _PRODUCT_TOPIC.search(before) and _COPULA.match(text, end):
        return True  # "현재 주력 제품은 블랙홀이다"
    if _TRADE_AFTER.match(text, end):
        return True  # "아톰 매출이 늘었고": the product's sales
    if (example := _EXAMPLE_OF.match(text, end)) and CHIP_CUES.match(text, example.end()):
        return True  # "아톰 같은 추론용 칩": named as one of the chips
    after = after.lstrip("(·) ")
    built = text[end : end + _BUILT].lstrip("(·) ")
    return bool(
        CHIP_CUES.match(after) or _PRODUCT_AFTER.match(built) or _PRODUCT_TALK.search(before)
    )
