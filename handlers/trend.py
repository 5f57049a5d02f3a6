"""``/trend NAME [days]``: mentions of a chip, company or keyword per day, by
outlet, as a PNG chart (with the numbers in words, for screen readers and
the console)."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from summarizer.trend import mention_trend

from .chart import ChartText, trend_png
from .messages import message
from .reply import Command, Image, Line, Reply, Section

if TYPE_CHECKING:
    from .context import Context

DEFAULT_DAYS = 30
MAX_DAYS = 365
_DAYS = re.compile(r"^(.*?)\s+(\d{1,4})\s*(?:일|days?|d)?$", re.I)


def parse_args(args: str) -> tuple[str, int]:
    """ "H800 14" / "전력 수요 7일" → (name, days)."""
    match = _DAYS.match(args.strip())
    if match and match.group(1).strip():
        return match.group(1).strip(), max(1, min(MAX_DAYS, int(match.group(2))))
    return args.strip(), DEFAULT_DAYS


def with_week_chart(reply: Reply, context: Context, language: str) -> Reply:
    """The daily briefing with the week's chart of its most mentioned chip
    attached (``briefing.chart``); unchanged when it names no chip."""
    chips = reply.data.get("chips")
    if not isinstance(chips, list) or not chips or not isinstance(chips[0], dict):
        return reply
    name = str(chips[0].get("name") or "")
    chart = trend(Command("trend", f"{name} 7", language=language), context) if name else None
    if chart is None or chart.image is None or not chart.data.get("total"):
        return reply
    return dataclasses.replace(reply, image=chart.image)


def trend(command: Command, context: Context) -> Reply:
    language = command.language or context.language
    name, days = parse_args(command.args)
    if not name:
        return Reply("trend", notices=(message(language, "trend.usage"),), ok=False)
    found = mention_trend(context.corpus, name, days)
    if found is None:
        return Reply("trend", notices=(message(language, "trend.usage"),), ok=False)
    start, end = found.days[0].isoformat(), found.days[-1].isoformat()
    title = message(language, "trend.title", name=found.name, days=days)
    data = {
        "name": found.name,
        "days": [d.isoformat() for d in found.days],
        "outlets": {o or "": list(c) for o, c in found.series.items()},
        "total": found.total,
    }
    # No mentions in the window: the (empty) chart still shows the period.
    notices = (
        ()
        if found.total
        else (message(language, "trend.none", name=found.name, start=start, end=end),)
    )
    text = ChartText(
        title=message(language, "trend.chart_title", name=found.name, days=days),
        xlabel=message(language, "trend.xlabel"),
        ylabel=message(language, "trend.ylabel"),
        unknown_outlet=message(language, "sources.unknown_publisher"),
        other_outlets=message(language, "trend.other"),
    )
    summary = message(language, "trend.summary", total=found.total, start=start, end=end)
    lines = tuple(
        Line(message(language, "trend.outlet", count=sum(counts)), label=label)
        for label, counts in (
            (text.other_outlets if o == "\x00other" else o or text.unknown_outlet, c)
            for o, c in found.series.items()
        )
    )
    safe = re.sub(r"[^\w.-]+", "_", found.name)[:40] or "trend"
    image = Image(trend_png(found, text), f"trend-{safe}-{end}.png", alt=f"{title} — {summary}")
    return Reply(
        "trend",
        title=title,
        sections=(Section(summary, lines),) if lines else (),
        notices=notices,
        data=data,
        image=image,
    )
