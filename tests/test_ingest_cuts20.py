"""Session 19's ingest speed cuts give the answers of the plain code they
replace (issue 14): invented lines, every listed outlet."""

from __future__ import annotations

from summarizer.outlet_domains import known_outlets
from summarizer.run_on import _HEAD_MIN, _masthead_off


def _plain_masthead_off(first: str) -> list[str]:
    """The loop the length lookup replaced: every outlet, longest first."""
    for name in sorted(known_outlets(), key=len, reverse=True):
        rest = first[len(name) :]
        if first.startswith(name) and rest[:1] in (" ", "|") and len(rest.strip(" |")) >= _HEAD_MIN:
            return [name, rest.strip(" |")]
        head = first[: -len(name)]
        if first.endswith(name) and head[-1:] in (" ", "|") and len(head.strip(" |")) >= _HEAD_MIN:
            return [head.strip(" |"), name]
    return [first]


def test_masthead_off_matches_the_plain_loop_for_every_outlet() -> None:
    head = "반도체 장비 수출이 석 달째 늘었다"
    for name in sorted(known_outlets()):
        for line in (
            f"{name} {head}",
            f"{name}| {head}",
            f"{head} {name}",
            f"{head} | {name}",
            f"{name} {head} {name}",
            f"{name}{head}",
            f"{name} 짧은 제목",
            name,
            f"{name} {name}",
        ):
            assert _masthead_off(line) == _plain_masthead_off(line), line


def test_masthead_off_keeps_a_line_without_an_outlet() -> None:
    for line in ("", "가", "반도체 장비 수출이 석 달째 늘었다", "| 반도체 장비 수출이 석 달째 |"):
        assert _masthead_off(line) == _plain_masthead_off(line) == [line]
