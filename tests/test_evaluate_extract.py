"""`briefbot eval extract DIR`: chip P/R and metadata accuracy on a labelled folder."""

import json
import shutil
from pathlib import Path

import pytest

from bot.cli import main

DEV2 = Path(__file__).parent / "data" / "extract_dev2"


def small_set(tmp_path: Path) -> Path:
    folder = tmp_path / "set"
    folder.mkdir()
    labels = json.loads((DEV2 / "labels.json").read_text("utf-8"))
    keep = {name: labels[name] for name in ("d01_yonhap.txt", "d09_notitle.txt")}
    for name in keep:
        shutil.copy(DEV2 / name, folder / name)
    (folder / "labels.json").write_text(json.dumps(keep, ensure_ascii=False), "utf-8")
    return folder


def set_with_errors(tmp_path: Path) -> Path:
    """The small set with labels the extractor cannot meet: a chip d01 does
    not name (and one it does left out) and a title d09 does not print."""
    folder = small_set(tmp_path)
    labels = json.loads((folder / "labels.json").read_text("utf-8"))
    labels["d01_yonhap.txt"]["chips"] = [{"name": "MI355X"}, {"name": "Gaudi 3"}]
    labels["d09_notitle.txt"]["title"] = "없는 제목"
    (folder / "labels.json").write_text(json.dumps(labels, ensure_ascii=False), "utf-8")
    return folder


def test_eval_extract_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "extract", str(small_set(tmp_path)), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["articles"] == 2
    assert report["chips"]["precision"] == 1.0 and report["chips"]["recall"] == 1.0
    assert report["chips"]["tp"] == 5
    assert set(report["metadata"]) == {"title", "publisher", "author", "published"}


def test_eval_extract_counts_false_and_missed_chips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = set_with_errors(tmp_path)
    assert main(["eval", "extract", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "missed chip: d01_yonhap.txt: Gaudi 3" in out
    assert "false chip: d01_yonhap.txt: MI350X" in out
    assert "title     accuracy 0.500" in out


def test_eval_extract_needs_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "extract", str(tmp_path)]) == 2
    assert "labels.json" in capsys.readouterr().err


def test_eval_extract_json_lists_errors_per_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = set_with_errors(tmp_path)
    assert main(["eval", "extract", str(folder), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["chips"]["recall"] < 1.0 and report["metadata"]["title"] == 0.5
    per_article = report["per_article"]
    assert set(per_article) == {"d01_yonhap.txt", "d09_notitle.txt"}
    d01, d09 = per_article["d01_yonhap.txt"], per_article["d09_notitle.txt"]
    assert "MI350X" in d01["false_chips"] and d01["missed_chips"] == ["Gaudi 3"]
    assert d01["wrong_fields"] == [] and d09["false_chips"] == d09["missed_chips"] == []
    (wrong,) = d09["wrong_fields"]
    assert wrong["field"] == "title" and wrong["expected"] == "없는 제목"
    assert wrong["got"] != "없는 제목"
    # the flat lists stay as they were
    assert {"file": "d01_yonhap.txt", "chip": "Gaudi 3"} in report["chips"]["missed"]


def test_eval_extract_scores_a_page_ingest_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A labelled page that holds no article (a login wall) is scored as read
    as nothing: every field wrong, its chips missed; the run goes on."""
    folder = small_set(tmp_path)
    page = "<html><head><title>로그인</title></head><body><form>아이디 <input></form></body></html>"
    (folder / "login.html").write_text(page, "utf-8")
    labels = json.loads((folder / "labels.json").read_text("utf-8"))
    labels["login.html"] = {
        "title": "로그인 기사",
        "publisher": "매체",
        "author": None,
        "published": None,
        "chips": [{"name": "H100"}],
    }
    (folder / "labels.json").write_text(json.dumps(labels, ensure_ascii=False), "utf-8")
    assert main(["eval", "extract", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 articles")
    assert "missed chip: login.html: H100" in out
    assert "wrong title: login.html: expected '로그인 기사', got None" in out
