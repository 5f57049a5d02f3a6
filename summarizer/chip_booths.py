"""Model-number shapes on a trade-show floor that are no chips (issue 13, round 24).

* ``C홀 C302``, ``'국산 NPU관'(C홀 C302~C318)``, ``A230 부스``, ``부스 번호
  B110``, ``◇D015 공동관 = …``: a hall's booth number, alone or as a range
  of booths, and the numbered items of a booth guide (:func:`booth_number`);
* ``태블릿 'ROG 플로우 Z13 GZ302'``, ``공유기 'KT 5G 에그 K-M300'``, ``엣지 PC
  'MLX-A1'``: a quoted name right after a device noun is that device, and no
  model number inside it is a chip, unless the quoted name is itself the
  catalogued chip (:func:`in_device_name`). A quoted name after a chip noun
  (``칩 'X'``, ``NPU 'X'``) is not touched.
"""

from __future__ import annotations

import re

# a booth's number: "C302", "A1-12", "D015", "N4501"
_CODE = r"[A-Z]{1,2}-?\d{2,5}[A-Z]?"
_RANGE = r"\s*[~∼〜\-–]\s*"
# "C홀 C302", "3홀 3B21", "C홀(C302~C318)": a hall (a letter or a number, not the
# end of a word: "블랙홀 P150" is Tenstorrent's card) and the booth in it
_HALL = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?:[A-Z]|\d{1,2})\s?홀\s*\(?\s*"
    r"(?P<code>\d?" + _CODE + r")(?:" + _RANGE + r"(?P<last>\d?" + _CODE + r"))?"
)
# "부스 번호 A230", "부스(B110)", "booth C302": the booth's own number
_AFTER_BOOTH = re.compile(
    r"(?:부스|booth)\s*(?:번호\s*)?[:(]?\s*(?P<code>" + _CODE + r")"
    r"(?:" + _RANGE + r"(?P<last>" + _CODE + r"))?",
    re.IGNORECASE,
)
# "A230 부스", "C302번 부스", "C302~C318 부스": a booth named by its number
# (not "부스터", a booster)
_BEFORE_BOOTH = re.compile(
    r"(?<![A-Za-z0-9\-])(?P<code>" + _CODE + r")(?:" + _RANGE + r"(?P<last>" + _CODE + r"))?"
    r"\s*번?\s*부스(?!터)"
)
# "◇A230 인텔 = …", "■ D015 그록 공동관 = …": a booth guide's item, its number first
_GUIDE_ITEM = re.compile(r"(?:^|\n)\s*[◇◆■□▶▷●○◎※]\s*(?P<code>" + _CODE + r")\s[^=\n]{1,30}\s=\s")
_BOOTH_FORMS = (_HALL, _AFTER_BOOTH, _BEFORE_BOOTH, _GUIDE_ITEM)

# devices and machines whose model number or name follows them ("드론 X-40",
# "자율주행 컴퓨터 HW4"): shared by discovery, catalogued names (chip_guises)
# and the quoted device names below
DEVICE_NOUNS = (
    "컴퓨터|제어기|컨트롤러|단말기?|검사기|측정기|본더|노광기|게임기|콘솔|공작기계|청소기|드론|로봇|"
    "카메라|박스|매트리스|냉장고"
)
# devices whose quoted name follows their noun: "무선 공유기 'X'", "태블릿 'X'",
# "엣지 PC 'X'", "스마트 카메라 'X'" (not a chip noun: "칩 'X'", "가속기 'X'"):
# the shared nouns and the consumer devices a quote names
_DEVICE_NOUN = (
    r"(?:" + DEVICE_NOUNS + r"|공유기|라우터|router|태블릿|tablet|노트북|랩톱|랩탑|laptop|데스크톱|"
    r"(?<![A-Za-z])PC|게이트웨이|gateway|camera|robot|drone|모니터|monitor|스마트폰|휴대폰|폰|"
    r"TV|셋톱박스|스피커|워치|이어폰|헤드셋|스위치)"
)
_QUOTED_DEVICE = re.compile(
    _DEVICE_NOUN + r"\s?(?:['‘\"“])(?P<name>[^'’\"”\n]{1,40})(?:['’\"”])", re.IGNORECASE
)


def _spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for form in _BOOTH_FORMS:
        for match in form.finditer(text):
            spans.append(match.span("code"))
            if "last" in form.groupindex and match.group("last"):
                spans.append(match.span("last"))
    return spans


def booth_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a booth's number: after a hall ("C홀
    C302", and the range's last booth "C302~C318"), after or before the word
    부스 ("부스 번호 A230", "A230 부스"), or first on a booth guide's item
    line ("◇A230 인텔 = …")."""
    if not any(w in text for w in ("홀", "부스", "=")) and "booth" not in text.casefold():
        return False
    return any(s <= start and end <= e for s, e in _spans(text))


def in_device_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a quoted name right after a
    device noun ("태블릿 'ROG 플로우 Z13 GZ302'"): the device's name. A span
    that is the whole quoted name ("노트북 'X'" where X is the name found)
    is left to the caller's other rules (a catalogued chip stays a chip)."""
    for match in _QUOTED_DEVICE.finditer(text):
        s, e = match.span("name")
        if s <= start and end <= e:
            return text[s:e].strip() != text[start:end]
    return False


def device_named(text: str, start: int, end: int) -> bool:
    """Whether a model number the catalogue does not know names the device
    whose quoted name it is or is inside ("엣지 PC 'MLX-A1'")."""
    return any(
        s <= start and end <= e for s, e in (m.span("name") for m in _QUOTED_DEVICE.finditer(text))
    )
