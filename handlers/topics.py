"""Topics per chat: ``/topics``, ``/topics add WORD…``, ``/topics remove WORD…``,
and the topics given with ``/subscribe 08:00 반도체 엔비디아``.

A topic is any entity alias or keyword. They are kept in the store next to
the subscription (table ``chat_topics``, keyed by the platform-qualified
chat id), so the scheduler's briefing for the chat can read them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from summarizer.chat_prefs import MAX_TOPICS, alert_setting, get_topics, set_alert, set_topics

from .alerts import parse_alert
from .reply import Command, Line, Reply, Section
from .story_messages import story_message

if TYPE_CHECKING:
    from .context import Context

_MAX_WORD = 40
# Words that try to be a time or a zone: never topics.
_TIME_LIKE = re.compile(
    r"^\d+([:.]\d+)?(am|pm|시|분|h)?$|^\d+:|/|^(오전|오후|저녁|아침|밤|정오|자정)", re.I
)
_ADD = ("add", "추가", "+")
_REMOVE = ("remove", "rm", "del", "delete", "삭제", "빼기", "제거", "-")


def split_topics(args: str, parses: Callable[[str], object]) -> tuple[str, list[str]]:
    """``/subscribe`` arguments → (the schedule part, the topic words): the
    longest leading run of words that reads as a time and zone is the
    schedule; the words after it are topics."""
    words = args.replace(",", " ").split()
    for cut in range(len(words), -1, -1):
        head = " ".join(words[:cut])
        if any(_TIME_LIKE.search(w) for w in words[cut:]):
            break  # a time or zone the schedule could not read is an error, not a topic
        try:
            parses(head)
        except ValueError:
            continue
        return head, words[cut:]
    return args, []


def _words(text: str) -> list[str]:
    return [w[:_MAX_WORD] for w in text.replace(",", " ").split()]


def _lang(command: Command, context: Context) -> str:
    return command.language or context.language


def topics(command: Command, context: Context) -> Reply:
    """``/topics`` shows, ``/topics add …`` and ``/topics remove …`` change."""
    language = _lang(command, context)
    store = context.corpus.store
    current = get_topics(store, command.chat)
    words = _words(command.args)
    notices: list[str] = []
    if len(words) == 1 and words[0].casefold() in (*_ADD, *_REMOVE):
        text = story_message(language, "topics.no_words")  # "/topics add" and nothing more
        return Reply("topics", notices=(text,), ok=False, data={"topics": current})
    if words and words[0].casefold() in _ADD:
        asked = list(dict.fromkeys(words[1:]))  # "/topics add 반도체 반도체": once
        added = [w for w in asked if w not in current]
        if len(current) + len(added) > MAX_TOPICS:
            text = story_message(language, "topics.too_many", limit=MAX_TOPICS)
            return Reply("topics", notices=(text,), ok=False, data={"topics": current})
        current = current + added
        set_topics(store, command.chat, current)
        if added:
            notices.append(story_message(language, "topics.added", words=", ".join(added)))
        if had := [w for w in asked if w not in added]:
            notices.append(story_message(language, "topics.already", words=", ".join(had)))
    elif words and words[0].casefold() in _REMOVE:
        missing = [w for w in words[1:] if w not in current]
        current = [t for t in current if t not in words[1:]]
        set_topics(store, command.chat, current)
        if missing:
            notices.append(story_message(language, "topics.not_found", words=", ".join(missing)))
        else:
            notices.append(story_message(language, "topics.removed", words=", ".join(words[1:])))
    elif words and words[0].casefold() in ("alert", "알림"):
        return _alert(command, context, words[1:], current)
    elif words:
        notices.append(story_message(language, "topics.usage"))
        return Reply("topics", notices=tuple(notices), ok=False, data={"topics": current})
    return topics_reply(language, current, notices, alert_setting(store, command.chat))


def _alert(command: Command, context: Context, words: Sequence[str], current: list[str]) -> Reply:
    """``/topics alert N`` / ``/topics alert off`` (optional alerts, off by default)."""
    language = _lang(command, context)
    store = context.corpus.store
    count = parse_alert(words)
    if count is None:
        text = story_message(language, "topics.alert_usage")
        return Reply("topics", notices=(text,), ok=False, data={"topics": current})
    set_alert(store, command.chat, count)
    key = "topics.alert_on" if count else "topics.alert_off"
    notices = [story_message(language, key, count=count)]
    return topics_reply(language, current, notices, count)


def topics_reply(
    language: str, current: Sequence[str], notices: Sequence[str] = (), alert: int = 0
) -> Reply:
    data = {"topics": list(current), "alert": alert or None}
    if not current:
        text = story_message(language, "topics.none")
        return Reply("topics", notices=(*notices, text), data=data)
    lines = [Line(story_message(language, "topics.list", words=", ".join(current)))]
    if alert:
        label = story_message(language, "topics.alert")
        lines.append(Line(story_message(language, "topics.alert_line", count=alert), label=label))
    return Reply(
        "topics",
        title=story_message(language, "topics.title"),
        sections=(Section(None, tuple(lines)),),
        notices=tuple(notices),
        data=data,
    )


def subscribe_topics(
    context: Context, chat: str, words: Sequence[str], language: str
) -> tuple[Line, ...]:
    """``/subscribe 08:00 반도체 엔비디아``: the words become the chat's topics
    (without words the topics stay as they were). The line to show them."""
    store = context.corpus.store
    if words:
        set_topics(store, chat, [w[:_MAX_WORD] for w in words])
    current = get_topics(store, chat)
    if not current:
        return ()
    label = story_message(language, "topics.title")
    return (Line(", ".join(current), label=label),)
