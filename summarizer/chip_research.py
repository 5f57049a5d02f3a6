"""Research chips named where their makers are researchers (issue 13,
session 22, extract_dev90).

Universities and institutes name their prototype chips and the press prints
the name quoted beside a chip word, often in both scripts:
``AI 반도체 '슬림-라마'(Slim-Llama)를 개발했다``, ``'상보형-트랜스포머(C-Transformer)'
칩``, ``가속기 'Neuro-Core'를 발표했다``. The catalogue lists the published ones
(data/chips_research.toml); this finds a new one by that shape, in a sentence
that speaks of research (a research team, a professor, a university or an
institute, a conference). A named prototype is a chip; an unnamed one is not,
and neither is a quoted name that only spells a Hangul word (its label could
not be told), an acronym ("(SNN)"), a known name (an AI model, a company), nor
a name that a project, a lab, an architecture or a board word follows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A sentence that speaks of research: who did it, or where it was shown.
_RESEARCH = re.compile(
    r"연구팀|연구진|연구실|교수|대학|대\s?(?:연구|공동)|과학기술원|카이스트|포스텍|"
    r"KAIST|POSTECH|UNIST|DGIST|GIST|ETRI|KIST|ISSCC|VLSI|학회|학술대회"
)
# A chip word right beside the name: "AI 반도체 '…'", "'…' 칩", "신경망처리장치 '…'"
_CHIP_WORD = r"(?:칩(?![셋렛])|반도체|프로세서|가속기|NPU|신경망\s?처리\s?장치)"
_OPEN, _CLOSE = "['\"‘“]", "['\"’”]"
_HANGUL = r"[가-힣]{1,8}(?:-[가-힣]{1,8})?"
# "Slim-Llama", "C-Transformer", "Neuro-CIM", "DynaPlasia": a capital, then
# letters and digits, hyphenated parts allowed
_LATIN = r"[A-Z][A-Za-z0-9]{0,15}(?:-[A-Za-z0-9]{1,15}){0,2}"
_BOTH = rf"{_OPEN}(?P<hangul>{_HANGUL}){_CLOSE}?\((?P<name>{_LATIN})\){_CLOSE}?"
_SHAPES = (
    re.compile(rf"{_CHIP_WORD}\s?{_BOTH}"),  # "AI 반도체 '슬림-라마'(Slim-Llama)"
    re.compile(rf"{_BOTH}\s?{_CHIP_WORD}"),  # "'상보형-트랜스포머(C-Transformer)' 칩"
    re.compile(rf"{_CHIP_WORD}\s?{_OPEN}(?P<name>{_LATIN}){_CLOSE}"),  # "칩 'Neuro-Core'"
    re.compile(rf"{_OPEN}(?P<name>{_LATIN}){_CLOSE}\s?{_CHIP_WORD}"),  # "'Neuro-Core' 칩"
)
# what the name stands for when one of these follows it: a project, a lab,
# a design method, software, a board or a system
_NOT_CHIP_AFTER = re.compile(
    r"[)'\"’”]{0,3}\s*(?:칩\s?)?(?:프로젝트|사업|과제|프로그램|연구단|연구소|연구센터|센터|팀|랩|"
    r"아키텍처|구조|설계|알고리즘|모델|기법|방식|플랫폼|프레임워크|소프트웨어|컴파일러|"
    r"서버|랙|시스템|보드|카드|모듈|키트|클러스터|슈퍼컴퓨터)"
)
# "KAIST 출신이 창업한 AI 반도체 '…'": the company a chip word describes
_FOUNDED_BEFORE = re.compile(r"(?:창업|설립|세운|차린|투자|인수|출자)[가-힣]{0,3}\s(?:\S{1,6}\s)?$")
_BEFORE = 16
_MIN_NAME = 3


def research_sentence(text: str) -> bool:
    """Whether the sentence speaks of research (a team, a professor, an
    institute, a conference)."""
    return _RESEARCH.search(text) is not None


def research_names(
    text: str,
    free: Callable[[int, int], bool],
    resolve: Callable[[str], str | None],
    is_excluded: Callable[[str], bool],
) -> list[tuple[str, int, int]]:
    """(name, start, end) of the research chips named in one research
    sentence (see the module's docstring), each once."""
    found: dict[int, tuple[str, int, int]] = {}
    for pattern in _SHAPES:
        for m in pattern.finditer(text):
            name, hangul = m["name"], m.groupdict().get("hangul")
            if len(name) < _MIN_NAME or name.replace("-", "").isupper():
                continue  # "(SNN)", "(PIM)": an acronym, not a name
            if is_excluded(name) or resolve(name) or (hangul and resolve(hangul)):
                continue  # a catalogued chip, an AI model, a company
            if _NOT_CHIP_AFTER.match(text, m.end("name")):
                continue  # "'X' 프로젝트", "'X(Name)' 연구단", "'X' 칩 구조"
            if _FOUNDED_BEFORE.search(text, max(0, m.start() - _BEFORE), m.start()):
                continue  # "창업한 AI 반도체 '…'": a start-up
            start = m.start("hangul") if hangul else m.start("name")
            if free(start, m.end("name")):
                found.setdefault(m.start("name"), (name, m.start("name"), m.end("name")))
    return list(found.values())
