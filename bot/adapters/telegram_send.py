"""Sending one Telegram message, and its failures → :mod:`bot.delivery` outcomes (retry later,
permanent, unknown), and the flood-wait reading of a 429.
"""

from __future__ import annotations

import datetime as dtm
import logging
import os
import warnings
from collections.abc import Mapping
from typing import Any

import httpx
from telegram import (
    Bot,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
)
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
from telegram.warnings import PTBDeprecationWarning

from .. import delivery
from .telegram_config import TOKEN_ENV
from .telegram_render import _plain

log = logging.getLogger("briefbot.telegram")

# Opt in to PTB's coming time-period types now: without it, merely creating a
# RetryAfter (PTB does so on every 429) issues a PTBDeprecationWarning.
# retry_seconds() reads either form.
os.environ.setdefault("PTB_TIMEDELTA", "true")


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


async def send_payload(
    bot: Bot, chat_id: int | str, payload: Mapping[str, Any], reply_to: int | None = None
) -> Message | None:
    """sendMessage (or sendPhoto) one rendered payload (plain text if Telegram
    refuses our HTML). A chart the chat refuses (a group that forbids media)
    is left out — None — so that the text answer still follows."""
    reply_parameters = (
        ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
        if reply_to is not None
        else None
    )
    if "photo" in payload:
        photo = InputFile(payload["photo"], filename=payload.get("filename") or "chart.png")
        try:
            return await bot.send_photo(
                chat_id,
                photo,
                caption=payload.get("caption") or None,
                reply_parameters=reply_parameters,
            )
        except BadRequest as exc:
            log.warning("sendPhoto refused (%s); the chart is left out", exc.message)
            return None
    preview = LinkPreviewOptions(**payload.get("link_preview_options", {}))
    markup = payload.get("reply_markup")
    keyboard = InlineKeyboardMarkup.de_json(markup, bot) if markup else None
    sent: Message
    try:
        sent = await bot.send_message(
            chat_id=chat_id,
            text=payload["text"],
            parse_mode=payload.get("parse_mode"),
            link_preview_options=preview,
            reply_parameters=reply_parameters,
            reply_markup=keyboard,
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
            reply_markup=keyboard,
        )
    return sent
