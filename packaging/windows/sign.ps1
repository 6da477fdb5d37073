# Sign Windows executables with the certificate CI's secrets provide (never stored in the
# repository): WINDOWS_CERTIFICATE (a base64 PFX) and WINDOWS_CERTIFICATE_PASSWORD.
#   ./packaging/windows/sign.ps1 FILE...
# Used for Thadin.exe and thadin-cli.exe before the installer is built, then for the
# installer (Thadin-VERSION-setup.exe) itself; each signature is verified.
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = "Stop"
if (-not $env:WINDOWS_CERTIFICATE) { throw "sign.ps1: WINDOWS_CERTIFICATE is not set" }
$pfx = Join-Path $env:RUNNER_TEMP "thadin-signing.pfx"
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERTIFICATE))
try {
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName | Select-Object -Last 1
    if (-not $signtool) { throw "sign.ps1: signtool.exe not found (Windows SDK)" }
    & $signtool.FullName sign /f $pfx /p $env:WINDOWS_CERTIFICATE_PASSWORD /fd sha256 `
        /tr http://timestamp.digicert.com /td sha256 /d "Thadin" @Files
    if ($LASTEXITCODE -ne 0) { throw "sign.ps1: signtool sign failed" }
    & $signtool.FullName verify /pa /v @Files
    if ($LASTEXITCODE -ne 0) { throw "sign.ps1: signature verification failed" }
}
finally {
    Remove-Item $pfx -ErrorAction SilentlyContinue
}
