"""Korean particles after words the bot does not know in advance."""

import pytest

from handlers import Context, dispatch, parse
from handlers.josa import closes_with_consonant, particles
from handlers.messages import message


@pytest.mark.parametrize(
    ("word", "closed"),
    [
        ("화웨이", False),
        ("삼성전자", False),
        ("반도체", False),
        ("칩", True),
        ("리벨리온", True),
        ("H20", True),  # 에이치 이십
        ("H100", True),  # 백
        ("B200", True),
        ("910C", False),  # 씨
        ("MI300X", False),  # 엑스
        ("TPU", False),  # 유
        ("ATOM-M", True),  # 엠
        ("LPU v2", False),  # 이
        ("A3", True),  # 삼
        ("GB300 NVL72", False),  # 칠십이
        ("X5", False),  # 오
        ("Hopper", None),  # a word: its sound is not in its spelling
        ("today", None),
        ("…", None),
        ("", None),
    ],
)
def test_closes_with_consonant(word: str, closed: bool | None) -> None:
    assert closes_with_consonant(word) is closed


def test_particles_resolve_paired_forms() -> None:
    assert particles("‘화웨이’은(는) 기업") == "‘화웨이’는 기업"
    assert particles("‘리벨리온’이(가) 만든 ‘아톰’을(를) 보라") == "‘리벨리온’이 만든 ‘아톰’을 보라"
    assert particles("‘H20’(이)라는 칩, ‘TPU’(이)라는 칩") == "‘H20’이라는 칩, ‘TPU’라는 칩"
    assert particles("‘/today’은(는) 모르는 명령") == "‘/today’은(는) 모르는 명령"  # unknown: kept
    assert particles("https://a.kr/rss 은(는) 설정") == "https://a.kr/rss 은(는) 설정"


def test_replies_use_the_right_particle(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from summarizer.corpus import Corpus
    from summarizer.store import Store

    (tmp_path / "a.txt").write_text(
        "화웨이 새 칩\n화웨이가 어센드 910C를 냈다. 업계가 주목했다.", "utf-8"
    )
    corpus = Corpus(Store(tmp_path / "s.sqlite3"))
    corpus.sync_folder(tmp_path)
    context = Context(corpus)
    reply = dispatch(parse("/chips 화웨이"), context)  # type: ignore[arg-type]
    assert reply.notices and reply.notices[0].startswith("‘화웨이’는 칩이 아니라")
    unknown = dispatch(parse("/chips 없는칩"), context)  # type: ignore[arg-type]
    assert "‘없는칩’이라는 칩" in " ".join(unknown.notices)
    english = message("en", "chips.unknown", name="H20")
    assert english == "No chip called ‘H20’ appears in the articles."
