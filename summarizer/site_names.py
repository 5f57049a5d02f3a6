"""A site's own name where the page prints it in more than one form
(issue 13, dev85: regional dailies, newsrooms).

* :func:`site_without_tagline`: a site name with its slogan (``경북일보 -
  굿데이 경북``) is the part the page prints on its own (its logo, a
  footer's first field) or the one part that is a listed outlet.
* :func:`korean_newsroom`: a company newsroom named in English (``Samsung
  Newsroom Korea``) is reported by the Korean newsroom name the page prints
  (``삼성전자 뉴스룸`` in its footer), the Korean form where both are printed,
  as :mod:`summarizer.headers` reads ``SK hynix Newsroom | SK하이닉스 뉴스룸``.
* :func:`footer_masthead`: a page's first line that its copyright footer
  repeats as its first field (``사이트 이름`` … ``사이트 이름 | Copyright ©
  Company``) is the site's masthead, never the headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .byline_words import SECTION_WORD
from .headers import korean_room
from .outlet_domains import known_outlets
from .sentences import is_statement

# " - ", " | ", " : ": the marks between a site's name and its slogan
_TAGLINE_MARK = re.compile(r"\s+[-–|:]\s+")
_FIELD = re.compile(r"\s*[|]\s*")
_RIGHTS = re.compile(r"ⓒ|©|\(c\)|copyright|all\s+rights\s+reserved|무단\s*전재", re.I)
_MASTHEAD_MAX = 30
_FOOTER_LINES = 5  # the page's last lines looked at for its copyright footer


def _printed(texts: Iterable[str]) -> set[str]:
    """What the page prints as a whole element or an element's first field."""
    found: set[str] = set()
    for text in texts:
        found.add(text)
        found.add(_FIELD.split(text, maxsplit=1)[0])
    return found


def site_without_tagline(site: str, texts: Iterable[str]) -> str:
    """``site`` without its slogan (module doc), else ``site`` unchanged."""
    parts = [p.strip() for p in _TAGLINE_MARK.split(site)]
    if len(parts) != 2 or not all(parts):
        return site
    printed = _printed(texts)
    alone = [p for p in parts if p in printed and not SECTION_WORD.match(p)]  # not "뉴스"
    if len(alone) == 1:
        return alone[0]
    listed = [p for p in parts if p in known_outlets()]
    return listed[0] if len(listed) == 1 else site


def korean_newsroom(site: str, texts: Iterable[str]) -> str | None:
    """The Korean newsroom name a page prints for its English-named newsroom."""
    if "newsroom" not in site.casefold() or re.search(r"[가-힣]", site):
        return None
    return korean_room(texts)


def footer_masthead(first: str, lines: list[str]) -> str | None:
    """``first`` when the copyright footer repeats it as its first field."""
    if not 2 <= len(first) <= _MASTHEAD_MAX or is_statement(first) or re.search(r"\d", first):
        return None
    for line in [line for line in lines if line][-_FOOTER_LINES:]:
        head, mark, rest = line.partition(first)
        if not head and mark and re.match(r"\s*[|·ⓒ©]", rest) and _RIGHTS.search(rest):
            return first
    return None
