"""A series part in angle brackets ("<상>", "〈2〉") inside a headline is its
number, not a programme or markup line: the headline model keeps the title."""

from summarizer.clean import clean_article

PAGE = """한빛일보 > 경제 > 기획

[연속기획] 대전, ‘AI 반도체 거점’ 꿈꾼다 <상> 연구단지에 모이는 팹리스

민하람 기자 haram@hanbit.example | 입력 : 2026-05-11 18:40:12 | 본지 5면

대덕 연구단지, 설계 스타트업 12곳 입주
시제품 검증센터 문 연다…“칩 개발 기간 절반으로”

대전 유성구 대덕 연구단지 안에 있는 한 설계 스타트업 사무실. 직원 20여 명이 새 추론용 칩의 설계도를 검토하고 있었다. 이 회사는 지난해 서울에서 옮겨 왔다. 시제품을 검증할 장비와 연구 인력을 가까이에서 구할 수 있다는 점이 컸다고 회사 측은 설명했다.

대전시는 올해 연구단지에 시제품 검증센터를 열고 입주 기업에 장비 사용료를 지원하기로 했다. 시 관계자는 “칩 개발 기간을 절반으로 줄이는 것이 목표”라고 말했다. 업계는 검증 장비를 함께 쓰면 초기 비용이 크게 줄 것으로 본다.
"""


def test_part_mark_keeps_the_headline() -> None:
    title = "[연속기획] 대전, ‘AI 반도체 거점’ 꿈꾼다 <상> 연구단지에 모이는 팹리스"
    assert clean_article(PAGE).metadata.title == title
    for mark in ("〈2〉", "<3>"):
        page = PAGE.replace("<상>", mark)
        assert clean_article(page).metadata.title == title.replace("<상>", mark)
