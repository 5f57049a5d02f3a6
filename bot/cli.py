"""The ``briefbot`` command line.

briefbot ask [--json] [--corpus DIR] [--config FILE] "/summary"
briefbot ingest PATH_OR_URL...
briefbot                      # interactive prompt
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
from collections.abc import Sequence

from summarizer.store_faults import StoreError, describe
from summarizer.text import scrub

from . import stories_cli
from .config import Config, ConfigError, load_config

# The handlers, the store and the runtime are imported by the verbs that use
# them: `briefbot ask` first starts Kiwi's load when its question needs it
# (bot.ask_ahead), so the imports overlap the load.


def _common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # A verb's copy of an option has no default of its own (SUPPRESS): given
    # before the verb or after it, the option means the same.
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--config",
        metavar="FILE",
        default=default,
        help="settings file (default: the project's config.toml)",
    )
    parser.add_argument(
        "--corpus", metavar="DIR", default=default, help="folder of articles (default: corpus.path)"
    )
    parser.add_argument(
        "--store",
        metavar="FILE_OR_URL",
        default=default,
        help="SQLite file or postgresql:// URL (default: store.url, else store.path)",
    )
    parser.add_argument(
        "--lang",
        choices=("ko", "en"),
        default=default,
        help="reply language (default: bot.language)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefbot",
        description="Korean news briefing bot: summaries, chips and sources from Korean news.",
    )
    _common(parser, top=True)
    sub = parser.add_subparsers(dest="verb", metavar="COMMAND")
    ask = sub.add_parser(
        "ask",
        help="answer one command on the console",
        description='Answer one bot command, e.g. briefbot ask "/chips H800".',
    )
    _common(ask)
    ask.add_argument("--json", action="store_true", help="print the reply as one JSON object")
    ask.add_argument("text", nargs="+", help='the command, e.g. "/summary 엔비디아"')
    run = sub.add_parser(
        "run",
        help="start the chat adapters",
        description="Serve Telegram, Slack or both until SIGTERM/SIGINT.",
    )
    _common(run)
    run.add_argument("platform", nargs="?", default="all", choices=(*ADAPTERS, "all"))
    # --- ingest (issue 7) ---
    ingest = sub.add_parser(
        "ingest",
        help="add articles from files, folders, article URLs or RSS/Atom feeds",
        description="Add articles (.txt, .md, .html files, folders of them, article URLs, "
        "RSS/Atom feed URLs) to the store. Exit status 1 only when nothing could be ingested.",
    )
    _common(ingest)
    ingest.add_argument("targets", nargs="+", metavar="PATH_OR_URL")
    # --- eval (issue 3) ---
    ev = sub.add_parser(
        "eval",
        help="score the summarizer and its peers on sci-news-sum-kr-50-format files",
        description="Pick k = len(summaries) sentences of each article; report sentence "
        "P/R/F1 and ROUGE-1/2/L F1 on Kiwi morphemes, ours and the peers side by side.",
    )
    ev.add_argument("dir", metavar="DIR", help="folder of *.json articles, or: stories DIR")
    ev.add_argument("target", nargs="?", help=argparse.SUPPRESS)  # eval stories DIR (issue 12)
    ev.add_argument(
        "--predictions", metavar="FILE", help='write {"<file stem>": [picked indices]} (ours)'
    )
    ev.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    # daily briefing (issue 6)
    brief = sub.add_parser(
        "brief",
        help="print today's briefing",
        description="Print today's briefing — the reply subscribers get — on the console.",
    )
    _common(brief)
    brief.add_argument("--json", action="store_true", help="print the reply as one JSON object")
    brief.add_argument(
        "--since",
        metavar="ISO",
        help="only articles added after this time, e.g. 2025-03-01T08:00+09:00 "
        "(no offset: briefing.default_timezone); default: the newest articles",
    )
    _more_verbs(sub)  # issue 15: doctor; issue 16: migrate, copy-store
    return parser


def _more_verbs(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from .dbcli import add_verbs

    _add_doctor(sub)
    add_verbs(sub, _common)
    stories_cli.add_parser(sub, _common)  # issue 12


def _add_doctor(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    doctor = sub.add_parser(
        "doctor",
        help="check this deployment: config, store, tokens, webhook, feeds",
        description="One line per check (ok, skip, FAIL); exit status 1 if any check failed.",
    )
    _common(doctor)


def _eval(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    if args.dir == "stories" and args.target:  # issue 12: briefbot eval stories DIR
        return stories_cli.run_eval(args.target, args.json)

    from summarizer.evaluate import evaluate, load_articles

    if args.dir == "extract" and args.target:  # issue 13: briefbot eval extract DIR
        from summarizer.evaluate_extract import run_cli

        return run_cli(args.target, as_json=args.json)
    folder = Path(args.dir)
    if not folder.is_dir():
        print(f"briefbot: {folder} is not a folder", file=sys.stderr)
        return 2
    try:
        articles = load_articles(folder)
    except (OSError, ValueError) as exc:  # json.JSONDecodeError is a ValueError
        print(f"briefbot: {exc}", file=sys.stderr)
        return 2
    if not articles:
        print(f"briefbot: no *.json articles in {folder}", file=sys.stderr)
        return 2
    report = evaluate(articles)
    if args.predictions:
        lines = [f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in report.predictions.items()]
        Path(args.predictions).write_text("{\n" + ",\n".join(lines) + "\n}\n", "utf-8")
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        print(f"{report.files} files, k = gold length, macro averages\n")
        print(report.table())
        for note in report.notes:
            print(f"note: {note}")
    return 0
    # --- end eval ---


# platform → module with ``create_adapter(runtime) -> Adapter`` (imported lazily,
# so the console never loads a chat SDK).
ADAPTERS = {
    "telegram": "bot.adapters.telegram_adapter",
    "slack": "bot.adapters.slack_adapter",
}


def _run(config: Config, platform: str) -> int:
    import asyncio
    import importlib
    import threading

    from handlers.chart import warm_up as warm_charts
    from summarizer.corpus import warm_up

    from .alerts import AlertService  # issue 12: story alerts, off until a chat asks
    from .feed_poller import background_services
    from .feeds import ChatFeedsPoller, FeedRegistry
    from .health import create_health
    from .runtime import start_runtime, sync_corpus
    from .scheduler import create_scheduler
    from .serve import Service, serve

    names = list(ADAPTERS) if platform == "all" else [platform]
    # Adapters check their tokens first, so a missing secret is reported at
    # once, not after the corpus has been analysed.
    runtime = start_runtime(config, sync=False)
    warmers: list[threading.Thread] = []
    try:
        adapters = [importlib.import_module(ADAPTERS[n]).create_adapter(runtime) for n in names]
        # Kiwi loads and analyses its first text on a thread of its own: the
        # bot answers at once, and a keyword question finds Kiwi ready.
        warmers.append(threading.Thread(target=warm_up, name="kiwi-warm-up", daemon=True))
        warmers[-1].start()
        runtime.report = sync_corpus(config, runtime.corpus)
        warmers.append(threading.Thread(target=warm_charts, name="warm-charts", daemon=True))
        warmers[-1].start()
        assert runtime.ingester is not None  # start_runtime always installs one
        services: list[Service] = [*background_services(config, runtime.ingester)]
        if isinstance(runtime.context.feeds, FeedRegistry):  # issue 15: feeds added with /feeds
            services.append(ChatFeedsPoller(runtime.context.feeds, config.ingest.feed_interval))
        health = create_health(runtime, names)  # issue 15: GET /healthz
        if health is not None:
            services.append(health)
        # daily briefing (issue 6): pushes go to the adapter of each subscription's platform
        services.append(
            create_scheduler(runtime.corpus.store, runtime.context, config.briefing, adapters)
        )
        services.append(AlertService(runtime.context, adapters, config.stories.alert_interval))
        asyncio.run(serve(runtime, adapters, services=services))
    except ConfigError as exc:
        print(f"briefbot: {exc}", file=sys.stderr)
        return 2
    finally:
        runtime.close()
        # A stop asked for right after the start finds the warm-up threads
        # still inside Kiwi or the chart library: let them finish, for a
        # daemon thread still writing while the interpreter shuts down
        # aborts the process (exit -6) instead of ending it cleanly.
        for thread in warmers:
            thread.join(timeout=60)
    return 0


def _brief(config: Config, args: argparse.Namespace) -> int:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(config.briefing.default_timezone)
    since = None
    if args.since:
        try:
            since = datetime.fromisoformat(args.since)
        except ValueError:
            message = f"briefbot: --since must be an ISO date or time, not {args.since!r}"
            print(message, file=sys.stderr)
            return 2
        since = since if since.tzinfo else since.replace(tzinfo=zone)
    from .adapters import console
    from .runtime import start_runtime

    runtime = start_runtime(config)
    try:
        print(console.brief(runtime.context, since=since, zone=zone, as_json=args.json))
    finally:
        runtime.close()
    return 0


def _doctor(config: Config) -> int:
    from .doctor import doctor
    from .feeds import stored_feeds

    return doctor(config, sys.stdout, feeds=lambda: stored_feeds(config))


def clean_args(argv: Sequence[str]) -> list[str]:
    """Arguments as text: bytes the locale could not decode (surrogate
    escapes) are read as UTF-8 where they are UTF-8; anything else that is
    not text becomes U+FFFD instead of a traceback later."""
    out = []
    for arg in argv:
        try:
            arg = os.fsencode(arg).decode("utf-8", "replace")
        except UnicodeError:
            pass
        out.append(scrub(arg))
    return out


def _load(args: argparse.Namespace) -> Config:
    return load_config(
        args.config,
        **{"corpus.path": args.corpus, "bot.language": args.lang, **_store_option(args.store)},
    )


def _configure_extract(config: Config) -> None:
    """Hand ``[extract]`` to the extractor (issue 13): the headline model switch."""
    from summarizer import head_model

    head_model.configure(config.extract.head_model)


def _store_option(store: str | None) -> dict[str, str]:
    if store is None:
        return {}
    if store.startswith(("postgresql://", "postgres://", "sqlite:///")):
        return {"store.url": store}
    return {"store.path": store, "store.url": ""}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(clean_args(sys.argv[1:] if argv is None else argv))
    if args.verb != "ask":
        return _main(parser, args)
    from . import ask_ahead  # Kiwi only if the question needs it, started first (issue 14)

    try:
        ahead = ask_ahead.start(" ".join(args.text), lambda: _load(args).store_target)
    except Exception:  # only a head start: answering reports any real fault
        ahead = None
    try:
        return _main(parser, args)
    finally:
        with contextlib.suppress(Exception):  # best effort: a cache
            ask_ahead.finish()
        if ahead is not None:  # loaded for nothing (an error, an empty store): let it end
            ahead.join()


def _main(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.verb == "eval":  # issue 3: needs no settings, store or corpus
        with contextlib.suppress(ConfigError):  # but reads [extract] where it can
            _configure_extract(_load(args))
        try:
            return _eval(args)
        except BrokenPipeError:
            return _reader_gone()
    try:
        config = _load(args)
    except ConfigError as exc:
        print(f"briefbot: configuration error: {exc}", file=sys.stderr)
        return 2
    _configure_extract(config)
    quiet = args.verb in (None, "ask", "ingest", "doctor", "brief")
    from .runtime import setup_logging

    setup_logging("WARNING" if quiet else config.bot.log_level)
    try:
        return _verb(parser, args, config)
    except BrokenPipeError:  # `briefbot ask … | head -1`: the reader left; so do we, quietly
        return _reader_gone()
    except StoreError as exc:
        print(f"briefbot: {exc}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:
        print(f"briefbot: {describe(str(config.store_path), exc)}", file=sys.stderr)
        return 2
    except Exception as exc:  # PostgreSQL went away mid-command: one line, not a traceback
        if not type(exc).__module__.startswith(("psycopg", "psycopg_pool")):
            raise
        print(f"briefbot: the PostgreSQL store failed: {exc}".splitlines()[0], file=sys.stderr)
        return 2


def _reader_gone() -> int:
    """stdout's reader closed the pipe: point stdout at /dev/null so the
    interpreter's final flush cannot raise again, and exit 0 like `head`'s writer
    would wish to."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (tests)
        pass
    finally:
        os.close(devnull)
    return 0


def _verb(parser: argparse.ArgumentParser, args: argparse.Namespace, config: Config) -> int:
    if args.verb in ("migrate", "copy-store"):  # issue 16
        from . import dbcli

        if args.verb == "migrate":
            return dbcli.migrate(config.store_target, args.check)
        return dbcli.copy_store(args.source, args.target)
    if args.verb == "ask":
        from .adapters import console
        from .runtime import start_runtime

        runtime = start_runtime(config)
        try:
            # an explicit --lang beats the console chat's stored /lang choice
            text = " ".join(args.text)
            print(console.ask(text, runtime.context, as_json=args.json, language=args.lang))
        finally:
            runtime.close()
        return 0
    if args.verb == "run":
        from .runtime import log_config

        log_config(config)
        return _run(config, args.platform)
    if args.verb == "doctor":
        return _doctor(config)
    if args.verb == "brief":
        return _brief(config, args)
    if args.verb == "stories":
        return stories_cli.run(config, args)
    if args.verb == "ingest":
        from .ingest_cli import run_cli
        from .runtime import start_runtime

        runtime = start_runtime(config)
        try:
            assert runtime.ingester is not None
            return run_cli(runtime.ingester, args.targets, sys.stdout, sys.stderr)
        finally:
            runtime.close()
    if args.verb is None:
        _repl(config)
        return 0
    parser.print_help()
    return 2


def _repl(config: Config) -> None:
    from .adapters import console
    from .runtime import start_runtime

    runtime = start_runtime(config)
    interactive = sys.stdin.isatty()
    if interactive:
        print("briefbot — /help 로 명령을 확인하세요. 끝내려면 /quit", file=sys.stderr)
    try:
        console.repl(
            runtime.context,
            sys.stdin,
            sys.stdout,
            prompt=(lambda: print("> ", end="", flush=True, file=sys.stderr))
            if interactive
            else None,
        )
    except KeyboardInterrupt:
        pass
    finally:
        runtime.close()


if __name__ == "__main__":
    sys.exit(main())
