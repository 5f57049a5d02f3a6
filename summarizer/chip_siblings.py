"""A vendor's chip named by a common word at the head of a clause that
names the vendor's other chip: "아톰으로 번 돈, 전부 리벨 쿼드에 걸었다"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from .chip_catalogue import CHIP, Entity
from .mention import Mention

# what may stand before the word at a clause's head: nothing, a quote, a
# bracket, a dash or a comma ("-아톰의 성과는", "\"아톰으로 번 돈")
_CLAUSE_HEAD = re.compile(r"(?:^|[\"'‘’“”(\[<《「『,·\-–—]\s*)$")
# a simile or a gloss, not a name: "블랙홀처럼", "아톰(원자)"
_NOT_NAME = re.compile(r"\s*(?:처럼|같이|같은|만큼|\(\s*[가-힣]{1,10}\s*\))")


def heads_with_sibling(
    mention: Mention,
    twins: Sequence[str],
    entities: dict[str, Entity],
    keys: AbstractSet[str],
    known: AbstractSet[str],
    text: str,
) -> str | None:
    """The twin whose vendor the article names (``known`` holds the vendors it
    names) and whose other chip the sentence names, where the word opens a
    clause (no noun before it: "투자 블랙홀" stays a word) and is no simile."""
    if not _CLAUSE_HEAD.search(text, 0, mention.start) or _NOT_NAME.match(text, mention.end):
        return None
    for key in twins:
        vendor = entities[key].vendor
        if not vendor or vendor not in known:
            continue
        if any(
            o != key and o in entities and entities[o].kind == CHIP and entities[o].vendor == vendor
            for o in keys
        ):
            return key
    return None
