"""The rows of a data table on an article page (issue 13, session 19).

The page reader leaves tables out of the body (a layout table would carry
the whole page), so a spec table's chips were never read: ``<tr><td>Cloud AI
100 Ultra</td><td>128GB</td><td>2023</td></tr>`` beside ``AI200`` and
``AI250``. Each row of a small data table becomes one aside line, its cells
joined by `` | `` as a spec table printed as text is, and is read for chips
like the other aside lines (never for sentences). A data table: no table
inside it, no cell longer than a label, two or more rows of two or more
cells, outside the page's header, navigation and footer.
"""

from __future__ import annotations

from lxml import html as lxml_html

from .text import normalize

_LONGEST_CELL, _LONGEST_ROW = 40, 120
_CHROME = frozenset({"head", "script", "style", "nav", "header", "footer"})


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
        lines = [" | ".join(cells) for cells in rows if len(cells) >= 2]
        if len(lines) < 2:
            continue
        out += [ln for ln in lines if len(ln) <= _LONGEST_ROW and ln not in body and ln not in out]
    return out


def _cells(tr: lxml_html.HtmlElement) -> list[str]:
    """One row's non-empty cells, each on one line."""
    cells = (" ".join(normalize(c.text_content()).split()) for c in tr if c.tag in ("td", "th"))
    return [c for c in cells if c]
