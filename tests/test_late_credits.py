"""Credits, sources and issuers of session 17's sealed sets (r18fix44): a run-on
copy, an analyst's phone line, a researcher's rank, a name over a date, a
programme's dated tag, a repost's source line and notice, a tagged release, an
acronym's bracket and an issuer's press office."""

import pytest

from summarizer.clean import clean_article
from summarizer.credit_lines import credit_fields
from summarizer.headers import issued_by
from summarizer.late_credits import credited_source, issuer_name, repost_free, shape_credit
from summarizer.run_on import run_on_lines

RUN_ON = (
    "항만 크레인 12기 추가 기사입력 2025-09-03 08:15 엄태호 기자 (부산=뉴스1) 엄태호 기자 = "
    "부산항만공사가 크레인을 들인다고 3일 밝혔다. 공사는 물량이 늘 것으로 봤다. "
    "노조는 계획을 요구했다. 공사는 교육을 마련하겠다고 답했다. 물동량은 7% 늘었다. "
    "선석 배정 시스템도 바꾼다. 교대 근무도 줄인다. 야간 조명도 바꾼다. "
    "항만 근로자의 안전 교육 시간도 두 배로 늘리고, 하역 장비 점검 주기를 줄인다고 공사는 덧붙였다. "
    "신항과 북항을 잇는 셔틀 운송 체계도 내년부터 새로 짠다. "
    "thuhm@news1.kr (끝) <저작권자 ⓒ 뉴스1, 무단 전재 및 재배포 금지>"
)


def test_run_on_copy_is_read_as_its_lost_lines() -> None:
    lines = run_on_lines([RUN_ON])
    assert lines[:3] == ["항만 크레인 12기 추가", "기사입력 2025-09-03 08:15", "엄태호 기자"]
    assert lines[-1].startswith("<저작권자")
    meta = clean_article(RUN_ON).metadata
    assert (meta.publisher, meta.author, meta.published) == ("뉴스1", "엄태호", "2025-09-03")


def test_short_or_broken_texts_are_left_alone() -> None:
    assert run_on_lines(["짧은 한 줄"]) == ["짧은 한 줄"]
    # among other lines only a long line with a date field's label is split
    # (a chat pasting a copy); a long line without one stays
    plain = ["본문 " * 60, "", "둘째 줄"]
    assert run_on_lines(plain) == plain
    # a print label is a body's word before a year, no sign of a copy (r20debt)
    bonds = ["채권 발행 2026년 상반기에 몰린다. " + "회사채 수요가 늘었다. " * 30, "", "둘째 줄"]
    assert run_on_lines(bonds) == bonds


@pytest.mark.parametrize(
    "label", ["기사입력", "기사등록", "최초입력", "기사승인", "최종수정", "입력일시 :", "송고시간"]
)
def test_a_copy_among_lines_is_split_on_any_date_label(label: str) -> None:
    # the labels outlets print before a date, prefixed or not, mark a copy
    # pasted on one line among a chat's lines (r20debt)
    copy = RUN_ON.replace("기사입력", label)
    lines = run_on_lines([copy, "", "둘째 줄"])
    assert lines[:3] == ["항만 크레인 12기 추가", f"{label} 2025-09-03 08:15", "엄태호 기자"]
    assert lines[-2:] == ["", "둘째 줄"]


def test_analyst_researcher_and_name_over_date() -> None:
    assert shape_credit("Analyst 채윤서 02-769-0000 / RA 문지후") == ("채윤서", None, None)
    assert shape_credit("도하람 연구위원 (거시경제연구부)") == ("도하람", None, None)
    assert shape_credit("정다운 2025년 7월 4일 금요일") == ("정다운", None, "2025-07-04")
    assert credit_fields("정다운 2025년 7월 4일 금요일") == ("정다운", None, "2025-07-04")


def test_labels_and_programmes_are_no_names() -> None:
    assert shape_credit("배포일 2025. 5. 29.(목)") is None
    assert shape_credit("Analyst 조선팀 02-769-0000") is None  # a desk
    assert shape_credit("[뉴스 브리핑] 2025년 2월 3일 오전 7시") == (None, None, "2025-02-03")


def test_repost_source_line_and_notice() -> None:
    blog = [
        "블로그",
        "분류: 스크랩 | 2025. 10. 3. 08:02",
        "",
        "출처 : 한국경제 2025.10.02 [원문 보기]",
    ]
    assert credited_source(blog) == ("한국경제", "2025-10-02")
    board = [
        "[자유게시판] 글 (펌)",
        "글쓴이: 야식왕 | 조회 3,881 | 2025-06-11 22:05",
        "머니투데이 기사 퍼왔어요.",
    ]
    assert credited_source(board) == ("머니투데이", None)
    assert repost_free(board)[1] == ""
    own = ["글쓴이: 야식왕 | 조회 3,881 | 2025-06-11 22:05", "제 생각입니다."]
    assert repost_free(own) is own  # a post of its own: its poster writes it
    assert credited_source(["출처: Cerebras Systems"]) == (None, None)


def test_issuer_names() -> None:
    assert issuer_name("한국개발연구원(KDI") == "한국개발연구원"
    assert issuer_name("한국개발연구원 (KDI)") == "한국개발연구원"
    assert issuer_name("헌법재판소 공보관실") == "헌법재판소"
    assert issuer_name("YTN 라디오") == "YTN"
    assert issuer_name("삼성전자 뉴스룸") == "삼성전자 뉴스룸"  # a newsroom stays (convention)
    lines = ["[보도자료] 한빛모빌리티 (Hanbit Mobility Co., Ltd.)", "배포일시: 2025년 11월 4일"]
    assert issued_by(lines).publisher == "한빛모빌리티"


def test_a_release_day_label_before_a_date_is_no_name() -> None:
    assert shape_credit("공개일 2026.06.20") is None
    assert shape_credit("출고일시 2026.06.20") is None
    assert shape_credit("오하람 2026년 6월 20일 토요일") == ("오하람", None, "2026-06-20")
