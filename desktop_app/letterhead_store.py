"""Where letterheads live: the user's own folder and the bundled ones, and what can be done to them.

The user's letterheads sit in one folder of the app's data (the GUI passes it in); the
bundled ones are read-only. A release names its letterhead by file stem, and
``find_letterhead`` looks beside the release first, then in the user's folder, then in the
bundled one — so a user letterhead of the same name as a bundled one wins, and is listed
in its place. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .atomicio import write_files_atomic
from .errors import ReleaseError
from .fileformat.yamlsource import read_yaml_file
from .letterhead_draft import LETTERHEAD_SUFFIX, DesignerError, LetterheadDraft, is_valid_name, letterhead_stem


@dataclass(frozen=True)
class LetterheadEntry:
    """One letterhead a release can name."""

    name: str  # the file stem a release's ``letterhead:`` field holds
    path: Path
    bundled: bool
    title: str  # the letterhead's own ``name:``, as people know it
    #: The banner's title line in each language it has one (``{"my": …, "en": …}``).
    titles: dict[str, str] = field(default_factory=dict, compare=False)

    def title_in(self, lang: str) -> str:
        """Return the name a reader of *lang* knows the letterhead by: its banner title in *lang*, else its name."""
        return self.titles.get(lang) or self.title


class LetterheadStore:
    """The user's letterheads folder beside the bundled templates."""

    def __init__(self, user_folder: Path, bundled_folder: Path) -> None:
        self.user_folder = user_folder
        self.bundled_folder = bundled_folder

    def entries(self) -> list[LetterheadEntry]:
        """Every letterhead, the user's first; a user's letterhead hides a bundled one of its name."""
        found: dict[str, LetterheadEntry] = {}
        for folder, bundled in ((self.user_folder, False), (self.bundled_folder, True)):
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob(f"*{LETTERHEAD_SUFFIX}")):
                name = letterhead_stem(path)
                if name not in found and path.is_file():
                    title, titles = _names(path)
                    found[name] = LetterheadEntry(name, path, bundled, title or name, titles)
        return list(found.values())

    def get(self, name: str) -> LetterheadEntry | None:
        """Return the letterhead a release naming *name* would get (outside its own folder)."""
        return next((e for e in self.entries() if e.name == name), None)

    def user_path(self, name: str) -> Path:
        """Where the user's letterhead *name* is (or would be) saved."""
        if not is_valid_name(name):
            raise DesignerError(f"{name!r} cannot be a letterhead name")
        return self.user_folder / f"{name}{LETTERHEAD_SUFFIX}"

    def free_name(self, wanted: str) -> str:
        """Return *wanted*, or *wanted*-2, -3 … when a letterhead of that name exists."""
        taken = {e.name for e in self.entries()}
        name, n = wanted, 2
        while name in taken:
            name, n = f"{wanted}-{n}", n + 1
        return name

    def save(self, draft: LetterheadDraft, name: str) -> Path:
        """Save *draft* as the user's letterhead *name* (replacing one of that name)."""
        self.user_folder.mkdir(parents=True, exist_ok=True)
        return draft.save(self.user_path(name))

    def duplicate(self, name: str, new_name: str | None = None) -> LetterheadEntry:
        """Copy any letterhead (a bundled one too) into the user's folder under a free name."""
        entry = self._entry(name)
        target = self.free_name(new_name or f"{name}-copy")
        draft = LetterheadDraft.open(entry.path)
        self.save(draft, target)
        return self._entry(target)

    def rename(self, name: str, new_name: str) -> LetterheadEntry:
        """Rename one of the user's letterheads (its image follows it)."""
        entry = self._own(name)
        if new_name == name:
            return entry
        if self.get(new_name) is not None and not self._entry(new_name).bundled:
            raise DesignerError(f"a letterhead named {new_name!r} exists already")
        draft = LetterheadDraft.open(entry.path)
        self.save(draft, new_name)
        self._remove_files(entry)
        return self._entry(new_name)

    def delete(self, name: str) -> None:
        """Delete one of the user's letterheads and the banner image only it used."""
        self._remove_files(self._own(name))

    def copy_beside(self, name: str, release_path: Path) -> Path:
        """Copy a letterhead (and its image) next to a release, to mail the two together.

        The release then finds it first, by the same name, wherever it is opened.
        """
        entry = self._entry(name)
        draft = LetterheadDraft.open(entry.path)
        target = release_path.resolve().parent / f"{name}{LETTERHEAD_SUFFIX}"
        draft.validate()
        write_files_atomic(draft.files(target))
        return target

    def _entry(self, name: str) -> LetterheadEntry:
        entry = self.get(name)
        if entry is None:
            raise DesignerError(f"no letterhead named {name!r}")
        return entry

    def _own(self, name: str) -> LetterheadEntry:
        entry = self._entry(name)
        if entry.bundled:
            raise DesignerError(f"{name!r} ships with Thadin and cannot be changed; duplicate it first")
        return entry

    def _remove_files(self, entry: LetterheadEntry) -> None:
        image = _image_of(entry.path)
        entry.path.unlink(missing_ok=True)
        if image is None:
            return
        still_used = any(_image_of(p) == image for p in self.user_folder.glob(f"*{LETTERHEAD_SUFFIX}"))
        if not still_used:
            image.unlink(missing_ok=True)


def _names(path: Path) -> tuple[str, dict[str, str]]:
    """Return a letterhead's ``name:`` and its first title-style banner line per language."""
    try:
        data = read_yaml_file(path).data
    except ReleaseError:
        return "", {}
    if not isinstance(data, dict):
        return "", {}
    name = data.get("name")
    name = name if isinstance(name, str) else ""
    banner = data.get("banner")
    lines = banner.get("lines") if isinstance(banner, dict) else None
    titles: dict[str, str] = {}
    for line in lines if isinstance(lines, list) else []:
        if not isinstance(line, dict) or line.get("style") != "title":
            continue
        for lang, text in line.items():
            if lang not in ("style", "join") and isinstance(text, str) and text.strip():
                titles.setdefault(str(lang), text.strip())
    return name, titles


def _image_of(path: Path) -> Path | None:
    """Return the banner image file a letterhead names, if it lies in the letterhead's own folder."""
    try:
        data = read_yaml_file(path).data
    except ReleaseError:
        return None
    banner = data.get("banner") if isinstance(data, dict) else None
    image = banner.get("image") if isinstance(banner, dict) else None
    if not isinstance(image, str) or "/" in image or "\\" in image:
        return None
    return path.parent / image


__all__ = ["LetterheadEntry", "LetterheadStore"]
