"""The command's name as the user typed it, for usage lines and hints.

``thadin`` from a checkout or a pip install; ``thadin-cli`` in the installed app (the
console program beside ``Thadin``), so that every message names a command that exists.
"""

from __future__ import annotations

import sys
from pathlib import Path


def program_name() -> str:
    """``thadin-cli`` when running as the installed app's console program, else ``thadin``."""
    name = Path(sys.argv[0]).stem if sys.argv and sys.argv[0] else ""
    return "thadin-cli" if name.lower() == "thadin-cli" else "thadin"
