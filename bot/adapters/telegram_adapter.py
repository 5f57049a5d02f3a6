"""The Telegram adapter, re-exported from its two halves so that
``briefbot run telegram`` and existing imports keep one name:
:mod:`.telegram_render` (``to_command``/``render``, pure) and
:mod:`.telegram_runtime` (:class:`TelegramAdapter`, python-telegram-bot)."""

from __future__ import annotations

from typing import Any

from ..buttons import Buttons
from ..config import ConfigError, TelegramSettings, secret
from .telegram_config import (
    _WEBHOOK_SECRET,
    SECRET_ENV,
    TOKEN_ENV,
    api_base_url,
    check_token,
    file_base_url,
)
from .telegram_render import menu, render, to_command, utf16_units
from .telegram_runtime import TelegramAdapter
from .telegram_send import _delivery_error, retry_seconds

__all__ = [
    "TelegramAdapter",
    "_delivery_error",
    "api_base_url",
    "check_token",
    "create_adapter",
    "file_base_url",
    "menu",
    "render",
    "retry_seconds",
    "to_command",
    "utf16_units",
]


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
        buttons=Buttons(runtime.corpus.store),
    )
