"""The Telegram adapter and the daily briefing's subscriptions, end to end
(real PTB over HTTP against the fake Bot API): who may subscribe in groups
(getChatMember, only for /subscribe and /unsubscribe), the bot's own
membership changes (``my_chat_member``: blocked, kicked, let back in), and a
403 on an interactive answer."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
from fake_telegram import FakeBotAPI

from bot.adapters.telegram_adapter import TelegramAdapter
from bot.config import BriefingSettings, TelegramSettings
from bot.scheduler import subscription_service
from bot.subscription_store import PLATFORM, UNSUBSCRIBED, Subscriptions, SubscriptionService
from handlers import Command, Context, Reply, dispatch
from summarizer.corpus import Corpus
from summarizer.store import Store

GROUP = -1001234


@pytest.fixture()
def fake() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as server:
        yield server


def service_for(tmp_path: Path, who: str = "anyone") -> SubscriptionService:
    return subscription_service(
        Store(tmp_path / "store.sqlite3"), BriefingSettings(who_can_subscribe=who)
    )


@contextlib.asynccontextmanager
async def running(
    fake: FakeBotAPI, bundled: Corpus, service: SubscriptionService
) -> AsyncIterator[TelegramAdapter]:
    context = Context(bundled)
    context.subscriptions = service

    async def run(command: Command) -> Reply:
        return await asyncio.to_thread(dispatch, command, context)

    settings = TelegramSettings(base_url=fake.base_url, timeout=10.0, poll_timeout=1)
    adapter = TelegramAdapter(fake.token, settings, subscriptions=service)
    await adapter.start(run)
    try:
        yield adapter
    finally:
        await adapter.stop()  # waits for every update in flight


async def until(predicate: Callable[[], object], timeout: float = 30.0) -> None:
    """Wait (bounded) for a change the bot makes in the store."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        assert loop.time() < deadline, "condition not met"
        await asyncio.sleep(0.02)


def confirmed(update_id: int) -> Callable[[FakeBotAPI], bool]:
    """The bot has fetched ``update_id`` (a later getUpdates moved past it)."""
    return lambda f: any(
        int(c.params.get("offset") or 0) > update_id for c in f.calls_of("getUpdates")
    )


def state(service: SubscriptionService, chat: str) -> tuple[bool, str | None] | None:
    sub = Subscriptions(service.subscriptions.store).get(*chat.split(":"))
    return (sub.active, sub.off_reason) if sub else None


def texts_to(fake: FakeBotAPI, chat_id: int) -> list[str]:
    return [m["plain"] for m in fake.messages_to(chat_id)]


def test_only_admins_change_a_group_subscription(
    tmp_path: Path, bundled: Corpus, fake: FakeBotAPI
) -> None:
    service = service_for(tmp_path, "admins")
    chat = f"telegram:{GROUP}"
    fake.members[(GROUP, 8)] = "administrator"
    fake.members[(GROUP, 9)] = "creator"
    group = {"chat_id": GROUP, "chat_type": "supergroup"}

    async def scenario() -> None:
        async with running(fake, bundled, service):
            fake.send_text("/subscribe 07:30", user_id=7, **group)  # a member
            await fake.await_for(lambda f: len(f.messages_to(GROUP)) == 1)
            assert "관리자" in texts_to(fake, GROUP)[0]
            assert service.get(chat) is None

            fake.send_text("/subscribe 07:30", user_id=8, **group)  # an administrator
            await fake.await_for(lambda f: len(f.messages_to(GROUP)) == 2)
            assert "07:30" in texts_to(fake, GROUP)[1]
            assert state(service, chat) == (True, None)

            fake.send_text("/구독취소", user_id=7, **group)  # the Korean alias, a member
            await fake.await_for(lambda f: len(f.messages_to(GROUP)) == 3)
            assert "관리자" in texts_to(fake, GROUP)[2]
            assert state(service, chat) == (True, None)

            # Telegram cannot tell: treated as not an admin.
            fake.fail("getChatMember", 400, "Bad Request: PARTICIPANT_ID_INVALID")
            fake.send_text("/unsubscribe", user_id=9, **group)
            await fake.await_for(lambda f: len(f.messages_to(GROUP)) == 4)
            assert "관리자" in texts_to(fake, GROUP)[3]

            fake.send_text("/unsubscribe", user_id=9, **group)  # the creator
            await fake.await_for(lambda f: len(f.messages_to(GROUP)) == 5)
            assert state(service, chat) == (False, UNSUBSCRIBED)

            # Other commands, and private chats, cost no getChatMember call.
            fake.send_text("/subscription", user_id=7, **group)
            fake.send_text("/subscribe", chat_id=555)
            await fake.await_for(lambda f: len(f.messages_to(GROUP)) == 6 and f.messages_to(555))
            assert state(service, "telegram:555") == (True, None)

    asyncio.run(scenario())
    asked = [(c.params["chat_id"], c.params["user_id"]) for c in fake.calls_of("getChatMember")]
    assert asked == [(GROUP, 7), (GROUP, 8), (GROUP, 7), (GROUP, 9), (GROUP, 9)]


def test_anyone_may_subscribe_when_the_setting_says_so(
    tmp_path: Path, bundled: Corpus, fake: FakeBotAPI
) -> None:
    service = service_for(tmp_path, "anyone")

    async def scenario() -> None:
        async with running(fake, bundled, service):
            fake.send_text("/subscribe", chat_id=GROUP, chat_type="group", user_id=7)
            await fake.await_for(lambda f: f.messages_to(GROUP))

    asyncio.run(scenario())
    assert state(service, f"telegram:{GROUP}") == (True, None)


def test_blocked_kicked_and_let_back_in(tmp_path: Path, bundled: Corpus, fake: FakeBotAPI) -> None:
    service = service_for(tmp_path)
    for chat in ("telegram:501", f"telegram:{GROUP}", "telegram:502"):
        service.subscribe(chat, "08:00", "Asia/Seoul", None)
    service.unsubscribe("telegram:502")  # the chat's own choice
    group = {"chat_id": GROUP, "chat_type": "supergroup"}

    async def scenario() -> None:
        async with running(fake, bundled, service):
            # A user blocks the bot, then unblocks it.
            fake.bot_membership("member", "kicked", chat_id=501)
            await until(lambda: state(service, "telegram:501") == (False, PLATFORM))
            fake.bot_membership("kicked", "member", chat_id=501)
            await fake.await_for(lambda f: f.messages_to(501))
            assert "다시 보내 드립니다" in texts_to(fake, 501)[0]
            assert state(service, "telegram:501") == (True, None)

            # The bot is removed from a group, then added back as an admin.
            fake.bot_membership("member", "left", **group)
            await until(lambda: state(service, f"telegram:{GROUP}") == (False, PLATFORM))
            fake.bot_membership("left", "administrator", **group)
            await fake.await_for(lambda f: f.messages_to(GROUP))
            assert state(service, f"telegram:{GROUP}") == (True, None)

            # Kicked and re-added: the same. Unsubscribed chats stay off.
            fake.bot_membership("member", "kicked", **group)
            await until(lambda: state(service, f"telegram:{GROUP}") == (False, PLATFORM))
            last = fake.bot_membership("kicked", "member", chat_id=502)
            await fake.await_for(confirmed(last))
        # stopped: every fetched update has been handled

    asyncio.run(scenario())
    assert fake.allowed_updates == ["message", "my_chat_member", "callback_query"]
    assert state(service, "telegram:502") == (False, UNSUBSCRIBED)
    assert not fake.messages_to(502)
    assert len(fake.messages_to(GROUP)) == 1


def test_a_403_on_an_answer_switches_the_briefing_off(
    tmp_path: Path, bundled: Corpus, fake: FakeBotAPI
) -> None:
    service = service_for(tmp_path)
    service.subscribe("telegram:503", "08:00", "Asia/Seoul", None)

    async def scenario() -> None:
        async with running(fake, bundled, service):
            fake.forbid(503)
            fake.send_text("/chips", chat_id=503)
            await until(lambda: state(service, "telegram:503") == (False, PLATFORM))
            assert not fake.messages_to(503)
            fake.send_text("/start", chat_id=503)  # back: /start switches it on again
            await fake.await_for(lambda f: f.messages_to(503))
            assert "다시 보내 드립니다" in texts_to(fake, 503)[0]

    asyncio.run(scenario())
    assert state(service, "telegram:503") == (True, None)
