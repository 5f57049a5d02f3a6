"""What a headline line looks like (issue 13): the readers shared by the
rules' title search (:mod:`summarizer.metadata`) and the learned headline
check (:mod:`summarizer.head_model`).

* :func:`headline_like`: a line shaped like a headline;
* :data:`TITLE_LABEL`: a "제목:" label printed before the headline;
* :func:`site_suffix`: a page title's site name after the headline
  ("헤드라인 | 디일렉"), with :func:`is_outlet_line` for a name after a dash.
"""

from __future__ import annotations

import re

from .byline_outlets import outlet_tag
from .byline_words import OUTLET_NAME, section_path_off, section_words_only
from .debris import is_debris
from .outlet_domains import known_outlets, korean_name
from .sentences import is_statement

_SHORT = 80  # a headline that ends in a verb or a question is no longer
_SENTENCE_BREAK = re.compile(r"(?<!\.)[.!?](?!\.)\s")
# "제목: 헤드라인", "Title: …": a label before the headline is not part of it
TITLE_LABEL = re.compile(r"^(?:기사\s*제목|제목|헤드라인|title|headline)\s*[:：]\s*(?=\S)", re.I)
# A headline followed by its site's name: "2나노 웨이퍼 3만달러 시대…TSMC | 디일렉"
_SITE_SUFFIX = re.compile(r"^(.{15,}?)\s+\|\s+([^|\s]{2,12}(?:\s[^|\s]{1,8})?)$")
_SITE_TAG = re.compile(r"^(.{15,}?)\s+[\[【]([^\]】\s]{2,12}(?:\s[^\]】\s]{1,8})?)[\]】]$")
_DASHES = re.compile(r"\s[-–:/]")  # what _SITE_DASH needs: a cheap test first
_SITE_DASH = re.compile(r"^(.{15,}?)\s+(?:[-–:/]|::)\s+(\S{2,12}(?:\s\S{1,8})?)$")


def headline_like(line: str) -> bool:
    """A line shaped like a headline: quoted, no statement, or one that ends
    in "!", a verb or a question without a second sentence."""
    quoted = line[0] in "\"“‘'「" and line[-1] in "\"”’'」"
    return len(line) <= 100 and (
        quoted
        or not is_statement(line)
        or line.endswith("!")
        or _headline_verb(line)
        or _headline_question(line)
    )


def _headline_verb(line: str) -> bool:
    """ "…엔비디아 의존 낮춘다": a headline may end in a verb, but carries no
    full stop and no second sentence."""
    return len(line) <= _SHORT and line.endswith("다") and not re.search(r"[.!?]\s", line)


def _headline_question(line: str) -> bool:
    """ "…온다는데... 전력은 어디서?": a question headline, one sentence long
    (an ellipsis is no sentence break)."""
    return len(line) <= _SHORT and line.endswith("?") and not _SENTENCE_BREAK.search(line[:-1])


def site_suffix(line: str) -> tuple[str, str | None]:
    """ "헤드라인 | 디일렉" → ("헤드라인", "디일렉"): a page title names its site;
    after " - " or " : " only a name shaped like an outlet's ("… - 칩뉴스")."""
    if "|" in line and (m := _SITE_SUFFIX.match(line)):
        return m.group(1), m.group(2)
    if _DASHES.search(line) and (m := _SITE_DASH.match(line)) and is_outlet_line(m.group(2)):
        return section_path_off(m.group(1)), m.group(2)  # "… : 경제일반 : 경제 : 뉴스 : 한겨레"
    if (
        ("]" in line or "】" in line)
        and (m := _SITE_TAG.match(line))
        and (name := outlet_tag(m.group(2)))
    ):
        return m.group(1), name  # "헤드라인 [코리아타임스]": the site's tag, not the headline's
    return line, None


def is_outlet_line(line: str) -> bool:
    """A page's first line naming the outlet ("반도체위클리", "KoreaChip Daily")."""
    if is_debris(line) or section_words_only(line):
        return False  # "많이 본 뉴스"; "IT/과학 | 통신": a section, however it ends
    if line in known_outlets() or korean_name(line):
        return True  # "블로터", "디일렉", "The Elec": a listed outlet
    return len(line) <= 20 and OUTLET_NAME.search(line) is not None and not is_statement(line)
