"""Fast paths of reading give what the plain per-byte and per-character code gives."""

from __future__ import annotations

import pytest

from analysis.reading.reader import looks_binary


def _controls_plainly(head: bytes) -> int:
    return sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))


@pytest.mark.parametrize(
    "data",
    [
        b"Plain text\r\n\twith tabs\x0cand a form feed",
        bytes(range(1, 256)) * 3,
        b"a" * 94 + b"\x01" * 6,  # 6 % control bytes: binary
        b"a" * 96 + b"\x01" * 4,  # 4 %: text
        b"\x1b[31m coloured \x1b[0m" * 10,
    ],
)
def test_control_bytes_counted_as_byte_by_byte(data: bytes) -> None:
    head = data[:8192]
    binary = bool(head) and _controls_plainly(head) / len(head) > 0.05
    assert (looks_binary(data) == "binary file (control bytes), not a text document") == binary
