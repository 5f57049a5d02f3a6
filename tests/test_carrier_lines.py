"""Lines added by what carried an article, and outlets named by domain only
(issue 13, extract_dev30 c01 c03 t01 t03 t06 h02 h04, extract_dev28 k10).

A reader's, app's, share's or mail client's note, a note to editors and a print
archive's banner are no headline; a host name is no printed outlet name; a
quoted slogan in a copyright line is no outlet; a name printed with only a date
under the headline is the outlet's stamp."""

from __future__ import annotations

import pytest

from summarizer.extract import extract_article
from summarizer.holders import copyright_holder
from summarizer.metadata import extract_metadata
from summarizer.never_heads import carrier_line
from summarizer.title_lines import dated_names

HEADLINE = "한미반도체, 하이브리드 본더 첫 수주…HBM4E 라인에 들어간다"


@pytest.mark.parametrize(
    "line",
    [
        "[포켓에 저장한 기사 · 태그: 반도체]",
        "(라인 채팅방에서 받은 공유 링크)",
        "【스크랩북 보관함 / 메모 없음】",
        "(Saved to Reader · Feed: Chip Daily)",
        "웹에서 보기",
        "이 뉴스레터가 제대로 보이지 않으면 여기를 클릭하세요",
        "View this email in your browser",
        "Shared via the Newsroom app",
        "카카오톡으로 공유된 기사입니다.",
        "iPhone에서 보냄",
        "※ 이 기사는 5일 오전 9시 이후 보도 가능합니다.",
        "[엠바고] 12월 1일(월) 조간 보도",
        "보도시점: 배포 즉시",
        "[매일신문 지면 아카이브] 2018년 11월 02일 (금) 제21455호 B3면",
        "[지면보기] 2020.06.15 월요일 A5면",
    ],
)
def test_a_carriers_line_is_no_headline(line: str) -> None:
    assert carrier_line(line)
    text = f"{line}\n\n{HEADLINE}\n\n입력 2026.06.02 10:00\n\n오민결 기자\n\n본문이 이어진다."
    assert extract_metadata(text.splitlines()).title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        HEADLINE,
        "[단독] 카카오, 카카오톡 공유 기능에 AI 요약 붙인다",
        "삼성·SK, 반도체 설계자산 공유 확대…공동 라이브러리 만든다",
        "[포토] 엔비디아 GTC 2026 개막",
        "(사설) 반도체 특별법, 더 미룰 수 없다",
        "텔레그램, 메신저 점유율 10% 넘었다",
        '[인터뷰] 리벨리온 대표 "2027년 상장"',
        "2026년 5월 9일 토요일",
        "눈에 보이지 않는 AI 칩 경쟁, 여기까지 왔다",
        "엠바고 깬 외신 보도에 반도체 업계 술렁",
    ],
)
def test_a_headline_or_a_date_is_no_carriers_line(line: str) -> None:
    assert not carrier_line(line)


def test_a_letter_without_a_main_story_is_titled_by_its_subject() -> None:
    text = (
        "From: 메모리노트 <mail@memnote.kr>\nTo: 구독자님\nDate: 2026년 6월 1일 (월) 오전 7:00\n"
        "Subject: [메모리노트 #9] HBM 가격, 하반기에도 오른다\n\n브라우저에서 보기\n\n"
        "안녕하세요, 메모리노트입니다.\n\n본문이 이어진다.\n\n글: 채이든 기자"
    )
    assert (
        extract_metadata(text.splitlines()).title == "[메모리노트 #9] HBM 가격, 하반기에도 오른다"
    )


def test_a_digest_still_takes_its_main_story() -> None:
    text = (
        "From: 메모리노트 <mail@memnote.kr>\nSubject: [메모리노트 #10] 헤드라인 외 2건\n"
        "Date: 2026년 6월 8일 (월) 오전 7:00\n\n━━ 오늘의 메인 ━━\n"
        "마이크론, HBM4 샘플 출하…엔비디아 인증 착수\n\n본문이다."
    )
    title = extract_metadata(text.splitlines()).title
    assert title == "마이크론, HBM4 샘플 출하…엔비디아 인증 착수"


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("<저작권자 ⓒ '미래를 여는 경제 뉴스' 한빛경제, 무단전재 및 재배포 금지>", "한빛경제"),
        ('Copyright ⓒ "기술과 사람을 잇는" 테크브릿지 All rights reserved.', "테크브릿지"),
        ("ⓒ 한빛경제 무단전재 및 재배포 금지", "한빛경제"),
    ],
)
def test_a_quoted_slogan_in_a_copyright_line_is_no_outlet(line: str, holder: str) -> None:
    assert copyright_holder(line) == holder


def _page(canonical: str, footer: str) -> str:
    body = "".join(
        f"<p>삼성전자가 HBM4 12단 제품을 주요 고객사에 공급하기 시작했다. 문단 {i}의 내용이 이어진다.</p>"
        for i in range(4)
    )
    return (
        f'<html><head><meta charset="utf-8"><title>삼성전자, HBM4 12단 공급 시작</title>'
        f'<link rel="canonical" href="{canonical}"></head><body>'
        f"<h1>삼성전자, HBM4 12단 공급 시작</h1><div>{body}</div>{footer}</body></html>"
    )


def test_a_host_name_is_no_printed_outlet_name() -> None:
    page = _page("https://news.hanbit-econ.co.kr/view/1", "<p>ⓒ 한빛경제 무단전재 금지</p>")
    assert extract_article(page).publisher == "한빛경제"


def test_a_listed_outlets_host_names_it_when_nothing_else_does() -> None:
    page = _page("https://www.etnews.com/20260601000123", "")
    assert extract_article(page).publisher == "전자신문"
    assert extract_article(_page("https://news.unlisted-site.kr/1", "")).publisher is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("국제신문 2026.06.03 09:10", ["국제신문"]),
        ("국제신문 입력 2026.06.03 09:10", ["국제신문 입력", "국제신문"]),
        ("2026.06.03 09:10", []),
        ("정부, 반도체 지원 2조 확대", []),
    ],
)
def test_a_name_before_its_date_alone(line: str, names: list[str]) -> None:
    assert dated_names(line) == names


def test_an_outlet_stamp_under_the_headline_names_the_publisher() -> None:
    text = f"{HEADLINE}\n\n국제신문 2026.06.03 09:10\n\n본문이 이어진다. 칩 이야기다.\n\n오민결"
    assert extract_metadata(text.splitlines()).publisher == "국제신문"


@pytest.mark.parametrize(
    "line",
    [
        "★ 읽지 않음 · 메모리 폴더",
        "⭐ 별표 · 안 읽음 · 서버칩 폴더",
        "☆ 안 읽음 | 폴더: 경제",
        "Unread · Starred · Folder: Tech",
        "매일경제 테크팀이 보내드립니다",
        "칩레터 편집부에서 보내 드려요",
        "보내는 사람 : 테크온 편집부",
        "이번 주 레터는 메모리 이야기로 채웠습니다.",
    ],
)
def test_a_readers_status_or_a_letters_sender_is_no_headline(line: str) -> None:
    """extract_dev35 u03, u09: a feed reader's status line and a newsletter's
    sender line over the headline."""
    assert carrier_line(line)
    text = f"{line}\n\n{HEADLINE}\n\n입력 2026.06.02 10:00\n\n오민결 기자\n\n본문이 이어진다."
    assert extract_metadata(text.splitlines()).title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        '"감사의 마음 보내드립니다"…롯데, 협력사에 추석 선물',
        "삼성전자가 보내는 신호…HBM4 양산 임박",
        "보내는 사람 없는 택배 급증…AI로 발신지 추적",
        "카카오톡, '읽지 않음' 표시 끄는 기능 도입",
        "폴더블폰 판매 급증에 힌지 부품사 웃는다",
        "별표 친 메일만 요약…구글 제미나이, 지메일에 새 기능",
        "읽음 확인 없는 메신저, 업무용으로 뜬다",
    ],
)
def test_a_headline_with_status_or_sender_words_stays_a_title(line: str) -> None:
    assert not carrier_line(line)
    text = f"{line}\n\n입력 2026.06.02 10:00\n\n오민결 기자\n\n본문이 이어진다."
    assert extract_metadata(text.splitlines()).title == line
