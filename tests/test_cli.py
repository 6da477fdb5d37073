"""The command line as a user meets it: outputs, exit codes, messages, and nothing half-written."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m desktop_app`` in a fresh interpreter, as the installed command would."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True,
                          cwd=cwd, env=env)


def test_export_writes_pdf_and_docx_beside_the_release(write_release, minimal_text, capsys):
    path = write_release(minimal_text)
    assert main(["export", str(path)]) == 0
    pdf, docx = path.parent / "test.pdf", path.parent / "test.docx"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert docx.read_bytes().startswith(b"PK")
    assert capsys.readouterr().out == f"wrote {pdf}\nwrote {docx}\n"


def test_pdf_or_docx_flag_chooses_one(write_release, minimal_text, tmp_path):
    path = write_release(minimal_text)
    assert main(["export", str(path), "--docx"]) == 0
    assert (path.parent / "test.docx").is_file() and not (path.parent / "test.pdf").exists()
    assert main(["export", str(path), "--pdf", str(tmp_path / "x.pdf")]) == 0
    assert (tmp_path / "x.pdf").is_file() and not (tmp_path / "x.docx").exists()


def test_export_to_out_dir_and_explicit_pdf_path(write_release, minimal_text, tmp_path):
    path = write_release(minimal_text)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", str(path), "--out", str(out)]) == 0
    assert (out / "test.pdf").is_file() and (out / "test.docx").is_file()
    assert main(["export", str(path), "--pdf", str(out / "named.pdf")]) == 0
    assert (out / "named.pdf").is_file()


def test_invalid_file_exits_2_and_writes_nothing(write_release, minimal_text, capsys):
    path = write_release(minimal_text + "colour: red\n")
    before = path.read_bytes()
    assert main(["export", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == f"{path}:8: colour: unknown field 'colour' (expected one of: body, contact, date, footnotes, " \
                  "headline, label, layout, letterhead, signatories, thadin)\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["forum-banner.png", "test.release.yaml"]
    assert path.read_bytes() == before


def test_missing_output_folder_is_created_like_sample_does(write_release, minimal_text, tmp_path):
    path = write_release(minimal_text)
    out = tmp_path / "new" / "folder"
    assert main(["export", str(path), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["test.docx", "test.pdf"]
    assert not (path.parent / "test.pdf").exists()


def test_an_invalid_release_creates_no_output_folder(write_release, minimal_text, tmp_path):
    path = write_release(minimal_text + "colour: red\n")
    assert main(["export", str(path), "--out", str(tmp_path / "nope")]) == 2
    assert not (tmp_path / "nope").exists()


def test_a_failed_write_removes_the_folders_it_created(write_release, minimal_text, tmp_path, monkeypatch, capsys):
    from desktop_app import atomicio

    def full_disk(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomicio.tempfile, "mkstemp", full_disk)
    path = write_release(minimal_text)
    assert main(["export", str(path), "--out", str(tmp_path / "a" / "b")]) == 2
    assert "the disk is full; nothing was written" in capsys.readouterr().err
    assert not (tmp_path / "a").exists()


def test_a_file_in_the_output_path_is_named(write_release, minimal_text, tmp_path, capsys):
    path = write_release(minimal_text)
    (tmp_path / "plain").write_text("x")
    assert main(["export", str(path), "--out", str(tmp_path / "plain" / "sub")]) == 2
    assert f"{tmp_path / 'plain'}: this is a file, not a folder" in capsys.readouterr().err


def test_read_only_folder_exits_2_and_leaves_no_temp_file(write_release, minimal_text, tmp_path, capsys):
    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions")
    path = write_release(minimal_text)
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o500)
    try:
        assert main(["export", str(path), "--out", str(out)]) == 2
        assert "permission denied" in capsys.readouterr().err
        assert list(out.iterdir()) == []
    finally:
        out.chmod(0o700)


def test_check_clean_sample_exits_0_silently(sample_path, capsys):
    assert main(["check", str(sample_path)]) == 0
    assert capsys.readouterr() == ("", "")


def test_check_reports_problems_and_exits_1(write_release, minimal_text, capsys):
    path = write_release(minimal_text.replace("{en: A headline}", "{my: ခေါင်းစဉ်, en: A headline}")
                         .replace("    A paragraph.\n", "    A paragraph.\n  my: |\n    စာပိုဒ်\n")
                         .replace("headline: {my: ခေါင်းစဉ်, en: A headline}", "headline: {en: A headline}"))
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{path}:4: headline.my: warning: no Burmese text while the release is bilingual")


def test_check_invalid_file_exits_2(write_release, minimal_text):
    path = write_release(minimal_text.replace("2024-03-31", "tomorrow"))
    assert main(["check", str(path)]) == 2


def test_no_traceback_for_a_missing_file():
    result = run("export", "/nonexistent/x.release.yaml")
    assert result.returncode == 2
    assert result.stderr == "/nonexistent/x.release.yaml: file not found\n"
    assert "Traceback" not in result.stderr


def test_python_m_desktop_app_exports_the_sample(tmp_path):
    result = run("sample", "--out", str(tmp_path / "s"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"wrote {tmp_path / 's' / 'defection-forum-2024.pdf'}",
                                          f"wrote {tmp_path / 's' / 'defection-forum-2024.docx'}"]


def test_sample_into_a_file_says_so_and_writes_nothing(tmp_path, capsys):
    (tmp_path / "plain").write_text("x")
    assert main(["sample", "--out", str(tmp_path / "plain" / "sub")]) == 2
    assert f"{tmp_path / 'plain'}: this is a file, not a folder" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain"]


def test_check_does_not_load_qt_or_writers(sample_path):
    code = ("import sys; from desktop_app.cli import main; main(['check', sys.argv[1]]); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab', 'docx')))")
    result = subprocess.run([sys.executable, "-c", code, str(sample_path)], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.stdout.strip() == "[]", result.stderr


def test_export_does_not_load_qt(sample_path, tmp_path):
    code = ("import sys; from desktop_app.cli import main; main(['export', sys.argv[1], '--out', sys.argv[2]]); "
            "print([m for m in sys.modules if m.startswith('PySide6')])")
    result = subprocess.run([sys.executable, "-c", code, str(sample_path), str(tmp_path)], capture_output=True,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.stdout.strip().endswith("[]"), result.stderr


ZAWGYI_LINES = [line for line in (Path(__file__).parent / "data/corpus/zawgyi/mmgov_zawgyi.txt")
                .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


@pytest.fixture
def zawgyi_release(write_release, minimal_text):
    return write_release(minimal_text.replace("{en: A headline}", f'{{my: "{ZAWGYI_LINES[0]}", en: A headline}}')
                         .replace("    A paragraph.\n", f"    A paragraph.\n  my: |\n    {ZAWGYI_LINES[1]}\n"))


def test_check_reports_zawgyi_with_its_field(zawgyi_release, capsys):
    assert main(["check", str(zawgyi_release)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == [
        f"{zawgyi_release}:4: headline.my: Burmese typed in Zawgyi, not Unicode; it would print as garbage "
        f"(run: thadin fix {zawgyi_release})",
        f"{zawgyi_release}:9: body.my: Burmese typed in Zawgyi, not Unicode; it would print as garbage "
        f"(run: thadin fix {zawgyi_release})",
    ]


def test_export_refuses_zawgyi_and_writes_nothing(zawgyi_release, capsys):
    assert main(["export", str(zawgyi_release)]) == 1
    assert f"thadin fix {zawgyi_release}" in capsys.readouterr().err
    assert not list(zawgyi_release.parent.glob("test.pdf")) and not list(zawgyi_release.parent.glob("test.docx"))


def test_fix_converts_in_place_and_keeps_the_original(zawgyi_release, capsys):
    from tests.conftest import corpus_lines

    before = zawgyi_release.read_text(encoding="utf-8")
    assert main(["fix", str(zawgyi_release)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{zawgyi_release}:4: headline.my: converted from Zawgyi to Unicode",
                   f"{zawgyi_release}:9: body.my: converted from Zawgyi to Unicode",
                   f"fixed 2 line(s); the original is kept as {zawgyi_release}.orig"]
    assert zawgyi_release.with_name(zawgyi_release.name + ".orig").read_text(encoding="utf-8") == before
    fixed = zawgyi_release.read_text(encoding="utf-8")
    unicode = corpus_lines()
    assert unicode[0] in fixed and unicode[1] in fixed
    assert main(["check", str(zawgyi_release)]) == 0
    assert main(["fix", str(zawgyi_release)]) == 0
    assert capsys.readouterr().out.endswith("nothing to fix\n")


def test_fix_repairs_safe_typing_slips(write_release, minimal_text, capsys):
    path = write_release(minimal_text.replace("A paragraph.", "ေကျာင်း က\u200bိုကို့့"))
    assert main(["check", str(path)]) == 1
    assert main(["fix", str(path)]) == 0
    assert "ကျောင်း ကိုကို့" in path.read_text(encoding="utf-8")


def test_no_command_or_open_starts_the_app(monkeypatch, sample_path):
    import desktop_app.ui

    started = []
    monkeypatch.setattr(desktop_app.ui, "main", lambda path=None, **kw: started.append(path) or 0)
    assert main([]) == 0
    assert main(["open", str(sample_path)]) == 0
    assert started == [None, sample_path]


def test_a_closed_pipe_does_not_turn_a_written_export_into_an_error(write_release, minimal_text):
    """``thadin export … | head -0``: the reader is gone before the first line; the files are still written."""
    path = write_release(minimal_text)
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run([sys.executable, "-m", "desktop_app", "export", str(path)], stdout=write_end,
                                stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
                                timeout=120)
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (0, "")
    assert (path.parent / "test.pdf").is_file() and (path.parent / "test.docx").is_file()


def test_an_internal_error_after_writing_says_what_was_written(write_release, minimal_text, monkeypatch, capsys):
    """The last line of defence tells the truth: not "nothing was written" when files were."""
    from desktop_app import cli

    path = write_release(minimal_text)
    export = cli.COMMANDS["export"]

    def export_then_fail(args):
        export(args)
        raise RuntimeError("a bug after the export")

    monkeypatch.setitem(cli.COMMANDS, "export", export_then_fail)
    assert main(["export", str(path)]) == 3
    pdf, docx = path.parent / "test.pdf", path.parent / "test.docx"
    assert capsys.readouterr().err == (
        f"thadin: internal error (RuntimeError: a bug after the export); already written: {pdf}, {docx}. "
        "Please report this with the release file (set THADIN_DEBUG=1 for details).\n")


def test_fix_keeps_the_first_original_byte_for_byte_and_the_files_bom_and_crlf(zawgyi_release, capsys):
    """A Windows file (BOM, CRLF) fixed twice: both originals kept whole, the fixed file still BOM + CRLF."""
    original = b"\xef\xbb\xbf" + zawgyi_release.read_bytes().replace(b"\n", b"\r\n")
    zawgyi_release.write_bytes(original)
    first = zawgyi_release.with_name(zawgyi_release.name + ".orig")
    first.write_bytes(b"a .orig the user already had")
    assert main(["fix", str(zawgyi_release)]) == 0
    kept = zawgyi_release.with_name(zawgyi_release.name + ".2.orig")
    assert capsys.readouterr().out.endswith(f"fixed 2 line(s); the original is kept as {kept}\n")
    assert first.read_bytes() == b"a .orig the user already had"
    assert kept.read_bytes() == original
    fixed = zawgyi_release.read_bytes()
    assert fixed.startswith(b"\xef\xbb\xbf") and fixed.count(b"\r\n") == original.count(b"\r\n")
    assert b"\n" not in fixed.replace(b"\r\n", b"")
    assert main(["check", str(zawgyi_release)]) == 0


def test_fix_edits_a_symlinks_target(zawgyi_release, tmp_path, capsys):
    link = tmp_path / "link.release.yaml"
    link.symlink_to(zawgyi_release)
    assert main(["fix", str(link)]) == 0
    assert link.is_symlink() and link.resolve() == zawgyi_release
    assert main(["check", str(zawgyi_release)]) == 0
    assert link.with_name("link.release.yaml.orig").is_file()
