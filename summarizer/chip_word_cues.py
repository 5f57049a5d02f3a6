"""More ways an article shows a vendor's common word to be its chip
(issue 13, session 21), asked by :func:`summarizer.chip_rules.vendor_named`
after its own rules:

* the vendor counts as named where the article names another of its chips
  (:func:`named_vendors`: "리벨 쿼드 … 아톰" with 리벨리온 nowhere);
* a launch spoken of ("2024년 출시한 아톰은", "지난해 선보인 블랙홀",
  "2021년 웜홀을 내놓았고") is
  product talk where the sentence names no other company
  (:func:`launched`: not "인텔이 출시한 아톰 프로세서");
* an AI-chip noun set beside the word ("국산 NPU인 아톰과 워보이", "아톰 NPU",
  "AI 칩 소후") makes it a chip in an article that names other chips
  (:func:`apposed`);
* an item of a counted list of chips ("△H200 1024장 △RNGD 256장 △아톰 256장")
  is a chip like the others (:func:`counted_item`);
* a later item of a list of chips, or the first inside a bracket, is read
  from where the list starts (:func:`list_head`): "1세대 칩인 워보이와 아톰",
  "국산 NPU(아톰, RNGD 등)" speak of chips as "칩인 아톰" does.

None of them reads a word followed by a CPU word as an AI chip (Intel's Atom:
"아톰 프로세서", "아톰 CPU"), nor a story's or a simile's word ("만화 아톰",
"아톰처럼").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from .chip_catalogue import CARD, CHIP, COMPANY, Entity
from .chip_text import fold
from .mention import Mention


def names_chips(
    names: AbstractSet[str], entities: dict[str, Entity], *, skip: Sequence[str] = ()
) -> bool:
    """Whether ``names`` (entity keys) hold a catalogued chip, not a family,
    other than those in ``skip``."""
    return any(
        (e := entities.get(k)) is not None and e.kind == CHIP and not e.family
        for k in names
        if k not in skip
    )


# "2024년 출시한 ", "지난해 선보인 '", "처음 내놓은 ": a launch right before the word
_LAUNCHED = re.compile(
    r"(?:(?:출시|공개|발표|양산|출하|상용화)(?:한|된|했던|됐던)|선보인|내놓은)\s*['\"‘“]?$"
)
# "2021년 웜홀을 내놓았고", "지난해 블랙홀을 출시했다": a time, the word as the
# object of a launch verb (not 공개/발표/구현: a physics result is "공개"d too)
_TIME_BEFORE = re.compile(r"(?:\d{4}년(?:에는?)?|지난해|작년|올해|이듬해)\s*['\"‘“]?$")
_LAUNCH_AFTER = re.compile(r"['\"’”]?(?:을|를|도)\s*(?:내놓|출시|선보|양산|출하)")
# an AI-chip noun right before ("NPU인 ", "AI 칩 ", "신경망처리장치(NPU) ",
# "트랜스포머 전용 칩 "), a chip of home make ("국산 칩 ", "토종 반도체인 ": a
# broadcast's way, its maker unsaid) ...
_CHIP_NOUN_BEFORE = re.compile(
    r"(?:NPU|AI\s?(?:칩|가속기)|신경망\s?처리\s?장치(?:\s?\(NPU\))?|추론\s?(?:용\s?)?(?:칩|NPU)"
    r"|전용\s?(?:AI\s?)?칩|(?:국산|토종)\s*(?:AI\s*)?(?:칩|반도체|가속기))"
    r"(?:인|이던|였던)?\s*['\"‘“]?$"
)
# ... or right after the word ("아톰 NPU", "'아톰' AI 칩")
_CHIP_NOUN_AFTER = re.compile(r"['\"’”]?\s?(?:NPU|AI\s?(?:칩|가속기)|신경망\s?처리\s?장치)")
# a CPU word after the word: Intel's Atom, not an AI chip
_CPU_AFTER = re.compile(r"['\"’”]?\s?(?:프로세서|CPU|칩셋|넷북|processor|x\d|[CEZ]\d{3,4})", re.I)
# where a clause ends before the word: a comma, a full stop, a joined verb
_CLAUSE_END = re.compile(r"[,.;]|(?:고|며|면서)\s")
_CLAUSE_SPAN = 30
# "사피온과 합병한 뒤 아톰", "A사를 인수한 뒤": a company the vendor merged with
# or bought is a partner, not the word's owner
_PARTNER_AFTER = re.compile(r"(?:과|와|을|를)\s*(?:합병|인수|통합)")
# a subject right before a launch: "엔씨소프트가 (지난해) 출시한": the subject's product
_SUBJECT = re.compile(r"[가-힣A-Za-z0-9]{2,}[이가]\s+(?:\S+\s+){0,2}$")
# a story, a character or a simile: "만화 아톰", "우주소년 아톰", "아톰처럼"
_STORY_BEFORE = re.compile(
    r"(?:만화|캐릭터|로봇|애니메이션|애니|소년|주인공|영화|게임)\s*['\"‘“]?$"
)
_NOT_NAME = re.compile(r"['\"’”]?\s*(?:처럼|같이|만큼|\(\s*[가-힣]{1,10}\s*\)|만화|캐릭터|게임)")
# an item of a marked list, with its count: "△아톰 256장", "- 아톰 1,000개"
_MARK = r"(?:^|[△▲■□◆◇●○•▶▷·]|(?<!\S)-|\d\)|[①-⑳])"
_ITEM_MARK = re.compile(_MARK + r"\s*$")
_COUNT = (  # "256장", "1,000개씩", "128장으로"
    r"\s*\d[\d,.]*\s*(?:만\s*)?(?:장|개|대|매|세트|units?)"
    r"(?:[이가을를은는의과와씩도]|으로|로)?(?![가-힣A-Za-z])"
)
_COUNT_AFTER = re.compile(_COUNT)
_COUNTED_ITEMS = re.compile(_MARK + r"\s*[^\s△▲■□◆◇●○•▶▷]{2,20}" + _COUNT)
_BESIDE = 16
# an item of a list right before the word: "워보이와 ", "RNGD, ", "워보이·",
# "H100 및 ", "레니게이드나 "
_ITEM_BEFORE = re.compile(
    r"([^\s,·/()]{1,12}?)(?:(?:과|와|이나|나)\s+|\s*[,·/]\s*|\s+(?:및|또는|혹은)\s+)$"
)
_OPEN_BRACKET = re.compile(r"\(\s*$")  # "NPU(아톰, …)": a list in brackets
_MAX_ITEMS = 4


def named_vendors(known: AbstractSet[str], entities: dict[str, Entity]) -> set[str]:
    """The vendors an article names (``known`` holds them and its chips), and
    the vendors of the chips and cards it names: another chip of a vendor
    names the vendor ("리벨 쿼드" names Rebellions)."""
    return set(known) | {
        vendor
        for k in known
        if (e := entities.get(k)) is not None
        and e.kind in (CHIP, CARD)
        and (vendor := e.vendor) is not None
    }


def list_head(
    mention: Mention, entities: dict[str, Entity], keys: AbstractSet[str], text: str
) -> int:
    """Where the list holding the word starts: back over the items before it
    that name a chip or card of the sentence (``keys``), then an opening
    bracket ("칩인 워보이와 아톰" → "칩인 ", "NPU(아톰" → "NPU"); the
    word's own start where no such list leads to it."""
    names = {
        fold(name)
        for k in keys
        if (e := entities.get(k)) is not None and e.kind in (CHIP, CARD) and not e.family
        for name in (e.name, *e.aliases, *e.vendor_words)
    }
    start = mention.start
    for _ in range(_MAX_ITEMS):
        item = _ITEM_BEFORE.search(text, 0, start)
        if item is None or fold(item[1]) not in names:
            break
        start = item.start()
    bracket = _OPEN_BRACKET.search(text, 0, start)
    return bracket.start() if bracket else start


def owned_elsewhere(
    mention: Mention,
    twins: Sequence[str],
    entities: dict[str, Entity],
    keys: AbstractSet[str],
    text: str,
) -> bool:
    """ "아톰 프로세서", "인텔의 저전력 아톰 칩", "인텔이 출시한 아톰": a CPU
    word after the word, or another company named before it in its clause,
    makes it that company's product, not the vendor's chip."""
    if _CPU_AFTER.match(text, mention.end):
        return True
    vendors = {entities[k].vendor for k in twins}
    clause = _CLAUSE_END.split(text[max(0, mention.start - _CLAUSE_SPAN) : mention.start])[-1]
    return any(
        (e := entities.get(k)) is not None
        and e.kind == COMPANY
        and k not in vendors
        and any(_owns(clause, alias) for alias in e.aliases)
        for k in keys
    )


def _owns(clause: str, alias: str) -> bool:
    """The company named in the clause, other than as a merger's partner."""
    return any(
        not _PARTNER_AFTER.match(clause, i + len(alias))
        for i in (m.start() for m in re.finditer(re.escape(alias), clause))
    )


def _plain(mention: Mention, text: str) -> bool:
    """The word is a name here, not Intel's CPU, a story's or a simile's word."""
    before = text[max(0, mention.start - _BESIDE) : mention.start]
    return not (
        _CPU_AFTER.match(text, mention.end)
        or _STORY_BEFORE.search(before)
        or _NOT_NAME.match(text, mention.end)
    )


def launched(
    mention: Mention,
    twins: Sequence[str],
    entities: dict[str, Entity],
    keys: AbstractSet[str],
    text: str,
) -> bool:
    """ "2024년 출시한 아톰은", "2021년 웜홀을 내놓았고": a launch spoken of
    right before the word (or a time before it and a launch verb after it), in
    a sentence that names no company but the word's vendors."""
    before = text[max(0, mention.start - _BESIDE) : mention.start]
    if not _plain(mention, text):
        return False
    if launch := _LAUNCHED.search(before):
        verb = mention.start - len(before) + launch.start()
    elif (time := _TIME_BEFORE.search(before)) and _LAUNCH_AFTER.match(text, mention.end):
        verb = mention.start - len(before) + time.start()  # "2021년 웜홀을 내놓았고"
    else:
        return False
    if _SUBJECT.search(text, max(0, mention.start - _CLAUSE_SPAN), verb):
        return False  # "엔씨소프트가 지난해 출시한 아이온은": the subject's product
    vendors = {entities[k].vendor for k in twins}
    return not any(
        (e := entities.get(k)) is not None and e.kind == COMPANY and k not in vendors for k in keys
    )


def apposed(
    mention: Mention,
    twins: Sequence[str],
    entities: dict[str, Entity],
    known: AbstractSet[str],
    text: str,
) -> str | None:
    """ "국산 NPU인 아톰과 워보이", "아톰 NPU": the one vendor's word beside an
    AI-chip noun, in an article that names other chips, is that chip."""
    if len(twins) != 1 or not _plain(mention, text):
        return None
    before = text[max(0, mention.start - _BESIDE) : mention.start]
    if not (_CHIP_NOUN_BEFORE.search(before) or _CHIP_NOUN_AFTER.match(text, mention.end)):
        return None
    return twins[0] if names_chips(known, entities, skip=twins) else None


def counted_item(
    mention: Mention,
    twins: Sequence[str],
    entities: dict[str, Entity],
    keys: AbstractSet[str],
    text: str,
) -> str | None:
    """ "△H200 1024장 △B200 512장 △아톰 256장": the one vendor's word as an
    item of a marked list with its count, where other items are counted too
    and the sentence names a chip that needs no vouching, is that chip."""
    if len(twins) != 1 or not _plain(mention, text):
        return None
    if not _ITEM_MARK.search(text, 0, mention.start) or not _COUNT_AFTER.match(text, mention.end):
        return None
    if len(_COUNTED_ITEMS.findall(text)) < 2:
        return None
    chips = any(
        (e := entities.get(k)) is not None
        and e.kind == CHIP
        and not e.family
        and not e.needs_context
        and not e.vendor_words
        for k in keys
        if k not in twins
    )
    return twins[0] if chips else None
