"""Session 17 final fix (r18fix47): a forward's sender, a letter signed under
its outlet, a run-on copy's byline, a column's former post, a broadcaster's
programme, an English newsroom signed by its press office, a wire's dashed
date, a section's catch-all page, and a memory generation's lineup."""

from summarizer.byline_words import SECTION_WORD
from summarizer.chip_discovery import series_after
from summarizer.clean import clean_article
from summarizer.columnists import column_author
from summarizer.late_credits import issuer_name
from summarizer.release_wire import release_dateline
from summarizer.run_on import run_on_lines

FORWARD = """From: 한도윤 <dy.han@gmail.com>
To: 팀 <team@gmail.com>
Subject: Fwd: 삼성 기사

이거 읽어 보세요.
---------- Forwarded message ---------

한겨레
삼성전자, HBM4 12단 양산 시작
입력 2026.04.02 10:00
변서아 기자

삼성전자가 HBM4 12단 양산을 시작했다고 2일 밝혔다.
변서아 기자 seoa@hani.co.kr

--
한도윤 드림"""

LETTER = """[반도체 한입] 4월 첫째 주
2026.04.03
보낸 사람: 반도체한입 <hello@chipbite.kr>

안녕하세요. 이번 주 소식입니다.
엔비디아가 새 GPU를 내놨습니다. 가격은 아직 공개되지 않았습니다.

반도체한입 | 기나래 드림
수신거부 | © 반도체한입"""

RUN_ON = (
    "마이크론, HBM4 샘플 출하 입력 2026.04.01 08:10 수정 2026.04.01 09:00 "
    "석하랑 기자 구독 공유 글자크기 마이크론이 HBM4 샘플을 고객사에 보냈다고 1일 밝혔다. "
    "회사는 내년 양산에 들어간다. 업계는 점유율이 오를 것으로 본다. 경쟁사도 샘플을 준비한다. "
    '회사 관계자는 "수율이 안정됐다"고 말했다. 시장은 내년 두 배로 커진다. '
    "고객사들은 내년 물량을 미리 확보하려고 장기 계약을 서두르고 있다. 장비 업체들도 바빠졌다. "
    "석하랑 기자 harang@news.co.kr 〈ⓒ 뉴스 무단전재 배포금지〉 관련기사 · 환율 · 증시"
)

RELEASE = """HanbitChips NEWSROOM
Press Release

한빛칩스, 엣지 NPU 출시

2026.04.02

- 카메라와 가전에 들어가는 저전력 칩

한빛칩스가 엣지 NPU를 출시했다고 2일 밝혔다.
새 칩은 전작보다 전력을 절반만 쓰면서 추론 성능은 두 배로 높였다.
회사는 올해 하반기 가전 업체 두 곳에 공급을 시작한다.

[한빛칩스 홍보팀]"""


def test_a_forwards_sender_is_no_outlet() -> None:
    meta = clean_article(FORWARD).metadata
    assert (meta.publisher, meta.author) == ("한겨레", "변서아")


def test_a_letter_signed_under_its_outlet() -> None:
    assert clean_article(LETTER).metadata.author == "기나래"


def test_a_run_on_copys_byline_before_the_page_chrome() -> None:
    lines = run_on_lines([RUN_ON])
    assert lines.count("석하랑 기자") == 2
    assert clean_article(RUN_ON).metadata.author == "석하랑"


def test_a_column_signed_with_a_former_post() -> None:
    assert column_author("모지안 한빛대 교수·전 산업부 과장") == "모지안"
    assert column_author("모지안 한빛대 교수") == "모지안"
    assert column_author("모지안 한빛대 교수·미래 포럼") is None


def test_a_broadcaster_then_its_programme() -> None:
    assert issuer_name("KBS 뉴스9") == "KBS"
    assert issuer_name("MBC 뉴스데스크") == "MBC"
    assert issuer_name("SBS 8뉴스") == "SBS"
    assert issuer_name("YTN 라디오") == "YTN"
    assert issuer_name("한빛 뉴스룸") == "한빛 뉴스룸"  # no listed broadcaster


def test_an_english_newsroom_signed_by_its_press_office() -> None:
    assert clean_article(RELEASE).metadata.publisher == "한빛칩스"


def test_a_wires_date_between_dashes() -> None:
    line = "대전--(뉴스와이어)--2026년 04월 02일 -- 회사가 출시했다고 2일 밝혔다."
    assert release_dateline(line) == ("뉴스와이어", "2026-04-02")
    assert release_dateline("대전--(뉴스와이어) 2026년 04월 02일 -- 본문") == (
        "뉴스와이어",
        "2026-04-02",
    )


def test_a_sections_catch_all_page_is_no_name() -> None:
    for word in ("경제일반", "사회 종합", "IT일반"):
        assert SECTION_WORD.match(word)
    assert not SECTION_WORD.match("표나은")


def test_a_memory_generations_lineup_is_that_generation() -> None:
    text = "그래픽용 GDDR7 라인업과 HBM4 제품군, MI350 시리즈"
    assert not series_after(text, text.index("GDDR7") + 5)
    assert not series_after(text, text.index("HBM4") + 4)
    assert series_after(text, text.index("MI350") + 5)
