"""Lines above a headline that read like one but are page furniture.

* A mobile page's menu bar (``홈 뉴스 증권 산업 부동산 오피니언 더보기``): four or
  more short words, all section words but one short menu word; a portal's
  section menu (``… IT  연재  포토  팩트체크``, ``… 랭킹  신문보기  TV``) too.
* A breaking-news ticker (``[속보] 코스피, …``): a line with a breaking tag
  in a run of such lines, or above the page's section path or masthead.
* A series label (``[연중기획] AI 칩 삼국지 ③ 중국의 반격``) on its own line over
  the headline: a label carrying an episode number (``③``, ``<3>``, ``3회``,
  ``제3부``), when a headline-like line under it is followed by the byline or
  the date. A tag inside the headline's own line (``[단독] …``) stays.
* What carried the article to the reader (:func:`carrier_line`): a reader,
  app, share or mail client's note (``[Feedly에서 보관함]``, ``(텔레그램 전달
  메시지)``, ``웹에서 보기``), a print archive's banner (``[매체 지면보기]
  2019년 3월 20일 (수) 제22011호 A18면``) and a note to editors (``※ 보도시점:
  …``, ``엠바고 …``) are no headline; so is a feed reader's status line
  (``★ 읽지 않음 · 반도체 폴더``). Each is a row of
  :data:`summarizer.never_heads.NOT_HEADLINES`, which
  :func:`summarizer.never_heads.carrier_line` asks with page chrome, odd
  pages' heads, mail senders and feed titles.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .byline_words import SECTION_WORD
from .dates import is_date_field

_MENU_MIN = 4
_MENU_LOOSE = 6  # words in a bar with one word that is no section ("날씨")
_MENU_BREAK = re.compile(r"\s*[|·ㆍ]\s*|\s+")
# a menu's own words, and a portal's menu entries that name no section ("뉴스홈  속보
# … 랭킹  신문보기  오피니언  TV  팩트체크", "홈  사회 … IT  연재  포토  팩트체크")
_MENU_WORD = re.compile(
    r"^(?:더보기|전체메뉴|메뉴|전체|more|≡|☰|연재|팩트체크|랭킹|신문\s*보기|TV|생활/문화|엔터"
    r"|동영상|MY\s*뉴스|언론사별)$",
    re.I,
)
_BREAKING = re.compile(r"^[\[【(<]\s*(?:속보|긴급|1보|2보|breaking|flash)\s*[\]】)>]", re.I)
_EPISODE = re.compile(
    r"(?:^|\s)(?:[\u2460-\u2473\u2776-\u277f]|<\d{1,2}>|\(\d{1,2}\)|\d{1,2}회|\d{1,2}편|"
    r"제\s?\d{1,2}\s?부|\d{1,2}부|[上中下])(?=\s|$)"
)
_SERIES_TAG = re.compile(r"^[\[【<]([^\]】>]{1,14})[\]】>]")
_SERIES_WORD = re.compile(r"기획|연재|시리즈|연속\s*보도|특집|심층|탐사")
# a series label's episode number at its end: "… ③", "… (3)", "… 3회", "… <3>"
_KICKER_END = re.compile(
    r"(?:\s?(?:[\u2460-\u2473\u2776-\u277f]|<\d{1,2}>|\(\d{1,2}\))"
    r"|\s(?:\d{1,2}회|\d{1,2}편|제\s?\d{1,2}\s?부|\d{1,2}부))$"
)


def menu_line(line: str) -> bool:
    """A menu bar of section words ("홈 뉴스 증권 산업 … 더보기", also set off by
    "|" or "·"): four or more, with one menu word ("더보기") or, among six or
    more, one other short word ("날씨")."""
    words = [w for w in _MENU_BREAK.split(line) if w]
    if len(words) < _MENU_MIN or any(len(w) > 6 for w in words):
        return False
    others = [w for w in words if not (SECTION_WORD.match(w) or _MENU_WORD.match(w))]
    if len(others) > 1:
        return False
    loose = len(words) >= _MENU_LOOSE and all(len(w) <= 4 and w.isalpha() for w in others)
    return loose or not others


def ticker_line(line: str, near: list[str], chrome: Callable[[str], bool]) -> bool:
    """A breaking-news ticker line: a breaking tag on a line next to another
    tagged line (``near``: the line above, then the lines below), or over the
    page's section path or masthead (``chrome``)."""
    if not _BREAKING.match(line) or len(near) < 2:
        return False
    if any(_BREAKING.match(ln) for ln in near[:2]):
        return True
    return any(chrome(ln) for ln in near[1:4])


def series_line(
    line: str,
    below: list[str],
    headline: Callable[[str], bool],
    metadata: Callable[[str], bool],
) -> bool:
    """A series label over the headline: an episode number with a tag or a
    series word, a headline-like line under it, then the byline or date; or a
    section or series tag alone in brackets over a headline ("[글로벌 테크]").
    A kicker that ends on its number ("연중기획 - 광주, 어디까지 왔나 ③", also
    a series name and episode joined by " - " without a series word) may have
    the episode's headline and its deck under it before the date."""
    if below and section_tag(line) and headline(below[0]) and not metadata(below[0]):
        return True
    ends = _KICKER_END.search(line) is not None
    if episode_kicker(line, below, metadata) and headline(below[0]):
        return True
    if not (ends or _EPISODE.search(line)) or len(below) < 2:
        return False
    if not (_SERIES_TAG.match(line) or _SERIES_WORD.search(line) or (ends and " - " in line)):
        return False
    if not headline(below[0]) or metadata(below[0]):
        return False
    return any(metadata(ln) for ln in below[1 : 3 if ends else 2])


# "AI 반도체 패권 ③ 빅테크의 자체 칩": a series name, the episode's circled
# number and the episode's name, no bracket, quote or ellipsis of a headline
_MID_EPISODE = re.compile(
    r"^[가-힣A-Za-z0-9][^\[\]【】<>\"“”'‘’…]{1,24}\s[\u2460-\u2473\u2776-\u277f]"
    r"\s[^\[\]【】<>\"“”'‘’…]{2,24}$"
)


def episode_kicker(line: str, below: list[str], metadata: Callable[[str], bool]) -> bool:
    """A series kicker with its episode number inside ("시리즈 ③ 회차 제목") over a
    longer headline and the date or byline right under that: no headline."""
    if _MID_EPISODE.match(line) is None or len(below) < 2:
        return False
    head = below[0]
    return len(head) > len(line) and not metadata(head) and metadata(below[1])


# "[글로벌 테크]", "[AI 리포트]", "【이슈 분석】": one to three words, no figure,
# no sentence
_TAG_WORD = r"[가-힣A-Za-z&·]{1,10}"
_SECTION_TAG = re.compile(rf"^[\[【〔]\s*{_TAG_WORD}(?:\s{_TAG_WORD}){{0,2}}\s*[\]】〕]$")


def section_tag(line: str) -> bool:
    """A line that is only a bracketed section or series tag: no headline."""
    return _SECTION_TAG.match(line) is not None


_TAG_LINE = re.compile(r"^[\[【〔<]\s*([^\[\]【】〔〕<>]{2,24}?)\s*[\]】〕>]$")


def bracket_tag(line: str) -> str | None:
    """What a line that is one bracketed tag holds ("[아이뉴스24]" → 아이뉴스24,
    "[채널A 뉴스A]"): an outlet's or programme's tag line over the headline when
    it names a masthead."""
    return m.group(1) if (m := _TAG_LINE.match(line)) else None


def edge_names(lines: list[str], title: str | None, last_line: str) -> list[str]:
    """The lines that may print the outlet at the page's edges: the line under
    the headline (only its name when a date follows it: "매체 2026.11.14
    08:00") and the page's last line."""
    under = line_under(lines, title)
    edges = (dated_names(under) or [under]) if under else []
    return [*edges, last_line] if last_line else edges


def line_under(lines: list[str], title: str | None) -> str | None:
    """The page's line right under the headline ("헤드라인\n조선비즈\n입력 …"):
    where a masthead printed below the title sits."""
    page = [line for line in lines if line]
    if title is None or title not in page:
        return None
    at = page.index(title) + 1
    return page[at] if at < len(page) else None


# a whole line in one pair of brackets naming how it was saved, shared or sent
_CARRIER_NOTE = re.compile(
    r"^[\[(【〔<]\s*[^\[\]()【】〔〕<>]{0,60}?"
    r"(?:저장|보관|공유|스크랩|클리핑|아카이브|구독|리더|전달|전송|발송|캡[처쳐]|복사|붙여\s*넣|"
    r"메신저|카카오톡|카톡|텔레그램|문자|\bapp\b|앱|어플|rss|피드|feed|saved|shared|forwarded|clipped|"
    r"archived?|reader|sent\b)[^\[\]()【】〔〕<>]{0,60}[\])】〕>]$",
    re.I,
)
# a mail client's or app's line around a saved, shared or mailed article
_CARRIER_TEXT = re.compile(
    r"(?:메일|뉴스레터|레터|이미지|화면|페이지)[이가]?\s*(?:잘\s*|제대로\s*)?"
    r"(?:보이지\s*않|깨져\s*보이|깨지면|안\s*보이).{0,25}(?:보기|클릭|여기)"
    r"|^(?:웹|브라우저|web|browser|모바일|pc)\s*(?:에서|으로|버전으로)?\s*(?:보기|열기)$"
    r"|view\s+(?:this\s+(?:e-?mail|newsletter|message)\s+)?(?:in|on)\s+(?:your\s+|a\s+)?"
    r"(?:web\s*)?browser|trouble\s+viewing"
    r"|^(?:sent|shared|saved|forwarded|clipped)\s+(?:from|via|with|using)\s+\S.{0,40}$"
    r"|^.{0,30}(?:에서|으로|로)\s*(?:공유|저장|전송|전달|스크랩)(?:됨|함|했습니다|한\s*(?:글|기사|텍스트)"
    r"(?:입니다)?|된\s*(?:글|기사|텍스트|링크|메시지)(?:입니다)?)\.?$|^.{0,20}에서\s*보냄$",
    re.I,
)
# a note to editors above the headline: "※ …", an embargo or release time
_EDITOR_NOTE = re.compile(
    r"^(?:※|[\[(<]\s*(?:엠바고|embargo(?:ed)?|보도\s*(?:유예|시점))\s*[\])>]"
    r"|(?:엠바고|embargo(?:ed)?|보도\s*(?:유예|시점|가능\s*시[점간])|홀드\s*백)\s*[:：])",
    re.I,
)
# a print archive's banner: a bracketed tag, then only a date, weekday, issue and page
_LEAD_TAG = re.compile(r"^[\[【〔<]\s*[^\[\]【】〔〕<>]{2,30}\s*[\]】〕>]\s*")
_ISSUE_NO = re.compile(r"(?:제\s*)?\d{1,6}\s*호")


def carrier_note(line: str) -> bool:
    """A reader's, app's, share's or mail client's note (``[Feedly에서 보관함]``,
    ``(텔레그램 전달 메시지)``, ``웹에서 보기``)."""
    return _CARRIER_NOTE.match(line) is not None or _CARRIER_TEXT.search(line) is not None


def editor_note(line: str) -> bool:
    """A note to editors above the headline (``※ 보도시점: …``, ``엠바고 : …``)."""
    return _EDITOR_NOTE.match(line) is not None


def archive_banner(line: str) -> bool:
    """A print archive's banner: a tag over a date, issue and page only
    (``[매체 지면보기] 2019년 3월 20일 (수) 제22011호 A18면``)."""
    if (m := _LEAD_TAG.match(line)) and (rest := line[m.end() :]):
        return is_date_field(_ISSUE_NO.sub("", rest))
    return False


# a feed reader's status line: read/unread/star marks and the folder or label
# it is filed under, set off by "·" or "|" ("★ 읽지 않음 · 반도체 폴더")
_STAR = re.compile(r"^[★☆⭐✩✭✰]+\s*")
_STATUS = re.compile(
    r"^(?:읽지\s*않음|안\s*읽음|읽음|읽은\s*글|새\s*글|별표(?:\s*표시)?|즐겨찾기|중요\s*표시|"
    r"나중에\s*읽기|unread|read|starred|favou?rited?|new)$",
    re.I,
)
# a reader view's mode and reading time, in any order ("읽기 모드 · 약 3분", "3 min read")
_READING = re.compile(
    r"^(?:(?:읽기|리더|본문)\s*(?:모드|뷰|화면)|reader\s*(?:mode|view)|"
    r"(?:(?:예상\s*)?(?:읽는|읽기)\s*시간|소요\s*시간|reading\s*time)?\s*[:：]?\s*약?\s*\d{1,3}\s*분"
    r"(?:\s*(?:읽기|분량|소요))?|\d{1,3}\s*min(?:ute)?s?(?:\s*read)?)$",
    re.I,
)
_FOLDER = re.compile(
    r"^(?:(?:폴더|카테고리|라벨|태그|folder|label|tag)\s*[:：]?\s*\S.{0,15}"
    r"|\S.{0,15}\s*(?:폴더|folder))$",
    re.I,
)


def reader_status_line(line: str) -> bool:
    """A reader's read/unread/star status, with the folder the article is
    filed under, or a reader view's mode and reading time: every part a
    status word, a reading mode or time, or a folder, at least one status
    word, reading part or star mark."""
    star = _STAR.match(line)
    rest = line[star.end() :] if star else line
    parts = [p for p in re.split(r"\s*[·|ㆍ/]\s*", rest.strip()) if p]
    if not parts or len(parts) > 4:
        return False
    status = any(_STATUS.match(p) or _READING.match(p) for p in parts)
    if not all(_STATUS.match(p) or _READING.match(p) or _FOLDER.match(p) for p in parts):
        return False
    return status or (star is not None and bool(_FOLDER.match(parts[0])))


def dated_names(line: str) -> list[str]:
    """The names (two words, then one) a line may print before its date and
    nothing else ("매체 2026.11.14 08:00", "매체 입력 2026.11.14" under a
    headline: the outlet's stamp); empty for any other line."""
    words = line.split()
    if len(line) > 60 or len(words) < 2 or words[0][0].isdigit():
        return []
    cuts = [cut for cut in (2, 1) if cut < len(words) and not words[cut - 1][0].isdigit()]
    return [" ".join(words[:cut]) for cut in cuts if is_date_field(" ".join(words[cut:]))]
