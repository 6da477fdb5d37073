# Install everything the tests need (first run only) and run the whole suite on Windows:
# ruff, mypy, then pytest (the PowerShell twin of scripts/test). Extra arguments go to pytest.
#   scripts\test.ps1
#   scripts\test.ps1 -m "not slow" tests\test_cli.py
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
& (Join-Path $PSScriptRoot "bootstrap.ps1") test
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Push-Location $root
try {
    & .venv\Scripts\ruff.exe check .
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    & .venv\Scripts\mypy.exe  # [tool.mypy] in pyproject.toml: all of desktop_app
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    & .venv\Scripts\python.exe -m pytest @args
    exit $LASTEXITCODE
}
finally { Pop-Location }
