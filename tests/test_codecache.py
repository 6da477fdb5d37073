"""Dataclass methods compiled once per cache (codecache, issue 17): the same classes, fewer compiles.

What a user would check: the export is the same with and without the cache, a second
``thadin`` run compiles nothing the first one did, a damaged cache costs nothing but time,
and the cache holds no text from the release.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

from desktop_app import codecache

#: After a PDF export: how many texts this process compiled, and where the cache is.
_EXPORT_THEN_REPORT = (
    "import io, sys, contextlib\n"
    "from desktop_app import cli, codecache\n"
    "with contextlib.redirect_stdout(io.StringIO()):\n"
    "    assert cli.main(['export', sys.argv[1], '--out', sys.argv[2], '--pdf']) == 0\n"
    "print(codecache._new, codecache.cache_file())\n"
    "codecache.save()\n"
)


def _export(sample_path: Path, out: Path, pycache: Path, **env: str) -> tuple[int, Path]:
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environment.update(PYTHONPYCACHEPREFIX=str(pycache), **env)
    done = subprocess.run([sys.executable, "-c", _EXPORT_THEN_REPORT, str(sample_path), str(out)],
                          capture_output=True, text=True, timeout=120, check=True, env=environment)
    new, path = done.stdout.split()
    return int(new), Path(path)


def test_a_second_run_compiles_nothing_and_writes_the_same_pdf(sample_path, tmp_path):
    pycache = tmp_path / "pycache"
    first, cache = _export(sample_path, tmp_path / "a", pycache)
    assert first > 50  # every dataclass method of the export path
    assert cache.is_file() and cache.is_relative_to(pycache)
    second, _ = _export(sample_path, tmp_path / "b", pycache)
    assert second == 0
    pdf = "defection-forum-2024.pdf"
    assert (tmp_path / "a" / pdf).read_bytes() == (tmp_path / "b" / pdf).read_bytes()


def test_a_damaged_cache_is_compiled_again_and_replaced(sample_path, tmp_path):
    pycache = tmp_path / "pycache"
    _, cache = _export(sample_path, tmp_path / "a", pycache)
    good = cache.read_bytes()
    cache.write_bytes(good[: len(good) // 2])  # cut short, as by a full disk
    again, _ = _export(sample_path, tmp_path / "b", pycache)
    assert again > 50
    assert cache.read_bytes() == good
    cache.write_bytes(b"\x00" * 100)  # another interpreter's, or garbage
    assert _export(sample_path, tmp_path / "c", pycache)[0] > 50


def test_no_cache_is_written_when_bytecode_is_not(sample_path, tmp_path):
    pycache = tmp_path / "pycache"
    _export(sample_path, tmp_path / "a", pycache, PYTHONDONTWRITEBYTECODE="1")
    assert not pycache.exists() or not list(pycache.rglob("*.marshal"))


def test_the_cache_holds_code_not_the_release(sample, sample_path, tmp_path):
    _, cache = _export(sample_path, tmp_path / "a", tmp_path / "pycache")
    data = cache.read_bytes()
    texts = [sample.headline.get("en"), sample.contact.email, sample.letterhead.name]
    assert all(texts)
    for text in texts:
        assert text.encode() not in data and text.encode("utf-16-le") not in data


def test_methods_are_made_as_without_the_cache():
    """exec's own compile: no future flag of ours (string annotations) leaks into the methods."""
    assert dataclasses.exec is codecache._exec  # type: ignore[attr-defined]
    point = dataclasses.make_dataclass("Point", [("x", int), ("y", float, 0.5)], frozen=True)
    assert point.__init__.__annotations__ == {"x": int, "y": float, "return": None}
    p = point(1)
    assert (repr(p), p == point(1, 0.5), hash(p) == hash(point(1))) == ("Point(x=1, y=0.5)", True, True)
    try:
        p.x = 2
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a frozen dataclass took an assignment")


def test_a_frozen_app_keeps_no_cache(monkeypatch):
    """Writing into a signed app bundle would break its signature."""
    assert codecache.cache_file() is not None
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert codecache.cache_file() is None
