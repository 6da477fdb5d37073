"""Typed field readers over a located YAML document that collect, never stop at, problems.

Each reader returns a value (or None) and records a :class:`Problem` naming the file, the
line, the field path and the fix, so one pass over a file reports everything wrong with it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..errors import Problem, Severity
from ..model import Text
from .yamlsource import PathKey, YamlDocument, dotted

#: BCP 47 language tag syntax (language, optional script/region/variants) — enough to
#: tell a language code from a misspelt field name. Used with fullmatch: "en\n" is no code.
_BCP47_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-[A-Za-z0-9]{5,8})*")
_ALLOWED_CONTROLS = {"\n", "\t"}
#: Combining marks one letter may carry: a Burmese syllable has up to about seven
#: (medials, vowel signs, tone marks); more is "Zalgo" text that draws over the page.
MAX_STACKED_MARKS = 16
#: The characters of Unicode categories Cc (C0 and C1 controls: fixed by Unicode's stability
#: policy) and Cs (surrogates) but the allowed ones: one regex scan per value, not a Python
#: call per character (issue 17; tests/fileformat/test_fast_scans.py checks it against unicodedata).
_FORBIDDEN_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
#: No mark (category M) is below U+0300, so too many stacked marks can only be inside a run
#: of more than MAX_STACKED_MARKS characters from U+0300 up: only those runs are read
#: character by character (none in English text).
_MARK_CANDIDATES_RE = re.compile(f"[^\x00-\u02ff]{{{MAX_STACKED_MARKS + 1},}}")


def is_language_code(code: str) -> bool:
    """Return True for a BCP 47-shaped tag such as ``my``, ``en``, ``en-GB`` or ``shn``."""
    return bool(_BCP47_RE.fullmatch(code))


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return a hint naming the closest valid choice, or listing them when none is close."""
    choices = sorted(choices)
    if not choices:
        return ""
    import difflib  # only for a misspelt name: not on every load

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return "expected one of: " + ", ".join(choices)


#: Language names people write where a code belongs, and the code they mean.
_LANGUAGE_NAMES = {
    "english": "en", "eng": "en", "burmese": "my", "myanmar": "my", "bamar": "my", "mya": "my", "bur": "my",
    "shan": "shn", "mon": "mnw", "kachin": "kac", "jingpho": "kac", "rakhine": "rki", "arakanese": "rki",
    "french": "fr", "thai": "th", "chinese": "zh",
}


def suggest_language(code: str, known: Iterable[str] = ()) -> str | None:
    """Return the language code *code* was probably meant to be (``English`` → ``en``), or None."""
    lowered = code.strip().lower().replace("_", "-")
    if lowered in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[lowered]
    if lowered != code and is_language_code(lowered):
        return lowered
    import difflib  # only for a misspelt language

    close = difflib.get_close_matches(lowered, sorted(set(known) | {"my", "en"}), n=1, cutoff=0.6)
    return close[0] if close else None


class FieldReader:
    """Reads fields of one YAML document and accumulates problems about them."""

    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    # -- reporting ---------------------------------------------------------------------
    def problem(self, path: PathKey, message: str, hint: str = "", *, line: int | None = None,
                key: bool = False, severity: Severity = Severity.ERROR) -> None:
        """Record a problem at *path* (its key's position when *key*, else its value's)."""
        loc = self.doc.keys.get(tuple(path)) if key else None
        loc = loc or self.doc.where(path)
        if line is None and loc is not None:
            line = loc.line
        column = loc.column if loc is not None and line == loc.line else None
        self.problems.append(Problem(self.doc.path, line, column, dotted(path), message, hint, severity))

    # -- structure ---------------------------------------------------------------------
    def mapping(self, path: PathKey, value: Any, known: Iterable[str], required: Iterable[str] = (),
                *, extra_ok: Any = None, languages: bool = False) -> dict[str, Any] | None:
        """Check *value* is a mapping with only *known* keys (plus keys *extra_ok* accepts).

        With *languages*, language codes are accepted too, and a key that is neither is
        answered with the code it probably meant (``english`` → ``en``).
        """
        if not isinstance(value, dict):
            self.problem(path, f"expected a mapping of fields, found {_kind(value)}",
                         "write one 'name: value' per line, indented under this field")
            return None
        known = list(known)
        for key in value:
            if key in known or (extra_ok and extra_ok(key)) or (languages and is_language_code(key)):
                continue
            if languages and not known:
                self.language(path + (key,), key, key=True)
                continue
            hint = did_you_mean(key, known)
            if languages:
                suggestion = suggest_language(key)
                if suggestion and not hint.startswith("did you mean"):
                    hint = f"did you mean '{suggestion}'?"
                elif not suggestion and not hint.startswith("did you mean"):
                    hint += ", or a language code such as my or en"
            self.problem(path + (key,), f"unknown field '{key}'", hint, key=True)
        for key in required:
            if key not in value or value[key] is None:
                self.problem(path + (key,), f"the field '{key}' is required", f"add '{key}:' here")
        return value

    def string(self, path: PathKey, value: Any, *, allow_empty: bool = False) -> str | None:
        """Read a text scalar; numbers and dates are refused rather than guessed at."""
        if value is None and not allow_empty:
            self.problem(path, "this field is empty", "give it a value or remove the line")
            return None
        if isinstance(value, bool) or not isinstance(value, (str, type(None))):
            self.problem(path, f"expected text, found {_kind(value)}", "put the value in quotes")
            return None
        value = value or ""
        self._check_characters(path, value)
        if not allow_empty and not value.strip():
            self.problem(path, "this field is empty", "give it a value or remove the line")
            return None
        return value

    def text(self, path: PathKey, value: Any, *, languages_known: Iterable[str] = ()) -> Text | None:
        """Read a text field: a plain string (English) or a mapping by language code."""
        if isinstance(value, str) or value is None:
            s = self.string(path, value)
            return Text({"en": s}) if s is not None else None
        if not isinstance(value, dict):
            self.problem(path, f"expected text or a mapping by language, found {_kind(value)}",
                         "write 'en: …' and 'my: …' under this field")
            return None
        values: dict[str, str] = {}
        for lang, item in value.items():
            if not self.language(path + (lang,), lang, languages_known, key=True):
                continue
            s = self.string(path + (lang,), item)
            if s is not None:
                values[lang] = s
        if not values and value:
            return None
        if not value:
            self.problem(path, "this field has no text", "add 'en: …' or 'my: …'")
            return None
        return Text(values)

    def language(self, path: PathKey, code: Any, known: Iterable[str] = (), *, key: bool = False) -> bool:
        """Check a language code is BCP 47 shaped; suggest a known one when it is not."""
        if isinstance(code, str) and is_language_code(code):
            return True
        suggestion = suggest_language(str(code), known)
        hint = f"did you mean '{suggestion}'?" if suggestion else "use a BCP 47 code such as my or en"
        self.problem(path, f"'{code}' is not a language code", hint, key=key)
        return False

    def date(self, path: PathKey, value: Any) -> dt.date | None:
        """Read an ISO 8601 date (YAML turns 2024-03-31 into a date for us)."""
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        self.problem(path, f"expected a date, found {_kind(value)} {value!r}",
                     "write dates as YYYY-MM-DD, e.g. 2024-03-31")
        return None

    def number(self, path: PathKey, value: Any, low: float, high: float) -> float | None:
        """Read a number within [low, high]."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.problem(path, f"expected a number, found {_kind(value)}", f"write a number from {low} to {high}")
            return None
        if not low <= value <= high:
            self.problem(path, f"{value} is out of range", f"use a number from {low} to {high}")
            return None
        return float(value)

    def version(self, path: PathKey, value: Any, supported: int) -> None:
        """Check the format version; newer files are refused with a clear reason."""
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(path, f"the format version must be a whole number, found {_kind(value)}",
                         f"write {path[-1]}: {supported}")
        elif value > supported:
            self.problem(path, f"this file was written by a newer Thadin (format {value})",
                         f"this version reads format {supported} and older; update Thadin")
        elif value < 1:
            self.problem(path, f"unknown format version {value}", f"write {path[-1]}: {supported}")

    def text_line(self, path: PathKey, index: int) -> int | None:
        """File line of line *index* of a text value (exact for ``|`` block scalars)."""
        loc = self.doc.values.get(tuple(path))
        if loc is None:
            return None
        if loc.style == "|":
            return loc.line + 1 + index
        return loc.line

    def _check_characters(self, path: PathKey, value: str) -> None:
        control = _FORBIDDEN_RE.search(value)
        limit = control.start() if control is not None else len(value)  # the first problem is reported
        stacked = _stacked_marks(value, limit)
        if stacked is not None:
            at, count = stacked
            self.problem(path, f"a letter carries {count:,} stacked accents or marks; "
                         "they would be drawn over the lines around it",
                         "delete the extra marks; they are usually pasted in by accident",
                         line=self.text_line(path, value.count("\n", 0, at)))
            return
        if control is not None:
            self.problem(path, f"contains the control character U+{ord(control.group()):04X}",
                         "delete it; it is usually pasted in by accident",
                         line=self.text_line(path, value[:limit].count("\n")))


def _stacked_marks(value: str, limit: int) -> tuple[int, int] | None:
    """Where in ``value[:limit]`` a letter first carries too many marks, and how many; None when none does.

    A line break is no mark, so a stack never spans lines: each line is read on its own
    and remembered (a long Burmese body is all candidates, and only the edited line is new).
    """
    if _MARK_CANDIDATES_RE.search(value, 0, limit) is None:
        return None
    offset = 0
    for line in value[:limit].split("\n"):
        found = _stacked_in_line(line) if len(line) <= _REMEMBERED_LINE else _stacked_in_line.__wrapped__(line)
        if found is not None:
            return offset + found[0], found[1]
        offset += len(line) + 1
    return None


#: Lines up to this long are remembered (at most 4,096 of them: a few megabytes at worst).
_REMEMBERED_LINE = 2000


@lru_cache(maxsize=4096)
def _stacked_in_line(line: str) -> tuple[int, int] | None:
    for run in _MARK_CANDIDATES_RE.finditer(line):
        marks = 0
        for i in range(run.start(), run.end()):
            marks = marks + 1 if unicodedata.category(line[i])[0] == "M" else 0
            if marks > MAX_STACKED_MARKS:
                end = i
                while end < len(line) and unicodedata.category(line[end])[0] == "M":
                    end += 1
                return i, end - i + marks - 1
    return None


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (dt.date, dt.datetime)):
        return "a date"
    if isinstance(value, bytes):
        return "binary data"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "text"
