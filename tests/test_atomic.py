"""Writes are atomic: a failed write leaves the old file, never a torn one or a stray temp file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app import atomicio
from desktop_app.atomicio import write_bytes_atomic
from desktop_app.errors import ExportError


def test_replaces_the_file(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_failure_keeps_the_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomicio.os, "replace", failing_replace)
    with pytest.raises(ExportError, match="the disk is full"):
        write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_a_folder_that_takes_no_files_is_not_called_missing():
    with pytest.raises(ExportError, match=r"/proc/out\.pdf: cannot write the file: this folder does not accept"):
        write_bytes_atomic(Path("/proc/out.pdf"), b"x")


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(ExportError, match=r"nope/out\.pdf: cannot write the file: the folder does not exist"):
        write_bytes_atomic(tmp_path / "nope" / "out.pdf", b"x")


def test_names_up_to_the_file_system_limit_can_be_written(tmp_path):
    """The temporary name is cut short, so a 255-byte target name (Burmese too) still works."""
    for name in ("a" * 251 + ".pdf", "က" * 83 + "x.pdf"):  # 255 and 254 bytes in UTF-8
        target = tmp_path / name
        write_bytes_atomic(target, b"new")
        write_bytes_atomic(target, b"newer")
        assert target.read_bytes() == b"newer"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(("a" * 251 + ".pdf", "က" * 83 + "x.pdf"))


def test_a_failed_rename_puts_back_the_files_already_replaced(tmp_path, monkeypatch):
    """All or none: the PDF renamed, then the DOCX rename fails, and the old PDF comes back."""
    pdf, docx, new = tmp_path / "a.pdf", tmp_path / "a.docx", tmp_path / "new.docx"
    pdf.write_bytes(b"old pdf")
    docx.write_bytes(b"old docx")
    real_replace = atomicio.os.replace
    calls = []

    def replace(src, dst):
        calls.append(Path(dst).name)
        if Path(dst) in (docx, new):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(atomicio.os, "replace", replace)
    with pytest.raises(ExportError, match=r"a\.docx: cannot write the file: the disk is full$"):
        atomicio.write_files_atomic([(pdf, b"new pdf"), (docx, b"new docx")])
    assert (pdf.read_bytes(), docx.read_bytes()) == (b"old pdf", b"old docx")
    assert calls[:2] == ["a.pdf", "a.docx"] and "a.pdf" in calls[2:]  # the backup renamed back
    # A target that did not exist before is removed again.
    with pytest.raises(ExportError):
        atomicio.write_files_atomic([(tmp_path / "b.pdf", b"new pdf"), (new, b"new docx")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx", "a.pdf"]


def test_a_rename_that_cannot_be_undone_says_what_changed(tmp_path, monkeypatch):
    pdf, docx = tmp_path / "a.pdf", tmp_path / "a.docx"
    pdf.write_bytes(b"old pdf")
    monkeypatch.setattr(atomicio.os, "link", lambda *a: (_ for _ in ()).throw(OSError(1, "no links here")))
    real_replace = atomicio.os.replace

    def replace(src, dst):
        if Path(dst) == docx:
            raise OSError(13, "Permission denied")
        return real_replace(src, dst)

    monkeypatch.setattr(atomicio.os, "replace", replace)
    with pytest.raises(atomicio.PartialWriteError) as caught:
        atomicio.write_files_atomic([(pdf, b"new pdf"), (docx, b"new docx")])
    assert str(caught.value) == (f"{docx}: cannot write the file: permission denied (the folder or file is "
                                 f"read-only); only {pdf} was replaced and could not be restored")
    assert pdf.read_bytes() == b"new pdf" and not docx.exists()


@pytest.mark.parametrize("kind", ["fifo", "read-only", "folder"])
def test_only_writable_regular_files_are_replaced(tmp_path, kind):
    target = tmp_path / "out.pdf"
    if kind == "fifo":
        os.mkfifo(target)
        message = "this is not a regular file (a device, pipe or socket); choose a file name for the output"
    elif kind == "read-only":
        target.write_bytes(b"old")
        target.chmod(0o444)
        message = "the file is read-only; make it writable or choose another name"
    else:
        target.mkdir()
        message = "a folder has that name; give a file name"
    with pytest.raises(ExportError) as caught:
        write_bytes_atomic(target, b"new")
    assert str(caught.value) == f"{target}: {message}"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
    if kind == "read-only":
        assert target.read_bytes() == b"old"


def test_a_device_is_never_replaced():
    """``/dev/null`` as an output is refused before anything is written (checked, not tried)."""
    with pytest.raises(ExportError, match="this is not a regular file"):
        atomicio.check_target(Path(os.devnull))
