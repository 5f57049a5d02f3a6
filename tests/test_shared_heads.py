"""Heads of shared, archived, printed and digest pages (issue 13, dev40, r17fix36)."""

from summarizer.last_fields import translator_only
from summarizer.never_heads import carrier_line
from summarizer.odd_credits import odd_credit
from summarizer.odd_pages import programme_line, programme_outlet
from summarizer.page_chrome import running_head
from summarizer.release_wire import release_dateline
from summarizer.shared_heads import (
    archive_note,
    digest_date,
    framed_line,
    neighbour_links,
    share_title,
    strip_item_number,
)
from summarizer.signoffs import read_sign_off


def test_a_share_prefix_naming_a_listed_outlet_goes() -> None:
    assert share_title("[매일경제] 삼성전자, HBM3E 품질 테스트 통과 임박") == (
        "삼성전자, HBM3E 품질 테스트 통과 임박"
    )
    assert (
        share_title("[인터뷰] 리벨리온 대표가 말하는 다음 칩")
        == "[인터뷰] 리벨리온 대표가 말하는 다음 칩"
    )
    assert share_title("[서울=뉴시스] 엔비디아가 새 칩을 공개했다.").startswith("[서울=뉴시스]")
    assert share_title("[매일경제] 엔비디아가 새 칩을 공개했다.").startswith("[매일경제]")


def test_an_archive_notice_is_no_headline() -> None:
    assert archive_note("본 기사는 2019년 작성된 것으로, 현재 상황과 다를 수 있습니다.")
    assert carrier_line("이 기사는 2017년 3월에 게재된 기사입니다.")
    assert not archive_note("이 기사는 엔비디아의 새 칩을 다룬다")


def test_a_digest_head_is_no_headline_and_dates_the_item() -> None:
    assert framed_line("═ 헤럴드경제 반도체 모닝 브리핑 ═")
    assert not framed_line("엔비디아, ━ 새 칩 공개")
    assert digest_date("2025년 7월 8일 화요일 · 오늘의 기사 4건 중 3번째") == "2025-07-08"
    assert digest_date("2025년 7월 8일 · 엔비디아가 새 칩을 냈다.") is None
    assert neighbour_links("[이전 기사] 정부, 특별법 예고 ‹ › [다음 기사] TSMC 최대 매출")
    assert carrier_line("다음 기사: TSMC, 2분기 매출 사상 최대")
    assert not neighbour_links("다음 달 엔비디아 새 칩 공개")


def test_a_newsletter_item_number_is_no_part_of_the_title() -> None:
    assert strip_item_number("② 인텔, 가우디3 공급 확대") == "인텔, 가우디3 공급 확대"
    assert strip_item_number("엔비디아 ③ 중국의 반격") == "엔비디아 ③ 중국의 반격"


def test_a_print_head_with_the_date_first() -> None:
    assert running_head("2025년 9월 3일 수요일 파이낸셜뉴스 22") == "파이낸셜뉴스"
    assert running_head("2025년 9월 3일 수요일 파이낸셜뉴스 22 IT") == "파이낸셜뉴스"
    assert running_head("2025년 9월 3일 엔비디아 실적 발표") is None


def test_a_radio_programme_in_quotes() -> None:
    assert programme_line("MBC 라디오 '경제 한 스푼'")
    assert not programme_line("SK '엔비디아와 손잡나'")


def test_credits_of_odd_pages() -> None:
    assert odd_credit("한국경제 · 서도윤 기자 · 2025년 8월 19일") == (
        "서도윤",
        "한국경제",
        "2025-08-19",
    )
    assert odd_credit("산업부 · 서도윤 기자 · 2025년 8월 19일") is None  # a desk, no outlet
    assert odd_credit("■ 출연 : 도경민 MBC 기자") == ("도경민", None, None)
    assert odd_credit("■ 진행 : 윤서하 앵커") is None  # the host is no author
    assert translator_only(["번역·정리=하은별 기자 hbyul@example.com"]) == "하은별"
    assert programme_outlet(["MBC 라디오 '아침 경제 한 스푼'", "■ 진행 : 윤서하 앵커"]) == "MBC"


def test_a_foreign_wire_carried_by_an_agency() -> None:
    line = "(마운틴뷰, 캘리포니아 2025년 9월 9일 PRNewswire=연합뉴스) 그록이 9일 발표했다."
    assert release_dateline(line) == ("연합뉴스", "2025-09-09")
    assert release_dateline("(서울=연합뉴스) 이름 기자 = 본문") is None


def test_a_column_writer_over_a_blurb_at_its_end() -> None:
    end = [
        "본문 마지막 문장이다.",
        "탁세은",
        "한빛과학기술원 반도체공학과 교수. 메모리를 연구한다.",
    ]
    assert read_sign_off("writer's blurb", end) == "탁세은"
    assert (
        read_sign_off(
            "writer's blurb", ["본문이다.", "관련기사", "엔비디아 새 칩 공개. 자세히 보기"]
        )
        is None
    )
