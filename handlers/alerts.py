"""Story alerts (optional, off by default): ``/topics alert N`` pushes a new
story about one of the chat's topics as soon as N or more outlets tell it;
``/topics alert off`` stops. At most one alert per chat per ``ALERT_GAP``,
never the same story twice. The running bot's alert service
(:mod:`bot.alerts`) calls :func:`due_alerts` and sends what it returns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from summarizer.chat_prefs import alert_chats, alerted_stories, record_alert
from summarizer.story_view import Period, Story, recent_stories

from .reply import Reply
from .stories import story_refs, story_section
from .story_messages import story_message

if TYPE_CHECKING:
    from .context import Context

ALERT_GAP = timedelta(hours=1)
MIN_OUTLETS, MAX_OUTLETS = 2, 20


def parse_alert(words: Sequence[str]) -> int | None:
    """``off`` → 0, ``N`` → N outlets (2–20); None when unreadable."""
    if not words:
        return 3
    word = words[0].casefold().rstrip("곳개")
    if word in ("off", "끄기", "끔", "0"):
        return 0
    if word.isdigit() and MIN_OUTLETS <= int(word) <= MAX_OUTLETS:
        return int(word)
    return None


def due_alerts(
    context: Context, topics_of: Callable[[str], list[str]], now: datetime
) -> list[tuple[str, Reply]]:
    """(chat, reply) for every chat whose alert is due: the most important
    story about its topics told by enough outlets and not yet alerted."""
    store = context.corpus.store
    out = []
    for chat, min_outlets, last in alert_chats(store):
        topics = topics_of(chat)
        if not topics or (last is not None and now - last < ALERT_GAP):
            continue
        found = _story_to_alert(context, chat, min_outlets, topics)
        if found is not None:
            record_alert(store, chat, found.id, now)
            out.append((chat, _reply(found, context.language)))
    return out


def _story_to_alert(
    context: Context, chat: str, min_outlets: int, topics: Sequence[str]
) -> Story | None:
    sent = alerted_stories(context.corpus.store, chat)

    def wanted(story: Story) -> bool:
        return story.topic > 0 and len(story.outlets) >= min_outlets and story.id not in sent

    found = recent_stories(
        context.corpus,
        Period(),
        topics=topics,
        window_days=1.0,
        keep=wanted,
        limit=1,
        about_only=True,
    )
    return found[0] if found else None


def _reply(story: Story, language: str) -> Reply:
    return Reply(
        "alert",
        title=story_message(language, "alert.title"),
        sections=(story_section(story, 1, language),),
        sources=story_refs([story]),
        data={"stories": [story.as_json()]},
    )
