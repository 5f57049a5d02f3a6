"""Korean outlets by their internet domains (``data/outlets.toml``).

An article that names its outlet nowhere but in a reporter's e-mail address
or its url still states it: ``tmkwon@zdnet.co.kr`` is 지디넷코리아's. A host
matches a listed domain or a subdomain of it; failing that, a host whose
first label is the short name of one listed outlet only ("zdnet.example.kr")
names that outlet. Unknown domains give None: nothing is guessed.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

_EMAIL_HOST = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_URL_HOST = re.compile(r"https?://([\w-]+(?:\.[\w-]+)+)", re.I)
# first labels that say nothing about the outlet
_GENERIC_LABELS = frozenset({"www", "m", "news", "biz", "it", "mail", "en", "english", "img"})


# the outlet tables, one schema (``outlets_more.toml``: press-release wires
# and outlets added later, so each file stays short)
OUTLET_FILES = ("outlets.toml", "outlets_more.toml")


@cache
def _outlets() -> list[dict[str, Any]]:
    outlets: list[dict[str, Any]] = []
    for name in OUTLET_FILES:
        raw = resources.files(__package__).joinpath("data", name).read_text("utf-8")
        outlets.extend(tomllib.loads(raw).get("outlet", []))
    return outlets


@cache
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """(domain → outlet, unambiguous slug → outlet)."""
    domains: dict[str, str] = {}
    slugs: dict[str, set[str]] = {}
    for outlet in _outlets():
        name = str(outlet["name"])
        for domain in outlet.get("domains", []):
            domains[domain.casefold()] = name
            first = domain.split(".")[0].casefold()
            if first not in _GENERIC_LABELS:
                slugs.setdefault(first, set()).add(name)
        for slug in outlet.get("slugs", []):
            slugs.setdefault(slug.casefold(), set()).add(name)
    unique = {slug: next(iter(names)) for slug, names in slugs.items() if len(names) == 1}
    return domains, unique


@cache
def known_outlets() -> frozenset[str]:
    """The names of the listed outlets (also those listed without a domain)
    and the other names they print (``aliases``)."""
    names = {str(outlet["name"]) for outlet in _outlets()}
    return frozenset(names | {str(a) for o in _outlets() for a in o.get("aliases", [])})


def outlet_of_host(host: str) -> str | None:
    """The outlet a host belongs to, or None."""
    host = host.casefold().strip(".")
    domains, slugs = _table()
    labels = host.split(".")
    for i in range(len(labels) - 1):  # the longest listed suffix first
        if (name := domains.get(".".join(labels[i:]))) is not None:
            return name
    firsts = [label for label in labels[:-1] if label not in _GENERIC_LABELS]
    return slugs.get(firsts[0]) if firsts else None


def outlet_of_slug(word: str) -> str | None:
    """The one listed outlet whose domains begin with ``word`` ("munhwa" →
    문화일보, from munhwa.com), else None."""
    return _table()[1].get(word.casefold())


def outlet_in_text(text: str) -> str | None:
    """The outlet of the first known e-mail or url host in ``text``."""
    for pattern in (_EMAIL_HOST, _URL_HOST):
        for match in pattern.finditer(text):
            if (name := outlet_of_host(match.group(1))) is not None:
                return name
    return None


@cache
def _english_names() -> dict[str, str]:
    """English name (folded, without "The ") → the outlet's Korean name."""
    names: dict[str, str] = {}
    for outlet in _outlets():
        for english in outlet.get("english", []):
            names[_fold_english(str(english))] = str(outlet["name"])
    return names


def _fold_english(name: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(name.split()).casefold())


@cache
def _aliases() -> dict[str, str]:
    """Another printed name (folded, without spaces) → the outlet's name."""
    return {
        _fold_alias(str(alias)): str(outlet["name"])
        for outlet in _outlets()
        for alias in outlet.get("aliases", [])
    }


def _fold_alias(name: str) -> str:
    return "".join(name.split()).casefold()


def korean_name(name: str) -> str | None:
    """The Korean name of a listed outlet printed in English ("TV CHOSUN" →
    TV조선, "The Korea Herald" → 코리아헤럴드) or under another listed name
    ("CBS 노컷뉴스" → 노컷뉴스), else None."""
    return _english_names().get(_fold_english(name)) or _aliases().get(_fold_alias(name))
