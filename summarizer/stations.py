"""Local stations of the broadcast networks (issue 13).

A network's local station prints a region glued to (or spaced from) the
network's call sign: ``대전MBC``, ``광주MBC NEWS``, ``MBC경남``, ``KBS대구``,
``KBS 청주``, ``부산CBS``. Its reporters sign off with the network's name
(``MBC뉴스 이름입니다``), but where the page prints the station's own name (its
masthead, its copyright line) the station is the publisher (r21lastmeta,
r22bcast).

* :func:`station_line`: a masthead line that is a local station, read
  without a network's sign-off beside it: the region must be a Korean
  province, metropolitan city or a city local stations broadcast from, the
  call sign one of the networks that run local stations;
* :func:`local_station`: the station, among the names a page prints, of
  the network the sign-off (or another field) names.
"""

from __future__ import annotations

import re

# the provinces, metropolitan cities and cities the networks' local stations
# broadcast from (MBC, KBS, CBS, BBS, TBN stations; "강원영동", "경남" as printed)
_REGION = (
    r"(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|강원영동|영동|충북|충남|전북|전남|경북|경남|"
    r"제주|수원|창원|마산|진주|포항|안동|경주|구미|전주|군산|목포|여수|순천|광양|청주|충주|제천|"
    r"천안|춘천|원주|강릉|삼척|속초)"
)
# the networks that run local stations under their own call sign
_NETWORK = r"(?:MBC|KBS|CBS|BBS|PBC|TBN|FEBC|EBS|SBS)"
_NEWS_WORD = re.compile(r"\s*(?:NEWS|News|뉴스)$")
_STATION = re.compile(rf"{_REGION}\s?{_NETWORK}|{_NETWORK}\s?{_REGION}")


def station_line(line: str) -> str | None:
    """The local station a masthead line names ("대전MBC", "광주MBC NEWS",
    "KBS 대구"), else None ("MBC NEWS" is the network; "대전시청" no station)."""
    station = _NEWS_WORD.sub("", line.strip())
    return station if _STATION.fullmatch(station) else None


def local_station(network: str | None, *names: str | None) -> str | None:
    """The first of ``names`` (a masthead, a copyright holder) that is a
    local station of ``network`` ("MBC" from a sign-off): a region of two to
    four Hangul syllables glued to the network's call sign ("광양MBC NEWS" →
    광양MBC), or a listed region spaced from it ("KBS 청주" as printed; "UBC
    프라임뉴스" is a programme); else None."""
    if not (network and re.fullmatch(r"[A-Z]{2,5}", network)):
        return None
    for name in names:
        if not name:
            continue
        station = _NEWS_WORD.sub("", name.strip())
        region = station.removeprefix(network) if station.startswith(network) else None
        region = station.removesuffix(network) if station.endswith(network) else region
        if region and re.fullmatch(r"[가-힣]{2,4}", region):
            return station  # "광양MBC": any region glued to the call sign
        if region and re.fullmatch(rf"\s{_REGION}|{_REGION}\s", region):
            return station  # "KBS 청주", not "UBC 프라임" (a programme)
    return None
