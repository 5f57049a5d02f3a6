"""Round twenty-two metadata families (issue 13, dev78/dev79): the channel an
anchor's hand-over names; an outlet's name printed before its date label
(glued or spaced); a contributor's title with a rank before it (선임연구위원,
수석, 책임) and the marks a signature is printed with; an interviewer labelled
with a newsroom rank; a photo credit after a comma; a footer naming the outlet
before its mark; a monthly's issue line; a research professor's signature.
All text invented."""

from summarizer.anchor_intro import introduced_outlet, introduced_reporter
from summarizer.bylines import read_byline
from summarizer.clean import clean_article
from summarizer.columnists import column_author
from summarizer.credit_lines import credit_fields
from summarizer.dated_credits import outlet_dated
from summarizer.holders import copyright_holder
from summarizer.metadata import is_metadata_line
from summarizer.signoffs import sign_off

_NEWSCAST = """전력망 포화에 멈춘 데이터센터…착공 줄줄이 연기

모하람 기자 입력 2026-02-17 19:42 수정 2026-02-17 20:05

[앵커]
수도권 데이터센터 착공이 잇따라 미뤄지고 있습니다.
OBC 모하람 기자가 현장을 다녀왔습니다.

[기자]
경기 남부의 한 데이터센터 부지입니다. 터파기만 끝낸 채 공사가 멈췄습니다.

[인터뷰] 엄태오/건설사 현장소장
"전기가 들어온다는 날짜를 아무도 말해주지 않습니다."

영상취재 소한결 / 영상편집 주다해
"""


def test_the_channel_an_anchor_hands_over_from() -> None:
    turn = ["[앵커]", "메모리 값이 뛰고 있습니다.", "MBN 도유하 기자가 전해드립니다.", "[기자]"]
    assert introduced_outlet(turn) == "MBN"
    for said, channel in (
        ("워싱턴에서 KBS 도유하 특파원이 전해왔습니다.", "KBS"),
        ("채널A 산업부 도유하 기자의 보도입니다.", "채널A"),
        ("현장에 나가 있는 YTN 도유하 기자 연결합니다.", "YTN"),
    ):
        assert introduced_outlet(["[앵커]", said]) == channel, said
    # a turn printed without its marker: the first paragraph's closing sentence
    plain = ["헤드라인", "금리가 동결됐습니다. SBS 도유하 기자가 보도합니다.", "본문입니다."]
    assert introduced_outlet(plain) == "SBS"
    assert introduced_reporter(plain) == "도유하"
    # a print story's sentence is no hand-over, nor a name without its channel
    assert introduced_outlet(["헤드라인", "KBS 도유하 기자가 처음 보도했다."]) is None
    assert introduced_outlet(["[앵커]", "도유하 기자가 전해드립니다."]) is None
    assert introduced_outlet(["앵커가 말했다. KBS 도유하 기자입니다."]) is None  # prose


def test_a_newscast_page_named_only_in_the_hand_over() -> None:
    meta = clean_article(_NEWSCAST).metadata
    assert (meta.publisher, meta.author, meta.published) == ("OBC", "모하람", "2026-02-17")


def test_an_outlet_name_before_the_date_label() -> None:
    glued = "한빛경제입력 2026.03.11 07:20수정 2026.03.11 09:02"
    assert outlet_dated(glued) == ("한빛경제", "2026-03-11")
    assert outlet_dated("OBC입력 2026-03-11 07:20") == ("OBC", "2026-03-11")
    assert outlet_dated("한빛경제 | 기사입력 2026.03.11 07:20") == ("한빛경제", "2026-03-11")
    assert is_metadata_line(glued)
    assert credit_fields(glued) == (None, "한빛경제", "2026-03-11")
    for other in ("최종수정 2026.03.11", "사진입력 2026.03.11", "AI 입력 2026.03.11"):
        assert outlet_dated(other) is None, other
    assert outlet_dated("삼성전자 발표 2026.03.11") is None  # no date label


def test_an_interview_page_dated_beside_its_outlet() -> None:
    page = (
        '[이사람] 문재호 칩웍스 대표 "추론칩 내년 양산"\n\n'
        "한빛경제입력 2026.03.11 07:20수정 2026.03.11 07:20\n\n"
        "문재호 칩웍스 대표는 10일 인터뷰에서 이같이 밝혔다.\n\n"
        '―양산 시점은.\n"내년 하반기입니다."\n\n탁서윤 기자\n'
    )
    meta = clean_article(page).metadata
    assert (meta.published, meta.author) == ("2026-03-11", "탁서윤")


def test_a_rank_before_the_role_is_no_name() -> None:
    assert read_byline("하도윤 한빛산업연구원 선임연구위원") is None
    assert column_author("하도윤 한빛산업연구원 선임연구위원") == "하도윤"
    for line in ("하도윤 수석논설위원", "하도윤 책임연구위원", "하도윤 상임 논설위원"):
        byline = read_byline(line)
        assert byline is not None and byline.author == "하도윤", line
    byline = read_byline("[매체 하도윤 수석기자]")
    assert byline is not None and byline.author == "하도윤"


def test_a_contributor_signature_and_its_marks() -> None:
    for line in (
        "■ 하도윤 한빛산업연구원 선임연구위원",
        "〈하도윤 한빛산업연구원 선임연구위원〉",
        "하도윤 / 한빛산업연구원 선임연구위원",
        "하도윤 한빛산업연구원 선임연구위원(전 산업부 과장)",
        "하도윤 ㈜칩웍스 수석연구원",
        "하도윤 칩웍스 수석엔지니어",
        "하도윤 한빛전자 DS부문 수석",
        "하도윤 한빛경제연구소 수석이코노미스트",
    ):
        assert column_author(line) == "하도윤", line
    assert column_author("하도윤 칩웍스 대표") is None  # a company head: a dated row only
    assert column_author("■ 반도체 업계 수석") is None


def test_an_interviewer_with_a_newsroom_rank() -> None:
    for line in (
        "대담=탁서윤 산업부장",
        "대담·정리=탁서윤 부국장",
        "진행 탁서윤 편집국장",
        "글=탁서윤 산업2부 차장",
        "대담=탁서윤 산업부장 | 사진=윤다온 기자",
        "정리=탁서윤 기자, 사진=윤다온 기자",
    ):
        assert credit_fields(line)[0] == "탁서윤", line
    assert credit_fields("탁서윤 산업부장은 이렇게 말했다")[0] is None


def test_a_footer_naming_the_outlet_before_its_mark() -> None:
    assert copyright_holder("칩소식뉴스 ⓒ 무단전재 및 재배포 금지") == "칩소식뉴스"
    assert copyright_holder("원문 보기 · 한빛신문 ⓒ 무단 전재 및 재배포 금지") == "한빛신문"
    assert copyright_holder("사진 ⓒ 무단전재") is None


def test_a_monthly_keeps_its_word_in_the_issue_line() -> None:
    page = "월간 칩마루 2026년 5월호\n\n[커버스토리] 작은 칩들의 반란\n\n글 여하늘 객원기자\n\n본문이다.\n"
    assert clean_article(page).metadata.publisher == "월간 칩마루"


def test_a_research_professor_signs_a_column() -> None:
    line = "(여하늘 한빛대 반도체공학과 책임연구교수·前 한빛전자 수석연구원)"
    assert sign_off(["본문이다.", line], "author", "column") == "여하늘"
