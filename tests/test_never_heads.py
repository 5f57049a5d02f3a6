"""The table of lines that are never the headline (summarizer.never_heads):
each kind is told by its row, the groups split as the title reader asks them."""

from __future__ import annotations

import pytest

from summarizer.never_heads import NOT_HEADLINES, carrier_line, head_line, kind_of


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("≡ 메뉴  아이뉴스24  🔍", "app bar"),
        ("오피니언 > 바로잡습니다", "breadcrumb"),
        ("📢 반도체 속보방", "pictograph channel"),
        ("34  주간동아 2025. 3. 11  1482호", "running head"),
        ("bloter.net", "site line"),
        ("언론사 구독  구독자 142만", "app counters"),
        ("대신증권 리서치본부  Daily Strategy", "research head"),
        ("[카카오톡] 반도체 스터디", "copy head"),
        ("#ai-infra-news", "copy head"),
        ("■ 오늘의 톱", "marked label"),
        ("★ 읽지 않음 · 반도체 폴더", "reader status"),
        ("[Feedly에서 보관함]", "carrier note"),
    ],
)
def test_kinds(line: str, kind: str) -> None:
    assert kind_of(line) == kind and carrier_line(line)


def test_groups() -> None:
    assert {k.group for k in NOT_HEADLINES} == {"chrome", "head", "carrier"}
    assert len({k.name for k in NOT_HEADLINES}) == len(NOT_HEADLINES)
    assert head_line("📢 반도체 속보방") and not head_line("★ 읽지 않음 · 반도체 폴더")
    headline = "삼성전자, HBM4 양산 돌입…엔비디아 공급 확대"
    assert kind_of(headline) is None and not carrier_line(headline)
