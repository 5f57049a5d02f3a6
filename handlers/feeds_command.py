"""``/feeds``: the feeds the bot polls, managed from the chat (admins only:
the user ids in ``[ingest] admins``).

``/feeds`` lists them with their status, last fetch and last error;
``/feeds add URL`` adds one (and fetches it at once), ``/feeds remove N``
removes the N-th; ``/feeds export`` answers with OPML, ``/feeds import URL``
adds every feed of an OPML file. The service behind it (in
``Context.feeds``) lives in ``bot``: handlers fetch nothing.
"""

from __future__ import annotations

import re

from .context import Context
from .messages import message
from .reply import Command, Line, Reply, Section
from .services import FeedsService

_URL = re.compile(r"^https?://\S+$", re.I)


def feeds(command: Command, context: Context) -> Reply:
    language = command.language or context.language
    service = context.feeds
    if service is None:
        return _note(language, "feeds.unavailable", ok=False)
    if not service.is_admin(command.user):
        return _note(language, "feeds.not_admin", ok=False)
    verb, _, rest = command.args.partition(" ")
    verb, rest = verb.casefold(), rest.strip()
    if not verb or verb in ("list", "목록"):
        return _listing(service, language)
    if verb in ("add", "추가") and _URL.match(rest):
        added, articles = service.add(rest, command.user)
        key = "feeds.added" if added else "feeds.already"
        return _note(language, key, url=rest, articles=articles)
    if verb in ("remove", "delete", "삭제") and rest.isdigit():
        return _remove(service, int(rest), language)
    if verb in ("export", "내보내기"):
        return Reply(
            "feeds", title=message(language, "feeds.export"), notices=(service.export_opml(),)
        )
    if verb in ("import", "가져오기") and _URL.match(rest):
        count, error = service.import_opml(rest, command.user)
        if error:
            return _note(language, "feeds.import_failed", ok=False, url=rest, reason=error)
        return _note(language, "feeds.imported", count=count)
    return _note(language, "feeds.usage", ok=False)


def _note(language: str, key: str, *, ok: bool = True, **values: object) -> Reply:
    return Reply("feeds", notices=(message(language, key, **values),), ok=ok)


def _listing(service: FeedsService, language: str) -> Reply:
    listed = service.feeds()
    if not listed:
        return Reply(
            "feeds", notices=(message(language, "feeds.none"), message(language, "feeds.usage"))
        )
    lines = []
    for number, feed in enumerate(listed, 1):
        status = feed.status or message(language, "feeds.never")
        when = (feed.checked_at or "")[:16].replace("T", " ")
        origin = message(language, "feeds.configured") if feed.configured else ""
        detail = " · ".join(p for p in (status, when, origin) if p)
        lines.append(Line(f"{feed.url}\n  {detail}", label=f"{number}."))
    return Reply(
        "feeds",
        title=message(language, "feeds.title", count=len(listed)),
        sections=(Section(None, tuple(lines)),),
        notices=(message(language, "feeds.usage"),),
        data={"feeds": [f.__dict__ for f in listed]},
    )


def _remove(service: FeedsService, number: int, language: str) -> Reply:
    listed = service.feeds()
    if not 1 <= number <= len(listed):
        return _note(language, "feeds.no_such", ok=False, number=number, count=len(listed))
    feed = listed[number - 1]
    if feed.configured:
        return _note(language, "feeds.configured_only", ok=False, url=feed.url)
    service.remove(feed.url)
    return _note(language, "feeds.removed", url=feed.url)
