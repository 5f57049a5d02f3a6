"""The reporter a news anchor introduces in a broadcast script.

A broadcast script opens with the anchor's turn (``<앵커>``, ``[앵커]``, ``◀ 앵커
▶``, ``【 앵커멘트 】``, ``앵커:``), which ends by handing over to the reporter:
``… 최윤정 기자입니다.``, ``이름 기자가 보도합니다.``, ``이름 특파원이
전해드립니다.``, ``이름 기자의 보도입니다.``, or a live hookup (``… 연결합니다.
박서윤 특파원!``, ``현장의 이름 기자 연결합니다.``). Where no sign-off names the
reporter, the introduced reporter is the byline (:func:`introduced_reporter`).
Only a name with its role, starting the sentence or linked to, counts, so the
anchor's own name (``김주하입니다``, no role) and an interviewee (``[이름/소속 :
…]``) are never taken.

The hand-over often names the channel too (``JTBC 이름 기자가 전해드립니다.``,
``워싱턴에서 KBS 이름 특파원이 전해왔습니다.``, ``채널A 이름 기자의 보도입니다.``):
a page that prints the channel nowhere else (no sign-off, no copyright line)
is that channel's (:func:`introduced_outlet`, read last). The anchor's turn
may lack its marker on a web page: the first paragraphs' closing sentences
are read too, in the polite form a hand-over takes (``…니다.``).
"""

from __future__ import annotations

import re

from .byline_words import NOT_OUTLET, NOT_PERSON, PLACE, SECTION_WORD
from .outlet_domains import known_outlets

# a turn's marker, alone on its line or opening it
_ANCHOR = re.compile(r"^[<\[【◀(]?\s*앵커\s*(?:멘트)?\s*[>\]】▶)]?\s*[:：]?\s*")
# a marker that ends the anchor's turn: the reporter's, a report's, an interview's
_OTHER_TURN = re.compile(r"^[<\[【◀(]\s*[가-힣 ]{1,8}\s*[>\]】▶)]$|^[가-힣]{2,4}\s*[:：]")
# "최윤정 기자입니다.", "이름 기자가 보도합니다.", "워싱턴 이름 특파원이 전합니다.",
# "워싱턴에서 KBS 이름 특파원이 전해왔습니다."
_HAND_OVER = re.compile(
    r"^(?:[가-힣A-Za-z0-9]{2,10}\s+){0,2}(?P<name>[가-힣]{2,4})\s+(?:기자|특파원)"
    r"(?:입니다|의\s+[가-힣]{2,4}입니다|(?:가|이)\s+[가-힣 ]{0,16}[가-힣](?:니다|습니다))\.$"
)
# a live hookup: "도쿄 연결합니다. 박서윤 특파원!", "현장의 이름 기자 연결합니다."
_HOOKUP = re.compile(
    r"^(?P<name>[가-힣]{2,4})\s+(?:기자|특파원)\s*[!,]"
    r"|(?:^|\s)(?P<linked>[가-힣]{2,4})\s+(?:기자|특파원)(?:[을를])?\s+연결(?:합니다|해\s*보겠습니다)\.$"
    # a studio talk with the reporter: "… 팩트체크 이름 기자와 짚어보겠습니다.",
    # any verb before 보겠습니다/봅니다 ("확인해 보겠습니다", session 18 final fix)
    r"|(?:^|\s)(?P<talked>[가-힣]{2,4})\s+(?:기자|특파원)(?:와|과)\s+(?:함께\s+)?"
    r"(?:[가-힣]{1,6}\s+)?[가-힣]{1,6}\s*(?:보겠습니다|봅니다)\.$"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_TURN_LINES = 6  # lines read after an anchor's marker
# "JTBC 이름 기자가 전해드립니다.", "워싱턴에서 KBS 이름 특파원이 …", "채널A 산업부 이름
# 기자의 보도입니다.", "MBN 이름 기자 연결합니다.": the channel before the reporter
_CHANNEL = re.compile(
    r"(?:^|\s)(?P<outlet>[A-Za-z가-힣0-9]{2,10})\s+(?:[가-힣]{1,6}(?:부|팀)\s+)?"
    r"(?P<name>[가-힣]{2,4})\s+(?:기자|특파원)(?:입니다|의\s|(?:이|가|을|를|와|과)?\s)"
)
_POLITE = re.compile(r"[가-힣](?:니다|니까)[.!]?$")  # a hand-over's form
_OPENING = 8  # non-empty lines read for an anchor's turn printed without its marker


def introduced_reporter(lines: list[str]) -> str | None:
    """The reporter an anchor's turn hands over to, else None."""
    for i, line in enumerate(lines):
        if not (m := _ANCHOR.match(line)) or not _is_marker(line, m):
            continue
        if found := _handed_to([line[m.end() :], *_turn(lines[i + 1 :])]):
            return found
    for sentence in _opening_lasts(lines):  # a turn printed without its marker
        if (m := _HAND_OVER.match(sentence)) and not _not_a_name(m["name"]):
            return m["name"]
    return None


def introduced_outlet(lines: list[str]) -> str | None:
    """The channel an anchor's hand-over names with its reporter ("JTBC 이름
    기자가 전해드립니다."), in the anchor's turn or closing one of the first
    paragraphs, else None: a call sign in capitals or a listed outlet."""
    for sentence in _turn_sentences(lines):
        for m in _CHANNEL.finditer(sentence):
            outlet = m["outlet"]
            if (outlet.isupper() or outlet in known_outlets()) and not _not_a_name(m["name"]):
                return outlet
    return None


def _turn_sentences(lines: list[str]) -> list[str]:
    """The anchors' turns' sentences in the polite form, then the last such
    sentence of each of the first paragraphs (a turn printed without its marker)."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if (m := _ANCHOR.match(line)) and _is_marker(line, m):
            for paragraph in [line[m.end() :], *_turn(lines[i + 1 :])]:
                out += [s for s in _SENTENCE.split(paragraph.strip()) if _POLITE.search(s)]
    return out + _opening_lasts(lines)


def _opening_lasts(lines: list[str]) -> list[str]:
    """The last sentence of each of the first paragraphs spoken in the polite
    form throughout, as an anchor speaks ("… 있습니다. 이름 기자가 전해드립니다."),
    not prose ("앵커가 말했다. …")."""
    out: list[str] = []
    for line in [ln for ln in lines if ln.strip()][:_OPENING]:
        sentences = _SENTENCE.split(line.strip())
        if all(_POLITE.search(sentence) for sentence in sentences):
            out.append(sentences[-1])
    return out


def _turn(after: list[str]) -> list[str]:
    """The lines of an anchor's turn after its marker, up to the next turn."""
    turn: list[str] = []
    for line in after[:_TURN_LINES]:
        if _OTHER_TURN.match(line) or _ANCHOR.match(line) and line.startswith(("<", "[")):
            break
        turn.append(line)
    return turn


def _is_marker(line: str, m: re.Match[str]) -> bool:
    """ "<앵커>", "[앵커] 본문", "앵커: 본문": a marker, not "앵커가 …" in prose."""
    marker = m.group().strip()
    return marker != "앵커" and (marker[0] in "<[【◀(" or marker.endswith((":", "：")))


def _handed_to(turn: list[str]) -> str | None:
    for paragraph in turn:
        for sentence in _SENTENCE.split(paragraph.strip()):
            m = _HAND_OVER.match(sentence) or _HOOKUP.search(sentence)
            if m and not _not_a_name(name := m["name"] or m["linked"] or m["talked"]):
                return str(name)
    return None


def _not_a_name(word: str) -> bool:
    return bool(
        PLACE.match(word)
        or SECTION_WORD.match(word)
        or NOT_PERSON.match(word)
        or NOT_OUTLET.match(word)
        or word in {"현장", "담당", "취재", "영상", "사진"}
        or word.endswith(("는", "의"))  # "나가 있는 기자": a modifier, no name
    )
