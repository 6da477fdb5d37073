"""Release and letterhead files (FORMAT.md) ⇄ the model, with located validation."""

from .letterhead import load_letterhead
from .release import load_release, parse_release

__all__ = ["load_letterhead", "load_release", "parse_release"]
