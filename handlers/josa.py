"""Korean particles after words the bot does not know in advance.

A reply such as "‘화웨이’은(는) 칩이 아니라 기업입니다" reads like a form;
Korean picks 은 or 는 (이/가, 을/를, 이라는/라는) by whether the word's last
sound closes with a consonant. :func:`particles` resolves the paired forms
"은(는)", "이(가)", "을(를)" and "(이)라는" where that sound is known:

* a Hangul syllable: by its final consonant (받침);
* a number: by its Korean reading — 20 is 이십, 100 백, 3 삼, 2 이;
* a capital letter read as a letter (a code or an acronym: H20X, TPU, ATOM-M):
  엘, 엠, 엔, 알 close with a consonant, the others do not.

A word ending in other Latin letters ("Hopper", "today") is read as a word,
whose sound the spelling does not tell; the paired form stays as written.
"""

from __future__ import annotations

import re

_FORMS = {
    "은(는)": ("은", "는"),
    "이(가)": ("이", "가"),
    "을(를)": ("을", "를"),
    "(이)라는": ("이라는", "라는"),
}
_PAIRED = re.compile(
    r"(?P<last>\S)(?P<marks>[’'\"”」』)\]]*)(?P<form>은\(는\)|이\(가\)|을\(를\)|\(이\)라는)"
)
# 1 일, 3 삼, 6 육, 7 칠, 8 팔 close with a consonant; 2 이, 4 사, 5 오, 9 구 do not;
# a number ending in 0 ends in 영, 십, 백, 천 or 만, all closed.
_CLOSED_DIGITS = frozenset("013678")
_CLOSED_LETTERS = frozenset("LMNR")  # 엘, 엠, 엔, 알


def closes_with_consonant(word: str) -> bool | None:
    """Whether ``word``'s last sound closes with a consonant; None when its
    spelling does not tell (a Latin word, punctuation)."""
    word = word.rstrip("’'\"”」』)] ")
    if not word:
        return None
    last = word[-1]
    if "가" <= last <= "힣":
        return (ord(last) - ord("가")) % 28 != 0
    if last.isdigit() and last.isascii():
        return last in _CLOSED_DIGITS
    if "A" <= last <= "Z":
        before = word[-2] if len(word) > 1 else ""
        read_as_letter = not before or not before.isalpha() or before.isupper()
        return last in _CLOSED_LETTERS if read_as_letter else None
    return None


def particles(text: str) -> str:
    """``text`` with each paired particle form resolved where the word before
    it (quotes and brackets skipped) tells which one Korean uses."""

    def choose(match: re.Match[str]) -> str:
        closed = closes_with_consonant(match["last"] + match["marks"])
        if closed is None:
            return match[0]
        after_consonant, after_vowel = _FORMS[match["form"]]
        return match["last"] + match["marks"] + (after_consonant if closed else after_vowel)

    return _PAIRED.sub(choose, text)
