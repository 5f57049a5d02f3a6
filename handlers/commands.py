"""The command vocabulary: parse a message, ask the core, return a Reply.

Handlers never send anything and never import platform SDKs; adapters call
:func:`dispatch` and render what it returns. New commands are added to the
one explicit registry :data:`COMMANDS`.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from summarizer import summarize
from summarizer.store import SentenceRow
from summarizer.text import normalize_query

from . import actions as _actions
from . import stories as _stories
from . import subscribe_commands as _subscription
from . import topics as _topics
from .actions import page_actions
from .chips import chips
from .context import Context
from .feeds_command import feeds
from .ingest_command import ingest
from .language import lang, with_language
from .memo import refs, remembered
from .messages import message
from .reply import Command, Line, Reply, Section, SourceRef
from .trend import trend

log = logging.getLogger(__name__)

_COMMAND = re.compile(r"^/([^\s@]+)(?:@(\S+))?(?:\s+(.*))?$", re.DOTALL)


Handler = Callable[[Command, Context], Reply]


@dataclass(frozen=True)
class CommandSpec:
    name: str
    handler: Handler
    help_key: str  # message key of the one-line description
    aliases: tuple[str, ...] = ()  # other names, Korean ones included
    menu: bool = True  # listed in /help and the platforms' command menus


def _lang(command: Command, context: Context) -> str:
    return command.language or context.language


# ------------------------------------------------------------------ parsing
def parse(text: str, *, bot_username: str | None = None, **fields: Any) -> Command | None:
    """A chat message → :class:`Command`. ``/cmd@OtherBot`` returns None (not
    for us). Text without a leading slash becomes a focused summary request."""
    text = normalize_query(text)
    if not text:
        return None
    match = _COMMAND.match(text)
    if match is None:
        return Command(name="summary", args=text, **fields)
    name, target, args = match.group(1), match.group(2), match.group(3) or ""
    if target and bot_username and target.casefold() != bot_username.casefold().lstrip("@"):
        return None
    return Command(name=canonical_name(name), args=args.strip(), **fields)


def canonical_name(name: str) -> str:
    lowered = name.casefold()
    for spec in COMMANDS.values():
        if lowered == spec.name or lowered in spec.aliases:
            return spec.name
    return lowered


def dispatch(command: Command, context: Context) -> Reply:
    """Run one command. Never raises: an unexpected error becomes a short
    apology (and a log line with the traceback)."""
    command = _settle_language(command, context)
    language = _lang(command, context)
    spec = COMMANDS.get(command.name)
    if spec is None:
        name = command.name[:32]
        return Reply(
            command.name, notices=(message(language, "error.unknown_command", name=name),), ok=False
        )
    if len(command.args) > context.max_query_chars:
        return Reply(
            spec.name,
            notices=(
                message(
                    language,
                    "error.too_long",
                    length=len(command.args),
                    limit=context.max_query_chars,
                ),
            ),
            ok=False,
        )
    try:
        return spec.handler(command, context)
    except Exception:
        log.exception("command %s failed", spec.name)
        return Reply(spec.name, notices=(message(language, "error.internal"),), ok=False)


def _settle_language(command: Command, context: Context) -> Command:
    try:
        return with_language(command, context)
    except Exception:  # the store is unavailable: the deployment's language
        log.exception("chat language of %s unavailable", command.chat)
        return command


def answer(text: str, context: Context, **fields: Any) -> Reply | None:
    """Parse and dispatch one message."""
    command = parse(text, **fields)
    return dispatch(command, context) if command else None


# ----------------------------------------------------------------- helpers
def _sentence_reply(name: str, title: str, picked: list[SentenceRow], context: Context) -> Reply:
    lines = tuple(Line(s.text, cites=(s.article_id,)) for s in picked)
    return Reply(
        name,
        title=title,
        sections=(Section(None, lines),),
        sources=refs(context, {s.article_id for s in picked}),
        data={"sentences": [{"text": s.text, "source": s.article_id} for s in picked]},
    )


def _source_id(args: str) -> int | None:
    match = re.fullmatch(r"\[?#?(-?\d{1,9})\]?(?:번)?", args)
    return int(match.group(1)) if match else None


# ---------------------------------------------------------------- handlers
def summary(command: Command, context: Context) -> Reply:
    language = _lang(command, context)
    key = ("summary", command.args, language)
    return remembered(context, key, lambda: _summary(command, language, context))


def _summary(command: Command, language: str, context: Context) -> Reply:
    corpus = context.corpus
    if corpus.store.article_count() == 0:
        return Reply(
            "summary", notices=(message(language, "summary.empty_corpus"),), data={"sentences": []}
        )
    args = command.args
    if not args:
        picked = summarize.briefing(
            corpus, context.summary_sentences, recent=context.briefing_articles
        )
        title = message(
            language,
            "summary.title",
            articles=min(corpus.store.article_count(), context.briefing_articles),
        )
        return _sentence_reply("summary", title, picked, context)
    source_id = _source_id(args)
    if source_id is not None:
        source = corpus.source(source_id)
        if source is None:
            return _unknown_source(source_id, language, context, "summary")
        picked = summarize.article_summary(corpus, source_id)
        title = message(language, "summary.source_title", id=source.id, title=source.title)
        reply = _sentence_reply("summary", title, picked, context)
        if not picked:
            return Reply(
                "summary",
                title=title,
                notices=(message(language, "summary.empty_source", id=source_id),),
                data={"sentences": []},
            )
        return reply
    focus, picked = summarize.focused(corpus, args, context.summary_sentences)
    if focus.entity is None and not focus.terms:
        return Reply(
            "summary",
            notices=(message(language, "error.empty_query"),),
            data={"sentences": []},
            ok=False,
        )
    if not picked:
        return Reply(
            "summary",
            notices=(message(language, "summary.no_match", query=args),),
            data={"sentences": []},
        )
    if focus.entity is not None:
        title = message(
            language, "summary.focus_entity", name=corpus.index.display_name(focus.entity)
        )
    else:
        title = message(language, "summary.focus_title", query=args)
    reply = _sentence_reply("summary", title, picked, context)
    return _stories.with_stories(reply, context, args, language)  # issue 12


def _unknown_source(source_id: int, language: str, context: Context, name: str) -> Reply:
    count = context.corpus.store.article_count()
    key = "error.unknown_source" if count else "error.no_sources"
    return Reply(
        name,
        notices=(message(language, key, id=source_id, max=context.corpus.store.max_article_id()),),
        ok=False,
        data={"sentences": []} if name == "summary" else {"sources": []},
    )


def sources(command: Command, context: Context) -> Reply:
    language = _lang(command, context)
    key = ("sources", command.args, language)
    return remembered(context, key, lambda: _sources(command, language, context))


def _sources(command: Command, language: str, context: Context) -> Reply:
    corpus = context.corpus
    total = corpus.store.article_count()
    page = 1
    if command.args:
        source_id = _source_id(command.args)
        page_asked = _page(command.args)
        if source_id is not None and page_asked is None:
            return _source_detail(source_id, language, context)
        if page_asked is None:  # "/sources 엔비디아", "/sources 1 2": no number of one article
            text = message(language, "sources.not_a_number", arg=command.args[:20])
            return Reply("sources", notices=(text,), ok=False, data={"sources": []})
        page = page_asked
    if not total:
        return Reply("sources", notices=(message(language, "sources.none"),), data={"sources": []})
    per_page = context.sources_per_page
    chunk = sorted(corpus.sources_page(page, per_page), key=lambda s: s.id)
    unknown = message(language, "sources.unknown_publisher")
    lines = []
    for s in chunk:
        details = [s.publisher or unknown]
        if s.author:
            details.append(s.author)
        if s.published:
            details.append(s.published)
        if s.url:
            details.append(s.url)
        lines.append(Line(f"{s.title}\n  {' · '.join(details)}", label=f"[{s.id}]"))
    notices = []
    if not chunk:
        last = (total + per_page - 1) // per_page
        notices.append(message(language, "sources.no_page", page=page, last=last))
    else:
        notices.extend(_actions.page_notice(language, page, len(chunk), page * per_page < total))
    return Reply(
        "sources",
        title=message(language, "sources.title", count=total),
        sections=(Section(None, tuple(lines)),) if lines else (),
        notices=tuple(notices),
        sources=tuple(SourceRef(s.id, s.title, s.url) for s in chunk),
        data={"sources": [s.as_json() for s in chunk]},
        actions=page_actions("/sources", page, (total + per_page - 1) // per_page, language),
    )


def _page(args: str) -> int | None:
    match = re.fullmatch(r"(?:page|p|쪽|페이지)\s*(\d{1,6})|(\d{1,6})\s*(?:쪽|페이지)", args, re.I)
    if not match:
        return None
    return max(1, int(match.group(1) or match.group(2)))


def _source_detail(source_id: int, language: str, context: Context) -> Reply:
    source = context.corpus.source(source_id)
    if source is None:
        return _unknown_source(source_id, language, context, "sources")
    missing = message(language, "sources.unknown_field")
    fields = [
        ("publisher", source.publisher),
        ("author", source.author),
        ("published", source.published),
        ("url", source.url),
        ("file", source.file),
    ]
    lines = tuple(
        Line(value or missing, label=message(language, f"sources.field.{name}"))
        for name, value in fields
        if value or name != "file"
    )
    return Reply(
        "sources",
        title=message(language, "sources.detail_title", id=source.id, title=source.title),
        sections=(Section(None, lines),),
        sources=(SourceRef(source.id, source.title, source.url),),
        data={"sources": [source.as_json()]},
    )


def help_(command: Command, context: Context) -> Reply:
    language = _lang(command, context)
    count = context.corpus.store.article_count()
    admin = context.ingest is not None and context.ingest.is_admin(command.user)
    say = functools.partial(message, language)
    return Reply(  # admins also see the admin-only commands, which no menu shows
        command.name if command.name in ("help", "start") else "help",
        title=say("help.title"),
        sections=(
            Section(None, (Line(say("help.intro", count=count)),)),
            *(
                Section(say(head), tuple(Line(say(s.help_key), label=f"/{s.name}") for s in specs))
                for head, menu in (("help.commands", True), ("help.admin", False))[: 1 + admin]
                if (specs := [s for s in COMMANDS.values() if s.menu is menu])
            ),
        ),
        notices=(say("help.tip"),),
    )


def start(command: Command, context: Context) -> Reply:
    reply = help_(command, context)
    hello = message(_lang(command, context), "start.hello")
    back = _subscription.reactivate_notice(command, context)  # after a block/unblock
    notices = (back, *reply.notices) if back else reply.notices
    return Reply("start", title=hello, sections=reply.sections, notices=notices)


COMMANDS: dict[str, CommandSpec] = {
    spec.name: spec
    for spec in (
        CommandSpec("summary", summary, "cmd.summary", ("요약", "브리핑", "brief", "briefing")),
        CommandSpec("chips", chips, "cmd.chips", ("chip", "칩", "반도체")),
        CommandSpec("sources", sources, "cmd.sources", ("source", "출처", "기사")),
        CommandSpec("help", help_, "cmd.help", ("도움말", "도움")),
        CommandSpec("start", start, "cmd.start", ("시작",)),
        # daily briefing (issue 6)
        CommandSpec("subscribe", _subscription.subscribe, "cmd.subscribe", ("구독",)),
        CommandSpec("unsubscribe", _subscription.unsubscribe, "cmd.unsubscribe", ("구독취소",)),
        CommandSpec("subscription", _subscription.subscription, "cmd.subscription", ("구독정보",)),
        CommandSpec("ingest", ingest, "cmd.ingest", ("추가", "add"), menu=False),
        CommandSpec("lang", lang, "cmd.lang", ("language", "언어")),  # issue 15
        CommandSpec("trend", trend, "cmd.trend", ("추이", "trends", "chart")),
        CommandSpec("feeds", feeds, "cmd.feeds", ("feed", "피드"), menu=False),
        # stories and topics (issue 12)
        CommandSpec("stories", _stories.stories, "cmd.stories", ("이슈", "주요뉴스")),
        CommandSpec("story", _stories.story, "cmd.story", ("이슈상세",)),
        CommandSpec("topics", _topics.topics, "cmd.topics", ("주제", "관심", "topic")),
    )
}
