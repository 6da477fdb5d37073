"""The command line: ``thadin export|check|fix|sample`` — thin faces over the pipeline.

``thadin`` alone, or ``thadin open FILE``, starts the desktop app instead.

Exit codes: 0 success; 1 ``check`` found problems; 2 the file is invalid or an output
could not be written; 3 an internal error (a bug: please report it); 130 and 143 when
stopped by SIGINT (Ctrl-C) or SIGTERM. Nothing here imports Qt, and writers are imported
only when exporting.

Output never fails the command: a stdout that cannot encode Burmese (a Windows code page
when piped) is switched to UTF-8, a reader that went away (``thadin check … | head -1``)
silences the rest, and every message about files says truthfully which were written.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__, atomicio, codecache
from .errors import Problem, ReleaseError, ThadinError, printable
from .model import FontMode
from .myanmar.zawgyi import ZawgyiConversionError
from .progname import program_name

EXIT_OK, EXIT_PROBLEMS, EXIT_INVALID, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
#: At most this many problems are printed; the rest are counted (a file can hold 100,000).
MAX_SHOWN_PROBLEMS = 100
_SAMPLE_BURMESE = "\u1019\u103c\u1014\u103a\u1019\u102c"


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like Ctrl-C so temporary files are removed on the way out."""


class _Console:
    """stdout and stderr that cannot fail the command: encodings fixed up, closed pipes ignored."""

    def __init__(self) -> None:
        self.closed: set[int] = set()
        for stream in (sys.stdout, sys.stderr):
            _can_print_burmese(stream)

    def say(self, text: str, *, err: bool = False) -> None:
        text = printable(text)
        stream = sys.stderr if err else sys.stdout
        if stream is None or id(stream) in self.closed:
            return
        try:
            print(text, file=stream)
        except BrokenPipeError:
            self._gone(stream)
        except UnicodeEncodeError:  # a stream we could not switch to UTF-8
            with contextlib.suppress(BrokenPipeError):
                print(text.encode("ascii", "backslashreplace").decode("ascii"), file=stream)

    def flush(self) -> None:
        for stream in (sys.stdout, sys.stderr):
            if stream is None or id(stream) in self.closed:
                continue
            try:
                stream.flush()
            except BrokenPipeError:
                self._gone(stream)
            except (OSError, ValueError):
                pass

    def _gone(self, stream: TextIO) -> None:
        """Send the rest (and the flush at exit) to the null device: the reader went away."""
        self.closed.add(id(stream))
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, stream.fileno())
            os.close(null)
        except (OSError, ValueError, AttributeError):
            pass


def _can_print_burmese(stream: Any) -> None:
    """Switch a stream whose encoding lacks Burmese (cp1252, ascii) to UTF-8."""
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return
    try:
        _SAMPLE_BURMESE.encode(encoding)
        return
    except (LookupError, UnicodeEncodeError):
        pass
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return
    try:
        reconfigure(encoding="utf-8", errors="backslashreplace")
    except (ValueError, OSError):
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="backslashreplace")


_console: _Console | None = None


def _say(text: str, *, err: bool = False) -> None:
    if _console is None:
        print(text, file=sys.stderr if err else sys.stdout)
    else:
        _console.say(text, err=err)


@contextlib.contextmanager
def _sigterm_unwinds() -> Iterator[None]:
    """Turn SIGTERM into :class:`Terminated` while a command runs (only where nobody else handles it)."""
    number = getattr(signal, "SIGTERM", None)
    if number is None or threading.current_thread() is not threading.main_thread() \
            or signal.getsignal(number) is not signal.SIG_DFL:
        yield
        return

    def stop(_signum: int, _frame: object) -> None:
        raise Terminated

    signal.signal(number, stop)
    try:
        yield
    finally:
        signal.signal(number, signal.SIG_DFL)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=program_name(),
        description="Compose bilingual Burmese/English press releases and export them as PDF and DOCX.",
        epilog=f"Run '{program_name()} COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"Thadin {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    export = commands.add_parser(
        "export", help="write the release as PDF and DOCX",
        description="Validate RELEASE.yaml and write NAME.pdf and NAME.docx beside it (or into --out DIR). "
                    "--pdf or --docx chooses one (optionally with its own path). Nothing is written "
                    "when the file is invalid; every file is written atomically.")
    export.add_argument("release", type=Path, metavar="RELEASE.yaml")
    export.add_argument("--out", type=Path, metavar="DIR",
                        help="folder for the outputs, created if missing (default: the release's)")
    export.add_argument("--pdf", nargs="?", const="", metavar="PATH", help="write the PDF (to PATH if given)")
    export.add_argument("--docx", nargs="?", const="", metavar="PATH", help="write the DOCX (to PATH if given)")
    export.add_argument("--docx-fonts", type=FontMode, choices=list(FontMode), default=FontMode.EDITABLE,
                        help="fonts embedded in the DOCX: editable (default: whole Burmese fonts, so partners "
                             "can edit), final (only the letters used: smallest, for viewing), none")

    fix = commands.add_parser(
        "fix", help="convert Zawgyi to Unicode and repair Burmese typing slips, in place",
        description="Convert Zawgyi-encoded Burmese to Unicode and repair the safe storage-order slips "
                    "(ေ typed first, doubled marks, stray zero-width spaces, ၀ for ဝ) in RELEASE.yaml. "
                    "The file is rewritten atomically; the original is kept as RELEASE.yaml.orig. "
                    "Prints one line per changed line.")
    fix.add_argument("release", type=Path, metavar="RELEASE.yaml")

    check = commands.add_parser(
        "check", help="report problems without writing anything",
        description="Print one line per problem, FILE:LINE: field.path: message. "
                    "Exit 0 when clean, 1 when problems were found, 2 when the file is invalid.")
    check.add_argument("release", type=Path, metavar="RELEASE.yaml")

    open_cmd = commands.add_parser(
        "open", help="open a release in the app",
        description="Open RELEASE.yaml in the Thadin window. 'thadin' alone opens the last file, else the sample.")
    open_cmd.add_argument("release", type=Path, metavar="RELEASE.yaml")

    sample = commands.add_parser(
        "sample", help="export the shipped sample release",
        description="Export the reference press release that ships with Thadin into DIR.")
    sample.add_argument("--out", type=Path, metavar="DIR", default=Path("thadin-sample"),
                        help="folder to write into, created if missing (default: ./thadin-sample)")
    return parser


def _print_problems(problems: list[Problem], *, err: bool = True) -> None:
    for problem in problems[:MAX_SHOWN_PROBLEMS]:
        _say(problem.format(), err=err)
    if len(problems) > MAX_SHOWN_PROBLEMS:
        _say(f"{program_name()}: {len(problems) - MAX_SHOWN_PROBLEMS:,} more problems not shown "
             "(fix the ones above and run again)", err=err)


def _cmd_export(args: argparse.Namespace) -> int:
    from . import service
    from .export import DOCX, FORMATS, PDF, ExportOptions

    chosen = {fmt: value for fmt, value in ((PDF, args.pdf), (DOCX, args.docx)) if value is not None}
    formats = tuple(chosen) or FORMATS
    paths: dict[str, Path | None] = {fmt: Path(value) for fmt, value in chosen.items() if value}
    loaded = service.load_file(args.release)
    try:
        outputs = service.plan(loaded, args.out, paths, formats)
    except service.ZawgyiRefusedError as exc:
        _print_problems(exc.problems)
        _say(f"{program_name()}: {args.release} has Burmese in Zawgyi; nothing was written. "
             f"Convert it first: {program_name()} fix {args.release}", err=True)
        return EXIT_PROBLEMS
    for output in service.export(loaded, outputs, ExportOptions(docx_fonts=args.docx_fonts)):
        _say(f"wrote {output.path}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from . import service

    problems = service.preflight(service.load_file(args.release))
    _print_problems(problems, err=False)
    return EXIT_PROBLEMS if problems else EXIT_OK


def _cmd_fix(args: argparse.Namespace) -> int:
    from .textcheck import fix_file

    result = fix_file(args.release)
    changes = result.changes
    for change in changes[:MAX_SHOWN_PROBLEMS]:
        _say(f"{args.release}:{change.line}: {change.field}: {'; '.join(change.reasons)}")
    if len(changes) > MAX_SHOWN_PROBLEMS:
        _say(f"… and {len(changes) - MAX_SHOWN_PROBLEMS:,} more changed lines")
    if changes:
        _say(f"fixed {len(changes)} line(s); the original is kept as {result.original}")
    else:
        _say(f"{args.release}: nothing to fix")
    return EXIT_OK


def _cmd_sample(args: argparse.Namespace) -> int:
    from .export import export, plan_outputs
    from .fileformat import load_release
    from .resources import sample_release

    release = load_release(sample_release())  # the export creates a missing --out folder
    for output in export(release, plan_outputs(release, args.out)):
        _say(f"wrote {output.path.resolve()}")
    return EXIT_OK


COMMANDS = {"export": _cmd_export, "check": _cmd_check, "fix": _cmd_fix, "sample": _cmd_sample}


def _what_was_written(since: int) -> str:
    """Say truthfully which files were replaced: nothing, or exactly which."""
    written = atomicio.committed[since:]
    if not written:
        return "nothing was written"
    return "already written: " + ", ".join(str(path) for path in written)


def run() -> None:
    """Run the ``thadin`` command and end the process with main()'s exit code.

    A command has written, committed and flushed everything by the time main() returns,
    so the process ends at once instead of tearing the interpreter down object by object
    (a tenth of a cold ``thadin export``, issue 17). Not after the desktop app: Qt and
    QSettings finish their work in destructors, so that exit stays the normal one.
    """
    code = main()
    codecache.save()
    if "PySide6" in sys.modules:
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: main() already said what it could
            stream.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code instead of raising."""
    global _console
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command in (None, "open"):
        from .ui import main as gui_main

        return gui_main(getattr(args, "release", None))
    _console = _Console()
    since = len(atomicio.committed)
    try:
        with _sigterm_unwinds():
            return _run(args, since)
    finally:
        _console.flush()
        _console = None


def _run(args: argparse.Namespace, since: int) -> int:
    try:
        return COMMANDS[args.command](args)
    except ReleaseError as exc:
        _print_problems(exc.problems)
        return EXIT_INVALID
    except (ThadinError, ZawgyiConversionError) as exc:
        _say(f"{program_name()}: {exc}", err=True)
        return EXIT_INVALID
    except KeyboardInterrupt:
        _say(f"{program_name()}: interrupted; {_what_was_written(since)}", err=True)
        return EXIT_INTERRUPTED
    except Terminated:
        _say(f"{program_name()}: stopped (SIGTERM); {_what_was_written(since)}", err=True)
        return EXIT_TERMINATED
    except Exception as exc:  # noqa: BLE001 - the last line of defence against a traceback
        if os.environ.get("THADIN_DEBUG"):
            traceback.print_exc()
        _say(f"{program_name()}: internal error ({exc.__class__.__name__}: {_shorten(str(exc))}); "
             f"{_what_was_written(since)}. Please report this with the release file "
             "(set THADIN_DEBUG=1 for details).", err=True)
        return EXIT_INTERNAL


def _shorten(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
