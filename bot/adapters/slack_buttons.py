"""Slack's half of buttons and pictures: Block Kit buttons whose ``value`` is
a chat-bound callback value (:class:`bot.buttons.Buttons`), the
``block_actions`` listener that runs the command a button stands for in the
same channel, and charts uploaded with ``files_upload_v2``. A value from
another channel, forged or expired gets a polite ephemeral notice only.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from handlers import Command, Reply, parse
from handlers.messages import message

from ..buttons import Buttons
from .slack_render import PLATFORM, render
from .slack_webapi import delivery_error

log = logging.getLogger("briefbot.slack")


class SlackActionsMixin:
    """Mixed into :class:`~.slack_runtime.SlackAdapter`."""

    client: AsyncWebClient
    _buttons: Buttons | None
    _language: str

    async def _run(self, command: Command) -> Reply:
        raise NotImplementedError  # provided by the adapter

    async def _payloads(self, reply: Reply, channel: str) -> list[dict[str, Any]]:
        """Rendered messages, with the reply's actions as buttons."""
        if not reply.actions or self._buttons is None or not channel:
            return render(reply)
        commands = [action.command for action in reply.actions]
        chat = f"{PLATFORM}:{channel}"
        values = await asyncio.to_thread(self._buttons.values, chat, commands)
        return render(reply, values)

    async def _upload(self, channel: str, reply: Reply, thread_ts: str | None = None) -> None:
        """Upload the reply's chart to ``channel`` (files_upload_v2); a
        failure is logged and the text answer still goes out."""
        image = reply.image
        if image is None or not channel:
            return
        try:
            await self.client.files_upload_v2(
                channel=channel,
                content=image.data,
                filename=image.filename,
                title=reply.title or image.filename,
                alt_txt=image.alt[:1000] or None,
                thread_ts=thread_ts,
            )
        except Exception as exc:
            log.warning("slack: chart upload to %s failed: %s", channel, delivery_error(exc))

    async def _answer_action(self, body: dict[str, Any], respond: Any) -> None:
        """A button was pressed: run its command in the same channel."""
        channel = _channel(body)
        command = None
        if channel and self._buttons is not None:
            text = await asyncio.to_thread(
                self._buttons.resolve, f"{PLATFORM}:{channel}", _value(body)
            )
            command = _command(text, channel, body) if text is not None else None
        if command is None:
            log.info("slack: a button unknown, expired or from another channel")
            notice = message(self._language, "action.expired")
            await _respond(respond, text=notice, response_type="ephemeral", replace_original=False)
            return
        reply = await self._run(command)
        await self._upload(channel, reply)
        for payload in await self._payloads(reply, channel):
            sent = await _respond(
                respond, **payload, response_type="in_channel", replace_original=False
            )
            if not sent:
                return


def _channel(body: Mapping[str, Any]) -> str:
    channel = body.get("channel")
    if isinstance(channel, Mapping) and channel.get("id"):
        return str(channel["id"])
    container = body.get("container")
    if isinstance(container, Mapping) and container.get("channel_id"):
        return str(container["channel_id"])
    return ""


def _value(body: Mapping[str, Any]) -> str:
    actions = body.get("actions")
    if not isinstance(actions, list) or not actions or not isinstance(actions[0], Mapping):
        return ""
    return str(actions[0].get("value") or "")


def _command(text: str, channel: str, body: Mapping[str, Any]) -> Command | None:
    user = body.get("user")
    user_id = user.get("id") if isinstance(user, Mapping) else None
    return parse(
        text,
        chat=f"{PLATFORM}:{channel}",
        user=f"{PLATFORM}:{user_id}" if user_id else PLATFORM,
        private=channel.startswith("D"),
    )


async def _respond(respond: Any, **payload: Any) -> bool:
    try:
        result = await respond(**payload, unfurl_links=False, unfurl_media=False)
    except Exception as exc:
        log.warning("slack: response_url failed: %s", delivery_error(exc))
        return False
    return getattr(result, "status_code", 200) == 200
