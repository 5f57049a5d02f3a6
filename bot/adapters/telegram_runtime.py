"""The Telegram runtime: python-telegram-bot (v22) in front of the handlers.

:class:`TelegramAdapter` (``start``/``push``/``stop``): one
``MessageHandler`` feeds every text message through
:func:`~bot.adapters.telegram_render.to_command` and the runtime's dispatch,
so each command of :data:`handlers.COMMANDS` (present and future) reaches
Telegram through that one mapping.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from functools import partial
from typing import Any

from telegram import (
    Bot,
    ChatMember,
    ChatMemberUpdated,
    Update,
)
from telegram.error import (
    InvalidToken,
    NetworkError,
    TelegramError,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from handlers import Command, Reply
from handlers.messages import message
from handlers.subscribe_commands import ADMIN_COMMANDS

from .. import delivery
from ..buttons import Buttons
from ..config import ConfigError, TelegramSettings
from ..pacing import Pacer, telegram_limits
from ..redaction import Redactor, protect
from ..sending import Sender
from .base import Dispatch, PlatformSubscriptions
from .telegram_buttons import CallbackMixin
from .telegram_config import (
    TOKEN_ENV,
    _check_listen,
    _redacted_url,
    _webhook_url,
    api_base_url,
    file_base_url,
)
from .telegram_render import menu, render, to_command
from .telegram_send import _chat_id, _delivery_error, send_payload

log = logging.getLogger("briefbot.telegram")

# A flood wait longer than this drops the interactive answer instead of
# holding a task for minutes (other chats are unaffected either way).
MAX_FLOOD_WAIT = 60.0
SEND_ATTEMPTS = 3
# What getUpdates / setWebhook ask for. Explicit, because Telegram otherwise
# keeps whatever an earlier run of the bot asked for.
ALLOWED_UPDATES = [Update.MESSAGE, Update.MY_CHAT_MEMBER, Update.CALLBACK_QUERY]
# my_chat_member statuses: the bot can no longer write / can write again.
_GONE_STATUSES = {ChatMember.BANNED, ChatMember.LEFT}  # "kicked", "left"
_BACK_STATUSES = {ChatMember.MEMBER, ChatMember.ADMINISTRATOR}
_ADMIN_STATUSES = {ChatMember.OWNER, ChatMember.ADMINISTRATOR}  # "creator", "administrator"


# --------------------------------------------------------------- adapter
class TelegramAdapter(CallbackMixin):
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
        buttons: Buttons | None = None,
    ) -> None:
        self._token = token
        self._buttons = buttons  # inline keyboards (None: replies without buttons)
        # The daily briefing's subscriptions, switched off and on when the bot
        # is blocked or removed and let back in (None: not tracked).
        self._subscriptions = subscriptions
        self._settings = settings or TelegramSettings()
        self._language = language
        self._webhook_secret = webhook_secret
        self._app: Application[Any, Any, Any, Any, Any, Any] | None = None
        self._requests: list[HTTPXRequest] = []
        self._dispatch: Dispatch | None = None
        self._redact = Redactor([token, webhook_secret or ""])
        self.username: str | None = None
        # The platform's one pacer and retry policy (the scheduler shares its pacer).
        self.sender = Sender(Pacer(telegram_limits(25.0)))

    # -- lifecycle
    async def start(self, dispatch: Dispatch) -> None:
        """getMe, setMyCommands, then long polling or the webhook server.

        Raises :class:`ConfigError` when the Bot API refuses the token or
        cannot be reached (a start-up problem the user must fix)."""
        self._dispatch = dispatch
        protect([self._token, self._webhook_secret])
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

    # -- push (daily briefings)
    async def push(self, chat: str, reply: Reply) -> None:
        """Send ``reply`` to ``chat``; raise a :mod:`bot.delivery` error when
        it did not certainly arrive.

        Errors on the first message map as the ledger needs them (429 and
        refused connections → RetryLater; timeouts → DeliveryUnknown; 403 and
        "chat not found" → PermanentFailure; migration → ChatMigrated): the
        ledger reschedules. Once a part has arrived, the rest follow the one
        retry policy (:class:`bot.sending.Sender`) here — resending the whole
        reply would repeat the parts already delivered — and a failure after
        that is DeliveryUnknown. The scheduler paced the first message."""
        if self._app is None:
            raise RuntimeError("the Telegram adapter is not started")
        chat_id = _chat_id(chat)
        payloads = await self._payloads(reply, chat_id)
        for index, payload in enumerate(payloads):
            try:
                await self.sender.send(
                    str(chat_id),
                    partial(send_payload, self._bot, chat_id, payload),
                    _classify,
                    paced=index > 0,
                    retry=index > 0,
                )
            except delivery.DeliveryError as error:
                if index == 0 or isinstance(error, delivery.PermanentFailure):
                    raise
                raise delivery.DeliveryUnknown(
                    f"part {index + 1} of {len(payloads)} failed after earlier parts"
                    f" arrived: {error}"
                ) from None

    # -- internals
    @property
    def _bot(self) -> Bot:
        assert self._app is not None
        bot: Bot = self._app.bot
        return bot

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
        app.add_handler(CallbackQueryHandler(self._on_callback))
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
        """The command menu: the deployment's language for everyone, and
        Korean and English for users whose app is set to them."""
        assert self._app is not None
        for code in (None, "ko", "en"):
            commands = menu(code or self._language)
            try:
                await self._app.bot.set_my_commands(commands, language_code=code)
            except TelegramError as exc:  # the bot still works without a menu
                log.warning("setMyCommands failed: %s", self._redact.clean(str(exc)))

    async def _on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        command = to_command(update, self.username)
        if command is None or update.effective_chat is None or self._dispatch is None:
            return
        msg = update.effective_message
        # In groups, answer as a reply so that it is clear whom it answers.
        group = update.effective_chat.type != "private"
        reply_to = msg.message_id if msg is not None and group else None
        await self._serve(update, command, update.effective_chat.id, reply_to)

    async def _serve(
        self, update: Update, command: Command, chat_id: int, reply_to: int | None
    ) -> None:
        """Run ``command`` (typed, or a pressed button) and answer in the chat."""
        if self._dispatch is None:
            return
        if command.name in ADMIN_COMMANDS and not command.private and command.is_admin is None:
            command = replace(command, is_admin=await self._is_admin(chat_id, update))
        try:
            reply = await self._dispatch(command)
            await self._answer(
                chat_id, await self._payloads(reply, chat_id), reply_to, update.update_id
            )
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
        """Send an interactive answer through the platform's pacer and retry
        policy (flood waits honoured). Problems are logged, not raised:
        there is nobody to tell but the log."""
        migrated = False
        index = 0
        while index < len(payloads):
            quote = reply_to if index == 0 else None
            try:
                await self.sender.send(
                    str(chat_id),
                    partial(send_payload, self._bot, chat_id, payloads[index], quote),
                    _classify,
                )
            except delivery.ChatMigrated as exc:
                if migrated:
                    raise
                migrated = True
                log.info("chat %s moved to %s", chat_id, exc.new_chat)
                chat_id, reply_to = int(exc.new_chat), None
                continue
            except delivery.PermanentFailure as exc:
                log.warning("update %s: chat %s refuses messages (%s)", update_id, chat_id, exc)
                await self._subscription(chat_id, on=False)
                return
            except delivery.DeliveryError as exc:
                # A timeout may have arrived (never resent); a flood wait
                # beyond the policy's limit drops the answer.
                log.warning("update %s: answer not sent: %s", update_id, exc)
                return
            index += 1

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


def _classify(exc: Exception) -> delivery.DeliveryError:
    if isinstance(exc, TelegramError):
        return _delivery_error(exc)
    if isinstance(exc, delivery.DeliveryError):
        return exc
    return delivery.DeliveryUnknown(f"{type(exc).__name__}: {exc}")
