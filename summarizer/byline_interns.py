"""An intern credited beside a reporter (issue 13, session 16): ``이름 기자,
이름 인턴기자`` names the article's writer and the intern who helped; the
labelled sets credit the reporter only (dev30 c04, dev36 m20: every blind
label with an intern), while two reporters on one byline are joined. So an
intern's credit is dropped where a writer of another role stands on the same
byline; an intern credited alone is the writer.
"""

from __future__ import annotations

import re

# "[, ]이름 인턴기자" before a separator, a bracket, the line's end or the gap before a date
_INTERN = re.compile(r"(?:^|\s*[·,]\s*)[가-힣]{2,4}\s*인턴\s*기자(?=\s*(?:[·,|\]】)]|$)|\s{2})")
# a writer of another role still on the line
_WRITER = re.compile(
    r"[가-힣]{2,4}\s*(?:기자|특파원|선임기자|전문기자|객원기자|논설위원|에디터)(?![가-힣])"
)


def without_interns(text: str) -> str:
    """``text`` without its interns' credits when a writer of another role
    remains (``안소율 기자, 봉예린 인턴기자`` → ``안소율 기자``), else unchanged."""
    if "인턴" not in text:
        return text
    rest = _INTERN.sub("", text).strip(" ·,")
    rest = re.sub(r"^[·,]\s*", "", rest)
    return rest if rest != text and _WRITER.search(rest) else text
