"""Telegram inline keyboards: a reply's actions become buttons whose
``callback_data`` is a chat-bound value from :class:`bot.buttons.Buttons`;
pressing one runs the command it stands for in the same chat, as a new
message. A value from another chat, forged or expired gets a polite
"expired" notice on the button (``answerCallbackQuery``) and nothing else.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import CallbackQuery, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from handlers import Command, Reply, parse
from handlers.language import platform_language
from handlers.messages import message

from ..buttons import Buttons
from .telegram_render import render

log = logging.getLogger("briefbot.telegram")


class CallbackMixin:
    """The button half of :class:`~.telegram_runtime.TelegramAdapter`."""

    _buttons: Buttons | None
    _language: str

    async def _serve(
        self, update: Update, command: Command, chat_id: int, reply_to: int | None
    ) -> None: ...  # pragma: no cover - provided by the adapter

    async def _payloads(self, reply: Reply, chat_id: int | str) -> list[dict[str, Any]]:
        """Rendered payloads, with an inline keyboard when the reply has actions."""
        if not reply.actions or self._buttons is None:
            return render(reply)
        commands = [action.command for action in reply.actions]
        values = await asyncio.to_thread(self._buttons.values, f"telegram:{chat_id}", commands)
        return render(reply, buttons=values)

    async def _on_callback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        user = query.from_user
        language = platform_language(user.language_code) or self._language
        chat = query.message.chat if query.message is not None else None
        text = None
        if chat is not None and self._buttons is not None:
            chat_key = f"telegram:{chat.id}"
            text = await asyncio.to_thread(self._buttons.resolve, chat_key, query.data or "")
        if chat is None or text is None:
            log.info("callback %s: unknown, expired or from another chat", update.update_id)
            await _answer_query(query, message(language, "action.expired"))
            return
        await _answer_query(query, None)
        command = parse(
            text,
            chat=f"telegram:{chat.id}",
            user=f"telegram:{user.id}",
            private=chat.type == "private",
            user_language=user.language_code,
        )
        if command is not None:
            await self._serve(update, command, chat.id, None)


async def _answer_query(query: CallbackQuery, text: str | None) -> None:
    """answerCallbackQuery: stops the button's spinner (with a notice)."""
    try:
        await query.answer(text=text, show_alert=bool(text))
    except TelegramError as exc:  # too late (over 15 min) or already answered
        log.info("answerCallbackQuery failed: %s", exc.message)
