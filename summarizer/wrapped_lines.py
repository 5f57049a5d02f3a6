"""Lines a layout broke, and lines a layout drew (issue 13, round seventeen).

* **Hard-wrapped text** (:func:`rejoin_wrapped`): a PDF-to-text dump or a
  narrow column breaks its lines where the column ends, inside a sentence and
  often inside a word ("… TPU" / "v1은 추론만 …", "학습을 지원" / "했고, …").
  Left as is, each piece is a short line the cleaner takes for a heading and
  drops, and a chip name split over two lines is never read. A page is taken
  as wrapped only on evidence: two or more breaks inside a word (the next line
  opens with a particle or an ending: "을 도입했다.", "으로", "했고,") or three
  or more breaks inside a sentence within blocks that end on a sentence end.
  Then a run of lines between blank lines that ends on a sentence end is one
  paragraph, and a piece that opens with a particle or an ending is glued to
  the line above (a headline broken before its last syllables). Blank lines,
  bylines and other metadata lines, list items and table rows are never joined,
  so real paragraphs and headlines stay apart. Lines after a run's last
  sentence end (a page's "(35쪽에 계속)", a caption) are never joined; the
  lines before it are, though the run does not end on a sentence.
* **Drawn lines** (:func:`rule_line`): a line of box-drawing or rule marks
  ("────────", "=====") is no text and never a title.
* **A link on its own** (:func:`link_line`): "Original: https://…", a feed
  reader's or a share's note of the source, is no headline.
* **A print edition's running head** (:func:`print_line`): "전자신문 2021년 5월
  24일 월요일 22면", the outlet, the date and the page, is no headline.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .dates import PRINT_EDITION, is_date_field

# a line drawn with marks only: box drawing, dashes, equals signs, tildes
_RULE = re.compile(r"^[\u2500-\u257f\u2010-\u2015\-_=~*·•.\s]{3,}$")
# how a line of running text ends: a full stop, a question, a closing quote
# or bracket, a colon (a lead-in), or a bare "…다"
_ENDS_SENTENCE = re.compile(r"(?:[.?!…:;]|다)[\"'”’」』)\]]*$")
# the next line opens inside a word: a particle, an ending or a verb's tail
_BOUND_WORD = set("을 를 은 는 의 에 로 으로 에서 에게 부터 까지 와 과".split())
_BOUND_START = re.compile(
    r"^(?:(?:했|됐|였|었|았|겠|습니|니다|한다|된다|하며|하고|으로|에서|다[고는며가면])\S*"
    r"|다[.,\"'”’]|이다[.,]?)(?:\s|$)"
)
# a list item or a table row: never part of a wrapped paragraph
_ITEM = re.compile(r"^(?:[-•·▶▷►■□◆◇○●※*+]|\d{1,2}[.)]\s|[①-⑳])")
_LINK_LINE = re.compile(r"^(?:[^:：]{1,16}[:：]\s*)?(?:https?://|www\.)\S+$", re.I)
_MIN_INWORD = 2
_MIN_BREAKS = 3
_FILLED = 0.6  # a wrapped line fills this much of its column at least


def rule_line(line: str) -> bool:
    """A line drawn with rule marks only ("────────", "=====", "- - -")."""
    stripped = line.strip()
    return bool(_RULE.match(stripped)) and not re.search(r"[0-9A-Za-z가-힣]", stripped)


def link_line(line: str) -> bool:
    """A link alone on its line, with at most a short label ("Original: https://…",
    "원문 보기: www.…"): how a reader or a share kept the source, no headline."""
    return _LINK_LINE.match(line.strip()) is not None


_CLIPPED_BY = re.compile(r"^[^―—–]{1,20}\s[―—–]\s(?=\S)")  # a clipping desk's label


def print_line(line: str) -> bool:
    """A print edition's running head: one to three names, then only a date
    with the page ("전자신문 2021년 5월 24일 월요일 22면", "매체 2024.03.05 A12면"),
    a clipping desk's label before it or not."""
    if desk := _CLIPPED_BY.match(line):  # "대외협력실 스크랩 ― 매체 날짜 16면"
        line = line[desk.end() :]
    words = line.split()
    if len(line) > 80 or len(words) < 3 or not PRINT_EDITION.search(line + " "):
        return False
    for cut in (1, 2, 3):
        head, rest = words[:cut], " ".join(words[cut:])
        if any(w[0].isdigit() for w in head) or not rest:
            break
        if is_date_field(rest):
            return True
    return False


def _prose(line: str, fixed: Callable[[str], bool]) -> bool:
    """A piece of running text: Hangul in it, no list mark, no table cells,
    nothing the metadata reader takes as its own."""
    return (
        bool(line)
        and re.search(r"[가-힣]", line) is not None
        and not _ITEM.match(line)
        and line.count("|") < 2
        and not rule_line(line)
        and not fixed(line)
    )


def _in_word(above: str, below: str) -> bool:
    """``below`` opens inside the last word of ``above``."""
    if not re.search(r"[가-힣]$", above):
        return False
    first = below.split()[0].rstrip(",.")
    return first in _BOUND_WORD or _BOUND_START.match(below) is not None


def _runs(lines: list[str], fixed: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The spans [start, end) of consecutive prose lines."""
    spans, start = [], None
    for i, line in enumerate([*lines, ""]):
        if _prose(line, fixed):
            start = i if start is None else start
        elif start is not None:
            spans.append((start, i))
            start = None
    return spans


# Hangul syllables are all wide and ASCII all narrow: only the other
# characters need Unicode's table (a line is measured on every page)
_SYLLABLES = re.compile(r"[가-힣]")
_OTHERS = re.compile(r"[^\x00-\x7f가-힣]")


def _width(line: str) -> int:
    """Columns a line takes in print: Hangul and other wide letters two."""
    wide = sum(unicodedata.east_asian_width(c) in "WF" for c in _OTHERS.findall(line))
    return len(line) + len(_SYLLABLES.findall(line)) + wide


def _breaks(lines: list[str], start: int, end: int) -> list[bool]:
    """For each line of a run but its last: is it broken inside a sentence
    (the run ends on a sentence end, the line does not, and it fills most of
    the run's widest line, as a column does) or inside a word?"""
    ends = [i for i in range(start, end) if _ENDS_SENTENCE.search(lines[i])]
    closed_by = ends[-1] if ends else start  # lines after the last sentence end stay apart
    widest = max(_width(line) for line in lines[start:end])
    return [
        _in_word(lines[i], lines[i + 1])
        or (i < closed_by and i not in ends and _width(lines[i]) >= _FILLED * widest)
        for i in range(start, end - 1)
    ]


def _wrapped(lines: list[str], spans: list[tuple[int, int]]) -> bool:
    inword = sum(_in_word(lines[i], lines[i + 1]) for a, b in spans for i in range(a, b - 1))
    breaks = sum(sum(_breaks(lines, a, b)) for a, b in spans)
    return inword >= _MIN_INWORD or breaks >= _MIN_BREAKS


def _glue(above: str, below: str, one_word: Callable[[str, str], bool]) -> str:
    inside = _in_word(above, below) or one_word(above.split()[-1], below.split()[0])
    inside = inside or below.startswith("…")  # a headline's second deck: "…中 AI칩 자립"
    return f"{above}{below}" if inside else f"{above} {below}"


def _never(_above: str, _below: str) -> bool:
    return False


def rejoin_wrapped(
    lines: list[str], fixed: Callable[[str], bool], one_word: Callable[[str, str], bool] = _never
) -> list[str]:
    """``lines`` (stripped) with hard-wrapped paragraphs joined into one line
    each; unchanged when the page shows no sign of hard wrapping. ``fixed``
    tells the lines never joined (bylines, date lines); ``one_word`` (the
    last word above, the first below) tells a name the break cut in two
    ("어센" / "드 910C와"), glued without a space."""
    spans = _runs(lines, fixed)
    if not _wrapped(lines, spans):
        return lines
    out = list(lines)
    for start, end in reversed(spans):
        for i, broken in reversed(list(enumerate(_breaks(lines, start, end), start))):
            if broken:
                out[i] = _glue(out[i], out[i + 1], one_word)
                del out[i + 1]
    return out
