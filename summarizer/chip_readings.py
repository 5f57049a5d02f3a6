"""Model numbers as they are read aloud (issue 13, r22bcast).

A broadcast transcript writes what the speaker says: ``에이치백`` for H100,
``에이치이십`` for H20, ``엠아이삼백엑스`` for MI300X — the letters by their
Korean names, the number in Sino-Korean. :func:`spoken_reading` gives that
reading of a catalogued model number, made an alias of the chip by the
catalogue reader, so a transcript that prints only the reading names the
chip. Only readings of three syllables or more, for numbers of ten and more:
a short one (``엘사`` for L4, ``비백``) is an ordinary word as often as not.
"""

from __future__ import annotations

import re

# the Latin letters by their Korean names, as newsreaders say them
_LETTERS = {
    "A": "에이",
    "B": "비",
    "C": "씨",
    "D": "디",
    "E": "이",
    "F": "에프",
    "G": "지",
    "H": "에이치",
    "I": "아이",
    "J": "제이",
    "K": "케이",
    "L": "엘",
    "M": "엠",
    "N": "엔",
    "O": "오",
    "P": "피",
    "Q": "큐",
    "R": "알",
    "S": "에스",
    "T": "티",
    "U": "유",
    "V": "브이",
    "W": "더블유",
    "X": "엑스",
    "Y": "와이",
    "Z": "제트",
}
_DIGITS = "영일이삼사오육칠팔구"
_PLACES = ((1000, "천"), (100, "백"), (10, "십"))
# letters, a number of two to four digits, letters after it: "H100", "MI300X", "L40S"
_MODEL = re.compile(r"([A-Z]{1,3})(\d{2,4})([A-Z]{0,2})")
_MIN_SYLLABLES = 3


def sino_korean(number: int) -> str:
    """ "백" for 100, "이십" for 20, "삼백이십오" for 325 (1 to 9999)."""
    out = []
    for place, word in _PLACES:
        count, number = divmod(number, place)
        if count:
            out.append(("" if count == 1 else _DIGITS[count]) + word)
    if number:
        out.append(_DIGITS[number])
    return "".join(out)


def spoken_reading(model: str) -> str | None:
    """The Hangul reading of a model number ("H100" → "에이치백"), or None
    for a name of another shape, a number under ten or a leading zero, or
    a reading shorter than three syllables."""
    m = _MODEL.fullmatch(model)
    if not m or m[2].startswith("0") or int(m[2]) < 10:
        return None
    reading = "".join(_LETTERS[c] for c in m[1]) + sino_korean(int(m[2]))
    reading += "".join(_LETTERS[c] for c in m[3])
    return reading if len(reading) >= _MIN_SYLLABLES else None
