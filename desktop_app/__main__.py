"""``python -m desktop_app`` — the same as the ``thadin`` command."""

from .cli import run

if __name__ == "__main__":
    run()
