"""The learned headline check (issue 13): on by default, a second opinion
that changes the rules' title only when sure. Texts are invented."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.config import load_config
from summarizer import head_model
from summarizer.clean import clean_article

# a chat export: the room, a sender's stamp and remark, then the pasted story
CHAT = "\n".join(
    [
        "단톡방 반도체 공부모임 대화 내보내기",
        "2026년 3월 4일 오후 2:10, 박서연 : 이거 한번 보세요",
        "나래전자, 차세대 추론 가속기 누리-2 양산 착수…데이터센터 공급 확대",
        "(서울=가상뉴스) 김도윤 기자 = 나래전자가 차세대 추론 가속기 누리-2의 양산에 착수했다.",
        "나래전자는 누리-2를 올해 하반기부터 국내 데이터센터에 공급하고 공급 확대를 추진한다.",
        "회사 측은 추론 가속기 누리-2의 전력 효율이 전작보다 두 배 높다고 밝혔다.",
    ]
)
HEADLINE = "나래전자, 차세대 추론 가속기 누리-2 양산 착수…데이터센터 공급 확대"


def _support_model(rule_below: float = 0.01, other_above: float = 0.9) -> head_model.Model:
    """A made-up model that trusts one feature: the line's support from the text below."""
    weights = [0.0] * len(head_model.NAMES)
    weights[head_model.NAMES.index("support")] = 40.0
    return head_model.Model(tuple(weights), rule_below, other_above)


@pytest.fixture(autouse=True)
def _switch_unset(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(head_model.ENV, raising=False)
    assert head_model.enabled()  # the shipped default, as every other test sees it
    head_model.configure(False)
    yield
    head_model.configure(True)


def test_env_overrides_config(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not head_model.enabled()
    head_model.configure(True)
    assert head_model.enabled()
    monkeypatch.setenv(head_model.ENV, "0")
    assert not head_model.enabled()
    head_model.configure(False)
    monkeypatch.setenv(head_model.ENV, "1")
    assert head_model.enabled()


def test_config_reads_extract_head_model(tmp_path: object) -> None:
    assert load_config(env={}).extract.head_model is True
    off = load_config(env={"BRIEFBOT_EXTRACT_HEAD_MODEL": "false"})
    assert off.extract.head_model is False
    assert "BRIEFBOT_HEAD_MODEL" not in load_config(env={"BRIEFBOT_HEAD_MODEL": "1"}).ignored_env


def test_retitle_switches_only_when_sure() -> None:
    lines = CHAT.split("\n")
    remark = "이거 한번 보세요"  # the sender's remark as the headline search reads it
    assert head_model.retitle(lines, remark, _support_model()) == HEADLINE
    # not sure enough that another line is the headline: the rules' pick stays
    assert head_model.retitle(lines, remark, _support_model(other_above=1.01)) == remark
    # the rules' pick is the headline already
    assert head_model.retitle(lines, HEADLINE, _support_model()) == HEADLINE
    assert head_model.retitle(lines, None, _support_model()) is None


def test_candidates_print_titles_and_mark_the_rules_pick() -> None:
    cands = head_model.candidates(CHAT.split("\n"), HEADLINE)
    assert HEADLINE in cands.titles
    assert cands.titles[cands.rule] == HEADLINE
    assert all(len(row) == len(head_model.NAMES) for row in cands.rows)


def test_switch_off_leaves_the_title_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[str] = []
    monkeypatch.setattr(head_model, "retitle", lambda *a, **k: called.append("x"))
    before = clean_article(CHAT).metadata.title
    assert not called  # off: the model never runs
    monkeypatch.setenv(head_model.ENV, "0")
    head_model.configure(True)
    assert clean_article(CHAT).metadata.title == before and not called


def test_switch_on_changes_a_chat_export_title(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules made to pick the sender's remark, as a first run on a new chat
    # layout could: the model, sure of the headline, replaces it
    remark = "이거 한번 보세요"  # the sender's remark as the headline search reads it
    real = head_model.retitle
    monkeypatch.setattr(head_model, "load_model", lambda: _support_model())
    monkeypatch.setattr(
        head_model, "retitle", lambda lines, _title: real(lines, remark, _support_model())
    )
    monkeypatch.setenv(head_model.ENV, "1")
    assert clean_article(CHAT).metadata.title == HEADLINE


def test_shipped_model_loads_with_cautious_thresholds() -> None:
    model = head_model.load_model()
    assert len(model.weights) == len(head_model.NAMES)
    assert model.rule_below <= 0.2 and model.other_above >= 0.5
    lines = CHAT.split("\n")
    assert head_model.retitle(lines, HEADLINE, model) == HEADLINE
