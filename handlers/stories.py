"""Story commands: ``/stories [topic]`` (today's top stories), ``/story N``
(one story in full: every outlet, the timeline, the gist with citations),
and the pieces the story-centric briefing shares with them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from summarizer.story_text import outlet
from summarizer.story_view import Period, Story, recent_stories

from .actions import story_actions
from .reply import Command, Line, Reply, Section, SourceRef
from .story_messages import story_message

if TYPE_CHECKING:
    from .context import Context, StorySettings

_LISTED_CITES = 6  # sources linked on a story's outlets line
_ZONE = "Asia/Seoul"  # where the news is read; a stored moment is UTC


def moment_text(value: str, zone: str = _ZONE) -> str:
    """A stored date or moment as people read it: a date as printed
    ("2025-02-21"), a moment in ``zone`` to the minute ("2026-11-27 03:48"),
    never an ISO stamp with seconds and an offset."""
    if len(value) <= 10:
        return value
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value[:16].replace("T", " ")
    if moment.tzinfo is not None:
        moment = moment.astimezone(ZoneInfo(zone))
    return f"{moment:%Y-%m-%d %H:%M}"


def settings(context: Context) -> StorySettings:
    return context.stories


def _lang(command: Command, context: Context) -> str:
    return command.language or context.language


def outlets_text(story: Story, language: str) -> str:
    """ "연합뉴스 외 4곳"."""
    named = [o for o in story.outlets if not o.startswith("#")]
    first = named[0] if named else story_message(language, "story.unknown_outlet")
    others = len(story.outlets) - 1
    if others <= 0:
        return story_message(language, "story.one_outlet", first=first)
    return story_message(language, "story.outlet_count", first=first, others=others)


def story_section(story: Story, number: int, language: str) -> Section:
    """A story in a list: its headline, gist and outlets, linked."""
    heading = f"{number}. {story.headline}"
    if story.followup:
        heading += " · " + story_message(language, "story.followup", count=story.new)
    lines = [Line(s.text, cites=(s.article_id,)) for s in story.gist]
    cites = tuple(s.id for s in story.sources[-_LISTED_CITES:])
    lines.append(Line(outlets_text(story, language), cites=cites))
    return Section(heading, tuple(lines))


def story_refs(stories: Sequence[Story]) -> tuple[SourceRef, ...]:
    seen: dict[int, SourceRef] = {}
    for story in stories:
        for s in story.sources:
            seen.setdefault(s.id, SourceRef(s.id, s.title, s.url))
    return tuple(seen[i] for i in sorted(seen))


def today(
    context: Context,
    topics: Sequence[str] = (),
    limit: int | None = None,
    *,
    on_topic: bool = False,
    filled: bool = True,
) -> list[Story]:
    """The current stories (the newest articles' window), most important
    first; with ``on_topic``, only those about ``topics`` (only the stories
    returned are filled in, so a short list stays cheap on a large store)."""
    config = settings(context)
    return recent_stories(
        context.corpus,
        Period(),
        topics=topics,
        limit=limit,
        window_days=config.window_days,
        keep=(lambda s: s.topic > 0) if on_topic else None,
        about_only=on_topic,
        filled=filled,
    )


def stories(command: Command, context: Context) -> Reply:
    language = _lang(command, context)
    topic = command.args.strip()
    limit = settings(context).list_stories
    if topic:
        found = today(context, topic.split(), limit, on_topic=True)
    else:
        found = today(context, limit=limit)
    data = {"stories": [s.as_json() for s in found]}
    if not found:
        key, values = ("stories.no_topic", {"topic": topic}) if topic else ("stories.none", {})
        return Reply("stories", notices=(story_message(language, key, **values),), data=data)
    title = (
        story_message(language, "stories.topic_title", topic=topic, count=len(found))
        if topic
        else story_message(language, "stories.title", count=len(found))
    )
    return Reply(
        "stories",
        title=title,
        sections=tuple(story_section(s, i, language) for i, s in enumerate(found, 1)),
        notices=(story_message(language, "stories.more"),),
        sources=story_refs(found),
        actions=story_actions(len(found), language),
        data=data,
    )


def story(command: Command, context: Context) -> Reply:
    """One story in full; N is its number in ``/stories``."""
    language = _lang(command, context)
    arg = command.args.strip().lstrip("#").rstrip("번")
    if not arg.isdigit() or len(arg) > 6:
        return Reply("story", notices=(story_message(language, "story.usage"),), ok=False)
    listed = today(context, limit=settings(context).list_stories)
    number = int(arg)
    if not 1 <= number <= len(listed):
        key = "story.unknown" if listed else "stories.none"
        text = story_message(language, key, number=number, last=len(listed))
        return Reply("story", notices=(text,), ok=False, data={"stories": []})
    service = context.subscriptions
    zone = service.default_timezone if service is not None else _ZONE
    return story_detail(listed[number - 1], number, language, zone)


def story_detail(found: Story, number: int, language: str, zone: str = _ZONE) -> Reply:
    unknown = story_message(language, "story.unknown_outlet")
    timeline = tuple(
        Line(
            f"{s.published or moment_text(s.added_at, zone)} · {s.title}",
            cites=(s.id,),
            label=outlet(s.publisher, s.title, s.url) or unknown,
        )
        for s in found.sources
    )
    first, last = moment_text(found.first_seen, zone), moment_text(found.last_seen, zone)
    about = [story_message(language, "story.seen", first=first, last=last)]
    if found.entities:
        about.append(story_message(language, "story.entities", names=", ".join(found.entities)))
    sections = (
        Section(None, tuple(Line(text) for text in about)),
        Section(
            story_message(language, "story.gist"),
            tuple(Line(s.text, cites=(s.article_id,)) for s in found.gist),
        ),
        Section(story_message(language, "story.outlets"), (Line(_outlet_names(found, unknown)),)),
        Section(story_message(language, "story.timeline"), timeline),
    )
    return Reply(
        "story",
        title=f"{number}. {found.headline}",
        sections=sections,
        sources=story_refs([found]),
        data={"stories": [found.as_json()]},
    )


def _outlet_names(found: Story, unknown: str) -> str:
    """The story's outlets; one the text does not name ("#5") as "매체 미상 [5]"."""
    return ", ".join(
        f"{unknown} [{name[1:]}]" if name.startswith("#") else name for name in found.outlets
    )


_ABOUT_STORIES = 3


def with_stories(reply: Reply, context: Context, words: str, language: str) -> Reply:
    """``/summary WORD``: the focused summary, then the stories about the
    word (headline, outlets, links) — what the coverage of it is made of."""
    found = today(context, words.split(), _ABOUT_STORIES, on_topic=True)
    data = {**reply.data, "stories": [s.as_json() for s in found]}
    if not found:
        return replace(reply, data=data)
    lines = tuple(
        Line(
            f"{s.headline} — {outlets_text(s, language)}", cites=tuple(x.id for x in s.sources[-3:])
        )
        for s in found
    )
    section = Section(story_message(language, "summary.stories"), lines)
    refs = {r.id: r for r in (*reply.sources, *story_refs(found))}
    return replace(
        reply,
        sections=(*reply.sections, section),
        sources=tuple(refs[i] for i in sorted(refs)),
        data=data,
    )
