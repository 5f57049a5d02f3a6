"""Integrity of the labelled "day of news" corpora in tests/data/day*/.

Quick checks on the data itself (no Kiwi, no clustering): every file is
labelled and every label has a file, each story is told by distinct outlets,
files decode as UTF-8 or CP949, and each day is big enough to evaluate on.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data"
# day directory -> (date, minimum articles, minimum outlets, minimum singletons)
DAYS = {
    "day1": ("2026-11-24", 50, 12, 10),
    "day2": ("2026-11-25", 30, 8, 8),
    "day3": ("2026-11-26", 45, 12, 10),
}
FILE_NAME = re.compile(r"^\d{3}_[a-z0-9-]+\.txt$")
PUBLISHED = re.compile(r"^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}\+09:00$")


def _labels(day: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / day / "labels.json").read_text(encoding="utf-8"))
    return data


def _decode(path: Path) -> tuple[str, str]:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp949"), "cp949"


@pytest.mark.parametrize("day", sorted(DAYS))
def test_every_file_is_labelled_and_every_label_has_a_file(day: str) -> None:
    labels = _labels(day)
    files = {p.name for p in (DATA / day).glob("*.txt")}
    assert files == set(labels["articles"])
    assert all(FILE_NAME.match(name) for name in files)
    assert labels["day"] == DAYS[day][0]


@pytest.mark.parametrize("day", sorted(DAYS))
def test_files_decode_and_match_their_labels(day: str) -> None:
    labels = _labels(day)
    encodings: Counter[str] = Counter()
    for name, meta in labels["articles"].items():
        text, encoding = _decode(DATA / day / name)
        encodings[encoding] += 1
        lines = text.splitlines()
        assert lines[0] == meta["title"], name
        assert sum(ln.endswith("다.") for ln in lines) >= 3, name  # has a body
        match = PUBLISHED.match(meta["published"])
        assert match and match.group(1) == labels["day"], name
        assert meta["outlet"] and meta["story"] in labels["stories"], name
    assert encodings["cp949"] >= 3  # some pages are saved in the legacy encoding


@pytest.mark.parametrize("day", sorted(DAYS))
def test_stories_have_distinct_outlets_and_true_sizes(day: str) -> None:
    labels = _labels(day)
    outlets: dict[str, list[str]] = {}
    for meta in labels["articles"].values():
        outlets.setdefault(meta["story"], []).append(meta["outlet"])
    assert set(outlets) == set(labels["stories"])
    for slug, told_by in outlets.items():
        assert len(told_by) == len(set(told_by)), slug
        assert labels["stories"][slug]["size"] == len(told_by), slug
        assert labels["stories"][slug]["headline"], slug


@pytest.mark.parametrize("day", sorted(DAYS))
def test_day_is_big_enough_and_its_top_five_is_unambiguous(day: str) -> None:
    labels = _labels(day)
    _, min_articles, min_outlets, min_singletons = DAYS[day]
    articles = labels["articles"]
    assert len(articles) >= min_articles
    assert len({meta["outlet"] for meta in articles.values()}) >= min_outlets
    sizes = sorted((s["size"] for s in labels["stories"].values()), reverse=True)
    assert sizes.count(1) >= min_singletons
    assert sizes[4] > sizes[5] >= 2  # the five most-covered stories are well defined


# names that must reach several separate stories, so that a name alone cannot cluster
SHARED_NAMES = {"day3": ("엔비디아", "삼성", "하이닉스", "HBM")}


@pytest.mark.parametrize("day", sorted(SHARED_NAMES))
def test_shared_names_span_several_stories(day: str) -> None:
    labels = _labels(day)
    texts = {name: _decode(DATA / day / name)[0] for name in labels["articles"]}
    for word in SHARED_NAMES[day]:
        stories = {labels["articles"][n]["story"] for n, text in texts.items() if word in text}
        assert len(stories) >= 3, word
