"""Resolve decides once what every writer prints: numbers, dates, labels, order, fonts."""

from __future__ import annotations

from desktop_app.fileformat import load_release
from desktop_app.model import Run
from desktop_app.resolve import Columns, NoteRef, ResolvedBlock, Role, resolve


def blocks(resolved) -> list[ResolvedBlock]:
    out = []
    for item in resolved.flow:
        out += [b for cell in item.cells for b in cell] if isinstance(item, Columns) else [item]
    return out


def refs(resolved) -> list[NoteRef]:
    return [i for b in blocks(resolved) for i in b.content if isinstance(i, NoteRef)]


def test_sample_reads_like_the_reference(sample_resolved):
    roles = [(b.role, "".join(i.text for i in b.content if isinstance(i, Run))) for b in blocks(sample_resolved)]
    assert roles[:3] == [(Role.LABEL, "PRESS RELEASE"), (Role.DATE, "31st March 2024"),
                         (Role.HEADLINE, sample_resolved.title)]
    assert roles[-2:] == [(Role.SIGNATORY, "Peoples' Goal"), (Role.SIGNATORY, "Freedom Fighter Myanmar")]
    assert sample_resolved.languages == ("en",)
    assert [line.text for line in sample_resolved.banner_lines] == [
        "မိတ်ကြားခံအဖွဲ့အစည်း/လူပုဂ္ဂိုလ်များအတွက်သာ - Invitation Only",
        "ဇန်နဝါရီလ ၂၉၊ ၃၀၊ ၃၁ ရက် ၂၀၂၄ ခုနှစ် 29th, 30th, 31st January 2024",
        "ဘက်ပြောင်းမှု နှင့် နိုင်ငံရေးအန်တု လှုပ်ရှားမှုဆိုင်ရာ တွေ့ဆုံဆွေးနွေးပွဲ (ဒုတိယအကြိမ်)",
        "2nd Forum on Defection and Defiance Movement",
    ]


def test_footnotes_numbered_by_first_reference(sample_resolved):
    assert [(r.id, r.number, r.first) for r in refs(sample_resolved)] == [("pg", 1, True), ("ffm", 2, True)]
    assert [(n.number, n.id) for n in sample_resolved.notes] == [(1, "pg"), (2, "ffm")]


def test_a_note_typed_once_keeps_its_number_in_both_sections(bilingual):
    resolved = resolve(bilingual)
    # pg is a bare URL (one text): one note, cited again from the English section.
    # ffm has a Burmese and an English text: each section's readers get their own.
    assert [(r.id, r.number, r.first, r.lang) for r in refs(resolved)] == [
        ("pg", 1, True, "en"), ("ffm", 2, True, "my"), ("pg", 1, False, "en"), ("ffm", 3, True, "en")]
    assert [(n.number, n.id, n.lang) for n in resolved.notes] == [(1, "pg", "en"), (2, "ffm", "my"), (3, "ffm", "en")]
    assert resolved.note(2).content[-1] == Run(" (မြန်မာ)")
    assert resolved.note(3).content[-1].target == "https://freedomfightermm.org"
    assert resolved.numbers_by_id() == {"pg": (1,), "ffm": (2, 3)}


def test_numbering_follows_reading_order_not_file_order(write_release, minimal_text):
    path = write_release(minimal_text.replace("A paragraph.", "First[^b], then[^a], again[^b].")
                         + "footnotes:\n  a: <https://a.org>\n  b: <https://b.org>\n")
    resolved = resolve(load_release(path))
    assert [(r.id, r.number) for r in refs(resolved)] == [("b", 1), ("a", 2), ("b", 1)]


def test_stacked_bilingual_follows_letterhead_language_order(bilingual):
    resolved = resolve(bilingual)
    dates = [b for b in blocks(resolved) if b.role == Role.DATE]
    assert [(d.lang, d.content[0].text) for d in dates] == [
        ("my", "၂၀၂၄ ခုနှစ်၊ မတ်လ ၃၁ ရက်"), ("en", "31st March 2024")]
    label = blocks(resolved)[0]
    assert label.content[0].text == "သတင်းထုတ်ပြန်ချက် · PRESS RELEASE"


def test_parallel_layout_pairs_blocks(write_release):
    path = write_release("""\
        thadin: 1
        letterhead: defection-forum
        date: 2024-03-31
        layout: parallel
        headline: {my: ခေါင်းစဉ်, en: Headline}
        body:
          my: |
            စာပိုဒ်။
          en: |
            A paragraph.
        """)
    resolved = resolve(load_release(path))
    rows = [item for item in resolved.flow if isinstance(item, Columns)]
    assert [[c[0].lang for c in row.cells] for row in rows] == [["my", "en"]] * 3


def test_single_language_layout(bilingual):
    from dataclasses import replace

    resolved = resolve(replace(bilingual, layout="en"))
    assert {b.lang for b in blocks(resolved) if b.role == Role.PARAGRAPH} == {"en"}


def test_label_and_footer_defaults(sample_resolved, bilingual):
    assert sample_resolved.footer_text(1, 2) == "Page 1 of 2"
    # Western page numbers in every language: Word's PAGE fields cannot write Burmese digits.
    assert resolve(bilingual).footer_text(3, 12) == "စာမျက်နှာ 3 / 12 · Page 3 of 12"


def test_fonts_per_script(sample_resolved):
    assert sample_resolved.fonts.myanmar.name == "Noto Sans Myanmar"
    assert sample_resolved.fonts.latin.name == "Noto Serif"


def test_contact_email_is_a_mailto_link(sample_resolved):
    [contact] = [b for b in blocks(sample_resolved) if b.role == Role.CONTACT]
    assert contact.content[0].target == "mailto:Defectionforum.burma@protonmail.com"


def test_parallel_numbers_notes_row_by_row(write_release):
    path = write_release("""\
        thadin: 1
        letterhead: defection-forum
        date: 2024-03-31
        layout: parallel
        headline: {my: ခေါင်းစဉ်, en: Headline}
        body:
          my: |
            ပထမ စာပိုဒ်။

            ဒုတိယ စာပိုဒ်။[^a]
          en: |
            First paragraph.[^b]

            Second paragraph.[^t]
        footnotes:
          a: <https://a.org>
          b: <https://b.org>
          t: {my: "မြန်မာ မှတ်ချက်", en: "English note"}
        """)
    resolved = resolve(load_release(path))
    # Row 3 (first paragraphs) cites b, row 4 cites a (Burmese cell) then t (English cell).
    assert [(r.id, r.number, r.lang) for r in refs(resolved)] == [("b", 1, "en"), ("a", 2, "en"), ("t", 3, "en")]
    assert [(n.number, n.id) for n in resolved.notes] == [(1, "b"), (2, "a"), (3, "t")]
    assert resolved.note(3).content == (Run("English note"),)


def test_a_reader_gets_their_own_language_of_a_note(write_release):
    path = write_release("""\
        thadin: 1
        letterhead: defection-forum
        date: 2024-03-31
        headline: {my: ခေါင်းစဉ်, en: Headline}
        body:
          my: |
            မြန်မာ စာ။[^x][^y]
          en: |
            English text.[^x][^y]
        footnotes:
          x: {my: "မြန်မာ x", en: "English x"}
          y: {en: "English only", my: "\\u200b"}
        """)
    resolved = resolve(load_release(path))
    shown = {(r.lang if r.first else None) for r in refs(resolved)}
    assert shown == {"my", "en", None}
    by_section = [(r.id, r.number, r.first, r.lang) for r in refs(resolved)]
    # y's Burmese text is invisible-only: both sections show the English one, numbered once.
    assert by_section == [("x", 1, True, "my"), ("y", 2, True, "en"), ("x", 3, True, "en"), ("y", 2, False, "en")]
    assert [("".join(i.text for i in n.content), n.lang) for n in resolved.notes] == [
        ("မြန်မာ x", "my"), ("English only", "en"), ("English x", "en")]


def test_bidi_controls_never_reach_a_writer(write_release, minimal_text):
    path = write_release(minimal_text.replace("A paragraph.", "Safe \u202etxt.exe\u202c here.[^n]")
                         + "footnotes:\n  n: \"\u2066note\u2069\"\n")
    resolved = resolve(load_release(path))
    text = "".join(i.text for b in blocks(resolved) for i in b.content if isinstance(i, Run))
    assert "Safe txt.exe here." in text
    assert resolved.notes[0].content == (Run("note"),)


def test_a_language_with_nothing_visible_gets_no_section(write_release, minimal_text):
    path = write_release(minimal_text.replace("{en: A headline}", '{en: A headline, my: "\\u200b"}'))
    resolved = resolve(load_release(path))
    assert resolved.languages == ("en",)
    assert [b.lang for b in blocks(resolved) if b.role == Role.DATE] == ["en"]


def test_the_same_text_under_two_languages_is_one_note(write_release):
    path = write_release("""\
        thadin: 1
        letterhead: defection-forum
        date: 2024-03-31
        headline: {my: ခေါင်းစဉ်, en: Headline}
        body:
          my: |
            မြန်မာ စာ။[^u]
          en: |
            English text.[^u]
        footnotes:
          u: {en: "<https://example.org>", my: "<https://example.org>"}
        """)
    resolved = resolve(load_release(path))
    assert [(r.number, r.first) for r in refs(resolved)] == [(1, True), (1, False)]
    assert [(n.number, n.lang) for n in resolved.notes] == [(1, "my")]


def _text(block: ResolvedBlock) -> str:
    return "".join(getattr(span, "text", "") or "".join(r.text for r in getattr(span, "content", ()))
                   for span in block.content)


def test_each_language_finds_the_contact_under_its_own_intro(bilingual):
    # Stacked: the Burmese section ends with the Burmese intro, email and ဖုန်း; the English with its own.
    roles = [(b.role, b.lang, _text(b)) for b in blocks(resolve(bilingual))
             if b.role in (Role.CONTACT_INTRO, Role.CONTACT, Role.HEADLINE)]
    assert [r[:2] for r in roles] == [
        (Role.HEADLINE, "my"), (Role.CONTACT_INTRO, "my"), (Role.CONTACT, "my"), (Role.CONTACT, "my"),
        (Role.HEADLINE, "en"), (Role.CONTACT_INTRO, "en"), (Role.CONTACT, "en"), (Role.CONTACT, "en")]
    assert [t for role, _, t in roles if role == Role.CONTACT] == [
        "press@example.org", "ဖုန်း: +95 9 000 000", "press@example.org", "Phone: +95 9 000 000"]


def test_parallel_contact_sits_in_each_column(bilingual):
    from dataclasses import replace

    resolved = resolve(replace(bilingual, layout="parallel"))
    rows = [item for item in resolved.flow if isinstance(item, Columns)
            and any(b.role in (Role.CONTACT_INTRO, Role.CONTACT) for cell in item.cells for b in cell)]
    columns = [[(b.role, b.lang) for row in rows for b in row.cells[i]] for i in (0, 1)]
    assert columns == [[(Role.CONTACT_INTRO, "my"), (Role.CONTACT, "my"), (Role.CONTACT, "my")],
                       [(Role.CONTACT_INTRO, "en"), (Role.CONTACT, "en"), (Role.CONTACT, "en")]]
    assert all(len(cell) == 1 for row in rows for cell in row.cells)  # side by side, line for line
    assert not [item for item in resolved.flow if not isinstance(item, Columns) and item.role == Role.CONTACT]


def test_the_sample_contact_follows_its_english_intro(sample_resolved):
    contact = [(b.role, b.lang) for b in blocks(sample_resolved) if b.role in (Role.CONTACT_INTRO, Role.CONTACT)]
    assert contact == [(Role.CONTACT_INTRO, "en"), (Role.CONTACT, "en")]
