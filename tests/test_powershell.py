"""The PowerShell that Windows users and CI run parses: the scripts and the workflow's pwsh steps.

PowerShell itself cannot be installed here (no registry this machine reaches has it), so
the scripts are read with tree-sitter's PowerShell grammar: a syntax error (an unclosed
brace, a broken string, a stray token) gives an ERROR or MISSING node. It is a parse
check, not a run: what the commands do is tested only by CI's Windows jobs.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = sorted([*ROOT.glob("scripts/*.ps1"), *ROOT.glob("packaging/**/*.ps1")])


def _problems(source: str) -> list[str]:
    """Where the PowerShell grammar cannot read *source*: 'line:column kind' for each bad node."""
    import tree_sitter
    import tree_sitter_powershell

    parser = tree_sitter.Parser(tree_sitter.Language(tree_sitter_powershell.language()))
    found: list[str] = []
    stack = [parser.parse(source.encode("utf-8")).root_node]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            row, column = node.start_point
            found.append(f"{row + 1}:{column + 1} {'missing ' + node.type if node.is_missing else 'cannot parse'}")
            continue
        stack.extend(node.children)
    return found


def _pwsh_steps() -> list[tuple[str, str]]:
    """(job/step name, script) of every workflow step run by PowerShell; ${{ }} expressions as text."""
    steps = []
    for workflow in sorted((ROOT / ".github" / "workflows").glob("*.yml")):
        jobs = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"]
        for job_name, job in jobs.items():
            for step in job.get("steps", []):
                if step.get("shell") == "pwsh" and "run" in step:
                    script = re.sub(r"\$\{\{.*?\}\}", "EXPR", step["run"])
                    steps.append((f"{workflow.name}: {job_name}: {step.get('name', '?')}", script))
    return steps


def test_there_is_powershell_to_check():
    assert {p.name for p in SCRIPTS} >= {"bootstrap.ps1", "test.ps1", "thadin.ps1", "sign.ps1"}
    assert len(_pwsh_steps()) >= 5


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_powershell_scripts_parse(script):
    assert _problems(script.read_text(encoding="utf-8-sig")) == []


def test_the_workflows_powershell_steps_parse():
    bad = {name: problems for name, script in _pwsh_steps() if (problems := _problems(script))}
    assert bad == {}


def test_the_check_sees_a_syntax_error():
    """The grammar is not so lenient that it reads anything: the mistakes a hand edit makes are found."""
    assert _problems('if ($a -eq 1 {\n  Write-Host "x"\n}\n')
    assert _problems('$p = Start-Process -FilePath "a.exe" -ArgumentList "b", -Wait\n')
    assert _problems('Write-Host "unclosed\n')
    assert _problems('foreach ($x in @(1, 2) { $x }\n')
    assert _problems('function f { param([string]$a }\n')
