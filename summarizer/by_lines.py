"""Bylines in English form and bylines stacked one writer a line (issue 13,
session 19):

* ``By Jane Smith``, ``Written by …``, ``By 이름, 2 May 2025``, ``By 이름 |
  날짜``: the writers without mail, date or role;
* the date before it, as blogs and tech sites print their head: ``2026년
  11월 2일 By 이름``, ``Nov. 2, 2026 · By Name``, ``2026.11.02 | By 이름``;
  the line gives the writer and the date;
* writers stacked one a line (``이름 기자 mail`` over ``이름 기자 mail``, or
  ``도시=이름 특파원 mail`` over ``이름 기자 mail``, at
  the top or the bottom of an article): all of them, joined by "·" in print
  order, as a joined byline (``이름·이름 기자``) is read; an intern's line
  (``이름 인턴기자``) under a reporter's is no co-writer (as ``이름 기자, 이름
  인턴기자`` on one line credits the reporter: tuning 355, dev36 m20, dev46 n04).
"""

from __future__ import annotations

import re

from .byline_words import MAIL, NAME, is_person_name
from .bylines import join_names, strip_email
from .credit_lines import credit_byline

_DATE = (
    r"\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*일?\.?(?:\s*\(?[월화수목금토일]\)?)?"
    r"(?:\s+\d{1,2}:\d{2})?|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"
)
BY_LINE = re.compile(
    rf"^(?:(?:{_DATE})\s*[|·,\-–—]?\s*)?(?:written\s+|reported\s+)?by\s+(?P<who>.+?)"
    r"(?:\s+(?:posted|on|updated)\b.*|\s+\d{4}\s*[.\-/년].*)?$",
    re.I,
)
_TRAILING_DATE = re.compile(
    r",?\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}).*$"
)


def by_writers(who: str) -> str | None:
    """The writers a "By …" line names, without mail, date or role."""
    who = strip_email(who).replace("()", "").replace("[]", "").strip(" ,|·")
    who = _TRAILING_DATE.sub("", who).strip(" ,|·")  # "Jane Smith, 2 May 2025"
    who = re.sub(r"\s*(?:기자|특파원|reporter)$", "", who)
    return join_names(who) if who else None


# "이름 기자 mail", "[매체 이름 기자]", "이름 특파원 (mail)", "베이징=이름 특파원 mail"
# (a correspondent's city before it): a line that is one writer's byline
_STACKED = re.compile(
    r"^(?!.*(?:인턴|수습)\s*기자)[\[(]?\s*(?:[가-힣]{2,8}\s?=\s?)?"
    r"(?!사진|영상|그래픽|촬영|편집|디자인|일러스트)(?:[가-힣A-Za-z]{2,12}\s+)?"
    rf"{NAME}\s*(?:기자|특파원|선임기자|전문기자|객원기자|시민기자|통신원)"
    rf"\s*(?:[(<\[]?\s*{MAIL}\s*[)>\]]?)?\s*[\])]?$"
)
_BELOW = 3  # writers stacked under the first


def co_writers(lines: list[str], author: str | None) -> str | None:
    """``author`` and the writers whose bylines are stacked right under the
    first line crediting ``author`` alone (module doc), else ``author``."""
    if not author or "·" in author:
        return author
    for i, line in enumerate(lines):
        if not _STACKED.match(line) or _writer(line) != author:
            continue
        names = [author]
        for below in lines[i + 1 : i + 1 + _BELOW]:
            name = _writer(below) if _STACKED.match(below) else None
            if not name or name in names:
                break
            names.append(name)
        return "·".join(names)
    return author


def _writer(line: str) -> str | None:
    """The one person a byline line credits, else None."""
    byline = credit_byline(line)
    who = byline.author if byline else None
    return who if who and "·" not in who and is_person_name(who) else None
