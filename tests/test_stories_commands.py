"""/stories, /story N, /topics, /subscribe with topics, /summary WORD and
the story-centric daily briefing, through the real handlers on day1."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from handlers import Command, Context, dispatch
from handlers.briefing import BRIEFING_SCAN, daily_briefing, new_article_ids
from summarizer.chat_prefs import get_topics
from summarizer.corpus import Corpus
from summarizer.store import Store
from summarizer.story_text import clean_headline, is_headline, outlet, strip_byline, title_index


@pytest.fixture()
def ctx(day1_store: Path, tmp_path: Path) -> Context:
    copy = tmp_path / "day1.sqlite3"
    shutil.copy(day1_store, copy)
    return Context(Corpus(Store(copy)))


def say(ctx: Context, name: str, args: str = "", **fields: object) -> object:
    return dispatch(Command(name, args, chat="telegram:7", **fields), ctx)  # type: ignore[arg-type]


def test_stories_and_story(ctx: Context) -> None:
    reply = dispatch(Command("stories"), ctx)
    assert reply.ok and reply.title and reply.title.startswith("📰 주요 이슈")
    stories = reply.data["stories"]
    assert len(stories) == 10 and all(len(s["sources"]) > 1 for s in stories[:5])
    first = reply.sections[0]
    assert first.heading == f"1. {stories[0]['headline']}"
    assert "외" in first.lines[-1].text and len(first.lines[-1].cites) >= 2
    cited = {c for s in reply.sections for line in s.lines for c in line.cites}
    assert cited <= {s.id for s in reply.sources}
    detail = dispatch(Command("story", "2"), ctx)
    assert detail.ok and detail.title == f"2. {stories[1]['headline']}"
    timeline = detail.sections[-1].lines
    assert len(timeline) == len(stories[1]["sources"]) and all(line.label for line in timeline)
    english = dispatch(Command("story", "99", language="en"), ctx)
    assert not english.ok and "no story 99" in english.notices[0]
    assert not dispatch(Command("story", "두번째"), ctx).ok
    topic = dispatch(Command("stories", "리벨리온"), ctx)
    assert topic.data["stories"] and "리벨리온" in (topic.title or "")
    none = dispatch(Command("stories", "존재하지않는주제어"), ctx)
    assert none.ok and none.notices and not none.data["stories"]


def test_topics_and_subscribe_with_topics(ctx: Context) -> None:
    assert "관심 주제가 없습니다" in dispatch(Command("topics", chat="telegram:7"), ctx).notices[0]
    added = dispatch(Command("topics", "add 반도체 엔비디아", chat="telegram:7"), ctx)
    assert added.data["topics"] == ["반도체", "엔비디아"]
    removed = dispatch(Command("topics", "remove 반도체", chat="telegram:7"), ctx)
    assert removed.data["topics"] == ["엔비디아"]
    missing = dispatch(Command("topics", "remove 없는말", chat="telegram:7", language="en"), ctx)
    assert "Not among the topics" in missing.notices[0]
    assert not dispatch(Command("topics", "frobnicate", chat="telegram:7"), ctx).ok
    for bare in ("add", "remove", "추가"):  # nothing to add or remove: say so, change nothing
        empty = dispatch(Command("topics", bare, chat="telegram:7"), ctx)
        assert not empty.ok and "/topics add" in empty.notices[0]
        assert empty.data["topics"] == ["엔비디아"]
    again = dispatch(Command("topics", "add 엔비디아 HBM HBM", chat="telegram:7"), ctx)
    assert again.data["topics"] == ["엔비디아", "HBM"]
    assert again.notices == ("관심 주제를 추가했습니다: HBM", "이미 관심 주제입니다: 엔비디아")
    dispatch(Command("topics", "remove HBM", chat="telegram:7"), ctx)
    from bot.config import BriefingSettings
    from bot.scheduler import subscription_service

    ctx.subscriptions = subscription_service(ctx.corpus.store, BriefingSettings())
    reply = dispatch(
        Command("subscribe", "08:00 HBM 리벨리온", chat="telegram:9", private=True), ctx
    )
    assert reply.ok and reply.data["subscription"]["time"] == "08:00"
    assert get_topics(ctx.corpus.store, "telegram:9") == ["HBM", "리벨리온"]
    assert any("리벨리온" in line.text for s in reply.sections for line in s.lines)
    bad = dispatch(Command("subscribe", "25:00 반도체", chat="telegram:9", private=True), ctx)
    assert not bad.ok


def test_briefing_by_topics_follow_ups_and_no_repeats(ctx: Context) -> None:
    day = datetime(2026, 11, 25, tzinfo=UTC).date()
    ids = new_article_ids(ctx.corpus, None, BRIEFING_SCAN)
    about = daily_briefing(ctx, article_ids=ids, day=day, since=None, topics=("리벨리온",))
    assert about.data["stories"] and "리벨리온" in about.data["stories"][0]["headline"]
    # Two more reports of one story arrive after the chat's last briefing.
    cut = max(datetime.fromisoformat(s.added_at) for s in ctx.corpus.sources())
    story = max((ctx.corpus.story_of(i) for i in ids), key=len)  # the 7-outlet story
    later = "2030-01-01T00:00:00+00:00"
    with ctx.corpus.store.transaction() as db:
        for article_id in story[-2:]:
            db.execute("UPDATE articles SET added_at = ? WHERE id = ?", (later, article_id))
    new = new_article_ids(ctx.corpus, cut, BRIEFING_SCAN)
    reply = daily_briefing(ctx, article_ids=new, day=day, since=cut)
    assert len(reply.data["stories"]) == 1  # nothing new elsewhere: nothing repeated
    assert reply.sections[0].heading and "후속 보도 2건" in reply.sections[0].heading
    english = daily_briefing(ctx, article_ids=new, day=day, since=cut, language="en")
    assert "2 follow-up reports" in (english.sections[0].heading or "")


def test_summary_word_lists_its_stories(ctx: Context) -> None:
    reply = dispatch(Command("summary", "엔비디아"), ctx)
    assert reply.data["sentences"] and reply.data["stories"]
    assert reply.sections[-1].heading == "관련 이슈"


def test_story_text_helpers() -> None:
    assert clean_headline("[단독] 삼성전자, HBM4 통과(종합2보) | 디일렉") == "삼성전자, HBM4 통과"
    assert clean_headline("AI칩 수출 통제 - 연합뉴스", "연합뉴스") == "AI칩 수출 통제"
    assert outlet(None, "웨이퍼 3만달러 시대 | 디일렉", None) == "디일렉"
    assert outlet(None, "제목", "https://www.example.co.kr/a/1") == "example.co.kr"
    text = "[서울=뉴시스]남궁건 기자 = 과학기술정보통신부가 가이드라인을 확정했다."
    assert strip_byline(text) == "과학기술정보통신부가 가이드라인을 확정했다."
    titles = title_index(["삼성전자 HBM4, 엔비디아 품질검증 통과"])
    assert is_headline("삼성전자 HBM4, 엔비디아 품질검증 통과", titles)
    assert not is_headline("삼성전자는 내년 1분기부터 HBM4를 공급한다고 밝혔다.", titles)


def test_stories_carry_a_full_coverage_button_per_story(ctx: Context) -> None:
    reply = dispatch(Command("stories"), ctx)
    assert [a.command for a in reply.actions] == [
        f"/story {n}" for n in range(1, len(reply.data["stories"]) + 1)
    ]
    assert reply.actions[0].label == "1번 전체 보도"
    second = dispatch(Command("story", reply.actions[1].command.split()[1]), ctx)
    assert second.ok and second.title == f"2. {reply.data['stories'][1]['headline']}"
    english = dispatch(Command("stories", language="en"), ctx)
    assert english.actions[0].label == "Full coverage 1"


def test_story_detail_prints_moments_people_read() -> None:
    from handlers.stories import moment_text, story_detail
    from summarizer.story_members import StorySource
    from summarizer.story_view import Story

    assert moment_text("2025-02-21") == "2025-02-21"
    assert moment_text("2026-11-26T18:48:47+00:00") == "2026-11-27 03:48"  # Seoul time
    assert moment_text("2026-11-26T18:48:47+00:00", "UTC") == "2026-11-26 18:48"
    assert moment_text("2026-11-26T18:48:47") == "2026-11-26 18:48"  # no offset: as stored
    stamp = "2026-11-26T18:48:47+00:00"
    source = StorySource(5, None, "딥시크 쇼크", None, None, None, stamp, 0.0, 0.0)
    reply = story_detail(Story(1, [source], ["#5"], headline="딥시크 쇼크"), 1, "ko")
    text = "\n".join(line.text for section in reply.sections for line in section.lines)
    assert "T18:48" not in text and "+00:00" not in text
    assert "처음 2026-11-27 03:48" in text
    assert "매체 미상 [5]" in text and "#5" not in text


def test_unfilled_stories_keep_the_list_order(ctx: Context) -> None:
    """The chip card asks only where its stories stand in /stories: the same
    order without headlines and gists read."""
    from handlers.stories import today

    full, bare = today(ctx, limit=10), today(ctx, limit=10, filled=False)
    assert [s.id for s in bare] == [s.id for s in full]
    assert full[0].headline and not bare[0].headline and not bare[0].gist
