"""Exports leak nothing about who made them, where or when; and Thadin stays offline.

A release is exported from a folder whose path, and a process whose user, home and host
name, carry unmistakable markers, with banners (JPEG and PNG) full of EXIF, GPS, XMP, ICC,
comments and text chunks. None of it may appear anywhere in the PDF or the DOCX — raw
bytes, decompressed streams, every package part — and the only date in them is the
release's.
"""

from __future__ import annotations

import datetime as dt
import getpass
import io
import os
import platform
import re
import socket
import subprocess
import urllib.request
import zipfile
from pathlib import Path

import pytest
from PIL import ExifTags, Image
from PIL.PngImagePlugin import PngInfo
from pypdf import PdfReader
from pypdf.generic import IndirectObject, StreamObject

from desktop_app.cli import main
from desktop_app.resources import resources_root
from tests._offline import NetworkBlockedError, python_offline

ROOT = Path(__file__).resolve().parents[1]
RELEASE_DATE = dt.date(2024, 3, 31)
#: Strings planted in the banner's metadata; none may survive re-encoding.
METADATA = ["SECRET-ARTIST", "SECRET-MAKE", "SECRET-MODEL", "SECRET-GPS-AREA", "SECRET-XMP", "SECRET-COMMENT",
            "SECRET-ICC", "SECRET-PNG-TEXT", "SECRET-PNG-ITXT", "SECRET-PNG-ZTXT", "SECRET-SOFTWARE", "2031:07:15"]
#: Who and where the export ran, as the process reports it.
IDENTITY = {"user": "SECRETUSER", "host": "SECRETHOST", "folder": "SECRETFOLDER"}
BANNER_COLOUR = (200, 30, 30)


def leaky_banner(path: Path, fmt: str) -> None:
    """A 600 × 120 red banner carrying every kind of metadata Pillow can write."""
    image = Image.new("RGB", (600, 120), BANNER_COLOUR)
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = "SECRET-ARTIST"
    exif[ExifTags.Base.Make] = "SECRET-MAKE"
    exif[ExifTags.Base.Model] = "SECRET-MODEL"
    exif[ExifTags.Base.Software] = "SECRET-SOFTWARE"
    exif[ExifTags.Base.DateTime] = "2031:07:15 09:41:00"
    exif[ExifTags.IFD.GPSInfo] = {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (16.0, 50.0, 12.5),
                                  ExifTags.GPS.GPSLongitudeRef: "E", ExifTags.GPS.GPSLongitude: (96.0, 9.0, 30.0),
                                  ExifTags.GPS.GPSAreaInformation: "SECRET-GPS-AREA"}
    icc = b"SECRET-ICC-PROFILE " * 8
    if fmt == "JPEG":
        image.save(path, "JPEG", exif=exif, icc_profile=icc, comment=b"SECRET-COMMENT",
                   xmp=b"<x:xmpmeta xmlns:x='adobe:ns:meta/'>SECRET-XMP</x:xmpmeta>")
    else:
        info = PngInfo()
        info.add_text("Author", "SECRET-PNG-TEXT")
        info.add_text("Comment", "SECRET-PNG-ZTXT", zip=True)
        info.add_itxt("Description", "SECRET-PNG-ITXT", lang="en", tkey="Description")
        info.add_text("XML:com.adobe.xmp", "SECRET-XMP")
        image.save(path, "PNG", pnginfo=info, exif=exif, icc_profile=icc)
    with Image.open(path) as planted:
        gps = planted.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert gps[ExifTags.GPS.GPSAreaInformation] == b"SECRET-GPS-AREA"
    assert b"SECRET-ARTIST" in path.read_bytes()


RELEASE = """\
thadin: 1
letterhead: leaky
date: 2024-03-31
headline: {my: ခေါင်းစဉ်, en: A headline}
body:
  my: |
    စာပိုဒ်တစ်ခု။[^a]
  en: |
    A paragraph[^a] with [a link](https://example.org).
footnotes:
  a: <https://example.org/source>
contact:
  email: press@example.org
signatories:
  - {my: ပြည်သူ့ပန်းတိုင်, en: People's Goal}
"""


@pytest.fixture(params=["JPEG", "PNG"])
def exported(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
             ) -> tuple[Path, bytes, bytes, list[str]]:
    """Export the release with a leaky banner; return the folder, PDF, DOCX and what must not leak."""
    fmt = request.param
    folder = tmp_path / "Users" / IDENTITY["user"] / IDENTITY["folder"]
    folder.mkdir(parents=True)
    banner = "banner.jpg" if fmt == "JPEG" else "banner.png"
    leaky_banner(folder / banner, fmt)
    (folder / "leaky.letterhead.yaml").write_text(
        f"thadin-letterhead: 1\nname: Leaky\nbanner:\n  image: {banner}\n  lines:\n    - {{en: Invitation Only}}\n",
        encoding="utf-8")
    (folder / "leaky.release.yaml").write_text(RELEASE, encoding="utf-8")
    # Everything a library could ask about the person and the machine answers with a marker.
    real_host = socket.gethostname()
    for var in ("USER", "LOGNAME", "USERNAME", "LNAME"):
        monkeypatch.setenv(var, IDENTITY["user"])
    monkeypatch.setenv("HOME", str(tmp_path / "Users" / IDENTITY["user"]))
    monkeypatch.setattr(getpass, "getuser", lambda: IDENTITY["user"])
    monkeypatch.setattr(socket, "gethostname", lambda: IDENTITY["host"])
    monkeypatch.setattr(platform, "node", lambda: IDENTITY["host"])
    monkeypatch.chdir(folder)
    assert main(["export", "leaky.release.yaml"]) == 0
    today = dt.date.today()
    forbidden = [*METADATA, *IDENTITY.values(), str(tmp_path), str(ROOT), str(resources_root()),
                 str(Path.home()), f"{today:%Y-%m-%d}", f"{today:%Y%m%d}", f"{today:%d/%m/%Y}"]
    if len(real_host) >= 6:
        forbidden.append(real_host)
    if today == RELEASE_DATE:  # pragma: no cover - the test would not tell the dates apart
        pytest.skip("run on the release date itself")
    return folder, (folder / "leaky.pdf").read_bytes(), (folder / "leaky.docx").read_bytes(), forbidden


def pdf_streams(data: bytes) -> list[tuple[dict, bytes]]:
    """Every stream object of a PDF, decoded (images in DCTDecode stay JPEG)."""
    reader = PdfReader(io.BytesIO(data))
    out = []
    for number in range(1, int(reader.trailer["/Size"])):
        obj = reader.get_object(IndirectObject(number, 0, reader))
        if isinstance(obj, StreamObject):
            out.append((dict(obj), obj.get_data()))
    return out


def docx_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {info.filename: package.read(info) for info in package.infolist()}


def readable(data: bytes) -> str:
    """Bytes as text in every encoding a string may hide in: UTF-8, UTF-16 and PDF escapes."""
    return "\n".join([data.decode("latin-1"), data.decode("utf-16-le", "replace"), data.decode("utf-16-be", "replace")])


def test_nothing_identifying_survives_in_the_pdf(exported):
    _folder, pdf, _docx, forbidden = exported
    texts = [readable(pdf)] + [readable(data) for _d, data in pdf_streams(pdf)]
    assert [f for f in forbidden if any(f in text for text in texts)] == []


def test_nothing_identifying_survives_in_the_docx(exported):
    _folder, _pdf, docx, forbidden = exported
    texts = [readable(docx)] + [readable(data) for data in docx_parts(docx).values()]
    assert [f for f in forbidden if any(f in text for text in texts)] == []


def test_the_only_dates_are_the_release_date(exported):
    _folder, pdf, docx, _forbidden = exported
    info = PdfReader(io.BytesIO(pdf)).metadata
    dates = {info.get("/CreationDate"), info.get("/ModDate")} - {None}
    assert dates and all(re.fullmatch(r"D:20240331000000(Z|\+00'00')?", d) for d in dates), dates
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = package.read("docProps/core.xml").decode()
    assert re.findall(r"<dcterms:(\w+)[^>]*>([^<]*)<", core) == [("created", "2024-03-31T00:00:00Z"),
                                                                  ("modified", "2024-03-31T00:00:00Z")]


def _assert_only_pixels(image: Image.Image) -> None:
    assert not image.getexif(), "EXIF survived"
    assert set(image.info) <= {"dpi", "jfif", "jfif_version", "jfif_unit", "jfif_density", "progressive",
                               "progression", "transparency"}, image.info
    assert image.convert("RGB").getpixel((image.width // 2, image.height // 2)) == pytest.approx(BANNER_COLOUR, abs=4)


def test_banner_is_reencoded_with_pixels_only(exported):
    _folder, pdf, docx, _forbidden = exported
    media = {name: data for name, data in docx_parts(docx).items() if name.startswith("word/media/")}
    assert len(media) == 1
    for data in media.values():
        assert b"Exif" not in data
        _assert_only_pixels(Image.open(io.BytesIO(data)))
    images = [(d, data) for d, data in pdf_streams(pdf) if d.get("/Subtype") == "/Image"]
    assert [(d["/Width"], d["/Height"]) for d, _data in images] == [(600, 120)]
    for d, data in images:
        assert b"Exif" not in data and b"ICC_PROFILE" not in data
        if "/DCTDecode" in str(d.get("/Filter")):
            _assert_only_pixels(Image.open(io.BytesIO(data)))


# --- offline ------------------------------------------------------------------------------

def test_network_is_blocked_in_the_tests():
    with pytest.raises(NetworkBlockedError):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    with pytest.raises(NetworkBlockedError):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(NetworkBlockedError):
        socket.gethostbyname("example.org")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        with pytest.raises(NetworkBlockedError):
            sock.connect(("127.0.0.1", 9))
        with pytest.raises(NetworkBlockedError):
            sock.connect_ex(("127.0.0.1", 9))
    with pytest.raises(NetworkBlockedError):
        urllib.request.urlopen("http://example.org/", timeout=1)
    # Local IPC (no network) still works.
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"ok")
        assert right.recv(2) == b"ok"


@pytest.mark.parametrize("code", [
    "import socket\nsocket.create_connection(('127.0.0.1', 9), timeout=1)",
    # Below the socket module, as a C extension would: the audit hook still sees it.
    "import _socket\n_socket.socket(_socket.AF_INET, _socket.SOCK_STREAM).connect(('127.0.0.1', 9))",
])
def test_network_is_blocked_in_a_subprocess_too(code):
    result = subprocess.run(python_offline(code), capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 1
    assert "NetworkBlockedError: the tests run offline:" in result.stderr
    assert "('127.0.0.1', 9) was attempted" in result.stderr


def test_a_whole_export_runs_offline_in_a_fresh_process(tmp_path):
    code = "import sys\nfrom desktop_app.cli import main\nsys.exit(main(['sample', '--out', sys.argv[1]]))"
    result = subprocess.run([*python_offline(code), str(tmp_path)], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".docx", ".pdf"]
