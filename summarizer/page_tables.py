"""The rows of a data table on an article page (issue 13, session 19).

The page reader leaves tables out of the body (a layout table would carry
the whole page), so a spec table's chips were never read: ``<tr><td>Cloud AI
100 Ultra</td><td>128GB</td><td>2023</td></tr>`` beside ``AI200`` and
``AI250``. Each row of a small data table becomes one aside line, its cells
joined by `` | `` as a spec table printed as text is, and is read for chips
like the other aside lines (never for sentences). A data table: no table
inside it, no cell longer than a label, two or more rows of two or more
cells, outside the page's header, navigation and footer.

A table of things that are not chips gives no lines (session 19 fix): its
first heading cell names what each row is, and a row of SSDs, controllers,
switches, servers, systems or racks ("SSD | 용량", "시스템 | GPU") names that
product, not a chip, even where a chip's name is part of it ("트레이니엄3
울트라서버 | 144개", "삼성전자 QX9100 | 245TB").
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from .text import normalize

_LONGEST_CELL, _LONGEST_ROW = 40, 120
_CHROME = frozenset({"head", "script", "style", "nav", "header", "footer"})
# the first heading of a table whose rows are products that are not chips
_OTHER_KIND = re.compile(
    r"SSD|스토리지|저장\s?장치|드라이브|컨트롤러|스위치|서버|시스템|랙|노드|storage|drive|"
    r"controller|switch|server|system|rack|node",
    re.IGNORECASE,
)


def table_rows(tree: lxml_html.HtmlElement, body: str) -> list[str]:
    """Each row of the page's data tables as one line ("AI250 | 근접 메모리
    연산 | 2027"), in page order; rows the body already holds left out."""
    out: list[str] = []
    for table in tree.iter("table"):
        if table.find(".//table") is not None or any(
            isinstance(a.tag, str) and a.tag.lower() in _CHROME for a in table.iterancestors()
        ):
            continue  # a layout table, or the page's chrome
        rows = [_cells(tr) for tr in table.iter("tr")]
        if any(len(c) > _LONGEST_CELL for cells in rows for c in cells):
            continue  # a cell holding prose: a layout table
        if _of_other_things(table):
            continue  # "SSD | 용량", "시스템 | GPU": rows of drives or systems
        lines = [" | ".join(cells) for cells in rows if len(cells) >= 2]
        if len(lines) < 2:
            continue
        out += [ln for ln in lines if len(ln) <= _LONGEST_ROW and ln not in body and ln not in out]
    return out


def _cells(tr: lxml_html.HtmlElement) -> list[str]:
    """One row's non-empty cells, each on one line."""
    cells = (" ".join(normalize(c.text_content()).split()) for c in tr if c.tag in ("td", "th"))
    return [c for c in cells if c]


def _of_other_things(table: lxml_html.HtmlElement) -> bool:
    """A table whose first heading cell names drives, switches or systems."""
    head = next((c for c in table.iter("th", "td")), None)
    return head is not None and head.tag == "th" and bool(_OTHER_KIND.search(head.text_content()))
