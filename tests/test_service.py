"""The application service: the one parse → validate → Zawgyi gate → preflight → export sequence."""

from __future__ import annotations

import subprocess

import pytest

from desktop_app import service
from desktop_app.cli import main
from desktop_app.errors import ReleaseError
from tests.test_cli import ZAWGYI_LINES, zawgyi_release  # noqa: F401 - the fixture is used below


def test_preflight_is_what_thadin_check_prints(zawgyi_release, capsys):  # noqa: F811
    assert main(["check", str(zawgyi_release)]) == 1
    printed = capsys.readouterr().out.splitlines()
    assert [p.format() for p in service.preflight(service.load_file(zawgyi_release))] == printed


def test_the_zawgyi_gate_refuses_before_anything_is_planned(zawgyi_release, tmp_path):  # noqa: F811
    loaded = service.load_file(zawgyi_release)
    with pytest.raises(service.ZawgyiRefusedError) as refused:
        service.plan(loaded, tmp_path)
    assert {p.field for p in refused.value.problems} == {"headline.my", "body.my"}
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.docx"))


def test_preview_is_the_exported_pdf(sample_path, tmp_path):
    text = sample_path.read_text(encoding="utf-8")
    shown = service.preview(text, sample_path)
    loaded = service.load_file(sample_path)
    [pdf] = service.export(loaded, service.plan(loaded, tmp_path, formats=("pdf",)))
    assert shown.pdf == pdf.path.read_bytes()
    assert shown.note_numbers == {"pg": 1, "ffm": 2}
    text = subprocess.run(["pdftotext", str(pdf.path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Forum on Defection" in text  # poppler reads what the preview shows


def test_every_preview_of_an_unchanged_release_is_the_exported_pdf(sample_path, tmp_path):
    """A preview resumed from the last render's checkpoint once gave the page-2 heading its mark twice."""
    text = sample_path.read_text(encoding="utf-8")
    loaded = service.load_file(sample_path)
    [pdf] = service.export(loaded, service.plan(loaded, tmp_path, formats=("pdf",)))
    exported = pdf.path.read_bytes()
    assert [service.preview(text, sample_path).pdf == exported for _ in range(4)] == [True] * 4


def test_preview_of_an_invalid_draft_names_the_problems_and_never_raises(sample_path):
    shown = service.preview("thadin: 1\nbody: {en: 'x[^nope]'}\n", sample_path)
    assert shown.pdf is None
    assert any(p.field.startswith("body") for p in shown.problems)
    with pytest.raises(ReleaseError):
        service.load_text("thadin: 1\n", sample_path)


def test_a_blank_release_previews_as_its_letterhead_page(tmp_path):
    from desktop_app.draft import Draft
    from tests.conftest import pdftotext

    blank = Draft.new("defection-forum", date=__import__("datetime").date(2024, 3, 31))
    shown = service.preview(blank.to_yaml(), tmp_path / "untitled.release.yaml")
    assert shown.pdf is not None  # the letterhead at once, as it will print
    assert {p.field for p in shown.problems} == {"headline", "body"}  # still not exportable: it says why
    (tmp_path / "page.pdf").write_bytes(shown.pdf)
    text = pdftotext(tmp_path / "page.pdf")
    assert "2nd Forum on Defection and Defiance Movement" in text and "PRESS RELEASE" in text
    assert "31st March 2024" in text and "Page 1 of 1" in text
    blank.set(("headline", "en"), "Typed")
    assert service.preview(blank.to_yaml(), tmp_path / "untitled.release.yaml").pdf is None  # now the text speaks


def test_the_preview_refuses_zawgyi_as_export_does(zawgyi_release):  # noqa: F811
    shown = service.preview(zawgyi_release.read_text(encoding="utf-8"), zawgyi_release)
    assert shown.pdf is None
    assert [p.format() for p in shown.problems] == [
        p.format() for p in service.preflight(service.load_file(zawgyi_release))]
