"""Credits that are a photographer's, and a writer signed by mail alone
(issue 13, round twenty-one).

Some pages print under a photo's caption a credit line of its own: ``▲ …
준비하고 있다.`` then ``ⓒ 이름``. The mark is the copyright mark, but the
name is the photographer's (or a photo agency's), not the outlet holding the
article: the holder is read from the other copyright lines. In plain text
the caption may have no mark (``[사진] …``, ``… 살펴보고 있다.``): there the
story going on under the credit tells it from the outlet's line at the end. The same pages
sign the writer as ``이름(mail)`` on a line of its own, without a role word;
such a line names the author where no other byline does.
"""

from __future__ import annotations

import re

from .byline_words import MAIL, NOT_PERSON
from .caption_lines import caption_text, photographer, staff_credit
from .holders import copyright_holder
from .last_fields import last_author

# "ⓒ 이름", "© 매체": a short credit line, nothing but a mark and a name
_BARE_CREDIT = re.compile(r"^(?:ⓒ|©|\(c\))\s*[^\s,.]{1,12}(?:\s[^\s,.]{1,12})?$", re.I)
# "이름(mail)", "이름 (mail)": a writer signed by name and mail alone
_NAME_MAIL = re.compile(rf"^([가-힣]{{2,4}})\s*\(\s*{MAIL}\s*\)$")
# a plain-text caption's photo tag or mark: "[사진]", "(사진)", "<사진>", "사진 설명:", "▲"
_PHOTO_TAG = re.compile(r"^(?:[\[(<〈]\s*사진\s*[\])>〉]|사진\s*설명|[▲△])")
# a caption's scene: "… 살펴보고 있다.", "… 모습.", "… 본사 전경"
# (a caption in brackets too: "<… 살펴보고 있다.>")
_PICTURED = re.compile(r"(?:고\s?있다|모습(?:이다)?|전경|장면)\s*\.?\s*[>〉)\]]?$")
_CAPTION_MAX = 120
# the story going on below the credit: a sentence of prose, not a footer's
# ("이 메일은 … 발송됩니다", "무단 전재 …")
_PROSE = re.compile(r"[가-힣]{2}.{10,}(?:다|요)[.!?]?[\"'”’]?$")
_FOOTER = re.compile(r"무단|전재|배포|수신|구독|발송|뉴스레터|저작권|제보|copyright", re.I)
# "문의(help@…)", "제보(tip@…)": a contact line, no writer
_CONTACT = re.compile(r"문의|제보|구독|광고|연락|메일|고객|상담|독자|편집|취재|신고")


def photo_credit(line: str, above: str, below: str = "") -> bool:
    """True for a bare ``ⓒ 이름`` line under a photo's caption: a caption
    the caption reader knows ("▲ … 고르고 있다."), or, where the story goes on
    below the credit, a plain-text caption (:func:`_caption_like`)."""
    if _BARE_CREDIT.match(line) is None:
        return False
    if caption_text(above) is not None:
        return True
    story = _PROSE.search(below) is not None and _FOOTER.search(below) is None
    return story and _caption_like(above)


def _caption_like(line: str) -> bool:
    """A plain-text photo caption: a photo tag before it ("[사진] …", "사진
    설명: …"), a caption mark without a full stop ("▲ 시험 라인 전경"), or one
    short line that pictures a scene ("… 살펴보고 있다.", "… 본사 전경")."""
    if not line or len(line) > _CAPTION_MAX or copyright_holder(line):
        return False
    return _PHOTO_TAG.match(line) is not None or _PICTURED.search(line) is not None


def rights_holder(lines: list[str]) -> str | None:
    """The first outlet a copyright line names, photo credits left out."""
    shown = [line for line in lines if line]
    for i, line in enumerate(shown):
        above = shown[i - 1] if i else ""
        below = shown[i + 1] if i + 1 < len(shown) else ""
        if not photo_credit(line, above, below) and (holder := copyright_holder(line)):
            return holder
    return None


def late_writer(lines: list[str]) -> str | None:
    """A byline at the bottom, else a writer signed as ``이름(mail)``, else
    the staff photographer a caption or a credit line names (a photo page
    signed by its photographer: "▲ … 시제품. 이름 기자", "사진=이름 기자")."""
    if found := last_author(lines):
        return found
    for line in lines:
        if len(line) <= 60 and (m := _NAME_MAIL.match(line)) and not _not_writer(m[1]):
            return m.group(1)
    credits = (staff_credit(line) or photographer(line) for line in lines if line)
    return next((name for name in credits if name), None)


def _not_writer(word: str) -> bool:
    return NOT_PERSON.match(word) is not None or _CONTACT.search(word) is not None
