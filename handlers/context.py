"""What handlers may use: the corpus, the reply settings and the services the
runtime provides. Its own module so that every handler module can name it
without importing the command registry."""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.corpus import Corpus

from .services import ChatLanguageStore, FeedsService, IngestService, SubscriptionService


@dataclass(frozen=True)
class StorySettings:
    """Stories and the story-centric briefing (issue 12, ``[stories]``)."""

    window_days: float = 3.0  # an article joins stories of the last N days
    briefing_stories: int = 5  # stories in a daily briefing
    list_stories: int = 10  # stories in /stories


@dataclass
class Context:
    """What handlers may use. Built once by the runtime; handlers never read
    the configuration themselves."""

    corpus: Corpus
    language: str = "ko"
    summary_sentences: int = 5
    briefing_articles: int = 30
    sources_per_page: int = 30
    max_query_chars: int = 200
    # Services the runtime provides; None where it does not (a handler then
    # answers that the command is unavailable).
    subscriptions: SubscriptionService | None = None
    ingest: IngestService | None = None
    stories: StorySettings = field(default_factory=StorySettings)
    feeds: FeedsService | None = None  # /feeds (issue 15)
    languages: ChatLanguageStore | None = None  # /lang choices, opened on first use (issue 15)
