"""/subscribe, /unsubscribe, /subscription and the daily briefing reply:
real handlers, a real subscription service on a real SQLite store."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fake_clock import FakeClock

from bot.cli import main
from bot.config import BriefingSettings
from bot.scheduler import subscription_service
from bot.subscription_store import Subscriptions
from handlers import Command, Context, dispatch, parse
from handlers.briefing import daily_briefing, new_article_ids
from handlers.subscribe_commands import ScheduleError, parse_schedule
from summarizer.corpus import Corpus
from summarizer.store import Store


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ("", ("08:00", "Asia/Seoul")),
        ("20:00", ("20:00", "Asia/Seoul")),
        ("7:05", ("07:05", "Asia/Seoul")),
        ("오전 8시", ("08:00", "Asia/Seoul")),
        ("저녁 7시 30분", ("19:30", "Asia/Seoul")),
        ("오후7시", ("19:00", "Asia/Seoul")),
        ("아침 6시 반", ("06:30", "Asia/Seoul")),
        ("밤 12시", ("00:00", "Asia/Seoul")),
        ("오전 12시", ("00:00", "Asia/Seoul")),
        ("낮 12시", ("12:00", "Asia/Seoul")),
        ("정오", ("12:00", "Asia/Seoul")),
        ("7:30pm", ("19:30", "Asia/Seoul")),
        ("9시 America/New_York", ("09:00", "America/New_York")),
        ("europe/london 06:45", ("06:45", "Europe/London")),
        ("UTC", ("08:00", "UTC")),
        ("KST 7시", ("07:00", "Asia/Seoul")),
    ],
)
def test_schedule_forms(args: str, expected: tuple[str, str]) -> None:
    assert parse_schedule(args, "08:00", "Asia/Seoul") == expected


@pytest.mark.parametrize(
    ("args", "key"),
    [
        ("25:00", "subscribe.bad_time"),
        ("8:75", "subscribe.bad_time"),
        ("오전 13시", "subscribe.bad_time"),
        ("내일", "subscribe.bad_time"),
        ("8시 Mars/Olympus", "subscribe.bad_zone"),
        ("Asia/Seoul Asia/Tokyo", "subscribe.bad_zone"),
    ],
)
def test_bad_schedules(args: str, key: str) -> None:
    with pytest.raises(ScheduleError) as caught:
        parse_schedule(args, "08:00", "Asia/Seoul")
    assert caught.value.key == key


NOW = datetime(2025, 3, 1, 22, 0, tzinfo=UTC)  # Seoul: Sunday 2 March 07:00


@pytest.fixture()
def clock() -> FakeClock:
    return FakeClock(NOW)


def make_context(corpus: Corpus, store: Store, clock: FakeClock, **settings: object) -> Context:
    briefing = dataclasses.replace(BriefingSettings(), **settings)  # type: ignore[arg-type]
    return Context(corpus, subscriptions=subscription_service(store, briefing, clock))


@pytest.fixture()
def ctx(bundled: Corpus, tmp_path: Path, clock: FakeClock) -> Context:
    return make_context(bundled, Store(tmp_path / "subs.sqlite3"), clock)


def say(context: Context, text: str, chat: str = "telegram:42", **fields: object):  # type: ignore[no-untyped-def]
    command = parse(text, chat=chat, user="u1", **fields)
    assert command is not None
    return dispatch(command, context)


def test_subscribe_defaults_and_next_delivery(ctx: Context) -> None:
    reply = say(ctx, "/subscribe")
    assert reply.ok and reply.command == "subscribe"
    sub = reply.data["subscription"]
    assert (sub["time"], sub["timezone"], sub["active"]) == ("08:00", "Asia/Seoul", True)
    # 07:00 in Seoul now: today's 08:00, shown in the chat's zone.
    assert sub["next_delivery"] == "2025-03-02T08:00:00+09:00"
    shown = say(ctx, "/subscription")
    assert shown.ok and shown.data["subscription"]["next_delivery"] == sub["next_delivery"]
    assert any("2025년 3월 2일 (일) 08:00" in line.text for line in shown.sections[0].lines)


def test_subscribing_twice_updates(ctx: Context, tmp_path: Path) -> None:
    assert say(ctx, "/구독 오전 8시").title == "✅ 매일 브리핑을 보내 드립니다."
    again = say(ctx, "/구독 저녁 7시 30분 America/New_York")
    assert again.title == "✅ 브리핑 시각을 바꿨습니다."
    assert again.data["subscription"]["time"] == "19:30"
    # 22:00 UTC is 17:00 in New York: today's 19:30 there.
    assert again.data["subscription"]["next_delivery"] == "2025-03-01T19:30:00-05:00"
    same = say(ctx, "/구독 19:30 America/New_York")  # the time it has: said so, not "changed"
    assert same.title == "✅ 이미 이 시각에 매일 브리핑을 받고 있습니다."
    assert same.data["subscription"]["time"] == "19:30"
    store = ctx.subscriptions.subscriptions.store
    assert store.query("SELECT count(*) FROM subscriptions")[0][0] == 1


def test_unsubscribe_and_resubscribe(ctx: Context) -> None:
    assert say(ctx, "/unsubscribe").title == "구독 중이 아닙니다."
    say(ctx, "/subscribe 9:00")
    assert say(ctx, "/구독취소").title == "매일 브리핑을 그만 보냅니다."
    shown = say(ctx, "/구독정보")
    assert shown.data["subscription"]["active"] is False
    assert shown.data["subscription"]["next_delivery"] is None
    assert say(ctx, "/subscribe").data["subscription"]["active"] is True
    # /start does not undo the chat's own /unsubscribe …
    say(ctx, "/unsubscribe")
    assert len(say(ctx, "/start").notices) == 1
    assert say(ctx, "/subscription").data["subscription"]["active"] is False


def test_start_reactivates_after_a_block(ctx: Context, clock: FakeClock) -> None:
    say(ctx, "/subscribe")
    service = ctx.subscriptions
    with service.subscriptions.store.transaction() as db:
        Subscriptions.turn_off(db, "telegram", "42", clock())  # the user blocked the bot
    assert say(ctx, "/subscription").data["subscription"]["active"] is False
    started = say(ctx, "/start")
    assert started.notices[0] == "매일 브리핑을 다시 보내 드립니다."
    assert say(ctx, "/subscription").data["subscription"]["active"] is True


def test_who_may_change_a_group_subscription(
    bundled: Corpus, tmp_path: Path, clock: FakeClock
) -> None:
    ctx = make_context(bundled, Store(tmp_path / "s.sqlite3"), clock, who_can_subscribe="admins")
    group = "telegram:-100123"
    refused = say(ctx, "/subscribe", chat=group)
    assert not refused.ok and "관리자" in refused.notices[0]
    assert not say(ctx, "/subscribe", chat=group, is_admin=False).ok
    assert say(ctx, "/subscribe", chat=group, is_admin=True).ok
    assert not say(ctx, "/unsubscribe", chat=group).ok
    # Private chats: always the user's own choice; Slack DMs too.
    assert say(ctx, "/subscribe", chat="telegram:42").ok
    assert say(ctx, "/subscribe", chat="slack:D0123").ok
    assert not say(ctx, "/subscribe", chat="slack:C0123").ok
    assert say(ctx, "/subscribe", chat="slack:C0123", private=False, is_admin=True).ok
    # Anyone may read it.
    assert say(ctx, "/subscription", chat=group).ok


def test_english_and_bad_input_never_raise(ctx: Context) -> None:
    reply = say(ctx, "/subscribe 25:00", language="en")
    assert not reply.ok and reply.notices[0].startswith("I can't read the time")
    reply = say(ctx, "/subscribe 8:00 Nowhere/Land", language="en")
    assert not reply.ok and "Unknown time zone" in reply.notices[0]
    reply = say(ctx, "/subscribe " + "9" * 150)
    assert not reply.ok
    assert say(ctx, "/subscription", language="en").title == "This chat is not subscribed."


def test_without_a_service(bundled: Corpus) -> None:
    reply = dispatch(Command("subscribe"), Context(bundled))
    assert not reply.ok and reply.notices


# ------------------------------------------------------------- the briefing
def test_briefing_reply(bundled: Corpus) -> None:
    context = Context(bundled)
    ids = new_article_ids(bundled, None, 30)
    assert ids == [1, 2, 3, 4, 5]
    reply = daily_briefing(context, article_ids=ids, day=NOW.date(), since=None)
    assert reply.ok and reply.title and "2025년 3월 1일 (토)" in reply.title
    # five commentaries on the DeepSeek shock from unnamed outlets: the
    # briefing tells its stories, each with a headline and its own sources
    stories = reply.data["stories"]
    assert 1 <= len(stories) <= 5
    for story, section in zip(stories, reply.sections, strict=False):
        assert section.heading and section.heading.endswith(story["headline"])
        assert all(line.cites for line in section.lines)
        own = {s["id"] for s in story["sources"]}
        assert story["gist"] and {g["source"] for g in story["gist"]} <= own
    headings = [s.heading for s in reply.sections][len(stories) :]
    assert headings == ["언급된 칩", "언급된 기업"]
    chips = {c["name"] for c in reply.data["chips"]}
    assert {"H800", "H100", "Ascend"} <= chips
    assert reply.data["companies"][0]["name"] == "DeepSeek"
    cited = {c for s in reply.sections for line in s.lines for c in line.cites}
    assert cited <= {s.id for s in reply.sources}


def test_briefing_covers_only_what_is_new(bundled: Corpus) -> None:
    context = Context(bundled)
    latest = max(datetime.fromisoformat(s.added_at) for s in bundled.sources())
    assert new_article_ids(bundled, latest, 30) == []
    assert new_article_ids(bundled, None, 30, until=latest - timedelta(days=365)) == []
    nothing = daily_briefing(context, article_ids=[], day=NOW.date(), since=latest)
    assert (
        nothing.ok
        and nothing.title
        and nothing.notices == ("지난 브리핑 이후 새 기사가 없습니다.",)
    )
    english = daily_briefing(context, article_ids=[], day=NOW.date(), since=latest, language="en")
    assert english.notices == ("Nothing new since the last briefing.",)
    one = daily_briefing(context, article_ids=[3], day=NOW.date(), since=latest)
    [story] = one.data["stories"]
    own = {s["id"] for s in story["sources"]}
    cited = {c for line in one.sections[0].lines for c in line.cites}
    assert 3 in cited and cited <= own and {s.id for s in one.sources} <= own
    if len(own) > 1:  # told before the last briefing: a follow-up, not a new story
        assert "후속 보도 1건" in (one.sections[0].heading or "")


def test_brief_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = str(tmp_path / "s.sqlite3")
    assert main(["brief", "--json", "--store", store]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["command"] == "briefing" and payload["text"]
    assert payload["data"]["new_articles"] == [1, 2, 3, 4, 5]
    assert main(["brief", "--store", store, "--since", "2999-01-01"]) == 0
    assert "새 기사가 없습니다" in capsys.readouterr().out
    assert main(["brief", "--store", store, "--since", "yesterday"]) == 2
    assert "--since" in capsys.readouterr().err
