"""A listed outlet inside a publisher candidate wrapped in descriptor words.

Outlets print their names with descriptors and slogans around them; the
outlet is reported by its listed name:

* ``온라인 경제미디어 뉴스웨이``, ``전자부품 전문 미디어 디일렉``: a descriptor
  phrase ending in a media noun before a listed outlet → the outlet
* ``MBN 뉴스``, ``Hankookilbo 신문사``: a listed outlet (or its English
  name) followed by media nouns only → the outlet; ``뉴데일리 경제``: a
  listed outlet and one section word after a space (its section site) → the
  outlet (``한국경제``, ``매일경제`` are one word: outlets of their own)
* ``뉴데일리뉴스``, ``한겨레신문사 :``: a listed name glued to a media noun,
  trailing punctuation → the listed name
* ``dongA``, ``munhwa``: the first label of a listed outlet's domain
* ``디일렉(THE ELEC)``: a listed name with its Latin twin in brackets
* ``자본시장 미디어 'thebell'``: quotes around the name are no part of it;
  ``'경제를 보는 눈' 이데일리``: a quoted slogan before it is none either
* ``ⓒ 맛있는 뉴스토마토``, ``진실을 향한 매체``, ``매체 맛있는 뉴스``: a tagline
  (a modifier in its adnominal form) before or after a listed name → the outlet
* ``ⓒ 경제를 보는 눈, 세계를 보는 창 아시아경제``: a slogan (a phrase with a
  particle, no outlet in it) is never a publisher; the listed outlet the
  copyright line names after it is (:func:`outlet_after_slogan`)

An issue note (``[본 기사는 매경이코노미 제2361호 … 기사입니다]``) names the
magazine the article ran in; it wins over the group's mail domain or
copyright line (:func:`magazine_named`); so do a listed magazine's issue
line (``주간동아 1512호 (p38~39)``) and a print page's running head
(``34  주간동아 2025. 3. 11  1482호``) among the first lines.

Only listed outlets (``data/outlets.toml``) are reported: an unlisted name is
left as it is, so nothing is guessed.
"""

from __future__ import annotations

import re

from .byline_words import SECTION_WORD
from .outlet_domains import known_outlets, korean_name, outlet_of_slug
from .page_chrome import running_head

# media nouns a descriptor phrase ends in, or that follow an outlet's name
_MEDIA_NOUN = re.compile(r"(?:미디어|신문사|신문|뉴스|매체|언론사?|방송|news|media)$", re.I)
# "뉴데일리뉴스", "서울신문사": a listed name glued to a media noun or 사
_GLUED = ("신문사", "뉴스", "미디어", "사")
# "dongA", "munhwa": a holder printed as its domain's first label
_SLUG = re.compile(r"[A-Za-z]{4,20}")
_TWIN = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<twin>[A-Za-z][A-Za-z .&'-]*)\)$")
# "경제를 보는 눈", "세상을 보는 눈": a phrase with an object particle and a
# verb form, the shape of a slogan, not of a name
_SLOGAN = re.compile(r"[가-힣]+[을를]\s+[가-힣]*[는은]\s+[가-힣]+")
# "[본 기사는 매경이코노미 제2361호 (…일자) 기사입니다]": the magazine the
# article ran in, named by its issue
_ISSUE_NOTE = re.compile(
    r"^[\[(<]?\s*(?:본|이)\s*기사는\s+(?P<name>[^\s\d]\S{1,15}(?:\s[^\s\d]\S{1,15})?)\s+"
    r"(?:제\s*)?\d{1,5}\s*호"
)
# "[매경이코노미 제2308호 (…일자) 기사입니다]": the same note without "본 기사는"
_BRACKET_NOTE = re.compile(
    r"^[\[(<]\s*(?P<name>[^\s\d]\S{1,15})\s+(?:제\s*)?\d{1,5}\s*호\b.{0,40}기사입니다\s*[\])>]$"
)
# "주간동아 1512호 (p38~39)", "시사IN 제958호 | 경제", "<주간조선 2884호>": a
# magazine's issue line over its article
_ISSUE_HEAD = re.compile(
    r"^<?(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,11})\s+(?:제\s*)?\d{1,5}\s*호>?"
    r"(?:\s*(?:\([^()]{1,30}\)|[|·]\s*\S.{0,20}))?$"
)
# a quoted phrase of two words or more ("'경제를 보는 눈'"), not a quoted name
_QUOTED = re.compile(r"['\"‘“「][^'\"’”」]{1,30}\s[^'\"’”」]{1,30}['\"’”」]")
_TOKEN = re.compile(r"[가-힣A-Za-z0-9][가-힣A-Za-z0-9.&'-]*")


# "ECONOMIST 이코노미스트": a bilingual masthead, its Latin form before the Korean
_BILINGUAL_NAME = re.compile(r"[A-Za-z][A-Za-z&.\s]{1,30}\s(?P<korean>[가-힣][가-힣\s]{1,15})")


def _listed(word: str) -> str | None:
    word = word.strip(" .,:;·|-\"'‘’“”「」『』")  # "자본시장 미디어 'thebell'": quotes around it
    if word in known_outlets():
        return word
    if (m := _BILINGUAL_NAME.fullmatch(word)) and m["korean"] in known_outlets():
        return m["korean"]  # a bilingual masthead is listed in its Korean form
    return korean_name(word)


def outlet_in_name(name: str) -> str | None:
    """The listed outlet a publisher candidate names with descriptor words
    around it ("MBN 뉴스" → MBN), else None (see the module's docstring)."""
    bare = name.strip(" .,:;·|-–")
    if found := _listed(bare):
        return found
    if (m := _TWIN.match(bare)) and (found := _listed(m["name"])):
        return found
    for noun in _GLUED:
        if bare.endswith(noun) and (found := _listed(bare[: -len(noun)])):
            return found
    if _SLUG.fullmatch(bare) and (found := outlet_of_slug(bare)):
        return found
    if (unquoted := _QUOTED.sub(" ", bare).strip()) and unquoted != bare:
        return outlet_in_name(unquoted)  # "'경제를 보는 눈' 이데일리": a quoted slogan before it
    words = bare.split()
    if len(words) < 2 or len(words) > 6:
        return None
    if (found := _listed(words[-1])) and _MEDIA_NOUN.search(words[-2]):
        return found  # "전자부품 전문 미디어 디일렉"
    if (found := _listed(words[0])) and all(_MEDIA_NOUN.fullmatch(w) for w in words[1:]):
        return found  # "MBN 뉴스", "Hankookilbo 신문사"
    if len(words) == 2 and (found := _listed(words[0])) and SECTION_WORD.fullmatch(words[1]):
        return found  # "뉴데일리 경제": a listed outlet's section site ("한국경제" is one word)
    if (found := _listed(words[-1])) and _tagline(words[:-1], before=True):
        return found  # "맛있는 뉴스토마토", "진실을 향한 매체": a tagline before the name
    if (found := _listed(words[0])) and _tagline(words[1:], before=False):
        return found  # "뉴스토마토 맛있는 뉴스": a tagline after it
    return None


def _tagline(words: list[str], *, before: bool) -> bool:
    """Hangul words that make a tagline, not a name: a modifier in its
    adnominal form (a last syllable closing on ㄴ: 맛있는, 향한, 바른, 새로운)
    right before the outlet's name, or anywhere after it ("맛있는 뉴스", "믿을 수
    있는 …" where the copyright line's holder stops)."""
    if not words or not all(re.fullmatch(r"[가-힣]{1,8}", w) for w in words):
        return False
    modifiers = [_adnominal(w) for w in words]
    return modifiers[-1] if before else any(modifiers)  # a copyright line may cut it


def _adnominal(word: str) -> bool:
    """A word closing on ㄴ (the adnominal ending -ㄴ/-은/-는), two syllables or more."""
    return len(word) >= 2 and (ord(word[-1]) - 0xAC00) % 28 == 4


def is_slogan(name: str) -> bool:
    """ "경제를 보는 눈": a slogan, not an outlet's name."""
    return _SLOGAN.search(name) is not None and outlet_in_name(name) is None


def outlet_after_slogan(line: str, holder: str) -> str | None:
    """The one listed outlet a copyright line names after a slogan holder
    ("ⓒ 세상을 보는 눈, 글로벌 미디어 세계일보" → 세계일보), else None."""
    if not is_slogan(holder):
        return None
    rest = line[line.find(holder) + len(holder) :] if holder in line else line
    found = {name for token in _TOKEN.findall(rest) if (name := _listed(token))}
    return found.pop() if len(found) == 1 else None


def magazine_named(lines: list[str]) -> str | None:
    """The listed magazine an issue note names ("본 기사는 매경이코노미
    제2361호 … 기사입니다"): it wins over the group's mail domain."""
    for line in lines:
        if len(line) > 120 or not (m := _ISSUE_NOTE.match(line) or _BRACKET_NOTE.match(line)):
            continue
        if found := _listed(m["name"]):
            return found
    for line in [ln for ln in lines if ln][:3]:
        if (m := _ISSUE_HEAD.match(line)) and m["name"] in known_outlets():
            return m["name"]  # a listed magazine's issue line wins over its group's footer
        if (name := running_head(line)) and not SECTION_WORD.match(name):
            # "34  주간동아 2025. 3. 11  1482호": the page's running head; an
            # unlisted name only with its issue number (a magazine's head)
            return _listed(name) or (
                name if re.search(r"\d\s*호(?:\s*\([\d.\s]+\))?$", line) else None
            )
    return None
