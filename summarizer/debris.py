"""Site furniture: the site-agnostic line and footer patterns of
``data/debris.toml``. Both the cleaner and the metadata reader ask these rules;
neither owns them."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


@dataclass(frozen=True)
class _Patterns:
    line: tuple[re.Pattern[str], ...]
    footer: tuple[re.Pattern[str], ...]


@cache
def _patterns() -> _Patterns:
    raw = resources.files(__package__).joinpath("data/debris.toml").read_text("utf-8")
    spec = tomllib.loads(raw)
    return _Patterns(
        line=tuple(re.compile(p, re.IGNORECASE) for p in spec["line"]),
        footer=tuple(re.compile(p, re.IGNORECASE) for p in spec["footer"]),
    )


@lru_cache(maxsize=4096)  # asked of each line by several rules (issue 14: ingest CPU)
def is_debris(line: str) -> bool:
    """True when a whole line is site furniture by the data-file patterns."""
    for pattern in _patterns().line:  # a plain loop: asked of every line
        if pattern.search(line):
            return True
    return False


def is_footer(line: str) -> bool:
    """True when a line ends the article body (copyright, "관련기사", ...)."""
    return any(p.search(line) for p in _patterns().footer)
