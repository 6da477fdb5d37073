"""The Qt binding itself must survive a long editing session."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_thousands_of_qt_calls_do_not_crash_python():
    # PySide6 6.12.0 under Python 3.11 released a reference to None on each void Qt call
    # (setText, setVisible, setWindowTitle …); a few thousand edits later the app aborted
    # with "deallocating None". Each keystroke in the app makes dozens of such calls.
    script = textwrap.dedent("""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        before = sys.getrefcount(None)
        for _ in range(50_000):
            label.setText("သတင်း")
            label.setVisible(False)
        print(sys.getrefcount(None) - before)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert abs(int(done.stdout.strip())) < 100
