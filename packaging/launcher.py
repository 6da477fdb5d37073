"""Entry script of the frozen app: both executables run the same ``thadin`` command line.

``Thadin`` (no console on Windows) starts the app; ``thadin-cli`` (a console program)
keeps ``thadin-cli export …`` working from a terminal.
"""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
