"""The command line: ``thadin export|check|fix|sample`` — thin faces over the pipeline.

``thadin`` alone, or ``thadin open FILE``, starts the desktop app instead.

Exit codes: 0 success; 1 ``check`` found problems; 2 the file is invalid or an output
could not be written; 3 an internal error (a bug: please report it). Nothing here
imports Qt, and writers are imported only when exporting.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import ExportError, ReleaseError, ThadinError
from .myanmar.zawgyi import ZawgyiConversionError

EXIT_OK, EXIT_PROBLEMS, EXIT_INVALID, EXIT_INTERNAL = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thadin",
        description="Compose bilingual Burmese/English press releases and export them as PDF and DOCX.",
        epilog="Run 'thadin COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"Thadin {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    export = commands.add_parser(
        "export", help="write the release as PDF and DOCX",
        description="Validate RELEASE.yaml and write NAME.pdf and NAME.docx beside it (or into --out DIR). "
                    "--pdf or --docx chooses one (optionally with its own path). Nothing is written "
                    "when the file is invalid; every file is written atomically.")
    export.add_argument("release", type=Path, metavar="RELEASE.yaml")
    export.add_argument("--out", type=Path, metavar="DIR", help="folder for the outputs (default: the release's)")
    export.add_argument("--pdf", nargs="?", const="", metavar="PATH", help="write the PDF (to PATH if given)")
    export.add_argument("--docx", nargs="?", const="", metavar="PATH", help="write the DOCX (to PATH if given)")
    export.add_argument("--docx-fonts", choices=["editable", "final", "none"], default="editable",
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


def _print_problems(problems: list) -> None:
    for problem in problems:
        print(problem.format(), file=sys.stderr)


def _cmd_export(args: argparse.Namespace) -> int:
    from . import service
    from .export import DOCX, FORMATS, PDF, ExportOptions

    chosen = {fmt: value for fmt, value in ((PDF, args.pdf), (DOCX, args.docx)) if value is not None}
    formats = tuple(chosen) or FORMATS
    paths = {fmt: Path(value) for fmt, value in chosen.items() if value}
    loaded = service.load_file(args.release)
    try:
        outputs = service.plan(loaded, args.out, paths, formats)
    except service.ZawgyiRefusedError as exc:
        _print_problems(exc.problems)
        print(f"thadin: {args.release} has Burmese in Zawgyi; nothing was written. "
              f"Convert it first: thadin fix {args.release}", file=sys.stderr)
        return EXIT_PROBLEMS
    for output in service.export(loaded, outputs, ExportOptions(docx_fonts=args.docx_fonts)):
        print(f"wrote {output.path}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from . import service

    problems = service.preflight(service.load_file(args.release))
    for problem in problems:
        print(problem.format())
    return EXIT_PROBLEMS if problems else EXIT_OK


def _cmd_fix(args: argparse.Namespace) -> int:
    from .textcheck import ORIGINAL_SUFFIX, fix_file

    changes = fix_file(args.release)
    for change in changes:
        print(f"{args.release}:{change.line}: {change.field}: {'; '.join(change.reasons)}")
    if changes:
        print(f"fixed {len(changes)} line(s); the original is kept as {args.release}{ORIGINAL_SUFFIX}")
    else:
        print(f"{args.release}: nothing to fix")
    return EXIT_OK


def _cmd_sample(args: argparse.Namespace) -> int:
    from .export import export, plan_outputs
    from .fileformat import load_release
    from .resources import sample_release

    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{args.out}: cannot create the folder: {exc.strerror}") from None
    release = load_release(sample_release())
    for output in export(release, plan_outputs(release, args.out)):
        print(f"wrote {output.path.resolve()}")
    return EXIT_OK


COMMANDS = {"export": _cmd_export, "check": _cmd_check, "fix": _cmd_fix, "sample": _cmd_sample}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code instead of raising."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command in (None, "open"):
        from .ui import main as gui_main

        return gui_main(getattr(args, "release", None))
    try:
        return COMMANDS[args.command](args)
    except ReleaseError as exc:
        _print_problems(exc.problems)
        return EXIT_INVALID
    except ExportError as exc:
        print(f"thadin: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except ThadinError as exc:
        print(f"thadin: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except ZawgyiConversionError as exc:
        print(f"thadin: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        print("thadin: interrupted; nothing was written", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence against a traceback
        if os.environ.get("THADIN_DEBUG"):
            traceback.print_exc()
        print(f"thadin: internal error ({exc.__class__.__name__}: {exc}); nothing was written. "
              "Please report this with the release file (set THADIN_DEBUG=1 for details).", file=sys.stderr)
        return EXIT_INTERNAL
