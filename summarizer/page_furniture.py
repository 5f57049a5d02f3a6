"""Page furniture: the parts of an article page that belong to the site, not
to the story (issue 13, dev75). Chips a related-news or most-read list names
are other stories' chips; the entity index must not read them.

Furniture is found by structure, never by site:

* the elements HTML gives the role: ``<nav>``, ``<aside>``, ``<footer>``;
* an element whose class or id says so (``related``, ``popular``, ``ranking``,
  ``most-read``, ``recommend``, ``sidebar``, ``footer``, ``nav``/``gnb``,
  ``comment``, ``share``/``sns``, a breaking-news ``ticker``/``flash``);
* a list under a list heading (:data:`LIST_HEAD`: ``관련기사``, ``많이 본 뉴스``,
  ``인기기사``, ``최신기사``, ``추천기사``, ``이 시각 주요뉴스``, ``함께 읽을 기사``,
  ``속보``, the reporter's other articles ``홍길동 기자의 다른 기사``):
  the heading and the link rows that follow it, also in a table layout
  (``<tr><td><b>이 시각 많이 본 뉴스</b></td></tr>`` and the rows under it).

An element that holds the headline (``<h1>``) or a long run of text outside
links (the article body a careless class wraps) is never furniture.
:func:`without_furniture` returns a copy of the page without it; the page's
metadata is still read from the whole page (a footer names the outlet).
"""

from __future__ import annotations

import copy
import re
from itertools import islice

from lxml import html as lxml_html

from .text import normalize

_ROLE_TAGS = frozenset({"nav", "aside", "footer"})
_ROLE_NAME = re.compile(
    r"relat|popular|ranking|most[-_]?(?:read|view)|hot[-_]?news|best[-_]?news|\bbest\b|"
    r"recommend|side[-_]?bar|\baside\b|footer|\bfoot\b|\bnav|\bgnb\b|\blnb\b|"
    r"comment|\bsns\b|\bshare\b|ticker|\bflash\b|breaking",
    re.I,
)
# a list's heading: "관련기사", "많이 본 뉴스", "[인기기사]", "▶ 이 시각 주요뉴스", "함께 읽을 기사"
LIST_HEAD = re.compile(
    r"^[\[〔【<▶▷■□●◆◇·\s]*(?:이\s*시각\s*)?(?:"
    r"관련\s*(?:기사|뉴스)|많이\s*(?:본|읽은)\s*(?:뉴스|기사)|(?:실시간\s*)?인기\s*(?:기사|뉴스)|"
    r"최신\s*(?:기사|뉴스)|추천\s*(?:기사|뉴스)|주요\s*(?:기사|뉴스)|핫\s*(?:뉴스|이슈)|"
    r"랭킹\s*뉴스|많이\s*본|함께\s*(?:읽을|읽으면\s*좋은|본|볼|보면\s*좋은)\s*(?:기사|뉴스)|"
    r"(?:이|[가-힣]{2,4})?\s*기자의\s*(?:다른|최신)\s*(?:기사|뉴스)|(?:뉴스\s*)?속보"
    r")[\]〕】>\s]*(?:더\s*보기\s*[+>]?)?$"
)
_BODY_TEXT = 400  # characters outside links: an article body, never furniture
_ROW_TEXT = 120  # a row under a list heading: a headline, not a paragraph
_HEAD_ELEMENTS = 4  # "<td><b><a>관련기사</a></b></td>": a heading holds few elements


def without_furniture(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """A copy of the page without its furniture."""
    page = copy.deepcopy(tree)
    for element in furniture(page):
        if element.getparent() is not None:
            element.drop_tree()  # the tail (text after it) stays
    return page


def furniture(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The page's furniture elements, outermost first."""
    found: list[lxml_html.HtmlElement] = []
    inside: set[lxml_html.HtmlElement] = set()  # found elements and all they hold
    for element in tree.iter():
        if not isinstance(element.tag, str) or element in inside:
            continue
        if _by_role(element) and _not_story(element):
            more = [element]
        elif _headed(element):
            more = [e for e in _headed_list(element) if e not in inside]
        else:
            continue
        found.extend(more)
        inside.update(d for e in more for d in e.iter())
    return found


def _headed(element: lxml_html.HtmlElement) -> bool:
    """A list heading's element (``<h4>관련기사</h4>``, ``<b>많이 본 기사</b>``):
    a few elements at most (its text is read only then: a page has thousands)."""
    if next(islice(element.iter(), _HEAD_ELEMENTS, None), None) is not None:
        return False
    text = _text(element)
    return 0 < len(text) <= 30 and LIST_HEAD.match(text) is not None


def _by_role(element: lxml_html.HtmlElement) -> bool:
    if element.tag.lower() in _ROLE_TAGS:
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(_ROLE_NAME.search(names))


def _not_story(element: lxml_html.HtmlElement) -> bool:
    """Neither the headline nor a body's worth of text outside links."""
    if element.tag.lower() in ("body", "html") or element.find(".//h1") is not None:
        return False
    return _unlinked(element) < _BODY_TEXT


def _headed_list(head: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """A list heading and the link rows after it: from the heading up to the
    first ancestor level that has rows after it, those rows while each is
    short and links away."""
    node = head
    while node.getparent() is not None and not _rows_after(node):
        node = node.getparent()
        if node.tag.lower() in ("body", "html") or _text(node) != _text(head):
            return []  # the heading stands alone (or inside text): no list here
    rows = [node]
    for sibling in node.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if len(_text(sibling)) > _ROW_TEXT * 4 or _unlinked(sibling) > _ROW_TEXT:
            break  # the story again, or text that links nowhere
        rows.append(sibling)
    return rows if any(_links(r) for r in rows[1:]) else []


def _rows_after(node: lxml_html.HtmlElement) -> bool:
    return any(isinstance(s.tag, str) and _links(s) for s in node.itersiblings())


def _links(element: lxml_html.HtmlElement) -> bool:
    return element.tag.lower() == "a" or element.find(".//a") is not None


def _unlinked(element: lxml_html.HtmlElement) -> int:
    """How many characters of the element's text stand outside links."""
    linked = sum(len(_text(a)) for a in element.iter("a"))
    if element.tag.lower() == "a":
        linked = len(_text(element))
    return max(len(_text(element)) - linked, 0)


def _text(element: lxml_html.HtmlElement) -> str:
    return " ".join(normalize(element.text_content()).split())
