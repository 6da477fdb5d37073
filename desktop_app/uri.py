"""Link targets as readers can follow them, and links a reader should look at twice.

A release may link to ``https://my.wikipedia.org/wiki/မြန်မာ`` or an internationalised
host: an IRI. PDF link actions must be 7-bit ASCII URIs (ISO 32000-1, 12.6.4.7) and Word
follows what its relationship says, so writers get :func:`ascii_uri`: the host in
punycode (IDNA), everything else percent-encoded as UTF-8 (RFC 3987, 3.1).

:func:`link_warnings` names what a phishing mail would use: userinfo before the host
(``https://good.org@evil.example``), a host mixing scripts (a Cyrillic ``а`` in
``pаypal.com``) and ``mailto`` headers beyond a subject (``bcc``, ``body``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

#: Characters a URI keeps as they are (RFC 3986 reserved and unreserved, and ``%``).
_URI_SAFE = "!#$%&'()*+,/:;=?@[]~-._"
#: The only mailto header a release may set; others (bcc, cc, body) act behind the reader's back.
_MAILTO_HEADERS = {"subject"}


def ascii_uri(target: str) -> str:
    """Return *target* as a 7-bit URI: IDNA host, percent-encoded UTF-8 elsewhere; ASCII stays as is."""
    if target.isascii():
        return target
    if target.lower().startswith("mailto:"):
        address, sep, query = target[len("mailto:"):].partition("?")
        local, at, domain = address.rpartition("@")
        encoded = f"{quote(local, safe=_URI_SAFE)}{at}{_idna(domain)}" if at else quote(address, safe=_URI_SAFE)
        return "mailto:" + encoded + (sep + quote(query, safe=_URI_SAFE) if sep else "")
    try:
        parts = urlsplit(target)
    except ValueError:
        return quote(target, safe=_URI_SAFE)
    netloc = parts.netloc
    if parts.hostname:
        userinfo, at, hostport = netloc.rpartition("@")
        host, colon, port = hostport.rpartition(":") if hostport.rfind(":") > hostport.rfind("]") else \
            (hostport, "", "")
        netloc = (quote(userinfo, safe=_URI_SAFE) + at if at else "") + _idna(host) + colon + port
    return urlunsplit((parts.scheme, netloc, quote(parts.path, safe=_URI_SAFE),
                       quote(parts.query, safe=_URI_SAFE), quote(parts.fragment, safe=_URI_SAFE)))


def _idna(host: str) -> str:
    """Return *host* in punycode, label by label; a label IDNA refuses is percent-encoded instead."""
    if host.isascii():
        return host
    labels = []
    for label in host.split("."):
        if label.isascii():
            labels.append(label)
            continue
        try:
            labels.append(label.encode("idna").decode("ascii"))
        except UnicodeError:
            labels.append(quote(label, safe=""))
    return ".".join(labels)


def _scripts(text: str) -> set[str]:
    """Return the scripts of the letters in *text* (by the first word of their Unicode names)."""
    found = set()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            found.add(name.split(" ")[0] if name else "UNKNOWN")
    return found


@dataclass(frozen=True)
class LinkRisk:
    """Why a reader should look twice at an allowed link, as a kind the app can say in its language.

    kinds: ``mailto-headers`` (detail: the headers beyond a subject), ``userinfo`` (detail:
    the host the link really opens), ``mixed-scripts`` (detail: the host; shown: the label
    that mixes scripts, un-punycoded).
    """

    kind: str
    detail: str
    shown: str = ""


def link_risks(target: str) -> list[LinkRisk]:
    """Return what is odd about *target* (an allowed link): empty when nothing is."""
    risks = []
    lowered = target.lower()
    if lowered.startswith("mailto:"):
        _address, _sep, query = target[len("mailto:"):].partition("?")
        headers = sorted({field.partition("=")[0].lower() for field in query.split("&") if field} - _MAILTO_HEADERS)
        if headers:
            risks.append(LinkRisk("mailto-headers", ", ".join(headers)))
        return risks
    try:
        parts = urlsplit(target)
        host = parts.hostname or ""
    except ValueError:
        return risks
    if "@" in parts.netloc:
        risks.append(LinkRisk("userinfo", host))
    for label in host.split("."):
        shown = _unpunycode(label)
        if len(_scripts(shown)) > 1:
            risks.append(LinkRisk("mixed-scripts", host, shown))
            break
    return risks


def link_warnings(target: str) -> list[str]:
    """Return why a reader should look twice at *target* (an allowed link), in the file's wording."""
    words = {"mailto-headers": "the e-mail link also sets {detail} (only a subject is expected)",
             "userinfo": "the link goes to '{detail}', not to what is written before the '@'",
             "mixed-scripts": "the host name '{detail}' mixes letters of different scripts in '{shown}' "
                              "(a look-alike address?)"}
    return [words[r.kind].format(detail=r.detail, shown=r.shown) for r in link_risks(target)]


def _unpunycode(label: str) -> str:
    """Return an ``xn--`` label as the letters it stands for (the label itself when it is not one)."""
    if not label.startswith("xn--"):
        return label
    try:
        return label.encode("ascii").decode("idna")
    except UnicodeError:
        return label
