"""One entity mention in a sentence (the entity index's unit)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    key: str  # entity key ("H800", "nvidia"); a discovered chip's key is its name
    kind: str
    surface: str  # the text as it stands in the sentence
    start: int
    end: int
