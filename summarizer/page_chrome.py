"""Page chrome that reads like a headline but is none (session 16, dev36).

* An app's top bar (``≡ 메뉴  아이뉴스24  🔍``, ``< 뒤로  경제  공유  글자크기``): a
  menu or back control, icons or app and reading words (검색, 공유, 글자크기),
  and at most one name (the masthead or the section).
* A breadcrumb set off by ``>``, ``›`` or ``»`` (``오피니언 > 바로잡습니다``):
  two to five short parts, even when a part ends like a sentence.
* A press release's field line (``담당 부서 …``, ``문의 : …``, ``배포일시 …``):
  a contact or distribution field, never the release's headline.
* A messenger channel's line (:func:`picto_channel`: ``📢 반도체 속보방``, ``🔥🔥
  삼성 HBM 관련 속보``): a short line that opens with pictographs, no comma,
  quote or figure run; a channel's name alone (:func:`channel_name`:
  ``#ai-news``, ``ai-infra-watch``), which a copy prints over the post and
  which names no outlet either.
* A print page's running head (``34  주간동아 2025. 3. 11  1482호``): a page
  number or an issue number around a name and a date; :func:`running_head`
  returns the name, the magazine the page was printed in; also a masthead
  over its section and issue (``이코노미스트 | 산업 | 제1328호 (2026.02.23)``).

Session 16, second round (dev42, dev43):

* A saved page's navigation bar (``머니투데이 | 뉴스 | 증권 | … | 로그인``, ``홈  추천
  팔로우  대한민국  세계  비즈니스  과학/기술``): section, region and app words
  (joined ones too: ``방송/통신``, ``홈&모바일``) with at most one name.
* A reader view's site line: a bare domain (``bloter.net``).
* A brokerage report's rating line (``종목(000660) | 매수(유지) | 목표주가 …``).
* A masthead over its section (``광주일보 오피니언``): a listed or outlet-shaped
  name and section words only (:func:`masthead_section` returns the name).
* :func:`strip_pictographs`: a title keeps no leading emoji (``📌 헤드라인``).

Every kind is a row of :data:`summarizer.never_heads.NOT_HEADLINES`.
"""

from __future__ import annotations

import re

from .byline_words import OUTLET_NAME, PLACE, SECTION_WORD
from .dates import is_date_field
from .outlet_domains import known_outlets

# menu glyphs and words, and an app's icon words
_MENU = re.compile(r"^(?:≡|☰|≣|▤|메뉴|전체\s*메뉴|menu)$", re.I)
_APP_WORD = re.compile(
    r"^(?:검색|search|로그인|login|로그아웃|회원가입|마이페이지|알림|구독|공유|설정|홈|home|"
    r"뒤로|닫기|앱|app|my|공유하기|share|글자\s*크기|글씨\s*크기|글꼴|가가|본문\s*듣기|듣기|"
    r"인쇄|스크랩|북마크|저장|더보기|댓글|이전|back)$",
    re.I,
)
# a back control: "<", "‹", "←", "◀", "뒤로", "이전" (a portal app's bar over the article)
_BACK = re.compile(r"^(?:<|‹|〈|←|⟨|◀|◁|◂|❮|＜|«|뒤로|이전|back)$", re.I)
# a word with no letter or digit: an icon ("🔍", "⋮", "←")
_ICON = re.compile(r"^[^\w가-힣]+$")


def app_bar(line: str) -> bool:
    """An app's top bar: a menu or back control, other words icons or app
    words, at most one other word (the masthead or the section)."""
    words = line.split()
    if not 2 <= len(words) <= 7 or len(line) > 40:
        return False
    if not any(_MENU.match(w) or _BACK.match(w) for w in words):
        return False
    if "▶" in line or "▷" in line:  # a script's speaker mark "◀ 앵커 ▶"
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


# pictographs: the emoji blocks and the symbols messengers use as emoji (a
# character class's inside; the joiners \ufe0f and \u200d are added where read)
PICTO = "\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_PICTO_LEAD = re.compile(rf"^[{PICTO}\ufe0f\u200d]+\s*(?P<rest>\S.*)$")
_CHANNEL_MAX = 24  # "📢 반도체 속보방", "🔥🔥 삼성 HBM 관련 속보"


def picto_channel(line: str) -> bool:
    """A messenger channel's name or teaser: a short line opening with
    pictographs, no comma, quote or ellipsis (a headline's marks)."""
    if not (m := _PICTO_LEAD.match(line)) or len(m["rest"]) > _CHANNEL_MAX:
        return False
    return re.search(r"[,'\"‘’“”…·]", m["rest"]) is None


# a messenger channel's name alone: "#" and a name ("#ai-infra-news", "#반도체_스터디",
# "# 패키징-소식"), or without "#" lower-case words joined by "-" or "_" ("ai-infra-watch")
_CHANNEL = re.compile(
    r"^#\s*[0-9A-Za-z가-힣][0-9A-Za-z가-힣_.-]{1,40}$|^[0-9a-z가-힣]+(?:[-_][0-9a-z가-힣]+)+$"
)


def channel_name(line: str) -> bool:
    """A messenger channel's name alone on its line (neither headline nor outlet)."""
    return _CHANNEL.match(line) is not None


def strip_pictographs(title: str) -> str:
    """A title without the pictographs a share put before it (``📌 헤드라인``)."""
    m = _PICTO_LEAD.match(title)
    return m["rest"] if m else title


_PAGE_NO = re.compile(r"^(?:[A-Z]\d{1,3}|\d{1,4})$")  # "34", "A18"
_ISSUE_NO = re.compile(r"^(?:제\s*)?\d{1,5}\s*호$")
_NAME_WORD = re.compile(r"^[가-힣A-Za-z][가-힣A-Za-z0-9]{0,11}$")


def running_head(line: str) -> str | None:
    """The name a print page's running head prints: a page number first or
    last, or an issue number, with one or two name words and a date
    (``34  주간동아 2025. 3. 11  1482호``, ``주간칩 2025년 3월 호 | 12``)."""
    words = [w for w in re.split(r"\s+|\s*\|\s*", line.strip()) if w]
    if len(line) > 70 or len(words) < 3:
        return None
    if len(words) >= 4 and _PAGE_NO.match(words[-2]) and _section(words[-1]):
        words = words[:-1]  # "날짜  매체  13  산업": the page's section after its number
    paged = bool(_PAGE_NO.match(words[0]) or _PAGE_NO.match(words[-1]))
    if _PAGE_NO.match(words[0]):
        words = words[2:] if len(words) >= 4 and _section(words[1]) else words[1:]
    elif _PAGE_NO.match(words[-1]):
        words = words[:-1]
    if paged and len(words) >= 3 and _section(words[0]):
        words = words[1:]  # "A18  경제  매체  날짜": the page's section before the name
    issue = bool(words) and bool(_ISSUE_NO.match(words[-1]))
    if issue:
        words = words[:-1]
    elif len(words) >= 3 and _ISSUE_NO.match(words[-2]) and _PAREN_DATE.match(words[-1]):
        # "이코노미스트 | 산업 | 제1328호 (2026.02.23)": the issue, then its date
        return _sectioned_name(words[:-2], words[-1])
    if not (paged or issue) or not words:
        return None
    for cut in (1, 2):
        name, rest = words[:cut], " ".join(words[cut:])
        if rest and all(_NAME_WORD.match(w) for w in name) and is_date_field(rest):
            return " ".join(name)
    if paged and (dated := _date_first(words)):  # "2025년 6월 12일 목요일  매체  13"
        return dated
    return None


def _date_first(words: list[str]) -> str | None:
    """The name after the date of a page's running head (one word)."""
    name, rest = words[-1], " ".join(words[:-1])
    if _NAME_WORD.match(name) and not name[0].isdigit() and is_date_field(rest):
        return name
    return None


_PAREN_DATE = re.compile(r"^\(\s*(?P<date>\d{4}[.\-/]\s*\d{1,2}[.\-/]\s*\d{1,2}\.?)\s*\)$")


def _sectioned_name(words: list[str], dated: str) -> str | None:
    """The name before the section words of a masthead over its issue."""
    if (m := _PAREN_DATE.match(dated)) is None or not is_date_field(m["date"]):
        return None
    for cut in (1, 2):
        name, rest = words[:cut], words[cut:]
        if len(rest) <= 2 and all(_NAME_WORD.match(w) for w in name):
            if all(_section(w) for w in rest) and not _section(name[0]):
                return " ".join(name)
    return None


def _section(word: str) -> bool:
    """A section word, also joined ones ("방송/통신", "홈&모바일")."""
    parts = [p for p in re.split(r"[/&·ㆍ]", word) if p]
    return bool(parts) and all(SECTION_WORD.match(p) or _NAV_WORD.match(p) for p in parts)


# the words a saved page's navigation bar adds to the section words
_NAV_WORD = re.compile(
    r"^(?:추천|팔로우|팔로잉|구독|뉴스레터|카테고리|더보기|전체\s*메뉴|메뉴|로그인|로그아웃|회원가입|"
    r"검색|마이페이지|알림|설정|대한민국|한국|국내|해외|방송|날씨|비즈니스|엔터|엔터테인먼트|건강|"
    r"여행|교육|환경|기술|랭킹|인기|최신|많이\s*본|TV|라디오|MY|≡|☰)$",
    re.I,
)
_NAV_ACTION = re.compile(
    r"^(?:홈|home|추천|팔로우|구독|카테고리|더보기|전체\s*메뉴|메뉴|로그인|회원가입|검색|≡|☰)$",
    re.I,
)
_NAV_SPLIT = re.compile(r"\s*[|·ㆍ]\s*|\s+")


def nav_bar(line: str) -> bool:
    """A saved page's navigation bar: four or more section, region or app
    words (joined ones too), at most one other word (the masthead); an app
    word ("로그인", "추천", "더보기") or six or more words."""
    if len(line) > 120 or re.search(r"[,'\"‘’“”…?!]|\d", line):
        return False
    words = [w for w in _NAV_SPLIT.split(line.strip()) if w]
    if len(words) < 4 or any(len(w) > 12 for w in words):
        return False
    others = [w for w in words if not (_section(w) or PLACE.match(w))]
    if len(others) > 1:
        return False
    return len(words) >= 6 or any(_NAV_ACTION.match(w) for w in words)


# "bloter.net", "www.joongang.co.kr", "https://zdnet.co.kr/": a site's address alone
_DOMAIN = re.compile(
    r"^(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/?$", re.I
)


def domain_line(line: str) -> bool:
    """A reader view's site line: a bare domain."""
    return len(line) <= 60 and _DOMAIN.match(line) is not None


# a report's header fields: the stock with its code, the rating, the target price
_STOCK = re.compile(r"^\S.{0,20}?\s*\(\s*A?\d{6}(?:\.?[A-Z]{2})?\s*\)$")
_RATING = re.compile(
    r"^(?:투자\s*의견\s*[:：]?\s*)?(?:매수|적극\s*매수|중립|매도|보유|비중\s*(?:확대|축소)|"
    r"시장\s*(?:수익률|상회|하회)|buy|strong\s*buy|hold|sell|outperform|underperform|"
    r"market\s*perform|neutral|trading\s*buy|overweight|underweight|not\s*rated|nr)"
    r"\s*(?:\(\s*(?:유지|상향|하향|신규|maintain|upgrade|downgrade|new)\s*\))?$",
    re.I,
)
_TARGET = re.compile(
    r"^(?:목표\s*(?:주가|가)|적정\s*주가|TP|target\s*price)\s*[:：]?\s*[\d,.]+\s*(?:원|만원|달러|\$)?"
    r"\s*(?:\(\s*(?:유지|상향|하향|신규)\s*\))?$",
    re.I,
)


def rating_line(line: str) -> bool:
    """A brokerage report's header line: two or more fields set off by "|"
    or "/", each a stock with its code, a rating or a target price."""
    parts = [p for p in re.split(r"\s+[|/]\s+|\s*\|\s*", line.strip()) if p]
    if len(line) > 100 or not 2 <= len(parts) <= 4:
        return False
    return all(_STOCK.match(p) or _RATING.match(p) or _TARGET.match(p) for p in parts)


def masthead_section(line: str) -> str | None:
    """The masthead of a line that prints it over its section (``광주일보 오피니언``,
    ``매체 | 산업``): a listed or outlet-shaped name, then one or two section words."""
    words = [w for w in re.split(r"\s*[|·]\s*|\s+", line.strip()) if w]
    if len(line) > 40 or not 2 <= len(words) <= 4:
        return None
    for cut in (1, 2):
        name, rest = " ".join(words[:cut]), words[cut:]
        if not rest or len(rest) > 2 or not all(_section(w) for w in rest):
            continue
        if name in known_outlets() or (
            all(_NAME_WORD.match(w) for w in words[:cut]) and OUTLET_NAME.search(name)
        ):
            return None if SECTION_WORD.match(name) else name
    return None
