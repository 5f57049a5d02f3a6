import json
from pathlib import Path

import pytest

from bot.cli import main
from summarizer.analysis import analyse_sentences, content_terms
from summarizer.evaluate import rouge_l, rouge_n, sentence_prf
from summarizer.rank import first_body_sentence, score_sentences


def test_sentence_precision_recall_f1() -> None:
    assert sentence_prf([0, 2], [0, 1]) == (0.5, 0.5, 0.5)
    p, r, f = sentence_prf([0, 1, 2], [1])
    assert (p, r) == (pytest.approx(1 / 3), 1.0) and f == pytest.approx(0.5)
    assert sentence_prf([], [0]) == (0.0, 0.0, 0.0)


def test_rouge_on_a_toy_example() -> None:
    cand, ref = ["a", "b", "c", "d"], ["a", "c", "d", "e"]
    assert rouge_n(cand, ref, 1) == pytest.approx(0.75)  # a, c, d of 4 and 4
    assert rouge_n(cand, ref, 2) == pytest.approx(1 / 3)  # (c, d) of 3 and 3
    assert rouge_l(cand, ref) == pytest.approx(0.75)  # LCS a c d
    assert rouge_n(["a", "a"], ["a"], 1) == pytest.approx(2 / 3)  # clipped: P 1/2, R 1
    assert rouge_l([], ref) == 0.0 and rouge_n(cand, [], 1) == 0.0


ARTICLE = [
    "KAIST 연구팀, 새 배터리 소재 개발",  # sub-headline, not the lead
    "한국과학기술원(KAIST) 연구팀이 리튬이온 배터리보다 열 배 빨리 충전되는 새 배터리 소재를 개발했다고 밝혔다.",
    "연구팀은 다공성 나노튜브 소재를 써서 배터리의 충전 속도와 수명을 함께 늘렸다.",
    "이 소재는 전기차와 스마트폰에 쓰일 수 있다.",
    "날씨가 맑았다.",
    "연구 결과는 국제 학술지에 실렸다.",
]
TITLE = "KAIST, 열 배 빨리 충전되는 배터리 소재 개발"


def test_ranking_picks_the_lead_and_the_central_sentence() -> None:
    tokens = analyse_sentences([TITLE, *ARTICLE])
    terms = [content_terms(t) for t in tokens[1:]]
    scores = score_sentences(terms, content_terms(tokens[0]), texts=ARTICLE)
    order = sorted(range(len(ARTICLE)), key=lambda i: -scores[i])
    assert order[:2] == [1, 2]
    assert 4 not in order[:3]  # short and off topic
    assert scores[1] > scores[0]  # the sub-headline is not the lead
    assert first_body_sentence(ARTICLE) == 1
    assert all(0.0 <= s <= 1.0 for s in scores)


def _write(folder: Path, name: str, sentences: list[str], gold: list[int], title: str) -> None:
    data = {"title": title, "source": "", "slug": name, "length": len(sentences)}
    data |= {"summaries": gold, "sentences": sentences}
    (folder / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def test_eval_cli_on_two_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "dev"
    folder.mkdir()
    _write(folder, "01", [s.rstrip(".") for s in ARTICLE], [1, 2], TITLE)
    _write(
        folder,
        "02",
        [
            "엔비디아가 새 인공지능 칩을 공개했다",
            "새 칩은 이전 칩보다 두 배 빠르다",
            "회사는 내년 초 출하할 계획이다",
            "주가는 소폭 올랐다",
        ],
        [0],
        "엔비디아, 새 인공지능 칩 공개",
    )
    predictions = tmp_path / "pred.json"
    assert main(["eval", str(folder), "--predictions", str(predictions), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["files"] == 2
    scores = report["scores"]
    assert list(scores)[:3] == ["briefbot", "lead-k", "sumy LexRank"]
    assert {"sumy TextRank", "sumy LSA", "sumy Luhn", "sumy Reduction"} <= set(scores)
    assert scores["briefbot"]["f1"] == 1.0  # both articles picked exactly
    assert scores["lead-k"]["f1"] == pytest.approx(0.75)  # 01: {0,1} vs {1,2}; 02: {0}
    assert scores["briefbot"]["rouge1"] == 1.0
    picked = json.loads(predictions.read_text("utf-8"))
    assert picked == {"01": [1, 2], "02": [0]}
    assert main(["eval", str(folder)]) == 0
    assert "| briefbot | 1.000 |" in capsys.readouterr().out


def test_eval_cli_bad_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(tmp_path / "missing")]) == 2
    (tmp_path / "x.json").write_text("[1, 2]", "utf-8")
    assert main(["eval", str(tmp_path)]) == 2
    assert "not a sci-news-sum-kr-50 article" in capsys.readouterr().err
