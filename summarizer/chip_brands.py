"""A product's model number, told by how its name is built (issue 13, session 16).

A model number the catalogue does not list is a chip candidate when a chip
word stands near it; in technology news that chip word is often what a
laptop, a phone, a car or an aircraft holds. The name says which it is:

* a product line word before it that is no chip vendor, family or
  descriptor, and the sentence says the product holds a chip
  (``젠북 S16은 AMD 칩을 넣었다``, ``조종석에는 … 칩이 들어간다``) or what the
  product is (``니트로 V16 게이밍 노트북``);
* a second code after it (``X360 G11``, ``A350 1000``, ``B737 맥스``, ``Z9 II``);
* another model code before it (``i7 M70``, ``X1 A9``);
* a lowercase letter glued to it after a line word (``씽크패드 T14s``).

A model number right after a chip vendor (``엔비디아 B300``), after a
descriptor (차세대, 신형, 추론용) or with a chip word right after it
(``OB220 칩``) is never asked; the catalogue's own names are not either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# the word right before the model number: Hangul, or a Latin brand or model code
_WORD_BEFORE = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{2,6}|[A-Za-z][A-Za-z0-9]{1,7}) $")
# another model code right before it: "i7 M70", "X1 A9", "ROG X2"
_CODE_BEFORE = re.compile(r"(?<![A-Za-z0-9.\-])[A-Za-z]{1,3}\d{1,3}[a-z]? $")
# words that describe a chip rather than brand a product
_DESCRIPTOR = re.compile(
    r"^(?:신형|차세대|차차세대|최신|최신형|후속|후속작|신규|신제품|자체|국산|주력|기존|구형|전작|"
    r"보급형|고성능|저전력|시제품|초도|양산형|개량형|현세대|새|AI|NPU|GPU|TPU|LPU|ASIC|SoC|AP|CPU)$|"
    r"(?:용|형|급|세대|칩|가속기|반도체|프로세서)$"
)
# a second code after the number: "G11", "E2", "FR", "1000", "II", "Gen12", or a
# model's variant word ("맥스", "울트라", "프로", "라이트닝", "크로스컨트리")
_SECOND_CODE = re.compile(
    r" (?:[A-Z]{1,2}\d{1,3}[a-z]?|(?!HBM|DDR|CPU|TPU|LPU|IPU|AI\b)[A-Z]{2,3}|\d{2,4}|"
    r"I{2,3}|IV|Gen\s?\d{1,2}|마크\s?\d|"
    r"(?:맥스|울트라|프로|플러스|에어|미니|라이트|클래식|포터블|에보|네오|폴드|플립|엑스|블랙|"
    r"하이브리드|라이트닝|크로스컨트리|디텍트|스포츠|투어링|에디션|"
    r"Max|Ultra|Pro|Plus|Air|Mini|Lite|Neo|Fold|Flip|Edge))"
    r"(?=$|[\s,.·)]|[은는이가과와의에도를을로])"
)
# a form factor or a system's suffix is part of the chip's own name
_FORM_AFTER = re.compile(r" (?:SXM\d?|OAM|NVL\d*|PCIe|HGX|MXM)\b")
# a chip word right after the name or its variant word: "OB220 칩", "M6 맥스 칩"
_CHIP_AFTER = re.compile(r"\s?(?:AI\s?)?(?:칩(?![셋렛])|반도체|프로세서|가속기|NPU|GPU|SoC|AP\b)")
# what the sentence says the product is: "V16 게이밍 노트북", "X10 D 드론"
_PRODUCT_AFTER = re.compile(
    r"(?: (?!기반|탑재|장착|내장|적용|전용|채택|및|등)[가-힣A-Za-z0-9]{1,6})? "
    r"(?:노트북|랩톱|스마트폰|폰|태블릿|세단|SUV|여객기|화물기|전투기|항공기|드론|카메라|콘솔|"
    r"게임기|휴머노이드|로봇|헤드셋|시계|워치|청소기|에어컨|세탁기|냉장고|TV|서버|셰이프|인스턴스)"
)
# "어센트 GX10, 델 프로 맥스 GB10 등 같은 칩을 쓴 파트너 제품": a list of products
# the sentence says use a chip (dev117)
_USING_CHIP = re.compile(
    r"(?:,\s?[^,.]{1,24}?)*\s?등\s(?:[가-힣]{1,4}\s)?(?:AI\s?)?(?:칩|프로세서|GPU|칩셋)(?:을|를)\s"
    r"(?:쓴|쓰는|탑재한|탑재하는|넣은|단|얹은|채택한|사용한|장착한)\s(?:[가-힣A-Za-z]{1,6}\s)?"
    r"(?:제품|완제품|기기|PC|노트북|컴퓨터|시스템|워크스테이션)"
)
# what the name carries: a part of the product at most ("조종석"), a particle,
# at most three words (a vendor, an adjective), a processor word and a verb of
# holding ("은 AMD 칩을 넣었다", "조종석에는 새 프로세서 칩이 들어간다")
_CARRIES = re.compile(
    r"(?:\s?[가-힣]{2,4}(?=에))?(?:은|는|이|가|에는|에도|도|에)\s+(?:[^\s,.]+\s+){1,3}?"
    r"(?:칩|프로세서|칩셋|CPU|AP|SoC)(?:을|를|이|가|도)?\s*"
    r"(?:넣|탑재|장착|달|채택|품|썼|써|쓰|사용|내장|들어|택했|택한|골랐|고른|갖췄|갖춘|얹|실렸|실린|받)"
)

# what holds a chip: "KF-21에 들어가는 AI 칩", "RB-Y1에는 엔비디아 칩이 들어간다",
# "MQ-9B 리퍼에 들어가는 칩": a code (or its name after it) where a chip goes in
_CHIP_NOUN = r"(?:AI\s?)?(?:칩(?![렛셋])|프로세서|반도체)"
_HOLDS = re.compile(
    r"(?:\s[가-힣]{2,5}(?=에))?에(?:는|도)?\s+(?:"
    r"(?:들어가|들어갈|들어간|탑재되|탑재될|탑재된|장착되|장착될|장착된|쓰이|쓰일|쓰인|실리|실릴|실린|"
    r"넣을|넣는|넣은|달릴|달린)는?\s+(?P<before>(?:[^\s,.]+\s+){0,2}?)" + _CHIP_NOUN + r"|"
    r"(?P<inside>(?:[^\s,.]+\s+){0,3}?)" + _CHIP_NOUN + r"(?:이|가|도)\s*"
    r"(?:들어|탑재|장착|실리|실렸|쓰이|쓰였|달렸|달린|내장))"
)
# memory a chip carries says nothing of it ("B300에는 HBM3E 칩이 들어간다")
_MEMORY = re.compile(r"HBM|[LG]?DDR|[D디]램|DRAM|메모리|낸드|NAND", re.IGNORECASE)


def holds_chip(text: str, end: int) -> bool:
    """ "KF-21에 들어가는 AI 칩", "RB-Y1에는 엔비디아 칩이 들어간다": the
    name before holds a chip (not memory), so it names the product holding it."""
    match = _HOLDS.match(text, end)
    return match is not None and not _MEMORY.search(match.group())


def brand_device(
    text: str,
    start: int,
    end: int,
    taken: Sequence[tuple[int, int]],
    vendor_spans: Sequence[tuple[int, int]] = (),
) -> bool:
    """The model number at ``start``-``end`` names a product (a device, a
    car, an aircraft), not a chip, by how its name is built."""
    if any(0 <= start - ve <= 4 for _, ve in vendor_spans):
        return False  # "엔비디아 B300": a chip vendor's model
    word = _WORD_BEFORE.search(text, max(0, start - 10), start)
    if word is not None and _DESCRIPTOR.search(word.group(1)):
        return False  # "차세대 NX-9", "추론용 X1"
    if _CHIP_AFTER.match(text, end):
        return False  # "OB220 칩에는": the chip itself
    if _built_as_product(text, start, end, word is not None) or holds_chip(text, end):
        return True
    if word is None or any(s < word.end(1) and word.start(1) < e for s, e in taken):
        return False  # a vendor, a family or a company the index knows
    return carries_or_is_product(text, end)


def carries_or_is_product(text: str, end: int) -> bool:
    """The sentence after a model number says what the product is or that
    it holds a chip ("스마트폰에는 … 칩이 들어간다", "게이밍 노트북", "…
    등 같은 칩을 쓴 파트너 제품")."""
    return bool(
        _CARRIES.match(text, end) or _PRODUCT_AFTER.match(text, end) or _USING_CHIP.match(text, end)
    )


def _built_as_product(text: str, start: int, end: int, worded: bool) -> bool:
    """A second code after the number, another model code before it, or a
    lowercase letter glued to it after a line word."""
    if _FORM_AFTER.match(text, end):
        return False
    second = _SECOND_CODE.match(text, end)
    if second is not None and not _CHIP_AFTER.match(text, second.end()):
        return True  # "X360 G11과", "B737 맥스 조종석" (not "M6 맥스 칩")
    if _CODE_BEFORE.search(text, max(0, start - 6), start):
        return True  # "i7 M70"
    return worded and text[end : end + 1] in ("s", "e", "x")  # "T14s", "X14s"
