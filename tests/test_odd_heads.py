"""Heads of odd pages that are no headline (issue 13, session 17, extract_dev44
a01 a05 a06 a08 a09 a11 a12 a13 a14 a16 a21 a26 a28, extract_dev46 b10 b12
b18; tuning 416–425).

App counter lines, release and report headers, programme fields, letter
subjects and mail fields, a print head with a lettered page are no headline;
a preview repeating the pasted headline points at it; a headline over its
date line is found under a body opener. Headlines with the same words stay."""

from __future__ import annotations

import pytest

from summarizer.chrome_fields import chrome_field
from summarizer.metadata import extract_metadata
from summarizer.never_heads import carrier_line, dated_headline, head_line, page_lines, preview_of
from summarizer.odd_heads import (
    counter_line,
    letter_subject,
    programme_field,
    release_head,
    research_head,
)
from summarizer.page_chrome import running_head


def _title(text: str) -> str | None:
    return extract_metadata([ln.strip() for ln in text.split("\n")]).title


@pytest.mark.parametrize(
    "line", ["언론사 구독  구독자 142만", "구독  구독자 31만  공감 12", "공감 28  댓글 6"]
)
def test_counter_lines(line: str) -> None:
    assert counter_line(line) and carrier_line(line)


@pytest.mark.parametrize(
    "line", ["구독자 100만 돌파한 유튜버", "댓글 6개로 본 민심", "공감 28일 만에"]
)
def test_counted_headlines_stay(line: str) -> None:
    assert not counter_line(line)


@pytest.mark.parametrize(
    "field", ["팔로워 1.2만", "북마크", "언론사 구독", "공감", "3 comments", "리트윗 40"]
)
def test_one_word_list_for_counters_and_chrome(field: str) -> None:
    # the app's counter line and the chrome beside a date read one list of
    # words: a word either knew is known to both (r20debt)
    assert chrome_field(field), field
    assert counter_line(f"{field}  좋아요 15"), field


def test_counter_lines_either_way_round() -> None:
    assert counter_line("1.2K views  3 comments")
    assert counter_line("이웃추가  조회수 4.1만회")
    assert not counter_line("조회수 4.1만회 기록한 영상")


def test_release_and_report_heads() -> None:
    assert release_head("중소벤처기업부          보도참고자료")
    assert release_head("과학기술정보통신부   보 도 자 료")
    assert not release_head("정부, 반도체 지원책 보도자료 배포")
    assert research_head("대신증권 리서치본부  Daily Strategy")
    assert not research_head("대신증권 리서치본부장, 올해 코스피 3000 넘는다고 전망")
    assert head_line("애널리스트 유통팀  retail@daishin.com  02-769-0000")


def test_programme_fields_and_letter_heads() -> None:
    assert programme_field("방송일시 : 2026년 1월 20일(화) 06:10~06:30")
    assert programme_field("진행 : 주하람 아나운서")
    assert not programme_field("방송사들, 중계권 두고 신경전")
    assert letter_subject("[헤럴드 데일리] 오늘 놓치면 안 될 경제 뉴스 5선")
    assert not letter_subject("[데일리 이슈] 코스피 3000 회복")
    assert head_line("보낸사람: 헤럴드경제 뉴스레터 <daily@heraldcorp.com>")
    assert not head_line("제목: 한은, 기준금리 동결")  # a subject names the headline
    assert head_line("■ 오늘의 주요 뉴스") and not head_line("■ 한은, 기준금리 동결")


def test_lettered_page_running_head() -> None:
    assert running_head("B3  산업   국민일보  2024년 5월 2일 목요일") == "국민일보"


def test_previews_of_the_pasted_headline() -> None:
    head = '수도권 분양 물량 석 달 연속 감소…"공급 절벽"'
    assert preview_of("💡 [파이낸셜뉴스] " + head, head)
    assert preview_of("[속보] " + head, head)
    assert preview_of("아시아투데이 | " + head, head)
    assert preview_of("아시아투데이 - 수도권 분양 물량 석 달…", head)
    assert not preview_of(head, head)
    assert not preview_of("정부는 " + head, head)  # a sentence around it is no preview
    assert page_lines(["[속보] " + head, "", "## " + head]) == [head, head]


def test_dated_headline_under_opener() -> None:
    lines = [
        "[녹색경제신문=모하린 기자] 식품기업들이 라면 가격을 동결하기로 했다.",
        "라면업계, 하반기 가격 동결…원재료 부담은 여전",
        "2026-09-02 07:30",
    ]
    found = dated_headline(lines, lambda ln: not ln.endswith("다."), lambda ln: ln[0].isdigit())
    assert found == lines[1]
    assert _title("\n".join([*lines, "", "밀가루 가격은 여전히 높다."])) == lines[1]
    crumbs = ["홈 > 생활 > 식품", "모하린 기자 | 승인 2026.09.02 07:30", "", "라면 값이 묶였다."]
    assert dated_headline(crumbs, lambda ln: True, lambda ln: "승인" in ln) is None


def test_messenger_share_title() -> None:
    text = """부동산 정보 공유방
Forwarded from 경제 뉴스 알림
💡 [파이낸셜뉴스] 분양 물량 석 달 연속 감소…"공급 절벽 우려"

분양 물량 석 달 연속 감소…"공급 절벽 우려"
[파이낸셜뉴스 배소율 기자]
입력 : 2026-02-11 08:20:44

수도권 아파트 분양 물량이 석 달 연속 줄었다."""
    assert _title(text) == '분양 물량 석 달 연속 감소…"공급 절벽 우려"'


def test_tagged_headline_without_copy_keeps_tag() -> None:
    text = "[속보] 한은, 기준금리 연 2.75% 동결\n입력 2026.08.04 10:02\n\n한국은행이 동결했다."
    assert _title(text) == "[속보] 한은, 기준금리 연 2.75% 동결"
