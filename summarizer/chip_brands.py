"""A device named by its brand word, carrying a chip (issue 13, session 16).

"에이수스 젠북 S16은 AMD 칩을 넣었다": a model number after a brand word that
is no chip's (젠북, 그램, 엘리트북: neither a chip vendor nor a family the
catalogue knows) names a product, and the sentence says so when that product
carries a chip — the chip word beside it is what the product holds, not what
it is. Such a name is no chip. A model number after a chip's own brand or
family word (어센드 910C, 인스팅트 MI400) is the catalogue's and never asked;
after a vendor or a descriptor (차세대, 신형, 후속, 추론용) it stays a candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# the word right before the model number: Hangul only, one space
_WORD_BEFORE = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{2,6}) $")
# words that describe a chip rather than brand a product
_DESCRIPTOR = re.compile(
    r"^(?:신형|차세대|차차세대|최신|최신형|후속|후속작|신규|신제품|자체|국산|주력|기존|구형|전작|"
    r"보급형|고성능|저전력|시제품|초도|양산형|개량형|현세대)$|(?:용|형|급|세대|칩|가속기|반도체)$"
)
# what the name carries: a particle, at most two words (a vendor), a processor
# word and a verb of holding ("은 AMD 칩을 넣었다", "에는 인텔 프로세서가 들어갔다")
_CARRIES = re.compile(
    r"(?:은|는|이|가|에는|에도|도)\s+(?:[^\s,.]+\s+){1,2}?"
    r"(?:칩|프로세서|칩셋|CPU|AP|SoC)(?:을|를|이|가|도)?\s*"
    r"(?:넣|탑재|장착|달|채택|품|썼|써|쓰|사용|내장|들어)"
)


def brand_device(text: str, start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    """The model number at ``start``-``end`` names a device of a brand word
    that is no chip's, holding a chip the sentence names after it."""
    word = _WORD_BEFORE.search(text, max(0, start - 8), start)
    if word is None or _DESCRIPTOR.search(word.group(1)):
        return False
    if any(s < word.end(1) and word.start(1) < e for s, e in taken):
        return False  # a vendor, a family or a company the index knows
    return _CARRIES.match(text, end) is not None
