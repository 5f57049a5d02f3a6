"""End to end: the real Bolt App in HTTP mode on 127.0.0.1, requests signed as
Slack signs them, its Web API client pointed at a local fake Slack."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from event_loop import run_on
from fake_slack import SECRET, TOKEN, FakeSlack, event_body, post, sign, slash_body

from bot.adapters.slack_adapter import SlackAdapter, create_adapter
from bot.config import ConfigError, SlackSettings, load_config
from bot.delivery import DeliveryError, DeliveryUnknown, PermanentFailure, RetryLater
from bot.runtime import Runtime, build_context
from bot.serve import make_dispatch
from handlers import Command, Context, Line, Reply, Section, dispatch
from summarizer.corpus import Corpus, SyncReport


@pytest.fixture()
def fake() -> Iterator[FakeSlack]:
    with FakeSlack(token=TOKEN) as slack:
        yield slack


def settings(fake: FakeSlack, **changes: Any) -> SlackSettings:
    values: dict[str, Any] = {
        "port": 0,
        "host": "127.0.0.1",
        "api_url": fake.api_url,
        "timeout": 5.0,
    }
    values.update(changes)
    return SlackSettings(**values)


@dataclass
class Bot:
    adapter: SlackAdapter
    url: str
    commands: list[Command] = field(default_factory=list)

    def send(self, body: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
        return post(self.url, body, sign(SECRET, body) if headers is None else headers)


@pytest.fixture()
def bot(loop: asyncio.AbstractEventLoop, fake: FakeSlack, context: Context) -> Iterator[Bot]:
    adapter = SlackAdapter(settings(fake), bot_token=TOKEN, signing_secret=SECRET)
    commands: list[Command] = []

    async def counting(command: Command) -> Reply:
        commands.append(command)  # which commands reached the core
        return await asyncio.to_thread(dispatch, command, context)

    run_on(loop, adapter.start(counting))
    bot = Bot(adapter, f"http://127.0.0.1:{adapter.port}/slack/events", commands)
    yield bot
    run_on(loop, adapter.stop())


def stop(loop: asyncio.AbstractEventLoop, bot: Bot) -> None:
    """Stop the adapter: waits for every answer in progress, so counts are final."""
    run_on(loop, bot.adapter.stop())


def slash(fake: FakeSlack, command: str, text: str = "", key: str = "r1") -> str:
    return slash_body(command, text, response_url=fake.response_url(key))


# --------------------------------------------------------------- answering
def test_chips_answered_through_response_url(bot: Bot, fake: FakeSlack, context: Context) -> None:
    status, body = bot.send(slash(fake, "/chips"))
    assert (status, body) == (200, "")  # acknowledged at once, answer follows
    [answer] = fake.wait_for("response:r1")
    expected = dispatch(Command("chips"), context).data["chips"]
    assert answer.params["response_type"] == "in_channel"
    assert answer.params["blocks"][0]["type"] == "header"
    for chip in expected:
        assert f"*{chip['name']}*" in str(answer.params["blocks"])
        assert chip["name"] in answer.params["text"]
    assert bot.commands == [
        Command("chips", "", chat="slack:C0CHAN", user="slack:U0USER", private=False)
    ]


def test_summary_answered_with_cited_sentences(bot: Bot, fake: FakeSlack, context: Context) -> None:
    assert bot.send(slash(fake, "/summary", "엔비디아"))[0] == 200
    [answer] = fake.wait_for("response:r1")
    sentences = dispatch(Command("summary", "엔비디아"), context).data["sentences"]
    assert sentences
    text = answer.params["text"]
    for sentence in sentences:
        assert f"{sentence['text']} [{sentence['source']}]" in text


def test_umbrella_command(bot: Bot, fake: FakeSlack) -> None:
    assert bot.send(slash(fake, "/brief", "chips H800", key="a"))[0] == 200
    assert bot.send(slash(fake, "/brief", "summary 엔비디아", key="b"))[0] == 200
    assert "H800 (Nvidia)" in fake.wait_for("response:a")[0].params["text"]
    assert "Nvidia" in fake.wait_for("response:b")[0].params["text"]
    assert sorted((c.name, c.args) for c in bot.commands) == [
        ("chips", "H800"),
        ("summary", "엔비디아"),
    ]


def test_mention_and_direct_message(bot: Bot, fake: FakeSlack) -> None:
    mention = {
        "type": "app_mention",
        "user": "U0USER",
        "text": "<@U0BOT> chips H800",
        "ts": "1700000001.000100",
        "thread_ts": "1700000000.000050",
        "channel": "C0CHAN",
        "event_ts": "1700000001.000100",
    }
    assert bot.send(event_body(mention)) == (200, "")
    [posted] = fake.wait_for("chat.postMessage")
    assert posted.params["channel"] == "C0CHAN"
    assert posted.params["thread_ts"] == "1700000000.000050"
    assert "H800" in posted.params["text"]
    assert posted.authorization == f"Bearer {TOKEN}"
    direct = {
        "type": "message",
        "channel": "D0DM",
        "user": "U0USER",
        "text": "sources",
        "ts": "1700000002.000100",
        "channel_type": "im",
    }
    assert bot.send(event_body(direct))[0] == 200
    posted = fake.wait_for("chat.postMessage", 2)[1]
    assert posted.params["channel"] == "D0DM" and "[1]" in posted.params["text"]


def test_own_messages_and_edits_ignored(
    loop: asyncio.AbstractEventLoop, bot: Bot, fake: FakeSlack
) -> None:
    own = {
        "type": "message",
        "channel": "D0DM",
        "user": "U0BOT",
        "bot_id": "B0BOT",
        "text": "🔌 언급된 칩",
        "ts": "1.1",
        "channel_type": "im",
    }
    edit = {
        "type": "message",
        "subtype": "message_changed",
        "channel": "D0DM",
        "hidden": True,
        "ts": "1.2",
        "channel_type": "im",
        "message": {"type": "message", "user": "U0USER", "text": "chips"},
    }
    assert bot.send(event_body(own))[0] == 200
    assert bot.send(event_body(edit))[0] == 200
    stop(loop, bot)
    assert bot.commands == [] and fake.calls("chat.postMessage") == []


def test_event_retries_answered_once(
    loop: asyncio.AbstractEventLoop, bot: Bot, fake: FakeSlack
) -> None:
    event = {
        "type": "app_mention",
        "user": "U0USER",
        "text": "<@U0BOT> chips",
        "ts": "1.3",
        "channel": "C0CHAN",
        "event_ts": "1.3",
    }
    body = event_body(event, event_id="Ev0RETRY01")
    assert bot.send(body)[0] == 200
    # Slack's retry: the same event_id, signed again, with the retry headers.
    retry = {
        **sign(SECRET, body, int(time.time()) + 1),
        "X-Slack-Retry-Num": "1",
        "X-Slack-Retry-Reason": "http_timeout",
    }
    assert bot.send(body, retry)[0] == 200
    stop(loop, bot)
    assert len(bot.commands) == 1
    assert len(fake.calls("chat.postMessage")) == 1


def test_url_verification(bot: Bot) -> None:
    body = '{"token": "x", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", "type": "url_verification"}'
    status, answer = bot.send(body)
    assert status == 200 and "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" in answer


def test_permanent_error_logged_without_crash(
    bot: Bot, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    fake.fail("chat.postMessage", "not_in_channel")
    event = {
        "type": "app_mention",
        "user": "U0USER",
        "text": "<@U0BOT> help",
        "ts": "1.4",
        "channel": "C0GONE",
        "event_ts": "1.4",
    }
    with caplog.at_level(logging.WARNING, logger="briefbot.slack"):
        assert bot.send(event_body(event))[0] == 200
        fake.wait_for("chat.postMessage")
        # The next mention is answered as usual.
        assert bot.send(event_body({**event, "channel": "C0CHAN"}))[0] == 200
        fake.wait_for("chat.postMessage", 2)
    assert "not_in_channel" in caplog.text
    assert TOKEN not in caplog.text and SECRET not in caplog.text


# ----------------------------------------------------------------- security
def test_forged_stale_replayed_and_malformed_requests_refused(
    loop: asyncio.AbstractEventLoop, bot: Bot, fake: FakeSlack
) -> None:
    body = slash(fake, "/chips")
    now = int(time.time())
    refused = {
        "wrong secret": (body, sign("not-the-secret", body)),
        "no signature": (body, {"X-Slack-Request-Timestamp": str(now)}),
        "no headers": (body, {}),
        "garbage signature": (body, {**sign(SECRET, body), "X-Slack-Signature": "v0=zz"}),
        "body changed": (body.replace("chips", "sources"), sign(SECRET, body)),
        "stale": (body, sign(SECRET, body, now - 301)),
        "from the future": (body, sign(SECRET, body, now + 400)),
    }
    for name, (data, headers) in refused.items():
        assert bot.send(data, headers)[0] == 401, name
    for timestamp in ("abc", "1e9", "-5", "1700000000.5", "²³", "99999999999999999999999"):
        headers = sign(SECRET, body, timestamp)
        status = bot.send(body, headers)[0]
        assert 400 <= status < 500, (timestamp, status)
    # A correct request once, then the same bytes again: a replay.
    headers = sign(SECRET, body)
    assert bot.send(body, headers)[0] == 200
    assert bot.send(body, headers)[0] == 401
    stop(loop, bot)
    assert len(bot.commands) == 1
    assert len(fake.calls("response:r1")) == 1


def test_only_the_events_path(bot: Bot) -> None:
    body = "{}"
    assert post(bot.url.replace("/slack/events", "/other"), body, sign(SECRET, body))[0] == 404
    assert bot.send("x" * 10, {"Content-Length": "oops"})[0] in (400, 401, 411)


# --------------------------------------------------------------------- push
def adapter_for(fake: FakeSlack, **changes: Any) -> SlackAdapter:
    return SlackAdapter(settings(fake, **changes), bot_token=TOKEN, signing_secret=SECRET)


REPLY = Reply(
    "summary", title="📰 브리핑", sections=(Section(None, (Line("문장 <!channel>", cites=(1,)),)),)
)


def test_push_posts_blocks(fake: FakeSlack) -> None:
    asyncio.run(adapter_for(fake).push("C0CHAN", REPLY))
    [call] = fake.calls("chat.postMessage")
    assert call.params["channel"] == "C0CHAN"
    assert call.params["text"] == "📰 브리핑\n\n• 문장 &lt;!channel&gt; [1]"
    assert [b["type"] for b in call.params["blocks"]] == ["header", "section"]


@pytest.mark.parametrize(
    "error",
    [
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "account_inactive",
        "token_revoked",
        "invalid_auth",
        "missing_scope",
    ],
)
def test_push_permanent_errors(fake: FakeSlack, error: str) -> None:
    fake.fail("chat.postMessage", error)
    with pytest.raises(PermanentFailure, match=error):
        asyncio.run(adapter_for(fake).push("C0CHAN", REPLY))


def test_push_retries_after_retry_after(fake: FakeSlack) -> None:
    # The first message of a push: the 429 goes back to the ledger, which
    # reschedules (one retry policy, bot/sending.py) ...
    fake.rate_limit("chat.postMessage", retry_after=1)
    with pytest.raises(RetryLater) as caught:
        asyncio.run(adapter_for(fake).push("C0CHAN", REPLY))
    assert caught.value.retry_after == 1
    # ... a chat reply (nobody reschedules it) waits and is sent.
    fake.rate_limit("chat.postMessage", retry_after=1)

    async def reply() -> None:
        await adapter_for(fake)._post("C0CHAN", {"text": "답"})

    asyncio.run(reply())
    assert len(fake.calls("chat.postMessage")) == 3  # 429, 429, then the post


def test_push_long_rate_limit_is_handed_back(fake: FakeSlack) -> None:
    fake.rate_limit("chat.postMessage", retry_after=120)
    with pytest.raises(RetryLater) as caught:
        asyncio.run(adapter_for(fake).push("C0CHAN", REPLY))
    assert caught.value.retry_after == 120
    assert len(fake.calls("chat.postMessage")) == 1


def test_push_connection_refused_is_retry_later(fake: FakeSlack) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    adapter = SlackAdapter(
        settings(fake, api_url=f"http://127.0.0.1:{port}/api/"),
        bot_token=TOKEN,
        signing_secret=SECRET,
    )
    with pytest.raises(RetryLater):
        asyncio.run(adapter.push("C0CHAN", REPLY))


def test_push_read_timeout_is_unknown_and_not_resent(fake: FakeSlack) -> None:
    fake.slow("chat.postMessage", 5)
    with pytest.raises(DeliveryUnknown):
        asyncio.run(adapter_for(fake, timeout=0.5).push("C0CHAN", REPLY))
    assert len(fake.calls("chat.postMessage")) == 1


def test_push_other_errors(fake: FakeSlack) -> None:
    fake.fail("chat.postMessage", "invalid_blocks")
    with pytest.raises(DeliveryError) as caught:
        asyncio.run(adapter_for(fake).push("C0CHAN", REPLY))
    assert not isinstance(caught.value, PermanentFailure | RetryLater | DeliveryUnknown)
    fake.fail("chat.postMessage", "internal_error")
    with pytest.raises(DeliveryUnknown):
        asyncio.run(adapter_for(fake).push("C0CHAN", REPLY))


# ------------------------------------------------------------------- set-up
def runtime(bundled: Corpus, **env: str) -> Runtime:
    config = load_config(env=env)
    return Runtime(config, bundled, build_context(config, bundled), SyncReport())


def test_missing_secrets_named(monkeypatch: pytest.MonkeyPatch, bundled: Corpus) -> None:
    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigError, match="SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET"):
        create_adapter(runtime(bundled))
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET") as caught:
        create_adapter(runtime(bundled))
    assert TOKEN not in str(caught.value)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
    assert create_adapter(runtime(bundled)).mode == "http"
    monkeypatch.setenv("SLACK_APP_TOKEN", "xoxb-wrong-kind")
    with pytest.raises(ConfigError, match="xapp-"):
        create_adapter(runtime(bundled))
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1-A0APP-1-abc")
    monkeypatch.delenv("SLACK_SIGNING_SECRET")
    assert create_adapter(runtime(bundled)).mode == "socket"


def test_refused_token_stops_the_start(
    loop: asyncio.AbstractEventLoop, fake: FakeSlack, bundled: Corpus
) -> None:
    adapter = SlackAdapter(settings(fake), bot_token="xoxb-revoked", signing_secret=SECRET)
    with pytest.raises(ConfigError, match="invalid_auth") as caught:
        run_on(loop, adapter.start(make_dispatch(runtime(bundled))))
    assert "xoxb-revoked" not in str(caught.value)
    run_on(loop, adapter.stop())


def test_settings_validated() -> None:
    with pytest.raises(ConfigError, match="slack.umbrella_command"):
        load_config(env={"BRIEFBOT_SLACK_UMBRELLA_COMMAND": "brief"})
    with pytest.raises(ConfigError, match="slack.response_type"):
        load_config(env={"BRIEFBOT_SLACK_RESPONSE_TYPE": "loud"})
    with pytest.raises(ConfigError, match="slack.port"):
        load_config(env={"BRIEFBOT_SLACK_PORT": "70000"})
    config = load_config(
        env={"BRIEFBOT_SLACK_PORT": "3100", "BRIEFBOT_SLACK_API_URL": "http://127.0.0.1:9/api/"}
    )
    assert (config.slack.port, config.slack.api_url) == (3100, "http://127.0.0.1:9/api/")


def test_truncated_request_does_not_hurt(bot: Bot, fake: FakeSlack) -> None:
    port = bot.adapter.port
    assert port is not None
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n"
            b"X-Slack-Request-Timestamp: 1\r\nX-Slack-Signature: v0=00\r\n\r\ncommand=%2Fch"
        )
    assert bot.send(slash(fake, "/chips"))[0] == 200
    fake.wait_for("response:r1")
