"""Entry script of the frozen app: both executables run the same ``thadin`` command line.

``Thadin`` (no console on Windows) starts the app; ``thadin-cli`` (a console program)
keeps ``thadin-cli export …`` working from a terminal. ``--smoke-test OUT.png`` opens the
window, waits for the preview of the sample and saves its first page (CI's start-up check;
desktop_app/ui/smoke.py).
"""

import sys
from pathlib import Path

from desktop_app.cli import main

if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--smoke-test":
        from desktop_app.ui.smoke import smoke_test

        sys.exit(smoke_test(Path(sys.argv[2])))
    sys.exit(main())
