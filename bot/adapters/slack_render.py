"""Slack rendering: the pure platform logic the tests hit hardest.

* :func:`to_command` — a Slack payload (slash command, event) →
  :class:`handlers.Command`, or None when it is not for us.
* :func:`render` — a :class:`handlers.Reply` → Block Kit message payloads
  within Slack's limits.

Every entry point — the slash commands, the umbrella command (``/brief chips``),
``@briefbot chips`` in a channel, ``chips`` in a direct message — goes through
the same :func:`to_command`, so a command added to :data:`handlers.COMMANDS`
works in Slack without touching this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from handlers import COMMANDS, Command, Line, Reply, parse
from handlers.reply import line_text
from summarizer.text import scrub

if TYPE_CHECKING:
    pass
PLATFORM = "slack"


# Block Kit limits (https://api.slack.com/reference/block-kit/blocks).
MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_HEADER_CHARS = 150
# Our own budgets: Slack truncates `text` at 40k and advises ≤ 4000 for the
# fallback; a message much longer than a screen is not read anyway.
MAX_FALLBACK_CHARS = 3000
MAX_MESSAGE_CHARS = 12_000


# ------------------------------------------------------------------ to_command
_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^<>]*)?>")
_ANGLE = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")


def _plain(text: str) -> str:
    """Slack's escaped message text → plain text: mentions of the bot (or
    anyone) dropped, ``<url|label>`` → label, ``&lt;`` → ``<``."""
    text = _MENTION.sub(" ", scrub(text))
    text = _ANGLE.sub(lambda m: m.group(2) or m.group(1), text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _route(text: str, chat: str, user: str, private: bool) -> Command | None:
    """Free text after the umbrella command, an @mention or in a DM: a command
    name first (with or without the slash: ``chips H800``, ``/요약 엔비디아``),
    otherwise words for a focused summary; nothing at all → help."""
    text = text.strip()
    fields: dict[str, Any] = {"chat": chat, "user": user, "private": private}
    if not text:
        return Command(name="help", **fields)
    as_command = parse(text if text.startswith("/") else "/" + text, **fields)
    if as_command is not None and (as_command.name in COMMANDS or text.startswith("/")):
        return as_command
    return parse(text, **fields)


def _qualified(value: Any) -> str:
    return scrub(f"{PLATFORM}:{value}") if value else PLATFORM


def to_command(payload: Mapping[str, Any], *, umbrella: str = "/brief") -> Command | None:
    """A slash command form body, an Events API envelope (or a bare event)
    → :class:`Command`; None when it is not for us (a bot's message, an edit,
    a message outside a DM, an event type we do not answer).

    ``chat`` and ``user`` are platform-qualified: ``slack:C0123``, ``slack:U0456``.
    """
    if "command" in payload:  # slash command
        name = scrub(str(payload.get("command") or ""))
        text = _plain(str(payload.get("text") or ""))
        chat = _qualified(payload.get("channel_id"))
        user = _qualified(payload.get("user_id"))
        channel = str(payload.get("channel_id") or "")
        private = channel.startswith("D") or payload.get("channel_name") == "directmessage"
        if name.casefold() == umbrella.casefold():
            return _route(text, chat, user, private)
        return parse(f"{name} {text}", chat=chat, user=user, private=private)
    event = payload.get("event", payload)
    if not isinstance(event, Mapping):
        return None
    if event.get("bot_id") or event.get("subtype"):
        return None  # bots (ourselves included), edits, joins, deletions …
    kind = event.get("type")
    if kind == "message" and event.get("channel_type") != "im":
        return None
    if kind not in ("app_mention", "message"):
        return None
    return _route(
        _plain(str(event.get("text") or "")),
        _qualified(event.get("channel")),
        _qualified(event.get("user")),
        event.get("channel_type") == "im" or str(event.get("channel") or "").startswith("D"),
    )


# ---------------------------------------------------------------------- render
def escape(text: str) -> str:
    """mrkdwn escaping: only ``&``, ``<``, ``>`` (so ``<!channel>`` in a news
    item is shown, not executed)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _units(text: str) -> int:
    # Slack counts characters; counting UTF-16 code units is never less.
    return len(text.encode("utf-16-le")) // 2


def _link_url(url: str) -> str | None:
    """A URL safe inside ``<url|label>``, or None for anything not http(s)."""
    url = url.strip()
    if not re.match(r"https?://[^\s]+$", url, re.IGNORECASE):
        return None
    return escape(url.replace("|", "%7C"))


def _cite(reply: Reply, source_id: int) -> str:
    source = reply.source(source_id)
    url = _link_url(source.url) if source and source.url else None
    return f"<{url}|[{source_id}]>" if url else f"[{source_id}]"


def _line_mrkdwn(reply: Reply, line: Line) -> str:
    """The mrkdwn twin of :func:`handlers.reply.line_text`."""
    label = f"*{escape(line.label)}*" if line.label else None
    text = escape(line.text)
    body = f"{label} — {text}" if label and text else label or text
    marks = "".join(_cite(reply, c) for c in line.cites)
    return f"• {body} {marks}".rstrip() if marks or line.label else f"• {body}"


# An escape or a <link> is never cut in two.
_ATOM = re.compile(r"<[^<>]*>|&(?:amp|lt|gt);|.", re.DOTALL)


def _split(text: str, limit: int) -> Iterator[str]:
    """Cut mrkdwn into pieces of at most ``limit`` units, at a line break or a
    space when one is in the second half of the piece."""
    while _units(text) > limit:
        cut, size, soft = 0, 0, 0
        for match in _ATOM.finditer(text):
            size += _units(match.group())
            if size > limit:
                break
            cut = match.end()
            if match.group() in ("\n", " ") and cut > 0:
                soft = cut
        if soft * 2 > cut:
            cut = soft
        if cut == 0:  # one atom longer than the limit (a giant link): keep it whole
            cut = len(_ATOM.match(text).group())  # type: ignore[union-attr]
        yield text[:cut].rstrip()
        text = text[cut:].lstrip()
    if text:
        yield text


@dataclass(frozen=True)
class _Unit:
    block: dict[str, Any]
    plain: str  # the same content as plain text, for the fallback

    @property
    def size(self) -> int:
        return _units(self.plain)


def _sections(mrkdwn_lines: list[str], plain: list[str]) -> Iterator[_Unit]:
    """Pack lines into section blocks of at most MAX_SECTION_CHARS."""
    chunk: list[str] = []
    chunk_plain: list[str] = []

    def flush() -> _Unit:
        text = "\n".join(chunk)
        return _Unit(
            {"type": "section", "text": {"type": "mrkdwn", "text": text}}, "\n".join(chunk_plain)
        )

    for line, line_plain in zip(mrkdwn_lines, plain, strict=True):
        pieces = list(_split(line, MAX_SECTION_CHARS))
        for i, piece in enumerate(pieces):
            if chunk and _units("\n".join([*chunk, piece])) > MAX_SECTION_CHARS:
                yield flush()
                chunk, chunk_plain = [], []
            chunk.append(piece)
            # The plain twin goes with the first piece of its line.
            if i == 0:
                chunk_plain.append(line_plain)
    if chunk:
        yield flush()


def _units_of(reply: Reply) -> Iterator[_Unit]:
    if reply.title:
        if len(reply.title) <= MAX_HEADER_CHARS and "\n" not in reply.title:
            # plain_text needs no escaping: nothing in it is ever parsed.
            header = {"type": "header", "text": {"type": "plain_text", "text": reply.title}}
            yield _Unit(header, reply.title)
        else:
            yield from _sections([f"*{escape(reply.title)}*"], [reply.title])
    for section in reply.sections:
        mrkdwn = [_line_mrkdwn(reply, line) for line in section.lines]
        plain = [line_text(line) for line in section.lines]
        if section.heading:
            mrkdwn.insert(0, f"*{escape(section.heading)}*")
            plain.insert(0, f"■ {section.heading}")
        yield from _sections(mrkdwn, plain)
    for notice in reply.notices:
        yield from _sections([escape(notice)], [notice])


def _fallback(units: list[_Unit]) -> str:
    text = escape("\n\n".join(u.plain for u in units if u.plain))
    if _units(text) <= MAX_FALLBACK_CHARS:
        return text
    pieces = list(_split(text, MAX_FALLBACK_CHARS - 1))
    return pieces[0] + "…"


ACTION_PREFIX = "briefbot:"  # action_id of our buttons: "briefbot:0", "briefbot:1" …


def actions_block(reply: Reply, buttons: list[str]) -> dict[str, Any]:
    """A Block Kit actions block: one button per action; ``value`` is the
    chat-bound callback value (:class:`bot.buttons.Buttons`)."""
    elements = [
        {
            "type": "button",
            "text": {"type": "plain_text", "text": action.label[:75], "emoji": True},
            "action_id": f"{ACTION_PREFIX}{index}",
            "value": value,
        }
        for index, (action, value) in enumerate(zip(reply.actions, buttons, strict=True))
    ]
    return {"type": "actions", "block_id": "briefbot_actions", "elements": elements[:25]}


def render(reply: Reply, buttons: list[str] | None = None) -> list[dict[str, Any]]:
    """A Reply → Slack message payloads (``{"text", "blocks"}`` each, ready for
    chat.postMessage or a response_url). The same content as the console's
    :func:`handlers.to_text`: title as a header, one section block per run of
    lines (≤ 3000 characters), citations linked to the source's url. A reply
    that needs more than 50 blocks or about 12,000 characters is split into
    several messages, never inside a line's escape or link. ``text`` is the
    plain-text fallback (notifications, screen readers), escaped as well."""
    messages: list[list[_Unit]] = [[]]
    size = 0
    for unit in _units_of(reply):
        current = messages[-1]
        if current and (len(current) >= MAX_BLOCKS or size + unit.size > MAX_MESSAGE_CHARS):
            messages.append([])
            current, size = messages[-1], 0
        current.append(unit)
        size += unit.size
    if not messages[0]:
        return [{"text": "…"}]
    payloads: list[dict[str, Any]] = [
        {"text": _fallback(units), "blocks": [u.block for u in units]} for units in messages
    ]
    if buttons and len(buttons) == len(reply.actions):
        block = actions_block(reply, buttons)
        last: list[dict[str, Any]] = payloads[-1]["blocks"]
        if len(last) < MAX_BLOCKS:
            last.append(block)
        else:
            payloads.append({"text": payloads[-1]["text"], "blocks": [block]})
    return payloads
