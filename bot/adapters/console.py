"""The console adapter: the everyday end-to-end harness."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import IO
from zoneinfo import ZoneInfo

from handlers import Command, Context, Reply, dispatch, parse, to_text
from handlers.briefing import BRIEFING_SCAN, daily_briefing, new_article_ids

from ..delivery import DeliveryUnknown, PermanentFailure
from .base import Dispatch


def to_command(line: str, *, language: str | None = None) -> Command | None:
    return parse(line, chat="console", user="console", language=language)


def render(reply: Reply, *, as_json: bool = False) -> str:
    """Plain text, or the JSON object of the command-line contract."""
    if as_json:
        payload = {"command": reply.command, "text": to_text(reply), "data": reply.data}
        return json.dumps(payload, ensure_ascii=False, indent=2)
    return to_text(reply)


def ask(text: str, context: Context, *, as_json: bool = False, language: str | None = None) -> str:
    command = to_command(text, language=language)
    if command is None:
        command = Command(name="help", language=language)
    return render(dispatch(command, context), as_json=as_json)


def repl(
    context: Context, stdin: IO[str], stdout: IO[str], *, prompt: Callable[[], None] | None = None
) -> None:
    """Read commands line by line until EOF or /quit."""
    while True:
        if prompt:
            prompt()
        line = stdin.readline()
        if not line:
            break
        line = line.strip()
        if line in ("/quit", "/exit", "quit", "exit"):
            break
        if not line:
            continue
        stdout.write(ask(line, context) + "\n\n")
        stdout.flush()


def brief(
    context: Context,
    *,
    since: datetime | None,
    zone: ZoneInfo,
    now: datetime | None = None,
    as_json: bool = False,
) -> str:
    """``briefbot brief``: today's briefing (in ``zone``) over the articles
    added after ``since`` — the reply a subscriber would get."""
    now = now or datetime.now(UTC)
    ids = new_article_ids(context.corpus, since, BRIEFING_SCAN, until=now)
    reply = daily_briefing(context, article_ids=ids, day=now.astimezone(zone).date(), since=since)
    if as_json:  # the stories also at the top level, as `briefbot stories --json` prints them
        payload = {"command": reply.command, "text": to_text(reply), "data": reply.data}
        payload["stories"] = reply.data.get("stories", [])
        return json.dumps(payload, ensure_ascii=False, indent=2)
    return render(reply)


class ConsoleAdapter:
    """A push-capable console adapter: pushed replies are written to a
    stream, one block per push, headed by the chat id."""

    platform = "console"

    def __init__(self, stream: IO[str], *, as_json: bool = False) -> None:
        self.stream = stream
        self.as_json = as_json
        self.dispatch: Dispatch | None = None

    async def start(self, dispatch: Dispatch) -> None:
        self.dispatch = dispatch

    async def push(self, chat: str, reply: Reply) -> None:
        text = f"── {chat}\n{render(reply, as_json=self.as_json)}\n\n"
        try:
            self.stream.write(text)
            self.stream.flush()
        except (BrokenPipeError, ValueError) as exc:  # reader gone, or stream closed
            raise PermanentFailure(f"console stream closed: {exc}") from exc
        except OSError as exc:  # part of it may have been written
            raise DeliveryUnknown(f"console write failed: {exc}") from exc

    async def stop(self) -> None:
        self.dispatch = None
