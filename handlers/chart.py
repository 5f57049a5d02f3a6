"""PNG charts (matplotlib, Agg, no display) with a Korean-capable font.

The font is NanumGothic (SIL Open Font License 1.1) as shipped by the
``koreanize-matplotlib`` package (MIT); it is registered with matplotlib
directly, without importing that package (whose import changes matplotlib's
global settings).
"""

from __future__ import annotations

import importlib.util
import io
import threading
from dataclasses import dataclass
from pathlib import Path

from summarizer.trend import OTHER, Trend

_LOCK = threading.Lock()  # matplotlib's font cache and rcParams are process-wide
_FONT: list[str] = []  # the registered family name, once
_COLOURS = ("#1d3557", "#e63946", "#2a9d8f", "#f4a261", "#8d99ae", "#6a4c93", "#adb5bd")


@dataclass(frozen=True)
class ChartText:
    title: str
    xlabel: str
    ylabel: str
    unknown_outlet: str
    other_outlets: str


def font_path() -> Path:
    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("koreanize-matplotlib (the bundled Korean font) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts" / "NanumGothic.ttf"


def _family() -> str:
    if not _FONT:
        from matplotlib import font_manager

        path = font_path()
        font_manager.fontManager.addfont(str(path))
        _FONT.append(font_manager.FontProperties(fname=str(path)).get_name())
    return _FONT[0]


def warm_up() -> None:
    """Import matplotlib and register the font now (about 2 s), not on the
    first ``/trend``; ``briefbot run`` calls it in a background thread."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.backends import backend_agg  # noqa: F401

    with _LOCK:
        _family()


def trend_png(trend: Trend, text: ChartText) -> bytes:
    """A stacked bar chart: mentions per day, one colour per outlet."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    with _LOCK, matplotlib.rc_context({"font.family": _family(), "axes.unicode_minus": False}):
        figure = Figure(figsize=(10, 5), dpi=100)
        FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        positions = list(range(len(trend.days)))
        bottom = [0] * len(positions)
        for index, (outlet, counts) in enumerate(trend.series.items()):
            name = text.other_outlets if outlet == OTHER else outlet or text.unknown_outlet
            colour = _COLOURS[index % len(_COLOURS)]
            axes.bar(positions, counts, bottom=bottom, label=name, color=colour, width=0.8)
            bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
        step = max(1, (len(positions) + 9) // 10)
        ticks = positions[::-1][::step][::-1]  # the last day always labelled
        axes.set_xticks(ticks)
        axes.set_xlim(-0.6, len(positions) - 0.4)
        axes.set_xticklabels([trend.days[i].strftime("%m-%d") for i in ticks])
        axes.set_title(text.title)
        axes.set_xlabel(text.xlabel)
        axes.set_ylabel(text.ylabel)
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.spines[["top", "right"]].set_visible(False)
        if trend.series:
            axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
    return buffer.getvalue()
