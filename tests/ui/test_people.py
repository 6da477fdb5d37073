"""Every problem the pipeline can report has plain words in English and Burmese, and none speaks the file's language.

The kinds are found from the code: every place in ``desktop_app`` (outside the interface)
that makes a ``Problem`` — the loader, ``check``, the text and link checks, the page-fit
checks — is read with ``ast``, its message (and hint and field) rebuilt with a stand-in
for each value it quotes, and ``people.kind_of`` must know it. A new check without
people-words fails here; so does a kind whose words are missing in Burmese or name a
field path, a file line or a command.
"""

from __future__ import annotations

import ast
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.errors import Problem, Severity

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop_app"

#: Call name → (index of the message argument, of the hint, of the field path or None).
MAKERS = {"Problem": (4, 5, 3), "problem": (1, 2, 0), "_problem": (3, 4, 2), "MarkupProblem": (1, 2, None),
          "refuse": (0, 1, None), "LetterheadNotFoundError": (0, 1, None)}
#: Functions whose returned text becomes a problem's message somewhere else.
MESSAGE_FUNCTIONS = {"url_problem", "contact_problem"}
#: Places that pass on a message made elsewhere (each of those places is read too).
FORWARDED = {
    ("checks.py", "message"), ("fileformat/fields.py", "message"), ("fileformat/yamlsource.py", "message"),
    ("fileformat/release.py", "p.message"), ("fileformat/release.py", "exc.message"),
    ("fileformat/release.py", "problem"), ("fileformat/markup.py", "problem"),
}
#: Where a forwarded message goes: the letterhead's own lookup errors land on the release's ``letterhead``.
FIELD_OF = {"LetterheadNotFoundError": "letterhead"}
STAND_IN = "x"


@dataclass(frozen=True)
class Site:
    where: str
    message: str
    hint: str
    field: str


def _texts(node: ast.AST | None, names: dict[str, list[ast.AST]] | None = None) -> list[str]:
    """Every text *node* can evaluate to, with a stand-in for what it quotes.

    A variable is followed to what its function assigns it (*names*); ValueError when the
    text cannot be rebuilt (it comes from elsewhere).
    """
    names = names or {}
    if node is None:
        return [""]
    if isinstance(node, ast.Name) and node.id in names:
        return [t for value in names[node.id] for t in _texts(value, {k: v for k, v in names.items() if k != node.id})]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value if isinstance(v, ast.Constant) else STAND_IN for v in node.values)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [a + b for a, b in itertools.product(_texts(node.left, names), _texts(node.right, names))]
    if isinstance(node, ast.IfExp):
        return _texts(node.body, names) + _texts(node.orelse, names)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Dict):  # {kind: message, …}[kind]
        return [t for value in node.value.values for t in _texts(value, names)]
    if isinstance(node, ast.Call):
        return [STAND_IN]  # a helper's text (the fix hint, a path): quoted, not worded
    raise ValueError(ast.unparse(node))


def _field(node: ast.AST | None) -> str:
    if isinstance(node, ast.Tuple) and all(isinstance(e, ast.Constant) for e in node.elts):
        return ".".join(str(e.value) for e in node.elts)  # type: ignore[attr-defined]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return ""


def sites() -> list[Site]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("ui/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        scopes = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        for scope in scopes:
            found += _sites_in(scope, rel)
    unique = {(s.where, s.message, s.hint, s.field): s for s in found}  # nested functions are read twice
    return list(unique.values())


def _sites_in(scope: ast.AST, rel: str) -> list[Site]:
    found = []
    names: dict[str, list[ast.AST]] = {}
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign) and not _calls_message_function(node.value):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    names.setdefault(target.id, []).append(node.value)
    for node in ast.walk(scope):
        if isinstance(node, ast.FunctionDef) and node.name in MESSAGE_FUNCTIONS:
            found += _returned(node, rel, names)
        if isinstance(node, ast.Call):
            found += _made(node, rel, names)
    return found


def _calls_message_function(value: ast.AST) -> bool:
    """Whether *value* holds a message function's text (read where that function makes it)."""
    return any(isinstance(c, ast.Call) and getattr(c.func, "id", "") in MESSAGE_FUNCTIONS for c in ast.walk(value))


def _returned(function: ast.FunctionDef, rel: str, names: dict[str, list[ast.AST]]) -> list[Site]:
    """The messages a message function returns."""
    found = []
    for ret in ast.walk(function):
        if not isinstance(ret, ast.Return) or ret.value is None or (
                isinstance(ret.value, ast.Constant) and ret.value.value is None):
            continue
        value = ret.value.elts[0] if isinstance(ret.value, ast.Tuple) else ret.value
        hint = ret.value.elts[1] if isinstance(ret.value, ast.Tuple) else None
        if isinstance(value, ast.Name):
            continue  # returns a message made above, read there
        for message, said_hint in itertools.product(_texts(value, names), _texts(hint, names)):
            found.append(Site(f"{rel}:{ret.lineno}", message, said_hint, ""))
    return found


def _made(node: ast.Call, rel: str, names: dict[str, list[ast.AST]]) -> list[Site]:
    """The problems one call makes (none when it is not a problem maker)."""
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    if name not in MAKERS:
        return []
    m, h, f = MAKERS[name]
    args = node.args
    if any(isinstance(a, ast.Starred) for a in args):
        assert (rel, ast.unparse(args[-1]).lstrip("*")) in FORWARDED, f"{rel}:{node.lineno}"
        return []
    message = args[m] if len(args) > m else next((k.value for k in node.keywords if k.arg == "message"), None)
    if message is None:
        return []  # the definition of a helper, not a problem
    try:
        messages = _texts(message, names)
    except ValueError:
        assert (rel, ast.unparse(message)) in FORWARDED, \
            f"{rel}:{node.lineno}: a problem whose message comes from {ast.unparse(message)!r}"
        return []
    hint_node = args[h] if len(args) > h else next((k.value for k in node.keywords if k.arg == "hint"), None)
    try:
        hints = _texts(hint_node, names)
    except ValueError:
        hints = [STAND_IN]  # passed on from the message's maker, or a suggestion
    field = FIELD_OF.get(name, _field(args[f]) if f is not None and len(args) > f else "")
    return [Site(f"{rel}:{node.lineno}", text, hint, field) for text, hint in itertools.product(messages, hints)]


SITES = sites()


def test_the_code_was_read():
    where = {s.where.split(":")[0] for s in SITES}
    assert {"checks.py", "textcheck.py", "linkcheck.py", "pagefit.py", "fileformat/release.py",
            "fileformat/letterhead.py", "fileformat/fields.py", "fileformat/yamlsource.py",
            "fileformat/markup.py", "draft.py"} <= where
    assert len(SITES) > 90


@pytest.fixture(params=["en", "my"])
def language(request, qapp):
    from desktop_app.ui.i18n import apply_language

    assert apply_language(request.param)
    yield request.param
    apply_language("en")


FILE_WORDS = re.compile(r"yaml|YAML|\bline \d|\brun:|\bthadin (fix|export|check|open|sample)\b|\[\^|'(my|en):|"
                        r"\b(body|headline|footnotes|contact|signatories|banner|page|fonts|label)\.[a-z]")


@pytest.mark.parametrize("site", SITES, ids=lambda s: f"{s.where}:{s.message[:40]}")
def test_every_problem_the_code_can_report_has_people_words(site, language):
    from desktop_app.ui.people import describe, kind_of

    problem = Problem(Path("/home/someone/x.release.yaml"), 12, 3, site.field, site.message, site.hint,
                      Severity.ERROR)
    assert kind_of(problem) is not None, f"{site.where}: say {site.message!r} for people in ui/people.py KINDS"
    said = describe(problem).text
    assert not FILE_WORDS.search(said), said
    assert "x.release" not in said and "/home" not in said and "12" not in said
    if language == "my":
        assert re.search("[\u1000-\u109f]", said), said


@pytest.mark.parametrize("field", ["headline.my", "body.en", "footnotes.pg.my", "contact.intro.en", "contact.email",
                                  "signatories[2].my", "letterhead", "banner.lines[1]", "banner.image", "page.size",
                                  "fonts.my", "footer.en", "label.en", "date", "layout", ""])
def test_every_place_is_named_as_the_window_names_it(field, language):
    from desktop_app.ui.people import place

    named = place(field, 3, {"pg": 1})
    assert not FILE_WORDS.search(named) and "[" not in named and "." not in named, named
    if field and language == "my":
        assert re.search("[\u1000-\u109f]", named), named


def test_every_kind_has_its_own_words_in_both_languages(language):
    from desktop_app.ui.people import KINDS, words

    said = [words(kind.name) for kind in KINDS]
    assert len(set(said)) == len(said)  # each kind says its own thing
    for text in said:
        assert not FILE_WORDS.search(text), text
        if language == "my":
            assert re.search("[\u1000-\u109f]", text) and not re.search(r"\b(the|is|a|this)\b", text), text
