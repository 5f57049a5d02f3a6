"""An HTML page's author field that names the outlet beside the writer
(issue 13, session 16): a translated piece's byline ``Dana Whitfield |
InfoWorld`` reaches us as trafilatura's ``Dana Whitfield; InfoWorld``. The
writer is the person; a part that is an outlet's name — a listed outlet, a
name shaped like one (``… News``, ``…일보``), a word in camel case or capitals
(``InfoWorld``, ``TechCrunch``, ``CNET``), one Latin word beside a Latin
full name (``Computerworld``), or the page's own site name — is dropped.
"""

from __future__ import annotations

import re

from .byline_words import OUTLET_NAME
from .outlet_domains import known_outlets

_SPLIT = re.compile(r"\s*(?:;|\|)\s*")
# one Latin word with a capital inside or all capitals: a brand, never a person
_LATIN_NAME = r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-zA-Z'’-]+){1,2}"
_ONE_WORD = re.compile(r"[A-Z][A-Za-z0-9.&-]+")
_BRAND = re.compile(r"[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*|[A-Z0-9]{2,}")


def without_outlets(author: str, *sites: str | None) -> str:
    """``author`` without the parts that name an outlet, joined as given;
    ``author`` unchanged when no part or every part is an outlet."""
    parts = [part for part in _SPLIT.split(author) if part]
    if len(parts) < 2:
        return author
    named = {site.casefold() for site in sites if site}
    # beside a Latin writer's full name, one Latin word is the outlet ("Computerworld")
    full = any(re.fullmatch(_LATIN_NAME, part) for part in parts)
    kept = [
        part for part in parts if not (_outlet(part, named) or (full and _ONE_WORD.fullmatch(part)))
    ]
    if not kept or len(kept) == len(parts):
        return author
    joiner = ";" if ";" in author else "|"
    return f"{joiner} ".join(kept)


def _outlet(part: str, sites: set[str]) -> bool:
    return (
        part.casefold() in sites
        or part in known_outlets()
        or OUTLET_NAME.search(part) is not None
        or _BRAND.fullmatch(part) is not None
    )


# "김하린, 오세훈", "이름/이름", "정가람 서유빈": Korean writers as a page's field lists them
_LISTED = re.compile(r"[가-힣]{2,4}(?:\s*[,/、;]\s*[가-힣]{2,4})+")
_SPACED = re.compile(r"[가-힣]{3,4}(?:\s+[가-힣]{3,4})+")


def writers_joined(author: str) -> str:
    """Several Korean writers joined by "·", the byline's own separator,
    whatever the page's field used (a comma, a slash, a space between full
    names); other authors as given."""
    if _LISTED.fullmatch(author):
        return "·".join(re.split(r"\s*[,/、;]\s*", author))
    if _SPACED.fullmatch(author) and not OUTLET_NAME.search(author):
        return "·".join(author.split())
    return author
