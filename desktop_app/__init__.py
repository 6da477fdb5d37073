"""Thadin (သတင်း, "news"): bilingual Burmese/English press releases, composed offline.

Importing the package imports nothing heavy: no Qt, no ReportLab, no python-docx. It
does make the methods of every dataclass made after it compile once per cache, not once
per process (``codecache``: an eighth of a cold ``thadin export``).
"""

from . import codecache as _codecache

_codecache.install()

__version__ = "0.1.0"
