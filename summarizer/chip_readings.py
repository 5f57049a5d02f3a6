"""Model numbers as they are read aloud (issue 13, r22bcast).

A broadcast transcript writes what the speaker says: ``에이치백`` for H100,
``에이치이십`` for H20, ``엠아이삼백엑스`` for MI300X — the letters by their
Korean names, the number in Sino-Korean. :func:`spoken_reading` gives that
reading of a catalogued model number, made an alias of the chip by the
catalogue reader, so a transcript that prints only the reading names the
chip. Only readings of three syllables or more, for numbers of ten and more:
a short one (``엘사`` for L4, ``비백``) is an ordinary word as often as not.

A Chinese name has two Hangul spellings in the Korean press: the standard
transcription writes Pinyin s and z tense (邃思 ``쑤이쓰``, 紫霄 ``쯔샤오``),
many papers plain (``수이스``, ``즈샤오``). :func:`chinese_spellings` gives a
name printed with Han characters both spellings of each of its Hangul
names, again of three syllables or more (``선쏸`` is no ``선산``, a word).
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
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HANGUL_NAME = re.compile(r"[가-힣]{3,}")
# Hangul initials (their index in a syllable): ㅅ 9 and ㅆ 10, ㅈ 12 and ㅉ 13
_PLAIN = {10: 9, 13: 12}
_TENSE = {9: 10, 12: 13}
# vowels (their index) of Pinyin x, j, sh and zh only (시, 샤, 셰, 쉬, 지, 쥐 …):
# ㅑ ㅒ ㅕ ㅖ ㅛ ㅟ ㅠ ㅣ, never made tense (즈샤오 is 쯔샤오, not 쯔쌰오)
_GLIDES = frozenset({2, 3, 6, 7, 12, 16, 17, 20})
_SYLLABLE_BASE, _INITIAL_SPAN = 0xAC00, 21 * 28


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


def _respelled(name: str, initials: dict[int, int]) -> str:
    """``name`` with the initials of its syllables mapped (ㅆ→ㅅ, or ㅅ→ㅆ
    where the vowel is not one of Pinyin x's or j's)."""
    out = []
    for char in name:
        initial, rest = divmod(ord(char) - _SYLLABLE_BASE, _INITIAL_SPAN)
        if rest // 28 not in _GLIDES or initials is _PLAIN:
            initial = initials.get(initial, initial)
        out.append(chr(_SYLLABLE_BASE + initial * _INITIAL_SPAN + rest))
    return "".join(out)


def chinese_spellings(aliases: tuple[str, ...]) -> tuple[str, ...]:
    """``aliases`` and, for a name that has a Han spelling among them, the
    plain and the tense spelling of each Hangul name of three syllables or
    more ("수이스" beside "쑤이쓰" and back)."""
    if not any(_HAN.search(alias) for alias in aliases):
        return aliases
    more = [
        spelled
        for alias in aliases
        if _HANGUL_NAME.fullmatch(alias)
        for spelled in (_respelled(alias, _PLAIN), _respelled(alias, _TENSE))
    ]
    return tuple(dict.fromkeys([*aliases, *more]))
