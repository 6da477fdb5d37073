"""Thadin (သတင်း, "news"): bilingual Burmese/English press releases, composed offline.

Importing the package imports nothing heavy: no Qt, no ReportLab, no python-docx.
"""

__version__ = "0.1.0"
