"""/trend: mentions per day by outlet, as a PNG with Korean labels."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from bot.adapters.console import render
from handlers import Command, Context, dispatch
from handlers.trend import parse_args
from summarizer.corpus import Corpus
from summarizer.store import Store

OUTLETS = ("전자신문", "한국경제", "연합뉴스")


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    corpus = Corpus(Store(tmp_path_factory.mktemp("trend") / "s.sqlite3"))
    for n in range(12):
        day = f"2025-03-{n + 1:02d}"
        text = (
            f"반도체 소식 {n}호\n\n엔비디아는 {n}번째 H800 물량을 고객에게 공급한다고 밝혔다. "
            f"화웨이 어센드 칩 생산도 {n}만 개 늘었다. 업계는 전력 수요가 늘 것으로 본다."
        )
        overrides = {"publisher": OUTLETS[n % 3], "published": day}
        corpus.add_text(text, overrides=overrides)  # type: ignore[arg-type]
    return corpus


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_parse_args() -> None:
    assert parse_args("H800") == ("H800", 30)
    assert parse_args("전력 수요 7일") == ("전력 수요", 7)
    assert parse_args("H800 9999") == ("H800", 365)
    assert parse_args("B200") == ("B200", 30)


def test_trend_of_a_chip_by_outlet(dated: Corpus, tmp_path: Path) -> None:
    reply = dispatch(Command("trend", "H800 10", chat="test:trend"), Context(dated))
    assert reply.ok and reply.image is not None
    assert _png_size(reply.image.data) == (1000, 500)
    data = reply.data
    assert data["days"][-1] == "2025-03-12" and len(data["days"]) == 10
    assert set(data["outlets"]) == set(OUTLETS)
    assert sum(sum(c) for c in data["outlets"].values()) == 10  # days 3..12, one each
    text = render(reply, image_dir=tmp_path)
    path = Path(text.splitlines()[-1].removeprefix("🖼 "))
    assert path.parent == tmp_path and path.read_bytes() == reply.image.data
    assert "전자신문" in text and "언급 추이" in text


def test_trend_of_a_keyword_in_english(dated: Corpus) -> None:
    reply = dispatch(Command("trend", "전력 수요 5", language="en"), Context(dated))
    assert reply.ok and reply.image is not None and "Mentions of" in (reply.title or "")
    assert sum(sum(c) for c in reply.data["outlets"].values()) == 5


def test_trend_without_mentions_or_name(dated: Corpus) -> None:
    none = dispatch(Command("trend", "블랙웰"), Context(dated))
    assert none.image is not None and "언급이 없습니다" in none.notices[0]  # an empty chart
    usage = dispatch(Command("trend", ""), Context(dated))
    assert not usage.ok and "/trend" in usage.notices[0]
