"""The learned headline check's gate (issue 14, summarizer/head_model.py):
where bounds on the features it leaves unread show that no candidate can take
the title from the rules' pick, the check answers without reading them; it
must answer what the whole check answers. Texts are invented."""

from __future__ import annotations

import random

import pytest

from summarizer import head_model

PAGES = [
    [  # an ordinary news page
        "테크누리",
        "산업 > 반도체",
        "나래전자, 차세대 추론 가속기 양산 착수…데이터센터 공급 확대",
        "입력 2026.03.04 14:10 | 김도윤 기자",
        "나래전자가 차세대 추론 가속기의 양산에 착수했다고 4일 밝혔다.",
        "회사는 올해 하반기부터 국내 데이터센터에 가속기를 공급할 계획이다.",
        "추론 가속기의 전력 효율은 전작보다 두 배 높다고 회사 측은 설명했다.",
        "kdy@technuri.example",
    ],
    [  # a chat export: the room, a sender's remark, then the pasted story
        "단톡방 반도체 공부모임 대화 내보내기",
        "2026년 3월 4일 오후 2:10, 박서연 : 이거 한번 보세요",
        "나래전자, 차세대 추론 가속기 누리-2 양산 착수…데이터센터 공급 확대",
        "(서울=가상뉴스) 김도윤 기자 = 나래전자가 차세대 추론 가속기 누리-2의 양산에 착수했다.",
        "나래전자는 누리-2를 올해 하반기부터 국내 데이터센터에 공급한다.",
    ],
    [  # a newsletter: its issue line, a greeting, a quoted head, a menu
        "칩소식 위클리 제214호 | 2026.03.04",
        "구독자님, 안녕하세요.",
        "“메모리 값, 석 달째 오른다” 공급 줄어든 D램 시장",
        "홈 | 뉴스 | 분석 | 구독",
        "D램 고정거래가격이 석 달 연속 올랐다. 공급이 줄었기 때문이다.",
        "업계는 메모리 가격 상승이 하반기까지 이어질 것으로 본다.",
        "[광고] 반도체 장비 박람회 3월 개막",
    ],
]


def _models(count: int) -> list[head_model.Model]:
    """Made-up models: the shipped weights with noise of several scales, and
    several thresholds."""
    rng = random.Random(14)
    shipped = head_model.load_model()
    models = [shipped]
    for i in range(count):
        scale = (0.1, 0.5, 1.0, 3.0)[i % 4]
        weights = tuple(w * 3 * (i % 2) + rng.gauss(0, scale) for w in shipped.weights)
        below, above = rng.choice((0.002, 0.05, 0.3)), rng.choice((0.3, 0.5, 0.9))
        models.append(head_model.Model(weights, below, above))
    return models


def test_gate_reads_the_features_as_the_whole_check_does() -> None:
    ahead = [head_model.NAMES.index(name) for name in head_model.READ_AHEAD]
    start = len(head_model.CONTEXT_NAMES)
    shape = slice(start, start + len(head_model.SHAPE_NAMES))
    for lines in PAGES:
        page = [ln for ln in lines if ln]
        for rule in page:
            page_, picks, _titles, at_rule = head_model._picks(lines, rule)
            if at_rule < 0:
                continue
            rows = head_model._rows(page_, picks, at_rule)
            rule_at, first = page_.index(picks[at_rule]), head_model._first_like(page_)
            for k, line in enumerate(picks):
                plain, marks = head_model._looks(line)
                read = head_model._place(page_, page_.index(line), rule_at, first) + plain
                assert read + marks == [rows[k][i] for i in ahead]
                assert head_model._shape(line) == rows[k][shape]


def test_gate_answers_what_the_whole_check_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    decided = switched = 0
    real = head_model._out_of_reach
    for model in _models(24):
        for lines in PAGES:
            for rule in (ln for ln in lines if ln):
                gated = head_model.retitle(lines, rule, model)
                monkeypatch.setattr(head_model, "_out_of_reach", lambda *a: False)
                whole = head_model.retitle(lines, rule, model)
                monkeypatch.setattr(head_model, "_out_of_reach", real)
                assert gated == whole
                page, picks, _titles, at_rule = head_model._picks(lines, rule)
                if at_rule >= 0 and len(picks) >= 2:
                    decided += real(model, page, picks, at_rule)
                switched += whole != rule
    assert decided >= 50 and switched >= 50  # both kinds of case are met


def test_shipped_model_is_decided_by_the_gate_on_ordinary_news() -> None:
    lines = PAGES[0]
    title = "나래전자, 차세대 추론 가속기 양산 착수…데이터센터 공급 확대"
    page, picks, _titles, at_rule = head_model._picks(lines, title)
    assert head_model._out_of_reach(head_model.load_model(), page, picks, at_rule)
    assert head_model.retitle(lines, title) == title
