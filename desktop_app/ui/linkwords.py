"""What is wrong with a link address, said for people in the interface language.

The rules are the loader's (``fileformat.markup.url_fault``: refused) and the checker's
(``uri.link_risks``: allowed, but a reader should look twice); this module only words them,
without field paths or the file's markup, for the Footnotes panel and the link dialogs.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..fileformat.markup import url_fault
from ..footnote_parts import is_writable
from ..uri import link_risks

translate = QCoreApplication.translate


@dataclass(frozen=True)
class LinkVerdict:
    """A link's check as shown: the sentence, and whether the link cannot be used at all."""

    text: str = ""
    refused: bool = False


def _fault_words(kind: str, detail: str) -> str:
    if kind == "direction":
        said = translate("Links", "This address holds invisible direction characters (%1) that can make it "
                                  "show a different address from the one it opens. Type it again.")
        return said.replace("%1", detail)
    if kind == "scheme" and not detail:
        return translate("Links", "A web address starts with https://… — copy it from the browser's address bar.")
    words = {"scheme": translate("Links", "Only web and e-mail addresses can be links."),
             "spaces": translate("Links", "An address cannot contain spaces."),
             "email": translate("Links", "This is not a complete e-mail address."),
             "host": translate("Links", "This web address has no site name.")}
    return words.get(kind, translate("Links", "This is not a valid web address."))


def check_link(link: str) -> LinkVerdict:
    """Check *link* as the loader and ``check`` would; an empty link is fine (no link)."""
    link = link.strip()
    if not link:
        return LinkVerdict()
    fault = url_fault(link)
    if fault is not None:
        return LinkVerdict(_fault_words(fault.kind, fault.detail), True)
    if not is_writable(link):
        return LinkVerdict(_fault_words("invalid", ""), True)
    said = []
    for risk in link_risks(link):
        if risk.kind == "userinfo":
            said.append(translate("Links", "This link opens %1, not the site written before the '@'. "
                                           "Check the address with the partner.").replace("%1", risk.detail))
        elif risk.kind == "mixed-scripts":
            said.append(translate("Links", "The site name mixes letters of different alphabets (%1): it may "
                                           "imitate another site. Check the address with the partner.")
                        .replace("%1", risk.shown))
        else:
            said.append(translate("Links", "This e-mail link also fills in %1; only a subject is expected.")
                        .replace("%1", risk.detail))
    return LinkVerdict(" ".join(said))
