"""The Slack adapter, re-exported from its halves so that ``briefbot run
slack`` and existing imports keep one name: :mod:`.slack_render`
(``to_command``/``render``, pure) and :mod:`.slack_runtime`
(:class:`SlackAdapter`, slack-bolt)."""

from __future__ import annotations

from .slack_http import EVENTS_PATH
from .slack_render import MAX_BLOCKS, MAX_SECTION_CHARS, PLATFORM, escape, render, to_command
from .slack_runtime import SlackAdapter, create_adapter
from .slack_webapi import delivery_error, web_client

__all__ = [
    "EVENTS_PATH",
    "MAX_BLOCKS",
    "MAX_SECTION_CHARS",
    "PLATFORM",
    "SlackAdapter",
    "create_adapter",
    "delivery_error",
    "escape",
    "render",
    "to_command",
    "web_client",
]
