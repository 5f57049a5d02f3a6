"""Language per chat: ``/lang ko|en`` stored in the store, and how every
command's reply language is chosen.

Order: a language the command itself carries (the console's ``--lang``),
then the chat's ``/lang`` choice, then — in a one-to-one chat — the language
the platform reports for the user (Telegram's ``language_code``), then the
deployment's ``bot.language``.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from summarizer import chat_prefs
from summarizer.store import Store

from .messages import LANGUAGES, message
from .reply import Command, Line, Reply, Section
from .services import ChatLanguageStore

if TYPE_CHECKING:
    from .context import Context

_NAMES = {
    "ko": "ko",
    "kr": "ko",
    "korean": "ko",
    "한국어": "ko",
    "한국말": "ko",
    "한글": "ko",
    "en": "en",
    "english": "en",
    "영어": "en",
}


class ChatLanguages:
    """The ``/lang`` choice of each chat, kept with the chat's other
    preferences (:mod:`summarizer.chat_prefs`)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, chat: str) -> str | None:
        return chat_prefs.get_language(self.store, chat)

    def set(self, chat: str, language: str, user: str) -> None:
        chat_prefs.set_language(self.store, chat, language, user)


def chat_languages(context: Context) -> ChatLanguageStore:
    if context.languages is None:
        context.languages = ChatLanguages(context.corpus.store)
    return context.languages


def platform_language(code: str | None) -> str | None:
    """A platform's language tag ("ko", "en-US") → a reply language, if we have it."""
    base = (code or "").split("-")[0].split("_")[0].casefold()
    return base if base in LANGUAGES else None


def chat_language(chat: str, context: Context) -> str | None:
    """The chat's stored choice (for pushes such as the daily briefing)."""
    return chat_languages(context).get(chat)


def with_language(command: Command, context: Context) -> Command:
    """``command`` with its reply language settled (see the module doc)."""
    if command.language in LANGUAGES:
        return command
    language = chat_languages(context).get(command.chat)
    if language is None and command.private:
        language = platform_language(command.user_language)
    return dataclasses.replace(command, language=language or context.language)


def lang(command: Command, context: Context) -> Reply:
    """``/lang`` shows the chat's language; ``/lang ko|en`` sets it."""
    language = command.language or context.language
    if not command.args:
        return Reply(
            "lang",
            title=message(language, "lang.current", name=message(language, f"lang.{language}")),
            sections=(Section(None, (Line(message(language, "lang.usage")),)),),
        )
    wanted = _NAMES.get(command.args.strip().casefold())
    if wanted is None:
        text = message(language, "lang.unknown", value=command.args.strip()[:20])
        return Reply("lang", notices=(text,), ok=False)
    if not _may_change(command, context):
        return Reply("lang", notices=(message(language, "lang.admins_only"),), ok=False)
    chat_languages(context).set(command.chat, wanted, command.user)
    return Reply("lang", title=message(wanted, "lang.set", name=message(wanted, f"lang.{wanted}")))


def _may_change(command: Command, context: Context) -> bool:
    from .subscribe_commands import may_change

    service = context.subscriptions
    if service is None:
        return bool(command.private) or command.is_admin is not False
    return may_change(command, service)
