"""Telegram buttons, per-chat language and the two-language menu, end to end:
the real PTB Application against the fake Bot API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from fake_telegram import FakeBotAPI
from fake_telegram_media import buttons_of, callback_update

from bot.adapters.telegram_adapter import TelegramAdapter
from bot.buttons import Buttons
from bot.config import TelegramSettings, load_config
from bot.runtime import Runtime
from bot.serve import make_dispatch
from handlers import Context
from summarizer.corpus import Corpus, SyncReport


@pytest.fixture()
def fake() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as server:
        yield server


@pytest.fixture()
def runtime(bundled: Corpus) -> Runtime:
    context = Context(bundled, sources_per_page=2)  # 5 articles: three pages
    return Runtime(load_config(env={}), bundled, context, SyncReport())


@contextlib.asynccontextmanager
async def running(fake: FakeBotAPI, runtime: Runtime) -> AsyncIterator[TelegramAdapter]:
    settings = TelegramSettings(base_url=fake.base_url, poll_timeout=1)
    adapter = TelegramAdapter(fake.token, settings, buttons=Buttons(runtime.corpus.store))
    await adapter.start(make_dispatch(runtime))
    try:
        yield adapter
    finally:
        await adapter.stop()


def _run(scenario: Any) -> None:
    asyncio.run(asyncio.wait_for(scenario, 60))


def test_next_page_button_answers_in_the_same_chat_and_only_there(
    fake: FakeBotAPI, runtime: Runtime
) -> None:
    async def scenario() -> None:
        async with running(fake, runtime):
            fake.send_text("/sources", chat_id=31)
            await fake.await_for(lambda f: f.messages_to(31))
            first = fake.messages_to(31)[-1]
            keys = buttons_of(first)
            assert [k["text"] for k in keys] == ["다음 쪽 ▶"]
            value = keys[0]["callback_data"]
            assert len(value.encode()) <= 64
            # Pressed in another chat (a forged callback): nothing happens there.
            fake.add_update(callback_update(fake, value, chat_id=32))
            await fake.await_for(lambda f: len(f.callback_answers) == 1)
            fake.add_update(callback_update(fake, value, chat_id=31))
            await fake.await_for(lambda f: len(f.messages_to(31)) == 2)
            await fake.await_for(lambda f: len(f.callback_answers) == 2)
        assert not fake.messages_to(32)
        forged, pressed = fake.callback_answers
        assert "만료" in forged["text"]
        assert not pressed.get("text")
        page2 = fake.messages_to(31)[-1]
        first_ids = set(re.findall(r"\[(\d+)\]", first["plain"]))
        page2_ids = set(re.findall(r"\[(\d+)\]", page2["plain"]))
        assert len(page2_ids) == 2 and not page2_ids & first_ids
        labels = [k["text"] for k in buttons_of(page2)]
        assert labels == ["◀ 이전 쪽", "다음 쪽 ▶"]

    _run(scenario())
    assert "callback_query" in (fake.allowed_updates or [])


def test_forged_and_garbage_callbacks_do_nothing(fake: FakeBotAPI, runtime: Runtime) -> None:
    async def scenario() -> None:
        async with running(fake, runtime):
            for data in ("b1.0123456789abcdef", "not ours", ""):
                fake.add_update(callback_update(fake, data, chat_id=35, language_code="en"))
            await fake.await_for(lambda f: len(f.callback_answers) == 3)
        assert not fake.sent
        assert all("expired" in a["text"] for a in fake.callback_answers)

    _run(scenario())


def test_chip_buttons_open_the_card(fake: FakeBotAPI, runtime: Runtime) -> None:
    async def scenario() -> None:
        async with running(fake, runtime):
            fake.send_text("/chips", chat_id=36)
            await fake.await_for(lambda f: f.messages_to(36))
            keys = {k["text"]: k["callback_data"] for k in buttons_of(fake.messages_to(36)[-1])}
            assert "H800" in keys
            fake.add_update(callback_update(fake, keys["H800"], chat_id=36))
            await fake.await_for(lambda f: len(f.messages_to(36)) == 2)
        assert fake.messages_to(36)[-1]["plain"].startswith("🔌 H800")

    _run(scenario())


def test_lang_switches_one_chat_and_menu_in_both_languages(
    fake: FakeBotAPI, runtime: Runtime
) -> None:
    english_user = fake.message("/help", chat_id=39)
    english_user["from"]["language_code"] = "en-GB"

    async def scenario() -> None:
        async with running(fake, runtime):
            fake.send_text("/lang en", chat_id=37)
            await fake.await_for(lambda f: f.messages_to(37))
            fake.send_text("/help", chat_id=37)
            fake.send_text("/help", chat_id=38)
            fake.add_update({"message": english_user})
            await fake.await_for(lambda f: all(len(f.messages_to(c)) for c in (38, 39)))
            await fake.await_for(lambda f: len(f.messages_to(37)) == 2)

    _run(scenario())
    assert "Commands" in fake.messages_to(37)[-1]["plain"]
    assert "명령" in fake.messages_to(38)[-1]["plain"]
    assert "Commands" in fake.messages_to(39)[-1]["plain"]  # the user's language_code
    assert {"", "ko", "en"} <= set(fake.commands)
    en = {c["command"]: c["description"] for c in fake.commands["en"]}
    ko = {c["command"]: c["description"] for c in fake.commands["ko"]}
    assert set(en) == set(ko) and "lang" in en
    assert en["help"] == "this help" and ko["help"] == "도움말"


def test_trend_sends_a_png(fake: FakeBotAPI, runtime: Runtime, tmp_path: Any) -> None:
    async def scenario() -> None:
        async with running(fake, runtime):
            fake.send_text("/trend 엔비디아 7", chat_id=41)
            await fake.await_for(lambda f: f.photos and f.messages_to(41))

    _run(scenario())
    photo = fake.photos[0]
    assert photo["chat_id"] == 41 and photo["photo"].startswith(b"\x89PNG")
    assert photo["photo.filename"].endswith(".png") and "언급 추이" in photo["caption"]
    assert "매체 미상" in fake.messages_to(41)[0]["plain"]
    (tmp_path / "trend.png").write_bytes(photo["photo"])


def test_a_group_that_refuses_photos_still_gets_the_text(
    fake: FakeBotAPI, runtime: Runtime
) -> None:
    fake.fail("sendPhoto", 400, "Bad Request: not enough rights to send photos to the chat")

    async def scenario() -> None:
        async with running(fake, runtime):
            fake.send_text("/trend H800", chat_id=-42, chat_type="supergroup")
            await fake.await_for(lambda f: f.messages_to(-42))

    _run(scenario())
    assert not fake.photos and "언급 추이" in fake.messages_to(-42)[0]["plain"]
