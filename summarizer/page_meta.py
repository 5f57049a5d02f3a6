"""What an article page states around its body: the on-page headline, the
byline block and the copyright footer.

trafilatura's title is the page's ``og:title`` or ``<title>``, which sites
often shorten or rewrite ("대구 AI센터 칩 선정 결과", "AI칩리뷰 :: 엣지 NPU
경쟁"); the headline printed on the page is the ``<h1>``/``<h2>``/``<h3>``
that stands before the body, outside the menus, side bars and footer. Its
author guess is the byline block title-cased ("… 기자 Yjh Com") or with its
dateline ("도쿄=류호"); the byline is read here with the text reader's rules
(:mod:`summarizer.bylines`), and so is the footer's copyright line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import html as lxml_html

from .byline_words import OUTLET_NAME, SECTION_WORD
from .bylines import Byline, read_byline
from .caption_lines import photographer, staff_credit
from .dates import is_date_field, labelled_date, parse_date
from .debris import is_debris
from .holders import copyright_holder
from .odd_credits import odd_credit
from .odd_pages import odd_byline
from .outlet_domains import known_outlets
from .text import normalize

_CHROME_TAGS = frozenset({"nav", "footer", "aside", "form", "script", "style", "noscript"})
_CHROME_CLASS = re.compile(
    r"\b(?:nav|menu|gnb|lnb|snb|footer|foot|related|aside|sidebar|popular|ranking|banner|"
    r"breadcrumb|location|path|sns|share|comment)s?\b|related|most[-_]?read",
    re.I,
)
_MENU_CLASS = re.compile(r"\b(?:nav|menu|gnb|lnb|snb|logo)\b", re.I)
_HEADINGS = frozenset({"h1", "h2", "h3"})
_BLOCKS = frozenset(
    {"div", "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "section", "article", "header", "table"}
)
_BODY_START = 60  # characters of text in one element: the article body has begun
_PARAGRAPH = 40  # … or in one paragraph
_BYLINE_MAX = 80
_ROLE_ALONE = re.compile(r"(?:기자|특파원|에디터|통신원)$")
_NAME_ALONE = re.compile(r"^[가-힣]{2,4}$|^[가-힣]{1,5}(?: [가-힣]{1,5}){1,2}$")
_FOOTER_MAX = 120
_CAPTION_CLASS = re.compile(r"caption|img_?desc|photo_?desc", re.I)
_LOGO_MAX = 40


def parse_page(html: str) -> lxml_html.HtmlElement | None:
    try:
        return lxml_html.fromstring(html)
    except (ValueError, TypeError, SyntaxError):
        return None


def _text(element: lxml_html.HtmlElement) -> str:
    return " ".join(normalize(element.text_content()).split())


def _elements(tree: lxml_html.HtmlElement) -> Iterator[lxml_html.HtmlElement]:
    """The page body's elements in document order, without comments."""
    body = tree.find(".//body")
    for element in (tree if body is None else body).iter():
        if isinstance(element.tag, str) and element.tag not in ("script", "style", "title"):
            yield element


def _site_header(node: lxml_html.HtmlElement) -> bool:
    """A ``<header>`` holding the site's menu, not the article's own header
    (which may hold a list of byline fields)."""
    if node.find(".//nav") is not None:
        return True
    return any(
        _MENU_CLASS.search(f"{e.get('class') or ''} {e.get('id') or ''}")
        for e in node.iter("ul", "div")
    )


def _in_chrome(element: lxml_html.HtmlElement) -> bool:
    """Inside a menu, side bar, footer or related-links box."""
    node: lxml_html.HtmlElement | None = element
    while node is not None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _CHROME_TAGS or (tag == "header" and _site_header(node)):
            return True
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if names.strip() and _CHROME_CLASS.search(names):
            return True
        node = node.getparent()
    return False


def page_headline(tree: lxml_html.HtmlElement, site: str | None = None) -> str | None:
    """The headline printed on the page: the heading the page's own title
    (``og:title``/``<title>``) repeats, else the first heading before the
    article body, outside the page chrome, that reads as a headline (words
    with a space between, not a one-word section title like "반도체·디스플레이")."""
    headings = list(_headings(tree, site))
    for page_title in _declared_titles(tree):
        for text in headings:
            if text == page_title or page_title.startswith(text + " "):
                return text  # "헤드라인 | 매체" as the page title
    found = next((text for text in headings if " " in text and len(text) >= 10), None)
    return found or _styled_headline(tree, site)


# a page without a heading element prints its headline in a block named or styled
# as one: class "view-title", "article_headline", style "font-size:32px;font-weight:700"
_TITLE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:title|headline|head_?line|tit|subject)(?:$|[\s_-])", re.I
)
_LARGE_FONT = re.compile(
    r"font-size\s*:\s*(?P<px>\d{2,3})px|font-weight\s*:\s*(?:bold|[6-9]00)", re.I
)
_LARGE_PX = 20


def _styled_headline(tree: lxml_html.HtmlElement, site: str | None) -> str | None:
    """The headline of a page with no heading element: the first block before
    the body, outside the chrome, whose class names a title or whose style
    sets it large or bold, that reads as a headline."""
    for element in _elements(tree):
        if len(normalize(element.text or "").strip()) >= _BODY_START:
            return None  # the body has begun
        if _has_blocks(element) or _in_chrome(element) or not _styled(element):
            continue
        text = _text(element)
        if 10 <= len(text) <= 150 and " " in text and not is_debris(text):
            if not _names_site(text, site):
                return text
    return None


def _styled(element: lxml_html.HtmlElement) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    if _TITLE_CLASS.search(names):
        return True
    style = element.get("style") or ""
    m = _LARGE_FONT.search(style)
    return m is not None and (m["px"] is None or int(m["px"]) >= _LARGE_PX)


def _declared_titles(tree: lxml_html.HtmlElement) -> list[str]:
    """The page's own titles: ``og:title`` and ``<title>``."""
    found = [str(v) for v in tree.xpath("//meta[@property='og:title']/@content")]
    found += [t.text_content() for t in tree.xpath("//title")]
    return [" ".join(normalize(t).split()) for t in found if t.strip()]


def _headings(tree: lxml_html.HtmlElement, site: str | None) -> Iterator[str]:
    for element in _elements(tree):
        if len(normalize(element.text or "").strip()) >= _BODY_START:
            return  # the body has begun: a heading after it is a related link
        if element.tag not in _HEADINGS or _in_chrome(element):
            continue
        text = _text(element)
        if 8 <= len(text) <= 150 and not is_debris(text) and not _names_site(text, site):
            yield text


def _names_site(text: str, site: str | None) -> bool:
    """A logo heading: the site's name ("KoreaChip Daily"), not a headline."""
    if text == site or text in known_outlets():
        return True
    return len(text) <= 20 and OUTLET_NAME.search(text) is not None


def page_byline(tree: lxml_html.HtmlElement) -> Byline | None:
    """The first byline on the page with a writer's name, outside the chrome.
    Only elements without blocks inside are read: a box holding the headline
    and the byline is not one byline. A photo's caption credit ("… 서버실.
    김명진 선임기자" in a ``<figcaption>``) names the photographer: it is the
    byline only where no other element holds one (a photo page)."""
    above = ""  # the element before: a name alone over its role's ("BBC 기술 담당 기자")
    credit: Byline | None = None
    for element in _elements(tree):
        text = _text(element)
        if not text or len(text) > _BYLINE_MAX or element.tag in _HEADINGS:
            continue
        if any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in element):
            continue
        odd = odd_credit(text)  # "이름 매체 기자", an analyst's
        byline = Byline(odd[0], odd[1]) if odd else odd_byline(text) or read_byline(text)
        if byline is None and _ROLE_ALONE.search(text) and _NAME_ALONE.match(above):
            byline = Byline(above, None) if above not in known_outlets() else None
        if byline is not None and byline.author and not _in_chrome(element):
            staff = staff_credit(text) or photographer(text)  # no outlet in either
            if not (staff or _in_caption(element)):
                return byline
            credit = credit or (Byline(staff, None) if staff else byline)
        above = text
    return credit


def _in_caption(element: lxml_html.HtmlElement) -> bool:
    """Inside a photo's ``<figure>``/``<figcaption>`` or a block classed as a caption."""
    for node in (element, *element.iterancestors()):
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if node.tag in ("figure", "figcaption") or _CAPTION_CLASS.search(names):
            return True
    return False


def page_holder(tree: lxml_html.HtmlElement) -> str | None:
    """The outlet the page's copyright line names (often only in the footer)."""
    for element in _elements(tree):
        text = _text(element)
        if text and len(text) <= _FOOTER_MAX and (holder := copyright_holder(text)):
            return holder
    return None


def page_labelled_date(tree: lxml_html.HtmlElement) -> str | None:
    """The publication date a byline or date block states with its label
    ("기사입력 2025.03.07 15:05", split over ``<span>``s), outside the chrome."""
    for element in _leaves(tree):
        if (text := _text(element)) and (found := labelled_date(text)) and not _in_chrome(element):
            return found
    return None


def page_published(tree: lxml_html.HtmlElement) -> str | None:
    """The labelled publication date (:func:`page_labelled_date`); else a
    date alone in its own element between the headline and the body
    (``<span>Mar. 7, 2025 09:12</span>`` beside the byline; a date bar above
    the headline is today's date, not the article's)."""
    if found := page_labelled_date(tree):
        return found
    headline = False
    for element in _elements(tree):
        own = len(normalize(element.text or "").strip())
        if own >= _BODY_START or (element.tag == "p" and own >= _PARAGRAPH):
            return None  # the body has begun: a date after it is an event or a link's
        if _has_blocks(element) or _in_chrome(element):
            continue
        headline = headline or element.tag in _HEADINGS
        text = _text(element)
        if headline and element.tag not in _HEADINGS and text and len(text) <= _BYLINE_MAX:
            if is_date_field(text):
                return parse_date(text)
    return None


def page_byline_date(tree: lxml_html.HtmlElement) -> str | None:
    """The date printed in the byline's own element, unlabelled ("이름 기자 ·
    2024.09.03 10:15 · 업데이트 …": the first date, before any update's)."""
    for element in _leaves(tree):
        text = _text(element)
        if not text or len(text) > _BYLINE_MAX or _in_chrome(element):
            continue
        byline = odd_byline(text) or read_byline(text)
        if byline is not None and byline.author and (found := parse_date(text)):
            return found
    return None


def _has_blocks(element: lxml_html.HtmlElement) -> bool:
    return any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in element)


def _leaves(tree: lxml_html.HtmlElement) -> Iterator[lxml_html.HtmlElement]:
    """The page's elements without blocks inside, headings left out."""
    for element in _elements(tree):
        if element.tag not in _HEADINGS and not _has_blocks(element):
            yield element


# "Tech42 - 테크42", "칩온 | ChipOn": a site's name in both scripts in its page title
_NAME_PAIR = re.compile(r"\s+[-–|·:/]\s+")
_KOREAN_SITE = re.compile(r"[가-힣][가-힣A-Za-z0-9 ]{0,12}")


def page_korean_name(tree: lxml_html.HtmlElement, name: str) -> str | None:
    """The Korean name of an outlet found only in Latin letters (a logo or a
    footer's "© 2025 Tech42"), where the page's own title or site name pairs
    the two ("Tech42 - 테크42"), else None."""
    if re.search(r"[가-힣]", name):
        return None
    folded = re.sub(r"\W", "", name).casefold()
    declared = _declared_titles(tree) + [
        " ".join(normalize(str(v)).split())
        for v in tree.xpath("//meta[@property='og:site_name' or @name='application-name']/@content")
    ]
    for element in _leaves(tree):  # a logo "e4ds news 이포에스디뉴스"
        text = _text(element)
        if text and len(text) <= _LOGO_MAX and folded in re.sub(r"\W", "", text).casefold():
            other = text.replace(name, " ").strip(" |·-/")
            if other != text and _KOREAN_SITE.fullmatch(other) and OUTLET_NAME.search(other):
                if not SECTION_WORD.match(other):  # "KAIST 뉴스": the site's news page
                    return other
        if listed := _listed_beside(text, name):
            return listed
    for text in declared:
        parts = [p.strip() for p in _NAME_PAIR.split(text)]
        if len(parts) != 2 or folded not in {re.sub(r"\W", "", p).casefold() for p in parts}:
            continue
        other = next(p for p in parts if re.sub(r"\W", "", p).casefold() != folded)
        if _KOREAN_SITE.fullmatch(other):
            return other
    return None


def leaf_texts(tree: lxml_html.HtmlElement) -> list[str]:
    """The short texts of the page's leaf elements (logos, footer lines)."""
    return [t for element in _leaves(tree) if (t := _text(element)) and len(t) <= _FOOTER_MAX]


def _listed_beside(text: str, name: str) -> str | None:
    """A listed outlet's Korean name printed right beside the Latin one, in
    any line of the page (a footer's "© 2026 TECH42 테크42. All rights
    reserved.", "테크42(Tech42)")."""
    latin = re.escape(name)
    korean = r"(?P<ko>[가-힣][가-힣A-Za-z0-9]{0,12})"
    for pattern in (rf"{latin}\s*[|·/(]?\s*{korean}", rf"{korean}\s*[|·/(]?\s*{latin}"):
        for m in re.finditer(pattern, text, flags=re.I):
            if m["ko"] in known_outlets():
                return m["ko"]
    return None
