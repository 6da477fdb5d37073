"""Errors the user can act on: each problem names the file, line, field and fix.

Every layer reports bad input through these two types, so the CLI and the GUI show
problems the same way and nothing else (no traceback) ever reaches the user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

#: Characters that would break a message's one line or drive a terminal (C0, DEL, C1, line separators).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    r"""Escape control characters (``\n``, ``\x1b``) so a message stays on one line and inert."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class Severity(StrEnum):
    """An error refuses the file; a warning is reported by ``check`` only."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located as precisely as the file allows."""

    file: Path | None
    line: int | None  # 1-based
    column: int | None  # 1-based
    field: str  # dotted path such as ``body.en`` or ``footnotes.pg``; "" for the whole file
    message: str
    hint: str = ""
    severity: Severity = Severity.ERROR

    def format(self) -> str:
        """Render as ``FILE:LINE: field.path: message (hint)`` — the CLI's one-line form."""
        where = str(self.file) if self.file is not None else "<input>"
        if self.line is not None:
            where += f":{self.line}"
        parts = [where]
        if self.field:
            parts.append(self.field)
        text = self.message
        if self.hint:
            text += f" ({self.hint})"
        if self.severity != Severity.ERROR:
            text = f"{self.severity}: {text}"
        parts.append(text)
        return printable(": ".join(parts))


class ThadinError(Exception):
    """Base class of every error the user is meant to see instead of a traceback."""


class ReleaseError(ThadinError):
    """A release or letterhead file breaks the contract; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(p.format() for p in self.problems))


class ExportError(ThadinError):
    """An export could not be written (missing folder, no permission, disk full)."""
