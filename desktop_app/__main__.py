"""``python -m desktop_app`` — the same as the ``thadin`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
