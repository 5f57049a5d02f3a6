"""Telegram rendering: the pure platform logic the tests hit hardest.

* :func:`to_command` — a Bot API update (the documented JSON shape, or a PTB
  ``Update``) → :class:`handlers.Command`, or None when the update is not for
  us (no text, an edit, a channel post, ``/cmd@OtherBot``, group chatter).
* :func:`render` — a :class:`handlers.Reply` → sendMessage payloads: HTML
  parse mode, corpus and user text escaped, citations linked, link previews
  off, split at paragraph, line, sentence, word boundaries (in that order of
  preference) so that no message exceeds 4096 UTF-16 code units.
* :func:`menu` — the setMyCommands menu from :data:`handlers.COMMANDS`.
"""

from __future__ import annotations

import html
import itertools
import logging
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeAlias

from telegram import (
    BotCommand,
    Update,
)
from telegram.constants import MessageLimit

from handlers import COMMANDS, Command, Reply, parse
from handlers.messages import message
from summarizer.sentences import SENTENCE_BREAK
from summarizer.text import scrub

log = logging.getLogger("briefbot.telegram")

MAX_UNITS = MessageLimit.MAX_TEXT_LENGTH  # 4096 UTF-16 code units
_MENU_NAME = re.compile(r"[a-z0-9_]{1,32}")  # what setMyCommands accepts


# ------------------------------------------------------------ to_command
def to_command(update: Mapping[str, Any] | Update, bot_username: str | None) -> Command | None:
    """A Bot API update → :class:`Command`, or None when it is not for us.

    Only new ``message`` updates with text count: edits, channel posts,
    member changes, stickers and photos are ignored. ``/cmd@OtherBot`` is
    ignored. In groups, text without a command is answered only when it
    mentions ``@bot_username`` or replies to one of our messages, so that the
    bot does not answer every line of a conversation.
    """
    data = update.to_dict() if isinstance(update, Update) else update
    msg = data.get("message")
    if not isinstance(msg, Mapping):
        return None
    text = msg.get("text")
    chat = msg.get("chat")
    if not isinstance(text, str) or not text.strip() or not isinstance(chat, Mapping):
        return None
    author = msg.get("from")
    sender: Mapping[str, Any] = author if isinstance(author, Mapping) else {}
    chat_id = chat.get("id")
    if not isinstance(chat_id, int):
        return None
    # An anonymous group admin writes as the group itself (sender_chat is the
    # chat; "from" is the placeholder GroupAnonymousBot): an admin, not a bot.
    on_behalf = msg.get("sender_chat")
    anonymous_admin = isinstance(on_behalf, Mapping) and on_behalf.get("id") == chat_id
    if sender.get("is_bot") and not anonymous_admin:  # never talk to other bots (loops)
        return None
    username = (bot_username or "").lstrip("@")
    text = scrub(text).strip()  # a lone surrogate is legal in the JSON
    if not text.startswith("/"):
        mention = f"@{username}" if username else None
        if mention and mention.casefold() in text.casefold():
            text = re.sub(re.escape(mention), " ", text, flags=re.IGNORECASE).strip()
        elif chat.get("type", "private") != "private" and not _replies_to(msg, username):
            return None
    user = chat_id if anonymous_admin else sender.get("id", chat_id)
    return parse(
        text,
        bot_username=username or None,
        chat=f"telegram:{chat_id}",
        user=scrub(f"telegram:{user}"),
        private=chat.get("type", "private") == "private",
        is_admin=True if anonymous_admin else None,
        user_language=sender.get("language_code") if not anonymous_admin else None,
    )


def _replies_to(msg: Mapping[str, Any], username: str) -> bool:
    original = msg.get("reply_to_message")
    if not isinstance(original, Mapping) or not username:
        return False
    author = original.get("from")
    return (
        isinstance(author, Mapping)
        and str(author.get("username", "")).casefold() == username.casefold()
    )


# ---------------------------------------------------------------- render
def render(
    reply: Reply,
    *,
    chat_id: int | str | None = None,
    buttons: list[str] | None = None,
) -> list[dict[str, Any]]:
    """sendMessage payloads for ``reply`` (with ``chat_id`` when given).

    The text is :func:`handlers.to_text` with markup added (bold title,
    headings and labels; ``[n]`` linked to the source's url), so the console
    and Telegram say the same thing. Every piece of corpus or user text is
    escaped (``<``, ``>``, ``&``). Messages are at most 4096 UTF-16 code units
    of HTML (hence also of text after entity parsing); a split falls between
    paragraphs, else lines, else sentences, else words, and never inside a
    tag, an entity or a surrogate pair. An empty reply renders to ``[]``.

    A chart comes first, as a sendPhoto payload (``photo``, ``filename``,
    ``caption``). The reply's actions become an inline keyboard on the last
    message; ``buttons`` are their callback values, in order (without them,
    no keyboard).
    """
    texts = _pack(_tree(reply), MAX_UNITS)
    payloads: list[dict[str, Any]] = []
    if reply.image is not None:
        caption = reply.image.alt[:1024] or reply.title or ""
        payloads.append(
            {"photo": reply.image.data, "filename": reply.image.filename, "caption": caption}
        )
    for text in texts:
        payload: dict[str, Any] = {}
        payload.update(text=text, parse_mode="HTML", link_preview_options={"is_disabled": True})
        payloads.append(payload)
    if buttons and payloads and len(buttons) == len(reply.actions):
        payloads[-1]["reply_markup"] = keyboard(reply, buttons)
    if chat_id is not None:
        payloads = [{"chat_id": chat_id, **p} for p in payloads]
    return payloads


def keyboard(reply: Reply, buttons: list[str]) -> dict[str, Any]:
    """An InlineKeyboardMarkup: the actions in rows of at most three."""
    keys = [
        {"text": action.label[:64], "callback_data": value}
        for action, value in zip(reply.actions, buttons, strict=True)
    ]
    return {"inline_keyboard": [keys[i : i + 3] for i in range(0, len(keys), 3)]}


def utf16_units(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji is 2)."""
    return len(text.encode("utf-16-le")) // 2


_SPACE = re.compile(r"\s+")
_LINKABLE = re.compile(r"https?://\S{1,1000}")


@dataclass(frozen=True)
class _Run:
    """Plain text in one style: the leaf of the render tree. ``level`` is how
    far it has been split: 0 whole, 1 sentence, 2 word, 3 characters."""

    text: str
    tag: str | None = None  # "b"
    href: str | None = None
    level: int = 0

    @property
    def keep(self) -> bool:
        return self.level < 3

    def html(self) -> str:
        body = html.escape(self.text, quote=False)
        if self.href:
            return f'<a href="{html.escape(self.href, quote=True)}">{body}</a>'
        if self.tag:
            return f"<{self.tag}>{body}</{self.tag}>"
        return body

    def children(self) -> list[tuple[str, _Node]]:
        for level, pattern in ((1, SENTENCE_BREAK), (2, _SPACE)):
            if self.level >= level:
                continue
            cuts = [m.end() for m in pattern.finditer(self.text) if 0 < m.end() < len(self.text)]
            if cuts:
                bounds = [0, *cuts, len(self.text)]
                return [
                    ("", replace(self, text=self.text[a:b], level=level))
                    for a, b in zip(bounds, bounds[1:], strict=False)
                ]
        if len(self.text) < 2:
            return []
        # Characters: halve (so packing stays O(n log n)), never between a
        # character and a combining mark, variation selector or joiner.
        # Python strings index code points, so a surrogate pair is never cut.
        half = len(self.text) // 2
        candidates = itertools.chain(range(half, len(self.text)), range(half - 1, 0, -1))
        mid = next((i for i in candidates if not _clings(self.text, i)), None)
        if mid is None:  # one visible character (an emoji sequence)
            return []
        return [
            ("", replace(self, text=self.text[:mid], level=3)),
            ("", replace(self, text=self.text[mid:], level=3)),
        ]


def _clings(text: str, i: int) -> bool:
    """True if a cut before ``text[i]`` would split a visible character."""
    ch, prev = text[i], text[i - 1]
    return (
        unicodedata.combining(ch) != 0
        or ch in "\u200d\ufe0e\ufe0f"
        or prev == "\u200d"
        or 0x1F3FB <= ord(ch) <= 0x1F3FF  # skin-tone modifiers
    )


@dataclass(frozen=True)
class _Group:
    """Nodes joined by separators; the first separator is not shown."""

    parts: tuple[tuple[str, _Node], ...]
    keep: bool = True

    def html(self) -> str:
        return "".join((sep if i else "") + node.html() for i, (sep, node) in enumerate(self.parts))

    def children(self) -> list[tuple[str, _Node]]:
        return list(self.parts)


_Node: TypeAlias = "_Run | _Group"


def _tree(reply: Reply) -> _Node:
    """The reply as paragraphs of lines of styled runs, mirroring to_text."""
    parts: list[_Node] = []
    if reply.title:
        parts.append(_Run(reply.title, tag="b"))
    for section in reply.sections:
        rows: list[_Node] = []
        if section.heading:
            rows.append(_Run(f"■ {section.heading}", tag="b"))
        for line in section.lines:
            rows.append(_line(line.text, line.label, line.cites, reply))
        if rows:
            parts.append(_Group(tuple(("\n", row) for row in rows)))
    parts.extend(_Run(notice) for notice in reply.notices if notice)
    return _Group(tuple(("\n\n", part) for part in parts))


def _line(text: str, label: str | None, cites: tuple[int, ...], reply: Reply) -> _Node:
    runs: list[_Node] = [_Run("• ")]
    if label:
        runs.append(_Run(label, tag="b"))
        if text:
            runs.extend((_Run(" — "), _Run(text if cites else text.rstrip())))
    elif text:
        runs.append(_Run(text))
    if cites:
        runs.append(_Run(" "))
    for cite in cites:
        source = reply.source(cite)
        url = source.url if source else None
        href = url if url and _LINKABLE.fullmatch(url) else None
        runs.append(_Run(f"[{cite}]", href=href))
    return _Group(tuple(("", run) for run in runs))


def _pack(root: _Node, limit: int) -> list[str]:
    """Greedy packing: a node goes into the current message if it fits;
    else, if it should be kept whole and fits an empty message, into the next
    one; else its children are packed one by one."""
    done: list[str] = []
    current: list[str] = []
    units = 0

    def flush() -> None:
        nonlocal units
        text = "".join(current).strip()
        if _visible(text):
            done.append(text)
        current.clear()
        units = 0

    def add(node: _Node, sep: str) -> None:
        nonlocal units
        body = node.html()
        size = utf16_units(body)
        gap = utf16_units(sep) if current else 0
        if units + gap + size <= limit:
            current.extend((sep, body) if current else (body,))
            units += gap + size
            return
        if node.keep and size <= limit:
            flush()
            current.append(body)
            units = size
            return
        children = node.children()
        if not children:  # one character: cannot be split further
            flush()
            current.append(body)
            units = size
            return
        for i, (child_sep, child) in enumerate(children):
            add(child, sep if i == 0 else child_sep)

    add(root, "")
    flush()
    return done


def _visible(text: str) -> bool:
    """Whether Telegram would see any text (it rejects an empty message)."""
    return bool(html.unescape(re.sub(r"<[^>]*>", "", text)).strip())


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", text))


# ---------------------------------------------------------------- helpers
def menu(language: str) -> list[BotCommand]:
    """The command menu for setMyCommands, from :data:`handlers.COMMANDS`
    (names Telegram accepts only; descriptions in ``language``)."""
    commands = []
    for spec in COMMANDS.values():
        if not spec.menu or not _MENU_NAME.fullmatch(spec.name):
            continue
        description = message(language, spec.help_key)
        commands.append(BotCommand(spec.name, description[:256]))
    return commands
