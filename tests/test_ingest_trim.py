"""Issue 14 (ingest CPU): the shortcuts in entity matching give the answers
the long way gives. Speed itself is measured in benchmarks/stage_speed.py,
never here."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from summarizer.alias_seconds import second_chars
from summarizer.entities import EntityIndex, load_index
from summarizer.text import decode_bytes, normalize

DATA = Path(__file__).parent / "data"
TRICKY = [
    "ſamsung Kubernetes İntel ıntel KIOXIA 엔비디아H100 엔 비디아",
    "A 100, A-100, a100 HBM 3E HBM3E 인텔의 가우디3 칩 Trainium-3",
    "칩 문라이트-2(MoonLight-2) 엔비디아 H 200 — GB300 NVL72, 아톰(ATOM)",
]


@cache
def _lines() -> list[str]:
    out = list(TRICKY)
    for folder in ("day1", "extract"):
        for path in sorted((DATA / folder).glob("*.txt"))[:60]:
            text = normalize(decode_bytes(path.read_bytes()))
            out += [line.strip() for line in text.split("\n") if line.strip()]
    return out


def _long_way(index: EntityIndex, text: str) -> list[tuple[tuple[int, int], str]]:
    """The alias search without the second-character test: every character
    that starts an alias, then its alternation."""
    firsts = re.compile("[" + "".join(re.escape(c) for c in index._scan.by_first) + "]")
    out, at = [], 0
    for hit in firsts.finditer(text):
        if hit.start() < at:
            continue
        pattern, keys = index._scan.by_first[hit.group()]
        match = pattern.match(text, hit.start())
        if match is None or match.lastindex is None or match.end() == hit.start():
            continue
        out.append((match.span(), keys[match.lastindex - 1]))
        at = match.end()
    return out


def test_alias_matches_are_the_long_ways() -> None:
    index = load_index()
    for line in _lines():
        fast = [(m.span(), key) for m, key in index._alias_matches(line)]
        assert fast == _long_way(index, line), line


def test_second_character_test_keeps_folded_letters() -> None:
    seconds = second_chars(["Samsung", "SK hynix", "S 100"])
    assert seconds is not None
    assert seconds.may_follow("Samsung", 0) and seconds.may_follow("SAMSUNG", 0)
    assert seconds.may_follow("Sſ", 0) and seconds.may_follow("S\u212a", 0)  # re folds these
    assert seconds.may_follow("S-100", 0) and seconds.may_follow("S 1", 0)
    assert not seconds.may_follow("Sx", 0) and not seconds.may_follow("S가", 0)
    assert not seconds.may_follow("S", 0)
    assert second_chars(["X"]) is None  # a one-letter alias: no test


def test_unmoved_sentences_ignore_what_the_article_knows() -> None:
    index = load_index()
    known = {key for key, e in index.entities.items() if e.kind == "chip"} | {"NX-1", "B300"}
    known |= set(index._chip_vendors)
    checked = 0
    for line in _lines():
        catalogued = index._catalogued(line, ())
        if index._unmoved(line, catalogued):
            checked += 1
            assert index._in_sentence(line, catalogued, known) == index._in_sentence(
                line, catalogued, frozenset()
            ), line
    assert checked > 100
    named = "엔비디아와 인텔, 삼성전자가 손잡았다."  # catalogued names, no model number
    assert index._catalogued(named, ()) and index._unmoved(named, index._catalogued(named, ()))
