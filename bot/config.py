"""Settings: ``config.toml`` read once into frozen dataclasses, validated at
load with errors that name the key; ``BRIEFBOT_<SECTION>_<KEY>`` environment
variables override the file. Secrets are never read from the file."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extract_settings import ExtractSettings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# In a checkout (or an editable install) the project's config.toml; in an
# installed wheel the same file, shipped with the bundled corpus in bot/data.
CHECKOUT_CONFIG = PROJECT_ROOT / "config.toml"
PACKAGE_DATA = Path(__file__).resolve().parent / "data"
DEFAULT_CONFIG = CHECKOUT_CONFIG if CHECKOUT_CONFIG.is_file() else PACKAGE_DATA / "config.toml"
ENV_PREFIX = "BRIEFBOT_"
CONFIG_ENV = "BRIEFBOT_CONFIG"


class ConfigError(ValueError):
    """A setting is missing, unknown or malformed; the message names it."""


@dataclass(frozen=True)
class BotSettings:
    language: str = "ko"
    log_level: str = "INFO"

    def validate(self) -> None:
        if self.language not in ("ko", "en"):
            raise ConfigError(f'bot.language must be "ko" or "en", not {self.language!r}')
        if self.log_level.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise ConfigError(
                f"bot.log_level must be DEBUG, INFO, WARNING or ERROR, not {self.log_level!r}"
            )


@dataclass(frozen=True)
class CorpusSettings:
    path: str = "corpus"


@dataclass(frozen=True)
class StoreSettings:
    path: str = ""
    url: str = ""  # postgresql://… (shared) or sqlite:///…; wins over path

    def validate(self) -> None:
        if self.url and not self.url.startswith(("postgresql://", "postgres://", "sqlite:///")):
            raise ConfigError(
                "store.url (BRIEFBOT_DATABASE_URL) must start with postgresql:// or sqlite:///"
            )


@dataclass(frozen=True)
class SummarySettings:
    sentences: int = 5
    briefing_articles: int = 30

    def validate(self) -> None:
        if not 1 <= self.sentences <= 20:
            raise ConfigError(f"summary.sentences must be between 1 and 20, not {self.sentences}")
        if self.briefing_articles < 1:
            raise ConfigError("summary.briefing_articles must be at least 1")


@dataclass(frozen=True)
class SourcesSettings:
    per_page: int = 30

    def validate(self) -> None:
        if not 1 <= self.per_page <= 200:
            raise ConfigError(f"sources.per_page must be between 1 and 200, not {self.per_page}")


@dataclass(frozen=True)
class LimitsSettings:
    max_query_chars: int = 200

    def validate(self) -> None:
        if not 10 <= self.max_query_chars <= 4000:
            raise ConfigError("limits.max_query_chars must be between 10 and 4000")


# --- [telegram]: the Telegram adapter (issue 4 owns this block) ---------------
@dataclass(frozen=True)
class TelegramSettings:
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = ""  # empty: derived from base_url (…/bot → …/file/bot)
    mode: str = "polling"  # or "webhook"
    timeout: float = 10.0  # seconds per Bot API request (connect, read, write)
    poll_timeout: int = 10  # long-polling wait in getUpdates, seconds
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_url: str = ""  # public https URL Telegram posts to
    webhook_path: str = "telegram"

    def validate(self) -> None:
        for key in ("base_url", "base_file_url"):
            value = getattr(self, key)
            if value and not value.startswith(("http://", "https://")):
                raise ConfigError(f"telegram.{key} must be an http(s) URL, not {value!r}")
        if self.mode not in ("polling", "webhook"):
            raise ConfigError(f'telegram.mode must be "polling" or "webhook", not {self.mode!r}')
        if not 0 < self.timeout <= 300:
            raise ConfigError("telegram.timeout must be between 0 and 300 seconds")
        if not 0 <= self.poll_timeout <= 50:
            raise ConfigError("telegram.poll_timeout must be between 0 and 50 seconds")
        if not 1 <= self.webhook_port <= 65535:
            raise ConfigError(f"telegram.webhook_port must be 1–65535, not {self.webhook_port}")
        if self.mode == "webhook" and not self.webhook_url.startswith(("http://", "https://")):
            raise ConfigError("telegram.webhook_url must be the public https URL in webhook mode")


# --- [slack]: the Slack adapter (issue 5 owns this block) ---------------------
@dataclass(frozen=True)
class SlackSettings:
    port: int = 3000  # HTTP mode; 0 picks a free port (tests)
    host: str = "0.0.0.0"
    api_url: str = "https://slack.com/api/"
    umbrella_command: str = "/brief"
    response_type: str = "in_channel"  # slash command answers: "in_channel" or "ephemeral"
    timeout: float = 30.0  # seconds before a Web API call gives up

    def validate(self) -> None:
        if not 0 <= self.port <= 65535:
            raise ConfigError(f"slack.port must be between 0 and 65535, not {self.port}")
        if not self.api_url.startswith(("http://", "https://")):
            raise ConfigError(f"slack.api_url must be an http(s) URL, not {self.api_url!r}")
        if not re.fullmatch(r"/[a-z0-9_\-]{1,31}", self.umbrella_command):
            raise ConfigError(
                'slack.umbrella_command must be a slash command such as "/brief", '
                f"not {self.umbrella_command!r}"
            )
        if self.response_type not in ("in_channel", "ephemeral"):
            raise ConfigError(
                'slack.response_type must be "in_channel" or "ephemeral", '
                f"not {self.response_type!r}"
            )
        if not 0 < self.timeout <= 300:
            raise ConfigError("slack.timeout must be between 0 and 300 seconds")


# --- [briefing]: daily pushed briefings (issue 6 owns this block) -------------
@dataclass(frozen=True)
class BriefingSettings:
    default_time: str = "08:00"
    default_timezone: str = "Asia/Seoul"
    who_can_subscribe: str = "anyone"  # in groups and channels: "anyone" or "admins"
    grace_hours: float = 3.0  # a briefing missed while down is sent this late, once
    max_attempts: int = 5  # sends of one briefing that certainly did not arrive
    max_backoff_seconds: float = 300.0
    telegram_per_second: float = 25.0  # overall pace of pushes
    slack_per_second: float = 10.0
    chart: bool = False  # attach the week's chart of the briefing's top chip (issue 15)

    def validate(self) -> None:
        import re
        import zoneinfo

        match = re.fullmatch(r"(\d{2}):(\d{2})", self.default_time)
        if not match or int(match[1]) > 23 or int(match[2]) > 59:
            raise ConfigError(f'briefing.default_time must be "HH:MM", not {self.default_time!r}')
        try:
            zoneinfo.ZoneInfo(self.default_timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ConfigError(
                f"briefing.default_timezone must be an IANA zone name such as Asia/Seoul, "
                f"not {self.default_timezone!r}"
            ) from None
        if self.who_can_subscribe not in ("anyone", "admins"):
            raise ConfigError('briefing.who_can_subscribe must be "anyone" or "admins"')
        if not 0 <= self.grace_hours <= 24:
            raise ConfigError("briefing.grace_hours must be between 0 and 24")
        if not 1 <= self.max_attempts <= 20:
            raise ConfigError("briefing.max_attempts must be between 1 and 20")
        if self.max_backoff_seconds <= 0:
            raise ConfigError("briefing.max_backoff_seconds must be positive")
        if not (0 < self.telegram_per_second <= 1000 and 0 < self.slack_per_second <= 1000):
            raise ConfigError("briefing.*_per_second must be between 0 and 1000")


# --- [ingest]: articles from files, URLs and feeds (issue 7 owns this block) --
USER_AGENT = (
    "briefbot/0.1 (Korean news briefing bot; +https://github.com/briefbot/briefbot;"
    " honours robots.txt)"
)


@dataclass(frozen=True)
class IngestSettings:
    timeout: float = 15.0
    feeds: tuple[str, ...] = ()
    feed_interval: float = 1800.0  # seconds between polls of the feeds
    folder_interval: float = 60.0  # seconds between looks at the corpus folder
    max_bytes: int = 5_000_000  # largest page, feed or file accepted
    max_items: int = 50  # feed items read per poll
    user_agent: str = USER_AGENT
    host_delay: float = 0.5  # seconds between two requests to one host
    hosts_at_once: int = 4  # feeds the poller fetches concurrently (one per host)
    admins: tuple[str, ...] = ("console",)  # platform-qualified user ids allowed to /ingest

    def validate(self) -> None:
        if not 1 <= self.timeout <= 300:
            raise ConfigError(
                f"ingest.timeout must be between 1 and 300 seconds, not {self.timeout}"
            )
        for name in ("feed_interval", "folder_interval"):
            if getattr(self, name) < 1:
                raise ConfigError(f"ingest.{name} must be at least 1 second")
        if self.max_bytes < 1000:
            raise ConfigError("ingest.max_bytes must be at least 1000")
        if self.max_items < 1:
            raise ConfigError("ingest.max_items must be at least 1")
        if not 0 <= self.host_delay <= 60:
            raise ConfigError("ingest.host_delay must be between 0 and 60 seconds")
        if not 1 <= self.hosts_at_once <= 64:
            raise ConfigError("ingest.hosts_at_once must be between 1 and 64")
        for url in self.feeds:
            if not url.startswith(("http://", "https://")):
                raise ConfigError(f"ingest.feeds: {url!r} is not an http(s) URL")
        for admin in self.admins:
            if admin != "console" and ":" not in admin:
                raise ConfigError(
                    f'ingest.admins: {admin!r} must be "platform:user_id", e.g. "telegram:123"'
                )
        if not self.user_agent.strip():
            raise ConfigError("ingest.user_agent must not be empty")


# --- [stories]: story clustering and the story-centric briefing (issue 12) ----
@dataclass(frozen=True)
class StoriesSettings:
    window_days: float = 3.0  # an article joins the stories of the last N days
    briefing_stories: int = 5  # stories in a daily briefing
    list_stories: int = 10  # stories listed by /stories
    alert_interval: float = 300.0  # seconds between looks for story alerts (/topics alert N)

    def validate(self) -> None:
        if not 0.5 <= self.window_days <= 60:
            raise ConfigError("stories.window_days must be between 0.5 and 60")
        if not 1 <= self.briefing_stories <= 20:
            raise ConfigError("stories.briefing_stories must be between 1 and 20")
        if not 1 <= self.list_stories <= 50:
            raise ConfigError("stories.list_stories must be between 1 and 50")
        if self.alert_interval < 10:
            raise ConfigError("stories.alert_interval must be at least 10 seconds")


# --- [health]: GET /healthz for probes (issue 15) -----------------------------
@dataclass(frozen=True)
class HealthSettings:
    listen: str = "127.0.0.1"
    port: int = 0  # 0: no health endpoint

    def validate(self) -> None:
        if not 0 <= self.port <= 65535:
            raise ConfigError(f"health.port must be between 0 and 65535, not {self.port}")


@dataclass(frozen=True)
class Config:
    bot: BotSettings = field(default_factory=BotSettings)
    corpus: CorpusSettings = field(default_factory=CorpusSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    summary: SummarySettings = field(default_factory=SummarySettings)
    sources: SourcesSettings = field(default_factory=SourcesSettings)
    limits: LimitsSettings = field(default_factory=LimitsSettings)
    telegram: TelegramSettings = field(default_factory=TelegramSettings)
    slack: SlackSettings = field(default_factory=SlackSettings)
    briefing: BriefingSettings = field(default_factory=BriefingSettings)
    ingest: IngestSettings = field(default_factory=IngestSettings)
    stories: StoriesSettings = field(default_factory=StoriesSettings)
    health: HealthSettings = field(default_factory=HealthSettings)
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    base_dir: Path = PROJECT_ROOT  # relative paths in the file are relative to it
    origin: str = "packaged defaults"  # where the file was found (said in the log)
    file: Path | None = None
    ignored_env: tuple[str, ...] = ()  # BRIEFBOT_* names that set nothing (said in the log)

    @property
    def installed(self) -> bool:
        """Running from an installed package, not a checkout."""
        return not CHECKOUT_CONFIG.is_file()

    @property
    def corpus_path(self) -> Path:
        return (self.base_dir / self.corpus.path).resolve()

    @property
    def store_path(self) -> Path:
        if self.store.path:
            return (self.base_dir / Path(self.store.path).expanduser()).resolve()
        return default_store_path(self.corpus_path, installed=self.installed)

    @property
    def store_target(self) -> str:
        """What :class:`summarizer.store.Store` opens: store.url, else the path."""
        return self.store.url or str(self.store_path)


DATABASE_URL = "BRIEFBOT_DATABASE_URL"  # the shared store's URL (alias of BRIEFBOT_STORE_URL)


def default_store_path(corpus: Path, *, installed: bool = False) -> Path:
    """One store per corpus folder: under ``$XDG_STATE_HOME/briefbot`` in a
    checkout, under ``$XDG_DATA_HOME/briefbot`` for an installed package."""
    if installed:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    else:
        base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    digest = hashlib.sha1(str(corpus.resolve()).encode()).hexdigest()[:10]
    return base / "briefbot" / f"store-{corpus.name}-{digest}.sqlite3"


def find_config(path: str | Path | None, env: Mapping[str, str]) -> tuple[Path, str]:
    """Where the settings come from, and why: ``--config``, then
    ``$BRIEFBOT_CONFIG``, then ``$XDG_CONFIG_HOME/briefbot/config.toml``, then
    the packaged defaults."""
    if path:
        return Path(path).expanduser(), "--config"
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV]).expanduser(), f"${CONFIG_ENV}"
    home = env.get("HOME") or str(Path.home())
    xdg = Path(env.get("XDG_CONFIG_HOME") or Path(home) / ".config") / "briefbot" / "config.toml"
    if xdg.is_file():
        return xdg, "$XDG_CONFIG_HOME/briefbot/config.toml"
    if DEFAULT_CONFIG == CHECKOUT_CONFIG:
        return DEFAULT_CONFIG, "the checkout's config.toml"
    return DEFAULT_CONFIG, "packaged defaults"


def load_config(
    path: str | Path | None = None, env: Mapping[str, str] | None = None, **overrides: Any
) -> Config:
    """Read ``path`` (default: the project's config.toml), apply environment
    overrides, validate. ``overrides`` are "section.key" → value, for the CLI."""
    env = os.environ if env is None else env
    if env.get(DATABASE_URL) and f"{ENV_PREFIX}STORE_URL" not in env:
        env = {**env, f"{ENV_PREFIX}STORE_URL": env[DATABASE_URL]}
    config_path, origin = find_config(path, env)
    try:
        raw = tomllib.loads(config_path.read_text("utf-8"))
    except FileNotFoundError:
        if path or CONFIG_ENV in origin or "XDG" in origin:
            raise ConfigError(f"config file not found: {config_path} ({origin})") from None
        raw, origin = {}, "built-in defaults (no config file)"
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{config_path}: not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:  # TOML is UTF-8
        raise ConfigError(f"{config_path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:  # a folder, unreadable, …
        raise ConfigError(f"cannot read config file {config_path}: {exc.strerror}") from None
    sections: dict[str, Any] = {}
    for section in dataclasses.fields(Config):
        if section.name in _NOT_SECTIONS:
            continue
        cls = _section_type(section)
        values = raw.pop(section.name, {})
        if not isinstance(values, dict):
            raise ConfigError(f"[{section.name}] must be a table")
        sections[section.name] = _build(section.name, cls, values, env, overrides)
    if raw:
        raise ConfigError(f"unknown setting section [{sorted(raw)[0]}] in {config_path}")
    config = Config(
        base_dir=config_path.resolve().parent,
        origin=origin,
        file=config_path,
        ignored_env=ignored_env_names(env),
        **sections,
    )
    for name in sections:
        validate = getattr(getattr(config, name), "validate", None)
        if validate:
            validate()
    return config


_NOT_SECTIONS = ("base_dir", "origin", "file", "ignored_env")
# BRIEFBOT_* variables read elsewhere than a config section.
OTHER_ENV = (
    CONFIG_ENV,
    DATABASE_URL,
    "BRIEFBOT_BUTTON_KEY",
    "BRIEFBOT_HEAD_MODEL",  # summarizer.head_model: overrides [extract] head_model
    "BRIEFBOT_DATABASE_POOL",
    "BRIEFBOT_TEST_POSTGRES",
)


def ignored_env_names(env: Mapping[str, str]) -> tuple[str, ...]:
    """The ``BRIEFBOT_*`` variables that match no setting (a typo such as
    ``BRIEFBOT_TELEGRAM_MODES`` would otherwise be ignored in silence)."""
    known = set(OTHER_ENV)
    for section in dataclasses.fields(Config):
        if section.name not in _NOT_SECTIONS:
            for name in dataclasses.fields(_section_type(section)):
                known.add(f"{ENV_PREFIX}{section.name}_{name.name}".upper())
    return tuple(sorted(n for n in env if n.startswith(ENV_PREFIX) and n not in known))


def _section_type(section: dataclasses.Field[Any]) -> type:
    hints = typing.get_type_hints(Config)
    return typing.cast(type, hints[section.name])


def _build(
    section: str,
    cls: type,
    values: dict[str, Any],
    env: Mapping[str, str],
    overrides: Mapping[str, Any],
) -> Any:
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    for key in values:
        if key not in known:
            raise ConfigError(f"unknown setting {section}.{key}")
    kwargs: dict[str, Any] = {}
    for name in known:
        dotted = f"{section}.{name}"
        env_name = f"{ENV_PREFIX}{section}_{name}".upper()
        if dotted in overrides and overrides[dotted] is not None:
            kwargs[name] = _coerce(dotted, hints[name], overrides[dotted])
        elif env_name in env:
            kwargs[name] = _coerce(dotted, hints[name], env[env_name], from_env=True)
        elif name in values:
            kwargs[name] = _coerce(dotted, hints[name], values[name])
    return cls(**kwargs)


def _coerce(key: str, kind: Any, value: Any, *, from_env: bool = False) -> Any:
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        if value in ("", None):
            return None
        return _coerce(key, options[0], value, from_env=from_env)
    if kind is bool:
        if isinstance(value, bool):
            return value
        if from_env and str(value).lower() in ("1", "true", "yes", "on"):
            return True
        if from_env and str(value).lower() in ("0", "false", "no", "off", ""):
            return False
        raise ConfigError(f"{key} must be true or false, not {value!r}")
    if kind is int:
        if isinstance(value, bool):
            raise ConfigError(f"{key} must be a whole number, not {value!r}")
        try:
            return (
                int(value)
                if from_env or isinstance(value, int)
                else _fail(key, "a whole number", value)
            )
        except ValueError:
            raise ConfigError(f"{key} must be a whole number, not {value!r}") from None
    if kind is float:
        try:
            return (
                float(value)
                if from_env or isinstance(value, (int, float))
                else _fail(key, "a number", value)
            )
        except ValueError:
            raise ConfigError(f"{key} must be a number, not {value!r}") from None
    if kind is str:
        if not isinstance(value, str):
            raise ConfigError(f"{key} must be a string, not {value!r}")
        return value
    if origin in (tuple, list):
        if from_env:
            value = [v.strip() for v in str(value).split(",") if v.strip()]
        if not isinstance(value, list):
            raise ConfigError(f"{key} must be a list")
        item = typing.get_args(kind)[0]
        return tuple(_coerce(key, item, v) for v in value)
    raise ConfigError(f"{key}: unsupported setting type {kind}")


def _fail(key: str, what: str, value: Any) -> Any:
    raise ConfigError(f"{key} must be {what}, not {value!r}")


def secret(name: str) -> str | None:
    """A secret from the environment (``TELEGRAM_BOT_TOKEN`` …); never logged."""
    value = os.environ.get(name, "").strip()
    return value or None
