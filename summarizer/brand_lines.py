"""An outlet's brand lines at the top of a page (issue 13, dev124: venture
and deal press).

* :func:`product_free`: a bilingual masthead with the outlet's product word
  after it (``THE VC 더브이씨 리포트``, ``Chip Wire 칩와이어 뉴스레터``) is the
  masthead without the product word: the Korean name is the outlet's.
* :func:`footer_prints`: the Korean half of a bilingual masthead
  (``아웃스탠딩 OUTSTANDING``, ``THE VC 더브이씨``) names the outlet when the
  page's closing lines print it again (``이 기사는 아웃스탠딩 멤버십 회원에게
  먼저 공개됐습니다``, ``※ 더브이씨 데이터베이스에 공개된 …``): a company the
  masthead-shaped line merely names is not a note's or footer's subject.
* :func:`span_date_line`: an issue's date line with the span it covers
  (``2026.04.10 발행 · 4월 둘째 주 (4/4~4/10)``, ``2026-05-02 발행 | 5월 첫째 주``)
  is a date line: its first field's date is the issue's.
"""

from __future__ import annotations

import re

from .dates import PUBLISHED_LABEL, is_date_field

# an outlet's product after its name: "뉴스레터", "리포트", "브리핑"
_PRODUCT = re.compile(r"\s+(?:(?:뉴스)?레터|브리핑|웹진|소식지|리포트)$")
_FOOTER_LINES = 4  # the page's last lines that may print the outlet's name again
# the Korean name as a word: not inside another word ("더브이씨" in "더브이씨와" is)
_WORD_END = r"(?=$|[\s.,:;·)\]」』'\"]|[은는이가을를의에와과도로])"
# the fields of a date line: " · ", " | "
_FIELDS = re.compile(r"\s+[·|]\s+")
# what an issue's span prints: "4월 둘째 주", "(4/4~4/10)", "4.4~4.10", "제12호", "Vol.3"
_SPAN = re.compile(
    r"^(?:\d{1,2}월\s*(?:첫|둘|셋|넷|다섯|마지막)\s*째?\s*주"
    r"|\(?\d{1,2}\s*[./]\s*\d{1,2}\s*[~\-–]\s*\d{1,2}\s*[./]\s*\d{1,2}\)?"
    r"|제?\s*\d{1,4}\s*호|vol\.?\s*\d{1,4}|no\.?\s*\d{1,4})$",
    re.I,
)


def product_free(line: str) -> str:
    """``line`` without an outlet's product word at its end (module doc)."""
    return _PRODUCT.sub("", line)


def footer_prints(name: str, lines: list[str]) -> bool:
    """Whether the page's last lines print ``name`` as a word (module doc)."""
    closing = [line for line in lines if line][1:][-_FOOTER_LINES:]  # not the masthead
    pattern = re.compile(rf"(?:^|[\s※(\[「『'\"]){re.escape(name)}{_WORD_END}")
    return any(pattern.search(line) for line in closing)


def span_date_line(line: str) -> bool:
    """A labelled date field, then the span or issue it covers (module doc)."""
    fields = _FIELDS.split(line.strip())
    if len(fields) < 2 or not is_date_field(fields[0]):
        return False
    labelled = PUBLISHED_LABEL.search(fields[0]) or _postfix_label(fields[0])
    return bool(labelled) and all(_spans(field) for field in fields[1:])


def _postfix_label(field: str) -> bool:
    """ "2026.04.10 발행": the label after the date."""
    return re.search(r"\d\s*(?:발행|게재|등록|입력)$", field) is not None


def _spans(field: str) -> bool:
    parts = re.split(r"\s+(?=\()", field.strip())  # "4월 둘째 주 (4/4~4/10)"
    return all(_SPAN.match(part.strip()) for part in parts)
