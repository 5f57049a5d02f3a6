"""Publishers of odd pages (session 17, r18fix40, dev44/dev46): portal and
channel first lines, link previews' domains, what stands in a credit's
outlet slot but names no outlet (quoted clips, cast lines and mailed
reporters as r18fix42's credit kinds read them), spaced release headers
and brokerage report heads; a radio transcript's programme line."""

from __future__ import annotations

from summarizer.clean import clean_article
from summarizer.credit_lines import credit_fields
from summarizer.headers import issued_by
from summarizer.odd_publishers import outlet_field, page_head, research_firm, site_named

_BODY = (
    "정부가 물류 자동화 지원을 늘린다고 밝혔다. 업계는 환영한다는 반응을 보였다.\n\n"
    "지원 규모는 올해의 두 배라고 정부는 설명했다."
)


def _publisher(text: str) -> str | None:
    return clean_article(text).metadata.publisher


def test_portal_and_channel_lines_are_no_page_head() -> None:
    assert page_head("Daum 뉴스") is None
    assert page_head("Nate 뉴스") is None
    assert page_head("다음 뉴스 > IT") is None
    assert page_head("#semi-news") is None
    assert page_head("#반도체_스터디") is None
    assert page_head("# 헤드라인 한 줄") == "# 헤드라인 한 줄"  # a markdown heading stays
    assert page_head("ZDNet Korea 지디넷코리아") == "ZDNet Korea 지디넷코리아"
    assert page_head(None) is None


def test_a_portal_share_keeps_the_wire_outlet() -> None:
    text = (
        "Nate 뉴스\n뉴스1\n\n공장 자동화 지원 확대\n\n"
        f"(서울=뉴스1) 오수빈 기자 = {_BODY}\n\nCopyright © 뉴스1코리아(www.news1.kr)"
    )
    assert _publisher(text) == "뉴스1"


def test_a_channel_line_gives_way_to_the_link() -> None:
    text = (
        "#infra-news\n김하늘  오전 9:14\nhttps://www.hankyung.com/article/1\n\n"
        f"공장 자동화 지원 확대\n윤하진 기자 입력 2026.10.22 14:55\n{_BODY}"
    )
    assert _publisher(text) == "한국경제"


def test_a_bare_domain_line_names_its_outlet() -> None:
    assert site_named("www.ddaily.co.kr") == "디지털데일리"
    assert site_named("fnnews.com/") == "파이낸셜뉴스"
    assert site_named("기자 mjsung@edaily.co.kr") == "이데일리"
    assert site_named("www.unknown-example.io") is None
    assert site_named("클라우드 요금 인상 잇따라") is None


def test_the_outlet_slot_drops_what_names_no_outlet() -> None:
    assert outlet_field("읽는 시간 약 2분") is None
    assert outlet_field("3분 읽기") is None
    assert outlet_field("5 min read") is None
    assert outlet_field("dhko@edaily.co.kr") is None
    assert outlet_field("국제신문 · B3면 2단") == "국제신문"
    assert outlet_field("부산일보 · A12면") == "부산일보"
    assert outlet_field("매일경제") == "매일경제"
    assert outlet_field("한겨레 · 경제") == "한겨레 · 경제"  # no page position: unchanged
    assert outlet_field(None) is None
    assert outlet_field("한화투자증권 리서치센터") == "한화투자증권"  # the firm, not its desk


def test_credit_lines_read_through_the_outlet_slot() -> None:
    assert credit_fields("남궁다인 기자 · 3분 읽기") == ("남궁다인", None, None)
    assert credit_fields("국제신문 · B3면 2단 · 2026.10.27.")[1] == "국제신문"


def test_reporters_each_with_an_address() -> None:
    line = "고다현 기자 dhko@edaily.co.kr 성민재 기자 mjsung@edaily.co.kr"
    assert credit_fields(line) == ("고다현·성민재", None, None)  # the mail is no outlet


def test_a_quoted_source_line() -> None:
    line = "> 출처: 세계일보 · 채윤슬 기자 · 2026-10-28 07:45"
    assert credit_fields(line) == ("채윤슬", "세계일보", "2026-10-28")


def test_cast_lines_name_no_credit() -> None:
    text = (
        "CBS 라디오 <아침 경제>\n방송 : 2026년 10월 30일(금) 07:30\n대담 : 탁가윤 유통 산업 연구위원\n\n"
        f"[인터뷰] 연말 유통가\n\n{_BODY}\n정리=엄지후 기자"
    )
    assert _publisher(text) == "CBS"  # the programme line, not the guest
    assert credit_fields("대담 : 탁가윤 유통 산업 연구위원") == (None, None, None)
    assert credit_fields("■ 진행 : 노승희 아나운서")[:2] == (None, None)


def test_a_letter_spaced_release_header() -> None:
    issued = issued_by(["중소벤처기업부 보 도 참 고 자 료", "배포 일시 2026. 10. 29.", "제목"])
    assert issued.publisher == "중소벤처기업부"
    assert issued_by(["보 도 자 료", "제목"]).header == frozenset({"보 도 자 료"})


def test_a_brokerage_report_head_names_its_firm() -> None:
    assert (
        research_firm(["한화투자증권 리서치센터 | Daily Brief", "2026. 10. 30"]) == "한화투자증권"
    )
    assert research_firm(["키움증권 리서치센터 Morning Brief"]) == "키움증권"
    assert research_firm(["미래에셋증권 Research Center"]) == "미래에셋증권"
    assert research_firm(["증권가 리서치 동향"]) is None
    assert research_firm(["본문", "둘째 줄", "셋째 줄", "대신증권 리서치센터"]) is None
