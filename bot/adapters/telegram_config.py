"""Telegram settings checks: the bot token, the Bot API URLs, the webhook
listen address.
"""

from __future__ import annotations

import re
import socket

from ..config import ConfigError, TelegramSettings

TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
SECRET_ENV = "TELEGRAM_WEBHOOK_SECRET"

# @BotFather tokens: the bot's numeric id, a colon, a 35-character secret.
# Accept a little more than that (length may change) but nothing that could
# not be a token: no spaces, slashes or quotes that would corrupt the URL.
_TOKEN = re.compile(r"\d{1,20}:[A-Za-z0-9_-]{20,100}")
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")  # Bot API: setWebhook secret_token


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
