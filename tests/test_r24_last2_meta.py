"""Metadata layouts of dev107/dev110's misses (invented text): a magazine's
byline after a slash at the bottom, an outlet's newsletter line over its
headline, a listed magazine's issue line or issue note over its group's
footer or mail domain, a bilingual page's masthead and section line."""

from __future__ import annotations

from summarizer.clean import clean_article
from summarizer.odd_credits import odd_credit

_BODY = (
    "첫 문단은 새 칩의 규모와 일정을 길게 설명한다고 회사가 밝혔다.\n\n"
    "두 번째 문단은 업계 반응을 전하며 시장 전망도 덧붙였다고 한다.\n\n"
    "세 번째 문단도 길게 이어지며 공급망에 미칠 영향을 짚었다고 전했다."
)


def _meta(text: str) -> tuple[str | None, str | None, str | None]:
    meta = clean_article(text).metadata
    return meta.title, meta.publisher, meta.author


def test_a_magazine_byline_after_a_slash_names_the_writer() -> None:
    assert odd_credit("/ 한가람 칩스매거진 기자 garam@chips.kr") == ("한가람", None, None)
    text = (
        "칩스매거진 2026년 3월호\n\n[칩 탐구] 국산 추론 칩의 틈새 전략\n\n"
        f"입력 2026.03.02 00:01\n\n{_BODY}\n\n/ 한가람 칩스매거진 기자 garam@chips.kr"
    )
    assert _meta(text)[2] == "한가람"


def test_an_outlets_newsletter_line_names_no_korean_outlet() -> None:
    text = (
        "Chip Wire Korea 뉴스레터\n\n[칩 위클리] 새 칩 출시·메모리 가격 상승\n\n2026-03-06\n\n"
        f"{_BODY}\n\n정리: 한가람 기자 garam@chipwire.kr\n\n"
        "Copyright ⓒ Chip Wire Korea. All rights reserved."
    )
    assert _meta(text) == ("[칩 위클리] 새 칩 출시·메모리 가격 상승", "Chip Wire Korea", "한가람")


def test_a_bilingual_masthead_still_names_its_korean_outlet() -> None:
    text = (
        "Chip Wire Korea 칩와이어\n\n[칩 위클리] 새 칩 출시·메모리 가격 상승\n\n2026-03-06\n\n"
        f"{_BODY}\n\n한가람 기자 garam@chipwire.kr\n\n"
        "Copyright ⓒ Chip Wire Korea. All rights reserved."
    )
    assert _meta(text)[1] == "칩와이어"


def test_a_listed_magazines_issue_line_wins_over_its_groups_footer() -> None:
    text = (
        "주간조선 2901호 (p20~21)\n국산 칩 설계사들이 추론 시장을 노린다\n"
        f"한가람 기자 garam@chosun.com\n등록 2026-03-02 09:00:00\n\n{_BODY}\n\n"
        "ⓒ 조선일보 & chosun.com, 무단 전재 및 재배포 금지"
    )
    assert _meta(text) == ("국산 칩 설계사들이 추론 시장을 노린다", "주간조선", "한가람")


def test_a_bracketed_issue_note_names_the_magazine() -> None:
    text = (
        "[커버스토리] 국산 칩 설계사들이 추론 시장을 노린다\n한가람 기자 garam@mk.co.kr\n"
        f"입력 : 2026.03.02 21:00:00\n\n{_BODY}\n\n"
        "[매경이코노미 제2400호 (2026.03.04~2026.03.10일자) 기사입니다]"
    )
    assert _meta(text)[1] == "매경이코노미"


def test_a_masthead_over_a_section_is_no_headline() -> None:
    text = (
        "Seoul Chip Daily | 한영 대역 기사 · Tech\n"
        "Samsung ships its new memory to cloud firms\n삼성, 클라우드 업체에 새 메모리 공급\n"
        "BY HAN GA-RAM [garam@chipdaily.kr] · 한가람 기자\n"
        "Published: 6 Mar. 2026, 07:00 · 입력 2026.03.06 07:00\n\n"
        "Samsung began shipping the chip to cloud firms this week.\n"
        "삼성이 이번 주 클라우드 업체에 칩 출하를 시작했다.\n\n"
        "Customers welcomed the move, the company said.\n고객사는 이를 반겼다고 회사는 밝혔다."
    )
    assert _meta(text)[0] == "Samsung ships its new memory to cloud firms"


def test_a_headline_with_a_bar_stays_a_headline() -> None:
    text = f"삼성전자 | 새 메모리 칩을 클라우드 업체에 공급하기 시작했다\n\n입력 2026.03.06 07:00\n\n{_BODY}"
    assert _meta(text)[0] == "삼성전자 | 새 메모리 칩을 클라우드 업체에 공급하기 시작했다"
