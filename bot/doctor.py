"""``briefbot doctor``: is this deployment ready? One line per check.

Checks the settings file, the corpus, the store (writable), the platform
tokens (``getMe`` / ``auth.test`` against the configured base URLs), the
Telegram webhook, and the configured feeds. A check whose secret is not set is
skipped; any failure makes the exit status 1. Secrets are never printed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any

import httpx

from .config import Config, secret

OK, SKIP, FAIL = "ok", "skip", "FAIL"


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # OK, SKIP or FAIL
    detail: str

    def line(self) -> str:
        return f"{self.status:<4}  {self.name:<16} {self.detail}"


def telegram_api_base(url: str) -> str:
    """The Bot API base the token is appended to (``…/bot``)."""
    url = url.rstrip("/")
    return url if url.endswith("/bot") else url + "/bot"


def check_config(config: Config) -> Check:
    where = f"{config.file} ({config.origin})" if config.file else config.origin
    if config.ignored_env:
        where += "; ignored (match no setting): " + ", ".join(config.ignored_env)
    return Check("config", OK, where)


def check_corpus(config: Config) -> Check:
    folder = config.corpus_path
    if not folder.is_dir():
        return Check("corpus", SKIP, f"{folder} does not exist; the store alone is used")
    files = [p for p in folder.iterdir() if p.suffix in (".txt", ".md", ".html", ".htm")]
    return Check("corpus", OK, f"{folder} ({len(files)} article files)")


def check_store(config: Config) -> Check:
    if config.store.url.startswith(("postgresql://", "postgres://")):
        return _check_postgres(config.store.url)
    path = config.store_path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=5)
        try:
            db.execute("CREATE TABLE IF NOT EXISTS doctor_probe (x INTEGER)")
            db.execute("DROP TABLE doctor_probe")
            db.commit()
        finally:
            db.close()
    except (OSError, sqlite3.Error) as exc:
        return Check("store", FAIL, f"{path} is not writable: {exc}")
    return Check("store", OK, f"{path} (writable)")


def _check_postgres(url: str) -> Check:
    from summarizer.db import StoreError, pending, redact
    from summarizer.store import Store

    from .dbcli import all_migrations

    try:
        store = Store(url, migrate=False)
    except StoreError as exc:
        return Check("store", FAIL, str(exc))
    try:
        todo = pending(store.db, all_migrations())
    finally:
        store.close()
    note = f", {len(todo)} pending migration(s): briefbot migrate" if todo else ""
    return Check("store", OK, f"{redact(url)} (PostgreSQL, reachable{note})")


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def check_telegram(config: Config, client: httpx.Client) -> Iterator[Check]:
    token = secret("TELEGRAM_BOT_TOKEN")
    if not token:
        yield Check("telegram token", SKIP, "TELEGRAM_BOT_TOKEN is not set")
        return
    base = telegram_api_base(config.telegram.base_url)
    shown = f"{base}<token>"
    try:
        me = _json(client.get(f"{base}{token}/getMe"))
        if not me.get("ok"):
            why = me.get("description", "refused")
            yield Check("telegram token", FAIL, f"{shown}/getMe: {why}")
            return
        username = me.get("result", {}).get("username", "?")
        yield Check("telegram token", OK, f"@{username} via {shown}/getMe")
        info = _json(client.get(f"{base}{token}/getWebhookInfo")).get("result", {})
    except httpx.HTTPError as exc:
        yield Check("telegram token", FAIL, f"{shown}: {type(exc).__name__}")
        return
    yield _webhook_check(config, str(info.get("url", "")), info.get("last_error_message"))


def _webhook_check(config: Config, url: str, error: object) -> Check:
    settings = config.telegram
    if settings.mode == "polling":
        if url:
            return Check("telegram webhook", FAIL, "a webhook is set; polling needs none")
        return Check("telegram webhook", OK, "none (polling)")
    want = settings.webhook_url.rstrip("/")
    path = settings.webhook_path.strip("/")
    if path and not want.endswith("/" + path):
        want = f"{want}/{path}"
    if url != want:
        shown = url or "none"
        return Check("telegram webhook", FAIL, f"set to {shown}; expected {want} (run the bot)")
    suffix = f" (last error: {error})" if error else ""
    return Check("telegram webhook", OK, f"{url}{suffix}")


def check_slack(config: Config, client: httpx.Client) -> Check:
    token = secret("SLACK_BOT_TOKEN")
    if not token:
        return Check("slack token", SKIP, "SLACK_BOT_TOKEN is not set")
    url = config.slack.api_url.rstrip("/") + "/auth.test"
    try:
        body = _json(client.post(url, headers={"Authorization": f"Bearer {token}"}))
    except httpx.HTTPError as exc:
        return Check("slack token", FAIL, f"{url}: {type(exc).__name__}")
    if not body.get("ok"):
        return Check("slack token", FAIL, f"{url}: {body.get('error', 'refused')}")
    return Check("slack token", OK, f"{body.get('team', '?')} / {body.get('user', '?')} via {url}")


def check_feeds(feeds: list[str], client: httpx.Client) -> Iterator[Check]:
    if not feeds:
        yield Check("feeds", SKIP, "no feeds configured")
    for url in feeds:
        try:
            response = client.get(url)
        except httpx.HTTPError as exc:
            yield Check("feed", FAIL, f"{url}: {type(exc).__name__}")
            continue
        status = OK if response.status_code < 400 else FAIL
        yield Check("feed", status, f"{url}: HTTP {response.status_code}")


def run_checks(config: Config, feeds: list[str]) -> Iterator[Check]:
    yield check_config(config)
    yield check_corpus(config)
    yield check_store(config)
    headers = {"User-Agent": config.ingest.user_agent}
    with httpx.Client(timeout=config.ingest.timeout, headers=headers) as client:
        yield from check_telegram(config, client)
        yield check_slack(config, client)
        yield from check_feeds(feeds, client)


def doctor(config: Config, out: IO[str], feeds: Callable[[], list[str]] | None = None) -> int:
    """Print one line per check; 1 if any failed."""
    listed = list(config.ingest.feeds)
    for url in feeds() if feeds else []:
        if url not in listed:
            listed.append(url)
    failed = 0
    for check in run_checks(config, listed):
        out.write(check.line() + "\n")
        out.flush()
        failed += check.status == FAIL
    out.write("all checks passed\n" if not failed else f"{failed} check(s) failed\n")
    return 1 if failed else 0
