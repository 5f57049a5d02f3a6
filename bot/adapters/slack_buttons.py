"""Slack's half of buttons and pictures: Block Kit buttons whose ``value`` is
a chat-bound callback value (:class:`bot.buttons.Buttons`), the
``block_actions`` listener that runs the command a button stands for in the
same channel, and charts uploaded with ``files_upload_v2``. A value from
another channel, forged or expired gets a polite ephemeral notice only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from slack_sdk import WebClient

from handlers import Command, Reply, parse
from handlers.messages import message

from ..buttons import Buttons
from .slack_render import PLATFORM, render
from .slack_webapi import delivery_error

log = logging.getLogger("briefbot.slack")


class SlackActionsMixin:
    """Mixed into :class:`~.slack_runtime.SlackAdapter`."""

    client: WebClient
    _buttons: Buttons | None
    _language: str

    def _run(self, command: Command) -> Reply:
        raise NotImplementedError  # provided by the adapter

    def _payloads(self, reply: Reply, channel: str) -> list[dict[str, Any]]:
        """Rendered messages, with the reply's actions as buttons."""
        if not reply.actions or self._buttons is None or not channel:
            return render(reply)
        commands = [action.command for action in reply.actions]
        return render(reply, self._buttons.values(f"{PLATFORM}:{channel}", commands))

    def _upload(self, channel: str, reply: Reply, thread_ts: str | None = None) -> None:
        """Upload the reply's chart to ``channel`` (files_upload_v2); a
        failure is logged and the text answer still goes out."""
        image = reply.image
        if image is None or not channel:
            return
        try:
            self.client.files_upload_v2(
                channel=channel,
                content=image.data,
                filename=image.filename,
                title=reply.title or image.filename,
                alt_txt=image.alt[:1000] or None,
                thread_ts=thread_ts,
            )
        except Exception as exc:
            log.warning("slack: chart upload to %s failed: %s", channel, delivery_error(exc))

    def _answer_action(self, body: dict[str, Any], respond: Callable[..., Any]) -> None:
        """A button was pressed: run its command in the same channel."""
        channel = _channel(body)
        user = body.get("user")
        user_id = user.get("id") if isinstance(user, Mapping) else None
        actions = body.get("actions") or [{}]
        value = str(actions[0].get("value") or "") if isinstance(actions[0], Mapping) else ""
        text = None
        if channel and self._buttons is not None:
            text = self._buttons.resolve(f"{PLATFORM}:{channel}", value)
        command = None
        if text is not None:
            command = parse(
                text,
                chat=f"{PLATFORM}:{channel}",
                user=f"{PLATFORM}:{user_id}" if user_id else PLATFORM,
                private=channel.startswith("D"),
            )
        if command is None:
            log.info("slack: a button unknown, expired or from another channel")
            notice = message(self._language, "action.expired")
            _respond(respond, text=notice, response_type="ephemeral", replace_original=False)
            return
        reply = self._run(command)
        self._upload(channel, reply)
        for payload in self._payloads(reply, channel):
            if not _respond(respond, **payload, response_type="in_channel", replace_original=False):
                return


def _channel(body: Mapping[str, Any]) -> str:
    channel = body.get("channel")
    if isinstance(channel, Mapping) and channel.get("id"):
        return str(channel["id"])
    container = body.get("container")
    if isinstance(container, Mapping) and container.get("channel_id"):
        return str(container["channel_id"])
    return ""


def _respond(respond: Callable[..., Any], **payload: Any) -> bool:
    try:
        result = respond(**payload, unfurl_links=False, unfurl_media=False)
    except Exception as exc:
        log.warning("slack: response_url failed: %s", delivery_error(exc))
        return False
    return getattr(result, "status_code", 200) == 200
