"""GUI measurements, plugged into ``benchmarks/run.py`` — to be written with the GUI.

Each function here is one row of the "GUI" section. It returns a list of durations in
seconds (one per repetition; the runner reports the median and the best), or ``None``
while the GUI cannot be measured yet — the runner then prints a TODO row. A function may
also raise ``SkipMeasurementError("reason")`` (from ``benchmarks.run``) to print the reason instead.

They receive a :class:`GuiContext`: the sample release path, a scratch folder and how many
repetitions were asked for. Measure what the user waits for, from the event that starts
it to the first moment the result is visible (a painted preview page), with the Qt event
loop really running (``QT_QPA_PLATFORM=offscreen`` is fine).

Targets (issue 7): preview ≤ 250 ms after a pause in typing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GuiContext:
    """What a GUI measurement gets from the runner."""

    sample: Path  # the shipped sample release (read only; copy it into scratch to edit it)
    scratch: Path  # an empty folder for this run
    repeat: int  # repetitions wanted


def start_to_first_preview(ctx: GuiContext) -> list[float] | None:
    """Process start (``python -m desktop_app <sample>`` or the GUI entry point) to the first painted preview.

    TODO(GUI): launch a fresh process per repetition (cold start, like ``thadin export``
    in the "cold" section), have the app print or signal when the preview has been
    painted, and time start → signal.
    """
    return None


def preview_after_edit(ctx: GuiContext) -> list[float] | None:
    """An edit in the body field (after the typing pause) to the updated preview painted.

    TODO(GUI): in one running app, type a character, then time from the end of the pause
    (or from the keystroke, stating which) to the preview showing the new text.
    """
    return None


#: Rows of the GUI section, in order: (label, function, target in seconds or None).
MEASUREMENTS = [
    ("GUI start → first preview", start_to_first_preview, None),
    ("preview update after an edit", preview_after_edit, 0.250),
]
