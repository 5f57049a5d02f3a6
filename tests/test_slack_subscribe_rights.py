"""Who may change a channel's daily briefing on Slack, end to end: the real
Bolt App in HTTP mode, signed requests, the Web API at a local fake Slack.
With ``who_can_subscribe = "admins"``, a channel member is refused and a
workspace admin or owner (users.info) allowed; DMs need no check; only the
subscription commands cost a users.info call."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from event_loop import loop_in_thread, run_on
from fake_slack import SECRET, TOKEN, FakeSlack, event_body, post, sign, slash_body

from bot.adapters.slack_adapter import SlackAdapter
from bot.config import BriefingSettings, SlackSettings
from bot.scheduler import subscription_service
from bot.subscription_store import SubscriptionService
from handlers import Command, Context, Reply, dispatch
from summarizer.corpus import Corpus
from summarizer.store import Store

REFUSED = "관리자만"


@pytest.fixture()
def fake() -> Iterator[FakeSlack]:
    with FakeSlack(token=TOKEN) as slack:
        yield slack


@pytest.fixture()
def service(tmp_path: Path) -> SubscriptionService:
    return subscription_service(
        Store(tmp_path / "store.sqlite3"), BriefingSettings(who_can_subscribe="admins")
    )


@pytest.fixture()
def url(fake: FakeSlack, bundled: Corpus, service: SubscriptionService) -> Iterator[str]:
    """The bot's events URL; the adapter runs on an event loop in a thread."""
    context = Context(bundled)
    context.subscriptions = service

    async def run(command: Command) -> Reply:
        return await asyncio.to_thread(dispatch, command, context)

    settings = SlackSettings(port=0, host="127.0.0.1", api_url=fake.api_url, timeout=5.0)
    adapter = SlackAdapter(settings, bot_token=TOKEN, signing_secret=SECRET)
    with loop_in_thread() as loop:
        run_on(loop, adapter.start(run))
        yield f"http://127.0.0.1:{adapter.port}/slack/events"
        run_on(loop, adapter.stop())


def slash(url: str, fake: FakeSlack, key: str, command: str, text: str, **extra: str) -> str:
    """Send a slash command; the text of its (first) answer."""
    body = slash_body(command, text, response_url=fake.response_url(key), **extra)
    assert post(url, body, sign(SECRET, body))[0] == 200
    [answer] = fake.wait_for(f"response:{key}")
    return str(answer.params["text"])


def test_members_are_refused_admins_and_owners_allowed(
    url: str, fake: FakeSlack, service: SubscriptionService
) -> None:
    fake.admins.add("U0ADMIN")
    fake.owners.add("U0OWNER")
    assert REFUSED in slash(url, fake, "r1", "/subscribe", "07:00", user_id="U0USER")
    assert service.get("slack:C0CHAN") is None

    assert "07:00" in slash(url, fake, "r2", "/subscribe", "07:00", user_id="U0ADMIN")
    info = service.get("slack:C0CHAN")
    assert info is not None and info.active and info.time == "07:00"

    # The umbrella command routes to the same check.
    assert REFUSED in slash(url, fake, "r3", "/brief", "unsubscribe", user_id="U0USER")
    assert service.get("slack:C0CHAN").active  # type: ignore[union-attr]
    slash(url, fake, "r4", "/brief", "unsubscribe", user_id="U0OWNER")
    assert not service.get("slack:C0CHAN").active  # type: ignore[union-attr]

    asked = [c.params["user"] for c in fake.calls("users.info")]
    assert asked == ["U0USER", "U0ADMIN", "U0USER", "U0OWNER"]


def test_users_info_errors_mean_not_an_admin(
    url: str, fake: FakeSlack, service: SubscriptionService
) -> None:
    fake.admins.add("U0ADMIN")
    fake.fail("users.info", "missing_scope")  # the app lacks users:read
    assert REFUSED in slash(url, fake, "r1", "/subscribe", "", user_id="U0ADMIN")
    assert service.get("slack:C0CHAN") is None


def test_direct_messages_and_other_commands_need_no_check(
    url: str, fake: FakeSlack, service: SubscriptionService
) -> None:
    # A slash command in the DM with the bot.
    text = slash(url, fake, "r1", "/subscribe", "", channel_id="D0DM", channel_name="directmessage")
    assert REFUSED not in text
    assert service.get("slack:D0DM") is not None
    # "subscribe" typed in the DM (a message event).
    direct: dict[str, Any] = {
        "type": "message",
        "channel": "D0DM2",
        "user": "U0USER",
        "text": "subscribe 09:00",
        "ts": "1700000002.000100",
        "channel_type": "im",
    }
    body = event_body(direct)
    assert post(url, body, sign(SECRET, body))[0] == 200
    [posted] = fake.wait_for("chat.postMessage")
    assert posted.params["channel"] == "D0DM2" and "09:00" in posted.params["text"]
    # /subscription in a channel changes nothing: no check.
    slash(url, fake, "r2", "/subscription", "", user_id="U0USER")
    assert not fake.calls("users.info")
