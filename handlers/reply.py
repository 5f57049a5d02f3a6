"""Platform-neutral commands and replies.

A :class:`Reply` holds plain text in structured parts — never markup. Each
adapter renders it for its platform (HTML for Telegram, Block Kit for Slack,
plain text for the console) and splits it to the platform's limits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Command:
    name: str  # canonical command name without the slash: "summary"
    args: str = ""  # the rest of the message, normalised
    chat: str = "console"  # platform-qualified chat id, e.g. "telegram:123"
    user: str = "console"
    language: str | None = None  # the reply language, once settled (handlers.language)
    user_language: str | None = None  # the platform's language tag for the user ("en-US")
    # Filled by adapters that know (issue 6: who may change a subscription);
    # None when unknown.
    is_admin: bool | None = None  # the user administers the chat
    private: bool | None = None  # a one-to-one chat (DM), not a group or channel


@dataclass(frozen=True)
class Line:
    """One line of a reply: plain text, the sources it cites, and an optional
    label shown in bold before it ("H800", "[3]")."""

    text: str
    cites: tuple[int, ...] = ()
    label: str | None = None


@dataclass(frozen=True)
class Section:
    heading: str | None
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class SourceRef:
    """What a citation ``[n]`` points at."""

    id: int
    title: str
    url: str | None = None


@dataclass(frozen=True)
class Action:
    """A button under a reply: its label and the command it stands for
    (``"/sources 2쪽"``). Telegram shows an inline keyboard, Slack Block Kit
    buttons, the console the command itself; pressing it runs the command
    in the same chat."""

    label: str
    command: str


@dataclass(frozen=True)
class Image:
    """A picture sent with a reply (a PNG chart)."""

    data: bytes
    filename: str  # "trend-H800.png"
    alt: str = ""  # what it shows, in words


class LazyData(Mapping[str, Any]):
    """A reply's data built on first read. ``/chips`` lists every chip with
    every source in its JSON (the command-line contract), thousands of rows
    at 10,000 articles; a chat reply never reads it, so it is not built for one."""

    def __init__(self, build: Callable[[], dict[str, Any]]) -> None:
        self._build: Callable[[], dict[str, Any]] | None = build
        self._data: dict[str, Any] = {}

    def _get(self) -> dict[str, Any]:
        if self._build is not None:
            self._data, self._build = self._build(), None
        return self._data

    def __getitem__(self, key: str) -> Any:
        return self._get()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


@dataclass(frozen=True)
class Reply:
    command: str
    title: str | None = None
    sections: tuple[Section, ...] = ()
    notices: tuple[str, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)  # the JSON's "data"
    ok: bool = True  # False for refusals and errors
    actions: tuple[Action, ...] = ()  # buttons (issue 15)
    image: Image | None = None  # a chart (issue 15)

    def source(self, source_id: int) -> SourceRef | None:
        return next((s for s in self.sources if s.id == source_id), None)


def cite_marks(cites: tuple[int, ...]) -> str:
    return "".join(f"[{c}]" for c in cites)


def to_text(reply: Reply) -> str:
    """The plain-text rendering: what the console prints and what
    ``briefbot ask --json`` puts in ``text``."""
    parts: list[str] = []
    if reply.title:
        parts.append(reply.title)
    for section in reply.sections:
        chunk: list[str] = []
        if section.heading:
            chunk.append(f"■ {section.heading}")
        for line in section.lines:
            chunk.append(line_text(line))
        parts.append("\n".join(chunk))
    parts.extend(reply.notices)
    return "\n\n".join(p for p in parts if p)


def line_text(line: Line) -> str:
    text = f"{line.label} — {line.text}" if line.label and line.text else line.label or line.text
    marks = cite_marks(line.cites)
    return f"• {text} {marks}".rstrip() if marks or line.label else f"• {text}"
