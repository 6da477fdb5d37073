"""OOXML parts and elements python-docx 1.2 lacks: footnotes, embedded fonts, settings, package hygiene.

Built at python-docx's own level — parts related through ``Part.relate_to`` and
elements made with ``OxmlElement`` — never by editing XML as strings.
"""
