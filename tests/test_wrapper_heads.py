"""Wrapper head lines (summarizer.wrapper_heads), with invented text."""

from __future__ import annotations

import pytest

from summarizer.never_heads import head_line
from summarizer.wrapper_heads import wrapper_head


@pytest.mark.parametrize(
    "line",
    [
        "통역 메모 / INTERPRETER NOTES",
        "TRANSLATION MEMO",
        "[대화 내역 백업 — 2026.03.02]",
        "[사진 캡션 자동 추출 — 5개 중 2개]",
        "[이번 주 보도 요약] 총 6건",
        "MAR-02-2026 10:05  FROM:051 111 2222  TO:02 333 4444  P.2/3",
        "F A X",
        "Google [ 풍력 단지 ] 🔍",
        "다음 [ 전고체 ]",
        "🗂 업무 노트 / 에너지 / 풍력 정리",
        "게시물  파일  위키  +",
        "번호 | 매체 | 날짜 | 제목",
        "-----+-------+------",
        "----------",
        "Source language: Korean",
        "Prepared by: 통역팀",
        "생성 일시: 2026년 3월 2일 오전 9:00",
        "고객사 : 가나전자 홍보팀",
        "수    신 : 가나전자 구매팀",
        "바람 레터 · 제31호 · 2026년 3월 2일(월)",
        "조회수 5.1만회  2026. 3. 2.",
    ],
)
def test_wrapper_heads(line: str) -> None:
    assert wrapper_head(line)
    assert head_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "풍력 단지 착공…내년 가동",
        '[단독] 가나전자, 번역기 새로 내놔…"메모도 자동 정리"',
        "정부: 2026년 예산 확정",
        "바람 레터 31호 나왔다",
        "노트북 시장 / 태블릿 시장 동반 부진",
        "주간소식 제31호 | 입력 2026-03-02 06:00",
    ],
)
def test_headlines_are_no_wrapper_heads(line: str) -> None:
    assert not wrapper_head(line)
