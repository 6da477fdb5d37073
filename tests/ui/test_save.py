"""Save from the window keeps the user's file: no edit, no change; an edit, only that field."""

from __future__ import annotations

from desktop_app.resources import sample_release


def test_save_without_edits_leaves_the_file_byte_identical(window, tmp_path):
    path = tmp_path / "ours.release.yaml"
    sample = sample_release().read_bytes()
    raw = b"# kept by the office\n" + sample.replace(b"{en: PRESS RELEASE}", b"{en: 'PRESS RELEASE'}")
    path.write_bytes(raw)
    assert window.open_path(path)
    assert window.save()
    assert path.read_bytes() == raw


def test_saving_an_edit_rewrites_only_that_field(window, tmp_path):
    path = tmp_path / "ours.release.yaml"
    raw = b"# kept by the office\n" + sample_release().read_bytes()
    path.write_bytes(raw)
    assert window.open_path(path)
    field = window.editor.rows["headline"].fields["en"]
    field.selectAll()
    field.insertPlainText("A shorter headline")
    assert window.save()
    before, after = raw.decode().splitlines(), path.read_text(encoding="utf-8").splitlines()
    assert len(before) == len(after)
    assert [a for b, a in zip(before, after, strict=True) if a != b] == ['  en: "A shorter headline"']
