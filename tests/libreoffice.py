"""LibreOffice as a partner runs it: headless conversion with a private profile, Myanmar fonts hidden."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

#: A conversion of a few pages takes seconds; a hung soffice must not hang the suite.
TIMEOUT = 300


def needs_soffice() -> None:
    """Skip the calling test where LibreOffice is not installed."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")


def no_myanmar_fonts_env(folder: Path) -> dict[str, str]:
    """Environment whose fontconfig sees DejaVu only: no system font can draw Burmese."""
    folder.mkdir(parents=True, exist_ok=True)
    conf = folder / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    "<dir>/usr/share/fonts/truetype/dejavu</dir>"
                    f"<cachedir>{folder}/fc-cache</cachedir></fontconfig>")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(folder / "home")}
    listing = subprocess.run(["fc-list"], env=env, capture_output=True, text=True, timeout=60).stdout
    assert "Myanmar" not in listing and "Padauk" not in listing
    return env


def convert(files: list[Path], to: str, outdir: Path, *, work: Path, hide_myanmar: bool = True) -> list[Path]:
    """Convert *files* with one soffice process into *outdir*; return the outputs in order.

    The profile lives under *work* (``-env:UserInstallation``), so conversions running at
    the same time, ours or another developer's, never share one.
    """
    needs_soffice()
    env = no_myanmar_fonts_env(work / "fontconfig") if hide_myanmar else {**os.environ, "HOME": str(work / "home")}
    profile = (work / "profile").resolve().as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", to,
                    "--outdir", str(outdir), *map(str, files)],
                   env=env, check=True, capture_output=True, timeout=TIMEOUT)
    extension = to.split(":")[0]
    outputs = [outdir / f"{f.stem}.{extension}" for f in files]
    for output in outputs:
        assert output.exists(), f"LibreOffice wrote no {output.name}"
    return outputs
