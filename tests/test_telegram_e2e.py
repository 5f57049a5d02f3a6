"""End to end: the real PTB Application (through TelegramAdapter) over HTTP
on 127.0.0.1 against the fake Bot API server of fake_telegram.py."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import socket
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from fake_telegram import FakeBotAPI, parse_telegram_html, post_update, utf16_units

from bot import delivery
from bot.adapters.base import Dispatch
from bot.adapters.telegram_adapter import TelegramAdapter, create_adapter
from bot.config import ConfigError, TelegramSettings, load_config
from bot.runtime import Runtime
from bot.serve import make_dispatch
from handlers import Command, Context, Line, Reply, Section
from summarizer.corpus import Corpus, SyncReport

WEBHOOK_SECRET = "s3cret-Token_for-tests"
STICKER = {
    "file_id": "CAACAgIAAxkBAAIBQ2Z",
    "file_unique_id": "AgADRQADr8ZRGg",
    "width": 512,
    "height": 512,
    "is_animated": False,
    "is_video": False,
    "type": "regular",
    "emoji": "👍",
}


@pytest.fixture()
def fake() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as server:
        yield server


@pytest.fixture()
def runtime(bundled: Corpus) -> Runtime:
    config = load_config(env={})
    return Runtime(config, bundled, Context(bundled), SyncReport())


def settings_for(fake: FakeBotAPI, **overrides: Any) -> TelegramSettings:
    values: dict[str, Any] = {"base_url": fake.base_url, "timeout": 10.0, "poll_timeout": 5}
    values.update(overrides)
    return TelegramSettings(**values)


@contextlib.asynccontextmanager
async def running(
    fake: FakeBotAPI,
    dispatch: Dispatch,
    *,
    language: str = "ko",
    webhook_secret: str | None = None,
    **overrides: Any,
) -> AsyncIterator[TelegramAdapter]:
    adapter = TelegramAdapter(
        fake.token,
        settings_for(fake, **overrides),
        language=language,
        webhook_secret=webhook_secret,
    )
    await adapter.start(dispatch)
    try:
        yield adapter
    finally:
        await adapter.stop()


def texts_to(fake: FakeBotAPI, chat_id: int) -> list[str]:
    return [m["plain"] for m in fake.messages_to(chat_id)]


def all_valid(fake: FakeBotAPI) -> None:
    for sent in fake.sent:
        assert sent["parse_mode"] == "HTML"
        assert sent["link_preview_options"] == {"is_disabled": True}
        assert utf16_units(sent["text"]) <= 4096
        _, tags = parse_telegram_html(sent["text"])
        assert {name for name, _ in tags} <= {"b", "a"}


def test_a_conversation(
    fake: FakeBotAPI, runtime: Runtime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    chats = {
        "/chips": 11,
        "/summary": 12,
        "/sources": 13,
        "엔비디아 H800 칩 소식": 14,
        "/요약 화웨이": 15,
        "\x00\u200b<b>&amp;</a>💥 /%%%": 16,
        "/frobnicate@briefbot_test_bot <script>": 17,
        "/summary " + "가" * 4000: 18,
    }

    async def scenario() -> None:
        async with running(fake, make_dispatch(runtime)):
            for text, chat_id in chats.items():
                fake.send_text(text, chat_id=chat_id)
            # Not for us, or nothing to answer: all ignored quietly.
            fake.add_update({"edited_message": fake.message("/chips", chat_id=91)})
            fake.add_update({"message": fake.message(None, chat_id=92, sticker=STICKER)})
            post = fake.message("/chips", chat_id=-93, chat_type="channel")
            fake.add_update({"channel_post": post})
            fake.send_text("/chips@OtherBot", chat_id=-94, chat_type="group")
            fake.send_text("그냥 잡담", chat_id=-95, chat_type="group")
            await fake.await_for(lambda f: all(f.messages_to(c) for c in chats.values()))
        # stop() has waited for every update in flight

    asyncio.run(scenario())
    all_valid(fake)
    chips = "\n".join(texts_to(fake, 11))
    assert chips.startswith("🔌 언급된 칩") and "H800 — Nvidia" in chips
    summary = "\n".join(texts_to(fake, 12))
    assert summary.startswith("📰") and re.search(r"\[\d\]$", summary.splitlines()[-1])
    assert "📚 기사 5건" in "\n".join(texts_to(fake, 13))
    assert texts_to(fake, 14)[0].startswith("🔎")
    assert "화웨이" in texts_to(fake, 15)[0] or "Huawei" in texts_to(fake, 15)[0]
    assert texts_to(fake, 16)  # garbage still gets a short answer
    assert "/help" in texts_to(fake, 17)[0] and "frobnicate" in texts_to(fake, 17)[0]
    assert "너무 깁니다" in texts_to(fake, 18)[0]
    for chat_id in (91, 92, -93, -94, -95):
        assert not fake.messages_to(chat_id)
    # The menu, in Korean, from the command registry.
    menu = fake.commands[""]
    # the first set, the daily briefing (issue 6), issue 15's and issue 12's commands
    order = "summary chips sources help start subscribe unsubscribe subscription lang trend"
    assert [c["command"] for c in menu] == [*order.split(), "stories", "story", "topics"]
    assert all(re.search("[가-힣]", c["description"]) for c in menu)
    # The token never reaches the log, not even at DEBUG.
    secret = fake.token.split(":")[1]
    assert secret not in caplog.text
    assert "briefbot_test_bot" in caplog.text  # the log did record the run


def test_english_menu_and_group_replies(fake: FakeBotAPI, runtime: Runtime) -> None:
    async def scenario() -> None:
        async with running(fake, make_dispatch(runtime), language="en"):
            fake.send_text("/chips@briefbot_test_bot H800", chat_id=-100200, chat_type="supergroup")
            fake.send_text("@briefbot_test_bot 딥시크", chat_id=-100300, chat_type="supergroup")
            await fake.await_for(lambda f: f.messages_to(-100200) and f.messages_to(-100300))

    asyncio.run(scenario())
    assert all(not re.search("[가-힣]", c["description"]) for c in fake.commands[""])
    (sent,) = fake.messages_to(-100200)
    assert sent["plain"].startswith("🔌 H800 (Nvidia)")
    assert sent["reply_parameters"]["message_id"] > 0  # answers the asker in a group
    all_valid(fake)


def test_slow_summary_does_not_block_other_chats(fake: FakeBotAPI, runtime: Runtime) -> None:
    real = make_dispatch(runtime)
    gate = threading.Event()

    async def dispatch(command: Command) -> Reply:
        if command.chat == "telegram:21":
            await asyncio.to_thread(gate.wait, 30)
        return await real(command)

    async def scenario() -> None:
        async with running(fake, dispatch):
            fake.send_text("/summary", chat_id=21)
            fake.send_text("/chips", chat_id=22)
            await fake.await_for(lambda f: f.messages_to(22))
            assert not fake.messages_to(21)
            gate.set()
            await fake.await_for(lambda f: f.messages_to(21))

    try:
        asyncio.run(scenario())
    finally:
        gate.set()


def test_flood_control_is_honoured(fake: FakeBotAPI, runtime: Runtime) -> None:
    fake.flood(1)

    async def scenario() -> None:
        async with running(fake, make_dispatch(runtime)):
            fake.send_text("/chips", chat_id=31)
            await fake.await_for(lambda f: f.messages_to(31))

    asyncio.run(scenario())
    first, second = fake.calls_of("sendMessage")
    assert second.at - first.at >= 0.95  # waited retry_after (1 s), give or take clock rounding
    assert len(fake.messages_to(31)) == 1


def test_blocked_chat_and_migrated_group(
    fake: FakeBotAPI, runtime: Runtime, caplog: pytest.LogCaptureFixture
) -> None:
    fake.forbid(41)
    fake.migrate(-42, -100042)

    async def scenario() -> None:
        async with running(fake, make_dispatch(runtime)):
            fake.send_text("/help", chat_id=41)
            fake.send_text("/help", chat_id=-42, chat_type="group")
            await fake.await_for(lambda f: f.messages_to(-100042))
            fake.send_text("/help", chat_id=43)  # still serving
            await fake.await_for(lambda f: f.messages_to(43))

    asyncio.run(scenario())
    assert not fake.messages_to(41)
    assert "refuses messages" in caplog.text and "41" in caplog.text


def test_unexpected_errors_give_an_apology(
    fake: FakeBotAPI, runtime: Runtime, caplog: pytest.LogCaptureFixture
) -> None:
    real = make_dispatch(runtime)

    async def dispatch(command: Command) -> Reply:
        if command.name == "chips":
            raise RuntimeError(f"boom with {fake.token}")
        return await real(command)

    async def scenario() -> None:
        async with running(fake, dispatch):
            update_id = fake.send_text("/chips", chat_id=51)
            await fake.await_for(lambda f: f.messages_to(51))
            return update_id

    update_id = asyncio.run(scenario())
    (sent,) = fake.messages_to(51)
    assert sent["plain"].startswith("죄송합니다")
    assert f"update {update_id} failed" in caplog.text
    assert fake.token.split(":")[1] not in caplog.text


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_webhook_refuses_requests_without_the_secret(fake: FakeBotAPI, runtime: Runtime) -> None:
    port = _free_port()
    hook = f"http://127.0.0.1:{port}/telegram"

    def update(chat_id: int) -> dict[str, Any]:
        return {"update_id": 7000 + chat_id, "message": fake.message("/chips", chat_id=chat_id)}

    async def scenario() -> list[int]:
        async with running(
            fake,
            make_dispatch(runtime),
            webhook_secret=WEBHOOK_SECRET,
            mode="webhook",
            webhook_listen="127.0.0.1",
            webhook_port=port,
            webhook_url="https://bot.example.com/telegram",
        ):
            statuses = [
                await asyncio.to_thread(post_update, hook, update(61)),
                await asyncio.to_thread(post_update, hook, update(62), "wrong"),
                await asyncio.to_thread(post_update, hook, update(63), WEBHOOK_SECRET),
            ]
            await fake.await_for(lambda f: f.messages_to(63))
        return statuses

    assert asyncio.run(scenario()) == [403, 403, 200]
    assert fake.webhook is None or fake.webhook["secret_token"] == WEBHOOK_SECRET
    set_webhook = fake.calls_of("setWebhook")[0].params
    assert set_webhook["url"] == "https://bot.example.com/telegram"
    assert set_webhook["secret_token"] == WEBHOOK_SECRET
    assert set_webhook["allowed_updates"] == ["message", "my_chat_member", "callback_query"]
    assert not fake.calls_of("getUpdates")
    assert not fake.messages_to(61) and not fake.messages_to(62)


def test_webhook_mode_needs_a_secret(
    runtime: Runtime, monkeypatch: pytest.MonkeyPatch, fake: FakeBotAPI
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", fake.token)
    monkeypatch.delenv("TELEGRAM_WEBHOOK_SECRET", raising=False)
    config = load_config(
        env={
            "BRIEFBOT_TELEGRAM_MODE": "webhook",
            "BRIEFBOT_TELEGRAM_WEBHOOK_URL": "https://bot.example.com/",
        }
    )
    webhook_runtime = Runtime(config, runtime.corpus, runtime.context, runtime.report)
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET is not set"):
        create_adapter(webhook_runtime)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "bad secret!")
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET is malformed"):
        create_adapter(webhook_runtime)


def test_refused_token_is_a_clear_startup_error(fake: FakeBotAPI, runtime: Runtime) -> None:
    other = "987654321:AAOtherTokenThatTheServerDoesNotKnow1"
    adapter = TelegramAdapter(other, settings_for(fake))

    async def scenario() -> None:
        await adapter.start(make_dispatch(runtime))

    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN was refused") as info:
        asyncio.run(scenario())
    assert other not in str(info.value)


def test_unreachable_bot_api_is_a_clear_startup_error(runtime: Runtime) -> None:
    port = _free_port()  # nothing listens there
    settings = TelegramSettings(base_url=f"http://127.0.0.1:{port}/bot", timeout=5.0)
    adapter = TelegramAdapter("123:" + "A" * 35, settings)
    with pytest.raises(ConfigError, match="cannot reach the Telegram Bot API"):
        asyncio.run(adapter.start(make_dispatch(runtime)))


# ------------------------------------------------------------------- push
def _briefing(lines: int = 3) -> Reply:
    text = "엔비디아 H800 🚀 칩과 화웨이 昇騰 <비교> & 전망을 정리했다."
    return Reply(
        "summary",
        title="📰 오늘의 브리핑",
        sections=(Section(None, tuple(Line(f"{i} {text}", cites=(1,)) for i in range(lines))),),
    )


def _push(fake: FakeBotAPI, runtime: Runtime, chat: str, reply: Reply, **overrides: Any) -> None:
    async def scenario() -> None:
        async with running(fake, make_dispatch(runtime), **overrides) as adapter:
            await adapter.push(chat, reply)

    asyncio.run(scenario())


def test_push_delivers_every_part(fake: FakeBotAPI, runtime: Runtime) -> None:
    _push(fake, runtime, "71", _briefing(300))
    sent = fake.messages_to(71)
    assert len(sent) > 1
    all_valid(fake)


@pytest.mark.parametrize(
    ("inject", "error", "check"),
    [
        (lambda f: f.flood(7), delivery.RetryLater, lambda e: e.retry_after == 7.0),
        (lambda f: f.forbid(), delivery.PermanentFailure, lambda e: True),
        (
            lambda f: f.migrate(-72, -100072),
            delivery.ChatMigrated,
            lambda e: e.new_chat == "-100072",
        ),
        (
            lambda f: f.fail("sendMessage", 400, "Bad Request: chat not found"),
            delivery.PermanentFailure,
            lambda e: True,
        ),
    ],
)
def test_push_errors(
    fake: FakeBotAPI, runtime: Runtime, inject: Any, error: type[Exception], check: Any
) -> None:
    inject(fake)
    with pytest.raises(error) as info:
        _push(fake, runtime, "-72", _briefing())
    assert check(info.value)
    assert not fake.sent


def test_push_timeout_is_unknown(fake: FakeBotAPI, runtime: Runtime) -> None:
    fake.delay("sendMessage", 20)
    with pytest.raises(delivery.DeliveryUnknown):
        _push(fake, runtime, "73", _briefing(), timeout=0.5, poll_timeout=0)


def test_push_to_an_unreachable_api_can_be_retried(fake: FakeBotAPI, runtime: Runtime) -> None:
    async def scenario() -> None:
        async with running(fake, make_dispatch(runtime)) as adapter:
            fake.stop()  # connections are now refused
            await adapter.push("74", _briefing())

    with pytest.raises(delivery.RetryLater):
        asyncio.run(scenario())


def test_push_flood_on_a_later_part_waits_instead_of_failing(
    fake: FakeBotAPI, runtime: Runtime
) -> None:
    fake.flood(1, after=1)  # the second part meets flood control
    _push(fake, runtime, "75", _briefing(300))
    parts = fake.messages_to(75)
    assert len(parts) >= 2 and len(fake.calls_of("sendMessage")) == len(parts) + 1


def test_refused_markup_falls_back_to_plain_text(fake: FakeBotAPI, runtime: Runtime) -> None:
    fake.fail("sendMessage", 400, 'Bad Request: can\'t parse entities: Unsupported start tag "b"')

    async def scenario() -> None:
        async with running(fake, make_dispatch(runtime)):
            fake.send_text("/help", chat_id=81)
            await fake.await_for(lambda f: f.messages_to(81))

    asyncio.run(scenario())
    (sent,) = fake.messages_to(81)
    assert "parse_mode" not in sent and "<b>" not in sent["text"]
    assert sent["text"].startswith("안녕하세요") or sent["text"].startswith("briefbot")


def test_webhook_port_in_use_is_a_clear_startup_error(fake: FakeBotAPI, runtime: Runtime) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        adapter = TelegramAdapter(
            fake.token,
            settings_for(
                fake,
                mode="webhook",
                webhook_port=port,
                webhook_url="https://bot.example.com/telegram",
            ),
            webhook_secret=WEBHOOK_SECRET,
        )
        with pytest.raises(ConfigError, match="telegram.webhook_port"):
            asyncio.run(adapter.start(make_dispatch(runtime)))
