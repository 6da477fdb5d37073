# Prepare a checkout to run Thadin on Windows (the PowerShell twin of scripts/bootstrap.sh):
# a Python 3.11 or newer, a virtual environment in .venv with the project installed into it.
#   scripts\bootstrap.ps1          # to run the app
#   scripts\bootstrap.ps1 test     # to run the tests as well
# Used by scripts\thadin.ps1 and scripts\test.ps1. Once set up it costs one file read: the
# stamp in .venv records what the install was made from (pyproject.toml, Python, mode).
param([ValidateSet("run", "test")][string]$Mode = "run")
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
$venv = Join-Path $root ".venv"
$venvPython = Join-Path $venv "Scripts\python.exe"

function Find-Python {
    # The py launcher knows every installed Python; then whatever "python" is on PATH.
    $candidates = @()
    if ($env:PYTHON) { $candidates += , @($env:PYTHON) }
    if (Get-Command py -ErrorAction SilentlyContinue) {
        foreach ($v in "3.13", "3.12", "3.11") { $candidates += , @("py", "-$v") }
    }
    if (Get-Command python -ErrorAction SilentlyContinue) { $candidates += , @("python") }
    foreach ($c in $candidates) {
        $exe = $c[0]; $rest = @($c | Select-Object -Skip 1)
        try {
            $out = & $exe @rest -c "import sys; print(sys.executable); print(int(sys.version_info >= (3, 11)))" 2>$null
        } catch { continue }
        if ($LASTEXITCODE -eq 0 -and $out -and $out[1] -eq "1") { return $out[0] }
    }
    return $null
}

function Get-Stamp([string]$python) {
    $files = @((Join-Path $root "pyproject.toml"), (Join-Path $root "constraints.txt"))
    $hash = (Get-FileHash -Path $files -Algorithm SHA256 | ForEach-Object { $_.Hash }) -join ""
    $version = & $python -c "import sys; print(sys.version.split()[0], sys.base_prefix)"
    return "$Mode $hash $version"
}

$stampFile = Join-Path $venv ".installed-$Mode"
if ((Test-Path $venvPython) -and (Test-Path $stampFile)) {
    # Set up already: one file read and one process, no probing.
    if ((Get-Content $stampFile -Raw).Trim() -eq (Get-Stamp $venvPython)) { exit 0 }
}

$python = Find-Python
if (-not $python) {
    Write-Error ("bootstrap: Thadin needs Python 3.11 or newer. Install one with:`n" +
        "  winget install Python.Python.3.12`n" +
        "(or from https://www.python.org/downloads/windows/ - tick 'Add python.exe to PATH'), then run this again.")
    exit 1
}

# A .venv made by another Python (an older one, or one since uninstalled) is rebuilt.
if (Test-Path $venvPython) {
    $made = $null
    try { $made = & $venvPython -c "import sys; print(sys.base_prefix)" 2>$null } catch { $made = $null }
    $wanted = & $python -c "import sys; print(sys.base_prefix)"
    if (-not $made -or $made -ne $wanted) {
        Write-Host "bootstrap: .venv was made by another Python ($made); rebuilding it with $python"
        Remove-Item -Recurse -Force $venv
    }
}
if (-not (Test-Path $venvPython)) {
    Write-Host "bootstrap: creating $venv"
    & $python -m venv $venv
    if ($LASTEXITCODE -ne 0) { throw "bootstrap: python -m venv failed" }
    & $venvPython -m pip install -q --upgrade pip
}

$extras = ""
if ($Mode -eq "test") { $extras = "[test]" }
Write-Host "bootstrap: installing Thadin$extras into $venv"
Push-Location $root
try {
    # Exactly the versions in constraints.txt (PDF and DOCX bytes depend on them).
    & $venvPython -m pip install -q -c constraints.txt -e ".$extras"
    if ($LASTEXITCODE -ne 0) { throw "bootstrap: pip install failed (pyproject.toml asks for versions constraints.txt does not pin? run tools/lock.sh)" }
    if ($Mode -eq "test" -and (Test-Path (Join-Path $root "package-lock.json"))) {
        if (-not (Get-Command npm -ErrorAction SilentlyContinue)) {
            throw "bootstrap: the tests need Node.js (npm): winget install OpenJS.NodeJS.LTS"
        }
        npm ci --silent
        if ($LASTEXITCODE -ne 0) { throw "bootstrap: npm ci failed" }
    }
}
finally { Pop-Location }

if ($Mode -eq "test") {
    $missing = @()
    if (-not (Get-Command pdftotext -ErrorAction SilentlyContinue)) { $missing += "pdftotext (poppler)" }
    if (-not (Get-Command hb-shape -ErrorAction SilentlyContinue)) { $missing += "hb-shape (HarfBuzz)" }
    if (-not (Get-Command fc-list -ErrorAction SilentlyContinue)) { $missing += "fc-list (fontconfig)" }
    if (-not (Get-Command soffice -ErrorAction SilentlyContinue)) { $missing += "soffice (LibreOffice)" }
    if (-not (Get-Command pandoc -ErrorAction SilentlyContinue)) { $missing += "pandoc" }
    if ($missing.Count -gt 0) {
        Write-Warning ("bootstrap: the tests also call " + ($missing -join ", ") + ". Install them with:`n" +
            "  choco install libreoffice-fresh pandoc   (then add C:\Program Files\LibreOffice\program to PATH)`n" +
            "  MSYS2: pacman -S mingw-w64-ucrt-x86_64-poppler mingw-w64-ucrt-x86_64-harfbuzz mingw-w64-ucrt-x86_64-fontconfig`n" +
            "         (then add C:\msys64\ucrt64\bin to PATH)")
    }
}
Set-Content -Path $stampFile -Value (Get-Stamp $venvPython) -Encoding ascii
