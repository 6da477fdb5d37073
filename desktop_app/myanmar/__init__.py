"""Burmese text: script, syllables and words (line breaking), Zawgyi, normalisation, numerals, dates.

Pure functions with no dependency on Qt or on any writer, shared by the writers, the
checker and the GUI.
"""
