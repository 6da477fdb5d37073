"""Which characters are Myanmar script, and the invisible ones typed Burmese carries."""

from __future__ import annotations

#: Myanmar, Myanmar Extended-A and Extended-B blocks.
MYANMAR_RANGES = ((0x1000, 0x109F), (0xAA60, 0xAA7F), (0xA9E0, 0xA9FF))

#: Zero-width characters Burmese keyboards and web copy leave in text. They are
#: break hints at best, and ReportLab draws U+200B as a visible space.
INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff"


#: The same as the body of a regular-expression character class.
MYANMAR_CLASS = "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in MYANMAR_RANGES)

#: Every Myanmar character, for a set lookup per character.
MYANMAR_CHARS = frozenset(chr(cp) for lo, hi in MYANMAR_RANGES for cp in range(lo, hi + 1))


def is_myanmar(ch: str) -> bool:
    """Return True for a character of the Myanmar script blocks (a set lookup: the line breaker asks per character)."""
    return ch in MYANMAR_CHARS


def has_myanmar(text: str) -> bool:
    """Return True when *text* holds at least one Myanmar character."""
    return not MYANMAR_CHARS.isdisjoint(text)
