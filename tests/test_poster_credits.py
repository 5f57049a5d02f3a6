"""Session 18 last fix (r19fix59m): a poster, a community's staff, a share's
app or a print position is never the article's writer or outlet; the
article's own outlet, writer and date in other shapes."""

from summarizer.byline_outlets import outlet_tag
from summarizer.bylines import read_byline
from summarizer.clean import clean_article
from summarizer.credit_lines import credit_fields
from summarizer.headers import issued_by
from summarizer.last_fields import last_date, last_outlet
from summarizer.late_credits import credited_source, repost_free, shape_credit
from summarizer.odd_publishers import outlet_field, page_head, shared_outlet
from summarizer.outlet_names import magazine_named

BODY = ["본문 첫 문장입니다.", "본문 둘째 문장입니다."]


def test_a_post_header_names_no_outlet() -> None:
    author, outlet, dated = credit_fields("칩개미 | 조회 51 | 2026.01.09 22:10")
    assert (author, outlet, dated) == ("칩개미", None, "2026-01-09")  # a post of its own


def test_a_repost_without_source_credits_nobody() -> None:
    lines = [
        "[펌] 헤드라인입니다",
        "칩개미 | 조회 51 | 2026.01.09 22:10",
        "어디서 본 기사 퍼왔어요",
    ]
    assert repost_free(lines)[1] == ""
    meta = clean_article("\n".join(["주식 이야기 카페 > 자유토론", *lines, "", *BODY])).metadata
    assert (meta.publisher, meta.author, meta.published) == (None, None, None)
    # a post that reposts nothing keeps its header
    own = ["하드웨어 질문 있어요", "칩개미 | 조회 51 | 2026.01.09 22:10"]
    assert repost_free(own) == own


def test_a_source_with_a_link_credits_the_outlet() -> None:
    assert credited_source(["출처 : 전자신문 https://www.etnews.com/2026"]) == ("전자신문", None)
    lines = ["닉네임 | 2026-01-09 13:22 | 조회 9 | 추천 1", "출처 : 전자신문 https://x.example/1"]
    assert repost_free(lines)[0] == ""


def test_community_paths_and_staff_are_no_outlet() -> None:
    assert page_head("재테크 카페 > 종목토론 > 반도체") is None
    assert page_head("하드웨어 갤러리 > 자유") is None
    assert page_head("전자신문 > 반도체") == "전자신문 > 반도체"
    assert outlet_field("관리자 박소윤") is None
    assert outlet_field("운영자 이경민") is None
    assert outlet_field("전자신문") == "전자신문"


def test_a_print_position_with_its_paper_word_is_no_outlet() -> None:
    assert outlet_field("본지 15면") is None
    assert outlet_field("본보 A7면") is None
    assert outlet_field("매체 · 본지 3면") == "매체"


def test_a_share_card_names_the_outlet() -> None:
    assert shared_outlet(["전달된 메시지 · 방", "▶ 한국경제 | 헤드라인"]) == "한국경제"
    assert shared_outlet(["뉴스 앱에서 공유한 기사", "매일경제", "헤드라인"]) == "매일경제"
    assert shared_outlet(["뉴스 앱에서 공유한 기사", "칩레터", "헤드라인"]) is None
    assert last_outlet(["Forwarded from 모음방", "📌 서울경제 | 헤드라인", *BODY]) == "서울경제"


def test_a_programme_field_and_a_bare_release_name_their_issuer() -> None:
    lines = ["■ 방송 : MBC 라디오 <경제 한 스푼>", "■ 진행 : 이름 앵커", *BODY]
    assert last_outlet(lines) == "MBC"
    release = ["보도자료", "", "문의: 딥엑스 홍보팀 (press@deepx.example)", "헤드라인", *BODY]
    assert issued_by(release).publisher == "딥엑스"
    assert issued_by(["보도자료", "헤드라인", *BODY]).publisher is None


def test_writers_and_dates_in_other_shapes() -> None:
    assert shape_credit("메모리/반도체 Analyst 정다온 daon.j@example.com") == ("정다온", None, None)
    assert shape_credit("SBS 라디오 스크립트 | 2026.02.11 오전 7시 뉴스") == (
        None,
        None,
        "2026-02-11",
    )
    assert shape_credit("[채널 마켓 레이더] 방송일시 2026.02.20") == (None, None, "2026-02-20")
    handled = shape_credit("26.02.05 09:40 l 최종 업데이트 26.02.05 11:02 l 글: 배선우(sunwoo_b)")
    assert handled is not None and handled[0] == "배선우"
    # a post header with a bar is no programme
    assert shape_credit("닉네임 | 2026.02.11 | 조회 3") is None
    note = "※ 이 기사는 유료 단말기에서 2026년 02월 13일 07시 12분에 송고된 기사입니다."
    assert last_date(["헤드라인", *BODY, note]) == "2026-02-13"
    byline = read_byline("팔로알토(미국)=소하람 특파원 haram@example.com")
    assert byline is not None and byline.author == "소하람"


def test_series_tags_and_bilingual_heads() -> None:
    assert outlet_tag("포토뉴스") is None  # a kicker (NOT_OUTLET_TAG, now in byline_words)
    assert outlet_tag("파이낸셜뉴스") == "파이낸셜뉴스"
    assert magazine_named(["FORBES 포브스코리아 | 312호 (2026.03.01)", *BODY]) == "포브스코리아"
