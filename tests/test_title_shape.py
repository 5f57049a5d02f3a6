"""The headline readers shared by the rules and the learned check
(summarizer/title_shape.py), and the rule that neither module reaches into
the other's private names."""

from __future__ import annotations

import ast
from pathlib import Path

from summarizer.title_shape import TITLE_LABEL, headline_like, is_outlet_line, site_suffix

SUMMARIZER = Path(__file__).resolve().parent.parent / "summarizer"


def test_site_suffix_cuts_a_page_titles_site_name() -> None:
    assert site_suffix("새 공정으로 만든 시험 칩 첫 출하 | 칩소식") == (
        "새 공정으로 만든 시험 칩 첫 출하",
        "칩소식",
    )
    assert site_suffix("짧은 제목 | 칩소식") == ("짧은 제목 | 칩소식", None)


def test_title_label_and_headline_shape() -> None:
    assert TITLE_LABEL.sub("", "제목: 메모리 값 석 달째 오른다") == "메모리 값 석 달째 오른다"
    assert headline_like("메모리 값 석 달째 오른다")
    assert not headline_like("메모리 값이 올랐다. 공급이 줄었기 때문이다.")
    assert not is_outlet_line("많이 본 뉴스")


def _private_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    return [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name.startswith("_") and alias.name != "__future__"
    ]


def test_head_model_and_metadata_import_no_private_names() -> None:
    for name in ("head_model.py", "metadata.py", "title_shape.py"):
        assert _private_imports(SUMMARIZER / name) == [], name
