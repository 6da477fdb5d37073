"""Where Thadin's LICENSE and THIRD-PARTY-NOTICES are, however it was installed.

The installed app carries both in its bundle (build.spec generates the notices from the
files it collected); a checkout has them at its root; a pip install has them among the
wheel's licence files. Help ▸ About shows them.
"""

from __future__ import annotations

import importlib.metadata as metadata
import sys
from pathlib import Path

LICENCE, NOTICES = "LICENSE", "THIRD-PARTY-NOTICES"


def legal_file(name: str) -> Path | None:
    """Return the path of *name* (LICENCE or NOTICES), or None when this installation lacks it."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / name)
    candidates.append(Path(__file__).resolve().parents[1] / name)  # a checkout
    try:
        dist = metadata.distribution("thadin")
        candidates += [Path(str(dist.locate_file(f))) for f in dist.files or [] if f.name == name]
    except metadata.PackageNotFoundError:
        pass
    return next((path for path in candidates if path.is_file()), None)


def legal_text(name: str) -> str:
    """Return the text of *name*, or "" when this installation lacks it."""
    path = legal_file(name)
    return path.read_text(encoding="utf-8", errors="replace") if path else ""
