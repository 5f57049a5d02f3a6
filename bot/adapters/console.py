"""The console adapter: the everyday end-to-end harness."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import IO

from handlers import Command, Context, Reply, dispatch, parse, to_text


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
