"""Thadin never touches the network; the tests make sure by failing every connection attempt.

``tests/conftest.py`` applies :data:`BLOCKED` to every test in the pytest process (an
autouse fixture). A test that starts Python in a subprocess can block it there too by
starting it through :func:`python_offline`, which runs :func:`install` before the code.
Subprocesses started otherwise (``tests/test_cli.py`` runs ``python -m desktop_app``) are
not blocked; what they run is the same code the in-process tests cover.
"""

from __future__ import annotations

import socket
import sys
from typing import Any

#: Families that reach other machines; AF_UNIX (local IPC, no network) stays usable.
_NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}


class NetworkBlockedError(RuntimeError):
    """Raised instead of any network connection or name lookup during the tests."""


def _refuse(what: str, target: Any) -> None:
    raise NetworkBlockedError(f"the tests run offline: {what} {target!r} was attempted")


def _connect(self: socket.socket, address: Any) -> None:
    if self.family in _NETWORK_FAMILIES:
        _refuse("socket.connect to", address)
    return _REAL["connect"](self, address)


def _connect_ex(self: socket.socket, address: Any) -> int:
    if self.family in _NETWORK_FAMILIES:
        _refuse("socket.connect_ex to", address)
    return _REAL["connect_ex"](self, address)


def _create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
    _refuse("socket.create_connection to", address)
    raise AssertionError("unreachable")


def _getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> list:
    _refuse("a name lookup (getaddrinfo) of", host)
    raise AssertionError("unreachable")


def _gethostbyname(host: Any, *args: Any, **kwargs: Any) -> str:
    _refuse("a name lookup (gethostbyname) of", host)
    raise AssertionError("unreachable")


_REAL = {"connect": socket.socket.connect, "connect_ex": socket.socket.connect_ex}

#: (object, attribute, replacement) for every way out.
BLOCKED = [
    (socket.socket, "connect", _connect),
    (socket.socket, "connect_ex", _connect_ex),
    (socket, "create_connection", _create_connection),
    (socket, "getaddrinfo", _getaddrinfo),
    (socket, "gethostbyname", _gethostbyname),
    (socket, "gethostbyname_ex", _gethostbyname),
]


def _audit(event: str, args: tuple) -> None:
    """Refuse the socket module's audit events: they fire even for code that bypasses ``socket``."""
    if event in ("socket.connect", "socket.sendto") and args[0].family in _NETWORK_FAMILIES:
        _refuse(f"{event} to", args[1] if event == "socket.connect" else args[2])
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        _refuse(f"a name lookup ({event}) of", args[0])


def install() -> None:
    """Block the network for the rest of this process (used at the start of subprocesses).

    Besides the replacements in BLOCKED, an audit hook (which cannot be removed again,
    hence only in subprocesses) refuses connections made below the ``socket`` module.
    """
    for owner, name, replacement in BLOCKED:
        setattr(owner, name, replacement)
    sys.addaudithook(_audit)


def python_offline(code: str) -> list[str]:
    """Return the argv that runs Python *code* with the network blocked first."""
    return [sys.executable, "-c", f"import tests._offline as _o; _o.install()\n{code}"]
