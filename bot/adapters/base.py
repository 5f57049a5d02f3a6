"""What every chat adapter offers the runtime (opsdroid-style small surface).

An adapter turns platform updates into :class:`handlers.Command` objects,
calls the dispatch function it was started with, and renders the returned
:class:`handlers.Reply` for its platform. The two pure functions
``to_command(native)`` and ``render(reply)`` live in the adapter's module and
carry all platform logic; this protocol is the runtime side.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from handlers import Command, Reply

# The runtime's dispatch: a command in, a reply out. Adapters await it; the
# runtime runs the (CPU-bound) handler off the event loop.
Dispatch = Callable[[Command], Awaitable[Reply]]


class Adapter(Protocol):
    platform: str  # "telegram", "slack", "console"

    async def start(self, dispatch: Dispatch) -> None:
        """Connect and begin serving; return once serving has started."""

    async def push(self, chat: str, reply: Reply) -> None:
        """Send an unsolicited reply (the daily briefing) to ``chat`` (the
        platform's own chat id, without the platform prefix). Raises one of
        the :mod:`bot.delivery` errors when the send did not certainly
        succeed."""

    async def stop(self) -> None:
        """Stop serving and release connections."""


class PlatformSubscriptions(Protocol):
    """What an adapter may tell the daily-briefing subscriptions (the service
    in ``Context.subscriptions``) when the platform, not the user,
    turns a chat off or on. ``chat`` is platform-qualified ("telegram:123")."""

    def switch_off(self, chat: str) -> bool:
        """The bot can no longer write there (blocked, kicked)."""

    def reactivate(self, chat: str) -> bool:
        """The bot is back (unblocked, re-added): resume a subscription the
        platform had switched off (never one the chat cancelled itself)."""
