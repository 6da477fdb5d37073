"""Read a tagged PDF's logical structure the way assistive technology does.

Two readers we did not write: qpdf (through pikepdf) for the objects themselves, so the
PDF/UA and PDF/A rules can be checked object by object, and PDFium (Chrome's PDF
engine, through pypdfium2) for what a browser's accessibility tree is built from: the
structure tree of each page, with the text PDFium extracts for each marked-content id.
"""

from __future__ import annotations

import ctypes
import json
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as raw

ROOT = Path(__file__).resolve().parents[1]

#: Painting operators: whatever they draw must be tagged content or an artifact.
PAINTING = {"Tj", "TJ", "'", '"', "Do", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "INLINE IMAGE"}


@dataclass
class Node:
    """A structure element as qpdf sees it."""

    obj: pikepdf.Dictionary
    type: str
    lang: str | None  # its own /Lang
    inherited_lang: str
    kids: list[Node] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)  # (page index, MCID)
    objrs: list[pikepdf.Dictionary] = field(default_factory=list)

    def walk(self) -> Iterator[Node]:
        yield self
        for kid in self.kids:
            yield from kid.walk()


def _as_list(value: object) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, pikepdf.Array) else [value]


def structure(pdf: pikepdf.Pdf) -> Node:
    """The structure tree under StructTreeRoot (its single Document element)."""
    pages = {page.objgen: i for i, page in enumerate(pdf.pages)}

    def visit(obj: pikepdf.Dictionary, lang: str) -> Node:
        own = str(obj.Lang) if "/Lang" in obj else None
        node = Node(obj, str(obj.S)[1:], own, own or lang)
        page = pages.get(obj.Pg.objgen) if "/Pg" in obj else None
        for kid in _as_list(obj.get("/K")):
            if isinstance(kid, int):
                node.content.append((page, int(kid)))
            elif kid.get("/Type") == pikepdf.Name.MCR:
                node.content.append((pages[kid.Pg.objgen], int(kid.MCID)))
            elif kid.get("/Type") == pikepdf.Name.OBJR:
                node.objrs.append(kid)
            else:
                node.kids.append(visit(kid, node.inherited_lang))
        return node

    [top] = _as_list(pdf.Root.StructTreeRoot.K)
    return visit(top, str(pdf.Root.get("/Lang", "")))


@dataclass
class MarkedContent:
    """What a page's content stream draws: MCIDs in drawing order and untagged painting."""

    mcids: list[int] = field(default_factory=list)
    untagged: list[str] = field(default_factory=list)
    nested_mcids: int = 0
    mixed: int = 0  # an artifact inside tagged content or tagged content inside an artifact
    artifacts: int = 0


def marked_content(page: pikepdf.Page) -> MarkedContent:
    """Walk a page's content stream, tracking marked-content sequences."""
    out = MarkedContent()
    stack: list[str] = []  # "mcid", "artifact" or "other" per open sequence
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ("BDC", "BMC"):
            tag = str(operands[0])
            props = operands[1] if op == "BDC" else None
            if tag == "/Artifact":
                out.mixed += "mcid" in stack
                stack.append("artifact")
                out.artifacts += 1
            elif isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                out.mixed += "artifact" in stack
                if "mcid" in stack:
                    out.nested_mcids += 1
                stack.append("mcid")
                out.mcids.append(int(props.MCID))
            else:
                stack.append("other")
        elif op == "EMC":
            stack.pop()
        elif op in PAINTING and not ({"mcid", "artifact"} & set(stack)):
            out.untagged.append(op)
    assert not stack, "unbalanced marked content"
    return out


def parent_tree(pdf: pikepdf.Pdf) -> dict[int, object]:
    """The ParentTree as a dict (a flat /Nums array, or one level of /Kids)."""
    tree = pdf.Root.StructTreeRoot.ParentTree
    nums: list = []
    for node in [tree, *_as_list(tree.get("/Kids"))]:
        nums += list(node.get("/Nums", []))
    return {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}


# -- PDFium ------------------------------------------------------------------------------------

def _text(fn: Callable, *args: object) -> str:
    n = fn(*args, None, 0)
    if n <= 2:
        return ""
    buf = ctypes.create_string_buffer(n)
    try:
        fn(*args, buf, n)
    except ctypes.ArgumentError:  # functions typed as unsigned short buffers
        fn(*args, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), n)
    return buf.raw[: n - 2].decode("utf-16-le")


@dataclass
class Read:
    """A structure element as PDFium reads it on one page."""

    page: int
    type: str
    lang: str
    alt: str
    text: str  # the text of its own marked content, in order
    depth: int


def pdfium_reading(path: Path) -> list[Read]:
    """Every page's structure tree in order, with the text PDFium extracts for each element."""
    out: list[Read] = []
    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            texts: dict[int, list[str]] = {}
            for i in range(raw.FPDFPage_CountObjects(page)):
                obj = raw.FPDFPage_GetObject(page, i)
                if raw.FPDFPageObj_GetType(obj) == raw.FPDF_PAGEOBJ_TEXT:
                    mcid = raw.FPDFPageObj_GetMarkedContentID(obj)
                    texts.setdefault(mcid, []).append(_text(raw.FPDFTextObj_GetText, obj, textpage))
            tree = raw.FPDF_StructTree_GetForPage(page)

            def visit(element: object, depth: int, page_index: int = index,
                      texts: dict[int, list[str]] = texts) -> None:
                ids = [raw.FPDF_StructElement_GetMarkedContentIdAtIndex(element, j)
                       for j in range(raw.FPDF_StructElement_GetMarkedContentIdCount(element))]
                out.append(Read(page_index, _text(raw.FPDF_StructElement_GetType, element),
                                _text(raw.FPDF_StructElement_GetLang, element),
                                _text(raw.FPDF_StructElement_GetAltText, element),
                                "".join("".join(texts.get(m, [])) for m in ids if m >= 0), depth))
                for j in range(raw.FPDF_StructElement_CountChildren(element)):
                    child = raw.FPDF_StructElement_GetChildAtIndex(element, j)
                    if child:
                        visit(child, depth + 1)

            for j in range(raw.FPDF_StructTree_CountChildren(tree)):
                visit(raw.FPDF_StructTree_GetChildAtIndex(tree, j), 0)
            raw.FPDF_StructTree_Close(tree)
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return out


# -- pdf.js ------------------------------------------------------------------------------------

def pdfjs_reading(path: Path) -> list[Read]:
    """Every page's structure tree as pdf.js (Firefox) builds it, with pdf.js's text per marked content."""
    pages = json.loads(subprocess.run(["node", str(ROOT / "tests" / "pdfjs_struct.mjs"), str(path)], check=True,
                                      capture_output=True, text=True, cwd=ROOT).stdout)
    out: list[Read] = []

    def visit(node: dict, depth: int, page: int) -> None:
        text = "".join(c.get("text", "") for c in node["children"] if c.get("type") == "content")
        out.append(Read(page, node["role"], node.get("lang", ""), node.get("alt", ""), text, depth))
        for child in node["children"]:
            if "role" in child:
                visit(child, depth + 1, page)

    for index, tree in enumerate(pages):
        if tree is not None:
            for child in tree["children"]:  # under pdf.js's own "Root"
                visit(child, 0, index)
    return out


def tagging_problems(pdf: pikepdf.Pdf) -> list[str]:
    """What breaks PDF/UA's core promise: content outside tags and artifacts, tree and content apart,
    an annotation outside a Link."""
    problems: list[str] = []
    tree = structure(pdf)
    in_tree = sorted(c for node in tree.walk() for c in node.content)
    drawn = []
    for index, page in enumerate(pdf.pages):
        marks = marked_content(page)
        if marks.untagged:
            problems.append(f"page {index + 1}: untagged {marks.untagged}")
        if marks.nested_mcids or marks.mixed:
            problems.append(f"page {index + 1}: nested MCIDs, or artifacts and tagged content nested")
        drawn += [(index, m) for m in marks.mcids]
    if sorted(drawn) != in_tree:
        problems.append("the structure tree and the drawn MCIDs differ")
    claimed = {objr.Obj.objgen for node in tree.walk() if node.type == "Link" for objr in node.objrs}
    annots = [a.objgen for page in pdf.pages for a in page.obj.get("/Annots", [])]
    if sorted(annots) != sorted(claimed):
        problems.append("a link annotation outside a Link element")
    return problems
