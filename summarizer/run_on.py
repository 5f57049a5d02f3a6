"""A copy whose line breaks were all lost (issue 13, r18fix44): headline,
date field, byline, body and copyright notice run on one line
(``제목 송고시간2026-05-12 14:22 이름 기자 (서울=매체) 이름 기자 = 본문… (끝)
<저작권자(c) 매체 …>``). The metadata reader reads it as the lines it lost:
broken before a date field's label, after its date and time, before a wire's
``(지명=매체)`` opener, after each sentence and before the closing notices,
after a reporter's byline (``이름 기자 글자크기 공유 본문…``, r18fix47);
a listed outlet's name that opens the copy is its masthead, a section path
(``증권 | 해외주식``) before it and a byline after it are broken off the
headline (``아시아경제 헤드라인 입력… ``, ``섹션 | 하위 헤드라인 이름 기자 | 날짜 …``).
"""

from __future__ import annotations

import re
from functools import cache

from .byline_words import SECTION_WORD
from .outlet_domains import known_outlets

_LONG = 300  # a line this long and alone in its text lost its breaks
# the labels Korean outlets print before a date, one family for the split and
# for the sign of a pasted copy: a core word, a "기사", "최초" or "최종" before
# it, a "일시" or "시간" after it ("송고시간2026-05-12", "기사입력 2026.…",
# "최초등록 2026/…", "입력일시 : 2026…")
_CORE = r"송고시간|입력|등록|수정|승인|송고|업데이트"


def _field(core: str) -> str:
    """A date field's label (a word of ``core``, prefixed or suffixed), then its date."""
    label = rf"(?<![가-힣])(?:(?:기사|최초|최종)\s*)?(?:{core})\s*(?:일시|시간)?"
    return label + r"\s*[:：]?\s*\d{4}[.\-/년]"


# a date field inside a long line: "… 매체 2026-01-30 18:03 업데이트 2026-01-30 19:40 …";
# a print label ("발행 2026년", "게재 2026년") splits a copy's line but is no sign of a
# copy among other lines: a body's sentence puts it before a year ("채권 발행 2026년 …")
_DATE_FIELD = re.compile(_field(_CORE))
_BREAKS = re.compile(
    # before a date field's label followed by its date ("송고시간2026-05-12", "기사등록 2026/…")
    rf"\s*(?={_field(_CORE + '|발행일?|게재')})"
    # after a date and time ("2026-05-12 14:22")
    r"|(?<=\d{4}[.\-/]\d{2}[.\-/]\d{2}\s\d{2}:\d{2})\s+"
    r"|(?<=\d{4}[.\-/]\d{2}[.\-/]\d{2}\s\d{2}:\d{2}:\d{2})\s+"
    # before a wire's opener "(서울=매체)", "[매체=이름 기자]"
    r"|\s+(?=[(\[][가-힣A-Za-z ]{2,12}=)"
    # after a sentence, before a copyright notice or a closing mark
    r"|(?<=[다요]\.)\s+|(?<=[다요]\.[\"”’'])\s+|\s+(?=<저작권자|\(끝\)|Copyright)"
    r"|(?<!저작권자)\s+(?=ⓒ)"
    # after a reporter's byline ("이름 기자 글자크기 공유 본문…", "이름 기자 mail@…")
    r"|(?<=[가-힣]{2}\s기자)\s+|(?<=[가-힣]{2}\s특파원)\s+",
)


def run_on_lines(lines: list[str]) -> list[str]:
    """``lines``, or the lines a run-on copy lost when its text is one long
    line; among other lines (a chat's messages), a long line that carries a
    date field's label is a copy pasted on one line (session 18 final fix)."""
    filled = [line for line in lines if line]
    if len(filled) == 1:
        return _run_on(filled[0]) or lines
    out: list[str] = []
    for line in lines:
        pieces = _run_on(line) if _DATE_FIELD.search(line) else None
        out.extend(pieces or [line])
    return out


def _run_on(line: str) -> list[str] | None:
    if len(line) < _LONG:
        return None
    pieces = [piece.strip() for piece in _BREAKS.split(line)]
    if len(pieces) <= 2:
        return None
    return [piece for piece in [*_head_pieces(pieces[0]), *pieces[1:]] if piece]


def run_on_head(line: str) -> str:
    """The headline a long line that lost its breaks starts with (a chat
    message pasting a whole copy: ``헤드라인 매체 2026-01-30 18:03 …``)."""
    first = _BREAKS.split(line, maxsplit=1)[0]
    # before a bare date and time after the headline's outlet ("… 동아일보 2026-01-30 18:03")
    first = _BARE_DATE.split(first, maxsplit=1)[0]
    return _head_pieces(first.strip())[0]


_BARE_DATE = re.compile(r"(?<=[가-힣A-Za-z])\s+(?=\d{4}-\d{2}-\d{2}\s\d{2}:\d{2})")


_HEAD_MIN = 10  # characters of a headline left after the masthead
# a section path before the headline: "증권 | 해외주식 ", "글로벌 > 반도체 "
_SECTION_PATH = re.compile(
    r"^(?P<path>(?P<first>[^\s|>]{1,8})(?:\s*[|>]\s*[^\s|>]{1,8})+)\s+(?P<rest>.+)$"
)
# a reporter's byline after the headline: "… 유지 이름 기자"
_BYLINE_END = re.compile(r"^(?P<rest>.+?)\s+(?P<by>[가-힣]{2,4}\s(?:기자|특파원))$")


def _head_pieces(first: str) -> list[str]:
    """The copy's first piece as the lines it lost: a section path before the
    headline (its first word a section's), the masthead (:func:`_masthead_off`)
    and the reporter's byline after it, each broken off the headline."""
    path = _SECTION_PATH.match(first)
    if path and SECTION_WORD.match(path["first"]) and len(path["rest"]) >= _HEAD_MIN:
        return [path["path"], *_head_pieces(path["rest"])]
    by = _BYLINE_END.match(first)
    if by and len(by["rest"]) >= _HEAD_MIN:
        return [*_masthead_off(by["rest"]), by["by"]]
    return _masthead_off(first)


def _masthead_off(first: str) -> list[str]:
    """The copy's first piece, a listed outlet's name before or after its
    headline broken off (``매체 헤드라인``, ``헤드라인 매체``); the longest
    name first, a name's opening form before its closing one."""
    rank, lengths = _outlet_order()
    hits: list[tuple[int, int, list[str]]] = []
    for size in lengths:  # longest first: the first length with a hit wins
        name, rest = first[:size], first[size:]
        if name in rank and rest[:1] in (" ", "|") and len(rest.strip(" |")) >= _HEAD_MIN:
            hits.append((rank[name], 0, [name, rest.strip(" |")]))
        name, head = first[-size:], first[:-size]
        if name in rank and head[-1:] in (" ", "|") and len(head.strip(" |")) >= _HEAD_MIN:
            hits.append((rank[name], 1, [head.strip(" |"), name]))
        if hits:
            return min(hits)[2]
    return [first]


@cache
def _outlet_order() -> tuple[dict[str, int], tuple[int, ...]]:
    """Each listed outlet's place in the longest-first order, and the names'
    lengths, longest first (sorted once: the list does not change)."""
    names = sorted(known_outlets(), key=len, reverse=True)
    return {name: i for i, name in enumerate(names)}, tuple(
        sorted({len(n) for n in names}, reverse=True)
    )
