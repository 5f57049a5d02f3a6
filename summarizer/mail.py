"""An article saved from an e-mail: the mail's header lines are no title.

``보낸사람: 매체 <letter@…>``, ``받는사람: …``, ``제목: …``, ``날짜: …`` (or
From/To/Subject/Date). The subject is the title, unless it is a digest's
("[칩레터 #58] 헤드라인 외 3건": an issue tag or "외 N건"); then the title is
the main story's headline, the first headline under a divider line
(``━━ 오늘의 메인 ━━``); a letter with no divider is one story, and its
subject, tag and all, is the title (``[칩메모 #7] 헤드라인``).

A letter whose subject carries an issue tag but no divider prints its own
headline under the header (``AMD가 엔비디아를 쫓는 방법: …`` under ``[매체 위클리
#112] 이번 주 반도체 …``): that headline is the title, else the subject
(:func:`letter_title`). The sender's name is the outlet when it is listed or
printed again in the letter's footer (:func:`letter_sender`), over the
newsletter's own name (``바이라인 위클리 · 2025년 3월 8일``).

A newsletter's sender line (``매체 팩플팀이 보내드립니다``, ``보내는 사람: 매체``) is
no headline either (:func:`sender_line`).

A forwarded mail (``---------- Forwarded message ---------``, ``Fwd:``/``FW:``/
``전달:`` before the subject) carries an article: its subject and the
forwarder's note (``어제 나온 기사 공유드립니다.``) are the forwarder's words;
the title is the article's headline in the body (:func:`forwarded_body`),
else the subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .dates import published_on
from .holders import copyright_holder
from .late_credits import credited_source
from .line_support import SOME, support
from .outlet_domains import known_outlets
from .sentences import is_statement

_HEADER = re.compile(
    r"^(?:보낸\s*사람|받는\s*사람|보낸\s*날짜|받(?:은|는)\s*날짜|참조|숨은\s*참조|제목|날짜|"
    r"from|to|cc|sent|date|subject)\s*[:：]\s*\S",
    re.I,
)
_SUBJECT = re.compile(r"^(?:제목|subject)\s*[:：]\s*(?P<subject>\S.*)$", re.I)
_DIGEST = re.compile(
    r"#\s*\d{1,4}\s*[\]】]|\s외\s*\d{1,2}\s*(?:건|편|개)$|\bNo\.\s*\d{1,4}\s*[\]】]", re.I
)
# a letter's name in the subject's tag ("[매체 모닝 반도체] …"): the story it
# prints under its own head is the title
_LETTER_TAG = re.compile(
    r"^[\[【][^\]】]{0,12}(?:모닝|위클리|데일리|뉴스레터|레터|브리핑|morning|weekly|daily)"
    r"[^\]】]{0,12}[\]】]",
    re.I,
)
_DIVIDER = re.compile(r"^[━═─=■□◆◇▶▷\-*~]{2,}\s*\S.{0,20}?\s*[━═─=■□◆◇◀◁\-*~]{2,}$")
_HEAD = 10  # the header block stands in the first lines


def is_mail_header(line: str) -> bool:
    return _HEADER.match(line) is not None


def mail_title(
    lines: Sequence[str],
    headline: Callable[[str], bool],
    chrome: Callable[[str], bool] = lambda _: False,
) -> tuple[bool, str | None]:
    """(whether the text is a saved e-mail, its title). ``headline``: whether
    a line reads as a headline; ``chrome``: page chrome, passed over under a
    divider (the story's ``매체 > 섹션`` path over its headline)."""
    head = [line for line in lines[:_HEAD] if line]
    if sum(1 for line in head if is_mail_header(line)) < 2:
        return False, None
    subject = next((m["subject"] for ln in head if (m := _SUBJECT.match(ln))), None)
    if subject and not _DIGEST.search(subject):
        return True, subject
    divided = False
    for i, line in enumerate(lines):
        if _DIVIDER.match(line):
            divided = True
        elif divided and line and not chrome(line):
            # no footer under a closing rule: the story is below it
            about = support(line, "\n".join(lines[i + 1 :])) >= SOME
            return True, line if headline(line) and about else None
    return True, subject  # one story: no main story set apart


_OWN_REACH = 12  # lines under the mail's header searched for the article's own head


def letter_article(
    lines: Sequence[str],
    headline: Callable[[str], bool],
    credit: Callable[[str], bool],
    chrome: Callable[[str], bool],
) -> tuple[str, str] | None:
    """(headline, credit line) of the article a saved mail (no forward)
    carries with its own head (r21fixportal, dev77): a headline-like line
    right over a byline or date line (``입력 2026.04.15 17:40``, ``이름 기자 |
    2026.04.13``) among the first lines under the header, above the
    letter's own text, the mail's chrome (``chrome``: ``웹에서 보기 | 수신거부``)
    passed over. The mail's
    ``Subject`` and ``Date`` are the wrapper's; that head and credit are the
    article's."""
    head = lines[:_HEAD]
    at = [i for i, line in enumerate(head) if is_mail_header(line)]
    if len(at) < 2 or forwarded_body(lines) is not lines:
        return None
    body = [line for line in lines[at[-1] + 1 :] if line][:_OWN_REACH]
    for line, below in zip(body, body[1:], strict=False):
        if len(line) > 100 or (is_statement(line) and not headline(line)):
            return None  # the letter's own text has begun ("안녕하세요, …입니다.")
        if 10 <= len(line) and credit(below) and not (credit(line) or chrome(line)):
            if headline(line):
                return line, below
    return None


def letter_date(
    lines: Sequence[str],
    headline: Callable[[str], bool],
    credit: Callable[[str], bool],
    chrome: Callable[[str], bool],
) -> str | None:
    """The date the credit line of a saved mail's article states
    (:func:`letter_article`), not the mail's ``Date``; None when it states none."""
    own = letter_article(lines, headline, credit, chrome)
    return published_on(own[1]) if own else None


# "중앙일보 팩플팀이 보내드립니다", "테크레터 편집부에서 보내 드려요": a short
# sender, no quotes, then the sending verb ending the line
_SENDS = re.compile(
    r"^[^\"'“”‘’「」…]{2,30}?(?:이|가|에서|께서)\s+(?:매주\s+|매일\s+|오늘도\s+)?"
    r"(?:보내\s*드립니다|보내\s*드려요|보냅니다|전해\s*드립니다|전합니다|발송합니다)[.!]?$"
)
# "오늘 레터는 한 줄로 요약됩니다.": the letter speaking of itself
_SELF = re.compile(
    r"^(?:오늘|이번\s*주?)\s*(?:의\s*)?(?:레터|뉴스레터|메일|호)(?:는|은|에서는)\s.{2,40}(?:니다|요)[.!]?$"
)
_SENDER_FIELD = re.compile(
    r"^(?:보내는\s*(?:사람|이)|발신(?:자|인)?|sender)\s*[:：|]\s*\S.{0,60}$", re.I
)


def sender_line(line: str) -> bool:
    """A letter whose subject carries an issue tag but no divider prints its own
    headline under the header (``AMD가 엔비디아를 쫓는 방법: …`` under ``[매체 위클리
    #112] 이번 주 반도체 …``): that headline is the title, else the subject
    (:func:`letter_title`). The sender's name is the outlet when it is listed or
    printed again in the letter's footer (:func:`letter_sender`), over the
    newsletter's own name (``바이라인 위클리 · 2025년 3월 8일``).

    A newsletter's sender line (who sends it) or its line about itself
        ("오늘 레터는 …입니다."): not a headline."""
    return any(rx.match(line) for rx in (_SENDS, _SENDER_FIELD, _SELF))


def letter_title(
    subject: str | None, find: Callable[[], str | None], forward: bool = False
) -> str | None:
    """The title of a saved e-mail: an issue-tagged subject ("[매체 위클리 #112]
    …") or a forward's (``forward``) gives way to the headline the letter
    prints under its header (``find``: the page's headline without the
    mail's header lines)."""
    if subject and (forward or _DIGEST.search(subject) or _LETTER_TAG.search(subject)):
        return find() or subject
    return subject or find()


_FROM = re.compile(r"^(?:보낸\s*사람|from)\s*[:：]\s*(?P<name>[^<>@]{2,30}?)\s*<[^>]*@", re.I)
_DESK = re.compile(r"\s+(?:편집부|편집팀|뉴스레터\s*팀|뉴스레터|팀)$")
_FOOTER = 8  # the letter's last lines: its footer


def letter_sender(lines: Sequence[str]) -> str | None:
    """The outlet a saved e-mail's sender names ("보낸사람: 매체 <…@…>", desk
    words dropped), when listed or printed again in the letter's footer
    ("(주)매체 | 주소", "이 메일은 매체 뉴스레터 구독자에게 …")."""
    head = [line for line in lines[:_HEAD] if line]
    if sum(1 for line in head if is_mail_header(line)) < 2 or forwarded_body(lines) is not lines:
        return None  # a forward's sender is the one forwarding ("FW:", "전달된 메시지")
    if credited_source(list(lines))[0]:
        return None  # a letter quoting "(매체, 날짜)" or "출처: 매체 | 이름 기자": that outlet
    m = next((m for line in head if (m := _FROM.match(line))), None)
    if m is None or not (name := _DESK.sub("", m["name"].strip(" \"'"))):
        return None
    footer = [line for line in lines[_HEAD:] if line and not is_mail_header(line)][-_FOOTER:]
    if _reprinted(lines, name):
        return None  # a letter reprinting a partner's article: "ⓒ 매체, 무단 전재 …"
    return name if name in known_outlets() or any(name in line for line in footer) else None


def _reprinted(lines: Sequence[str], sender: str) -> bool:
    """A listed outlet other than the letter holds the copyright of a line."""
    holders = {copyright_holder(line) for line in lines if line and len(line) <= 120}
    return any(h in known_outlets() and h not in sender for h in holders if h)


_FORWARD_MARK = re.compile(
    r"^[-=_]{2,}\s*(?:forwarded\s+message|original\s+message|전달된\s*(?:메시지|메일)|"
    r"원본\s*(?:메시지|메일)|전달\s*메시지)\s*[-=_]{2,}$",
    re.I,
)
_FORWARD_SUBJECT = re.compile(r"^(?:제목|subject)\s*[:：]\s*(?:fwd?|fw|전달)\s*[:：]", re.I)
# the forwarder's note: a sentence ended by a mark or a spoken ending, or a note in
# parentheses ("어제 나온 기사 공유드립니다.", "(원문 링크는 막혀서 본문만 붙입니다)")
_NOTE = re.compile(r"(?<!\.)[.!?~]$|(?:요|죠|ㅎ+|ㅋ+)$|^\(.{2,80}\)$")
_NOTE_LINES = 4


def forwarded_body(lines: Sequence[str]) -> Sequence[str]:
    """The article a forwarded mail carries: the lines under its last header
    line, without the forwarder's note above the article; ``lines`` itself
    when the mail is no forward."""
    head = lines[: _HEAD + 4]
    if not any(_FORWARD_MARK.match(ln) or _FORWARD_SUBJECT.match(ln) for ln in head):
        return lines
    last = max(i for i, ln in enumerate(head) if is_mail_header(ln) or _FORWARD_MARK.match(ln))
    at, dropped = last + 1, 0
    while at < len(lines) and dropped < _NOTE_LINES:
        if lines[at] and not _NOTE.search(lines[at]):
            break
        dropped += 1 if lines[at] else 0
        at += 1
    return lines[at:]
