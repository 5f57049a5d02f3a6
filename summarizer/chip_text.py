"""Text shapes around a chip's name: where a name may start and end, the
generation written before it, a name printed beside its other spelling."""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from functools import lru_cache

from .text import normalize_query

_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")

# an English plural after a model number: "H100s", "MI300Xs"
_PLURAL = re.compile(r"s(?![A-Za-z0-9])")
# A particle closing a word: "루빈이 이미", "액시온을".
_PARTICLE = re.compile(
    r"(?:으로|에서|에게|까지|부터|처럼|보다|이라는|라는|이며|이나|이란|이다|이|가|은|는|을|를|의|와|과|"
    r"도|로|에|만|란)(?:는|은|의|도|만)?(?![가-힣])"  # "에리스와는", "아톰과의"
)
# A noun suffix Kiwi keeps glued to an unknown name: "루빈용 HBM4" (for Rubin),
# "엔비디아향 물량" (bound for), "블랙웰급 성능" (of its class), with a
# particle after it or not ("루빈용으로", "루빈향의")
_NAME_SUFFIX = re.compile(r"[용향급](?![가-힣])|[용향급](?=" + _PARTICLE.pattern + ")")
# The copula glued to a name that ends in a vowel, closing the sentence:
# "대상은 모빌린트의 에리스다.", "첫 칩은 워보이였다" (Kiwi reads "에리스다" as one word)
_COPULA_END = re.compile(r"(?:다|였다)(?=[.!?…'\"’”)\s]|$)")

# "1세대 ", "2nd-generation ", "first-gen ": the generation of a family's chip
# ("2019년 나온 첫 WSE": the first chip, which bore the brand's bare name)
_GENERATION_BEFORE = re.compile(
    r"(?:(\d{1,2})\s*세대|(?:(\d)(?:st|nd|rd|th)|(first|second|third))[- ]gen(?:eration)?"
    r"|(?<![가-힣])(첫|최초의))\s*$",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "첫": 1, "최초의": 1}
# "GDDR6-AiM", "X100-Pro": a hyphen and a word go on with the name (another
# product), unlike a form factor or an English suffix ("H100-SXM", "B200-based")
_NAME_GOES_ON = re.compile(
    r"-(?!(?:SXM|PCIe|OAM|NVL|HGX|MGX)|(?:based|class|powered|equipped|series)\b)[A-Za-z]"
)
# "DDR5 RDIMM", "LPDDR5X LPCAMM2": a memory module's form right after the
# generation names the module, not the memory (session 17)
_MODULE_AFTER = re.compile(r"[ \-]?(?:LR|R|U|CU|MR|SO-?)?DIMM|[ \-]?(?:LP|SO)?CAMM\d?(?![a-z])")
# "32GB DDR5 SO-DIMM": a capacity before the generation states a machine's
# memory (its generation and the form it comes in), not a module sold (dev117)
_CAPACITY_BEFORE = re.compile(r"(?<![\d.])\d{1,4}\s?[GT]B\s$")
# "CMM-DDR5": a Latin word glued by a hyphen before the name
_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9\-])([A-Za-z]{2,10})-$")


def another_product(text: str, start: int, end: int, known: Callable[[str], str | None]) -> bool:
    """The name is part of another product's: a word goes on after a hyphen
    ("GDDR6-AiM"), a module's form follows ("DDR5 RDIMM", unless a capacity
    comes first: "32GB DDR5 SO-DIMM" is a machine's memory), or a Latin word
    that names nothing catalogued stands glued before it by a hyphen
    ("CMM-DDR5", a CXL module; "엔비디아-H100" and "AMD-MI300X" keep their
    chip)."""
    if _NAME_GOES_ON.match(text, end) and text[end - 1].isalnum():
        return True
    if _MODULE_AFTER.match(text, end) and not _CAPACITY_BEFORE.search(
        text, max(0, start - 8), start
    ):
        return True  # "DDR5 RDIMM" (not "메모리는 32GB DDR5 SO-DIMM": the machine's memory)
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and known(before[1]) is None


# "MTIA 2세대": a generation, the family; "HBM 3강", "HBM 3사", "HBM 4개": a count or rank
_GENERATION_AFTER = re.compile(
    r"\s*세대|(?:강|위|개?사|개|장|단|층|종|배|파전)(?=[\s,.·…'\"’”]|$|구도|체제|[의이은을를가는와로])"
)
# The number ending a name, set apart from its word: "MTIA 2", "HBM 3" (not "H100")
_SPACED_NUMBER = re.compile(r"(?:^|[\s-])\d{1,2}$")


def counted_after(text: str, start: int, end: int) -> bool:
    """ "MTIA 2세대", "HBM 3강": a name ending in a number set apart, then a
    generation or a count (a family, three makers), not the chip "MTIA 2"."""
    return _SPACED_NUMBER.search(text, start, end) is not None and bool(
        _GENERATION_AFTER.match(text, end)
    )


def generation_before(text: str, start: int) -> int | None:
    """The generation written right before a name: "2세대 ", "first-gen "."""
    match = _GENERATION_BEFORE.search(text, max(0, start - 20), start)
    if match is None:
        return None
    word = match.group(3) or match.group(4)
    return int(match.group(1) or match.group(2) or _ORDINALS[word.casefold()])


def alias_regex(alias: str) -> str:
    # spaces and hyphens inside an alias are optional: "Deep Seek", "DeepSeek-R1"
    pieces = re.split(r"[\s\-]+", alias)
    return r"[\s\-]?".join(re.escape(p) for p in pieces)


def boundaries_ok(text: str, start: int, end: int, token_ends: set[int]) -> bool:
    first, last = text[start], text[end - 1]
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if _LATIN_OR_DIGIT.match(first) and before and _LATIN_OR_DIGIT.match(before):
        return False
    if _LATIN_OR_DIGIT.match(last) and after and _LATIN_OR_DIGIT.match(after):
        return _PLURAL.match(text, end) is not None and (last.isdigit() or last.isupper())
    if _HANGUL.match(first) and before and _HANGUL.match(before):
        return False
    # a Hangul alias must end where a morpheme ends: 메타 is not in 메타버스;
    # Kiwi keeps an unknown noun and its particle together ("액시온이"), or
    # its suffix ("루빈용") or the copula ("에리스다.")
    if _HANGUL.match(last) and after and token_ends and end not in token_ends:
        return any(p.match(text, end) for p in (_PARTICLE, _NAME_SUFFIX, _COPULA_END))
    return True


@lru_cache(maxsize=8192)  # pure; asked of every mention's surface, several times (issue 14)
def fold(name: str) -> str:
    return re.sub(r"[\s\-_·.]", "", normalize_query(name)).casefold()


def paired(text: str, start: int, end: int, surface: str, words: AbstractSet[str]) -> bool:
    """ "아톰(ATOM)": the name, then another of ``words`` in parentheses, or the reverse."""
    after = re.match(r"\(([^()]{2,20})\)", text[end:])
    before = re.search(r"(\S{2,20})\($", text[:start])
    other = after[1] if after else before[1] if before and text[end:][:1] == ")" else ""
    return fold(other) in words and fold(other) != fold(surface)
