"""The rich-text body: markup ⇄ formatted document is lossless; paste keeps only what the markup can say."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextDocument

from desktop_app.fileformat.markup import parse_blocks
from desktop_app.markupwriter import write_blocks
from desktop_app.model import FootnoteRef, Heading, Link, Paragraph, Run
from desktop_app.ui.richtext import document_blocks, load_markup, pasted_blocks
from tests.test_markupwriter import blocks as generated_blocks
from tests.test_markupwriter import bodies_in_tests_data

OBJECT = "\ufffc"


def parse(markup: str):
    return parse_blocks(markup, lambda _i: None, bare_urls=True)[0]


def through_editor(markup: str) -> str:
    doc = QTextDocument()
    load_markup(doc, markup)
    return write_blocks(document_blocks(doc))


# U+FFFC is Qt's object replacement character: in the editor it only ever stands for a
# footnote chip, so a stray one in the text (an image placeholder in pasted HTML) is dropped,
# as the test below shows; every other character survives.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(generated_blocks.filter(lambda blocks: OBJECT not in write_blocks(blocks)))
def test_generated_bodies_survive_the_editor(qapp, generated):
    markup = write_blocks(generated)
    assert parse(through_editor(markup)) == parse(markup)


def kept_sources(markup: str) -> str:
    """The body as the editor writes it back when no paragraph was edited: each block's own markup."""
    sources = load_markup(QTextDocument(), markup)
    assert sources is not None
    return "\n\n".join(sources)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(generated_blocks.filter(lambda blocks: OBJECT not in write_blocks(blocks) and write_blocks(blocks)))
def test_generated_bodies_keep_each_paragraphs_own_markup(qapp, generated):
    markup = write_blocks(generated)
    assert parse(kept_sources(markup)) == parse(markup)


def test_a_stray_object_character_is_dropped_not_kept_as_a_chip(qapp):
    assert through_editor(f"a{OBJECT}b and **x{OBJECT}** y") == "ab and **x** y"


@pytest.mark.parametrize(("where", "markup"), bodies_in_tests_data(), ids=lambda v: v if ":" in v else "")
def test_every_body_in_tests_data_survives_the_editor(qapp, where, markup):
    blocks, problems = parse_blocks(markup, lambda _i: None, bare_urls=True)
    if problems:
        pytest.skip("the file is meant to be refused")
    assert parse(through_editor(markup)) == blocks, where
    if blocks:
        assert parse(kept_sources(markup)) == blocks, where


def test_the_editor_shows_formatting_not_markup(qapp):
    doc = QTextDocument()
    load_markup(doc, "## Arrival\n\nShe was **welcomed** at the *airport*[^pg], see\n[the programme](https://example.org).")
    assert doc.toPlainText() == "Arrival\nShe was welcomed at the airport\ufffc, see the programme."
    assert doc.begin().blockFormat().headingLevel() == 2
    [_heading, paragraph] = document_blocks(doc)
    assert paragraph.content == (Run("She was "), Run("welcomed", bold=True), Run(" at the "),
                                 Run("airport", italic=True), FootnoteRef("pg"), Run(", see "),
                                 Link("https://example.org", (Run("the programme"),)), Run("."))


WORD_HTML = """<html><head><style>p.MsoNormal{margin:0}</style></head><body>
<h2 style="color:red">Arrival</h2>
<p class=MsoNormal><span style='font-family:Calibri;font-size:14pt;color:#333'>The <b>State Counsellor</b>
visited <i>camps</i> in <a href="https://example.org/hpa-an">Hpa-an</a>.</span></p>
<table><tr><td>Second paragraph</td></tr></table>
<p><img src="x.png"><span style="background:yellow">Third</span></p></body></html>"""


def test_paste_from_word_keeps_bold_italic_links_and_paragraphs_only(qapp):
    mime = QMimeData()
    mime.setHtml(WORD_HTML)
    blocks = pasted_blocks(mime)
    assert isinstance(blocks[0], Heading) and blocks[0].content == (Run("Arrival"),)
    assert blocks[1] == Paragraph((Run("The "), Run("State Counsellor", bold=True), Run(" visited "),
                                   Run("camps", italic=True), Run(" in "),
                                   Link("https://example.org/hpa-an", (Run("Hpa-an"),)), Run(".")))
    assert [b.content for b in blocks[2:]] == [(Run("Second paragraph"),), (Run("Third"),)]
    assert "Calibri" not in write_blocks(blocks) and "color" not in write_blocks(blocks)


def test_pasted_zawgyi_becomes_unicode(qapp):
    from tests.conftest import corpus_lines
    from tests.test_cli import ZAWGYI_LINES

    mime = QMimeData()
    mime.setText(ZAWGYI_LINES[0] + "\n\n" + ZAWGYI_LINES[1])
    blocks = pasted_blocks(mime)
    assert [b.content[0].text for b in blocks] == corpus_lines()[:2]
