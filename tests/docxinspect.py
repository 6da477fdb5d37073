"""Open a DOCX package the way a reviewer's tools would: parts, relationships, XML, fonts."""

from __future__ import annotations

import posixpath
import re
import zipfile
from functools import cached_property
from pathlib import Path

from lxml import etree

from tests.conftest import corpus_lines

#: Twelve lines of the shared corpus with their spaces removed: Burmese as some people type it.
LONG_BURMESE = "".join(line.replace(" ", "") for line in corpus_lines()[1:13])


def long_release(folder: Path) -> Path:
    """Write a release whose body is LONG_BURMESE into *folder*; return its path."""
    path = folder / "long.release.yaml"
    path.write_text(f"thadin: 1\nletterhead: defection-forum\ndate: 2024-03-31\nheadline: {{my: ခေါင်းစဉ်}}\n"
                    f"body:\n  my: |\n    {LONG_BURMESE}\n", encoding="utf-8")
    return path


def export_docx(path: Path, fonts: str = "editable") -> Path:
    """Export the release at *path* as DOCX beside it through the real pipeline."""
    from desktop_app.export import ExportOptions, export, plan_outputs
    from desktop_app.fileformat import load_release

    release = load_release(path)
    [output] = export(release, plan_outputs(release, path.parent, formats=("docx",)), ExportOptions(fonts))
    return output.path

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
}
W = "{{{}}}".format(NS["w"])


class DocxPackage:
    """A DOCX file read back part by part."""

    def __init__(self, path: Path):
        self.path = path
        self.zip = zipfile.ZipFile(path)

    @cached_property
    def names(self) -> list[str]:
        return self.zip.namelist()

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))

    def rels(self, part: str) -> dict[str, tuple[str, str, bool]]:
        """Relationships of *part*: rId -> (type, target, external)."""
        folder, base = posixpath.split(part)
        name = posixpath.join(folder, "_rels", base + ".rels")
        if name not in self.names:
            return {}
        out = {}
        for rel in self.xml(name).findall("rel:Relationship", NS):
            external = rel.get("TargetMode") == "External"
            out[rel.get("Id")] = (rel.get("Type").rsplit("/", 1)[-1], rel.get("Target"), external)
        return out

    def resolve(self, part: str, target: str) -> str:
        """The part name a relative relationship target points at."""
        if target.startswith("/"):
            return target.lstrip("/")
        return posixpath.normpath(posixpath.join(posixpath.dirname(part), target))

    def content_types(self) -> tuple[dict[str, str], dict[str, str]]:
        root = self.xml("[Content_Types].xml")
        defaults = {d.get("Extension").lower(): d.get("ContentType") for d in root.findall("ct:Default", NS)}
        overrides = {o.get("PartName").lstrip("/"): o.get("ContentType") for o in root.findall("ct:Override", NS)}
        return defaults, overrides

    def content_type(self, name: str) -> str | None:
        defaults, overrides = self.content_types()
        return overrides.get(name) or defaults.get(name.rsplit(".", 1)[-1].lower())

    def text(self, name: str = "word/document.xml") -> str:
        return "".join(self.xml(name).itertext())

    def paragraph_styles(self, name: str = "word/document.xml") -> list[str]:
        return [p.get(W + "val") for p in self.xml(name).iter(W + "pStyle")]

    def style_ids(self) -> dict[str, str]:
        """styleId -> name of every style defined."""
        root = self.xml("word/styles.xml")
        return {s.get(W + "styleId"): s.find("w:name", NS).get(W + "val") for s in root.findall("w:style", NS)}


def pretty(xml: bytes) -> str:
    """Indented XML without volatile attributes (relationship ids), for golden-file comparison."""
    root = etree.fromstring(xml)
    etree.indent(root, space="  ")
    text = etree.tostring(root, encoding="unicode")
    return re.sub(r' (r:id|r:embed)="rId\d+"', r' \1="rId?"', text) + "\n"
