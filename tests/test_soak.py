"""The soak (issue 11): 30 simulated days, 200 subscribers in five time
zones on both platforms, random faults, kills and two instances — every
briefing delivered once, none lost but those the platform refused for good.
Bounded: a few seconds of real time (benchmarks/soak.py runs longer)."""

from __future__ import annotations

from pathlib import Path

from soak_sim import run_soak

from summarizer.corpus import Corpus
from summarizer.store import Store


def test_thirty_days_nothing_lost_nothing_twice(tmp_path: Path) -> None:
    corpus = Corpus(Store(tmp_path / "corpus.sqlite3"))
    tally = run_soak(tmp_path / "bot.sqlite3", corpus, days=30, subscribers=200, seed=11)
    print(f"\nsoak: {tally.line()}")
    assert tally.expected > 5000
    assert tally.lost == 0 and tally.twice == 0, tally.line()
    assert tally.kills >= 3 and tally.faults["429"] and tally.faults["migration"]
