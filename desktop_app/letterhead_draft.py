"""An editable letterhead: the file's fields and its banner image, as the designer edits them.

The designer never builds a ``Letterhead`` by hand. It edits plain data shaped like the
file (FORMAT.md) through a small set of actions that refuse what the format forbids, and
it validates by writing the letterhead and its image into a private folder and reading
them back through :func:`load_letterhead` — the loader ``thadin check`` uses. So whatever
the designer saves, the loader accepts, and whatever the loader refuses is never written.
Qt-free, so it is tested like the rest of the pipeline.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .atomicio import write_files_atomic
from .errors import Problem, ReleaseError
from .fileformat.letterhead import FORMAT_VERSION, LINE_STYLES, PAGE_SIZES, VERSION_KEY, load_letterhead
from .fileformat.yamlsource import read_yaml_file
from .fonts import DEFAULT_FAMILIES, FAMILIES, LATIN_SCRIPT, MYANMAR_SCRIPT
from .images import ImageError, clean_image
from .model import Letterhead
from .writers.typography import BANNER_IMAGE_MAX_HEIGHT_MM

LETTERHEAD_SUFFIX = ".letterhead.yaml"
MARGIN_RANGE_MM = (5.0, 60.0)
DEFAULT_MARGINS_MM = {"top": 18.0, "bottom": 18.0, "left": 22.0, "right": 22.0}
PAGE_SIZES_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
MARGIN_SIDES = ("top", "bottom", "left", "right")
FOOTER_FIELDS = ("{page}", "{pages}")
DEFAULT_LABEL = {"my": "သတင်းထုတ်ပြန်ချက်", "en": "PRESS RELEASE"}
DEFAULT_FOOTER = {"my": "စာမျက်နှာ {page} / {pages}", "en": "Page {page} of {pages}"}
_FIELD_ORDER = [VERSION_KEY, "name", "page", "fonts", "languages", "label", "banner", "footer"]


class DesignerError(ValueError):
    """An action the format does not allow (the designer's widgets never offer it)."""


@dataclass(frozen=True)
class BannerImage:
    """A banner image as it will be saved: re-encoded pixels (no metadata) and their size."""

    data: bytes
    width: int
    height: int

    @property
    def extension(self) -> str:
        """``.jpg`` for photos, ``.png`` otherwise (what the re-encoding wrote)."""
        return ".jpg" if self.data[:3] == b"\xff\xd8\xff" else ".png"

    @classmethod
    def from_file(cls, path: Path) -> BannerImage:
        """Import an image with the loader's checks; raise ImageError when it cannot be used."""
        clean = clean_image(path)
        return cls(clean.data, clean.width, clean.height)


def _flow(dumper: yaml.SafeDumper, value: dict) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", value.items(), flow_style=True)


class _FlowLine(dict):
    """A banner line, page or fonts mapping: written on one line, as in the shipped letterheads."""


class _FlowList(list):
    """The languages list: written on one line."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(_FlowLine, _flow)
_Dumper.add_representer(_FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def is_valid_name(name: str) -> bool:
    r"""Return True when *name* can be a letterhead's file name and be found by a release.

    A release names its letterhead by this stem; ``/``, ``\\`` and a ``.yaml`` ending would
    make it a path, and leading dots or control characters make poor file names.
    """
    return (0 < len(name) <= 80 and name == name.strip() and not name.startswith(".")
            and not any(c in '/\\:*?"<>|' or ord(c) < 32 for c in name)
            and not name.endswith((".yaml", ".yml")))


def name_for(title: str) -> str:
    """Return a file name stem for a letterhead titled *title* (ASCII words joined by hyphens)."""
    words = "".join(c.lower() if c.isascii() and c.isalnum() else " " for c in title).split()
    return "-".join(words)[:60].strip("-") or "letterhead"


class LetterheadDraft:
    """A letterhead being designed: file-shaped data plus the banner image's bytes."""

    def __init__(self, data: dict[str, Any], image: BannerImage | None = None, path: Path | None = None) -> None:
        self.data = data
        self.image = image
        #: The file this draft was opened from or last saved to.
        self.path = path

    # -- creating and opening ------------------------------------------------------------
    @classmethod
    def new(cls, title: str = "", languages: tuple[str, ...] = ("my", "en")) -> LetterheadDraft:
        """Return a letterhead with the house defaults: A4, the default fonts, label and footer."""
        data: dict[str, Any] = {
            VERSION_KEY: FORMAT_VERSION,
            "name": title,
            "page": {"size": "A4", "margins_mm": dict(DEFAULT_MARGINS_MM)},
            "fonts": {lang: _default_family(lang) for lang in languages},
            "languages": list(languages),
            "label": {k: v for k, v in DEFAULT_LABEL.items() if k in languages},
            "banner": {"lines": []},
            "footer": {k: v for k, v in DEFAULT_FOOTER.items() if k in languages},
        }
        return cls(data)

    @classmethod
    def open(cls, path: Path) -> LetterheadDraft:
        """Open a letterhead file; raise ReleaseError when it is not a valid letterhead."""
        letterhead = load_letterhead(path)
        data = read_yaml_file(path).data
        image = BannerImage.from_file(letterhead.banner.image) if letterhead.banner.image else None
        draft = cls(_plain(data), image, path)
        draft.data.setdefault("banner", {}).pop("image", None)
        return draft

    def copy(self) -> LetterheadDraft:
        """Return an independent copy (undo snapshots, previews)."""
        return LetterheadDraft(copy.deepcopy(self.data), self.image, self.path)

    def snapshot(self) -> tuple[dict[str, Any], BannerImage | None]:
        """Return the state undo needs to restore."""
        return copy.deepcopy(self.data), self.image

    def restore(self, state: tuple[dict[str, Any], BannerImage | None]) -> None:
        """Go back to a state from :meth:`snapshot`."""
        self.data, self.image = copy.deepcopy(state[0]), state[1]

    # -- reading -------------------------------------------------------------------------
    @property
    def title(self) -> str:
        """The letterhead's name as people read it."""
        return str(self.data.get("name") or "")

    @property
    def languages(self) -> list[str]:
        """Languages of the letterhead, in stacked order."""
        return list(self.data.get("languages") or ["my", "en"])

    @property
    def page_size(self) -> str:
        """A4 or Letter."""
        return str((self.data.get("page") or {}).get("size", "A4"))

    def margin(self, side: str) -> float:
        """Return a page margin in millimetres."""
        margins = (self.data.get("page") or {}).get("margins_mm") or {}
        return float(margins.get(side, DEFAULT_MARGINS_MM[side]))

    def font(self, lang: str) -> str:
        """Return the family that draws *lang* (the default when the file names none)."""
        return str((self.data.get("fonts") or {}).get(lang) or _default_family(lang))

    def text(self, key: str, lang: str) -> str:
        """Return the label's or footer's text in *lang* (``key`` is ``label`` or ``footer``)."""
        value = self.data.get(key)
        if isinstance(value, str):
            return value if lang == "en" else ""
        return str((value or {}).get(lang, ""))

    @property
    def lines(self) -> list[dict[str, Any]]:
        """The banner lines, each shaped like the file's (text per language, or ``dates``)."""
        return self.data.setdefault("banner", {}).setdefault("lines", [])

    def printed_banner_mm(self) -> tuple[float, float] | None:
        """Return the banner image's printed width and height in millimetres, as the PDF draws it."""
        if self.image is None:
            return None
        page_w, _ = PAGE_SIZES_MM[self.page_size]
        width = page_w - self.margin("left") - self.margin("right")
        height = width * self.image.height / self.image.width
        if height > BANNER_IMAGE_MAX_HEIGHT_MM:
            height = BANNER_IMAGE_MAX_HEIGHT_MM
            width = height * self.image.width / self.image.height
        return width, height

    def banner_dpi(self) -> int | None:
        """Return the banner image's resolution as printed (pixels per inch); 150 or more prints sharply."""
        size = self.printed_banner_mm()
        return round(self.image.width / (size[0] / 25.4)) if size and self.image else None

    # -- actions (each refuses what the format forbids) ------------------------------------
    def set_title(self, title: str) -> None:
        """Name the letterhead (shown in lists and the New dialog)."""
        self.data["name"] = title

    def set_page_size(self, size: str) -> None:
        """Choose the paper: A4 or Letter."""
        if size not in PAGE_SIZES:
            raise DesignerError(f"unknown page size {size!r}")
        self.data.setdefault("page", {})["size"] = size

    def set_margin(self, side: str, mm: float) -> None:
        """Set one margin, within the range the format allows."""
        low, high = MARGIN_RANGE_MM
        if side not in MARGIN_SIDES or not low <= mm <= high:
            raise DesignerError(f"a {side} margin of {mm} mm is outside {low:g}–{high:g} mm")
        page = self.data.setdefault("page", {})
        margins = page.setdefault("margins_mm", dict(DEFAULT_MARGINS_MM))
        margins[side] = int(mm) if float(mm).is_integer() else round(float(mm), 1)

    def set_font(self, lang: str, family: str) -> None:
        """Draw *lang* in a shipped *family* (Burmese only in a family with Burmese letters)."""
        if family not in families_for(lang):
            raise DesignerError(f"{family!r} cannot draw {lang}")
        self.data.setdefault("fonts", {})[lang] = family

    def set_languages(self, languages: list[str]) -> None:
        """Set which languages the letterhead carries and their stacked order."""
        if not languages or len(set(languages)) != len(languages) or set(languages) - {"my", "en"}:
            raise DesignerError(f"languages must be Burmese and/or English, each once: {languages}")
        self.data["languages"] = list(languages)

    def set_text(self, key: str, lang: str, text: str) -> None:
        """Set the label's or footer's text in *lang*; an empty text removes that language."""
        if key not in ("label", "footer"):
            raise DesignerError(f"unknown text field {key!r}")
        if key == "footer":
            rest = text
            for known in FOOTER_FIELDS:
                rest = rest.replace(known, "")
            if "{" in rest or "}" in rest:
                raise DesignerError("a footer may only contain {page} and {pages}")
        value = self.data.get(key)
        value = dict(value) if isinstance(value, dict) else ({"en": value} if isinstance(value, str) else {})
        if text.strip():
            value[lang] = text
        else:
            value.pop(lang, None)
        if value:
            self.data[key] = value
        else:
            self.data.pop(key, None)

    def add_text_line(self, texts: dict[str, str] | None = None, style: str = "normal", join: str = " ",
                      at: int | None = None) -> int:
        """Add a banner line of text; return its index."""
        line: dict[str, Any] = dict(texts or {})
        self._check_style(style)
        if style != "normal":
            line["style"] = style
        if join != " ":
            line["join"] = join
        return self._insert(line, at)

    def add_dates_line(self, dates: list[dt.date] | None = None, style: str = "normal", at: int | None = None) -> int:
        """Add a banner line of event dates, rendered in every language; return its index."""
        self._check_style(style)
        line: dict[str, Any] = {"dates": sorted(set(dates or []))}
        if style != "normal":
            line["style"] = style
        return self._insert(line, at)

    def set_line_text(self, index: int, lang: str, text: str) -> None:
        """Set a text line's text in *lang* (empty removes it)."""
        line = self._line(index)
        if "dates" in line:
            raise DesignerError("a dates line has no text")
        if text.strip():
            line[lang] = text
        else:
            line.pop(lang, None)

    def set_line_style(self, index: int, style: str) -> None:
        """Make a line normal, a subtitle or a title."""
        self._check_style(style)
        line = self._line(index)
        if style == "normal":
            line.pop("style", None)
        else:
            line["style"] = style

    def set_line_join(self, index: int, join: str) -> None:
        """Set what stands between a text line's languages (a space by default)."""
        line = self._line(index)
        if "dates" in line:
            raise DesignerError("a dates line has no join")
        if "\n" in join:
            raise DesignerError("a join is on one line")
        if join == " ":
            line.pop("join", None)
        else:
            line["join"] = join

    def set_line_dates(self, index: int, dates: list[dt.date]) -> None:
        """Set a dates line's days (kept sorted, each once)."""
        line = self._line(index)
        if "dates" not in line:
            raise DesignerError("not a dates line")
        line["dates"] = sorted(set(dates))

    def move_line(self, index: int, to: int) -> None:
        """Move a banner line up or down."""
        lines = self.lines
        line = self._line(index)
        if not 0 <= to < len(lines):
            raise DesignerError(f"no line position {to}")
        del lines[index]
        lines.insert(to, line)

    def remove_line(self, index: int) -> None:
        """Delete a banner line."""
        self._line(index)
        del self.lines[index]

    def set_image(self, image: BannerImage | None) -> None:
        """Use *image* as the banner image (None removes it)."""
        self.image = image

    def _insert(self, line: dict[str, Any], at: int | None) -> int:
        lines = self.lines
        index = len(lines) if at is None else max(0, min(at, len(lines)))
        lines.insert(index, line)
        return index

    def _line(self, index: int) -> dict[str, Any]:
        lines = self.lines
        if not 0 <= index < len(lines):
            raise DesignerError(f"no banner line {index}")
        return lines[index]

    @staticmethod
    def _check_style(style: str) -> None:
        if style not in LINE_STYLES:
            raise DesignerError(f"unknown line style {style!r}")

    # -- files ---------------------------------------------------------------------------
    def image_name(self, stem: str) -> str | None:
        """Return the image's file name beside a letterhead saved as *stem*."""
        return f"{stem}-banner{self.image.extension}" if self.image else None

    def to_yaml(self, image_name: str | None = None) -> str:
        """Return the letterhead file's text, fields in FORMAT.md's order, lines one per row."""
        data = _pruned(copy.deepcopy(self.data))
        data[VERSION_KEY] = FORMAT_VERSION
        banner = data.setdefault("banner", {})
        banner.pop("image", None)
        if image_name:
            data["banner"] = {"image": image_name, **banner}
        lines = data.get("banner", {}).get("lines")
        if lines:
            data["banner"]["lines"] = [_FlowLine(_line_order(line)) for line in lines]
        for key in ("fonts", "label", "footer"):
            if isinstance(data.get(key), dict):
                data[key] = _FlowLine(data[key])
        if isinstance(data.get("languages"), list):
            data["languages"] = _FlowList(data["languages"])
        if isinstance(data.get("page"), dict):
            page = data["page"]
            if isinstance(page.get("margins_mm"), dict):
                page["margins_mm"] = _FlowLine(page["margins_mm"])
            data["page"] = _FlowLine(page)
        if not data.get("banner"):
            data.pop("banner", None)
        ordered = {k: data[k] for k in _FIELD_ORDER if k in data} | {k: v for k, v in data.items()
                                                                      if k not in _FIELD_ORDER}
        header = f"# Letterhead {self.title or ''} — made with Thadin's letterhead designer.\n".replace("  ", " ")
        return header + yaml.dump(ordered, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096,
                                  default_flow_style=False)

    def files(self, target: Path) -> list[tuple[Path, bytes]]:
        """Return what saving as *target* writes: the image (if any), then the letterhead."""
        stem = letterhead_stem(target)
        out: list[tuple[Path, bytes]] = []
        name = self.image_name(stem)
        if self.image is not None and name:
            out.append((target.parent / name, self.image.data))
        out.append((target, self.to_yaml(name).encode("utf-8")))
        return out

    def problems(self) -> list[Problem]:
        """Every problem the loader finds in this letterhead (empty when it would be accepted)."""
        try:
            self.validate()
        except ReleaseError as exc:
            return exc.problems
        return []

    def validate(self) -> Letterhead:
        """Read this letterhead back through the loader in a private folder; raise ReleaseError."""
        with tempfile.TemporaryDirectory(prefix="thadin-letterhead-") as folder:
            target = Path(folder) / f"check{LETTERHEAD_SUFFIX}"
            for path, data in self.files(target):
                path.write_bytes(data)
            letterhead = load_letterhead(target)
        return letterhead

    def save(self, target: Path) -> Path:
        """Write the letterhead (and its image beside it) atomically; refuse what the loader refuses."""
        if not target.name.endswith(LETTERHEAD_SUFFIX) or not is_valid_name(letterhead_stem(target)):
            raise DesignerError(f"{target.name!r} is not a letterhead file name")
        self.validate()
        write_files_atomic(self.files(target))
        self.path = target
        return target

    def fingerprint(self) -> str:
        """Return a digest of the whole letterhead (to tell whether a preview is current)."""
        digest = hashlib.sha256(self.to_yaml(self.image_name("x")).encode("utf-8"))
        if self.image:
            digest.update(self.image.data)
        return digest.hexdigest()


def letterhead_stem(path: Path) -> str:
    """``forum`` for ``forum.letterhead.yaml``."""
    name = path.name
    return name[: -len(LETTERHEAD_SUFFIX)] if name.endswith(LETTERHEAD_SUFFIX) else path.stem


def families_for(lang: str) -> list[str]:
    """Return the shipped families that can draw *lang*, default first."""
    script = MYANMAR_SCRIPT if lang == "my" else LATIN_SCRIPT
    names = [name for name, family in FAMILIES.items() if script in family.scripts]
    default = DEFAULT_FAMILIES[script]
    return [default] + [n for n in names if n != default]


def derive_event(base: LetterheadDraft, event: dict[str, str], dates: list[dt.date],
                 note: dict[str, str] | None = None, note_join: str = " - ") -> LetterheadDraft:
    """Return an event letterhead built on an organisation's: its look kept, event lines added.

    The added lines follow the reference banner: an optional note line (``Invitation Only``),
    the event's dates, then the event's name, one title line per language.
    """
    draft = base.copy()
    draft.path = None
    draft.set_title(event.get("en") or event.get("my") or base.title)
    if note and any(v.strip() for v in note.values()):
        draft.add_text_line({k: v for k, v in note.items() if v.strip()}, join=note_join)
    if dates:
        draft.add_dates_line(dates)
    for lang in draft.languages:
        if event.get(lang, "").strip():
            draft.add_text_line({lang: event[lang]}, style="title")
    return draft


def _default_family(lang: str) -> str:
    return DEFAULT_FAMILIES[MYANMAR_SCRIPT if lang == "my" else LATIN_SCRIPT]


def _line_order(line: dict[str, Any]) -> dict[str, Any]:
    """Texts first (in file order), then join and style; dates lines: dates then style."""
    head = {k: v for k, v in line.items() if k not in ("join", "style")}
    tail = {k: line[k] for k in ("join", "style") if k in line}
    return head | tail


def _pruned(data: dict[str, Any]) -> dict[str, Any]:
    for key in ("label", "footer", "fonts"):
        if isinstance(data.get(key), dict) and not data[key]:
            del data[key]
    if not data.get("name"):
        data["name"] = ""
    return data


def _plain(value: Any) -> Any:
    """Return a YAML value as plain dicts, lists and scalars (the loader's nodes are already plain)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


__all__ = ["BannerImage", "DesignerError", "ImageError", "LetterheadDraft", "derive_event", "families_for",
           "is_valid_name", "letterhead_stem", "name_for"]
