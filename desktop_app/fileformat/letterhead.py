"""Load ``NAME.letterhead.yaml``: page, fonts, languages, label, banner and footer."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..errors import ReleaseError
from ..fonts import FAMILIES, FONT_KEYS, MYANMAR_SCRIPT
from ..images import ImageError, check_image
from ..model import (
    Banner,
    BannerDates,
    BannerLine,
    BannerStyle,
    BannerText,
    DateRange,
    Letterhead,
    Margins,
    PageSetup,
)
from .fields import FieldReader, did_you_mean, is_language_code
from .yamlsource import PathKey, read_yaml_file

FORMAT_VERSION = 1
VERSION_KEY = "thadin-letterhead"
PAGE_SIZES = ("A4", "Letter")
LINE_STYLES = tuple(BannerStyle)
_FOOTER_FIELDS = ("{page}", "{pages}")


def load_letterhead(path: Path) -> Letterhead:
    """Read and validate a letterhead file; raise ReleaseError listing every problem."""
    doc = read_yaml_file(path)
    r = FieldReader(doc)
    if isinstance(doc.data, dict) and "thadin" in doc.data and VERSION_KEY not in doc.data:
        r.problem(("thadin",), "this is a release, not a letterhead", key=True)
        raise NotALetterheadError(r.problems)
    data = r.mapping((), doc.data, [VERSION_KEY, "name", "page", "fonts", "languages", "label",
                                    "banner", "footer"], [VERSION_KEY, "name"])
    if data is None:
        raise ReleaseError(r.problems)
    if VERSION_KEY in data:
        r.version((VERSION_KEY,), data[VERSION_KEY], FORMAT_VERSION)
    name = r.string(("name",), data.get("name")) if "name" in data else None
    page = _page(r, data["page"]) if "page" in data else PageSetup()
    languages = _languages(r, data["languages"]) if "languages" in data else ("my", "en")
    fonts = _fonts(r, data["fonts"]) if "fonts" in data else {}
    label = r.text(("label",), data["label"], languages_known=languages) if "label" in data else None
    banner = _banner(r, data["banner"], path, languages) if "banner" in data else Banner()
    footer = None
    if "footer" in data:
        footer = r.text(("footer",), data["footer"], languages_known=languages)
        for lang, template in (footer.values.items() if footer else ()):
            stripped = template
            for known in _FOOTER_FIELDS:
                stripped = stripped.replace(known, "")
            if "{" in stripped or "}" in stripped:
                r.problem(("footer", lang), "unknown placeholder in the footer",
                          "only {page} and {pages} are filled in")
    if r.problems:
        raise ReleaseError(r.problems)
    return Letterhead(path, name or "", page, fonts, languages, label, banner, footer)


def _page(r: FieldReader, value: Any) -> PageSetup:
    data = r.mapping(("page",), value, ["size", "margins_mm"])
    if data is None:
        return PageSetup()
    size = "A4"
    if "size" in data:
        if data["size"] in PAGE_SIZES:
            size = data["size"]
        else:
            r.problem(("page", "size"), f"unknown page size {data['size']!r}",
                      did_you_mean(str(data["size"]), PAGE_SIZES))
    margins = Margins()
    if "margins_mm" in data:
        sides = ["top", "bottom", "left", "right"]
        m = r.mapping(("page", "margins_mm"), data["margins_mm"], sides)
        if m is not None:
            values = {k: r.number(("page", "margins_mm", k), v, 5, 60) for k, v in m.items() if k in sides}
            margins = Margins(**{k: v for k, v in values.items() if v is not None})
    return PageSetup(size, margins)


def _languages(r: FieldReader, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        r.problem(("languages",), "expected a list of language codes", "write languages: [my, en]")
        return ("my", "en")
    out = []
    for i, code in enumerate(value):
        if r.language(("languages", i), code):
            if code in out:
                r.problem(("languages", i), f"'{code}' is listed twice", "list each language once")
            else:
                out.append(code)
    return tuple(out) or ("my", "en")


def _fonts(r: FieldReader, value: Any) -> dict[str, str]:
    """Read ``fonts:``: only the keys resolve reads (``FONT_KEYS``: my, en), so none is silently ignored."""
    data = r.mapping(("fonts",), value, list(FONT_KEYS), extra_ok=lambda key: True)
    out: dict[str, str] = {}
    for key, family in (data or {}).items():
        if key not in FONT_KEYS:
            base = str(key).split("-")[0].lower()
            hint = (f"did you mean '{base}'? fonts are chosen per script: 'my' for Burmese, 'en' for all other text"
                    if base in FONT_KEYS else did_you_mean(str(key), FONT_KEYS))
            r.problem(("fonts", key), f"unknown font key '{key}'", hint, key=True)
            continue
        family_name = r.string(("fonts", key), family)
        if family_name is None:
            continue
        if family_name not in FAMILIES:
            r.problem(("fonts", key), f"no font family named '{family_name}' ships with Thadin",
                      did_you_mean(family_name, FAMILIES))
            continue
        if FONT_KEYS[key] == MYANMAR_SCRIPT and MYANMAR_SCRIPT not in FAMILIES[family_name].scripts:
            r.problem(("fonts", key), f"'{family_name}' has no Burmese letters",
                      "use Padauk or Noto Sans Myanmar")
            continue
        out[key] = family_name
    return out


def _banner(r: FieldReader, value: Any, letterhead_path: Path, languages: tuple[str, ...]) -> Banner:
    data = r.mapping(("banner",), value, ["image", "lines"])
    if data is None:
        return Banner()
    image = None
    if "image" in data:
        image = _image(r, data["image"], letterhead_path)
    lines: list[BannerLine] = []
    if "lines" in data:
        if not isinstance(data["lines"], list):
            r.problem(("banner", "lines"), "expected a list of lines", "start each line with '- '")
        else:
            for i, item in enumerate(data["lines"]):
                line = _banner_line(r, ("banner", "lines", i), item, languages)
                if line is not None:
                    lines.append(line)
    return Banner(image, tuple(lines))


def _image(r: FieldReader, value: Any, letterhead_path: Path) -> Path | None:
    name = r.string(("banner", "image"), value)
    if name is None:
        return None
    folder = letterhead_path.resolve().parent
    candidate = Path(name)
    if candidate.is_absolute() or name.startswith(("\\", "/")) or ":" in name[:3]:
        r.problem(("banner", "image"), "the image path must be relative to the letterhead's folder",
                  "copy the image next to the letterhead and give its file name")
        return None
    resolved = _resolve(folder / candidate)
    if resolved is None:
        r.problem(("banner", "image"), f"{_shown(name)!r} cannot be a file name",
                  "copy the image next to the letterhead and give its file name")
        return None
    if not resolved.is_relative_to(folder):
        r.problem(("banner", "image"), f"the image path {_shown(name)!r} leaves the letterhead's folder",
                  "copy the image next to the letterhead and give its file name")
        return None
    if not _is_file(resolved):
        r.problem(("banner", "image"), f"the image {_shown(name)!r} does not exist next to the letterhead",
                  f"put it in {folder}")
        return None
    try:
        check_image(resolved)
    except ImageError as exc:
        r.problem(("banner", "image"), f"{_shown(name)}: {exc}", exc.hint)
        return None
    return resolved


def _banner_line(r: FieldReader, path: PathKey, value: Any, languages: tuple[str, ...]) -> BannerLine | None:
    data = r.mapping(path, value, ["dates", "join", "style"], languages=True)
    if data is None:
        return None
    style = BannerStyle.NORMAL
    if "style" in data:
        if data["style"] in LINE_STYLES:
            style = BannerStyle(data["style"])
        else:
            r.problem(path + ("style",), f"unknown line style {data['style']!r}",
                      did_you_mean(str(data["style"]), LINE_STYLES))
    if "dates" in data:
        extra = [k for k in data if k not in ("dates", "style")]
        if extra:
            r.problem(path + (extra[0],), "a dates line holds only dates and a style",
                      "put the text on a line of its own", key=True)
        dates = _dates(r, path + ("dates",), data["dates"])
        return BannerDates(dates, style) if dates is not None else None
    texts = {k: v for k, v in data.items() if is_language_code(k)}
    if not texts:
        r.problem(path, "this line has no text", "give it 'my: …' and/or 'en: …', or 'dates: […]'")
        return None
    text = r.text(path, texts, languages_known=languages)
    join = " "
    if "join" in data:
        join = r.string(path + ("join",), data["join"], allow_empty=True) or ""
    return BannerText(text, join, style) if text is not None else None


def _dates(r: FieldReader, path: PathKey, value: Any) -> tuple | DateRange | None:
    if isinstance(value, dict):
        data = r.mapping(path, value, ["from", "to"], ["from", "to"])
        if data is None or "from" not in data or "to" not in data:
            return None
        start, end = r.date(path + ("from",), data["from"]), r.date(path + ("to",), data["to"])
        if start is None or end is None:
            return None
        if end < start:
            r.problem(path + ("to",), "the span ends before it starts", "swap 'from' and 'to'")
            return None
        return DateRange(start, end)
    if not isinstance(value, list) or not value:
        r.problem(path, "expected a list of dates or {from: …, to: …}",
                  "write dates: [2024-01-29, 2024-01-30]")
        return None
    dates = [r.date(path + (i,), v) for i, v in enumerate(value)]
    if any(d is None for d in dates):
        return None
    return tuple(dates)


def _resolve(path: Path) -> Path | None:
    """Path.resolve, but None for names the OS cannot take (a NUL byte, say)."""
    try:
        return path.resolve()
    except (OSError, ValueError):
        return None


def _is_file(path: Path) -> bool:
    """Path.is_file, but False for names the OS refuses (too long, or otherwise unusable)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _lexists(path: Path) -> bool:
    """os.path.lexists, but False for names the OS refuses."""
    try:
        return os.path.lexists(path)
    except (OSError, ValueError):
        return False


def _shown(name: str, limit: int = 80) -> str:
    """Return a file name as a message shows it: a runaway one is cut short."""
    return name if len(name) <= limit else name[: limit - 1] + "…"


class NotALetterheadError(ReleaseError):
    """The file named as a letterhead is a release."""


class LetterheadNotFoundError(Exception):
    """The release's ``letterhead`` field names nothing usable; carries message and hint."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message, self.hint = message, hint


def find_letterhead(ref: str, release_path: Path | None, search: list[Path]) -> Path:
    """Find the letterhead a release names: a path inside its folder, or a name to look up.

    A name is looked for as ``NAME.letterhead.yaml`` beside the release, then in each
    folder of *search* (the user's templates, then the bundled ones). A path may not
    leave the release's folder, so a release mailed to someone cannot make Thadin read
    arbitrary files.
    """
    folder = release_path.resolve().parent if release_path else Path.cwd()
    if "/" in ref or "\\" in ref or ref.endswith((".yaml", ".yml")):
        if Path(ref).is_absolute() or ref.startswith(("/", "\\")):
            raise LetterheadNotFoundError("the letterhead path must be relative to the release's folder",
                                     "give a letterhead name, or a path inside this folder")
        resolved = _resolve(folder / ref)
        if resolved is None:
            raise LetterheadNotFoundError(f"{_shown(ref)!r} cannot be a file name",
                                          "give a letterhead name, or a path inside this folder")
        if not resolved.is_relative_to(folder):
            raise LetterheadNotFoundError(f"the letterhead path {_shown(ref)!r} leaves the release's folder",
                                     "give a letterhead name, or copy the letterhead next to the release")
        if not _is_file(resolved):
            raise LetterheadNotFoundError(f"no letterhead file {_shown(ref)!r}", f"looked in {folder}")
        return resolved
    folders = [folder, *search]
    for where in folders:
        candidate = where / f"{ref}.letterhead.yaml"
        if not _lexists(candidate):
            continue
        # A name found through a symlink obeys the rule a path does: it stays in its folder.
        resolved = _resolve(candidate)
        if resolved is None or not resolved.is_relative_to(_resolve(where) or where):
            raise LetterheadNotFoundError(
                f"the letterhead '{_shown(ref)}' is a link to a file outside its folder",
                "copy the letterhead itself next to the release")
        if not _is_file(resolved):
            raise LetterheadNotFoundError(f"the letterhead '{_shown(ref)}' is not a regular file",
                                          "give a letterhead name, or the path of a saved NAME.letterhead.yaml")
        return candidate
    available = sorted({p.name[: -len(".letterhead.yaml")] for where in folders if where.is_dir()
                        for p in where.glob("*.letterhead.yaml")})
    raise LetterheadNotFoundError(f"no letterhead named '{_shown(ref)}'",
                             did_you_mean(ref, available) if available else "no letterheads were found")
