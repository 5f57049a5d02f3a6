"""Language per chat: /lang, the platform's hint, and the catalogue."""

from __future__ import annotations

import re

from bot.config import BriefingSettings
from bot.scheduler import subscription_service
from handlers import Command, Context, dispatch, to_text
from handlers.messages import _MESSAGES


def _help(context: Context, chat: str, **fields: object) -> str:
    return to_text(dispatch(Command("help", chat=chat, **fields), context))  # type: ignore[arg-type]


def test_lang_switches_only_that_chat(context: Context) -> None:
    assert "명령" in _help(context, "test:lang-a")
    reply = dispatch(Command("lang", "en", chat="test:lang-a", private=True), context)
    assert reply.ok and "English" in to_text(reply)
    assert "Commands" in _help(context, "test:lang-a")
    assert "명령" in _help(context, "test:lang-b")  # another chat keeps Korean
    dispatch(Command("lang", "한국어", chat="test:lang-a", private=True), context)
    assert "명령" in _help(context, "test:lang-a")


def test_private_chats_follow_the_users_language_until_lang(context: Context) -> None:
    chat = "test:lang-private"
    assert "Commands" in _help(context, chat, private=True, user_language="en-US")
    assert "명령" in _help(context, "test:lang-group", private=False, user_language="en")
    dispatch(Command("lang", "ko", chat=chat, private=True), context)
    assert "명령" in _help(context, chat, private=True, user_language="en-US")


def test_lang_in_a_group_needs_an_admin_when_subscriptions_do(context: Context) -> None:
    service = subscription_service(
        context.corpus.store, BriefingSettings(who_can_subscribe="admins")
    )
    context.subscriptions = service
    try:
        refused = dispatch(Command("lang", "en", chat="test:g", private=False), context)
        assert not refused.ok and "관리자" in to_text(refused)
        done = dispatch(Command("lang", "en", chat="test:g", private=False, is_admin=True), context)
        assert done.ok
    finally:
        context.subscriptions = None


def test_lang_usage_and_bad_values(context: Context) -> None:
    shown = dispatch(Command("lang", chat="test:lang-c"), context)
    assert "한국어" in to_text(shown) and "/lang en" in to_text(shown)
    bad = dispatch(Command("lang", "fr", chat="test:lang-c"), context)
    assert not bad.ok and "‘fr’" in to_text(bad) and "/lang en" in to_text(bad)


def test_every_message_in_both_languages_with_the_same_placeholders() -> None:
    for key, (ko, en) in _MESSAGES.items():
        assert ko.strip() and en.strip(), key
        assert set(re.findall(r"\{(\w+)\}", ko)) == set(re.findall(r"\{(\w+)\}", en)), key
