"""End to end through the command line on the labelled day (tests/data/day1):
``briefbot stories --json``, ``briefbot brief --json``, ``briefbot eval
stories`` and ``--rebuild``, scored against the hand-made labels."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from bot.cli import main
from summarizer.story_eval import bcubed, load_labels, pairwise

DAY1 = Path(__file__).resolve().parent / "data" / "day1"
SOURCE_KEYS = {"id", "file", "title", "publisher", "url", "published"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture()
def store(day1_store: Path, tmp_path: Path) -> str:
    copy = tmp_path / "day1.sqlite3"
    shutil.copy(day1_store, copy)
    return str(copy)


def _top_five(gold: dict[str, str]) -> set[str]:
    sizes = Counter(gold.values())
    return {s for s, _ in sizes.most_common(5)}


def _predicted(stories: list[dict[str, object]]) -> dict[str, int]:
    return {src["file"]: s["id"] for s in stories for src in s["sources"]}  # type: ignore[index,misc,union-attr]


def test_stories_json_matches_the_labels(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    payload = run(capsys, "stories", "--json", "--since", "2026-11-24", "--store", store,
                  "--corpus", str(DAY1))  # fmt: skip
    stories = payload["stories"]
    assert isinstance(stories, list) and stories
    gold = load_labels(DAY1)
    predicted = _predicted(stories)
    assert set(gold) <= set(predicted)  # every article of the day is in a story
    assert bcubed(gold, predicted).f1 >= 0.9
    assert pairwise(gold, predicted).f1 >= 0.85
    for story in stories:
        assert {"id", "headline", "gist", "sources", "entities", "first_seen", "last_seen"} <= set(
            story
        )
        assert story["headline"] and "|" not in story["headline"]
        own = {s["id"] for s in story["sources"]}
        assert all(set(s) >= SOURCE_KEYS for s in story["sources"])
        assert {g["source"] for g in story["gist"]} <= own
        titles = {s["title"] for s in story["sources"]}
        assert not {g["text"] for g in story["gist"]} & titles
    top = stories[:5]
    assert all(len(s["sources"]) > 1 for s in top)
    labels = [Counter(gold[src["file"]] for src in s["sources"]).most_common(1)[0][0] for s in top]
    assert set(labels) == _top_five(gold)


def test_brief_json_briefs_the_top_stories(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    payload = run(capsys, "brief", "--json", "--since", "2026-11-20", "--store", store,
                  "--corpus", str(DAY1))  # fmt: skip
    stories = payload["stories"]
    assert stories == payload["data"]["stories"]  # type: ignore[index]
    gold = load_labels(DAY1)
    touched = {gold[src["file"]] for s in stories for src in s["sources"] if src["file"] in gold}
    assert len(touched & _top_five(gold)) >= 4
    for story in stories:
        assert story["headline"] and len(story["sources"]) > 1
        own = {s["id"] for s in story["sources"]}
        assert story["gist"] and {g["source"] for g in story["gist"]} <= own
    assert "외" in payload["text"] and "곳" in payload["text"]  # "연합뉴스 외 4곳"


def test_limit_topic_rebuild_and_text(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    two = run(capsys, "stories", "--json", "--limit", "2", "--store", store, "--corpus", str(DAY1))
    assert len(two["stories"]) == 2  # type: ignore[arg-type]
    about = run(capsys, "stories", "--json", "--topic", "리벨리온", "--store", store,
                "--corpus", str(DAY1))  # fmt: skip
    first = about["stories"][0]  # type: ignore[index]
    assert any("리벨리온" in s["title"] for s in first["sources"])
    before = _predicted(
        run(capsys, "stories", "--json", "--store", store, "--corpus", str(DAY1))["stories"]
    )  # type: ignore[arg-type]
    after = _predicted(run(capsys, "stories", "--json", "--rebuild", "--store", store,
                           "--corpus", str(DAY1))["stories"])  # type: ignore[arg-type]  # fmt: skip
    gold = load_labels(DAY1)
    assert bcubed(gold, after).f1 >= 0.9 and set(after) == set(before)
    assert main(["stories", "--store", store, "--corpus", str(DAY1), "--limit", "3"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("📰") and "1. " in text
    assert main(["stories", "--store", store, "--since", "yesterday"]) == 2


def test_eval_stories(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["eval", "stories", str(DAY1), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["bcubed"]["f1"] >= 0.9
    assert report["top"]["hits"] >= 4 and report["top"]["singletons_in_top"] == 0
    assert main(["eval", "stories", str(tmp_path)]) == 2


def test_eval_stories_on_the_harder_day(capsys: pytest.CaptureFixture[str]) -> None:
    """day3: retellings that share few figures, names shared across stories."""
    assert main(["eval", "stories", str(DAY1.parent / "day3"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["bcubed"]["f1"] >= 0.88 and report["bcubed"]["precision"] >= 0.95
    assert report["top"]["hits"] >= 4 and report["top"]["singletons_in_top"] == 0
