"""Every interface string is translatable, translated into Burmese, and compiled."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "thadin_my.ts"
QM = ROOT / "resources" / "translations" / "thadin_my.qm"
TOOLS = Path(sys.executable).parent


def messages(path: Path) -> dict[tuple[str, str], etree._Element]:
    root = etree.parse(str(path)).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg
            for ctx in root.iter("context") for msg in ctx.iter("message")
            if msg.find("translation").get("type") not in ("obsolete", "vanished")}


def test_the_catalogue_holds_every_string_of_the_interface(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *map(str, sorted((ROOT / "desktop_app" / "ui").glob("*.py"))),
                    "-ts", str(fresh)], check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(TS)), "run pyside6-lupdate and translate the new strings"


def test_every_string_has_a_burmese_translation():
    for (context, source), message in messages(TS).items():
        translation = message.find("translation")
        assert translation.get("type") is None, f"{context}: {source!r} is unfinished"
        text = (translation.text or "").strip() or "".join(n.text or "" for n in translation.iter("numerusform"))
        assert text.strip(), f"{context}: {source!r} has no translation"
        assert any("\u1000" <= c <= "\u109f" for c in text) or source in ("Signal:",), (source, text)


def test_the_compiled_catalogue_is_current(tmp_path):
    compiled = tmp_path / "thadin_my.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on thadin_my.ts"
