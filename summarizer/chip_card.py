"""Figures stated about one chip: memory, performance, price, shipments.

A figure belongs to a chip when it stands after the chip's name in the same
sentence and before the next chip named there ("H20은 HBM 96GB를 탑재했다"
→ H20: HBM 96GB). Figures before the first chip, or in sentences that name
the chip only in passing, are not attributed. Nothing is computed: the text
of the figure is kept as the article states it, with the article it comes from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

MEMORY, BANDWIDTH, PERFORMANCE, POWER, PRICE, SHIPMENTS = (
    "memory",
    "bandwidth",
    "performance",
    "power",
    "price",
    "shipments",
)
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
# "1만2000", "3억 5000": a Korean amount written in several groups
_AMOUNT = rf"{_NUMBER}(?:\s*(?:조|억|만|천)\s*{_NUMBER})*"
_FIGURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (BANDWIDTH, re.compile(rf"{_NUMBER}\s*(?:TB/s|GB/s|테라바이트/초)", re.I)),
    (
        MEMORY,
        re.compile(
            rf"(?:(?:HBM\w*|GDDR\w*|LPDDR\w*|메모리|memory)\s*)?{_NUMBER}\s*(?:GB|TB)(?![/A-Za-z])",
            re.I,
        ),
    ),
    (
        PERFORMANCE,
        re.compile(
            rf"{_NUMBER}\s*(?:[PTE]FLOPS|TOPS|페타플롭스|테라플롭스|엑사플롭스|토큰/초)"
            rf"|초당\s*{_NUMBER}\s*(?:만\s*)?(?:개의\s*)?토큰",
            re.I,
        ),
    ),
    (POWER, re.compile(rf"{_NUMBER}\s*(?:kW|W|와트)(?![A-Za-z/])")),
    (
        PRICE,
        re.compile(
            rf"(?:\$\s*{_NUMBER}\s*(?:billion|million|억|만)?"
            rf"|{_AMOUNT}\s*(?:만|억|조)?\s*(?:달러|위안|원|유로))(?![가-힣]{{0,1}}대)",
            re.I,
        ),
    ),
    (
        SHIPMENTS,
        re.compile(rf"{_AMOUNT}\s*(?:만|천|억)?\s*(?:개|대|장|units)(?![월비기표학체선당출규회])"),
    ),
)
# What every figure above contains (a number before a unit's first letters,
# or after "$" or "초당"): one quick search rules out most spans before the six.
_MAYBE_FIGURE = re.compile(
    r"\d[\d,.]*\s*(?:[조억만천]\s*)?(?:GB|TB|테라|[PTE]FLOPS|TOPS|페타|엑사|토큰|kW|W|와트"
    r"|달러|위안|원|유로|개|대|장|units)|\$\s*\d|초당\s*\d",
    re.I,
)
# Shipments only where the sentence speaks of shipping, selling or buying.
_SHIPMENT_CUE = re.compile(
    r"출하|공급|판매|주문|구매|확보|도입|수출|납품|팔|사들|구축|배치|구성|투입|shipp|sold|order"
)


@dataclass(frozen=True)
class Figure:
    kind: str  # memory, bandwidth, performance, power, price, shipments
    text: str  # as stated: "HBM 96GB", "1만 5000달러"
    source: int  # article id


def may_state_figures(text: str) -> bool:
    """False when ``text`` states no figure at all (a quick test: a True
    may still find none)."""
    return _MAYBE_FIGURE.search(text) is not None


def figures_in(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """(kind, text) of every figure in ``text[start:end]``, left to right."""
    if _MAYBE_FIGURE.search(text, start, end) is None:
        return []
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _FIGURES:
        for match in pattern.finditer(text, start, end):
            s, e = match.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == SHIPMENTS and not _SHIPMENT_CUE.search(text):
                continue
            taken.append((s, e))
            found.append((s, kind, " ".join(match.group().split())))
    return [(kind, shown) for _, kind, shown in sorted(found)]


def chip_figures(
    sentences: Sequence[tuple[int, str, Sequence[str], Sequence[str]]], limit: int = 8
) -> list[Figure]:
    """Figures about one chip from ``(article id, sentence text, the chip's
    surfaces there, the other chips' surfaces there)``, one of each text."""
    found: list[tuple[int, str, str]] = []
    seen: set[str] = set()
    for article_id, text, own, others in sentences:
        if len(seen) >= limit:
            break
        for kind, shown in sentence_figures(text, own, others):
            found.append((article_id, kind, shown))
            seen.add(shown.casefold())
    return distinct_figures(found, limit)


def sentence_figures(text: str, own: Sequence[str], others: Sequence[str]) -> list[tuple[str, str]]:
    """(kind, text) of the figures one sentence states about a chip named
    there as ``own`` (other chips named there as ``others``), in order."""
    if not may_state_figures(text):
        return []
    spans = _own_spans(text, own, others)
    return [found for start, end in spans for found in figures_in(text, start, end)]


def distinct_figures(found: Iterable[tuple[int, str, str]], limit: int = 8) -> list[Figure]:
    """The first ``limit`` figures of ``(article id, kind, text)``, in order,
    one of each text (compared case-folded)."""
    out: list[Figure] = []
    seen: set[str] = set()
    for article_id, kind, shown in found:
        if len(out) >= limit:
            break
        if shown.casefold() not in seen:
            seen.add(shown.casefold())
            out.append(Figure(kind, shown, article_id))
    return out


def _own_spans(text: str, own: Sequence[str], others: Sequence[str]) -> list[tuple[int, int]]:
    """From each naming of the chip to the next naming of another chip."""
    starts = sorted(at + len(s) for s in own if s for at in _found(s, text))
    stops = sorted(at for s in others if s for at in _found(s, text))
    spans = []
    for start in starts:
        stop = next((s for s in stops if s >= start), len(text))
        spans.append((start, stop))
    return spans


def _found(needle: str, text: str) -> list[int]:
    """Where ``needle`` occurs in ``text``, left to right, not overlapping."""
    out, at = [], text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + len(needle))
    return out


class _Queries(Protocol):
    def query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]: ...


def mention_span(store: _Queries, key: str) -> tuple[tuple[int, str], tuple[int, str]] | None:
    """(article id, date) of the first and the last article naming entity
    ``key``, by the date the article states (else the day it was added)."""
    sql = (
        "SELECT id, coalesce(published, substr(added_at, 1, 10)) AS day FROM articles "
        "WHERE id IN (SELECT article_id FROM mentions WHERE entity = ?) "
        "ORDER BY day {order}, id {order} LIMIT 1"
    )
    first = store.query(sql.format(order="ASC"), (key,))
    last = store.query(sql.format(order="DESC"), (key,))
    if not first or not last:
        return None
    return (int(first[0][0]), str(first[0][1])), (int(last[0][0]), str(last[0][1]))
