"""The Slack Web API client (async), and Web API failures →
:mod:`bot.delivery` outcomes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from ..config import SlackSettings
from ..delivery import DeliveryError, DeliveryUnknown, PermanentFailure, RetryLater

# Web API errors after which the channel cannot receive messages from us.
PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "invalid_auth",
        "not_authed",
        "missing_scope",
        "restricted_action",
        "team_access_not_granted",
        "user_not_found",
    }
)
# Errors where Slack certainly did not post the message.
_NOT_POSTED = frozenset({"ratelimited", "request_timeout", "service_unavailable"})
# Errors after which Slack may have posted part of it (its docs say so).
_MAYBE_POSTED = frozenset({"internal_error", "fatal_error"})


# ----------------------------------------------------------------- Web API
def _retry_after(headers: Mapping[str, Any]) -> float | None:
    for name, value in headers.items():
        if name.lower() == "retry-after":
            first = value[0] if isinstance(value, (list, tuple)) else value
            try:
                return max(0.0, float(first))
            except (TypeError, ValueError):
                return None
    return None


def web_client(token: str, settings: SlackSettings) -> AsyncWebClient:
    """The async Web API client at ``slack.api_url``. It retries nothing
    itself: every send goes through the one retry policy
    (:mod:`bot.sending`), which knows whether a failed request went out."""
    base_url = settings.api_url if settings.api_url.endswith("/") else settings.api_url + "/"
    client = AsyncWebClient(token=token, base_url=base_url, timeout=int(max(1, settings.timeout)))
    client.timeout = settings.timeout  # type: ignore[assignment]  # aiohttp accepts a float
    client.retry_handlers = []
    return client


def delivery_error(exc: BaseException) -> DeliveryError:
    """A failed chat.postMessage → the :mod:`bot.delivery` class the ledger
    needs. An API error we cannot classify (``invalid_blocks``, …) is a plain
    :class:`DeliveryError`: not delivered, but neither worth a retry nor a
    reason to drop the subscription."""
    if isinstance(exc, SlackApiError):
        code = str(exc.response.get("error") or "") if exc.response is not None else ""
        status = exc.response.status_code if exc.response is not None else 0
        if code in PERMANENT_ERRORS:
            return PermanentFailure(f"slack: {code}")
        if code == "ratelimited" or status == 429:
            wait = _retry_after(exc.response.headers if exc.response is not None else {})
            return RetryLater("slack: ratelimited", retry_after=wait if wait is not None else 1.0)
        if code in _NOT_POSTED or (not code and status >= 500):
            return RetryLater(f"slack: {code or status}", retry_after=5.0)
        if code in _MAYBE_POSTED:
            return DeliveryUnknown(f"slack: {code}")
        return DeliveryError(f"slack: {code or status}")
    if isinstance(exc, aiohttp.ClientConnectorError | ConnectionRefusedError):
        return RetryLater(f"slack: cannot connect ({_reason(exc)})", retry_after=1.0)
    if isinstance(exc, TimeoutError | aiohttp.ClientError | ConnectionResetError):
        return DeliveryUnknown(f"slack: no answer ({_reason(exc)})")
    return DeliveryUnknown(f"slack: {type(exc).__name__}")


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or exc
    return type(reason).__name__ if not str(reason) else str(reason)[:200]
