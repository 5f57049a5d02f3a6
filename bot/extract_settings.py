"""``[extract]`` settings (issue 13), kept out of :mod:`bot.config` for its size."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractSettings:
    # The learned headline check (summarizer.head_model) beside the rules'
    # title; on by default. $BRIEFBOT_HEAD_MODEL=1/0 overrides it.
    head_model: bool = True
