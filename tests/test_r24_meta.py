"""Metadata layouts of dev108/dev109's misses (invented text): helpers'
credits (translation help, graphics) beside the writer's, a series kicker
with its episode number inside over the headline, a tagged headline asking
a question, an outlet's desk signing a piece, a partner's article reprinted
on another outlet's page, a Korean name with its Latin spelling."""

from __future__ import annotations

import pytest

from summarizer.byline_forms import romanised
from summarizer.bylines import read_byline
from summarizer.clean import clean_article
from summarizer.credit_lines import credit_fields
from summarizer.reprints import byline_outlet, partner_outlet

_BODY = (
    "첫 문단은 새 칩의 규모와 일정을 길게 설명한다고 회사가 밝혔다.\n\n"
    "두 번째 문단은 업계 반응을 전하며 시장 전망도 덧붙였다고 한다.\n\n"
    "세 번째 문단도 길게 이어지며 공급망에 미칠 영향을 짚었다고 전했다."
)


def _meta(text: str) -> tuple[str | None, str | None, str | None]:
    meta = clean_article(text).metadata
    return meta.title, meta.publisher, meta.author


@pytest.mark.parametrize(
    "line",
    [
        "번역 도움=한가람 인턴기자",
        "취재 도움=한가람 인턴기자",
        "그래픽=한가람 기자",
        "일러스트=한가람 기자",
        "영상편집 : 한가람",
        "자료조사=한가람 연구원",
    ],
)
def test_a_helpers_or_artists_credit_names_no_writer(line: str) -> None:
    assert credit_fields(line)[:2] == (None, None)


def test_the_writer_signs_under_a_helpers_credit() -> None:
    text = (
        "칩타임스\n\n새 NPU 양산 돌입…올해 10만개 공급\n\n2026.05.02 09:10\n\n"
        f"{_BODY}\n\n번역 도움=한가람 인턴기자\n정리=도윤서 기자 dys@example.kr"
    )
    assert _meta(text)[2] == "도윤서"


def test_the_byline_under_a_graphics_credit_is_the_writers() -> None:
    text = (
        "칩신문\n산업 > 반도체\n\n메모리 값 1년 새 30% 올랐다…새 제품 단가도 뛰어\n\n"
        f"입력 2026-05-02 06:00\n\n{_BODY}\n\n그래픽=한가람 기자\n\n세종 도윤서 기자"
    )
    assert _meta(text)[2] == "도윤서"


def test_a_series_kicker_with_its_episode_inside_is_no_headline() -> None:
    text = (
        "칩신문\n산업 > 반도체\n칩 전쟁 ② 클라우드의 반격\n"
        '"더는 못 기다린다"…클라우드 3사, 자체 칩 출하 두 배로\n'
        f"등록 2026-05-02 07:00\n수정 2026-05-02 09:00\n\n{_BODY}\n\n도윤서 선임기자"
    )
    assert _meta(text)[0] == '"더는 못 기다린다"…클라우드 3사, 자체 칩 출하 두 배로'


def test_a_headline_with_its_episode_number_over_a_deck_stays() -> None:
    text = f"칩 전쟁 ② 클라우드의 반격\n\n2026-05-02 07:00\n\n{_BODY}\n\n도윤서 기자"
    assert _meta(text)[0] == "칩 전쟁 ② 클라우드의 반격"


def test_a_tagged_headline_asking_a_question_is_no_lead_byline() -> None:
    line = '[월드 리포트] 외신 "규제 또 바뀐다"…다음 칩은?'
    assert read_byline(line) is None
    text = (
        f"{line}\n\n2026년 05월 02일 14시 05분\n\n{_BODY}\n\n"
        "[저작권자(c) YTN 무단전재, 재배포 금지]"
    )
    assert _meta(text)[:2] == (line, "YTN")


def test_a_tagged_lead_sentence_still_names_its_outlet() -> None:
    line = "[칩데일리] 칩회사가 새 NPU를 내놨다."
    byline = read_byline(line)
    assert byline is not None and byline.publisher == "칩데일리"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("경향신문 국제부", "경향신문"),
        ("칩신문 산업1부", "칩신문"),
        ("칩데일리 디지털뉴스팀", "칩데일리"),
    ],
)
def test_an_outlets_desk_signs_for_the_outlet(line: str, outlet: str) -> None:
    byline = read_byline(line)
    assert byline is not None and (byline.author, byline.publisher) == (None, outlet)


def test_a_piece_signed_by_a_desk_is_the_outlets_without_a_writer() -> None:
    text = f"유럽도 칩 주권 나섰다…스타트업에 공공자금\n\n입력 2026.05.02 15:10\n\n{_BODY}\n\n칩신문 국제부"
    assert _meta(text)[1:] == ("칩신문", None)


def test_a_partners_article_is_published_by_the_page() -> None:
    text = (
        "바다일보\n경제 | 산업\n\n클라우드 칩 판매 확대…게임사도 갈아탄다\n\n"
        f"입력 2026.05.02 18:20\n\n{_BODY}\n\n칩경제신문 도윤서 기자\n\n"
        "※ 이 기사는 제휴사인 칩경제신문의 기사를 전재한 것입니다.\n\n"
        "ⓒ 바다일보 무단전재 및 재배포 금지"
    )
    assert _meta(text)[1:] == ("바다일보", "도윤서")


def test_a_partner_note_names_the_partner() -> None:
    lines = ["본문", "이 기사는 콘텐츠 제휴에 따라 칩데일리에서 제공한 기사를 게재합니다."]
    assert partner_outlet(lines) == "칩데일리"
    assert partner_outlet(["칩회사는 제휴를 맺었다고 밝혔다."]) is None
    assert byline_outlet("칩데일리", "바다일보", None, "칩데일리") == "바다일보"
    assert byline_outlet("칩데일리", None, None, "칩데일리") == "칩데일리"  # no other outlet


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("도윤서 기자 Do Yun-seo", "도윤서"),
        ("한가람 Garam Han · 뉴욕", "한가람"),
        ("박서준 Seo-jun Park", "박서준"),
        ("이하람 기자 Lee Ha-ram hr@example.kr", "이하람"),
    ],
)
def test_a_korean_name_with_its_latin_spelling_is_the_writer(line: str, name: str) -> None:
    byline = romanised(line)
    assert byline is not None and byline.author == name
    assert credit_fields(line)[0] == name


@pytest.mark.parametrize(
    "line", ["삼성전자 Samsung Electronics", "엔비디아 Nvidia Corp", "한가람 Garam Han · 칩타임스"]
)
def test_a_company_and_its_latin_name_is_no_writer(line: str) -> None:
    assert romanised(line) is None


def test_the_writer_with_a_latin_spelling_under_the_headline() -> None:
    text = (
        "칩매거진\nTech | 반도체\n\n새 추론 칩 첫 출하 임박…긴 문맥 시장 연다\n\n"
        f"한가람 Garam Han · 뉴욕\nMay. 2, 2026\n\n{_BODY}\n\nCopyright © 칩매거진"
    )
    assert _meta(text)[2] == "한가람"
