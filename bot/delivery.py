"""How a push can fail, in the terms the delivery ledger needs.

Neither Telegram nor Slack offers an idempotency key, so the only safe rule
is: resend only what certainly did not arrive. Adapters translate their
platform's errors into these classes.
"""

from __future__ import annotations


class DeliveryError(Exception):
    """A push did not certainly succeed."""


class RetryLater(DeliveryError):
    """Certainly not delivered (connection refused, 429, 5xx): safe to retry
    after ``retry_after`` seconds."""

    def __init__(self, message: str, retry_after: float = 1.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentFailure(DeliveryError):
    """The chat cannot receive messages (Telegram 403; Slack
    channel_not_found, not_in_channel, is_archived, account_inactive,
    token_revoked, invalid_auth, missing_scope): deactivate the subscription."""


class DeliveryUnknown(DeliveryError):
    """The request went out but no answer came (read timeout): it may have
    been delivered. Never resend."""


class ChatMigrated(DeliveryError):
    """Telegram moved the group to a supergroup: store ``new_chat`` and resend
    once."""

    def __init__(self, message: str, new_chat: str) -> None:
        super().__init__(message)
        self.new_chat = new_chat
