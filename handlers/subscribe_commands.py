"""/subscribe, /unsubscribe, /subscription — the daily briefing's commands.

Handlers never import ``bot``: the runtime puts an object that satisfies
:class:`SubscriptionService` into ``Context.subscriptions`` and the
handlers talk to it through that protocol. Parsing the requested time and
zone is pure and lives here ("오전 8시", "저녁 7시 30분", "20:00 Asia/Seoul").
"""

from __future__ import annotations

import re
import zoneinfo
from datetime import datetime, time
from functools import lru_cache

from .actions import subscription_actions
from .context import Context
from .messages import message
from .reply import Command, Line, Reply, Section
from .services import SubscriptionInfo, SubscriptionService
from .topics import split_topics, subscribe_topics

# The commands :func:`may_change` gates: adapters look up whether the user
# administers the chat (an extra platform call) for these only.
ADMIN_COMMANDS = frozenset({"subscribe", "unsubscribe", "lang"})


class ScheduleError(ValueError):
    """The requested time or zone cannot be understood; ``key`` is the message key."""

    def __init__(self, key: str, value: str) -> None:
        super().__init__(value)
        self.key = key
        self.value = value


# Korean and English words for the part of the day. The hour after them is
# on a 12-hour clock; "낮 2시" is 14:00 but "낮 12시" is noon.
_MORNING = {"오전", "아침", "새벽", "am", "a.m."}
_EVENING = {"오후", "저녁", "밤", "pm", "p.m."}
_DAYTIME = {"낮"}
_ZONE_ALIASES = {
    "kst": "Asia/Seoul",
    "한국": "Asia/Seoul",
    "서울": "Asia/Seoul",
    "한국시간": "Asia/Seoul",
    "jst": "Asia/Tokyo",
    "일본": "Asia/Tokyo",
    "도쿄": "Asia/Tokyo",
    "utc": "UTC",
    "gmt": "UTC",
}
_CLOCK = re.compile(r"^(\d{1,2})(?::|시|h)?(\d{2})?$")
_KOREAN = re.compile(r"^(\d{1,2})시(?:(\d{1,2})분|반)?$|^(\d{1,2})분$")


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    return {name.casefold(): name for name in zoneinfo.available_timezones()}


def resolve_zone(text: str) -> str | None:
    """An IANA zone name for ``text`` (any case), or a few common aliases (KST, 서울)."""
    folded = text.strip().casefold()
    return _ZONE_ALIASES.get(folded) or _zones().get(folded)


def parse_schedule(args: str, default_time: str, default_zone: str) -> tuple[str, str]:
    """``/subscribe`` arguments → ("HH:MM", IANA zone). Either part may be
    missing (the defaults fill in) and they may come in any order.

    >>> parse_schedule("저녁 7시 30분", "08:00", "Asia/Seoul")
    ('19:30', 'Asia/Seoul')
    """
    zone: str | None = None
    time_words: list[str] = []
    for word in args.replace(",", " ").split():
        found = resolve_zone(word)
        if found:
            if zone is not None:
                raise ScheduleError("subscribe.bad_zone", word)
            zone = found
        elif "/" in word:
            raise ScheduleError("subscribe.bad_zone", word)
        else:
            time_words.append(word)
    at = _parse_time(" ".join(time_words)) if time_words else default_time
    return at, zone or default_zone


def _parse_time(text: str) -> str:
    words = text.casefold().replace("시 ", "시").split()
    part: str | None = None
    hour: int | None = None
    minute = 0
    rest: list[str] = []
    for word in words:
        # "7pm", "7:30pm", "오후7시": split a glued part-of-day word off.
        for marker in (*_MORNING, *_EVENING, *_DAYTIME):
            if word.startswith(marker) and word != marker:
                part, word = marker, word[len(marker) :]
                break
            if word.endswith(marker) and word != marker:
                part, word = marker, word[: -len(marker)]
                break
        if word in _MORNING or word in _EVENING or word in _DAYTIME:
            part = word
            continue
        if word in ("정오", "noon"):
            hour, minute = 12, 0
            continue
        if word in ("자정", "midnight"):
            hour, minute = 0, 0
            continue
        rest.append(word)
    joined = "".join(rest)
    if rest:
        match = _CLOCK.match(joined)
        korean = _KOREAN.match(joined)
        if match:
            hour, minute = int(match.group(1)), int(match.group(2) or 0)
        elif korean and korean.group(1):
            hour = int(korean.group(1))
            minute = 30 if joined.endswith("반") else int(korean.group(2) or 0)
        else:
            raise ScheduleError("subscribe.bad_time", text)
    if hour is None:
        raise ScheduleError("subscribe.bad_time", text)
    if part is not None:
        if not 1 <= hour <= 12:
            if hour == 0 or hour > 12 and part in _MORNING:
                raise ScheduleError("subscribe.bad_time", text)
        elif part in _MORNING:
            hour = 0 if hour == 12 else hour
        elif part in _EVENING:
            # "밤 12시" is midnight; "저녁 7시" is 19:00.
            hour = 0 if hour == 12 and part == "밤" else hour if hour == 12 else hour + 12
        elif hour < 11:  # 낮
            hour += 12
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ScheduleError("subscribe.bad_time", text)
    return f"{hour:02d}:{minute:02d}"


def clock_time(at: str) -> time:
    """ "HH:MM" → :class:`datetime.time`."""
    hour, minute = at.split(":")
    return time(int(hour), int(minute))


# ------------------------------------------------------------------- handlers
def _lang(command: Command, context: Context) -> str:
    return command.language or context.language


def _service(context: Context) -> SubscriptionService | None:
    return context.subscriptions


def _unavailable(name: str, language: str) -> Reply:
    return Reply(name, notices=(message(language, "subscribe.unavailable"),), ok=False)


def may_change(command: Command, service: SubscriptionService) -> bool:
    """Who may change a chat's subscription: anyone in a one-to-one chat; in
    groups and channels, anyone or only admins (``who_can_subscribe``). When
    the adapter cannot tell whether the user is an admin, only private chats
    are allowed under "admins"."""
    if service.who_can_subscribe == "anyone":
        return True
    private = command.private if command.private is not None else service.is_private(command.chat)
    return bool(private) or command.is_admin is True


def when_text(moment: datetime, language: str) -> str:
    """A local moment as people read it: "1월 3일 (금) 08:00" / "Fri 3 Jan, 08:00"."""
    if language == "en":
        return moment.strftime("%a %-d %b %Y, %H:%M")
    weekday = "월화수목금토일"[moment.weekday()]
    return f"{moment.year}년 {moment.month}월 {moment.day}일 ({weekday}) {moment:%H:%M}"


def _info_lines(info: SubscriptionInfo, language: str) -> tuple[Line, ...]:
    lines = [
        Line(f"{info.time} ({info.timezone})", label=message(language, "subscription.time")),
    ]
    if info.next_delivery is not None:
        lines.append(
            Line(
                when_text(info.next_delivery, language),
                label=message(language, "subscription.next"),
            )
        )
    if info.last_briefing is not None:
        local = info.last_briefing.astimezone(zoneinfo.ZoneInfo(info.timezone))
        lines.append(Line(when_text(local, language), label=message(language, "subscription.last")))
    return tuple(lines)


def _data(info: SubscriptionInfo | None) -> dict[str, object]:
    if info is None:
        return {"subscription": None}
    return {
        "subscription": {
            "chat": info.chat,
            "time": info.time,
            "timezone": info.timezone,
            "active": info.active,
            "last_briefing": info.last_briefing.isoformat() if info.last_briefing else None,
            "next_delivery": info.next_delivery.isoformat() if info.next_delivery else None,
        }
    }


def subscribe(command: Command, context: Context) -> Reply:
    language = _lang(command, context)
    service = _service(context)
    if service is None:
        return _unavailable("subscribe", language)
    if not may_change(command, service):
        return Reply("subscribe", notices=(message(language, "subscribe.admins_only"),), ok=False)
    try:
        # issue 12: words after the time are the chat's topics (/subscribe 08:00 반도체)
        schedule, topic_words = split_topics(
            command.args,
            lambda a: parse_schedule(a, service.default_time, service.default_timezone),
        )
        at, zone = parse_schedule(schedule, service.default_time, service.default_timezone)
    except ScheduleError as exc:
        return Reply(
            "subscribe",
            notices=(message(language, exc.key, value=exc.value[:40]),),
            ok=False,
            data={"subscription": None},
        )
    before = service.get(command.chat)
    info = service.subscribe(command.chat, at, zone, command.language)
    key = "subscribe.done"
    if before is not None and before.active:  # asked again for the time it has: said so
        same = (before.time, before.timezone) == (info.time, info.timezone)
        key = "subscribe.same" if same else "subscribe.updated"
    topic_lines = subscribe_topics(context, command.chat, topic_words, language)
    return Reply(
        "subscribe",
        title=message(language, key),
        sections=(Section(None, _info_lines(info, language) + topic_lines),),
        notices=(message(language, "subscribe.how_to_stop"),),
        data=_data(info),
    )


def unsubscribe(command: Command, context: Context) -> Reply:
    language = _lang(command, context)
    service = _service(context)
    if service is None:
        return _unavailable("unsubscribe", language)
    if not may_change(command, service):
        return Reply("unsubscribe", notices=(message(language, "subscribe.admins_only"),), ok=False)
    removed = service.unsubscribe(command.chat)
    key = "unsubscribe.done" if removed else "unsubscribe.none"
    return Reply("unsubscribe", title=message(language, key), data=_data(service.get(command.chat)))


def subscription(command: Command, context: Context) -> Reply:
    language = _lang(command, context)
    service = _service(context)
    if service is None:
        return _unavailable("subscription", language)
    info = service.get(command.chat)
    if info is None or not info.active:
        key = "subscription.none" if info is None else "subscription.inactive"
        return Reply(
            "subscription",
            title=message(language, key),
            notices=(message(language, "subscription.how_to_start"),),
            data=_data(info),
            actions=subscription_actions(False, language),
        )
    return Reply(
        "subscription",
        title=message(language, "subscription.title"),
        sections=(Section(None, _info_lines(info, language)),),
        notices=(message(language, "subscribe.how_to_stop"),),
        data=_data(info),
        actions=subscription_actions(True, language),
    )


def reactivate_notice(command: Command, context: Context) -> str | None:
    """For /start: switch a subscription the platform had turned off back on."""
    service = _service(context)
    if service is None or not service.reactivate(command.chat):
        return None
    return message(_lang(command, context), "subscribe.reactivated")
