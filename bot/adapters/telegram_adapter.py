"""The Telegram adapter: python-telegram-bot (v22) in front of the handlers.

Two pure functions carry the platform logic and are what the tests hit
hardest:

* :func:`to_command` — a Bot API update (the documented JSON shape, or a PTB
  ``Update``) → :class:`handlers.Command`, or None when the update is not for
  us (no text, an edit, a channel post, ``/cmd@OtherBot``, group chatter).
* :func:`render` — a :class:`handlers.Reply` → sendMessage payloads: HTML
  parse mode, corpus and user text escaped, citations linked, link previews
  off, split at paragraph, line, sentence, word boundaries (in that order of
  preference) so that no message exceeds 4096 UTF-16 code units.

:class:`TelegramAdapter` is the runtime side (``start``/``push``/``stop``):
one ``MessageHandler`` feeds every text message through :func:`to_command`
and the runtime's dispatch, so each command of :data:`handlers.COMMANDS`
(present and future) reaches Telegram through that one mapping.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import html
import itertools
import logging
import os
import re
import socket
import unicodedata
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, TypeAlias

import httpx
from telegram import (
    BotCommand,
    ChatMember,
    ChatMemberUpdated,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import MessageLimit
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from handlers import COMMANDS, Command, Reply, parse
from handlers.messages import message
from handlers.subscribe_commands import ADMIN_COMMANDS
from summarizer.sentences import SENTENCE_BREAK

from .. import delivery
from ..config import ConfigError, TelegramSettings, secret
from .base import Dispatch, PlatformSubscriptions

log = logging.getLogger("briefbot.telegram")

# Opt in to PTB's coming time-period types now: without it, merely creating a
# RetryAfter (PTB does so on every 429) issues a PTBDeprecationWarning.
# retry_seconds() reads either form.
os.environ.setdefault("PTB_TIMEDELTA", "true")

__all__ = ["TelegramAdapter", "create_adapter", "render", "to_command"]

TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
SECRET_ENV = "TELEGRAM_WEBHOOK_SECRET"
MAX_UNITS = MessageLimit.MAX_TEXT_LENGTH  # 4096 UTF-16 code units
# A flood wait longer than this drops the interactive answer instead of
# holding a task for minutes (other chats are unaffected either way).
MAX_FLOOD_WAIT = 60.0
SEND_ATTEMPTS = 3
# What getUpdates / setWebhook ask for. Explicit, because Telegram otherwise
# keeps whatever an earlier run of the bot asked for.
ALLOWED_UPDATES = [Update.MESSAGE, Update.MY_CHAT_MEMBER]
# my_chat_member statuses: the bot can no longer write / can write again.
_GONE_STATUSES = {ChatMember.BANNED, ChatMember.LEFT}  # "kicked", "left"
_BACK_STATUSES = {ChatMember.MEMBER, ChatMember.ADMINISTRATOR}
_ADMIN_STATUSES = {ChatMember.OWNER, ChatMember.ADMINISTRATOR}  # "creator", "administrator"

# @BotFather tokens: the bot's numeric id, a colon, a 35-character secret.
# Accept a little more than that (length may change) but nothing that could
# not be a token: no spaces, slashes or quotes that would corrupt the URL.
_TOKEN = re.compile(r"\d{1,20}:[A-Za-z0-9_-]{20,100}")
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")  # Bot API: setWebhook secret_token
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
    text = text.strip()
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
        user=f"telegram:{user}",
        private=chat.get("type", "private") == "private",
        is_admin=True if anonymous_admin else None,
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
def render(reply: Reply, *, chat_id: int | str | None = None) -> list[dict[str, Any]]:
    """sendMessage payloads for ``reply`` (with ``chat_id`` when given).

    The text is :func:`handlers.to_text` with markup added (bold title,
    headings and labels; ``[n]`` linked to the source's url), so the console
    and Telegram say the same thing. Every piece of corpus or user text is
    escaped (``<``, ``>``, ``&``). Messages are at most 4096 UTF-16 code units
    of HTML (hence also of text after entity parsing); a split falls between
    paragraphs, else lines, else sentences, else words, and never inside a
    tag, an entity or a surrogate pair. An empty reply renders to ``[]``.
    """
    texts = _pack(_tree(reply), MAX_UNITS)
    payloads: list[dict[str, Any]] = []
    for text in texts:
        payload: dict[str, Any] = {} if chat_id is None else {"chat_id": chat_id}
        payload.update(text=text, parse_mode="HTML", link_preview_options={"is_disabled": True})
        payloads.append(payload)
    return payloads


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


# --------------------------------------------------------------- adapter
class TelegramAdapter:
    """Serves the handlers in Telegram chats; pushes replies on request."""

    platform = "telegram"

    def __init__(
        self,
        token: str,
        settings: TelegramSettings | None = None,
        *,
        language: str = "ko",
        webhook_secret: str | None = None,
        subscriptions: PlatformSubscriptions | None = None,
    ) -> None:
        self._token = token
        # The daily briefing's subscriptions, switched off and on when the bot
        # is blocked or removed and let back in (None: not tracked).
        self._subscriptions = subscriptions
        self._settings = settings or TelegramSettings()
        self._language = language
        self._webhook_secret = webhook_secret
        self._app: Application[Any, Any, Any, Any, Any, Any] | None = None
        self._requests: list[HTTPXRequest] = []
        self._dispatch: Dispatch | None = None
        self._redact = _Redact([token, webhook_secret or ""])
        self._filtered: list[logging.Handler] = []
        self.username: str | None = None

    # -- lifecycle
    async def start(self, dispatch: Dispatch) -> None:
        """getMe, setMyCommands, then long polling or the webhook server.

        Raises :class:`ConfigError` when the Bot API refuses the token or
        cannot be reached (a start-up problem the user must fix)."""
        self._dispatch = dispatch
        self._install_log_filters()
        app = self._build()
        self._app = app
        try:
            await app.initialize()
        except InvalidToken:
            await self._close_requests()
            self._app = None
            raise ConfigError(
                f"{TOKEN_ENV} was refused by the Bot API at {_redacted_url(self._base_url)}"
                " (401/404): check the token from @BotFather"
            ) from None
        except NetworkError as exc:  # TimedOut included
            await self._close_requests()
            self._app = None
            raise ConfigError(
                f"cannot reach the Telegram Bot API at {_redacted_url(self._base_url)}"
                f" (telegram.base_url): {self._redact.clean(str(exc))}"
            ) from None
        try:
            self.username = app.bot.username
            await self._set_menu()
            await app.start()
            await self._start_updates(app)
        except TelegramError as exc:  # deleteWebhook/setWebhook refused for good
            await self.stop()
            raise ConfigError(
                f"Telegram start-up failed at {_redacted_url(self._base_url)}:"
                f" {type(exc).__name__}: {self._redact.clean(str(exc))}"
            ) from None
        except BaseException:
            await self.stop()
            raise

    async def _start_updates(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        updater = app.updater
        assert updater is not None
        settings = self._settings
        if settings.mode == "polling":
            await updater.start_polling(
                timeout=settings.poll_timeout,
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=3,
                error_callback=self._polling_error,
            )
            log.info("@%s polling %s", self.username, _redacted_url(self._base_url))
            return
        url = _webhook_url(settings)
        try:
            # Check the address before setWebhook points Telegram at it.
            _check_listen(settings.webhook_listen, settings.webhook_port)
            await updater.start_webhook(
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                url_path=settings.webhook_path,
                webhook_url=url,
                secret_token=self._webhook_secret,
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=3,
            )
        except OSError as exc:
            raise ConfigError(
                f"cannot listen on {settings.webhook_listen}:{settings.webhook_port}"
                f" (telegram.webhook_listen, telegram.webhook_port): {exc.strerror or exc}"
            ) from None
        except TelegramError as exc:
            raise ConfigError(
                f"setWebhook refused telegram.webhook_url {url}: {self._redact.clean(str(exc))}"
            ) from None
        log.info(
            "@%s on webhook %s (listening on %s:%d)",
            self.username,
            url,
            settings.webhook_listen,
            settings.webhook_port,
        )

    async def stop(self) -> None:
        app, self._app = self._app, None
        try:
            if app is not None:
                if app.updater is not None and app.updater.running:
                    await app.updater.stop()
                if app.running:
                    await app.stop()
                await app.shutdown()
        finally:
            await self._close_requests()
            self._remove_log_filters()

    # -- push (daily briefings)
    async def push(self, chat: str, reply: Reply) -> None:
        """Send ``reply`` to ``chat``; raise a :mod:`bot.delivery` error when
        it did not certainly arrive.

        Errors on the first message map as the ledger needs them (429 and
        refused connections → RetryLater; timeouts → DeliveryUnknown; 403 and
        "chat not found" → PermanentFailure; migration → ChatMigrated). Once
        a part has arrived, a later flood wait or connect error is retried
        here (resending the whole reply would repeat the parts already
        delivered), and a failure after that is DeliveryUnknown."""
        if self._app is None:
            raise RuntimeError("the Telegram adapter is not started")
        payloads = render(reply)
        if not payloads:
            return
        chat_id = _chat_id(chat)
        for index, payload in enumerate(payloads):
            attempts = 1 if index == 0 else SEND_ATTEMPTS
            for attempt in range(1, attempts + 1):
                try:
                    await self._send(chat_id, payload)
                    break
                except TelegramError as exc:
                    error = _delivery_error(exc)
                    if index == 0:
                        raise error from None
                    if (
                        isinstance(error, delivery.RetryLater)
                        and attempt < attempts
                        and error.retry_after <= MAX_FLOOD_WAIT
                    ):
                        await asyncio.sleep(error.retry_after)
                        continue
                    if isinstance(error, delivery.PermanentFailure):
                        raise error from None
                    raise delivery.DeliveryUnknown(
                        f"part {index + 1} of {len(payloads)} failed after earlier parts"
                        f" arrived: {error}"
                    ) from None

    # -- internals
    @property
    def _base_url(self) -> str:
        return api_base_url(self._settings.base_url)

    def _build(self) -> Application[Any, Any, Any, Any, Any, Any]:
        timeout = self._settings.timeout
        request = HTTPXRequest(
            connection_pool_size=64,
            connect_timeout=timeout,
            read_timeout=timeout,
            write_timeout=timeout,
            pool_timeout=timeout,
        )
        # getUpdates gets its own connection; PTB adds the long-poll wait to
        # its read timeout.
        polling = HTTPXRequest(
            connection_pool_size=1,
            connect_timeout=timeout,
            read_timeout=timeout,
            write_timeout=timeout,
            pool_timeout=timeout,
        )
        self._requests = [request, polling]
        app = (
            ApplicationBuilder()
            .token(self._token)
            .base_url(self._base_url)
            .base_file_url(file_base_url(self._settings))
            .request(request)
            .get_updates_request(polling)
            # Updates are handled concurrently; the dispatch runs each handler
            # in a worker thread, so a slow /summary blocks no other chat.
            .concurrent_updates(True)
            .build()
        )
        app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, self._on_message))
        app.add_handler(ChatMemberHandler(self._on_my_member, ChatMemberHandler.MY_CHAT_MEMBER))
        app.add_error_handler(self._on_error)
        return app

    async def _close_requests(self) -> None:
        for request in self._requests:
            try:
                await request.shutdown()
            except Exception:  # already closed
                log.debug("closing a Bot API connection pool failed", exc_info=True)
        self._requests = []

    async def _set_menu(self) -> None:
        assert self._app is not None
        commands = menu(self._language)
        try:
            await self._app.bot.set_my_commands(commands)
        except TelegramError as exc:  # the bot still works without a menu
            log.warning("setMyCommands failed: %s", self._redact.clean(str(exc)))

    async def _on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        command = to_command(update, self.username)
        if command is None or update.effective_chat is None or self._dispatch is None:
            return
        chat_id = update.effective_chat.id
        if command.name in ADMIN_COMMANDS and not command.private and command.is_admin is None:
            command = replace(command, is_admin=await self._is_admin(chat_id, update))
        msg = update.effective_message
        # In groups, answer as a reply so that it is clear whom it answers.
        group = update.effective_chat.type != "private"
        reply_to = msg.message_id if msg is not None and group else None
        try:
            reply = await self._dispatch(command)
            await self._answer(chat_id, render(reply), reply_to, update.update_id)
        except Exception:
            log.exception("update %s failed", update.update_id)
            apology = Reply(
                command.name,
                notices=(message(command.language or self._language, "error.internal"),),
                ok=False,
            )
            try:
                await self._answer(chat_id, render(apology), reply_to, update.update_id)
            except Exception:
                log.warning("update %s: could not send the apology", update.update_id)

    async def _answer(
        self,
        chat_id: int,
        payloads: list[dict[str, Any]],
        reply_to: int | None,
        update_id: int,
    ) -> None:
        """Send an interactive answer, honouring flood waits. Problems are
        logged, not raised: there is nobody to tell but the log."""
        for index, payload in enumerate(payloads):
            attempt = 0
            migrated = False
            while True:
                attempt += 1
                try:
                    await self._send(chat_id, payload, reply_to if index == 0 else None)
                    break
                except RetryAfter as exc:
                    wait = retry_seconds(exc)
                    if attempt >= SEND_ATTEMPTS or wait > MAX_FLOOD_WAIT:
                        log.warning(
                            "update %s: flood control (retry after %.0f s); answer dropped",
                            update_id,
                            wait,
                        )
                        return
                    await asyncio.sleep(wait)
                except ChatMigrated as exc:
                    if migrated:
                        raise
                    migrated = True
                    log.info("chat %s moved to %s", chat_id, exc.new_chat_id)
                    chat_id, reply_to = exc.new_chat_id, None
                except Forbidden as exc:
                    log.warning(
                        "update %s: chat %s refuses messages (%s)",
                        update_id,
                        chat_id,
                        exc.message,
                    )
                    await self._subscription(chat_id, on=False)
                    return
                except TimedOut:
                    # It may have arrived: resending could show it twice.
                    log.warning(
                        "update %s: send timed out; not resent (may have arrived)",
                        update_id,
                    )
                    return
                except NetworkError as exc:
                    if attempt >= SEND_ATTEMPTS or not _before_sending(exc):
                        log.warning(
                            "update %s: send failed: %s",
                            update_id,
                            self._redact.clean(str(exc)),
                        )
                        return
                    await asyncio.sleep(attempt)

    async def _send(
        self, chat_id: int | str, payload: Mapping[str, Any], reply_to: int | None = None
    ) -> Message:
        assert self._app is not None
        bot = self._app.bot
        preview = LinkPreviewOptions(**payload.get("link_preview_options", {}))
        reply_parameters = (
            ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
            if reply_to is not None
            else None
        )
        sent: Message
        try:
            sent = await bot.send_message(
                chat_id=chat_id,
                text=payload["text"],
                parse_mode=payload.get("parse_mode"),
                link_preview_options=preview,
                reply_parameters=reply_parameters,
            )
        except BadRequest as exc:
            if "parse entities" not in exc.message.lower():
                raise
            # Should never happen (render escapes everything); if Telegram
            # disagrees with our markup, the words still matter more.
            log.error("HTML refused (%s); sending plain text", exc.message)
            sent = await bot.send_message(
                chat_id=chat_id,
                text=_plain(payload["text"]),
                link_preview_options=preview,
                reply_parameters=reply_parameters,
            )
        return sent

    async def _is_admin(self, chat_id: int, update: Update) -> bool | None:
        """Whether the sender administers the group (getChatMember); None
        when Telegram cannot tell us."""
        user = update.effective_user
        if self._app is None or user is None:
            return None
        try:
            member = await self._app.bot.get_chat_member(chat_id, user.id)
        except TelegramError as exc:
            log.warning(
                "getChatMember for chat %s failed: %s", chat_id, self._redact.clean(str(exc))
            )
            return None
        return member.status in _ADMIN_STATUSES

    async def _on_my_member(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The bot's own membership changed: blocked or removed → the chat's
        daily briefing is switched off; unblocked or added back → on again
        (with a short notice), if the platform had switched it off."""
        change: ChatMemberUpdated | None = update.my_chat_member
        if change is None:
            return
        status = change.new_chat_member.status
        gone = status in _GONE_STATUSES or (
            status == ChatMember.RESTRICTED
            and not getattr(change.new_chat_member, "is_member", True)
        )
        if gone:
            await self._subscription(change.chat.id, on=False)
        elif status in _BACK_STATUSES and await self._subscription(change.chat.id, on=True):
            notice = Reply("subscription", title=message(self._language, "subscribe.reactivated"))
            await self._answer(change.chat.id, render(notice), None, update.update_id)

    async def _subscription(self, chat_id: int | str, *, on: bool) -> bool:
        """Switch the chat's subscription off or back on; True if it changed.
        Errors are logged: a membership change must not fail the update."""
        service = self._subscriptions
        if service is None:
            return False
        chat = f"telegram:{chat_id}"
        action = partial(service.reactivate if on else service.switch_off, chat)
        state = "on" if on else "off"
        try:
            changed = await asyncio.to_thread(action)
        except Exception:
            log.exception("chat %s: could not switch the daily briefing %s", chat_id, state)
            return False
        if changed:
            log.info("chat %s: daily briefing switched %s", chat_id, state)
        return bool(changed)

    def _polling_error(self, exc: TelegramError) -> None:
        # PTB retries by itself; a traceback per failed poll would flood the log.
        log.warning("getUpdates failed: %s", self._redact.clean(str(exc)))

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        update_id = update.update_id if isinstance(update, Update) else None
        error = context.error
        log.error(
            "update %s: %s: %s",
            update_id,
            type(error).__name__,
            self._redact.clean(str(error)),
        )

    def _install_log_filters(self) -> None:
        # httpx logs every request URL at INFO, and the URL holds the token.
        logging.getLogger("httpx").setLevel(logging.WARNING)
        for handler in logging.getLogger().handlers:
            if self._redact not in handler.filters:
                handler.addFilter(self._redact)
                self._filtered.append(handler)

    def _remove_log_filters(self) -> None:
        for handler in self._filtered:
            handler.removeFilter(self._redact)
        self._filtered = []


class _Redact(logging.Filter):
    """Replaces secrets in log records (message and traceback) on a handler."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if s]

    def clean(self, text: str) -> str:
        for value in self._secrets:
            text = text.replace(value, "<redacted>")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        cleaned = self.clean(text)
        if cleaned != text:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.clean(record.exc_text)
        return True


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


def api_base_url(url: str) -> str:
    """The Bot API base URL PTB appends the token to: ``https://host/bot``.
    A bare server address (``http://127.0.0.1:8081``) gets ``/bot`` added."""
    if "{token}" in url or url.rstrip("/").endswith("/bot"):
        return url.rstrip("/") if "{token}" not in url else url
    return url.rstrip("/") + "/bot"


def file_base_url(settings: TelegramSettings) -> str:
    if settings.base_file_url:
        return settings.base_file_url
    base = api_base_url(settings.base_url)
    if base.endswith("/bot"):
        return base[: -len("/bot")] + "/file/bot"
    return base


def _webhook_url(settings: TelegramSettings) -> str:
    url = settings.webhook_url
    path = settings.webhook_path.strip("/")
    # The public URL may already end in the path (a proxy maps it 1:1).
    if path and not url.rstrip("/").endswith("/" + path):
        url = url.rstrip("/") + "/" + path
    return url


def _check_listen(host: str, port: int) -> None:
    """Raise OSError if ``host:port`` cannot be listened on (as tornado
    would, but without leaking the socket)."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(address)


def _redacted_url(url: str) -> str:
    return url.replace("{token}", "<token>")


def _chat_id(chat: str) -> int | str:
    chat = chat.removeprefix("telegram:")
    try:
        return int(chat)
    except ValueError:
        return chat  # "@channelusername"


def retry_seconds(exc: RetryAfter) -> float:
    """``RetryAfter.retry_after`` in seconds, whichever type PTB returns (an
    int now, a timedelta later; reading it warns about the change)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


def _before_sending(exc: NetworkError) -> bool:
    """True when the request certainly did not reach Telegram: no connection
    was made, or the Bot API answered with an error status (5xx)."""
    cause = exc.__cause__
    if cause is None:
        return not isinstance(exc, TimedOut) or "Pool timeout" in exc.message
    return isinstance(cause, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


_GONE = ("chat not found", "user is deactivated", "bot was kicked", "not enough rights")


def _delivery_error(exc: TelegramError) -> delivery.DeliveryError:
    """A PTB error → the :mod:`bot.delivery` class the ledger acts on."""
    text = exc.message
    if isinstance(exc, RetryAfter):
        return delivery.RetryLater(text, retry_after=retry_seconds(exc))
    if isinstance(exc, ChatMigrated):
        return delivery.ChatMigrated(text, new_chat=str(exc.new_chat_id))
    if isinstance(exc, Forbidden):
        return delivery.PermanentFailure(text)
    if isinstance(exc, InvalidToken):
        return delivery.PermanentFailure(f"{TOKEN_ENV} refused: {text}")
    if isinstance(exc, BadRequest):
        if any(marker in text.lower() for marker in _GONE):
            return delivery.PermanentFailure(text)
        # Certainly not delivered, and resending the same request will not help.
        return delivery.DeliveryError(text)
    if isinstance(exc, NetworkError):  # TimedOut is a NetworkError
        if _before_sending(exc):
            return delivery.RetryLater(text)
        return delivery.DeliveryUnknown(text)
    return delivery.DeliveryError(text)


def check_token(token: str | None) -> str:
    """The token, or a :class:`ConfigError` naming the variable (never
    showing the value)."""
    if not token:
        raise ConfigError(f"{TOKEN_ENV} is not set: create a bot with @BotFather and export it")
    if not _TOKEN.fullmatch(token):
        raise ConfigError(
            f"{TOKEN_ENV} is malformed: expected <bot id>:<secret> as @BotFather gives it"
        )
    return token


def create_adapter(runtime: Any) -> TelegramAdapter:
    """The adapter ``briefbot run telegram`` starts (settings from
    ``runtime.config``; token and webhook secret from the environment)."""
    settings: TelegramSettings = runtime.config.telegram
    token = check_token(secret(TOKEN_ENV))
    webhook_secret = secret(SECRET_ENV)
    if settings.mode == "webhook":
        if not webhook_secret:
            raise ConfigError(
                f"{SECRET_ENV} is not set: webhook mode needs a secret token"
                " (1–256 characters A–Z, a–z, 0–9, _ and -)"
            )
        if not _WEBHOOK_SECRET.fullmatch(webhook_secret):
            raise ConfigError(
                f"{SECRET_ENV} is malformed: use 1–256 characters A–Z, a–z, 0–9, _ and -"
            )
    return TelegramAdapter(
        token,
        settings,
        language=runtime.config.bot.language,
        webhook_secret=webhook_secret if settings.mode == "webhook" else None,
        subscriptions=runtime.context.subscriptions,
    )
