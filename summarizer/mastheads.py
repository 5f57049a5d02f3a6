"""Outlets that print only an English name on their masthead.

``The Korea Herald`` or ``The Elec`` alone on a page's first line, with no
Korean name of the outlet anywhere in the text, is reported as printed; where
the text prints the Korean name too (``더밀크 THE MIILK``, ``ⓒ The Korea
Herald. 코리아헤럴드``) or prints the English name only in the copyright line
(``Copyright ⓒ Hankookilbo``), the listed Korean name stays the outlet's.
Likewise an unlisted outlet: a copyright line's Latin name (``ⓒ Inven``)
under a page whose masthead or section path names the outlet in Hangul
(``인벤 > 뉴스 > 게임뉴스``) is reported by the Hangul name the page prints.

A copyright line may print the company's registered name (``ⓒ 한국경제신문``,
``ⓒ 뉴스1코리아``) where the masthead prints the brand: the brand is the
outlet (:func:`brand_form`).
"""

from __future__ import annotations

import re

from .odd_credits import newsroom_issuer
from .outlet_domains import known_outlets, korean_name
from .sentences import is_statement

_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&.' -]{1,40}")
# a masthead's name in Hangul, one or two words ("인벤", "칩 데일리")
_HANGUL_NAME = re.compile(r"[가-힣][가-힣0-9]{1,11}(?: [가-힣0-9]{1,8})?")


def english_masthead(publisher: str, first_line: str | None, lines: list[str]) -> str:
    """The masthead's English name when it is the only name the text prints
    of ``publisher`` (a listed outlet's Korean name), else ``publisher``."""
    if issuer := newsroom_issuer(publisher, lines):  # "미디어 문의: 회사 홍보팀"
        return issuer
    if not first_line or not _LATIN_NAME.fullmatch(first_line):
        return publisher
    if korean_name(first_line) != publisher:
        return publisher
    if any(publisher in line for line in lines):
        return publisher  # the Korean name is printed too: the outlet goes by it
    return first_line


# what a company's registered name adds to its outlet's brand: "한국경제신문",
# "뉴스1코리아", "칩뉴스미디어"
_COMPANY_SUFFIX = ("신문사", "신문", "코리아", "미디어", "닷컴")
# an edition word after the brand: "ⓒ 전북일보 인터넷신문", "ⓒ 매체 온라인판", "ⓒ 매체사 모바일"
_EDITION = re.compile(
    r"(?P<brand>\S.*?)\s*(?:인터넷신문|인터넷판|온라인판|온라인|디지털판|모바일판|모바일웹|모바일)"
)
_RIGHTS_LINE = re.compile(r"ⓒ|©|\(c\)|copyright|저작권|무단", re.I)


# A masthead, byline or contact line that prints the company's name; a body
# sentence naming it ("한국경제신문이 … 비교했다") does not make it the brand.
_NAME_LINE = 60


def _name_line(line: str, holder: str) -> bool:
    """``holder`` printed on a line of its own kind: short, no sentence, no copyright."""
    return (
        holder in line
        and len(line) <= _NAME_LINE
        and not is_statement(line)
        and not _RIGHTS_LINE.search(line)
    )


def brand_form(holder: str, masthead: str | None, lines: list[str]) -> str:
    """The outlet's brand where the copyright line prints its company's longer
    name: the masthead's form ("한국경제" over "ⓒ 한국경제신문"), else, when the
    longer name stands only in copyright lines, the listed outlet it extends
    ("ⓒ 뉴스1코리아" → 뉴스1); an edition word after the masthead's or a
    listed brand ("ⓒ 전북일보 인터넷신문") names the brand. A name printed
    whole on a short line elsewhere (a masthead or byline "에너지경제신문") is
    kept; a body sentence naming the company is no such line."""
    if holder in known_outlets() or any(_name_line(ln, holder) for ln in lines):
        return holder  # listed, or printed whole on a short line outside the copyright line
    if masthead and _LATIN_NAME.fullmatch(holder) and _HANGUL_NAME.fullmatch(masthead):
        return masthead  # "인벤 > 뉴스" over "ⓒ Inven": the name the page prints in Hangul
    if masthead and _extends(holder, masthead):
        return masthead
    if edition := _EDITION.fullmatch(holder):  # the outlet's web edition: the outlet
        if masthead and ((brand := edition["brand"]) == masthead or _extends(brand, masthead)):
            return masthead  # "ⓒ 로봇신문사 모바일" under the masthead "로봇신문"
        if edition["brand"] in known_outlets():
            return edition["brand"]
    for suffix in _COMPANY_SUFFIX:
        if (brand := holder.removesuffix(suffix)) != holder and brand in known_outlets():
            return brand
    return holder


def _extends(holder: str, brand: str) -> bool:
    return holder != brand and holder.removeprefix(brand) in (*_COMPANY_SUFFIX, "사")
