"""A photo's caption in a text page (issue 13, session 16).

A page saved as text keeps its photos' captions as lines of their own: "▲ SK
하이닉스 부스에 전시된 12단 HBM3E 실물. 사진=SK하이닉스 제공", "관람객들이 …
살펴보고 있다. /뉴스1". Short, they were taken for headings and never read,
though a caption names what the photo shows, a chip as often as not, and a
photo page (화보) names some chips only there. A caption line is body text,
read without its mark and its credit. It is told by a photo credit (사진=,
(사진=…), [사진 제공=…], /뉴스1, "… 제공" or "이름 기자" after a full stop)
or by a caption mark (▲, △) before a sentence that ends on a full stop; a list
of related headlines under a mark ("▲삼성전자, HBM4 … 통과") has neither and
stays out.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"^[▲△]\s*")
# a credit at the end of the caption, after its text
_PHOTO_CREDIT = re.compile(
    r"\s*[/(\[<]?\s*(?:사진|그래픽|영상)\s*(?:제공)?\s*=\s*[^)\]>=]{1,30}[)\]>]?\s*$"
)
# "/뉴스1", "연합뉴스 제공", "배서연 기자": a credit only after a sentence's full stop
_OTHER_CREDIT = re.compile(
    r"(?<=[.])\s*(?:/\s*[가-힣A-Za-z0-9]{1,12}(?:\s*제공)?"
    r"|\s(?:[가-힣A-Za-z0-9]{1,12}\s+)?(?:제공|[가-힣]{2,4}\s*기자))\s*$"
)
_SENTENCE_END = re.compile(r"[가-힣A-Za-z0-9)][.]$")


def caption_text(line: str) -> str | None:
    """The caption's own words when ``line`` is a photo's caption, else None."""
    marked = _MARK.match(line) is not None
    text = _MARK.sub("", line)
    credit = _PHOTO_CREDIT.search(text) or _OTHER_CREDIT.search(text)
    if credit is not None and credit.start() > 0:
        words = text[: credit.start()].strip()
        return words if re.search(r"[가-힣]{2}", words) else None
    if marked and _SENTENCE_END.search(text) and " " in text:
        return text
    return None


def marked_caption(line: str) -> str | None:
    """A caption under a caption mark ("▲ … 시제품. 이름 기자"), read before the
    byline reader can take its credit for a byline; None for other lines."""
    return caption_text(line) if _MARK.match(line) else None
