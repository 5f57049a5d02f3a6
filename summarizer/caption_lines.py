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

A caption can end on a staff photographer's credit and nothing else: "경기도
안양의 한 데이터센터 서버실. 이름 선임기자 mail" (한겨레's layout, the mail
optional). The byline reader would take the caption's last word ("서버실.") for
an outlet and the photographer for the writer; :func:`staff_credit` tells such
a line, so the byline (often at the bottom) names the author, the credit only
where no byline does (a photo page signed by its photographer). So does a
photographer's credit on a line of its own under the caption: "사진=이름 기자",
"이름 사진기자 mail" (:func:`photographer`).
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
_CAPTION_MAX = 200
# "… 서버실. 이름 선임기자 mail": caption words (two at least) ending on a full
# stop, then a name and a staff role only ("글. 이름 기자" is a writer's label)
_STAFF_CREDIT = re.compile(
    r"^[▲△]?\s*(?P<words>[^\s.]+(?:\s+\S+)+?[가-힣A-Za-z0-9)\]][.])\s*/?\s*"
    r"(?P<name>[가-힣]{2,4})\s*(?:선임|수석|전문|사진|객원)?기자"
    r"(?:\s*[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?)?$"
)


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


# "사진=이름 기자", "이름 사진기자 mail": a photographer's own line ("[사진=이름
# 기자]" in brackets is an inline credit the byline reader refuses and no signature)
_PHOTOGRAPHER = re.compile(
    r"^(?:사진|촬영)\s*(?:제공)?\s*[=:：]\s*(?P<name>[가-힣]{2,4})\s*"
    r"(?:선임|수석|전문|사진)?\s?기자$"
    r"|^(?P<own>[가-힣]{2,4})\s*사진\s?기자"
    r"(?:\s*[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?)?$"
)


def photographer(line: str) -> str | None:
    """The photographer a credit line names on its own ("사진=이름 기자",
    "이름 사진기자"), else None: never the writer where a byline names one."""
    m = _PHOTOGRAPHER.match(line) if len(line) <= _CAPTION_MAX else None
    return (m["name"] or m["own"]) if m is not None else None


def staff_credit(line: str) -> str | None:
    """The photographer a caption's closing staff credit names ("… 서버실.
    김명진 선임기자"), else None; the caption must hold two words at least."""
    if len(line) > _CAPTION_MAX:
        return None
    m = _STAFF_CREDIT.match(line)
    return m["name"] if m is not None and re.search(r"[가-힣]{2}", m["words"]) else None
