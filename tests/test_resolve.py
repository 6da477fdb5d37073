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


def test_a_footnote_cited_twice_keeps_its_number(bilingual):
    resolved = resolve(bilingual)
    assert [(r.id, r.number, r.first) for r in refs(resolved)] == [
        ("pg", 1, True), ("ffm", 2, True), ("pg", 1, False), ("ffm", 2, False)]
    assert resolved.note(2).lang == "my"  # printed in the language of its first reference
    assert resolved.note(2).content[-1] == Run(" (မြန်မာ)")


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
    assert resolve(bilingual).footer_text(3, 12) == "စာမျက်နှာ ၃ / ၁၂ · Page 3 of 12"


def test_fonts_per_script(sample_resolved):
    assert sample_resolved.fonts.myanmar.name == "Noto Sans Myanmar"
    assert sample_resolved.fonts.latin.name == "Noto Serif"


def test_contact_email_is_a_mailto_link(sample_resolved):
    [contact] = [b for b in blocks(sample_resolved) if b.role == Role.CONTACT]
    assert contact.content[0].target == "mailto:Defectionforum.burma@protonmail.com"
