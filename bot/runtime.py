"""Wiring: configuration → store → corpus → handler context."""

from __future__ import annotations

import dataclasses
import logging
import sys
from dataclasses import dataclass

from handlers import Context
from handlers.context import StorySettings
from summarizer.corpus import Corpus, SyncReport
from summarizer.db import redact
from summarizer.store import Store

from .config import Config
from .ingester import Ingester, install
from .scheduler import subscription_service

log = logging.getLogger("briefbot")


@dataclass
class Runtime:
    config: Config
    corpus: Corpus
    context: Context
    report: SyncReport
    ingester: Ingester | None = None  # also ``context.ingest``; None in tests that need none

    def close(self) -> None:
        if self.ingester is not None:
            self.ingester.close()
        self.corpus.store.close()


def build_context(config: Config, corpus: Corpus) -> Context:
    return Context(
        corpus=corpus,
        language=config.bot.language,
        summary_sentences=config.summary.sentences,
        briefing_articles=config.summary.briefing_articles,
        sources_per_page=config.sources.per_page,
        max_query_chars=config.limits.max_query_chars,
    )


def start_runtime(config: Config, *, sync: bool = True) -> Runtime:
    """Open the store and (unless ``sync`` is False) bring it in line with the
    corpus folder, analysing only new or changed files."""
    store = Store(config.store_target)
    corpus = Corpus(store, story_window_days=config.stories.window_days)
    report = sync_corpus(config, corpus) if sync else SyncReport()
    context = build_context(config, corpus)
    stories = dataclasses.asdict(config.stories)
    stories.pop("alert_interval")
    context.stories = StorySettings(**stories)  # issue 12
    # the services the /subscribe, /ingest and /feeds handlers call
    context.subscriptions = subscription_service(store, config.briefing)
    ingester = install(config, corpus, context)
    from .feeds import FeedRegistry  # issue 15

    context.feeds = FeedRegistry(config, ingester)
    from .dbcli import all_migrations  # every module's tables, so `migrate --check` agrees

    store.migrate(all_migrations())
    return Runtime(config, corpus, context, report, ingester)


def sync_corpus(config: Config, corpus: Corpus) -> SyncReport:
    folder = config.corpus_path
    if folder.exists():
        report = corpus.sync_folder(folder)
    else:
        log.warning("corpus folder %s does not exist; using the store only", folder)
        report = SyncReport()
    for name, reason in report.skipped:
        log.warning("skipped %s: %s", name, reason)
    if report.added or report.updated or report.removed:
        log.info(
            "corpus %s: %d added, %d updated, %d removed, %d unchanged",
            folder,
            len(report.added),
            len(report.updated),
            len(report.removed),
            report.unchanged,
        )
    return report


def log_config(config: Config) -> None:
    """Say at start where the settings, the corpus and the store are."""
    where = f"{config.file} ({config.origin})" if config.file else config.origin
    log.info("config: %s", where)
    for name in config.ignored_env:
        log.warning("environment variable %s matches no setting and is ignored", name)
    log.info("corpus: %s; store: %s", config.corpus_path, redact(config.store_target))


def setup_logging(level: str = "INFO") -> None:
    from .redaction import protect

    protect()  # secrets in the environment never reach a log, whatever the handler
    logging.basicConfig(
        level=getattr(logging, level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
