"""The desktop app: PySide6 widgets over the same pipeline as the CLI.

Nothing outside this package imports Qt, and this package imports it only when the app
starts (``main``), so ``thadin export`` never pays for it.
"""

from __future__ import annotations

from pathlib import Path


def main(path: Path | None = None) -> int:
    """Start the app on *path* (else on the start screen); return its exit code."""
    from .app import run

    return run(path)
