"""Page chrome that reads like a headline but is none (session 16, dev36).

* An app's top bar (``≡ 메뉴  아이뉴스24  🔍``): a menu glyph or word, icons or
  app words (검색, 로그인), and at most one name (the masthead).
* A breadcrumb set off by ``>``, ``›`` or ``»`` (``오피니언 > 바로잡습니다``):
  two to five short parts, even when a part ends like a sentence.
* A press release's field line (``담당 부서 …``, ``문의 : …``, ``배포일시 …``):
  a contact or distribution field, never the release's headline.
* A messenger channel's line (``📢 반도체 속보방``, ``🔥🔥 삼성 HBM 관련 속보``):
  a short line that opens with pictographs, no comma, quote or figure run.
* A print page's running head (``34  주간동아 2025. 3. 11  1482호``): a page
  number or an issue number around a name and a date; :func:`running_head`
  returns the name, the magazine the page was printed in.
"""

from __future__ import annotations

import re

from .dates import is_date_field

# menu glyphs and words, and an app's icon words
_MENU = re.compile(r"^(?:≡|☰|≣|▤|메뉴|전체\s*메뉴|menu)$", re.I)
_APP_WORD = re.compile(
    r"^(?:검색|search|로그인|login|로그아웃|회원가입|마이페이지|알림|구독|공유|설정|홈|home|"
    r"뒤로|닫기|앱|app|my)$",
    re.I,
)
# a word with no letter or digit: an icon ("🔍", "⋮", "←")
_ICON = re.compile(r"^[^\w가-힣]+$")


def app_bar(line: str) -> bool:
    """An app's top bar: a menu glyph or word, other words icons or app words,
    at most one other word (the masthead)."""
    words = line.split()
    if not 2 <= len(words) <= 6 or len(line) > 40:
        return False
    if not any(_MENU.match(w) for w in words):
        return False
    others = [w for w in words if not (_MENU.match(w) or _APP_WORD.match(w) or _ICON.match(w))]
    return len(others) <= 1


_CRUMB_MARK = re.compile(r"\s*[>›»]\s*")
_CRUMB_PART = re.compile(r"^[가-힣A-Za-z0-9&·/]{1,12}(?: [가-힣A-Za-z0-9&·/]{1,12})?$")


def breadcrumb(line: str) -> bool:
    """A section path set off by ``>`` (``오피니언 > 바로잡습니다``): two to five
    parts of one or two short words, no quote, comma or full stop."""
    if len(line) > 60 or not _CRUMB_MARK.search(line):
        return False
    parts = _CRUMB_MARK.split(line.strip())
    return 2 <= len(parts) <= 5 and all(_CRUMB_PART.match(p) for p in parts)


# "담당 부서 …", "담당자 : …", "문의 : …", "연락처 …", "배포 일시 …", "붙임 …"
_RELEASE_FIELD = re.compile(
    r"^(?:담당\s*(?:부서|자|과장|팀장|부처|기관)|책임자|문의(?:처|\s*전화)?|연락처|홍보\s*담당|"
    r"배포\s*(?:일시|일자|일)|보도\s*(?:일시|일자|시점)|엠바고|붙임|첨부|페이지\s*수|매수|"
    r"contact|media\s+contact)(?P<colon>\s*[:：|]\s*|\s+)\S",
    re.I,
)


def release_field(line: str) -> bool:
    """A press release's contact or distribution field line; without a colon
    only a plain value: no comma, quote or verb ending (a headline's)."""
    if len(line) > 100 or not (m := _RELEASE_FIELD.match(line)):
        return False
    if m["colon"].strip():
        return True
    if not _COMPOUND_FIELD.match(line):
        return False  # "엠바고 깬 외신 보도에 …": a headline
    return not re.search(r"[,'\"‘’“”…?!]|다$", line)


# the labels that stand without a colon: "담당 부서 …", "배포일시 …"
_COMPOUND_FIELD = re.compile(
    r"^(?:담당\s*(?:부서|자|과장|팀장|부처|기관)|(?:배포|보도)\s*(?:일시|일자))\s"
)


# pictographs: the emoji blocks and the symbols messengers use as emoji
_PICTO = "\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_PICTO_LEAD = re.compile(rf"^[{_PICTO}\ufe0f\u200d]+\s*(?P<rest>\S.*)$")
_CHANNEL_MAX = 24  # "📢 반도체 속보방", "🔥🔥 삼성 HBM 관련 속보"


def channel_line(line: str) -> bool:
    """A messenger channel's name or teaser: a short line opening with
    pictographs, no comma, quote or ellipsis (a headline's marks)."""
    if not (m := _PICTO_LEAD.match(line)) or len(m["rest"]) > _CHANNEL_MAX:
        return False
    return re.search(r"[,'\"‘’“”…·]", m["rest"]) is None


_PAGE_NO = re.compile(r"^\d{1,4}$")
_ISSUE_NO = re.compile(r"^(?:제\s*)?\d{1,5}\s*호$")
_NAME_WORD = re.compile(r"^[가-힣A-Za-z][가-힣A-Za-z0-9]{0,11}$")


def running_head(line: str) -> str | None:
    """The name a print page's running head prints: a page number first or
    last, or an issue number, with one or two name words and a date
    (``34  주간동아 2025. 3. 11  1482호``, ``주간칩 2025년 3월 호 | 12``)."""
    words = [w for w in re.split(r"\s+|\s*\|\s*", line.strip()) if w]
    if len(line) > 70 or len(words) < 3:
        return None
    paged = bool(_PAGE_NO.match(words[0]) or _PAGE_NO.match(words[-1]))
    if _PAGE_NO.match(words[0]):
        words = words[1:]
    elif _PAGE_NO.match(words[-1]):
        words = words[:-1]
    issue = bool(words) and bool(_ISSUE_NO.match(words[-1]))
    if issue:
        words = words[:-1]
    if not (paged or issue) or not words:
        return None
    for cut in (1, 2):
        name, rest = words[:cut], " ".join(words[cut:])
        if rest and all(_NAME_WORD.match(w) for w in name) and is_date_field(rest):
            return " ".join(name)
    return None


def chrome_line(line: str) -> bool:
    """Any of the lines above: page chrome, no headline."""
    return (
        app_bar(line)
        or breadcrumb(line)
        or release_field(line)
        or channel_line(line)
        or running_head(line) is not None
    )
