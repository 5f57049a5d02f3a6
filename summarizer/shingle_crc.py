"""``zlib.crc32`` of every ``width``-character window of a text at once
(issue 14: MinHash's shingles without a Python loop per shingle).

CRC-32 is affine over GF(2) for messages of one length: flipping byte
value ``v`` at ``d`` bytes from the end of a message XORs the same 32 bits
into its CRC whatever came before, ``U[d][v] = crc32(v·0^d) ^ crc32(0^(d+1))``.
So ``crc32(m) = crc32(0^len(m)) ^ XOR_j U[len(m) - 1 - j][m_j]``: one table
lookup per byte of each window and an XOR reduction, in numpy. The values
are exactly ``zlib.crc32(text[i : i + width].encode("utf-8"))``
(``tests/test_shingle_crc.py`` checks them on many texts).
"""

from __future__ import annotations

import functools
import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported on first use: a reply never needs it
    import numpy as np
    import numpy.typing as npt

_MAX_CHAR_BYTES = 4  # UTF-8


@functools.cache
def _tables(longest: int) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """``U`` flattened (row ``d`` at ``256 d``), followed by ``longest`` rows
    of zeros that negative distances (bytes outside a window) wrap onto, and
    the CRC of ``L`` zero bytes for each L."""
    import numpy as np

    zeros = [zlib.crc32(bytes(n)) for n in range(longest + 1)]
    rows = [
        [zlib.crc32(bytes([v]) + bytes(d)) ^ zeros[d + 1] for v in range(256)]
        for d in range(longest)
    ]
    table = np.array(rows + [[0] * 256] * longest, dtype=np.uint32).ravel()
    return table, np.array(zeros, dtype=np.uint32)


def window_crcs(text: str, width: int) -> npt.NDArray[np.uint32]:
    """CRC-32 of the UTF-8 bytes of ``text[i : i + width]`` for every i, in
    order (empty when the text is shorter than ``width``)."""
    import numpy as np

    count = len(text) - width + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint32)
    longest = width * _MAX_CHAR_BYTES
    data = np.frombuffer(text.encode("utf-8") + bytes(longest), dtype=np.uint8)
    points = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    sizes = 1 + (points >= 0x80) + (points >= 0x800) + (points >= 0x10000)
    offsets = np.zeros(len(text) + 1, dtype=np.intp)
    np.cumsum(sizes, out=offsets[1:])
    starts, ends = offsets[:count], offsets[width:]
    lengths = ends - starts
    table, zeros = _tables(longest)
    position = starts[:, None] + np.arange(int(lengths.max()))
    # a byte past its window's end has a negative distance: a row of zeros
    index = (ends[:, None] - 1 - position) * 256 + data[position]
    crcs: npt.NDArray[np.uint32] = np.bitwise_xor.reduce(table[index], axis=1) ^ zeros[lengths]
    return crcs
