"""``/ingest URL``: an admin adds an article or a feed from the chat.

The fetching is done by a service the runtime puts in
``Context.extras["ingest"]`` (handlers never import ``bot``); this module
holds the vocabulary both sides share: :class:`IngestItem` and the
:class:`IngestService` protocol.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from .context import Context
from .messages import message
from .reply import Command, Line, Reply, Section, SourceRef

ADDED = "added"
DUPLICATE = "duplicate"  # the same URL or the same text is already stored
UNCHANGED = "unchanged"  # a feed answered 304 Not Modified
FAILED = "failed"
SERVICE_KEY = "ingest"

_URL = re.compile(r"^https?://\S+$", re.I)


@dataclass(frozen=True)
class IngestItem:
    """What became of one file, page or feed item."""

    target: str  # the path or URL as given, or a feed item's link
    status: str  # ADDED, DUPLICATE, UNCHANGED or FAILED
    article_id: int | None = None
    title: str | None = None
    reason: str | None = None  # one line: why it failed
    story: tuple[int, ...] = ()  # other stored articles telling the same story


class IngestService(Protocol):
    def is_admin(self, user: str) -> bool:
        """``user`` is platform-qualified ("telegram:123", "slack:U123")."""

    def ingest_url(self, url: str) -> list[IngestItem]:
        """Fetch an article page or a feed and add what is new. Never raises."""


def ingest(command: Command, context: Context) -> Reply:
    language = command.language or context.language
    service: IngestService | None = context.extras.get(SERVICE_KEY)
    if service is None:
        return _refuse(language, "ingest.unavailable")
    if not service.is_admin(command.user):
        return _refuse(language, "ingest.not_admin")
    urls = command.args.split()
    if not urls or not all(_URL.match(u) for u in urls):
        return _refuse(language, "ingest.usage")
    items = [item for url in urls for item in service.ingest_url(url)]
    return ingest_reply(items, language)


def ingest_reply(items: list[IngestItem], language: str) -> Reply:
    lines = []
    for item in items:
        title = item.title or item.target
        if item.status == ADDED:
            text = message(language, "ingest.added", title=title)
            if item.story:
                story = ", ".join(f"[{i}]" for i in item.story)
                text += " " + message(language, "ingest.same_story", ids=story)
        elif item.status == DUPLICATE:
            text = message(language, "ingest.duplicate", title=title)
        elif item.status == UNCHANGED:
            text = message(language, "ingest.unchanged", url=item.target)
        else:
            text = message(language, "ingest.failed", target=item.target, reason=item.reason or "")
        label = f"[{item.article_id}]" if item.article_id else None
        lines.append(Line(text, label=label))
    added = sum(1 for i in items if i.status == ADDED)
    return Reply(
        "ingest",
        title=message(language, "ingest.title", added=added, total=len(items)),
        sections=(Section(None, tuple(lines)),),
        sources=tuple(
            SourceRef(i.article_id, i.title or i.target, i.target if "://" in i.target else None)
            for i in items
            if i.article_id
        ),
        data={
            "items": [
                {
                    "target": i.target,
                    "status": i.status,
                    "id": i.article_id,
                    "title": i.title,
                    "reason": i.reason,
                    "story": list(i.story),
                }
                for i in items
            ]
        },
        ok=added > 0 or any(i.status != FAILED for i in items),
    )


def _refuse(language: str, key: str) -> Reply:
    return Reply("ingest", notices=(message(language, key),), data={"items": []}, ok=False)
