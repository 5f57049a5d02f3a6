"""Lines over a copied page that are no headline (session 17 last fix, dev48/dev51).
:func:`copy_chrome` is one row of :data:`summarizer.never_heads.NOT_HEADLINES`.

* A portal's call to subscribe (``… 지금 바로 구독해보세요!``).
* Site chrome cut mid-word by the copy: a domain's tail, then only action
  words (``ily.com 구독하기 | 로그인``).
* A messenger's room header, the messenger tagged or named after the room
  (``[카카오톡] 방 이름``, ``[방 이름] 카카오톡 대화``, ``방 이름 님과 카카오톡 대화``,
  ``Telegram chat with 방``), its stamp lines (``오후 2:14 이름``, ``이름  오전 9:14``:
  :func:`summarizer.chat_stamps.chat_stamp`) and a channel's name, with or
  without its ``#`` (``#ai-news``, ``ai-infra-watch``).
* A clipping sheet's numbered section (``2. 디스플레이``).
* A brokerage note's company line (``회사 (123456)``), a research house's
  report-number line (``기관 이슈리포트 AB-2026-03``).
* A correction's outlet and label line (``매체 | 바로잡습니다``).
* A podcast's show-notes header (``… 팟캐스트 〈…〉 쇼노트``).
* A tagged release header naming only its issuer (``[보도자료] 회사 (Co Ltd.)``).
* A digest's dated head (``[매체 주요뉴스] 3월 16일 오전 IT·과학``).

:func:`copy_lines` reads a copy's lines for the headline search: a chat
message under its stamp goes; a digest item's mark and a roundup's number go;
a repost's own lines above its note (``… 기사 퍼왔습니다``, ``스크랩한 기사입니다``)
go, so the credited article's headline is read; a headline that a hard-wrapped
copy broke over two lines above its date line is joined.
"""

from __future__ import annotations

import re

from .chat_stamps import ANY_STAMP, DAY, STAMP_TIME, chat_stamp
from .chrome_fields import POST_COUNTER
from .dates import DATE_LINE, parse_date
from .page_chrome import PICTO, channel_name
from .wrapper_heads import wrapper_head

_SUBSCRIBE_CALL = re.compile(
    r"(?:구독|팔로우|알림\s*설정)\s*(?:해\s*보세요|하세요|해\s*주세요)\s*[!.]*$"
)
_DOMAIN_TAIL = re.compile(r"^[a-z0-9.-]*\.(?:com|co\.kr|kr|net|org)$", re.I)
_ACTION = re.compile(
    r"^(?:구독하기|구독|로그인|로그아웃|회원가입|마이페이지|검색|전체메뉴|메뉴|\|)$"
)
_MESSENGER = (
    r"(?:카카오톡|카톡|텔레그램|슬랙|라인|디스코드|밴드|팀즈|위챗|왓츠앱|KakaoTalk|Telegram|Slack|"
    r"Discord|LINE|Teams|WeChat|WhatsApp)"
)
_ROOM = re.compile(
    # the messenger tagged before the room: "[카카오톡] 반도체 스터디"
    rf"^[\[【(]\s*{_MESSENGER}\s*[\]】)]\s*\S.{{0,30}}$"
    # the room, then the messenger's export head: "[방] 카카오톡 대화", "방 님과 카카오톡 대화"
    rf"|^\S.{{0,30}}?\s*(?:님과의?|과의?|와의?)?\s+{_MESSENGER}\s*(?:대화(?:\s*내용)?|채팅|대화방|"
    r"chats?(?:\s*history)?|conversation)$"
    rf"|^{_MESSENGER}\s+(?:chat|chat\s*history|conversation)\s+with\s+\S.{{0,30}}$"
    # a bracketed room, then its history ("[투자 스터디방] 대화 기록")
    r"|^[\[【][^\]】]{1,20}[\]】]\s*(?:의\s*)?(?:대화|채팅)\s*(?:기록|이력|내역|내용)$"
    # the app's name, a mark, then the group or channel
    # ("네이버 밴드 · 모임", "Microsoft Teams — 팀 > 채널")
    rf"|^(?:네이버|Naver|Microsoft|MS)?\s*{_MESSENGER}\s+[·•|—–]\s+\S.{{0,40}}$",
    re.I,
)
# a chat export's saved-at line ("저장한 날짜 : 2026-11-18 21:40:12", "Date Saved : …")
_SAVED = re.compile(r"^(?:저장한\s*날짜|저장\s*일시|date\s*saved|saved\s*(?:on|at))\s*[:：]", re.I)
_SECTION_NO = re.compile(r"^\d{1,2}\s*[.)]\s*[^\s\d][^\s]{0,7}$")
_TICKER = re.compile(
    r"^[^\s()]{1,15}(?:\s[^\s()]{1,10})?\s*\(\s*(?:[A-Z]{1,3}\s*:?\s*)?\d{6}\s*\)$"
)
_REPORT_NO = re.compile(
    r"^.{0,30}(?:리포트|보고서|브리프|페이퍼|포커스|report|brief)\s*(?:제\s*)?"
    r"(?:[A-Z]{1,4}[-\s]?)?\d{2,4}(?:[-.]\d{1,4})*\s*호?$",
    re.I,
)
_CORRECTION = re.compile(
    r"^\S{1,12}\s*[|·:/]\s*(?:바로잡습니다|정정(?:\s*보도)?|반론\s*보도|알려\s*왔습니다|사과드립니다)$"
)
_SHOW_NOTES = re.compile(r"(?:쇼\s*노트|show\s*notes|에피소드\s*소개)$", re.I)
_TAGGED_ISSUER = re.compile(
    r"^[\[【]\s*(?:보도\s*자료|보도\s*참고\s*자료|press\s*release)\s*[\]】]\s*"
    r"[^\s,'\"‘’“”…]{1,15}(?:\s*\([A-Za-z][A-Za-z .,&-]{1,40}\))?$",
    re.I,
)
# a post carrying an article under its own title ("[펌] …", "[스크랩] …", "[언론 스크랩] …"),
# a fax's transmission head ("… FAX 02-000-0000 P.1/2")
_POST_TAG = re.compile(
    r"^[\[【(]\s*(?:펌|퍼옴|퍼온\s*글|(?:언론|기사|신문)?\s*스크랩)\s*[\]】)]\s*\S"
    # ... or marked after it ("… 기사 떴네요 (펌)"); a copy naming itself, its tool
    # after it ("[YTN 유튜브 자막 추출본]", "… 자동 번역본 (파파고)")
    r"|^\S.*\s[\[【(]\s*(?:펌|퍼옴|스크랩)\s*[\]】)]$"
    r"|^.{0,60}(?:추출본|번역본|요약본)\s*(?:[\]】]|[(\[][^)\]]{1,12}[)\]])?$"
    # an app's share line ("[네이버 뉴스] 앱에서 공유", "카톡으로 보냄")
    r"|^(?:[\[【][^\]】]{1,15}[\]】]\s*)?\S{0,10}\s?(?:에서|으로|로)\s*(?:공유|보냄|전송)(?:됨|함)?$"
    r"|\bfax\b.{0,40}\bp\.?\s*\d{1,2}\s*/\s*\d{1,2}$",
    re.I,
)
_DIGEST_TAG = re.compile(
    r"^[\[【]\s*[^\]】]{0,12}(?:주요\s*뉴스|뉴스\s*브리핑|브리핑|헤드라인|뉴스\s*레터|다이제스트)\s*[\]】]\s*"
    r"(?:\d{4}\s*[.년]\s*)?\d{1,2}\s*[.월/]\s*\d{1,2}\s*일?"
)


def copy_chrome(line: str) -> bool:
    """Whether ``line`` is one of the heads above, never the headline."""
    if wrapper_head(line):  # "번역 메모", "NAVER [ 검색어 ] 🔍" (wrapper_heads)
        return True
    if len(line) > 80:
        return False
    words = line.split()
    if words and _DOMAIN_TAIL.match(words[0]) and len(words) > 1:
        if all(_ACTION.match(w) for w in words[1:]):
            return True
    if channel_name(line) or chat_stamp(line):  # "#ai-news"; "오후 2:14 이름" (chat_stamps)
        return True
    return any(
        p.search(line)
        for p in (
            _SUBSCRIBE_CALL,
            _ROOM,
            _SAVED,
            _SECTION_NO,
            _TICKER,
            _REPORT_NO,
            _CORRECTION,
            _SHOW_NOTES,
            _TAGGED_ISSUER,
            _DIGEST_TAG,
            _POST_TAG,
        )
    )


_ITEM_NO = re.compile(r"^(\d{1,2})\s*[.)]\s+(?=\S)")
_MARKS = frozenset("■□▶▷●◆◇")
_BULLET = re.compile(r"^[■□▶▷●◆◇]\s+(?=\S.{15})")  # a digest item's mark before a headline


# a chat message's spoken ending, emoji after it or not
_TALK = re.compile(rf"(?:[요죠네]|ㅋ+|ㅎ+)[.!?~]*[\s{PICTO}\ufe0f\u200d]*$|[?!]\s|니다\.\s")
# an exported message's sender and stamp before its text: "[이름] [오전 10:02] …"
# (PC export), "2026년 11월 18일 오전 10:02, 이름 : …" (phone export)
_MESSAGE_HEAD = re.compile(
    rf"^\[[^\]]{{1,20}}\]\s*\[{STAMP_TIME}\]\s*(?=\S)"
    rf"|^\d{{4}}\s*[.년]\s*\d{{1,2}}\s*[.월]\s*\d{{1,2}}\s*[.일]?\s*{STAMP_TIME}\s*,\s*[^:：]{{1,20}}\s*[:：]\s*(?=\S)",
    re.I,
)


def copy_lines(lines: list[str]) -> list[str]:
    """A copy's lines as the headline search reads them: an exported message
    without its sender and stamp (:func:`unstamped`); a chat message under its
    stamp line goes; a headline without its item mark (``■ 헤드라인``) and a
    roundup's without its number (``1. 헤드라인``), when items 1 and 2 both start a line."""
    lines = _wrapped_head(_reposted(unstamped([_MESSAGE_HEAD.sub("", ln) for ln in lines])))
    lines = [
        _BULLET.sub("", ln) if ln[:1] in _MARKS else ln
        for i, ln in enumerate(lines)
        if not (i and chat_stamp(lines[i - 1]) and _TALK.search(ln))
    ]
    numbers = {m.group(1) for ln in lines if (m := _ITEM_NO.match(ln))}
    if not {"1", "2"} <= numbers:
        return lines
    return [_ITEM_NO.sub("", ln) for ln in lines]


_REPOST_NOTE = re.compile(
    r"기사.{0,12}(?:퍼\s*왔|퍼\s*옵니다|가져\s*왔|옮겨\s*왔)|(?:스크랩|퍼\s*온|펌)\S{0,3}\s*기사"
)
# a user's post: its author or category field, a blog's follow button, a repost
# mark, its source line, its counters ("조회 1,204 | 추천 7")
_POST_HEAD = re.compile(
    rf"작성자|이웃\s*추가|\(펌\)|스크랩|^출처\s*[:：]|{POST_COUNTER}\s*(?:\||$)"
)
_POST_FIELD = re.compile(r"^(?:분류|카테고리)\s*[:：]")  # apart: a search tries "^" everywhere
# the poster's own note on the article: it names the 기사 and speaks politely
# ("… 기사네요", "… 기사 올려요", "… 기사 떴네요 (펌)")
_POST_NOTE = re.compile(r"기사.*(?:니다|요)[.!~]*(?:\s*[\[(][^\])]{1,6}[\])])?$")
_REPOST_REACH = 10  # lines of a post's own head searched for its note


def _reposted(lines: list[str]) -> list[str]:
    """The lines under a repost's note, when the post's head has one."""
    posted = False
    for i, line in enumerate(lines[:_REPOST_REACH]):
        noted = "기사" in line and len(line) <= 80  # both notes name the 기사
        # a board post's header under its title ("닉네임 | 날짜 | 조회 1,204 | 추천 7")
        under = i + 1 < len(lines) and _post_head(lines[i + 1])
        if noted and (_REPOST_NOTE.search(line) or ((posted or under) and _POST_NOTE.search(line))):
            return lines[i + 1 :]
        posted = posted or _post_head(line)
    return lines


def _post_head(line: str) -> bool:
    return bool(_POST_HEAD.search(line) or _POST_FIELD.match(line))


# a sentence broken after a particle ("… 레니게이드를"), not a question ("…인가")
_BROKEN = re.compile(
    r"[가-힣]\s*(?:을|를|이|가|은|는|에|에서|의|와|과|로|으로|도)(?<!인가)(?<!는가)$"
)
_WRAP_REACH = 6  # lines above the headline's first half
_PARTICLE_END = frozenset("을를이가은는에서의와과로도\n")  # the last character _BROKEN allows


def _broken(line: str) -> bool:
    """Whether ``line`` breaks after a particle (its last character tested first)."""
    return line[-1:] in _PARTICLE_END and _BROKEN.search(line) is not None


def _wrapped_head(lines: list[str]) -> list[str]:
    """A hard-wrapped copy (sentences broken after a particle) whose
    headline's two halves stand over its date line near the top: joined."""
    broken = sum(1 for ln in lines if len(ln) >= 15 and _broken(ln))
    if len(lines) < 3 or broken < 3 or broken * 5 < sum(1 for ln in lines if len(ln) >= 15):
        return lines
    tops = zip(lines[:_WRAP_REACH], lines[1:], lines[2:], strict=False)
    for i, (first, second, third) in enumerate(tops):
        if DATE_LINE.match(third) and parse_date(third) is not None:
            if _halves(first, second):
                return [*lines[:i], f"{first} {second}", *lines[i + 2 :]]
            return lines
    return lines


def _halves(first: str, second: str) -> bool:
    """Whether two lines read as one headline's halves."""
    if len(first) + len(second) > 100 or not (4 <= len(second) <= 30 and len(first) >= 8):
        return False
    if re.search(r"[.!?…\"”’)\]]$", first) or copy_chrome(first) or copy_chrome(second):
        return False
    return not (DATE_LINE.match(second) or _BROKEN.search(first) or re.search(r"[.!?]$", second))


# a line led by a stamp: bracketed, or a day and a time, or a time when the
# page has several ("[02/03/2026, 19:44:10] 이름: …", "2026. 3. 2. 오후 4:18 헤드라인",
# "14:02 이름 …"); then, in a chat, the sender before ":" or repeated on other lines
_LED = re.compile(rf"^(?P<lead>\[\s*{ANY_STAMP}\s*\]|{ANY_STAMP})(?:\s*-)?\s+(?=\S)", re.I)
_SAID = re.compile(r"^[^:：\[\]\d]{1,24}?\s*[:：]\s+(?=\S)")  # "Ji-ho Park: "
_SHARED_URL = re.compile(r"\s+https?://\S+$")  # a shared link after the message
_LED_MIN = 15  # characters a stamp must lead: a headline, not a date field's label
_LABEL = re.compile(r"^(?:기사)?\s*(?:입력|수정|등록|송고|승인|발행|게재|업데이트|최종|작성)")


def unstamped(lines: list[str]) -> list[str]:
    """A chat export's or a print header's lines without their stamps: the
    message a stamp and its sender lead, without a shared link's url after
    it; the headline a print copy's date and time lead. A stamp line with
    only its sender (``[오전 9:05] 이름 (팀)``) stays: it is chrome."""
    led = [(m, ln[m.end() :]) if (m := _LED.match(ln)) else (None, ln) for ln in lines]
    chat = sum(1 for m, _ in led if m) >= 2
    senders = _repeated_senders([rest for m, rest in led if m]) if chat else set()
    out = []
    for line, (m, rest) in zip(lines, led, strict=True):
        dated = m is not None and (chat or "[" in m["lead"] or re.search(DAY, m["lead"]))
        if not dated or chat_stamp(line) or _LABEL.match(rest) or parse_date(rest):
            out.append(line)
            continue
        said = _SAID.match(rest)
        rest = rest[said.end() :] if said else _unsent(rest, senders)
        rest = _SHARED_URL.sub("", rest) if chat else rest
        out.append(rest if len(rest) >= _LED_MIN or chat else line)
    return out


def _repeated_senders(messages: list[str]) -> set[str]:
    """The word prefixes (one or two words) several stamped messages share: senders."""
    counts: dict[str, int] = {}
    for message in messages:
        words = message.split()
        for n in (1, 2):
            if len(words) > n:
                key = " ".join(words[:n])
                counts[key] = counts.get(key, 0) + 1
    return {key for key, count in counts.items() if count >= 2}


def _unsent(message: str, senders: set[str]) -> str:
    """``message`` without the longest sender it opens with."""
    words = message.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]) in senders:
            return " ".join(words[n:])
    return message
