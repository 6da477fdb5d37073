"""The export pipeline every face drives: load → resolve once → render each output → write.

Outputs are rendered in memory first and only then written, each atomically, so an
invalid file or a failing writer never leaves a partial file behind.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .atomicio import (
    PartialWriteError,
    Staged,
    check_target,
    commit,
    describe_os_error,
    discard,
    make_folders,
    remove_folders,
    signals_held,
    stage_bytes,
)
from .errors import ExportError
from .images import ImageError
from .model import FontMode, Release
from .pagefit import PageOverflowError
from .resolve import Resolved, resolve
from .writers import paused_gc

PDF = "pdf"
DOCX = "docx"
FORMATS = (PDF, DOCX)


@dataclass(frozen=True)
class Output:
    """One file to write: its format and where."""

    format: str
    path: Path


@dataclass(frozen=True)
class ExportOptions:
    """Choices that change an output: how the DOCX embeds fonts (see writers.docx.FONT_MODES)."""

    docx_fonts: FontMode = FontMode.EDITABLE


@dataclass(frozen=True)
class Progress:
    """A step of an export, for a progress bar: ``done`` of ``total`` and what happens now."""

    done: int
    total: int
    message: str
    output: Output | None = None


def _renderer(fmt: str, options: ExportOptions) -> Callable[[Resolved], bytes]:
    """Import a writer only when its format is exported (keeps ``thadin check`` light)."""
    if fmt == PDF:
        from .writers.pdf import render_pdf

        return _banner_errors(render_pdf)
    if fmt == DOCX:
        from .writers.docx import render_docx

        return _banner_errors(lambda resolved: render_docx(resolved, options.docx_fonts))
    raise ValueError(f"unknown export format {fmt!r}")


def _banner_errors(render_one: Callable[[Resolved], bytes]) -> Callable[[Resolved], bytes]:
    """Report a banner image that vanished or changed since the letterhead was loaded."""

    def render_checked(resolved: Resolved) -> bytes:
        try:
            return render_one(resolved)
        except ImageError as exc:
            hint = f" ({exc.hint})" if exc.hint else ""
            raise ExportError(f"{resolved.banner_image}: {exc}{hint}") from None

    return render_checked


def plan_outputs(release: Release, out_dir: Path | None = None, paths: dict[str, Path | None] | None = None,
                 formats: tuple[str, ...] = FORMATS) -> list[Output]:
    """Decide the output files: explicit *paths* win, else ``NAME.<ext>`` in *out_dir*.

    *out_dir* defaults to the release's folder; missing folders are created when the
    files are written (and removed again if the write fails). Raises ExportError when a
    file stands where a folder must be or an output would overwrite the release itself.
    """
    paths = paths or {}
    folder = out_dir if out_dir is not None else (release.path.parent if release.path else Path.cwd())
    outputs = []
    for fmt in formats:
        path = paths.get(fmt) or folder / f"{release.name}.{fmt}"
        outputs.append(Output(fmt, Path(path)))
    seen: dict[Path, Output] = {}
    for output in outputs:
        try:
            _check_output(output, seen, release)
        except OSError as exc:  # a name the OS refuses outright (too long, invalid)
            raise ExportError(f"{output.path}: cannot write the file: {describe_os_error(exc)}") from None
    return outputs


def _inputs(release: Release) -> list[tuple[Path, str]]:
    """List the files an export of *release* reads, and what each is to the user."""
    files = [(release.path, "the release file itself")] if release.path is not None else []
    if release.letterhead.path is not None:
        files.append((release.letterhead.path, "the release's letterhead"))
    if release.letterhead.banner.image is not None:
        files.append((release.letterhead.banner.image, "the letterhead's banner image"))
    return files


def _same_file(a: Path, b: Path) -> bool:
    """Tell whether *a* and *b* name one file: the same path, a symlink to it, or a hard link."""
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _check_output(output: Output, seen: dict[Path, Output], release: Release) -> None:
    parent = output.path.parent if str(output.path.parent) else Path(".")
    if parent.exists() and not parent.is_dir():
        raise ExportError(f"{parent}: this is a file, not a folder (choose a folder for the outputs)")
    if not parent.is_dir():  # created by the write; a file on the way cannot be
        for ancestor in parent.parents:
            if ancestor.exists():
                if not ancestor.is_dir():
                    raise ExportError(f"{ancestor}: this is a file, not a folder (choose a folder for the outputs)")
                break
    same = seen.setdefault(output.path.resolve(), output)
    if same is not output:
        raise ExportError(f"{output.path}: the {same.format.upper()} and the {output.format.upper()} "
                          "would have the same name; give each its own")
    if output.path.is_dir():
        raise ExportError(f"{output.path}: a folder has that name; give a file name")
    for source, what in _inputs(release):
        if _same_file(output.path, source):
            if what == "the release file itself":
                raise ExportError(f"{output.path}: that is the release file itself; choose another output name")
            raise ExportError(f"{output.path}: that is {what}, which the export reads; choose another output name")
    check_target(output.path)


def iter_export(release: Release, outputs: list[Output], options: ExportOptions = ExportOptions()
                ) -> Iterator[Progress]:
    """Export *release* to *outputs*, yielding progress; the GUI and CLI both drive this."""
    total = len(outputs) + 2
    yield Progress(0, total, "Resolving footnotes, dates and fonts")
    with paused_gc(no_garbage=True):  # it makes tens of thousands of objects and no cycles: no pass to walk them
        resolved = resolve(release)
    rendered: list[tuple[Output, bytes]] = []
    for i, output in enumerate(outputs):
        yield Progress(1 + i, total, f"Rendering {output.format.upper()}", output)
        try:
            rendered.append((output, _renderer(output.format, options)(resolved)))
        except PageOverflowError as exc:
            raise exc.for_release(release) from None
    yield Progress(1 + len(outputs), total, "Writing " + ", ".join(output.path.name for output in outputs))
    _write(rendered)
    yield Progress(total, total, "Done")


def _write(rendered: list[tuple[Output, bytes]]) -> None:
    """Stage every output (written and flushed under a temporary name), then rename them all.

    A full disk, a failed rename or Ctrl-C changes none of them: SIGINT and SIGTERM are
    held until the files are all in place or all cleaned away.
    """
    staged: list[Staged] = []
    created: list[Path] = []
    with signals_held():
        try:
            created = make_folders(dict.fromkeys(output.path.parent for output, _ in rendered))
            for output, data in rendered:
                try:
                    staged.append(stage_bytes(output.path, data))
                except ExportError as exc:
                    raise ExportError(f"{exc}; nothing was written") from None
            try:
                commit(staged)
            except PartialWriteError:
                raise
            except ExportError as exc:
                raise ExportError(f"{exc}; nothing was written") from None
        except BaseException:
            discard(staged)
            remove_folders(created)
            raise
        finally:
            discard(staged)


def export(release: Release, outputs: list[Output], options: ExportOptions = ExportOptions()) -> list[Output]:
    """Export without progress reporting; return the outputs written."""
    for _ in iter_export(release, outputs, options):
        pass
    return outputs


def render(release: Release, fmt: str = PDF, options: ExportOptions = ExportOptions()) -> bytes:
    """Render one format in memory (the GUI preview uses the PDF bytes the export would write)."""
    try:
        return _renderer(fmt, options)(resolve(release))
    except PageOverflowError as exc:
        raise exc.for_release(release) from None
