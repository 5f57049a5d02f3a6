"""Metadata layouts as Korean outlets print them (issue 13)."""

import pytest

from summarizer.clean import clean_article
from summarizer.metadata import Metadata

BODY = "엔비디아가 새 AI 칩을 공개했다. 업계는 공급이 늘 것으로 본다."


def meta(text: str) -> Metadata:
    return clean_article(text).metadata


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        ("송고시간2024-12-02 11:05", "2024-12-02"),
        ("승인 2024.12.04 10:30", "2024-12-04"),
        ("기사승인 2025-01-15 09:00", "2025-01-15"),
        ("입력 : 2025-04-30 18:05:21", "2025-04-30"),
        ("입력2025.03.19. 오전 11:24", "2025-03-19"),
        ("작성일 : 2026년 01월 07일 08시 00분", "2026-01-07"),
        ("등록 2025-02-11 10:00 수정 2025-02-12 09:00", "2025-02-11"),
        ("입력 2024.05.20 15:40 / 업데이트 2024.05.21 08:00", "2024-05-20"),
        ("2025.02.03 14:22", "2025-02-03"),
        ("업데이트 2025.11.25 / 입력 2025.11.24", "2025-11-24"),
        ("Nov. 24, 2025 3:30 PM", "2025-11-24"),
        ("2025년 3월 5일 (수) 오후 2:00", "2025-03-05"),
        ("최종수정 2025.03.06 09:00\n기사입력 2025.03.05 14:00", "2025-03-05"),
        ("2025.11.24(월) 15:30", "2025-11-24"),
    ],
)
def test_date_lines(date_line: str, expected: str) -> None:
    got = meta(f"엔비디아, 새 AI 칩 공개\n{date_line}\n{BODY}")
    assert got.published == expected
    assert got.title == "엔비디아, 새 AI 칩 공개"


def test_no_date_stated_is_null() -> None:
    assert meta(f"엔비디아, 새 AI 칩 공개\n{BODY}\n2026년 출시 예정이다.").published is None


def test_dateline_byline_names_the_outlet_not_the_city() -> None:
    got = meta(f"제목이 되는 줄입니다\n[뉴스원 뉴욕=한유진 특파원]\n{BODY}")
    assert (got.publisher, got.author) == ("뉴스원", "한유진")


def test_date_alone_under_a_bracketed_byline() -> None:
    got = meta(f"[디일렉 정하늘 기자]\n2025.02.03 14:22\n삼성전자, 추론용 AI 칩 개발 착수\n{BODY}")
    assert got == Metadata("삼성전자, 추론용 AI 칩 개발 착수", "디일렉", "정하늘", "2025-02-03")


@pytest.mark.parametrize(
    ("line", "publisher", "author"),
    [
        ("박지민 기자 | 승인 2025.04.10 10:30", None, "박지민"),
        ("한겨레 | 오지훈 기자 | 입력 : 2025-02-11 10:00", "한겨레", "오지훈"),
        ("테크플러스 | 2024.11.18 16:45 | 권예린 기자", "테크플러스", "권예린"),
        ("기자명 하승우 기자   입력 2025.09.02 10:15   수정 2025.09.02 13:40", None, "하승우"),
        ("최가은 기자 입력 2025. 12. 01 09:00", None, "최가은"),
        ("(서울=연합뉴스) 홍길동 기자 = 엔비디아가 칩을 공개했다.", "연합뉴스", "홍길동"),
        ("[OSEN=홍길동 기자] 엔비디아가 칩을 공개했다.", "OSEN", "홍길동"),
        ("홍길동 기자 | hong@x.com | 2025-11-24", None, "홍길동"),
        ("By 홍길동 기자", None, "홍길동"),
        ("2025-08-12 | KoreaTech Insight | Daniel Park", "KoreaTech Insight", "Daniel Park"),
        ("글 : 신지우 기자 / 사진 : 김태훈 기자", None, "신지우"),
        ("[테크뉴스=홍길동·김철수 기자]", "테크뉴스", "홍길동·김철수"),
        ("홍길동 기자 = 엔비디아가 칩을 공개했다.", None, "홍길동"),
    ],
)
def test_one_line_bylines(line: str, publisher: str | None, author: str) -> None:
    got = meta(f"엔비디아, 새 AI 칩 공개\n{line}\n{BODY}")
    assert (got.publisher, got.author) == (publisher, author)
    assert got.title == "엔비디아, 새 AI 칩 공개"


@pytest.mark.parametrize(
    ("bottom", "publisher", "author"),
    [
        ("김나래 기자 narae@hanbitnews.kr", None, "김나래"),
        ("권태민 기자(tmkwon@zdnet.co.kr)", "지디넷코리아", "권태민"),
        ("임도윤 기자 dylim@news.bloter.net", "블로터", "임도윤"),
        ("윤성호 기자 shyoon@etnews.example.kr", "전자신문", "윤성호"),
        ("뉴스원 한유진 특파원 yujin@newsone.kr", "뉴스원", "한유진"),
        ("신재훈 기자(jhshin@nurinews.com)", None, "신재훈"),
        ("글 : 왕하오 (객원기자)", None, "왕하오"),
        ("기자 홍길동 hong@x.com", None, "홍길동"),
        ("테크와이어 편집국 news@techwire.kr", "테크와이어", None),
    ],
)
def test_bottom_bylines(bottom: str, publisher: str | None, author: str | None) -> None:
    got = meta(f"엔비디아, 새 AI 칩 공개\n{BODY}\n{bottom}")
    assert (got.publisher, got.author) == (publisher, author)


@pytest.mark.parametrize(
    ("footer", "publisher"),
    [
        ("Copyright ⓒ 테크월드뉴스. All rights reserved.", "테크월드뉴스"),
        ("ⓒ 경제투데이 All rights reserved", "경제투데이"),
        ("<저작권자 © 칩인사이트 무단전재 및 재배포금지>", "칩인사이트"),
        ("© 2024 KoreaChip Daily. All rights reserved.", "KoreaChip Daily"),
        ("<ⓒ 메타뷰 테크>", "메타뷰 테크"),
        ("Copyright © 2025 by 테크타임즈", "테크타임즈"),
        ("ⓒ 테크타임즈(www.techtimes.co.kr)", "테크타임즈"),
        ("<ⓒ세계일보 & Segye.com, 무단전재 및 재배포 금지>", "세계일보"),
        # a listed outlet's English name: reported by its Korean name (round six)
        ("Copyright © The Korea Economic Daily. All rights reserved.", "한국경제"),
        ("Copyright © Chip Harbor Weekly. All rights reserved.", "Chip Harbor Weekly"),
    ],
)
def test_copyright_names_only_the_outlet(footer: str, publisher: str) -> None:
    assert meta(f"엔비디아, 새 AI 칩 공개\n{BODY}\n{footer}").publisher == publisher


@pytest.mark.parametrize(
    "label",
    [
        "글로벌 | 반도체",
        "테크와이어 > 반도체",
        "IT/과학 | 클라우드",
        "국제",
        "Home > Tech > Semiconductors",
        "뉴스홈 | 산업 | 반도체",
        "많이 본 뉴스",
    ],
)
def test_section_label_is_not_the_title(label: str) -> None:
    assert meta(f"{label}\n엔비디아, 새 AI 칩 공개\n입력 2025-01-02\n{BODY}").title == (
        "엔비디아, 새 AI 칩 공개"
    )
    assert meta(f"{label}\n엔비디아, 새 AI 칩 공개\n입력 2025-01-02\n{BODY}").publisher in (
        None,
        "테크와이어",
    )


def test_outlet_first_line_is_the_publisher_not_the_title() -> None:
    got = meta(f"반도체위클리\n\n엔비디아, 새 AI 칩 공개…공급 늘린다\n신동건 기자\n{BODY}")
    assert (got.title, got.publisher, got.author) == (
        "엔비디아, 새 AI 칩 공개…공급 늘린다",
        "반도체위클리",
        "신동건",
    )


def test_page_title_line_names_the_site() -> None:
    got = meta(
        f"2나노 웨이퍼 3만달러 시대…TSMC 가격 인상 | 디일렉\n발행일 : 2026-11-24 15:40\n{BODY}"
    )
    assert (got.title, got.publisher) == ("2나노 웨이퍼 3만달러 시대…TSMC 가격 인상", "디일렉")
    assert "디일렉" not in clean_article(f"칩 가격 인상 소식입니다 | 디일렉\n{BODY}").body


def test_short_first_line_is_a_title_when_a_date_follows() -> None:
    assert meta(f"칩 전쟁\n2025-04-16 08:40\n{BODY}").title == "칩 전쟁"


def test_nothing_stated_is_all_null() -> None:
    assert meta(f"{BODY}\n\n{BODY}") == Metadata()


def test_lead_byline_leaves_the_sentence_in_the_body() -> None:
    article = clean_article(f"엔비디아, 새 AI 칩 공개\n홍길동 기자 = {BODY}")
    assert article.metadata.author == "홍길동"
    assert article.paragraphs == (BODY,)


@pytest.mark.parametrize(
    ("head", "publisher", "author"),
    [
        ("[서울=뉴시스] 김민수 이영희 기자 = 엔비디아가 칩을 공개했다.", "뉴시스", "김민수 이영희"),
        (
            "(서울=뉴스1) 김민수 기자, 이영희 기자 = 엔비디아가 칩을 공개했다.",
            "뉴스1",
            "김민수·이영희",
        ),
        ("(서울=뉴스1) 박지성·최민호 기자 = 엔비디아가 칩을 공개했다.", "뉴스1", "박지성·최민호"),
        ("[아시아칩=베이징 이수현 특파원]", "아시아칩", "이수현"),
        ("[반도체신문 베이징 이수현 특파원]", "반도체신문", "이수현"),
        ("기자명 정하나", None, "정하나"),
        ("Reporter : 한지훈", None, "한지훈"),
        ("뉴욕=김흥록 특파원", None, "김흥록"),
        ("글로벌이코노믹 정성화 기자 | 2025-09-10 07:42", "글로벌이코노믹", "정성화"),
        ("주간 칩앤테크 | 글 윤재석 기자", "주간 칩앤테크", "윤재석"),
        ("<이현우 기자 hwlee@chipnews.co.kr>", None, "이현우"),
        ("By Sarah Kim and Daniel Cho, Staff Reporters", None, "Sarah Kim and Daniel Cho"),
        ("[파이낸셜뉴스] 엔비디아가 새 AI 칩을 공개했다.", "파이낸셜뉴스", None),
        ("[사진=김민수 기자]", None, None),
        ("김상훈 한국반도체연구원 책임연구원", None, "김상훈"),
        ("YTN 김민수입니다.", "YTN", "김민수"),
        ("베이징=김민수 특파원 kms@newspim.com", "뉴스핌", "김민수"),
        ("머니투데이 김민수 기자 | 2025.05.02 14:03", "머니투데이", "김민수"),
        ("Editor : 김민수", None, "김민수"),
        ("뉴데일리 경제 김민수 기자", "뉴데일리", "김민수"),
        ("김민수 입력 : 2025-05-02 14:03:21 수정 : 2025-05-02 15:00:00", None, "김민수"),
        ("Choi Eun-ji Reporter", None, "Choi Eun-ji"),
        ("BY PARK JI-SUNG [park.jisung@joongang.co.kr]", "중앙일보", "PARK JI-SUNG"),
        ("Written by Jane Smith, 2 May 2025", None, "Jane Smith"),
        ("글 김민수 / 사진 박지성", None, "김민수"),
        ("김민수 기자 kms@chipnews.kr 기자의 다른기사 보기", None, "김민수"),
        ("최종 업데이트 2025.05.03 | 최초 입력 2025.05.02", None, None),
    ],
)
def test_more_bylines(head: str, publisher: str | None, author: str | None) -> None:
    got = meta(f"엔비디아, 새 AI 칩 공개\n{head}\n{BODY}")
    assert (got.publisher, got.author) == (publisher, author)
    assert got.title == "엔비디아, 새 AI 칩 공개"


@pytest.mark.parametrize(
    ("text", "title", "publisher", "published"),
    [
        (f"제목: 엔비디아, 새 AI 칩 공개\n입력 25.05.02 14:03\n{BODY}", None, None, "2025-05-02"),
        (f"테크월드 - 반도체\n엔비디아, 새 AI 칩 공개\n{BODY}", None, "테크월드", None),
        (f"엔비디아, 새 AI 칩 공개\n{BODY}\n지디넷코리아", None, "지디넷코리아", None),
        (f"엔비디아, 새 AI 칩 공개\n2025-05-02 오후 3:10\n{BODY}", None, None, "2025-05-02"),
        (f"엔비디아, 새 AI 칩 공개\n2025년 5월 2일 금요일 A12면\n{BODY}", None, None, "2025-05-02"),
        (
            f"[AI 리포트] 엔비디아 칩\n입력 2025.05.02\n{BODY}",
            "[AI 리포트] 엔비디아 칩",
            None,
            "2025-05-02",
        ),
    ],
)
def test_titles_outlets_and_dates(
    text: str, title: str | None, publisher: str | None, published: str | None
) -> None:
    got = meta(text)
    assert got.title == (title or "엔비디아, 새 AI 칩 공개")
    assert (got.publisher, got.published) == (publisher, published)
    assert "제목" not in clean_article(text).body
