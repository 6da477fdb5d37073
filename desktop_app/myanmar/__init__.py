"""Burmese text: script detection, syllable segmentation, numerals and dates.

Pure functions with no dependency on Qt or on any writer, shared by the writers, the
checker and the GUI.
"""
