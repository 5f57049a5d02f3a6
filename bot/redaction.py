"""Secrets out of every log line, whatever handler writes it.

A filter on the handlers that exist at start misses a handler an operator
adds later (a file, journald). Redaction is attached instead where records
are made: :func:`protect` puts a :class:`Redactor` on the loggers that can
carry a secret (the platform SDKs and their HTTP clients, ours, the root)
and wraps the log-record factory, so a record from any logger — one created
later included — is clean before any handler sees it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from .config import secret

SECRET_NAMES = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_WEBHOOK_SECRET",
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
)
# Loggers whose records can hold a token: request URLs (httpx puts the
# Telegram token in every URL), SDK errors, our own adapters.
CARRIERS = (
    "",
    "briefbot",
    "telegram",
    "telegram.ext",
    "httpx",
    "httpcore",
    "slack_bolt",
    "slack_sdk",
    "aiohttp",
    "tornado",
    "websockets",
)
MASK = "<redacted>"


class Redactor(logging.Filter):
    """Replaces secrets in a record's message and traceback."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self._secrets: list[str] = []
        self.add(secrets)

    def add(self, secrets: Iterable[str]) -> None:
        # Longest first, so a secret containing another is masked whole.
        values = {*self._secrets, *(s for s in secrets if s and len(s) >= 4)}
        self._secrets = sorted(values, key=len, reverse=True)

    def clean(self, text: str) -> str:
        for value in self._secrets:
            if value in text:
                text = text.replace(value, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        self.scrub(record)
        return True

    def scrub(self, record: logging.LogRecord) -> None:
        if not self._secrets:
            return
        try:
            text = record.getMessage()
        except Exception:  # a bad format string: keep the record as it is
            return
        cleaned = self.clean(text)
        if cleaned != text:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.clean(record.exc_text)
        if record.stack_info:
            record.stack_info = self.clean(record.stack_info)


_REDACTOR = Redactor()
_LOCK = threading.Lock()
_installed = False


def protect(extra: Iterable[str | None] = ()) -> Redactor:
    """Redact the secrets in the environment (and ``extra``) from every log
    record from now on. Idempotent; later calls add secrets."""
    global _installed
    with _LOCK:
        _REDACTOR.add([s for s in (*(secret(n) for n in SECRET_NAMES), *extra) if s])
        for name in CARRIERS:
            target = logging.getLogger(name)
            if _REDACTOR not in target.filters:
                target.addFilter(_REDACTOR)
        if not _installed:
            logging.setLogRecordFactory(_factory(logging.getLogRecordFactory()))
            _installed = True
    # httpx logs every request URL at INFO, and the Telegram URL holds the token.
    logging.getLogger("httpx").setLevel(max(logging.WARNING, logging.getLogger("httpx").level))
    return _REDACTOR


def _factory(make: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def create(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        _REDACTOR.scrub(record)
        return record

    return create
