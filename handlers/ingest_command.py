"""``/ingest URL``: an admin adds an article or a feed from the chat.

The fetching is done by a service the runtime puts in ``Context.ingest``
(handlers never import ``bot``); the vocabulary both sides share,
:class:`~handlers.services.IngestItem` and the
:class:`~handlers.services.IngestService` protocol, is in :mod:`handlers.services`.
"""

from __future__ import annotations

import re

from .context import Context
from .messages import message
from .reply import Command, Line, Reply, Section, SourceRef
from .services import ADDED, DUPLICATE, FAILED, UNCHANGED, IngestItem

_URL = re.compile(r"^https?://\S+$", re.I)


def ingest(command: Command, context: Context) -> Reply:
    language = command.language or context.language
    service = context.ingest
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
