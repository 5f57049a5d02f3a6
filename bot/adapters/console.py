"""The console adapter: the everyday end-to-end harness."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO
from zoneinfo import ZoneInfo

from handlers import Command, Context, Reply, dispatch, parse, to_text
from handlers.briefing import BRIEFING_SCAN, daily_briefing, new_article_ids

from ..delivery import DeliveryUnknown, PermanentFailure
from .base import Dispatch


def to_command(line: str, *, language: str | None = None) -> Command | None:
    return parse(line, chat="console", user="console", language=language)


def render(reply: Reply, *, as_json: bool = False, image_dir: Path | None = None) -> str:
    """Plain text, or the JSON object of the command-line contract. A chart
    is written to a file (``image_dir``, default the user's cache folder) and
    its path printed; buttons are shown as the commands they stand for."""
    image = save_image(reply, image_dir) if reply.image else None
    if as_json:
        payload: dict[str, object] = {
            "command": reply.command,
            "text": to_text(reply),
            "data": dict(reply.data),
        }
        if image:
            payload["image"] = str(image)
        return json.dumps(payload, ensure_ascii=False, indent=2)
    parts = [to_text(reply)]
    if image:
        parts.append(f"🖼 {image}")
    if reply.actions:
        parts.append("\n".join(f"  [{a.label}] → {a.command}" for a in reply.actions))
    return "\n\n".join(p for p in parts if p)


def save_image(reply: Reply, folder: Path | None = None) -> Path | None:
    """Write the reply's image; the cache folder, else (unwritable: a read-only
    home) a folder under the system's temporary directory, else nothing."""
    if reply.image is None:
        return None
    if folder is not None:
        folders = [folder]
    else:
        cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        fallback = Path(tempfile.gettempdir()) / f"briefbot-{os.getuid()}"
        folders = [Path(cache) / "briefbot", fallback]
    for where in folders:
        try:
            where.mkdir(parents=True, exist_ok=True)
            path = where / reply.image.filename
            path.write_bytes(reply.image.data)
        except OSError:
            continue
        return path.resolve()
    return None


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
        payload = {"command": reply.command, "text": to_text(reply), "data": dict(reply.data)}
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
