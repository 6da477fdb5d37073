"""Run code under a real process locale (Burmese, French), generating it when missing.

Locales are compiled with ``localedef`` into a folder of the checkout (``LOCPATH``
works without root); ``scripts/test`` compiles the same ones for its Burmese run.
"""

from __future__ import annotations

import locale
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCPATH = Path(os.environ.get("THADIN_LOCPATH") or Path(__file__).resolve().parents[1] / ".venv" / "locale")


def ensure_locale(name: str) -> Path:
    """Compile *name* (``my_MM.UTF-8``) into LOCPATH unless it is there; return LOCPATH."""
    target = LOCPATH / name
    if not (target / "LC_CTYPE").exists():
        source, charmap = name.split(".")
        LOCPATH.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(["localedef", "-i", source, "-f", charmap, str(target)],
                              capture_output=True, text=True)
        assert (target / "LC_CTYPE").exists(), f"localedef could not make {name}: {done.stderr}"
    return LOCPATH


@contextmanager
def process_locale(name: str) -> Iterator[None]:
    """Make *name* the process locale (as QApplication does from the desktop), then restore it."""
    saved_path = os.environ.get("LOCPATH")
    saved = locale.setlocale(locale.LC_ALL)
    os.environ["LOCPATH"] = str(ensure_locale(name))
    try:
        locale.setlocale(locale.LC_ALL, name)
        yield
    finally:
        locale.setlocale(locale.LC_ALL, saved)
        if saved_path is None:
            os.environ.pop("LOCPATH", None)
        else:
            os.environ["LOCPATH"] = saved_path
