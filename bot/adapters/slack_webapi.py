"""The Slack Web API client: bounded 429 retries, and Web API failures →
:mod:`bot.delivery` outcomes.
"""

from __future__ import annotations

import http.client
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

from ..config import SlackSettings
from ..delivery import DeliveryError, DeliveryUnknown, PermanentFailure, RetryLater

if TYPE_CHECKING:
    pass
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

# Waiting longer than this for a 429 would stall a worker thread; the caller
# gets RetryLater instead and decides.
MAX_RATE_LIMIT_WAIT = 30


# ----------------------------------------------------------------- Web API
class _BoundedRateLimitRetry(RateLimitErrorRetryHandler):
    """slack_sdk's 429 handler (sleeps Retry-After, then retries), except when
    Slack asks for a wait longer than ``max_wait``: then the 429 is handed to
    the caller, who can reschedule instead of blocking a thread."""

    def __init__(self, max_retry_count: int = 2, max_wait: float = MAX_RATE_LIMIT_WAIT) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait = max_wait

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is None or response.status_code != 429:
            return False
        wait = _retry_after(response.headers)
        return wait is not None and wait <= self.max_wait


def _retry_after(headers: Mapping[str, Any]) -> float | None:
    for name, value in headers.items():
        if name.lower() == "retry-after":
            first = value[0] if isinstance(value, (list, tuple)) else value
            try:
                return max(0.0, float(first))
            except (TypeError, ValueError):
                return None
    return None


def web_client(token: str, settings: SlackSettings) -> WebClient:
    """The Web API client: ``slack.api_url``, 429s retried after Retry-After,
    and connection errors retried only when the request certainly did not go
    out (urllib wraps errors while connecting and sending in URLError; a read
    timeout or a dropped connection after sending is not retried, because the
    message may have been posted)."""
    base_url = settings.api_url if settings.api_url.endswith("/") else settings.api_url + "/"
    client = WebClient(token=token, base_url=base_url, timeout=int(max(1, settings.timeout)))
    client.timeout = settings.timeout  # type: ignore[assignment]  # urllib accepts a float
    client.retry_handlers = [
        ConnectionErrorRetryHandler(max_retry_count=1, error_types=[URLError]),
        _BoundedRateLimitRetry(),
    ]
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
    if isinstance(exc, URLError | ConnectionRefusedError):
        return RetryLater(f"slack: cannot connect ({_reason(exc)})", retry_after=5.0)
    if isinstance(exc, TimeoutError | http.client.RemoteDisconnected | ConnectionResetError):
        return DeliveryUnknown(f"slack: no answer ({_reason(exc)})")
    return DeliveryUnknown(f"slack: {type(exc).__name__}")


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or exc
    return type(reason).__name__ if not str(reason) else str(reason)[:200]
