"""PySide6 6.12 on Python 3.11 spends a reference to None per void Qt call; the app keeps a reserve."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CALLS = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from desktop_app.ui.app import application
app = application()
from PySide6.QtWidgets import QLabel
label = QLabel()
for i in range(30000):   # an afternoon of typing does far more
    label.setText(str(i))
print("alive")
"""


def test_thirty_thousand_qt_calls_do_not_abort_the_app():
    result = subprocess.run([sys.executable, "-c", CALLS], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"
