"""A chip's name inside a cloud instance's or virtual machine's name (issue 13).

``ND GB300 v6 가상머신``, ``P6-B200``, ``BM.GPU.H100.8`` name the instance, not
the chip; ``H100 인스턴스``, ``B200 기반 인스턴스`` still speak of the chip. A
hyperscaler's short family code before an instance word (``구글 A2 인스턴스``,
``AWS의 P4 인스턴스``: Google's A2 VMs, AWS's P4d) is the cloud's instance,
though A2 and P4 are also two of Nvidia's chips (session 24).
Asked for catalogued names (:mod:`summarizer.chip_guises`) and, since session
16, for model numbers found beyond the catalogue (:mod:`summarizer.chip_discovery`).
"""

from __future__ import annotations

import re

# "P6-B200", "P6e-GB200", "p5-H100": an instance family code (letters and a
# generation number) joined to the chip by a hyphen
_CODE_HYPHEN = re.compile(r"(?<![A-Za-z0-9.\-])[A-Za-z]{1,3}\d{1,2}[a-z]{0,3}-$")
# "ND GB300 v6", "NC A100 v4", "NCads H100 v5": Azure's series letters before
# the chip and the series version after it
_SERIES_BEFORE = re.compile(r"(?<![A-Za-z0-9.\-])[A-Z]{1,3}[a-z0-9]{0,8}\s$")
_VERSION_AFTER = re.compile(r"\s?v\d{1,2}(?![A-Za-z0-9.])")
# "가상머신 'ND H200 v5'", "ND H200 v5 VM": the version and an instance word
_INSTANCE_AFTER = re.compile(
    r"\s?v\d{1,2}(?![A-Za-z0-9.])\s*['\"’”]?\s*(?:가상\s*머신|인스턴스|VM|instance|시리즈)",
    re.IGNORECASE,
)
_INSTANCE_BEFORE = re.compile(r"(?:가상\s*머신|인스턴스|VM|instance)\s*['\"‘“]?\s*$", re.IGNORECASE)
# "구글 A2 인스턴스", "GCP의 A3 VM", "AWS P4 인스턴스": a hyperscaler, then a
# short family code (one capital and a digit), then an instance word
_CLOUD_BEFORE = re.compile(
    r"(?:구글|Google|GCP|AWS|아마존|Amazon|애저|Azure|MS|마이크로소프트|Microsoft|오라클|Oracle|OCI)"
    r"(?:\s*클라우드|\s*Cloud)?(?:의)?\s*$"
)
_CLOUD_CODE = re.compile(r"[A-Z]\d(?:[a-z]{1,2})?")
_WORD_AFTER = re.compile(r"\s*['\"’”]?\s*(?:가상\s*머신|인스턴스|VM|instance)", re.IGNORECASE)
# "BM.GPU.H100.8", "VM.GPU.A10.1": a shape name with dots on both sides
_DOTTED_BEFORE = re.compile(r"[A-Za-z]\.$")
_DOTTED_AFTER = re.compile(r"\.\d")


def in_instance(text: str, start: int, end: int) -> bool:
    """ "ND GB300 v6", "P6-B200", "BM.GPU.H100.8": the chip's name inside a
    cloud instance's or a virtual machine's name; "구글 A2 인스턴스": a
    hyperscaler's own short family code."""
    before = text[max(0, start - 13) : start]
    if _CODE_HYPHEN.search(before):
        return True
    if (
        _CLOUD_CODE.fullmatch(text, start, end)
        and _CLOUD_BEFORE.search(text, max(0, start - 16), start)
        and _WORD_AFTER.match(text, end)
    ):
        return True  # "구글 A2 인스턴스": Google's A2 VMs
    if _VERSION_AFTER.match(text, end) and (
        _SERIES_BEFORE.search(before) or _INSTANCE_BEFORE.search(text, max(0, start - 12), start)
    ):
        return True  # "ND GB300 v6", "가상머신 'H200 v5'"
    if _INSTANCE_AFTER.match(text, end):
        return True
    return bool(_DOTTED_BEFORE.search(before) and _DOTTED_AFTER.match(text, end))
