"""``briefbot stories`` and ``briefbot eval stories DIR`` (issue 12)."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from .config import Config

if TYPE_CHECKING:  # imported where used: building the command line needs none of them
    from handlers.reply import Reply
    from summarizer.story_view import Story


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    parser = sub.add_parser(
        "stories",
        help="the stories, most important first",
        description="Every story with an article added or published since DATE (default: "
        "the newest articles' window), most important first.",
    )
    common(parser)
    parser.add_argument("--json", action="store_true", help='print {"stories": [...]}')
    parser.add_argument("--since", metavar="DATE", help="ISO date or time, e.g. 2025-03-01")
    parser.add_argument("--topic", nargs="+", metavar="WORD", help="only stories about these")
    parser.add_argument("--limit", type=int, metavar="N", help="at most N stories")
    parser.add_argument("--rebuild", action="store_true", help="re-cluster the whole store first")


def parse_since(value: str | None, zone: ZoneInfo) -> datetime | None:
    """An ISO date or time; without an offset, in ``zone``. Raises ValueError."""
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def run(config: Config, args: argparse.Namespace) -> int:
    zone = ZoneInfo(config.briefing.default_timezone)
    try:
        since = parse_since(args.since, zone)
    except ValueError:
        print(f"briefbot: --since must be an ISO date or time, not {args.since!r}", file=sys.stderr)
        return 2
    if args.limit is not None and args.limit < 1:
        print("briefbot: --limit must be at least 1", file=sys.stderr)
        return 2
    from handlers import to_text
    from summarizer.corpus import Corpus
    from summarizer.store import Store
    from summarizer.story_view import Period, recent_stories

    # The store and the corpus folder only: no chat or ingest services to start.
    corpus = Corpus(Store(config.store_target), story_window_days=config.stories.window_days)
    try:
        if config.corpus_path.exists():  # bot.runtime would start the ingest services too
            corpus.sync_folder(config.corpus_path)
        if args.rebuild:
            count = corpus.rebuild_stories()
            print(f"re-clustered: {count} stories", file=sys.stderr)
        topics = tuple(args.topic or ())
        found = recent_stories(
            corpus,
            Period(since=since),
            topics=topics,
            limit=args.limit,
            window_days=config.stories.window_days,
            keep=(lambda s: s.topic > 0) if topics else None,
        )
        if args.json:
            print(
                json.dumps({"stories": [s.as_json() for s in found]}, ensure_ascii=False, indent=2)
            )
        else:
            print(to_text(_reply(found, config.bot.language)))
    finally:
        corpus.store.close()
    return 0


def _reply(found: list[Story], language: str) -> Reply:
    from handlers.reply import Reply
    from handlers.stories import story_refs, story_section
    from handlers.story_messages import story_message

    if not found:
        return Reply("stories", notices=(story_message(language, "stories.none"),))
    return Reply(
        "stories",
        title=story_message(language, "stories.title", count=len(found)),
        sections=tuple(story_section(s, i, language) for i, s in enumerate(found, 1)),
        sources=story_refs(found),
    )


def run_eval(folder: str, as_json: bool) -> int:
    from summarizer.story_eval import evaluate_folder, table

    path = Path(folder)
    if not (path / "labels.json").is_file():
        print(f"briefbot: {path}/labels.json not found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as work:
        try:
            report = evaluate_folder(path, Path(work) / "eval.sqlite3")
        except (OSError, ValueError, KeyError) as exc:
            print(f"briefbot: {exc}", file=sys.stderr)
            return 2
    print(json.dumps(report, ensure_ascii=False) if as_json else table(report))
    return 0
