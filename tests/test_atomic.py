"""Writes are atomic: a failed write leaves the old file, never a torn one or a stray temp file."""

from __future__ import annotations

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


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(ExportError, match=r"nope/out\.pdf: cannot write the file: the folder does not exist"):
        write_bytes_atomic(tmp_path / "nope" / "out.pdf", b"x")
