"""Burmese digits (U+1040–U+1049) and back."""

from __future__ import annotations

_TO_MY = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
_TO_ASCII = str.maketrans("၀၁၂၃၄၅၆၇၈၉", "0123456789")


def to_myanmar_digits(value: int | str) -> str:
    """Write *value* with Burmese digits: ``2024`` → ``၂၀၂၄``."""
    return str(value).translate(_TO_MY)


def to_ascii_digits(text: str) -> str:
    """Replace Burmese digits with ASCII digits, leaving everything else alone."""
    return text.translate(_TO_ASCII)
