"""The short lines of an article page that its body text leaves out: a
sub-headline (``<h2>`` under the ``<h1>``), the items of a related-news or
most-read list, the rows of a data table (:mod:`summarizer.page_tables`).
They name chips a reader sees on the page (labels count them
as mentions), so they go after the body as short heading lines: the cleaner
keeps them out of the paragraphs (a page's trailing headings are chrome) and
reads them only for chip names (``CleanArticle.asides``).
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from .metadata import is_metadata_line
from .page_tables import table_rows
from .sentences import looks_like_sentence
from .text import normalize

_TAGS = frozenset({"h2", "h3", "h4", "h5", "li", "dt", "dd"})
# a related-news or most-read box, whose links may stand without a list:
# <div class="related"><strong>관련 기사</strong><a>…</a></div>
_LIST_BOX = re.compile(r"related|relate|popular|ranking|most[-_]?read|hot[-_]?news", re.I)
_SHORTEST, _LONGEST = 6, 60  # a heading or headline, not a menu word nor a paragraph


def page_asides(tree: lxml_html.HtmlElement, body: str) -> list[str]:
    """The page's short heading and list lines and its data tables' rows
    the body does not hold."""
    out: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or not (
            element.tag.lower() in _TAGS or (element.tag.lower() == "a" and _in_list_box(element))
        ):
            continue
        if any(a.tag in ("head", "script", "style") for a in element.iterancestors()):
            continue
        line = " ".join(normalize(element.text_content()).split())
        if not (_SHORTEST <= len(line) <= _LONGEST) or line in body or line in out:
            continue
        if looks_like_sentence(line) or is_metadata_line(line):
            continue  # a sentence would become a paragraph; a byline, metadata
        out.append(line)
    return out + [row for row in table_rows(tree, body) if row not in out]


def with_asides(body: str, asides: list[str]) -> str:
    """The body with the page's aside lines after it."""
    return "\n\n".join([body, *asides]) if asides else body


def _in_list_box(element: lxml_html.HtmlElement) -> bool:
    """A link inside a related-news or most-read box (by its class or id)."""
    for node in element.iterancestors():
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if _LIST_BOX.search(names):
            return True
    return False
