# Run Thadin from a checkout on Windows, installing what it needs on first use (the
# PowerShell twin of scripts/thadin).
#   scripts\thadin.ps1                 # open the app (the last file, else the sample)
#   scripts\thadin.ps1 sample          # export the shipped sample release, print where it went
#   scripts\thadin.ps1 export FILE     # export a release
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
& (Join-Path $PSScriptRoot "bootstrap.ps1") run
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
& (Join-Path $root ".venv\Scripts\thadin.exe") @args
exit $LASTEXITCODE
